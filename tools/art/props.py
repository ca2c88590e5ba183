"""Objects people hold or that lie about: phones, tablets, evidence bags, forms, boots…

Every prop is drawn centred on its origin in head units (a head's radius is 100), so the same prop is the
right size in a hand, on a table, or in a close-up (the panel just scales it). Screens never carry
readable text: lines and bubbles stand for writing, and the lettering adds the words.
"""

from __future__ import annotations

from tools.art.style import INK, LINE_FIG, P, shade, tint
from tools.art.svg import Canvas, blob, num

O = LINE_FIG


def _phone_back(c: Canvas, lit: bool = False, **_):
    c.rect(-38, -70, 76, 140, rx=14, fill="#2d3140", stroke=INK, width=O)
    if lit:
        c.rect(-31, -62, 62, 124, rx=9, fill="#d9ecfb")
        for i, (x, w) in enumerate([(-24, 34), (-6, 30), (-24, 38), (-4, 28)]):
            col = "#ffffff" if x < -10 else "#bfe3cf"
            c.rect(x, -48 + i * 26, w, 16, rx=7, fill=col)
    else:
        c.circle(-20, -52, 7, fill="#596074")


def phone(c, **kw):
    _phone_back(c, **kw)


def phone_lit(c, **kw):
    _phone_back(c, lit=True)


def keys(c, **_):
    c.circle(0, 0, 22, stroke=P["metal_dark"], width=7)
    c.path("M10 14 L30 70 L42 66 L38 56 L46 52 L40 40 L30 10 Z", fill=P["mustard"], stroke=INK, width=O * 0.7)
    c.path("M-8 16 L-16 74 L-4 76 L0 62 L8 60 L6 14 Z", fill=P["metal"], stroke=INK, width=O * 0.7)


def mug(c, col=None, steam=False, **_):
    col = col or P["coral"]
    c.path("M44 -20 C84 -20 84 40 44 40", stroke=INK, width=14)
    c.path("M44 -20 C84 -20 84 40 44 40", stroke=col, width=6)
    c.rect(-44, -50, 88, 110, rx=12, fill=col, stroke=INK, width=O)
    c.ellipse(0, -50, 44, 12, fill="#6b4532", stroke=INK, width=O * 0.8)
    if steam:
        for x in (-16, 14):
            c.path(f"M{x} -70 Q{x - 14} -100 {x} -120 Q{x + 14} -140 {x} -165", stroke="#ffffff", width=7,
                   opacity=0.8)


def cup(c, **kw):
    mug(c, col=P["mustard"], steam=True)


def boot(c, col=None, **_):
    col = col or P["orange"]
    c.path("M-70 -40 L-20 -44 L-10 0 C30 2 70 8 80 30 L80 44 L-74 44 Z", fill=col, stroke=INK, width=O)
    c.path("M-20 -30 L-50 20 M-10 -20 L-30 24", stroke=P["white"], width=6)
    c.path("M-70 30 L80 30", stroke=INK, width=O * 0.6)
    for x in (-50, -10, 30, 60):
        c.rect(x - 6, 44, 12, 12, fill=P["grey_dark"])


def boots_box(c, open_=True, **_):
    c.poly([(-120, -30), (120, -30), (110, 60), (-110, 60)], fill="#f2efe8", stroke=INK, width=O)
    c.rect(-120, -30, 240, 22, fill=P["orange"], stroke=INK, width=O * 0.7)
    if open_:
        c.poly([(-120, -30), (-160, -80), (80, -80), (120, -30)], fill="#e4e0d8", stroke=INK, width=O)


def tablet(c, lit=False, **_):
    c.rect(-110, -80, 220, 160, rx=16, fill=P["purple"], stroke=INK, width=O)
    c.rect(-96, -66, 192, 132, rx=6, fill="#dbe9f4" if lit else "#2b3142")
    c.path("M60 -66 L30 -20 L52 10 L20 60", stroke="#ffffff" if not lit else "#9aa3b5", width=3, opacity=0.8)
    c.path("M-110 -30 L-90 -36 L-84 -20", stroke=shade(P["purple"], 0.3), width=5)


def tablet_lit(c, **kw):
    tablet(c, lit=True)


