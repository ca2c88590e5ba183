"""The script format's definitions: one source for validation and for the JSON Schema editors use.

Small typed option objects, mkdocs-style: each key is declared once with its type, default and description,
and a writer's mistake becomes a one-line message naming the key and the fix (see `load.py`).
"""

# No `from __future__ import annotations` here: with it pydantic parses and evaluates every field's annotation
# from a string at each start. Every type below is defined before it is used, so none is needed.
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag

from comic.script.types import (
    Color,
    Fraction,
    Id,
    Lang,
    Length,
    Placement,
    Point,
    Text,
    TrimSize,
    Unit,
)


class Doc(BaseModel):
    # defer_build: a model's validator is built when it is first used, not at import. A build validates only
    # BookSpec, SceneHead and PageDoc (which take their nested models along); SceneSpec, ItemBase and the
    # separate validators of nested models are never built then. Validation and messages are unchanged.
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, validate_default=True,
                              defer_build=True)


# ---------------------------------------------------------------- book file

class PageSpec(Doc):
    """Page format of the whole book."""
    trim: TrimSize = Field("A4", description="Trim size: A4, A5, B5, US comic, US letter or '170mm x 240mm'")
    bleed: Length = Field("3mm", description="Bleed beyond the trim on every side (default 3mm)")
    safe: Length = Field("5mm", description="Safe margin inside the trim for text (default 5mm)")
    margin: Length = Field("10mm", description="Distance from the trim to the panel grid (default 10mm)")
    gutter: Length = Field("4mm", description="Space between panels (default 4mm)")
    border: Length = Field("0.8pt", description="Panel border width (default 0.8pt); 0 for none")
    border_color: Color = Field("#000000", description="Panel border colour (black prints as K only)")


class LetteringSpec(Doc):
    """House lettering style: one text size through the book."""
    font: str = Field("Shantell Sans", description="Lettering font family (from assets/fonts)")
    fallbacks: list[str] = Field(default_factory=list, description="Font families tried per character when the first lacks it")
    size: Length = Field("9pt", description="House text size (default 9pt)")
    min_size: Length = Field("7pt", description="Smallest size shrink-to-fit may use (default 7pt)")
    leading: float = Field(1.15, gt=0.8, le=2.0, description="Line spacing as a multiple of the size")
    caps: bool = Field(False, description="Letter everything in capitals (US convention)")
    hyphenate: bool = Field(False, description="Let long words break with a hyphen (pyphen); letterers avoid it")


class BalloonSpec(Doc):
    """House balloon look."""
    line_width: Length = Field("0.7pt", description="Outline width (default 0.7pt)")
    padding: Length = Field("2.5mm", description="Space between text and outline (default 2.5mm)")
    shape: Unit = Field(0.35, description="0 = ellipse … 1 = rounded rectangle")
    tail: Unit = Field(0.5, description="How far the tail goes toward the speaker (0..1 of the distance)")
    fill: Color = Field("#ffffff", description="Balloon fill colour")
    line: Color = Field("#000000", description="Outline colour")


class CharacterSpec(Doc):
    name: Text = Field(description="Display name; translatable")
    balloon: Literal["speech", "electronic"] = Field("speech", description="Default balloon for speech items")
    color: Color | None = Field(None, description="Colour used for this character's chat bubbles")


class PrintSpec(Doc):
    """The print edition: PDF/X flavour, colour conversion, total ink and binding."""
    standard: Literal["X-4", "X-1a"] = Field(
        "X-4", description="PDF/X-4 (default: ICC colour, transparency allowed) or X-1a (PDF/X-1a:2001, for older "
                           "workflows: CMYK only, no transparency)")
    profile: str | None = Field(None, description="The printer's CMYK profile (.icc), relative to the project; "
                                                  "default ISO Coated v2 300% (basICColor, close to FOGRA39)")
    output_condition: str | None = Field(None, description="The profile's output condition identifier, e.g. "
                                                           "FOGRA39; default the profile's own name")
    intent: Literal["relative-colorimetric", "perceptual"] = Field(
        "relative-colorimetric", description="How RGB art maps into the printer's colours: relative-colorimetric "
                                             "(default) keeps printable colours exact; perceptual compresses all "
                                             "colours smoothly, better for very saturated art")
    ink_limit: float = Field(300, ge=200, le=400, description="Highest total ink C+M+Y+K in percent for converted "
                                                              "art (default 300; print on demand often asks 240)")
    binding: Literal["none", "saddle", "perfect"] = Field(
        "none", description="saddle: stapled, page count padded to a multiple of 4 with blank pages before the "
                            "back cover; perfect: glued spine, even page count, spine width reported; none")
    paper_thickness: Length = Field("0.1mm", description="Thickness of one interior sheet, for the spine width of "
                                                         "perfect binding (default 0.1mm; ask the printer)")
    cover_allowance: Length = Field("0mm", description="Added to the spine width for the cover (default 0mm)")
    slug: bool = Field(True, description="A slug line outside the bleed: file, language and page number")
    covers: Literal["inline", "separate"] = Field(
        "inline", description="inline: the covers are pages of the print PDF; separate: the first page (front "
                              "cover) and the last page (back cover, if it is `part: back`) go to their own "
                              "<name>-<lang>-print-cover.pdf")


