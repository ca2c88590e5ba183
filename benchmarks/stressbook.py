"""The stress book the benchmarks build: 24 pages × 6 panels of noisy 300-ppi art, 12 balloons of 10–25
words per page, six languages. Generated once per parameter set into a cache folder (deterministic)."""

from __future__ import annotations

import os
import random
import shutil
import tempfile
from pathlib import Path

import yaml
from PIL import Image, ImageDraw, ImageFilter

LANGS = ["en", "bg", "de", "it", "mt", "fr"]
TRIM_MM = (170, 240)
MARGIN_MM, GUTTER_MM, BLEED_MM = 10, 4, 3
WORDS = {
    "en": "the message phone evidence police friend night school bus city trust help report secret data".split(),
    "bg": "съобщение телефон доказателство полиция приятел нощ училище автобус град доверие помощ".split(),
    "de": "die Nachricht Telefon Beweis Polizei Freundin Nacht Schule Bus Stadt Vertrauen Hilfe Bericht".split(),
    "it": "il messaggio telefono prova polizia amica notte scuola autobus città fiducia aiuto rapporto".split(),
    "mt": "il-messaġġ telefon evidenza pulizija ħabiba lejl skola karozza belt fiduċja għajnuna rapport".split(),
    "fr": "le message téléphone preuve police amie nuit école bus ville confiance aide rapport secret".split(),
}


def panel_pixels() -> tuple[int, int]:
    """A grid 2x3 cell at 300 ppi (art sized for its panel, as art-specs asks)."""
    w_mm = (TRIM_MM[0] - 2 * MARGIN_MM - GUTTER_MM) / 2
    h_mm = (TRIM_MM[1] - 2 * MARGIN_MM - 2 * GUTTER_MM) / 3
    return round(w_mm / 25.4 * 300), round(h_mm / 25.4 * 300)


def noisy_art(seed: int, size: tuple[int, int]) -> Image.Image:
    """Realistic-compressing content: gradients, shapes and grain, different on every panel."""
    rnd = random.Random(seed)
    w, h = size
    base = Image.linear_gradient("L").resize(size).rotate(rnd.randrange(360), expand=False)
    r = Image.effect_noise(size, 40 + rnd.random() * 20)
    g = Image.blend(base, r, 0.5)
    b = Image.effect_noise(size, 60).filter(ImageFilter.GaussianBlur(1.2))
    img = Image.merge("RGB", (Image.blend(r, base, 0.6), g, b))
    d = ImageDraw.Draw(img)
    for _ in range(12):
        x, y = rnd.randrange(w), rnd.randrange(h)
        s = rnd.randrange(40, 260)
        d.ellipse((x, y, x + s, y + s), fill=tuple(rnd.randrange(256) for _ in range(3)))
    return img


def sentence(rnd: random.Random, lang: str) -> str:
    words = [rnd.choice(WORDS[lang]) for _ in range(rnd.randint(10, 25))]
    return " ".join(words).capitalize() + "."


def make(pages: int = 24, fmt: str = "jpg", root: Path | None = None) -> Path:
    """Write (or reuse) the stress project; returns its root."""
    root = root or Path(os.environ.get("COMIC_BENCH_DIR", Path(tempfile.gettempdir()) / "comic-bench"))
    proj = root / f"stress-{pages}-{fmt}"
    stamp = proj / ".complete"
    if stamp.exists():
        return proj
    shutil.rmtree(proj, ignore_errors=True)
    (proj / "scripts" / "scenes").mkdir(parents=True)
    (proj / "panels").mkdir()
    size = panel_pixels()
    rnd = random.Random(1)
    page_docs = []
    for p in range(pages):
        panels = []
        for q in "abcdef":
            img = noisy_art(p * 10 + ord(q), size)
            path = proj / "panels" / f"p{p + 1:03d}-{q}.{fmt}"
            if fmt == "jpg":
                img.save(path, quality=90)
            else:
                img.save(path, compress_level=6)
            items = []
            for k in range(2):
                items.append({"id": f"p{p + 1}-{q}-{k}", "speech": {l: sentence(rnd, l) for l in LANGS},
                              "by": "a" if k == 0 else "b", "at": [0.3 + 0.4 * k, 0.18 + 0.3 * k],
                              "tail": [0.3 + 0.4 * k, 0.8]})
            panels.append({"id": q, "note": f"Stress panel {q}", "items": items})
        page_docs.append({"id": f"p{p + 1:03d}", "layout": "grid 2x3", "panels": panels})
    (proj / "scripts" / "scenes" / "s.yaml").write_text(
        yaml.safe_dump({"scene": "stress", "pages": page_docs}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    (proj / "scripts" / "book.yaml").write_text(yaml.safe_dump({
        "title": "Stress", "source_language": "en", "languages": LANGS,
        "page": {"trim": f"{TRIM_MM[0]}mm x {TRIM_MM[1]}mm", "bleed": f"{BLEED_MM}mm", "margin": f"{MARGIN_MM}mm",
                 "gutter": f"{GUTTER_MM}mm"},
        "characters": {"a": {"name": "A"}, "b": {"name": "B"}},
        "scenes": ["scenes/s.yaml"]}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    stamp.write_text("ok")
    return proj


if __name__ == "__main__":
    import sys
    print(make(int(sys.argv[1]) if len(sys.argv) > 1 else 24, sys.argv[2] if len(sys.argv) > 2 else "jpg"))
