"""What the layout stage hands to lettering and rendering.

All coordinates are PDF points on the media box, origin at the bottom-left (ReportLab's convention).
Panel coordinates in scripts run 0..1 from the panel's top-left; `PanelBox.to_page` converts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from comic import model as m

Point = tuple[float, float]


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def x2(self) -> float:
        return self.x + self.w

    @property
    def y2(self) -> float:
        return self.y + self.h

    def inset(self, d: float) -> "Rect":
        return Rect(self.x + d, self.y + d, self.w - 2 * d, self.h - 2 * d)

    def contains(self, other: "Rect", tol: float = 1e-6) -> bool:
        return (other.x >= self.x - tol and other.y >= self.y - tol
                and other.x2 <= self.x2 + tol and other.y2 <= self.y2 + tol)

    def as_tuple(self) -> tuple[float, float, float, float]:
        """(x0, y0, x1, y1), the PDF box order."""
        return (self.x, self.y, self.x2, self.y2)

    def polygon(self) -> tuple[Point, ...]:
        return ((self.x, self.y), (self.x2, self.y), (self.x2, self.y2), (self.x, self.y2))

    def expand(self, left: float = 0.0, bottom: float = 0.0, right: float = 0.0, top: float = 0.0) -> "Rect":
        """This rectangle grown outwards by a distance per side (negative shrinks)."""
        return Rect(self.x - left, self.y - bottom, self.w + left + right, self.h + bottom + top)


@dataclass(frozen=True)
class PageBoxes:
    """MediaBox ⊇ BleedBox ⊇ TrimBox ⊇ safe area."""

    media: Rect
    bleed: Rect
    trim: Rect
    safe: Rect


@dataclass(frozen=True)
class ArtPlacement:
    """Where an artwork file lands: the image is drawn into `rect` and clipped to `clip`."""

    path: Path | None              # None: missing art, draw a placeholder
    kind: str                      # "raster" | "svg" | "missing"
    rect: Rect                     # the image's full drawn rectangle (may extend past the clip)
    clip: tuple[Point, ...]        # polygon the art is clipped to
    pixel_size: tuple[int, int] | None = None
    ppi: float | None = None       # effective ppi at this size (raster only)
    box: Rect | None = None        # the area the art is fitted to: the panel grown to trim + bleed where it bleeds
    format: str | None = None      # "JPEG", "PNG", "TIFF", "WEBP", "PSD", "SVG" (None when missing)
    source_size: tuple[float, float] | None = None   # pixels, or points for SVG (its natural size)


@dataclass(frozen=True)
class PanelBox:
    panel: m.Panel
    frame: tuple[Point, ...]       # the panel outline (polygon, page coords); runs to the clip edge where it bleeds
    bounds: Rect                   # the panel's cell, grown to the trim where it bleeds: what a reader sees of it;
                                   # panel coordinates 0..1 span it and a `shape` frame lies inside it
    art_clip: tuple[Point, ...]    # frame extended to the bleed edge (print) or trim (screen) where the panel bleeds
    border: float                  # border width in points (0 = borderless)
    art: ArtPlacement
    border_color: str = "#000000"  # '#rrggbb' or 'cmyk(c, m, y, k)'
    bleeds: tuple[str, ...] = ()   # sides ("left", "right", "top", "bottom") where the art runs into the bleed
    border_path: tuple[tuple[Point, ...], ...] = ()   # polylines to stroke: the frame minus its bleeding sides;
                                                      # a polyline whose last point equals its first is closed
    art_box: Rect | None = None    # what the artwork must cover: the panel plus trim + bleed where it bleeds
    inset: bool = False            # drawn over the grid panels

    def to_page(self, x: float, y: float) -> Point:
        """Panel coordinates (0..1 from the top-left of the bounds) → page points."""
        b = self.bounds
        return (b.x + x * b.w, b.y2 - y * b.h)


@dataclass(frozen=True)
class PageLayout:
    page: m.Page
    number: int                    # 1-based page number in the book
    boxes: PageBoxes
    panels: tuple[PanelBox, ...]
    background: ArtPlacement | None = None   # page-wide art under the panels, covering trim + bleed
    bleed: bool = True                        # laid out for print (bleed and marks) or for the screen (cut at the trim)

    def panel(self, panel_id: str) -> PanelBox | None:
        return next((p for p in self.panels if p.panel.id == panel_id), None)
