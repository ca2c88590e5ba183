"""Shaping: which glyphs draw a text in one language, where they sit, and in which order runs read.

HarfBuzz turns characters into glyphs with the edition's language set on the buffer — Shantell Sans draws
Bulgarian д, л, б in their Bulgarian (`locl`) forms only when told the text is Bulgarian — and with the
direction and script of each run, so Arabic letters join and marks sit on their letters. Its advances
(kerning, ligatures) are what fitting measures and what the renderer draws, so a line is never wider or
narrower than the balloon it was fitted in.

Right-to-left text (Arabic, Hebrew) goes through the Unicode bidi algorithm (python-bidi's `algorithm` module,
which gives the embedding levels the Rust `get_display` hides): levels come from the whole line in its
paragraph direction, each run is shaped in logical order, and the runs are put in visual order per line
after line breaking — Latin words and digits inside Arabic keep their own left-to-right order. (That module
implements UAX #9 without bracket pairs and isolates; tests/test_shaping.py checks it orders the book's kinds
of lines as the Rust implementation does.)

Measuring and drawing shape the same strings: the pieces between line-break opportunities (`Unit`s), split by
font, script and bidi level. A line is those pieces side by side, so its width is exactly the sum the fitter
used. What that costs: no kerning across a break opportunity (Shantell Sans kerns no pair with a space, but
does kern a hyphen or slash with the next letter: "Най-хубавият" sets "-х" unkerned), and Shantell Sans's
contextual alternates (`calt`, which varies repeated letters) start afresh at every word.
Everything is cached per font, language and text: a book's texts are shaped once, whatever the number of
balloon sizes fitting tries.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby

import uharfbuzz as hb
from bidi import algorithm as _uba
from bidi.mirror import MIRRORED

from comic.lettering.breaking import Piece
from comic.lettering.fonts import (
    _NEUTRAL_SCRIPTS,
    FontFace,
    FontStack,
    Style,
    _is_invisible,
    _script,
)

__all__ = [
    "FEATURES",
    "RTL_LANGUAGES",
    "Glyph",
    "LineLayout",
    "Segment",
    "Shaped",
    "Shaper",
    "hb_language",
    "is_rtl",
    "shape",
    "shaper",
]

# Languages written right to left (base language of a BCP 47 tag).
RTL_LANGUAGES = frozenset({"ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb", "syr"})

# HarfBuzz's default features (ccmp, locl, calt, liga, kern, mark, init/medi/fina, ...) are what the fonts'
# designers chose and what browsers and DTP programs apply; change them here before anything is shaped (the
# caches do not key on them). {"calt": False} gives Shantell Sans without its irregular, bouncing alternates.
# calt is off: Shantell Sans's bouncing alternates look restless in a serious book's balloons.
FEATURES: dict[str, bool | int] = {"calt": False}

Glyph = tuple[int, float, float, int, str]
"""(glyph id, x, y, cluster, text): x and y in ems from the start of the run and its baseline; cluster is the
index in the run's text of the first character the glyph belongs to; text is what the glyph stands for
("" for the further glyphs of a cluster: the marks on a letter, a dot HarfBuzz draws apart from it). In
right-to-left runs the text is as a PDF reader expects it: as seen, left to right (a mirrored bracket stands
for the bracket it shows; "مَ" is stored mark first)."""

_CACHE_SIZE = 1 << 16
# Laid-out lines hold every glyph and are asked for again only while one balloon is lettered: a few
# hundred keep that, where 65536 let a long book's lines pile up (+14 MB for 96 pages against 24).
_LINE_CACHE_SIZE = 512
# Grapheme clusters: a letter and its marks are one cluster, so the letter's glyph stands for "مَ" or "שָׁ"
# and the marks' glyphs stand for nothing (drawn, not read: see comic/render/lettering.py).
_CLUSTERS = hb.BufferClusterLevel.MONOTONE_GRAPHEMES

# Characters that make bidi reordering necessary: right-to-left letters, Arabic digits, RLM/RLE/RLO/RLI.
_RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u202b\u202e\u2067"
                        "\U00010800-\U00010fff\U0001e800-\U0001efff]")


def base_language(lang: str | None) -> str:
    return (lang or "").replace("_", "-").split("-")[0].lower()


def is_rtl(lang: str | None) -> bool:
    """Whether a language's paragraphs run right to left (its lines start at the right)."""
    return base_language(lang) in RTL_LANGUAGES


