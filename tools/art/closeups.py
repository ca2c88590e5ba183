"""Close-ups drawn as a whole: phone and tablet screens in hands, computer screens, hands and objects.

Each function draws over the panel's place and gets (canvas, panel, light). Phones fill most of the panel
so the lettered chat messages land on the screen (see screens.py).
"""

from __future__ import annotations

from tools.art import screens as SC
from tools.art.cast import look_for
from tools.art.figures import Pose, draw_figure
from tools.art.props import draw_prop
from tools.art.style import INK, LINE_BG, LINE_FIG, P, mix, shade
from tools.art.svg import blob

LB = LINE_BG


def _skin(who):
    return look_for(who).skin


def _sleeve(who):
    return look_for(who).top_col


# The lettering stacks chat messages from edge to edge of the panel (3 pt in), with the sender's name above and
# the time below: a chat screen must span the whole width, or the messages hang off it onto the dark bezel.
FULL = (-0.03, 1.03)


def chat(theme="light", who="alex", lock=False, active=False, owner="mara", glow=None, reflect=False,
         x0=FULL[0], x1=FULL[1], hand=True, content="chat", body="#2d3140"):
    """A phone chat filling the panel, held in the owner's hand."""
    def draw(c, panel, light):
        W, H = panel.w, panel.h
        g = glow if glow is not None else light.name in ("night", "screen", "dim", "lab_night")
        with c.toned(light.fig_tone if light.name not in ("night", "screen") else (lambda col: col)):
            ph = SC.phone_closeup(c, W, H, theme=theme, who=who, lock=lock, active=active, glow=g, x0=x0, x1=x1,
                                  content=content, reflect=reflect, body=body)
        dark = light.name in ("night", "screen", "dim")
        with c.toned((lambda col: mix(col, "#2a3558", 0.22)) if dark else light.fig_tone):
            if hand:
                s = min(W, H) / 480
                SC.thumb_hand(c, min(x1, 0.92) * W - 0.02 * W, 0.86 * H, s, skin=_skin(owner), sleeve=_sleeve(owner),
                              side=1)
        return ph
    return draw


def post_closeup(c, panel, light):
    W, H = panel.w, panel.h
    ph = SC.phone_closeup(c, W, H, who="mara", x0=0.1, x1=0.9, content="none", glow=True)
    k = ph.k
    top = ph.status() + 2 * k
    # the post: her avatar and name, a video still of the goal, a heart and a small count
    SC.plain_avatar(c, ph.sx + 9 * k, top + 6 * k, 5 * k, col=P["green"])
    c.rect(ph.sx + 17 * k, top + 4.5 * k, 26 * k, 2.6 * k, rx=1.3 * k, fill="#8a94a4")
    iy = H * 0.3
    ih = H * 0.46
    c.rect(ph.sx, iy, ph.sw, ih, fill=P["grass"])
    c.rect(ph.sx, iy, ph.sw, ih * 0.3, fill="#9aa3b0")
    gx = ph.sx + ph.sw * 0.72
    c.rect(gx - 14 * k, iy + ih * 0.2, 28 * k, ih * 0.28, fill="none", stroke=P["white"], width=1.6 * k)
    c.circle(gx - 4 * k, iy + ih * 0.36, 2.6 * k, fill=P["white"], stroke=INK, width=LB * 0.6)
    # a tiny striker in green
    px, py = ph.sx + ph.sw * 0.32, iy + ih * 0.62
    c.circle(px, py - 14 * k, 3 * k, fill=P["skin_3"])
    c.path(f"M{px - 3 * k} {py - 16 * k} Q{px - 8 * k} {py - 14 * k} {px - 9 * k} {py - 8 * k}", stroke=P["hair_dark"],
           width=1.6 * k)
    c.rect(px - 3.4 * k, py - 11 * k, 6.8 * k, 9 * k, rx=2 * k, fill=P["green"])
    c.line([(px - 1 * k, py - 2 * k), (px - 5 * k, py + 8 * k)], P["navy"], 2.4 * k)
    c.line([(px + 1.5 * k, py - 2 * k), (px + 9 * k, py + 2 * k)], P["navy"], 2.4 * k)
    c.line([(px - 3 * k, py - 9 * k), (px - 9 * k, py - 4 * k)], P["skin_3"], 1.8 * k)
    c.line([(px + 3 * k, py - 9 * k), (px + 8 * k, py - 13 * k)], P["skin_3"], 1.8 * k)
    for i in range(3):
        c.line([(px + 14 * k + i * 5 * k, py - 2 * k - i * 3 * k), (gx - 8 * k - i * 2 * k, iy + ih * 0.38)],
               P["white"], 0.6 * k, opacity=0.7)
    # play symbol
    c.circle(ph.sx + ph.sw / 2, iy + ih / 2, 8 * k, fill="#000000", opacity=0.3)
    c.poly([(ph.sx + ph.sw / 2 - 3 * k, iy + ih / 2 - 4.5 * k), (ph.sx + ph.sw / 2 + 5 * k, iy + ih / 2),
            (ph.sx + ph.sw / 2 - 3 * k, iy + ih / 2 + 4.5 * k)], fill=P["white"])
    hy = iy + ih + 7 * k
    SC.heart(c, ph.sx + 10 * k, hy, 3.6 * k, col="#e05a6a")
    # twelve likes: twelve little dots, no number
    for i in range(12):
        c.circle(ph.sx + 19 * k + i * 2.8 * k, hy, 0.9 * k, fill="#8a94a4")
    SC.bars(c, ph.sx + 6 * k, hy + 6 * k, ph.sw * 0.7, 2 * k, n=2)
    with c.toned(light.fig_tone):
        s = min(W, H) / 420
        SC.thumb_hand(c, ph.sx + 12 * k, hy + 4 * k, s, skin=_skin("mara"), sleeve=_sleeve("mara"), side=-1)


