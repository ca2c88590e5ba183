"""Sample artwork for the DISRUPT comic: a generator of one flat-vector SVG per panel (see panels/README.md)."""
