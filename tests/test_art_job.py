"""The art layer is drawn in its own process while languages are lettered; a failure there still fails the
build, keeps the last good PDFs, and is reported again by the next build."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

import comic.render.art as render_art
from comic.build import build_project
from comic.diagnostics import Report


def _with_art(project: Path) -> Path:
    Image.new("RGB", (600, 600), (200, 120, 40)).save(project / "panels" / "p1-a.png")
    return project


def test_art_layer_drawn_while_languages_are_lettered(project: Path) -> None:
    report = Report()
    result = build_project(_with_art(project), report, previews=False)
    assert report.ok, [d.text() for d in report.errors]
    screens = [o for o in result.outputs if o.kind == "screen"]
    assert {o.language for o in screens} == {"en", "de"}
    layers = list((project / "build" / ".cache" / "layers").glob("art-screen-*.pdf"))
    assert len(layers) == 1


def test_art_that_fails_while_drawing_fails_the_build_every_time(project: Path, monkeypatch) -> None:
    _with_art(project)
    report = Report()
    build_project(project, report, previews=False)
    assert report.ok
    pdf = next((project / "build" / "en").glob("*-en.pdf"))
    good = pdf.read_bytes()

    real = render_art.draw_page_art

    def broken(c, layout, **kw):              # forked into the art process with the rest of memory
        errors = real(c, layout, **kw)
        art = layout.panels[0].art
        return errors + [render_art.ArtError(art.path, f"{art.path}: the image cannot be decoded (test)")]

    monkeypatch.setattr(render_art, "draw_page_art", broken)
    (project / "panels" / "p1-a.png").unlink()
    Image.new("RGB", (600, 600), (10, 120, 240)).save(project / "panels" / "p1-a.png")   # a new layer to draw
    for _ in range(2):                         # the failed layer is not cached: the second build says it again
        report = Report()
        result = build_project(project, report, previews=False)
        codes = [d.code for d in report.errors]
        assert codes and set(codes) == {"art-unreadable"}, [d.text() for d in report.items]
        assert report.errors[0].pos.file == "panels/p1-a.png"
        assert not [o for o in result.outputs if o.kind == "screen"]
        assert pdf.read_bytes() == good        # the last good PDF stays


def test_the_same_book_in_another_folder_gives_the_same_print_bytes(project: Path, tmp_path: Path) -> None:
    """The art layer's cache key names file paths; nothing in the finished PDFs may."""
    import shutil

    first = project
    for panel in ("a", "b", "c", "d"):           # print needs every panel's art, at 300 ppi
        Image.new("RGB", (1800, 1800), (40 * ord(panel) % 255, 120, 200)).save(first / "panels" / f"p1-{panel}.png")
    second = tmp_path / "elsewhere" / "deeper" / "proj"
    shutil.copytree(first, second)
    built = []
    for root in (first, second):
        report = Report()
        result = build_project(root, report, print_=True, previews=False, languages=["de"])
        assert report.ok, [d.text() for d in report.errors]
        built.append({o.kind: (root / o.path).read_bytes() for o in result.outputs if o.kind in ("screen", "print")})
    assert set(built[0]) == {"screen", "print"}
    assert built[0] == built[1]
