"""Rendered lettering: every balloon kind drawn, rasterised, and checked pixel by pixel.

The page built here (`sample_page`) is also what a person looks at to judge the lettering
(`python tests/test_lettering_render.py out.pdf [lang]`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from comic import model as m
from comic.diagnostics import Pos, Report
from comic.layout.boxes import ArtPlacement, PageBoxes, PageLayout, PanelBox, Rect
from comic.lettering.fonts import default_stack
from comic.lettering.letter import letter_page

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
LANGS = ("en", "bg", "de", "el", "mt")

TEXTS: dict[str, dict[str, str]] = {
    "mum": {
        "en": "Night shift again. There's soup in the fridge. Homework first, OK?",
        "bg": "Пак нощна смяна. В хладилника има супа. Първо домашните, нали?",
        "de": "Schon wieder Nachtschicht. Im Kühlschrank ist Suppe. Erst die Hausaufgaben, okay?",
        "el": "Πάλι νυχτερινή βάρδια. Έχει σούπα στο ψυγείο. Πρώτα τα μαθήματα, εντάξει;",
        "mt": "Għal darb'oħra xift tal-lejl. Hemm is-soppa fil-friġġ. L-ewwel il-lezzjonijiet, okay?",
    },
    "mum2": {
        "en": "And *no* phone after midnight.",
        "bg": "И *никакъв* телефон след полунощ.",
        "de": "Und *kein* Handy nach Mitternacht.",
        "el": "Και *καθόλου* κινητό μετά τα μεσάνυχτα.",
        "mt": "U *xejn* mowbajl wara nofsillejl.",
    },
    "whisper": {
        "en": "Don't tell anyone. Promise?",
        "bg": "Не казвай на никого. Обещаваш ли?",
        "de": "Sag es niemandem. Versprochen?",
        "el": "Μην το πεις σε κανέναν. Το υπόσχεσαι;",
        "mt": "Tgħid lil ħadd. Twegħidni?",
    },
    "thought": {
        "en": "Why does he always know what to say?",
        "bg": "Защо винаги знае какво да каже?",
        "de": "Warum weiß er immer, was er sagen soll?",
        "el": "Γιατί ξέρει πάντα τι να πει;",
        "mt": "Għaliex dejjem jaf x'għandu jgħid?",
    },
    "shout": {
        "en": "MARA! STOP!",
        "bg": "МАРА! СПРИ!",
        "de": "MARA! HALT!",
        "el": "ΜΑΡΑ! ΣΤΑΜΑΤΑ!",
        "mt": "MARA! IEQAF!",
    },
    "phone": {
        "en": "Emergency services. What has happened?",
        "bg": "Спешни служби. Какво се е случило?",
        "de": "Notruf. Was ist passiert?",
        "el": "Υπηρεσίες έκτακτης ανάγκης. Τι συνέβη;",
        "mt": "Servizzi ta' emerġenza. X'ġara?",
    },
    "narration": {
        "en": "Mum worked nights that winter.",
        "bg": "Онази зима мама работеше нощем.",
        "de": "In jenem Winter arbeitete Mama nachts.",
        "el": "Εκείνο τον χειμώνα η μαμά δούλευε νύχτες.",
        "mt": "Dak ix-xitwa Mama kienet taħdem bil-lejl.",
    },
    "monologue": {
        "en": "My best goal all season. Twelve likes. Half of them from Mum.",
        "bg": "Най-хубавият ми гол за сезона. Дванайсет харесвания. Половината от мама.",
        "de": "Mein bestes Tor der Saison. Zwölf Likes. Die Hälfte von Mama.",
        "el": "Το καλύτερό μου γκολ όλης της σεζόν. Δώδεκα likes. Τα μισά από τη μαμά.",
        "mt": "L-aqwa gowl tiegħi fl-istaġun kollu. Tnax-il like. Nofshom minn Mama.",
    },
    "chat1": {
        "en": "hey, saw your goal. that left foot!! you're really good",
        "bg": "хей, видях гола ти. този ляв крак!! наистина си добра",
        "de": "hey, hab dein Tor gesehen. dieser linke Fuß!! du bist echt gut",
        "el": "γεια, είδα το γκολ σου. τι αριστερό πόδι!! είσαι πολύ καλή",
        "mt": "hey, rajt il-gowl tiegħek. dik is-sieq ix-xellugija!! tajba ħafna",
    },
    "chat2": {"en": "thanks!! do I know you?", "bg": "мерси!! познаваме ли се?", "de": "danke!! kennen wir uns?",
              "el": "ευχαριστώ!! γνωριζόμαστε;", "mt": "grazzi!! nafek?"},
    "chat3": {
        "en": "not yet. I scout young players for a sports brand",
        "bg": "още не. търся млади играчи за спортна марка",
        "de": "noch nicht. ich suche junge Talente für eine Sportmarke",
        "el": "όχι ακόμα. ψάχνω νέους παίκτες για μια αθλητική μάρκα",
        "mt": "għadek le. infittex plejers żgħar għal marka tal-isport",
    },
    "sfx": {"en": "PING!", "bg": "ДЗЪН!", "de": "PING!", "el": "ΝΤΙΝ!", "mt": "PING!"},
    "textblock": {
        "en": "If something worries you, talk to an adult you trust, or call the child helpline on 116~111.",
        "bg": "Ако нещо те тревожи, говори с възрастен, на когото имаш доверие, или се обади на 116~111.",
        "de": "Wenn dich etwas beunruhigt, sprich mit einem Erwachsenen, dem du vertraust, oder ruf 116~111 an.",
        "el": "Αν κάτι σε ανησυχεί, μίλησε σε έναν ενήλικα που εμπιστεύεσαι ή κάλεσε το 116~111.",
        "mt": "Jekk xi ħaġa tinkwetak, kellem adult li tafdah, jew ċempel il-helpline tat-tfal fuq 116~111.",
    },
    "choice": {"en": "What should Mara do?", "bg": "Какво да направи Мара?", "de": "Was soll Mara tun?",
               "el": "Τι πρέπει να κάνει η Μάρα;", "mt": "X'għandha tagħmel Mara?"},
    "opt1": {"en": "Reply to Alex", "bg": "Да отговори на Алекс", "de": "Alex antworten",
             "el": "Να απαντήσει στον Άλεξ", "mt": "Twieġeb lil Alex"},
    "opt2": {"en": "Tell Nadia about the messages", "bg": "Да каже на Надя за съобщенията",
             "de": "Nadia von den Nachrichten erzählen", "el": "Να πει στη Νάντια για τα μηνύματα",
             "mt": "Tgħid lil Nadia dwar il-messaġġi"},
    "auto1": {"en": "Who is it?", "bg": "Кой е?", "de": "Wer ist es?", "el": "Ποιος είναι;", "mt": "Min hu?"},
    "auto2": {"en": "A scout. For a sports brand.", "bg": "Скаут. За спортна марка.",
              "de": "Ein Scout. Für eine Sportmarke.", "el": "Ένας σκάουτ. Για αθλητική μάρκα.",
              "mt": "Scout. Għal marka tal-isport."},
    "auto3": {"en": "He says I've got talent.", "bg": "Казва, че имам талант.", "de": "Er sagt, ich habe Talent.",
              "el": "Λέει ότι έχω ταλέντο.", "mt": "Jgħid li għandi talent."},
    "long": {
        "en": "This is far too much text for such a small balloon, and no amount of shrinking will make it fit.",
        "bg": "Това е твърде много текст за толкова малко балонче и никакво смаляване няма да помогне.",
        "de": "Das ist viel zu viel Text für eine so kleine Sprechblase, und kein Verkleinern wird helfen.",
        "el": "Αυτό είναι πάρα πολύ κείμενο για ένα τόσο μικρό μπαλόνι και καμία σμίκρυνση δεν θα βοηθήσει.",
        "mt": "Dan huwa wisq test għal bużżieqa daqshekk żgħira, u l-ebda tiċkin ma jgħin.",
    },
}


def _item(n: int, id: str, kind: str, key: str, panel: str, **kw) -> m.Item:
    return m.Item(id=id, kind=kind, text=m.Localized(TEXTS[key], "en"), page="demo", panel=panel,
                  pos=Pos("scripts/scenes/demo.yaml", n, 7), **kw)


def sample_book(panels: tuple[m.Panel, ...] = (), caps: bool = False) -> m.Book:
    loc = lambda s: m.Localized({"en": s}, "en")
    page = m.Page("demo", "demo", m.Layout((1,), ((1,),)), panels, Pos("scripts/scenes/demo.yaml", 1, 3))
    target = m.Page("next", "demo", m.Layout((1,), ((1,),)), (), Pos("scripts/scenes/demo.yaml", 2, 3))
    chars = {cid: m.Character(cid, loc(name), "speech", None, Pos("scripts/book.yaml", 1, 1))
             for cid, name in (("mara", "Mara"), ("mum", "Mum"), ("alex", "Alex"), ("nadia", "Nadia"))}
    chars["operator"] = m.Character("operator", loc("Operator"), "electronic", None, Pos("scripts/book.yaml", 2, 1))
    return m.Book(root=ROOT, file="scripts/book.yaml", title=loc("Demo"), subtitle=None, credits=None,
                  source_language="en", languages=LANGS,
                  page_format=m.PageFormat(482, 680, 8.5, 14.2, 28.3, 11.3, 0.8),
                  lettering=m.Lettering("Shantell Sans", (), 9.0, 7.0, 1.15, caps),
                  balloons=m.BalloonStyle(0.7, 7.09, 0.35, 0.5, "#ffffff", "#000000"),
                  characters=chars,
                  scenes=(m.Scene("demo", "scripts/scenes/demo.yaml", None, (page, target), Pos("x")),),
                  pos=Pos("scripts/book.yaml"))


def sample_panels() -> tuple[m.Panel, ...]:
    P = lambda id, items, **kw: m.Panel(id, "demo", None, m.Art(None), tuple(items), Pos("demo.yaml", 1, 1), **kw)
    return (
        P("a", [_item(10, "mum-shift", "speech", "mum", "a", by="mum", at=(0.6, 0.22), tail=(0.85, 0.95)),
                _item(11, "mum-phone", "speech", "mum2", "a", by="mum", at=(0.7, 0.58), tail=(0.85, 0.95)),
                _item(12, "mara-whisper", "whisper", "whisper", "a", by="mara", at=(0.27, 0.84), tail=(-0.2, 0.6))]),
        P("b", [_item(20, "mara-think", "thought", "thought", "b", by="mara", at=(0.35, 0.3), tail=(0.2, 0.95)),
                _item(21, "mum-shout", "shout", "shout", "b", by="mum", at=(0.72, 0.7), tail=(0.95, 0.95))]),
        P("c", [_item(30, "caption-nights", "caption", "narration", "c", at=(0.3, 0.12)),
                _item(31, "operator-call", "speech", "phone", "c", by="operator", at=(0.6, 0.5), tail=(0.9, 0.95)),
                _item(32, "mara-likes", "caption", "monologue", "c", by="mara", voice="monologue", at=(0.5, 0.87))]),
        P("d", [_item(40, "alex-goal", "chat", "chat1", "d", by="alex", time="21:04"),
                _item(41, "mara-who", "chat", "chat2", "d", by="mara", side="right", time="21:06"),
                _item(42, "alex-scout", "chat", "chat3", "d", by="alex", time="21:06")]),
        P("e", [_item(50, "ping", "sfx", "sfx", "e", at=(0.8, 0.2), rotate=12.0, color="#ffcf33"),
                _item(51, "helpline", "text", "textblock", "e", at=(0.45, 0.62), width=0.8, align="left")]),
        P("f", [m.Item(id="choice-reply", kind="choice", text=m.Localized(TEXTS["choice"], "en"), page="demo",
                       panel="f", pos=Pos("scripts/scenes/demo.yaml", 60, 7), at=(0.5, 0.5),
                       options=(m.ChoiceOption("reply", m.Localized(TEXTS["opt1"], "en"), "next", Pos("x", 61, 9)),
                                m.ChoiceOption("tell", m.Localized(TEXTS["opt2"], "en"), "demo", Pos("x", 62, 9))))]),
        P("g", [_item(70, "auto-who", "speech", "auto1", "g", by="nadia", at="auto", tail=(0.75, 0.8)),
                _item(71, "auto-scout", "speech", "auto2", "g", by="mara", tail=(0.25, 0.8)),
                _item(72, "auto-talent", "speech", "auto3", "g", by="mara", tail=(0.25, 0.8))],
          keep_clear=((0.05, 0.55, 0.9, 0.45),)),
        P("h", [_item(80, "too-long", "speech", "long", "h", by="mara", at=(0.5, 0.45), tail=(0.5, 0.95),
                      width=0.4, style=m.StyleOverride(height=0.32))]),
    )


def sample_layout(book: m.Book) -> PageLayout:
    pf = book.page_format
    trim = Rect(0, 0, pf.trim_width, pf.trim_height)
    boxes = PageBoxes(media=trim, bleed=trim, trim=trim, safe=trim.inset(pf.safe))
    area = trim.inset(pf.margin)
    cols, rows, gut = 2, 4, pf.gutter
    w = (area.w - gut) / cols
    h = (area.h - (rows - 1) * gut) / rows
    pbs = []
    for i, panel in enumerate(book.pages[0].panels):
        r, c = divmod(i, cols)
        rect = Rect(area.x + c * (w + gut), area.y2 - (r + 1) * h - r * gut, w, h)
        pbs.append(PanelBox(panel=panel, frame=rect.polygon(), bounds=rect, art_clip=rect.polygon(), border=0.8,
                            art=ArtPlacement(None, "missing", rect, rect.polygon())))
    return PageLayout(book.pages[0], 1, boxes, tuple(pbs))


def render(path: Path, lang: str, *, background: str | None = "#7fb3d5", text_black: bool = False,
           shapes_only: bool = False, caps: bool = False, cmyk: bool = False):
    """Draw the sample page; returns (lettered page, report)."""
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    from comic.render.pdf import lettered_pdf

    rl_config.useA85 = 0
    book = sample_book(sample_panels(), caps=caps)
    layout = sample_layout(book)
    stack = default_stack(ASSETS)
    stack.register()
    report = Report()
    page = letter_page(book, layout, lang, lambda it: it.text.get(lang) or it.text.source, stack, report,
                       {"demo": 1, "next": 2})
    under = path.with_name(path.stem + "-under.pdf")
    c = Canvas(str(under), pagesize=(layout.boxes.media.w, layout.boxes.media.h), invariant=1)
    if background:
        c.setFillColorRGB(*[int(background[i:i + 2], 16) / 255 for i in (1, 3, 5)])
        c.rect(0, 0, layout.boxes.media.w, layout.boxes.media.h, stroke=0, fill=1)
    for box in layout.panels:
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.8)
        b = box.bounds
        c.rect(b.x, b.y, b.w, b.h, stroke=1, fill=0)
    c.showPage()
    c.save()
    from dataclasses import replace
    items = []
    for item in page.items:
        if shapes_only:
            item = replace(item, runs=())
        elif text_black:
            item = replace(item, runs=tuple(replace(r, color="#000000") if r.role == "text" else replace(r, color="#ffffff")
                                            for r in item.runs if r.role != "sfx"))
        items.append(item)
    lettered_pdf(path, layout, items, cmyk=cmyk, under=under)
    return page, report


def _raster(path: Path):
    import numpy as np
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    img = pdf[0].render(scale=3).to_pil().convert("RGB")
    pdf.close()
    return np.asarray(img).astype(int)


@pytest.mark.parametrize("lang", LANGS)
def test_no_text_pixel_leaves_its_balloon(tmp_path: Path, lang: str) -> None:
    np = pytest.importorskip("numpy")
    full, _ = render(tmp_path / "full.pdf", lang, text_black=True)
    render(tmp_path / "shapes.pdf", lang, shapes_only=True)
    page = _raster(tmp_path / "full.pdf")
    shapes = _raster(tmp_path / "shapes.pdf")
    bg = np.array([0x7f, 0xb3, 0xd5])
    # inside a balloon: whatever the shapes-only page shows that is not the blue page (fills and outlines)
    balloon = np.abs(shapes - bg).sum(axis=2) > 40
    # text blocks have no outline: their box is their balloon
    scale = page.shape[0] / 680
    for item in full.items:
        if item.overflow:
            # reported as not fitting: its text is laid out for the bigger balloon it says it needs
            x0, y0, x1, y1 = item.bounds
            cx, cy, f = (x0 + x1) / 2, (y0 + y1) / 2, item.overflow_scale
            x0, x1, y0, y1 = cx - (cx - x0) * f, cx + (x1 - cx) * f, cy - (cy - y0) * f, cy + (y1 - cy) * f
            balloon[int((680 - y1) * scale):int((680 - y0) * scale) + 1, int(x0 * scale):int(x1 * scale) + 1] = True
        if item.item.kind == "text":
            x0, y0, x1, y1 = item.bounds
            balloon[int((680 - y1) * scale):int((680 - y0) * scale) + 1, int(x0 * scale):int(x1 * scale) + 1] = True
    dark = page.sum(axis=2) < 150
    outside = dark & ~balloon
    # the panel borders are dark too: they lie on the panel rectangles, so remove them from the count
    border = (shapes.sum(axis=2) < 150) & ~balloon
    outside &= ~border
    ys, xs = np.nonzero(outside)
    assert len(ys) == 0, f"{len(ys)} text pixels outside balloons in {lang}, e.g. at {list(zip(xs[:5], ys[:5]))}"


def test_every_kind_lettered_without_overflow_except_the_fixed_balloon() -> None:
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        page, report = render(Path(d) / "x.pdf", "de")
    over = [d for d in report.items if d.code == "overflow"]
    assert [d.item for d in over] == ["too-long"]
    kinds = {it.item.kind for it in page.items}
    assert kinds == set(m.ITEM_KINDS) - {"electronic"}      # the operator's speech is drawn electronic


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/lettering.pdf")
    lang = sys.argv[2] if len(sys.argv) > 2 else "en"
    page, report = render(out, lang, caps="--caps" in sys.argv, background="#dfe9f0")
    for d in report.sorted():
        print(d.text())