class ScreenSpec(Doc):
    """The screen edition: the PDF read on screens and sent by email."""
    ppi: int | None = Field(150, ge=72, le=1200, description="Art above this resolution at its drawn size is scaled "
                                                            "down to it (default 150); null keeps full resolution")


class BookSpec(Doc):
    """The book file, scripts/book.yaml."""
    title: Text = Field(description="Book title; translatable")
    subtitle: Text | None = None
    source_language: Lang = Field("en", description="Language the writers write in")
    languages: list[Lang] = Field(default_factory=lambda: ["en"], min_length=1,
                                  description="Every language to build, source language included")
    page: PageSpec = Field(default_factory=PageSpec)
    lettering: LetteringSpec = Field(default_factory=LetteringSpec)
    balloons: BalloonSpec = Field(default_factory=BalloonSpec)
    characters: dict[Id, CharacterSpec] = Field(default_factory=dict)
    scenes: list[str] = Field(min_length=1, description="Scene files in reading order, relative to scripts/")
    credits: Text | None = Field(None, description="Credits line; translatable")
    allow_missing_art: bool = Field(False, description="Let print builds through with placeholders for missing art")
    print: PrintSpec = Field(default_factory=PrintSpec)
    screen: ScreenSpec = Field(default_factory=ScreenSpec)


# ---------------------------------------------------------------- items

class StyleOverride(Doc):
    """Per-item overrides of the house style."""
    size: Length | None = None
    shape: Unit | None = None
    width: Fraction | None = Field(None, description="Fixed balloon width as a fraction of the panel width")
    height: Fraction | None = Field(None, description="Fixed balloon height as a fraction of the panel height")
    align: Literal["center", "left", "right"] | None = None


class ItemBase(Doc):
    id: Id = Field(description="Stable id, unique in the book; translations key on it")
    by: Id | None = Field(None, description="Speaker: a character id")
    at: Placement | None = Field(None, description="Balloon centre [x, y] in panel coordinates, or auto")
    tail: Point | None = Field(None, description="Speaker's mouth [x, y]; outside 0..1 = off-panel")
    width: Fraction | None = Field(None, description="Balloon width as a fraction of the panel width")
    style: StyleOverride | None = None


class Speech(ItemBase):
    speech: Text


class Thought(ItemBase):
    thought: Text


class Whisper(ItemBase):
    whisper: Text


class Shout(ItemBase):
    shout: Text


class Electronic(ItemBase):
    electronic: Text = Field(description="A voice through a phone, radio or TV")


class Caption(ItemBase):
    caption: Text
    voice: Literal["narration", "monologue"] = Field("narration", description="Caption box style")


class Sfx(ItemBase):
    sfx: Text
    translate: bool = Field(True, description="Offer this sound effect to translators")
    rotate: float = Field(0.0, ge=-180, le=180, description="Rotation in degrees, counter-clockwise")
    size: Length | None = None
    color: Color | None = None


class Chat(ItemBase):
    chat: Text = Field(description="A chat/text message on a phone screen")
    side: Literal["left", "right"] | None = Field(None, description="Bubble side; default left for others, right for the phone owner")
    time: str | None = Field(None, description='Time shown under the message, e.g. "21:04" (quote it)')


class TextBlock(ItemBase):
    text: Text = Field(description="A plain text block (covers, information pages)")
    align: Literal["left", "center", "right"] = "center"
    size: Length | None = None


