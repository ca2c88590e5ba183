"""Lay text inside the real balloon shape: line widths from the shape's chords, breaks by dynamic programming.

A letterer grows the balloon around the text at the house size; only a balloon whose size the script fixes
shrinks its text, and only down to the book's minimum. Each line may be as wide as the shape's chord at the
line's outer edge, after the padding (the inner parallel curve, so the padding is the same all round).
Breaks minimise the sum of squared slack per line, which in an oval gives the balanced lozenge letterers
draw by hand: short lines at the top and bottom, long ones in the middle. Text that does not fit is reported
with the factor the balloon would have to grow by — never silently drawn tiny.

Coordinates here are relative to the balloon centre, y up; sizes are outer balloon sizes in points.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from operator import le

from comic.lettering.breaking import Piece, Unit, line_pieces, line_segments

# A line's ink, as a fraction of the size: lowercase ascenders and descenders of the lettering face
# (Shantell Sans: h 0.76, g −0.26). Accented capitals reach higher; the padding absorbs that.
INK_TOP = 0.76
INK_BOTTOM = -0.26

GROW_STEPS = (1.0, 1.04, 1.08, 1.12, 1.16)   # how much a grown balloon may widen for better breaks
BREAK_WEIGHT = 0.12    # a break at a sentence end is worth 12 % more balloon area
_SKIP_HOPELESS = True    # `_grow_oval` skips grow steps that cannot win (off: tests compare)
_DISC = tuple((t, math.sqrt(max(0.0, 1 - t * t))) for t in (-1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1))
_INF = float("inf")


@dataclass(frozen=True)
class Profile:
    """The outline family text is fitted in: a superellipse (ovals, from ellipse to squarish) or a rectangle."""

    kind: str = "oval"        # "oval" | "rect"
    exponent: float = 2.0     # superellipse exponent: 2 = ellipse, larger = squarer

    def half_width(self, y: float, a: float, b: float, pad: float) -> float:
        """Half the chord at height y of the shape with semi-axes a, b shrunk by `pad` on every side.

        Negative when y is outside the padded shape. For the oval this is the inner parallel body: the widest x
        at which a disc of radius `pad` still lies inside the superellipse.
        """
        if self.kind == "rect":
            return a - pad if abs(y) <= b - pad + 1e-9 else -1.0
        n = self.exponent
        return _oval_half_width(y, a, b, n, 1.0 / n, _disc(pad))

    @property
    def inscribe(self) -> float:
        """How much bigger than a rectangle the shape must be to hold it: 2^(1/n) for a superellipse."""
        return 1.0 if self.kind == "rect" else 2.0 ** (1.0 / self.exponent)


def shape_exponent(shape: float) -> float:
    """The house `shape` (0 = ellipse … 1 = rounded rectangle) as a superellipse exponent."""
    shape = min(max(shape, 0.0), 1.0)
    return 2.0 + 10.0 * shape * shape


@dataclass(frozen=True)
class Line:
    pieces: tuple[Piece, ...]
    x: float                  # left end of the line, relative to the balloon centre
    baseline: float           # relative to the balloon centre
    width: float              # points, at the fitted size (trailing spaces excluded)
    capacity: float           # the chord it was fitted in (points)
    segments: tuple[Piece, ...] = ()   # the measured pieces (unmerged), for shaping; empty: use `pieces`


@dataclass(frozen=True)
class Fitted:
    width: float              # outer balloon size in points
    height: float
    size: float
    leading: float            # baseline to baseline, points
    lines: tuple[Line, ...]
    overflow: bool = False
    overflow_scale: float = 1.0

    @property
    def text_width(self) -> float:
        return max((ln.width for ln in self.lines), default=0.0)


@dataclass(frozen=True)
class FitSpec:
    """What the balloon allows. `width`/`height` fix the outer size; otherwise it grows up to the maxima."""

    profile: Profile
    padding: float
    size: float
    min_size: float
    leading: float            # multiple of the size
    width: float | None = None
    height: float | None = None
    max_width: float = 1e9
    max_height: float = 1e9
    align: str = "center"
    ratio: float = 3.0        # text block width : height a grown balloon aims for
    balanced: bool = True     # False: paragraph rag (last line of each paragraph free), rectangles only
    shrink_wrap: bool = False  # rectangles: make the box as wide as its widest line


# ---------------------------------------------------------------------------------------------- geometry

def block_height(k: int, size: float, leading: float) -> float:
    return (k - 1) * size * leading + (INK_TOP - INK_BOTTOM) * size


def baselines(k: int, size: float, leading: float) -> list[float]:
    """Baselines of k lines, the block of ink centred on the balloon centre."""
    first = block_height(k, size, leading) / 2 - INK_TOP * size
    return [first - i * size * leading for i in range(k)]


def capacities(profile: Profile, a: float, b: float, pad: float, k: int, size: float,
               leading: float) -> list[float] | None:
    """Line widths k centred lines may take in the shape (a, b); None when the block is too tall."""
    out = []
    if profile.kind == "rect":
        for lo_y, hi_y in _ink_rows(k, size, leading):
            hw = min(profile.half_width(lo_y, a, b, pad), profile.half_width(hi_y, a, b, pad))
            if hw <= 0:
                return None
            out.append(2 * hw)
        return out
    n = profile.exponent
    inv = 1.0 / n
    heights, rows = _outer_plan(k, size, leading)
    half = _half_disc(pad)
    tiny = 1e-6 * pad
    known: list[float | None] = [None] * len(heights)
    for outer_i, inner_i in rows:
        hw = known[outer_i]
        if hw is None:
            y = heights[outer_i]
            if y < tiny:
                hw = _oval_half_width(y, a, b, n, inv, _disc(pad))
            else:
                # `_oval_half_width` over the disc's upper half only (see `_half_disc`), inlined: this is
                # the innermost loop of fitting
                hw = _INF
                for tp, sp in half:
                    yy = (y + tp) / b
                    if yy >= 1.0:
                        return None                # -1.0: the line is outside the shape
                    v = a * (1.0 - yy ** n) ** inv - sp
                    if v < hw:
                        hw = v
            known[outer_i] = hw
        if inner_i >= 0:
            inner = known[inner_i]
            if inner is None:
                inner = known[inner_i] = _oval_half_width(heights[inner_i], a, b, n, inv, _disc(pad))
            if inner < hw:
                hw = inner
        if hw <= 0:
            return None
        out.append(2 * hw)
    return out


@lru_cache(maxsize=1024)
def _outer_plan(k: int, size: float, leading: float) -> tuple[tuple[float, ...], tuple[tuple[int, int], ...]]:
    """The |heights| of `_ink_rows` the oval's capacities depend on, and each line's (outer, inner) as
    indices into them (inner −1: not needed).

    A line's chord is the narrower of the chords at its ink's bottom and top, and in an oval that is the one
    further from the centre: the half width only shrinks as |y| grows. So only the outer edge is evaluated —
    unless the two edges are within a millionth of each other (a line across the centre), where a libm `pow`
    a fraction of a unit in the last place off could in principle order them the other way. The oval's half
    width at y and at −y are the same floats (the padding disc is sampled symmetrically, and negation is
    exact), and a centred block's bottom edges mirror its top edges, so most heights serve two lines.
    """
    heights: list[float] = []
    index: dict[float, int] = {}

    def at(y: float) -> int:
        if y not in index:
            index[y] = len(heights)
            heights.append(y)
        return index[y]

    rows = []
    for lo_y, hi_y in _ink_rows(k, size, leading):
        lo, hi = abs(lo_y), abs(hi_y)
        outer, inner = (lo, hi) if lo >= hi else (hi, lo)
        if outer - inner > 1e-6 * outer:
            rows.append((at(outer), -1))
        else:
            rows.append((at(lo), at(hi)))
    return tuple(heights), tuple(rows)


@lru_cache(maxsize=1024)
def _ink_rows(k: int, size: float, leading: float) -> tuple[tuple[float, float], ...]:
    """(bottom, top) of the ink of each of k lines: fitting tries many shapes for the same k, size and leading."""
    return tuple((base + INK_BOTTOM * size, base + INK_TOP * size) for base in baselines(k, size, leading))


@lru_cache(maxsize=256)
def _disc(pad: float) -> tuple[tuple[float, float], ...]:
    """The padding disc's sample offsets (t·pad, s·pad), as `Profile.half_width` computes them."""
    return tuple((t * pad, s * pad) for t, s in _DISC)