def photo(c, **_):
    c.rect(-50, -64, 100, 128, fill=P["white"], stroke=INK, width=O)
    c.rect(-40, -54, 80, 92, fill=P["sky_day"])
    c.ellipse(0, -14, 18, 22, fill=P["skin_3"])
    c.path("M-30 38 Q0 0 30 38 Z", fill=P["green"])
    c.path("M-18 -30 Q0 -48 18 -30 L22 -10 Q26 0 18 4 L18 -24 Q0 -30 -18 -24 Z", fill=P["hair_dark"])


def note(c, **_):
    c.poly([(-50, -60), (50, -64), (54, 60), (-46, 64)], fill=P["paper"], stroke=INK, width=O)
    for i in range(4):
        c.line([(-34, -36 + i * 24), (30 - (i % 2) * 20, -38 + i * 24)], "#6a7ba0", 5)


def sketchbook(c, **_):
    c.rect(-80, -60, 160, 120, rx=6, fill=P["red"], stroke=INK, width=O)
    for i in range(7):
        c.circle(-60 + i * 20, -60, 6, fill=P["white"], stroke=INK, width=O * 0.5)


def notebook(c, col=None, **_):
    col = col or "#8c3f3f"
    c.rect(-50, -66, 100, 132, rx=6, fill=col, stroke=INK, width=O)
    c.rect(-40, -60, 8, 120, fill=shade(col, 0.3))


def notebook_open(c, **_):
    c.poly([(-110, -60), (0, -50), (110, -60), (110, 60), (0, 70), (-110, 60)], fill=P["paper"], stroke=INK,
           width=O)
    c.line([(0, -50), (0, 70)], INK, O * 0.6)
    for i in range(4):
        c.line([(-90, -30 + i * 22), (-20, -26 + i * 22)], "#6a7ba0", 5)
        c.line([(20, -26 + i * 22), (90 - (i == 3) * 40, -30 + i * 22)], "#6a7ba0", 5)
    c.rect(30, 20, 56, 24, fill="none", stroke=P["red"], width=5)


def pen(c, **_):
    c.poly([(-8, -60), (8, -60), (8, 40), (0, 60), (-8, 40)], fill=P["navy"], stroke=INK, width=O * 0.7)


def clipboard(c, **_):
    c.rect(-80, -110, 160, 220, rx=10, fill=P["wood_light"], stroke=INK, width=O)
    c.rect(-66, -90, 132, 186, fill=P["paper"], stroke=INK, width=O * 0.5)
    c.rect(-30, -120, 60, 26, rx=6, fill=P["metal"], stroke=INK, width=O * 0.7)
    for i in range(6):
        c.line([(-50, -60 + i * 26), (50 - (i % 3) * 20, -60 + i * 26)], "#7d8aa6", 5)
    c.rect(-50, 70, 50, 14, fill="none", stroke=P["blue"], width=4)


def form(c, **kw):
    c.rect(-90, -120, 180, 240, fill=P["paper"], stroke=INK, width=O)
    c.rect(-70, -100, 140, 20, fill=P["police"])
    for i in range(6):
        c.rect(-70, -64 + i * 28, 140, 16, fill="none", stroke="#8c97ad", width=3)
    c.path("M-60 100 Q-40 80 -20 100 Q0 116 20 92 Q30 84 40 100", stroke=P["blue"], width=4)


def evidence_bag(c, content="phone", label=True, sealed=True, **_):
    c.path("M-90 -120 L90 -120 L96 120 L-96 120 Z", fill="#e8f1f4", stroke=INK, width=O, opacity=None)
    if content == "phone":
        c.rect(-40, -60, 80, 140, rx=14, fill="#2d3140", stroke=INK, width=O * 0.8)
    elif content == "id":
        id_card(c, dx=0, dy=10)
    elif content == "tablet":
        c.rect(-70, -40, 140, 110, rx=12, fill=P["purple"], stroke=INK, width=O * 0.8)
    elif content == "stuff":
        c.rect(-60, -40, 70, 110, rx=10, fill="#2d3140", stroke=INK, width=O * 0.7)
        id_card(c, dx=30, dy=40)
    c.path("M-90 -120 L90 -120 L96 120 L-96 120 Z", fill="#ffffff", opacity=0.35)
    if sealed:
        c.rect(-90, -120, 180, 26, fill=P["red"], stroke=INK, width=O * 0.7)
    if label:
        c.rect(-70, 70, 140, 44, fill=P["white"], stroke=INK, width=O * 0.6)
        for i in range(2):
            c.line([(-58, 84 + i * 16), (40 - i * 30, 84 + i * 16)], "#7d8aa6", 4)


