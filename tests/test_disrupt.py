"""The main integration test: the DISRUPT comic in all six languages.

No errors, no overflowing balloon, no character the fonts lack, a valid story graph, and in every screen
PDF each choice link lands on the page its option names.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from comic.build import build_project, check_project, page_numbers
from comic.diagnostics import Report
from tests.conftest import REPO

LANGUAGES = ["en", "bg", "de", "it", "mt", "fr"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    report = Report()
    out = tmp_path_factory.mktemp("disrupt")
    result = build_project(REPO, report, previews=False, out_dir=out)
    return result, report


def test_check_is_clean_in_every_language():
    report = Report()
    book = check_project(REPO, report)
    assert book is not None and list(book.languages) == LANGUAGES
    bad = [d.text() for d in report.items if d.severity.value in ("error", "warning")]
    assert not bad, bad[:5]


def test_every_language_builds(built):
    result, report = built
    assert report.ok, [d.text() for d in report.errors][:5]
    screens = {o.language: o for o in result.outputs if o.kind == "screen"}
    assert sorted(screens) == sorted(LANGUAGES)
    assert all(o.pages == len(result.book.pages) >= 24 for o in screens.values())
    assert not [d for d in report.items if d.code in ("overflow", "missing-glyph")]


def test_choice_links_land_on_their_pages(built):
    result, _ = built
    book = result.book
    numbers = page_numbers(book)
    expected = sorted((numbers[page.id], numbers[opt.goto]) for page in book.pages for item in page.items
                      for opt in item.options)
    assert len(expected) >= 4                          # two choices, two options each, at least
    for o in result.outputs:
        if o.kind != "screen":
            continue
        pdf = pikepdf.open(Path(o.path) if Path(o.path).is_absolute() else REPO / o.path)
        index = {page.objgen: i + 1 for i, page in enumerate(pdf.pages)}
        found = []
        for i, page in enumerate(pdf.pages):
            for annot in page.obj.get("/Annots", []):
                if annot.get("/Subtype") == "/Link" and "/Dest" in annot:
                    found.append((i + 1, index[annot.Dest[0].objgen]))
        assert sorted(found) == expected, (o.language, found)


def test_story_has_three_endings_all_reachable():
    from comic.checks.story import check_story, edges, story_pages
    report = Report()
    book = check_project(REPO, report, languages=["en"])
    check_story(book, report)
    assert report.ok
    endings = [p.id for p in story_pages(book) if p.ending]
    assert len(endings) == 3
    succ: dict[str, list[str]] = {}
    for e in edges(book):
        succ.setdefault(e.source, []).append(e.target)
    start = story_pages(book)[0].id
    seen, todo = {start}, [start]
    while todo:
        for nxt in succ.get(todo.pop(), []):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    assert set(endings) <= seen
