"""The lettering stage as a reader and a translator meet it: diagnostics, tails, chats, choices, placement."""

from __future__ import annotations

from pathlib import Path

import pytest

from comic import model as m
from comic.diagnostics import Pos, Report
from comic.lettering.balloons import polygons_overlap
from comic.lettering.fonts import default_stack
from comic.lettering.letter import letter_page
from test_lettering_render import ASSETS, sample_book, sample_layout, sample_panels

STACK = default_stack(ASSETS)
STACK.register()


def item(id: str, kind: str, text: str | dict, n: int = 5, **kw) -> m.Item:
    texts = text if isinstance(text, dict) else {"en": text}
    return m.Item(id=id, kind=kind, text=m.Localized(texts, "en"), page="demo", panel=kw.pop("panel", "a"),
                  pos=Pos("scripts/scenes/demo.yaml", n, 7), **kw)


def panel(items, id: str = "a", **kw) -> m.Panel:
    return m.Panel(id, "demo", None, m.Art(None), tuple(items), Pos("scripts/scenes/demo.yaml", 1, 1), **kw)


def letter(panels, lang: str = "en", caps: bool = False):
    book = sample_book(tuple(panels), caps=caps)
    layout = sample_layout(book)
    report = Report()
    page = letter_page(book, layout, lang, lambda it: it.text.get(lang) or it.text.source, STACK, report,
                       {"demo": 1, "next": 2})
    return page, report, layout


def by_id(page):
    return {it.item.id: it for it in page.items}


# ---------------------------------------------------------------------------------------------- diagnostics

def test_overflow_is_reported_with_item_language_and_scale() -> None:
    long = {"en": "Short.", "de": "Das ist viel zu viel Text für eine so kleine Sprechblase, und kein "
                                  "Verkleinern der Schrift wird dabei jemals helfen können."}
    page, report, _ = letter([panel([item("tiny", "speech", long, at=(0.5, 0.5), width=0.3,
                                          style=m.StyleOverride(height=0.2))])], "de")
    over = [d for d in report.items if d.code == "overflow"]
    assert len(over) == 1
    d = over[0]
    assert d.item == "tiny" and d.language == "de" and d.pos == Pos("scripts/scenes/demo.yaml", 5, 7)
    assert "'tiny'" in d.message and "×" in d.message
    lettered = by_id(page)["tiny"]
    assert lettered.overflow and lettered.overflow_scale > 1.0
    assert f"{lettered.overflow_scale:.2f}" in d.message
    assert "[de]" in d.text()
    # the English text fits the same balloon
    _, report_en, _ = letter([panel([item("tiny", "speech", long, at=(0.5, 0.5), width=0.3,
                                          style=m.StyleOverride(height=0.2))])], "en")
    assert not [d for d in report_en.items if d.code == "overflow"]


def test_a_character_no_font_has_is_reported_with_its_code_point() -> None:
    _, report, _ = letter([panel([item("old", "speech", {"en": "ok", "bg": "Виж ꙮ тук"}, at=(0.5, 0.3))])], "bg")
    missing = [d for d in report.items if d.code == "missing-glyph"]
    assert len(missing) == 1
    d = missing[0]
    assert "U+A66E" in d.message and "ꙮ" in d.message and d.item == "old" and d.language == "bg"


def test_every_alphabet_of_the_book_letters_without_missing_glyphs() -> None:
    for lang in ("en", "bg", "de", "el", "mt"):
        _, report, _ = letter(sample_panels(), lang)
        assert not [d for d in report.items if d.code == "missing-glyph"], lang


# ---------------------------------------------------------------------------------------------- tails

def test_tail_points_at_the_speaker_and_stops_half_way() -> None:
    page, _, layout = letter([panel([item("s", "speech", "Hello there!", by="mara", at=(0.5, 0.2),
                                          tail=(0.5, 0.9))])])
    it = by_id(page)["s"]
    tail, body, patch = it.shapes[0], it.shapes[1], it.shapes[2]
    assert tail.stroke and tail.fill and patch.stroke is None and patch.fill == body.fill
    box = layout.panels[0]
    mouth = box.to_page(0.5, 0.9)
    tip = min((p for op in tail.ops for p in op.points), key=lambda p: p[1])
    edge_y = it.bounds[1]
    assert tip[0] == pytest.approx(mouth[0], abs=1.0)
    assert tip[1] == pytest.approx(edge_y - 0.5 * (edge_y - mouth[1]), abs=1.5)


def test_a_tail_to_an_off_panel_speaker_reaches_the_panel_edge() -> None:
    page, _, layout = letter([panel([item("s", "speech", "Over here!", by="mara", at=(0.3, 0.3),
                                          tail=(-0.4, 0.3))])])
    it = by_id(page)["s"]
    tip = min((p for op in it.shapes[0].ops for p in op.points), key=lambda p: p[0])
    assert tip[0] == pytest.approx(layout.panels[0].bounds.x + 0.4, abs=0.6)


