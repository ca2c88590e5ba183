"""Symbolic panels: the cover, the how-to-read diagrams, choice and ending banners, help-page icons.

These carry no story moment, so they use the palette as flat symbols: a phone, a chat bubble, a heart, a
sealed evidence bag, a shield of hands, paths to three doors. They leave the lettering areas plain.
"""

from __future__ import annotations

import math
import random

from tools.art.cast import look_for
from tools.art.figures import Pose, draw_figure
from tools.art.props import draw_prop, held, plane
from tools.art.screens import heart, padlock
from tools.art.style import INK, LINE_BG, LINE_FIG, P, mix, shade, tint
from tools.art.svg import blob

LB = LINE_BG


def _fig(c, who, x, y, r, light, outfit=None, **pose):
    return draw_figure(c, look_for(who, outfit), x, y, r, Pose(**pose), light, props_draw=held)


def bubble(c, x, y, w, h, fill="#ffffff", tail=-1, glow=None, dots=True, stroke=INK):
    """A blank chat bubble (three dots or lines, never words)."""
    if glow:
        for k, op in ((0.5, 0.1), (0.28, 0.14)):
            c.rect(x - w * k / 2, y - h * k, w * (1 + k), h * (1 + 2 * k), rx=h * (0.5 + k), fill=glow, opacity=op)
    c.rect(x, y, w, h, rx=h * 0.45, fill=fill, stroke=stroke, width=LB)
    tx = x + (w * 0.2 if tail < 0 else w * 0.8)
    c.poly([(tx - h * 0.2, y + h - 1), (tx + tail * h * 0.35, y + h * 1.35), (tx + h * 0.2, y + h - 1)], fill=fill)
    c.line([(tx - h * 0.2, y + h), (tx + tail * h * 0.35, y + h * 1.35), (tx + h * 0.2, y + h)], stroke, LB)
    if dots:
        for i in range(3):
            c.circle(x + w * (0.3 + i * 0.2), y + h / 2, h * 0.1, fill="#8a94a4")


def phone_icon(c, x, y, h, screen="#cfe8ff", body="#2d3140"):
    w = h * 0.55
    c.rect(x - w / 2, y - h / 2, w, h, rx=w * 0.18, fill=body, stroke=INK, width=LB)
    c.rect(x - w / 2 + w * 0.1, y - h / 2 + w * 0.14, w * 0.8, h - w * 0.28, rx=w * 0.08, fill=screen)
    c.circle(x, y + h / 2 - w * 0.08, w * 0.04, fill="#596074")


def profile(c, x, y, r, col="#9fb0d0", face=None, stroke=None):
    """A faceless profile icon."""
    c.circle(x, y, r, fill=col, stroke=stroke, width=LB * 0.8 if stroke else 0)
    c.circle(x, y - 0.18 * r, 0.36 * r, fill=face or tint(col, 0.45))
    c.path(f"M{x - 0.6 * r} {y + 0.78 * r} Q{x} {y + 0.05 * r} {x + 0.6 * r} {y + 0.78 * r} Z", fill=face or tint(col, 0.45))


# ------------------------------------------------------------------------------------------- cover

