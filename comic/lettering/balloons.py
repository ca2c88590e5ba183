"""Balloon, caption and tail shapes as vector paths (cubic Béziers), in page coordinates.

Every body comes with a sampled polygon of its outline, so placement can test overlaps and tails can find
where they leave the body. Shapes are deterministic: the jagged and cloudy ones take their irregularity from
a hash of the item id, never from a random generator, so the same script draws the same page.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from functools import lru_cache

from comic.lettering.types import Outline, PathOp, Point

KAPPA = 0.5522847498  # Bézier handle length of a quarter circle

# House tints. Text always stays black (pure K in print); only fills are coloured.
NARRATION_FILL = "#fff2c2"     # pale yellow / cream: the narrator's voice
MONOLOGUE_FILL = "#e3eefa"     # pale blue: a character's inner voice
CHAT_OTHER_FILL = "#ebebee"    # the other side of a phone chat
CHAT_OWNER_FILL = "#cfe8ff"    # the phone owner's own messages
CHOICE_FILL = "#fffaf0"
WHISPER_TEXT = "#5c5c5c"
LABEL_TEXT = "#6a6a6a"         # chat sender names and times


@dataclass(frozen=True)
class Body:
    ops: tuple[PathOp, ...]
    polygon: tuple[Point, ...]     # the outline sampled, counter-clockwise, for geometry

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        xs = [p[0] for p in self.polygon]
        ys = [p[1] for p in self.polygon]
        return (min(xs), min(ys), max(xs), max(ys))


# ---------------------------------------------------------------------------------------------- paths

def rounded(values: Sequence[float]) -> list[float]:
    """`[round(v, 3) for v in values]`, the same floats, in half the time: outlines and glyph positions
    round hundreds of thousands of coordinates per edition, and `round(v, 3)` goes through decimal strings.

    round(v, 3) is the double nearest to n/1000, n the integer nearest to v·1000 exactly (ties to even).
    y = v * 1000.0 is within half a unit in the last place of v·1000 (at most 2^-14 for |y| < 2^40), so when
    y is not within 0.0001 of a half-integer, n is the integer nearest to y: y + 1.5·2^52 − 1.5·2^52, exactly
    (the sum lies where doubles are the integers). n / 1000.0 (n exact, the division correctly rounded) is
    then the double nearest to n/1000. The rest — near ties, n = 0 (whose zero keeps v's sign), |y| ≥ 2^40,
    NaNs, infinities — goes to round().
    """
    return [n / 1000.0 if -0.4999 < y - n < 0.4999 and -_BIG < y < _BIG and n else round(v, 3)
            for v in values for y in [v * 1000.0] for n in [y + _SNAP - _SNAP]]


_BIG = float(1 << 40)
_SNAP = 1.5 * 2.0 ** 52


def polygon_ops(points: Sequence[Point]) -> tuple[PathOp, ...]:
    xs = rounded([x for x, _ in points])
    ys = rounded([y for _, y in points])
    ops = [PathOp("M", ((xs[0], ys[0]),))]
    ops += [PathOp("L", (p,)) for p in zip(xs[1:], ys[1:])]
    ops.append(PathOp("Z"))
    return tuple(ops)


def smooth_closed(points: Sequence[Point]) -> tuple[PathOp, ...]:
    """A closed Catmull-Rom spline through the points, as cubic Béziers.

    Segment i runs from point i to point i+1 with control points p[i] + (p[i+1] − p[i−1])/6 and
    p[i+1] − (p[i+2] − p[i])/6 (indices cyclic), each coordinate rounded (`_r`); worked out a coordinate
    list at a time, the very floats of the point-by-point arithmetic.
    """
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    ops = [PathOp("M", (_r(points[0]),))]
    ops += _curves(*[_catmull(vs[-1:] + vs[:-1], vs, vs[1:] + vs[:1], vs[2:] + vs[:2]) for vs in (xs, ys)])
    ops.append(PathOp("Z"))
    return tuple(ops)


def _catmull(before: list[float], start: list[float], end: list[float],
             after: list[float]) -> tuple[list[float], list[float], list[float]]:
    """One coordinate of Catmull-Rom segments start→end: the first controls, the second controls and the
    ends, rounded."""
    return (rounded([s + (e - b) / 6 for b, s, e in zip(before, start, end)]),
            rounded([e - (a - s) / 6 for s, e, a in zip(start, end, after)]),
            rounded(end))


def _smooth_open(points: Sequence[Point]) -> list[PathOp]:
    """Curve segments through points[1:], starting at points[0] (no move-to): for tail sides."""
    return _smooth_opens([points])[0]


def _smooth_opens(chains: Sequence[Sequence[Point]]) -> list[list[PathOp]]:
    """`_smooth_open` of each chain, the arithmetic of all of them done a coordinate list at a time.

    As in `smooth_closed`, with a chain's first and last points standing in for the missing neighbours.
    """
    lists: list[list[list[float]]] = [[[], [], [], []], [[], [], [], []]]
    for chain in chains:
        if len(chain) < 2:
            continue
        for coordinate, (before, start, end, after) in enumerate(lists):
            vs = [p[coordinate] for p in chain]
            before += vs[:1] + vs[:-2]
            start += vs[:-1]
            end += vs[1:]
            after += vs[2:] + vs[-1:]
    ops = _curves(*[_catmull(*four) for four in lists])
    out = []
    at = 0
    for chain in chains:
        count = max(len(chain) - 1, 0)
        out.append(ops[at:at + count])
        at += count
    return out


def _curves(xs: tuple[list[float], ...], ys: tuple[list[float], ...]) -> list[PathOp]:
    """Curve-to operations from `_catmull`'s x and y lists."""
    return list(map(_curve, zip(zip(xs[0], ys[0]), zip(xs[1], ys[1]), zip(xs[2], ys[2]))))


def _fast_curve(points: tuple[Point, Point, Point]) -> PathOp:
    """PathOp("C", points), made without the frozen dataclass's `__init__` (which sets each field through
    object.__setattr__): outlines are made of tens of thousands of curves per edition. The result is the
    same object in every respect — fields, equality, hash, pickling."""
    op = _new(PathOp)
    _set_op(op, "C")
    _set_points(op, points)
    return op


_new = object.__new__
if tuple(f.name for f in dataclass_fields(PathOp)) == ("op", "points") and hasattr(PathOp, "__slots__"):
    _set_op, _set_points = PathOp.__dict__["op"].__set__, PathOp.__dict__["points"].__set__
    _curve = _fast_curve
else:  # pragma: no cover - PathOp changed shape: the plain constructor
    def _curve(points: tuple[Point, Point, Point]) -> PathOp:
        return PathOp("C", points)


def _r(p: Point) -> Point:
    """Rounded to 1/1000 pt: byte-identical PDFs whatever the float noise."""
    return (round(p[0], 3), round(p[1], 3))


def bezier_points(p0: Point, c1: Point, c2: Point, p3: Point, steps: int = 6) -> list[Point]:
    out = []
    for i in range(1, steps + 1):
        t = i / steps
        u = 1 - t
        out.append((u ** 3 * p0[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t ** 3 * p3[0],
                    u ** 3 * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t ** 3 * p3[1]))
    return out


def flatten(ops: Sequence[PathOp], steps: int = 6) -> list[Point]:
    """Points along a path (one subpath), for geometry tests."""
    pts: list[Point] = []
    for op in ops:
        if op.op in ("M", "L"):
            pts.append(op.points[0])
        elif op.op == "C" and pts:
            pts.extend(bezier_points(pts[-1], *op.points, steps=steps))
    return pts


# ---------------------------------------------------------------------------------------------- bodies

def superellipse_points(cx: float, cy: float, a: float, b: float, n: float, count: int = 72) -> list[Point]:
    return [(cx + a * u, cy + b * v) for u, v in unit_superellipse(n, count)]


@lru_cache(maxsize=256)
def unit_superellipse(n: float, count: int) -> tuple[Point, ...]:
    """The superellipse of semi-axes 1 about the origin: placement samples outlines at every position it
    tries, and scaling these (a·u, then + cx) gives exactly the floats computing each point afresh would."""
    e = 2.0 / n
    out = []
    for i in range(count):
        t = 2 * math.pi * i / count
        c, s = math.cos(t), math.sin(t)
        out.append((math.copysign(abs(c) ** e, c), math.copysign(abs(s) ** e, s)))
    return tuple(out)


def oval(cx: float, cy: float, w: float, h: float, exponent: float) -> Body:
    """Speech balloon: a superellipse, between an ellipse (2) and a rounded rectangle (large exponents).

    Its geometry (where tails leave it, what it overlaps) uses 64 or 96 points; the drawn spline runs
    through every other one: within 0.1 pt of the true curve up to exponent 4 (a seventh of the stroke),
    and half the curves to write for every balloon of every language."""
    pts = superellipse_points(cx, cy, w / 2, h / 2, exponent, 96 if exponent > 4 else 64)
    return Body(smooth_closed(pts[::2]), tuple(pts))


def rounded_rect(x0: float, y0: float, x1: float, y1: float, r: float) -> Body:
    r = max(0.0, min(r, (x1 - x0) / 2, (y1 - y0) / 2))
    if r <= 0:
        pts = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
        return Body(polygon_ops(pts), tuple(pts))
    k = r * KAPPA
    ops = [PathOp("M", (_r((x0 + r, y0)),)), PathOp("L", (_r((x1 - r, y0)),)),
           PathOp("C", (_r((x1 - r + k, y0)), _r((x1, y0 + r - k)), _r((x1, y0 + r)))),
           PathOp("L", (_r((x1, y1 - r)),)),
           PathOp("C", (_r((x1, y1 - r + k)), _r((x1 - r + k, y1)), _r((x1 - r, y1)))),
           PathOp("L", (_r((x0 + r, y1)),)),
           PathOp("C", (_r((x0 + r - k, y1)), _r((x0, y1 - r + k)), _r((x0, y1 - r)))),
           PathOp("L", (_r((x0, y0 + r)),)),
           PathOp("C", (_r((x0, y0 + r - k)), _r((x0 + r - k, y0)), _r((x0 + r, y0)))),
           PathOp("Z")]
    return Body(tuple(ops), tuple(flatten(ops)))


def rect(x0: float, y0: float, x1: float, y1: float) -> Body:
    return rounded_rect(x0, y0, x1, y1, 0.0)


def cloud(cx: float, cy: float, w: float, h: float, seed: str, bump: float = 13.0) -> Body:
    """Thought balloon: puffs bulging outward from an ellipse of size w × h (the text's ellipse)."""
    a, b = w / 2, h / 2
    perimeter = math.pi * (3 * (a + b) - math.sqrt((3 * a + b) * (a + 3 * b)))
    count = max(8, int(round(perimeter / bump)))
    jitter = _jitter(seed, count)
    angles = [2 * math.pi * (i + 0.25 * jitter[i]) / count for i in range(count)]
    pts = [(cx + a * math.cos(t), cy + b * math.sin(t)) for t in angles]
    ops = [PathOp("M", (_r(pts[0]),))]
    poly: list[Point] = [pts[0]]
    for i in range(count):
        p, q = pts[i], pts[(i + 1) % count]
        mid = (angles[i] + (angles[(i + 1) % count] + (2 * math.pi if i == count - 1 else 0))) / 2
        nx, ny = math.cos(mid) / a, math.sin(mid) / b        # outward normal of the ellipse
        ln = math.hypot(nx, ny)
        nx, ny = nx / ln, ny / ln
        d = (q[0] - p[0], q[1] - p[1])
        chord = math.hypot(*d)
        k = chord * (0.62 + 0.12 * jitter[(i + 3) % count])
        c1 = (p[0] + nx * k - d[0] * 0.18, p[1] + ny * k - d[1] * 0.18)
        c2 = (q[0] + nx * k + d[0] * 0.18, q[1] + ny * k + d[1] * 0.18)
        ops.append(PathOp("C", (_r(c1), _r(c2), _r(q))))
        poly.extend(bezier_points(p, c1, c2, q))
    ops.append(PathOp("Z"))
    return Body(tuple(ops), tuple(poly[:-1]))


def burst(cx: float, cy: float, w: float, h: float, seed: str, size: float) -> Body:
    """Shout: a jagged burst whose inner corners sit just outside the ellipse the text was fitted in."""
    a, b = w / 2, h / 2
    perimeter = math.pi * (3 * (a + b) - math.sqrt((3 * a + b) * (a + 3 * b)))
    count = max(10, int(round(perimeter / (1.5 * size))))
    jitter = _jitter(seed, 2 * count)
    spike = 0.6 * size + 0.08 * min(a, b)
    pts: list[Point] = []
    for i in range(2 * count):
        t = math.pi * (i + 0.18 * jitter[i]) / count
        if i % 2:
            grow = 1.0 + (spike * (0.75 + 0.5 * abs(jitter[(i * 7) % (2 * count)]))) / math.hypot(
                a * math.cos(t), b * math.sin(t))
        else:
            grow = 1.02
        pts.append((cx + a * grow * math.cos(t), cy + b * grow * math.sin(t)))
    return Body(polygon_ops(pts), tuple(pts))


def circle(cx: float, cy: float, r: float) -> Body:
    k = r * KAPPA
    ops = (PathOp("M", (_r((cx + r, cy)),)),
           PathOp("C", (_r((cx + r, cy + k)), _r((cx + k, cy + r)), _r((cx, cy + r)))),
           PathOp("C", (_r((cx - k, cy + r)), _r((cx - r, cy + k)), _r((cx - r, cy)))),
           PathOp("C", (_r((cx - r, cy - k)), _r((cx - k, cy - r)), _r((cx, cy - r)))),
           PathOp("C", (_r((cx + k, cy - r)), _r((cx + r, cy - k)), _r((cx + r, cy)))),
           PathOp("Z"))
    return Body(ops, tuple(flatten(ops)))


def _jitter(seed: str, count: int) -> list[float]:
    """Deterministic values in −1..1 from the item id."""
    out = []
    h = zlib.crc32(seed.encode("utf-8"))
    for _ in range(count):
        h = (1103515245 * h + 12345) & 0x7FFFFFFF
        out.append((h / 0x7FFFFFFF) * 2 - 1)
    return out


# ---------------------------------------------------------------------------------------------- geometry

def segment_exit(polygon: Sequence[Point], start: Point, end: Point) -> float | None:
    """Largest t in 0..1 where start + t(end − start) crosses the polygon outline (start inside)."""
    best = None
    sx, sy = start
    dx, dy = end[0] - sx, end[1] - sy
    n = len(polygon)
    for i in range(n):
        (x1, y1), (x2, y2) = polygon[i], polygon[(i + 1) % n]
        ex, ey = x2 - x1, y2 - y1
        den = dx * ey - dy * ex
        if abs(den) < 1e-12:
            continue
        t = ((x1 - sx) * ey - (y1 - sy) * ex) / den
        u = ((x1 - sx) * dy - (y1 - sy) * dx) / den
        if 0 <= t <= 1 and 0 <= u <= 1 and (best is None or t > best):
            best = t
    return best


def inside(polygon: Sequence[Point], p: Point) -> bool:
    x, y = p
    result = False
    n = len(polygon)
    j = n - 1
    for i in range(n):
        xi, yi = polygon[i]
        xj, yj = polygon[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            result = not result
        j = i
    return result


def inside_all(polygon: Sequence[Point], points: Sequence[Point]) -> bool:
    """`all(inside(polygon, p) for p in points)`, the polygon's edges set up once: the checks test dozens of
    points of every balloon against its panel's frame."""
    edges = [(xi, yi, xj, yj) for (xi, yi), (xj, yj) in zip(polygon, polygon[-1:] + polygon[:-1])]
    for x, y in points:
        result = False
        for xi, yi, xj, yj in edges:
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                result = not result
        if not result:
            return False
    return True


def polygons_overlap(p: Sequence[Point], q: Sequence[Point], margin: float = 0.0) -> bool:
    """True when the outlines overlap by more than about `margin` (vertices tested both ways, after shrinking)."""
    return outlines_overlap(Overlap(p, margin), Overlap(q, margin))


class Overlap:
    """An outline prepared for `outlines_overlap`: shrunk by the margin, its box, its densified vertices.

    The checks test every balloon of a panel against every other; preparing each once does the same
    arithmetic as `polygons_overlap` would for every pair, and only for outlines that come near another.
    """

    __slots__ = ("poly", "margin", "outer", "_shrunk", "_box", "_dense", "_reach")

    def __init__(self, poly: Sequence[Point], margin: float = 0.0):
        self.poly, self.margin = poly, margin
        # Shrinking moves every vertex toward the centroid, which lies among the vertices: the shrunk
        # outline stays inside this box, give or take a few units in the last place (`_reach` is far more).
        x0, y0, x1, y1 = _bbox(poly)
        self._reach = 1e-9 * (abs(x0) + abs(x1) + abs(y0) + abs(y1) + 1.0)
        self.outer = (x0 - self._reach, y0 - self._reach, x1 + self._reach, y1 + self._reach)
        self._shrunk = self._box = self._dense = None

    @property
    def shrunk(self) -> list[Point]:
        if self._shrunk is None:
            poly, margin = self.poly, self.margin
            cx = sum(x for x, _ in poly) / len(poly)
            cy = sum(y for _, y in poly) / len(poly)
            out = []
            for x, y in poly:
                d = math.hypot(x - cx, y - cy) or 1.0
                f = max(0.0, (d - margin) / d)
                out.append((cx + (x - cx) * f, cy + (y - cy) * f))
            self._shrunk = out
        return self._shrunk

    @property
    def box(self) -> tuple[float, float, float, float]:
        if self._box is None:
            self._box = _bbox(self.shrunk)
        return self._box

    @property
    def dense(self) -> list[Point]:
        if self._dense is None:
            self._dense = _dense(self.shrunk)
        return self._dense

    def holds_any(self, points: Sequence[Point]) -> bool:
        """any(inside(self.shrunk, v) for v in points), skipping the points `inside` must say no to.

        Ray casting counts no crossing for a point below or above every vertex, and an even number (a closed
        outline crosses a line an even number of times) for a point left of every crossing; a crossing is
        computed within a few units in the last place of the vertices, so a point further than `_reach` left
        or right of the box is outside whatever the rounding.
        """
        x0, y0, x1, y1 = self.box
        lo, hi = x0 - self._reach, x1 + self._reach
        poly = self.shrunk
        for v in points:
            x, y = v
            if y < y0 or y >= y1 or x < lo or x > hi:
                continue
            if inside(poly, v):
                return True
        return False


def outlines_overlap(a: Overlap, b: Overlap) -> bool:
    """`polygons_overlap` of two prepared outlines."""
    oa, ob = a.outer, b.outer
    if oa[2] < ob[0] or ob[2] < oa[0] or oa[3] < ob[1] or ob[3] < oa[1]:
        return False                 # the shrunk outlines' boxes are apart too
    bp, bq = a.box, b.box
    if bp[2] < bq[0] or bq[2] < bp[0] or bp[3] < bq[1] or bq[3] < bp[1]:
        return False
    return b.holds_any(a.dense) or a.holds_any(b.dense)


def _dense(poly: Sequence[Point], step: float = 4.0) -> list[Point]:
    """The polygon's vertices plus points along long edges, so crossing rectangles are caught."""
    out: list[Point] = []
    n = len(poly)
    for i in range(n):
        (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % n]
        pieces = max(1, int(math.hypot(x2 - x1, y2 - y1) // step))
        out.extend((x1 + (x2 - x1) * k / pieces, y1 + (y2 - y1) * k / pieces) for k in range(pieces))
    return out


def _bbox(poly: Sequence[Point]) -> tuple[float, float, float, float]:
    xs = [x for x, _ in poly]
    ys = [y for _, y in poly]
    return (min(xs), min(ys), max(xs), max(ys))


# ---------------------------------------------------------------------------------------------- tails

@dataclass(frozen=True)
class Tail:
    shapes: tuple[Outline, ...]      # drawn before the body
    patches: tuple[Outline, ...]     # drawn after the body (fill only): opens the body outline at the joint


def tail_for(body: Body, centre: Point, mouth: Point, *, reach: float, half: float, style: str,
             fill: str, line: str, line_width: float, dash: tuple[float, ...] | None = None,
             to_edge: bool = False) -> Tail | None:
    """A wedge from inside the body toward the mouth, stopping at `reach` (0..1) of the way from the edge.

    `to_edge` (off-panel speakers): the tip goes all the way to `mouth`, which is then a point on the panel
    edge. `style` is "curved" (speech, whisper), "straight" (shout), "zigzag" (electronic) or "bubbles"
    (thought).
    """
    t_exit = segment_exit(body.polygon, centre, mouth)
    if t_exit is None or t_exit >= 0.999:
        return None                                   # the mouth is inside the balloon: no tail
    cx, cy = centre
    dx, dy = mouth[0] - cx, mouth[1] - cy
    edge = (cx + dx * t_exit, cy + dy * t_exit)
    outside = math.hypot(mouth[0] - edge[0], mouth[1] - edge[1])
    if outside < 1.0:
        return None
    frac = 1.0 if to_edge else max(0.05, min(reach, 1.0))
    tip = (edge[0] + (mouth[0] - edge[0]) * frac, edge[1] + (mouth[1] - edge[1]) * frac)
    if style == "bubbles":
        return _bubbles(edge, tip, half, fill, line, line_width)
    depth = min(math.hypot(edge[0] - cx, edge[1] - cy) * 0.45, 3 * half)   # start inside the body
    ux, uy = dx / math.hypot(dx, dy), dy / math.hypot(dx, dy)
    base = (edge[0] - ux * depth, edge[1] - uy * depth)
    length = math.hypot(tip[0] - base[0], tip[1] - base[1])
    t_edge = depth / length if length else 0.0
    if style == "zigzag":
        outer = _bolt(base, tip, half, t_edge, 0.0)
        inner = _bolt(base, tip, half, t_edge, line_width * 1.1)
    else:
        bend = 0.0 if style == "straight" else 0.3
        outer, inner = _wedges(base, tip, half, t_edge, bend, (0.0, line_width * 1.1))
    shape = Outline(ops=outer, fill=fill, stroke=line, line_width=line_width, dash=dash)
    patch = Outline(ops=inner, fill=fill, stroke=None, line_width=0.0) if inner else None
    return Tail((shape,), (patch,) if patch else ())


def _wedge(base: Point, tip: Point, half: float, t_edge: float, bend: float, inset: float,
           spine: Sequence[tuple[float, float, float, float, float]] | None = None) -> tuple[PathOp, ...]:
    """The tail outline: a spine from base to tip (a quadratic curve bending first away from the straight
    line toward the vertical through the base), `half` wide each side at the body edge, tapering to 0.

    With `inset` > 0, the same wedge narrowed by that much on each side: the patch that hides the body's
    outline where the tail leaves it, leaving the tail's own outline intact. `spine`: `_spine` of the same
    arguments, when the caller draws both.
    """
    return _wedges(base, tip, half, t_edge, bend, (inset,), spine)[0]


def _wedges(base: Point, tip: Point, half: float, t_edge: float, bend: float, insets: Sequence[float],
            spine: Sequence[tuple[float, float, float, float, float]] | None = None) -> list[tuple[PathOp, ...]]:
    """`_wedge` for each inset, their curves worked out together (`_smooth_opens`)."""
    tx, ty = tip
    if spine is None:
        spine = _spine(base, tip, half, t_edge, bend)
    chains: list[list[Point]] = []
    for inset in insets:
        left: list[Point] = []
        right: list[Point] = []
        for px, py, nx, ny, width in spine:
            h = width - inset
            if h <= 0.05:
                break
            left.append((px + nx * h, py + ny * h))
            right.append((px - nx * h, py - ny * h))
        if len(left) < 2:
            chains += [[], []]
            continue
        end = (tx, ty) if inset == 0 else ((left[-1][0] + right[-1][0]) / 2, (left[-1][1] + right[-1][1]) / 2)
        chains += [left + [end], [end] + right[::-1]]
    curves = _smooth_opens(chains)
    out = []
    for i in range(len(insets)):
        first = chains[2 * i]
        if not first:
            out.append(())
            continue
        out.append(tuple([PathOp("M", (_r(first[0]),))] + curves[2 * i] + curves[2 * i + 1] + [PathOp("Z")]))
    return out


def _spine(base: Point, tip: Point, half: float, t_edge: float,
           bend: float) -> list[tuple[float, float, float, float, float]]:
    """A tail's centre line sampled: (x, y, unit normal x, y, half width before any inset) at each step."""
    bx, by = base
    tx, ty = tip
    mid = ((bx + tx) / 2, (by + ty) / 2)
    corner = (bx, ty)
    q = (mid[0] + (corner[0] - mid[0]) * bend, mid[1] + (corner[1] - mid[1]) * bend)
    steps = 14
    span = max(1e-6, 1 - t_edge)
    out = []
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        px = u * u * bx + 2 * u * t * q[0] + t * t * tx
        py = u * u * by + 2 * u * t * q[1] + t * t * ty
        gx = 2 * u * (q[0] - bx) + 2 * t * (tx - q[0])
        gy = 2 * u * (q[1] - by) + 2 * t * (ty - q[1])
        g = math.hypot(gx, gy) or 1.0
        out.append((px, py, -gy / g, gx / g, min(half * (1 - t) / span, half * 1.6)))
    return out


def _bolt(base: Point, tip: Point, half: float, t_edge: float, inset: float) -> tuple[PathOp, ...]:
    """Electronic voices: a lightning-bolt tail, a straight wedge with two sharp kinks outside the body."""
    bx, by = base
    dx, dy = tip[0] - bx, tip[1] - by
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    span = max(1e-6, 1 - t_edge)
    z = min(half * 1.1, 0.12 * length)
    spine_t = [0.0, t_edge, t_edge + 0.4 * span, t_edge + 0.62 * span]
    shift = [0.0, 0.0, z, -z]
    spine = [(bx + dx * t + nx * sh, by + dy * t + ny * sh) for t, sh in zip(spine_t, shift)]
    widths = [min(half * (1 - t) / span, half * 1.6) - inset for t in spine_t]
    left: list[Point] = []
    right: list[Point] = []
    for i, (p, w) in enumerate(zip(spine, widths)):
        if w <= 0.05:
            break
        prev = spine[i - 1] if i > 0 else None
        nxt = spine[i + 1] if i + 1 < len(spine) else tip
        normals = []
        for a, b in ((prev, p), (p, nxt)):
            if a is None:
                continue
            sx, sy = b[0] - a[0], b[1] - a[1]
            sl = math.hypot(sx, sy) or 1.0
            normals.append((-sy / sl, sx / sl))
        mx = sum(n[0] for n in normals)
        my = sum(n[1] for n in normals)
        ml = math.hypot(mx, my) or 1.0
        mx, my = mx / ml, my / ml
        cos_half = max(0.35, mx * normals[0][0] + my * normals[0][1])
        m = w / cos_half
        left.append((p[0] + mx * m, p[1] + my * m))
        right.append((p[0] - mx * m, p[1] - my * m))
    if len(left) < 2:
        return ()
    end = tip if inset == 0 else ((left[-1][0] + right[-1][0]) / 2, (left[-1][1] + right[-1][1]) / 2)
    return polygon_ops(left + [end] + right[::-1])


def _bubbles(edge: Point, tip: Point, half: float, fill: str, line: str, line_width: float) -> Tail:
    """Thought trail: three shrinking bubbles from the cloud toward the thinker."""
    dx, dy = tip[0] - edge[0], tip[1] - edge[1]
    dist = math.hypot(dx, dy)
    radii = (half * 0.95, half * 0.65, half * 0.42)
    shapes = []
    for frac, r in zip((0.22, 0.58, 0.9), radii):
        d = max(frac * dist, r + 1.5 if frac == 0.22 else 0.0)
        cx, cy = edge[0] + dx / dist * d, edge[1] + dy / dist * d
        shapes.append(Outline(circle(cx, cy, r).ops, fill=fill, stroke=line, line_width=line_width))
    return Tail(tuple(shapes), ())


def bridge(first: Body, second: Body, c1: Point, c2: Point, *, half: float, fill: str, line: str,
           line_width: float) -> tuple[Outline, Outline] | None:
    """A band joining two balloons of one speaker: (band drawn before the bodies, patch drawn after both).

    The patch only reaches a little way into each body so it never covers text.
    """
    t1 = segment_exit(first.polygon, c1, c2)
    t2 = segment_exit(second.polygon, c2, c1)
    if t1 is None or t2 is None:
        return None
    dx, dy = c2[0] - c1[0], c2[1] - c1[1]
    dist = math.hypot(dx, dy)
    if dist < 1e-6:
        return None
    ux, uy = dx / dist, dy / dist
    e1 = (c1[0] + dx * t1, c1[1] + dy * t1)
    e2 = (c2[0] - dx * t2, c2[1] - dy * t2)
    gap = (e2[0] - e1[0]) * ux + (e2[1] - e1[1]) * uy
    if gap < -2 * half:
        return None                                  # the balloons overlap: no bridge needed

    def band(into: float, h: float) -> tuple[PathOp, ...]:
        nx, ny = -uy, ux
        a = (e1[0] - ux * into, e1[1] - uy * into)
        b = (e2[0] + ux * into, e2[1] + uy * into)
        # slightly waisted, like a drawn bridge
        mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
        w = h * 0.8
        pts = [(a[0] + nx * h, a[1] + ny * h), (mid[0] + nx * w, mid[1] + ny * w), (b[0] + nx * h, b[1] + ny * h),
               (b[0] - nx * h, b[1] - ny * h), (mid[0] - nx * w, mid[1] - ny * w), (a[0] - nx * h, a[1] - ny * h)]
        ops = [PathOp("M", (_r(pts[0]),))]
        ops += _smooth_open(pts[0:3])
        ops.append(PathOp("L", (_r(pts[3]),)))
        ops += _smooth_open(pts[3:6])
        ops.append(PathOp("Z"))
        return tuple(ops)

    shape = Outline(band(half * 1.5, half), fill=fill, stroke=line, line_width=line_width)
    patch = Outline(band(min(3.0, half), half - line_width * 1.1), fill=fill, stroke=None, line_width=0.0)
    return shape, patch
