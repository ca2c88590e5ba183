"""Screens seen close: phones, tablets and computer monitors, and what is on them.

Phone close-ups fill the panel with the screen, because the lettering stacks the chat messages from the top
of the panel on their sides (left: the other person, right: the phone's owner): the bubbles then sit on the
screen. So the app's own bar is thin, and what the notes ask to see (a profile picture, a padlock, a green
"active" dot, a pop-up) sits where the messages will not cover it. Nothing on a screen is readable text.
"""

from __future__ import annotations

import math

from tools.art.style import INK, LINE_BG, LINE_FIG, P, shade, tint
from tools.art.svg import Canvas, blob

LB = LINE_BG
LIGHT_APP = {"bg": "#f4f6f8", "bar": "#ffffff", "line": "#cfd6de", "bubble": "#e6e8ec", "mine": "#cfe8ff"}
DARK_APP = {"bg": "#1f2430", "bar": "#2a3040", "line": "#3a4254", "bubble": "#343b4c", "mine": "#3f5f86"}


def alex_avatar(c: Canvas, cx: float, cy: float, r: float):
    """Alex's profile picture: a smiling young man in a sports cap (a drawing, not a real person)."""
    c.circle(cx, cy, r, fill="#8fc1e3", stroke=INK, width=LB)
    c.path(f"M{cx - 0.75 * r} {cy + r * 0.95} Q{cx} {cy + 0.25 * r} {cx + 0.75 * r} {cy + r * 0.95} Z", fill=P["white"])
    c.ellipse(cx, cy + 0.05 * r, 0.38 * r, 0.44 * r, fill=P["skin_2"])
    c.path(f"M{cx - 0.42 * r} {cy - 0.12 * r} Q{cx} {cy - 0.75 * r} {cx + 0.42 * r} {cy - 0.12 * r} Z", fill=P["red"])
    c.path(f"M{cx + 0.05 * r} {cy - 0.16 * r} L{cx + 0.7 * r} {cy - 0.12 * r} L{cx + 0.4 * r} {cy - 0.02 * r} Z",
           fill=shade(P["red"], 0.25))
    c.path(f"M{cx - 0.16 * r} {cy + 0.22 * r} Q{cx} {cy + 0.36 * r} {cx + 0.16 * r} {cy + 0.22 * r}", stroke=INK,
           width=max(r * 0.06, 1.2))
    c.circle(cx - 0.14 * r, cy + 0.02 * r, r * 0.05, fill=INK)
    c.circle(cx + 0.14 * r, cy + 0.02 * r, r * 0.05, fill=INK)


def plain_avatar(c: Canvas, cx, cy, r, col="#c8ccd4", face=P["skin_3"]):
    c.circle(cx, cy, r, fill=col, stroke=INK, width=LB * 0.8)
    c.circle(cx, cy - 0.15 * r, 0.36 * r, fill=face)
    c.path(f"M{cx - 0.62 * r} {cy + 0.8 * r} Q{cx} {cy + 0.05 * r} {cx + 0.62 * r} {cy + 0.8 * r} Z", fill=face)


def padlock(c: Canvas, x, y, k, col="#e2b24f"):
    c.path(f"M{x - 0.5 * k} {y} L{x - 0.5 * k} {y - 0.45 * k} Q{x - 0.5 * k} {y - k} {x} {y - k} "
           f"Q{x + 0.5 * k} {y - k} {x + 0.5 * k} {y - 0.45 * k} L{x + 0.5 * k} {y}", stroke=col, width=k * 0.2)
    c.rect(x - 0.7 * k, y - 0.1 * k, 1.4 * k, 1.1 * k, rx=0.15 * k, fill=col)


def heart(c: Canvas, cx, cy, r, col=P["red"]):
    c.path(f"M{cx} {cy + r} C{cx - 1.6 * r} {cy - 0.1 * r} {cx - 0.9 * r} {cy - 1.3 * r} {cx} {cy - 0.5 * r} "
           f"C{cx + 0.9 * r} {cy - 1.3 * r} {cx + 1.6 * r} {cy - 0.1 * r} {cx} {cy + r} Z", fill=col)


