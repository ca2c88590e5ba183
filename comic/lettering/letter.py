"""The lettering stage: one laid-out page and one language in, balloons and positioned text out.

Per panel: parse each item's text, fit it (growing the balloon at the house size), place the balloons, then
draw their outlines — bodies, tails, bridges, bubbles — and position the glyph runs. Problems a letterer
would flag (text that does not fit, characters no font has, balloons overlapping or out of reading order)
become diagnostics with the item's id, the language and the script position.
"""

from __future__ import annotations

import gc
import math
import unicodedata
import weakref
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field

from comic import model as m
from comic.diagnostics import Report
from comic.layout.boxes import PageLayout, PanelBox, Rect
from comic.lettering import balloons as bl
from comic.lettering.breaking import Piece, units
from comic.lettering.fit import (
    FitSpec,
    Fitted,
    Line,
    Profile,
    baselines,
    fit,
    shape_exponent,
)
from comic.lettering.fonts import FontStack, Style
from comic.lettering.markup import NBSP, Paragraph, Span, caps_paragraphs, parse
from comic.lettering.place import (
    Footprint,
    Placed,
    check_panel,
    place_panel,
    usable_area,
)
from comic.lettering.shaping import shaper
from comic.lettering.types import GlyphRun, Lettered, LetteredPage, Outline
from comic.script.refs import resolve_refs

# "turn to page {n}" in each language of the book; others fall back to English (and are reported once).
TURN_TO_PAGE: dict[str, str] = {
    "en": "turn to page {n}",
    "bg": "обърни на страница {n}",
    "de": "weiter auf Seite {n}",
    "it": "vai a pagina {n}",
    "mt": "mur paġna {n}",
    "fr": "va à la page {n}",
    "el": "πήγαινε στη σελίδα {n}",
    "ro": "mergi la pagina {n}",
    "es": "ve a la página {n}",
    "nl": "ga naar bladzijde {n}",
}

CAPS_KINDS = frozenset({"speech", "thought", "whisper", "shout", "electronic", "caption", "choice"})
SPOKEN = frozenset({"speech", "whisper", "shout", "electronic"})    # kinds that take tails and bridges
SFX_SCALE = 2.6          # sound effects: times the house size, unless the script gives a size
SHOUT_SCALE = 1.15       # shouting is lettered bigger and bold
LABEL_SCALE = 0.72       # chat names and times


@dataclass
class _Job:
    """One item on its way through fitting, placement and drawing."""

    item: m.Item
    kind: str                          # the balloon actually drawn (speech may become electronic)
    fitted: Fitted | None = None
    align: str = "center"
    style: Style = Style.REGULAR
    color: str = "#000000"
    body_w: float = 0.0                # the shape the text was fitted in
    body_h: float = 0.0
    deco: float = 0.0                  # extra drawn around it (cloud puffs, burst spikes)
    footprint: Footprint | None = None
    mouth: tuple[float, float] | None = None
    to_edge: bool = False
    side: str | None = None
    name: str | None = None            # chat: sender shown above
    label_size: float = 0.0
    blocks: list = field(default_factory=list)   # choice: [(Fitted, align, top offset, target | None)]
    body: bl.Body | None = None
    shapes_before: list[Outline] = field(default_factory=list)
    shapes_after: list[Outline] = field(default_factory=list)
    joined_to: str | None = None


