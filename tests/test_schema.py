"""The JSON Schema editors use accepts the shipped scripts and rejects broken ones (checked with jsonschema)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from comic.commands.schema import schemas
from tests.conftest import REPO, TEMPLATE

SCHEMAS = schemas()


def _validator(kind: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(SCHEMAS[kind])


def _scripts(root: Path):
    yield "book", root / "scripts" / "book.yaml"
    for scene in sorted((root / "scripts").rglob("*.yaml")):
        if scene.name != "book.yaml" and "i18n" not in scene.parts:
            yield "scene", scene


@pytest.mark.parametrize("root", [TEMPLATE, REPO], ids=["template", "disrupt"])
def test_shipped_scripts_validate(root: Path):
    files = list(_scripts(root))
    assert len(files) >= 2
    for kind, path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        errors = sorted(_validator(kind).iter_errors(data), key=str)
        assert not errors, f"{path}: {errors[0].message} at {list(errors[0].path)}"


@pytest.mark.parametrize("kind,data,where", [
    ("book", {"title": "x", "scenes": ["a.yaml"], "titel": "y"}, "titel"),
    ("book", {"title": "x", "scenes": ["a.yaml"], "page": {"bleed": "3"}}, "bleed"),
    ("book", {"title": "x"}, "scenes"),
    ("scene", {"scene": "s", "pages": [{"id": "p", "panels": [{"id": "a", "items": [{"id": "i"}]}]}]}, "items"),
    ("scene", {"scene": "s", "pages": [{"id": "p", "panels": [{"id": "a", "items": [
        {"id": "i", "speech": "hi", "at": [0.5]}]}]}]}, "at"),
    ("scene", {"scene": "s", "pages": [{"id": "P 1"}]}, "id"),
])
def test_broken_scripts_rejected(kind, data, where):
    errors = list(_validator(kind).iter_errors(data))
    assert errors, "the schema accepted a broken script"
    assert any(where in json.dumps(list(e.absolute_path) + [e.message]) for e in errors)


def test_committed_schema_is_current():
    """schema/*.json in the repository is what editors load: it must match the format's definitions."""
    for name, s in SCHEMAS.items():
        committed = json.loads((REPO / "schema" / f"{name}.schema.json").read_text(encoding="utf-8"))
        assert committed == s, f"schema/{name}.schema.json is stale: run `comic schema --write schema`"