def pouch(c, open_=False, content=None, **_):
    c.path("M-100 -110 L100 -110 L104 120 L-104 120 Z", fill="#8a8e96", stroke=INK, width=O)
    c.path("M-100 -110 L100 -110 L100 -84 L-100 -84 Z", fill="#6d717a", stroke=INK, width=O * 0.7)
    for i in range(4):
        c.line([(-84 + i * 56, -70), (-84 + i * 56, 110)], "#9a9ea6", 4)
    c.rect(-50, 10, 100, 50, fill=P["white"], stroke=INK, width=O * 0.6)
    if content == "tablet":
        c.rect(-80, -170, 160, 110, rx=12, fill=P["purple"], stroke=INK, width=O)
        c.rect(-68, -160, 136, 80, rx=4, fill="#2b3142")
        plane(c, 0, -120, 0.45, "#ffffff")


def plane(c, x, y, k=1.0, col="#ffffff"):
    """The flight-mode symbol."""
    pts = [(0, -60), (10, -40), (10, -14), (60, 12), (60, 24), (10, 10), (8, 40), (22, 52), (22, 60),
           (0, 54), (-22, 60), (-22, 52), (-8, 40), (-10, 10), (-60, 24), (-60, 12), (-10, -14), (-10, -40)]
    c.poly([(x + px * k, y + py * k) for px, py in pts], fill=col)


def sign_mara(c, **_):
    c.rect(-150, -80, 300, 150, rx=6, fill="#e8d6b4", stroke=INK, width=O)
    ink = "#233a6b"
    w = 12
    # M A R A, drawn as strokes: a name on cardboard, the same in every language
    c.line([(-120, 40), (-120, -40), (-95, 0), (-70, -40), (-70, 40)], ink, w)
    c.line([(-50, 40), (-25, -40), (0, 40)], ink, w)
    c.line([(-40, 14), (-10, 14)], ink, w)
    c.path("M20 40 L20 -40 Q66 -40 62 -14 Q58 8 22 8 L64 40", stroke=ink, width=w)
    c.line([(80, 40), (105, -40), (130, 40)], ink, w)
    c.line([(90, 14), (120, 14)], ink, w)


def police_hat(c, **_):
    c.path("M-80 0 C-80 -60 80 -60 80 0 Z", fill=P["police"], stroke=INK, width=O)
    c.path("M-90 0 L90 0 L70 26 L-70 26 Z", fill="#1f2433", stroke=INK, width=O)
    c.rect(-16, -36, 32, 26, rx=6, fill=P["mustard"], stroke=INK, width=O * 0.6)


def flyers(c, **_):
    for i in range(3):
        dx = i * 8
        c.rect(-60 + dx, -80 - dx, 120, 160, fill=P["white"], stroke=INK, width=O * 0.8)
    c.rect(-44 + 16, -66 - 16, 88, 22, fill=P["red"])
    c.rect(-30 + 16, -36 - 16, 60, 70, fill=P["sky_day"])
    c.ellipse(16, -12, 14, 18, fill=P["skin_3"])
    c.path("M-14 18 Q16 -6 46 18 Z", fill=P["green"])
    c.line([(-30 + 16, 40), (30 + 16, 40)], "#7d8aa6", 5)


def card(c, number=True, **_):
    c.rect(-80, -46, 160, 92, rx=6, fill=P["card"], stroke=INK, width=O)
    c.rect(-64, -30, 22, 22, fill=P["police"])
    c.line([(-30, -22), (50, -22)], "#6d7a94", 6)
    c.line([(-30, -4), (30, -4)], "#9aa3b5", 5)
    if number:
        c.path("M-60 26 Q-40 10 -20 26 Q0 40 20 22 Q40 10 60 26", stroke=P["blue"], width=5)