def tick(c: Canvas, x, y, k, col="#3f9468"):
    c.line([(x - k, y), (x - 0.3 * k, y + 0.7 * k), (x + k, y - 0.8 * k)], col, k * 0.45)


def bars(c: Canvas, x, y, w, k, n=2, col="#b5bdc8"):
    """Lines that stand for words."""
    for i in range(n):
        c.rect(x, y + i * k * 1.8, w * (1 - 0.3 * (i % 2)), k, rx=k / 2, fill=col)


# ------------------------------------------------------------------------------------------- phones

class Phone:
    """A phone seen face on; the screen rectangle is (sx, sy, sw, sh)."""

    def __init__(self, c: Canvas, x0, y0, w, h, body="#2d3140", theme="light", glow=False):
        self.c = c
        self.theme = DARK_APP if theme == "dark" else LIGHT_APP
        r = w * 0.09
        if glow:
            for k, op in ((0.16, 0.10), (0.09, 0.12), (0.04, 0.14)):
                c.rect(x0 - w * k, y0 - w * k, w * (1 + 2 * k), h + 2 * w * k, rx=r + w * k, fill="#cfe8ff",
                       opacity=op)
        c.rect(x0, y0, w, h, rx=r, fill=body, stroke=INK, width=LINE_FIG)
        b = w * 0.035
        self.sx, self.sy, self.sw, self.sh = x0 + b, y0 + b, w - 2 * b, h - 2 * b
        c.rect(self.sx, self.sy, self.sw, self.sh, rx=r * 0.7, fill=self.theme["bg"])
        self.k = self.sw / 100.0

    def status(self):
        c, k = self.c, self.k
        col = "#9aa3b0"
        y = self.sy + 2.2 * k
        c.rect(self.sx + self.sw / 2 - 10 * k, self.sy + 0.6 * k, 20 * k, 3.4 * k, rx=1.7 * k, fill="#111318")
        c.rect(self.sx + 5 * k, y - 0.6 * k, 7 * k, 1.4 * k, rx=0.7 * k, fill=col)
        c.rect(self.sx + self.sw - 10 * k, y - 0.8 * k, 5 * k, 2 * k, rx=0.4 * k, fill=col)
        return self.sy + 5 * k

    def app_bar(self, who="alex", lock=False, active=False, height=11.0):
        c, k, t = self.c, self.k, self.theme
        top = self.status()
        h = height * k
        c.rect(self.sx, top, self.sw, h, fill=t["bar"])
        c.line([(self.sx, top + h), (self.sx + self.sw, top + h)], t["line"], LB * 0.6)
        cy = top + h / 2
        c.line([(self.sx + 6 * k, cy), (self.sx + 3.6 * k, cy - 2.4 * k)], "#8a94a4", k * 0.8)
        c.line([(self.sx + 3.6 * k, cy), (self.sx + 6 * k, cy + 2.4 * k)], "#8a94a4", k * 0.8)
        ax = self.sx + 14 * k
        if who == "alex":
            alex_avatar(c, ax, cy, 4 * k)
        elif who:
            plain_avatar(c, ax, cy, 4 * k, col={"mara": P["green"], "nadia": P["mustard"]}.get(who, "#c8ccd4"),
                         face={"nadia": P["skin_5"]}.get(who, P["skin_3"]))
        c.rect(ax + 6 * k, cy - 1.8 * k, 22 * k, 2.2 * k, rx=1.1 * k, fill="#8a94a4")
        if active:
            c.circle(ax + 3 * k, cy + 3 * k, 1.6 * k, fill="#3ecf6a", stroke=t["bar"], width=k * 0.6)
            c.rect(ax + 6 * k, cy + 1.4 * k, 12 * k, 1.6 * k, rx=0.8 * k, fill="#3ecf6a")
        if lock:
            padlock(c, self.sx + self.sw - 9 * k, cy + 1.6 * k, 3.2 * k)
        return top + h

    def input_bar(self):
        c, k, t = self.c, self.k, self.theme
        y = self.sy + self.sh - 12 * k
        c.rect(self.sx + 4 * k, y, self.sw - 18 * k, 7 * k, rx=3.5 * k, fill=t["bar"], stroke=t["line"],
               width=LB * 0.6)
        c.circle(self.sx + self.sw - 7 * k, y + 3.5 * k, 3.6 * k, fill=P["blue"])
        c.poly([(self.sx + self.sw - 8.6 * k, y + 2 * k), (self.sx + self.sw - 5 * k, y + 3.5 * k),
                (self.sx + self.sw - 8.6 * k, y + 5 * k)], fill=P["white"])
        return y

    def bubble(self, y, w, h, mine=False, col=None):
        c, k, t = self.c, self.k, self.theme
        x = self.sx + self.sw - 4 * k - w if mine else self.sx + 4 * k
        c.rect(x, y, w, h, rx=min(h / 2, 4 * k), fill=col or (t["mine"] if mine else t["bubble"]))
        return x

    def reflection(self, who="mara"):
        """A face faintly reflected in the glass."""
        c, k = self.c, self.k
        cx, cy = self.sx + self.sw * 0.6, self.sy + self.sh * 0.55
        c.ellipse(cx, cy, 22 * k, 27 * k, fill="#ffffff", opacity=0.07)
        c.path(blob([(cx + 10 * k, cy - 26 * k), (cx + 40 * k, cy - 10 * k), (cx + 44 * k, cy + 30 * k),
                     (cx + 24 * k, cy + 16 * k)]), fill="#ffffff", opacity=0.05)
        c.ellipse(cx - 8 * k, cy - 2 * k, 3 * k, 2 * k, fill="#ffffff", opacity=0.12)
        c.ellipse(cx + 10 * k, cy - 2 * k, 3 * k, 2 * k, fill="#ffffff", opacity=0.12)
        c.poly([(self.sx + self.sw * 0.1, self.sy), (self.sx + self.sw * 0.35, self.sy),
                (self.sx + self.sw * 0.05, self.sy + self.sh * 0.5), (self.sx, self.sy + self.sh * 0.5)],
               fill="#ffffff", opacity=0.06)


