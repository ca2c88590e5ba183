"""People: one body kit for the whole cast, posed and lit per panel.

A figure is drawn in its own coordinates, where the head's radius is 100 units, the head's centre is the
origin, y runs down and the face looks towards +x. The panel places it with one transform (translate, scale,
and a mirror for figures facing left), so every character keeps the same proportions at every size.
Proportions are a little stylised (about six heads tall) to keep faces readable in small panels.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tools.art.cast import Look
from tools.art.style import INK, LINE_FIG, P, Light, mix, shade, tint
from tools.art.svg import Canvas, blob, num

MOUTH_Y = 68          # mouth below the head centre, in head units (the balloon tail points here)
FACE_X = 22           # features shift towards the face direction: a three-quarter view
BLUSH = "#e58f86"
TEAR = "#bfe3f5"


@dataclass(frozen=True)
class Pose:
    body: str = "stand"          # stand walk sit sit_front crouch bust head prone
    arms: str = "down"           # see ARMS
    expr: str = "neutral"        # see EXPR
    facing: int = 1              # 1 looks right, -1 looks left
    view: str = "front"          # front | back
    hold: str | None = None      # prop in the front hand (props.HELD)
    hold_b: str | None = None    # prop in the back hand
    gaze: tuple[float, float] = (0.0, 0.0)   # pupils, -1..1
    tilt: float = 0.0            # head tilt, degrees
    lean: float = 0.0            # body lean about the hips, degrees
    cut: float | None = None     # end the body at this height (head units): people inside video windows


@dataclass
class Placed:
    """Where a drawn figure's parts ended up, in panel pixels (for props and checks)."""

    head: tuple[float, float]
    r: float
    hand_f: tuple[float, float]
    hand_b: tuple[float, float]
    extra: dict = field(default_factory=dict)


BUILD = {  # shoulder half-width, waist, hips, arm width, leg width
    "girl": (116, 90, 100, 48, 58),
    "woman": (126, 98, 110, 52, 62),
    "man": (148, 120, 116, 60, 68),
    "broad": (174, 148, 130, 68, 76),
}

# arm poses: (front elbow, front hand, back elbow, back hand, back arm drawn in front of the body?)
# in head units relative to the shoulder joints (front = +x side); `None` means "hanging down".
ARMS = {
    "down": ((18, 210), (14, 430), (-18, 210), (-14, 430), False),
    "phone": ((30, 230), (-60, 190), (-10, 230), (-120, 200), True),
    "phone1": ((40, 230), (-40, 160), (-18, 210), (-14, 430), False),
    "phone_up": ((70, 200), (-20, 20), (-10, 230), (-110, 80), True),
    "phone_ear": ((18, 210), (14, 430), (-50, 120), (-10, -150), False),
    "phone_ear_f": ((40, 130), (-70, -160), (-18, 210), (-14, 430), False),
    "wave": ((100, 20), (120, -200), (-18, 210), (-14, 430), False),
    "hand_out": ((60, 200), (220, 210), (-18, 210), (-14, 430), False),
    "hand_low": ((40, 210), (190, 260), (-18, 210), (-14, 430), False),
    "point": ((130, 60), (300, -30), (-18, 210), (-14, 430), False),
    "point_low": ((110, 150), (300, 150), (-18, 210), (-14, 430), False),
    "crossed": ((20, 210), (-170, 150), (-20, 210), (190, 160), True),
    "hold": ((30, 220), (80, 140), (-18, 210), (-14, 430), False),
    "hold2": ((30, 220), (60, 150), (-10, 220), (-40, 160), True),
    "hold_up": ((90, 110), (140, -80), (-18, 210), (-14, 430), False),
    "hair": ((170, -10), (-60, -240), (-18, 210), (-14, 430), False),
    "shrug": ((50, 200), (140, 140), (-50, 200), (-140, 140), False),
    "lap": ((20, 220), (20, 330), (-10, 220), (-60, 340), True),
    "type": ((40, 220), (180, 260), (-10, 230), (120, 270), True),
    "sign": ((50, 220), (170, 280), (0, 230), (130, 300), True),
    "raise_hand": ((80, 190), (130, 0), (-18, 210), (-14, 430), False),
    "palms": ((80, 190), (230, 170), (10, 210), (170, 200), True),
    "hug": ((120, 90), (170, 120), (90, 110), (120, 140), True),
    "around": ((120, 40), (300, 20), (-18, 210), (-14, 430), False),
    "cheer": ((90, -60), (90, -290), (-90, -60), (-90, -290), False),
    "knock": ((90, 110), (190, -40), (-18, 210), (-14, 430), False),
    "reach": ((100, 110), (280, 60), (-18, 210), (-14, 430), False),
    "behind": ((-30, 210), (-90, 380), (-40, 210), (-120, 380), False),
    "bump": ((90, 170), (150, 300), (-18, 210), (-14, 430), False),
    "tape": ((110, 40), (250, -130), (60, 140), (200, -60), True),
    "chin": ((60, 220), (-70, 90), (-18, 210), (-14, 430), False),
    "flyer": ((60, 180), (220, 120), (-10, 230), (-50, 190), True),
    "hold_low": ((20, 210), (70, 330), (-18, 210), (-14, 430), False),
    "hands_table": ((40, 230), (170, 300), (0, 230), (120, 310), True),
    "hold_side": ((40, 220), (110, 300), (-18, 210), (-14, 430), False),
    "tablet_lap": ((30, 220), (100, 330), (-10, 230), (-30, 340), True),
    "sling": ((10, 200), (-20, 230), (-18, 210), (-14, 430), False),
    "phone_note": ((30, 220), (80, 140), (-50, 120), (-10, -150), False),
    "phone_wait": ((80, 190), (130, 0), (-50, 120), (-10, -150), False),
    "phone_tablet": ((30, 220), (120, 320), (-50, 120), (-10, -150), False),
    "straps": ((10, 200), (-40, 120), (-10, 200), (-120, 120), True),
    "hand_shake": ((60, 200), (230, 180), (-18, 210), (-14, 430), False),
}