def ball(c, **_):
    c.circle(0, 0, 60, fill=P["white"], stroke=INK, width=O)
    c.poly([(0, -20), (19, -6), (12, 16), (-12, 16), (-19, -6)], fill=INK)
    for a, b in [((0, -20), (0, -58)), ((19, -6), (55, -18)), ((12, 16), (34, 48)), ((-12, 16), (-34, 48)),
                 ((-19, -6), (-55, -18))]:
        c.line([a, b], INK, 4)


def parcel(c, w=1.0, **_):
    c.poly([(-80 * w, -40), (80 * w, -40), (80 * w, 60), (-80 * w, 60)], fill="#c99e6e", stroke=INK, width=O)
    c.poly([(-80 * w, -40), (-50 * w, -70), (110 * w, -70), (80 * w, -40)], fill="#d9b284", stroke=INK, width=O)
    c.poly([(80 * w, -40), (110 * w, -70), (110 * w, 30), (80 * w, 60)], fill="#a9825a", stroke=INK, width=O)
    c.line([(-10 * w, -40), (-10 * w, 60)], "#e8d3a8", 10)


def sheets(c, n=5, **_):
    for i in range(n):
        y = 40 - i * 22
        c.rect(-110 + (i % 2) * 6, y - 22, 220, 24, rx=6, fill="#f7f7f4" if i % 2 else "#ecedea", stroke=INK,
               width=O * 0.7)


def folder(c, half=True, **_):
    c.poly([(-130, -80), (-40, -80), (-20, -60), (130, -60), (130, 90), (-130, 90)], fill="#e3c27b", stroke=INK,
           width=O)
    c.rect(-110, -70, 200, 140, fill=P["paper"], stroke=INK, width=O * 0.6)
    if half:
        c.rect(-96, -56, 120, 14, fill="#9aa3b5")
        c.rect(-96, -30, 70, 14, fill="#9aa3b5")
    c.poly([(-130, -30), (130, -30), (140, 100), (-120, 100)], fill="#efcf8a", stroke=INK, width=O)


def case_file(c, **_):
    folder(c, half=False)
    c.rect(-70, 10, 140, 56, rx=6, fill="none", stroke=P["red"], width=10)
    c.line([(-50, 38), (50, 38)], P["red"], 12)


def id_card(c, dx=0, dy=0, **_):
    c.rect(dx - 60, dy - 38, 120, 76, rx=8, fill="#dce8f0", stroke=INK, width=O * 0.8)
    c.rect(dx - 48, dy - 26, 36, 46, fill=P["skin_3"])
    c.path(f"M{dx - 48} {dy - 6} Q{dx - 30} {dy - 34} {dx - 12} {dy - 6} L{dx - 12} {dy - 26} L{dx - 48} {dy - 26} Z",
           fill=P["hair_dark"])
    c.rect(dx - 48, dy + 6, 36, 14, fill=P["green"])
    for i in range(3):
        c.line([(dx, dy - 16 + i * 14), (dx + 46 - i * 10, dy - 16 + i * 14)], "#7d8aa6", 5)


def passports(c, **_):
    c.poly([(-150, -40), (150, -40), (140, 70), (-140, 70)], fill="#d6c7a8", stroke=INK, width=O)
    cols = ["#7a2f3a", "#2f3f6b", "#2f5a44", "#7a2f3a", "#3a2f5a"]
    for i, col in enumerate(cols):
        c.rect(-130 + i * 52, -70 + (i % 2) * 8, 48, 66, rx=4, fill=col, stroke=INK, width=O * 0.7)
    id_card(c, dx=10, dy=-86)


def laptop(c, lit=True, screen=None, **_):
    c.poly([(-150, 0), (150, 0), (175, 34), (-175, 34)], fill=P["metal"], stroke=INK, width=O)
    c.poly([(-140, -190), (140, -190), (140, 0), (-140, 0)], fill="#3a3f4c", stroke=INK, width=O)
    c.rect(-126, -176, 252, 164, fill="#d9e8f3" if lit else "#2b3142")
    if lit and screen is None:
        for i in range(5):
            c.rect(-110, -160 + i * 30, 200 - (i % 3) * 50, 14, fill="#a9bfd4")


