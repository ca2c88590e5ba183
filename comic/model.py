"""The canonical book model every later stage reads.

Built once from the validated script documents: lengths are points, texts are per-language mappings,
defaults are filled in, and every object knows where in which file it was written so any later stage
(layout, lettering, checks) can point a diagnostic at the writer's line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from comic.diagnostics import Pos
from comic.editions import EditionOptions


@dataclass(frozen=True)
class Localized:
    """A translatable text: the source string plus any inline translations, keyed by language."""

    texts: dict[str, str]
    source_language: str

    @property
    def source(self) -> str:
        return self.texts.get(self.source_language, "")

    def get(self, lang: str) -> str | None:
        return self.texts.get(lang)

    def __hash__(self) -> int:  # frozen dataclass with a dict: hash the items
        return hash((tuple(sorted(self.texts.items())), self.source_language))


@dataclass(frozen=True)
class PageFormat:
    trim_width: float
    trim_height: float
    bleed: float
    safe: float
    margin: float
    gutter: float
    border: float
    border_color: str = "#000000"


@dataclass(frozen=True)
class Lettering:
    font: str
    fallbacks: tuple[str, ...]
    size: float
    min_size: float
    leading: float
    caps: bool
    hyphenate: bool = False


@dataclass(frozen=True)
class BalloonStyle:
    line_width: float
    padding: float
    shape: float
    tail: float
    fill: str
    line: str


@dataclass(frozen=True)
class Character:
    id: str
    name: Localized
    balloon: str
    color: str | None
    pos: Pos


@dataclass(frozen=True)
class StyleOverride:
    size: float | None = None
    shape: float | None = None
    width: float | None = None
    height: float | None = None
    align: str | None = None


@dataclass(frozen=True)
class ChoiceOption:
    id: str
    text: Localized
    goto: str
    pos: Pos


ITEM_KINDS = ("speech", "thought", "whisper", "shout", "electronic", "caption", "sfx", "chat", "text", "choice")
SPOKEN_KINDS = frozenset({"speech", "thought", "whisper", "shout", "electronic"})


@dataclass(frozen=True)
class Item:
    """One lettered thing in a panel: a balloon, caption, sound effect, chat bubble, text block or choice."""

    id: str
    kind: str
    text: Localized
    page: str
    panel: str
    pos: Pos
    by: str | None = None
    at: tuple[float, float] | str | None = None
    tail: tuple[float, float] | None = None
    width: float | None = None
    style: StyleOverride = StyleOverride()
    voice: str | None = None            # caption: narration | monologue
    side: str | None = None             # chat: left | right
    time: str | None = None             # chat: time stamp
    rotate: float = 0.0                 # sfx
    size: float | None = None           # sfx / text block
    color: str | None = None            # sfx
    align: str | None = None            # text block
    translate: bool = True
    options: tuple[ChoiceOption, ...] = ()
    where: dict[str, Pos] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Art:
    file: str | None                    # as written; None = found by convention
    fit: str = "cover"
    focus: tuple[float, float] | None = None
    offset: tuple[float, float] | None = None
    scale: float = 1.0
    pos: Pos | None = None


@dataclass(frozen=True)
class Layout:
    """A page's panel grid: row height ratios and, per row, panel width ratios."""

    rows: tuple[float, ...]
    cols: tuple[tuple[float, ...], ...]
    gutter: float | None = None
    margin: float | None = None


@dataclass(frozen=True)
class Panel:
    id: str
    page: str
    note: str | None
    art: Art
    items: tuple[Item, ...]
    pos: Pos
    cell: int | None = None
    span: int = 1
    rowspan: int = 1
    bleed: bool = False
    border: float | None = None
    border_color: str | None = None
    shape: tuple[tuple[float, float], ...] | None = None
    inset: tuple[float, float, float, float] | None = None
    keep_clear: tuple[tuple[float, float, float, float], ...] = ()

    @property
    def key(self) -> str:
        return f"{self.page}-{self.id}"


@dataclass(frozen=True)
class Page:
    id: str
    scene: str
    layout: Layout
    panels: tuple[Panel, ...]
    pos: Pos
    background: Art | None = None
    ending: bool = False
    goto: str | None = None
    title: Localized | None = None
    part: str = "story"
    where: dict[str, Pos] = field(default_factory=dict, compare=False, hash=False)

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for panel in self.panels for item in panel.items)


@dataclass(frozen=True)
class Scene:
    id: str
    file: str
    title: Localized | None
    pages: tuple[Page, ...]
    pos: Pos


@dataclass(frozen=True)
class Book:
    root: Path
    file: str
    title: Localized
    subtitle: Localized | None
    credits: Localized | None
    source_language: str
    languages: tuple[str, ...]
    page_format: PageFormat
    lettering: Lettering
    balloons: BalloonStyle
    characters: dict[str, Character]
    scenes: tuple[Scene, ...]
    pos: Pos
    allow_missing_art: bool = False
    editions: EditionOptions = field(default_factory=EditionOptions)   # the book file's print: and screen:

    @property
    def pages(self) -> tuple[Page, ...]:
        return tuple(page for scene in self.scenes for page in scene.pages)

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for page in self.pages for item in page.items)

    def page(self, page_id: str) -> Page | None:
        for page in self.pages:
            if page.id == page_id:
                return page
        return None
