"""The strings one language's edition letters: translation, then page numbers, then typography."""

from __future__ import annotations

from dataclasses import dataclass

from comic import model as m


@dataclass(frozen=True)
class EditionTexts:
    catalog: object            # comic.i18n.catalog.Catalog
    language: str
    numbers: dict[str, int]

    def _finish(self, text: str) -> str:
        from comic.i18n.typography import apply
        from comic.script.refs import resolve_refs
        return apply(resolve_refs(text, self.numbers), self.language)

    def item(self, item: m.Item) -> str:
        return self._finish(self.catalog.text(item))

    def option(self, item: m.Item, option: m.ChoiceOption) -> str:
        return self._finish(self.catalog.option(item, option))

    def name(self, character: m.Character) -> str:
        return self._finish(self.catalog.name(character))
