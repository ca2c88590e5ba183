"""The book's look: one limited, muted palette, line weights, and the light of each scene.

Every colour in every panel comes from here, so the sample art reads as one deliberate style. Light is
applied by recolouring (mixing each flat colour towards the light's tint), not by overlays, so the files
stay flat vector colour that converts cleanly to CMYK.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

INK = "#2b2632"          # outlines
PAPER = "#f7f2e8"

# line weights in pixels at 300 ppi (2.5 px ≈ 0.6 pt)
LINE_FIG = 3.4           # figure outlines
LINE_BG = 2.6            # background outlines
LINE_FINE = 1.8          # details (stitches, screen content)

P = {
    # walls
    "wall_warm": "#eadbc3", "wall_sage": "#cdd5bf", "wall_blue": "#bccad6", "wall_lilac": "#d7cfdc",
    "wall_mint": "#cfe1d6", "wall_grey": "#d3d2cf", "wall_peach": "#f1d6c1", "wall_dirty": "#c9c1ad",
    "wall_cream": "#f2e7d3",
    # floors and wood
    "floor_wood": "#b98f67", "floor_dark": "#8c6a4f", "floor_grey": "#a7a6a3", "floor_tile": "#c4c9c6",
    "floor_lino": "#a9b7ad", "wood": "#a87b55", "wood_dark": "#7c5a42", "wood_light": "#d2ad82",
    # fabrics and objects
    "sofa": "#7b8fa6", "sofa_dark": "#5f7189", "rug": "#c98a72", "bed": "#e8e0d4", "blanket": "#8aa3b8",
    "blanket_mara": "#7fa8a0", "pillow": "#f3eee4", "mattress": "#d9d1bf", "grey_blanket": "#9d9a93",
    "metal": "#b8bcc2", "metal_dark": "#81868f", "plastic": "#e9ecef", "screen": "#dde9f2",
    "screen_dark": "#283349", "glass": "#cfe2ea", "paper": "#fbf8f1", "card": "#fdfbf6",
    # accents
    "green": "#3f9468", "green_dark": "#2f7652", "red": "#c4574d", "coral": "#e38b6f",
    "mustard": "#e2b24f", "teal": "#4d9a9b", "plum": "#7e5b7d", "navy": "#33476b", "blue": "#5b82b3",
    "sky_blue": "#9cc3de", "pink": "#e9a6ad", "purple": "#8e6fb0", "orange": "#e0914f", "lime": "#a9c46a",
    "grey": "#8f9096", "grey_dark": "#5d6068", "grey_light": "#c9c9cd", "white": "#fbfaf7",
    "police": "#2f4b78", "police_light": "#a9c1db", "hivis": "#d8d25a", "eu_blue": "#30489a",
    "eu_star": "#f1cf4a", "choice": "#f0d9a8", "ending": "#d7e4d3", "help": "#d6e6ee",
    # outdoors
    "sky_day": "#bcd8e6", "sky_dusk": "#e8b79b", "sky_dusk_top": "#6b6f9a", "sky_night": "#27324f",
    "sky_grey": "#c4cad0", "grass": "#7fae6b", "grass_dark": "#5f9154", "asphalt": "#6c6f76",
    "brick": "#b3705a", "concrete": "#b9b6ae", "tree": "#6f9d66",
    # skin
    "skin_1": "#f3d2b8", "skin_2": "#e9bd98", "skin_3": "#d7a27a", "skin_4": "#b57c55", "skin_5": "#8b5a3c",
    "skin_6": "#6a4330",
    # hair
    "hair_black": "#2f2a2e", "hair_dark": "#45352f", "hair_brown": "#6b4a35", "hair_auburn": "#8c4a32",
    "hair_blond": "#d5b26f", "hair_grey": "#a7a4a2", "hair_salt": "#77726f",
}


def _rgb(hex_: str) -> tuple[int, int, int]:
    h = hex_.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def _hex(rgb) -> str:
    return "#%02x%02x%02x" % tuple(max(0, min(255, round(v))) for v in rgb)


@lru_cache(maxsize=None)
def mix(a: str, b: str, t: float) -> str:
    """a moved towards b by t (0..1)."""
    ra, rb = _rgb(a), _rgb(b)
    return _hex([x + (y - x) * t for x, y in zip(ra, rb)])


def shade(c: str, t: float = 0.18) -> str:
    """The shadow side of a flat colour: darker and a little cooler."""
    return mix(c, "#3a3350", t)


def tint(c: str, t: float = 0.25) -> str:
    return mix(c, "#fffaf0", t)


@dataclass(frozen=True)
class Light:
    """How a scene is lit: colours are mixed towards `tint`, figures less than the set, so people read."""

    name: str
    tint: str
    bg: float           # how far set colours move towards the tint
    fig: float          # how far figure colours move
    glow: str | None    # colour of soft light pools (lamp, screen, window)
    side: int           # where the light comes from: -1 left, 1 right (shadows fall on the other side)

    def bg_tone(self, c: str) -> str:
        return _tone(c, self.tint, self.bg)

    def fig_tone(self, c: str) -> str:
        return _tone(c, self.tint, self.fig)


@lru_cache(maxsize=None)
def _tone(c: str, tint_: str, t: float) -> str:
    if not c.startswith("#") or t <= 0:
        return c
    return mix(c, tint_, t)


LIGHTS = {
    "day": Light("day", "#fff6e0", 0.0, 0.0, None, -1),
    "lamp": Light("lamp", "#e39a4c", 0.16, 0.08, "#ffd79a", -1),
    "evening": Light("evening", "#8a6a8f", 0.22, 0.12, "#ffd79a", 1),
    "night": Light("night", "#1c2544", 0.58, 0.42, "#bfe0ff", 1),
    "screen": Light("screen", "#1c2544", 0.64, 0.46, "#cfe8ff", 1),
    "dawn": Light("dawn", "#d98a78", 0.22, 0.1, "#ffe0b8", -1),
    "grey": Light("grey", "#8f98a3", 0.28, 0.14, None, -1),
    "rain": Light("rain", "#4a5775", 0.38, 0.2, "#ffd28a", 1),
    "lab": Light("lab", "#cfe6f0", 0.1, 0.04, "#e6f4ff", 1),
    "lab_night": Light("lab_night", "#243152", 0.45, 0.28, "#cfe8ff", 1),
    "soft": Light("soft", "#ffd7b0", 0.08, 0.03, "#fff1d8", -1),
    "steam": Light("steam", "#d8dccd", 0.2, 0.1, None, 1),
    "dim": Light("dim", "#2f3552", 0.5, 0.34, "#e8d9a8", -1),
    "muted": Light("muted", "#9aa0a8", 0.3, 0.2, None, -1),
    "flat": Light("flat", "#ffffff", 0.0, 0.0, None, -1),
}
