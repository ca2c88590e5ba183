"""A panel's outline from its cell: bleeding sides pushed past the trim, custom polygons, inset panels.

A full-bleed panel's art must reach the bleed edge where the panel touches the margin, and its border must
not run along the cut (a hairline at the trim shows as a sliver when the knife drifts), so the frame is open
on those sides and `border_path` holds only the sides a reader sees as drawn lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from comic import model as m
from comic.diagnostics import Report
from comic.layout.boxes import Point, Rect

SIDES = ("left", "bottom", "right", "top")
_EPS = 0.01  # points


@dataclass(frozen=True)
class PanelGeometry:
    frame: tuple[Point, ...]
    bounds: Rect                       # cell grown to the trim on bleeding sides
    art_box: Rect                      # bounds grown by the bleed on bleeding sides (same for print and screen)
    art_clip: tuple[Point, ...]
    bleeds: tuple[str, ...]
    border_path: tuple[tuple[Point, ...], ...]


def touching(cell: Rect, area: Rect) -> tuple[str, ...]:
    """The sides of the panel area this cell lies on."""
    hits = {"left": abs(cell.x - area.x) < _EPS, "bottom": abs(cell.y - area.y) < _EPS,
            "right": abs(cell.x2 - area.x2) < _EPS, "top": abs(cell.y2 - area.y2) < _EPS}
    return tuple(s for s in SIDES if hits[s])


def _grow(rect: Rect, sides: tuple[str, ...], amount: dict[str, float]) -> Rect:
    return rect.expand(*(amount[s] if s in sides else 0.0 for s in SIDES))


def inset_cell(panel: m.Panel, area: Rect, report: Report) -> Rect:
    """An inset panel's rectangle: [x, y, w, h] as fractions of the panel area, y from the top."""
    x, y, w, h = panel.inset
    if w <= 0 or h <= 0 or x < -_EPS or y < -_EPS or x + w > 1 + 1e-6 or y + h > 1 + 1e-6:
        report.error("bad-inset", f"panel '{panel.id}': inset [{x:g}, {y:g}, {w:g}, {h:g}] does not lie inside the "
                     "panel area", panel.pos, hint="write [x, y, width, height] as fractions 0..1 with x + width ≤ 1 "
                     "and y + height ≤ 1, e.g. [0.6, 0.05, 0.35, 0.3]", page=panel.page, panel=panel.id)
        x, y = min(max(x, 0.0), 0.95), min(max(y, 0.0), 0.95)
        w, h = min(max(w, 0.05), 1 - x), min(max(h, 0.05), 1 - y)
    return Rect(area.x + x * area.w, area.y2 - (y + h) * area.h, w * area.w, h * area.h)


def panel_geometry(cell: Rect, panel: m.Panel, area: Rect, trim: Rect, bleed: float, clip_bleed: bool,
                   report: Report) -> PanelGeometry:
    """`bleed` is the book's bleed; `clip_bleed` False lays out for the screen, where the page ends at the trim."""
    sides = touching(cell, area) if panel.bleed else ()
    if panel.bleed and not sides:
        report.warning("bleed-no-edge", f"panel '{panel.id}' has bleed: true but touches no edge of the panel area",
                       panel.pos, hint="only panels on the outside of the grid can run off the page; remove `bleed:`",
                       page=panel.page, panel=panel.id)
    to_trim = {"left": cell.x - trim.x, "bottom": cell.y - trim.y, "right": trim.x2 - cell.x2, "top": trim.y2 - cell.y2}
    bounds = _grow(cell, sides, to_trim)
    art_box = _grow(bounds, sides, dict.fromkeys(SIDES, bleed))
    clip_rect = _grow(bounds, sides, dict.fromkeys(SIDES, bleed if clip_bleed else 0.0))
    if panel.shape:
        polygon = tuple(_map_point(p, bounds, clip_rect, sides) for p in panel.shape)
    else:
        polygon = clip_rect.polygon()
    return PanelGeometry(frame=polygon, bounds=bounds, art_box=art_box, art_clip=polygon, bleeds=sides,
                         border_path=_open_sides(polygon, clip_rect, sides))


def _map_point(p: Point, bounds: Rect, clip: Rect, sides: tuple[str, ...]) -> Point:
    """Panel coordinates → page; a vertex on a bleeding edge moves out to the clip edge with it."""
    px, py = p
    x = bounds.x + px * bounds.w
    y = bounds.y2 - py * bounds.h
    if "left" in sides and px <= 0:
        x = clip.x
    if "right" in sides and px >= 1:
        x = clip.x2
    if "top" in sides and py <= 0:
        y = clip.y2
    if "bottom" in sides and py >= 1:
        y = clip.y
    return (x, y)


def _on_side(a: Point, b: Point, clip: Rect, sides: tuple[str, ...]) -> bool:
    lines = {"left": (0, clip.x), "right": (0, clip.x2), "bottom": (1, clip.y), "top": (1, clip.y2)}
    for side in sides:
        axis, value = lines[side]
        if abs(a[axis] - value) < _EPS and abs(b[axis] - value) < _EPS:
            return True
    return False


def _open_sides(polygon: tuple[Point, ...], clip: Rect, sides: tuple[str, ...]) -> tuple[tuple[Point, ...], ...]:
    n = len(polygon)
    keep = [not _on_side(polygon[k], polygon[(k + 1) % n], clip, sides) for k in range(n)]
    if all(keep):
        return (polygon + (polygon[0],),)
    if not any(keep):
        return ()
    start = next(k for k in range(n) if keep[k] and not keep[k - 1])
    lines: list[tuple[Point, ...]] = []
    current: list[Point] = []
    for j in range(n):
        k = (start + j) % n
        if keep[k]:
            current = current or [polygon[k]]
            current.append(polygon[(k + 1) % n])
        elif current:
            lines.append(tuple(current))
            current = []
    if current:
        lines.append(tuple(current))
    return tuple(lines)
