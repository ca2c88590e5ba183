"""Turn pydantic's validation errors into writer-facing diagnostics.

Each error becomes `file:line:col: key.path: what is wrong — how to fix it`, pointing at the key for an
unknown key and at the value otherwise, with a "did you mean" from the keys the format really has.
"""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from comic.diagnostics import Report
from comic.script.schema import ITEM_KINDS
from comic.script.yamlsrc import Located


def did_you_mean(word: str, choices: typing.Iterable[str]) -> str | None:
    import difflib  # only when something is wrong: a clean load does not pay for it

    match = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return match[0] if match else None


def _unwrap(tp: Any) -> list[Any]:
    """The concrete types a field annotation may hold (Optional, Union, Annotated peeled off)."""
    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(tp)[0])
    if origin in (typing.Union, types.UnionType):
        out = []
        for arg in typing.get_args(tp):
            out.extend(_unwrap(arg))
        return out
    return [tp]


def _step(tp: Any, elem: Any) -> Any | None:
    members = _unwrap(tp)
    if isinstance(elem, str) and elem in ITEM_KINDS and ITEM_KINDS[elem] in members and len(members) > 1:
        return ITEM_KINDS[elem]  # a discriminated union's tag
    for t in members:
        origin = typing.get_origin(t)
        if isinstance(t, type) and issubclass(t, BaseModel):
            if isinstance(elem, str) and elem in t.model_fields:
                return t.model_fields[elem].annotation
            if isinstance(elem, str) and elem in ITEM_KINDS and ITEM_KINDS[elem] is t:
                return t
        elif origin is list and isinstance(elem, int):
            return typing.get_args(t)[0]
        elif origin is dict and isinstance(elem, str):
            return typing.get_args(t)[1]
        if isinstance(elem, str) and elem in ITEM_KINDS:
            # a discriminated union tag: the item class itself
            return ITEM_KINDS[elem]
    return None


def model_at(root: type[BaseModel], loc: tuple) -> type[BaseModel] | None:
    tp: Any = root
    for elem in loc:
        tp = _step(tp, elem)
        if tp is None:
            return None
    for t in _unwrap(tp):
        if isinstance(t, type) and issubclass(t, BaseModel):
            return t
    return None


def data_path(data: Any, loc: tuple) -> tuple:
    """Drop the union tags pydantic puts into locations, keeping only keys and indexes present in the data."""
    path = []
    cur = data
    prev: Any = None
    for elem in loc:
        is_tag = isinstance(prev, int) and elem in ITEM_KINDS and isinstance(cur, dict)
        prev = elem
        if is_tag:
            continue
        if isinstance(cur, dict) and elem in cur:
            path.append(elem)
            cur = cur[elem]
        elif isinstance(cur, list) and isinstance(elem, int) and elem < len(cur):
            path.append(elem)
            cur = cur[elem]
        elif isinstance(cur, dict) and not isinstance(elem, int) and elem not in ITEM_KINDS:
            path.append(elem)  # a missing key: keep it for the message
            cur = None
    return tuple(path)


def key_path(data: Any, path: tuple) -> str:
    """A readable key path; list entries are named by their id where they have one."""
    out = ""
    cur = data
    for elem in path:
        if isinstance(elem, int):
            entry = cur[elem] if isinstance(cur, list) and elem < len(cur) else None
            ident = entry.get("id") if isinstance(entry, dict) else None
            out += f"[{ident}]" if isinstance(ident, (str, int)) and not isinstance(ident, bool) else f"[{elem}]"
        else:
            out += f".{elem}" if out else str(elem)
        cur = cur[elem] if isinstance(cur, (dict, list)) and _has(cur, elem) else None
    return out or "(top level)"


def _has(container: Any, elem: Any) -> bool:
    if isinstance(container, dict):
        return elem in container
    return isinstance(elem, int) and elem < len(container)


_TYPE_WORDS = {
    "string_type": "expected text", "int_type": "expected a whole number", "int_parsing": "expected a whole number",
    "float_type": "expected a number", "float_parsing": "expected a number", "bool_type": "expected true or false",
    "bool_parsing": "expected true or false", "list_type": "expected a list (lines starting with '- ')",
    "dict_type": "expected a mapping of keys to values", "model_type": "expected a mapping of keys to values",
    "model_attributes_type": "expected a mapping of keys to values",
    "int_from_float": "expected a whole number",
}