def letter_page(book: m.Book, layout: PageLayout, language: str, text_of: Callable[[m.Item], str],
                stack: FontStack, report: Report, page_numbers: dict[str, int], *,
                option_of: Callable[[m.Item, m.ChoiceOption], str] | None = None,
                name_of: Callable[[m.Character], str] | None = None) -> LetteredPage:
    """Letter every item of one page in one language.

    `text_of` gives an item's text in `language` (markup included). Choice options and chat sender names
    come from `option_of` / `name_of` when given, else from the object behind `text_of` if it has
    `option` / `name` methods (the i18n Catalog does), else from the script.
    """
    owner = getattr(text_of, "__self__", None)
    if option_of is None:
        option_of = getattr(owner, "option", None) or (
            lambda item, opt: opt.text.get(language) or opt.text.source)
    if name_of is None:
        name_of = getattr(owner, "name", None) or (lambda ch: ch.name.get(language) or ch.name.source)
    ctx = _Context(book, layout, language, text_of, stack, report, page_numbers, option_of, name_of)
    out: list[Lettered] = []
    with _no_cycle_collection():
        for box in layout.panels:
            out.extend(ctx.panel(box))
    return LetteredPage(layout.page.id, language, tuple(out))


@contextmanager
def _no_cycle_collection():
    """Python's cycle collector paused while a page is lettered.

    A page leaves tens of thousands of small objects behind (outlines, glyph runs, shaping caches), enough
    to set off several full collections, each walking the whole book model and layout: a quarter of the
    lettering time. Lettering makes no garbage cycles to speak of (reference counting frees its
    temporaries), so whatever there is waits until the page is done. Results do not depend on it.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


_COVERAGE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _missing(stack: FontStack, text: str) -> list[str]:
    """`stack.missing(text)`, asking the stack about each character once per edition rather than once per
    occurrence: a book has a few hundred distinct characters in tens of thousands of places.

    A character of a normalised text is normalised on its own, so `stack.missing(ch)` is what the whole-text
    call decides for it; the rare one that is not (checked) sends the text the long way.
    """
    known = _COVERAGE.get(stack)
    if known is None:
        known = _COVERAGE[stack] = {}
    out: list[str] = []
    seen: set[str] = set()
    for ch in unicodedata.normalize("NFC", text):
        if ch in seen:
            continue
        seen.add(ch)
        gone = known.get(ch)
        if gone is None:
            if not unicodedata.is_normalized("NFC", ch):
                return stack.missing(text)
            gone = known[ch] = tuple(stack.missing(ch))
        out.extend(gone)
    return out


def _hyphenator(language: str):
    """pyphen's break points for the language, or None where it has no dictionary (then words never split)."""
    from comic.i18n.typography import has_hyphenation, hyphenate
    if not has_hyphenation(language):
        return None
    return lambda word: hyphenate(word, language)


