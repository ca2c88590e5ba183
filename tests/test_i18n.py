"""The translation workflow as translators and writers live it: PO files in step with the scripts."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import polib
import pytest

from comic.diagnostics import Report, Severity
from comic.i18n import workflow
from comic.i18n.catalog import Catalog
from comic.i18n.po import po_path, pot_path
from comic.i18n.status import book_status
from comic.script import load_book

T0 = datetime(2024, 5, 1, 10, 0, tzinfo=timezone.utc)
T1 = datetime(2024, 6, 2, 12, 30, tzinfo=timezone.utc)

BOOK = """\
# The test book.
title: Test Book
subtitle: A subtitle
source_language: en
languages: [en, de]  # built languages
characters:
  ana:
    name: Ana   # the hero, 12 years old
scenes:
  - scenes/one.yaml
"""

SCENE = """\
scene: one
title: One
pages:
  - id: p1
    title: First page
    layout: grid 2x2
    panels:
      - id: a
        note: Ana at the door.
        items:
          - id: hello
            speech: "Hello, *world*!"
            by: ana
          - id: bang
            sfx: BANG
            translate: false
          - id: boom
            sfx: {en: BOOM, de: BUMM}
      - id: b
        items:
          - id: pick
            choice: Which way?
            options:
              - id: left
                text: Go left
                goto: p2
              - id: right
                text: Go right
                goto: p2
  - id: p2
    layout: splash
    ending: true
    panels:
      - id: a
        items:
          - id: bye
            caption: The end.
"""

KEYS = ["book:title", "book:subtitle", "character:ana", "scene:one:title", "page:p1:title",
        "hello", "boom", "pick", "pick.left", "pick.right", "bye"]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "scripts" / "scenes").mkdir(parents=True)
    (tmp_path / "scripts" / "book.yaml").write_text(BOOK, encoding="utf-8")
    (tmp_path / "scripts" / "scenes" / "one.yaml").write_text(SCENE, encoding="utf-8")
    return tmp_path


def load(root: Path):
    report = Report()
    book = load_book(root, report)
    assert book is not None and report.ok, [d.text() for d in report]
    return book


def edit_scene(root: Path, old: str, new: str) -> None:
    path = root / "scripts" / "scenes" / "one.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def translate(path: Path, texts: dict[str, str]) -> None:
    """What a translator's editor does: set msgstr, clear fuzzy, save."""
    po = polib.pofile(str(path))
    for e in po:
        if e.msgctxt in texts:
            e.msgstr = texts[e.msgctxt]
            if e.fuzzy:
                e.flags.remove("fuzzy")
                e.previous_msgid = None
    po.save()


def entry(path: Path, key: str, obsolete: bool = False) -> polib.POEntry | None:
    for e in polib.pofile(str(path)):
        if e.msgctxt == key and e.obsolete == obsolete:
            return e
    return None


# ---------------------------------------------------------------- extraction

def test_template_holds_every_translatable_string_in_book_order_keyed_by_id(project: Path) -> None:
    done = workflow.extract(load(project), now=T0)
    pot = polib.pofile(str(done.path))
    assert done.path == project / "scripts/i18n/messages.pot"
    assert [e.msgctxt for e in pot] == KEYS          # the sfx with translate: false is not offered
    hello = pot[KEYS.index("hello")]
    assert hello.msgid == "Hello, *world*!"
    assert hello.occurrences == [("scripts/scenes/one.yaml", "12")]
    comments = hello.comment.splitlines()
    assert "speech balloon, source 15 chars" in comments
    assert "speaker: Ana" in comments and "page p1, panel a" in comments and "art: Ana at the door." in comments
    assert any("emphasis" in c for c in comments)
    ana = pot[KEYS.index("character:ana")]
    assert ana.occurrences == [("scripts/book.yaml", "8")]
    assert "writer's note: the hero, 12 years old" in ana.comment
    option = pot[KEYS.index("pick.left")]
    assert "turns to page p2" in option.comment and "question: Which way?" in option.comment


def test_extracting_again_without_changes_leaves_the_template_byte_identical(project: Path) -> None:
    book = load(project)
    first = workflow.extract(book, now=T0)
    before = first.path.read_bytes()
    again = workflow.extract(load(project), now=T1)
    assert not again.written
    assert first.path.read_bytes() == before
    assert "POT-Creation-Date: 2024-05-01 10:00+0000" in before.decode()


def test_changing_a_text_moves_the_template_date(project: Path) -> None:
    workflow.extract(load(project), now=T0)
    edit_scene(project, "The end.", "The very end.")
    done = workflow.extract(load(project), now=T1)
    assert done.written
    assert "POT-Creation-Date: 2024-06-02 12:30+0000" in done.path.read_text()


# ---------------------------------------------------------------- the round trip

