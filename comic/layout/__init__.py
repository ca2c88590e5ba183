"""Layout: page boxes, panel shapes and art placement, in PDF points. Computes; never draws."""

from comic.layout.pages import layout_book, page_boxes

__all__ = ["layout_book", "page_boxes"]
