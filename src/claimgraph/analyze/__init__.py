"""Analysis on the stored graph: evidence paths, corroboration, contradictions, timelines."""

from claimgraph.analyze.corroboration import (
    Corroboration,
    EventCorroboration,
    FactCorroboration,
    Origin,
    ResponsibilityClaim,
    corroborate,
    origins,
)
from claimgraph.analyze.graph import EventReport, build_graph, find_nodes
from claimgraph.analyze.paths import EvidencePath, Hop, Link, evidence_paths

__all__ = [
    "Corroboration",
    "EventCorroboration",
    "EventReport",
    "EvidencePath",
    "FactCorroboration",
    "Hop",
    "Link",
    "Origin",
    "ResponsibilityClaim",
    "build_graph",
    "corroborate",
    "evidence_paths",
    "find_nodes",
    "origins",
]
