"""Scene scripts: YAML files in, a validated book model out, with every problem reported at once."""

from comic.script.load import load_book

__all__ = ["load_book"]