def cover(c, panel, light):
    W, H = panel.w, panel.h
    rng = random.Random(7)
    # dusk sky: one gradient, the only one in the book
    c.parts.append('<defs><linearGradient id="dusk" x1="0" y1="0" x2="0" y2="1">'
                   '<stop offset="0" stop-color="#f7ead8"/><stop offset="0.17" stop-color="#f0d2bd"/>'
                   '<stop offset="0.34" stop-color="#c7a6c2"/><stop offset="0.55" stop-color="#6f6a9e"/>'
                   '<stop offset="0.85" stop-color="#3d3f6f"/>'
                   '</linearGradient></defs>')
    c.parts.append(f'<rect x="0" y="0" width="{W:.1f}" height="{H:.1f}" fill="url(#dusk)"/>')
    c.circle(W * 0.8, H * 0.27, H * 0.035, fill="#fff6e6", opacity=0.7)
    # a faint map: land shapes and a dotted border running through it
    for pts in ([(0.0, 0.3), (0.3, 0.26), (0.46, 0.36), (0.4, 0.52), (0.2, 0.6), (0.0, 0.56)],
                [(0.55, 0.28), (0.9, 0.24), (1.05, 0.3), (1.05, 0.62), (0.78, 0.66), (0.6, 0.5)],
                [(0.1, 0.62), (0.45, 0.6), (0.62, 0.7), (0.3, 0.76), (0.05, 0.74)]):
        c.path(blob([(x * W, y * H) for x, y in pts]), fill="#ffffff", opacity=0.07)
    border = [(W * (0.58 + 0.06 * math.sin(i * 0.5)), H * (0.24 + i * 0.012)) for i in range(40)]
    for i in range(0, len(border) - 1, 2):
        c.line([border[i], border[i + 1]], "#f4d9a8", 5, opacity=0.55)
    # the network: faceless profiles joined to glowing chat bubbles
    hub = (W * 0.5, H * 0.56)
    bubbles = [(0.12, 0.36, -1), (0.66, 0.31, 1), (0.16, 0.52, -1), (0.74, 0.47, 1), (0.08, 0.68, -1),
               (0.7, 0.63, 1)]
    profiles = [(0.3, 0.26), (0.9, 0.23), (0.04, 0.44), (0.93, 0.39), (0.28, 0.62), (0.95, 0.56), (0.86, 0.72),
                (0.16, 0.78), (0.5, 0.24)]
    bw, bh = W * 0.2, H * 0.045
    for i, (bx, by, t) in enumerate(bubbles):
        px, py = profiles[i]
        c.line([(bx * W + bw / 2, by * H + bh / 2), (px * W, py * H)], "#f7e3c0", 3, opacity=0.6)
        c.line([(bx * W + bw / 2, by * H + bh / 2), hub], "#f7e3c0", 2.4, opacity=0.35)
    for px, py in profiles[6:]:
        c.line([(px * W, py * H), hub], "#f7e3c0", 2.4, opacity=0.35)
    for px, py in profiles:
        c.circle(px * W, py * H, H * 0.026, fill="#f4d9a8", opacity=0.2)
        profile(c, px * W, py * H, H * 0.018, col="#8795c0", face="#c3cbe6")
    for i, (bx, by, t) in enumerate(bubbles):
        bubble(c, bx * W, by * H, bw, bh, fill="#fdf6ea" if i % 2 else "#dff0ff", tail=t, glow="#fff3d6",
               dots=i % 3 != 1)
        if i % 3 == 1:
            heart(c, bx * W + bw / 2, by * H + bh / 2, bh * 0.25, col="#e0727e")
    # the town at the horizon, and the ground she stands on
    base = H * 0.86
    x = 0.0
    while x < W:
        bw2 = W * (0.05 + rng.random() * 0.07)
        bh2 = H * (0.03 + rng.random() * 0.07)
        c.rect(x, base - bh2, bw2, bh2 + 4, fill="#3b3556")
        for _ in range(3):
            if rng.random() < 0.7:
                c.rect(x + rng.random() * (bw2 - 12), base - bh2 + rng.random() * (bh2 - 16) + 6, 9, 12,
                       fill="#f3d58a", opacity=0.8)
        x += bw2
    # Mara, seen from a little below and close: the rise of the ground in front hides her legs
    r = H * 0.058
    hx, hy = W * 0.5, H * 0.4
    for k, op in ((5.0, 0.06), (3.4, 0.08)):
        c.ellipse(hx, hy + 2.5 * r, r * k, r * k * 1.1, fill="#fff1d6", opacity=op)
    with c.toned(lambda col: mix(col, "#3b3566", 0.3)):
        _fig(c, "mara", hx, hy, r, light, arms="phone", hold="phone_lit", expr="worried", facing=1, gaze=(0.3, 1))
    # the phone's light on her face and hands
    for k, op in ((1.3, 0.12), (0.8, 0.14)):
        c.ellipse(hx + 0.25 * r, hy + 0.6 * r, r * k, r * k * 0.8, fill="#e6f4ff", opacity=op)
    c.ellipse(hx + 0.2 * r, hy + 3.4 * r, r * 1.6, r * 1.0, fill="#e6f4ff", opacity=0.12)
    c.path(f"M0 {base + 4} Q{W * 0.5} {base - H * 0.03} {W} {base + 4} L{W} {H} L0 {H} Z", fill="#e9e0e6")
    c.path(f"M0 {base + 4} Q{W * 0.5} {base - H * 0.03} {W} {base + 4}", stroke="#b9aec4", width=4)