def hb_language(lang: str | None) -> str | None:
    """The HarfBuzz buffer language for a BCP 47 tag: HarfBuzz reads BCP 47 itself ('bg' → OpenType 'BGR ',
    'sr-Latn' → 'SRB '); only the separator needs fixing."""
    if not lang:
        return None
    return lang.replace("_", "-")


# ---------------------------------------------------------------------------------------------- shaping

class Shaped:
    """One shaped run: its advance, and its glyphs (in visual order, left to right) built when first drawn —
    fitting measures many more strings than are drawn (a unit with and without its trailing space)."""

    __slots__ = ("width", "_raw", "_glyphs")

    def __init__(self, width: float, raw: tuple):
        self.width = width            # advance in ems
        self._raw = raw
        self._glyphs: tuple[Glyph, ...] | None = None

    @property
    def glyphs(self) -> tuple[Glyph, ...]:
        if self._glyphs is None:
            self._glyphs = _shaped_glyphs(*self._raw)
            self._raw = None
        return self._glyphs


def shape(face: FontFace, text: str, language: str | None = None, rtl: bool = False,
          script: str | None = None) -> Shaped:
    """Shape one run of one face: HarfBuzz with the language, direction and script given (script guessed
    from the text when None). Cached on the face's font object."""
    font = face.ttfont
    key = (text, language, rtl, script)
    cache = font.shape_cache
    hit = cache.get(key)
    if hit is not None:
        return hit
    buf = hb.Buffer()
    buf.add_str(text)
    buf.direction = "rtl" if rtl else "ltr"
    if script:
        buf.script = script
    if language:
        buf.language = language
    buf.cluster_level = _CLUSTERS
    buf.guess_segment_properties()
    hb.shape(font.hb_font, buf, FEATURES)
    infos, positions = buf.glyph_infos, buf.glyph_positions
    upem = float(font.units_per_em)
    # HarfBuzz's glyph records are read when the run is first drawn (`_shaped_glyphs`): fitting measures
    # many strings that are never drawn as they are (a word with and without its trailing space)
    shaped = Shaped(sum([p.x_advance for p in positions]) / upem, (font, text, rtl, upem, infos, positions))
    if len(cache) >= _CACHE_SIZE:
        cache.clear()
    cache[key] = shaped
    return shaped


def _shaped_glyphs(font, text: str, rtl: bool, upem: float, infos, positions) -> tuple[Glyph, ...]:
    """`_glyphs` of HarfBuzz's glyph infos and positions."""
    return _glyphs(font, text, rtl, upem, [i.codepoint for i in infos], [i.cluster for i in infos],
                   [p.x_advance for p in positions], [p.x_offset for p in positions],
                   [p.y_offset for p in positions])


def _glyphs(font, text: str, rtl: bool, upem: float, gids, clusters, advances, x_offsets,
            y_offsets) -> tuple[Glyph, ...]:
    """Glyph tuples from HarfBuzz's output: positions in ems, and the text each glyph stands for."""
    n = len(gids)
    if n == len(text) and len(set(clusters)) == n:
        chars = [text[c] for c in clusters]                 # one glyph per character: the common case
    else:
        # which characters each cluster covers, and which of its glyphs stands for them (the first that advances)
        starts = sorted(set(clusters))
        ends = dict(zip(starts, starts[1:] + [len(text)]))
        owner: dict[int, int] = {}
        for k, cluster in enumerate(clusters):
            first = owner.get(cluster)
            if first is None or (advances[first] == 0 and advances[k] != 0):
                owner[cluster] = k
        chars = [text[c:ends[c]] if owner[c] == k else "" for k, c in enumerate(clusters)]
    if rtl:
        # PDF text extraction reads glyphs left to right and reverses right-to-left runs itself, characters
        # and all: a glyph stands for what it shows, in the order it shows it — ')' drawn as '(' (HarfBuzz
        # mirrors whenever the font has the mirror glyph) is '(', a letter with its vowel mark is mark first
        nominal = font.hb_font.get_nominal_glyph
        for k, ch in enumerate(chars):
            if len(ch) > 1:
                chars[k] = ch[::-1]
            elif ch in MIRRORED and nominal(ord(MIRRORED[ch])) is not None:
                chars[k] = MIRRORED[ch]
    out = []
    pen = 0
    for k in range(n):
        out.append((gids[k], (pen + x_offsets[k]) / upem, y_offsets[k] / upem, clusters[k], chars[k]))
        pen += advances[k]
    return tuple(out)