@lru_cache(maxsize=256)
def _half_disc(pad: float) -> tuple[tuple[float, float], ...]:
    """The samples of `_disc(pad)` with t ≥ 0: at a height y ≥ 0 the others cannot give the minimum.

    The samples come in pairs ±t with the same s, and for y ≥ 0, |y + t·pad| ≥ |y − t·pad| (exactly, in
    floats too): the +t sample sees the shape at least as far out, so its chord is no wider. The two differ
    by 2·min(y, t·pad), far more than `pow` could misorder — which is why `capacities` only takes this
    shortcut for y not vanishingly small against the padding. The t = 1 sample, the one reaching furthest,
    is kept, so "outside the shape" is decided the same way.
    """
    return tuple((t * pad, s * pad) for t, s in _DISC if t >= 0)


def _oval_half_width(y: float, a: float, b: float, n: float, inv: float,
                     disc: Sequence[tuple[float, float]]) -> float:
    best = _INF
    for tp, sp in disc:
        yy = abs(y + tp) / b
        if yy >= 1.0:
            return -1.0
        hw = a * (1.0 - yy ** n) ** inv - sp
        if hw < best:
            best = hw
    return best


# ---------------------------------------------------------------------------------------------- breaking

_CLOSERS = "\"'”’»›)]}"
SENTENCE_END = ".!?…"
HYPHENATION_COST = 25.0   # squared ems: a hyphenated break only where it saves a really ragged block


