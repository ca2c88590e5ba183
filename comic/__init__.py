"""comic: YAML scene scripts and artwork in, print-ready comic PDFs in every language out."""

__version__ = "0.1.0"
