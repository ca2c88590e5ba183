"""The pick-a-path story graph: where each page leads, and whether every path reaches an ending."""

from __future__ import annotations

from dataclasses import dataclass

from comic import model as m
from comic.diagnostics import Report


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    kind: str            # next | goto | choice
    label: str = ""      # choice option id


def story_pages(book: m.Book) -> list[m.Page]:
    return [p for p in book.pages if p.part == "story"]


def edges(book: m.Book) -> list[Edge]:
    """Where a reader can go from each story page: its choice options, its goto, or the next page."""
    pages = story_pages(book)
    out: list[Edge] = []
    for i, page in enumerate(pages):
        options = [(item, opt) for item in page.items for opt in item.options]
        if options:
            out += [Edge(page.id, opt.goto, "choice", f"{item.id}.{opt.id}") for item, opt in options]
        elif page.goto:
            out.append(Edge(page.id, page.goto, "goto"))
        elif not page.ending and i + 1 < len(pages):
            out.append(Edge(page.id, pages[i + 1].id, "next"))
    return out


def check_story(book: m.Book, report: Report) -> None:
    pages = story_pages(book)
    if not pages:
        return
    ids = {p.id for p in pages}
    by_id = {p.id: p for p in pages}
    succ: dict[str, list[str]] = {p.id: [] for p in pages}
    for e in edges(book):
        if e.target in ids:
            succ[e.source].append(e.target)
        elif book.page(e.target) is not None:
            report.error("story-target-outside", f"page '{e.source}' leads to '{e.target}', which is {book.page(e.target).part} matter",
                         by_id[e.source].pos, hint="point choices and goto at story pages", page=e.source)
    branching = any(item.options for p in pages for item in p.items) or any(p.ending for p in pages)
    # reachable from the start
    start = pages[0].id
    seen = {start}
    todo = [start]
    while todo:
        for nxt in succ[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    for p in pages:
        if p.id not in seen:
            report.error("unreachable-page", f"page '{p.id}' cannot be reached from the start ('{start}')", p.pos,
                         hint="point a choice option or a goto at it, or mark it `part: back` if it is back matter",
                         page=p.id)
    if not branching:
        return
    # dead ends: a story page that is not an ending and leads nowhere
    for p in pages:
        if not succ[p.id] and not p.ending:
            report.error("dead-end", f"page '{p.id}' leads nowhere and is not an ending", p.pos,
                         hint="add `ending: true`, a `goto:`, or a choice", page=p.id)
    # every page must be able to reach an ending, else a reader is trapped in a loop without exit
    can_end = {p.id for p in pages if p.ending}
    changed = True
    while changed:
        changed = False
        for pid, nxts in succ.items():
            if pid not in can_end and any(n in can_end for n in nxts):
                can_end.add(pid)
                changed = True
    for p in pages:
        if p.id in seen and p.id not in can_end and succ[p.id]:
            report.error("story-loop", f"from page '{p.id}' no path reaches an ending (a loop without an exit)",
                         p.pos, hint="give the loop a choice or goto that leads to an ending", page=p.id)
    if not any(p.ending for p in pages):
        report.error("no-ending", "the story has choices but no page with `ending: true`", pages[-1].pos,
                     hint="mark each ending page with `ending: true`")


def to_dot(book: m.Book, numbers: dict[str, int]) -> str:
    lines = ["digraph story {", '  rankdir=TB;', '  node [shape=box, fontname="Helvetica"];']
    for p in story_pages(book):
        shape = ', shape=doubleoctagon' if p.ending else ''
        lines.append(f'  "{p.id}" [label="{p.id}\\np. {numbers.get(p.id, "?")}"{shape}];')
    for e in edges(book):
        attr = f' [label="{e.label}"]' if e.kind == "choice" else (' [style=dashed]' if e.kind == "goto" else "")
        lines.append(f'  "{e.source}" -> "{e.target}"{attr};')
    lines.append("}")
    return "\n".join(lines) + "\n"


def to_text(book: m.Book, numbers: dict[str, int]) -> str:
    out = []
    by_source: dict[str, list[Edge]] = {}
    for e in edges(book):
        by_source.setdefault(e.source, []).append(e)
    for p in story_pages(book):
        head = f"p.{numbers.get(p.id, '?'):>3}  {p.id}"
        if p.ending:
            out.append(f"{head}  ◼ ending")
            continue
        targets = ", ".join(
            (f"{e.label} → {e.target} (p.{numbers.get(e.target, '?')})" if e.kind == "choice"
             else f"{e.kind} → {e.target} (p.{numbers.get(e.target, '?')})") for e in by_source.get(p.id, []))
        out.append(f"{head}  {targets}")
    return "\n".join(out) + "\n"
