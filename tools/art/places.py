"""Where things happen: one background function per place.

A place paints the whole panel as seen in a wide shot: wall, floor, windows, furniture against the walls.
Sizes are in `u` (a hundredth of the panel height) and positions in fractions of the width, so one place
works for a square panel and for a wide strip. Closer shots reuse the same drawing, magnified about a focus
point by the panel composer, so a close-up really shows less of the room, bigger.
Furniture people sit on or lean against is not here but in `sets.py`, sized to the people.
"""

from __future__ import annotations

import math
import random

from tools.art.style import INK, LINE_BG, P, mix, shade, tint
from tools.art.svg import Canvas, blob

LB = LINE_BG


class Ctx:
    """What a place needs to know about its panel."""

    def __init__(self, w: float, h: float, light: str, opts: dict, seed: int):
        self.w, self.h, self.light, self.o = w, h, light, opts
        self.u = h / 100.0
        self.rng = random.Random(seed)
        self.floor = opts.get("floor", 0.7) * h

    def X(self, f: float) -> float:
        return f * self.w

    def Y(self, f: float) -> float:
        return f * self.h


# ------------------------------------------------------------------------------------- shared pieces

def sky_colours(light: str):
    return {
        "night": ("#1d2744", "#2d3b60"), "screen": ("#1d2744", "#2d3b60"), "dim": ("#1d2744", "#34436a"),
        "lab_night": ("#1d2744", "#2d3b60"), "rain": ("#3b4666", "#6a6f8f"), "evening": ("#6b6f9a", "#e8b79b"),
        "lamp": ("#2b3558", "#4a5680"), "dawn": ("#8b8fb8", "#f2c0a0"), "grey": ("#b7bec6", "#d5d9dc"),
        "muted": ("#b7bec6", "#d5d9dc"), "steam": ("#c4cad0", "#dde2e4"),
    }.get(light, ("#a9cfe4", "#dcebf2"))


def night(light: str) -> bool:
    return light in ("night", "screen", "dim", "lab_night", "lamp", "rain")


def wall(c: Canvas, x: Ctx, col: str, floor_col: str, skirting: bool = True):
    c.rect(0, 0, x.w, x.h, fill=col)
    c.rect(0, x.floor, x.w, x.h - x.floor, fill=floor_col)
    c.line([(0, x.floor), (x.w, x.floor)], INK, LB)
    if skirting:
        c.rect(0, x.floor - 1.6 * x.u, x.w, 1.6 * x.u, fill=shade(col, 0.12))
    # a soft shadow where wall meets floor, and floorboards
    c.rect(0, x.floor, x.w, 2.2 * x.u, fill=shade(floor_col, 0.12))


def boards(c: Canvas, x: Ctx, col: str, n: int = 7):
    for i in range(1, n):
        y = x.floor + (x.h - x.floor) * (i / n) ** 1.4
        c.line([(0, y), (x.w, y)], shade(col, 0.12), LB * 0.6)


def window(c: Canvas, x: Ctx, cx: float, top: float, w: float, h: float, frame: str = P["white"],
           curtains: str | None = None, moon: bool = True):
    s1, s2 = sky_colours(x.light)
    c.rect(cx - w / 2, top, w, h, fill=s1, stroke=INK, width=LB)
    c.rect(cx - w / 2, top + h * 0.55, w, h * 0.45, fill=s2)
    if night(x.light):
        rng = x.rng
        for _ in range(int(w * h / (x.u * x.u * 40)) + 3):
            px, py = cx - w / 2 + rng.random() * w, top + h * (0.6 + rng.random() * 0.38)
            c.rect(px, py, x.u * 0.9, x.u * 1.1, fill="#f3d58a", opacity=0.8)
        if moon:
            c.circle(cx + w * 0.25, top + h * 0.22, x.u * 2.4, fill="#f2ecd2")
    else:
        c.path(blob([(cx - w * 0.3, top + h * 0.3), (cx - w * 0.1, top + h * 0.22), (cx + w * 0.05, top + h * 0.3),
                     (cx - w * 0.12, top + h * 0.36)]), fill="#ffffff", opacity=0.7)
    fw = max(x.u * 1.2, LB * 1.5)
    c.rect(cx - w / 2, top, w, h, fill="none", stroke=frame, width=fw)
    c.line([(cx, top), (cx, top + h)], frame, fw)
    c.line([(cx - w / 2, top + h * 0.5), (cx + w / 2, top + h * 0.5)], frame, fw * 0.8)
    c.rect(cx - w / 2 - fw, top - fw, w + 2 * fw, h + 2 * fw, fill="none", stroke=INK, width=LB)
    c.rect(cx - w / 2 - 1.5 * fw, top + h, w + 3 * fw, x.u * 1.4, fill=frame, stroke=INK, width=LB)
    if curtains:
        for side in (-1, 1):
            ex = cx + side * (w / 2 + fw)
            pts = [(ex, top - 2 * fw), (ex - side * w * 0.18, top - 2 * fw), (ex - side * w * 0.12, top + h * 0.5),
                   (ex - side * w * 0.2, top + h + 4 * x.u), (ex + side * 3 * x.u, top + h + 4 * x.u)]
            c.poly(pts, fill=curtains, stroke=INK, width=LB)


def frame_pic(c: Canvas, x: Ctx, cx, cy, w, h, kind="landscape", col=P["wood"]):
    c.rect(cx - w / 2, cy - h / 2, w, h, fill=col, stroke=INK, width=LB)
    i = min(w, h) * 0.1
    c.rect(cx - w / 2 + i, cy - h / 2 + i, w - 2 * i, h - 2 * i, fill=P["sky_day"])
    if kind == "landscape":
        c.poly([(cx - w / 2 + i, cy + h / 2 - i), (cx - w * 0.1, cy - h * 0.05), (cx + w * 0.1, cy + h * 0.1),
                (cx + w * 0.25, cy - h * 0.1), (cx + w / 2 - i, cy + h / 2 - i)], fill=P["grass"])
    elif kind == "heart":
        c.path(heart_d(cx, cy, min(w, h) * 0.3), fill=P["coral"])
    elif kind == "family":
        for k, col2 in enumerate((P["plum"], P["green"])):
            px = cx + (k - 0.5) * w * 0.3
            c.circle(px, cy - h * 0.05, min(w, h) * 0.12, fill=P["skin_3"])
            c.path(f"M{px - w * 0.15} {cy + h / 2 - i} Q{px} {cy} {px + w * 0.15} {cy + h / 2 - i} Z", fill=col2)


def heart_d(cx, cy, r):
    return (f"M{cx:.1f} {cy + r:.1f} C{cx - 1.6 * r:.1f} {cy - 0.1 * r:.1f} {cx - 0.9 * r:.1f} {cy - 1.3 * r:.1f} "
            f"{cx:.1f} {cy - 0.5 * r:.1f} C{cx + 0.9 * r:.1f} {cy - 1.3 * r:.1f} {cx + 1.6 * r:.1f} {cy - 0.1 * r:.1f} "
            f"{cx:.1f} {cy + r:.1f} Z")


def poster_player(c: Canvas, x: Ctx, cx, cy, w, h, col=P["teal"]):
    """A poster of a women's football player mid-kick: a silhouette, no text."""
    c.rect(cx - w / 2, cy - h / 2, w, h, fill=col, stroke=INK, width=LB)
    c.rect(cx - w / 2, cy + h * 0.3, w, h * 0.2, fill=shade(col, 0.25))
    s = h / 100
    ink = mix(col, "#1b2030", 0.75)
    c.circle(cx - 8 * s, cy - 30 * s, 7 * s, fill=ink)
    c.path(f"M{cx - 6 * s} {cy - 36 * s} Q{cx - 20 * s} {cy - 40 * s} {cx - 24 * s} {cy - 26 * s}", stroke=ink,
           width=3 * s)
    c.line([(cx - 6 * s, cy - 22 * s), (cx, cy + 4 * s)], ink, 9 * s)
    c.line([(cx, cy + 4 * s), (cx - 14 * s, cy + 20 * s), (cx - 8 * s, cy + 36 * s)], ink, 6 * s)
    c.line([(cx, cy + 4 * s), (cx + 20 * s, cy + 4 * s), (cx + 32 * s, cy - 6 * s)], ink, 6 * s)
    c.line([(cx - 4 * s, cy - 16 * s), (cx - 24 * s, cy - 6 * s)], ink, 5 * s)
    c.line([(cx - 4 * s, cy - 16 * s), (cx + 16 * s, cy - 24 * s)], ink, 5 * s)
    c.circle(cx + 38 * s, cy - 12 * s, 6 * s, fill=P["white"], stroke=ink, width=1.5 * s)