def end_cost(text: str) -> float:
    """What ending a line after this unit costs, in squared ems (negative: a good place to break).

    Letterers break at the ends of sentences and clauses, never leave a one-letter word (Slavic prepositions,
    "a", "I") at the end of a line, and avoid breaking a hyphenated word (Maltese "tal-lejl").
    """
    t = text.rstrip()
    if not t:
        return 0.0
    if t == text and t[-1] in "-\u2010":
        return 36.0
    if len(t) == 1 and t.isalpha():
        return 16.0
    last = t.rstrip(_CLOSERS)[-1:] or t[-1]
    if last in SENTENCE_END:
        return -6.25
    if last in ":;":
        return -4.0
    if last in ",\u2014\u2013":
        return -1.5
    return 0.0


@lru_cache(maxsize=4096)
def _end_cost(pieces: tuple[Piece, ...]) -> float:
    """`end_cost` of a unit's text: a book's words recur, in every balloon size fitting tries."""
    return end_cost("".join(p.text for p in pieces))


class _Text:
    """Unit widths at one size, with prefix sums, for O(1) line widths."""

    def __init__(self, units: Sequence[Unit], size: float):
        self.units = units
        self.n = n = len(units)
        self.prefix = prefix = list(accumulate([u.width * size for u in units], initial=0.0))
        self.tail = tail = [(u.width - u.trimmed) * size for u in units]   # trailing space widths
        self.forced = [u.forced for u in units]
        self.widest = max((u.trimmed * size for u in units), default=0.0)
        self.total = prefix[-1]
        self.paragraphs = sum(self.forced)
        self.end = [0.0 if u.forced else (HYPHENATION_COST if u.hyphen else _end_cost(u.pieces)) * size * size
                    for u in units]
        self.total_trimmed = self.total - sum(tail)    # no line can hold less than this in all
        # For the breakers' shortcuts: a line ending after unit j-1 starts at or after after_forced[j] (it
        # never spans a forced break), and with widths never negative a line's width only grows as its
        # start moves back (the floats too: rounding is monotone), so the first start too wide ends the scan.
        self.after_forced = after = [0] * (n + 1)
        start = 0
        for j, u in enumerate(units, 1):
            after[j] = start
            if u.forced:
                start = j
        self.monotone = all(map(le, prefix, prefix[1:]))
        # right[j]: where a line ending after unit j-1 ends (its trailing spaces dropped), so a line m..j-1
        # is right[j] - prefix[m] wide, the very float `line` gives; single[m]: unit m on a line of its own
        self.right = right = [0.0] + [p - t for p, t in zip(prefix[1:], tail)]
        self.single = [r - p for r, p in zip(right[1:], prefix)]
        self.widest_single = max(self.single, default=0.0)
        self.right_monotone = self.monotone and all(map(le, right[1:], right[2:]))

    def line(self, m: int, j: int) -> float:
        """Width of units m..j-1 on one line."""
        return self.prefix[j] - self.prefix[m] - self.tail[j - 1]