# ------------------------------------------------------------------------------------------- how to read

def how_hands(c, panel, light):
    W, H = panel.w, panel.h
    cx, top, bot = W * 0.79, H * 0.08, H * 0.84
    pw = W * 0.165
    tip = (cx, bot)
    # an open comic: two pages with panels, a choice box at the bottom of the right page
    for side in (-1, 1):
        x0 = cx if side > 0 else cx - pw
        c.rect(x0, top, pw, bot - top, fill=P["paper"], stroke=INK, width=LB)
        rows = [(0.05, 0.3), (0.38, 0.28)] if side > 0 else [(0.05, 0.3), (0.38, 0.28), (0.69, 0.26)]
        for ry, rh in rows:
            for k in range(2):
                c.rect(x0 + pw * (0.06 + k * 0.46), top + (bot - top) * ry, pw * 0.42, (bot - top) * rh,
                       fill=[P["wall_blue"], P["wall_sage"], P["wall_warm"], P["wall_lilac"]][(k + int(ry * 10)) % 4],
                       stroke=INK, width=LB * 0.7)
        if side > 0:
            by = top + (bot - top) * 0.7
            c.rect(x0 + pw * 0.06, by, pw * 0.88, (bot - top) * 0.25, rx=8, fill=P["choice"], stroke=INK, width=LB)
            for k in range(2):
                oy = by + (bot - top) * (0.06 + k * 0.1)
                c.circle(x0 + pw * 0.16, oy + 6, 7, fill=P["white"], stroke=INK, width=LB * 0.7)
                c.rect(x0 + pw * 0.24, oy, pw * 0.6, 12, rx=6, fill="#8a7a5a")
            tip = (x0 + pw * 0.5, by + (bot - top) * 0.06 + 14)
    c.line([(cx, top), (cx, bot)], INK, LB)
    c.path(f"M{cx - pw} {bot} Q{cx - pw / 2} {bot + 14} {cx} {bot} Q{cx + pw / 2} {bot + 14} {cx + pw} {bot}",
           stroke=INK, width=LB)
    # hands holding it from below, and a finger pointing at one option
    from tools.art.props import hand

    look = look_for("nadia")
    s = H / 900
    for x, rot in ((cx - pw * 0.8, 12), (cx + pw * 0.85, -12)):
        with c.group(f"translate({x:.1f},{bot + H * 0.08:.1f}) rotate({rot}) scale({s:.4f})", lw=1 / s):
            hand(c, skin=look.skin, sleeve=look.top_col, kind="grip")
    with c.group(f"translate({tip[0] + 20 * s:.1f},{tip[1] + 150 * s:.1f}) rotate(-8) scale({s:.4f})", lw=1 / s):
        _pointing(c, look.skin, look.top_col)


