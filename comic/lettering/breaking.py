"""Where a line may break: UAX #14 opportunities over the parsed paragraphs, measured once.

Fitting works on "units" — the text between two break opportunities — so a balloon can be tried at many
sizes and shapes without measuring text again. A unit's width is kept per point of font size; the renderer
draws a line as its units' pieces side by side (`line_segments`), each shaped as it was measured
(`comic.lettering.shaping`), so a line's width is exactly the sum of its units' widths.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from uniseg.linebreak import line_break_units

try:  # ICU's line breaker gives the same UAX #14 segments (checked on every text of the book) 1000× faster
    from icu4py.breakers import LineBreaker as _IcuLineBreaker
except ImportError:  # pragma: no cover - depends on the environment
    _IcuLineBreaker = None

from comic.lettering.fonts import Style
from comic.lettering.markup import Paragraph

Measure = Callable[[str, Style], float]
"""Width of a text in one style at 1 pt."""


@dataclass(frozen=True)
class Piece:
    text: str
    style: Style


@dataclass(frozen=True)
class Unit:
    """Text between two break opportunities, with the spaces that follow it."""

    pieces: tuple[Piece, ...]
    width: float          # per point of size, trailing spaces included
    trimmed: float        # per point of size, without trailing spaces (its width at the end of a line)
    forced: bool = False  # a forced break follows (end of a paragraph)
    hyphen: Piece | None = None   # a hyphenation point follows: this "-" is drawn if the line ends here

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)


def break_units(text: str) -> list[str]:
    """UAX #14 segments of `text`; U+00A0 and U+202F glue, a hyphen or dash may end a segment."""
    return list(_segments(text)) if text else []


@lru_cache(maxsize=4096)
def _segments(text: str) -> tuple[str, ...]:
    if _IcuLineBreaker is not None:
        return tuple(_IcuLineBreaker(text, "en"))
    return tuple(line_break_units(text))


def units(paragraphs: Sequence[Paragraph], measure: Measure, style: Style = Style.REGULAR,
          emphasis: Style = Style.BOLDITALIC, hyphenate: Callable[[str], list[int]] | None = None) -> list[Unit]:
    """Units of all paragraphs in order; the last unit of each paragraph carries `forced`.

    An empty paragraph (two newlines) becomes one empty unit, so it keeps its blank line. With `hyphenate`
    (word → break positions, e.g. pyphen's), long words also break inside, at a cost, with a hyphen.
    """
    out: list[Unit] = []
    for para in paragraphs:
        flat = "".join(span.text for span in para)
        if not flat:
            out.append(Unit((), 0.0, 0.0, True))
            continue
        segments = break_units(flat)
        if all(span.emphasis == para[0].emphasis for span in para):
            out += _plain_units(segments, emphasis if para[0].emphasis else style, measure, hyphenate)
            continue
        # style of every character
        styles: list[Style] = []
        for span in para:
            styles.extend([emphasis if span.emphasis else style] * len(span.text))
        pos = 0
        for k, seg in enumerate(segments):
            seg_styles = styles[pos:pos + len(seg)]
            pos += len(seg)
            last = k == len(segments) - 1
            cuts = _hyphen_cuts(seg, hyphenate) if hyphenate else []
            for a, b in zip([0] + cuts, cuts + [len(seg)]):
                pieces = _pieces(seg[a:b], seg_styles[a:b])
                width = sum(measure(p.text, p.style) for p in pieces)
                if b < len(seg):       # a hyphenation point: "-" at the line end, in the style of the text before
                    hyphen = Piece("-", seg_styles[b - 1])
                    out.append(Unit(pieces, width, width + measure("-", hyphen.style), False, hyphen))
                else:
                    trimmed = sum(measure(p.text, p.style) for p in _rstrip(pieces))
                    out.append(Unit(pieces, width, trimmed, last))
    return out


def _plain_units(segments: Sequence[str], style: Style, measure: Measure,
                 hyphenate: Callable[[str], list[int]] | None) -> list[Unit]:
    """`units` of a paragraph in one style, the common case: each unit is one piece, so the per-character
    styles, the splitting by style and the sums of one width are left out (the same values come out:
    a sum of one width is that width, of none the integer 0)."""
    out: list[Unit] = []
    final = len(segments) - 1
    for k, seg in enumerate(segments):
        cuts = _hyphen_cuts(seg, hyphenate) if hyphenate else []
        if not cuts:
            if not seg:
                out.append(Unit((), 0, 0, k == final))
                continue
            width = measure(seg, style)
            stripped = seg.rstrip(" ")
            trimmed = width if stripped == seg else measure(stripped, style) if stripped else 0
            out.append(Unit((Piece(seg, style),), width, trimmed, k == final))
            continue
        for a, b in zip([0] + cuts, cuts + [len(seg)]):
            text = seg[a:b]
            width = measure(text, style)
            if b < len(seg):
                hyphen = Piece("-", style)
                out.append(Unit((Piece(text, style),), width, width + measure("-", style), False, hyphen))
            else:
                stripped = text.rstrip(" ")
                trimmed = width if stripped == text else measure(stripped, style) if stripped else 0
                out.append(Unit((Piece(text, style),), width, trimmed, k == final))
    return out


MIN_HYPHENATED = 7   # letters: shorter words are never split


def _hyphen_cuts(segment: str, hyphenate: Callable[[str], list[int]]) -> list[int]:
    word = segment.rstrip()
    if len(word) < MIN_HYPHENATED or not word.isalpha():
        return []
    return sorted(p for p in hyphenate(word) if 2 <= p <= len(word) - 2)


def _pieces(text: str, styles: Sequence[Style]) -> tuple[Piece, ...]:
    pieces: list[Piece] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or styles[i] != styles[start]:
            pieces.append(Piece(text[start:i], styles[start]))
            start = i
    return tuple(pieces)


def _rstrip(pieces: Sequence[Piece]) -> list[Piece]:
    out = list(pieces)
    while out:
        stripped = out[-1].text.rstrip(" ")
        if stripped:
            out[-1] = Piece(stripped, out[-1].style)
            break
        out.pop()
    return out


def line_pieces(line: Sequence[Unit]) -> list[Piece]:
    """The pieces of a line of units, trailing spaces removed and same-style neighbours merged."""
    pieces: list[Piece] = [p for unit in line for p in unit.pieces]
    pieces = _rstrip(pieces) + ([line[-1].hyphen] if line and line[-1].hyphen else [])
    merged: list[Piece] = []
    for p in pieces:
        if merged and merged[-1].style == p.style:
            merged[-1] = Piece(merged[-1].text + p.text, p.style)
        else:
            merged.append(p)
    return merged


def line_segments(line: Sequence[Unit]) -> list[Piece]:
    """The pieces of a line of units as they were measured, trailing spaces removed: what the renderer
    shapes, one by one, so the drawn line is exactly as wide as the fitter's sum."""
    pieces = _rstrip([p for unit in line for p in unit.pieces]) + ([line[-1].hyphen] if line and line[-1].hyphen else [])
    return [p for p in pieces if p.text]


def greedy(units_: Sequence[Unit], capacity: float) -> list[list[Unit]]:
    """First-fit wrapping, as most tools do: the baseline the benchmark compares against."""
    lines: list[list[Unit]] = [[]]
    used = 0.0
    for unit in units_:
        if lines[-1] and used + unit.trimmed > capacity:
            lines.append([])
            used = 0.0
        lines[-1].append(unit)
        used += unit.width
        if unit.forced:
            lines.append([])
            used = 0.0
    if not lines[-1]:
        lines.pop()
    return lines
