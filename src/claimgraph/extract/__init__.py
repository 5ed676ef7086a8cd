"""Extraction: a spaCy pipeline plus claimgraph's components, and the records they yield."""
