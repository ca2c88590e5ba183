"""Golden messages: each broken script gives the exact file, line, column and message a writer sees."""

from __future__ import annotations

from pathlib import Path

import pytest

from comic.diagnostics import Report
from comic.script import load_book
from tests.conftest import edit

BOOK = "scripts/book.yaml"
SCENE = "scripts/scenes/01-start.yaml"

# (name, file to edit, old text, new text, expected "file:line:col: message" prefix of one diagnostic)
CASES = [
    ("yaml-syntax", SCENE, "at: [0.3, 0.2]", "at: [0.3, 0.2",
     "scripts/scenes/01-start.yaml:15:17: expected ',' or ']', but got ':' (while parsing a flow sequence) — close the list"),
    ("tab-indent", SCENE, "        note: Wide shot", "\tnote: Wide shot",
     "scripts/scenes/01-start.yaml:9:1: found character '\\t' that cannot start any token (while scanning for the next token) — indent with spaces, not tabs"),
    ("unknown-key-book", BOOK, "title: {en: My First", "titel: {en: My First",
     "scripts/book.yaml:4:1: titel: unknown key 'titel' — did you mean 'title'?"),
    ("unknown-key-page", SCENE, "    layout: grid 2x2", "    layout: grid 2x2\n    endng: true",
     "scripts/scenes/01-start.yaml:7:5: pages[p1].endng: unknown key 'endng' — did you mean 'ending'?"),
    ("unknown-key-item", SCENE, "            tail: [0.25, 0.7]", "            tial: [0.25, 0.7]",
     "scripts/scenes/01-start.yaml:15:13: pages[p1].panels[a].items[sam-hi].tial: unknown key 'tial' — did you mean 'tail'?"),
    ("item-without-kind", SCENE, "            sfx: {en: CLINK", "            sxf: {en: CLINK",
     "scripts/scenes/01-start.yaml:27:13: pages[p1].panels[c].items[clink]: this item has no kind — did you mean 'sfx:'?"),
    ("item-two-kinds", SCENE, "            sfx: {en: CLINK, de: KLIRR}", "            sfx: {en: CLINK, de: KLIRR}\n            caption: Clink.",
     "scripts/scenes/01-start.yaml:29:13: pages[p1].panels[c].items[clink].caption: an item has one kind, and this one already has another — move the 'caption' text into an item of its own"),
    ("bad-unit", BOOK, "bleed: 3mm", "bleed: 3",
     "scripts/book.yaml:9:10: page.bleed: the length 3 has no unit — write it as 3mm, 3in or 3pt"),
    ("unknown-unit", BOOK, "safe: 5mm", "safe: 5px2",
     "scripts/book.yaml:10:9: page.safe: '5px2' is not a length"),
    ("bad-trim", BOOK, "trim: A5", "trim: A7",
     "scripts/book.yaml:8:9: page.trim: 'A7' is not a page size"),
    ("wrong-type-list", BOOK, "languages: [en, de]", "languages: en",
     "scripts/book.yaml:6:12: languages: expected a list (lines starting with '- '), got 'en' — write it as a list: [en]"),
    ("bad-language", BOOK, "languages: [en, de]", "languages: [en, German]",
     "scripts/book.yaml:6:17: languages[1]: 'German' is not a language code — use an ISO 639 code"),
    ("missing-scene-file", BOOK, "  - scenes/01-start.yaml", "  - scenes/01-start.yaml\n  - scenes/01-strat.yaml",
     "scripts/book.yaml:18:5: scenes[1]: the scene file 'scenes/01-strat.yaml' does not exist"),
    ("scene-outside-scripts", BOOK, "  - scenes/01-start.yaml", "  - scenes/01-start.yaml\n  - ../../etc/passwd",
     "scripts/book.yaml:18:5: scenes[1]: '../../etc/passwd' is outside scripts/"),
    ("duplicate-key", SCENE, "            by: kim\n", "            by: kim\n            by: sam\n",
     "scripts/scenes/01-start.yaml:22:13: the key 'by' appears twice in this mapping (first at line 21)"),
    ("duplicate-item-id", SCENE, "id: narration-end", "id: sam-hi",
     "scripts/scenes/01-start.yaml:33:17: item id 'sam-hi' is already used at scripts/scenes/01-start.yaml:11:13"),
    ("duplicate-panel-id", SCENE, "      - id: b\n", "      - id: a\n",
     "scripts/scenes/01-start.yaml:16:9: panel id 'a' appears twice on page 'p1' (first at line 8)"),
    ("unknown-speaker", SCENE, "            by: sam\n", "            by: samm\n",
     "scripts/scenes/01-start.yaml:13:17: item 'sam-hi': unknown speaker 'samm' — did you mean 'sam'?"),
    ("speech-without-speaker", SCENE, "            by: kim\n", "",
     "scripts/scenes/01-start.yaml:19:13: item 'kim-coffee': a speech item needs a speaker"),
    ("bad-point", SCENE, "at: [0.6, 0.2]", "at: [0.6]",
     "scripts/scenes/01-start.yaml:22:17: pages[p1].panels[b].items[kim-coffee].at: expected `auto` or a point [x, y]"),
    ("point-far-outside", SCENE, "tail: [0.5, 0.6]", "tail: [5, 60]",
     "scripts/scenes/01-start.yaml:23:19: pages[p1].panels[b].items[kim-coffee].tail: [5.0, 60.0] is far outside the panel"),
    ("bad-id", SCENE, "id: kim-coffee", "id: Kim Coffee!",
     "scripts/scenes/01-start.yaml:19:17: pages[p1].panels[b].items[Kim Coffee!].id: 'Kim Coffee!' is not a valid id"),
    ("missing-item-id", SCENE, "          - id: clink\n            sfx:", "          - sfx:",
     "scripts/scenes/01-start.yaml:27:13: pages[p1].panels[c].items[0]: missing required key 'id' — give it a short unique id"),
    ("unknown-layout", SCENE, "layout: grid 2x2", "layout: gird 2x2",
     "scripts/scenes/01-start.yaml:6:13: pages[p1].layout: unknown layout 'gird 2x2' — did you mean 'grid 2x2'?"),
    ("too-many-panels", SCENE, "layout: grid 2x2", "layout: grid 1x3",
     "scripts/scenes/01-start.yaml:8:7: page 'p1' has more panels than its layout has cells (3)"),
    ("unknown-goto", SCENE, "    layout: grid 2x2", "    layout: grid 2x2\n    goto: p9",
     "scripts/scenes/01-start.yaml:7:11: page 'p1': goto names an unknown page 'p9'"),
    ("bad-choice-literal", SCENE, "            caption: {en:", "            voice: naration\n            caption: {en:",
     "scripts/scenes/01-start.yaml:34:20: pages[p1].panels[d].items[narration-end].voice: 'naration' is not allowed here — did you mean 'narration'?"),
    ("bad-color", BOOK, "characters:", "balloons:\n  fill: white\ncharacters:",
     "scripts/book.yaml:12:9: balloons.fill: 'white' is not a colour"),
    ("out-of-range", BOOK, "characters:", "lettering:\n  leading: 5\ncharacters:",
     "scripts/book.yaml:12:12: lettering.leading: 5 is out of range — use a value at most 2.0"),
    ("missing-art", SCENE, "        note: Close-up", "        art: panels/nothere.png\n        note: Close-up",
     "scripts/scenes/01-start.yaml:25:14: artwork 'panels/nothere.png' does not exist"),
    ("art-escapes", SCENE, "        note: Close-up", "        art: ../../secret.png\n        note: Close-up",
     "scripts/scenes/01-start.yaml:25:14: artwork '../../secret.png' is outside the project"),
    ("source-text-missing", SCENE, 'speech: {en: "I brought coffee.", de:', 'speech: {fr: "I brought coffee.", de:',
     "scripts/scenes/01-start.yaml:20:21: inline translations give no 'en' text"),
    ("custom-tag", SCENE, "note: Close-up", "note: !!python/object:os.system Close-up",
     "scripts/scenes/01-start.yaml:25:15: the tag 'tag:yaml.org,2002:python/object:os.system' is not allowed"),
    ("unknown-page-ref", SCENE, 'caption: {en: "And so the day began."', 'caption: {en: "See page {page:p2}."',
     "scripts/scenes/01-start.yaml:34:22: item 'narration-end': {page:p2} names an unknown page — use the id of a page in the book"),
    ("scene-not-mapping", SCENE, "scene: start\ntitle: {en: The start, de: Der Anfang}\npages:\n", "- scene: start\n- title: The start\n- pages:\n",
     "scripts/scenes/01-start.yaml:2:1: a scene file must be a mapping"),
]


