"""The font stack: which shipped face draws each character, how wide a text is, where its lines sit.

No single free lettering face covers every language of the book (Shantell Sans has no Greek, nothing
hand-lettered has Arabic or Hebrew), so text is split into runs, each drawn with one face. The choice is made
per script segment first, so a Greek word is not drawn half in Shantell Sans (which has π and Ω) and half in
the Greek fallback; digits, punctuation and spaces follow the script around them, as in UAX #24 itemisation.

Everything is measured through ReportLab's own TrueType parser, so widths and coverage are exactly what
`canvas.drawString` will draw unshaped. The lettering itself is shaped (`comic.lettering.shaping`: HarfBuzz
with the edition's language, bidi) and measured from the same font objects (`GlyphFont`).
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from fontTools import unicodedata as ft_unicodedata
from reportlab.pdfbase import pdfmetrics

from comic.lettering.glyphfont import GlyphFont

__all__ = [
    "FontFace",
    "FontFamily",
    "FontMetrics",
    "FontStack",
    "Run",
    "Style",
    "default_stack",
]


class Style(enum.StrEnum):
    REGULAR = "regular"
    BOLD = "bold"
    ITALIC = "italic"
    BOLDITALIC = "bolditalic"


# When a family lacks the requested style: keep the weight before the slant (bold carries emphasis further
# than italic, and a bold fallback beside a regular lettering face is louder than an upright one).
_NEAREST: dict[Style, tuple[Style, ...]] = {
    Style.REGULAR: (Style.REGULAR, Style.ITALIC, Style.BOLD, Style.BOLDITALIC),
    Style.ITALIC: (Style.ITALIC, Style.REGULAR, Style.BOLDITALIC, Style.BOLD),
    Style.BOLD: (Style.BOLD, Style.BOLDITALIC, Style.REGULAR, Style.ITALIC),
    Style.BOLDITALIC: (Style.BOLDITALIC, Style.BOLD, Style.ITALIC, Style.REGULAR),
}

# Scripts that take the script of their neighbours instead of starting a segment.
_NEUTRAL_SCRIPTS = frozenset({"Zyyy", "Zinh", "Zzzz"})

_CACHE_SIZE = 1 << 16


@dataclass(frozen=True)
class FontMetrics:
    """Vertical metrics in points at one size; descent is negative (below the baseline)."""

    size: float
    ascent: float
    descent: float
    cap_height: float

    @property
    def height(self) -> float:
        return self.ascent - self.descent


@dataclass(frozen=True)
class FontFace:
    family: str
    style: Style
    path: Path
    name: str  # the ReportLab font name, for canvas.setFont(name, size)

    @cached_property
    def ttfont(self) -> GlyphFont:
        """The one ReportLab font object for this face, shared by measuring and drawing (and by every stack)."""
        return _load_ttfont(self.name, self.path)

    def has(self, char: str) -> bool:
        return ord(char) in self.ttfont.face.charToGlyph

    def metrics(self, size: float) -> FontMetrics:
        face = self.ttfont.face  # values in 1/1000 em, as ReportLab writes them into the PDF
        return FontMetrics(size=size, ascent=face.ascent * size / 1000, descent=face.descent * size / 1000,
                           cap_height=face.capHeight * size / 1000)

    def width(self, text: str, size: float) -> float:
        return self.ttfont.stringWidth(text, size)


@dataclass(frozen=True)
class FontFamily:
    name: str
    faces: tuple[FontFace, ...]

    def __post_init__(self) -> None:
        if not self.faces:
            raise ValueError(f"font family {self.name!r} has no faces")

    def face(self, style: Style | str) -> FontFace:
        """The face for `style`, or the nearest style this family has."""
        by_style = {face.style: face for face in self.faces}
        for candidate in _NEAREST[Style(style)]:
            if candidate in by_style:
                return by_style[candidate]
        raise AssertionError("unreachable: a family has at least one face")


@dataclass(frozen=True)
class Run:
    """Consecutive characters drawn with one face (text is NFC, without invisible format characters)."""

    face: FontFace
    text: str


@dataclass(frozen=True, eq=False)
class FontStack:
    """Families in priority order: the lettering face first, then fallbacks."""

    families: tuple[FontFamily, ...]
    _runs_cache: dict[tuple[str, Style], tuple[Run, ...]] = field(default_factory=dict, init=False, repr=False)
    _width_cache: dict[tuple[str, Style], float] = field(default_factory=dict, init=False, repr=False)
    # per style: its faces in stack order, and the characters known to be visible and in the first of them
    _style_faces: dict[Style, tuple[list[FontFace], set[str]]] = field(default_factory=dict, init=False,
                                                                       repr=False)

    def __post_init__(self) -> None:
        if not self.families:
            raise ValueError("a font stack needs at least one family")

    @property
    def primary(self) -> FontFamily:
        return self.families[0]

    def faces(self) -> list[FontFace]:
        return [face for family in self.families for face in family.faces]

    def register(self) -> None:
        """Make every face known to ReportLab by its `name`; safe to call any number of times."""
        for face in self.faces():
            _register(face)
        for family in self.families:
            pdfmetrics.registerFontFamily(
                family.name,
                normal=family.face(Style.REGULAR).name,
                bold=family.face(Style.BOLD).name,
                italic=family.face(Style.ITALIC).name,
                boldItalic=family.face(Style.BOLDITALIC).name,
            )

    def runs(self, text: str, style: Style | str = Style.REGULAR) -> list[Run]:
        """Split one line of text into runs by the face that draws each character.

        Characters no face has stay in the run around them (ReportLab draws them as .notdef boxes):
        check `missing()` first. Format and control characters (ZWJ, soft hyphen, bidi marks, newline, ...)
        are dropped: they have no width and ReportLab would draw them as boxes.
        """
        key = (text, Style(style))
        cached = self._runs_cache.get(key)
        if cached is None:
            if len(self._runs_cache) >= _CACHE_SIZE:
                self._runs_cache.clear()
            cached = self._runs_cache[key] = tuple(self._split(*key))
        return list(cached)

    def width(self, text: str, style: Style | str, size: float) -> float:
        """Advance width in points of `text` drawn run by run with `canvas.drawString` (no kerning)."""
        key = (text, Style(style))
        per_point = self._width_cache.get(key)
        if per_point is None:
            if len(self._width_cache) >= _CACHE_SIZE:
                self._width_cache.clear()
            per_point = sum(run.face.width(run.text, 1000.0) for run in self.runs(text, key[1])) / 1000.0
            self._width_cache[key] = per_point
        return per_point * size

    def missing(self, text: str) -> list[str]:
        """Characters of `text` that no face covers, in order of first appearance, without repeats."""
        faces = self.faces()
        seen: dict[str, None] = {}
        for char in unicodedata.normalize("NFC", text):
            if char in seen or _is_invisible(char):
                continue
            if not any(face.has(char) for face in faces):
                seen[char] = None
        return list(seen)

    def metrics(self, style: Style | str, size: float) -> FontMetrics:
        """Metrics of the lettering face, which sets the line spacing even where fallbacks draw."""
        return self.primary.face(style).metrics(size)

    def _split(self, text: str, style: Style) -> list[Run]:
        known = self._style_faces.get(style)
        if known is None:
            known = self._style_faces[style] = ([family.face(style) for family in self.families], set())
        faces, primary_has = known
        if primary_has.issuperset(text) and unicodedata.is_normalized("NFC", text):
            # every character visible and in the lettering face (most texts): the face every segment
            # prefers, and the one a character without letters around it falls back to first — one run
            return [Run(face=faces[0], text=text)] if text else []
        primary_has.update(c for c in set(text) if not _is_invisible(c) and faces[0].has(c))
        chars = [c for c in unicodedata.normalize("NFC", text) if not _is_invisible(c)]
        picked: list[FontFace] = []
        for segment in _script_segments(chars):
            letters = [c for c in segment if _script(c) not in _NEUTRAL_SCRIPTS]
            preferred = next((f for f in faces if all(f.has(c) for c in letters)), None) if letters else None
            for char in segment:
                previous = picked[-1] if picked else None
                if preferred is not None and preferred.has(char):
                    face = preferred
                elif previous is not None and previous.has(char) and _follows_previous(char):
                    face = previous
                else:
                    face = next((f for f in faces if f.has(char)), previous or preferred or faces[0])
                picked.append(face)
        runs: list[Run] = []
        start = 0
        for i in range(1, len(chars) + 1):
            if i == len(chars) or picked[i] is not picked[start]:
                runs.append(Run(face=picked[start], text="".join(chars[start:i])))
                start = i
        return runs


def default_stack(assets_dir: Path) -> FontStack:
    """The shipped stack: Shantell Sans, then Playpen Sans (Greek), Noto Sans Arabic, Noto Sans Hebrew."""
    fonts = Path(assets_dir) / "fonts"
    return FontStack(families=(
        _family(fonts, "Shantell Sans", "ShantellSans",
                (Style.REGULAR, Style.BOLD, Style.ITALIC, Style.BOLDITALIC)),
        _family(fonts, "Playpen Sans", "PlaypenSans", (Style.REGULAR, Style.BOLD)),
        _family(fonts, "Noto Sans Arabic", "NotoSansArabic", (Style.REGULAR, Style.BOLD)),
        _family(fonts, "Noto Sans Hebrew", "NotoSansHebrew", (Style.REGULAR, Style.BOLD)),
    ))


_FILE_STYLE = {Style.REGULAR: "Regular", Style.BOLD: "Bold", Style.ITALIC: "Italic",
               Style.BOLDITALIC: "BoldItalic"}


def _family(fonts_dir: Path, family: str, stem: str, styles: Iterable[Style]) -> FontFamily:
    faces = []
    for style in styles:
        name = f"{stem}-{_FILE_STYLE[style]}"
        path = fonts_dir / stem / f"{name}.ttf"
        if not path.is_file():
            raise FileNotFoundError(f"{path}: font file missing — restore assets/fonts/ from the repository")
        faces.append(FontFace(family=family, style=style, path=path, name=name))
    return FontFamily(name=family, faces=tuple(faces))


@lru_cache(maxsize=None)
def _load_ttfont(name: str, path: Path) -> GlyphFont:
    return GlyphFont(name, str(path))


def _register(face: FontFace) -> None:
    if face.name in pdfmetrics.getRegisteredFontNames():
        registered = pdfmetrics.getFont(face.name)
        if registered is face.ttfont:
            return
        filename = getattr(getattr(registered, "face", None), "filename", None)
        if filename is not None and Path(filename).resolve() == face.path.resolve():
            return
        raise ValueError(f"font name {face.name!r} is already registered for {filename}, not {face.path}")
    pdfmetrics.registerFont(face.ttfont)


@lru_cache(maxsize=4096)
def _script(char: str) -> str:
    return ft_unicodedata.script(char)


def _is_invisible(char: str) -> bool:
    """Controls, format characters and variation selectors: no glyph and no advance of their own."""
    code = ord(char)
    return (unicodedata.category(char) in ("Cc", "Cf")
            or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF or code == 0x034F)


def _follows_previous(char: str) -> bool:
    """Spaces and combining marks belong to what precedes them, not to the next script."""
    return char.isspace() or unicodedata.category(char) in ("Mn", "Mc", "Me")


def _script_segments(chars: Sequence[str]) -> list[list[str]]:
    """Split into maximal stretches of one script; neutral characters join the stretch before them."""
    segments: list[list[str]] = []
    current: list[str] = []
    current_script: str | None = None
    for char in chars:
        script = _script(char)
        if script in _NEUTRAL_SCRIPTS or script == current_script or current_script is None:
            current.append(char)
            if script not in _NEUTRAL_SCRIPTS:
                current_script = script
        else:
            segments.append(current)
            current, current_script = [char], script
    if current:
        segments.append(current)
    return segments