def laptop_back(c, **_):
    c.poly([(-150, -180), (150, -180), (150, 0), (-150, 0)], fill="#9aa0aa", stroke=INK, width=O)
    c.circle(0, -90, 16, fill="#c4c8ce")
    c.poly([(-170, 0), (170, 0), (180, 20), (-180, 20)], fill=P["metal_dark"], stroke=INK, width=O)


def laptop_bag(c, **_):
    c.rect(-140, -90, 280, 180, rx=20, fill="#3d3f47", stroke=INK, width=O)
    c.path("M-90 -90 Q0 -200 90 -90", stroke=INK, width=14)
    c.rect(-100, -30, 200, 14, fill="#555862")


def backpack(c, boots=True, **_):
    c.path(blob([(-90, -110), (90, -110), (110, 60), (90, 130), (-90, 130), (-110, 60)]), fill=P["teal"],
           stroke=INK, width=O)
    c.rect(-70, 20, 140, 80, rx=16, fill=shade(P["teal"], 0.15), stroke=INK, width=O * 0.7)
    if boots:
        with c.group("translate(0,-120) scale(0.7)"):
            boot(c)


def school_bag(c, **_):
    c.path(blob([(-110, -60), (110, -60), (120, 70), (-120, 70)]), fill=P["coral"], stroke=INK, width=O)
    c.rect(-80, -10, 160, 60, rx=10, fill=shade(P["coral"], 0.12), stroke=INK, width=O * 0.7)
    c.path("M-60 -60 Q0 -130 60 -60", stroke=INK, width=12)


def handset(c, **_):
    c.path("M-30 -80 Q-60 -80 -56 -50 L-40 50 Q-36 80 -6 80 L10 80 L10 56 L-10 50 L-22 -40 L-2 -50 L-2 -80 Z",
           fill="#2d3140", stroke=INK, width=O)


def tissues(c, **_):
    c.rect(-70, -30, 140, 60, rx=6, fill=P["sky_blue"], stroke=INK, width=O)
    c.path("M-20 -30 Q-10 -80 10 -60 Q30 -80 20 -30 Z", fill=P["white"], stroke=INK, width=O * 0.7)


def water_bottle(c, **_):
    c.rect(-22, -70, 44, 130, rx=12, fill="#bfe0ea", stroke=INK, width=O)
    c.rect(-14, -92, 28, 24, rx=4, fill=P["blue"], stroke=INK, width=O * 0.7)
    c.rect(-22, -20, 44, 30, fill="#ffffff", opacity=0.6)


def calendar(c, circled=True, **_):
    c.rect(-150, -170, 300, 340, rx=8, fill=P["paper"], stroke=INK, width=O)
    c.rect(-150, -170, 300, 60, fill=P["red"], stroke=INK, width=O)
    for r in range(5):
        for k in range(7):
            x, y = -130 + k * 38, -90 + r * 50
            c.rect(x, y, 30, 38, fill="#ece6da")
    if circled:
        c.ellipse(-130 + 4 * 38 + 15, -90 + 2 * 50 + 19, 34, 32, stroke=P["red"], width=8)


def clock(c, h=11, m=0, **_):
    import math

    c.circle(0, 0, 80, fill=P["white"], stroke=INK, width=O * 1.4)
    for i in range(12):
        a = math.radians(i * 30)
        c.line([(70 * math.sin(a), -70 * math.cos(a)), (60 * math.sin(a), -60 * math.cos(a))], INK, 5)
    ah = math.radians((h % 12) * 30 + m * 0.5)
    am = math.radians(m * 6)
    c.line([(0, 0), (40 * math.sin(ah), -40 * math.cos(ah))], INK, 9)
    c.line([(0, 0), (60 * math.sin(am), -60 * math.cos(am))], INK, 6)
    c.circle(0, 0, 7, fill=INK)


def desk_clock(c, **_):
    c.rect(-80, -46, 160, 92, rx=14, fill="#3a3f4c", stroke=INK, width=O)
    c.rect(-62, -30, 124, 60, rx=6, fill="#1c2230")
    seg = "#ff8a70"
    # four digits as bars (22:15), readable as a clock, not as words
    for x in (-52, -24, 14, 42):
        c.rect(x, -20, 18, 40, fill="none", stroke=seg, width=5)
    c.circle(2, -8, 3, fill=seg)
    c.circle(2, 8, 3, fill=seg)


