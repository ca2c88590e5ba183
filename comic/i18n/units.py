"""The translatable strings of a book, in reading order, each under the stable key translations use.

A key never depends on the text or on where it sits, so moving a balloon to another page or fixing a typo
keeps its translations attached: items key on their id, options on `<item>.<option>`, everything else on
what it names (`character:<id>`, `book:title`, `scene:<id>:title`, `page:<id>:title`).

Positions are looked up again in the YAML so each string points at the line holding its own text (not the
start of its item), and a writer's trailing `# comment` on that line reaches the translator.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from comic import model as m
from comic.diagnostics import Pos, Report
from comic.script.yamlsrc import Located, load_yaml

META_KEYS = ("book:title", "book:subtitle", "book:credits")
_META_SHAPE = re.compile(r"^(book:(title|subtitle|credits)|scene:[^:]+:title|page:[^:]+:title)$")

KIND_LABELS = {
    "speech": "speech balloon",
    "thought": "thought balloon",
    "whisper": "whisper balloon",
    "shout": "shout balloon (jagged)",
    "electronic": "voice from a phone, radio or TV",
    "caption": "caption box",
    "sfx": "sound effect in the art",
    "chat": "chat message on a phone screen",
    "text": "text block",
    "choice": "choice question",
}

# The lettering markup writers use; translators must keep it.
_MARKUP = (("*", "*…* marks emphasis: keep it around the matching words"),
           ("~", "~ is a non-breaking space: keep the two sides together"),
           ("\n", "a line break is forced where the source breaks"),
           ("{page:", "{page:…} becomes a page number: copy it unchanged"))

COMMENT_WIDTH = 78  # polib's default wrap width: comments pre-wrapped like polib keeps a round trip exact


@dataclass(frozen=True)
class Unit:
    """One translatable string."""

    key: str                                   # msgctxt
    source: str                                # msgid
    pos: Pos                                   # where its source text is written
    comments: tuple[str, ...] = ()             # extracted comments for the translator, one line each
    inline: dict[str, str] = field(default_factory=dict, hash=False, compare=False)  # lang -> script translation
    item: str | None = None
    page: str | None = None
    panel: str | None = None

    @property
    def reference(self) -> tuple[str, str]:
        return (self.pos.file, str(self.pos.line))


def is_meta_key(key: str) -> bool:
    return bool(_META_SHAPE.match(key))


def option_key(item_id: str, option_id: str) -> str:
    return f"{item_id}.{option_id}"


class _Locator:
    """YAML positions of texts, read again from the script files (errors there were reported by the loader)."""

    def __init__(self, root: Path):
        self.root = root
        self.files: dict[str, Located | None] = {}
        self.lines: dict[str, list[str]] = {}

    def src(self, file: str) -> Located | None:
        if file not in self.files:
            path = self.root / file
            self.files[file] = load_yaml(path, Report(), file) if path.is_file() else None
            try:
                self.lines[file] = path.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError):
                self.lines[file] = []
        return self.files[file]

    def where(self, file: str, path: tuple, source_language: str, fallback: Pos) -> tuple[Pos, str | None]:
        """Position of the source text at path (inside an inline-translation mapping if there is one) and
        the writer's trailing comment on that line."""
        src = self.src(file)
        if src is None:
            return fallback, None
        if path + (source_language,) in src.values:
            path = path + (source_language,)
        if path not in src.values:
            return fallback, None
        pos = src.values[path]
        return pos, self._comment(file, pos)

    def _comment(self, file: str, pos: Pos) -> str | None:
        lines = self.lines.get(file) or []
        if not 0 < pos.line <= len(lines):
            return None
        rest = lines[pos.line - 1][pos.col - 1:]
        match = _TRAILING_COMMENT.match(rest)
        return (match.group(1).strip() or None) if match else None

    def page_path(self, file: str, page_id: str) -> tuple | None:
        src = self.src(file)
        pages = src.data.get("pages") if src and isinstance(src.data, dict) else None
        for i, page in enumerate(pages if isinstance(pages, list) else []):
            if isinstance(page, dict) and page.get("id") == page_id:
                return ("pages", i)
        return None

    def item_path(self, file: str, page_path: tuple | None, panel_id: str, item_id: str) -> tuple | None:
        if page_path is None:
            return None
        page = self.src(file).data["pages"][page_path[1]]
        panels = page.get("panels") if isinstance(page.get("panels"), list) else []
        for qi, panel in enumerate(panels):
            if not isinstance(panel, dict) or panel.get("id") != panel_id:
                continue
            items = panel.get("items") if isinstance(panel.get("items"), list) else []
            for ii, item in enumerate(items):
                if isinstance(item, dict) and item.get("id") == item_id:
                    return page_path + ("panels", qi, "items", ii)
        return None