def breaks_exact(text: _Text, caps: Sequence[float]) -> tuple[float, list[int]] | None:
    """Break into exactly len(caps) lines, line i no wider than caps[i], minimising the squared slack
    (plus what each break costs: see `end_cost`).

    Returns (cost, end indices) or None when impossible. Lines never span a forced break.
    """
    n, k = text.n, len(caps)
    if k > n or k < 1 or max(caps) < text.widest or sum(caps) < text.total_trimmed - 1e-9:
        return None
    if not text.monotone:
        return _breaks_exact_plain(text, caps)
    prefix, tail, endc, after = text.prefix, text.tail, text.end, text.after_forced
    low = _lowest_ends(text, caps)
    prev_row = [0.0] + [_INF] * n
    lo_f = hi_f = 0                      # first and last reachable end of the previous row
    backs = []
    for i in range(1, k + 1):
        cap = caps[i - 1]
        row = [_INF] * (n + 1)
        brow = [0] * (n + 1)
        # the same scan as `_breaks_exact_plain`, over the starts that can change anything: starts the
        # previous row cannot reach cost nothing to skip, and the width and forced-break limits are
        # monotone, so starting lower stops wherever the full scan would have stopped; ends below low[i]
        # lead nowhere, so whatever they would cost changes nothing
        first = last = -1
        j0 = lo_f + 1 if lo_f + 1 > i else i
        for j in (range(j0 if j0 > low[i] else low[i], n - (k - i) + 1) if i < k else (n,)):
            right = prefix[j] - tail[j - 1]
            stop = after[j] if after[j] > lo_f else lo_f
            best, arg = _INF, 0
            for m in range(j - 1 if j - 1 < hi_f else hi_f, stop - 1, -1):
                slack = cap - (right - prefix[m])
                if slack < 0:
                    break
                prev = prev_row[m]
                if prev != _INF:
                    cost = prev + slack * slack
                    if cost < best:
                        best, arg = cost, m
            if best != _INF:
                row[j] = best + (endc[j - 1] if j < n else 0.0)
                brow[j] = arg
                if first < 0:
                    first = j
                last = j
        if first < 0:
            return None
        lo_f, hi_f = first, last
        prev_row = row
        backs.append(brow)
    if prev_row[n] == _INF:
        return None
    ends = []
    j = n
    for i in range(k, 0, -1):
        ends.append(j)
        j = backs[i - 1][j]
    ends.reverse()
    return prev_row[n], ends


def _lowest_ends(text: _Text, caps: Sequence[float]) -> list[int]:
    """For each row i, an end below which line i cannot end if the lines after it are to hold the rest
    (index 0 unused).

    Line i+1 ends at low[i+1] or later; ending there, it starts no earlier than where it is as long as
    it may be, and ending later, no earlier still: a line only narrows as its end moves left, and the
    forced-break limit only falls. Ends below that can be reached but lead nowhere, so the breakers skip
    them (what they would cost is no part of any answer). With widths that are not monotone, nothing is
    skipped.
    """
    k = len(caps)
    low = [0] * (k + 1)
    if not text.right_monotone:
        return low
    prefix, right, after = text.prefix, text.right, text.after_forced
    end = low[k] = text.n
    for i in range(k - 1, 0, -1):
        cap, line_end, floor = caps[i], right[end], after[end]
        m = end
        while m - 1 >= floor and not (cap - (line_end - prefix[m - 1]) < 0):
            m -= 1
        end = low[i] = m
    return low


def _breaks_exact_plain(text: _Text, caps: Sequence[float]) -> tuple[float, list[int]] | None:
    """`breaks_exact` without shortcuts (checks done by the caller): widths that are not monotone."""
    n, k = text.n, len(caps)
    prefix, tail, forced, endc = text.prefix, text.tail, text.forced, text.end
    prev_row = [0.0] + [_INF] * n
    backs = []
    for i in range(1, k + 1):
        cap = caps[i - 1]
        row = [_INF] * (n + 1)
        brow = [0] * (n + 1)
        for j in range(i, n - (k - i) + 1):
            right = prefix[j] - tail[j - 1]
            best, arg = _INF, 0
            for m in range(j - 1, i - 2, -1):
                if m < j - 1 and forced[m]:
                    break
                slack = cap - (right - prefix[m])
                if slack < 0:
                    break
                prev = prev_row[m]
                if prev != _INF:
                    cost = prev + slack * slack
                    if cost < best:
                        best, arg = cost, m
            if best != _INF:
                row[j] = best + (endc[j - 1] if j < n else 0.0)
                brow[j] = arg
        prev_row = row
        backs.append(brow)
    if prev_row[n] == _INF:
        return None
    ends = []
    j = n
    for i in range(k, 0, -1):
        ends.append(j)
        j = backs[i - 1][j]
    ends.reverse()
    return prev_row[n], ends


