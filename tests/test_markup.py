"""Writers' markup inside texts, and capitals the way each language writes them."""

from __future__ import annotations

import pytest

from comic.lettering.markup import NBSP, Span, caps, parse, plain


def test_stars_make_emphasis_and_everything_else_stays_plain() -> None:
    assert parse("And *no* phone.") == ((Span("And "), Span("no", True), Span(" phone.")),)


def test_a_newline_forces_a_break_and_blank_lines_are_kept() -> None:
    assert parse("One.\nTwo.") == ((Span("One."),), (Span("Two."),))
    assert parse("One.\n\nTwo.") == ((Span("One."),), (), (Span("Two."),))


def test_tilde_is_a_non_breaking_space() -> None:
    assert parse("call 116~111") == ((Span(f"call 116{NBSP}111"),),)


def test_escaped_star_and_tilde_are_literal() -> None:
    assert parse(r"5 \* 3 \~ 2 \\") == ((Span("5 * 3 ~ 2 \\"),),)


def test_an_unpaired_star_is_a_literal_star_not_a_bold_rest_of_balloon() -> None:
    assert parse("Rated 5* here") == ((Span("Rated 5* here"),),)
    assert parse("*a* and b*") == ((Span("a", True), Span(" and b*")),)


def test_spaces_collapse_and_lines_are_trimmed() -> None:
    assert parse("  Hello   there  \n  you ") == ((Span("Hello there"),), (Span("you"),))


def test_plain_drops_markup() -> None:
    assert plain("And *no*~phone.\nOK") == f"And no{NBSP}phone.\nOK"


@pytest.mark.parametrize("text, lang, expected", [
    ("Straße", "de", "STRASSE"),
    ("groß", "de", "GROSS"),
    ("Здравей, Мара", "bg", "ЗДРАВЕЙ, МАРА"),
    ("ċ ġ ħ ż għ", "mt", "Ċ Ġ Ħ Ż GĦ"),
    ("Καλημέρα, τι κάνεις;", "el", "ΚΑΛΗΜΕΡΑ, ΤΙ ΚΑΝΕΙΣ;"),
    ("Μάιος", "el", "ΜΑΪΟΣ"),                 # the lost accent would make αι a diphthong: dialytika added
    ("τσάι", "el", "ΤΣΑΪ"),
    ("αύριο", "el", "ΑΥΡΙΟ"),                 # accent on the second vowel: nothing to separate
    ("Μαΐου", "el", "ΜΑΪΟΥ"),                 # an existing dialytika stays
    ("ή εσύ ή εγώ", "el", "Ή ΕΣΥ Ή ΕΓΩ"),     # the disjunctive ή keeps its accent
    ("istanbul", "tr", "İSTANBUL"),
])
def test_caps(text: str, lang: str, expected: str) -> None:
    assert caps(text, lang) == expected


def test_greek_capitals_carry_no_tonos() -> None:
    out = caps("άέήίόύώ")
    assert out == "ΑΕΗΙΟΥΩ"
    assert not any(ch in out for ch in "ΆΈΉΊΌΎΏ")
