"""Placing artwork in a panel: which file, how it is fitted, and whether it is sharp enough to print.

Art is fitted to the panel's art box, which includes the bleed where the panel bleeds, for print and for
the screen alike: the screen PDF then shows exactly the crop the printed, trimmed page shows.
Effective resolution is pixels per drawn inch; print needs 300 ppi, and below 200 the softness shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from comic import model as m
from comic.diagnostics import Pos, Report
from comic.layout.boxes import ArtPlacement, Point, Rect
from comic.layout.sources import (
    ART_EXTENSIONS,
    PANELS_DIR,
    ArtFinder,
    ArtReadError,
    inside,
    read_art,
)

PRINT_PPI = 300.0
MIN_PPI = 200.0
_PPI_TOLERANCE = 0.5


@dataclass(frozen=True)
class ArtTarget:
    """Where one artwork goes: what it covers, what is seen of it, and whom to blame."""

    key: str                           # "p1-a", "p1-background": the conventional file name
    box: Rect                          # area the art is fitted to
    clip: tuple[Point, ...]
    view: Rect                         # what a reader sees (placeholders are drawn here)
    pos: Pos
    page: str
    panel: str | None


def fit_rect(box: Rect, size: tuple[float, float], art: m.Art, natural: tuple[float, float]) -> Rect:
    """The drawn rectangle of an image of `size` (any unit) fitted to `box`.

    cover fills the box and crops, contain shows all of it, none draws it at `natural` size (points).
    The focus point (0..1 from the image's top-left) decides the crop: along an axis where the image
    overflows the box, that point is brought as close to the box centre as the box stays covered; where the
    image is smaller, it sits toward the focus side (focus [0, 0] = top-left). `offset` then shifts the image
    by a fraction of the box, right and down; `scale` enlarges it before all that.
    """
    w, h = size
    if art.fit == "none":
        dw, dh = natural
    else:
        s = max(box.w / w, box.h / h) if art.fit == "cover" else min(box.w / w, box.h / h)
        dw, dh = w * s, h * s
    dw, dh = dw * art.scale, dh * art.scale
    fx, fy = art.focus if art.focus is not None else (0.5, 0.5)
    if dw > box.w:
        x = _clamp(box.x + box.w / 2 - fx * dw, box.x, box.x2 - dw)
    else:
        x = box.x + (box.w - dw) * fx
    if dh > box.h:
        top = _clamp(box.y + box.h / 2 + fy * dh, box.y2, box.y + dh)
    else:
        top = box.y2 - (box.h - dh) * fy
    if art.offset is not None:
        x += art.offset[0] * box.w
        top -= art.offset[1] * box.h
    return Rect(x, top - dh, dw, dh)


def _clamp(value: float, a: float, b: float) -> float:
    return min(max(value, min(a, b)), max(a, b))


def effective_ppi(pixels: tuple[float, float], rect: Rect) -> float:
    return min(pixels[0] * 72.0 / rect.w, pixels[1] * 72.0 / rect.h)


def pixels_for(rect: Rect, ppi: float = PRINT_PPI) -> tuple[int, int]:
    """Pixels an image needs to cover `rect` at `ppi` (rounded up, so it never falls short)."""
    import math

    return (math.ceil(rect.w / 72.0 * ppi - 1e-6), math.ceil(rect.h / 72.0 * ppi - 1e-6))


def _once(report: Report, code: str, pos: Pos | None) -> bool:
    """False when the script checks already reported this problem at this place."""
    return not any(d.code == code and d.pos == pos for d in report.items)


def _rel(root: Path, path: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def place_art(art: m.Art, target: ArtTarget, finder: ArtFinder, report: Report, *,
              strict: bool = False, allow_missing: bool = False) -> ArtPlacement:
    """The placement of one artwork; problems go to `report` and unusable art becomes a placeholder."""
    root = finder.root
    missing = ArtPlacement(None, "missing", target.view, target.clip, box=target.box)
    where = dict(page=target.page, panel=target.panel)
    if art.file is not None:
        path = root / art.file
        if not inside(root, path):
            if _once(report, "path-escape", art.pos):
                report.error("path-escape", f"artwork '{art.file}' is outside the project", art.pos,
                             hint="keep artwork under panels/ and write the path relative to the project", **where)
            return missing
        if not path.is_file():
            if _once(report, "missing-art-file", art.pos):
                report.error("missing-art-file", f"artwork '{art.file}' does not exist", art.pos,
                             hint="check the path (relative to the project root)", **where)
            return missing
        if path.suffix.lower() not in ART_EXTENSIONS:
            report.error("art-format", f"artwork '{art.file}' is not a supported type", art.pos,
                         hint="use PNG, JPEG, TIFF, WebP, PSD or SVG", **where)
            return missing
    else:
        path, others, near = finder.conventional(target.key)
        if path is None:
            _report_missing(report, target, near, root, strict=strict, allow_missing=allow_missing)
            return missing
        if not inside(root, path):
            report.error("path-escape", f"{_rel(root, path)} points outside the project", Pos(_rel(root, path)),
                         hint="replace the link with the file itself", **where)
            return missing
        if others:
            report.warning("art-ambiguous", f"several art files for {target.key}: "
                           + ", ".join(_rel(root, p) for p in [path, *others]) + f" — using {path.name}",
                           target.pos, hint="delete or rename the ones you do not want", **where)
    rel = _rel(root, path)
    try:
        src = read_art(path)
    except ArtReadError as e:
        report.error("art-unreadable", f"{rel}: {e.message}", Pos(rel), hint=e.hint, **where)
        return missing
    if src.huge:
        report.warning("art-huge", f"{rel} is {src.size[0]:.0f}×{src.size[1]:.0f} px, very large for its use",
                       Pos(rel), hint="600 ppi at the printed size is plenty; builds will be slow", **where)
    natural = src.size if src.kind == "svg" else (src.size[0] * 72 / PRINT_PPI, src.size[1] * 72 / PRINT_PPI)
    rect = fit_rect(target.box, src.size, art, natural)
    ppi = None
    if src.kind == "raster":
        ppi = effective_ppi(src.size, rect)
        _check_ppi(report, rel, ppi, target, rect, strict)
    elif src.svg_text and strict:
        report.warning("svg-text", f"{rel} contains live text; its fonts cannot be embedded", Pos(rel),
                       hint="convert the text to outlines (Inkscape: Path ▸ Object to Path)", **where)
    return ArtPlacement(path, src.kind, rect, target.clip,
                        pixel_size=(int(src.size[0]), int(src.size[1])) if src.kind == "raster" else None,
                        ppi=ppi, box=target.box, format=src.format, source_size=src.size)


def _check_ppi(report: Report, rel: str, ppi: float, target: ArtTarget, rect: Rect, strict: bool) -> None:
    if ppi >= PRINT_PPI - _PPI_TOLERANCE:
        return
    need = pixels_for(target.box)
    hint = (f"supply at least {need[0]}×{need[1]} px for this panel (300 ppi over "
            f"{target.box.w / 72 * 25.4:.1f}×{target.box.h / 72 * 25.4:.1f} mm); `comic art-specs` lists every size")
    where = dict(page=target.page, panel=target.panel)
    message = f"{rel} prints at {ppi:.0f} ppi; print needs {PRINT_PPI:.0f}"
    if ppi < MIN_PPI and strict:
        report.error("art-low-ppi", message + f" and {MIN_PPI:.0f} is the least a print build accepts",
                     target.pos, hint=hint, **where)
    else:
        report.warning("art-low-ppi", message, target.pos, hint=hint, **where)


def _report_missing(report: Report, target: ArtTarget, near: list[Path], root: Path, *,
                    strict: bool, allow_missing: bool) -> None:
    hint = f"add {PANELS_DIR}/{target.key}.png (or .jpg, .tif, .psd, .svg); `comic art-specs` gives its size"
    if near:
        hint = (f"found {', '.join(_rel(root, p) for p in near)}, which is not used: name it exactly "
                f"{target.key} with one of {', '.join(e.lstrip('.') for e in ART_EXTENSIONS)}")
    message = f"no artwork for {target.key}"
    where = dict(page=target.page, panel=target.panel)
    if strict and not allow_missing:
        report.error("art-missing", message, target.pos, hint=hint, **where)
    else:
        # a warning, so `comic check` lists it without -v; a draft still builds, with a placeholder
        report.warning("art-missing", message + " — a placeholder is drawn", target.pos, hint=hint, **where)