# expressions: eyes, brows, mouth, extras
EXPR = {
    "neutral": ("dot", "flat", "flat", ()),
    "smile": ("dot", "soft", "smile", ()),
    "grin": ("happy", "soft", "grin", ("blush",)),
    "happy": ("dot", "soft", "grin", ("blush",)),
    "surprised": ("wide", "up", "o", ()),
    "amazed": ("wide", "up", "grin", ("blush",)),
    "half_smile": ("dot", "up", "half", ("blush",)),
    "worried": ("dot", "worried", "wavy", ()),
    "anxious": ("wide", "worried", "open_small", ()),
    "sad": ("down", "worried", "sad", ()),
    "crying": ("closed", "worried", "sad_open", ("tears",)),
    "tearful": ("down", "worried", "sad", ("tear",)),
    "determined": ("dot", "angry", "firm", ()),
    "angry": ("dot", "angry", "shout", ()),
    "fury": ("wide", "angry", "grit", ("tear",)),
    "shout": ("closed", "worried", "shout", ("tears",)),
    "sceptical": ("dot", "raised", "side", ()),
    "frown": ("dot", "frown", "flat", ()),
    "thinking": ("side", "frown", "side", ()),
    "defensive": ("side", "frown", "pout", ()),
    "hurt": ("dot", "worried", "shout", ()),
    "guilty": ("down", "worried", "flat", ()),
    "tired": ("half", "flat", "flat", ("bags",)),
    "exhausted": ("half", "worried", "sad", ("bags",)),
    "sleepy": ("half", "flat", "flat", ()),
    "asleep": ("closed", "flat", "flat", ()),
    "bored": ("half", "flat", "side", ()),
    "cold_smile": ("narrow", "flat", "smile", ()),
    "smirk": ("narrow", "flat", "smirk", ()),
    "stern": ("narrow", "angry", "down", ()),
    "gentle": ("dot", "soft", "smile", ()),
    "warm": ("happy", "soft", "smile", ()),
    "calm": ("dot", "soft", "flat", ()),
    "grim": ("narrow", "frown", "down", ()),
    "frightened": ("wide", "worried", "open_small", ()),
    "whisper": ("dot", "worried", "open_small", ()),
    "eyes_closed": ("closed", "worried", "flat", ()),
    "drained": ("down", "flat", "flat", ("bags",)),
    "relieved": ("closed", "soft", "smile", ("tears",)),
    "talk": ("dot", "soft", "open_small", ()),
    "firm": ("dot", "flat", "firm", ()),
    "pale": ("down", "worried", "flat", ()),
    "narrowed": ("narrow", "frown", "flat", ()),
    "nervous": ("side", "worried", "wavy", ()),
}


# ------------------------------------------------------------------------------------------- entry point

def draw_figure(c: Canvas, look: Look, x: float, y: float, r: float, pose: Pose, light: Light,
                props_draw=None) -> Placed:
    """Draw one person with the head centre at (x, y) panel pixels and head radius r pixels."""
    s = r / 100.0
    f = pose.facing
    shadow_side = -light.side * f            # local x sign of the shadowed side
    placed = Placed((x, y), r, (x, y), (x, y))
    outer = c.tone
    with c.toned(lambda col: outer(light.fig_tone(col))), c.group(f"translate({num(x)},{num(y)}) scale({f * s:.4f},{s:.4f})",
                                          lw=1.0 / s):
        body = _Body(c, look, pose, s, shadow_side)
        hands = body.draw(props_draw)
    hx, hy = hands[0]
    bx, by = hands[1]
    placed.hand_f = (x + f * s * hx, y + s * hy)
    placed.hand_b = (x + f * s * bx, y + s * by)
    return placed


