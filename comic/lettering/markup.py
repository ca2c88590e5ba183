"""The little markup writers and translators type inside texts, and the capitals mapping.

Markup is deliberately tiny so translators can keep it: `*emphasis*` (bold italic), a newline forces a line
break, `~` is a non-breaking space, `\\*`, `\\~` and `\\\\` are the literal characters. An unmatched `*` is
kept as a literal star rather than turning the rest of the balloon bold.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

NBSP = "\u00a0"


@dataclass(frozen=True)
class Span:
    """A stretch of one paragraph in one weight."""

    text: str
    emphasis: bool = False


Paragraph = tuple[Span, ...]


def parse(text: str) -> tuple[Paragraph, ...]:
    """Text with markup → paragraphs (split at forced breaks), each a tuple of spans.

    Runs of whitespace collapse to one space and paragraphs are stripped, as a letterer would: YAML folded
    scalars and stray double spaces must not show as gaps in a balloon.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs: list[Paragraph] = []
    for raw in text.strip("\n").split("\n"):
        paragraphs.append(_parse_paragraph(raw))
    return tuple(paragraphs)


def _parse_paragraph(raw: str) -> Paragraph:
    if not _MARKUP.intersection(raw):
        # no markup (most texts): one span, runs of spaces collapsed and the ends stripped — what the
        # tokenising below comes to for plain characters
        text = " ".join([w for w in raw.split(" ") if w])
        return (Span(text, False),) if text else ()
    return _parse_markup(raw)


def _parse_markup(raw: str) -> Paragraph:
    # First tokenise: literal characters and star markers, remembering which stars were escaped.
    tokens: list[tuple[str, bool]] = []     # (char, is_marker)
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == "\\" and i + 1 < len(raw) and raw[i + 1] in "*~\\":
            tokens.append((raw[i + 1], False))
            i += 2
            continue
        if ch == "*":
            tokens.append(("*", True))
        elif ch == "~":
            tokens.append((NBSP, False))
        elif ch in " \t":
            tokens.append((" ", False))
        else:
            tokens.append((ch, False))
        i += 1
    markers = [k for k, (_, is_marker) in enumerate(tokens) if is_marker]
    if len(markers) % 2:                     # the last unpaired star is a literal star
        tokens[markers[-1]] = ("*", False)
    spans: list[Span] = []
    buf: list[str] = []
    emphasis = False
    for ch, is_marker in tokens:
        if is_marker:
            if buf:
                spans.append(Span("".join(buf), emphasis))
                buf = []
            emphasis = not emphasis
        else:
            buf.append(ch)
    if buf:
        spans.append(Span("".join(buf), emphasis))
    return _normalise_spaces(spans)


_MARKUP = frozenset("\\*~\t")


def _normalise_spaces(spans: list[Span]) -> Paragraph:
    out: list[Span] = []
    previous_space = True                   # strips leading spaces
    for span in spans:
        chars = []
        for ch in span.text:
            if ch == " ":
                if previous_space:
                    continue
                previous_space = True
            else:
                previous_space = False
            chars.append(ch)
        if chars:
            out.append(Span("".join(chars), span.emphasis))
    # strip trailing spaces
    while out and out[-1].text.endswith(" "):
        stripped = out[-1].text.rstrip(" ")
        out[-1] = Span(stripped, out[-1].emphasis)
        if not stripped:
            out.pop()
    # merge neighbours of the same weight
    merged: list[Span] = []
    for span in out:
        if merged and merged[-1].emphasis == span.emphasis:
            merged[-1] = Span(merged[-1].text + span.text, span.emphasis)
        else:
            merged.append(span)
    return tuple(merged)


def plain(text: str) -> str:
    """The text a reader sees (markup removed, forced breaks as newlines): for search, checks and counts."""
    return "\n".join("".join(span.text for span in para) for para in parse(text))


# ---------------------------------------------------------------------------------------------- capitals

# Greek capitals drop the tonos and other accents; the diaeresis stays. A vowel that loses its accent before
# ι or υ would turn the pair into a diphthong, so the ι/υ then takes the diaeresis (άι → ΑΪ, as ICU does).
def caps(text: str, lang: str = "") -> str:
    """All-capitals lettering of `text` (already free of markup): the language's uppercase rules (Greek
    capitals without accents, ß → SS, Turkish İ), kept in one place with the rest of its typography."""
    from comic.i18n.typography import upper
    return upper(text, lang)


def caps_paragraphs(paragraphs: tuple[Paragraph, ...], lang: str = "") -> tuple[Paragraph, ...]:
    """Capitals span by span; a Greek accent dropped at a span edge is rare enough to ignore."""
    return tuple(tuple(Span(caps(span.text, lang), span.emphasis) for span in para) for para in paragraphs)
