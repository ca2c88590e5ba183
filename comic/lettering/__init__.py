"""Fonts, line breaking, balloon shapes and text fitting: computes, never draws."""