def diagnose(root: Path) -> list[str]:
    report = Report()
    load_book(root, report)
    return [d.text() for d in report.sorted()]


@pytest.mark.parametrize("name,file,old,new,expected", CASES, ids=[c[0] for c in CASES])
def test_golden_message(project: Path, name, file, old, new, expected):
    edit(project / file, old, new)
    messages = diagnose(project)
    assert any(m.startswith(expected) for m in messages), "\n".join(messages)


def test_at_least_25_kinds():
    assert len({c[0] for c in CASES}) >= 25


def test_clean_template_has_no_problems(project: Path):
    assert diagnose(project) == []


def test_three_mistakes_in_two_files_all_reported(project: Path):
    edit(project / BOOK, "title: {en: My First", "titel: {en: My First")
    edit(project / SCENE, "            by: sam\n", "            by: samm\n")
    edit(project / SCENE, "at: [0.6, 0.2]", "at: [0.6]")
    messages = diagnose(project)
    assert [m.split(": ")[0] for m in messages] == [
        "scripts/book.yaml:4:1", "scripts/scenes/01-start.yaml:13:17", "scripts/scenes/01-start.yaml:22:17"]


def test_billion_laughs_refused(project: Path):
    lol = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 9):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lol.append(f"{cur}: &{cur} [" + ", ".join([f"*{prev}"] * 9) + "]")
    (project / SCENE).write_text("\n".join(lol) + "\nscene: x\npages: [*i]\n", encoding="utf-8")
    messages = diagnose(project)
    assert any("aliases in this file expand to more than" in m for m in messages), messages


def test_plain_aliases_are_allowed(project: Path):
    edit(project / SCENE, "at: [0.3, 0.2]", "at: &top [0.3, 0.2]")
    edit(project / SCENE, "at: [0.6, 0.2]", "at: *top")
    assert diagnose(project) == []


def test_yaml_1_1_traps_are_plain_strings(project: Path):
    """`no` is Norwegian, not false; 21:04 is a time, not the integer 1264."""
    from comic.script.yamlsrc import load_yaml_text
    loc = load_yaml_text("languages: [en, no]\ntime: 21:04\non: yes\n", Report(), "x.yaml")
    assert loc.data == {"languages": ["en", "no"], "time": "21:04", "on": "yes"}


def test_an_alias_inside_its_own_anchor_is_an_error_not_a_hang():
    from comic.script.yamlsrc import load_yaml_text

    report = Report()
    loc = load_yaml_text("a: &x [1, *x]\nb: &y {c: 1}\nd: *y\n", report, "t.yaml")
    assert [d.text() for d in report.items] == [
        "t.yaml:1:4: an alias refers to itself — remove the alias or point it at another anchor"]
    assert loc.data["d"] == {"c": 1}               # a plain alias elsewhere is fine
