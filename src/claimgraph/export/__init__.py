"""Exports: JSON Lines (the interchange format), and later FtM, GraphML, CSV, ClaimReview."""
