"""Translations: gettext PO files per language, the catalogue a build letters from, and typography.

    Catalog.load(book, lang, report, strict=False) -> Catalog   the texts of one language (catalog.py)
    typography.apply(text, lang) / upper(text, lang) / hyphenate(word, lang)
    workflow.extract / update / add, status.book_status       what `comic i18n` runs
"""

from comic.i18n.catalog import Catalog

__all__ = ["Catalog"]