class _Body:
    def __init__(self, c: Canvas, look: Look, pose: Pose, s: float, shadow_side: int):
        self.c, self.look, self.pose, self.s, self.sh = c, look, pose, s, shadow_side
        self.sw, self.ww, self.hw, self.aw, self.lw = BUILD[look.build]
        self.out = LINE_FIG

    def fw(self, local: float) -> float:
        """A detail line width given in head units, never thinner than 1.2 px."""
        return max(local * self.s, 1.2)

    # --------------------------------------------------------------------------- whole body
    def draw(self, props_draw):
        c, pose = self.c, self.pose
        body = pose.body
        self.hands = ((0, 0), (0, 0))
        if body == "head":
            self.hair_back()
            self.neck()
            self.head()
            return self.hands
        if body == "prone":
            return self.prone(props_draw)
        arms = ARMS.get(pose.arms, ARMS["down"])
        sx = self.sw - 26
        sy = 205
        fe = (sx + arms[0][0], sy + arms[0][1])
        fh = (sx + arms[1][0], sy + arms[1][1])
        be = (-sx + arms[2][0], sy + arms[2][1])
        bh = (-sx + arms[3][0], sy + arms[3][1])
        back_in_front = arms[4]
        self.hands = (fh, bh)
        with c.group(f"rotate({pose.lean:.1f} 0 520)") if pose.lean else _Null():
            self._draw_posed(body, fe, fh, be, bh, back_in_front, props_draw)
        return self.hands

    def _draw_posed(self, body, fe, fh, be, bh, back_in_front, props_draw):
        c, pose = self.c, self.pose
        sx, sy = self.sw - 26, 205
        cut = pose.cut
        self.hair_back()
        arms_ok = cut is None or max(fe[1], fh[1], be[1], bh[1]) < cut - 30
        if not back_in_front and arms_ok:
            self.arm((-sx, sy), be, bh, back=True)
        if body not in ("bust",) and cut is None:
            self.legs(body)
        self.neck()
        self.torso(body)
        self.scarf()
        if pose.view == "back":
            self.head_back()
        else:
            self.head()
        if back_in_front and arms_ok:
            self.arm((-sx, sy), be, bh, back=True)
        if arms_ok:
            if pose.hold_b and props_draw:
                props_draw(c, pose.hold_b, bh, self.s, pose.facing, behind=True)
                props_draw(c, pose.hold_b, bh, self.s, pose.facing, behind=False)
            if pose.hold and props_draw:
                props_draw(c, pose.hold, fh, self.s, pose.facing, behind=True)
            self.arm((sx, sy), fe, fh, back=False)
            if pose.hold and props_draw:
                props_draw(c, pose.hold, fh, self.s, pose.facing, behind=False)

    # --------------------------------------------------------------------------- parts
    def neck(self):
        c, L = self.c, self.look
        c.rect(-30, 70, 60, 110, fill=L.skin, stroke=INK, width=self.out)
        c.rect(-30, 130, 60, 30, fill=shade(L.skin, 0.25))

    def arm(self, shoulder, elbow, hand, back: bool):
        c, L = self.c, self.look
        col = L.top_col if not back else shade(L.top_col, 0.12)
        skin = L.skin if not back else shade(L.skin, 0.1)
        aw = self.aw
        c.limb([shoulder, elbow, hand], skin, aw * 0.86, INK, self.out)
        if L.top in ("robe",):
            col = L.top_col
        if L.sleeves == "short" and L.top not in ("coat", "jacket", "leather", "police_jacket", "hoodie",
                                                    "cardigan", "suit_f", "suit_m", "robe", "vest", "blanket"):
            mid = (shoulder[0] + (elbow[0] - shoulder[0]) * 0.55, shoulder[1] + (elbow[1] - shoulder[1]) * 0.55)
            c.limb([shoulder, mid], col, aw, INK, self.out)
            if L.top == "football":
                c.line([(mid[0] - 20, mid[1]), (mid[0] + 20, mid[1])], L.top2, 10)
        else:
            cuff = (elbow[0] + (hand[0] - elbow[0]) * 0.8, elbow[1] + (hand[1] - elbow[1]) * 0.8)
            c.limb([shoulder, elbow, cuff], col, aw, INK, self.out)
        c.circle(hand[0], hand[1], 29, fill=skin, stroke=INK, width=self.out)

    def legs(self, body):
        c, L = self.c, self.look
        lw = self.lw
        hx = self.hw - lw / 2 - 6
        kit = L.bottom == P["white"] and L.top == "football"
        pairs = {
            "stand": [((-hx, 540), (-hx - 4, 820), (-hx - 2, 1085)), ((hx, 540), (hx + 4, 820), (hx + 4, 1085))],
            "walk": [((-hx, 540), (-hx - 40, 815), (-hx - 110, 1070)), ((hx, 540), (hx + 70, 815), (hx + 130, 1075))],
            "sit": [((-hx + 10, 530), (230, 580), (250, 860)), ((hx, 530), (280, 560), (300, 850))],
            "sit_front": [((-hx, 540), (-hx - 10, 640), (-hx - 14, 900)), ((hx, 540), (hx + 10, 640), (hx + 14, 900))],
            "crouch": [((-hx, 530), (-hx + 30, 820), (-hx - 210, 830)), ((hx, 530), (hx + 230, 560), (hx + 210, 830))],
            "kick": [((-hx, 540), (-hx - 20, 820), (-hx - 10, 1085)), ((hx, 540), (hx + 230, 700), (hx + 440, 760))],
        }
        legs = pairs.get(body, pairs["stand"])
        back, front = legs
        if body == "sit":
            back, front = front, back
        for i, leg in enumerate((back, front)):
            hip, knee, ankle = leg
            colour = L.bottom if i else shade(L.bottom, 0.1)
            if kit:
                mid = (hip[0] + (knee[0] - hip[0]) * 0.55, hip[1] + (knee[1] - hip[1]) * 0.55)
                c.limb([hip, knee, ankle], L.skin, lw * 0.85, INK, self.out)
                c.limb([knee, ankle], P["green"], lw * 0.9, INK, self.out)
                c.limb([hip, mid], colour, lw * 1.05, INK, self.out)
            else:
                c.limb([hip, knee, ankle], colour, lw, INK, self.out)
            dx = 30 if body not in ("crouch",) or i else -10
            c.ellipse(ankle[0] + dx, ankle[1] + 22, 52, 26, fill=L.shoes if i else shade(L.shoes, 0.1),
                      stroke=INK, width=self.out)

    def torso(self, body):
        c, L = self.c, self.look
        sw, ww, hw = self.sw, self.ww, self.hw
        top = L.top
        low = 560
        pts = [(-sw + 30, 160), (sw - 30, 160), (sw, 210), (ww, 440), (hw, low), (-hw, low), (-ww, 440), (-sw, 210)]
        long_coat = top in ("coat", "robe")
        if long_coat and body not in ("bust",):
            low2 = 760 if body in ("sit", "crouch", "sit_front") else 900
            pts = [(-sw + 30, 160), (sw - 30, 160), (sw, 210), (ww + 8, 440), (hw + 40, low2), (-hw - 40, low2),
                   (-ww - 8, 440), (-sw, 210)]
            if body == "sit":
                pts = [(-sw + 30, 160), (sw - 30, 160), (sw, 210), (ww + 8, 440), (hw + 20, 520), (330, 560),
                       (330, 620), (-hw - 20, 610), (-ww - 8, 440), (-sw, 210)]
        if self.pose.cut is not None:
            pts = [(x, min(y, self.pose.cut)) for x, y in pts]
        d = blob_poly(pts)
        base = L.top_col
        c.path(d, fill=base, stroke=INK, width=self.out)
        # the shadowed third of the body
        sgn = self.sh
        shade_pts = sorted((p for p in pts if p[0] * sgn > sw * 0.45), key=lambda p: p[1])
        if len(shade_pts) >= 2:
            poly = ([(sgn * sw * 0.5, shade_pts[0][1] + 12)] + [(x - sgn * 8, y) for x, y in shade_pts]
                    + [(sgn * sw * 0.5, shade_pts[-1][1] - 12)])
            c.poly(poly, fill=shade(base, 0.14))
        self.garment(body)
        if L.lanyard:
            c.line([(-34, 170), (-8, 330), (8, 330), (34, 170)], L.lanyard, max(8, 2 / self.s))
            c.rect(-26, 330, 52, 66, rx=6, fill=P["white"], stroke=INK, width=self.out * 0.7)
            c.rect(-18, 338, 36, 14, fill=L.lanyard)

    def garment(self, body):
        c, L = self.c, self.look
        top, a, b = L.top, L.top_col, L.top2
        o = self.out
        if top == "football":
            c.path("M-44 162 L0 230 L44 162", stroke=b, width=14)
            c.line([(-self.sw + 20, 200), (-self.ww, 430)], mix(a, b, 0.35), 10)
        elif top in ("coat", "cardigan", "jacket", "leather", "suit_f", "suit_m"):
            inner = {"coat": b, "cardigan": b, "jacket": b, "leather": b, "suit_f": b, "suit_m": b}[top]
            bottom = 560 if top in ("cardigan", "jacket", "leather", "suit_f", "suit_m") else 560
            c.poly([(-40, 162), (40, 162), (30, bottom - 10), (-30, bottom - 10)], fill=inner, stroke=INK, width=o)
            if top in ("leather", "suit_f", "suit_m", "coat"):
                lap = shade(a, 0.2)
                c.poly([(-42, 162), (-90, 170), (-34, 330)], fill=lap, stroke=INK, width=o * 0.8)
                c.poly([(42, 162), (90, 170), (34, 330)], fill=lap, stroke=INK, width=o * 0.8)
            if top == "suit_m":
                c.poly([(0, 175), (-12, 200), (0, 330), (12, 200)], fill=P["red"], stroke=INK, width=o * 0.6)
            if top == "coat":
                c.poly([(-30, 300), (30, 300), (30, 310), (-30, 310)], fill=shade(b, 0.1))
            if top == "cardigan":
                for yy in (260, 340, 420):
                    c.circle(-44, yy, 8, fill=shade(a, 0.3))
        elif top == "hoodie":
            c.path("M-70 165 Q0 235 70 165", stroke=shade(a, 0.25), width=18)
            c.line([(-16, 200), (-20, 290)], P["white"], 6)
            c.line([(16, 200), (20, 290)], P["white"], 6)
            c.rect(-70, 400, 140, 80, rx=20, fill=shade(a, 0.08), stroke=INK, width=o * 0.7)
        elif top == "uniform":
            c.rect(-self.sw + 10, 170, 60, 20, fill=b)
            c.rect(self.sw - 70, 170, 60, 20, fill=b)
            c.poly([(-30, 162), (30, 162), (0, 215)], fill=P["white"], stroke=INK, width=o * 0.6)
            c.rect(40, 250, 46, 52, rx=8, fill=P["mustard"], stroke=INK, width=o * 0.6)
            c.line([(0, 215), (0, 550)], shade(L.top_col, 0.3), 4)
        elif top in ("police_jacket", "vest"):
            c.rect(-self.ww - 6, 330, 2 * self.ww + 12, 36, fill=b, stroke=INK, width=o * 0.6)
            c.line([(0, 170), (0, 555)], shade(a, 0.3), 5)
            if top == "vest":
                c.rect(-self.ww - 2, 390, 2 * self.ww + 4, 16, fill=mix(b, P["white"], 0.3))
        elif top == "robe":
            c.poly([(-40, 162), (0, 230), (40, 162)], fill=P["white"], stroke=INK, width=o * 0.7)
            c.rect(-14, 210, 12, 60, fill=P["white"], stroke=INK, width=o * 0.5)
            c.rect(2, 210, 12, 60, fill=P["white"], stroke=INK, width=o * 0.5)
        elif top == "shirt":
            c.poly([(-44, 162), (-10, 200), (-50, 215)], fill=tint(a, 0.3), stroke=INK, width=o * 0.6)
            c.poly([(44, 162), (10, 200), (50, 215)], fill=tint(a, 0.3), stroke=INK, width=o * 0.6)
            c.poly([(-10, 170), (10, 170), (0, 215)], fill=L.skin)
        elif top == "sweater":
            c.path("M-48 164 Q0 200 48 164", stroke=shade(a, 0.25), width=14)
            c.line([(-self.ww + 6, 520), (self.ww - 6, 520)], shade(a, 0.2), 10)
        elif top == "tunic":
            c.path("M-40 164 L0 220 L40 164", stroke=P["white"], width=10)
            c.rect(40, 260, 50, 40, rx=6, fill=shade(a, 0.15), stroke=INK, width=o * 0.5)
        elif top == "pyjama":
            for i, (px, py) in enumerate([(-60, 250), (30, 290), (-20, 380), (60, 430), (-70, 470), (20, 200)]):
                c.circle(px, py, 10, fill=b)
        elif top == "tshirt":
            c.path("M-46 164 Q0 205 46 164", stroke=shade(a, 0.25), width=12)
        elif top == "blanket":
            c.path(blob([(-self.sw - 30, 140), (0, 120), (self.sw + 30, 140), (self.sw + 50, 400),
                         (self.hw + 40, 620), (-self.hw - 40, 620), (-self.sw - 50, 400)]),
                   fill=a, stroke=INK, width=o)
            c.line([(20, 160), (40, 600)], shade(a, 0.2), 10)

    def scarf(self):
        if not self.look.scarf:
            return
        c = self.c
        cols = [P["coral"], P["mustard"], P["teal"], P["purple"]]
        c.path("M-80 150 Q0 215 80 150 L86 190 Q0 260 -86 190 Z", fill=cols[0], stroke=INK, width=self.out)
        c.path("M-70 168 Q0 226 70 168", stroke=cols[1], width=12)
        c.path("M40 200 L70 380 L20 385 L6 215 Z", fill=cols[2], stroke=INK, width=self.out)
        c.line([(48, 280), (62, 278)], cols[3], 12)

    # --------------------------------------------------------------------------- head
    def head_group(self):
        t = self.pose.tilt
        return self.c.group(f"rotate({t:.1f})") if t else _Null()

    def head(self):
        c, L = self.c, self.look
        with self.head_group():
            c.ellipse(-86, 18, 18, 26, fill=L.skin, stroke=INK, width=self.out)
            face = "M-95 -5 C-95 -150 95 -150 95 -5 C95 65 55 110 8 112 C-45 110 -95 70 -95 -5 Z"
            c.path(face, fill=L.skin, stroke=INK, width=self.out)
            if self.sh > 0:
                c.path("M60 -60 C92 -30 96 40 60 95 C45 108 30 110 20 111 C70 80 78 0 60 -60 Z",
                       fill=shade(L.skin, 0.12))
            else:
                c.path("M-60 -60 C-92 -30 -96 40 -55 95 C-45 104 -35 108 -25 110 C-72 80 -78 0 -60 -60 Z",
                       fill=shade(L.skin, 0.12))
            self.face()
            self.facial_hair()
            self.hair_front()
            self.glasses()

    def head_back(self):
        c, L = self.c, self.look
        c.ellipse(-86, 18, 18, 26, fill=L.skin, stroke=INK, width=self.out)
        c.ellipse(86, 18, 18, 26, fill=L.skin, stroke=INK, width=self.out)
        face = "M-95 -5 C-95 -150 95 -150 95 -5 C95 65 55 110 0 112 C-55 110 -95 65 -95 -5 Z"
        c.path(face, fill=L.skin, stroke=INK, width=self.out)
        hair = L.hair_col
        c.path("M-102 20 C-110 -160 110 -160 102 20 C90 70 60 85 0 88 C-60 85 -90 70 -102 20 Z",
               fill=hair, stroke=INK, width=self.out)
        c.path("M-40 -110 C-10 -60 -20 20 -30 60", stroke=shade(hair, 0.3), width=self.fw(5))
        st = L.hair
        if st == "ponytail":
            c.path(blob([(-20, -60), (25, -60), (40, 80), (20, 260), (-10, 300), (-25, 150)]), fill=hair,
                   stroke=INK, width=self.out)
            c.rect(-22, -55, 44, 20, rx=8, fill=P["red"], stroke=INK, width=self.out * 0.7)
        elif st == "braids":
            for sx in (-70, 70):
                for i in range(6):
                    c.ellipse(sx + (sx / 70) * i * 4, 70 + i * 50, 26, 30, fill=hair, stroke=INK, width=self.out * 0.7)
        elif st in ("bun", "bun_tight", "low_bun"):
            c.circle(0, -60 if st == "bun" else 40, 46, fill=hair, stroke=INK, width=self.out)
        elif st == "curly":
            for (px, py) in [(-90, -40), (-60, -110), (0, -130), (60, -110), (90, -40), (-95, 40), (95, 40), (0, 40)]:
                c.circle(px, py, 48, fill=hair, stroke=INK, width=self.out * 0.7)
        elif st == "hood_up":
            c.path(blob([(-125, 40), (-115, -120), (0, -160), (115, -120), (125, 40), (60, 140), (-60, 140)]),
                   fill=L.top_col, stroke=INK, width=self.out)

    def face(self):
        c, L, p = self.c, self.look, self.pose
        eyes, brows, mouth, extras = EXPR.get(p.expr, EXPR["neutral"])
        fx = FACE_X
        ex = (fx - 38, fx + 36)
        ey = 8
        gx, gy = p.gaze
        w = self.fw(7)
        # blush and bags under the eyes
        if "blush" in extras:
            for x in ex:
                c.ellipse(x + (6 if x > fx else -6), ey + 42, 20, 9, fill=BLUSH, opacity=0.45)
        if L.lines == "tired" or "bags" in extras:
            for x in ex:
                c.path(f"M{x - 14} {ey + 24} Q{x} {ey + 32} {x + 14} {ey + 24}", stroke=shade(L.skin, 0.35),
                       width=self.fw(4))
        if L.lines == "older":
            c.path(f"M{fx - 30} {MOUTH_Y - 22} Q{fx - 38} {MOUTH_Y - 6} {fx - 30} {MOUTH_Y + 4}",
                   stroke=shade(L.skin, 0.3), width=self.fw(4))
        # eyes
        for i, x in enumerate(ex):
            rx = 11 if i == 0 else 10
            self.eye(x, ey, rx, eyes, gx, gy)
        # brows
        self.brows(ex, ey, brows, w)
        # nose
        c.path(f"M{fx + 10} {ey + 20} Q{fx + 26} {ey + 44} {fx + 12} {ey + 50}", stroke=shade(L.skin, 0.45),
               width=self.fw(5))
        self.mouth(fx + 6, MOUTH_Y, mouth)
        if "tears" in extras or "tear" in extras:
            for x in (ex if "tears" in extras else ex[:1]):
                c.path(f"M{x + 2} {ey + 20} C{x - 8} {ey + 44} {x - 4} {ey + 62} {x + 4} {ey + 62} "
                       f"C{x + 12} {ey + 62} {x + 12} {ey + 44} {x + 2} {ey + 20} Z", fill=TEAR, stroke=INK,
                       width=self.fw(2.5))

    def eye(self, x, y, rx, kind, gx, gy):
        c, L = self.c, self.look
        ink = INK
        w = self.fw(5)
        if kind in ("dot", "side", "down"):
            dx = gx * 5 + (8 if kind == "side" else 0)
            dy = gy * 4 + (5 if kind == "down" else 0)
            c.ellipse(x + dx, y + dy, rx, rx * 1.3, fill=ink)
            c.circle(x + dx + 3, y + dy - 5, rx * 0.32, fill="#ffffff")
            if kind == "down":
                c.path(f"M{x - rx - 5} {y - 4} Q{x} {y - 10} {x + rx + 5} {y - 4}", stroke=ink, width=w)
        elif kind == "wide":
            c.ellipse(x, y, rx + 6, rx * 1.3 + 6, fill="#ffffff", stroke=ink, width=w * 0.8)
            c.circle(x + gx * 5, y + gy * 5, rx * 0.75, fill=ink)
        elif kind in ("half", "narrow"):
            c.ellipse(x + gx * 4, y + 4, rx, rx * 0.9, fill=ink)
            lid = y - 2 if kind == "half" else y + 1
            c.path(f"M{x - rx - 6} {lid} L{x + rx + 6} {lid - (0 if kind == 'half' else 3)}", stroke=ink, width=w)
        elif kind == "closed":
            c.path(f"M{x - rx - 4} {y + 2} Q{x} {y + 12} {x + rx + 4} {y + 2}", stroke=ink, width=w)
        elif kind == "happy":
            c.path(f"M{x - rx - 4} {y + 6} Q{x} {y - 12} {x + rx + 4} {y + 6}", stroke=ink, width=w)

    def brows(self, ex, ey, kind, w):
        c = self.c
        col = shade(self.look.hair_col, 0.2) if self.look.hair_col != P["hair_grey"] else "#7d7875"
        y = ey - 34
        segs = []
        for i, x in enumerate(ex):
            inner = 1 if i == 0 else -1        # direction of the inner end
            a, b = (x - 16 * inner, y), (x + 14 * inner, y)
            if kind == "flat":
                a, b = (a[0], y + 2), (b[0], y + 2)
            elif kind == "soft":
                a, b = (a[0], y + 2), (b[0], y - 2)
            elif kind == "up":
                a, b = (a[0], y - 10), (b[0], y - 14)
            elif kind == "worried":
                a, b = (a[0], y + 4), (b[0], y - 10)
            elif kind == "angry":
                a, b = (a[0], y - 8), (b[0], y + 8)
            elif kind == "frown":
                a, b = (a[0], y - 3), (b[0], y + 5)
            elif kind == "raised":
                if i == 1:
                    a, b = (a[0], y - 12), (b[0], y - 16)
                else:
                    a, b = (a[0], y + 4), (b[0], y + 4)
            segs.append((a, b))
        for a, b in segs:
            c.line([a, b], col, max(w * 1.25, 1.4))

    def mouth(self, x, y, kind):
        c = self.c
        w = self.fw(5.5)
        lip = "#7a3f45"
        if kind == "flat":
            c.path(f"M{x - 14} {y} Q{x} {y + 2} {x + 14} {y - 1}", stroke=INK, width=w)
        elif kind == "smile":
            c.path(f"M{x - 20} {y - 4} Q{x} {y + 14} {x + 20} {y - 5}", stroke=INK, width=w)
        elif kind == "half":
            c.path(f"M{x - 14} {y + 2} Q{x + 2} {y + 8} {x + 18} {y - 6}", stroke=INK, width=w)
        elif kind == "grin":
            c.path(f"M{x - 24} {y - 6} Q{x} {y + 30} {x + 24} {y - 7} Z", fill=lip, stroke=INK, width=w * 0.8)
            c.path(f"M{x - 20} {y - 4} L{x + 20} {y - 5} L{x + 16} {y + 3} L{x - 16} {y + 3} Z", fill="#ffffff")
        elif kind == "sad":
            c.path(f"M{x - 16} {y + 6} Q{x} {y - 8} {x + 16} {y + 6}", stroke=INK, width=w)
        elif kind == "sad_open":
            c.path(f"M{x - 16} {y + 8} Q{x} {y - 10} {x + 16} {y + 8} Q{x} {y + 2} {x - 16} {y + 8} Z", fill=lip,
                   stroke=INK, width=w * 0.8)
        elif kind == "wavy":
            c.path(f"M{x - 14} {y + 3} Q{x - 7} {y - 3} {x} {y + 2} Q{x + 7} {y + 7} {x + 14} {y + 1}",
                   stroke=INK, width=w)
        elif kind == "o":
            c.ellipse(x, y + 2, 8, 10, fill=lip, stroke=INK, width=w * 0.8)
        elif kind == "open_small":
            c.ellipse(x, y + 2, 10, 7, fill=lip, stroke=INK, width=w * 0.8)
        elif kind == "shout":
            c.path(f"M{x - 18} {y - 4} Q{x} {y - 10} {x + 18} {y - 4} Q{x + 14} {y + 24} {x} {y + 24} "
                   f"Q{x - 14} {y + 24} {x - 18} {y - 4} Z", fill=lip, stroke=INK, width=w * 0.8)
        elif kind == "grit":
            c.rect(x - 18, y - 6, 36, 14, rx=5, fill="#ffffff", stroke=INK, width=w * 0.8)
            c.line([(x - 17, y + 1), (x + 17, y + 1)], INK, w * 0.5)
        elif kind == "firm":
            c.path(f"M{x - 16} {y + 2} L{x + 16} {y}", stroke=INK, width=w * 1.1)
        elif kind == "side":
            c.path(f"M{x - 10} {y + 2} Q{x + 6} {y + 4} {x + 16} {y - 4}", stroke=INK, width=w)
        elif kind == "pout":
            c.path(f"M{x - 12} {y + 4} Q{x} {y - 4} {x + 12} {y + 4}", stroke=INK, width=w)
        elif kind == "down":
            c.path(f"M{x - 16} {y + 5} Q{x} {y - 3} {x + 16} {y + 5}", stroke=INK, width=w)
        elif kind == "smirk":
            c.path(f"M{x - 12} {y + 2} Q{x + 6} {y + 6} {x + 20} {y - 8}", stroke=INK, width=w)

    def facial_hair(self):
        c, L = self.c, self.look
        if L.face_hair == "stubble":
            c.path("M-80 40 C-70 95 -20 112 8 112 C55 110 88 70 92 30 C70 70 40 92 10 92 C-25 92 -60 75 -80 40 Z",
                   fill=shade(L.skin, 0.3), opacity=0.55)
        elif L.face_hair == "beard":
            c.path("M-88 10 C-85 100 -30 130 10 130 C60 128 95 80 94 10 C80 60 60 50 40 52 C20 40 0 42 -20 52 "
                   "C-45 55 -70 50 -88 10 Z", fill=L.hair_col, stroke=INK, width=self.out * 0.8)
            self.mouth(FACE_X + 6, MOUTH_Y, EXPR.get(self.pose.expr, EXPR["neutral"])[2])

    def glasses(self):
        c, L = self.c, self.look
        if not L.glasses:
            return
        fx = FACE_X
        w = self.fw(5)
        if L.glasses == "round":
            for x in (fx - 38, fx + 36):
                c.circle(x, 10, 27, fill="#ffffff", stroke=INK, width=w, opacity=None)
            # redraw eyes through the lenses
            eyes = EXPR.get(self.pose.expr, EXPR["neutral"])[0]
            for i, x in enumerate((fx - 38, fx + 36)):
                self.eye(x, 8, 11 if i == 0 else 10, eyes, *self.pose.gaze)
            c.line([(fx - 11, 6), (fx + 9, 6)], INK, w)
            c.line([(fx - 65, 4), (-88, -4)], INK, w)
        elif L.glasses == "reading":
            for x in (fx - 38, fx + 36):
                c.rect(x - 22, 24, 44, 22, rx=8, fill="#ffffff", stroke=INK, width=w, opacity=0.85)
            c.line([(fx - 16, 32), (fx + 14, 32)], INK, w)
            c.path(f"M{fx - 60} 36 Q-90 120 -60 180", stroke=P["mustard"], width=self.fw(3))
        elif L.glasses == "up":
            for x in (fx - 38, fx + 36):
                c.rect(x - 24, -112, 46, 24, rx=8, fill=P["glass"], stroke=INK, width=w)
            c.line([(fx - 14, -100), (fx + 12, -100)], INK, w)

    # --------------------------------------------------------------------------- hair
    def hair_back(self):
        c, L = self.c, self.look
        if self.pose.view == "back":
            return
        h, st, o = L.hair_col, L.hair, self.out
        with self.head_group():
            if st == "ponytail":
                c.path(blob([(-70, -90), (-120, -40), (-175, 80), (-170, 230), (-140, 300), (-120, 200),
                             (-110, 60), (-60, -30)]), fill=h, stroke=INK, width=o)
                c.path("M-135 20 Q-150 140 -150 250", stroke=tint(h, 0.2), width=self.fw(6))
            elif st == "braids":
                for bx in (-88,):
                    for i in range(6):
                        c.ellipse(bx - i * 3, 70 + i * 48, 24, 28, fill=h, stroke=INK, width=o * 0.7)
            elif st in ("bob", "bob_short"):
                low = 95 if st == "bob" else 55
                c.path(blob([(-118, low), (-124, -40), (-80, -130), (0, -150), (90, -120), (120, -30),
                             (114, low), (60, low - 10), (-60, low - 10)]), fill=h, stroke=INK, width=o)
            elif st == "bun":
                c.circle(-70, -100, 50, fill=h, stroke=INK, width=o)
                c.path("M-90 -120 Q-60 -90 -40 -130", stroke=tint(h, 0.25), width=self.fw(5))
            elif st == "low_bun":
                c.circle(-108, 20, 44, fill=h, stroke=INK, width=o)
            elif st == "bun_tight":
                c.circle(-60, -118, 38, fill=h, stroke=INK, width=o)
            elif st == "curly":
                for (px, py) in [(-120, -30), (-125, 50), (-100, 110), (110, -10), (-60, -140), (40, -150)]:
                    c.circle(px, py, 50, fill=h, stroke=INK, width=o * 0.8)
            elif st == "curly_short":
                for (px, py) in [(-110, -20), (-100, 60), (100, -20)]:
                    c.circle(px, py, 40, fill=h, stroke=INK, width=o * 0.8)
            elif st == "hood_up":
                c.path(blob([(-135, 90), (-140, -80), (-60, -170), (60, -170), (130, -80), (128, 90),
                             (0, 150)]), fill=L.top_col, stroke=INK, width=o)
            if L.top == "hoodie" and st != "hood_up":
                c.path(blob([(-150, 200), (-150, 110), (-80, 70), (80, 70), (150, 110), (150, 200), (0, 230)]),
                       fill=shade(L.top_col, 0.2), stroke=INK, width=o)

    def hair_front(self):
        c, L = self.c, self.look
        h, st, o = L.hair_col, L.hair, self.out
        hi = tint(h, 0.22)
        if st == "ponytail":
            c.path("M-100 20 C-112 -150 100 -168 100 -20 C80 -70 40 -82 0 -80 C-30 -70 -60 -50 -76 -10 "
                   "C-82 5 -90 14 -100 20 Z", fill=h, stroke=INK, width=o)
            c.path("M-40 -105 Q10 -118 55 -95", stroke=hi, width=self.fw(7))
            c.rect(-100, -72, 34, 28, rx=8, fill=P["red"], stroke=INK, width=o * 0.7)
        elif st == "braids":
            c.path("M-100 30 C-112 -150 100 -168 102 10 C90 -40 60 -80 20 -90 C0 -70 -40 -70 -76 -30 "
                   "C-86 -10 -94 10 -100 30 Z", fill=h, stroke=INK, width=o)
            c.path("M20 -90 Q10 -110 0 -128", stroke=hi, width=self.fw(5))
            for i in range(5):
                c.ellipse(96 + i * 3, 80 + i * 46, 22, 26, fill=h, stroke=INK, width=o * 0.7)
        elif st in ("bob", "bob_short"):
            c.path("M-104 40 C-118 -150 104 -170 104 10 C96 -30 80 -60 40 -70 C20 -50 -20 -40 -60 -60 "
                   "C-80 -40 -96 0 -104 40 Z", fill=h, stroke=INK, width=o)
            c.path("M-30 -110 Q20 -125 60 -100", stroke=hi, width=self.fw(7))
        elif st in ("bun", "bun_tight"):
            c.path("M-100 20 C-112 -150 100 -166 100 -20 C70 -80 30 -84 0 -82 C-40 -76 -70 -50 -86 -10 "
                   "C-90 0 -96 10 -100 20 Z", fill=h, stroke=INK, width=o)
            if st == "bun":
                c.path("M70 -80 C100 -40 96 10 84 40", stroke=h, width=self.fw(7))
        elif st == "low_bun":
            c.path("M-100 20 C-112 -150 100 -166 100 -20 C70 -80 30 -84 0 -82 C-40 -76 -70 -50 -86 -10 "
                   "C-90 0 -96 10 -100 20 Z", fill=h, stroke=INK, width=o)
            c.path("M-40 -110 Q10 -120 50 -100", stroke=hi, width=self.fw(6))
        elif st == "short_f":
            c.path("M-100 50 C-120 -160 110 -170 104 -10 C98 -40 80 -50 60 -56 C40 -30 10 -40 -10 -60 "
                   "C-30 -40 -60 -40 -84 -20 C-90 10 -92 30 -100 50 Z", fill=h, stroke=INK, width=o)
            c.path("M-20 -110 Q30 -120 70 -90", stroke=hi, width=self.fw(6))
        elif st == "short_m":
            c.path("M-98 10 C-110 -150 100 -160 100 -30 C90 -60 70 -72 40 -80 C10 -76 -30 -72 -60 -60 "
                   "C-80 -40 -92 -10 -98 10 Z", fill=h, stroke=INK, width=o)
            c.path("M-30 -112 Q20 -122 60 -100", stroke=hi, width=self.fw(6))
        elif st == "buzz":
            c.path("M-96 0 C-104 -140 96 -150 98 -30 C70 -90 -40 -96 -80 -60 C-90 -40 -94 -20 -96 0 Z",
                   fill=h, stroke=INK, width=o)
        elif st == "curly":
            for (px, py) in [(-80, -90), (-20, -125), (45, -115), (90, -70), (-100, -20)]:
                c.circle(px, py, 44, fill=h, stroke=INK, width=o * 0.8)
            c.path("M-100 20 C-110 -40 -40 -80 100 -60 L96 -30 C40 -54 -50 -40 -100 20 Z", fill=h)
        elif st == "curly_short":
            for (px, py) in [(-70, -90), (-10, -118), (50, -105), (90, -60), (-95, -30)]:
                c.circle(px, py, 36, fill=h, stroke=INK, width=o * 0.8)
        elif st == "hood_up":
            c.path("M-100 60 C-120 -160 110 -170 104 -10 C80 -60 40 -70 0 -68 C-40 -64 -80 -40 -90 0 "
                   "C-96 20 -98 40 -100 60 Z", fill=h, stroke=INK, width=o)
            c.path("M-112 80 C-140 -190 130 -200 118 40 C110 -20 100 -80 60 -110 C0 -130 -80 -110 -100 -40 "
                   "C-110 0 -112 40 -112 80 Z", fill=L.top_col, stroke=INK, width=o)
        if L.cap:
            c.path("M-100 -40 C-100 -150 100 -150 104 -40 Z", fill=L.cap, stroke=INK, width=o)
            c.path("M40 -44 L150 -40 Q150 -20 100 -24 L40 -26 Z", fill=shade(L.cap, 0.25), stroke=INK, width=o)

    # --------------------------------------------------------------------------- lying prone
    def prone(self, props_draw):
        """On the stomach, propped on the elbows, feet in the air (the face looks towards +x)."""
        c, L = self.c, self.look
        o = self.out
        lw = self.lw
        self.hair_back()
        c.limb([(-540, 260), (-820, 300), (-760, 20)], shade(L.bottom, 0.1), lw, INK, o)
        c.ellipse(-740, -5, 30, 50, fill=L.shoes, stroke=INK, width=o)
        c.limb([(-520, 250), (-800, 300), (-640, 60)], L.bottom, lw, INK, o)
        c.ellipse(-620, 35, 30, 50, fill=L.shoes, stroke=INK, width=o)
        c.path(blob([(-60, 150), (-200, 120), (-470, 170), (-570, 250), (-480, 310), (-120, 310), (-20, 250)]),
               fill=L.bottom, stroke=INK, width=o)
        c.path(blob([(-30, 140), (-140, 110), (-330, 150), (-360, 250), (-300, 305), (-60, 300), (-10, 240)]),
               fill=L.top_col, stroke=INK, width=o)
        c.limb([(-60, 190), (-20, 300), (80, 180)], L.skin, self.aw * 0.86, INK, o)
        self.c.limb([(-60, 190), (-30, 270)], L.top_col, self.aw, INK, o)
        self.neck()
        self.head()
        fh = (90, 170)
        if self.pose.hold and props_draw:
            props_draw(c, self.pose.hold, fh, self.s, self.pose.facing, behind=False)
        c.limb([(-20, 190), (40, 300), (110, 190)], L.skin, self.aw * 0.86, INK, o)
        c.limb([(-20, 190), (20, 270)], L.top_col, self.aw, INK, o)
        c.circle(110, 185, 33, fill=L.skin, stroke=INK, width=o)
        return (fh, fh)


class _Null:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


def blob_poly(pts):
    """A polygon with slightly rounded corners (bodies are soft, not boxes)."""
    return blob(pts)


def head_box(x: float, y: float, r: float) -> tuple[float, float, float, float]:
    """The face's bounding box (x0, y0, x1, y1) in pixels: what must stay clear of the lettering."""
    return (x - 1.1 * r, y - 1.25 * r, x + 1.1 * r, y + 1.12 * r)