def _value_repr(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return "a mapping" if isinstance(value, dict) else "a list"
    text = repr(value)
    return text if len(text) < 40 else text[:37] + "…'"


def report_validation(err: ValidationError, root: type[BaseModel], src: Located, report: Report,
                      prefix: tuple = ()) -> None:
    data = src.data
    errors = err.errors(include_url=False)
    # a misspelt required key is one mistake: report the unknown key with its "did you mean", not also the missing one
    misspelt = set()
    for e in errors:
        if e["type"] == "extra_forbidden":
            model = model_at(root, tuple(e["loc"])[:-1])
            guess = did_you_mean(e["loc"][-1], model.model_fields) if model else None
            if guess:
                misspelt.add(tuple(e["loc"])[:-1] + (guess,))
    for e in errors:
        if e["type"] == "missing" and tuple(e["loc"]) in misspelt:
            continue
        loc = tuple(e["loc"])
        path = data_path(_get(data, prefix), loc)
        full = prefix + path
        where = key_path(data, full)
        kind = e["type"]
        value = e.get("input")
        hint = None
        if kind == "extra_forbidden":
            model = model_at(root, loc[:-1])
            allowed = sorted(model.model_fields) if model else []
            key = loc[-1]
            if key in ITEM_KINDS and model is not None and model.__name__ in {c.__name__ for c in ITEM_KINDS.values()}:
                msg = f"{where}: an item has one kind, and this one already has another"
                hint = f"move the '{key}' text into an item of its own, with its own id"
            else:
                msg = f"{where}: unknown key '{key}'"
                guess = did_you_mean(key, allowed + (list(ITEM_KINDS) if model and "id" in allowed and "by" in allowed else []))
                hint = f"did you mean '{guess}'?" if guess else (f"allowed keys: {', '.join(allowed)}" if allowed else "remove it")
            report.error("unknown-key", msg, src.pos(full, key=True), hint=hint)
            continue
        if kind == "missing":
            where = key_path(data, full[:-1])
            msg = f"{where}: missing required key '{path[-1] if path else loc[-1]}'"
            hint = _missing_hint(str(loc[-1]))
            report.error("missing-key", msg, src.pos(full[:-1]), hint=hint)
            continue
        if kind == "item_kind":
            keys = list(value) if isinstance(value, dict) else []
            guess = next((g for g in (did_you_mean(k, ITEM_KINDS) for k in keys) if g), None)
            msg = f"{where}: this item has no kind"
            hint = (f"did you mean '{guess}:'?" if guess else f"add one of {', '.join(k + ':' for k in ITEM_KINDS)}")
            if not isinstance(value, dict):
                msg = f"{where}: expected an item (a mapping with an id and a kind such as speech:)"
                hint = "write it as `- id: my-line` with `speech: text` on the next line"
            report.error("item-kind", msg, src.pos(full), hint=hint)
            continue
        if kind == "value_error":
            text = str(e["msg"]).removeprefix("Value error, ")
            if " — " in text:
                text, hint = text.split(" — ", 1)
            report.error("bad-value", f"{where}: {text}", src.pos(full), hint=hint)
            continue
        if kind == "literal_error":
            expected = e.get("ctx", {}).get("expected", "")
            choices = [c.strip().strip("'") for c in expected.replace(" or ", ", ").split(",")]
            guess = did_you_mean(str(value), choices)
            report.error("bad-choice", f"{where}: {_value_repr(value)} is not allowed here",
                         src.pos(full), hint=(f"did you mean '{guess}'?" if guess else f"use one of {expected}"))
            continue
        if kind in ("too_short", "too_long"):
            ctx = e.get("ctx", {})
            n = ctx.get("min_length") if kind == "too_short" else ctx.get("max_length")
            want = "at least" if kind == "too_short" else "at most"
            report.error("bad-length", f"{where}: needs {want} {n} entr{'y' if n == 1 else 'ies'}", src.pos(full),
                         hint="add the missing entries" if kind == "too_short" else "remove the extra entries")
            continue
        if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
            ctx = e.get("ctx", {})
            bound = next(iter(ctx.values()), "")
            word = {"greater_than": "more than", "greater_than_equal": "at least",
                    "less_than": "less than", "less_than_equal": "at most"}[kind]
            report.error("out-of-range", f"{where}: {_value_repr(value)} is out of range", src.pos(full),
                         hint=f"use a value {word} {bound}")
            continue
        if kind in _TYPE_WORDS:
            report.error("wrong-type", f"{where}: {_TYPE_WORDS[kind]}, got {_value_repr(value)}", src.pos(full),
                         hint=_type_hint(kind, value))
            continue
        report.error("invalid", f"{where}: {e['msg']}", src.pos(full), hint="check this value against docs/script-format.md")


def _get(data: Any, path: tuple) -> Any:
    for elem in path:
        data = data[elem]
    return data


def _missing_hint(key: str) -> str:
    return {
        "id": "give it a short unique id such as `id: mara-hello`",
        "scenes": "list the scene files, e.g. `scenes: [scenes/01-home.yaml]`",
        "title": "add `title: ...`",
        "scene": "start the scene file with `scene: my-scene-id`",
        "pages": "add `pages:` with at least one page",
        "goto": "add `goto: <page id>` naming the page the reader turns to",
        "name": "add `name: ...` with the character's display name",
    }.get(key, f"add `{key}: ...`")


def _type_hint(kind: str, value: Any) -> str:
    if kind in ("list_type",) and isinstance(value, str):
        return f"write it as a list: [{value}]"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return "indent the keys under this one, e.g. `key:` then `  name: value` on the next line"
    if kind == "string_type" and isinstance(value, (dict, list)):
        return "put the text in quotes if it contains ': ' or starts with '[' or '{'"
    return "see docs/script-format.md for this key"