def phone_closeup(c: Canvas, W, H, *, theme="light", who="alex", lock=False, active=False, glow=False,
                  x0=0.08, x1=0.92, top=-0.06, bottom=1.12, content="chat", reflect=False, body="#2d3140"):
    w = (x1 - x0) * W
    ph = Phone(c, x0 * W, top * H, w, (bottom - top) * H, body=body, theme=theme, glow=glow)
    if content in ("chat", "chat_old", "delete", "seen", "vanished", "forward"):
        body_top = ph.app_bar(who=who, lock=lock, active=active)
        ph.input_bar()
        if content == "chat_old":
            # older messages scrolled up, mostly hidden: the lettering adds the new ones
            ph.bubble(body_top + 3 * ph.k, 40 * ph.k, 7 * ph.k)
    if reflect:
        ph.reflection()
    return ph


# ------------------------------------------------------------------------------------------- hands

def thumb_hand(c: Canvas, x, y, s, skin=P["skin_3"], sleeve=P["green"], side=1, thumb=True):
    """A hand holding a phone from below, the thumb over the screen; (x, y) is the thumb tip, s px per unit."""
    px, py = x + side * 80 * s, y + 150 * s
    c.path(blob([(px - 70 * s, py - 30 * s), (px - 20 * s, py - 75 * s), (px + 60 * s, py - 60 * s),
                 (px + 85 * s, py + 20 * s), (px + 60 * s, py + 120 * s), (px - 60 * s, py + 120 * s)]),
           fill=skin, stroke=INK, width=LINE_FIG)
    for i in range(3):
        fy = py - 50 * s + i * 34 * s
        c.line([(px + side * 30 * s, fy), (px + side * 62 * s, fy + 4 * s)], shade(skin, 0.25), LINE_FIG * 0.8)
    if thumb:
        base = (px - side * 30 * s, py - 20 * s)
        mid = (x + side * 18 * s, y + 60 * s)
        c.limb([base, mid, (x, y + 8 * s)], skin, 40 * s, INK, LINE_FIG)
        c.ellipse(x + side * 2 * s, y + 14 * s, 11 * s, 14 * s, fill=tint(skin, 0.3))
    c.rect(px - 80 * s, py + 110 * s, 170 * s, 120 * s, fill=sleeve, stroke=INK, width=LINE_FIG)


