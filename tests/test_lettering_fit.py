"""Fitting text into balloon shapes: chords, line breaks, the house size, overflow."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from comic.lettering.breaking import greedy, units
from comic.lettering.fit import (INK_BOTTOM, INK_TOP, FitSpec, Profile, _Text, breaks_exact, capacities, fit,
                                 shape_exponent)
from comic.lettering.fonts import Style, default_stack
from comic.lettering.markup import parse

ASSETS = Path(__file__).resolve().parent.parent / "assets"
PAD = 7.09


@pytest.fixture(scope="module")
def measure():
    stack = default_stack(ASSETS)
    return lambda text, style: stack.width(text, style, 1.0)


def mono(text: str, style: Style) -> float:
    """Every character one point wide at 1 pt: breaks become arithmetic."""
    return float(len(text))


def oval(**kw) -> FitSpec:
    base = dict(profile=Profile("oval", shape_exponent(0.35)), padding=PAD, size=9.0, min_size=7.0, leading=1.15,
                max_width=300, max_height=300)
    base.update(kw)
    return FitSpec(**base)


# ---------------------------------------------------------------------------------------------- chords

def test_chord_of_an_ellipse_at_a_height() -> None:
    ellipse = Profile("oval", 2.0)
    assert ellipse.half_width(0, 50, 30, 0) == pytest.approx(50)
    assert ellipse.half_width(15, 50, 30, 0) == pytest.approx(50 * math.sqrt(1 - 0.25))
    assert ellipse.half_width(-15, 50, 30, 0) == pytest.approx(ellipse.half_width(15, 50, 30, 0))
    assert ellipse.half_width(31, 50, 30, 0) < 0


def test_padding_is_measured_across_the_outline_not_just_sideways() -> None:
    ellipse = Profile("oval", 2.0)
    assert ellipse.half_width(0, 50, 30, 5) == pytest.approx(45, abs=0.05)
    # near the top the outline slopes: keeping 5 pt away from it costs more than 5 pt of chord
    at_top = ellipse.half_width(20, 50, 30, 5)
    assert at_top < ellipse.half_width(20, 50, 30, 0) - 5
    assert ellipse.half_width(25.5, 50, 30, 5) < 0        # within the padding of the top


def test_rectangle_chords_are_constant() -> None:
    box = Profile("rect")
    assert box.half_width(0, 40, 20, 4) == box.half_width(15, 40, 20, 4) == 36
    assert box.half_width(17, 40, 20, 4) < 0


def test_lines_in_an_oval_are_widest_in_the_middle() -> None:
    caps = capacities(Profile("oval", 2.0), 60, 35, PAD, 3, 9.0, 1.15)
    assert caps[1] > caps[0] and caps[1] > caps[2]
    assert caps[0] == pytest.approx(caps[2], rel=0.05)


def test_a_squarer_shape_gives_wider_top_lines() -> None:
    round_ = capacities(Profile("oval", shape_exponent(0.0)), 60, 35, PAD, 3, 9.0, 1.15)
    square = capacities(Profile("oval", shape_exponent(1.0)), 60, 35, PAD, 3, 9.0, 1.15)
    assert square[0] > round_[0]


# ---------------------------------------------------------------------------------------------- breaking

def test_dynamic_programming_balances_the_rag_where_greedy_leaves_a_widow() -> None:
    us = units(parse("aaaa bbbb cccc dddd eeee"), mono)
    greedy_lines = greedy(us, 20.0)
    assert [len(line) for line in greedy_lines] == [4, 1]          # greedy: a full line and a widow
    cost, ends = breaks_exact(_Text(us, 1.0), [20.0, 20.0])
    assert ends == [3, 5]                                           # 14 + 9 instead of 19 + 4


def test_dynamic_programming_gives_a_lozenge_in_an_oval(measure) -> None:
    text = "You're smiling at your phone again. Who is it? You never tell me anything any more."
    fitted = fit(units(parse(text), measure), oval())
    widths = [ln.width for ln in fitted.lines]
    assert len(widths) >= 3
    middle = max(widths[1:-1])
    assert widths[0] < middle and widths[-1] < middle


def test_every_line_fits_the_chord_at_its_outer_edge(measure) -> None:
    text = "Night shift again. There's soup in the fridge. Homework first, OK?"
    spec = oval()
    fitted = fit(units(parse(text), measure), spec)
    a, b = fitted.width / 2, fitted.height / 2
    for ln in fitted.lines:
        for y in (ln.baseline + INK_TOP * fitted.size, ln.baseline + INK_BOTTOM * fitted.size):
            assert abs(ln.x) <= spec.profile.half_width(y, a, b, spec.padding) + 0.01
            assert ln.x + ln.width <= spec.profile.half_width(y, a, b, spec.padding) + 0.01


def test_lines_break_at_sentence_ends_when_they_can(measure) -> None:
    fitted = fit(units(parse("Пак нощна смяна. В хладилника има супа. Първо домашните, нали?"), measure), oval())
    lines = ["".join(p.text for p in ln.pieces) for ln in fitted.lines]
    assert lines == ["Пак нощна смяна.", "В хладилника има супа.", "Първо домашните, нали?"]


def test_a_one_letter_word_does_not_end_a_line(measure) -> None:
    for text in ("Пак нощна смяна. В хладилника има супа и хляб.", "Ela a casa e o cão e a mãe e o pai."):
        fitted = fit(units(parse(text), measure), oval())
        for ln in fitted.lines[:-1]:
            last = "".join(p.text for p in ln.pieces).split()[-1]
            assert len(last) > 1, text


def test_forced_breaks_and_non_breaking_spaces_are_respected(measure) -> None:
    fitted = fit(units(parse("Call 116~111 now, or talk to someone you trust.\nToday."), measure), oval())
    lines = ["".join(p.text for p in ln.pieces) for ln in fitted.lines]
    assert lines[-1] == "Today."
    assert any("116\u00a0111" in line for line in lines)


def test_emphasis_is_set_in_the_bold_italic_face(measure) -> None:
    fitted = fit(units(parse("And *no* phone."), measure), oval())
    styles = {p.text: p.style for ln in fitted.lines for p in ln.pieces}
    assert styles["no"] == Style.BOLDITALIC


# ---------------------------------------------------------------------------------------------- size

def test_the_balloon_grows_around_text_at_the_house_size(measure) -> None:
    short = fit(units(parse("Yeah, yeah."), measure), oval())
    long = fit(units(parse("Night shift again. There's soup in the fridge. Homework first, OK? "
                           "And no phone after midnight."), measure), oval())
    assert short.size == long.size == 9.0
    assert not short.overflow and not long.overflow
    assert len(short.lines) == 1
    assert 2 <= len(long.lines) <= 4
    assert long.width > short.width and long.height > short.height
    assert 1.0 <= long.width / long.height <= 4.0


def test_a_grown_balloon_respects_the_maximum_width(measure) -> None:
    text = "This is a long sentence that would make a very wide balloon if nothing stopped it growing sideways."
    fitted = fit(units(parse(text), measure), oval(max_width=120))
    assert fitted.width <= 120 + 1e-6 and not fitted.overflow


def test_a_fixed_balloon_shrinks_its_text_but_not_below_the_minimum(measure) -> None:
    text = "Night shift again. There's soup in the fridge. Homework first, OK?"
    roomy = fit(units(parse(text), measure), oval(width=200, height=80))
    assert roomy.size == 9.0 and not roomy.overflow and (roomy.width, roomy.height) == (200, 80)
    snug = fit(units(parse(text), measure), oval(width=100, height=62))
    assert 7.0 <= snug.size < 9.0 and not snug.overflow
    tiny = fit(units(parse(text), measure), oval(width=60, height=40))
    assert tiny.size == 7.0 and tiny.overflow and tiny.overflow_scale > 1.0


def test_overflow_scale_is_what_the_balloon_needs(measure) -> None:
    text = "Night shift again. There's soup in the fridge. Homework first, OK?"
    us = units(parse(text), measure)
    tiny = fit(us, oval(width=60, height=40))
    k = tiny.overflow_scale
    grown = lambda f: oval(width=PAD * 2 + (60 - 2 * PAD) * f, height=PAD * 2 + (40 - 2 * PAD) * f, size=7.0)
    assert not fit(us, grown(k + 0.01)).overflow
    assert fit(us, grown(k * 0.95)).overflow


def test_fixed_width_lets_the_height_grow(measure) -> None:
    text = "Night shift again. There's soup in the fridge. Homework first, OK?"
    fitted = fit(units(parse(text), measure), oval(width=110))
    assert fitted.width == pytest.approx(110) and fitted.size == 9.0 and not fitted.overflow


def test_paragraph_rectangles_wrap_to_the_width(measure) -> None:
    text = "If something worries you, talk to an adult you trust, or call the child helpline on 116~111."
    spec = FitSpec(Profile("rect"), 0.0, 9.0, 7.0, 1.15, width=150, align="left", balanced=False)
    fitted = fit(units(parse(text), measure), spec)
    assert all(ln.width <= 150 for ln in fitted.lines)
    assert len(fitted.lines) >= 3 and not fitted.overflow
    assert fitted.lines[-1].width > 0.3 * 150 or len(fitted.lines[-1].pieces[0].text.split()) > 1


def test_break_opportunities_follow_uax14() -> None:
    from uniseg.linebreak import line_break_units

    from comic.lettering.breaking import break_units
    for text in ("« Bonjour » dit-il !", "and/or 1 000 km", "word—word – yes", "116\u00a0111 ok",
                 "x'għandu tal-lejl", "„Hallo“, sagte er.", "…and then", "21:04 3.5 1,200"):
        assert break_units(text) == list(line_break_units(text)), text
    assert "116\u00a0111 " in break_units("call 116\u00a0111 now")


def test_an_empty_text_is_not_lettered() -> None:
    fitted = fit([], oval())
    assert fitted.lines == ()
