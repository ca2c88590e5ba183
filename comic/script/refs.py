"""Page references in text: `{page:missing-2}` becomes that page's number in each language's edition.

A translator keeps the placeholder as it is; the number is filled in at build time, so a language that
needs an extra page still prints the right number.
"""

from __future__ import annotations

import re

PAGE_REF = re.compile(r"\{page:([a-z0-9][a-z0-9_-]*)\}")


def page_refs(text: str) -> list[str]:
    return PAGE_REF.findall(text)


def resolve_refs(text: str, numbers: dict[str, int]) -> str:
    if "{page:" not in text:
        return text
    return PAGE_REF.sub(lambda m: str(numbers.get(m.group(1), "?")), text)
