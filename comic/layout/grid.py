"""The panel grid: rows of cells inside the margins, and which cells each panel takes.

Cells are numbered in reading order (row by row, left to right) from 1, the way writers count them in
`cell:`. A panel takes `span` cells of its row and reaches down `rowspan` rows; the cells it covers in the
rows below are the ones its width overlaps, so rows with different column counts still span sensibly.
"""

from __future__ import annotations

from dataclasses import dataclass

from comic import model as m
from comic.diagnostics import Report
from comic.layout.boxes import Rect

_OVERLAP = 0.5  # points: cells closer than this horizontally do not count as overlapping


@dataclass(frozen=True)
class Cell:
    number: int        # 1-based, reading order
    row: int           # 0-based
    col: int           # 0-based within its row
    rect: Rect


@dataclass(frozen=True)
class Grid:
    area: Rect                          # the panel area: trim inset by the margin
    rows: tuple[Rect, ...]              # full-width row bands, top to bottom
    cells: tuple[Cell, ...]

    def row_cells(self, row: int) -> list[Cell]:
        return [c for c in self.cells if c.row == row]


def split(total: float, ratios: tuple[float, ...], gap: float) -> list[tuple[float, float]]:
    """(offset, length) of each part when `total` is shared by ratio with `gap` between parts."""
    free = total - gap * (len(ratios) - 1)
    whole = sum(ratios)
    out, at = [], 0.0
    for r in ratios:
        length = free * r / whole
        out.append((at, length))
        at += length + gap
    return out


def make_grid(area: Rect, layout: m.Layout, gutter: float) -> Grid:
    rows: list[Rect] = []
    cells: list[Cell] = []
    for ri, (off, height) in enumerate(split(area.h, layout.rows, gutter)):
        band = Rect(area.x, area.y2 - off - height, area.w, height)
        rows.append(band)
        cols = layout.cols[ri] if ri < len(layout.cols) else (1.0,)
        for ci, (xoff, width) in enumerate(split(area.w, cols, gutter)):
            cells.append(Cell(len(cells) + 1, ri, ci, Rect(area.x + xoff, band.y, width, band.h)))
    return Grid(area, tuple(rows), tuple(cells))


def place_panels(grid: Grid, page: m.Page, report: Report) -> dict[int, Rect]:
    """Index in page.panels → the rectangle of the cells it takes. Inset panels are not placed here."""
    taken: dict[int, int] = {}          # cell number → panel index
    placed: dict[int, Rect] = {}
    after = 0                           # a panel without `cell:` takes the first free cell after this one
    page_full_reported = any(d.code == "too-many-panels" and d.page == page.id for d in report.items)
    for i, panel in enumerate(page.panels):
        if panel.inset is not None:
            continue
        if panel.cell is not None:
            start = panel.cell
            if start > len(grid.cells):
                continue                # reported by the script checks (unknown-cell)
        else:
            start = next((c.number for c in grid.cells if c.number > after and c.number not in taken), None)
            if start is None:
                if not page_full_reported:
                    report.error("too-many-panels", f"panel '{panel.id}' has no free cell left on page '{page.id}'",
                                 panel.pos, hint="choose a layout with more cells, or give the panels smaller spans",
                                 page=page.id, panel=panel.id)
                continue
        first = grid.cells[start - 1]
        row_cells = grid.row_cells(first.row)
        last_col = first.col + panel.span - 1
        if last_col >= len(row_cells):
            report.error("span-too-wide", f"panel '{panel.id}': span {panel.span} from cell {start} runs past the "
                         f"end of its row ({len(row_cells) - first.col} cell(s) left)", panel.pos,
                         hint="lower `span:` or change the row's columns", page=page.id, panel=panel.id)
            last_col = len(row_cells) - 1
        last_row = first.row + panel.rowspan - 1
        if last_row >= len(grid.rows):
            report.error("rowspan-too-tall", f"panel '{panel.id}': rowspan {panel.rowspan} from row {first.row + 1} "
                         f"runs past the last row ({len(grid.rows) - first.row} row(s) left)", panel.pos,
                         hint="lower `rowspan:` or add rows to the layout", page=page.id, panel=panel.id)
            last_row = len(grid.rows) - 1
        x0, x1 = first.rect.x, row_cells[last_col].rect.x2
        top, bottom = grid.rows[first.row].y2, grid.rows[last_row].y
        rect = Rect(x0, bottom, x1 - x0, top - bottom)
        covered = [c for c in grid.cells if first.row <= c.row <= last_row
                   and min(x1, c.rect.x2) - max(x0, c.rect.x) > _OVERLAP]
        clash = [c for c in covered if c.number in taken]
        if clash:
            other = page.panels[taken[clash[0].number]]
            report.error("cell-taken", f"panel '{panel.id}' overlaps panel '{other.id}' (cell {clash[0].number})",
                         panel.pos, hint="give one of them another `cell:`, or a smaller span/rowspan",
                         page=page.id, panel=panel.id)
        for c in covered:
            taken.setdefault(c.number, i)
        placed[i] = rect
        after = start
    return placed
