"""Shaped lettering as a reader meets it: Bulgarian letterforms, Arabic and Hebrew right to left, text that copies.

The right-to-left fixture is one page per language (`rtl_page`): an Arabic line with digits and a Hebrew line
with digits in brackets in speech balloons, and a longer line with a Latin word and punctuation in a caption. Text extraction is checked in logical order —
what PDFium (Chrome's viewer) gives when a reader copies or searches — and the rasterised page is checked
for where the first letter of each line is drawn: at the right end.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from comic import model as m
from comic.diagnostics import Pos, Report
from comic.lettering.breaking import Piece, units
from comic.lettering.fit import FitSpec, Profile, fit, shape_exponent
from comic.lettering.fonts import Style, default_stack
from comic.lettering.letter import letter_page
from comic.lettering.markup import parse
from comic.lettering.shaping import Shaper, embedding_levels, is_rtl, shape, shaper, visual_order
from comic.lettering.types import GlyphRun
from test_lettering_render import ASSETS, sample_book, sample_layout

STACK = default_stack(ASSETS)
STACK.register()

ARABIC = "مرحبا بالعالم 123"
HEBREW = "שלום עולם (2024)"
RTL_TEXTS = {
    "ar": (ARABIC, "قال إنه يعمل لدى WhatsApp منذ 2019!"),
    "he": (HEBREW, "אל תספרי לאף אחד. מבטיחה? זה סוד בינינו, בסדר?"),
}


# ---------------------------------------------------------------------------------------------- helpers

def rtl_page(lang: str):
    """Letter the fixture page in `lang`: the short line in a speech balloon, the long one in a caption."""
    first, second = RTL_TEXTS[lang]
    P = lambda id, items: m.Panel(id, "demo", None, m.Art(None), tuple(items), Pos("demo.yaml", 1, 1))
    it = lambda n, kind, text, panel, **kw: m.Item(
        id=f"{kind}-{n}", kind=kind, text=m.Localized({lang: text}, lang), page="demo", panel=panel,
        pos=Pos("scripts/scenes/demo.yaml", n, 7), **kw)
    panels = (P("a", [it(1, "speech", first, "a", by="mara", at=(0.5, 0.3), tail=(0.8, 0.95))]),
              P("b", []),
              P("c", [it(2, "caption", second, "c", at=(0.5, 0.2), width=0.95)]))
    book = replace(sample_book(panels), languages=("en", lang))
    layout = sample_layout(book)
    report = Report()
    page = letter_page(book, layout, lang, lambda item: item.text.get(lang), STACK, report, {"demo": 1})
    return page, layout, report


def draw(path: Path, layout, items, *, runs_only: bool = False) -> Path:
    from comic.render.pdf import lettered_pdf

    return lettered_pdf(path, layout, [replace(item, shapes=()) if runs_only else item for item in items])


def draw_runs(path: Path, runs: list[GlyphRun], size=(300, 120)) -> Path:
    from comic.render.content import Content
    from comic.render.lettering import draw_run
    from comic.render.pdf import content_pdf

    c = Content(cmyk=False)
    for run in runs:
        c.save()
        draw_run(c, run)
        c.restore()
    return content_pdf(path, size, [c])


def raster(path: Path, scale: float = 4.0):
    np = pytest.importorskip("numpy")
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    img = pdf[0].render(scale=scale).to_pil().convert("L")
    pdf.close()
    return np.asarray(img).astype(int)


def ink(path: Path) -> tuple[int, int, int, int]:
    """Bounding box (x0, y0, x1, y1) in pixels of everything dark on the page."""
    np = pytest.importorskip("numpy")
    ys, xs = np.nonzero(raster(path) < 128)
    assert len(xs), f"nothing drawn in {path}"
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def pdfium_text(path: Path) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    text = pdf[0].get_textpage().get_text_range()
    pdf.close()
    return text


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------------------------------------- language

def test_direction_comes_from_the_language() -> None:
    assert is_rtl("ar") and is_rtl("he") and is_rtl("fa-IR") and is_rtl("ur")
    assert not is_rtl("bg") and not is_rtl("en") and not is_rtl("")
    assert shaper(STACK, "he").start == "right" and shaper(STACK, "bg").start == "left"


# ---------------------------------------------------------------------------------------------- Bulgarian

def test_bulgarian_letterforms_are_chosen_by_the_language() -> None:
    face = STACK.primary.face(Style.REGULAR)
    bg = [g[0] for g in shape(face, "длб", "bg").glyphs]
    ru = [g[0] for g in shape(face, "длб", "ru").glyphs]
    plain = [g[0] for g in shape(face, "длб", None).glyphs]
    assert all(a != b for a, b in zip(bg, ru)) and ru == plain
    names = [face.ttfont.hb_font.glyph_to_string(g) for g in bg]
    assert names[0] == "uni0434.loclBGR"                 # the Bulgarian д, with a descender like g


def test_the_pdf_draws_the_bulgarian_forms_and_copies_as_cyrillic(tmp_path: Path) -> None:
    np = pytest.importorskip("numpy")

    def line(lang: str) -> list[GlyphRun]:
        layout = shaper(STACK, lang).line([Piece("длб", Style.REGULAR)])
        seg, = layout.segments
        glyphs = tuple((gid, gx * 60, gy * 60, cl, t) for gid, gx, gy, cl, t in seg.glyphs)
        return [GlyphRun(seg.text, seg.face.name, 60, 20, 40, glyphs=glyphs)]

    bg = raster(draw_runs(tmp_path / "bg.pdf", line("bg")))
    ru = raster(draw_runs(tmp_path / "ru.pdf", line("ru")))
    differ = np.abs(bg - ru) > 100
    assert differ.sum() > 500, "Bulgarian and Russian forms should look different"
    # the Bulgarian д reaches below the baseline (like g); the Russian one sits on it with small feet
    baseline_px = int((120 - 40) * 4)
    assert (bg[baseline_px + 40:, :] < 128).sum() > (ru[baseline_px + 40:, :] < 128).sum()
    assert pdfium_text(tmp_path / "bg.pdf") == "длб"     # a private glyph copies as its letter


def test_a_bulgarian_page_copies_as_its_text(tmp_path: Path) -> None:
    from test_lettering_render import render

    render(tmp_path / "bg.pdf", "bg")
    text = pdfium_text(tmp_path / "bg.pdf")
    assert "Пак нощна смяна." in text and "Първо домашните, нали?" in text
    assert not re.search("[\ue000-\uf8ff\U000f0000-\U0010ffff]", text)


# ---------------------------------------------------------------------------------------------- bidi

@pytest.mark.parametrize("text, rtl", [
    (ARABIC, True), (HEBREW, True), ("מי זה? Alex?", True), ("Hello שלום 12 world", False),
    ("قال إنه يعمل لدى WhatsApp منذ 2019!", True), ("(abc) שלום [def]", True),
])
def test_runs_are_in_the_visual_order_python_bidi_gives(text: str, rtl: bool) -> None:
    from bidi import get_display

    layout = Shaper(STACK, "he" if rtl else "en").line([Piece(text, Style.REGULAR)])
    seen = "".join(seg.text[::-1] if seg.rtl else seg.text for seg in layout.segments)
    assert seen == get_display(text, base_dir="R" if rtl else "L")      # (which does not mirror brackets)


def test_brackets_in_right_to_left_text_are_mirrored() -> None:
    layout = Shaper(STACK, "he").line([Piece(HEBREW, Style.REGULAR)])
    shown = "".join(g[4] for seg in layout.segments for g in seg.glyphs)
    assert shown == "(2024) םלוע םולש"                  # what a reader sees, left to right


def test_levels_and_reordering_follow_uax9() -> None:
    assert embedding_levels("abc שלום", False) == [0, 0, 0, 0, 1, 1, 1, 1]
    assert embedding_levels("שלום 12", True) == [1, 1, 1, 1, 1, 2, 2]
    assert visual_order([1, 1, 2, 2, 1]) == [4, 2, 3, 1, 0]


def test_arabic_letters_join(tmp_path: Path) -> None:
    face = STACK.families[2].face(Style.REGULAR)          # Noto Sans Arabic
    joined = shape(face, "بب", "ar", rtl=True)
    apart = [shape(face, "ب", "ar", rtl=True) for _ in range(2)]
    names = [face.ttfont.hb_font.glyph_to_string(g[0]) for g in joined.glyphs]
    assert any(name.endswith(".init") for name in names) and any(name.endswith(".fina") for name in names)
    assert joined.width != sum(s.width for s in apart)


# ---------------------------------------------------------------------------------------------- the fixture

@pytest.fixture(scope="module")
def rtl_pdfs(tmp_path_factory) -> dict[str, tuple]:
    out = {}
    for lang in RTL_TEXTS:
        page, layout, report = rtl_page(lang)
        assert not [d for d in report.items if d.code in ("missing-glyph", "overflow")]
        path = draw(tmp_path_factory.mktemp(lang) / f"{lang}.pdf", layout, page.items)
        out[lang] = (page, layout, path)
    return out


def test_right_to_left_text_copies_in_logical_order(rtl_pdfs) -> None:
    # (PDFium guesses each line's direction from its first strong letter: a line of an Arabic paragraph that
    # begins with a Latin word would come back in left-to-right order. The caption here is one line.)
    for lang, (first, second) in RTL_TEXTS.items():
        text = words(pdfium_text(rtl_pdfs[lang][2]))
        assert first in text, (lang, text)
        assert second in text, (lang, text)


@pytest.mark.parametrize("lang, text", [("ar", "مَرْحَبًا بِالعالَم"), ("he", "שָׁלוֹם עוֹלָם"),
                                        ("en", "fluffy office")])
def test_vowel_marks_and_ligatures_copy_as_typed(tmp_path: Path, lang: str, text: str) -> None:
    layout = shaper(STACK, lang).line([Piece(text, Style.REGULAR)])
    runs = [GlyphRun(seg.text, seg.face.name, 30, 20 + seg.x * 30, 60,
                     glyphs=tuple((g, x * 30, y * 30, c, t) for g, x, y, c, t in seg.glyphs))
            for seg in layout.segments]
    assert len(runs[0].glyphs) < len(text) or lang != "en"          # "ffl" and "ffi" are one glyph each
    copied = pdfium_text(draw_runs(tmp_path / "marks.pdf", runs))
    assert unicodedata.normalize("NFC", copied) == text        # PDFium may give shin dot and qamats swapped


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")
def test_poppler_reads_the_arabic_words_in_order(rtl_pdfs) -> None:
    out = subprocess.run(["pdftotext", str(rtl_pdfs["ar"][2]), "-"], capture_output=True, text=True,
                         check=True).stdout
    out = words(re.sub("[\u202a-\u202e]", "", out))       # poppler marks embeddings; the words are what matter
    assert "مرحبا بالعالم" in out and "قال إنه يعمل لدى" in out


@pytest.mark.parametrize("lang, face", [("ar", "NotoSansArabic-Regular"), ("he", "NotoSansHebrew-Regular")])
def test_the_first_letter_is_drawn_at_the_right_end_and_digits_keep_their_order(rtl_pdfs, tmp_path: Path,
                                                                                 lang: str, face: str) -> None:
    page, layout, _ = rtl_pdfs[lang]
    balloon = next(it for it in page.items if it.item.kind == "speech")
    first_line_y = max(r.y for r in balloon.runs)
    line = [r for r in balloon.runs if r.y == first_line_y]
    script_run = next(r for r in line if r.font == face and r.text[0] == RTL_TEXTS[lang][0][0])
    whole = ink(draw_runs(tmp_path / "line.pdf", line, (482, 680)))
    only_first = replace(script_run, glyphs=tuple(g for g in script_run.glyphs if g[3] == 0))
    first = ink(draw_runs(tmp_path / "first.pdf", [only_first], (482, 680)))
    assert abs(first[2] - whole[2]) <= 3, f"{lang}: first letter not at the right end ({first} in {whole})"
    assert first[0] > (whole[0] + whole[2]) / 2
    # left to right within the line: the digits read 1, 2, 3 (or 2, 0, 2, 4) from the left
    digits = [(r.x + g[1], g[4]) for r in balloon.runs for g in r.glyphs if g[4].isdigit()]
    assert "".join(ch for _, ch in sorted(digits)) == ("123" if lang == "ar" else "2024")


def test_captions_in_right_to_left_languages_start_at_the_right(rtl_pdfs) -> None:
    for lang in RTL_TEXTS:
        page = rtl_pdfs[lang][0]
        caption = next(it for it in page.items if it.item.kind == "caption")
        x0, _, x1, _ = caption.bounds
        lines: dict[float, list[GlyphRun]] = {}
        for run in caption.runs:
            lines.setdefault(run.y, []).append(run)
        rights = []
        for runs in lines.values():
            last = max(runs, key=lambda r: r.x)
            end = last.x + max(g[1] for g in last.glyphs) + 0.3 * last.size
            rights.append(end)
            assert min(r.x for r in runs) > x0 + 2
        assert max(rights) - min(rights) < 0.6 * caption.text_size, f"{lang}: lines not flush right"


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (poppler-utils) not installed")
def test_every_font_of_a_shaped_page_is_embedded(rtl_pdfs) -> None:
    for lang, (_, _, path) in rtl_pdfs.items():
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = out.splitlines()[2:]
        names = {r.split()[0].split("+", 1)[-1] for r in rows}
        assert {"NotoSansArabic-Regular" if lang == "ar" else "NotoSansHebrew-Regular"} <= names
        for row in rows:
            assert row.split()[-5:-3] == ["yes", "yes"], row


def test_shaped_pages_are_byte_identical(tmp_path: Path) -> None:
    page, layout, _ = rtl_page("ar")
    a = draw(tmp_path / "a.pdf", layout, page.items).read_bytes()
    page, layout, _ = rtl_page("ar")
    b = draw(tmp_path / "b.pdf", layout, page.items).read_bytes()
    assert a == b


# ---------------------------------------------------------------------------------------------- fitting

@pytest.mark.parametrize("lang, text", [
    ("bg", "Най-хубавият ми гол за сезона. Дванайсет харесвания. Половината от мама."),
    ("ar", RTL_TEXTS["ar"][1]), ("he", RTL_TEXTS["he"][1]),
    ("en", "Office affairs: *fluffy* waffles, AVATAR ToYo and 116/111."),
])
def test_the_fitter_measures_what_is_drawn(lang: str, text: str) -> None:
    sh = shaper(STACK, lang)
    spec = FitSpec(Profile("oval", shape_exponent(0.35)), 7.09, 9.0, 7.0, 1.15, max_width=160, max_height=300)
    fitted = fit(units(parse(text), sh.width), spec)
    assert len(fitted.lines) > 1
    for ln in fitted.lines:
        drawn = sh.line(ln.segments).width * fitted.size
        assert drawn == pytest.approx(ln.width, abs=1e-9)
        assert drawn <= ln.capacity + 1e-6
