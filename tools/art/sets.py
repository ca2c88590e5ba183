"""Furniture and vehicles that people use: sofas, beds, chairs, desks, tables, benches, vans.

They are sized in head units like the figures (a head's radius is 100) and placed at a reference point,
usually where somebody sits, so a chair always fits the person on it whatever the shot.
"""

from __future__ import annotations

from tools.art.style import INK, LINE_BG, P, mix, shade, tint
from tools.art.svg import Canvas, blob, num

O = LINE_BG


def sofa(c: Canvas, w=760, col=P["sofa"], **_):
    """Seen from the front; the origin is the middle of the seat top."""
    c.rect(-w / 2, -300, w, 300, rx=50, fill=shade(col, 0.08), stroke=INK, width=O)
    c.rect(-w / 2 - 60, -140, 110, 330, rx=40, fill=col, stroke=INK, width=O)
    c.rect(w / 2 - 50, -140, 110, 330, rx=40, fill=col, stroke=INK, width=O)
    c.rect(-w / 2 + 40, -20, w - 80, 120, rx=24, fill=col, stroke=INK, width=O)
    c.line([(0, -10), (0, 100)], shade(col, 0.2), O)
    c.rect(-w / 2 - 50, 190, 30, 40, fill=P["wood_dark"])
    c.rect(w / 2 + 20, 190, 30, 40, fill=P["wood_dark"])
    c.rect(-w / 2 + 10, -250, 120, 100, rx=30, fill=P["mustard"], stroke=INK, width=O)


def sofa_back(c: Canvas, w=900, col=P["sofa"], **_):
    """The back of a sofa seen from behind, in the foreground; the origin is the middle of its top edge."""
    c.rect(-w / 2 - 80, 120, 200, 400, rx=60, fill=col, stroke=INK, width=O)
    c.rect(w / 2 - 120, 120, 200, 400, rx=60, fill=col, stroke=INK, width=O)
    c.rect(-w / 2, 0, w, 420, rx=60, fill=shade(col, 0.05), stroke=INK, width=O)
    c.line([(-w / 2 + 40, 60), (w / 2 - 40, 60)], shade(col, 0.2), O)
    c.line([(0, 20), (0, 420)], shade(col, 0.15), O)


def armchair(c: Canvas, col=P["sofa"], **_):
    sofa(c, w=240, col=col)


def chair(c: Canvas, col=P["wood"], back=True, **_):
    """Side view facing +x; the origin is the middle of the seat top."""
    c.rect(-140, 0, 280, 34, rx=8, fill=col, stroke=INK, width=O)
    c.rect(-130, 34, 24, 300, fill=shade(col, 0.2), stroke=INK, width=O)
    c.rect(106, 34, 24, 300, fill=shade(col, 0.2), stroke=INK, width=O)
    if back:
        c.rect(-160, -330, 30, 364, rx=10, fill=col, stroke=INK, width=O)


def office_chair(c: Canvas, col="#3d4350", **_):
    c.rect(-150, 0, 300, 50, rx=20, fill=col, stroke=INK, width=O)
    c.rect(-190, -320, 60, 340, rx=26, fill=col, stroke=INK, width=O)
    c.rect(-16, 50, 32, 190, fill=P["metal_dark"])
    c.line([(-160, 260), (160, 260)], P["metal_dark"], 30)


def soft_chair(c: Canvas, col="#9db7c9", **_):
    """A low, soft chair (child-friendly room), side view facing +x."""
    c.path(blob([(-200, -40), (150, -40), (200, 60), (180, 200), (-180, 200), (-210, 60)]), fill=col, stroke=INK,
           width=O)
    c.path(blob([(-230, -330), (-120, -340), (-110, 40), (-220, 60)]), fill=shade(col, 0.08), stroke=INK, width=O)


