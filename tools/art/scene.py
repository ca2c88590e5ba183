"""Composing one panel from its spec: place, light, people, furniture, props, in that order.

People are placed from the script when they speak: the mouth goes to the balloon tail, and the face is then
moved (made a little smaller, then lower) until it clears every balloon and caption region, so the lettering
never covers a face. Shots set the size of people: a close-up really is closer.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import Callable

from tools.art import figures as F
from tools.art.cast import look_for
from tools.art.lettering import Region, Talk
from tools.art.places import PLACES, Ctx
from tools.art.props import PROPS, draw_prop, held
from tools.art.sets import SETS, draw_set
from tools.art.style import LIGHTS
from tools.art.svg import Canvas

# head radius as a fraction of the panel height, per shot
SHOT_R = {"wide": 0.05, "medium": 0.078, "medium_close": 0.105, "close": 0.15, "xclose": 0.24}
# background magnification per shot (a close-up shows less of the room)
SHOT_ZOOM = {"wide": 1.0, "medium": 1.35, "medium_close": 1.7, "close": 2.2, "xclose": 2.8}
# where a seat goes under a sitting person, in head units from the head centre
SEAT_AT = {"sofa": (40, 565), "chair": (-10, 575), "office_chair": (-10, 575), "soft_chair": (-10, 585),
           "armchair": (30, 565), "bench": (20, 565), "bench_side": (20, 565), "bed": (-40, 560),
           "mattress": (-100, 540)}


@dataclass
class Who:
    id: str
    body: str = "stand"
    arms: str = "down"
    expr: str = "neutral"
    facing: int | None = None         # None: towards the middle of the panel
    x: float | None = None            # head centre, fractions of the panel (default: from the balloon tail)
    y: float | None = None
    r: float | None = None            # head radius, fraction of the panel height (default: from the shot)
    view: str = "front"
    hold: str | None = None
    hold_b: str | None = None
    gaze: tuple[float, float] = (0.0, 0.0)
    tilt: float = 0.0
    lean: float = 0.0
    outfit: str | None = None
    seat: str | None = None
    seat_opts: dict = field(default_factory=dict)
    say: str | None = None            # item whose tail places the mouth (default: the first one by `id`)
    glow: bool = False                # lit by a screen
    free: bool = False                # ignore the balloon tail (placed by x, y)
    keep: bool = False                # do not move this face to clear the lettering


@dataclass
class Thing:
    kind: str
    x: float
    y: float
    size: float = 1.0                 # times the shot's head scale
    rot: float = 0.0
    flip: bool = False
    front: bool = False               # drawn over the people
    opts: dict = field(default_factory=dict)
    at: str | None = None             # relative to this person: x, y in their head units from the head centre


@dataclass
class Spec:
    place: str
    light: str = "day"
    shot: str = "medium"
    cast: list[Who] = field(default_factory=list)
    things: list[Thing] = field(default_factory=list)
    focus: tuple[float, float] = (0.5, 0.45)
    zoom: float | None = None
    opts: dict = field(default_factory=dict)
    custom: Callable | None = None          # extra drawing after everything (screens, icons)
    place2: str | None = None               # split panel: a second place on the right half
    opts2: dict = field(default_factory=dict)
    under: Callable | None = None           # extra drawing after the background, before people


@dataclass
class Panel:
    key: str
    w: float
    h: float
    regions: list[Region]
    talks: list[Talk]
    w_pt: float
    h_pt: float
    heads: dict = field(default_factory=dict)   # who → (x, y, r) in pixels, after placement
    notes: list[str] = field(default_factory=list)


def seed_of(key: str) -> int:
    return zlib.crc32(key.encode())


def compose(spec: Spec, panel: Panel) -> Canvas:
    W, H = panel.w, panel.h
    c = Canvas(W, H)
    light = LIGHTS[spec.light]
    zoom = spec.zoom or SHOT_ZOOM.get(spec.shot, 1.0)
    fx, fy = spec.focus
    ctx = Ctx(W, H, spec.light, spec.opts, seed_of(panel.key))
    base_r = SHOT_R.get(spec.shot, 0.078) * H
    with c.toned(light.bg_tone):
        tx, ty = W * fx * (1 - zoom), H * fy * (1 - zoom)
        if spec.place2:
            half = Ctx(W / 2, H, spec.light, spec.opts, seed_of(panel.key))
            PLACES[spec.place](c, half)
            with c.group(f"translate({W / 2:.1f},0)"):
                PLACES[spec.place2](c, Ctx(W / 2, H, spec.light, spec.opts2, seed_of(panel.key) + 1))
        else:
            with c.group(f"translate({tx:.1f},{ty:.1f}) scale({zoom:.4f})" if zoom != 1 else "", lw=1 / zoom):
                PLACES[spec.place](c, ctx)
        if spec.under:
            spec.under(c, panel, light)
        for t in spec.things:
            if not t.front and t.kind in SETS:
                _thing(c, t, W, H, base_r)
    with c.toned(light.fig_tone):
        for t in spec.things:
            if not t.front and t.kind not in SETS:
                _thing(c, t, W, H, base_r)
    placed = [(w, _place(w, spec, panel, base_r)) for w in spec.cast]
    for who, (x, y, r, facing) in placed:
        panel.heads[who.id] = (x, y, r)
        look = look_for(_look_id(who.id), who.outfit)
        s = r / 100
        if who.seat:
            ox, oy = SEAT_AT.get(who.seat, (0, 560))
            with c.toned(light.bg_tone):
                draw_set(c, who.seat, x + facing * ox * s, y + oy * s, s, flip=facing < 0, **who.seat_opts)
        body = who.body
        if body == "bust" and y + 5.8 * r < H:
            body = "stand"          # the torso would end inside the panel: show the legs
        pose = F.Pose(body=body, arms=who.arms, expr=who.expr, facing=facing, view=who.view, hold=who.hold,
                      hold_b=who.hold_b, gaze=who.gaze, tilt=who.tilt, lean=who.lean)
        F.draw_figure(c, look, x, y, r, pose, light, props_draw=held)
        if who.glow and light.glow:
            # the screen's light on the face: a soft pool, brightest at the chin
            for k, op in ((1.7, 0.06), (1.15, 0.08)):
                c.ellipse(x + facing * 0.25 * r, y + 0.55 * r, r * k, r * k * 0.8, fill=light.glow, opacity=op)
    with c.toned(light.bg_tone):
        for t in spec.things:
            if t.front and t.kind in SETS:
                _thing(c, t, W, H, base_r, panel.heads)
    with c.toned(light.fig_tone):
        for t in spec.things:
            if t.front and t.kind not in SETS:
                _thing(c, t, W, H, base_r, panel.heads)
    if spec.place2:
        c.rect(W / 2 - 0.006 * W, -2, 0.012 * W, H + 4, fill="#ffffff", stroke="#2b2632", width=3.4)
    if spec.custom:
        spec.custom(c, panel, light)
    return c


def _look_id(who: str) -> str:
    return who.split("#")[0]


def _thing(c: Canvas, t: Thing, W: float, H: float, base_r: float, heads: dict | None = None):
    s = base_r / 100 * t.size
    x, y = t.x * W, t.y * H
    if t.at:
        hx, hy, hr = heads[t.at]
        s = hr / 100 * t.size
        x, y = hx + t.x * hr / 100, hy + t.y * hr / 100
    if t.kind in SETS:
        draw_set(c, t.kind, x, y, s, flip=t.flip, **t.opts)
    elif t.kind in PROPS:
        draw_prop(c, t.kind, x, y, s, rot=t.rot, flip=t.flip, **t.opts)
    else:
        raise KeyError(f"unknown thing {t.kind!r}")


def _place(who: Who, spec: Spec, panel: Panel, base_r: float):
    """Head centre, radius and facing of one person, clear of the lettering."""
    W, H = panel.w, panel.h
    look = look_for(_look_id(who.id), who.outfit)
    r = (who.r * H if who.r else base_r) * look.size
    talk = None
    if not who.free:
        cid = _look_id(who.id)
        cands = [t for t in panel.talks if t.by == cid and t.tail is not None]
        if who.say:
            cands = [t for t in panel.talks if t.item == who.say] or cands
        talk = next((t for t in cands if 0 <= t.tail[0] <= 1 and 0 <= t.tail[1] <= 1), None)
    if who.facing is not None:
        facing = who.facing
    else:
        ref = who.x if who.x is not None else (talk.tail[0] if talk else 0.5)
        facing = 1 if ref < 0.5 else -1
    if talk and who.x is None:
        import math

        mx, my = talk.tail[0] * W, talk.tail[1] * H
        lx, ly = (F.FACE_X + 6) / 100, F.MOUTH_Y / 100 - 0.12
        a = math.radians(who.tilt)
        ox = facing * (lx * math.cos(a) - ly * math.sin(a))
        oy = lx * math.sin(a) + ly * math.cos(a)
        x, y = mx - ox * r, my - oy * r
        anchored = True
    else:
        x = (who.x if who.x is not None else 0.5) * W
        y = (who.y if who.y is not None else 0.55) * H
        anchored = False
    if who.keep or who.tilt:
        return x, y, r, facing
    x, y, r = _clear_face(x, y, r, facing, anchored, panel)
    if _blocked(x, y, r, panel):
        panel.notes.append(f"{who.id}: face still under lettering")
    return x, y, r, facing


def _clear_face(x, y, r, facing, anchored, panel: Panel):
    """The nearest spot where the face is clear of the lettering: a little smaller, then moved.

    A speaker keeps the mouth where the tail points while shrinking (up to 28%). When no spot is clear
    (a panel full of balloons) the face goes where the least of it is covered.
    """
    if not _blocked(x, y, r, panel):
        return x, y, r
    H, W = panel.h, panel.w
    dx = (F.FACE_X + 6) / 100
    mouth = (x + facing * dx * r, y + F.MOUTH_Y / 100 * r)
    best = None
    for si in range(8):
        k = 1 - 0.04 * si
        rr = r * k
        bx, by = (mouth[0] - facing * dx * rr, mouth[1] - F.MOUTH_Y / 100 * rr) if anchored else (x, y)
        for ddx in (0.0, -0.04, 0.04, -0.08, 0.08, -0.12, 0.12):
            nx = bx + ddx * W
            for step in range(36):
                dy = (step + 1) // 2 * 0.012 * H * (1 if step % 2 == 0 else -0.6)
                ny = by + dy
                if not _inside(nx, ny, rr, panel):
                    continue
                cost = abs(dy) / H * 3 + (1 - k) + abs(ddx) * 6 + 40 * _covered(nx, ny, rr, panel)
                if best is None or cost < best[0]:
                    best = (cost, nx, ny, rr)
    if best is None:
        return x, y, r
    return best[1], best[2], best[3]


def _covered(x, y, r, panel: Panel) -> float:
    """How much of the face box the lettering covers (0..1)."""
    x0, y0, x1, y1 = F.head_box(x, y, r)
    box = (x0 / panel.w, y0 / panel.h, x1 / panel.w, y1 / panel.h)
    area = (box[2] - box[0]) * (box[3] - box[1])
    hit = 0.0
    for reg in panel.regions:
        w = min(box[2], reg.x1) - max(box[0], reg.x0)
        h = min(box[3], reg.y1) - max(box[1], reg.y0)
        if w > 0 and h > 0:
            hit += w * h
    return min(1.0, hit / area)


def _inside(x, y, r, panel: Panel) -> bool:
    """The whole face within the panel (hair may be cut by the border, the eyes and mouth not)."""
    return x - 0.8 * r > 0 and x + 0.8 * r < panel.w and y - 0.6 * r > 0 and y + 1.1 * r < panel.h


def _blocked(x, y, r, panel: Panel) -> bool:
    x0, y0, x1, y1 = F.head_box(x, y, r)
    box = (x0 / panel.w, y0 / panel.h, x1 / panel.w, y1 / panel.h)
    return any(reg.hits(box) for reg in panel.regions)