def _pointing(c, skin, sleeve):
    """A hand with the index finger pointing up; the fingertip is at (0, -150)."""
    c.limb([(0, -40), (0, -150)], skin, 28, INK, LINE_FIG)
    c.path(blob([(-50, -40), (40, -50), (56, 20), (30, 60), (-40, 60), (-58, 10)]), fill=skin, stroke=INK,
           width=LINE_FIG)
    for fx in (-30, -10, 12):
        c.ellipse(fx + 20, -40, 16, 12, fill=shade(skin, 0.08), stroke=INK, width=LINE_FIG * 0.6)
    c.rect(-60, 56, 124, 140, fill=sleeve, stroke=INK, width=LINE_FIG)


def door_icon(c, x, y, h, col):
    w = h * 0.55
    c.rect(x - w / 2 - 6, y - h - 6, w + 12, h + 6, rx=4, fill=shade(col, 0.3), stroke=INK, width=LB)
    c.rect(x - w / 2, y - h, w, h, rx=3, fill=col, stroke=INK, width=LB)
    c.circle(x + w * 0.3, y - h * 0.48, h * 0.04, fill=P["mustard"], stroke=INK, width=LB * 0.6)


def how_paths(c, panel, light):
    W, H = panel.w, panel.h
    col = "#6b7fa8"
    lw = H * 0.035
    start = (W * 0.04, H * 0.52)
    s1 = (W * 0.13, H * 0.52)
    s2 = (W * 0.23, H * 0.66)
    ends = [(W * 0.35, H * 0.3), (W * 0.35, H * 0.6), (W * 0.35, H * 0.88)]
    paths = [f"M{start[0]} {start[1]} L{s1[0]} {s1[1]} C{s1[0] + W * 0.08} {s1[1]} {ends[0][0] - W * 0.12} {ends[0][1]} {ends[0][0] - W * 0.03} {ends[0][1]}",
             f"M{s1[0]} {s1[1]} C{s1[0] + W * 0.05} {s1[1]} {s2[0] - W * 0.05} {s2[1]} {s2[0]} {s2[1]}",
             f"M{s2[0]} {s2[1]} C{s2[0] + W * 0.05} {s2[1]} {ends[1][0] - W * 0.08} {ends[1][1]} {ends[1][0] - W * 0.03} {ends[1][1]}",
             f"M{s2[0]} {s2[1]} C{s2[0] + W * 0.05} {s2[1]} {ends[2][0] - W * 0.08} {ends[2][1]} {ends[2][0] - W * 0.03} {ends[2][1]}"]
    for d in paths:
        c.path(d, stroke=INK, width=lw + 2 * LB)
    for d in paths:
        c.path(d, stroke=col, width=lw)
    for p in (s1, s2):
        c.circle(p[0], p[1], lw * 0.9, fill=P["choice"], stroke=INK, width=LB)
    c.circle(start[0], start[1], lw * 0.7, fill=P["green"], stroke=INK, width=LB)
    for (x, y), dc in zip(ends, (P["ending"], P["mustard"], P["grey_light"])):
        door_icon(c, x, y + H * 0.09, H * 0.18, dc)


def how_note(c, panel, light):
    W, H = panel.w, panel.h
    x, y, h = W * 0.955, H * 0.8, H * 0.26
    phone_icon(c, x, y, h)
    bubble(c, x - h * 0.42, y - h * 0.9, h * 0.5, h * 0.24, fill="#ffffff", tail=1, dots=False)
    heart(c, x - h * 0.17, y - h * 0.78, h * 0.07, col="#e0727e")


# ------------------------------------------------------------------------------------------- choices and endings

def silhouette(c, who, x, y, r, light, col="#8a7350", **pose):
    with c.toned(lambda _c: col):
        _fig(c, who, x, y, r, light, **pose)


