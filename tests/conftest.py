"""Shared fixtures: a fresh copy of the `comic new` template to break in each test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

TEMPLATE = Path(__file__).resolve().parent.parent / "comic" / "data" / "template"
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def project(tmp_path: Path) -> Path:
    dst = tmp_path / "proj"
    shutil.copytree(TEMPLATE, dst)
    return dst


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not found in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


@pytest.fixture(scope="session")
def icc_profile() -> Path:
    """The CMYK printer profile the repository ships (never skipped: it is part of the project)."""
    path = REPO / "assets" / "icc" / "ISOcoated_v2_300_bas.icc"
    assert path.is_file(), path
    return path