def breaks_feasible(text: _Text, caps: Sequence[float]) -> bool:
    """Whether `breaks_exact(text, caps)` finds a layout: the same lines allowed, no costs.

    Fitting asks this a dozen times per balloon while searching for the smallest size. An end j is
    reachable when some allowed start is; if any is, the last reachable start before j is (its line is the
    shortest), so with monotone widths one test per end decides. The reachable ends of a row are kept as
    runs (first, last): after a run, each end but the last starts a one-unit line (all of them fit when
    the line's capacity holds the widest unit), and the last starts lines as long as fit, up to the next
    run — so a row costs a few tests per run instead of one per unit.
    """
    n, k = text.n, len(caps)
    if k > n or k < 1 or max(caps) < text.widest or sum(caps) < text.total_trimmed - 1e-9:
        return False
    if not text.right_monotone:
        return _breaks_exact_plain(text, caps) is not None
    prefix, right, after, single = text.prefix, text.right, text.after_forced, text.single
    widest = text.widest_single
    if min(caps) - widest >= 0:
        # every unit fits every line on its own: each row's reachable ends are one run, i … hi (by
        # induction: the run before gives i … its hi, and lines from its hi reach on without a gap)
        hi = 0
        for i in range(1, k):
            cap, start = caps[i - 1], prefix[hi]
            bound = n - (k - i)
            j = hi + 1
            while j <= bound and after[j] <= hi and not (cap - (right[j] - start) < 0):
                j += 1
            if j - 1 > hi:
                hi = j - 1
            elif hi < i:
                return False
        return after[n] <= hi and not (caps[k - 1] - (right[n] - prefix[hi]) < 0)
    runs = [(0, 0)]                    # reachable ends of the previous row: disjoint runs, ascending
    for i in range(1, k):
        cap = caps[i - 1]
        bound = n - (k - i)            # the lines after this one need a unit each
        out: list[tuple[int, int]] = []
        last = len(runs) - 1
        for r, (first, end) in enumerate(runs):
            # ends first+1 .. end: a line of one unit after the reachable end before each
            if first < end:
                if cap - widest >= 0:
                    lo, hi = first + 1, (end if end < bound else bound)
                    if lo <= hi:
                        if out and out[-1][1] + 1 >= lo:
                            out[-1] = (out[-1][0], hi)
                        else:
                            out.append((lo, hi))
                else:
                    for m in range(first, end if end < bound else bound):
                        if not (cap - single[m] < 0):
                            j = m + 1
                            if out and out[-1][1] + 1 >= j:
                                out[-1] = (out[-1][0], j)
                            else:
                                out.append((j, j))
            # ends after the run, up to the next run's first: lines starting at `end`, as long as they fit
            stop = runs[r + 1][0] if r < last else bound
            if stop > bound:
                stop = bound
            start = prefix[end]
            j = end + 1
            while j <= stop and after[j] <= end and not (cap - (right[j] - start) < 0):
                j += 1
            if j > end + 1:
                lo, hi = end + 1, j - 1
                if out and out[-1][1] + 1 >= lo:
                    out[-1] = (out[-1][0], hi)
                else:
                    out.append((lo, hi))
        if not out:
            return False
        runs = out
    latest = runs[-1][1]               # the last line starts at the last reachable end
    return after[n] <= latest and not (caps[k - 1] - (right[n] - prefix[latest]) < 0)


def breaks_paragraph(text: _Text, cap: float) -> list[int]:
    """Any number of lines of width `cap`: fewest lines first, then the squared slack of all but each
    paragraph's last line. A unit wider than `cap` gets a line of its own (the caller reports overflow)."""
    n = text.n
    best = [_INF] * (n + 1)
    back = [0] * (n + 1)
    best[0] = 0.0
    line_cost = cap * cap + 1.0
    forced = text.forced
    widow = 0.3 * cap
    for j in range(1, n + 1):
        last = forced[j - 1] or j == n
        adj = 0.0 if j == n else text.end[j - 1]
        for m in range(j - 1, -1, -1):
            if m < j - 1 and forced[m]:
                break
            w = text.line(m, j)
            if w > cap and m < j - 1:
                break
            if best[m] == _INF:
                continue
            slack = max(cap - w, 0.0)
            short = max(widow - w, 0.0) if m > 0 and not forced[m - 1] else 0.0
            cost = (best[m] + line_cost + adj + (short * short if last else slack * slack)
                    + (1e12 if w > cap else 0.0))
            if cost < best[j]:
                best[j] = cost
                back[j] = m
    ends = []
    j = n
    while j > 0:
        ends.append(j)
        j = back[j]
    ends.reverse()
    return ends


