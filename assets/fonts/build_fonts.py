"""Rebuild the fonts in this folder from their npm packages (run by hand, not at build time).

Kept so the shipped files can be traced and reproduced: which package, which files, and the one change
made to them (a narrow no-break space U+202F, which French typography needs and the lettering faces lack,
so it would otherwise fall back to an Arabic font or draw a .notdef box).

    python3 assets/fonts/build_fonts.py   # needs npm and fontTools
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from fontTools.ttLib import TTFont
from fontTools.ttLib.tables._g_l_y_f import Glyph

HERE = Path(__file__).resolve().parent

# (npm package, version, target folder, {source file inside package: target file name})
PACKAGES = [
    ("@expo-google-fonts/shantell-sans", "0.4.1", "ShantellSans", {
        "400Regular/ShantellSans_400Regular.ttf": "ShantellSans-Regular.ttf",
        "700Bold/ShantellSans_700Bold.ttf": "ShantellSans-Bold.ttf",
        "400Regular_Italic/ShantellSans_400Regular_Italic.ttf": "ShantellSans-Italic.ttf",
        "700Bold_Italic/ShantellSans_700Bold_Italic.ttf": "ShantellSans-BoldItalic.ttf",
    }),
    ("@expo-google-fonts/playpen-sans", "0.4.1", "PlaypenSans", {
        "400Regular/PlaypenSans_400Regular.ttf": "PlaypenSans-Regular.ttf",
        "700Bold/PlaypenSans_700Bold.ttf": "PlaypenSans-Bold.ttf",
    }),
    ("@expo-google-fonts/noto-sans-arabic", "0.4.3", "NotoSansArabic", {
        "400Regular/NotoSansArabic_400Regular.ttf": "NotoSansArabic-Regular.ttf",
        "700Bold/NotoSansArabic_700Bold.ttf": "NotoSansArabic-Bold.ttf",
    }),
    ("@expo-google-fonts/noto-sans-hebrew", "0.4.1", "NotoSansHebrew", {
        "400Regular/NotoSansHebrew_400Regular.ttf": "NotoSansHebrew-Regular.ttf",
        "700Bold/NotoSansHebrew_700Bold.ttf": "NotoSansHebrew-Bold.ttf",
    }),
]

NNBSP = 0x202F
THIN_SPACE = 0x2009
PATCH_NOTE = "; comic: added U+202F"


def add_narrow_nbsp(font: TTFont) -> bool:
    """Map U+202F to the font's thin space, or to a new blank glyph half as wide as the space."""
    cmap = font.getBestCmap()
    if NNBSP in cmap:
        return False
    if THIN_SPACE in cmap:
        glyph_name = cmap[THIN_SPACE]
    else:
        glyph_name = "uni202F"
        space = cmap[0x20]
        advance = round(font["hmtx"][space][0] / 2)
        order = font.getGlyphOrder() + [glyph_name]
        font.setGlyphOrder(order)
        glyph = Glyph()
        glyph.numberOfContours = 0
        font["glyf"].glyphs[glyph_name] = glyph
        font["glyf"].glyphOrder = order
        font["hmtx"][glyph_name] = (advance, 0)
        if "vmtx" in font:
            font["vmtx"][glyph_name] = font["vmtx"][space]
        font["maxp"].numGlyphs = len(order)
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap[NNBSP] = glyph_name
    for record in font["name"].names:
        if record.nameID == 5:
            record.string = record.toUnicode() + PATCH_NOTE
    return True


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for package, version, folder, files in PACKAGES:
            out = subprocess.run(["npm", "pack", f"{package}@{version}"], cwd=tmp, check=True,
                                 capture_output=True, text=True).stdout.split()[-1]
            unpacked = Path(tmp) / folder
            with tarfile.open(Path(tmp) / out) as tar:
                tar.extractall(unpacked, filter="data")
            target = HERE / folder
            target.mkdir(exist_ok=True)
            shutil.copyfile(unpacked / "package" / "LICENSE_FONT", target / "OFL.txt")
            for src, dst in files.items():
                source = unpacked / "package" / src
                font = TTFont(source, recalcTimestamp=False)  # same bytes on every rebuild
                # Hebrew text has no use for U+202F; a stray one falls back per character.
                if folder != "NotoSansHebrew" and add_narrow_nbsp(font):
                    print(f"{dst}: added U+202F", file=sys.stderr)
                    font.save(target / dst)
                else:
                    shutil.copyfile(source, target / dst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