# ---------------------------------------------------------------------------------------------- bidi

def embedding_levels(text: str, rtl: bool) -> list[int]:
    """Resolved bidi embedding level of every character (rules up to I2), paragraph direction given.

    Explicit formatting characters keep the level around them; they are not drawn.
    """
    storage = _uba.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    _uba.get_embedding_levels(text, storage)
    chars = list(storage["chars"])           # X9 drops formatting characters from storage; keep them all
    _uba.explicit_embed_and_overrides(storage)
    _uba.resolve_weak_types(storage)
    _uba.resolve_neutral_types(storage, False)
    _uba.resolve_implicit_levels(storage, False)
    return [ch["level"] for ch in chars]


def visual_order(levels: Sequence[int]) -> list[int]:
    """Indices in visual order (UAX #9 rule L2) of items with these levels."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min(lv for lv in levels if lv % 2) if any(lv % 2 for lv in levels) else highest + 1
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


# ---------------------------------------------------------------------------------------------- lines

@dataclass(frozen=True)
class Segment:
    """A stretch of one line drawn with one face in one direction."""

    face: FontFace
    text: str                     # logical order
    x: float                      # ems from the line's left end
    width: float                  # ems
    glyphs: tuple[Glyph, ...]     # x relative to the segment; clusters index `text`
    rtl: bool


@dataclass(frozen=True)
class LineLayout:
    segments: tuple[Segment, ...]     # left to right
    width: float                      # ems


@dataclass(frozen=True)
class _Atom:
    face: FontFace
    text: str
    script: str | None
    level: int
    shaped: Shaped


class Shaper:
    """Shaping for one font stack in one language: unit widths for fitting, lines in visual order for drawing."""

    def __init__(self, stack: FontStack, language: str | None):
        self.stack = stack
        self.language = language
        self.hb_language = hb_language(language)
        self.rtl = is_rtl(language)
        self._widths: dict[tuple[str, Style], float] = {}
        self._lines: dict[tuple, LineLayout] = {}
        # the atoms of texts with no bidi levels to split by (`_levels` None), as `width` found them: a
        # drawn line is its measured pieces side by side, so laying it out takes them from here
        self._plain_atoms: dict[tuple[str, Style], list[_Atom]] = {}

    @property
    def start(self) -> str:
        """The side lines start from: 'right' for right-to-left languages."""
        return "right" if self.rtl else "left"

    def width(self, text: str, style: Style | str, size: float = 1.0) -> float:
        """Shaped advance width of `text` in points (per point when size is 1): the fitter's `Measure`."""
        key = (text, style if type(style) is Style else Style(style))
        em = self._widths.get(key)
        if em is None:
            levels = self._levels(text)
            if levels is None:
                atoms = self._plain(key)
            else:
                atoms = self._atoms(text, key[1], levels)
            em = sum(atom.shaped.width for atom in atoms)
            if len(self._widths) >= _CACHE_SIZE:
                self._widths.clear()
            self._widths[key] = em
        return em * size

    def line(self, pieces: Sequence[Piece]) -> LineLayout:
        """One line, given as the pieces the fitter measured (logical order), laid out left to right."""
        key = tuple((p.text, p.style) for p in pieces)
        cached = self._lines.get(key)
        if cached is not None:
            return cached
        text = "".join(p.text for p in pieces)
        levels = self._levels(text)
        atoms: list[_Atom] = []
        if levels is None:
            for piece_key in key:
                atoms += self._plain(piece_key if type(piece_key[1]) is Style else (piece_key[0], Style(piece_key[1])))
        else:
            pos = 0
            for piece in pieces:
                n = len(piece.text)
                atoms.extend(self._atoms(piece.text, Style(piece.style), levels[pos:pos + n]))
                pos += n
        order = visual_order([a.level for a in atoms]) if levels else range(len(atoms))
        layout = _place([atoms[i] for i in order])
        if len(self._lines) >= _LINE_CACHE_SIZE:
            self._lines.clear()
        self._lines[key] = layout
        return layout

    # ------------------------------------------------------------------ internals

    def _levels(self, text: str) -> list[int] | None:
        """Bidi levels, or None when the text is left to right throughout (no reordering to do)."""
        if not self.rtl and not _RTL_CHARS.search(text):
            return None
        return embedding_levels(text, self.rtl)

    def _plain(self, key: tuple[str, Style]) -> list[_Atom]:
        """`_atoms(text, style, None)` for key (text, style), worked out once (do not change the list)."""
        atoms = self._plain_atoms.get(key)
        if atoms is None:
            if len(self._plain_atoms) >= _CACHE_SIZE:
                self._plain_atoms.clear()
            atoms = self._plain_atoms[key] = self._atoms(key[0], key[1], None)
        return atoms

    def _atoms(self, text: str, style: Style, levels: Sequence[int] | None) -> list[_Atom]:
        """The text split by face (the stack's fallback runs), script and bidi level, each run shaped."""
        runs = self.stack.runs(text, style)
        visible = None
        if levels is not None:
            visible = [lv for ch, lv in zip(text, levels) if not _is_invisible(ch)]
            if len(visible) != sum(len(r.text) for r in runs):      # text was not NFC: no reordering
                visible = None
        base = 1 if self.rtl else 0
        out: list[_Atom] = []
        pos = 0
        for run in runs:
            chars = run.text
            scripts = _scripts(chars)
            if visible is None:
                # one level throughout: the run splits where the script changes
                start = 0
                for script, same in groupby(scripts):
                    end = start + len(list(same))
                    part = chars[start:end]
                    out.append(_Atom(run.face, part, script, base,
                                     shape(run.face, part, self.hb_language, base % 2 == 1, script)))
                    start = end
                continue
            lv = visible[pos:pos + len(chars)]
            pos += len(chars)
            start = 0
            for i in range(1, len(chars) + 1):
                if i == len(chars) or lv[i] != lv[start] or scripts[i] != scripts[start]:
                    part = chars[start:i]
                    rtl = lv[start] % 2 == 1
                    shaped = shape(run.face, part, self.hb_language, rtl, scripts[start])
                    out.append(_Atom(run.face, part, scripts[start], lv[start], shaped))
                    start = i
        return out


