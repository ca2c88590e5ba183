"""The scene spec of every panel, written from its art note in scripts/scenes/*.yaml.

Each entry says where (place), when (light), how close (shot), who (with pose, expression, what they hold
and which way they face) and what else is there. Speaking characters are placed by their balloon tails
(see scene.py), so most people here need no position at all; `x`/`y` are given for silent people.
A few panels are drawn by a function instead: screens, diagrams, icons (see closeups.py and icons.py).
"""

from __future__ import annotations

from tools.art import closeups as X
from tools.art import icons as I
from tools.art.scene import Spec as S
from tools.art.scene import Thing as T
from tools.art.scene import Who as W

SPECS: dict[str, object] = {}


def panel(key):
    def deco(fn):
        SPECS[key] = fn
        return fn
    return deco


def add(key: str, spec: S):
    SPECS[key] = spec


# =============================================================================================== front matter
add("cover-a", S("plain", opts={"col": "sky_night"}, custom=I.cover))
add("how-to-read-a", S("plain", opts={"col": "paper"}, custom=I.how_hands))
add("how-to-read-b", S("plain", opts={"col": "paper"}, custom=I.how_paths))
add("how-to-read-c", S("plain", opts={"col": "help"}, custom=I.how_note))

# =============================================================================================== home-1
add("home-1-a", S("living", "lamp", "wide", cast=[
    W("mara", body="sit_front", seat="sofa", arms="phone", hold="phone", expr="bored", facing=1, gaze=(0.5, 1)),
    W("mum", arms="hold", hold="keys", expr="tired", facing=-1),
], things=[T("school_bag", 0.12, 0.9, 0.8), T("ball", 0.45, 0.92, 0.6)], opts={"door_open": 0.0}))

add("home-1-b", S("living", "lamp", "medium", focus=(0.75, 0.5), cast=[
    W("mara", x=0.36, y=0.6, r=0.11, body="bust", view="back", arms="lap", lean=6, free=True),
], things=[T("sofa_back", 0.38, 0.8, 1.4, opts={"w": 1100}, front=True), T("ball", 0.86, 0.93, 0.7),
           T("school_bag", 0.7, 0.93, 0.7)], opts={"door_open": 0.0}))

add("home-1-c", S("dark", "lamp", "close", custom=X.post_closeup))
add("home-1-d", S("dark", "screen", "close", custom=X.notification_closeup))
add("home-1-e", S("dark", "screen", "close", custom=X.over_shoulder))

# =============================================================================================== home-2
add("home-2-a", S("bedroom", "night", "medium", focus=(0.5, 0.55), zoom=1.2, cast=[
    W("mara", x=0.62, y=0.6, body="prone", hold="phone_lit", expr="grin", facing=1, glow=True, gaze=(1, 1)),
], things=[T("bed", 0.42, 0.76, 1.0, opts={"w": 1500, "head": "right"})], opts={"desk_x": 0.12}))

add("home-2-b", S("bus_inside", "day", "close", focus=(0.5, 0.3), custom=X.chat_on_bus))

add("home-2-c", S("bus_inside", "day", "close", focus=(0.5, 0.4), cast=[
    W("mara", x=0.55, y=0.56, body="bust", arms="phone_up", hold="phone", expr="gentle", facing=-1,
      gaze=(-0.5, 1)),
]))

add("home-2-d", S("kitchen", "day", "medium", cast=[
    W("mara", body="bust", arms="hands_table", expr="anxious", facing=1),
    W("mum", body="bust", arms="hold", hold="mug", expr="tired", facing=-1),
], things=[T("table", 0.5, 0.86, 1.0, opts={"w": 2600}, front=True),
           T("phone", 0.42, 0.84, 0.7, rot=80, front=True)]))

add("home-2-e", S("kitchen", "day", "close", focus=(0.6, 0.4), cast=[
    W("mara", x=0.62, y=0.58, body="bust", expr="guilty", facing=-1, gaze=(-0.3, 1)),
    W("mum", x=0.12, y=0.62, r=0.3, body="bust", view="back", free=True),
]))

add("home-2-f", S("dark", "screen", "close", custom=X.chat_dark))

# =============================================================================================== school-1
add("school-1-a", S("corridor", "day", "medium", cast=[
    W("mara", arms="phone1", hold="phone", expr="smile", facing=1, gaze=(0.6, 1)),
    W("nadia", arms="hold_low", hold="sketchbook", expr="grin", facing=-1),
], opts={"gap": (2, 2)}))

add("school-1-b", S("corridor", "day", "medium_close", focus=(0.5, 0.5), cast=[
    W("mara", arms="phone", hold="phone", expr="defensive", facing=1, lean=-4),
    W("nadia", arms="crossed", expr="sceptical", facing=-1),
], opts={"gap": (2, 2)}))

add("school-1-c", S("corridor", "day", "wide", cast=[
    W("mara", arms="wave", expr="smile", facing=1),
    W("nadia", x=0.33, y=0.47, arms="wave", expr="smile", facing=1, hold_b="sketchbook"),
    W("counsellor", body="walk", arms="wave", expr="warm", facing=-1),
], opts={"gap": (0.56, 0.68)}))

add("school-1-d", S("corridor", "day", "close", focus=(0.3, 0.5), cast=[
    W("mara", x=0.24, y=0.5, r=0.06, view="back", body="walk", free=True),
    W("nadia", x=0.64, y=0.62, expr="thinking", facing=-1, gaze=(-1, 0), hold_b="sketchbook", arms="hold_low"),
], opts={"gap": (2, 2)}))

add("school-1-e", S("dark", "night", "close", custom=X.chat(theme="light", who="alex", glow=True)))

