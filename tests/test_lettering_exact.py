"""The lettering's fast paths against the plain computations they stand for: the same results, to the bit."""

from __future__ import annotations

import math
import random

import pytest

from comic.lettering import balloons as bl
from comic.lettering.breaking import Piece, Unit
from comic.lettering.fit import (
    Profile,
    _breaks_exact_plain,
    _disc,
    _ink_rows,
    _oval_half_width,
    _Text,
    breaks_exact,
    breaks_feasible,
    capacities,
)
from comic.lettering.fonts import Style
from comic.lettering.markup import _parse_markup, _parse_paragraph
from comic.lettering.place import Footprint, _Facing, _holds, _Obstacle, _Outline


def test_rounded_is_round_to_three_places() -> None:
    rng = random.Random(1)
    values = [0.0, -0.0, 0.0005, -0.0005, 0.0015, 2.0 ** 40 / 1000, 1e300, -1e300, 5e-324,
              math.inf, -math.inf]
    for _ in range(20000):
        values += [rng.uniform(-1000, 1000), round(rng.uniform(-1000, 1000), 4), rng.uniform(-0.001, 0.001),
                   (rng.randint(-10 ** 6, 10 ** 6) + 0.5) / 1000, rng.uniform(-1e15, 1e15)]
        values.append(math.nextafter(values[-2], rng.choice([-math.inf, math.inf])))
    assert [repr(v) for v in bl.rounded(values)] == [repr(round(v, 3)) for v in values]
    assert math.isnan(bl.rounded([math.nan])[0])


def _capacities_plain(profile: Profile, a: float, b: float, pad: float, k: int, size: float, leading: float):
    """What `capacities` computes, from its definition: both ink edges of every line, the whole disc."""
    out = []
    for lo, hi in _ink_rows(k, size, leading):
        hw = min(_oval_half_width(abs(lo), a, b, profile.exponent, 1.0 / profile.exponent, _disc(pad)),
                 _oval_half_width(abs(hi), a, b, profile.exponent, 1.0 / profile.exponent, _disc(pad)))
        if hw <= 0:
            return None
        out.append(2 * hw)
    return out


def test_oval_capacities_match_the_plain_computation() -> None:
    rng = random.Random(2)
    for _ in range(3000):
        profile = Profile("oval", rng.choice([2.0, 3.225, 7.0, rng.uniform(2, 12)]))
        pad = rng.choice([3.5, 6.0, 7.2, rng.uniform(0.5, 12)])
        size, leading = rng.choice([7.0, 9.0, 10.35, rng.uniform(5, 20)]), rng.choice([1.15, 1.2, 1.0])
        k = rng.randint(1, 12)
        a, b = pad + rng.uniform(1, 250), pad + rng.uniform(1, 150)
        assert capacities(profile, a, b, pad, k, size, leading) == _capacities_plain(profile, a, b, pad, k, size,
                                                                                      leading)


def _random_text(rng: random.Random) -> _Text:
    units = []
    for i in range(rng.randint(1, 30)):
        trimmed = rng.uniform(0.5, 6.0)
        width = trimmed + rng.choice([0.0, 0.3, 0.25])
        units.append(Unit((Piece("w", Style.REGULAR),), width, trimmed, rng.random() < 0.08))
    units[-1] = Unit(units[-1].pieces, units[-1].width, units[-1].trimmed, True)
    return _Text(units, rng.choice([1.0, 9.0, 10.35]))


def test_breakers_match_the_plain_dynamic_programme() -> None:
    rng = random.Random(3)
    for _ in range(3000):
        text = _random_text(rng)
        k = rng.randint(1, min(text.n, 8))
        spread = text.total / k
        caps = [rng.uniform(0.5, 1.6) * spread for _ in range(k)]
        if rng.random() < 0.5:
            caps = [max(c, text.widest) for c in caps]
        plain = _breaks_exact_plain(text, caps) if (
            k <= text.n and max(caps) >= text.widest and sum(caps) >= text.total_trimmed - 1e-9) else None
        assert breaks_exact(text, caps) == plain
        assert breaks_feasible(text, caps) == (plain is not None)


def test_plain_paragraphs_parse_as_the_tokeniser_does() -> None:
    rng = random.Random(4)
    alphabet = " aé\u00a0xyz.,!\u202f-–"
    for _ in range(20000):
        raw = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert _parse_paragraph(raw) == _parse_markup(raw)


