"""Checks: read the model and the outputs, report what a reader, translator or printer would trip on."""
