"""Where each balloon goes in its panel, and the warnings a letterer would raise about the result.

The script's `at` is the balloon centre in panel coordinates and is honoured; a balloon that grew past the
panel (a longer translation) is nudged back inside rather than cut by the border. `auto` (or no `at`) places
balloons in reading order near the top of the panel — left to right, then down — clear of each other, of the
speaker's mouth and of the panel's `keep_clear` regions (faces), inside the panel and the page's safe area.
Chat messages without `at` stack from the top, each on its side of the phone screen.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from comic import model as m
from comic.diagnostics import Report
from comic.layout.boxes import PanelBox, Rect
from comic.lettering.balloons import (
    Overlap,
    inside_all,
    outlines_overlap,
    superellipse_points,
    unit_superellipse,
)

Box = tuple[float, float, float, float]          # x0, y0, x1, y1 (page points)

GAP = 4.0          # between auto-placed balloons
STEP = 3.0         # search grid
CHAT_TOP = 0.12    # of the panel height, kept free above the first chat message
READABLE = frozenset({"speech", "thought", "whisper", "shout", "electronic", "caption", "chat", "choice"})


@dataclass
class Footprint:
    """What placement needs to know about one lettered item: its size and how it may move."""

    item: m.Item
    width: float                   # everything drawn for it except tails
    height: float
    above: float = 0.0             # chat: the sender's name over the bubble
    below: float = 0.0             # chat: the time under it
    side: str | None = None        # chat: left | right
    exponent: float | None = None  # the outline for overlap tests: a superellipse, or None for a rectangle
    centre: tuple[float, float] | None = field(default=None)   # result, page points (of width × height)

    def box(self, cx: float, cy: float) -> Box:
        return (cx - self.width / 2, cy - self.height / 2 - self.below,
                cx + self.width / 2, cy + self.height / 2 + self.above)

    def points(self, cx: float, cy: float, inset: float = 0.0) -> list[tuple[float, float]]:
        """The outline sampled (rectangles along their edges too), pulled in by `inset`."""
        a, b = max(self.width / 2 - inset, 0.5), max(self.height / 2 - inset, 0.5)
        if self.exponent is not None:
            return superellipse_points(cx, cy, a, b, self.exponent, 32)
        out = []
        for i in range(8):
            t = i / 8
            out += [(cx - a + 2 * a * t, cy - b), (cx + a, cy - b + 2 * b * t),
                    (cx + a - 2 * a * t, cy + b), (cx - a, cy + b - 2 * b * t)]
        return out

    def contains(self, cx: float, cy: float, p: tuple[float, float]) -> bool:
        dx, dy = abs(p[0] - cx) / (self.width / 2), abs(p[1] - cy) / (self.height / 2)
        if self.exponent is None:
            return dx < 1 and dy < 1
        return dx < 1 and dy < 1 and dx ** self.exponent + dy ** self.exponent < 1


def footprints_overlap(f: Footprint, fc: tuple[float, float], g: Footprint, gc: tuple[float, float],
                       margin: float = 1.0) -> bool:
    fx0, fy0, fx1, fy1 = f.box(*fc)
    gx0, gy0, gx1, gy1 = g.box(*gc)
    if fx1 <= gx0 or gx1 <= fx0 or fy1 <= gy0 or gy1 <= fy0:
        return False
    return (any(g.contains(*gc, p) for p in f.points(*fc, margin))
            or any(f.contains(*fc, p) for p in g.points(*gc, margin)))


def usable_area(box: PanelBox, safe: Rect, margin: float) -> Rect:
    """The panel inside its border, less a margin, within the safe area."""
    b = box.bounds
    inset = box.border / 2 + margin
    x0, y0 = max(b.x + inset, safe.x), max(b.y + inset, safe.y)
    x1, y1 = min(b.x2 - inset, safe.x2), min(b.y2 - inset, safe.y2)
    if x1 <= x0 or y1 <= y0:                     # a panel entirely in the margin: use the panel
        return b.inset(min(inset, b.w / 4, b.h / 4))
    return Rect(x0, y0, x1 - x0, y1 - y0)


def keep_clear_boxes(box: PanelBox) -> list[Box]:
    out = []
    for x, y, w, h in box.panel.keep_clear:
        x0, y1 = box.to_page(x, y)
        x1, y0 = box.to_page(x + w, y + h)
        out.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
    return out


def _nudge(fp: Footprint, cx: float, cy: float, area: Rect) -> tuple[float, float]:
    x0, y0, x1, y1 = fp.box(cx, cy)
    if x1 - x0 <= area.w:
        cx += max(0.0, area.x - x0) - max(0.0, x1 - area.x2)
    if y1 - y0 <= area.h:
        cy += max(0.0, area.y - y0) - max(0.0, y1 - area.y2)
    return cx, cy


def _clear(fp: Footprint, centre: tuple[float, float], others: Sequence[tuple[Footprint, float]], area: Rect,
           reach: float, corridors: Sequence[Box] = ()) -> tuple[float, float]:
    """The nearest position to `centre` (within `reach`) where fp overlaps none of `others` (each with the
    overlap it tolerates) and hides none of their tails, keeping the reading order it had. Tails give way
    first when nothing nearby is free; `centre` itself when still nothing is (the overlap warning says so).

    The search tries hundreds of positions against the same few balloons, so everything that does not move
    with the position is worked out once (`_Obstacle`, `_Outline`); each test computes the very floats that
    `footprints_overlap` and `Footprint.box` would, so the answer is the same to the last bit.
    """
    # most balloons are free where they are: asked the plain way, before preparing any search
    def centre_clear() -> bool:
        return not any(footprints_overlap(fp, centre, o, o.centre, margin) for o, margin in others)

    on_tail = any(_hits(fp.box(*centre), t, 0.0) for t in corridors)
    if not on_tail and centre_clear():
        return centre
    hw, hh, above, below = fp.width / 2, fp.height / 2, fp.above, fp.below
    obstacles = [_Obstacle(o, margin) for o, margin in others]
    outlines: dict[float, _Outline] = {}
    mine = [outlines.get(margin) or outlines.setdefault(margin, _Outline(fp, margin)) for _, margin in others]
    checks = list(zip(obstacles, mine))
    fe = fp.exponent

    keep_order = [o for o, _ in others
                  if o.item.kind in READABLE and fp.item.kind in READABLE
                  and not reads_before(fp.box(*centre), o.box(*o.centre))]
    # reads_before(b, a) for each a of keep_order, its constants worked out once
    before = [(a[3] - 2.0, a[2] - 2.0, a[0] + 2.0, (a[1] + a[3]) / 2) for a in (o.box(*o.centre) for o in keep_order)]
    ax0, ax1, ay0, ay1 = area.x - 0.01, area.x2 + 0.01, area.y - 0.01, area.y2 + 0.01
    x0, y0 = centre

    # Each test of a position splits into what its column (dx) decides and what its row (dy) decides: both
    # worked out once, as bit sets over `before`, `corridors` and `checks` (bit k: entry k passes that half).
    def column(dx: float):
        cx = x0 + dx
        bx0, bx1 = cx - hw, cx + hw
        if bx0 < ax0 or bx1 > ax1:
            return None                                    # outside the area
        left_of = right_of = tail = near = 0
        for k, (_, right, left, _) in enumerate(before):
            if bx0 < right:
                left_of |= 1 << k
            if bx1 <= left:
                right_of |= 1 << k
        for k, t in enumerate(corridors):
            if not (bx1 <= t[0] or t[2] <= bx0):
                tail |= 1 << k
        for k, (ob, _) in enumerate(checks):
            if not (bx1 <= ob.x0 or ob.x1 <= bx0):
                near |= 1 << k
        return cx, bx0, bx1, left_of, right_of, tail, near

    def row(dy: float):
        cy = y0 + dy
        by0, by1 = cy - hh - below, cy + hh + above
        if by0 < ay0 or by1 > ay1:
            return None
        above_of = beside = tail = near = 0
        for k, (top, _, _, middle) in enumerate(before):
            if by0 >= top:
                above_of |= 1 << k
            if by1 > middle:
                beside |= 1 << k
        for k, t in enumerate(corridors):
            if not (by1 <= t[1] or t[3] <= by0):
                tail |= 1 << k
        for k, (ob, _) in enumerate(checks):
            if not (by1 <= ob.y0 or ob.y1 <= by0):
                near |= 1 << k
        return cy, by0, by1, above_of, beside, tail, near

    steps = int(reach // STEP)
    order, shifts = _grid(steps)
    columns: list = [_UNSET] * len(shifts)     # by column: None outside the area, else `column`'s tuple
    rows: list = [_UNSET] * len(shifts)
    facing = [_Facing(ob, outline, hw, hh, fe) if outline.exponent is not None else None
              for ob, outline in checks]

    def overlaps(k: int, cx: float, cy: float) -> bool:
        """`outline.inside(cx, cy, ob) or _holds(cx, cy, hw, hh, fe, ob.points)` for check k."""
        near = facing[k]
        if near is not None:
            return near.overlaps(cx, cy)
        ob, outline = checks[k]
        return outline.inside(cx, cy, ob) or _holds(cx, cy, hw, hh, fe, ob.points)

    # One sweep in search order. Positions out of reading order are out in both passes; a position clear of
    # the tails that overlaps a balloon is out in both too; so the second pass (tails may be covered) only
    # has to go through the positions the first skipped for lying on a tail, in the same order.
    on_tails: list[tuple] = []
    tails = bool(corridors)
    for i, (ix, iy) in enumerate(order):
        col = columns[ix]
        if col is _UNSET:
            col = columns[ix] = column(shifts[ix])
        if col is None:
            continue
        rw = rows[iy]
        if rw is _UNSET:
            rw = rows[iy] = row(shifts[iy])
        if rw is None:
            continue
        # reads_before(box, a) for some a of keep_order: entirely above it, or left of it on its tier
        if (rw[3] & col[3]) or (col[4] & rw[4]):
            continue
        if tails and col[5] & rw[5]:
            on_tails.append((i, col, rw))
            continue
        ok = True
        cx, cy = col[0], rw[0]
        near = col[6] & rw[6]
        while near:
            bit = near & -near
            near ^= bit
            if overlaps(bit.bit_length() - 1, cx, cy):
                ok = False
                break
        if ok:
            return (cx, cy)
    if not tails:
        return centre
    if on_tail and centre_clear():     # (not on a tail: known to overlap)
        return centre
    for i, col, rw in on_tails:
        cx, cy = col[0], rw[0]
        near = col[6] & rw[6]
        ok = True
        while near:
            bit = near & -near
            near ^= bit
            if overlaps(bit.bit_length() - 1, cx, cy):
                ok = False
                break
        if ok:
            return (cx, cy)
    return centre


_UNSET = object()


@lru_cache(maxsize=64)
def _grid(steps: int) -> tuple[tuple[tuple[int, int], ...], tuple[float, ...]]:
    """`_offsets(steps)` as (column, row) indices into the shifts: the same floats, k·STEP for k = −steps…steps."""
    shifts = tuple(k * STEP for k in range(-steps, steps + 1))
    index = {d: i for i, d in enumerate(shifts)}
    return tuple((index[dx], index[dy]) for dx, dy in _offsets(steps)), shifts


class _Facing:
    """`_Outline.inside(cx, cy, ob) or _holds(cx, cy, hw, hh, fe, ob.points)` for a superellipse outline,
    trying the points facing the other shape first.

    Whether any point of one outline lies inside the other does not depend on the order the points are
    tried in; but nearly every position `_clear` tests overlaps, and a point on the side facing the other
    balloon is the one likely inside, so trying those first ends most tests after a point or two. The
    points are kept in eight orders, one per direction the obstacle may lie in; the tests compute the very
    floats `_Outline.inside` and `_holds` do.
    """

    __slots__ = ("_orders", "fe", "hh", "hw", "ob", "outline")

    def __init__(self, ob: _Obstacle, outline: _Outline, hw: float, hh: float, fe: float | None):
        self.ob, self.outline, self.hw, self.hh, self.fe = ob, outline, hw, hh, fe
        self._orders: list = [None] * 8

    def overlaps(self, cx: float, cy: float) -> bool:
        ob = self.ob
        gx, gy, gw, gh, e = ob.cx, ob.cy, ob.hw, ob.hh, ob.exponent
        octant = round(math.atan2(gy - cy, gx - cx) / (math.pi / 4)) % 8
        orders = self._orders[octant]
        if orders is None:
            ux, uy = _OCTANTS[octant]
            orders = self._orders[octant] = (
                sorted(self.outline.scaled, key=lambda p: -(p[0] * ux + p[1] * uy)),
                sorted(ob.points, key=lambda p: (p[0] - gx) * ux + (p[1] - gy) * uy))
        mine, theirs = orders
        # the outline's points inside the obstacle: `_Outline.inside`
        if e is None:
            for u, v in mine:
                if abs(cx + u - gx) / gw < 1 and abs(cy + v - gy) / gh < 1:
                    return True
        else:
            for u, v in mine:
                dx = abs(cx + u - gx) / gw
                if dx < 1:
                    dy = abs(cy + v - gy) / gh
                    if dy < 1 and dx ** e + dy ** e < 1:
                        return True
        # the obstacle's points inside the outline: `_holds`
        return _holds(cx, cy, self.hw, self.hh, self.fe, theirs)


_OCTANTS = tuple((math.cos(k * math.pi / 4), math.sin(k * math.pi / 4)) for k in range(8))


class _Obstacle:
    """A placed balloon as `_clear` tests against it: its box, its outline points, its inside test."""

    __slots__ = ("x0", "y0", "x1", "y1", "cx", "cy", "hw", "hh", "exponent", "points")

    def __init__(self, g: Footprint, margin: float):
        self.cx, self.cy = g.centre
        self.x0, self.y0, self.x1, self.y1 = g.box(*g.centre)
        self.hw, self.hh, self.exponent = g.width / 2, g.height / 2, g.exponent
        self.points = g.points(*g.centre, margin)

    def holds(self, points) -> bool:
        return _holds(self.cx, self.cy, self.hw, self.hh, self.exponent, points)


def _holds(cx: float, cy: float, hw: float, hh: float, e: float | None, points) -> bool:
    """Whether any of the points lies inside the footprint centred at (cx, cy): `Footprint.contains`."""
    if e is None:
        for px, py in points:
            if abs(px - cx) / hw < 1 and abs(py - cy) / hh < 1:
                return True
        return False
    for px, py in points:
        dx = abs(px - cx) / hw
        if dx < 1:
            dy = abs(py - cy) / hh
            if dy < 1 and dx ** e + dy ** e < 1:
                return True
    return False


class _Outline:
    """`Footprint.points(cx, cy, inset)` for one footprint and inset at any centre: what does not depend
    on the centre is computed once, with the same float operations in the same order."""

    __slots__ = ("a", "b", "steps", "exponent", "scaled")

    def __init__(self, f: Footprint, inset: float):
        self.a = a = max(f.width / 2 - inset, 0.5)
        self.b = b = max(f.height / 2 - inset, 0.5)
        self.exponent = f.exponent
        if f.exponent is not None:
            self.scaled = [(a * u, b * v) for u, v in unit_superellipse(f.exponent, 32)]
        else:
            self.steps = [(2 * a * (i / 8), 2 * b * (i / 8)) for i in range(8)]

    def inside(self, cx: float, cy: float, ob: _Obstacle) -> bool:
        """Whether any point of the outline centred at (cx, cy) lies inside the obstacle."""
        if self.exponent is None:
            return ob.holds(self.at(cx, cy))
        gx, gy, gw, gh, e = ob.cx, ob.cy, ob.hw, ob.hh, ob.exponent
        if e is None:
            for u, v in self.scaled:
                if abs(cx + u - gx) / gw < 1 and abs(cy + v - gy) / gh < 1:
                    return True
            return False
        for u, v in self.scaled:
            dx = abs(cx + u - gx) / gw
            if dx < 1:
                dy = abs(cy + v - gy) / gh
                if dy < 1 and dx ** e + dy ** e < 1:
                    return True
        return False

    def at(self, cx: float, cy: float) -> list[tuple[float, float]]:
        if self.exponent is not None:
            return [(cx + u, cy + v) for u, v in self.scaled]
        a, b = self.a, self.b
        xm, xp, ym, yp = cx - a, cx + a, cy - b, cy + b
        out = []
        for ka, kb in self.steps:
            out += [(xm + ka, ym), (xp, ym + kb), (xp - ka, yp), (xm, yp - kb)]
        return out


@lru_cache(maxsize=64)
def _offsets(steps: int) -> tuple[tuple[float, float], ...]:
    """Search positions around a centre, nearest first (a little bias upward), computed once per reach."""
    return tuple(sorted(((dx * STEP, dy * STEP) for dx in range(-steps, steps + 1) for dy in range(-steps, steps + 1)
                         if dx * dx + dy * dy <= steps * steps),
                        key=lambda d: d[0] ** 2 + d[1] ** 2 + (0.5 * d[1] if d[1] > 0 else 0.0)))


def _overlap(a: Box, b: Box) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def _hits(a: Box, b: Box, gap: float) -> bool:
    return not (a[2] + gap <= b[0] or b[2] + gap <= a[0] or a[3] + gap <= b[1] or b[3] + gap <= a[1])


def place_panel(box: PanelBox, safe: Rect, footprints: Sequence[Footprint], *, margin: float = 3.0,
                mouths: dict[str, tuple[float, float]] | None = None, partners: dict[str, str] | None = None,
                overlap: float = 6.0) -> None:
    """Set `centre` on every footprint (page points).

    `mouths`: speakers' mouths (kept clear, and auto-placed balloons lean toward them); `partners`: item id →
    id of the earlier balloon of the same speaker it should sit next to (they will be bridged), whose outline
    it may overlap by `overlap` points (the padding, so never the text).
    """
    mouths = mouths or {}
    partners = partners or {}
    by_id = {fp.item.id: fp for fp in footprints}
    area = usable_area(box, safe, margin)
    tight = usable_area(box, safe, 0.0)
    placed: list[Box] = []
    # 1. the script's positions, nudged back into the panel and, a little, off earlier balloons
    fixed: list[Footprint] = []
    for fp in footprints:
        if isinstance(fp.item.at, tuple):
            cx, cy = box.to_page(*fp.item.at)
            inner = tight if fp.item.kind in ("caption", "text", "sfx") else area
            cx, cy = _nudge(fp, cx, cy, inner)
            if fp.item.kind in READABLE or fp.item.kind == "sfx":
                # a partner (same speaker, next balloon) may overlap its outline, not its text
                others = [(o, overlap if partners.get(fp.item.id) == o.item.id else 1.0)
                          for o in fixed if o.item.kind in READABLE or o.item.kind == "sfx"]
                corridors = [t for o in fixed for t in _tail_corridor(o, mouths.get(o.item.id))]
                cx, cy = _clear(fp, (cx, cy), others, inner, reach=0.3 * min(box.bounds.w, box.bounds.h),
                                corridors=corridors)
            fp.centre = (cx, cy)
            fixed.append(fp)
            placed.append(fp.box(*fp.centre))
    # 2. chat messages without a position: a phone screen, top to bottom, below anything already there and
    #    below the screen's app bar (the strip where the contact's name sits in any chat app)
    y = area.y2 - CHAT_TOP * box.bounds.h
    for fp in footprints:
        if fp.centre is None and fp.item.kind == "chat":
            cx = area.x + fp.width / 2 if fp.side != "right" else area.x2 - fp.width / 2
            for _ in range(len(placed) + 1):
                cy = y - fp.above - fp.height / 2
                hit = [p for p in placed if _hits(fp.box(cx, cy), p, GAP)]
                if not hit:
                    break
                y = min(p[1] for p in hit) - GAP
            fp.centre = (cx, cy)
            placed.append(fp.box(cx, cy))
            y = cy - fp.height / 2 - fp.below - GAP
    # 3. everything else in reading order
    # what auto-placed balloons keep off, with how bad covering it is: a hidden tail loses the speaker
    obstacles: list[tuple[Box, float]] = [(b, 1.0) for b in keep_clear_boxes(box)]
    for item_id, (mx, my) in mouths.items():
        obstacles.append(((mx - 8, my - 8, mx + 8, my + 8), 2.0))
    for fp in footprints:
        if fp.centre is not None:
            obstacles.extend((t, 4.0) for t in _tail_corridor(fp, mouths.get(fp.item.id)))
    previous: Box | None = None
    for fp in footprints:
        if fp.centre is not None:
            if fp.item.kind in READABLE:
                previous = fp.box(*fp.centre)
            continue
        if fp.item.kind == "choice":
            cx, cy = area.x + area.w / 2, area.y + fp.height / 2
            fp.centre = _nudge(fp, cx, cy, area)
        else:
            partner = by_id.get(partners.get(fp.item.id, ""))
            near = partner.centre if partner is not None else None
            fp.centre = _search(fp, area, placed, obstacles, previous, mouths.get(fp.item.id), near)
        placed.append(fp.box(*fp.centre))
        obstacles.extend((t, 4.0) for t in _tail_corridor(fp, mouths.get(fp.item.id)))
        if fp.item.kind in READABLE:
            previous = placed[-1]


def _tail_corridor(fp: Footprint, mouth: tuple[float, float] | None, half: float = 5.0) -> list[Box]:
    """Small boxes along the way from a placed balloon to its speaker, so no later balloon hides its tail."""
    if mouth is None or fp.centre is None:
        return []
    (cx, cy), (mx, my) = fp.centre, mouth
    x0, y0, x1, y1 = fp.box(cx, cy)
    dist = ((mx - cx) ** 2 + (my - cy) ** 2) ** 0.5
    out = []
    steps = int(dist // 6)
    for i in range(1, steps + 1):
        t = i * 6 / dist
        px, py = cx + (mx - cx) * t, cy + (my - cy) * t
        if x0 <= px <= x1 and y0 <= py <= y1:
            continue
        out.append((px - half, py - half, px + half, py + half))
    return out


def _search(fp: Footprint, area: Rect, placed: list[Box], obstacles: list[tuple[Box, float]], previous: Box | None,
            mouth: tuple[float, float] | None, near: tuple[float, float] | None = None) -> tuple[float, float]:
    w = fp.width
    h = fp.height + fp.above + fp.below
    if w > area.w or h > area.h:
        return _nudge(fp, area.x + area.w / 2, area.y2 - h / 2, area)
    best = None
    # strict first; then faces and tails may be covered (as little as possible); then reading order may give
    for relax in (0, 1, 2):
        ny = int((area.h - h) // STEP) + 1
        nx = int((area.w - w) // STEP) + 1
        for iy in range(ny):
            top = area.y2 - iy * STEP
            cy = top - fp.above - fp.height / 2
            for ix in range(nx):
                cx = area.x + w / 2 + ix * STEP
                b = fp.box(cx, cy)
                if any(_hits(b, p, GAP) for p in placed):
                    continue
                covered = sum(weight * _overlap(b, o) for o, weight in obstacles)
                if covered and not relax:
                    continue
                if relax < 2 and previous is not None and not _reads_after(b, previous):
                    continue
                score = (area.y2 - top) + 0.35 * (abs(cx - mouth[0]) if mouth else (b[0] - area.x))
                if near is not None:
                    score += 1.5 * ((cx - near[0]) ** 2 + (cy - near[1]) ** 2) ** 0.5
                score += 4.0 * covered ** 0.5
                if best is None or score < best[0]:
                    best = (score, (cx, cy))
        if best is not None:
            return best[1]
    # nowhere free: the top left, and the overlap warning will say so
    return (area.x + w / 2, area.y2 - fp.above - fp.height / 2)


def _reads_after(b: Box, a: Box, tol: float = 2.0) -> bool:
    """Placement is stricter than the warning: b must lie wholly below a, or wholly right of it on its tier."""
    below = b[3] <= a[1] + tol
    right = b[0] >= a[2] - tol and b[3] <= a[3] + tol
    return below or right


def reads_before(b: Box, a: Box, tol: float = 2.0) -> bool:
    """Whether a reader would take box b before box a on the Z path (left to right, then down).

    b is read first when it sits entirely above a and does not lie wholly to its right, or when it lies wholly
    to a's left with its top above a's middle.
    """
    entirely_above = b[1] >= a[3] - tol and b[0] < a[2] - tol
    left_on_tier = b[2] <= a[0] + tol and b[3] > (a[1] + a[3]) / 2
    return entirely_above or left_on_tier


# ---------------------------------------------------------------------------------------------- checks

@dataclass
class Placed:
    """A finished balloon, for the checks: its outline polygon and what it belongs to."""

    item: m.Item
    polygon: tuple[tuple[float, float], ...]
    bounds: Box
    joined_to: str | None = None    # id of the balloon it is bridged to or touches on purpose
    extent: Box | None = None       # everything drawn for it, when more than the outline (chat name and time)


def check_panel(box: PanelBox, safe: Rect, placed: Sequence[Placed], language: str, report: Report) -> None:
    kw = dict(language=language, page=box.panel.page, panel=box.panel.id)
    readable = [p for p in placed if p.item.kind in READABLE]
    for j, b in enumerate(readable):
        for a in readable[:j]:
            if reads_before(b.bounds, a.bounds):
                report.warning("reading-order",
                               f"'{b.item.id}' comes after '{a.item.id}' in the script but sits above or left "
                               f"of it in panel {box.panel.key}: readers will take it first",
                               b.item.pos, hint="swap the two items in the script, or move them (at: [x, y])",
                               item=b.item.id, **kw)
                break
    boxed = [p for p in placed if p.item.kind != "text"]
    outlines = [Overlap(p.polygon, 0.5) for p in boxed]      # polygons_overlap(…, margin=0.5), prepared once
    for i, a in enumerate(boxed):
        for j in range(i + 1, len(boxed)):
            b = boxed[j]
            if a.joined_to == b.item.id or b.joined_to == a.item.id:
                continue
            if a.item.kind == "sfx" and b.item.kind == "sfx":
                continue
            if outlines_overlap(outlines[i], outlines[j]):
                report.warning("balloon-overlap",
                               f"'{b.item.id}' overlaps '{a.item.id}' in panel {box.panel.key}",
                               b.item.pos, hint="move one of them (at: [x, y]) or shorten the text",
                               item=b.item.id, **kw)
    frame = box.frame
    grown = _grown(frame)
    for p in placed:
        x0, y0, x1, y1 = p.extent or p.bounds
        if x0 < safe.x - 0.5 or y0 < safe.y - 0.5 or x1 > safe.x2 + 0.5 or y1 > safe.y2 + 0.5:
            report.warning("outside-safe",
                           f"'{p.item.id}' crosses the safe area of the page: the trim may cut it",
                           p.item.pos, hint="move it toward the page centre or shorten the text",
                           item=p.item.id, **kw)
        outline = p.polygon if p.extent is None else ((x0, y0), (x1, y0), (x1, y1), (x0, y1))
        if not _within(frame, outline, grown=grown):
            report.warning("outside-panel",
                           f"'{p.item.id}' crosses the edge of panel {box.panel.key}",
                           p.item.pos, hint="move it inside the panel (at: [x, y]) or shorten the text",
                           item=p.item.id, **kw)


def _within(frame: Sequence[tuple[float, float]], polygon: Sequence[tuple[float, float]], tol: float = 1.0,
            grown: Sequence[tuple[float, float]] | None = None) -> bool:
    """Whether the outline lies inside the frame, grown a little; `grown`: `_grown(frame, tol)`, made once
    per panel."""
    if grown is None:
        grown = _grown(frame, tol)
    return inside_all(grown, polygon[:: max(1, len(polygon) // 48)])


def _grown(frame: Sequence[tuple[float, float]], tol: float = 1.0) -> list[tuple[float, float]]:
    """The frame grown a little, so an outline lying on the border passes."""
    xs = [x for x, _ in frame]
    ys = [y for _, y in frame]
    cx, cy = sum(xs) / len(xs), sum(ys) / len(ys)
    grown = []
    for x, y in frame:
        dx, dy = x - cx, y - cy
        d = (dx * dx + dy * dy) ** 0.5 or 1.0
        grown.append((x + dx / d * tol * 1.5, y + dy / d * tol * 1.5))
    return grown
