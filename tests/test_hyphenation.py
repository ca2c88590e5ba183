"""Optional hyphenation: off by default (letterers avoid it); when on, a long word may break with a hyphen."""

from __future__ import annotations

from comic.lettering.breaking import line_pieces, units
from comic.lettering.fit import FitSpec, Profile, fit, shape_exponent
from comic.lettering.fonts import Style
from comic.lettering.markup import parse
from comic.i18n.typography import hyphenate

WORD = "Kinderschutzorganisationen"


def measure(text: str, style) -> float:
    return 0.5 * len(text)          # a monospaced stand-in: half an em per character


def test_off_by_default_words_stay_whole():
    us = units(parse(f"Die {WORD} helfen"), measure)
    assert [u.text.strip() for u in us] == ["Die", WORD, "helfen"]
    assert not any(u.hyphen for u in us)


def test_on_a_long_word_gets_hyphenation_points():
    us = units(parse(f"Die {WORD} helfen"), measure, hyphenate=lambda w: hyphenate(w, "de"))
    parts = [u.text for u in us if u.text.strip() not in ("Die", "helfen")]
    assert len(parts) > 2 and "".join(parts).strip() == WORD
    inner = [u for u in us if u.hyphen]
    assert inner and all(u.trimmed == u.width + measure("-", Style.REGULAR) for u in inner)
    # a line that ends at a hyphenation point shows the hyphen
    assert line_pieces([inner[0]])[-1].text.endswith("-")


def test_a_narrow_balloon_uses_a_hyphen_only_when_it_must():
    spec = FitSpec(Profile("rect", shape_exponent(1.0)), 0.0, 10.0, 10.0, 1.2, max_width=70, max_height=400)
    text = parse(f"Die {WORD} helfen")
    whole = fit(units(text, measure), spec)
    split = fit(units(text, measure, hyphenate=lambda w: hyphenate(w, "de")), spec)
    assert not any(p.text.endswith("-") for line in whole.lines for p in line.pieces)
    assert any(line.pieces and line.pieces[-1].text.endswith("-") for line in split.lines)
    assert split.width < whole.width
