"""Checks that need the whole book: unique ids, known speakers, pages and targets that exist."""

from __future__ import annotations

from comic import model as m
from comic.diagnostics import Report
from comic.script.errors import did_you_mean

NEEDS_SPEAKER = frozenset({"speech", "thought", "whisper", "shout", "electronic", "chat"})


def check_book(book: m.Book, report: Report) -> None:
    _unique_ids(book, report)
    _speakers(book, report)
    _targets(book, report)
    _cells(book, report)
    _art_paths(book, report)
    _page_refs(book, report)


def _unique_ids(book: m.Book, report: Report) -> None:
    scenes: dict[str, m.Scene] = {}
    for scene in book.scenes:
        if scene.id in scenes:
            report.error("duplicate-id", f"scene id '{scene.id}' is already used in {scenes[scene.id].file}",
                         scene.pos, hint="give each scene its own id")
        scenes.setdefault(scene.id, scene)
    pages: dict[str, m.Page] = {}
    items: dict[str, m.Item] = {}
    for page in book.pages:
        if page.id in pages:
            first = pages[page.id].pos
            report.error("duplicate-id", f"page id '{page.id}' is already used at {first}",
                         page.where.get("id", page.pos), hint="page ids must be unique in the book; rename one",
                         page=page.id)
        pages.setdefault(page.id, page)
        panels: dict[str, m.Panel] = {}
        for panel in page.panels:
            if panel.id in panels:
                report.error("duplicate-id", f"panel id '{panel.id}' appears twice on page '{page.id}' "
                             f"(first at line {panels[panel.id].pos.line})", panel.pos,
                             hint="panel ids must be unique within their page", page=page.id, panel=panel.id)
            panels.setdefault(panel.id, panel)
            for item in panel.items:
                if item.id in items:
                    first = items[item.id]
                    report.error("duplicate-id", f"item id '{item.id}' is already used at {first.pos}",
                                 item.where.get("id", item.pos),
                                 hint=f"item ids are unique in the book (translations key on them); try '{item.id}-2'",
                                 page=page.id, panel=panel.id, item=item.id)
                items.setdefault(item.id, item)
                seen_opts: set[str] = set()
                for opt in item.options:
                    if opt.id in seen_opts:
                        report.error("duplicate-id", f"option id '{opt.id}' appears twice in choice '{item.id}'",
                                     opt.pos, hint="give each option its own id", item=item.id)
                    seen_opts.add(opt.id)


def _speakers(book: m.Book, report: Report) -> None:
    for item in book.items:
        if item.by is None:
            if item.kind in NEEDS_SPEAKER:
                report.error("no-speaker", f"item '{item.id}': a {item.kind} item needs a speaker",
                             item.pos, hint="add `by: <character id>`"
                             + (f" (characters: {', '.join(sorted(book.characters))})" if book.characters else ""),
                             page=item.page, panel=item.panel, item=item.id)
        elif item.by not in book.characters:
            guess = did_you_mean(item.by, book.characters)
            report.error("unknown-speaker", f"item '{item.id}': unknown speaker '{item.by}'",
                         item.where.get("by", item.pos),
                         hint=f"did you mean '{guess}'?" if guess else
                         f"add '{item.by}' under `characters:` in scripts/book.yaml",
                         page=item.page, panel=item.panel, item=item.id)


def _targets(book: m.Book, report: Report) -> None:
    ids = [p.id for p in book.pages]
    for page in book.pages:
        if page.goto is not None and page.goto not in ids:
            guess = did_you_mean(page.goto, ids)
            report.error("unknown-page", f"page '{page.id}': goto names an unknown page '{page.goto}'",
                         page.where.get("goto", page.pos),
                         hint=f"did you mean '{guess}'?" if guess else "use the id of a page in the book", page=page.id)
        if page.goto is not None and page.ending:
            report.error("ending-with-goto", f"page '{page.id}' is an ending and also has goto",
                         page.where.get("goto", page.pos), hint="remove `ending: true` or the `goto:`", page=page.id)
        for item in page.items:
            for k, opt in enumerate(item.options):
                if opt.goto not in ids:
                    guess = did_you_mean(opt.goto, ids)
                    report.error("unknown-page", f"choice '{item.id}', option '{opt.id}': unknown page '{opt.goto}'",
                                 item.where.get(f"options.{k}.goto", opt.pos),
                                 hint=f"did you mean '{guess}'?" if guess else "use the id of a page in the book",
                                 page=page.id, item=item.id)


def _cells(book: m.Book, report: Report) -> None:
    for page in book.pages:
        cells = sum(len(row) for row in page.layout.cols)
        used = 0
        for panel in page.panels:
            if panel.inset is not None:
                continue
            if panel.cell is not None and panel.cell > cells:
                report.error("unknown-cell", f"panel '{panel.id}': cell {panel.cell}, but the layout has {cells} cells",
                             panel.pos, hint="use a cell number from 1 to the number of cells, or a larger layout",
                             page=page.id, panel=panel.id)
            used = max(used, (panel.cell or used + 1) + panel.span - 1)
        if used > cells:
            report.error("too-many-panels", f"page '{page.id}' has more panels than its layout has cells ({cells})",
                         page.where.get("panels", page.pos), hint="choose a layout with more cells, e.g. grid 2x3",
                         page=page.id)


def _art_paths(book: m.Book, report: Report) -> None:
    root = book.root.resolve()
    arts = [(p.background, p, None) for p in book.pages if p.background]
    arts += [(panel.art, page, panel) for page in book.pages for panel in page.panels]
    for art, page, panel in arts:
        if art.file is None:
            continue
        path = (root / art.file).resolve()
        if not path.is_relative_to(root):
            report.error("path-escape", f"artwork '{art.file}' is outside the project", art.pos,
                         hint="keep artwork under panels/ and write the path relative to the project",
                         page=page.id, panel=panel.id if panel else None)
        elif not path.is_file():
            report.error("missing-art-file", f"artwork '{art.file}' does not exist", art.pos,
                         hint="check the path (relative to the project root), or remove `art:` to use panels/<page>-<panel>.*",
                         page=page.id, panel=panel.id if panel else None)


def _page_refs(book: m.Book, report: Report) -> None:
    from comic.script.refs import page_refs
    ids = [p.id for p in book.pages]
    for item in book.items:
        texts = [item.text] + [o.text for o in item.options]
        for loc in texts:
            for lang, text in loc.texts.items():
                for ref in page_refs(text):
                    if ref not in ids:
                        guess = did_you_mean(ref, ids)
                        report.error("unknown-page", f"item '{item.id}': {{page:{ref}}} names an unknown page",
                                     item.where.get(item.kind, item.pos),
                                     hint=f"did you mean '{guess}'?" if guess else "use the id of a page in the book",
                                     language=lang if lang != book.source_language else None,
                                     page=item.page, item=item.id)
