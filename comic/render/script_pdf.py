"""The translator's side-by-side script: source | translation | notes, one row per string, in book order.

A reviewer reads it next to the proof PDF: the id in each row is the tag on the balloon, and the notes say
what the string is, who says it, its state in the PO file and whether it overflows its balloon.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)

from comic.atomic import atomic_path
from comic.lettering.fonts import FontStack

rl_config.useA85 = 0
MM = 72 / 25.4


@dataclass(frozen=True)
class ScriptRow:
    key: str
    source: str
    translation: str
    notes: tuple[str, ...]
    state: str            # po | inline | fuzzy | stale | missing
    overflow: bool = False


def _markup(text: str, stack: FontStack, style: str = "regular") -> str:
    """Paragraph markup with a font per run, so every script in the stack shows (no tofu boxes)."""
    out = []
    for line_no, line in enumerate(text.split("\n")):
        if line_no:
            out.append("<br/>")
        for run in stack.runs(line, style):
            out.append(f'<font name="{run.face.name}">{escape(run.text)}</font>')
    return "".join(out)


def write_script_pdf(rows: list[ScriptRow], out: Path, *, stack: FontStack, title: str, source_lang: str,
                     lang: str) -> None:
    stack.register()
    base = stack.primary.face("regular").name
    bold = stack.primary.face("bold").name
    cell = ParagraphStyle("cell", fontName=base, bulletFontName=base, fontSize=8, leading=10)
    small = ParagraphStyle("small", parent=cell, fontSize=6.5, leading=8, textColor=colors.HexColor("#555555"))
    head = ParagraphStyle("head", parent=cell, fontName=bold, fontSize=9)
    data = [[Paragraph(f"id / {source_lang}", head), Paragraph(lang, head), Paragraph("notes", head)]]
    marks = []
    for i, r in enumerate(rows, start=1):
        state = {"po": "", "inline": "inline", "fuzzy": "FUZZY — source used", "stale": "OUTDATED — source used",
                 "missing": "MISSING — source used"}.get(r.state, r.state)
        flags = [s for s in (state, "OVERFLOWS its balloon" if r.overflow else "") if s]
        notes = "<br/>".join(escape(n) for n in r.notes)
        data.append([
            Paragraph(f'<font name="{bold}" size="6.5">{escape(r.key)}</font><br/>' + _markup(r.source, stack), cell),
            Paragraph(_markup(r.translation, stack), cell),
            Paragraph((f'<font name="{bold}">{escape("; ".join(flags))}</font><br/>' if flags else "") + notes, small),
        ])
        if r.state in ("fuzzy", "stale", "missing"):
            marks.append(("BACKGROUND", (1, i), (1, i), colors.HexColor("#fff3c4")))
        if r.overflow:
            marks.append(("BACKGROUND", (2, i), (2, i), colors.HexColor("#ffd6d6")))
    width = landscape(A4)[0] - 24 * MM
    table = LongTable(data, colWidths=[width * 0.36, width * 0.36, width * 0.28], repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), base),   # the table default is an unembedded Helvetica
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7")),
        *marks,
    ]))
    with atomic_path(out) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=landscape(A4), leftMargin=12 * MM, rightMargin=12 * MM,
                                topMargin=12 * MM, bottomMargin=12 * MM, title=f"{title} — {lang} script",
                                invariant=1, initialFontName=base)  # else an unembedded Helvetica
        doc.build([Paragraph(escape(f"{title}: {source_lang} → {lang}"), head), Spacer(1, 4 * MM), table])