class _Context:
    def __init__(self, book, layout, language, text_of, stack, report, page_numbers, option_of, name_of):
        self.book, self.layout, self.lang = book, layout, language
        self.text_of, self.stack, self.report = text_of, stack, report
        self.page_numbers, self.option_of, self.name_of = page_numbers, option_of, name_of
        lt = book.lettering
        self.size, self.min_size, self.leading = lt.size, lt.min_size, lt.leading
        self.bs = book.balloons
        # shaped in the edition's language: what fitting measures is what the renderer draws
        self.shaper = shaper(stack, language)
        self.measure = self.shaper.width
        self.hyphenate = _hyphenator(language) if lt.hyphenate else None

    # ------------------------------------------------------------------ per panel

    def panel(self, box: PanelBox) -> list[Lettered]:
        safe = self.layout.boxes.safe
        area = usable_area(box, safe, 3.0)
        owner = chat_owner(self.book, box.panel)
        jobs = [self.prepare(item, box, area, owner) for item in box.panel.items]
        jobs = [j for j in jobs if j is not None]
        # consecutive balloons of one speaker sit together and are bridged
        pairs = [(a, b) for a, b in zip(jobs, jobs[1:])
                 if a.kind in SPOKEN and b.kind in SPOKEN and a.item.by and a.item.by == b.item.by]
        mouths = {j.item.id: j.mouth for j in jobs if j.mouth is not None and not j.to_edge}
        place_panel(box, safe, [j.footprint for j in jobs], mouths=mouths,
                    partners={b.item.id: a.item.id for a, b in pairs}, overlap=0.8 * self.bs.padding)
        pairs = [(a, b) for a, b in pairs if _gap(a.footprint, b.footprint) <= 3 * self.size]
        for a, b in pairs:
            a.joined_to, b.joined_to = b.item.id, a.item.id
        for a, b in pairs:
            # one speaker, one tail: the balloon nearer the mouth keeps it
            if a.mouth is not None and b.mouth is not None and _dist(a.mouth, b.mouth) < 0.1 * box.bounds.w:
                if _dist(a.footprint.centre, a.mouth) <= _dist(b.footprint.centre, b.mouth):
                    b.mouth = None
                else:
                    a.mouth = None
        for j in jobs:
            self.shape(j, box)
        for a, b in pairs:
            made = bl.bridge(a.body, b.body, a.footprint.centre, b.footprint.centre, half=0.45 * a.fitted.size,
                             fill=self.bs.fill, line=self.bs.line, line_width=self.bs.line_width)
            if made:
                a.shapes_before.insert(0, made[0])
                b.shapes_after.append(made[1])
        lettered = [self.finish(j) for j in jobs]
        placed = [Placed(j.item, j.body.polygon if j.body else _box_polygon(l.bounds), l.bounds, j.joined_to,
                         extent=j.footprint.box(*j.footprint.centre) if j.kind == "chat" else None)
                  for j, l in zip(jobs, lettered)]
        check_panel(box, safe, placed, self.lang, self.report)
        return lettered

    # ------------------------------------------------------------------ fitting

    def paragraphs(self, item: m.Item, text: str, kind: str) -> tuple[Paragraph, ...]:
        paras = parse(text)
        if self.book.lettering.caps and kind in CAPS_KINDS:
            paras = caps_paragraphs(paras, self.lang)
        return paras

    def check_glyphs(self, item: m.Item, text: str) -> None:
        for ch in _missing(self.stack, text.replace("\n", "")):
            self.report.warning(
                "missing-glyph",
                f"'{item.id}': no font of the book has the character '{ch}' (U+{ord(ch):04X}); "
                "it would print as an empty box",
                item.pos, hint="replace the character, or add a font that has it to the lettering fallbacks",
                language=self.lang, page=item.page, panel=item.panel, item=item.id)

    def prepare(self, item: m.Item, box: PanelBox, area: Rect, owner: str | None) -> _Job | None:
        kind = item.kind
        if kind == "speech" and item.by in self.book.characters and self.book.characters[item.by].balloon == "electronic":
            kind = "electronic"
        text = resolve_refs(self.text_of(item) or "", self.page_numbers)
        paras = self.paragraphs(item, text, kind)
        if not any(paras) and kind != "choice":
            return None                          # nothing to letter (an empty text draws no empty balloon)
        self.check_glyphs(item, "".join(s.text for p in paras for s in p))
        job = _Job(item, kind)
        size = item.style.size or self.size
        pad = self.bs.padding
        pw, ph = box.bounds.w, box.bounds.h
        fixed_w = (item.width or item.style.width)
        fixed_h = item.style.height
        fixed = dict(width=fixed_w * pw if fixed_w else None, height=fixed_h * ph if fixed_h else None)
        max_w, max_h = 0.85 * area.w, 0.9 * area.h
        style = Style.REGULAR
        emphasis = Style.BOLDITALIC
        shape = item.style.shape if item.style.shape is not None else self.bs.shape
        if kind in ("speech", "whisper"):
            spec = FitSpec(Profile("oval", shape_exponent(shape)), pad, size, self.min_size, self.leading,
                           max_width=max_w, max_height=max_h, **fixed)
            if kind == "whisper":
                job.color = bl.WHISPER_TEXT
        elif kind == "electronic":
            spec = FitSpec(Profile("oval", 7.0), pad, size, self.min_size, self.leading,
                           max_width=max_w, max_height=max_h, **fixed)
        elif kind == "thought":
            spec = FitSpec(Profile("oval", 2.0), pad * 0.75, size, self.min_size, self.leading,
                           max_width=max_w - 12, max_height=max_h - 12, **fixed)
            job.deco = 0.5 * 13.0
        elif kind == "shout":
            size = item.style.size or size * SHOUT_SCALE
            style = Style.BOLD
            spec = FitSpec(Profile("oval", 2.0), pad * 0.8, size, max(self.min_size, size * 0.8), self.leading,
                           max_width=max_w * 0.8, max_height=max_h * 0.8, **fixed)
        elif kind == "caption":
            if item.voice == "monologue":
                style, emphasis = Style.ITALIC, Style.BOLDITALIC
            spec = FitSpec(Profile("rect"), max(3.5, pad * 0.65), size, self.min_size, self.leading,
                           max_width=0.95 * area.w, max_height=max_h, align=item.style.align or self.shaper.start,
                           ratio=5.0, shrink_wrap=True, **fixed)
        elif kind == "chat":
            job.side = item.side or ("right" if owner and item.by == owner else "left")
            # as few lines as the phone's width allows, evenly filled
            spec = FitSpec(Profile("rect"), max(3.5, pad * 0.7), size, self.min_size, self.leading,
                           max_width=0.8 * area.w, max_height=max_h, align=item.style.align or self.shaper.start,
                           ratio=1000.0, shrink_wrap=True, **fixed)
        elif kind == "text":
            size = item.size or item.style.size or self.size
            width = (fixed["width"] or 0.8 * pw)
            spec = FitSpec(Profile("rect"), 0.0, size, min(self.min_size, size), self.leading, width=width,
                           height=fixed["height"], max_height=area.h, align=item.align or item.style.align or "center",
                           balanced=False)
        elif kind == "sfx":
            return self.prepare_sfx(job, paras, box)
        elif kind == "choice":
            return self.prepare_choice(job, paras, box, area, size)
        else:
            return None
        job.style = style
        job.align = spec.align
        us = units(paras, self.measure, style, emphasis, hyphenate=self.hyphenate)
        job.fitted = fit(us, spec)
        job.body_w, job.body_h = job.fitted.width, job.fitted.height
        if job.fitted.overflow:
            self.overflow(item, job.fitted.overflow_scale)
        self.mouth(job, box)
        w, h = job.body_w + 2 * job.deco, job.body_h + 2 * job.deco
        if kind == "shout":
            spike = 0.6 * size + 0.08 * min(job.body_w, job.body_h) / 2
            w, h = job.body_w + 2.4 * spike, job.body_h + 2.4 * spike
        exponent = {"speech": shape_exponent(shape), "whisper": shape_exponent(shape), "electronic": 7.0,
                    "thought": 2.0, "shout": 2.0}.get(kind)
        job.footprint = Footprint(item, w, h, side=job.side, exponent=exponent)
        if kind == "chat":
            job.label_size = size * LABEL_SCALE
            if job.side != "right" and item.by:
                ch = self.book.characters.get(item.by)
                job.name = self.name_of(ch) if ch else item.by
                if job.name:
                    self.check_glyphs(item, job.name)
            job.footprint.above = job.label_size * 1.3 if job.name else 0.0
            job.footprint.below = job.label_size * 1.3 if item.time else 0.0
        return job

    def overflow(self, item: m.Item, scale: float) -> None:
        self.report.warning(
            "overflow",
            f"'{item.id}' does not fit: its balloon would need to be {scale:.2f}× bigger "
            f"(text already at the smallest size, {self.min_size:g} pt)",
            item.pos, hint="shorten the text, or give the balloon more room (width:, style: {width:, height:})",
            language=self.lang, page=item.page, panel=item.panel, item=item.id)

    def mouth(self, job: _Job, box: PanelBox) -> None:
        if job.item.tail is None or job.kind not in SPOKEN | {"thought"}:
            return
        tx, ty = job.item.tail
        job.mouth = box.to_page(tx, ty)
        job.to_edge = not (0.0 <= tx <= 1.0 and 0.0 <= ty <= 1.0)

    def prepare_sfx(self, job: _Job, paras, box: PanelBox) -> _Job:
        item = job.item
        size = item.size or item.style.size or self.size * SFX_SCALE
        if not (item.size or item.style.size):
            # the default display size shrinks to the panel (a script's explicit size is kept)
            widest = max((sum(self.shaper.width(s.text, Style.BOLDITALIC if s.emphasis else Style.BOLD)
                              for s in p) for p in paras), default=0.0)
            room = 0.9 * usable_area(box, self.layout.boxes.safe, 3.0).w
            if widest * size > room:
                size = max(self.size, room / widest)
        lines = []
        k = len(paras)
        lead = 1.0
        for para, base in zip(paras, baselines(k, size, lead)):
            pieces = tuple(Piece(s.text, Style.BOLDITALIC if s.emphasis else Style.BOLD) for s in para)
            width = sum(self.shaper.width(p.text, p.style, size) for p in pieces)
            lines.append(Line(pieces, -width / 2, base, width, width))
        stroke = max(0.6, size * 0.05)
        w = max((ln.width for ln in lines), default=size) + 2 * stroke
        h = k * size * lead + 2 * stroke
        job.fitted = Fitted(w, h, size, size * lead, tuple(lines))
        job.body_w, job.body_h = w, h
        job.color = item.color or "#ffffff"
        job.style = Style.BOLD
        job.footprint = Footprint(item, w, h)
        return job

    def prepare_choice(self, job: _Job, paras, box: PanelBox, area: Rect, size: float) -> _Job:
        item = job.item
        pad = max(5.0, self.bs.padding * 0.9)
        frac = item.width or item.style.width or 0.9
        width = min(frac * box.bounds.w, area.w)
        inner = width - 2 * pad
        phrase = TURN_TO_PAGE.get(self.lang.split("-")[0])
        if phrase is None:
            phrase = TURN_TO_PAGE["en"]
            self.report.info("no-phrase", f"no 'turn to page' phrase for this language: English is used",
                             item.pos, hint="add the language to comic.lettering.letter.TURN_TO_PAGE",
                             language=self.lang, item=item.id)
        blocks = []
        top = pad
        gap = size * 0.55
        q_units = units(paras, self.measure, Style.BOLD, Style.BOLDITALIC)
        q = fit(q_units, FitSpec(Profile("rect"), 0.0, size, self.min_size, self.leading, width=inner,
                                 align="center", balanced=False))
        blocks.append((q, "center", top, None, 0.0))
        top += q.height + gap * 1.4
        scale = q.overflow_scale
        for opt in item.options:
            text = resolve_refs(self.option_of(item, opt) or "", self.page_numbers)
            n = self.page_numbers.get(opt.goto)
            turn = phrase.format(n=n if n is not None else "?").replace(" ", NBSP)
            o_paras = self.paragraphs(item, text, "choice")
            if o_paras:
                last = o_paras[-1] + (Span(" →" + NBSP, False), Span(turn, True))
                o_paras = o_paras[:-1] + (last,)
            self.check_glyphs(item, "".join(s.text for p in o_paras for s in p))
            o_units = units(o_paras, self.measure, Style.REGULAR, Style.BOLDITALIC)
            # the bullet hangs in the margin: a hanging indent keeps wrapped lines aligned with the text
            indent = size * 0.9
            o = fit(o_units, FitSpec(Profile("rect"), 0.0, size, self.min_size, self.leading, width=inner - indent,
                                     align="left", balanced=False))
            scale = max(scale, o.overflow_scale)
            blocks.append((o, "left", top, opt.goto, indent))
            top += o.height + gap
        top += pad - gap
        job.blocks = blocks
        job.body_w, job.body_h = width, top
        job.fitted = Fitted(width, top, size, size * self.leading, (), overflow=scale > 1.0, overflow_scale=scale)
        if scale > 1.0:
            self.overflow(item, scale)
        job.footprint = Footprint(item, width, top)
        return job

    # ------------------------------------------------------------------ shapes

    def shape(self, job: _Job, box: PanelBox) -> None:
        cx, cy = job.footprint.centre
        w, h = job.body_w, job.body_h
        x0, y0, x1, y1 = cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2
        kind, bs, item = job.kind, self.bs, job.item
        shape = item.style.shape if item.style.shape is not None else bs.shape
        if kind in ("speech", "whisper"):
            job.body = bl.oval(cx, cy, w, h, shape_exponent(shape))
        elif kind == "electronic":
            job.body = bl.oval(cx, cy, w, h, 7.0)
        elif kind == "thought":
            job.body = bl.cloud(cx, cy, w, h, item.id)
        elif kind == "shout":
            job.body = bl.burst(cx, cy, w, h, item.id, job.fitted.size)
        elif kind in ("caption", "choice"):
            job.body = bl.rect(x0, y0, x1, y1)
        elif kind == "chat":
            job.body = bl.rounded_rect(x0, y0, x1, y1, min(8.0, h / 2))
        else:
            job.body = None
        if job.mouth is not None and job.body is not None:
            mouth = job.mouth
            if job.to_edge:
                mouth = _to_panel_edge((cx, cy), mouth, box)
            style = {"thought": "bubbles", "shout": "straight", "electronic": "zigzag"}.get(kind, "curved")
            tail = bl.tail_for(job.body, (cx, cy), mouth, reach=bs.tail, half=0.5 * self.size, style=style,
                               fill=bs.fill, line=bs.line, line_width=bs.line_width,
                               dash=_WHISPER_DASH if kind == "whisper" else None, to_edge=job.to_edge)
            if tail is not None:
                job.shapes_before.extend(tail.shapes)
                job.shapes_after[:0] = list(tail.patches)

    def finish(self, job: _Job) -> Lettered:
        item, bs = job.item, self.bs
        cx, cy = job.footprint.centre
        shapes: list[Outline] = list(job.shapes_before)
        fill, line, lw = bs.fill, bs.line, bs.line_width
        if job.kind == "caption":
            fill = bl.MONOLOGUE_FILL if item.voice == "monologue" else bl.NARRATION_FILL
        elif job.kind == "chat":
            fill = bl.CHAT_OWNER_FILL if job.side == "right" else bl.CHAT_OTHER_FILL
            ch = self.book.characters.get(item.by or "")
            if ch is not None and ch.color and job.side != "right":
                fill = ch.color
            line, lw = None, 0.0
        elif job.kind == "choice":
            fill, lw = bl.CHOICE_FILL, max(1.2, bs.line_width * 1.7)
        if job.body is not None:
            shapes.append(Outline(job.body.ops, fill=fill, stroke=line, line_width=lw,
                                  dash=_WHISPER_DASH if job.kind == "whisper" else None))
        shapes.extend(job.shapes_after)
        runs: list[GlyphRun] = []
        links = []
        if job.kind == "choice":
            top_y = cy + job.body_h / 2
            x_left = cx - job.body_w / 2 + max(5.0, bs.padding * 0.9)
            inner = job.body_w - 2 * max(5.0, bs.padding * 0.9)
            for block in job.blocks:
                fitted, align, top, target, indent = block
                bcy = top_y - top - fitted.height / 2
                bcx = x_left + indent + (inner - indent) / 2
                runs.extend(self.runs(fitted, bcx, bcy, align, job.color))
                if target is not None:
                    bullet_y = bcy + fitted.lines[0].baseline if fitted.lines else bcy
                    runs.extend(self.text_runs([Piece("▸", Style.BOLD)], x_left, bullet_y, fitted.size, job.color))
                    gap = fitted.size * 0.275
                    links.append(((round(x_left - 2, 3), round(bcy - fitted.height / 2 - gap, 3),
                                   round(x_left + inner + 2, 3), round(bcy + fitted.height / 2 + gap, 3)), target))
        elif job.fitted is not None:
            role = "sfx" if job.kind == "sfx" else "text"
            runs.extend(self.runs(job.fitted, cx, cy, job.align, job.color, role=role,
                                  stroke="#000000" if job.kind == "sfx" else None,
                                  stroke_width=max(0.6, job.fitted.size * 0.05) if job.kind == "sfx" else 0.0))
        if job.kind == "chat":
            labels, backs = self.chat_labels(job)
            shapes.extend(backs)
            runs.extend(labels)
        if job.body is not None:
            bounds = job.body.bounds
        else:
            # no outline: the bounds are the ink, which accents and fallback faces take past the line box
            grow = 0.25 * job.fitted.size if job.kind == "text" else 0.0
            bounds = (cx - job.body_w / 2, cy - job.body_h / 2 - grow, cx + job.body_w / 2, cy + job.body_h / 2 + grow)
        bounds = tuple(round(v, 3) for v in bounds)
        fitted = job.fitted
        return Lettered(item=item, language=self.lang, shapes=tuple(shapes), runs=tuple(runs), bounds=bounds,
                        text_size=fitted.size if fitted else self.size,
                        overflow=bool(fitted and fitted.overflow),
                        overflow_scale=fitted.overflow_scale if fitted else 1.0,
                        rotate=item.rotate if job.kind == "sfx" else 0.0,
                        link=links[0][1] if len(links) == 1 else None, links=tuple(links))

    # ------------------------------------------------------------------ text

    def runs(self, fitted: Fitted, cx: float, cy: float, align: str, color: str, *, role: str = "text",
             stroke: str | None = None, stroke_width: float = 0.0) -> list[GlyphRun]:
        out = []
        size = fitted.size
        for line in fitted.lines:
            layout = self.shaper.line(line.segments or line.pieces)
            width = layout.width * size
            if align == "center":
                x = cx - width / 2
            elif align == "right":
                x = cx + line.x + line.width - width
            else:
                x = cx + line.x
            out.extend(self.glyph_runs(layout, x, cy + line.baseline, size, color, role=role,
                                       stroke=stroke, stroke_width=stroke_width))
        return out

    def text_runs(self, pieces, x: float, y: float, size: float, color: str, *, role: str = "text",
                  stroke: str | None = None, stroke_width: float = 0.0) -> list[GlyphRun]:
        """Runs of a line given as pieces, starting at x (its left end)."""
        return self.glyph_runs(self.shaper.line(pieces), x, y, size, color, role=role, stroke=stroke,
                               stroke_width=stroke_width)

    def glyph_runs(self, layout, x: float, y: float, size: float, color: str, *, role: str = "text",
                   stroke: str | None = None, stroke_width: float = 0.0) -> list[GlyphRun]:
        """A shaped line as runs, left to right, each with its glyphs placed in points from its origin."""
        out = []
        for seg in layout.segments:
            xs = bl.rounded([g[1] * size for g in seg.glyphs])
            # (a zero offset times the size is a zero of the same sign, as round() would leave it)
            glyphs = tuple([(gid, gx, round(gy * size, 3) if gy else gy * size, cluster, chars)
                            for (gid, _, gy, cluster, chars), gx in zip(seg.glyphs, xs)])
            out.append(GlyphRun(seg.text, seg.face.name, size, round(x + seg.x * size, 3), round(y, 3), color,
                                glyphs=glyphs, stroke=stroke, stroke_width=stroke_width, role=role))
        return out

    def chat_labels(self, job: _Job) -> tuple[list[GlyphRun], list[Outline]]:
        """Sender name and time, each on a small white tab: chats often sit on dark screens or art."""
        cx, cy = job.footprint.centre
        size = job.label_size
        x0, x1 = cx - job.body_w / 2, cx + job.body_w / 2
        out, backs = [], []
        for text, y in ((job.name, cy + job.body_h / 2 + size * 0.35),
                        (job.item.time, cy - job.body_h / 2 - size * 1.05)):
            if not text:
                continue
            piece = [Piece(text, Style.REGULAR)]
            width = self.shaper.width(text, Style.REGULAR, size)
            x = x1 - width - 2 if job.side == "right" else x0 + 2
            tab = bl.rounded_rect(x - 1.6, y - size * 0.32, x + width + 1.6, y + size * 0.9, size * 0.35)
            backs.append(Outline(tab.ops, fill="#ffffff", stroke=None, line_width=0.0))
            out.extend(self.text_runs(piece, x, y, size, bl.LABEL_TEXT, role="label"))
        return out, backs


