"""Value types of the script format, each with one clear message when a writer gets it wrong.

Each type is a pydantic Annotated type with a plain validator (one error, not one per union member) and an
explicit JSON Schema, so the editor's autocompletion and our own checks agree.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import PlainValidator, WithJsonSchema

from comic.units import UnitError, parse_length, parse_size

ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
COLOR_RE = re.compile(r"^#([0-9a-fA-F]{6})$|^cmyk\(\s*\d+(\.\d+)?%?(\s*,\s*\d+(\.\d+)?%?){3}\s*\)$")


def _id(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError("expected an id such as `mara-hello` (lowercase letters, digits, '-' and '_')")
    if not ID_RE.match(value):
        suggestion = re.sub(r"[^a-z0-9_-]+", "-", value.lower()).strip("-") or "item-1"
        raise ValueError(f"'{value}' is not a valid id — use lowercase letters, digits, '-' and '_', e.g. '{suggestion}'")
    return value


def _lang(value: Any) -> str:
    if not isinstance(value, str) or not LANG_RE.match(value):
        raise ValueError(f"'{value}' is not a language code — use an ISO 639 code such as en, bg, de, mt")
    return value


def _text(value: Any) -> str | dict[str, str]:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        bad = [k for k in value if not isinstance(k, str) or not LANG_RE.match(k)]
        if bad:
            raise ValueError(f"'{bad[0]}' is not a language code — inline translations look like {{en: Hello, bg: Здравей}}")
        nonstr = [k for k, v in value.items() if not isinstance(v, (str, int, float)) or isinstance(v, bool)]
        if nonstr:
            raise ValueError(f"the '{nonstr[0]}' text must be plain text, not a list or mapping")
        return {k: str(v) for k, v in value.items()}
    raise ValueError("expected text, or inline translations such as {en: Hello, bg: Здравей}")


def _length(value: Any) -> float:
    try:
        return parse_length(value)
    except UnitError as e:
        raise ValueError(str(e)) from None


def _size(value: Any) -> tuple[float, float]:
    try:
        return parse_size(value)
    except UnitError as e:
        raise ValueError(str(e)) from None


def _point(value: Any) -> tuple[float, float]:
    if (isinstance(value, list) and len(value) == 2
            and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)):
        x, y = float(value[0]), float(value[1])
        if not (-1.0 <= x <= 2.0 and -1.0 <= y <= 2.0):
            raise ValueError(f"[{x}, {y}] is far outside the panel — panel coordinates run from 0 to 1 "
                             "(a little outside means off-panel)")
        return (x, y)
    raise ValueError("expected a point [x, y] in panel coordinates, 0..1 from the panel's top-left, e.g. [0.3, 0.2]")


def _placement(value: Any) -> tuple[float, float] | str:
    if value == "auto":
        return "auto"
    try:
        return _point(value)
    except ValueError:
        raise ValueError("expected `auto` or a point [x, y] in panel coordinates (0..1 from the top-left), e.g. [0.3, 0.2]") from None


def _fraction(value: Any) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value <= 1:
        return float(value)
    raise ValueError(f"expected a fraction between 0 and 1, e.g. 0.4 — got {value!r}")


def _unit(value: Any) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1:
        return float(value)
    raise ValueError(f"expected a number from 0 to 1 — got {value!r}")


def _color(value: Any) -> str:
    if isinstance(value, str) and COLOR_RE.match(value.strip()):
        return value.strip()
    raise ValueError(f"'{value}' is not a colour — write #rrggbb (e.g. '#1a1a1a', quoted) or cmyk(0, 0, 0, 100)")


def _text_schema() -> dict:
    return {"anyOf": [{"type": "string"}, {"type": "object", "propertyNames": {"pattern": LANG_RE.pattern},
                                            "additionalProperties": {"type": "string"}}],
            "description": "Text in the source language, or inline translations {en: ..., bg: ...}. "
                           "Markup: *emphasis*, a newline forces a break, ~ is a non-breaking space."}


LENGTH_SCHEMA = {"anyOf": [{"type": "string", "pattern": r"^\s*-?(\d+(\.\d+)?|\.\d+)\s*(mm|cm|in|pt|px)\s*$"},
                           {"const": 0}],
                 "description": "A length with a unit: mm, cm, in or pt", "examples": ["3mm", "0.125in", "9pt"]}
POINT_SCHEMA = {"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2,
                "description": "[x, y] in panel coordinates, 0..1 from the panel's top-left"}

Id = Annotated[str, PlainValidator(_id), WithJsonSchema({"type": "string", "pattern": ID_RE.pattern})]
Lang = Annotated[str, PlainValidator(_lang), WithJsonSchema({"type": "string", "pattern": LANG_RE.pattern})]
Text = Annotated[Any, PlainValidator(_text), WithJsonSchema(_text_schema())]
Length = Annotated[float, PlainValidator(_length), WithJsonSchema(LENGTH_SCHEMA)]
TrimSize = Annotated[tuple[float, float], PlainValidator(_size), WithJsonSchema(
    {"type": "string", "examples": ["A4", "A5", "B5", "US comic", "US letter", "170mm x 240mm"],
     "description": "A named trim size or WIDTH x HEIGHT with units"})]
Point = Annotated[tuple[float, float], PlainValidator(_point), WithJsonSchema(POINT_SCHEMA)]
Placement = Annotated[Any, PlainValidator(_placement), WithJsonSchema(
    {"anyOf": [{"const": "auto"}, POINT_SCHEMA], "description": "Balloon centre [x, y] in panel coordinates, or auto"})]
Fraction = Annotated[float, PlainValidator(_fraction), WithJsonSchema({"type": "number", "exclusiveMinimum": 0, "maximum": 1})]
Unit = Annotated[float, PlainValidator(_unit), WithJsonSchema({"type": "number", "minimum": 0, "maximum": 1})]
Color = Annotated[str, PlainValidator(_color), WithJsonSchema(
    {"type": "string", "pattern": COLOR_RE.pattern, "examples": ["#000000", "cmyk(0, 0, 0, 100)"]})]