class ChoiceOption(Doc):
    id: Id
    text: Text
    goto: Id = Field(description="Page id the reader turns to")


class Choice(ItemBase):
    choice: Text = Field(description="The question the reader answers")
    options: list[ChoiceOption] = Field(min_length=2)


ITEM_KINDS: dict[str, type[ItemBase]] = {
    "speech": Speech, "thought": Thought, "whisper": Whisper, "shout": Shout, "electronic": Electronic,
    "caption": Caption, "sfx": Sfx, "chat": Chat, "text": TextBlock, "choice": Choice,
}


def item_kind(value: Any) -> str | None:
    if isinstance(value, dict):
        for key in value:
            if key in ITEM_KINDS:
                return key
        return None
    return getattr(value, "kind", None)


Item = Annotated[
    Union[tuple(Annotated[cls, Tag(kind)] for kind, cls in ITEM_KINDS.items())],
    Discriminator(item_kind, custom_error_type="item_kind",
                  custom_error_message="an item needs exactly one kind key",
                  custom_error_context={"kinds": ", ".join(ITEM_KINDS)}),
]


# ---------------------------------------------------------------- pages and panels

class ArtSpec(Doc):
    file: str = Field(description="Artwork path relative to the project root")
    fit: Literal["cover", "contain", "none"] = "cover"
    focus: Point | None = Field(None, description="Point of the art kept in view when cropping, 0..1")
    offset: Point | None = None
    scale: float = Field(1.0, gt=0, le=20)


class LayoutSpec(Doc):
    rows: list[float] = Field(min_length=1, description="Row heights as ratios, e.g. [1, 1.5, 1]")
    cols: list[list[float]] | None = Field(None, description="Per row, the panel widths as ratios, e.g. [[1, 1], [1]]")
    gutter: Length | None = None
    margin: Length | None = None


class PanelSpec(Doc):
    id: Id = Field(description="Unique within the page; art is found at panels/<page>-<panel>.*")
    note: str | None = Field(None, description="Art note: what the illustrator must draw")
    art: str | ArtSpec | None = Field(None, description="Artwork; default panels/<page>-<panel>.*")
    items: list[Item] = Field(default_factory=list)
    cell: int | None = Field(None, ge=1, description="Grid cell (1-based, reading order); default the next one")
    span: int = Field(1, ge=1, le=6, description="How many cells of its row this panel takes")
    rowspan: int = Field(1, ge=1, le=6, description="How many rows this panel spans")
    bleed: bool = Field(False, description="Run the art to the bleed edge where the panel touches the trim")
    border: Length | None = Field(None, description="Border width; 0 for a borderless panel")
    border_color: Color | None = Field(None, description="Border colour; default the book's")
    shape: list[Point] | None = Field(None, min_length=3, description="Polygon in panel coordinates")
    inset: list[float] | None = Field(None, min_length=4, max_length=4,
                                      description="[x, y, w, h] on the page's panel area, 0..1: a panel over others")
    keep_clear: list[list[float]] | None = Field(None, description="[x, y, w, h] regions (faces) balloons avoid")


class PageDoc(Doc):
    id: Id = Field(description="Unique in the book; choices and goto point at page ids")
    layout: str | LayoutSpec = Field("grid 2x3", description="A template (splash, grid 2x2, grid 2x3, 3-tier, …) or rows/cols")
    panels: list[PanelSpec] = Field(default_factory=list)
    background: str | ArtSpec | None = Field(None, description="Page-wide art under the panels (splash pages)")
    ending: bool = Field(False, description="An ending of a pick-a-path story")
    part: Literal["front", "story", "back"] = Field(
        "story", description="front and back matter (cover, help pages) sit outside the story graph")
    goto: Id | None = Field(None, description="Continue at this page instead of the next one")
    title: Text | None = Field(None, description="Outline entry for this page")


class SceneSpec(Doc):
    """A scene file under scripts/."""
    scene: Id = Field(description="Scene id, unique in the book")
    title: Text | None = None
    pages: list[PageDoc] = Field(min_length=1)


class SceneHead(Doc):
    """A scene file's own keys; its pages are validated one by one so one bad page hides no other problem."""
    scene: Id = Field(description="Scene id, unique in the book")
    title: Text | None = None
    pages: list[Any] = Field(min_length=1)