def test_captions_have_no_tail() -> None:
    page, _, _ = letter([panel([item("c", "caption", "Later.", at=(0.3, 0.1), tail=(0.5, 0.9))])])
    assert len(by_id(page)["c"].shapes) == 1


def test_consecutive_balloons_of_one_speaker_are_bridged_with_one_tail() -> None:
    page, report, _ = letter([panel([item("one", "speech", "Night shift again.", by="mum", at=(0.5, 0.2),
                                          tail=(0.6, 0.95)),
                                     item("two", "speech", "Homework first!", by="mum", at=(0.6, 0.5),
                                          tail=(0.6, 0.95))])])
    one, two = by_id(page)["one"], by_id(page)["two"]
    assert len(one.shapes) == 2                 # bridge, body (its tail went to the balloon nearer the mouth)
    assert len(two.shapes) == 4                 # tail, body, tail patch, bridge patch
    assert not [d for d in report.items if d.code == "balloon-overlap"]


# ---------------------------------------------------------------------------------------------- chats

def test_chat_bubbles_stack_on_their_sides_with_name_and_time() -> None:
    page, _, layout = letter([panel([
        item("c1", "chat", "hey, saw your goal", by="alex", time="21:04"),
        item("c2", "chat", "thanks!! do I know you?", by="mara", side="right", time="21:06"),
        item("c3", "chat", "not yet", by="alex", time="21:07")])])
    c1, c2, c3 = (by_id(page)[k] for k in ("c1", "c2", "c3"))
    b = layout.panels[0].bounds
    mid = b.x + b.w / 2
    assert c1.bounds[0] < mid and c3.bounds[0] < mid and c2.bounds[2] > mid
    assert c1.bounds[1] > c2.bounds[3] and c2.bounds[1] > c3.bounds[3]       # top to bottom
    labels = [r.text for r in c1.runs if r.role == "label"]
    assert labels == ["Alex", "21:04"]
    assert [r.text for r in c2.runs if r.role == "label"] == ["21:06"]         # no name on your own messages


def test_the_phone_owner_is_the_main_character_when_no_side_is_given() -> None:
    page, _, layout = letter([panel([item("c1", "chat", "where are you?", by="mum"),
                                     item("c2", "chat", "at Nadia's", by="mara", side="right")]),
                              panel([item("c3", "chat", "ok", by="mara"), item("c4", "chat", "see you", by="mum")],
                                    id="b")])
    b = layout.panels[1].bounds
    mid = b.x + b.w / 2
    assert by_id(page)["c3"].bounds[0] > mid and by_id(page)["c4"].bounds[2] < mid


# ---------------------------------------------------------------------------------------------- choices

@pytest.mark.parametrize("lang, phrase", [("en", "turn to page 2"), ("bg", "обърни на страница 2"),
                                          ("de", "weiter auf Seite 2"), ("mt", "mur paġna 2")])
def test_choice_options_say_where_to_turn_and_link_there(lang: str, phrase: str) -> None:
    page, _, _ = letter(sample_panels(), lang)
    choice = by_id(page)["choice-reply"]
    text = " ".join(r.text for r in choice.runs).replace("\u00a0", " ")
    assert phrase in text
    assert [target for _, target in choice.links] == ["next", "demo"]
    x0, y0, x1, y1 = choice.bounds
    rects = [rect for rect, _ in choice.links]
    for rx0, ry0, rx1, ry1 in rects:
        assert x0 - 3 <= rx0 < rx1 <= x1 + 3 and y0 <= ry0 < ry1 <= y1
    assert rects[0][1] >= rects[1][3] - 0.01          # the first option above the second, not overlapping


# ---------------------------------------------------------------------------------------------- placement

def test_auto_placement_reads_in_order_avoids_faces_and_stays_inside() -> None:
    texts = ["Who is it?", "A scout. For a sports brand.", "He says I've got talent."]
    items = [item(f"a{i}", "speech", t, by=("nadia", "mara", "mara")[i], at="auto") for i, t in enumerate(texts)]
    page, report, layout = letter([panel(items, keep_clear=((0.0, 0.6, 1.0, 0.4),))])
    assert not [d for d in report.items if d.code in ("reading-order", "balloon-overlap", "outside-panel")]
    b = layout.panels[0].bounds
    face_top = b.y2 - 0.6 * b.h
    for it in page.items:
        x0, y0, x1, y1 = it.bounds
        assert b.x < x0 and x1 < b.x2 and y1 < b.y2
        assert y0 >= face_top - 0.01, it.item.id