def camera(c, **_):
    c.rect(-50, -26, 90, 52, rx=12, fill=P["grey_light"], stroke=INK, width=O)
    c.circle(40, 0, 22, fill="#2d3140", stroke=INK, width=O)
    c.circle(-30, -10, 6, fill=P["red"])
    c.rect(-70, -6, 22, 12, fill=P["grey"])


def plant(c, **_):
    c.poly([(-50, 20), (50, 20), (38, 110), (-38, 110)], fill=P["coral"], stroke=INK, width=O)
    for ang, L in [(-60, 150), (-25, 190), (10, 200), (40, 160), (70, 120)]:
        import math

        a = math.radians(ang)
        ex, ey = L * math.sin(a), 20 - L * math.cos(a)
        c.path(f"M0 20 Q{ex * 0.2 - 40 * math.cos(a)} {ey * 0.6} {ex} {ey} Q{ex * 0.6 + 30} {ey * 0.3 + 20} 0 20 Z",
               fill=P["tree"], stroke=INK, width=O * 0.8)


def toy_box(c, **_):
    c.rect(-130, -40, 260, 120, rx=10, fill=P["sky_blue"], stroke=INK, width=O)
    c.circle(-70, -60, 40, fill=P["mustard"], stroke=INK, width=O)          # ball
    c.rect(-20, -100, 60, 60, rx=6, fill=P["coral"], stroke=INK, width=O)  # block
    c.path(blob([(60, -40), (70, -110), (110, -120), (120, -60), (110, -40)]), fill="#c9a27a", stroke=INK,
           width=O)                                                       # teddy
    c.circle(80, -118, 14, fill="#c9a27a", stroke=INK, width=O * 0.7)
    c.circle(112, -124, 14, fill="#c9a27a", stroke=INK, width=O * 0.7)
    c.circle(-100, 20, 14, fill=P["white"])
    c.circle(0, 20, 14, fill=P["white"])
    c.circle(100, 20, 14, fill=P["white"])


def envelope(c, **_):
    c.rect(-90, -56, 180, 112, rx=6, fill=P["white"], stroke=INK, width=O)
    c.path("M-90 -56 L0 10 L90 -56", stroke=INK, width=O)


def server(c, **_):
    c.rect(-90, -200, 180, 400, rx=10, fill="#4a5060", stroke=INK, width=O)
    for i in range(6):
        c.rect(-70, -180 + i * 62, 140, 46, rx=4, fill="#5d6475", stroke=INK, width=O * 0.6)
        c.circle(46, -157 + i * 62, 7, fill=P["lime"])


def map_sheet(c, **_):
    c.rect(-160, -110, 320, 220, fill="#e9e4d0", stroke=INK, width=O)
    c.path("M-160 -40 Q-60 -60 0 -20 Q80 30 160 0", stroke="#a9c4d8", width=18)
    c.path("M-20 -110 Q0 0 -30 110", stroke="#c85f50", width=6)


def tape_roll(c, **_):
    c.circle(0, 0, 30, fill="#d9d0b0", stroke=INK, width=O)
    c.circle(0, 0, 14, fill=P["white"], stroke=INK, width=O * 0.6)


def blanket(c, w=500, h=420, col=P["grey_blanket"], **_):
    """A blanket pulled up to the chin; the origin is the middle of its top edge."""
    c.path(blob([(-w / 2, 20), (-w / 4, -10), (w / 4, -10), (w / 2, 20), (w / 2 + 20, h), (-w / 2 - 20, h)]),
           fill=col, stroke=INK, width=O)
    c.path(f"M{-w / 2 + 30} 40 Q0 70 {w / 2 - 30} 40", stroke=tint(col, 0.25), width=14)
    c.line([(-w * 0.1, 90), (-w * 0.16, h)], shade(col, 0.15), 8)