# =============================================================================================== secret-1
add("secret-1-a", S("dark", "night", "close", custom=X.chat(theme="light", who="alex", glow=True, reflect=True)))
add("secret-1-b", S("dark", "night", "close", custom=X.delete_hover))

add("secret-1-c", S("hall", "day", "medium", cast=[
    W("mara", arms="hold2", expr="amazed", facing=-1, gaze=(-0.2, 1)),
], things=[T("boots_box", 0.57, 0.86, 1.0, front=True), T("boot", 0.55, 0.77, 1.0, rot=-12, front=True),
           T("card", 0.66, 0.8, 0.5, rot=10, front=True)],
    opts={"door_x": 0.22, "door_open": 0.5}))

add("secret-1-d", S("dark", "night", "close", custom=X.chat(theme="dark", who="alex", lock=True, glow=True)))

add("secret-1-e", S("hall", "day", "medium", cast=[
    W("mum", arms="hold_up", hold="boot", expr="sceptical", facing=1, outfit="uniform"),
    W("mara", body="crouch", arms="hold_low", expr="guilty", facing=1, gaze=(0.5, 1)),
], opts={"door_x": 0.5}))

add("secret-1-f", S("street", "grey", "medium", cast=[
    W("mara", x=0.5, y=0.36, r=0.06, body="walk", arms="phone1", hold="phone", expr="sad", facing=1,
      outfit="hood", gaze=(0.5, 1)),
], focus=(0.5, 0.6)))

# =============================================================================================== offer-1
add("offer-1-a", S("dark", "night", "close", custom=X.chat(theme="dark", who="alex", lock=True, glow=True)))

add("offer-1-b", S("bedroom", "night", "close", focus=(0.4, 0.55), cast=[
    W("mara", x=0.5, y=0.8, r=0.1, body="bust", arms="phone_up", hold="phone_lit", expr="amazed", facing=-1,
      gaze=(-0.3, 0.2), glow=True),
], things=[T("bed", 0.5, 0.98, 3.0, front=True, opts={"w": 700, "head": "right"})]))

add("offer-1-c", S("dark", "night", "close", custom=X.chat(theme="dark", who="alex", lock=True, glow=True,
                                                             content="chat_old")))

add("offer-1-d", S("bedroom", "night", "medium", focus=(0.4, 0.5), cast=[
    W("mara", x=0.62, y=0.42, body="walk", arms="hair", hold_b="phone_lit", expr="worried", facing=-1, glow=True),
], opts={"win_x": 0.9}))

add("offer-1-e", S("dark", "night", "close", custom=X.typing_wide))

# =============================================================================================== offer-2
add("offer-2-a", S("schoolyard", "day", "medium", focus=(0.5, 0.6), cast=[
    W("mara", body="sit", arms="hand_out", hold="phone_lit", expr="grin", facing=1),
    W("nadia", body="sit", arms="lap", expr="surprised", facing=-1, lean=-6),
], things=[T("bench", 0.5, 0.86, 1.0, opts={"w": 1700})]))

add("offer-2-b", S("schoolyard", "day", "medium_close", focus=(0.5, 0.6), cast=[
    W("mara", arms="shrug", expr="hurt", facing=1),
    W("nadia", body="sit", arms="lap", expr="determined", facing=-1),
], things=[T("bench", 0.7, 1.1, 1.3, opts={"w": 1200})]))

add("offer-2-c", S("schoolyard", "day", "medium", focus=(0.5, 0.6), cast=[
    W("nadia", arms="hand_out", expr="sad", facing=1),
    W("mara", arms="phone1", hold="phone", expr="defensive", facing=-1, gaze=(0, 1)),
]))

add("offer-2-d", S("dark", "day", "close", custom=X.chat(theme="light", who="mara", owner="nadia",
                                                           content="chat")))

add("offer-2-e", S("schoolyard", "day", "wide", focus=(0.5, 0.6), cast=[
    W("nadia", x=0.7, y=0.52, body="sit", arms="phone", hold="phone", expr="sad", facing=-1, gaze=(0, 1)),
    W("mara", x=0.12, y=0.5, r=0.036, view="back", body="stand", free=True),
], things=[T("bench", 0.72, 0.8, 0.9, opts={"w": 1300}), T("school_bag", 0.52, 0.9, 0.6)],
    opts={"trees": (0.3, 0.95)}))

# =============================================================================================== trip-1
add("trip-1-a", S("bus_station", "rain", "wide", cast=[
    W("mara", x=0.38, y=0.46, arms="straps", expr="worried", facing=-1, gaze=(-1, -0.3)),
], things=[T("backpack", 0.41, 0.65, 1.0, rot=8)], opts={"bus_x": 0.75}))

add("trip-1-b", S("bus_inside", "night", "medium_close", focus=(0.55, 0.45), cast=[
    W("mara", x=0.3, y=0.58, body="bust", expr="asleep", facing=1, tilt=-14, arms="lap"),
], opts={"sign_x": 0.72}))

add("trip-1-c", S("station_foreign", "dawn", "medium", cast=[
    W("mara", arms="straps", expr="sleepy", facing=1),
    W("viktor", arms="hold2", hold="sign", expr="cold_smile", facing=-1),
], things=[T("backpack", 0.2, 0.7, 1.0, rot=-6)]))

add("trip-1-d", S("station_foreign", "dawn", "medium", focus=(0.5, 0.45), cast=[
    W("viktor", arms="hand_out", expr="cold_smile", facing=1, lean=8),
    W("mara", arms="phone", hold="phone", expr="anxious", facing=-1),
]))

add("trip-1-e", S("station_foreign", "dawn", "close", focus=(0.8, 0.4), cast=[
    W("viktor", x=0.88, y=0.5, r=0.15, body="bust", expr="cold_smile", facing=-1, gaze=(-1, 0.6)),
], custom=X.handover))