def _scripts(chars: str) -> list[str | None]:
    """Script of every character, neutral ones (spaces, digits, punctuation) taking their neighbours'."""
    found = list(map(_script, chars))
    if _NEUTRAL_SCRIPTS.isdisjoint(found):
        return found
    out: list[str | None] = []
    current: str | None = None
    for sc in found:
        if sc not in _NEUTRAL_SCRIPTS:
            if current is None:
                out = [sc] * len(out)          # leading neutrals take the first real script
            current = sc
        out.append(current)
    return out


def _place(atoms: Sequence[_Atom]) -> LineLayout:
    """Atoms in visual order → segments: neighbours with one face and level drawn as one run.

    A glyph's cluster indexes the segment's text, which is in logical order: the atoms' own clusters
    shifted by the length of the text logically before them (in a right-to-left run, the atoms to their
    right). The same atom may stand twice in a line (`Shaper` shares them), so the offsets go by position.
    """
    groups: list[list[_Atom]] = []
    for atom in atoms:
        if groups and groups[-1][-1].face is atom.face and groups[-1][-1].level == atom.level:
            groups[-1].append(atom)
        else:
            groups.append([atom])
    segments = []
    x = 0.0
    for group in groups:
        rtl = group[0].level % 2 == 1
        logical = group[::-1] if rtl else group
        starts = []
        n = 0
        for atom in logical:
            starts.append(n)
            n += len(atom.text)
        if rtl:
            starts.reverse()
        glyphs: list[Glyph] = []
        gx = 0.0
        for atom, off in zip(group, starts):
            glyphs += [(gid, gx + dx, dy, cluster + off, chars) for gid, dx, dy, cluster, chars in atom.shaped.glyphs]
            gx += atom.shaped.width
        segments.append(Segment(group[0].face, "".join(a.text for a in logical), x, gx, tuple(glyphs), rtl))
        x += gx
    return LineLayout(tuple(segments), x)


_SHAPERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def shaper(stack: FontStack, language: str | None) -> Shaper:
    """The shared `Shaper` of a stack and language, so every page of an edition reuses its caches."""
    per_stack = _SHAPERS.get(stack)
    if per_stack is None:
        per_stack = _SHAPERS[stack] = {}
    found = per_stack.get(language)
    if found is None:
        found = per_stack[language] = Shaper(stack, language)
    return found
