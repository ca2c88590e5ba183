"""The pick-a-path story graph: reachability, endings, loops without exit, and the DOT/text output."""

from __future__ import annotations

from pathlib import Path

import yaml

from comic.checks.story import check_story, edges, to_dot, to_text
from comic.diagnostics import Report
from comic.script import load_book


def _book(tmp_path: Path, pages: list[dict]):
    (tmp_path / "scripts" / "scenes").mkdir(parents=True)
    (tmp_path / "scripts" / "book.yaml").write_text(yaml.safe_dump(
        {"title": "T", "languages": ["en"], "characters": {"a": {"name": "A"}}, "scenes": ["scenes/s.yaml"]}))
    for p in pages:
        p.setdefault("layout", "splash")
        p.setdefault("panels", [{"id": "a", "note": "n"}])
    (tmp_path / "scripts" / "scenes" / "s.yaml").write_text(yaml.safe_dump({"scene": "s", "pages": pages}))
    report = Report()
    book = load_book(tmp_path, report)
    assert report.ok, [d.text() for d in report]
    report = Report()
    check_story(book, report)
    return book, report


def _choice(*targets: str) -> list[dict]:
    return [{"id": "a", "note": "n", "items": [{"id": f"c-{targets[0]}", "choice": "?", "options": [
        {"id": f"o{i}", "text": t, "goto": t} for i, t in enumerate(targets)]}]}]


def test_valid_branching_story(tmp_path: Path):
    book, report = _book(tmp_path, [
        {"id": "cover", "part": "front"},
        {"id": "start", "panels": _choice("good", "bad")},
        {"id": "good", "ending": True},
        {"id": "bad"},
        {"id": "bad-end", "ending": True},
        {"id": "help", "part": "back"},
    ])
    assert report.ok, [d.text() for d in report]
    assert {(e.source, e.target, e.kind) for e in edges(book)} == {
        ("start", "good", "choice"), ("start", "bad", "choice"), ("bad", "bad-end", "next")}
    numbers = {p.id: i + 1 for i, p in enumerate(book.pages)}
    dot = to_dot(book, numbers)
    assert dot.startswith("digraph story {") and '"start" -> "good" [label="c-good.o0"];' in dot
    assert "p.  2  start  c-good.o0 → good (p.3), c-good.o1 → bad (p.4)" in to_text(book, numbers)


def test_unreachable_page(tmp_path: Path):
    _, report = _book(tmp_path, [
        {"id": "start", "panels": _choice("a-end", "b-end")},
        {"id": "a-end", "ending": True},
        {"id": "orphan", "ending": True},
        {"id": "b-end", "ending": True},
    ])
    assert [d.code for d in report.errors] == ["unreachable-page"]
    assert "page 'orphan' cannot be reached" in report.errors[0].message


def test_dead_end(tmp_path: Path):
    _, report = _book(tmp_path, [
        {"id": "start", "panels": _choice("a", "b-end")},
        {"id": "b-end", "ending": True},
        {"id": "a"},
    ])
    assert [d.code for d in report.errors] == ["dead-end"]


def test_loop_without_exit(tmp_path: Path):
    _, report = _book(tmp_path, [
        {"id": "start", "panels": _choice("x", "end")},
        {"id": "end", "ending": True},
        {"id": "x"},
        {"id": "y", "goto": "x"},
    ])
    codes = sorted(d.code for d in report.errors)
    assert codes == ["story-loop", "story-loop"], [d.text() for d in report]


def test_loop_with_exit_is_fine(tmp_path: Path):
    _, report = _book(tmp_path, [
        {"id": "start", "panels": _choice("end", "again")},
        {"id": "again", "goto": "start"},
        {"id": "end", "ending": True},
    ])
    assert report.ok, [d.text() for d in report]