# ---------------------------------------------------------------------------------------------- fitting

def break_points(text: _Text, ends: Sequence[int], size: float) -> float:
    """How good the chosen breaks are, in sentence ends (−1 each); bad breaks count positive."""
    return sum(text.end[e - 1] for e in ends[:-1]) / (6.25 * size * size)


def ideal_lines(text: _Text, size: float, leading: float, ratio: float) -> int:
    """Line count whose text block has about the aimed width:height ratio (Blambot's 'readable block')."""
    if text.total <= 0:
        return max(1, text.paragraphs)
    k = round(math.sqrt(text.total / (ratio * size * leading)))
    return min(max(1, k, text.paragraphs), text.n)


def _lines(text: _Text, ends: Sequence[int], caps: Sequence[float], size: float, leading: float,
           align: str, inner_left: float | None = None) -> tuple[Line, ...]:
    out = []
    base = baselines(len(ends), size, leading)
    start = 0
    for i, end in enumerate(ends):
        units = text.units[start:end]
        width = text.line(start, end) if end > start else 0.0
        cap = caps[i]
        if align == "left":
            x = -cap / 2 if inner_left is None else inner_left
        elif align == "right":
            x = (cap / 2 if inner_left is None else -inner_left) - width
        else:
            x = -width / 2
        out.append(Line(tuple(line_pieces(units)), x, base[i], width, cap, tuple(line_segments(units))))
        start = end
    return tuple(out)


def _search(feasible, lo: float, hi: float, iters: int = 18, tol: float = 0.05) -> float:
    """Smallest value in [lo, hi] for which `feasible` holds (monotone); grows hi if needed."""
    while not feasible(hi):
        lo, hi = hi, hi * 2
        if hi > 1e6:
            return hi
    for _ in range(iters):
        if hi - lo <= tol:
            break
        mid = (lo + hi) / 2
        if feasible(mid):
            hi = mid
        else:
            lo = mid
    return hi


def _grow_oval(text: _Text, spec: FitSpec, size: float, k: int,
               a_fixed: float | None = None, b_fixed: float | None = None):
    """Smallest balloon holding the text in k lines: returns (a, b, ends, caps)."""
    prof, pad, lead = spec.profile, spec.padding, spec.leading
    wt = max(text.total / k, text.widest)
    hb = block_height(k, size, lead)
    f = prof.inscribe
    ra, rb = wt / 2 * f, hb / 2 * f

    def dims(s: float) -> tuple[float, float]:
        a = a_fixed if a_fixed is not None else pad + s * ra
        b = b_fixed if b_fixed is not None else pad + s * rb
        return a, b

    tried: dict[float, list[float] | None] = {}      # the search's capacities, by scale: the first grow step
                                                     # is the scale it settled on

    def ok(s: float) -> bool:
        a, b = dims(s)
        caps = tried[s] = capacities(prof, a, b, pad, k, size, lead)
        return caps is not None and breaks_feasible(text, caps)

    if a_fixed is not None and b_fixed is not None:
        s = 1.0
    else:
        if a_fixed is not None:
            rb = max(rb, 1.0)
        if b_fixed is not None:
            ra = max(ra, 1.0)
            if capacities(prof, a_fixed if a_fixed else 1e6, b_fixed, pad, k, size, lead) is None:
                return None
        s = _search(ok, 0.2, 1.0, tol=0.002)
        if s > 1e5:
            return None
    # the tightest balloon leaves one way to break; a slightly bigger one may break at sentence ends
    best = None
    ideal = sum(sorted(text.end[:-1])[:k - 1]) / (6.25 * size * size)   # the best breaks k lines could have
    floor = 1 + BREAK_WEIGHT * ideal      # the lowest score a balloon of area a·b could have is a·b·floor
    for grow in GROW_STEPS if (a_fixed is None or b_fixed is None) else (1.0,):
        scale = s * grow
        a, b = dims(scale)
        if (_SKIP_HOPELESS and best is not None and floor > 1e-3
                and a * b * floor > best[0] + 1e-6 * abs(best[0])):
            # even the best breaks k lines could have would not make this bigger balloon score better
            # (its points are never below `ideal`; the margin is far above the sums' rounding), and the
            # ones after it are bigger still: nothing would change
            break
        caps = tried[scale] if scale in tried else capacities(prof, a, b, pad, k, size, lead)
        found = breaks_exact(text, caps) if caps is not None else None
        if found is None:
            continue
        points = break_points(text, found[1], size)
        score = a * b * (1 + BREAK_WEIGHT * points)
        if best is None or score < best[0] - 1e-9:
            best = (score, a, b, found[1], caps)
        if points <= ideal + 1e-9:
            break                                   # no bigger balloon can break better
    if best is None:
        return None
    return best[1], best[2], best[3], best[4], best[0]


