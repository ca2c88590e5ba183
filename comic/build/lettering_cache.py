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
import os
import pickle
import struct
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


_MAGIC = b"comic lettered pages 1\n"
_HEAD = struct.Struct("<II")        # sizes of a record's key and value, each pickled


class PageStore:
    """The cached pages of one edition (language and kind): one file, read as the build asks for pages and
    written once, as it goes.

    A file per page cost more than it saved: creating and renaming two small files per page took a tenth of
    a language's build time while the art layer was being written beside them. The file is a run of
    records (key, value), each pickled on its own, so a build holds only an index of the last build's file
    and the pages it is working on — memory does not grow with the page count. Keys are (page key, None) for
    a page's diagnostics and (page key, render key) for its drawn layer. What a build did not ask for (pages
    edited away, pages no longer in the book) is not copied into the new file: it holds the book as it is,
    not its history. `comic watch` also keeps every entry in memory between rebuilds.
    """

    def __init__(self, cache: LetteringCache, name: str):
        self._cache, self._name = cache, name
        self._memory: dict | None = cache.memory.get(name, {}) if cache.remembers else None
        self._old: dict[tuple, tuple[int, int]] | None = None     # the last build's file: key → (offset, size)
        self._old_file = None
        self._new = None                                          # the file being written
        self._written: dict[tuple, tuple[int, int]] = {}
        self._asked: set[str] = set()

    # ------------------------------------------------------------ reading

    def _index(self) -> dict[tuple, tuple[int, int]]:
        if self._old is None:
            self._old = {}
            if self._cache.folder is not None:
                try:
                    self._old_file = open(self._cache.folder / self._name, "rb")    # noqa: SIM115 (kept open: read as asked)
                    self._old = _read_index(self._old_file)
                except FileNotFoundError:
                    pass
                except Exception:       # noqa: BLE001 — a damaged cache file, whatever unpickling it raised: letter again
                    self._old = {}
        return self._old

    def _get(self, key: tuple):
        self._asked.add(key[0])
        if self._memory is not None and key in self._memory:
            return self._memory[key]
        try:
            if key in self._written:
                return _read_value(self._new, *self._written[key])
            where = self._index().get(key)
            if where is None:
                return None
            value = _read_value(self._old_file, *where)
        except Exception:               # noqa: BLE001 — as above: a damaged record is a page to letter again
            return None
        if self._memory is not None:
            self._memory[key] = value
        return value

    def diagnostics(self, key: str) -> list[Diagnostic] | None:
        """What lettering the page reported (a few hundred bytes)."""
        return self._get((key, None))

    def drawn(self, key: str, render: str):
        return self._get((key, render))

    # ------------------------------------------------------------ writing

    def put(self, key: str, diagnostics: list[Diagnostic], render: str | None = None, drawn=None) -> None:
        self._asked.add(key)
        self._write((key, None), diagnostics)
        if drawn is not None:
            self._write((key, render), drawn)

    def _write(self, key: tuple, value) -> None:
        if self._memory is not None:
            self._memory[key] = value
        if self._cache.folder is None:
            return
        try:
            if self._new is None:
                self._write_start()
            self._written[key] = _write_record(self._new, key, pickle.dumps(value, protocol=5))
        except OSError:
            self._drop_new()            # a cache that cannot be written only costs time

    def _temp(self) -> Path:
        return self._cache.folder / f".{self._name}.{os.getpid()}.tmp"

    def save(self) -> None:
        """Complete the new file with the pages asked for and not lettered again, and put it in place — when
        anything changed."""
        if self._memory is not None:
            self._cache.memory[self._name] = {k: v for k, v in self._memory.items() if k[0] in self._asked}
        old = self._index()
        keep = [k for k in old if k[0] in self._asked and k not in self._written]
        try:
            if self._new is None and len(keep) == len(old):
                return                  # nothing lettered, nothing to forget
            if self._new is None:
                self._write_start()
            for key in keep:
                offset, size = old[key]
                self._old_file.seek(offset)
                data = self._old_file.read(size)
                if len(data) == size:       # (a record cut short is dropped, not copied)
                    self._written[key] = _write_record(self._new, key, data)
            self._close_old()
            self._new.close()
            os.replace(self._new.name, self._cache.folder / self._name)
            self._new = None
        except (OSError, ValueError):
            self._drop_new()
        finally:
            self._close_old()

    def _write_start(self) -> None:
        self._cache.folder.mkdir(parents=True, exist_ok=True)
        self._new = open(self._temp(), "w+b")       # noqa: SIM115 (written as pages come)
        self._new.write(_MAGIC)

    def _close_old(self) -> None:
        if self._old_file is not None:
            self._old_file.close()
            self._old_file = None

    def _drop_new(self) -> None:
        if self._new is not None:
            self._new.close()
            Path(self._new.name).unlink(missing_ok=True)
            self._new = None
        self._written.clear()


def _read_index(f) -> dict[tuple, tuple[int, int]]:
    if f.read(len(_MAGIC)) != _MAGIC:
        return {}
    index = {}
    while True:
        head = f.read(_HEAD.size)
        if not head:
            return index
        if len(head) < _HEAD.size:
            raise ValueError("truncated record")
        ksize, vsize = _HEAD.unpack(head)
        key = pickle.loads(f.read(ksize))
        index[key] = (f.tell(), vsize)
        f.seek(vsize, 1)


def _read_value(f, offset: int, size: int):
    end = f.tell()
    f.seek(offset)
    data = f.read(size)
    f.seek(end)
    if len(data) != size:
        raise ValueError("truncated record")
    return pickle.loads(data)


def _write_record(f, key: tuple, value: bytes) -> tuple[int, int]:
    k = pickle.dumps(key, protocol=5)
    f.write(_HEAD.pack(len(k), len(value)))
    f.write(k)
    offset = f.tell()
    f.write(value)
    return offset, len(value)


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
