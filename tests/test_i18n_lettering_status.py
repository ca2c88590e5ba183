"""`comic i18n status` counts what the lettering finds per language: overflowing balloons, missing characters."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import edit
from tests.test_cli import comic


def test_status_reports_overflow_and_missing_characters(project: Path):
    edit(project / "scripts/scenes/01-start.yaml", 'de: "Ich habe Kaffee mitgebracht."',
         'de: "Ich habe Kaffee mitgebracht 😀."')
    edit(project / "scripts/scenes/01-start.yaml", "            at: [0.3, 0.2]\n",
         "            at: [0.3, 0.2]\n            style: {width: 0.25, height: 0.08}\n")
    edit(project / "scripts/scenes/01-start.yaml", 'de: "Hallo, Kim! Hier *drüben*!"',
         'de: "Hallo, Kim! Hier drüben, gleich neben der großen Eiche, auf der grünen Bank am Teich!"')
    r = comic("i18n", "status", "--format", "json", cwd=project)
    assert r.returncode == 0, r.stderr
    de = next(row for row in json.loads(r.stdout)["languages"] if row["language"] == "de")
    assert de["overflowing"] == 1
    assert de["missing_chars"] == ["U+1F600"]
    table = comic("i18n", "status", cwd=project).stdout
    assert "overflowing" in table and "U+1F600" in table