def finger(c: Canvas, x, y, s, skin=P["skin_3"], sleeve=None, angle=20, side=1):
    """An index finger pointing down-left at (x, y)."""
    a = math.radians(angle)
    def T(px, py):
        rx = px * math.cos(a) - py * math.sin(a)
        ry = px * math.sin(a) + py * math.cos(a)
        return (x + side * rx * s, y + ry * s)

    c.path(blob([T(-7, 0), T(7, 0), T(10, 50), T(30, 70), T(40, 140), T(-40, 140), T(-30, 80), T(-10, 50)]),
           fill=skin, stroke=INK, width=LINE_FIG)
    c.path(blob([T(-4, 3), T(4, 3), T(5, 12), T(-5, 12)]), fill=tint(skin, 0.3))
    if sleeve:
        c.rect(min(T(-50, 130)[0], T(50, 130)[0]) - 10 * s, max(T(-50, 130)[1], T(50, 130)[1]) - 20 * s,
               120 * s, 90 * s, fill=sleeve, stroke=INK, width=LINE_FIG)


# ------------------------------------------------------------------------------------------- monitors

def monitor_frame(c: Canvas, x0, y0, w, h, screen="#eef3f7"):
    c.rect(x0, y0, w, h, rx=w * 0.02, fill="#343946", stroke=INK, width=LINE_FIG)
    b = w * 0.025
    c.rect(x0 + b, y0 + b, w - 2 * b, h - 2 * b, fill=screen)
    return x0 + b, y0 + b, w - 2 * b, h - 2 * b


def window_chrome(c: Canvas, x, y, w, h, title_col="#c9d4e0"):
    c.rect(x, y, w, h, rx=w * 0.01, fill=P["white"], stroke="#9aa6b4", width=LB * 0.8)
    c.rect(x, y, w, h * 0.1, fill=title_col)
    for i, col in enumerate(("#e06a5a", "#e2b24f", "#5ab06a")):
        c.circle(x + w * 0.03 + i * w * 0.03, y + h * 0.05, h * 0.022, fill=col)
    return y + h * 0.1


def hash_screen(c: Canvas, x, y, w, h):
    top = window_chrome(c, x, y, w, h)
    k = h / 100
    c.rect(x + 6 * k, top + 8 * k, w - 12 * k, 8 * k, rx=4 * k, fill="#dfe6ec", stroke="#9aa6b4", width=LB * 0.6)
    c.rect(x + 6 * k, top + 8 * k, w - 12 * k, 8 * k, rx=4 * k, fill="#5ab06a")
    for row in range(2):
        yy = top + 30 * k + row * 24 * k
        c.rect(x + 6 * k, yy - 6 * k, w - 12 * k, 18 * k, rx=3 * k, fill="#f1f5f8", stroke="#c9d4e0", width=LB * 0.5)
        bx = x + 10 * k
        i = 0
        while bx < x + w - 30 * k:
            bw = (2.2 + ((i * 7) % 5) * 0.5) * k
            c.rect(bx, yy - 1 * k, bw, 6 * k, fill="#4a5a78")
            bx += bw + 1.1 * k
            i += 1
        tick(c, x + w - 18 * k, yy + 2 * k, 4 * k)


