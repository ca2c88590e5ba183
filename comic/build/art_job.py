"""The art layer of an edition, drawn in its own process while the languages are lettered.

Lettering does not need the art, only putting the two together does; so on a two-core laptop a
one-language build letters on one core while the art is converted and drawn on the other, instead of
one after the other. Each language waits for the layer only when its pages are drawn and it is about to
write its file, and writes nothing when the art failed — the last good PDF stays.
"""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

from comic.layout.boxes import PageLayout


class ArtJob:
    """One edition's art layer being drawn by a forked process. Made before the language workers fork,
    so they share its completion event."""

    def __init__(self, layouts: list[PageLayout], out: Path, *, cmyk: bool, cache, stack, workers: int):
        ctx = multiprocessing.get_context("fork")
        self._done = ctx.Event()
        self._ok = ctx.Value("b", 0)
        self._errors, sender = ctx.Pipe(duplex=False)
        self._process = ctx.Process(target=_draw, args=(layouts, out, cmyk, cache, stack, workers, sender,
                                                        self._done, self._ok))
        self._process.start()
        self._parent = os.getpid()
        sender.close()
        self._result: list[tuple[Path | None, str]] | None = None

    def wait(self) -> bool:
        """Block until the layer is drawn; whether the editions may use it: not when an art file could not
        be drawn (the build reports it and keeps the last good PDFs) or the process failed."""
        while not self._done.wait(0.05):
            alive = self._process.is_alive() if os.getpid() == self._parent else _alive(self._process.pid)
            if not alive and not self._done.is_set():
                return False                         # died without a word: treated as failed
        return bool(self._ok.value)

    def finish(self) -> list[tuple[Path | None, str]]:
        """(file, message) of every art file that became a placeholder; None when the process failed."""
        if self._result is None:
            try:
                self._result = self._errors.recv() if self._errors.poll(0) or self.wait() else None
            except (EOFError, OSError):
                self._result = None
            self._process.join()
        return self._result


def layer_digest(layer: Path) -> str:
    """The SHA-256 of an art layer's bytes, remembered beside it. Print editions seed their PDF/X document
    id with it: the layer's cache key names file paths, and the same book built in another folder must
    give the same bytes."""
    from comic.atomic import atomic_write
    marker = layer.with_name(layer.name + ".sha256")
    try:
        text = marker.read_text().strip()
        if len(text) == 64:
            return text
    except OSError:
        pass
    import hashlib
    h = hashlib.sha256()
    with layer.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    atomic_write(marker, h.hexdigest())
    return h.hexdigest()


def _alive(pid: int) -> bool:
    """Whether the process exists, asked by a language worker (which did not start it, so cannot join it;
    a zombie counts as alive, but its `done` event is set by then unless it was killed)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _draw(layouts, out: Path, cmyk: bool, cache, stack, workers: int, sender, done, ok) -> None:
    from comic.render.art import prepare_all
    from comic.render.pdf import render_art_layer
    try:
        stack.register()                             # placeholders are lettered in the primary face
        font = stack.primary.face("regular").name
        placements = [a for lay in layouts for a in [lay.background] + [b.art for b in lay.panels] if a]
        prepare_all(placements, cmyk=cmyk, cache=cache, workers=workers)
        errors = [(e.path, e.message) for e in render_art_layer(layouts, out, cmyk=cmyk, font=font, cache=cache,
                                                                  workers=workers)]
        if errors:
            out.unlink(missing_ok=True)   # never cached with placeholders: the next build must report them too
        elif cmyk:                        # only print editions use it (their PDF/X document id)
            layer_digest(out)             # worked out here, beside the lettering, not after it
        ok.value = 0 if errors else 1
        done.set()                  # before sending: a long list must not keep the languages waiting
        sender.send(errors)
    finally:
        done.set()
        sender.close()
