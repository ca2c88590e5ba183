"""Progress of a long build on the terminal: editions finished and pages drawn, as the workers draw them.

One line, rewritten in place, on a terminal only: silent in CI (no TTY), in pipes and with `-q`. Workers
count pages in a shared integer the main process reads while it waits for them, so the line moves during
a language, not only between languages.
"""

from __future__ import annotations

import multiprocessing
import os
import sys

_PAGES = None            # the shared page counter while a build shows progress (inherited by forked workers)
_SHOWN_BY: tuple[int, "Progress"] | None = None     # the process that prints, and its line


def page_done() -> None:
    """Called by whichever process drew a page; the process that prints updates its line at once."""
    counter = _PAGES
    if counter is None:
        return
    with counter.get_lock():
        counter.value += 1
    if _SHOWN_BY is not None and _SHOWN_BY[0] == os.getpid():
        _SHOWN_BY[1].show()


class Progress:
    def __init__(self, editions: int, pages: int, enabled: bool, stream=None):
        global _PAGES, _SHOWN_BY
        self.stream = stream or sys.stderr
        self.editions, self.pages, self.done = editions, pages, 0
        self.enabled = enabled and editions > 0 and pages > 1 and self.stream.isatty()
        self.label = ""
        self._shown = ""
        _PAGES = multiprocessing.get_context("fork").Value("i", 0) if self.enabled else None
        _SHOWN_BY = (os.getpid(), self) if self.enabled else None

    def show(self) -> None:
        if not self.enabled:
            return
        drawn = min(_PAGES.value, self.pages) if _PAGES is not None else 0
        line = f"[{self.done}/{self.editions}] {drawn}/{self.pages} pages" + (f" · {self.label}" if self.label else "")
        if line != self._shown:
            print(f"\r\033[K{line}", end="", file=self.stream, flush=True)
            self._shown = line

    def step(self, label: str) -> None:
        """One edition finished."""
        self.done += 1
        self.label = f"{label} done"
        self.show()

    def close(self) -> None:
        global _PAGES, _SHOWN_BY
        if self.enabled and self._shown:
            print(file=self.stream, flush=True)
        _PAGES = _SHOWN_BY = None