# A single-line scalar (plain, or quoted) followed by `  # comment`.
_TRAILING_COMMENT = re.compile(
    r"""^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|(?:[^#\s]|\s(?!#)|(?<!\s)\#)*?)\s+\#(.*)$""")


def _wrap(lines: list[str]) -> tuple[str, ...]:
    """Pre-wrap comment lines exactly as polib would on save, so a written file reads back to equal entries."""
    out: list[str] = []
    for line in lines:
        line = " ".join(line.split())
        if not line:
            continue
        if len(line) + 3 > COMMENT_WIDTH:
            out += [w[3:] for w in textwrap.wrap(line, COMMENT_WIDTH, initial_indent="#. ",
                                                 subsequent_indent="#. ", break_long_words=False)]
        else:
            out.append(line)
    return tuple(out)


def _markup_hints(text: str) -> list[str]:
    return [hint for mark, hint in _MARKUP if mark in text]


def _chars(text: str) -> str:
    n = len(text)
    return f"source {n} char{'s' if n != 1 else ''}"


def collect(book: m.Book) -> list[Unit]:
    """Every translatable string of the book in reading order: book texts, characters, then scene by scene."""
    loc = _Locator(book.root)
    lang = book.source_language
    units: list[Unit] = []
    seen: set[str] = set()

    def add(key: str, text: m.Localized | None, path: tuple, file: str, fallback: Pos, comments: list[str],
            **where) -> None:
        if text is None or not text.source.strip() or key in seen:
            return  # an empty msgid would be the PO header; a duplicate key is reported by the loader
        seen.add(key)
        pos, note = loc.where(file, path, lang, fallback)
        lines = list(comments)
        if note:
            lines.append(f"writer's note: {note}")
        lines += _markup_hints(text.source)
        inline = {k: v for k, v in text.texts.items() if k != lang and isinstance(v, str) and v.strip()}
        units.append(Unit(key, text.source, pos, _wrap(lines), inline, **where))

    add("book:title", book.title, ("title",), book.file, book.pos, [f"book title, {_chars(book.title.source)}"])
    if book.subtitle:
        add("book:subtitle", book.subtitle, ("subtitle",), book.file, book.pos,
            [f"book subtitle, {_chars(book.subtitle.source)}"])
    if book.credits:
        add("book:credits", book.credits, ("credits",), book.file, book.pos,
            [f"credits line, {_chars(book.credits.source)}"])
    for cid, char in book.characters.items():
        add(f"character:{cid}", char.name, ("characters", cid, "name"), book.file, char.pos,
            [f"character name ({cid}), {_chars(char.name.source)}"])

    for scene in book.scenes:
        add(f"scene:{scene.id}:title", scene.title, ("title",), scene.file, scene.pos,
            [f"scene title (table of contents), {_chars(scene.title.source) if scene.title else ''}"])
        for page in scene.pages:
            ppath = loc.page_path(scene.file, page.id)
            if page.title is not None:
                add(f"page:{page.id}:title", page.title, (ppath or ("?",)) + ("title",), scene.file, page.pos,
                    [f"page title (PDF outline), page {page.id}, {_chars(page.title.source)}"], page=page.id)
            for panel in page.panels:
                for item in panel.items:
                    if item.kind == "sfx" and not item.translate:
                        continue
                    ipath = loc.item_path(scene.file, ppath, panel.id, item.id) or ("?",)
                    fallback = item.where.get(item.kind, item.pos)
                    head = _item_comments(book, page, panel, item)
                    add(item.id, item.text, ipath + (item.kind,), scene.file, fallback,
                        [f"{_label(item)}, {_chars(item.text.source)}"] + head,
                        item=item.id, page=page.id, panel=panel.id)
                    for k, opt in enumerate(item.options):
                        add(option_key(item.id, opt.id), opt.text, ipath + ("options", k, "text"), scene.file,
                            opt.pos, [f"choice option '{opt.id}' (turns to page {opt.goto}), {_chars(opt.text.source)}",
                                      f"question: {item.text.source}"] + head,
                            item=item.id, page=page.id, panel=panel.id)
    return units


def _label(item: m.Item) -> str:
    label = KIND_LABELS.get(item.kind, item.kind)
    if item.kind == "caption":
        label = "caption box, inner monologue" if item.voice == "monologue" else "caption box, narration"
    if item.kind == "chat" and item.time:
        label += f" (sent {item.time})"
    return label


def _item_comments(book: m.Book, page: m.Page, panel: m.Panel, item: m.Item) -> list[str]:
    out = []
    if item.by:
        char = book.characters.get(item.by)
        name = char.name.source if char else item.by
        out.append(f"speaker: {name}" + (f" ({item.by})" if name.lower() != item.by else ""))
    out.append(f"page {page.id}, panel {panel.id}")
    if panel.note:
        out.append(f"art: {panel.note}")
    return out