def test_translate_update_and_build_round_trip(project: Path) -> None:
    _, results = workflow.update(load(project), Report(), now=T0)
    de = po_path(project, "de")
    assert [r.language for r in results] == ["de"] and results[0].created
    assert entry(de, "boom").msgstr == "BUMM"        # inline translation exported into the PO
    translate(de, {"hello": "Hallo, *Welt*!", "pick": "Welcher Weg?", "character:ana": "Anna"})

    before = de.read_bytes()
    _, results = workflow.update(load(project), Report(), now=T1)
    assert not results[0].written and de.read_bytes() == before

    book = load(project)
    report = Report()
    cat = Catalog.load(book, "de", report)
    items = {item.id: item for item in book.items}
    assert cat.text(items["hello"]) == "Hallo, *Welt*!"
    assert cat.text(items["boom"]) == "BUMM"
    assert cat.text(items["bang"]) == "BANG"          # not offered: the script's text, no complaint
    assert cat.name(book.characters["ana"]) == "Anna"
    assert cat.option(items["pick"], items["pick"].options[0]) == "Go left"
    assert cat.meta("book:title") == "Test Book"
    untranslated = {d.message.split("'")[1] for d in report.items if d.code == "untranslated"}
    assert untranslated == {"book:title", "book:subtitle", "scene:one:title", "page:p1:title", "pick.left",
                            "pick.right", "bye"}


def test_a_changed_source_makes_the_translation_fuzzy_and_keeps_the_old_source(project: Path) -> None:
    workflow.update(load(project), Report(), now=T0)
    de = po_path(project, "de")
    translate(de, {"bye": "Das Ende."})
    edit_scene(project, "caption: The end.", "caption: The end, for now.")
    _, results = workflow.update(load(project), Report(), now=T1)
    assert results[0].merge.changed == ["bye"]
    bye = entry(de, "bye")
    assert bye.fuzzy and bye.msgid == "The end, for now." and bye.msgstr == "Das Ende."
    assert bye.previous_msgid == "The end."
    assert '#| msgid "The end."' in de.read_text()

    report = Report()
    book = load(project)
    cat = Catalog.load(book, "de", report)
    assert cat.text(next(i for i in book.items if i.id == "bye")) == "The end, for now."   # fuzzy is not used
    fuzzy = [d for d in report.items if d.code == "fuzzy-translation"]
    assert len(fuzzy) == 1 and fuzzy[0].severity is Severity.WARNING
    assert fuzzy[0].language == "de" and fuzzy[0].item == "bye"
    assert fuzzy[0].pos.file == "scripts/scenes/one.yaml" and fuzzy[0].pos.line == 37


def test_a_removed_string_becomes_obsolete_and_comes_back_with_its_translation(project: Path) -> None:
    workflow.update(load(project), Report(), now=T0)
    de = po_path(project, "de")
    translate(de, {"bye": "Das Ende."})
    edit_scene(project, "- id: bye\n            caption: The end.", "- id: bye2\n            caption: Goodbye.")
    _, results = workflow.update(load(project), Report(), now=T1)
    assert results[0].merge.obsolete == ["bye"]
    assert entry(de, "bye") is None and entry(de, "bye", obsolete=True).msgstr == "Das Ende."
    assert '#~ msgctxt "bye"' in de.read_text()

    edit_scene(project, "- id: bye2\n            caption: Goodbye.", "- id: bye\n            caption: The end.")
    workflow.update(load(project), Report(), now=T1)
    assert entry(de, "bye").msgstr == "Das Ende." and not entry(de, "bye").fuzzy


def test_a_renamed_id_keeps_its_translation_for_review(project: Path) -> None:
    workflow.update(load(project), Report(), now=T0)
    de = po_path(project, "de")
    translate(de, {"bye": "Das Ende."})
    edit_scene(project, "- id: bye\n", "- id: goodbye\n")
    _, results = workflow.update(load(project), Report(), now=T1)
    assert results[0].merge.renamed == ["goodbye"]
    moved = entry(de, "goodbye")
    assert moved.msgstr == "Das Ende." and moved.fuzzy and moved.previous_msgctxt == "bye"


def test_po_files_pass_msgfmt_and_round_trip_through_polib_unchanged(project: Path) -> None:
    workflow.update(load(project), Report(), now=T0)
    de = po_path(project, "de")
    translate(de, {"bye": "Das Ende.", "hello": 'Er sagte: "Hallo"\nund ging.'})
    edit_scene(project, "caption: The end.", "caption: The end, for now.")
    edit_scene(project, "text: Go right", "text: Go right, quickly")
    edit_scene(project, "- id: hello\n", "- id: hello-there\n")
    workflow.update(load(project), Report(), now=T1)
    for path in (de, pot_path(project)):
        text = path.read_text(encoding="utf-8")
        assert str(polib.pofile(str(path))) == text
    if shutil.which("msgfmt") is None:
        pytest.skip("msgfmt is not installed")
    run = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(de)], capture_output=True, text=True)
    assert run.returncode == 0 and run.stderr == "", run.stderr


def test_strict_builds_fail_on_untranslated_strings(project: Path) -> None:
    book = load(project)
    draft, strict = Report(), Report()
    Catalog.load(book, "de", draft)
    Catalog.load(book, "de", strict, strict=True)
    assert draft.ok and len(draft.warnings) == 10
    assert len(strict.errors) == 10
    hello = next(d for d in strict.errors if d.item == "hello")
    assert hello.language == "de" and hello.pos.line == 12 and hello.page == "p1" and hello.panel == "a"
    assert "comic i18n add de" in hello.hint                   # no PO yet: say how to start one
    source = Report()
    Catalog.load(book, "en", source)
    assert len(source) == 0