def lamp(c: Canvas, x: Ctx, cx, floor_y, hgt):
    u = x.u
    glow = night(x.light) or x.light in ("lamp", "evening")
    if glow:
        for k, op in ((2.6, 0.08), (1.8, 0.1), (1.1, 0.14)):
            c.ellipse(cx, floor_y - hgt, 9 * u * k, 8 * u * k, fill="#ffe2a8", opacity=op)
    c.line([(cx, floor_y), (cx, floor_y - hgt)], INK, LB * 1.6)
    c.ellipse(cx, floor_y, 5 * u, 1.2 * u, fill=shade(P["wood_dark"]), stroke=INK, width=LB)
    c.poly([(cx - 6 * u, floor_y - hgt + 5 * u), (cx + 6 * u, floor_y - hgt + 5 * u), (cx + 4 * u, floor_y - hgt - 4 * u),
            (cx - 4 * u, floor_y - hgt - 4 * u)], fill="#f6d9a0" if glow else P["wall_cream"], stroke=INK, width=LB)


def door(c: Canvas, x: Ctx, cx, w, h, col=P["wood"], open_=0.0, glass=False):
    top = x.floor - h
    c.rect(cx - w / 2 - x.u, top - x.u, w + 2 * x.u, h + x.u, fill=shade(col, 0.35), stroke=INK, width=LB)
    if open_ > 0:
        c.rect(cx - w / 2, top, w, h, fill="#2c2a33")
        c.poly([(cx - w / 2, top), (cx - w / 2 + w * (1 - open_), top + h * 0.04),
                (cx - w / 2 + w * (1 - open_), x.floor - h * 0.02), (cx - w / 2, x.floor)], fill=col, stroke=INK,
               width=LB)
    else:
        c.rect(cx - w / 2, top, w, h, fill=col, stroke=INK, width=LB)
        c.rect(cx - w * 0.35, top + h * 0.08, w * 0.7, h * 0.35, fill="none", stroke=shade(col, 0.2), width=LB)
        c.rect(cx - w * 0.35, top + h * 0.52, w * 0.7, h * 0.4, fill="none", stroke=shade(col, 0.2), width=LB)
        if glass:
            c.rect(cx - w * 0.3, top + h * 0.1, w * 0.6, h * 0.3, fill=P["glass"])
        c.circle(cx + w * 0.36, top + h * 0.55, x.u * 1.1, fill=P["mustard"], stroke=INK, width=LB * 0.7)


def shelf_books(c: Canvas, x: Ctx, x0, y, w, rows=3, rh=None, cols=None):
    rh = rh or 9 * x.u
    cols = cols or [P["red"], P["teal"], P["mustard"], P["navy"], P["plum"], P["green"], P["coral"]]
    c.rect(x0, y, w, rows * rh, fill=P["wood"], stroke=INK, width=LB)
    for r in range(rows):
        yy = y + (r + 1) * rh
        bx = x0 + x.u
        while bx < x0 + w - 3 * x.u:
            bw = x.u * (1.6 + x.rng.random() * 1.6)
            bh = rh * (0.6 + x.rng.random() * 0.3)
            c.rect(bx, yy - bh - x.u * 0.6, bw, bh, fill=cols[x.rng.randrange(len(cols))], stroke=INK,
                   width=LB * 0.6)
            bx += bw + x.u * 0.3
            if x.rng.random() < 0.12:
                bx += 4 * x.u
        c.line([(x0, yy - x.u * 0.5), (x0 + w, yy - x.u * 0.5)], INK, LB)


def binders(c: Canvas, x: Ctx, x0, y, w, rows=3):
    shelf_books(c, x, x0, y, w, rows, rh=11 * x.u, cols=["#c8b68a", "#8c9aa8", "#a47f6a", "#d8cba8", "#6f7f8f"])


def evidence_shelves(c: Canvas, x: Ctx, x0, y, w, rows=3):
    rh = 11 * x.u
    c.rect(x0, y, w, rows * rh, fill=P["metal"], stroke=INK, width=LB)
    for r in range(rows):
        yy = y + (r + 1) * rh
        bx = x0 + x.u
        while bx < x0 + w - 6 * x.u:
            bw = 5 * x.u
            c.rect(bx, yy - 8 * x.u, bw, 7.4 * x.u, fill="#eef3f5", stroke=INK, width=LB * 0.5)
            c.rect(bx, yy - 8 * x.u, bw, 1.4 * x.u, fill=P["red"])
            c.rect(bx + x.u, yy - 4 * x.u, bw - 2 * x.u, 2 * x.u, fill=P["white"])
            bx += bw + x.u * 0.8
        c.line([(x0, yy), (x0 + w, yy)], INK, LB)


def monitor(c: Canvas, x: Ctx, cx, base_y, w, h, screen="#cfe0ee", content="lines"):
    c.rect(cx - x.u, base_y - 4 * x.u, 2 * x.u, 4 * x.u, fill=P["grey_dark"])
    c.rect(cx - 5 * x.u, base_y - x.u, 10 * x.u, x.u, fill=P["grey_dark"])
    c.rect(cx - w / 2, base_y - 4 * x.u - h, w, h, rx=x.u * 0.6, fill="#343946", stroke=INK, width=LB)
    inset = x.u * 0.9
    c.rect(cx - w / 2 + inset, base_y - 4 * x.u - h + inset, w - 2 * inset, h - 2 * inset, fill=screen)
    if content == "lines":
        for i in range(int((h - 3 * inset) / (2.4 * x.u))):
            c.rect(cx - w / 2 + 2 * inset, base_y - 4 * x.u - h + 2 * inset + i * 2.4 * x.u,
                   (w - 4 * inset) * (0.5 + 0.5 * ((i * 37) % 10) / 10), x.u, fill="#9fb5c9")


def fluorescent(c: Canvas, x: Ctx, n=3):
    for i in range(n):
        cx = x.w * (i + 0.5) / n
        c.rect(cx - 10 * x.u, 0, 20 * x.u, 1.6 * x.u, fill="#f4f8fb", stroke=INK, width=LB * 0.6)


def rain(c: Canvas, x: Ctx, n=60):
    rng = x.rng
    for _ in range(n):
        px, py = rng.random() * x.w, rng.random() * x.h
        c.line([(px, py), (px - 1.2 * x.u, py + 5 * x.u)], "#c9d6ea", LB * 0.6, opacity=0.7)


def people_far(c: Canvas, x: Ctx, y, n=6, h=14.0, cols=None):
    """Passers-by: simple silhouettes, hurrying past."""
    rng = x.rng
    cols = cols or ["#5e6a7a", "#7a5e6a", "#5e7a6e", "#6a6a7a", "#8a7460"]
    for i in range(n):
        px = x.w * (i + 0.3 + rng.random() * 0.4) / n
        hh = h * x.u * (0.85 + rng.random() * 0.3)
        col = cols[i % len(cols)]
        c.circle(px, y - hh, hh * 0.11, fill=mix(col, P["skin_3"], 0.6), stroke=INK, width=LB * 0.6)
        c.path(blob([(px - hh * 0.14, y - hh * 0.86), (px + hh * 0.14, y - hh * 0.86), (px + hh * 0.16, y - hh * 0.45),
                     (px - hh * 0.16, y - hh * 0.45)]), fill=col, stroke=INK, width=LB * 0.6)
        step = hh * 0.12 * (1 if i % 2 else -1)
        c.line([(px - hh * 0.06, y - hh * 0.46), (px - hh * 0.06 - step, y)], shade(col, 0.3), hh * 0.08)
        c.line([(px + hh * 0.06, y - hh * 0.46), (px + hh * 0.06 + step, y)], shade(col, 0.3), hh * 0.08)


# ------------------------------------------------------------------------------------- places

def living(c, x: Ctx):
    wall(c, x, P["wall_warm"], P["floor_wood"])
    boards(c, x, P["floor_wood"])
    u = x.u
    window(c, x, x.X(x.o.get("win_x", 0.42)), 14 * u, 26 * u, 34 * u, curtains=P["rug"])
    frame_pic(c, x, x.X(x.o.get("pic_x", 0.16)), 28 * u, 12 * u, 9 * u, "family")
    frame_pic(c, x, x.X(0.62), 24 * u, 8 * u, 11 * u, "heart")
    lamp(c, x, x.X(x.o.get("lamp_x", 0.58)), x.floor + 2 * u, 46 * u)
    if x.o.get("door", True):
        door(c, x, x.X(x.o.get("door_x", 0.86)), 20 * u, 52 * u, open_=x.o.get("door_open", 0.0))
    c.ellipse(x.X(0.4), x.floor + 14 * u, x.w * 0.26, 6 * u, fill=P["rug"], stroke=INK, width=LB)