def bed(c: Canvas, w=1100, col=P["blanket_mara"], head="left", **_):
    """Side view; the origin is the middle of the mattress top."""
    c.rect(-w / 2, 0, w, 150, rx=20, fill=P["bed"], stroke=INK, width=O)
    c.rect(-w / 2, 150, w, 110, fill=P["wood"], stroke=INK, width=O)
    hx = -w / 2 - 40 if head == "left" else w / 2
    c.rect(hx, -280, 40, 540, rx=10, fill=P["wood"], stroke=INK, width=O)
    px = -w / 2 + 40 if head == "left" else w / 2 - 260
    c.rect(px, -70, 220, 80, rx=36, fill=P["pillow"], stroke=INK, width=O)
    bx0 = -w / 2 + 220 if head == "left" else -w / 2
    c.rect(bx0, -10, w - 220, 190, rx=30, fill=col, stroke=INK, width=O)
    c.line([(bx0 + 60, 40), (bx0 + w - 280, 40)], shade(col, 0.15), O)


def mattress(c: Canvas, w=900, col=P["grey_blanket"], blanket=True, **_):
    """A mattress on the floor, seen from the side; the origin is the middle of its top."""
    c.rect(-w / 2, 0, w, 90, rx=18, fill=P["mattress"], stroke=INK, width=O)
    c.line([(-w / 2 + 20, 45), (w / 2 - 20, 45)], shade(P["mattress"], 0.12), O)
    if blanket:
        c.path(blob([(-w / 2 + 200, 10), (-w / 2 + 260, -110), (w / 2 - 80, -90), (w / 2 - 10, 30)]), fill=col,
               stroke=INK, width=O)


def bench(c: Canvas, w=800, col=P["wood"], **_):
    """A park bench seen from the front; the origin is the middle of the seat."""
    c.rect(-w / 2, -300, w, 50, rx=10, fill=col, stroke=INK, width=O)
    c.rect(-w / 2, -220, w, 50, rx=10, fill=col, stroke=INK, width=O)
    c.rect(-w / 2, 0, w, 50, rx=10, fill=col, stroke=INK, width=O)
    for x in (-w / 2 + 60, w / 2 - 90):
        c.rect(x, -300, 30, 620, fill="#4a4f5a", stroke=INK, width=O)


def bench_side(c: Canvas, w=700, col="#7d8590", **_):
    """A waiting-room bench, seen from the front, no back."""
    c.rect(-w / 2, 0, w, 44, rx=8, fill=col, stroke=INK, width=O)
    for x in (-w / 2 + 40, w / 2 - 70):
        c.rect(x, 44, 30, 290, fill=P["metal_dark"], stroke=INK, width=O)


def desk(c: Canvas, w=900, col=P["wood"], drawers=True, **_):
    """Seen from the front; the origin is the middle of the desk top edge."""
    c.rect(-w / 2, 0, w, 40, fill=tint(col, 0.1), stroke=INK, width=O)
    c.rect(-w / 2 + 20, 40, w - 40, 500, fill=col, stroke=INK, width=O)
    if drawers:
        for i in range(3):
            c.rect(w / 2 - 260, 70 + i * 130, 200, 110, fill=tint(col, 0.06), stroke=INK, width=O * 0.8)
            c.rect(w / 2 - 190, 115 + i * 130, 60, 14, fill=P["metal_dark"])


def table(c: Canvas, w=800, col=P["wood_light"], cloth=None, depth=130, **_):
    """Seen from the front and a little above; the origin is the middle of the front edge."""
    c.poly([(-w / 2, 0), (w / 2, 0), (w / 2 - 70, -depth), (-w / 2 + 70, -depth)], fill=tint(col, 0.15),
           stroke=INK, width=O)
    c.rect(-w / 2, 0, w, 40, rx=8, fill=col, stroke=INK, width=O)
    if cloth:
        c.poly([(-w / 2 + 20, 40), (w / 2 - 20, 40), (w / 2 - 40, 140), (-w / 2 + 40, 140)], fill=cloth, stroke=INK,
               width=O)
    for x in (-w / 2 + 40, w / 2 - 70):
        c.rect(x, 40, 30, 420, fill=shade(col, 0.2), stroke=INK, width=O)