def notification_closeup(c, panel, light):
    W, H = panel.w, panel.h
    ph = SC.phone_closeup(c, W, H, theme="dark", who=None, content="none", glow=True, x0=0.14, x1=0.86)
    k = ph.k
    ph.status()
    # lock screen: the clock as two blocks, a notification card with Alex's picture lower down
    c.rect(ph.sx, ph.sy, ph.sw, ph.sh, fill="#2a3a5e")
    c.path(blob([(ph.sx, ph.sy + ph.sh * 0.7), (ph.sx + ph.sw * 0.5, ph.sy + ph.sh * 0.55),
                 (ph.sx + ph.sw, ph.sy + ph.sh * 0.75), (ph.sx + ph.sw, ph.sy + ph.sh), (ph.sx, ph.sy + ph.sh)]),
           fill="#3a4f7a")
    cy = H * 0.62
    c.rect(ph.sx + 5 * k, cy - 12 * k, ph.sw - 10 * k, 26 * k, rx=5 * k, fill="#f4f6f8", opacity=0.95)
    SC.alex_avatar(c, ph.sx + 17 * k, cy + 1 * k, 8.5 * k)
    c.rect(ph.sx + 30 * k, cy - 6 * k, 30 * k, 3 * k, rx=1.5 * k, fill="#4a5a78")
    SC.bars(c, ph.sx + 30 * k, cy + 1 * k, ph.sw * 0.5, 2.4 * k, n=2)
    c.circle(ph.sx + ph.sw - 10 * k, cy - 7 * k, 2 * k, fill="#e05a6a")
    with c.toned(lambda col: mix(col, "#2a3558", 0.22)):     # lit by the screen, in the dark room
        s = min(W, H) / 560
        SC.thumb_hand(c, ph.sx + ph.sw - 6 * k, H * 0.86, s, skin=_skin("mara"), sleeve=_sleeve("mara"), side=1)


def over_shoulder(c, panel, light):
    W, H = panel.w, panel.h
    # the screen fills the panel (the chat is lettered across it); her face in front of it at the edge
    ph = SC.Phone(c, W * FULL[0], -0.06 * H, W * (FULL[1] - FULL[0]), H * 1.2, theme="light", glow=True)
    ph.app_bar("alex")
    ph.input_bar()
    with c.toned(light.fig_tone):
        look = look_for("mara")
        r = H * 0.2
        draw_figure(c, look, W * 0.12, H * 0.78, r, Pose(body="bust", expr="half_smile", facing=1, gaze=(1, 0)),
                    light)
        for k, op in ((2.2, 0.08), (1.5, 0.1)):
            c.ellipse(W * 0.2, H * 0.8, r * k, r * k * 0.9, fill="#cfe8ff", opacity=op)


def chat_on_bus(c, panel, light):
    chat(theme="light", who="alex")(c, panel, light)


def chat_dark(c, panel, light):
    chat(theme="light", who="alex", glow=True)(c, panel, light)


# ------------------------------------------------------------------------------------------- helpers

def fig(c, who, x, y, r, light, outfit=None, **pose):
    look = look_for(who, outfit)
    from tools.art.props import held

    return draw_figure(c, look, x, y, r, Pose(**pose), light, props_draw=held)


def big_hand(c, x, y, s, rot, who, kind="open", outfit=None, sleeve=True):
    from tools.art.props import hand

    look = look_for(who, outfit)
    sl = look.top_col if sleeve else None
    if look.sleeves == "short" and look.top == "football":
        sl = None
    with c.group(f"translate({x:.1f},{y:.1f}) rotate({rot:.1f}) scale({s:.4f})", lw=1 / s):
        hand(c, skin=look.skin, sleeve=sl, kind=kind)


def popup(c, ph, cy, danger_x=None):
    """A confirmation pop-up over a dimmed chat: a box, a grey and a red button (no words)."""
    k = ph.k
    c.rect(ph.sx, ph.sy, ph.sw, ph.sh, fill="#000000", opacity=0.35)
    bw, bh = ph.sw * 0.8, 30 * k
    x = ph.sx + (ph.sw - bw) / 2
    c.rect(x, cy - bh / 2, bw, bh, rx=4 * k, fill="#ffffff", stroke=INK, width=LB)
    c.rect(x + 8 * k, cy - bh / 2 + 6 * k, bw * 0.5, 3 * k, rx=1.5 * k, fill="#4a5a78")
    SC.bars(c, x + 8 * k, cy - bh / 2 + 12 * k, bw * 0.7, 2 * k, n=1)
    c.rect(x + 6 * k, cy + 4 * k, bw / 2 - 9 * k, 8 * k, rx=4 * k, fill="#dfe3e8")
    rx = x + bw / 2 + 3 * k
    c.rect(rx, cy + 4 * k, bw / 2 - 9 * k, 8 * k, rx=4 * k, fill="#d9534a")
    # a bin icon on the red button
    bx, by = rx + (bw / 2 - 9 * k) / 2, cy + 8 * k
    c.rect(bx - 1.6 * k, by - 1.6 * k, 3.2 * k, 3.8 * k, rx=0.4 * k, fill="#ffffff")
    c.rect(bx - 2.2 * k, by - 2.6 * k, 4.4 * k, 0.8 * k, fill="#ffffff")
    return bx, by