_WHISPER_DASH = (2.4, 1.8)


def _dist(p: tuple[float, float], q: tuple[float, float]) -> float:
    return math.hypot(p[0] - q[0], p[1] - q[1])


def _gap(a: Footprint, b: Footprint) -> float:
    """Distance between two placed footprints' boxes (0 when they touch or overlap)."""
    ax0, ay0, ax1, ay1 = a.box(*a.centre)
    bx0, by0, bx1, by1 = b.box(*b.centre)
    return math.hypot(max(0.0, bx0 - ax1, ax0 - bx1), max(0.0, by0 - ay1, ay0 - by1))


def _box_polygon(b) -> tuple[tuple[float, float], ...]:
    x0, y0, x1, y1 = b
    return ((x0, y0), (x1, y0), (x1, y1), (x0, y1))


def _to_panel_edge(centre: tuple[float, float], mouth: tuple[float, float], box: PanelBox) -> tuple[float, float]:
    """Where the line from the balloon toward an off-panel speaker leaves the panel."""
    b = box.bounds
    inset = box.border / 2
    x0, y0, x1, y1 = b.x + inset, b.y + inset, b.x2 - inset, b.y2 - inset
    cx, cy = centre
    dx, dy = mouth[0] - cx, mouth[1] - cy
    t = 1.0
    if dx > 0:
        t = min(t, (x1 - cx) / dx)
    elif dx < 0:
        t = min(t, (x0 - cx) / dx)
    if dy > 0:
        t = min(t, (y1 - cy) / dy)
    elif dy < 0:
        t = min(t, (y0 - cy) / dy)
    t = max(t, 0.0)
    return (cx + dx * t, cy + dy * t)


# ---------------------------------------------------------------------------------------------- chats

def chat_owner(book: m.Book, panel: m.Panel) -> str | None:
    """Whose phone the panel shows: the sender of the first right-side chat in the panel, else the book's
    main character (whoever sends most right-side chats in the book, else speaks most)."""
    for item in panel.items:
        if item.kind == "chat" and item.side == "right" and item.by:
            return item.by
    return main_character(book)


_MAIN: dict[int, tuple[m.Book, str | None]] = {}


def main_character(book: m.Book) -> str | None:
    cached = _MAIN.get(id(book))
    if cached is None or cached[0] is not book:
        if len(_MAIN) > 8:
            _MAIN.clear()
        cached = _MAIN[id(book)] = (book, _main_character(book))
    return cached[1]


def _main_character(book: m.Book) -> str | None:
    right: dict[str, int] = {}
    spoken: dict[str, int] = {}
    for item in book.items:
        if not item.by:
            continue
        if item.kind == "chat" and item.side == "right":
            right[item.by] = right.get(item.by, 0) + 1
        spoken[item.by] = spoken.get(item.by, 0) + 1
    counts = right or spoken
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], -list(counts).index(k)))