def hall(c, x: Ctx):
    wall(c, x, P["wall_lilac"], P["floor_dark"])
    u = x.u
    door(c, x, x.X(x.o.get("door_x", 0.5)), 24 * u, 56 * u, col=x.o.get("door_col", P["teal"]),
         open_=x.o.get("door_open", 0.0))
    for i, col in enumerate((P["mustard"], P["navy"])):
        hx = x.X(0.15) + i * 7 * u
        c.circle(hx, 26 * u, 0.9 * u, fill=INK)
        c.path(blob([(hx - 3 * u, 27 * u), (hx + 3 * u, 27 * u), (hx + 5 * u, 50 * u), (hx - 5 * u, 50 * u)]),
               fill=col, stroke=INK, width=LB)
    c.rect(x.X(0.74), x.floor - 12 * u, 14 * u, 12 * u, fill=P["wood"], stroke=INK, width=LB)
    c.rect(x.X(0.76), 20 * u, 9 * u, 13 * u, rx=u, fill=P["glass"], stroke=INK, width=LB)


def kitchen(c, x: Ctx):
    wall(c, x, P["wall_sage"], P["floor_tile"], skirting=False)
    u = x.u
    for i in range(int(x.w / (12 * u)) + 1):
        c.line([(i * 12 * u, x.floor), (i * 12 * u - 20 * u, x.h)], shade(P["floor_tile"], 0.1), LB * 0.6)
    # cupboards along the back
    top = 6 * u
    cup_w = 13 * u
    n = int(x.w * 0.7 / cup_w)
    x0 = x.X(0.3)
    for i in range(n):
        c.rect(x0 + i * cup_w, top, cup_w, 16 * u, fill=P["wall_cream"], stroke=INK, width=LB)
        c.rect(x0 + i * cup_w + cup_w * 0.44, top + 12 * u, cup_w * 0.12, u, fill=P["metal_dark"])
    c.rect(x0, x.floor - 26 * u, n * cup_w, 26 * u, fill=P["wall_cream"], stroke=INK, width=LB)
    c.rect(x0 - u, x.floor - 27.5 * u, n * cup_w + 2 * u, 3 * u, fill=P["wood"], stroke=INK, width=LB)
    for i in range(n):
        c.rect(x0 + i * cup_w + cup_w * 0.44, x.floor - 20 * u, cup_w * 0.12, u, fill=P["metal_dark"])
        c.line([(x0 + i * cup_w, x.floor - 24.5 * u), (x0 + i * cup_w, x.floor)], INK, LB * 0.7)
    # tiles between
    c.rect(x0, top + 16 * u, n * cup_w, x.floor - 28 * u - top - 16 * u, fill=tint(P["wall_sage"], 0.35))
    window(c, x, x.X(0.14), 14 * u, 16 * u, 22 * u, moon=False)
    # fridge
    fx = x.X(0.3) - 20 * u
    c.rect(fx, x.floor - 62 * u, 18 * u, 62 * u, rx=2 * u, fill=P["plastic"], stroke=INK, width=LB)
    c.line([(fx, x.floor - 42 * u), (fx + 18 * u, x.floor - 42 * u)], INK, LB)
    c.rect(fx + 14 * u, x.floor - 54 * u, u, 8 * u, fill=P["metal_dark"])
    c.rect(fx + 4 * u, x.floor - 56 * u, 4 * u, 5 * u, fill=P["coral"])
    # kettle and plant on the counter
    c.path(blob([(x0 + 6 * u, x.floor - 28 * u), (x0 + 12 * u, x.floor - 28 * u), (x0 + 12 * u, x.floor - 36 * u),
                 (x0 + 6 * u, x.floor - 36 * u)]), fill=P["red"], stroke=INK, width=LB)


def bedroom(c, x: Ctx):
    col = x.o.get("wall", P["wall_blue"])
    wall(c, x, col, P["floor_wood"])
    boards(c, x, P["floor_wood"], 5)
    u = x.u
    window(c, x, x.X(x.o.get("win_x", 0.72)), 12 * u, 22 * u, 30 * u, curtains=P["mustard"])
    if x.o.get("posters", "football") == "football":
        poster_player(c, x, x.X(0.18), 26 * u, 16 * u, 22 * u)
        c.rect(x.X(0.36) - 6 * u, 16 * u, 12 * u, 16 * u, fill=P["green"], stroke=INK, width=LB)
        c.circle(x.X(0.36), 24 * u, 3.4 * u, fill=P["white"], stroke=INK, width=LB)
        # a scarf of the team over the window
        c.path(f"M{x.X(0.72) - 14 * u} {9 * u} Q{x.X(0.72)} {14 * u} {x.X(0.72) + 14 * u} {9 * u}", stroke=P["green"],
               width=2.4 * u)
    elif x.o["posters"] == "drawings":
        for i, (px, py) in enumerate([(0.12, 20), (0.24, 26), (0.36, 18), (0.18, 36)]):
            c.rect(x.X(px) - 5 * u, py * u - 4 * u, 10 * u, 8 * u, fill=P["paper"], stroke=INK, width=LB * 0.7)
            c.path(f"M{x.X(px) - 3 * u} {py * u + 2 * u} Q{x.X(px)} {py * u - 4 * u} {x.X(px) + 3 * u} {py * u + 2 * u}",
                   stroke=[P["plum"], P["teal"], P["coral"], P["navy"]][i], width=LB)
    elif x.o["posters"] == "basketball":
        c.rect(x.X(0.2) - 8 * u, 18 * u, 16 * u, 22 * u, fill=P["orange"], stroke=INK, width=LB)
        c.circle(x.X(0.2), 29 * u, 5 * u, fill="#d9793a", stroke=INK, width=LB)
        c.rect(x.X(0.45) - 14 * u, 38 * u, 28 * u, 1.6 * u, fill=P["wood"], stroke=INK, width=LB)
        c.circle(x.X(0.45) - 6 * u, 34 * u, 4 * u, fill="#d9793a", stroke=INK, width=LB)
        c.line([(x.X(0.45) - 10 * u, 34 * u), (x.X(0.45) - 2 * u, 34 * u)], INK, LB * 0.6)
    if x.o.get("desk", True):
        dx = x.X(x.o.get("desk_x", 0.45))
        c.rect(dx - 14 * u, x.floor - 22 * u, 28 * u, 2.5 * u, fill=P["wood"], stroke=INK, width=LB)
        c.rect(dx - 12 * u, x.floor - 19.5 * u, 2 * u, 19.5 * u, fill=P["wood_dark"])
        c.rect(dx + 10 * u, x.floor - 19.5 * u, 2 * u, 19.5 * u, fill=P["wood_dark"])
        if x.o.get("drawers_open"):
            c.rect(dx - 6 * u, x.floor - 19 * u, 14 * u, 6 * u, fill=P["wood_light"], stroke=INK, width=LB)
            c.rect(dx - 4 * u, x.floor - 21 * u, 10 * u, 3 * u, fill=P["paper"], stroke=INK, width=LB * 0.6)
        c.rect(dx - 10 * u, x.floor - 27 * u, 8 * u, 4.5 * u, rx=u, fill="#3a3f4c", stroke=INK, width=LB)
        c.rect(dx - 9 * u, x.floor - 26.2 * u, 6 * u, 3 * u, fill="#ff9a7a" if night(x.light) else "#6a4a4a")
        for i in range(3):
            c.rect(dx + 2 * u + i * 2.6 * u, x.floor - 29 * u, 2.2 * u, 6.5 * u, fill=[P["red"], P["navy"], P["teal"]][i],
                   stroke=INK, width=LB * 0.5)