# =============================================================================================== trip-2
add("trip-2-a", S("industrial", "grey", "wide", cast=[
    W("mara", r=0.04, arms="straps", expr="surprised", facing=1),
    W("rosa", r=0.04, arms="crossed", expr="stern", facing=-1),
], things=[T("backpack", 0.27, 0.67, 0.9, rot=6)], opts={"door_x": 0.72, "door_open": True, "laundry_x": 0.04}))

add("trip-2-b", S("bare_room", "grey", "medium", cast=[
    W("rosa", arms="hold", hold="notebook", expr="stern", facing=1, say="trip2-rosa-alex"),
    W("mara", x=0.76, y=0.52, expr="frightened", facing=-1, gaze=(-1, 0.6), arms="straps"),
], opts={"win_x": 0.5}))

add("trip-2-c", S("laundry", "steam", "medium", cast=[
    W("mara", x=0.4, y=0.5, arms="hands_table", expr="exhausted", facing=1, outfit="worn", gaze=(0.5, 1)),
], things=[T("table", 0.5, 0.84, 1.0, opts={"w": 1400, "col": "#b9bdb5"}, front=True),
           T("sheets", 0.64, 0.8, 1.0, front=True, opts={"n": 7})],
    opts={"clock": 0.86, "machines": (0.0, 0.16, 0.62), "shelf_x": 0.34}))

add("trip-2-d", S("bare_room", "dim", "medium_close", focus=(0.5, 0.3), zoom=1.3, cast=[
    W("lina", body="head", expr="whisper", facing=1, tilt=-14, gaze=(1, 0)),
    W("mara", body="head", expr="sad", facing=-1, tilt=14, gaze=(1, 0), outfit="worn"),
], things=[T("mattress", 0.3, 0.5, 1.3, opts={"w": 560, "blanket": False}),
           T("mattress", 0.72, 0.56, 1.3, opts={"w": 560, "blanket": False}),
           T("blanket", 0, 105, 1.0, at="lina", front=True, opts={"w": 380, "h": 600}),
           T("blanket", 0, 105, 1.0, at="mara", front=True, opts={"w": 380, "h": 600, "col": "#8f8a80"})],
    opts={"win_x": 0.5}))

add("trip-2-e", S("bare_room", "night", "close", focus=(0.75, 0.25), zoom=2.3, cast=[
    W("mara", x=0.34, y=0.62, body="bust", arms="reach", expr="sad", facing=1, gaze=(1, -0.5), outfit="worn"),
], opts={"moon": True, "win_x": 0.76}))

add("trip-2-f", S("bare_room", "dim", "close", custom=X.curled))

# =============================================================================================== missing-1
add("missing-1-a", S("hall", "evening", "medium", cast=[
    W("mum", arms="hold", hold="phone", expr="anxious", facing=1),
    W("nadia", arms="down", expr="surprised", facing=-1, outfit="pyjamas"),
], opts={"door_x": 0.8, "door_open": 0.85}))

add("missing-1-b", S("hall", "evening", "close", focus=(0.7, 0.5), cast=[
    W("nadia", x=0.62, y=0.6, body="bust", arms="phone1", hold="phone", expr="frightened", facing=-1,
      outfit="pyjamas"),
], custom=X.door_edge))

add("missing-1-c", S("kitchen", "evening", "medium", cast=[
    W("mum", arms="phone_note", hold="note", hold_b="phone", expr="anxious", facing=1, outfit="coat_off"),
]))

add("missing-1-d", S("living", "evening", "medium", focus=(0.5, 0.6), cast=[
    W("marin", body="sit", seat="chair", arms="hold", hold="notebook", expr="calm", facing=1),
    W("mum", body="sit", seat="armchair", arms="hold2", hold="photo", expr="worried", facing=-1),
], things=[T("boots_box", 0.5, 0.9, 0.8, opts={"open_": True})], opts={"door": False}))

add("missing-1-e", S("living", "evening", "wide", cast=[
    W("marin", arms="hold", hold="hat", expr="gentle", facing=1, say="missing1-marin-urgent"),
    W("mum", x=0.8, y=0.6, body="sit", seat="sofa", arms="lap", hold="photo", expr="crying", facing=-1),
], opts={"door_x": 0.1, "door_open": 0.6, "win_x": 0.5, "lamp_x": 0.64, "pic_x": 0.3}))

# =============================================================================================== missing-2
add("missing-2-a", S("bedroom", "night", "wide", cast=[
    W("nadia", x=0.66, y=0.56, body="sit", seat="bed", seat_opts={"w": 1300, "head": "right",
                                                                   "col": "#b49ac0"},
      arms="phone", hold="phone_lit", expr="worried", facing=-1, glow=True, outfit="pyjamas"),
], opts={"posters": "drawings", "desk_x": 0.2, "win_x": 0.9}))

add("missing-2-b", S("dark", "screen", "xclose", custom=X.eyes_nadia))
add("missing-2-c", S("dark", "night", "close", custom=X.delete_hover_nadia))
add("missing-2-d", S("plain", opts={"col": "choice"}, custom=I.choice_silhouette("nadia", "phone")))

# =============================================================================================== report-1
add("report-1-a", S("office", "dawn", "medium", cast=[
    W("nadia", arms="down", expr="tearful", facing=1),
    W("counsellor", body="sit", seat="office_chair", arms="type", expr="worried", facing=-1),
], things=[T("desk", 0.78, 0.8, 1.0, front=True, opts={"w": 1100})], opts={"shelf_x": 0.3}))