def test_reading_order_overlap_and_panel_edge_are_warned() -> None:
    order = [item("first", "speech", "I am first.", by="mara", at=(0.6, 0.6)),
             item("second", "speech", "I come second but sit above.", by="mum", at=(0.3, 0.2), n=6)]
    crowded = [item("big", "speech", "A balloon the script made as big as the panel.", by="mara", at=(0.5, 0.5),
                    width=0.95, style=m.StyleOverride(height=0.9), panel="b"),
               item("squeezed", "speech", "No room for me.", by="mum", at=(0.5, 0.5), n=8, panel="b")]
    phone = [item(f"c{i}", "chat", "a long message that takes a few lines on this small phone screen", n=10 + i,
                  by="alex", panel="c") for i in range(6)]
    _, report, _ = letter([panel(order), panel(crowded, id="b"), panel(phone, id="c")])
    codes = {(d.code, d.item) for d in report.items}
    assert ("reading-order", "second") in codes
    assert ("balloon-overlap", "squeezed") in codes
    assert ("outside-panel", "c5") in codes
    assert all(d.language == "en" and d.pos is not None for d in report.items)


def test_script_positions_are_nudged_off_each_other() -> None:
    items = [item("first", "speech", "I am first.", by="mara", at=(0.6, 0.4)),
             item("third", "speech", "Me too, right here!", by="nadia", at=(0.62, 0.42), n=7)]
    page, report, _ = letter([panel(items)])
    assert not [d for d in report.items if d.code == "balloon-overlap"]
    a, b = by_id(page)["first"].bounds, by_id(page)["third"].bounds
    assert b[3] <= a[1] + 8 or b[0] >= a[2] - 8          # moved below or beside, the outlines just touching


def test_balloon_outlines_never_overlap_after_auto_placement_in_any_language() -> None:
    for lang in ("en", "bg", "de", "el", "mt"):
        page, _, _ = letter(sample_panels(), lang)
        auto = [it for it in page.items if it.item.panel == "g"]
        polys = []
        for it in auto:
            poly = [p for op in it.shapes[-1 if len(it.shapes) == 1 else 1].ops for p in op.points]
            polys.append(poly)
        for i in range(len(auto)):
            for j in range(i + 1, len(auto)):
                x0, y0, x1, y1 = auto[i].bounds
                u0, v0, u1, v1 = auto[j].bounds
                overlap = min(x1, u1) - max(x0, u0) > 1 and min(y1, v1) - max(y0, v0) > 1
                if overlap:
                    assert not polygons_overlap(polys[i], polys[j], margin=1.0), (lang, auto[i].item.id)


# ---------------------------------------------------------------------------------------------- text

def test_caps_letter_balloons_but_not_phone_messages() -> None:
    page, _, _ = letter([panel([item("s", "speech", "Straße, bitte", at=(0.5, 0.2)),
                                item("c", "chat", "ok, bis gleich", by="mum")])], caps=True)
    assert "".join(r.text for r in by_id(page)["s"].runs).replace(" ", "") == "STRASSE,BITTE"
    assert "".join(r.text for r in by_id(page)["c"].runs if r.role == "text") == "ok, bis gleich"


def test_greek_falls_back_to_a_face_that_has_it() -> None:
    page, _, _ = letter([panel([item("g", "speech", {"en": "x", "el": "Καλημέρα, Μάρα!"}, at=(0.5, 0.2))])],
                        "el")
    fonts = {r.font for r in by_id(page)["g"].runs}
    assert fonts == {"PlaypenSans-Regular"}


def test_lettering_is_deterministic() -> None:
    a, _, _ = letter(sample_panels(), "de")
    b, _, _ = letter(sample_panels(), "de")
    assert a == b


# ---------------------------------------------------------------------------------------------- drawing

def test_print_text_is_pure_black_ink_without_transparency(tmp_path: Path) -> None:
    import pikepdf

    from comic.render.pdf import lettered_pdf

    page, _, layout = letter(sample_panels(), "bg")
    out = lettered_pdf(tmp_path / "print.pdf", layout, page.items, cmyk=True)
    with pikepdf.open(out) as pdf:
        ops = pikepdf.parse_content_stream(pdf.pages[0])
        resources = pdf.pages[0].Resources
        assert "/ExtGState" not in resources or not any(
            "/ca" in gs or "/CA" in gs for gs in resources.ExtGState.values())
    fill = None
    text_fills = []
    for operands, op in ops:
        name = str(op)
        assert name not in ("rg", "RG", "g", "G"), "RGB or grey colour in a print page"
        if name == "k":
            fill = tuple(float(v) for v in operands)
        if name == "BT":                       # one text object per run: its colour is the fill set before it
            text_fills.append(fill)
    assert text_fills
    # text is black or grey ink only: no cyan, magenta or yellow under any letter (sfx fills excepted)
    black = [f for f in text_fills if f[:3] == (0.0, 0.0, 0.0)]
    assert len(black) >= len(text_fills) - 2
    assert (0.0, 0.0, 0.0, 1.0) in text_fills
