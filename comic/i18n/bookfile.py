"""Adding a language to scripts/book.yaml by editing one line, so the writer's comments and layout survive.

Re-dumping the YAML would lose every comment, so the edit is textual: append to a one-line flow list
(`languages: [en, de]`), append an item to a block list, or add a `languages:` line after
`source_language:`. The edited text is parsed again and accepted only if the data differs from before in
exactly that one new language; otherwise nothing is written and the user is told the line to change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from comic.atomic import atomic_write
from comic.diagnostics import Report
from comic.script.yamlsrc import load_yaml_text


@dataclass(frozen=True)
class LanguageEdit:
    changed: bool          # the file was edited
    line: int | None       # the line now holding the language (or to edit by hand)
    manual: str | None     # when not changed and not already there: what the user should do


_FLOW = re.compile(r"^(?P<head>\s*languages\s*:\s*\[)(?P<body>[^\]#]*?)(?P<tail>\s*\]\s*(#.*)?)$")


def add_language(book_path: Path, lang: str, source_language: str = "en") -> LanguageEdit:
    text = book_path.read_text(encoding="utf-8")
    before = load_yaml_text(text, Report(), str(book_path))
    if before is None or not isinstance(before.data, dict):
        return LanguageEdit(False, None, f"add {lang} to `languages:` in {book_path.name}")
    current = before.data.get("languages")
    if isinstance(current, list) and lang in current:
        return LanguageEdit(False, before.pos(("languages",)).line, None)

    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"  # so a line can be added after the last one
    edited, line_no = _edit(lines, before, lang, source_language)
    want = dict(before.data)
    want["languages"] = (list(current) if isinstance(current, list) else [source_language]) + [lang]
    if edited is not None:
        after = load_yaml_text(edited, Report(), str(book_path))
        if after is not None and after.data == want:
            atomic_write(book_path, edited)
            return LanguageEdit(True, line_no, None)
    shown = ", ".join(str(x) for x in want["languages"])
    return LanguageEdit(False, line_no, f"edit {book_path.name} so it reads `languages: [{shown}]`")


def _edit(lines: list[str], src, lang: str, source_language: str) -> tuple[str | None, int | None]:
    current = src.data.get("languages")
    if current is None:
        if "languages" in src.data:
            return None, src.keys[("languages",)].line      # `languages:` with no value
        for key in ("source_language", "title"):
            if (key,) not in src.keys:
                continue
            key_pos, value_pos = src.keys[(key,)], src.values.get((key,))
            if key_pos.col != 1 or value_pos is None or value_pos.line != key_pos.line:
                return None, key_pos.line                    # a multi-line value: do not guess where it ends
            newline = _newline(lines[key_pos.line - 1])
            new = f"languages: [{source_language}, {lang}]{newline}"
            return "".join(lines[:key_pos.line] + [new] + lines[key_pos.line:]), key_pos.line + 1
        return None, None
    if not isinstance(current, list) or not current:
        return None, src.keys[("languages",)].line
    key_line = src.keys[("languages",)].line
    first = src.values[("languages", 0)]
    last = src.values[("languages", len(current) - 1)]
    line = lines[key_line - 1]
    match = _FLOW.match(line.rstrip("\r\n"))
    if match and first.line == key_line and last.line == key_line:
        body = match.group("body").rstrip()
        sep = ", " if ", " in body or len(current) == 1 else ","
        new = f"{match.group('head')}{body}{sep}{lang}{match.group('tail')}{_newline(line)}"
        return "".join(lines[:key_line - 1] + [new] + lines[key_line:]), key_line
    if last.line > key_line:
        item_line = lines[last.line - 1]
        dash = re.match(r"^(\s*-\s+)", item_line)
        if dash and _FLOW.match(item_line) is None:
            new = f"{dash.group(1)}{lang}{_newline(item_line)}"
            return "".join(lines[:last.line] + [new] + lines[last.line:]), last.line + 1
    return None, key_line


def _newline(line: str) -> str:
    return "\r\n" if line.endswith("\r\n") else "\n"
