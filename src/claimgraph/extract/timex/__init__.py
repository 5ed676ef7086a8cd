"""Temporal expressions: recognition by rules and normalization to TimeML values."""