def pillow(c, w=300, **_):
    c.path(blob([(-w / 2, -40), (0, -60), (w / 2, -40), (w / 2 + 10, 40), (0, 60), (-w / 2 - 10, 40)]),
           fill=P["pillow"], stroke=INK, width=O)


HELD = {
    "phone": phone, "phone_lit": phone_lit, "keys": keys, "mug": mug, "cup": cup, "boot": boot,
    "tablet": tablet, "tablet_lit": tablet_lit, "photo": photo, "note": note, "sketchbook": sketchbook,
    "notebook": notebook, "clipboard": clipboard, "evidence_bag": evidence_bag, "pouch": pouch,
    "sign": sign_mara, "hat": police_hat, "flyers": flyers, "card": card, "pen": pen, "handset": handset,
    "sheets": sheets, "form": form, "id": id_card, "parcel": parcel, "ball": ball, "tape": tape_roll,
}

PROPS = dict(HELD)
PROPS.update({
    "boots_box": boots_box, "notebook_open": notebook_open, "folder": folder, "case_file": case_file,
    "passports": passports, "laptop": laptop, "laptop_back": laptop_back, "laptop_bag": laptop_bag,
    "backpack": backpack, "school_bag": school_bag, "tissues": tissues, "water_bottle": water_bottle,
    "calendar": calendar, "clock": clock, "blanket": blanket, "pillow": pillow, "desk_clock": desk_clock, "camera": camera, "plant": plant,
    "toy_box": toy_box, "envelope": envelope, "server": server, "map_sheet": map_sheet,
})

# how held props sit in the hand: (scale, dx, dy, drawn behind the hand?)
GRIP = {
    "phone": (0.9, 0, -30, True), "phone_lit": (0.9, 0, -30, True), "keys": (0.8, 10, 10, False),
    "mug": (0.6, 20, -10, True), "cup": (0.6, 25, -10, True), "boot": (0.9, 40, 10, True),
    "tablet": (0.9, 10, -40, True), "tablet_lit": (0.9, 10, -40, True), "photo": (0.75, 10, -30, True),
    "note": (0.8, 10, -30, True), "sketchbook": (0.8, 0, 0, True), "notebook": (0.8, 10, -30, True),
    "clipboard": (0.7, 20, -40, True), "evidence_bag": (0.8, 10, 50, True), "pouch": (0.8, 10, 70, True),
    "sign": (0.85, -110, -60, False), "hat": (0.8, 20, 10, True), "flyers": (0.7, 20, -40, True),
    "card": (0.7, 30, 0, True), "pen": (0.6, 0, 20, False), "handset": (0.8, 0, 0, False),
    "sheets": (1.2, 60, -20, False), "form": (0.6, 30, -40, True), "id": (0.6, 30, 0, True),
    "parcel": (1.0, 40, -20, True), "ball": (0.8, 30, 0, True), "tape": (0.6, 20, -20, False),
}


def held(c: Canvas, kind: str, hand, s: float, facing: int, behind: bool):
    """Draw a held prop at the hand (called inside the figure's own coordinates)."""
    fn = HELD.get(kind)
    if fn is None:
        return
    k, dx, dy, back = GRIP.get(kind, (0.8, 0, 0, True))
    if back != behind:
        return
    x, y = hand[0] + dx, hand[1] + dy
    # cancel the figure's mirror so signs and screens read the right way round
    with c.group(f"translate({num(x)},{num(y)}) scale({facing * k:.3f},{k:.3f})", lw=c.lw / k):
        fn(c)


def draw_prop(c: Canvas, kind: str, x: float, y: float, s: float, rot: float = 0.0, flip: bool = False, **opts):
    """A free prop at panel pixels (x, y), s pixels per head unit."""
    fn = PROPS[kind]
    tr = f"translate({num(x)},{num(y)})"
    if rot:
        tr += f" rotate({rot:.1f})"
    tr += f" scale({-s if flip else s:.4f},{s:.4f})"
    with c.group(tr, lw=1.0 / s):
        fn(c, **opts)


# ------------------------------------------------------------------------------------------- hands

