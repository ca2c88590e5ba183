"""Lettered and drawn pages remembered by everything they depend on, so a rebuild letters and draws only
the pages that changed.

What is kept per page is its diagnostics and its drawn lettering layer (`DrawnPage`: compressed operators
and the glyphs they use) — bytes and tuples that load in microseconds, not the lettered objects.
A page's key covers its geometry, each item's script values and its text in the language, the speakers'
names, the page numbers choices print, the house style, the fonts and the toolkit version, and where each
item is written: diagnostics the page produced are stored with it (a cached page still reports its
overflow), and they must cite the right line.
"""

from __future__ import annotations

import dataclasses
import hashlib
import pickle
from pathlib import Path

from comic import __version__
from comic import model as m
from comic.build.texts import EditionTexts
from comic.diagnostics import Diagnostic, Report
from comic.layout.boxes import PageLayout

_MEMORY: dict[str, object] = {}


def _code_fingerprint() -> str:
    """The lettering code itself is an input: a changed fitting rule must not reuse pages lettered before."""
    h = hashlib.sha256()
    base = Path(__file__).resolve().parent.parent
    for path in sorted((base / "lettering").glob("*.py")) + [base / "i18n" / "typography.py"]:
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


CODE = _code_fingerprint()


def _plain(item: m.Item) -> str:
    """The item without its texts, as text: the same for every language, so worked out once per item
    (remembered with the item itself, so a new parse of the scripts never meets an old entry)."""
    found = _PLAIN.get(id(item))
    if found is not None and found[0] is item:
        return found[1]
    if len(_PLAIN) > 200_000:
        _PLAIN.clear()
    text = repr(dataclasses.replace(item, text=None, options=()))   # positions kept: cached diagnostics cite them
    _PLAIN[id(item)] = (item, text)
    return text


_PLAIN: dict[int, tuple[m.Item, str]] = {}


def remember_items(book: m.Book) -> None:
    for page in book.pages:
        for item in page.items:
            _plain(item)


def _item_key(item: m.Item, texts: EditionTexts, book: m.Book) -> tuple:
    plain = _plain(item)
    speaker = book.characters.get(item.by) if item.by else None
    return (plain, texts.item(item), tuple(texts.option(item, o) for o in item.options),
            tuple(o.goto for o in item.options), texts.name(speaker) if speaker else None)


def page_key(book: m.Book, layout: PageLayout, texts: EditionTexts, fonts: str) -> str:
    h = hashlib.sha256()
    h.update(repr((__version__, CODE, texts.language, fonts, book.lettering, book.balloons, layout.number,
                   layout.boxes, tuple(sorted(texts.numbers.items())))).encode())
    for box in layout.panels:
        h.update(repr((box.panel.key, box.frame, box.bounds, box.panel.keep_clear)).encode())
        for item in box.panel.items:
            h.update(repr(_item_key(item, texts, book)).encode())
    return h.hexdigest()[:32]


def render_key(opts) -> str:
    """What a drawn page depends on beyond its lettering: the options that change its operators, and the
    drawing code itself."""
    return hashlib.sha256(repr((RENDER_CODE, opts.cmyk, opts.marks, opts.slug, opts.proof, opts.links,
                                opts.folio_start)).encode()).hexdigest()[:16]


def _render_fingerprint() -> str:
    h = hashlib.sha256()
    base = Path(__file__).resolve().parent.parent / "render"
    for name in ("content.py", "lettering.py", "marks.py", "proof.py", "pdf.py", "fontfile.py", "color.py"):
        h.update((base / name).read_bytes())
    return h.hexdigest()[:16]


RENDER_CODE = _render_fingerprint()


