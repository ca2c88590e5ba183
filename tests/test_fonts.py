"""The shipped font stack draws every language of the book, in the lettering face wherever it can."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont as FtFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from comic.lettering.fonts import FontStack, Style, default_stack

ASSETS = Path(__file__).resolve().parent.parent / "assets"

ALPHABETS = {
    "bg": "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯабвгдежзийклмнопрстуфхцчшщъьюя",
    "el": "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρστυφχψωάέήίόύώς",
    "mt": "ĊċĠġĦħŻż",
    "ro": "ȘșȚțĂăÂâÎî",
    "de": "ÄäÖöÜüß",
    "fr": "ÀàÂâÇçÉéÈèÊêËëÎîÏïÔôŒœÙùÛûÜü«»",
    "punctuation": "„“”‘’‹›–—…\u202f\u00a0",
}


@pytest.fixture(scope="module")
def stack() -> FontStack:
    return default_stack(ASSETS)


@pytest.mark.parametrize("language", sorted(ALPHABETS))
def test_stack_covers_every_alphabet_of_the_book(stack: FontStack, language: str) -> None:
    assert stack.missing(ALPHABETS[language]) == []


@pytest.mark.parametrize("language", ["bg", "mt", "ro", "de", "fr", "punctuation"])
def test_latin_and_cyrillic_are_drawn_in_the_lettering_face_in_every_style(stack: FontStack,
                                                                          language: str) -> None:
    for style in Style:
        runs = stack.runs(ALPHABETS[language], style)
        assert [run.face.name for run in runs] == [stack.primary.face(style).name]


def test_greek_words_fall_back_whole_and_latin_returns_to_the_lettering_face(stack: FontStack) -> None:
    # π exists in Shantell Sans: it must still be drawn with the rest of its Greek word.
    runs = stack.runs("Sie sagte πόλη und ging.", "regular")
    assert [(run.face.family, run.text) for run in runs] == [
        ("Shantell Sans", "Sie sagte "),
        ("Playpen Sans", "πόλη "),
        ("Shantell Sans", "und ging."),
    ]
    assert "".join(run.text for run in runs) == "Sie sagte πόλη und ging."


def test_greek_sentence_keeps_its_digits_and_punctuation_in_one_face(stack: FontStack) -> None:
    runs = stack.runs("Γεια σου, Μαρία! Είναι 3 (τρεις).", "regular")
    assert len(runs) == 1 and runs[0].face.family == "Playpen Sans"


def test_family_without_the_style_uses_its_nearest_style(stack: FontStack) -> None:
    (run,) = stack.runs("Όχι!", "bolditalic")
    assert run.face.family == "Playpen Sans" and run.face.style is Style.BOLD
    (run,) = stack.runs("Όχι", "italic")
    assert run.face.style is Style.REGULAR


def test_right_to_left_scripts_use_noto_and_latin_stays_in_the_lettering_face(stack: FontStack) -> None:
    hebrew = stack.runs("שלום, (Maria)", "regular")
    assert [run.face.family for run in hebrew] == ["Noto Sans Hebrew", "Shantell Sans"]
    (arabic,) = stack.runs("مرحبا بالعالم", "bold")
    assert arabic.face.name == "NotoSansArabic-Bold"


def test_french_narrow_no_break_space_stays_in_the_lettering_face(stack: FontStack) -> None:
    runs = stack.runs("«\u202fBonjour\u202f!\u202f»", "regular")
    assert [run.face.family for run in runs] == ["Shantell Sans"]
    assert stack.width("\u202f", "regular", 10) < stack.width(" ", "regular", 10)


def test_invisible_characters_do_not_become_boxes_or_width(stack: FontStack) -> None:
    plain = stack.width("Kinderhandel", "regular", 9)
    assert stack.width("Kinder\u00adhandel\u200d", "regular", 9) == pytest.approx(plain)
    assert stack.runs("e\u0301", "regular")[0].text == "é"  # decomposed input is composed first


def test_missing_reports_what_no_face_draws(stack: FontStack) -> None:
    assert stack.missing("Hi 😀 and 中文!\n\u200d") == ["😀", "中", "文"]
    assert stack.missing("Здравей,\tсвят\u200c!\n") == []


def test_width_agrees_with_reportlab(stack: FontStack) -> None:
    stack.register()
    text = "Ще ти пиша утре — „обещавам“… Γεια!"
    for style in Style:
        expected = sum(pdfmetrics.stringWidth(run.text, run.face.name, 8.5) for run in stack.runs(text, style))
        assert stack.width(text, style, 8.5) == pytest.approx(expected, rel=1e-12)
        assert stack.width(text, style, 17) == pytest.approx(2 * stack.width(text, style, 8.5))
    assert stack.width("Hello", "bold", 9) == pytest.approx(pdfmetrics.stringWidth("Hello", "ShantellSans-Bold", 9))
    assert stack.width("Hello", "bold", 9) > stack.width("Hello", "regular", 9)


def test_register_is_idempotent_across_stacks() -> None:
    first, second = default_stack(ASSETS), default_stack(ASSETS)
    first.register()
    first.register()
    second.register()
    assert "ShantellSans-BoldItalic" in pdfmetrics.getRegisteredFontNames()


def test_metrics_place_lines_by_the_lettering_face(stack: FontStack) -> None:
    m9 = stack.metrics("regular", 9)
    assert m9.descent < 0 < m9.cap_height < m9.ascent
    assert m9.height == pytest.approx(m9.ascent - m9.descent)
    assert stack.metrics("regular", 18).ascent == pytest.approx(2 * m9.ascent)


def test_shipped_fonts_are_truetype_with_their_licence(stack: FontStack) -> None:
    total = 0
    for face in stack.faces():
        font = FtFont(face.path, lazy=True)
        assert "glyf" in font and "fvar" not in font, face.path  # ReportLab refuses CFF; static instances only
        assert (face.path.parent / "OFL.txt").is_file()
        total += face.path.stat().st_size
    assert total < 10_000_000


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (poppler-utils) not installed")
def test_pdf_embeds_every_face_as_a_subset(stack: FontStack, tmp_path: Path) -> None:
    stack.register()
    pdf = tmp_path / "fonts.pdf"
    c = canvas.Canvas(str(pdf), invariant=1, initialFontName="ShantellSans-Regular")
    lines = [(text, style) for text in ALPHABETS.values() for style in Style]
    lines += [("Γεια σου!", "regular"), ("Γεια σου!", "bold"), ("שלום", "regular"), ("שלום", "bold"),
              ("مرحبا", "regular"), ("مرحبا", "bold")]
    y = 800.0
    for text, style in lines:
        x = 40.0
        for run in stack.runs(text, style):
            c.setFont(run.face.name, 9)
            c.drawString(x, y, run.text)
            x += pdfmetrics.stringWidth(run.text, run.face.name, 9)
        assert x == pytest.approx(40.0 + stack.width(text, style, 9))
        y -= 12
    c.save()
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    names = {row.split()[0].split("+", 1)[-1] for row in rows}
    assert {face.name for face in stack.faces()} <= names
    for row in rows:
        cols = row.split()
        assert cols[-5:-3] == ["yes", "yes"], row  # emb, sub
