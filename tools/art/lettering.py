"""Where the lettering will go, estimated from the script, so faces can keep out of its way.

The art is drawn before the lettering is laid out, so this guesses each balloon's size from the length of
its English text (about 4.6 pt a character, 12.5 pt a line, balloons about twice as wide as tall, measured
on the built pages) plus a margin, because translations run longer.
Chat messages have no position in the script: they stack from the top of the panel, so their region is a
band across the top. Coordinates are fractions of the panel, y from the top.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

CHAR_PT = 4.6
LINE_PT = 12.5
MARGIN = 1.1        # translations are longer than the English


@dataclass(frozen=True)
class Region:
    x0: float
    y0: float
    x1: float
    y1: float
    kind: str
    item: str

    def hits(self, box: tuple[float, float, float, float]) -> bool:
        x0, y0, x1, y1 = box
        return not (x1 <= self.x0 or x0 >= self.x1 or y1 <= self.y0 or y0 >= self.y1)


@dataclass(frozen=True)
class Talk:
    item: str
    by: str | None
    kind: str
    at: tuple[float, float] | None
    tail: tuple[float, float] | None


def _size_pt(n: int, kind: str, width_frac: float | None, panel_w_pt: float) -> tuple[float, float]:
    if width_frac:
        w = width_frac * panel_w_pt
        lines = max(1, math.ceil(n * CHAR_PT / max(w - 14, 20)))
        return w, lines * LINE_PT * 1.15 + 10
    ratio = 0.12 if kind == "caption" else 0.184
    if kind == "sfx":
        return n * 11.0 + 10, 28.0
    lines = max(1, round(math.sqrt(n * ratio)))
    w = min(n * CHAR_PT / lines + 16, panel_w_pt * 0.9)
    lines = max(lines, math.ceil(n * CHAR_PT / max(w - 16, 20)))
    return w * MARGIN, (lines * LINE_PT + 16) * MARGIN


def regions(items, panel_w_pt: float, panel_h_pt: float) -> tuple[list[Region], list[Talk]]:
    out: list[Region] = []
    talks: list[Talk] = []
    chat_y = 0.04
    for it in items:
        text = it.text.source if it.text else ""
        n = max(len(text), 4)
        at = it.at if isinstance(it.at, tuple) else None
        talks.append(Talk(it.id, it.by, it.kind, at, it.tail))
        if it.kind == "choice":
            out.append(Region(0.05, 0.1, 0.95, 0.9, it.kind, it.id))
            continue
        if it.kind == "chat":
            w_pt = min(panel_w_pt * 0.7, 150)
            lines = max(1, math.ceil(n * CHAR_PT / (w_pt - 16)))
            h = (lines * LINE_PT + 24) / panel_h_pt
            x0, x1 = (0.04, 0.04 + w_pt / panel_w_pt) if it.side != "right" else (0.96 - w_pt / panel_w_pt, 0.96)
            out.append(Region(x0, chat_y, x1, chat_y + h, it.kind, it.id))
            chat_y += h + 0.02
            continue
        if at is None:
            continue
        w, h = _size_pt(n, it.kind, it.width, panel_w_pt)
        hw, hh = w / panel_w_pt / 2, h / panel_h_pt / 2
        out.append(Region(at[0] - hw, at[1] - hh, at[0] + hw, at[1] + hh, it.kind, it.id))
    return out, talks
