"""Diagnostics: every problem the toolkit finds, with where it is and how to fix it.

Stages never print or raise for a user mistake; they add a Diagnostic to a Report and carry on, so one
run reports every problem. The CLI decides how to show them and which exit status they mean.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Iterable, Iterator


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, order=True, slots=True)
class Pos:
    """A place in a source file; line and col are 1-based as editors show them."""

    file: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        if not self.line:
            return self.file
        return f"{self.file}:{self.line}:{self.col}"


@dataclass(frozen=True)
class Diagnostic:
    severity: Severity
    code: str
    message: str
    pos: Pos | None = None
    hint: str | None = None
    language: str | None = None
    page: str | None = None
    panel: str | None = None
    item: str | None = None

    def text(self) -> str:
        where = f"{self.pos}: " if self.pos else ""
        lang = f"[{self.language}] " if self.language else ""
        hint = f" — {self.hint}" if self.hint else ""
        sev = "" if self.severity is Severity.ERROR else f"{self.severity.value}: "
        return f"{where}{sev}{lang}{self.message}{hint}"

    def to_json(self) -> dict:
        d = {
            "severity": self.severity.value,
            "code": self.code,
            "file": self.pos.file if self.pos else None,
            "line": self.pos.line if self.pos else None,
            "col": self.pos.col if self.pos else None,
            "message": self.message + (f" — {self.hint}" if self.hint else ""),
        }
        for key in ("language", "page", "panel", "item"):
            value = getattr(self, key)
            if value is not None:
                d[key] = value
        return d


@dataclass
class Report:
    """Collects diagnostics from every stage of a run."""

    items: list[Diagnostic] = field(default_factory=list)
    root: Path | None = None

    def add(self, severity: Severity, code: str, message: str, pos: Pos | None = None, **kw) -> None:
        self.items.append(Diagnostic(severity, code, message, pos, **kw))

    def error(self, code: str, message: str, pos: Pos | None = None, **kw) -> None:
        self.add(Severity.ERROR, code, message, pos, **kw)

    def warning(self, code: str, message: str, pos: Pos | None = None, **kw) -> None:
        self.add(Severity.WARNING, code, message, pos, **kw)

    def info(self, code: str, message: str, pos: Pos | None = None, **kw) -> None:
        self.add(Severity.INFO, code, message, pos, **kw)

    def extend(self, other: Iterable[Diagnostic]) -> None:
        self.items.extend(other)

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(self.sorted())

    def __len__(self) -> int:
        return len(self.items)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.WARNING]

    @property
    def ok(self) -> bool:
        return not self.errors

    def sorted(self) -> list[Diagnostic]:
        """File order, then line order: the order a writer fixes them in. Duplicates are dropped."""
        seen: set = set()
        out = []
        for d in sorted(self.items, key=lambda d: (d.pos or Pos(""), d.language or "", d.code)):
            key = (d.severity, d.code, d.message, d.pos, d.language, d.item)
            if key not in seen:
                seen.add(key)
                out.append(d)
        return out

    def to_json(self) -> str:
        return json.dumps([d.to_json() for d in self.sorted()], ensure_ascii=False, indent=2)