def chat_phone(c, panel, light, owner="mara", who="alex", theme="light", x0=FULL[0], x1=FULL[1], outfit=None):
    W, H = panel.w, panel.h
    g = light.name in ("night", "screen", "dim", "lab_night")
    return SC.phone_closeup(c, W, H, theme=theme, who=who, glow=g, x0=x0, x1=x1)


# ------------------------------------------------------------------------------------------- phones

def _delete(owner, outfit, cy, press=False, x0=FULL[0], x1=FULL[1]):
    def draw(c, panel, light):
        W, H = panel.w, panel.h
        ph = chat_phone(c, panel, light, x0=x0, x1=x1)
        ph.bubble(ph.sy + ph.sh * 0.62, 44 * ph.k, 8 * ph.k)
        bx, by = popup(c, ph, H * cy)
        s = min(W, H) / 420
        tip_y = by + (2 if press else -12) * ph.k
        with c.toned(light.fig_tone):
            SC.thumb_hand(c, bx, tip_y, s * (1.3 if press else 1.0), skin=look_for(owner).skin,
                          sleeve=look_for(owner, outfit).top_col, side=1)
        if press:
            for rr in (5, 8):
                c.circle(bx, by, rr * ph.k, stroke="#ffffff", width=LB, opacity=0.8)
        else:
            for i in range(3):
                c.line([(bx - 8 * ph.k + i * 8 * ph.k, tip_y - 5 * ph.k), (bx - 8 * ph.k + i * 8 * ph.k, tip_y - 8 * ph.k)],
                       "#ffffff", LB, opacity=0.9)
    return draw


delete_hover = _delete("mara", None, 0.6)
delete_hover_nadia = _delete("nadia", "pyjamas", 0.58)
delete_press = _delete("nadia", "pyjamas", 0.58, press=True, x0=0.0, x1=1.0)


def typing_wide(c, panel, light):
    W, H = panel.w, panel.h
    # the chat across the whole screen (the lettering puts the messages edge to edge), a slim app bar
    ph = SC.Phone(c, W * FULL[0], -0.08 * H, W * (FULL[1] - FULL[0]), H * 1.25, theme="dark", glow=True)
    # the app bar sized to the panel's height (the phone's own scale is its width: far too big here)
    t, k = SC.DARK_APP, H / 100
    top, bh = max(ph.sy, 0.0), 13 * k
    c.rect(ph.sx, top, ph.sw, bh, fill=t["bar"])
    c.line([(ph.sx, top + bh), (ph.sx + ph.sw, top + bh)], t["line"], LB * 0.6)
    cy = top + bh / 2
    SC.alex_avatar(c, W * 0.06, cy, 4.5 * k)
    c.rect(W * 0.06 + 7 * k, cy - 1.4 * k, 26 * k, 2.8 * k, rx=1.4 * k, fill="#8a94a4")
    SC.padlock(c, W * 0.06 + 38 * k, cy + 1.8 * k, 4 * k)
    # below the messages: the keyboard, huge, and her thumb on it
    ky = H * 0.44
    c.rect(ph.sx, ky, ph.sw, H * 0.7, fill="#2d3140", stroke=INK, width=LINE_FIG)
    kw = W * 0.07
    gap = W * 0.012
    for row in range(4):
        n = 10 - row
        x0 = (W - n * kw - (n - 1) * gap) / 2
        for col in range(n):
            c.rect(x0 + col * (kw + gap), ky + H * 0.05 + row * (kw * 0.55 + gap), kw, kw * 0.55, rx=8,
                   fill="#4a5060")
    s = min(W, H) / 260
    with c.toned(light.fig_tone):
        SC.thumb_hand(c, W * 0.22, H * 0.5, s, skin=_skin("mara"), sleeve=_sleeve("mara"), side=1)


def handover(c, panel, light):
    """Her hand letting go of the phone and ID card; his hand closing round them from the right."""
    W, H = panel.w, panel.h
    s = H / 560
    with c.toned(light.fig_tone):
        big_hand(c, W * 0.2, H * 0.98, s, 62, "mara", kind="relax")
        from tools.art.props import draw_prop

        draw_prop(c, "phone", W * 0.46, H * 0.74, s * 1.5, rot=75)
        draw_prop(c, "id", W * 0.5, H * 0.84, s * 1.4, rot=-12)
        big_hand(c, W * 0.64, H * 0.86, s * 1.25, -75, "viktor", kind="grip")


def curled(c, panel, light):
    W, H = panel.w, panel.h
    c.rect(-5, H * 0.5, W + 10, H * 0.6, fill="#d9d1bf", stroke=INK, width=LB)
    c.path(blob([(W * 0.05, H * 0.46), (W * 0.55, H * 0.4), (W * 0.62, H * 0.6), (W * 0.1, H * 0.66)]),
           fill="#ece6da", stroke=INK, width=LB)
    with c.toned(light.fig_tone):
        fig(c, "mara", W * 0.4, H * 0.5, H * 0.16, light, body="head", expr="tearful", facing=1, tilt=-78,
            gaze=(0.4, 0))
        c.path(blob([(W * 0.42, H * 0.7), (W * 0.7, H * 0.46), (W * 1.1, H * 0.5), (W * 1.1, H * 1.1),
                     (W * 0.3, H * 1.1)]), fill=P["grey_blanket"], stroke=INK, width=LINE_FIG)
        c.path(f"M{W * 0.6} {H * 0.62} Q{W * 0.75} {H * 0.7} {W * 0.9} {H * 0.66}", stroke=shade(P["grey_blanket"], 0.2),
               width=LB * 1.5)
        c.path(blob([(W * 0.5, H * 0.68), (W * 0.58, H * 0.6), (W * 0.64, H * 0.66), (W * 0.58, H * 0.74)]),
               fill=P["skin_3"], stroke=INK, width=LINE_FIG)