def test_a_summarized_draft_build_warns_once_per_language(project: Path) -> None:
    report = Report()
    Catalog.load(load(project), "de", report, summarize=True)
    (warning,) = report.warnings
    assert warning.language == "de" and warning.message.startswith("10 of 11 strings")
    assert len([d for d in report.items if d.code == "untranslated"]) == 11   # the details stay, as info


def test_a_translation_that_loses_markup_is_reported(project: Path) -> None:
    edit_scene(project, "caption: The end.", "caption: Go back to page~{page:p1}.")
    workflow.update(load(project), Report(), now=T0)
    translate(po_path(project, "de"), {"bye": "Zurück zu Seite~{page:p2}.", "hello": "Hallo, *Welt!"})
    report = Report()
    Catalog.load(load(project), "de", report)
    markup = sorted(d.item for d in report.warnings if d.code == "translation-markup")
    assert markup == ["bye", "hello"]


def test_a_broken_po_file_is_one_diagnostic_at_its_line(project: Path) -> None:
    de = po_path(project, "de")
    de.parent.mkdir(parents=True)
    de.write_text('msgid ""\nmsgstr ""\n\nmsgctxt "hello"\nmsgid "Hello, *world*!"\nmsgstr "Hallo"\nnot po at all\n', encoding="utf-8")
    report = Report()
    Catalog.load(load(project), "de", report)
    errors = [d for d in report.errors if d.code == "po-syntax"]
    assert len(errors) == 1 and errors[0].pos.file == "scripts/i18n/de.po" and errors[0].pos.line == 7


# ---------------------------------------------------------------- status

def test_status_counts_translated_fuzzy_and_missing_against_the_scripts(project: Path) -> None:
    workflow.update(load(project), Report(), now=T0)
    de = po_path(project, "de")
    translate(de, {"hello": "Hallo, *Welt*!", "bye": "Das Ende."})
    edit_scene(project, "caption: The end.", "caption: The end, for now.")   # not yet merged: outdated
    (row,) = book_status(load(project), Report(), extra=lambda book, lang: {"overflowing": 2})
    assert (row.total, row.translated, row.fuzzy, row.missing) == (11, 2, 1, 8)
    assert row.fuzzy_keys == ["bye"] and row.extra == {"overflowing": 2}


# ---------------------------------------------------------------- adding a language

def test_adding_a_language_edits_one_line_of_book_yaml_and_keeps_comments(project: Path) -> None:
    added = workflow.add(load(project), "fr", Report(), now=T0)
    text = (project / "scripts/book.yaml").read_text()
    assert "languages: [en, de, fr]  # built languages\n" in text
    assert text.replace(", fr]", "]") == BOOK
    assert added.book_edit.changed and added.book_edit.line == 5
    assert po_path(project, "fr").is_file()
    assert "fr" in load(project).languages


def test_adding_a_language_to_a_block_list(project: Path) -> None:
    book = project / "scripts/book.yaml"
    book.write_text(BOOK.replace("languages: [en, de]  # built languages\n", "languages:\n  - en\n  - de # German\n"))
    workflow.add(load(project), "it", Report(), now=T0)
    assert "  - de # German\n  - it\n" in book.read_text()
    assert load(project).languages == ("en", "de", "it")


def test_an_unusual_languages_list_is_left_alone_with_the_line_to_write(project: Path) -> None:
    book = project / "scripts/book.yaml"
    odd = BOOK.replace("languages: [en, de]  # built languages\n", "languages: [en,\n  de]\n")
    book.write_text(odd)
    added = workflow.add(load(project), "it", Report(), now=T0)
    assert book.read_text() == odd
    assert not added.book_edit.changed and "languages: [en, de, it]" in added.book_edit.manual


# ---------------------------------------------------------------- the command

def comic(*argv: str) -> int:
    from comic.cli import main
    return main(list(argv))


def test_command_status_as_json(project: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(project)
    assert comic("i18n", "update") == 0
    assert "scripts/i18n/de.po: created for German, 11 strings (1 filled from inline translations)" \
        in capsys.readouterr().out
    assert comic("i18n", "-C", str(project), "status", "--format", "json") == 0
    data = json.loads(capsys.readouterr().out)
    (de,) = data["languages"]
    assert (de["language"], de["total"], de["translated"], de["missing"]) == ("de", 11, 1, 10)
    assert comic("i18n", "status", "-C", str(project), "--check") == 1


def test_command_refuses_to_write_from_broken_scripts(project: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(project.parent)
    edit_scene(project, "by: ana", "by: nobody")
    assert comic("i18n", "update", "--project", str(project)) == 1
    err = capsys.readouterr().err
    assert "unknown speaker 'nobody'" in err and "--force" in err
    assert not pot_path(project).exists()


def test_command_rejects_a_bad_language_code(project: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(project)
    assert comic("i18n", "add", "German") == 2
    assert "not a language code" in capsys.readouterr().err