add("report-1-b", S("office", "day", "medium", focus=(0.5, 0.6), cast=[
    W("nadia", body="sit", seat="soft_chair", arms="hand_out", hold="phone_lit", expr="tearful", facing=1),
    W("counsellor", body="sit", seat="soft_chair", arms="lap", expr="gentle", facing=-1, lean=-8),
], things=[T("low_table", 0.5, 0.88, 1.0, front=True, opts={"w": 900}), T("tissues", 0.56, 0.85, 0.8, front=True)]))

add("report-1-c", S("office", "day", "wide", cast=[
    W("counsellor", body="sit", seat="office_chair", arms="phone_wait", hold_b="handset", expr="calm", facing=1,
      say="report1-berger-calls"),
    W("nadia", x=0.78, y=0.55, body="sit", seat="chair", arms="phone", hold="phone", expr="worried", facing=-1),
], things=[T("desk", 0.3, 0.78, 1.0, front=True, opts={"w": 1300})], opts={"win_x": 0.55, "shelf_x": 0.8}))

add("report-1-d", S("office", "day", "medium", focus=(0.5, 0.6), cast=[
    # three balloons fill this panel: the faces sit in the band between them
    W("novak", x=0.16, y=0.37, r=0.062, body="sit", seat="chair", arms="lap", expr="gentle", facing=1, keep=True),
    W("nadia", x=0.62, y=0.38, r=0.058, body="sit", arms="lap", expr="sad", facing=-1, keep=True),
    W("father", x=0.84, y=0.35, r=0.064, body="sit", arms="around", expr="worried", facing=-1, keep=True),
], things=[T("sofa", 0.76, 0.86, 1.0, opts={"w": 900}), T("laptop_bag", 0.1, 0.93, 0.8)],
    opts={"shelf_x": 0.6}))

add("report-1-e", S("office", "day", "medium_close", cast=[
    W("novak", arms="hold2", expr="gentle", facing=1),
    W("nadia", arms="hand_out", hold="phone", expr="determined", facing=-1),
], things=[T("evidence_bag", 0.5, 0.82, 1.3, front=True, opts={"content": None, "sealed": False})]))

# =============================================================================================== report-2
add("report-2-a", S("lab", "lab", "wide", cast=[
    W("novak", x=0.33, y=0.5, body="sit", seat="office_chair", arms="type", expr="calm", facing=1),
], things=[T("desk", 0.45, 0.8, 1.0, front=True, opts={"w": 1500}),
           T("monitor", 0.52, 0.8, 1.0, front=True, opts={"w": 420, "h": 300}),
           T("extractor", 0.66, 0.79, 0.8, front=True)], opts={"shelf_x": 0.72}))

add("report-2-b", S("lab", "lab", "close", custom=X.monitor_closeup("hash")))
add("report-2-c", S("lab", "lab", "close", custom=X.sign_custody))

add("report-2-d", S("lab", "lab", "medium", focus=(0.3, 0.5), cast=[
    W("novak", x=0.3, y=0.48, body="bust", arms="type", expr="determined", facing=1),
], custom=X.monitor_side("form", x0=0.48), opts={"shelf_x": 0.8}))

add("report-2-e", S("lab", "lab", "medium", place2="prosecutor", opts2={"shelf_x": 0.3, "win_x": 0.85}, cast=[
    W("novak", arms="phone_ear", hold_b="handset", expr="determined", facing=1),
    W("costa", arms="phone_ear", hold_b="phone", expr="grim", facing=-1),
], things=[T("desk", 0.2, 0.86, 1.0, front=True, opts={"w": 1400}), T("desk", 0.8, 0.9, 1.0, front=True,
                                                                          opts={"w": 1400, "col": "#7c5a42"}),
           T("folder", 0.92, 0.86, 0.8, front=True), T("folder", 0.66, 0.9, 0.8, front=True, rot=-8)]))

# =============================================================================================== tablet-1
add("tablet-1-a", S("bedroom", "evening", "medium", cast=[
    W("mum", x=0.56, y=0.46, body="crouch", arms="hold_up", hold="tablet", expr="surprised", facing=-1,
      outfit="coat_off"),
], things=[T("folder", 0.28, 0.9, 0.9, opts={"half": False}), T("notebook", 0.35, 0.84, 0.8, rot=30),
           T("notebook", 0.2, 0.86, 0.8, rot=-20, opts={"col": "#3f6f9a"})],
    opts={"drawers_open": True, "desk_x": 0.2}))

add("tablet-1-b", S("dark", "evening", "close", custom=X.tablet_chat))
add("tablet-1-c", S("bedroom", "evening", "close", custom=X.tablet_active))
add("tablet-1-d", S("plain", "evening", "close", opts={"col": "wood_light"}, custom=X.desk_card))
add("tablet-1-e", S("plain", opts={"col": "choice"}, custom=I.choice_silhouette("mum", "tablet")))

# =============================================================================================== secured-1
add("secured-1-a", S("bedroom", "night", "medium", focus=(0.4, 0.6), cast=[
    W("mum", body="sit", seat="bed", seat_opts={"w": 1400, "head": "left"}, arms="phone_tablet", hold="tablet_lit",
      hold_b="phone", expr="determined", facing=1, outfit="coat_off", gaze=(0.6, 1), glow=True),
], opts={"desk_x": 0.75, "win_x": 0.9}))

add("secured-1-b", S("hall", "evening", "medium", cast=[
    W("novak", arms="hold2", expr="calm", facing=1),
    W("mum", x=0.72, y=0.42, arms="hand_low", hold="tablet", expr="worried", facing=-1, outfit="coat_off"),
], things=[T("pouch", 0.47, 0.75, 1.2, front=True)], opts={"door_x": 0.15, "door_open": 0.6}))

