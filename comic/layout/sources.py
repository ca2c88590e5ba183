"""Finding artwork files and reading their size without decoding them.

Layout runs on every build and watch cycle, for every language, so reading art must stay cheap: Pillow
reads only the header (a 7000 px PSD costs microseconds, not a second), and results are cached by path,
size and modification time. Everything that can go wrong with a user's file becomes an `ArtReadError`
whose message names the file, never a traceback.
"""

from __future__ import annotations

import logging
import os
import re
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image

ART_EXTENSIONS = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp", ".psd", ".svg")
MAX_SIDE = 20000                       # pixels; beyond this an image is a mistake or an attack
PANELS_DIR = "panels"


class ArtReadError(Exception):
    def __init__(self, message: str, hint: str):
        super().__init__(message)
        self.message = message
        self.hint = hint


@dataclass(frozen=True)
class ArtSource:
    path: Path
    format: str                        # JPEG, PNG, TIFF, WEBP, PSD, SVG, … as Pillow names it
    kind: str                          # "raster" | "svg"
    size: tuple[float, float]          # pixels, or points for SVG
    huge: bool = False                 # over Pillow's decompression-bomb warning size: slow, memory hungry
    svg_text: bool = False             # an SVG with live text, whose fonts would not be embedded


def inside(root: Path, path: Path) -> bool:
    return path.resolve().is_relative_to(root.resolve())


class ArtFinder:
    """Looks up art by convention (panels/<key>.<ext>) in one listing of panels/ per build."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self._index: dict[str, list[Path]] | None = None

    def _listing(self) -> dict[str, list[Path]]:
        if self._index is None:
            self._index = {}
            folder = self.root / PANELS_DIR
            if folder.is_dir():
                for entry in sorted(folder.iterdir()):
                    if entry.is_file():
                        self._index.setdefault(entry.stem.lower(), []).append(entry)
        return self._index

    def conventional(self, key: str) -> tuple[Path | None, list[Path], list[Path]]:
        """(chosen file, other usable files with the same name, near misses: wrong case or unsupported type)."""
        entries = self._listing().get(key.lower(), [])
        usable = [p for p in entries if p.stem == key and p.suffix.lower() in ART_EXTENSIONS]
        usable.sort(key=lambda p: ART_EXTENSIONS.index(p.suffix.lower()))
        near = [p for p in entries if p not in usable]
        return (usable[0] if usable else None), usable[1:], near


def read_art(path: Path) -> ArtSource:
    """Format and size of an art file; raises ArtReadError for anything unusable."""
    path = Path(path)
    try:
        st = path.stat()
    except OSError as e:
        raise ArtReadError(f"cannot open the file ({e.strerror})", "check that it exists and is readable") from None
    result = _read_cached(str(path), st.st_mtime_ns, st.st_size)
    if isinstance(result, ArtReadError):
        raise result
    return result


@lru_cache(maxsize=4096)
def _read_cached(path: str, mtime_ns: int, size: int) -> ArtSource | ArtReadError:
    try:
        if path.lower().endswith(".svg"):
            return _read_svg(Path(path))
        return _read_raster(Path(path))
    except ArtReadError as e:
        return e


def _read_raster(path: Path) -> ArtSource:
    huge = False
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", Image.DecompressionBombWarning)
        try:
            with Image.open(path) as im:
                fmt, size = im.format, im.size
                if fmt == "PNG":
                    im.verify()          # checks every chunk's CRC without decompressing
        except Image.DecompressionBombError as e:
            raise ArtReadError(f"too many pixels to open safely ({e})",
                               "scale the image down: 600 ppi at the printed size is plenty") from None
        except Exception as e:  # Pillow raises many types for broken files
            raise ArtReadError(f"not a readable image ({_reason(e)})",
                               "re-export it as PNG, JPEG or TIFF from the drawing program") from None
        huge = any(issubclass(w.category, Image.DecompressionBombWarning) for w in caught)
    if fmt == "JPEG" and not _jpeg_complete(path):
        raise ArtReadError("the JPEG file is cut short (no end marker)",
                           "copy or export it again; the transfer may have been interrupted")
    if max(size) > MAX_SIDE:
        raise ArtReadError(f"the image is {size[0]}×{size[1]} px, larger than {MAX_SIDE} px on a side",
                           "scale it down: 600 ppi at the printed size is plenty (see `comic art-specs`)")
    if min(size) < 1:
        raise ArtReadError("the image has no pixels", "re-export it from the drawing program")
    return ArtSource(path, fmt or "?", "raster", (float(size[0]), float(size[1])), huge=huge)


def _jpeg_complete(path: Path) -> bool:
    """A JPEG ends with FF D9, perhaps followed by padding; a cut-off copy does not (it passes by path, undecoded)."""
    with open(path, "rb") as f:
        f.seek(max(0, path.stat().st_size - 8192))
        return b"\xff\xd9" in f.read()


_SVG_UNITS = {"": 0.75, "px": 0.75, "pt": 1.0, "mm": 72 / 25.4, "cm": 720 / 25.4, "in": 72.0}


def _svg_length(value: str | None) -> float | None:
    m = re.fullmatch(r"\s*([0-9.]+)\s*(px|pt|mm|cm|in)?\s*", value or "")
    return float(m.group(1)) * _SVG_UNITS[m.group(2) or ""] if m else None


def _read_svg(path: Path) -> ArtSource:
    """Size from the root element only (what svglib would make of it), without building the drawing:
    layout needs the size of every panel's art, and a full parse costs tens of milliseconds per file."""
    import xml.etree.ElementTree as ET
    try:
        _, root = next(ET.iterparse(os.fspath(path), events=("start",)))
    except (ET.ParseError, StopIteration, OSError) as e:
        raise ArtReadError(f"not a readable SVG ({_reason(e)})", "re-export it as plain SVG") from None
    if not root.tag.endswith("svg"):
        raise ArtReadError("not an SVG file (its first element is not <svg>)", "re-export it as plain SVG")
    w, h = _svg_length(root.get("width")), _svg_length(root.get("height"))
    box = [float(v) for v in re.split(r"[\s,]+", (root.get("viewBox") or "").strip()) if v] or None
    if (w is None or h is None) and box and len(box) == 4:
        w, h = box[2] * 0.75, box[3] * 0.75   # user units are CSS px, 0.75 pt, as svglib reads them
    if not w or not h or w <= 0 or h <= 0:
        raise ArtReadError("the SVG has no size", "give the <svg> element a viewBox, or width and height")
    with open(path, "rb") as f:
        has_text = b"<text" in f.read()
    return ArtSource(path, "SVG", "svg", (w, h), svg_text=has_text)


def load_svg(path: Path):
    """The SVG as a ReportLab drawing (svglib), with its logging kept off the user's terminal."""
    from svglib.svglib import svg2rlg

    logger = logging.getLogger("svglib")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        drawing = svg2rlg(os.fspath(path))
    except Exception as e:
        raise ArtReadError(f"not a readable SVG ({_reason(e)})", "re-export it as plain SVG") from None
    finally:
        logger.setLevel(level)
    if drawing is None:
        raise ArtReadError("not a readable SVG", "re-export it as plain SVG (Inkscape: Save As ▸ Plain SVG)")
    return drawing


def _has_text(node) -> bool:
    from reportlab.graphics.shapes import String

    if isinstance(node, String):
        return True
    return any(_has_text(child) for child in getattr(node, "contents", ()) or ())


def _reason(e: Exception) -> str:
    text = str(e).strip() or type(e).__name__
    return text.splitlines()[0][:160]