def door_edge(c, panel, light):
    W, H = panel.w, panel.h
    with c.toned(light.bg_tone):
        c.rect(-10, -10, W * 0.3, H + 20, fill=P["wood"], stroke=INK, width=LINE_FIG)
        c.rect(W * 0.3 - 10, -10, W * 0.04, H + 20, fill=shade(P["wood"], 0.25), stroke=INK, width=LINE_FIG)
        c.rect(W * 0.04, H * 0.3, W * 0.18, H * 0.5, fill="none", stroke=shade(P["wood"], 0.2), width=LB)
        c.rect(W * 0.2, H * 0.56, W * 0.07, H * 0.04, rx=6, fill=P["mustard"], stroke=INK, width=LB)
        c.line([(W * 0.34, H * 0.2), (W * 0.34 + 40, H * 0.2)], "#e6d7b2", LB, opacity=0.5)


def eyes_nadia(c, panel, light):
    W, H = panel.w, panel.h
    r = H * 0.6
    x, y = W * 0.46, H * 0.48
    with c.toned(light.fig_tone):
        fig(c, "nadia", x, y, r, light, outfit="pyjamas", body="head", expr="narrowed", facing=1, gaze=(0.4, 0.6))
    # the screen's light in her glasses
    k = r / 100
    for ex in (-16, 58):
        c.poly([(x + (ex - 16) * k, y + 20 * k), (x + (ex - 4) * k, y - 6 * k), (x + (ex + 4) * k, y - 6 * k),
                (x + (ex - 8) * k, y + 20 * k)], fill="#ffffff", opacity=0.55)
    for kk, op in ((1.0, 0.08), (0.6, 0.08)):
        c.ellipse(x + 20 * k, y + 60 * k, W * 0.5 * kk, H * 0.5 * kk, fill="#cfe8ff", opacity=op)


# ------------------------------------------------------------------------------------------- computers

def monitor_closeup(kind):
    def draw(c, panel, light):
        W, H = panel.w, panel.h
        x, y, w, h = SC.monitor_frame(c, -0.04 * W, 0.04 * H, 1.08 * W, 1.1 * H)
        top = H * 0.27
        content(c, kind, x + w * 0.06, top, w * 0.86, H * 0.66)
    return draw


def content(c, kind, x, y, w, h):
    if kind == "hash":
        SC.hash_screen(c, x, y, w, h)
    elif kind == "form":
        SC.form_screen(c, x, y, w, h)
    elif kind == "history":
        SC.chat_history(c, x, y, w, h)
    elif kind == "fragments":
        SC.chat_history(c, x, y, w, h, gaps=True)
    elif kind == "recovery":
        SC.recovery_screen(c, x, y, w, h)
    elif kind == "email":
        SC.email_screen(c, x, y, w, h)
    elif kind in ("two", "fan"):
        SC.map_screen(c, x, y, w, h, mode=kind)
    elif kind == "pin":
        SC.map_screen(c, x, y, w, h, mode="none", pin=True)


def monitor_side(kind, x0=0.5, x1=0.96, y0=0.2, y1=0.8):
    """A big screen on a desk to the right of someone working."""
    def draw(c, panel, light):
        W, H = panel.w, panel.h
        with c.toned(light.bg_tone):
            c.rect(-10, H * 0.86, W + 20, H * 0.2, fill=P["wood_light"], stroke=INK, width=LB)
            c.rect((x0 + x1) / 2 * W - 0.02 * W, y1 * H, 0.04 * W, 0.06 * H, fill=P["grey_dark"])
        with c.toned(light.fig_tone if light.name != "lab_night" else (lambda col: col)):
            if light.glow:
                for k, op in ((0.06, 0.12), (0.03, 0.14)):
                    c.rect((x0 - k) * W, (y0 - k * 2) * H, (x1 - x0 + 2 * k) * W, (y1 - y0 + 4 * k) * H, rx=20,
                           fill=light.glow, opacity=op)
            x, y, w, h = SC.monitor_frame(c, x0 * W, y0 * H, (x1 - x0) * W, (y1 - y0) * H)
            content(c, kind, x + w * 0.03, y + h * 0.05, w * 0.94, h * 0.9)
    return draw


def wall_screen(kind, box=(0.36, 0.56, 0.82, 0.96)):
    def draw(c, panel, light):
        W, H = panel.w, panel.h
        x0, y0, x1, y1 = box
        x, y, w, h = SC.monitor_frame(c, x0 * W, y0 * H, (x1 - x0) * W, (y1 - y0) * H)
        content(c, kind, x, y, w, h)
    return draw


def fan_reflection(c, panel, light):
    W, H = panel.w, panel.h
    x, y, w, h = SC.monitor_frame(c, -0.04 * W, -0.04 * H, 1.08 * W, 1.12 * H)
    SC.map_screen(c, x, y + h * 0.36, w * 0.62, h * 0.6, mode="fan")
    # Costa's face, grim, mirrored in the dark glass on the right
    c.rect(x + w * 0.62, y, w * 0.38, h, fill="#2b3446")
    with c.toned(lambda col: mix(col, "#2b3446", 0.45)):
        fig(c, "costa", W * 0.83, H * 0.55, H * 0.16, light, body="bust", expr="grim", facing=-1)
    c.rect(x + w * 0.62, y, w * 0.38, h, fill="#9fc4e0", opacity=0.18)
    c.line([(x + w * 0.62, y), (x + w * 0.62, y + h)], INK, LB)