add("secured-1-c", S("kitchen", "evening", "medium_close", focus=(0.5, 0.6), cast=[
    W("mum", arms="sign", hold="pen", expr="worried", facing=1, outfit="coat_off", gaze=(0.5, 1)),
    W("novak", arms="point_low", expr="calm", facing=-1, gaze=(-0.5, 1)),
], things=[T("table", 0.5, 0.9, 1.0, front=True, opts={"w": 2400}),
           T("clipboard", 0.48, 0.86, 0.9, rot=80, front=True)]))

add("secured-1-d", S("lab", "lab_night", "medium", focus=(0.3, 0.5), cast=[
    W("novak", x=0.24, y=0.5, body="bust", arms="type", expr="tired", facing=1, glow=True),
], things=[T("mug", 0.1, 0.86, 0.7, front=True, opts={"steam": True}),
           T("evidence_bag", 0.4, 0.86, 0.7, front=True, opts={"content": "tablet"})],
    custom=X.monitor_side("history", x0=0.5), opts={"shelf_x": 0.82}))

add("secured-1-e", S("prosecutor", "day", "wide", cast=[
    W("costa", body="sit", seat="office_chair", arms="sign", hold="pen", expr="determined", facing=1),
    W("novak", arms="point", expr="determined", facing=-1),
], things=[T("whiteboard", 0.52, 0.22, 1.0, opts={"pins": ("profile", "ticket", "chat", "text")}),
           T("desk", 0.25, 0.82, 1.0, front=True, opts={"w": 1400}), T("form", 0.27, 0.8, 0.6, rot=80, front=True)],
    opts={"shelf_x": 0.02, "win_x": 0.92}))

# =============================================================================================== secured-2
add("secured-2-a", S("lab", "lab", "medium", cast=[
    W("novak", arms="point_low", expr="determined", facing=1, say="secured2-novak-answered"),
    W("costa", x=0.88, y=0.58, arms="crossed", expr="grim", facing=-1),
], under=X.wall_screen("two", box=(0.3, 0.55, 0.76, 0.97)), opts={"shelf_x": 2}))

add("secured-2-b", S("lab", "lab", "close", custom=X.fan_reflection))

add("secured-2-c", S("prosecutor", "day", "wide", cast=[
    W("costa", body="sit", seat="office_chair", arms="hands_table", expr="determined", facing=1),
], things=[T("desk", 0.22, 0.86, 1.0, front=True, opts={"w": 1200})], custom=X.videoconf,
    opts={"shelf_x": 2, "win_x": 0.1}))

add("secured-2-d", S("lab", "lab", "medium", cast=[
    W("novak", x=0.22, y=0.52, body="bust", expr="determined", facing=1, arms="point_low"),
], custom=X.weber_call, opts={"shelf_x": 2}))

add("secured-2-e", S("lab", "lab", "medium_close", cast=[
    W("novak", arms="point", hold="pen", expr="determined", facing=1),
], things=[T("calendar", 0.8, 0.62, 1.5)], opts={"shelf_x": 2}))

# =============================================================================================== secured-3
add("secured-3-a", S("industrial", "dawn", "wide", cast=[
    W("novak", x=0.6, y=0.52, r=0.038, arms="down", expr="calm", facing=1, outfit="vest"),
    W("weber", r=0.04, arms="knock", expr="calm", facing=1),
], things=[T("van", 0.16, 0.84, 0.6), T("van", 0.36, 0.86, 0.62)],
    opts={"door_x": 0.76, "laundry_x": 0.82, "door_at": 0.3}))

add("secured-3-b", S("bare_room", "dawn", "medium", focus=(0.5, 0.6), cast=[
    W("mara", body="sit", seat="mattress", arms="lap", expr="frightened", facing=1, outfit="worn"),
    W("novak", body="crouch", arms="palms", expr="gentle", facing=-1, outfit="vest"),
], opts={"win_x": 0.5}))

add("secured-3-c", S("bare_room", "dawn", "close", cast=[
    W("novak", body="bust", expr="gentle", facing=-1, outfit="vest"),
], things=[T("hands_hold", 0.46, 0.94, 2.4, front=True)], opts={"win_x": 0.3}))

add("secured-3-d", S("bare_room", "day", "medium", cast=[
    W("officer_f", x=0.24, y=0.5, arms="hold", hold="evidence_bag", expr="calm", facing=1),
    W("weber", arms="hold", hold="evidence_bag", expr="calm", facing=-1),
], things=[T("table", 0.5, 0.84, 1.0, front=True, opts={"w": 2000}),
           T("passports", 0.5, 0.78, 1.1, front=True), T("laptop", 0.25, 0.8, 0.6, front=True),
           T("evidence_bag", 0.72, 0.8, 0.6, front=True, opts={"content": "stuff"})], opts={"win_x": 0.5}))

add("secured-3-e", S("flat_parcels", "dawn", "medium", cast=[
    W("officer", x=0.22, y=0.45, body="walk", arms="reach", expr="calm", facing=1),
    W("courier", x=0.5, y=0.44, body="walk", arms="behind", expr="sad", facing=1, gaze=(0, 1)),
    W("officer_f", x=0.76, y=0.46, body="walk", arms="hold_side", expr="calm", facing=1),
]))

add("secured-3-f", S("car_inside", "dawn", "medium", cast=[
    W("lina", body="bust", expr="tearful", facing=1, outfit="blanket"),
    W("mara", body="bust", expr="sad", facing=-1, outfit="blanket"),
    W("officer_f#front", x=0.9, y=0.8, r=0.13, body="bust", view="back", free=True),
]))