def form_screen(c: Canvas, x, y, w, h, filled=1):
    top = window_chrome(c, x, y, w, h)
    k = h / 100
    c.rect(x + 6 * k, top + 5 * k, w * 0.45, 7 * k, fill=P["police"])
    for i in range(4):
        yy = top + 18 * k + i * 16 * k
        c.rect(x + 6 * k, yy, w * 0.2, 4 * k, rx=2 * k, fill="#b5bdc8")
        c.rect(x + 6 * k + w * 0.24, yy - 3 * k, w * 0.6, 10 * k, fill=P["white"], stroke="#9aa6b4", width=LB * 0.6)
        if i < filled:
            c.rect(x + 9 * k + w * 0.24, yy, w * 0.3, 4 * k, rx=2 * k, fill="#33476b")
    c.rect(x + w - 30 * k, top + 80 * k, 24 * k, 9 * k, rx=3 * k, fill=P["blue"])


def map_screen(c: Canvas, x, y, w, h, mode="two", pin=False):
    """A map crossed by a dotted border, with profile icons joined by lines (no names, no places)."""
    c.rect(x, y, w, h, fill="#e6e9dc")
    k = min(w, h) / 100
    c.path(f"M{x} {y + h * 0.62} Q{x + w * 0.3} {y + h * 0.5} {x + w * 0.5} {y + h * 0.7} Q{x + w * 0.7} {y + h * 0.88} "
           f"{x + w} {y + h * 0.78}", stroke="#a9c8dc", width=5 * k)
    c.path(f"M{x + w * 0.08} {y} Q{x + w * 0.3} {y + h * 0.4} {x + w * 0.2} {y + h}", stroke="#d9cfaa", width=3 * k)
    bx = x + w * 0.52
    for i in range(int(h / (5 * k))):
        c.line([(bx + math.sin(i * 0.7) * 2 * k, y + i * 5 * k), (bx + math.sin(i * 0.7) * 2 * k, y + i * 5 * k + 2.5 * k)],
               "#c0564b", 1.3 * k)
    hub = (x + w * 0.74, y + h * 0.42)
    if mode == "two":
        for px, py in ((0.2, 0.3), (0.28, 0.72)):
            p = (x + w * px, y + h * py)
            c.line([p, hub], "#e07a3a", 1.6 * k)
            plain_avatar(c, p[0], p[1], 7 * k, col="#f3dfc8")
    elif mode == "fan":
        for i in range(14):
            a = math.radians(-150 + i * (300 / 13))
            p = (hub[0] + math.cos(a) * 30 * k, hub[1] + math.sin(a) * 30 * k)
            c.line([hub, p], "#e07a3a", 0.9 * k)
            plain_avatar(c, p[0], p[1], 4.2 * k, col="#f3dfc8")
        for px, py in ((0.2, 0.3), (0.28, 0.72)):
            p = (x + w * px, y + h * py)
            c.line([p, hub], "#e07a3a", 1.6 * k)
            plain_avatar(c, p[0], p[1], 6 * k, col="#f3dfc8")
    if mode != "none":
        c.circle(hub[0], hub[1], 5 * k, fill="#e07a3a", stroke=INK, width=LB)
        c.circle(hub[0], hub[1], 2 * k, fill=P["white"])
    if pin:
        px, py = x + w * 0.78, y + h * 0.5
        c.path(f"M{px} {py} C{px - 8 * k} {py - 10 * k} {px - 6 * k} {py - 18 * k} {px} {py - 18 * k} "
               f"C{px + 6 * k} {py - 18 * k} {px + 8 * k} {py - 10 * k} {px} {py} Z", fill=P["red"], stroke=INK,
               width=LB)
        c.circle(px, py - 12 * k, 2.4 * k, fill=P["white"])
        for i in range(4):
            c.line([(x + w * (0.6 + i * 0.1), y), (x + w * (0.6 + i * 0.1), y + h)], "#d8d2bc", 1.4 * k)
            c.line([(x + w * 0.55, y + h * (0.2 + i * 0.2)), (x + w, y + h * (0.2 + i * 0.2))], "#d8d2bc", 1.4 * k)


