"""Layout: page boxes, panel shapes and art placement, in PDF points. Computes; never draws."""