def sign_custody(c, panel, light):
    W, H = panel.w, panel.h
    from tools.art.props import draw_prop

    s = H / 560
    c.rect(-10, H * 0.22, W + 20, H, fill=P["wood_light"])
    draw_prop(c, "evidence_bag", W * 0.32, H * 0.66, s * 1.3, rot=-6, content="phone")
    draw_prop(c, "form", W * 0.66, H * 0.66, s * 1.2, rot=4)
    with c.toned(light.fig_tone):
        draw_prop(c, "pen", W * 0.72, H * 0.76, s * 1.4, rot=35)
        big_hand(c, W * 0.84, H * 0.86, s * 1.2, -40, "novak", kind="grip")


def desk_card(c, panel, light):
    W, H = panel.w, panel.h
    from tools.art.props import draw_prop

    s = H / 500
    for i in range(6):
        c.line([(0, H * (0.3 + i * 0.13)), (W, H * (0.28 + i * 0.13))], shade(P["wood_light"], 0.08), LB)
    draw_prop(c, "phone", W * 0.32, H * 0.62, s * 1.8, rot=-12)
    draw_prop(c, "card", W * 0.68, H * 0.66, s * 1.5, rot=8)
    draw_prop(c, "notebook", W * 0.9, H * 0.4, s * 1.4, rot=30)


def desk_closed(c, panel, light):
    W, H = panel.w, panel.h
    from tools.art.props import draw_prop

    s = H / 520
    for i in range(6):
        c.line([(0, H * (0.3 + i * 0.13)), (W, H * (0.28 + i * 0.13))], shade(P["wood"], 0.1), LB)
    draw_prop(c, "case_file", W * 0.36, H * 0.64, s * 1.3, rot=-5)
    draw_prop(c, "evidence_bag", W * 0.74, H * 0.66, s * 1.1, rot=8, content="id")


# ------------------------------------------------------------------------------------------- tablets

def tablet_frame(c, x0, y0, w, h, screen="#f4f6f8"):
    c.rect(x0, y0, w, h, rx=w * 0.05, fill=P["purple"], stroke=INK, width=LINE_FIG)
    b = w * 0.045
    c.rect(x0 + b, y0 + b, w - 2 * b, h - 2 * b, rx=w * 0.02, fill=screen)
    c.path(f"M{x0 + w * 0.9} {y0 + b} L{x0 + w * 0.82} {y0 + h * 0.3} L{x0 + w * 0.87} {y0 + h * 0.42}", stroke="#b9c0cc",
           width=LB)
    c.path(f"M{x0} {y0 + h * 0.3} L{x0 + b * 0.6} {y0 + h * 0.28} L{x0 + b * 0.2} {y0 + h * 0.36}",
           stroke=shade(P["purple"], 0.35), width=LB)
    return x0 + b, y0 + b, w - 2 * b, h - 2 * b


def tablet_chat(c, panel, light):
    W, H = panel.w, panel.h
    x, y, w, h = tablet_frame(c, -0.05 * W, 0.0, 1.1 * W, 1.05 * H)
    k = w / 100
    # left column: conversations, Alex's highlighted with his picture
    col = w * 0.3
    c.rect(x, y, col, h, fill="#e9edf2")
    for i in range(5):
        ry = y + h * (0.28 + i * 0.14)
        if i == 2:
            c.rect(x, ry - 5 * k, col, 10 * k, fill="#cfe8ff")
            SC.alex_avatar(c, x + 7 * k, ry, 4.2 * k)
        else:
            SC.plain_avatar(c, x + 7 * k, ry, 3.4 * k, col=["#e9c7a0", "#bcd8c8", "#d8c8e8", "#f0d0c0", "#c8d0e8"][i])
        c.rect(x + 13 * k, ry - 1.6 * k, col - 17 * k, 2 * k, rx=k, fill="#8a94a4")
    c.line([(x + col, y), (x + col, y + h)], "#cfd6de", LB)
    c.rect(x + col, y + h * 0.85, w - col, h * 0.15, fill="#eef1f5")
    c.rect(x + col + 4 * k, y + h * 0.88, w - col - 14 * k, 5 * k, rx=2.5 * k, fill="#ffffff", stroke="#cfd6de",
           width=LB * 0.6)


def tablet_active(c, panel, light):
    W, H = panel.w, panel.h
    with c.toned(light.fig_tone):
        fig(c, "mum", W * 0.5, H * 0.39, H * 0.14, light, outfit="coat_off", body="bust", expr="fury", facing=1,
            gaze=(0, 1))
    x, y, w, h = tablet_frame(c, 0.02 * W, 0.55 * H, 0.96 * W, 0.7 * H)
    k = w / 100
    c.rect(x, y, w, 14 * k, fill="#ffffff")
    SC.alex_avatar(c, x + 9 * k, y + 7 * k, 5 * k)
    c.rect(x + 17 * k, y + 4 * k, 26 * k, 2.6 * k, rx=1.3 * k, fill="#4a5a78")
    c.circle(x + 19 * k, y + 10 * k, 1.8 * k, fill="#3ecf6a", stroke=INK, width=LB * 0.6)
    c.rect(x + 22 * k, y + 9.2 * k, 16 * k, 1.8 * k, rx=0.9 * k, fill="#3ecf6a")
    c.circle(x + 13 * k, y + 10.6 * k, 1.6 * k, fill="#3ecf6a", stroke="#ffffff", width=LB * 0.6)
    c.rect(x + 4 * k, y + 20 * k, 40 * k, 6 * k, rx=3 * k, fill="#e6e8ec")
    with c.toned(light.fig_tone):
        for kk, op in ((1.2, 0.1),):
            c.ellipse(W * 0.5, H * 0.5, W * 0.4 * kk, H * 0.12, fill="#cfe8ff", opacity=op)