def low_table(c: Canvas, w=600, col=P["wood_light"], **_):
    c.rect(-w / 2, 0, w, 36, rx=10, fill=col, stroke=INK, width=O)
    for x in (-w / 2 + 30, w / 2 - 60):
        c.rect(x, 36, 30, 160, fill=shade(col, 0.2), stroke=INK, width=O)


def monitor(c: Canvas, w=520, h=340, screen="#d9e8f3", lines=True, back=False, **_):
    """A computer screen standing on a desk; the origin is the bottom of its stand."""
    c.rect(-60, -16, 120, 16, fill=P["grey_dark"], stroke=INK, width=O)
    c.rect(-18, -80, 36, 70, fill=P["grey_dark"])
    c.rect(-w / 2, -80 - h, w, h, rx=12, fill="#343946", stroke=INK, width=O)
    if back:
        return
    c.rect(-w / 2 + 16, -80 - h + 16, w - 32, h - 32, fill=screen)
    if lines:
        for i in range(int((h - 60) / 38)):
            c.rect(-w / 2 + 40, -80 - h + 40 + i * 38, (w - 100) * (0.5 + ((i * 37) % 10) / 20), 16, fill="#a9bfd4")


def extractor(c: Canvas, **_):
    """A small forensic extraction box with a cable to a phone."""
    c.rect(-110, -70, 220, 70, rx=12, fill="#4a5060", stroke=INK, width=O)
    c.circle(60, -36, 12, fill=P["lime"])
    c.circle(20, -36, 12, fill=P["mustard"])
    c.path("M-110 -30 C-180 -30 -180 -10 -230 -10", stroke=INK, width=10)
    c.rect(-300, -60, 70, 120, rx=12, fill="#2d3140", stroke=INK, width=O)


def whiteboard(c: Canvas, w=800, h=480, pins=("profile", "ticket"), sparse=False, **_):
    """The origin is the board's top-left corner."""
    c.rect(0, 0, w, h, rx=10, fill=P["white"], stroke=INK, width=O * 1.2)
    c.rect(0, h, w, 24, fill=P["metal"], stroke=INK, width=O)
    slots = [(60, 60), (320, 80), (560, 50), (140, 270), (420, 280)]
    for (x, y), kind in zip(slots, pins):
        c.rect(x, y, 180, 150, fill=P["paper"], stroke=INK, width=O * 0.7)
        c.circle(x + 90, y + 6, 10, fill=P["red"])
        if kind == "profile":
            c.circle(x + 90, y + 60, 34, fill="#c8ccd4")
            c.path(f"M{x + 56} {y + 52} L{x + 124} {y + 52} L{x + 130} {y + 40} L{x + 60} {y + 34} Z", fill=P["blue"])
            c.path(f"M{x + 40} {y + 140} Q{x + 90} {y + 80} {x + 140} {y + 140} Z", fill="#c8ccd4")
        elif kind == "ticket":
            c.rect(x + 20, y + 30, 140, 70, fill=P["mustard"], stroke=INK, width=O * 0.6)
            c.line([(x + 110, y + 30), (x + 110, y + 100)], INK, O * 0.6)
            c.line([(x + 30, y + 120), (x + 140, y + 120)], "#8c97ad", 8)
        elif kind == "chat":
            for i in range(4):
                c.rect(x + 20 + (i % 2) * 50, y + 20 + i * 30, 90, 20, rx=8, fill="#dbe9ff" if i % 2 else "#ececf0")
        else:
            for i in range(4):
                c.line([(x + 20, y + 30 + i * 28), (x + 150 - (i % 2) * 40, y + 30 + i * 28)], "#8c97ad", 8)
    if not sparse:
        c.line([(240, 135), (320, 155)], P["red"], 6)
        c.line([(500, 155), (560, 125)], P["red"], 6)


