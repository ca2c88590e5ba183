"""Long builds show editions and pages on a terminal as they are drawn, and nothing anywhere else."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest

from comic.build import build_project
from comic.diagnostics import Report


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("workers", [1, 2])
def test_a_terminal_sees_pages_counted_up_to_the_book(project: Path, monkeypatch, workers: int) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    report = Report()
    result = build_project(project, report, previews=False, progress=True, workers=workers)
    assert report.ok
    pages = sum(o.pages for o in result.outputs if o.kind == "screen")     # both languages
    counts = [(int(a), int(b)) for a, b in re.findall(r"(\d+)/(\d+) pages", terminal.getvalue())]
    assert counts[-1] == (pages, pages)                          # every page of both languages, once
    assert [a for a, _ in counts] == sorted(a for a, _ in counts)  # counting up, never back
    assert "[2/2]" in terminal.getvalue()                        # both editions reported done


def test_no_progress_without_a_terminal_or_with_quiet(project: Path, monkeypatch) -> None:
    for stream, progress in ((io.StringIO(), True), (_Terminal(), False)):
        monkeypatch.setattr(sys, "stderr", stream)
        build_project(project, Report(), previews=False, progress=progress, workers=2)
        assert "pages" not in stream.getvalue()