def corridor(c, x: Ctx):
    wall(c, x, P["wall_mint"], P["floor_lino"], skirting=False)
    u = x.u
    lw_ = 9 * u
    n = int(x.w / lw_) + 1
    skip = x.o.get("gap", (0.62, 0.9))
    for i in range(n):
        lx = i * lw_
        if skip[0] * x.w < lx + lw_ and lx < skip[1] * x.w:
            continue
        col = [P["blue"], P["sky_blue"]][i % 2]
        c.rect(lx, x.floor - 52 * u, lw_, 52 * u, fill=col, stroke=INK, width=LB)
        for k in range(3):
            c.line([(lx + 2 * u, x.floor - 46 * u + k * 1.6 * u), (lx + lw_ - 2 * u, x.floor - 46 * u + k * 1.6 * u)],
                   shade(col, 0.25), LB * 0.8)
        c.rect(lx + lw_ - 2.6 * u, x.floor - 30 * u, u, 4 * u, fill=P["metal_dark"])
    # the gap: a door (the counsellor's) with its poster
    gx = (skip[0] + skip[1]) / 2
    if skip[1] > skip[0]:
        door(c, x, x.X(gx), 18 * u, 56 * u, col=P["wood_light"], glass=True)
        if x.o.get("poster", True):
            px = x.X(gx) - 17 * u
            c.rect(px - 6 * u, 24 * u, 12 * u, 15 * u, fill=P["mustard"], stroke=INK, width=LB)
            c.path(blob([(px - 4 * u, 27 * u), (px + 4 * u, 27 * u), (px + 4 * u, 32 * u), (px - 4 * u, 32 * u)]),
                   fill=P["white"], stroke=INK, width=LB * 0.7)
            c.poly([(px - 2 * u, 32 * u), (px - 3 * u, 35 * u), (px + u, 32 * u)], fill=P["white"])
            c.path(heart_d(px, 36.5 * u, 1.2 * u), fill=P["red"])
    c.rect(0, 0, x.w, 8 * u, fill=shade(P["wall_mint"], 0.08))
    for i in range(int(x.w / (40 * u)) + 1):
        c.rect(i * 40 * u + 10 * u, 2 * u, 18 * u, 2 * u, fill="#f6f9fb", stroke=INK, width=LB * 0.5)


def schoolyard(c, x: Ctx):
    s1, s2 = sky_colours(x.light)
    c.rect(0, 0, x.w, x.h, fill=s1)
    u = x.u
    # school building
    c.rect(0, 18 * u, x.w, x.floor - 18 * u, fill=P["brick"], stroke=INK, width=LB)
    for i in range(int(x.w / (16 * u)) + 1):
        wx = i * 16 * u + 4 * u
        for row in (24, 42):
            c.rect(wx, row * u, 9 * u, 11 * u, fill=P["glass"], stroke=INK, width=LB * 0.8)
    c.rect(0, x.floor - 8 * u, x.w, 8 * u, fill=shade(P["brick"], 0.2))
    c.rect(0, x.floor, x.w, x.h - x.floor, fill="#b9b2a2")
    c.line([(0, x.floor), (x.w, x.floor)], INK, LB)
    # trees
    for tx in x.o.get("trees", (0.08, 0.93)):
        c.rect(x.X(tx) - 1.2 * u, x.floor - 26 * u, 2.4 * u, 26 * u, fill=P["wood_dark"], stroke=INK, width=LB)
        c.path(blob([(x.X(tx) - 11 * u, x.floor - 30 * u), (x.X(tx), x.floor - 52 * u), (x.X(tx) + 12 * u, x.floor - 32 * u),
                     (x.X(tx), x.floor - 20 * u)]), fill=P["tree"], stroke=INK, width=LB)
    if x.o.get("crowd"):
        people_far(c, x, x.floor + 4 * u, n=x.o["crowd"], h=16)


def office(c, x: Ctx):
    wall(c, x, x.o.get("wall", P["wall_cream"]), P["floor_lino"])
    u = x.u
    window(c, x, x.X(x.o.get("win_x", 0.78)), 12 * u, 20 * u, 26 * u, moon=False)
    shelf_books(c, x, x.X(x.o.get("shelf_x", 0.06)), 14 * u, 26 * u, rows=3)
    # calm poster with a heart
    px = x.X(x.o.get("poster_x", 0.5))
    c.rect(px - 6 * u, 16 * u, 12 * u, 16 * u, fill=P["ending"], stroke=INK, width=LB)
    c.path(heart_d(px, 24 * u, 3 * u), fill=P["coral"])
    if x.o.get("plant", True):
        c.poly([(x.X(0.93) - 4 * u, x.floor - 8 * u), (x.X(0.93) + 4 * u, x.floor - 8 * u),
                (x.X(0.93) + 3 * u, x.floor), (x.X(0.93) - 3 * u, x.floor)], fill=P["coral"], stroke=INK, width=LB)
        c.path(blob([(x.X(0.93) - 8 * u, x.floor - 14 * u), (x.X(0.93), x.floor - 28 * u), (x.X(0.93) + 8 * u, x.floor - 14 * u),
                     (x.X(0.93), x.floor - 8 * u)]), fill=P["tree"], stroke=INK, width=LB)


def lab(c, x: Ctx):
    wall(c, x, "#d9e1e6", P["floor_grey"], skirting=False)
    u = x.u
    fluorescent(c, x, max(2, int(x.w / (60 * u))))
    evidence_shelves(c, x, x.X(x.o.get("shelf_x", 0.62)), 10 * u, min(x.w * 0.34, 50 * u), rows=4)
    if x.o.get("board", False):
        bx = x.X(x.o.get("board_x", 0.2))
        c.rect(bx - 20 * u, 12 * u, 40 * u, 26 * u, fill=P["white"], stroke=INK, width=LB)
        for i, (px, py, col) in enumerate([(-14, 16, P["paper"]), (-2, 18, P["paper"]), (10, 15, P["paper"])]):
            c.rect(bx + px * u - 4 * u, py * u, 8 * u, 10 * u, fill=col, stroke=INK, width=LB * 0.6)
        c.line([(bx - 10 * u, 22 * u), (bx + 2 * u, 24 * u), (bx + 14 * u, 20 * u)], P["red"], LB)


def prosecutor(c, x: Ctx):
    wall(c, x, "#e4d7c2", P["floor_dark"])
    u = x.u
    c.rect(0, x.floor - 18 * u, x.w, 18 * u, fill=P["wood"], stroke=INK, width=LB)
    for i in range(int(x.w / (14 * u)) + 1):
        c.line([(i * 14 * u, x.floor - 18 * u), (i * 14 * u, x.floor)], shade(P["wood"], 0.2), LB * 0.7)
    binders(c, x, x.X(x.o.get("shelf_x", 0.55)), 10 * u, min(x.w * 0.4, 44 * u), rows=3)
    wx = x.X(x.o.get("win_x", 0.18))
    window(c, x, wx, 12 * u, 18 * u, 24 * u, moon=False)
    for i in range(7):
        c.line([(wx - 9 * u, (13 + i * 3.2) * u), (wx + 9 * u, (13 + i * 3.2) * u)], "#d8d2c2", LB)


def bus_station(c, x: Ctx):
    s1, s2 = sky_colours(x.light)
    c.rect(0, 0, x.w, x.h, fill=s1)
    u = x.u
    # city skyline with lit windows
    rng = x.rng
    bx = 0.0
    while bx < x.w:
        bw = (10 + rng.random() * 14) * u
        bh = (18 + rng.random() * 26) * u
        col = mix(s1, "#1b2034", 0.35)
        c.rect(bx, x.floor - 12 * u - bh, bw, bh, fill=col)
        for k in range(int(bh / (5 * u))):
            for j in range(int(bw / (4 * u))):
                if rng.random() < 0.35:
                    c.rect(bx + u + j * 4 * u, x.floor - 10 * u - bh + k * 5 * u, 2 * u, 2.4 * u, fill="#f3d58a",
                           opacity=0.85)
        bx += bw + rng.random() * 3 * u
    c.rect(0, x.floor - 12 * u, x.w, x.h, fill=P["asphalt"])
    c.line([(0, x.floor - 12 * u), (x.w, x.floor - 12 * u)], INK, LB)
    c.rect(0, x.floor, x.w, x.h - x.floor, fill=mix(P["asphalt"], "#ffffff", 0.08))
    c.line([(0, x.floor), (x.w, x.floor)], INK, LB)
    # shelter roof on posts
    c.rect(x.X(0.0), 8 * u, x.X(0.5), 5 * u, fill=P["grey_dark"], stroke=INK, width=LB)
    for px in (0.05, 0.45):
        c.rect(x.X(px) - u, 13 * u, 2 * u, x.floor - 13 * u, fill=P["metal_dark"], stroke=INK, width=LB * 0.7)
    # lamp glows
    for px in (0.3, 0.7):
        c.ellipse(x.X(px), 6 * u, 8 * u, 5 * u, fill="#ffe2a8", opacity=0.25)
    if x.o.get("bus", True):
        bus(c, x, x.X(x.o.get("bus_x", 0.78)), x.floor + 4 * u, 46 * u)
    if x.o.get("rain", True):
        rain(c, x, int(x.w / u * 0.35))
        for px in (0.2, 0.5, 0.8):
            c.rect(x.X(px) - 6 * u, x.floor + 10 * u, 12 * u, 0.8 * u, fill="#f3d58a", opacity=0.35)


