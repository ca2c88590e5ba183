"""Language-specific typography for lettered text: quotation marks, ellipses, dashes, capitals, hyphenation.

Writers and translators type on ordinary keyboards: straight quotes, three dots, double hyphens. Each
language prints them differently („Hallo“, « Bonjour », “Hi”), so the conversion happens here, per
language, just before lettering. Only what was typed straight is converted — a translator who typed the
right marks is never second-guessed — and applying it twice changes nothing. The lettering markup
(`*emphasis*`, `~` for a non-breaking space, newlines) passes through untouched.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

NNBSP = "\u202f"   # narrow no-break space: French « », ; : ! ?
NBSP = "\u00a0"
APOSTROPHE = "\u2019"

# (open double, close double, open single, close single) by base language; others use English marks.
QUOTES: dict[str, tuple[str, str, str, str]] = {
    "en": ("“", "”", "‘", "’"), "mt": ("“", "”", "‘", "’"), "ga": ("“", "”", "‘", "’"),
    "nl": ("“", "”", "‘", "’"), "tr": ("“", "”", "‘", "’"),
    "de": ("„", "“", "‚", "‘"), "bg": ("„", "“", "‚", "‘"), "cs": ("„", "“", "‚", "‘"),
    "sk": ("„", "“", "‚", "‘"), "sl": ("„", "“", "‚", "‘"), "lt": ("„", "“", "‚", "‘"),
    "et": ("„", "“", "‚", "‘"), "is": ("„", "“", "‚", "‘"),
    "pl": ("„", "”", "«", "»"), "ro": ("„", "”", "«", "»"), "hu": ("„", "”", "»", "«"),
    "hr": ("„", "”", "‘", "’"), "sr": ("„", "”", "’", "’"),
    "fr": ("«", "»", "“", "”"), "it": ("«", "»", "“", "”"), "es": ("«", "»", "“", "”"),
    "pt": ("«", "»", "“", "”"), "ca": ("«", "»", "“", "”"), "el": ("«", "»", "“", "”"),
    "ru": ("«", "»", "„", "“"), "uk": ("«", "»", "„", "“"), "lv": ("«", "»", "„", "“"),
    "no": ("«", "»", "‘", "’"), "nb": ("«", "»", "‘", "’"), "nn": ("«", "»", "‘", "’"),
    "sv": ("”", "”", "’", "’"), "fi": ("”", "”", "’", "’"), "da": ("»", "«", "›", "‹"),
}
SPACED_GUILLEMETS = frozenset({"fr"})            # « text » with narrow no-break spaces inside
SPACED_PUNCTUATION = frozenset({"fr"})           # narrow no-break space before ; : ! ?

_OPEN_CONTEXT = set("([{<—–-/~\u00a0\u202f„‚«‹")
_SKIP = set("*")                                  # emphasis marks do not count as context


def base_language(lang: str) -> str:
    return lang.replace("_", "-").split("-")[0].lower()


@lru_cache(maxsize=1 << 16)
def apply(text: str, lang: str) -> str:
    """Typeset text for lang: curly quotes, apostrophes, … and dashes; French spacing. (Remembered: every
    rebuild asks again for every item of every language, to see what changed.)"""
    if not text:
        return text
    base = base_language(lang)
    # Placeholders such as {page:help} are code, not prose: set them aside (a private-use character keeps
    # their place, reading as part of a word) and put them back untouched.
    held: list[str] = []
    if "{" in text:
        def hold(match: re.Match) -> str:
            held.append(match.group(0))
            return chr(_HOLD + len(held) - 1)
        text = _PLACEHOLDER.sub(hold, text)
    text = _typeset(text, base)
    for i, original in enumerate(held):
        text = text.replace(chr(_HOLD + i), original)
    return text


_PLACEHOLDER = re.compile(r"\{[a-z]+:[^{}\s]*\}")
_HOLD = 0xF0000  # supplementary private use area: never in real text


def _typeset(text: str, base: str) -> str:
    text = _ellipsis(text)
    text = _dashes(text)
    if '"' in text or "'" in text:
        text = _quotes(text, QUOTES.get(base, QUOTES["en"]))
    if base in SPACED_GUILLEMETS:
        text = _space_guillemets(text)
    if base in SPACED_PUNCTUATION:
        text = _space_punctuation(text)
    return text


# ---------------------------------------------------------------- ellipsis and dashes

_ELLIPSIS = re.compile(r"(?<!\.)\.\.\.(?!\.)")
_EM = re.compile(r"(?<!-)-{2,3}(?!-)")
_EN = re.compile(r"(?<=[ \u00a0])-(?= )")


def _ellipsis(text: str) -> str:
    return _ELLIPSIS.sub("…", text)


def _dashes(text: str) -> str:
    """`--` (the letterer's interruption) and `---` become an em dash, a spaced hyphen an en dash."""
    return _EN.sub("–", _EM.sub("—", text))


# ---------------------------------------------------------------- quotes

def _neighbour(text: str, i: int, step: int) -> str | None:
    j = i + step
    while 0 <= j < len(text) and text[j] in _SKIP:
        j += step
    return text[j] if 0 <= j < len(text) else None


def _boundary_before(prev: str | None) -> bool:
    return prev is None or prev.isspace() or prev in _OPEN_CONTEXT


def _boundary_after(nxt: str | None) -> bool:
    return nxt is None or nxt.isspace() or (unicodedata.category(nxt)[0] in "PS" and nxt not in "([{<")


def _closes_later(text: str, i: int) -> bool:
    """Is there a later straight single quote that would close one opened at i?"""
    for j in range(i + 1, len(text)):
        if text[j] == "'":
            before, after = _neighbour(text, j, -1), _neighbour(text, j, 1)
            if before is not None and not before.isspace() and not (after and after.isalnum()):
                return True
        if text[j] == "\n":
            return False
    return False


def _quotes(text: str, marks: tuple[str, str, str, str]) -> str:
    open_d, close_d, open_s, close_s = marks
    out: list[str] = []
    depth_d = depth_s = 0
    for i, ch in enumerate(text):
        if ch not in "\"'":
            out.append(ch)
            continue
        prev, nxt = _neighbour(text, i, -1), _neighbour(text, i, 1)
        if ch == '"':
            if depth_d > 0 and (_boundary_after(nxt) or not _boundary_before(prev)):
                out.append(close_d)
                depth_d -= 1
            elif _boundary_before(prev) and nxt is not None and not nxt.isspace():
                out.append(open_d)
                depth_d += 1
            elif _boundary_before(prev) and depth_d == 0:
                out.append(open_d)
                depth_d += 1
            else:
                out.append(close_d)
                depth_d = max(0, depth_d - 1)
            continue
        # a straight single quote: apostrophe or single quotation mark
        if prev is not None and prev.isalnum() and nxt is not None and nxt.isalnum():
            out.append(APOSTROPHE)                       # don't, l'ami, geht's
        elif _boundary_before(prev) and nxt is not None and not nxt.isspace():
            if not nxt.isdigit() and _closes_later(text, i):
                out.append(open_s)
                depth_s += 1
            else:
                out.append(APOSTROPHE)                   # '90s, 'cause
        elif depth_s > 0:
            out.append(close_s)
            depth_s -= 1
        else:
            out.append(APOSTROPHE)                       # players'
    return "".join(out)


def _space_guillemets(text: str) -> str:
    text = re.sub(r"«[ \u00a0\u202f]*", "«" + NNBSP, text)
    return re.sub(r"[ \u00a0\u202f]*»", NNBSP + "»", text)


def _space_punctuation(text: str) -> str:
    """French: a narrow no-break space before ; : ! ? (not in 21:04, http://, or between ?!)."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in " \u00a0\u202f":
            j = i
            while j < n and text[j] in " \u00a0\u202f":
                j += 1
            if j < n and text[j] in ";:!?" and out and not out[-1].isspace() and _wants_space(text, j, out[-1]):
                out.append(NNBSP)
                i = j
                continue
            out.append(text[i:j])
            i = j
            continue
        if ch in ";:!?" and out and not out[-1].isspace() and out[-1] not in ";:!?«" + NNBSP \
                and _wants_space(text, i, out[-1]):
            out.append(NNBSP)
        out.append(ch)
        i += 1
    return "".join(out)


def _wants_space(text: str, i: int, prev: str) -> bool:
    ch, nxt = text[i], text[i + 1] if i + 1 < len(text) else ""
    if prev in ";:!?«":
        return False
    if ch == ":" and (prev.isdigit() and nxt.isdigit() or text.startswith("//", i + 1)):
        return False
    return True


# ---------------------------------------------------------------- capitals

_GREEK_DROP = {"\u0300", "\u0301", "\u0342", "\u0313", "\u0314", "\u0343", "\u0344"}
_GREEK_WORD = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff\u0300-\u036f]+")
_DIAERESIS = "\u0308"
_DIPHTHONG_FIRST = {"ι": "αεου", "υ": "αεηο"}      # vowels that would join the ι/υ after them into one sound


def upper(text: str, lang: str) -> str:
    """Capitals as the language writes them: Greek drops accents (keeping or adding the diaeresis that
    separates vowels), Turkish and Azeri keep the dot on İ. Lettering in caps calls this, not str.upper."""
    base = base_language(lang)
    if base in ("tr", "az"):
        text = text.replace("i", "İ").replace("ı", "I")
    # Greek words follow Greek rules in any edition (a Greek name in an English balloon too)
    text = _GREEK_WORD.sub(lambda m: _greek_upper(m.group(0)), text)
    return unicodedata.normalize("NFC", text.upper())


def _greek_upper(word: str) -> str:
    if unicodedata.normalize("NFC", word) == "ή":
        return "Ή"                                       # the disjunctive “or” keeps its accent in capitals
    chars = unicodedata.normalize("NFD", word)
    out: list[str] = []
    accented_prev = ""                                   # the last base letter, if it was an accented vowel
    i = 0
    while i < len(chars):
        ch = chars[i]
        marks = []
        i += 1
        while i < len(chars) and unicodedata.combining(chars[i]):
            marks.append(chars[i])
            i += 1
        accented = any(m in ("\u0301", "\u0300", "\u0342") for m in marks)
        kept = [m for m in marks if m not in _GREEK_DROP]
        low = ch.lower()
        if accented_prev and accented_prev in _DIPHTHONG_FIRST.get(low, "") and not accented \
                and _DIAERESIS not in kept:
            kept.append(_DIAERESIS)                      # Μάιος → ΜΑΪΟΣ
        out.append(ch + "".join(kept))
        accented_prev = low if accented else ""
    return "".join(out).upper()


# ---------------------------------------------------------------- hyphenation (off unless the lettering asks)

@lru_cache(maxsize=None)
def _dictionary(lang: str, left: int, right: int):
    import pyphen

    name = pyphen.language_fallback(lang.replace("-", "_"))
    return pyphen.Pyphen(lang=name, left=left, right=right) if name else None


def has_hyphenation(lang: str) -> bool:
    return _dictionary(lang, 2, 2) is not None


def hyphenate(word: str, lang: str, left: int = 2, right: int = 2) -> list[int]:
    """Break positions inside word (indexes where a hyphen may go before), [] if the language has no patterns.

    Comic lettering avoids hyphenation; the lettering uses this only when a book turns it on."""
    dic = _dictionary(lang, left, right)
    if dic is None or len(word) < left + right:
        return []
    return [int(p) for p in dic.positions(word)]