def _fixed_oval(text: _Text, spec: FitSpec, size: float, a: float, b: float):
    """Best layout in a given shape at `size`: (score, ends, caps) or None."""
    prof, pad, lead = spec.profile, spec.padding, spec.leading
    best = None
    for k in range(max(1, text.paragraphs), text.n + 1):
        caps = capacities(prof, a, b, pad, k, size, lead)
        if caps is None:
            break
        found = breaks_exact(text, caps)
        if found is None:
            continue
        cost, ends = found
        vspace = 2 * (b - pad) - block_height(k, size, lead)
        score = cost / k + 0.5 * vspace * vspace
        if best is None or score < best[0]:
            best = (score, ends, caps)
    return best


def _fixed_fits(text: _Text, spec: FitSpec, size: float, a: float, b: float) -> bool:
    """Whether `_fixed_oval` finds a layout (the same line counts tried, no costs)."""
    prof, pad, lead = spec.profile, spec.padding, spec.leading
    for k in range(max(1, text.paragraphs), text.n + 1):
        caps = capacities(prof, a, b, pad, k, size, lead)
        if caps is None:
            return False
        if breaks_feasible(text, caps):
            return True
    return False


def fit(units: Sequence[Unit], spec: FitSpec) -> Fitted:
    """Fit the units into a balloon as `spec` allows."""
    if spec.profile.kind == "rect" and not spec.balanced:
        return _fit_paragraph(units, spec)
    return _fit_balanced(units, spec)


def _fit_balanced(units: Sequence[Unit], spec: FitSpec) -> Fitted:
    size, lead = spec.size, spec.leading
    text = _Text(units, size)
    if text.n == 0:
        return Fitted(spec.width or 2 * spec.padding + size, spec.height or 2 * spec.padding + size, size,
                      size * lead, ())
    fixed_w = spec.width / 2 if spec.width else None
    fixed_h = spec.height / 2 if spec.height else None
    grows = fixed_w is None and fixed_h is None
    if fixed_w is None or fixed_h is None:
        grown = _grow(text, spec, size, fixed_w, fixed_h)
        if grown is not None:
            a, b, ends, caps, _ = grown
            if 2 * a <= spec.max_width + 1e-6 and 2 * b <= spec.max_height + 1e-6:
                return _finish(text, spec, size, a, b, ends, caps)
            # grown past what the panel allows: from here on it is a balloon of the largest allowed size
            fixed_w = min(a, spec.max_width / 2) if fixed_w is None else fixed_w
            fixed_h = min(b, spec.max_height / 2) if fixed_h is None else fixed_h
        else:
            fixed_w = fixed_w or spec.max_width / 2
            fixed_h = fixed_h or spec.max_height / 2
    if grows:
        # the house size is kept: a balloon the script did not size never shrinks its text
        return _overflow(units, spec, size, fixed_w, fixed_h)
    # a balloon the script sized: shrink the text, a quarter point at a time, down to the minimum
    s = size
    while s >= spec.min_size - 1e-9:
        st = _Text(units, s)
        found = _fixed_oval(st, spec, s, fixed_w, fixed_h)
        if found is not None:
            _, ends, caps = found
            return _finish(st, spec, s, fixed_w, fixed_h, ends, caps)
        s = round(s - 0.25, 4)
    return _overflow(units, spec, spec.min_size, fixed_w, fixed_h)


def _overflow(units: Sequence[Unit], spec: FitSpec, size: float, a: float, b: float) -> Fitted:
    """Text that does not fit the balloon (a, b) at `size`: laid out as in the balloon it would need, and
    the factor that balloon is bigger by (padding unchanged)."""
    st = _Text(units, size)
    pad = spec.padding

    def ok(scale: float) -> bool:
        return _fixed_fits(st, spec, size, pad + (a - pad) * scale, pad + (b - pad) * scale)

    scale = max(_search(ok, 1.0, 1.25, tol=0.005), 1.0 + 1e-6)
    found = _fixed_oval(st, spec, size, pad + (a - pad) * scale, pad + (b - pad) * scale)
    ends, caps = (found[1], found[2]) if found else ([st.n], [st.total])
    return _finish(st, spec, size, a, b, ends, caps, overflow_scale=scale)