def bus(c: Canvas, x: Ctx, cx, ground, length, col=P["teal"]):
    u = x.u
    h = length * 0.42
    c.rect(cx - length / 2, ground - h, length, h * 0.92, rx=3 * u, fill=col, stroke=INK, width=LB)
    c.rect(cx - length / 2 + 2 * u, ground - h + 4 * u, length - 4 * u, h * 0.38, fill="#24304a", stroke=INK,
           width=LB * 0.8)
    for i in range(1, 6):
        px = cx - length / 2 + 2 * u + i * (length - 4 * u) / 6
        c.line([(px, ground - h + 4 * u), (px, ground - h + 4 * u + h * 0.38)], col, LB * 1.4)
    c.rect(cx - length / 2, ground - h * 0.4, length, 2 * u, fill=P["white"])
    for wx in (cx - length * 0.3, cx + length * 0.3):
        c.circle(wx, ground - h * 0.08, h * 0.14, fill="#2b2b30", stroke=INK, width=LB)
        c.circle(wx, ground - h * 0.08, h * 0.06, fill=P["metal"])
    c.rect(cx - length / 2 - 0.5 * u, ground - h * 0.35, 1.5 * u, 3 * u, fill="#ffe08a")


def bus_inside(c, x: Ctx):
    day = not night(x.light)
    c.rect(0, 0, x.w, x.h, fill="#8b90a2" if day else "#3b3f52")
    u = x.u
    # a long window band: the night road, or houses and trees going by
    wy, wh = 14 * u, 44 * u
    if day:
        c.rect(0, wy, x.w, wh, fill="#bcd8e6", stroke=INK, width=LB)
        for i in range(int(x.w / (18 * u)) + 1):
            hx = i * 18 * u + x.rng.random() * 6 * u
            hh = (10 + x.rng.random() * 10) * u
            c.rect(hx, wy + wh * 0.72 - hh, 12 * u, hh, fill=["#e8d8c0", "#d8c0b0", "#c8d0c0"][i % 3], opacity=0.9)
            c.circle(hx + 15 * u, wy + wh * 0.6, 5 * u, fill=P["tree"], opacity=0.9)
        c.rect(0, wy + wh * 0.72, x.w, wh * 0.28, fill="#a9b0a4")
        for i in range(5):
            c.line([(x.w * i / 5, wy + wh * 0.3), (x.w * i / 5 + 10 * u, wy + wh * 0.3)], "#ffffff", LB, opacity=0.6)
    else:
        c.rect(0, wy, x.w, wh, fill="#1b2440", stroke=INK, width=LB)
        c.rect(0, wy + wh * 0.7, x.w, wh * 0.3, fill="#262c3c")
        for i in range(6):
            c.line([(x.w * i / 6, wy + wh * 0.84), (x.w * i / 6 + 6 * u, wy + wh * 0.84)], "#f3d58a", LB * 1.4)
    if x.o.get("sign", not day):
        sx = x.X(x.o.get("sign_x", 0.62))
        c.rect(sx - 0.7 * u, wy + 18 * u, 1.4 * u, 26 * u, fill=P["metal_dark"])
        c.rect(sx - 11 * u, wy + 4 * u, 22 * u, 15 * u, rx=u, fill=P["eu_blue"], stroke=P["white"], width=LB)
        for k in range(12):
            a = math.radians(k * 30)
            c.circle(sx + 4.6 * u * math.sin(a), wy + 11.5 * u - 4.6 * u * math.cos(a), 0.7 * u, fill=P["eu_star"])
        # headlight sweep
        c.poly([(sx - 30 * u, wy + wh), (sx + 12 * u, wy + 2 * u), (sx + 40 * u, wy + wh)], fill="#fff3c4",
               opacity=0.12)
    for i in range(int(x.w / (30 * u)) + 1):
        c.rect(i * 30 * u - 1 * u, wy, 2.4 * u, wh, fill="#4a4f63", stroke=INK, width=LB * 0.6)
    seat = "#5a7a9a" if day else "#4a4f63"
    c.rect(0, wy + wh, x.w, x.h, fill=seat)
    c.line([(0, wy + wh), (x.w, wy + wh)], INK, LB)
    c.rect(0, 0, x.w, 5 * u, fill="#6a7080" if day else "#2f3344")
    for i in range(int(x.w / (12 * u)) + 1):
        c.circle(i * 12 * u + 6 * u, 3 * u, 0.8 * u, fill="#8fa0c8", opacity=0.7)


def station_foreign(c, x: Ctx):
    c.rect(0, 0, x.w, x.h, fill="#dfe3e0")
    u = x.u
    c.rect(0, 0, x.w, 10 * u, fill="#b9c0c4", stroke=INK, width=LB)
    for i in range(int(x.w / (20 * u)) + 1):
        c.rect(i * 20 * u, 10 * u, 1.8 * u, x.floor - 10 * u, fill="#9aa3a8", stroke=INK, width=LB * 0.6)
    # big windows on the morning
    for i in range(int(x.w / (20 * u))):
        c.rect(i * 20 * u + 2.6 * u, 14 * u, 15.6 * u, 30 * u, fill="#f2dcc4", stroke=INK, width=LB * 0.6)
    # signs in an invented script: shapes that read as writing, but as no language
    for k, sx in enumerate(x.o.get("signs", (0.25, 0.7))):
        c.rect(x.X(sx) - 14 * u, 18 * u, 28 * u, 8 * u, rx=u, fill=P["navy"], stroke=INK, width=LB)
        gx = x.X(sx) - 11 * u
        for j in range(6):
            g = (j * 7 + k * 3) % 4
            if g == 0:
                c.circle(gx + j * 3.8 * u + u, 22 * u, 1.1 * u, stroke=P["white"], width=LB * 0.8)
            elif g == 1:
                c.line([(gx + j * 3.8 * u, 24 * u), (gx + j * 3.8 * u + u, 20 * u), (gx + j * 3.8 * u + 2 * u, 24 * u)],
                       P["white"], LB * 0.8)
            elif g == 2:
                c.line([(gx + j * 3.8 * u, 20 * u), (gx + j * 3.8 * u + 2 * u, 20 * u), (gx + j * 3.8 * u + u, 24 * u)],
                       P["white"], LB * 0.8)
            else:
                c.line([(gx + j * 3.8 * u + u, 19.6 * u), (gx + j * 3.8 * u + u, 24.4 * u)], P["white"], LB * 0.8)
        c.path(f"M{x.X(sx) + 8 * u} {22 * u} L{x.X(sx) + 12 * u} {22 * u} M{x.X(sx) + 10.5 * u} {20 * u} "
               f"L{x.X(sx) + 12 * u} {22 * u} L{x.X(sx) + 10.5 * u} {24 * u}", stroke=P["mustard"], width=LB)
    c.rect(0, x.floor, x.w, x.h - x.floor, fill="#b7b2a8")
    c.line([(0, x.floor), (x.w, x.floor)], INK, LB)
    for i in range(int(x.w / (16 * u)) + 1):
        c.line([(i * 16 * u, x.floor), (i * 16 * u - 12 * u, x.h)], "#a5a096", LB * 0.6)
    if x.o.get("bus", False):
        bus(c, x, x.X(0.1), x.floor, 40 * u, col=P["grey_light"])


