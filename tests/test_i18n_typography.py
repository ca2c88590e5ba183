"""Each language gets its own quotation marks, spacing and capitals; what a translator typed right stays."""

from __future__ import annotations

import pytest

from comic.i18n.typography import apply, has_hyphenation, hyphenate, upper

N = "\u202f"  # narrow no-break space

CASES = [
    ("en", 'She said "hi" to me.', "She said “hi” to me."),
    ("en", '"He said \'no\' to me"', "“He said ‘no’ to me”"),
    ("de", 'Er sagte "hallo" und \'tschüss\'.', "Er sagte „hallo“ und ‚tschüss‘."),
    ("de", "Wie geht's?", "Wie geht’s?"),
    ("fr", 'Il a dit "bonjour" !', f"Il a dit «{N}bonjour{N}»{N}!"),
    ("fr", "Quoi? Non! Attends: d'accord; oui.", f"Quoi{N}? Non{N}! Attends{N}: d’accord{N}; oui."),
    ("fr", "Rendez-vous à 21:04, http://exemple.fr", "Rendez-vous à 21:04, http://exemple.fr"),
    ("fr", "« Déjà » vu ?!", f"«{N}Déjà{N}» vu{N}?!"),
    ("it", 'Ha detto "ciao" all\'amico.', "Ha detto «ciao» all’amico."),
    ("bg", 'Той каза "здравей".', "Той каза „здравей“."),
    ("mt", 'Qal "bonġu".', "Qal “bonġu”."),
    ("en", '"Over *here*!"', "“Over *here*!”"),
    ("en", "Wait... I -- no. Yes - maybe.", "Wait… I — no. Yes – maybe."),
    ("en", "the players' bus in the '90s, don't", "the players’ bus in the ’90s, don’t"),
    ("fr", 'Va à la page~{page:help} : "aide"', f"Va à la page~{{page:help}}{N}: «{N}aide{N}»"),
    ("de", '"{page:p-1}"', "„{page:p-1}“"),
]


@pytest.mark.parametrize("lang, typed, printed", CASES)
def test_straight_marks_become_the_languages_own(lang: str, typed: str, printed: str) -> None:
    assert apply(typed, lang) == printed


@pytest.mark.parametrize("lang, typed, printed", CASES)
def test_typography_is_idempotent(lang: str, typed: str, printed: str) -> None:
    assert apply(printed, lang) == printed


def test_marks_a_translator_typed_are_left_alone() -> None:
    assert apply("Er sagte “hallo”.", "de") == "Er sagte “hallo”."
    assert apply("Line~one\nline *two*", "fr") == "Line~one\nline *two*"   # lettering markup passes through


def test_greek_capitals_drop_accents_but_keep_vowels_apart() -> None:
    assert upper("Καλημέρα, Μάιος, ρολόι, πρωτεΐνη", "el") == "ΚΑΛΗΜΕΡΑ, ΜΑΪΟΣ, ΡΟΛΟΪ, ΠΡΩΤΕΪΝΗ"
    assert upper("εσύ ή εγώ", "el") == "ΕΣΥ Ή ΕΓΩ"                      # the word “or” keeps its accent


def test_turkish_capitals_keep_the_dot() -> None:
    assert upper("istanbul ılık", "tr") == "İSTANBUL ILIK"
    assert upper("istanbul", "en") == "ISTANBUL"


def test_hyphenation_points_and_languages_without_patterns() -> None:
    assert hyphenate("Kaffeemaschine", "de") == [3, 6, 8, 12]
    assert hyphenate("международен", "bg")
    assert not has_hyphenation("mt") and hyphenate("ħabiba", "mt") == []
