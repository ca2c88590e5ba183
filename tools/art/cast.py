"""Who looks like what: one fixed look per character id, taken from the cast table in docs/story.md.

A look never changes between panels (the reader recognises people by hair, skin and clothes); a panel may
only swap the outfit where the story says so (kit on the pitch, pyjamas at night, the laundry).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from tools.art.style import P


@dataclass(frozen=True)
class Look:
    skin: str
    hair: str                    # hair style, see figures.HAIR
    hair_col: str
    top: str                     # garment kind, see figures.draw_top
    top_col: str
    top2: str = P["white"]       # inner layer or accent
    bottom: str = P["navy"]      # trousers / skirt
    shoes: str = P["grey_dark"]
    build: str = "woman"         # girl | woman | man | broad
    sleeves: str = "long"        # long | short
    glasses: str | None = None   # round | reading | up
    face_hair: str | None = None # stubble | beard
    lanyard: str | None = None   # card colour
    scarf: bool = False
    lines: str | None = None     # tired | older: small lines that age a face
    cap: str | None = None       # police cap colour
    size: float = 1.0            # overall scale (teens a little smaller)


CAST: dict[str, Look] = {
    "mara": Look(P["skin_3"], "ponytail", P["hair_dark"], "football", P["green"], P["white"], P["navy"],
                 P["white"], build="girl", sleeves="short", size=0.94),
    "mum": Look(P["skin_3"], "bun", P["hair_brown"], "coat", P["plum"], "#9cc5bf", P["grey_dark"],
                P["grey_dark"], build="woman", lines="tired"),
    "nadia": Look(P["skin_5"], "braids", P["hair_black"], "sweater", P["mustard"], P["white"], "#4f5d7a",
                  P["red"], build="girl", glasses="round", size=0.92),
    "viktor": Look(P["skin_2"], "short_m", P["hair_black"], "leather", "#4a3a33", "#5a5f66", "#2f3440",
                   "#2a2522", build="man", face_hair="stubble", lines="older", size=1.06),
    "rosa": Look(P["skin_2"], "bun_tight", P["hair_salt"], "cardigan", "#6b5a52", "#b9a89a", "#3e3a3c",
                 "#2e2a2a", build="woman", glasses="reading", lines="older"),
    "lina": Look(P["skin_1"], "short_f", P["hair_auburn"], "hoodie", "#7d8c99", P["white"], "#3f4656",
                 P["grey_dark"], build="girl", size=0.95),
    "counsellor": Look(P["skin_1"], "bob", P["hair_grey"], "cardigan", P["teal"], "#f1e6d0", "#5b5360",
                       "#6b4a35", build="woman", lanyard=P["blue"], lines="older"),
    "marin": Look(P["skin_4"], "short_m", P["hair_black"], "uniform", P["police_light"], P["police"],
                  P["police"], "#222222", build="man"),
    "novak": Look(P["skin_1"], "short_f", P["hair_blond"], "jacket", "#3d4a5e", "#e7e2d6", "#2e3542",
                  "#3a2f2a", build="woman", lanyard=P["police"]),
    "costa": Look(P["skin_3"], "bob_short", P["hair_salt"], "suit_f", "#7f8186", P["white"], "#6f7176",
                  "#2a2626", build="woman", glasses="up", lines="older"),
    "haller": Look(P["skin_2"], "short_m", P["hair_brown"], "shirt", "#d9e2ea", P["white"], P["navy"],
                   "#2a2626", build="man", face_hair="beard"),
    "weber": Look(P["skin_1"], "buzz", P["hair_blond"], "police_jacket", P["police"], P["hivis"], "#27324a",
                  "#222222", build="broad", size=1.05),
    "sam": Look(P["skin_4"], "curly", P["hair_black"], "sweater", "#5d7f9e", P["white"], "#5b4a42",
                P["coral"], build="man", scarf=True, lanyard=P["green"]),
    "roth": Look(P["skin_5"], "low_bun", P["hair_black"], "cardigan", "#9a7fa0", "#efe6df", "#4b4650",
                 "#3a2f2a", build="woman"),
    "judge": Look(P["skin_2"], "short_m", P["hair_grey"], "robe", "#23222a", P["white"], "#23222a",
                  "#222222", build="man", glasses="round", lines="older"),
    "defence": Look(P["skin_2"], "short_m", P["hair_brown"], "suit_m", "#3b4150", P["white"], "#3b4150",
                    "#222222", build="man"),
    # walk-ons
    "father": Look(P["skin_5"], "buzz", P["hair_black"], "sweater", "#6f7f6a", P["white"], "#3f4656",
                   "#2a2626", build="man", glasses="round"),
    "courier": Look(P["skin_2"], "short_m", P["hair_brown"], "hoodie", "#8a8f4f", P["white"], "#3f4656",
                    P["grey_dark"], build="man", size=0.97),
    "officer": Look(P["skin_3"], "short_m", P["hair_dark"], "police_jacket", P["police"], P["hivis"],
                    "#27324a", "#222222", build="man"),
    "officer_f": Look(P["skin_4"], "low_bun", P["hair_black"], "police_jacket", P["police"], P["hivis"],
                      "#27324a", "#222222", build="woman"),
    "inspector": Look(P["skin_2"], "short_m", P["hair_salt"], "jacket", "#5c6470", P["white"], "#3a3f4a",
                      "#222222", build="man", lanyard=P["mustard"]),
    "newgirl": Look(P["skin_4"], "curly_short", P["hair_black"], "tshirt", P["coral"], P["white"], "#4f5d7a",
                    P["white"], build="girl", size=0.9),
    "coordinator": Look(P["skin_4"], "bob_short", P["hair_black"], "suit_f", P["eu_blue"], P["white"],
                        P["navy"], "#222222", build="woman"),
    "lawyer": Look(P["skin_1"], "short_m", P["hair_grey"], "suit_m", "#4a4f5c", P["white"], "#4a4f5c",
                   "#222222", build="man", glasses="round"),
    "passer": Look(P["skin_2"], "short_m", P["hair_brown"], "coat", "#6d7a86", "#c9c9cd", "#3f4656",
                   "#222222", build="man"),
    "passer_f": Look(P["skin_4"], "bob", P["hair_black"], "coat", "#a0706a", "#e8d7c8", "#3f4656",
                     "#222222", build="woman"),
}

# outfits the story calls for; applied with look_for(who, outfit)
OUTFITS = {
    "kit": dict(top="football", bottom=P["white"], shoes=P["mustard"]),
    "pyjamas": dict(top="pyjama", top_col="#b9c9e6", top2=P["white"], bottom="#b9c9e6", shoes=P["pink"]),
    "worn": dict(top="tshirt", top_col="#9aa49a", bottom="#4a4f5a"),        # weeks in the laundry
    "hood": dict(top="hoodie", top_col="#4b5a6e", hair="hood_up", shoes=P["orange"]),
    "vest": dict(top="vest", top_col="#26324a", top2=P["hivis"]),
    "uniform": dict(top="tunic", top_col="#9cc5bf"),
    "blanket": dict(top="blanket", top_col=P["grey_blanket"]),
    "coat_off": dict(top="sweater"),
    "pyjama_mara": dict(top="pyjama", top_col="#c7d9c4", top2=P["white"], bottom="#c7d9c4"),
}


def look_for(who: str, outfit: str | None = None) -> Look:
    look = CAST[who]
    if outfit:
        look = replace(look, **OUTFITS[outfit])
        if outfit == "uniform":
            look = replace(look, sleeves="short")
    return look
