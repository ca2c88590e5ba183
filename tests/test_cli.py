"""The `comic` command as a user meets it: exit codes, one-line errors, the scaffold that builds at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import edit


def comic(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    return subprocess.run([sys.executable, "-m", "comic", *args], cwd=cwd, capture_output=True, text=True,
                          env=env, timeout=300)


def test_bad_command_line_exits_2(tmp_path: Path):
    r = comic("build", "--no-such-flag", cwd=tmp_path)
    assert r.returncode == 2
    assert "unrecognized arguments: --no-such-flag" in r.stderr
    assert "Traceback" not in r.stderr


def test_unknown_command_exits_2(tmp_path: Path):
    r = comic("bulid", cwd=tmp_path)
    assert r.returncode == 2 and "invalid choice" in r.stderr


def test_check_outside_a_project(tmp_path: Path):
    r = comic("check", cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr.startswith("scripts/book.yaml: no book file at scripts/book.yaml — run `comic new DIR`")


def test_malformed_yaml_one_line_no_traceback(project: Path):
    scene = project / "scripts/scenes/01-start.yaml"
    scene.write_text(scene.read_text() + "\n  - broken: [unclosed\n")
    r = comic("check", cwd=project)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr + r.stdout
    first = r.stderr.splitlines()[0]
    assert first.startswith("scripts/scenes/01-start.yaml:") and first.count(":") >= 3


def test_three_mistakes_two_files_json(project: Path):
    edit(project / "scripts/book.yaml", "title: {en: My First", "titel: {en: My First")
    edit(project / "scripts/scenes/01-start.yaml", "            by: sam\n", "            by: samm\n")
    edit(project / "scripts/scenes/01-start.yaml", "at: [0.6, 0.2]", "at: [0.6]")
    r = comic("check", "--format", "json", cwd=project)
    assert r.returncode == 1
    diags = json.loads(r.stdout)
    errors = [(d["file"], d["line"], d["col"], d["code"]) for d in diags if d["severity"] == "error"]
    assert errors == [("scripts/book.yaml", 4, 1, "unknown-key"),
                      ("scripts/scenes/01-start.yaml", 13, 17, "unknown-speaker"),
                      ("scripts/scenes/01-start.yaml", 22, 17, "bad-value")]
    speaker = next(d for d in diags if d["code"] == "unknown-speaker")
    assert speaker["item"] == "sam-hi" and speaker["page"] == "p1" and speaker["panel"] == "a"


def test_check_clean_project_exits_0(project: Path):
    r = comic("check", cwd=project)
    assert r.returncode == 0, r.stderr


def test_unknown_language_is_a_user_error(project: Path):
    r = comic("build", "--lang", "xx", cwd=project)
    assert r.returncode == 1
    assert "--lang xx: the book has no language 'xx'" in r.stderr


def test_new_project_builds(tmp_path: Path):
    target = tmp_path / "x"
    r = comic("new", str(target), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    r = comic("build", cwd=target)
    assert r.returncode == 0, r.stderr
    manifest = json.loads((target / "build" / "manifest.json").read_text())
    screens = [o for o in manifest["outputs"] if o["kind"] == "screen"]
    assert {o["language"] for o in screens} == {"en", "de"}
    for o in screens:
        pdf = target / o["path"]
        assert pdf.read_bytes().startswith(b"%PDF-")
        import hashlib
        assert hashlib.sha256(pdf.read_bytes()).hexdigest() == o["sha256"]
        assert o["pages"] == 1
    # the same inputs give byte-identical PDFs
    before = {o["path"]: o["sha256"] for o in screens}
    assert comic("build", "--no-preview", cwd=target).returncode == 0
    after = {o["path"]: o["sha256"] for o in json.loads((target / "build" / "manifest.json").read_text())["outputs"]
             if o["kind"] == "screen"}
    assert before == after


def test_new_refuses_non_empty_dir(tmp_path: Path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "keep.txt").write_text("mine")
    r = comic("new", str(tmp_path / "x"), cwd=tmp_path)
    assert r.returncode == 1 and "already exists and is not empty" in r.stderr
    assert (tmp_path / "x" / "keep.txt").read_text() == "mine"


def test_failed_build_keeps_last_good_pdf(project: Path):
    assert comic("build", "--no-preview", "--lang", "en", cwd=project).returncode == 0
    pdf = next((project / "build" / "en").glob("*.pdf"))
    good = pdf.read_bytes()
    edit(project / "scripts/scenes/01-start.yaml", "by: sam\n", "by: nobody\n")
    r = comic("build", "--no-preview", "--lang", "en", cwd=project)
    assert r.returncode == 1
    assert pdf.read_bytes() == good


def test_schema_command_prints_json(tmp_path: Path):
    r = comic("schema", "scene", cwd=tmp_path)
    assert r.returncode == 0
    assert "properties" in json.loads(r.stdout)


def test_help_starts_without_the_heavy_libraries() -> None:
    """`comic --help` answers at once: command modules import their implementation when they run."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "comic", "--help"], capture_output=True,
                         text=True, check=True)
    loaded = {line.rsplit("|", 1)[-1].strip() for line in out.stderr.splitlines() if "|" in line}
    assert not {"pydantic", "pikepdf", "reportlab", "PIL"} & loaded, sorted(loaded)