def test_facing_overlap_test_matches_the_outline_tests() -> None:
    rng = random.Random(5)
    for _ in range(300):
        item = None
        fp = Footprint(item, rng.uniform(20, 160), rng.uniform(20, 90), exponent=rng.choice([2.0, 3.2, 7.0]))
        other = Footprint(item, rng.uniform(20, 160), rng.uniform(20, 90),
                          exponent=rng.choice([2.0, 3.2, 7.0, None]))
        other.centre = (rng.uniform(0, 300), rng.uniform(0, 300))
        margin = rng.choice([1.0, 6.0])
        ob, outline = _Obstacle(other, margin), _Outline(fp, margin)
        facing = _Facing(ob, outline, fp.width / 2, fp.height / 2, fp.exponent)
        for _ in range(40):
            cx, cy = other.centre[0] + rng.uniform(-200, 200), other.centre[1] + rng.uniform(-150, 150)
            plain = outline.inside(cx, cy, ob) or _holds(cx, cy, fp.width / 2, fp.height / 2, fp.exponent, ob.points)
            assert facing.overlaps(cx, cy) == plain


def test_inside_all_and_batched_curves() -> None:
    rng = random.Random(6)
    frame = [(0.0, 0.0), (200.0, 10.0), (190.0, 300.0), (5.0, 280.0)]
    for _ in range(200):
        points = [(rng.uniform(-20, 220), rng.uniform(-20, 320)) for _ in range(rng.randint(1, 6))]
        assert bl.inside_all(frame, points) == all(bl.inside(frame, p) for p in points)
    chains = [[(rng.uniform(0, 100), rng.uniform(0, 100)) for _ in range(n)] for n in (1, 2, 3, 15)]
    assert bl._smooth_opens(chains) == [bl._smooth_open(c) for c in chains]
    pts = [(rng.uniform(0, 100), rng.uniform(0, 100)) for _ in range(9)]
    n = len(pts)
    expected = [bl.PathOp("C", ((round(pts[i][0] + (pts[(i + 1) % n][0] - pts[i - 1][0]) / 6, 3),
                                 round(pts[i][1] + (pts[(i + 1) % n][1] - pts[i - 1][1]) / 6, 3)),
                                (round(pts[(i + 1) % n][0] - (pts[(i + 2) % n][0] - pts[i][0]) / 6, 3),
                                 round(pts[(i + 1) % n][1] - (pts[(i + 2) % n][1] - pts[i][1]) / 6, 3)),
                                (round(pts[(i + 1) % n][0], 3), round(pts[(i + 1) % n][1], 3))))
                for i in range(n)]
    assert list(bl.smooth_closed(pts)[1:-1]) == expected


@pytest.mark.parametrize("words", [["ab ", "ab ", "ab"], ["Nacht ", "hilfe ", "Nacht"]])
def test_a_word_twice_on_a_line_keeps_its_clusters(words: list[str]) -> None:
    from test_lettering_render import ASSETS

    from comic.lettering.fonts import default_stack
    from comic.lettering.shaping import Shaper
    shaper = Shaper(default_stack(ASSETS), "de")
    for w in words:
        shaper.width(w, Style.REGULAR)                   # measured first, as fitting does
    layout = shaper.line([Piece(w, Style.REGULAR) for w in words])
    (segment,) = layout.segments
    text = "".join(words)
    assert segment.text == text
    assert [g[3] for g in segment.glyphs] == list(range(len(text)))
    assert "".join(g[4] for g in segment.glyphs) == text


def test_runs_of_text_the_lettering_face_covers_are_split_as_before() -> None:
    from test_lettering_render import ASSETS

    from comic.lettering.fonts import default_stack
    warm, cold = default_stack(ASSETS), default_stack(ASSETS)
    rng = random.Random(7)
    alphabet = "ab zé\u00a0\u202f.,!1ΑβγдЖلمשׁ\u05b7\u0301\u200d\u00ad-–«»"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10))) for _ in range(3000)]
    for style in (Style.REGULAR, Style.BOLDITALIC):
        for text in texts:
            warm._split(text, style)                      # fills what the fast path knows
        for text in texts:
            cold._style_faces.clear()                     # the long way every time
            assert warm._split(text, style) == cold._split(text, style)


def test_grown_balloons_are_the_same_without_the_hopeless_grow_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    from comic.lettering import fit as fit_module
    from comic.lettering.fit import FitSpec, fit
    rng = random.Random(8)
    words = ["Nacht. ", "a ", "hilfe, ", "vertrauen ", "bus! ", "beweis ", "tal-", "schule: ", "i ", "bericht "]
    cases = []
    for _ in range(150):
        units = [Unit((Piece(w, Style.REGULAR),), len(w) * 0.5, len(w.rstrip()) * 0.5, False)
                 for w in (rng.choice(words) for _ in range(rng.randint(1, 40)))]
        units[-1] = Unit(units[-1].pieces, units[-1].width, units[-1].trimmed, True)
        spec = FitSpec(Profile("oval", rng.choice([2.0, 3.225, 7.0])), rng.choice([6.0, 8.0]), 9.0, 7.0, 1.15,
                       max_width=rng.choice([200.0, 400.0]), max_height=rng.choice([150.0, 400.0]))
        cases.append((units, spec))
    fast = [fit(units, spec) for units, spec in cases]
    monkeypatch.setattr(fit_module, "_SKIP_HOPELESS", False)
    assert fast == [fit(units, spec) for units, spec in cases]