def choice_silhouette(who, prop):
    def draw(c, panel, light):
        W, H = panel.w, panel.h
        r = H * 0.075
        hold = "phone" if prop == "phone" else "tablet"
        silhouette(c, who, W * 0.07, H * 0.36, r, light, arms="hold2" if prop == "tablet" else "phone", hold=hold,
                   facing=1, expr="worried", outfit="coat_off" if who == "mum" else None)
        c.circle(W * 0.12, H * 0.2, H * 0.05, fill="none", stroke="#8a7350", width=LB * 1.5)
        c.circle(W * 0.14, H * 0.12, H * 0.025, fill="none", stroke="#8a7350", width=LB * 1.2)
    return draw


def evidence_icon(c, x, y, h):
    s = h / 260
    draw_prop(c, "evidence_bag", x, y, s, content="phone")


def handshake(c, x, y, h):
    """Two hands meeting over a dotted border line."""
    for i in range(9):
        c.line([(x, y - h * 0.55 + i * h * 0.13), (x, y - h * 0.5 + i * h * 0.13)], P["red"], LB * 1.4)
    s = h / 300
    for side, look in ((-1, look_for("novak")), (1, look_for("weber"))):
        with c.group(f"translate({x + side * h * 0.2:.1f},{y:.1f}) rotate({90 * -side}) scale({s:.4f})", lw=1 / s):
            from tools.art.props import hand

            hand(c, skin=look.skin, sleeve=look.top_col, kind="grip")


def ending_secured(c, panel, light):
    W, H = panel.w, panel.h
    y, h = H * 0.11, H * 0.16
    phone_icon(c, W * 0.36, y, h)
    evidence_icon(c, W * 0.5, y, h)
    handshake(c, W * 0.64, y, h)


def ending_folder(c, panel, light):
    W, H = panel.w, panel.h
    s = H / 1400
    draw_prop(c, "folder", W * 0.5, H * 0.11, s, half=True)


def phone_handover(c, panel, light):
    W, H = panel.w, panel.h
    c.ellipse(W * 0.5, H * 0.48, W * 0.42, H * 0.26, fill="#ffffff", opacity=0.5)
    from tools.art.props import hand

    s = H / 900
    nadia, berger = look_for("nadia"), look_for("counsellor")
    with c.group(f"translate({W * 0.3:.1f},{H * 0.62:.1f}) rotate(40) scale({s:.4f})", lw=1 / s):
        hand(c, skin=nadia.skin, sleeve=nadia.top_col, kind="grip")
    pw, ph = H * 0.2, H * 0.36
    px, py = W * 0.42, H * 0.3
    c.rect(px, py, pw, ph, rx=pw * 0.12, fill="#2d3140", stroke=INK, width=LINE_FIG)
    c.rect(px + pw * 0.07, py + pw * 0.1, pw * 0.86, ph - pw * 0.2, rx=pw * 0.05, fill="#f4f6f8")
    for i in range(5):
        mine = i % 2 == 1
        bw = pw * (0.45 + 0.1 * (i % 3))
        bx = px + pw * 0.93 - bw - pw * 0.04 if mine else px + pw * 0.11
        c.rect(bx, py + pw * 0.18 + i * ph * 0.15, bw, ph * 0.1, rx=ph * 0.05, fill="#cfe8ff" if mine else "#e6e8ec")
    with c.group(f"translate({W * 0.8:.1f},{H * 0.5:.1f}) rotate(-75) scale({s:.4f})", lw=1 / s):
        hand(c, skin=berger.skin, sleeve=berger.top_col, kind="open")