def mum_types(c, panel, light):
    W, H = panel.w, panel.h
    with c.toned(light.fig_tone):
        fig(c, "mum", W * 0.36, H * 0.44, H * 0.14, light, outfit="coat_off", body="bust", expr="fury", facing=1,
            gaze=(0.3, 1))
        for kk, op in ((1.4, 0.1), (0.9, 0.1)):
            c.ellipse(W * 0.4, H * 0.55, W * 0.3 * kk, H * 0.14 * kk, fill="#cfe8ff", opacity=op)
    x, y, w, h = tablet_frame(c, -0.04 * W, 0.62 * H, 1.08 * W, 0.6 * H, screen="#eef1f5")
    k = w / 100
    for row in range(3):
        for col in range(10):
            c.rect(x + 3 * k + col * 9.4 * k + row * 2 * k, y + 4 * k + row * 8.4 * k, 8 * k, 7 * k, rx=1.2 * k,
                   fill="#ffffff", stroke="#cfd6de", width=LB * 0.5)
    with c.toned(light.fig_tone):
        s = H / 700
        big_hand(c, W * 0.3, H * 0.82, s, 150, "mum", kind="open", outfit="coat_off")
        big_hand(c, W * 0.62, H * 0.84, s, -160, "mum", kind="open", outfit="coat_off")


def tablet_seen(c, panel, light):
    W, H = panel.w, panel.h
    x, y, w, h = tablet_frame(c, -0.06 * W, -0.05 * H, 1.12 * W, 1.15 * H)
    k = w / 100
    c.rect(x, y, w, 9 * k, fill="#ffffff")
    SC.alex_avatar(c, x + 10 * k, y + 5 * k, 3.4 * k)
    c.rect(x + 16 * k, y + 3.6 * k, 20 * k, 2.4 * k, rx=1.2 * k, fill="#4a5a78")
    # her message (blank: the words are in the panel before), "seen" ticks, and the typing dots
    c.rect(x + w * 0.35, H * 0.36, w * 0.58, 15 * k, rx=4 * k, fill="#cfe8ff")
    SC.bars(c, x + w * 0.38, H * 0.36 + 3.5 * k, w * 0.5, 1.8 * k, n=3, col="#9fb5cc")
    SC.tick(c, x + w * 0.86, H * 0.36 + 19 * k, 1.6 * k, col=P["blue"])
    SC.tick(c, x + w * 0.89, H * 0.36 + 19 * k, 1.6 * k, col=P["blue"])
    c.rect(x + 4 * k, H * 0.62, 20 * k, 9 * k, rx=4.5 * k, fill="#e6e8ec")
    for i, col in enumerate(("#8a94a4", "#a9b1bd", "#c9ced6")):
        c.circle(x + 9 * k + i * 5 * k, H * 0.62 + 4.5 * k, 1.5 * k, fill=col)
    # her reflection, holding her breath
    with c.toned(lambda col: mix(col, "#ffffff", 0.75)):
        fig(c, "mum", W * 0.66, H * 0.6, H * 0.2, light, outfit="coat_off", body="bust", expr="frightened", facing=-1)
    c.rect(x, y + 9 * k, w, h, fill="#f4f6f8", opacity=0.6)
    c.rect(x + w * 0.35, H * 0.36, w * 0.58, 15 * k, rx=4 * k, fill="#cfe8ff", opacity=0.8)
    SC.bars(c, x + w * 0.38, H * 0.36 + 3.5 * k, w * 0.5, 1.8 * k, n=3, col="#9fb5cc")
    c.rect(x + 4 * k, H * 0.62, 20 * k, 9 * k, rx=4.5 * k, fill="#e6e8ec")
    for i, col in enumerate(("#8a94a4", "#a9b1bd", "#c9ced6")):
        c.circle(x + 9 * k + i * 5 * k, H * 0.62 + 4.5 * k, 1.5 * k, fill=col)


def tablet_gone(c, panel, light):
    W, H = panel.w, panel.h
    x, y, w, h = tablet_frame(c, -0.06 * W, -0.05 * H, 1.12 * W, 1.15 * H, screen="#f1f2f4")
    k = w / 100
    c.rect(x, y, w, 9 * k, fill="#ffffff")
    SC.plain_avatar(c, x + 10 * k, y + 5 * k, 3.4 * k, col="#d5d8dd", face="#eceef1")
    c.rect(x + 16 * k, y + 3.6 * k, 20 * k, 2.4 * k, rx=1.2 * k, fill="#c9ced6")
    cx, cy = x + w / 2, H * 0.52
    c.rect(cx - 34 * k, cy - 14 * k, 68 * k, 28 * k, rx=4 * k, fill="#e3e5e9", stroke="#c9ced6", width=LB)
    c.circle(cx - 20 * k, cy, 7 * k, fill="none", stroke="#8a94a4", width=1.6 * k)
    c.line([(cx - 25 * k, cy + 5 * k), (cx - 15 * k, cy - 5 * k)], "#8a94a4", 1.6 * k)
    SC.bars(c, cx - 8 * k, cy - 4 * k, 36 * k, 2.4 * k, n=2, col="#a9b1bd")
    # the profile: a blank silhouette, crossed out
    c.circle(cx, H * 0.8, 8 * k, fill="#d5d8dd")
    c.line([(cx - 5 * k, H * 0.8 - 5 * k), (cx + 5 * k, H * 0.8 + 5 * k)], "#a9b1bd", 1.4 * k)
    c.line([(cx + 5 * k, H * 0.8 - 5 * k), (cx - 5 * k, H * 0.8 + 5 * k)], "#a9b1bd", 1.4 * k)