# =============================================================================================== secured-4
add("secured-4-a", S("centre_entrance", "day", "medium", cast=[
    W("sam", x=0.88, y=0.44, r=0.06, arms="down", expr="gentle", facing=-1),
    W("mum", x=0.38, y=0.42, arms="hug", expr="crying", facing=1, outfit="coat_off", free=True, lean=6),
    W("mara", x=0.55, y=0.5, arms="hug", expr="crying", facing=-1, free=True, tilt=-8, lean=-4),
], things=[T("hug_arm", 110, 215, 1.0, at="mum", front=True, opts={"sleeve": "#7e5b7d", "skin": "#d7a27a"})],
    opts={"door_x": 0.72}))

add("secured-4-b", S("child_room", "soft", "medium", cast=[
    W("sam", body="sit", seat="soft_chair", arms="hand_out", hold="cup", expr="warm", facing=1,
      say="secured4-sam-hello"),
    W("mara", body="sit", seat="soft_chair", seat_opts={"col": "#e9b8a8"}, arms="lap", expr="worried",
      facing=-1),
], opts={"camera": False}))

add("secured-4-c", S("child_room", "soft", "wide", cast=[
    W("sam", x=0.14, y=0.56, body="sit", arms="lap", expr="gentle", facing=1),
    W("mara", body="sit", arms="lap", expr="worried", facing=1),
    W("roth", body="sit", seat="soft_chair", arms="lap", expr="gentle", facing=-1),
], things=[T("sofa", 0.23, 0.84, 1.0, opts={"w": 1200, "col": "#9db7c9"}),
           T("plant", 0.42, 0.84, 1.1), T("toy_box", 0.55, 0.9, 0.9), T("plant", 0.95, 0.8, 1.3),
           T("low_table", 0.5, 0.93, 0.9, front=True, opts={"w": 700})], opts={"camera_x": 0.95}))

add("secured-4-d", S("observation", "dim", "medium", focus=(0.5, 0.1), cast=[
    W("costa", x=0.3, y=0.72, body="sit_front", view="back", arms="lap", free=True),
    W("lawyer", x=0.7, y=0.7, body="sit_front", view="back", arms="lap", free=True),
], things=[T("notebook_open", 0.44, 0.95, 0.7, front=True), T("notebook_open", 0.84, 0.95, 0.7, front=True)],
    opts={"screen_y": 0.36}))

add("secured-4-e", S("child_room", "soft", "close", focus=(0.4, 0.6), cast=[
    W("mara", body="bust", arms="lap", expr="talk", facing=1, say="secured4-mara-starts"),
], things=[T("sofa", 0.45, 1.25, 2.6, opts={"w": 1000, "col": "#9db7c9"}),
           T("hand_rest", 0.08, 0.95, 0.6, front=True, opts={"who": "sam"})], opts={"camera": False}))

# =============================================================================================== secured-5
add("secured-5-a", S("courtroom", "day", "wide", cast=[
    W("judge", x=0.5, y=0.42, r=0.035, body="bust", expr="neutral", facing=1, free=True),
    W("costa", arms="point_low", expr="determined", facing=-1),
    W("viktor#back", x=0.2, y=0.82, r=0.07, body="bust", view="back", free=True),
    W("rosa#back", x=0.36, y=0.84, r=0.07, body="bust", view="back", free=True),
    W("courier#back", x=0.52, y=0.83, r=0.07, body="bust", view="back", free=True),
], opts={"screen": 0.22, "bench_x": 0.5}))

add("secured-5-b", S("courtroom", "day", "medium_close", focus=(0.5, 0.4), cast=[
    W("judge", x=0.5, y=0.5, body="bust", arms="hold2", hold="form", expr="neutral", facing=1, gaze=(0, 1)),
], things=[T("desk", 0.5, 0.84, 1.2, front=True, opts={"w": 1600, "col": "#7c5a42", "drawers": False})],
    opts={"bench": False}))

add("secured-5-c", S("pitch", "day", "medium", focus=(0.5, 0.55), cast=[
    W("nadia", arms="hold_low", expr="nervous", facing=1),
    W("mara", arms="bump", expr="grin", facing=-1, outfit="kit", lean=-6),
], opts={"goal": 0.5, "stands": 0.5}))

add("secured-5-d", S("pitch", "day", "wide", cast=[
    W("mum", r=0.035, arms="cheer", expr="happy", facing=-1, outfit="coat_off"),
    W("sam", x=0.86, y=0.31, r=0.035, arms="cheer", expr="happy", facing=-1),
    W("mara", x=0.28, y=0.4, r=0.05, body="kick", arms="shrug", expr="determined", facing=1, outfit="kit",
      lean=-8),
], things=[T("ball", 0.5, 0.78, 0.55), T("motion", 0.42, 0.8, 0.6)], opts={"floor": 0.55, "goal": 0.95}))

add("secured-5-e", S("plain", opts={"col": "ending"}, custom=I.ending_secured))

# =============================================================================================== reply-1
add("reply-1-a", S("bedroom", "night", "close", custom=X.mum_types))
add("reply-1-b", S("dark", "night", "close", custom=X.tablet_seen))
add("reply-1-c", S("dark", "night", "close", custom=X.tablet_gone))

add("reply-1-d", S("bedroom", "night", "medium", focus=(0.4, 0.6), cast=[
    W("mum", body="sit", seat="bed", seat_opts={"w": 1300, "head": "left"}, arms="tablet_lap", hold="tablet_lit",
      expr="shout", facing=1, outfit="coat_off", glow=True),
], opts={"desk_x": 0.85, "win_x": 0.3}))

add("reply-1-e", S("bedroom", "night", "medium", place2="lab", opts2={"shelf_x": 0.5}, cast=[
    W("mum", arms="phone_ear", hold_b="phone", expr="crying", facing=1, outfit="coat_off"),
    W("novak", body="sit", arms="phone_ear", hold_b="phone", expr="eyes_closed", facing=-1),
], things=[T("desk", 0.8, 0.88, 1.0, front=True, opts={"w": 1400})], opts={"desk": False, "win_x": 0.2}))

