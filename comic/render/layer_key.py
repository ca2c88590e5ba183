"""What the cached art layer of an edition depends on, worked out without importing the drawing code.

The build needs the key before it starts drawing anything (is the layer cached?), and importing ReportLab
and pikepdf to learn it would keep the art process waiting for the main process's imports.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from comic import __version__
from comic.layout.boxes import PageLayout


def _code_fingerprint() -> str:
    """The drawing code is an input of the cached art layer too."""
    h = hashlib.sha256()
    base = Path(__file__).resolve().parent
    for path in (base / "art.py", base / "pdf.py", base / "color.py", base / "svg.py", base / "ink.py"):
        if path.exists():
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


_CODE = _code_fingerprint()


def art_layer_key(layouts: list[PageLayout], *, cmyk: bool) -> str:
    """Everything the art layer depends on — never the text — so a text edit reuses the cached layer."""
    h = hashlib.sha256(f"{__version__}|{_CODE}|cmyk={cmyk}".encode())
    for layout in layouts:
        h.update(repr((layout.boxes, layout.background)).encode())
        for box in layout.panels:
            h.update(repr((box.panel.key, box.panel.note, box.frame, box.art_clip, box.border_path, box.border,
                           box.art)).encode())
        for art in [layout.background] + [b.art for b in layout.panels]:
            if art is not None and art.path is not None and art.path.exists():
                st = art.path.stat()
                h.update(f"{art.path}|{st.st_size}|{st.st_mtime_ns}".encode())
    return h.hexdigest()[:20]