def street(c, x: Ctx):
    s1, s2 = sky_colours(x.light)
    c.rect(0, 0, x.w, x.h, fill=s1)
    u = x.u
    rng = x.rng
    bx = -5 * u
    cols = ["#a89e90", "#9aa2a8", "#b3a08c", "#8f9aa0"]
    i = 0
    while bx < x.w:
        bw = (22 + rng.random() * 16) * u
        top = (6 + rng.random() * 14) * u
        col = cols[i % 4]
        c.rect(bx, top, bw, x.floor - top, fill=col, stroke=INK, width=LB)
        for k in range(int((x.floor - top - 14 * u) / (13 * u))):
            for j in range(int(bw / (9 * u))):
                lit = night(x.light) and rng.random() < 0.5
                c.rect(bx + 2.5 * u + j * 9 * u, top + 4 * u + k * 13 * u, 5 * u, 7 * u,
                       fill="#f3d58a" if lit else shade(col, 0.2), stroke=INK, width=LB * 0.5)
        bx += bw
        i += 1
    c.rect(0, x.floor, x.w, x.h - x.floor, fill=P["concrete"])
    c.line([(0, x.floor), (x.w, x.floor)], INK, LB)
    c.rect(0, x.floor + 16 * u, x.w, x.h, fill=P["asphalt"])
    if x.o.get("lamppost"):
        lx = x.X(x.o["lamppost"])
        c.rect(lx - 1.2 * u, 8 * u, 2.4 * u, x.floor - 8 * u + 6 * u, fill="#3f4550", stroke=INK, width=LB)
        c.path(f"M{lx} {8 * u} Q{lx + 8 * u} {4 * u} {lx + 10 * u} {8 * u}", stroke="#3f4550", width=2 * u)
        if night(x.light):
            c.ellipse(lx + 10 * u, 12 * u, 10 * u, 7 * u, fill="#ffe2a8", opacity=0.3)
    if x.o.get("rain"):
        rain(c, x, int(x.w / u * 0.3))
    if x.o.get("crowd"):
        people_far(c, x, x.floor + 10 * u, n=x.o["crowd"], h=30)


def station_square(c, x: Ctx):
    street(c, x)
    u = x.u
    # the bus station front: a canopy and a generic bus symbol
    c.rect(x.X(0.02), 24 * u, x.X(0.5), 6 * u, fill=P["teal"], stroke=INK, width=LB)
    c.rect(x.X(0.06), 25 * u, 8 * u, 4 * u, rx=u, fill=P["white"])
    c.rect(x.X(0.06) + u, 25.6 * u, 6 * u, 2 * u, fill=P["teal"])
    c.circle(x.X(0.06) + 2 * u, 28.4 * u, 0.8 * u, fill=P["teal"])
    c.circle(x.X(0.06) + 6 * u, 28.4 * u, 0.8 * u, fill=P["teal"])


def industrial(c, x: Ctx):
    s1, s2 = sky_colours(x.light)
    c.rect(0, 0, x.w, x.h, fill=s1)
    c.rect(0, x.h * 0.35, x.w, x.h * 0.3, fill=s2, opacity=0.6)
    u = x.u
    # chimneys and sheds far away
    for px, h in ((0.08, 30), (0.15, 40)):
        c.rect(x.X(px), x.floor - h * u, 3 * u, h * u, fill="#8d8f96")
    c.rect(0, x.floor - 14 * u, x.w, 14 * u, fill="#a2a4a8")
    # the laundry: a low building with a steaming vent
    lx = x.X(x.o.get("laundry_x", 0.12))
    c.rect(lx, x.floor - 26 * u, 34 * u, 26 * u, fill="#b9b3a3", stroke=INK, width=LB)
    c.rect(lx + 4 * u, x.floor - 18 * u, 10 * u, 18 * u, fill="#6d6a66", stroke=INK, width=LB)
    c.rect(lx + 20 * u, x.floor - 20 * u, 10 * u, 7 * u, fill=P["glass"], stroke=INK, width=LB)
    c.rect(lx + 26 * u, x.floor - 34 * u, 4 * u, 8 * u, fill=P["metal_dark"], stroke=INK, width=LB)
    for k in range(4):
        c.circle(lx + 28 * u + k * 2 * u, x.floor - 38 * u - k * 5 * u, (3 + k * 1.4) * u, fill="#f4f4f2",
                 opacity=0.75)
    # the run-down house
    hw, hh = 54 * u, 50 * u
    hx = x.X(x.o.get("door_x", 0.72)) - hw * x.o.get("door_at", 0.62)
    c.rect(hx, x.floor - hh, hw, hh, fill="#c8b89c", stroke=INK, width=LB)
    c.poly([(hx - 3 * u, x.floor - hh), (hx + hw / 2, x.floor - hh - 16 * u), (hx + hw + 3 * u, x.floor - hh)],
           fill="#7d5f52", stroke=INK, width=LB)
    for px, py, pw in ((0.15, 0.3, 8), (0.62, 0.55, 6), (0.3, 0.75, 5)):
        c.rect(hx + hw * px, x.floor - hh * py, pw * u, 3 * u, fill="#b3a488")
    for wx in (0.2, 0.7):
        c.rect(hx + hw * wx - 4 * u, x.floor - hh + 6 * u, 8 * u, 9 * u, fill="#5f6470", stroke=INK, width=LB)
        c.line([(hx + hw * wx - 4 * u, x.floor - hh + 10.5 * u), (hx + hw * wx + 4 * u, x.floor - hh + 10.5 * u)],
               INK, LB * 0.7)
    dx = hx + hw * x.o.get("door_at", 0.62)
    c.rect(dx - 7 * u, x.floor - 32 * u, 14 * u, 32 * u, fill="#3a2e2a" if x.o.get("door_open") else "#6f5446",
           stroke=INK, width=LB)
    c.rect(0, x.floor, x.w, x.h - x.floor, fill="#8f8d86")
    c.line([(0, x.floor), (x.w, x.floor)], INK, LB)
    # fence
    for i in range(int(x.w / (5 * u)) + 1):
        fx = i * 5 * u
        if hx - 2 * u < fx < hx + hw + 2 * u or lx < fx < lx + 34 * u:
            continue
        c.line([(fx, x.floor), (fx, x.floor - 10 * u)], "#6d7078", LB)
    c.line([(0, x.floor - 9 * u), (x.w, x.floor - 9 * u)], "#6d7078", LB * 0.8)


def laundry(c, x: Ctx):
    wall(c, x, "#c9cbbf", "#9aa09a", skirting=False)
    u = x.u
    c.rect(0, 0, x.w, 6 * u, fill="#a8ab9f")
    for i in range(int(x.w / (24 * u)) + 1):
        c.rect(i * 24 * u + 4 * u, 6 * u, 3 * u, 6 * u, fill="#f2f4ea")
    mx = x.o.get("machines", (0.05, 0.25, 0.75))
    for px in mx:
        X = x.X(px)
        c.rect(X, x.floor - 34 * u, 18 * u, 34 * u, rx=u, fill="#e4e6e2", stroke=INK, width=LB)
        c.rect(X, x.floor - 34 * u, 18 * u, 6 * u, fill="#cfd2cc", stroke=INK, width=LB * 0.7)
        c.circle(X + 9 * u, x.floor - 17 * u, 6.4 * u, fill="#8e9aa0", stroke=INK, width=LB)
        c.circle(X + 9 * u, x.floor - 17 * u, 4.6 * u, fill="#cfe0e6")
        c.path(blob([(X + 6 * u, x.floor - 15 * u), (X + 12 * u, x.floor - 16 * u), (X + 11 * u, x.floor - 13 * u)]),
               fill=P["white"])
        c.circle(X + 14 * u, x.floor - 31 * u, 1 * u, fill=P["red"])
    if x.o.get("shelves", True):
        sx = x.X(x.o.get("shelf_x", 0.46))
        c.rect(sx, 14 * u, 22 * u, x.floor - 14 * u, fill="#a7a08f", stroke=INK, width=LB)
        for r in range(4):
            yy = 16 * u + r * 12 * u
            for k in range(3):
                c.rect(sx + 1.5 * u + k * 7 * u, yy + 3 * u, 6 * u, 8 * u, rx=u, fill="#f5f5f0", stroke=INK,
                       width=LB * 0.5)
            c.line([(sx, yy + 11 * u), (sx + 22 * u, yy + 11 * u)], INK, LB)
    if x.o.get("clock"):
        from tools.art.props import clock as clock_

        with c.group(f"translate({x.X(x.o['clock']):.1f},{16 * u:.1f}) scale({u * 0.07:.4f})", lw=1 / (u * 0.07)):
            clock_(c, h=11, m=0)
    # steam
    for k in range(int(x.w / (18 * u)) + 1):
        sx = k * 18 * u + x.rng.random() * 8 * u
        c.circle(sx, (14 + x.rng.random() * 20) * u, (6 + x.rng.random() * 5) * u, fill="#ffffff", opacity=0.28)