# =============================================================================================== reply-2
add("reply-2-a", S("lab", "lab", "medium", focus=(0.3, 0.5), cast=[
    W("novak", x=0.28, y=0.5, body="bust", arms="hands_table", expr="frown", facing=1),
], custom=X.monitor_side("fragments", x0=0.46), opts={"shelf_x": 0.85}))

add("reply-2-b", S("lab", "lab", "medium", cast=[
    W("costa", arms="crossed", expr="grim", facing=1),
    W("novak", arms="point", expr="frown", facing=-1, say="reply2-novak-left"),
], things=[T("whiteboard", 0.34, 0.2, 0.8, opts={"pins": ("chat", "ticket"), "sparse": True, "w": 1300})],
    opts={"shelf_x": 2}))

add("reply-2-c", S("street", "rain", "wide", cast=[
    W("mum", x=0.44, y=0.5, r=0.07, arms="tape", hold="flyers", expr="sad", facing=1),
], custom=X.montage_weeks, opts={"rain": True, "lamppost": 0.54}))

add("reply-2-d", S("laundry", "steam", "medium", cast=[
    W("weber", body="crouch", arms="palms", expr="gentle", facing=1),
    W("mara", x=0.72, y=0.44, arms="hold2", hold="sheets", expr="exhausted", facing=-1, outfit="worn"),
], opts={"machines": (0.02, 0.82), "shelf_x": 0.45}))

add("reply-2-e", S("bare_room", "grey", "medium", cast=[
    W("officer", x=0.62, y=0.48, r=0.05, arms="reach", expr="calm", facing=1),
    W("viktor", x=0.74, y=0.46, r=0.052, arms="behind", expr="grim", facing=1),
    W("rosa", x=0.86, y=0.48, r=0.05, arms="behind", expr="stern", facing=1),
], things=[T("table", 0.24, 0.8, 0.8, opts={"w": 900}), T("chair", 0.42, 0.86, 0.7, rot=80),
           T("cables", 0.24, 0.78, 0.8)], opts={"win_x": 0.3}))

# =============================================================================================== reply-3
add("reply-3-a", S("child_room", "soft", "medium", focus=(0.5, 0.6), cast=[
    W("mara", x=0.3, y=0.55, body="sit", arms="lap", expr="sad", facing=1),
    W("sam", x=0.16, y=0.53, body="sit", arms="lap", expr="gentle", facing=1),
    W("roth", body="sit", seat="soft_chair", arms="lap", expr="gentle", facing=-1),
], things=[T("sofa", 0.23, 0.86, 1.0, opts={"w": 1300, "col": "#9db7c9"}), T("plant", 0.5, 0.86, 1.0)],
    opts={"camera_x": 0.96}))

add("reply-3-b", S("court_corridor", "day", "medium", focus=(0.5, 0.6), cast=[
    W("mara", body="sit_front", arms="lap", expr="worried", facing=1),
    W("sam", body="sit_front", arms="lap", expr="gentle", facing=-1),
], things=[T("bench_side", 0.5, 0.9, 1.0, opts={"w": 1300}), T("water_bottle", 0.5, 0.86, 0.8)],
    opts={"clock": 0.5, "doors": (0.1, 0.9)}))

add("reply-3-c", S("office", "day", "wide", cast=[
    W("mara", body="sit", arms="lap", expr="determined", facing=1),
    W("sam", x=0.12, y=0.58, body="sit", arms="lap", expr="gentle", facing=1),
], things=[T("desk", 0.3, 0.86, 1.0, front=True, opts={"w": 1400, "drawers": False})],
    custom=X.court_link, opts={"shelf_x": 2, "plant": False, "poster_x": 0.4, "win_x": 2}))

add("reply-3-d", S("court_exterior", "grey", "medium", cast=[
    W("sam", arms="down", expr="gentle", facing=1, body="walk"),
    W("mara", x=0.52, y=0.44, arms="down", expr="drained", facing=1, body="walk", gaze=(0, 1)),
    W("mum", x=0.84, y=0.42, r=0.06, arms="hold_low", expr="worried", facing=-1, outfit="coat_off"),
]))

add("reply-3-e", S("plain", opts={"col": "ending"}, custom=I.ending_folder))

# =============================================================================================== deleted-1
add("deleted-1-a", S("dark", "night", "xclose", custom=X.delete_press))
add("deleted-1-b", S("dark", "night", "close", custom=X.chat_list_gone))

add("deleted-1-c", S("station_square", "grey", "wide", cast=[
    W("mum", arms="flyer", hold="flyers", expr="anxious", facing=-1),
], opts={"crowd": 6}))

add("deleted-1-d", S("kitchen", "grey", "medium", cast=[
    W("marin", arms="hold", hold="hat", expr="calm", facing=1),
    W("mum", x=0.72, y=0.55, body="bust", arms="hands_table", expr="drained", facing=-1, gaze=(-0.3, 1)),
], things=[T("table", 0.62, 0.86, 1.0, front=True, opts={"w": 1500}),
           T("mug", 0.62, 0.81, 0.6, front=True)]))

add("deleted-1-e", S("corridor", "grey", "medium", cast=[
    W("counsellor", arms="hand_low", expr="worried", facing=1),
    W("nadia", arms="hold_low", hold="sketchbook", expr="guilty", facing=-1, gaze=(1, 1), lean=-5),
], opts={"gap": (2, 2)}))