def _grow(text: _Text, spec: FitSpec, size: float, fixed_w: float | None, fixed_h: float | None):
    k0 = ideal_lines(text, size, spec.leading, spec.ratio)
    if fixed_w is None and fixed_h is None:
        # the ideal line count; one more only if it breaks at better places (sentence ends)
        real = math.sqrt(text.total / (spec.ratio * size * spec.leading)) if text.total > 0 else 1.0
        found = []
        k = k0
        wanted = 2 if any(e < 0 for e in text.end[:-1]) else 1     # one more line only for better breaks
        while k <= text.n and len(found) < wanted:
            result = _grow_oval(text, spec, size, k)
            if result is not None and 2 * result[0] <= spec.max_width + 1e-6:
                points = break_points(text, result[2], size)
                found.append((result[4] * (1 + 0.5 * (k - real) ** 2), points, result))
            elif found:
                break
            k += 1
        if not found:
            return _grow(text, spec, size, spec.max_width / 2, None)
        if len(found) == 2 and found[1][1] < found[0][1] - 0.5 and found[1][0] < found[0][0]:
            return found[1][2]
        return found[0][2]
    # one side fixed: try a few line counts and keep the smallest balloon
    best = None
    start = max(1, text.paragraphs)
    for k in range(start, min(text.n, start + 12) + 1):
        res = _grow_oval(text, spec, size, k, fixed_w, fixed_h)
        if res is None:
            continue
        area = res[0] * res[1]
        if best is None or area < best[0] * best[1] - 1e-6:
            best = res
        elif best is not None and k > k0 + 2:
            break
    return best


def _finish(text: _Text, spec: FitSpec, size: float, a: float, b: float, ends, caps,
            overflow_scale: float = 1.0) -> Fitted:
    lead = spec.leading
    inner_left = None
    if spec.profile.kind == "rect":
        if spec.shrink_wrap and overflow_scale <= 1.0:
            widest = max(text.line(s, e) for s, e in zip([0] + list(ends[:-1]), ends))
            if spec.width is None:
                a = min(a, widest / 2 + spec.padding)
            if spec.height is None:
                b = min(b, block_height(len(ends), size, lead) / 2 + spec.padding)
        inner_left = -(a - spec.padding)
        caps = [2 * (a - spec.padding)] * len(ends)
    lines = _lines(text, ends, caps, size, lead, spec.align, inner_left)
    return Fitted(2 * a, 2 * b, size, size * lead, lines, overflow=overflow_scale > 1.0,
                  overflow_scale=overflow_scale)


def _fit_paragraph(units: Sequence[Unit], spec: FitSpec) -> Fitted:
    """Rectangles holding running text (chat bubbles, text blocks): as many lines as the width needs."""
    pad, lead = spec.padding, spec.leading
    width = spec.width if spec.width else spec.max_width
    s = spec.size
    while True:
        text = _Text(units, s)
        cap = max(width - 2 * pad, 1.0)
        ends = breaks_paragraph(text, cap) if text.n else []
        k = max(len(ends), 1)
        hb = block_height(k, s, lead)
        widest = max((text.line(st, e) for st, e in zip([0] + ends[:-1], ends)), default=0.0)
        fits_w = widest <= cap + 1e-6
        height = spec.height if spec.height else hb + 2 * pad
        fits_h = hb + 2 * pad <= min(height, spec.max_height) + 1e-6
        can_shrink = (spec.width is not None or spec.height is not None) and s - 0.25 >= spec.min_size - 1e-9
        if (fits_w and fits_h) or not can_shrink:
            break
        s = round(s - 0.25, 4)
    scale = 1.0
    if not fits_w:
        scale = max(scale, (widest + 2 * pad) / width)
    if not fits_h:
        scale = max(scale, (hb + 2 * pad) / min(height, spec.max_height))
    w = width
    if spec.shrink_wrap and spec.width is None:
        w = min(width, widest + 2 * pad)
    h = min(height, spec.max_height) if spec.height or not fits_h else height
    a = w / 2
    caps = [2 * (a - pad)] * len(ends)
    lines = _lines(text, ends, caps, s, lead, spec.align, -(a - pad))
    return Fitted(w, h, s, s * lead, lines, overflow=scale > 1.0 + 1e-9, overflow_scale=scale)