def hand(c, skin=P["skin_3"], sleeve=None, kind="open", **_):
    """A hand pointing up (rotate the group to point it elsewhere); the origin is the middle of the palm.

    A flat mitten with lines between the fingers reads better than drawn fingers at every size.
    open: fingers straight; grip: fingers folded over something; relax: half open (letting go).
    """
    o = O
    top = {"open": -150, "relax": -125, "grip": -95}.get(kind, -150)
    thumb_tip = {"open": (100, -70), "relax": (90, -40), "grip": (60, -60)}.get(kind, (100, -70))
    c.limb([(40, 10), (78, -20), thumb_tip], skin, 40, INK, o)
    pts = [(-52, 60), (-58, 0), (-56, top * 0.55), (-46, top * 0.92), (-26, top), (0, top - 6), (24, top),
           (42, top * 0.9), (52, top * 0.5), (56, 10), (40, 60)]
    c.path(blob(pts), fill=skin, stroke=INK, width=o)
    for fx in (-22, 2, 26):
        c.line([(fx, top * 0.96), (fx, top * (0.45 if kind != "grip" else 0.62))], shade(skin, 0.3), o * 0.8)
    if kind == "grip":
        c.path(f"M-50 {top * 0.55} Q0 {top * 0.38} 50 {top * 0.5}", stroke=shade(skin, 0.3), width=o * 0.8)
    c.ellipse(-10, 20, 30, 18, fill=shade(skin, 0.08))
    if sleeve:
        c.rect(-66, 56, 132, 170, fill=sleeve, stroke=INK, width=o)
        c.rect(-66, 56, 132, 24, fill=shade(sleeve, 0.15), stroke=INK, width=o * 0.7)


def hands_hold(c, **_):
    """Novak's hand holding Mara's, seen from above: a gentle grip, no drama."""
    with c.group("translate(-90,40) rotate(60)"):
        hand(c, skin=P["skin_3"], sleeve=P["green"], kind="relax")
    with c.group("translate(80,20) rotate(-70)"):
        hand(c, skin=P["skin_1"], sleeve="#26324a", kind="grip")


def hand_rest(c, who="sam", **_):
    from tools.art.cast import CAST

    look = CAST[who]
    with c.group("rotate(75)"):
        hand(c, skin=look.skin, sleeve=look.top_col, kind="relax")


def cables(c, **_):
    for i, col in enumerate(("#f2f2ee", "#2d3140", "#f2f2ee")):
        c.path(f"M{-140 + i * 60} -10 C{-100 + i * 40} 60 {-20 + i * 30} -60 {40 + i * 50} 20", stroke=col, width=8)
        c.rect(40 + i * 50 - 14, 12, 28, 20, rx=4, fill=col, stroke=INK, width=O * 0.6)


def motion(c, **_):
    """Speed lines behind something moving right."""
    for i, (y, L) in enumerate([(-40, 160), (0, 220), (40, 150)]):
        c.line([(-L, y), (-20, y)], "#ffffff", 10, opacity=0.8)


def hug_arm(c, skin=P["skin_3"], sleeve=P["plum"], **_):
    """An arm around someone's back (drawn over them), from the shoulder at the origin."""
    c.limb([(0, 0), (150, 70), (250, 30)], sleeve, 54, INK, O)
    c.circle(262, 24, 30, fill=skin, stroke=INK, width=O)


def tablet_login(c, **_):
    c.rect(-110, -80, 220, 160, rx=16, fill=P["purple"], stroke=INK, width=O)
    c.rect(-96, -66, 192, 132, rx=6, fill="#eef1f6")
    c.circle(0, -30, 18, fill="#c8ccd4")
    c.rect(-50, 0, 100, 14, rx=5, fill=P["white"], stroke="#b5bdc8", width=3)
    c.rect(-50, 22, 100, 14, rx=5, fill=P["white"], stroke="#b5bdc8", width=3)
    c.rect(-30, 44, 60, 14, rx=7, fill=P["blue"])
    c.path("M60 -66 L30 -20 L52 10 L20 60", stroke="#9aa3b5", width=3)


HELD["tablet_login"] = tablet_login
GRIP["tablet_login"] = (0.9, 10, -40, True)
PROPS.update({"motion": motion, "hug_arm": hug_arm, "hand": hand, "hands_hold": hands_hold, "hand_rest": hand_rest, "cables": cables,
              "tablet_login": tablet_login})
