"""Safe YAML with positions.

PyYAML's safe composer gives us nodes with marks; we build plain Python data from them ourselves so that
every value keeps its file:line:col, duplicate keys are caught instead of silently overwritten, an
exponential alias expansion is refused, and plain scalars follow YAML 1.2's small core schema: `no` stays
the language code for Norwegian and `21:04` stays a time instead of becoming the integer 1264.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from comic.diagnostics import Pos, Report

# Alias expansion budget: far above any real script, far below what hurts.
MAX_EXPANDED_NODES = 200_000
MAX_FILE_BYTES = 5_000_000

_INT = re.compile(r"^[-+]?[0-9]+$")
_FLOAT = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")

Path_ = tuple  # a path into the data: keys and list indexes

# libyaml's composer is about ten times faster than the pure-Python one and keeps the same marks.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Located:
    """Plain data from one YAML file plus where each value and each key came from."""

    data: Any
    file: str
    values: dict[Path_, Pos] = field(default_factory=dict)
    keys: dict[Path_, Pos] = field(default_factory=dict)

    def pos(self, path: Path_, *, key: bool = False) -> Pos:
        """The best position for a path: the key itself if asked, else the value, else its nearest parent."""
        path = tuple(path)
        if key and path in self.keys:
            return self.keys[path]
        while path:
            if path in self.values:
                return self.values[path]
            path = path[:-1]
        return self.values.get((), Pos(self.file, 1, 1))


class _Bomb(Exception):
    pass


class _Builder:
    def __init__(self, file: str, report: Report):
        self.file = file
        self.report = report
        self.expanded = 0
        self.seen: set[int] = set()
        self.active: set[int] = set()            # ids of the collections being built: the current path
        self.loc = Located(None, file)

    def pos(self, node: yaml.Node) -> Pos:
        return Pos(self.file, node.start_mark.line + 1, node.start_mark.column + 1)

    def build(self, node: yaml.Node, path: Path_) -> Any:
        self.expanded += 1
        if self.expanded > MAX_EXPANDED_NODES:
            raise _Bomb()
        key = id(node)
        if key in self.active:                   # an ancestor of itself: only an alias can do that
            self.report.error("yaml-recursive-alias", "an alias refers to itself", self.pos(node),
                              hint="remove the alias or point it at another anchor")
            return None
        mark = node.start_mark
        self.loc.values[path] = Pos(self.file, mark.line + 1, mark.column + 1)
        kind = type(node)
        if kind is yaml.ScalarNode:
            return self.scalar(node)
        if node.tag not in ("tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"):
            self.report.error("yaml-tag", f"the tag '{node.tag}' is not allowed in scene scripts", self.pos(node),
                              hint="remove the !tag; scripts hold plain text, numbers, lists and mappings")
        self.active.add(key)
        try:
            if kind is yaml.SequenceNode:
                return [self.build(child, path + (i,)) for i, child in enumerate(node.value)]
            if kind is yaml.MappingNode:
                return self.mapping(node, path)
            return None
        finally:
            self.active.discard(key)

    def mapping(self, node: yaml.MappingNode, path: Path_) -> dict:
        out: dict = {}
        first: dict = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                merged = self.build(value_node, path)
                for part in merged if isinstance(merged, list) else [merged]:
                    if isinstance(part, dict):
                        for k, v in part.items():
                            out.setdefault(k, v)
                continue
            key = self.build(key_node, path + ("<key>",))
            if not isinstance(key, (str, int, float, bool)) or key is None:
                self.report.error("yaml-bad-key", "a key must be a plain word", self.pos(key_node),
                                  hint="write keys as simple names such as `id:` or `text:`")
                continue
            key = str(key) if not isinstance(key, str) else key
            if key in first:
                self.report.error(
                    "duplicate-key", f"the key '{key}' appears twice in this mapping (first at line {first[key].line})",
                    self.pos(key_node), hint="remove or rename one of them; YAML would silently keep only the last")
                continue
            first[key] = self.pos(key_node)
            self.loc.keys[path + (key,)] = self.pos(key_node)
            out[key] = self.build(value_node, path + (key,))
        return out

    def scalar(self, node: yaml.ScalarNode) -> Any:
        value = node.value
        if node.style in ("'", '"', "|", ">"):
            return value
        if node.tag not in ("tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
                            "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp",
                            "tag:yaml.org,2002:merge", "tag:yaml.org,2002:value"):
            self.report.error("yaml-tag", f"the tag '{node.tag}' is not allowed in scene scripts", self.pos(node),
                              hint="remove the !tag; scripts hold plain text, numbers, lists and mappings")
            return value
        low = value.lower()
        if low in ("", "~", "null"):
            return None
        if low in ("true", "false"):
            return low == "true"
        if _INT.match(value):
            return int(value)
        if _FLOAT.match(value) and any(ch.isdigit() for ch in value):
            return float(value)
        return value


def _one_line(err: yaml.YAMLError) -> str:
    problem = getattr(err, "problem", None) or str(err).splitlines()[0]
    context = getattr(err, "context", None)
    text = problem if not context else f"{problem} ({context})"
    hints = {
        "found character '\\t'": "indent with spaces, not tabs",
        "mapping values are not allowed here": "put quotes around text that contains ': '",
        "could not find expected ':'": "check the indentation and that each key ends with ':'",
        "found undefined alias": "define the anchor (&name) before using *name",
        "expected ',' or ']'": "close the list with ']' or put quotes around text containing ','",
        "expected ',' or '}'": "close the mapping with '}'",
    }
    for key, hint in hints.items():
        if key in text:
            return f"{text} — {hint}"
    return f"{text} — fix the YAML syntax here (check indentation, quotes and brackets)"


_CACHE: dict[tuple, Located] = {}


def load_yaml(path: Path, report: Report, display: str | None = None) -> Located | None:
    """Load one YAML file safely; on a syntax error, add one diagnostic and return None.

    Files that loaded cleanly are remembered by path, size and modification time: the translation
    workflow reads the same files again for positions, and `comic watch` reloads only what changed.
    Callers must not modify the returned data.
    """
    display = display or str(path)
    try:
        st = path.stat()
    except OSError as e:
        report.error("unreadable", f"cannot read the file: {e.strerror}", Pos(display), hint="check the path and permissions")
        return None
    key = (str(path.resolve()), st.st_mtime_ns, st.st_size, display)
    if key in _CACHE:
        return _CACHE[key]
    own = Report()
    loc = _load_uncached(path, own, display)
    report.extend(own.items)
    if loc is not None and not own.items:
        if len(_CACHE) > 256:
            _CACHE.clear()
        _CACHE[key] = loc
    return loc


def _load_uncached(path: Path, report: Report, display: str) -> Located | None:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            report.error("file-too-large", f"the file is {size // 1_000_000} MB, more than a script can be",
                         Pos(display), hint="split it into several scene files")
            return None
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        report.error("encoding", f"the file is not UTF-8 (byte {e.start})", Pos(display, 1, 1),
                     hint="save it as UTF-8 in your editor")
        return None
    except OSError as e:
        report.error("unreadable", f"cannot read the file: {e.strerror}", Pos(display), hint="check the path and permissions")
        return None
    return load_yaml_text(text, report, display)


def load_yaml_text(text: str, report: Report, display: str) -> Located | None:
    try:
        try:
            nodes = list(yaml.compose_all(text, Loader=_LOADER))
        except yaml.YAMLError:
            # Errors are rare: parse again with the pure-Python loader, whose messages are the clearer ones.
            nodes = list(yaml.compose_all(text, Loader=yaml.SafeLoader))
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        pos = Pos(display, mark.line + 1, mark.column + 1) if mark else Pos(display, 1, 1)
        report.error("yaml-syntax", _one_line(e), pos)
        return None
    except yaml.YAMLError as e:
        report.error("yaml-syntax", _one_line(e), Pos(display, 1, 1))
        return None
    if len(nodes) > 1:
        node = nodes[1]
        report.error("yaml-multiple-documents", "the file holds more than one YAML document (a '---' line)",
                     Pos(display, node.start_mark.line + 1, 1), hint="keep one document per file: remove the '---'")
    if not nodes or nodes[0] is None:
        return Located({}, display, {(): Pos(display, 1, 1)})
    builder = _Builder(display, report)
    try:
        data = builder.build(nodes[0], ())
    except _Bomb:
        report.error("yaml-alias-bomb",
                     f"aliases in this file expand to more than {MAX_EXPANDED_NODES:,} values",
                     Pos(display, 1, 1), hint="use fewer nested aliases; scripts never need this many")
        return None
    builder.loc.data = data
    return builder.loc