def chat_history(c: Canvas, x, y, w, h, gaps=False):
    top = window_chrome(c, x, y, w, h)
    k = h / 100
    yy = top + 4 * k
    i = 0
    while yy < y + h - 8 * k:
        if gaps and i % 3 != 0:
            c.rect(x + 4 * k, yy, w - 8 * k, 10 * k, fill="#d9dde2")
            yy += 13 * k
            i += 1
            continue
        mine = i % 3 == 1
        bw = w * (0.3 + ((i * 13) % 7) * 0.04)
        bx = x + w - 4 * k - bw if mine else x + 4 * k
        c.rect(bx, yy, bw, 6 * k, rx=3 * k, fill="#cfe8ff" if mine else "#e6e8ec")
        c.rect(bx + 2 * k, yy + 2.2 * k, bw * 0.7, 1.6 * k, fill="#8a94a4")
        yy += 9 * k
        i += 1


def recovery_screen(c: Canvas, x, y, w, h):
    top = window_chrome(c, x, y, w, h)
    k = h / 100
    c.rect(x + 6 * k, top + 6 * k, w - 12 * k, 7 * k, rx=3 * k, fill="#5ab06a")
    c.rect(x + 6 * k, top + 18 * k, w - 12 * k, h * 0.62, fill="#f3f5f7", stroke="#c9d4e0", width=LB * 0.5)
    cx, cy = x + w / 2, top + 18 * k + h * 0.31
    c.rect(cx - 10 * k, cy - 8 * k, 20 * k, 16 * k, rx=2 * k, fill="none", stroke="#9aa6b4", width=1.6 * k)
    c.line([(cx - 10 * k, cy - 2 * k), (cx + 10 * k, cy - 2 * k)], "#9aa6b4", 1.2 * k)
    c.rect(x + 6 * k, top + 22 * k, w * 0.22, 3 * k, fill="#b5bdc8")


def email_screen(c: Canvas, x, y, w, h):
    top = window_chrome(c, x, y, w, h)
    k = h / 100
    c.rect(x + 4 * k, top + 4 * k, w - 8 * k, 12 * k, fill="#f6e3e0")
    c.circle(x + 12 * k, top + 10 * k, 4 * k, fill=P["red"])
    c.rect(x + 11 * k, top + 7 * k, 2 * k, 4 * k, fill=P["white"])
    c.rect(x + 20 * k, top + 8.5 * k, w * 0.4, 3 * k, fill="#b06a60")
    for i in range(6):
        c.rect(x + 8 * k, top + 24 * k + i * 9 * k, (w - 16 * k) * (0.95 - 0.12 * (i % 3)), 3.4 * k, rx=1.7 * k,
               fill="#b5bdc8")


def login_screen(c: Canvas, x, y, w, h):
    c.rect(x, y, w, h, fill="#eef1f6")
    k = w / 100
    plain_avatar(c, x + w / 2, y + h * 0.3, 11 * k)
    for i in range(2):
        c.rect(x + 18 * k, y + h * 0.5 + i * 12 * k, 64 * k, 8 * k, rx=3 * k, fill=P["white"], stroke="#b5bdc8",
               width=LB * 0.6)
    for i in range(5):
        c.circle(x + 24 * k + i * 5 * k, y + h * 0.5 + 16 * k, 1.3 * k, fill="#4a5a78")
    c.rect(x + 30 * k, y + h * 0.5 + 27 * k, 40 * k, 8 * k, rx=4 * k, fill=P["blue"])
    padlock(c, x + w / 2, y + h * 0.14, 4 * k, col="#8a94a4")


def video_window(c: Canvas, x, y, w, h, bg="#d9d0c0"):
    c.rect(x, y, w, h, rx=min(w, h) * 0.03, fill=bg, stroke=INK, width=LB)