def envelope_server(c, panel, light):
    W, H = panel.w, panel.h
    u = H / 100
    # police computer
    x0, y0, w, h = W * 0.06, H * 0.42, W * 0.32, H * 0.3
    c.rect(x0, y0, w, h, rx=u, fill="#343946", stroke=INK, width=LB)
    c.rect(x0 + u, y0 + u, w - 2 * u, h - 2 * u, fill="#e6eef5")
    c.path(f"M{x0 + w / 2} {y0 + h * 0.2} L{x0 + w / 2 + 6 * u} {y0 + h * 0.3} L{x0 + w / 2 + 5 * u} {y0 + h * 0.6} "
           f"L{x0 + w / 2} {y0 + h * 0.75} L{x0 + w / 2 - 5 * u} {y0 + h * 0.6} L{x0 + w / 2 - 6 * u} {y0 + h * 0.3} Z",
           fill=P["police"], stroke=INK, width=LB)
    c.rect(x0 + w / 2 - 2 * u, y0 + h, 4 * u, 6 * u, fill=P["grey_dark"])
    c.rect(x0 + w / 2 - 8 * u, y0 + h + 6 * u, 16 * u, 2 * u, fill=P["grey_dark"])
    # the platform's server
    s = H / 900
    draw_prop(c, "server", W * 0.82, H * 0.62, s)
    # the envelope flying between them, on a dotted arc
    for i in range(12):
        t = i / 11
        x = W * (0.4 + t * 0.32)
        y = H * (0.5 - math.sin(t * math.pi) * 0.14)
        c.circle(x, y, u * 0.7, fill=P["blue"], opacity=0.6)
    draw_prop(c, "envelope", W * 0.56, H * 0.38, s * 1.4, rot=-8)
    for i in range(3):
        c.line([(W * 0.49 - i * 2 * u, H * (0.35 + i * 0.03)), (W * 0.44 - i * 2 * u, H * (0.36 + i * 0.03))],
               P["blue"], LB)
    # early morning: a small clock and the sun coming up
    cx, cy = W * 0.5, H * 0.84
    c.path(f"M{cx - 14 * u} {cy + 5 * u} Q{cx} {cy - 12 * u} {cx + 14 * u} {cy + 5 * u} Z", fill="#f6d68e")
    draw_prop(c, "clock", cx, cy - 2 * u, H / 1800, h=6, m=0)


def tablet_pouch(c, panel, light):
    W, H = panel.w, panel.h
    s = H / 560
    draw_prop(c, "pouch", W * 0.5, H * 0.72, s)
    with c.group(f"translate({W * 0.52:.1f},{H * 0.46:.1f}) rotate(-10)"):
        draw_prop(c, "tablet", 0, 0, s * 0.85)
        plane(c, 0, 0, s * 0.6, "#ffffff")
    # the pouch's front edge over the tablet: it is sliding in
    c.path(f"M{W * 0.5 - 100 * s} {H * 0.72 - 110 * s} L{W * 0.5 + 100 * s} {H * 0.72 - 110 * s} "
           f"L{W * 0.5 + 104 * s} {H * 0.72 - 60 * s} L{W * 0.5 - 104 * s} {H * 0.72 - 60 * s} Z",
           fill="#8a8e96", stroke=INK, width=LB)
    c.rect(W * 0.5 - 100 * s, H * 0.72 - 110 * s, 200 * s, 18 * s, fill="#6d717a", stroke=INK, width=LB * 0.7)
    for i in range(3):
        c.line([(W * 0.8, H * (0.32 + i * 0.06)), (W * 0.86, H * (0.3 + i * 0.06))], "#8a94a4", LB * 1.4)


def handshake_map(c, panel, light):
    W, H = panel.w, panel.h
    c.rect(0, H * 0.7, W, H * 0.3, fill="#e9e4d0")
    c.path(f"M0 {H * 0.8} Q{W * 0.3} {H * 0.74} {W * 0.5} {H * 0.84} Q{W * 0.7} {H * 0.94} {W} {H * 0.86}",
           stroke="#a9c4d8", width=H * 0.025)
    for i in range(10):
        c.line([(W * 0.5, H * (0.36 + i * 0.065)), (W * 0.5, H * (0.39 + i * 0.065))], P["red"], LB * 1.6)
    r = H * 0.075
    _fig(c, "costa", W * 0.13, H * 0.52, r * 0.95, light, arms="down", expr="smile", facing=1)
    _fig(c, "haller", W * 0.87, H * 0.5, r, light, arms="down", expr="smile", facing=-1)
    _fig(c, "novak", W * 0.33, H * 0.52, r * 0.95, light, arms="hand_shake", expr="smile", facing=1)
    _fig(c, "weber", W * 0.67, H * 0.5, r, light, arms="hand_shake", expr="smile", facing=-1)


