"""Load a project's scripts into the book model, reporting every problem in one pass."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from comic import editions
from comic import model as m
from comic.diagnostics import Pos, Report
from comic.script import schema as s
from comic.script.errors import did_you_mean, report_validation
from comic.script.layouts import LayoutError, resolve_layout
from comic.script.yamlsrc import Located, load_yaml

BOOK_FILE = Path("scripts/book.yaml")


def _rel(root: Path, path: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def _validate(cls: type, src: Located, report: Report) -> Any | None:
    try:
        return cls.model_validate(src.data if src.data is not None else {})
    except ValidationError as err:
        report_validation(err, cls, src, report)
        return None




class _Builder:
    """Builds model objects from validated documents; `src` gives positions for each document path."""

    def __init__(self, root: Path, report: Report, source_language: str, languages: tuple[str, ...]):
        self.root = root
        self.report = report
        self.lang = source_language
        self.languages = languages

    def text(self, value: Any, pos: Pos) -> m.Localized:
        if isinstance(value, dict):
            texts = dict(value)
            if self.lang not in texts:
                self.report.error("no-source-text", f"inline translations give no '{self.lang}' text",
                                  pos, hint=f"add `{self.lang}: ...` — the source language is {self.lang}")
            for lang in texts:
                if lang not in self.languages:
                    self.report.warning("unknown-language", f"text for '{lang}', which is not in the book's languages",
                                        pos, hint=f"add {lang} to `languages:` in scripts/book.yaml, or remove it")
            return m.Localized(texts, self.lang)
        return m.Localized({self.lang: value if value is not None else ""}, self.lang)

    def opt_text(self, value: Any, pos: Pos) -> m.Localized | None:
        return None if value is None else self.text(value, pos)

    def art(self, value: Any, pos: Pos) -> m.Art:
        if value is None:
            return m.Art(None, pos=pos)
        if isinstance(value, str):
            return m.Art(value, pos=pos)
        return m.Art(value.file, value.fit, value.focus, value.offset, value.scale, pos=pos)


def load_book(root: Path, report: Report) -> m.Book | None:
    """Read scripts/book.yaml and its scene files under root. Returns None only if nothing usable was found."""
    root = Path(root)
    book_path = root / BOOK_FILE
    if not book_path.is_file():
        report.error("no-book", f"no book file at {BOOK_FILE}", Pos(str(BOOK_FILE)),
                     hint="run `comic new DIR` for a new project, or run comic from the project's folder (or pass --project)")
        return None
    src = load_yaml(book_path, report, str(BOOK_FILE))
    if src is None:
        return None
    if not isinstance(src.data, dict):
        report.error("wrong-type", "the book file must be a mapping of keys (title:, languages:, scenes:, …)",
                     src.pos(()), hint="see docs/script-format.md")
        return None
    spec = _validate(s.BookSpec, src, report)
    salvaged = spec is None
    if spec is None:
        spec = _salvage_book(src.data)
    raw_scenes = src.data.get("scenes") if isinstance(src.data.get("scenes"), list) else []
    lang = spec.source_language if spec else str(src.data.get("source_language") or "en")
    languages = tuple(spec.languages) if spec else (lang,)
    if spec and lang not in languages:
        report.error("source-not-built", f"languages: the source language '{lang}' is not in the list",
                     src.pos(("languages",)), hint=f"add {lang} to `languages:`")
        languages = (lang,) + languages
    if spec and len(set(languages)) != len(languages):
        dup = next(l for l in languages if languages.count(l) > 1)
        report.error("duplicate-language", f"languages: '{dup}' is listed twice", src.pos(("languages",)),
                     hint="list each language once")
        languages = tuple(dict.fromkeys(languages))
    b = _Builder(root, report, lang, languages)

    scenes: list[m.Scene] = []
    seen_scene_files: dict[str, Pos] = {}
    scripts_dir = (root / "scripts").resolve()
    for i, rel in enumerate(raw_scenes):
        if not isinstance(rel, str):
            continue  # already reported by validation
        pos = src.pos(("scenes", i))
        path = (root / "scripts" / rel).resolve()
        if not path.is_relative_to(scripts_dir):
            report.error("path-escape", f"scenes[{i}]: '{rel}' is outside scripts/", pos,
                         hint="keep scene files under scripts/ and write the path relative to it")
            continue
        if rel in seen_scene_files:
            report.error("duplicate-scene-file", f"scenes[{i}]: '{rel}' is listed twice (first at line {seen_scene_files[rel].line})",
                         pos, hint="list each scene file once")
            continue
        seen_scene_files[rel] = pos
        if not path.is_file():
            existing = [str(p.relative_to(scripts_dir)) for p in scripts_dir.rglob("*.y*ml") if p.name != "book.yaml"]
            guess = did_you_mean(rel, existing)
            report.error("missing-scene-file", f"scenes[{i}]: the scene file '{rel}' does not exist", pos,
                         hint=f"did you mean '{guess}'?" if guess else "create it, or fix the path (relative to scripts/)")
            continue
        scene = _load_scene(path, _rel(root, path), b)
        if scene is not None:
            scenes.append(scene)

    if spec is None:
        return None
    characters = {
        cid: m.Character(cid, b.text(c.name, src.pos(("characters", cid, "name"))), c.balloon, c.color,
                         src.pos(("characters", cid), key=True))
        for cid, c in spec.characters.items()
    }
    p = spec.page
    book = m.Book(
        root=root, file=str(BOOK_FILE),
        title=b.text(spec.title, src.pos(("title",))),
        subtitle=b.opt_text(spec.subtitle, src.pos(("subtitle",))),
        credits=b.opt_text(spec.credits, src.pos(("credits",))),
        source_language=lang, languages=languages,
        page_format=m.PageFormat(p.trim[0], p.trim[1], p.bleed, p.safe, p.margin, p.gutter, p.border,
                                 p.border_color),
        lettering=m.Lettering(spec.lettering.font, tuple(spec.lettering.fallbacks), spec.lettering.size,
                              spec.lettering.min_size, spec.lettering.leading, spec.lettering.caps,
                              spec.lettering.hyphenate),
        balloons=m.BalloonStyle(**spec.balloons.model_dump()),
        characters=characters, scenes=tuple(scenes), pos=src.pos(()), allow_missing_art=spec.allow_missing_art,
        editions=editions.from_spec(spec, root, src),
    )
    from comic.script.semantics import check_book
    check_book(book, report)
    return None if salvaged else book


def _salvage_book(data: dict) -> s.BookSpec | None:
    """A book spec with every invalid top-level key dropped (or replaced by a placeholder if required),
    so the scenes can still be checked against its characters and languages."""
    data = dict(data)
    for _ in range(3):
        try:
            return s.BookSpec.model_validate(data)
        except ValidationError as err:
            for e in err.errors(include_url=False):
                key = e["loc"][0] if e["loc"] else None
                if key is None:
                    return None
                field = s.BookSpec.model_fields.get(str(key))
                if field is None:
                    data.pop(key, None)
                elif field.is_required():
                    data[key] = {"title": "?", "scenes": ["?"]}.get(str(key))
                else:
                    data.pop(key, None)
    return None


def _load_scene(path: Path, display: str, b: _Builder) -> m.Scene | None:
    report = b.report
    src = load_yaml(path, report, display)
    if src is None:
        return None
    if not isinstance(src.data, dict):
        report.error("wrong-type", "a scene file must be a mapping (scene:, title:, pages:)", src.pos(()),
                     hint="start the file with `scene: my-scene` and `pages:`")
        return None
    head = _validate(s.SceneHead, src, report)
    if head is None:
        return None
    pages = []
    for pi, raw in enumerate(head.pages):
        ppath = ("pages", pi)
        try:
            page = s.PageDoc.model_validate(raw)
        except ValidationError as err:
            report_validation(err, s.PageDoc, src, report, prefix=ppath)
            page = _salvage(raw, err)
            if page is None:
                continue
        try:
            layout = resolve_layout(page.layout, len(page.panels))
        except LayoutError as e:
            report.error("bad-layout", f"{_name(src, ppath)}.layout: {e.message}", src.pos(ppath + ("layout",)), hint=e.hint)
            layout = resolve_layout("grid 1x1", 1)
        panels = []
        for qi, panel in enumerate(page.panels):
            qpath = ppath + ("panels", qi)
            items = tuple(_item(item, page.id, panel.id, src, qpath + ("items", ii), b)
                          for ii, item in enumerate(panel.items))
            panels.append(m.Panel(
                id=panel.id, page=page.id, note=panel.note, art=b.art(panel.art, src.pos(qpath + ("art",))),
                items=items, pos=src.pos(qpath), cell=panel.cell, span=panel.span, rowspan=panel.rowspan,
                bleed=panel.bleed, border=panel.border, border_color=panel.border_color,
                shape=tuple(panel.shape) if panel.shape else None,
                inset=tuple(panel.inset) if panel.inset else None,
                keep_clear=tuple(tuple(r) for r in panel.keep_clear or ()),
            ))
        pages.append(m.Page(
            id=page.id, scene=head.scene, layout=layout, panels=tuple(panels), pos=src.pos(ppath),
            background=b.art(page.background, src.pos(ppath + ("background",))) if page.background else None,
            ending=page.ending, goto=page.goto, part=page.part, title=b.opt_text(page.title, src.pos(ppath + ("title",))),
            where={k: src.pos(ppath + (k,)) for k in ("id", "goto", "layout", "panels") if (ppath + (k,)) in src.values},
        ))
    return m.Scene(head.scene, display, b.opt_text(head.title, src.pos(("title",))), tuple(pages), src.pos(("scene",)))


def _salvage(raw: Any, err: ValidationError) -> s.PageDoc | None:
    """Drop what failed validation (unknown keys, broken items or panels) so the rest of the page is still
    checked for cross-references: one mistake should not hide the next."""
    import copy
    data = copy.deepcopy(raw)
    for _ in range(4):
        for e in sorted(err.errors(include_url=False), key=lambda e: len(e["loc"]), reverse=True):
            _prune(data, tuple(e["loc"]), e["type"] == "extra_forbidden")
        data = _compact(data)
        try:
            return s.PageDoc.model_validate(data)
        except ValidationError as again:
            err = again
    return None


def _prune(data: Any, loc: tuple, is_key: bool) -> None:
    from comic.script.errors import data_path
    path = data_path(data, loc)
    if is_key:
        parent = _walk(data, path[:-1])
        if isinstance(parent, dict):
            parent.pop(path[-1], None)
        return
    for cut in range(len(path) - 1, -1, -1):
        if isinstance(path[cut], int) and cut > 0 and path[cut - 1] in ("items", "panels", "options"):
            parent = _walk(data, path[:cut])
            if isinstance(parent, list) and path[cut] < len(parent):
                parent[path[cut]] = None
            return


def _compact(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _compact(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_compact(v) for v in data if v is not None]
    return data


def _walk(data: Any, path: tuple) -> Any:
    for elem in path:
        try:
            data = data[elem]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _name(src: Located, path: tuple) -> str:
    from comic.script.errors import key_path
    return key_path(src.data, path)


def _item(doc: s.ItemBase, page: str, panel: str, src: Located, path: tuple, b: _Builder) -> m.Item:
    kind = _kind_of(doc)
    text_value = getattr(doc, kind)
    style = doc.style
    extra: dict[str, Any] = {}
    if isinstance(doc, s.Caption):
        extra["voice"] = doc.voice
    if isinstance(doc, s.Chat):
        extra.update(side=doc.side, time=doc.time)
    if isinstance(doc, s.Sfx):
        extra.update(rotate=doc.rotate, size=doc.size, color=doc.color, translate=doc.translate)
    if isinstance(doc, s.TextBlock):
        extra.update(align=doc.align, size=doc.size)
    if isinstance(doc, s.Choice):
        extra["options"] = tuple(
            m.ChoiceOption(o.id, b.text(o.text, src.pos(path + ("options", k, "text"))), o.goto,
                           src.pos(path + ("options", k)))
            for k, o in enumerate(doc.options))
    where = {key: src.pos(path + (key,)) for key in ("id", "by", "at", "tail", kind, "width", "style")
             if path + (key,) in src.values}
    for k, _ in enumerate(getattr(doc, "options", ()) or ()):
        where[f"options.{k}.goto"] = src.pos(path + ("options", k, "goto"))
    return m.Item(
        id=doc.id, kind=kind, text=b.text(text_value, src.pos(path + (kind,))), page=page, panel=panel,
        pos=src.pos(path), by=doc.by, at=doc.at, tail=doc.tail, width=doc.width,
        style=m.StyleOverride(**style.model_dump()) if style else m.StyleOverride(),
        where=where, **extra,
    )


def _kind_of(doc: s.ItemBase) -> str:
    for kind, cls in s.ITEM_KINDS.items():
        if type(doc) is cls:
            return kind
    raise AssertionError(type(doc))