def chat_list_gone(c, panel, light):
    W, H = panel.w, panel.h
    ph = SC.phone_closeup(c, W, H, who=None, content="none", glow=True)
    k = ph.k
    top = ph.status()
    c.rect(ph.sx, top, ph.sw, 10 * k, fill="#ffffff")
    c.rect(ph.sx + 5 * k, top + 4 * k, 24 * k, 3 * k, rx=1.5 * k, fill="#4a5a78")
    rows = [0.32, 0.44, 0.56, 0.68, 0.8, 0.92]
    for i, ry in enumerate(rows):
        yy = H * ry
        if i == 1:
            continue           # where Mara's chat was: nothing
        SC.plain_avatar(c, ph.sx + 9 * k, yy, 4.4 * k, col=["#e9c7a0", "#bcd8c8", "#d8c8e8", "#f0d0c0",
                                                         "#c8d0e8", "#e0d0a8"][i])
        c.rect(ph.sx + 17 * k, yy - 3 * k, 30 * k, 2.4 * k, rx=1.2 * k, fill="#4a5a78")
        c.rect(ph.sx + 17 * k, yy + 1.4 * k, 50 * k, 2 * k, rx=1 * k, fill="#b5bdc8")
        c.line([(ph.sx + 17 * k, yy + 6 * k), (ph.sx + ph.sw, yy + 6 * k)], "#e3e7ec", LB * 0.6)


def novak_email(c, panel, light):
    W, H = panel.w, panel.h
    x, y, w, h = SC.monitor_frame(c, 0.5 * W, 0.26 * H, 0.62 * W, 0.8 * H)
    SC.email_screen(c, x + w * 0.04, y + h * 0.05, w * 0.9, h * 0.9)
    with c.toned(light.fig_tone):
        fig(c, "novak", W * 0.26, H * 0.6, H * 0.16, light, body="bust", expr="grim", facing=1, gaze=(1, 0.3))
    c.ellipse(W * 0.3, H * 0.6, W * 0.2, H * 0.22, fill="#e6f4ff", opacity=0.12)


# ------------------------------------------------------------------------------------------- screens with people

def _window_cover(c, x0, y0, x1, y1, box, col):
    """Four bands around a window, so people drawn in it end at its edges."""
    bx0, by0, bx1, by1 = box
    c.rect(x0, y0, x1 - x0, by0 - y0, fill=col)
    c.rect(x0, by1, x1 - x0, y1 - by1, fill=col)
    c.rect(x0, by0, bx0 - x0, by1 - by0, fill=col)
    c.rect(bx1, by0, x1 - bx1, by1 - by0, fill=col)
    c.rect(bx0, by0, bx1 - bx0, by1 - by0, fill="none", stroke=INK, width=LB)


def video_screen(screen, windows, people, decor=None, after=None):
    """A wall screen with video windows; `people` are drawn inside their windows, cut at the edges.

    screen: (x0, y0, x1, y1) fractions; windows: [(x0, y0, x1, y1, bg)]; people: [(who, x, y, r, kw)].
    """
    def draw(c, panel, light):
        W, H = panel.w, panel.h
        sx0, sy0, sx1, sy1 = [v * (W if i % 2 == 0 else H) for i, v in enumerate(screen)]
        frame = "#2c303c"
        c.rect(sx0, sy0, sx1 - sx0, sy1 - sy0, rx=10, fill=frame, stroke=INK, width=LINE_FIG)
        pad = 0.012 * W
        inner = (sx0 + pad, sy0 + pad, sx1 - pad, sy1 - pad)
        c.rect(inner[0], inner[1], inner[2] - inner[0], inner[3] - inner[1], fill="#3a4050")
        boxes = []
        for (x0, y0, x1, y1, bg) in windows:
            b = (x0 * W, y0 * H, x1 * W, y1 * H)
            boxes.append(b)
            c.rect(b[0], b[1], b[2] - b[0], b[3] - b[1], fill=bg)
            if bg == P["eu_blue"]:
                import math

                cx, cy, rr = b[0] + (b[2] - b[0]) * 0.75, b[1] + (b[3] - b[1]) * 0.3, (b[3] - b[1]) * 0.16
                for kk in range(12):
                    a = math.radians(kk * 30)
                    c.circle(cx + rr * math.sin(a), cy - rr * math.cos(a), rr * 0.13, fill=P["eu_star"])
        if decor:
            decor(c, W, H)
        with c.toned(light.fig_tone):
            for (who, x, y, r, kw) in people:
                box = next(b for b in boxes if b[0] <= x * W <= b[2] and b[1] <= y * H <= b[3])
                kw = dict(kw)
                kw.setdefault("cut", (box[3] - y * H) / (r * H) * 100 + 40)
                fig(c, who, x * W, y * H, r * H, light, **kw)
        if after:
            after(c, W, H)
        # cut people at their window edges: cover everything between the windows with the screen colour
        _cover_between(c, inner, boxes, "#3a4050")
        c.rect(sx0, sy0, sx1 - sx0, sy1 - sy0, rx=10, fill="none", stroke=frame, width=pad * 2)
        c.rect(sx0 - pad * 0.5, sy0 - pad * 0.5, sx1 - sx0 + pad, sy1 - sy0 + pad, rx=12, fill="none", stroke=INK,
               width=LINE_FIG)
    return draw


