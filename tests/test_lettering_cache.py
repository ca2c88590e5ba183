"""The lettering cache: a rebuild letters only the pages an edit touched, keeps one file per edition, and
forgets pages the book no longer has."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import comic.lettering.letter as letter
from comic.build import build_project
from comic.build.lettering_cache import _read_index
from comic.diagnostics import Report

SCENE = "scripts/scenes/01-start.yaml"


@pytest.fixture
def book(project: Path) -> Path:
    """The template with three pages (copies of its first, with their own ids)."""
    path = project / SCENE
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    first = doc["pages"][0]
    for n in (2, 3):
        page = yaml.safe_load(yaml.safe_dump(first))
        page["id"] = f"p{n}"
        for panel in page["panels"]:
            for item in panel.get("items", []):
                item["id"] = f"{item['id']}-{n}"
        doc["pages"].append(page)
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return project


def _build(root: Path, calls: list | None = None, monkeypatch=None) -> Report:
    if calls is not None:
        real = letter.letter_page

        def counting(book, layout, language, *args, **kwargs):
            calls.append((layout.page.id, language))
            return real(book, layout, language, *args, **kwargs)
        monkeypatch.setattr(letter, "letter_page", counting)
    report = Report()
    build_project(root, report, previews=False, workers=1)
    assert report.ok, [str(d) for d in report.items]
    return report


def _store(root: Path, name: str) -> dict:
    """The cache file's entries: (page key, None | render key) → where the value is."""
    with open(root / "build" / ".cache" / "lettering" / name, "rb") as f:
        return _read_index(f)


def test_one_edit_letters_one_page_of_one_language(book: Path, monkeypatch) -> None:
    _build(book)
    folder = book / "build" / ".cache" / "lettering"
    assert sorted(p.name for p in folder.iterdir()) == ["de-screen.pages", "en-screen.pages"]
    path = book / SCENE
    text = path.read_text(encoding="utf-8")
    assert text.count("Ich habe Kaffee mitgebracht.") == 3
    # the second page's copy of the line: its id is kim-coffee-2
    doc = yaml.safe_load(text)
    doc["pages"][1]["panels"][1]["items"][0]["speech"]["de"] = "Ich habe Tee mitgebracht."
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    calls: list = []
    _build(book, calls, monkeypatch)
    assert calls == [("p2", "de")]


def test_the_cache_holds_the_book_as_it_is_not_its_history(book: Path) -> None:
    _build(book)
    pages = {key for key, _ in _store(book, "de-screen.pages")}
    english = _store(book, "en-screen.pages").keys()
    assert len(pages) == 3
    path = book / SCENE
    for line in ("Ich habe Tee mitgebracht.", "Ich habe Wasser mitgebracht."):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        doc["pages"][2]["panels"][1]["items"][0]["speech"]["de"] = line
        path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
        _build(book)
    now = {key for key, _ in _store(book, "de-screen.pages")}
    assert len(now) == 3 and len(now & pages) == 2       # the edited page's two earlier versions are gone
    assert _store(book, "en-screen.pages").keys() == english       # the other language: as it was


@pytest.mark.parametrize("damage, lettered", [
    (lambda data: b"not a cache file", ["p1", "p2", "p3"]),
    (lambda data: data[: len(data) // 2], ["p2", "p3"]),        # the first page's records are whole
])
def test_a_damaged_cache_file_is_lettered_again(book: Path, monkeypatch, damage, lettered) -> None:
    _build(book)
    pdf = next((book / "build" / "de").glob("*-de.pdf"))
    good = pdf.read_bytes()
    path = book / "build" / ".cache" / "lettering" / "de-screen.pages"
    path.write_bytes(damage(path.read_bytes()))
    (book / "build" / ".cache" / "editions" / "de-screen.json").unlink()     # as if the text had changed
    calls: list = []
    _build(book, calls, monkeypatch)
    assert sorted(calls) == [(p, "de") for p in lettered]
    assert len({key for key, _ in _store(book, "de-screen.pages")}) == 3
    assert pdf.read_bytes() == good