# =============================================================================================== deleted-2
add("deleted-2-a", S("office", "grey", "wide", cast=[
    W("nadia", body="sit", seat="soft_chair", arms="lap", expr="crying", facing=1),
    W("counsellor", body="sit", seat="soft_chair", arms="reach", expr="gentle", facing=-1, lean=-6),
], things=[T("low_table", 0.52, 0.9, 1.0, front=True), T("tissues", 0.52, 0.87, 0.8, front=True)]))

add("deleted-2-b", S("lab", "lab", "medium", focus=(0.3, 0.5), cast=[
    W("novak", x=0.26, y=0.5, body="bust", arms="hands_table", expr="grim", facing=1),
], things=[T("evidence_bag", 0.85, 0.86, 0.7, front=True, opts={"content": "phone"})],
    custom=X.monitor_side("recovery", x0=0.44, x1=0.98), opts={"shelf_x": 2}))

add("deleted-2-c", S("lab", "lab", "close", custom=X.novak_email))

add("deleted-2-d", S("living", "grey", "medium", cast=[
    W("novak", arms="hold_up", hold="tablet_login", expr="grim", facing=1),
    W("mum", arms="crossed", expr="anxious", facing=-1, outfit="coat_off"),
], opts={"door": False}))

add("deleted-2-e", S("living", "grey", "close", cast=[
    W("novak", body="bust", expr="firm", facing=-1),
], opts={"door": False}))

# =============================================================================================== deleted-3
add("deleted-3-a", S("laundry", "steam", "wide", cast=[
    W("mara", x=0.14, y=0.48, arms="hold2", hold="sheets", expr="pale", facing=1, outfit="worn"),
    W("passer", x=0.4, y=0.45, arms="hold", hold="clipboard", expr="calm", facing=-1),
    W("passer_f", x=0.55, y=0.47, arms="hold", hold="clipboard", expr="worried", facing=-1),
    W("weber", arms="palms", expr="gentle", facing=-1),
], opts={"machines": (0.22, 0.64, 0.86), "shelf_x": 2}))

add("deleted-3-b", S("child_room", "soft", "medium", focus=(0.5, 0.6), cast=[
    W("mara", x=0.34, y=0.62, body="sit", arms="lap", expr="sad", facing=1),
    W("sam", x=0.15, y=0.6, body="sit", arms="lap", expr="gentle", facing=1),
    W("roth", body="sit", seat="soft_chair", arms="lap", expr="gentle", facing=-1),
], things=[T("sofa", 0.26, 0.92, 1.0, opts={"w": 1000, "col": "#9db7c9"})]))

add("deleted-3-c", S("prosecutor", "day", "medium", focus=(0.5, 0.6), cast=[
    W("costa", body="sit", arms="hands_table", expr="grim", facing=1, lean=8, say="deleted3-costa-believe"),
    W("mara", x=0.6, y=0.56, body="sit", arms="lap", expr="sad", facing=-1),
    W("mum", x=0.76, y=0.5, body="sit", arms="lap", expr="worried", facing=-1, outfit="coat_off"),
    W("sam", x=0.92, y=0.52, body="sit", arms="lap", expr="gentle", facing=-1),
], things=[T("desk", 0.2, 0.86, 1.0, front=True, opts={"w": 1100})], opts={"shelf_x": 2, "win_x": 0.6}))

add("deleted-3-d", S("interview_police", "grey", "medium", cast=[
    W("viktor", body="sit", arms="crossed", expr="smirk", facing=1, lean=-10),
    W("lawyer", x=0.72, y=0.5, body="sit", arms="hands_table", expr="neutral", facing=-1),
], things=[T("table", 0.55, 0.86, 1.0, front=True, opts={"w": 1600, "col": "#9aa0a8"})],
    opts={"mirror_x": 0.5}))

add("deleted-3-e", S("plain", "grey", "close", opts={"col": "wood"}, custom=X.desk_closed))

add("deleted-3-f", S("bedroom", "night", "medium", focus=(0.5, 0.55), zoom=1.2, cast=[
    W("newgirl", x=0.6, y=0.62, body="prone", hold="phone_lit", expr="smile", facing=1, glow=True, gaze=(1, 1)),
], things=[T("bed", 0.42, 0.78, 1.0, opts={"w": 1500, "head": "right", "col": "#c9a0a8"})],
    opts={"posters": "basketball", "desk": False, "wall": "#f1d6c1"}))

# =============================================================================================== deleted-4
add("deleted-4-a", S("school_steps", "muted", "medium", focus=(0.5, 0.6), cast=[
    W("mara", x=0.42, y=0.52, body="sit_front", arms="lap", expr="sad", facing=1, gaze=(0, 1)),
    W("nadia", x=0.58, y=0.52, body="sit_front", arms="lap", expr="sad", facing=-1, gaze=(0, 1)),
], opts={"floor": 0.62}))

add("deleted-4-b", S("plain", opts={"col": "ending"}, custom=I.phone_handover))
add("deleted-4-c", S("plain", opts={"col": "help"}, custom=I.envelope_server))
add("deleted-4-d", S("plain", opts={"col": "help"}, custom=I.tablet_pouch))
add("deleted-4-e", S("plain", opts={"col": "ending"}, custom=I.handshake_map))
add("deleted-4-f", S("plain", opts={"col": "choice"}, custom=I.go_back))

# =============================================================================================== help
add("help-a", S("plain", opts={"col": "help"}, custom=I.corner_icon("phone")))
add("help-b", S("plain", opts={"col": "help"}, custom=I.corner_icon("bubble")))
add("help-c", S("plain", opts={"col": "paper"}, custom=I.heading_icon("warning")))
add("help-d", S("plain", opts={"col": "paper"}, custom=I.heading_icon("padlock")))
add("help-e", S("plain", opts={"col": "white"}, custom=I.funding_emblem))
