"""Entity mentions: spaCy's entities repaired and typed with claimgraph's own lists."""