class LetteringCache:
    """On disk under build/.cache/lettering for separate runs; also in memory for `comic watch`, whose one
    process rebuilds again and again (a one-off build keeps nothing: memory stays flat with page count)."""

    def __init__(self, folder: Path | None, memory: bool = False):
        self.folder = folder
        self.memory: dict = _MEMORY if memory else {}

    @property
    def remembers(self) -> bool:
        """Whether this is `comic watch`'s long-lived process (which may keep things between rebuilds)."""
        return self.memory is _MEMORY

    def pages(self, lang: str, kind: str) -> PageStore:
        """One edition's pages, as the build of that edition reads and writes them."""
        return PageStore(self, f"{lang}-{kind}.pages")

    def _load(self, name: str) -> dict:
        found = self.memory.get(name)
        if found is not None or self.folder is None:
            return found if found is not None else {}
        try:
            with open(self.folder / name, "rb") as f:
                found = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError, ImportError):
            return {}
        return found if isinstance(found, dict) else {}

    def _save(self, name: str, entries: dict) -> None:
        if self.memory is _MEMORY:
            self.memory[name] = entries
        if self.folder is None:
            return
        from comic.atomic import atomic_write
        try:
            atomic_write(self.folder / name, pickle.dumps(entries, protocol=5))
        except OSError:
            pass   # a cache that cannot be written only costs time


class PageStore:
    """The cached pages of one edition (language and kind), in one file read once and written once per build.

    A file per page cost more than lettering does: creating and renaming 48 small files took a tenth of a
    language's build time while the art layer was being written beside them. Entries are keyed by page key
    (and, for drawn layers, the render key); what a build did not ask for — pages edited away, pages no
    longer in the book — is dropped when it saves, so the file holds one edition, not its history.
    """

    def __init__(self, cache: LetteringCache, name: str):
        self._cache, self._name = cache, name
        self._entries: dict | None = None
        self._asked: set[str] = set()
        self._changed = False

    def _all(self) -> dict:
        if self._entries is None:
            self._entries = self._cache._load(self._name)
        return self._entries

    def diagnostics(self, key: str) -> list[Diagnostic] | None:
        """What lettering the page reported (a few hundred bytes)."""
        self._asked.add(key)
        return self._all().get((key, None))

    def drawn(self, key: str, render: str):
        self._asked.add(key)
        return self._all().get((key, render))

    def put(self, key: str, diagnostics: list[Diagnostic], render: str | None = None, drawn=None) -> None:
        entries = self._all()
        self._asked.add(key)
        entries[(key, None)] = diagnostics
        if drawn is not None:
            entries[(key, render)] = drawn
        self._changed = True

    def save(self) -> None:
        """Write the pages this build asked for, when anything changed."""
        if self._entries is None:
            return
        kept = {k: v for k, v in self._entries.items() if k[0] in self._asked}
        if self._changed or len(kept) != len(self._entries):
            self._cache._save(self._name, kept)
            self._entries, self._changed = kept, False


def letter_cached(book: m.Book, layout: PageLayout, texts: EditionTexts, stack, report: Report,
                  cache: PageStore, key: str) -> None:
    """Report what lettering the page reports; letters it only when that is not known yet."""
    diagnostics = cache.diagnostics(key)
    if diagnostics is None:
        from comic.lettering.letter import letter_page
        own = Report()
        letter_page(book, layout, texts.language, texts.item, stack, own, texts.numbers,
                    option_of=texts.option, name_of=texts.name)
        diagnostics = list(own.items)
        cache.put(key, diagnostics)
    report.extend(diagnostics)


def drawn_cached(book: m.Book, layout: PageLayout, texts: EditionTexts, stack, report: Report,
                 cache: PageStore, key: str, opts):
    """The page's drawn lettering layer, from the cache or lettered and drawn now; reports its diagnostics."""
    render = render_key(opts)
    drawn, diagnostics = cache.drawn(key, render), cache.diagnostics(key)
    if drawn is None or diagnostics is None:
        from comic.lettering.letter import letter_page
        from comic.render.pdf import draw_page
        own = Report()
        page = letter_page(book, layout, texts.language, texts.item, stack, own, texts.numbers,
                           option_of=texts.option, name_of=texts.name)
        diagnostics = list(own.items)
        drawn = draw_page(layout, page, opts, stack)
        cache.put(key, diagnostics, render, drawn)
    report.extend(diagnostics)
    return drawn
