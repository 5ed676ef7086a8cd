"""Analysis on the stored graph: evidence paths, corroboration, contradictions, timelines."""