def van(c: Canvas, col=P["white"], **_):
    """A police van seen from the side (facing +x); the origin is the middle of the ground line."""
    c.path("M-520 -40 L-520 -430 Q-520 -460 -490 -460 L200 -460 Q260 -460 300 -380 L400 -220 Q440 -210 440 -150 "
           "L440 -40 Z", fill=col, stroke=INK, width=O)
    c.path("M220 -420 L300 -380 L370 -230 L220 -230 Z", fill="#3a4660", stroke=INK, width=O)
    c.rect(-520, -250, 960, 60, fill=P["police"])
    c.rect(-520, -190, 960, 26, fill=P["hivis"])
    for x in (-320, 260):
        c.circle(x, -40, 80, fill="#2b2b30", stroke=INK, width=O)
        c.circle(x, -40, 34, fill=P["metal"])
    c.rect(-120, -500, 160, 40, rx=10, fill="#5b82d8", stroke=INK, width=O)


def car(c: Canvas, col="#7d8a9a", **_):
    c.path("M-420 -40 L-420 -170 Q-400 -200 -300 -210 L-200 -320 L160 -320 L280 -210 L400 -190 Q440 -180 440 -120 "
           "L440 -40 Z", fill=col, stroke=INK, width=O)
    c.path("M-170 -300 L-20 -300 L-20 -215 L-260 -215 Z", fill="#3a4660", stroke=INK, width=O)
    c.path("M10 -300 L150 -300 L240 -215 L10 -215 Z", fill="#3a4660", stroke=INK, width=O)
    for x in (-260, 270):
        c.circle(x, -40, 76, fill="#2b2b30", stroke=INK, width=O)
        c.circle(x, -40, 30, fill=P["metal"])


def counter(c: Canvas, w=800, col="#8a8f99", **_):
    c.rect(-w / 2, 0, w, 40, fill=tint(col, 0.2), stroke=INK, width=O)
    c.rect(-w / 2 + 10, 40, w - 20, 420, fill=col, stroke=INK, width=O)


def lamppost(c: Canvas, **_):
    c.rect(-22, -1100, 44, 1100, fill="#3f4550", stroke=INK, width=O)
    c.path("M0 -1100 Q120 -1180 200 -1100", stroke="#3f4550", width=30)
    c.rect(160, -1110, 90, 40, rx=10, fill="#3f4550", stroke=INK, width=O)


def steps(c: Canvas, w=1400, **_):
    for k in range(4):
        c.rect(-w / 2, k * 90, w, 90, fill=mix("#c8c0ae", "#ffffff", 0.06 * k), stroke=INK, width=O)


def shelf_unit(c: Canvas, **_):
    c.rect(-200, -600, 400, 600, fill="#a7a08f", stroke=INK, width=O)
    for r in range(4):
        y = -580 + r * 145
        for k in range(3):
            c.rect(-180 + k * 125, y + 30, 110, 100, rx=12, fill="#f5f5f0", stroke=INK, width=O * 0.6)
        c.line([(-200, y + 140), (200, y + 140)], INK, O)


SETS = {
    "sofa": sofa, "sofa_back": sofa_back, "armchair": armchair, "chair": chair, "office_chair": office_chair,
    "soft_chair": soft_chair, "bed": bed, "mattress": mattress, "bench": bench, "bench_side": bench_side,
    "desk": desk, "table": table, "low_table": low_table, "monitor": monitor, "extractor": extractor,
    "whiteboard": whiteboard, "van": van, "car": car, "counter": counter, "lamppost": lamppost, "steps": steps,
    "shelf_unit": shelf_unit,
}


def draw_set(c: Canvas, kind: str, x: float, y: float, s: float, flip: bool = False, **opts):
    tr = f"translate({num(x)},{num(y)}) scale({-s if flip else s:.4f},{s:.4f})"
    with c.group(tr, lw=1.0 / s):
        SETS[kind](c, **opts)