def bare_room(c, x: Ctx):
    wall(c, x, "#b6b2a6", "#8d877b", skirting=False)
    u = x.u
    for px, py, r in ((0.2, 0.25, 6), (0.7, 0.4, 5), (0.45, 0.15, 4)):
        c.ellipse(x.X(px), x.Y(py), r * u * 1.6, r * u, fill="#a7a397", opacity=0.6)
    wx = x.X(x.o.get("win_x", 0.78))
    window(c, x, wx, 10 * u, 14 * u, 18 * u, moon=x.o.get("moon", False))
    if x.o.get("bars", True):
        for k in range(4):
            c.line([(wx - 6 * u + k * 4 * u, 10 * u), (wx - 6 * u + k * 4 * u, 28 * u)], "#4a4d55", LB * 1.3)
    if night(x.light):
        c.poly([(wx - 7 * u, 10 * u), (wx + 7 * u, 10 * u), (wx + 30 * u, x.h), (wx - 40 * u, x.h)], fill="#e8d9a8",
               opacity=0.14)


def child_room(c, x: Ctx):
    wall(c, x, "#f1dcc8", "#c8b49c")
    u = x.u
    # soft mural shapes: hills and a sun, no words
    c.path(f"M0 {x.floor - 16 * u} Q{x.w * 0.25} {x.floor - 32 * u} {x.w * 0.5} {x.floor - 18 * u} "
           f"Q{x.w * 0.75} {x.floor - 6 * u} {x.w} {x.floor - 22 * u} L{x.w} {x.floor} L0 {x.floor} Z",
           fill="#cfe0c4")
    c.circle(x.X(x.o.get("sun_x", 0.5)), 18 * u, 6 * u, fill="#f6d68e")
    for px, py in ((0.2, 14), (0.75, 12)):
        c.path(blob([(x.X(px) - 8 * u, py * u), (x.X(px), (py - 4) * u), (x.X(px) + 9 * u, py * u),
                     (x.X(px), (py + 3) * u)]), fill="#ffffff", opacity=0.8)
    if x.o.get("camera", True):
        from tools.art.props import camera

        cx = x.X(x.o.get("camera_x", 0.94))
        with c.group(f"translate({cx:.1f},{6 * u:.1f}) scale({-u * 0.05:.4f},{u * 0.05:.4f})", lw=1 / (u * 0.05)):
            camera(c)
    c.ellipse(x.X(0.5), x.floor + 14 * u, x.w * 0.3, 7 * u, fill="#e9b8a8", stroke=INK, width=LB)


def observation(c, x: Ctx):
    wall(c, x, "#b9bdc8", "#7d7f88", skirting=False)
    u = x.u
    sx = x.X(x.o.get("screen_x", 0.5))
    sw, sh = min(x.w * 0.6, 70 * u), 38 * u
    top = x.Y(x.o.get("screen_y", 0.08))
    c.rect(sx - sw / 2, top, sw, sh, rx=u, fill="#2c303c", stroke=INK, width=LB)
    with c.group(f"translate(0,{top - 8 * u:.1f})"):
        c.rect(sx - sw / 2 + 1.4 * u, 9.4 * u, sw - 2.8 * u, sh - 2.8 * u, fill="#f1dcc8")
        # the interview room on screen, tiny
        c.rect(sx - sw / 2 + 1.4 * u, 30 * u, sw - 2.8 * u, sh - 23.4 * u, fill="#c8b49c")
        c.rect(sx - sw * 0.3, 26 * u, sw * 0.3, 8 * u, rx=2 * u, fill="#9db7c9")
        for k, (px, col) in enumerate(((-0.22, P["green"]), (-0.1, "#5d7f9e"), (0.25, "#9a7fa0"))):
            c.circle(sx + sw * px, 24 * u, 2.4 * u, fill=P["skin_3"] if k != 2 else P["skin_5"])
            c.path(blob([(sx + sw * px - 3 * u, 27 * u), (sx + sw * px + 3 * u, 27 * u), (sx + sw * px + 3.6 * u, 33 * u),
                         (sx + sw * px - 3.6 * u, 33 * u)]), fill=col)
        c.circle(sx + sw / 2 - 4 * u, 12 * u, 0.9 * u, fill=P["red"])


def courtroom(c, x: Ctx):
    wall(c, x, "#d9c7a8", "#8a6a50")
    u = x.u
    for i in range(int(x.w / (10 * u)) + 1):
        c.rect(i * 10 * u, x.floor - 30 * u, 10 * u, 30 * u, fill=P["wood"], stroke=INK, width=LB * 0.7)
        c.rect(i * 10 * u + 1.6 * u, x.floor - 27 * u, 6.8 * u, 24 * u, fill="none", stroke=shade(P["wood"], 0.2),
               width=LB * 0.7)
    bx = x.X(x.o.get("bench_x", 0.5))
    # the emblem above the bench: a plain circle of stars (no national symbol)
    c.circle(bx, 16 * u, 7 * u, fill="#c9a85c", stroke=INK, width=LB)
    for k in range(12):
        a = math.radians(k * 30)
        c.circle(bx + 4.8 * u * math.sin(a), 16 * u - 4.8 * u * math.cos(a), 0.7 * u, fill="#fff3c4")
    if x.o.get("bench", True):
        c.rect(bx - 26 * u, x.floor - 36 * u, 52 * u, 36 * u, fill=P["wood_dark"], stroke=INK, width=LB)
        c.rect(bx - 28 * u, x.floor - 38 * u, 56 * u, 4 * u, fill=P["wood"], stroke=INK, width=LB)
    if x.o.get("screen"):
        sx = x.X(x.o["screen"])
        c.rect(sx - 14 * u, 14 * u, 28 * u, 18 * u, rx=u, fill="#2c303c", stroke=INK, width=LB)
        c.rect(sx - 12.6 * u, 15.4 * u, 25.2 * u, 15.2 * u, fill="#f1dcc8")
        c.rect(sx - 12.6 * u, 25 * u, 25.2 * u, 5.6 * u, fill="#c8b49c")
        c.rect(sx - 8 * u, 22 * u, 10 * u, 4 * u, rx=u, fill="#9db7c9")
        c.path(blob([(sx - 4 * u, 20 * u), (sx, 17.4 * u), (sx + 3 * u, 20 * u), (sx + 3 * u, 26 * u),
                     (sx - 4 * u, 26 * u)]), fill="#b8a7b0")  # a blurred shape: nobody recognisable
        c.rect(sx - 12.6 * u, 15.4 * u, 25.2 * u, 15.2 * u, fill="#ffffff", opacity=0.25)
        # pause symbol
        c.rect(sx + 6 * u, 17 * u, 1.4 * u, 4 * u, fill=P["white"])
        c.rect(sx + 8.6 * u, 17 * u, 1.4 * u, 4 * u, fill=P["white"])


def court_corridor(c, x: Ctx):
    wall(c, x, "#d8d4c8", "#a7a093")
    u = x.u
    for px in x.o.get("doors", (0.15, 0.85)):
        door(c, x, x.X(px), 20 * u, 54 * u, col=P["wood"])
    if x.o.get("clock", 0.5):
        from tools.art.props import clock as clock_

        with c.group(f"translate({x.X(x.o.get('clock', 0.5)):.1f},{16 * u:.1f}) scale({u * 0.06:.4f})",
                     lw=1 / (u * 0.06)):
            clock_(c, h=10, m=20)


def court_exterior(c, x: Ctx):
    s1, s2 = sky_colours(x.light)
    c.rect(0, 0, x.w, x.h, fill=s1)
    u = x.u
    c.rect(0, 6 * u, x.w, x.floor - 6 * u, fill="#d9d3c4", stroke=INK, width=LB)
    c.poly([(0, 6 * u), (x.w, 6 * u), (x.w, 12 * u), (0, 12 * u)], fill="#c8c0ae", stroke=INK, width=LB)
    for i in range(int(x.w / (16 * u)) + 1):
        px = i * 16 * u + 6 * u
        c.rect(px, 12 * u, 5 * u, x.floor - 24 * u, fill="#ece6d8", stroke=INK, width=LB)
    for k in range(4):
        yy = x.floor - 12 * u + k * 4 * u
        c.rect(0, yy, x.w, 4 * u, fill=mix("#cfc8b8", "#ffffff", k * 0.1), stroke=INK, width=LB * 0.7)
    c.rect(0, x.floor + 4 * u, x.w, x.h, fill=P["concrete"])