def go_back(c, panel, light):
    W, H = panel.w, panel.h
    cx, cy, R = W * 0.5, H * 0.56, H * 0.22
    d = (f"M{cx + R} {cy + R * 0.2} C{cx + R * 1.05} {cy - R * 0.9} {cx - R * 0.9} {cy - R * 1.1} "
         f"{cx - R * 1.05} {cy - R * 0.1}")
    c.path(d, stroke=INK, width=H * 0.05 + 2 * LB)
    c.path(d, stroke=P["teal"], width=H * 0.05)
    ax, ay = cx - R * 1.05, cy - R * 0.1
    c.poly([(ax - H * 0.07, ay - H * 0.02), (ax + H * 0.05, ay - H * 0.04), (ax - H * 0.01, ay + H * 0.08)],
           fill=P["teal"], stroke=INK, width=LB)
    _fig(c, "nadia", cx, cy + R * 0.05, H * 0.045, light, arms="phone", hold="phone", expr="determined", facing=1)


def corner_icon(kind):
    def draw(c, panel, light):
        W, H = panel.w, panel.h
        h = H * 0.13
        x, y = W - h * 0.75, H - h * 0.75
        if kind == "phone":
            phone_icon(c, x, y, h)
        else:
            bubble(c, x - h * 0.5, y - h * 0.3, h, h * 0.55, fill="#ffffff", tail=1)
    return draw


def heading_icon(kind):
    def draw(c, panel, light):
        W, H = panel.w, panel.h
        h = H * 0.11
        x, y = W * 0.07, H * 0.12
        if kind == "warning":
            c.poly([(x, y - h / 2), (x + h * 0.56, y + h / 2), (x - h * 0.56, y + h / 2)], fill=P["mustard"],
                   stroke=INK, width=LB)
            c.rect(x - h * 0.05, y - h * 0.18, h * 0.1, h * 0.38, rx=h * 0.04, fill=INK)
            c.circle(x, y + h * 0.33, h * 0.055, fill=INK)
        else:
            phone_icon(c, x, y, h * 1.1)
            padlock(c, x, y + h * 0.16, h * 0.22, col=P["green"])
    return draw


# The flag of Europe as the EU's emblem rules draw it: a 3:2 reflex-blue rectangle, twelve upright five-pointed
# gold stars on a circle whose radius is a third of the height, each star one eighteenth of the height in radius.
EU_BLUE = "#003399"
EU_GOLD = "#ffcc00"


def eu_flag(c, cx, cy, h):
    w = h * 1.5
    c.rect(cx - w / 2, cy - h / 2, w, h, fill=EU_BLUE)
    outer = h / 18
    inner = outer * 0.381966          # a regular star: the inner points on the pentagon of the outer ones
    for i in range(12):
        a = 2 * math.pi * i / 12
        sx, sy = cx + h / 3 * math.sin(a), cy - h / 3 * math.cos(a)
        pts = []
        for j in range(10):
            r = outer if j % 2 == 0 else inner
            b = math.pi * j / 5              # j = 0 is the top point: the stars stand upright, like clock hours
            pts.append((sx + r * math.sin(b), sy - r * math.cos(b)))
        c.poly(pts, fill=EU_GOLD)


def funding_emblem(c, panel, light):
    """The help page's credits panel: the EU emblem on the left, clear of the lettering in the middle (the words
    "Funded by the European Union" are lettered from the script, so they are translated)."""
    W, H = panel.w, panel.h
    h = min(H * 0.3, W * 0.17 / 1.5)
    eu_flag(c, W * 0.1, H * 0.4, h)