def _cover_between(c, inner, boxes, col):
    """Paint the screen area outside the windows (a grid of bands), then outline each window."""
    x0, y0, x1, y1 = inner
    xs = sorted({x0, x1, *[b[0] for b in boxes], *[b[2] for b in boxes]})
    ys = sorted({y0, y1, *[b[1] for b in boxes], *[b[3] for b in boxes]})
    for i in range(len(xs) - 1):
        for j in range(len(ys) - 1):
            cx, cy = (xs[i] + xs[i + 1]) / 2, (ys[j] + ys[j + 1]) / 2
            if any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes):
                continue
            c.rect(xs[i] - 0.5, ys[j] - 0.5, xs[i + 1] - xs[i] + 1, ys[j + 1] - ys[j] + 1, fill=col)
    # anything that spilled past the screen itself
    for b in boxes:
        c.rect(b[0], b[1], b[2] - b[0], b[3] - b[1], fill="none", stroke=INK, width=LB)


videoconf = video_screen((0.5, 0.2, 0.98, 0.93),
                         [(0.53, 0.24, 0.86, 0.89, "#cfd8c8"), (0.87, 0.24, 0.96, 0.56, P["eu_blue"])],
                         [("haller", 0.765, 0.66, 0.085, dict(body="bust", expr="talk", facing=-1)),
                          ("coordinator", 0.915, 0.43, 0.05, dict(body="bust", expr="calm", facing=-1))])


def weber_call(c, panel, light):
    video_screen((0.46, 0.2, 0.98, 0.97), [(0.5, 0.24, 0.95, 0.6, "#d6d0c0")],
                 [("weber", 0.77, 0.36, 0.075, dict(body="bust", expr="calm", facing=-1, gaze=(0, 1)))])(c, panel, light)
    W, H = panel.w, panel.h
    SC.map_screen(c, 0.5 * W, 0.62 * H, 0.45 * W, 0.32 * H, mode="none", pin=True)
    c.rect(0.5 * W, 0.62 * H, 0.45 * W, 0.32 * H, fill="none", stroke=INK, width=LB)


def _courtroom_decor(c, W, H):
    """The far courtroom on the video link: wood panels, and the judge's bench at the top right."""
    for i in range(8):
        x = W * (0.53 + i * 0.053)
        c.rect(x, H * 0.5, W * 0.053, H * 0.43, fill=P["wood"], stroke=INK, width=LB * 0.6)


def _court_bench(c, W, H):
    c.rect(W * 0.83, H * 0.28, W * 0.125, H * 0.12, fill=P["wood_dark"], stroke=INK, width=LB)


court_link = video_screen((0.5, 0.05, 0.98, 0.97), [(0.53, 0.09, 0.955, 0.93, "#d9cbb0")],
                          [("judge", 0.9, 0.21, 0.035, dict(body="bust", expr="firm", facing=-1, cut=260)),
                           ("defence", 0.7, 0.66, 0.06, dict(body="stand", arms="hand_out", expr="talk",
                                                               facing=1))],
                          decor=_courtroom_decor, after=_court_bench)


def montage_weeks(c, panel, light):
    W, H = panel.w, panel.h
    import math

    # left: calendar pages blowing away
    rng = [(0.06, 0.42, -18), (0.14, 0.62, 12), (0.22, 0.36, -6), (0.3, 0.7, 20), (0.09, 0.82, 30)]
    for x, y, rot in rng:
        s = H / 700
        with c.group(f"translate({x * W:.1f},{y * H:.1f}) rotate({rot}) scale({s:.4f})", lw=1 / s):
            c.rect(-70, -80, 140, 160, fill=P["paper"], stroke=INK, width=LINE_FIG)
            c.rect(-70, -80, 140, 36, fill=P["red"], stroke=INK, width=LINE_FIG)
            for i in range(3):
                for j in range(4):
                    c.rect(-56 + j * 30, -30 + i * 34, 22, 24, fill="#ece6da")
    # right: Novak waiting by a silent phone, in an inset
    box = (0.72 * W, 0.22 * H, 0.985 * W, 0.95 * H)
    c.rect(box[0], box[1], box[2] - box[0], box[3] - box[1], fill="#d9e1e6")
    c.rect(box[0], 0.8 * H, box[2] - box[0], 0.15 * H, fill=P["wood_light"])
    with c.toned(light.fig_tone):
        fig(c, "novak", 0.8 * W, 0.56 * H, 0.1 * H, light, body="bust", arms="chin", expr="tired", facing=1,
            gaze=(1, 1))
    from tools.art.props import draw_prop

    draw_prop(c, "phone", 0.92 * W, 0.82 * H, H / 900, rot=80)
    _cover_between(c, (box[0] - 40, box[1] - 40, box[2] + 40, box[3] + 40), [box], "#ffffff")
    c.rect(box[0], box[1], box[2] - box[0], box[3] - box[1], fill="none", stroke=INK, width=LINE_FIG)