def pitch(c, x: Ctx):
    s1, s2 = sky_colours(x.light)
    c.rect(0, 0, x.w, x.h, fill=s1)
    u = x.u
    # stands with a small crowd
    st = x.o.get("stands", 0.5)
    if st:
        top = x.floor - 30 * u
        c.rect(0, top, x.w, 30 * u, fill="#9aa3b0", stroke=INK, width=LB)
        for r in range(3):
            c.line([(0, top + (r + 1) * 9 * u), (x.w, top + (r + 1) * 9 * u)], "#7d8594", LB)
        rng = x.rng
        for r in range(3):
            for i in range(int(x.w / (6 * u))):
                if rng.random() < 0.55:
                    px = i * 6 * u + 3 * u
                    py = top + r * 9 * u + 6 * u
                    col = [P["coral"], P["teal"], P["mustard"], P["navy"], P["plum"]][rng.randrange(5)]
                    c.rect(px - 1.6 * u, py - 1 * u, 3.2 * u, 3.6 * u, rx=u, fill=col)
                    c.circle(px, py - 2.4 * u, 1.3 * u, fill=[P["skin_2"], P["skin_4"], P["skin_3"]][rng.randrange(3)])
    c.rect(0, x.floor, x.w, x.h - x.floor, fill=P["grass"])
    for i in range(0, 8, 2):
        y0 = x.floor + (x.h - x.floor) * (i / 8) ** 1.3
        y1 = x.floor + (x.h - x.floor) * ((i + 1) / 8) ** 1.3
        c.rect(0, y0, x.w, y1 - y0, fill=P["grass_dark"], opacity=0.35)
    c.line([(0, x.floor), (x.w, x.floor)], INK, LB)
    if x.o.get("goal"):
        gx = x.X(x.o["goal"])
        c.rect(gx - 16 * u, x.floor - 14 * u, 32 * u, 16 * u, fill="none", stroke=P["white"], width=1.4 * u)
        for k in range(8):
            c.line([(gx - 16 * u + k * 4 * u, x.floor - 14 * u), (gx - 16 * u + k * 4 * u, x.floor + 2 * u)],
                   "#e8efe8", LB * 0.5)


def car_inside(c, x: Ctx):
    c.rect(0, 0, x.w, x.h, fill="#5a5f6c")
    u = x.u
    c.path(f"M{x.X(0.08)} {x.Y(0.62)} L{x.X(0.14)} {x.Y(0.12)} L{x.X(0.86)} {x.Y(0.12)} L{x.X(0.92)} {x.Y(0.62)} Z",
           fill="#f6dcb4", stroke=INK, width=LB)
    c.rect(x.X(0.14), x.Y(0.35), x.X(0.72), x.Y(0.27), fill="#cbbfa8")
    for i in range(5):
        px = x.X(0.16 + i * 0.16)
        c.path(blob([(px - 4 * u, x.Y(0.36)), (px, x.Y(0.22)), (px + 5 * u, x.Y(0.36))]), fill="#9fb59a",
               opacity=0.8)
    c.poly([(x.X(0.1), x.Y(0.12)), (x.X(0.9), x.Y(0.12)), (x.X(0.7), x.Y(0.5)), (x.X(0.3), x.Y(0.5))], fill="#ffffff",
           opacity=0.12)
    c.rect(x.X(0.5) - 0.6 * u, x.Y(0.12), 1.2 * u, x.Y(0.5), fill="#4a4f5c")
    c.rect(0, x.Y(0.62), x.w, x.h, fill="#6b7080")
    c.line([(0, x.Y(0.62)), (x.w, x.Y(0.62))], INK, LB)


def flat_parcels(c, x: Ctx):
    wall(c, x, "#cbbfb0", P["floor_dark"])
    u = x.u
    door(c, x, x.X(x.o.get("door_x", 0.5)), 22 * u, 56 * u, col="#7d6a5a", open_=0.6)
    from tools.art.props import parcel

    rng = x.rng
    for k in range(10):
        px = x.X(rng.choice((0.08, 0.16, 0.24, 0.78, 0.86, 0.94)))
        py = x.floor - (k % 3) * 9 * u + 6 * u
        s = u * 0.1
        with c.group(f"translate({px:.1f},{py:.1f}) scale({s:.4f})", lw=1 / s):
            parcel(c, w=1.0)


def interview_police(c, x: Ctx):
    wall(c, x, "#c8cbc6", "#8a8d88", skirting=False)
    u = x.u
    mx = x.X(x.o.get("mirror_x", 0.82))
    c.rect(mx - 14 * u, 12 * u, 28 * u, 20 * u, fill="#54606e", stroke=INK, width=LB * 1.4)
    c.poly([(mx - 10 * u, 12 * u), (mx - 4 * u, 12 * u), (mx - 12 * u, 32 * u), (mx - 14 * u, 32 * u), (mx - 14 * u, 22 * u)],
           fill="#ffffff", opacity=0.15)


def school_steps(c, x: Ctx):
    s1, s2 = sky_colours(x.light)
    c.rect(0, 0, x.w, x.h, fill=s1)
    u = x.u
    c.rect(0, 4 * u, x.w, x.floor, fill=P["brick"], stroke=INK, width=LB)
    door(c, x, x.X(0.5), 22 * u, 40 * u, col=P["teal"], glass=True)
    for i in range(int(x.w / (16 * u)) + 1):
        wx = i * 16 * u + 4 * u
        if abs(wx - x.X(0.5)) < 18 * u:
            continue
        c.rect(wx, 12 * u, 9 * u, 14 * u, fill=P["glass"], stroke=INK, width=LB * 0.8)
    for k in range(5):
        yy = x.floor + k * 6 * u
        c.rect(-u, yy, x.w + 2 * u, 6 * u, fill=mix("#b8b0a0", "#ffffff", 0.05 * k), stroke=INK, width=LB * 0.8)


def centre_entrance(c, x: Ctx):
    wall(c, x, "#f3e6cf", "#c8b49c")
    u = x.u
    # bright murals: big friendly shapes
    shapes = [(0.1, 26, 10, P["teal"]), (0.28, 40, 8, P["mustard"]), (0.7, 24, 12, P["coral"]), (0.9, 40, 7, P["lime"])]
    for px, py, r, col in shapes:
        c.circle(x.X(px), py * u, r * u, fill=col, opacity=0.85)
    c.path(f"M{x.X(0.0):.1f} {50 * u:.1f} Q{x.X(0.25):.1f} {34 * u:.1f} {x.X(0.5):.1f} {48 * u:.1f} "
           f"Q{x.X(0.75):.1f} {60 * u:.1f} {x.X(1.0):.1f} {44 * u:.1f}", stroke=P["plum"], width=2.4 * u)
    for k in range(5):
        c.path(heart_d(x.X(0.15 + k * 0.18), 12 * u, 2 * u), fill=P["pink"])
    door(c, x, x.X(x.o.get("door_x", 0.5)), 24 * u, 54 * u, col=P["glass"], glass=False)


def videowall(c, x: Ctx):
    """An office wall with a large screen (the screen content is drawn by the panel)."""
    prosecutor(c, x)


def plain(c, x: Ctx):
    col = P.get(x.o.get("col", "paper"), x.o.get("col"))
    c.rect(0, 0, x.w, x.h, fill=col)


def dark(c, x: Ctx):
    """A dark room behind a glowing screen: just shapes of furniture."""
    col = x.o.get("col", "#222a40")
    c.rect(0, 0, x.w, x.h, fill=col)
    u = x.u
    c.rect(0, x.Y(0.72), x.w, x.h, fill=mix(col, "#000000", 0.2))
    if x.o.get("window", True):
        wx = x.X(x.o.get("win_x", 0.82))
        c.rect(wx - 10 * u, 10 * u, 20 * u, 26 * u, fill=mix(col, "#6a7aa8", 0.35))
        c.circle(wx + 4 * u, 16 * u, 2 * u, fill="#d8dcc8", opacity=0.7)
        c.line([(wx, 10 * u), (wx, 36 * u)], mix(col, "#000000", 0.3), LB)


PLACES = {
    "living": living, "hall": hall, "kitchen": kitchen, "bedroom": bedroom, "corridor": corridor,
    "schoolyard": schoolyard, "office": office, "lab": lab, "prosecutor": prosecutor,
    "bus_station": bus_station, "bus_inside": bus_inside, "station_foreign": station_foreign, "street": street,
    "station_square": station_square, "industrial": industrial, "laundry": laundry, "bare_room": bare_room,
    "child_room": child_room, "observation": observation, "courtroom": courtroom, "court_corridor": court_corridor,
    "court_exterior": court_exterior, "pitch": pitch, "car_inside": car_inside, "flat_parcels": flat_parcels,
    "interview_police": interview_police, "school_steps": school_steps, "centre_entrance": centre_entrance,
    "videowall": videowall, "plain": plain, "dark": dark,
}
