"""Analysis on the stored graph: evidence paths, corroboration, contradictions, timelines."""

from claimgraph.analyze.contradictions import Contradiction, Side, contradictions
from claimgraph.analyze.corroboration import (
    Corroboration,
    EventCorroboration,
    FactCorroboration,
    Origin,
    ResponsibilityClaim,
    corroborate,
    origins,
)
from claimgraph.analyze.facts import (
    FactSupport,
    PredicateGroup,
    RelationFact,
    relation_groups,
)
from claimgraph.analyze.graph import EventReport, build_graph, find_nodes
from claimgraph.analyze.paths import EvidencePath, Hop, Link, evidence_paths
from claimgraph.analyze.support import Conclusion, DocumentSupport, Premise, conclusions
from claimgraph.analyze.timeline import TimelineEntry, timeline
from claimgraph.model.timeml import DateSpan, date_span

__all__ = [
    "Conclusion",
    "Contradiction",
    "Corroboration",
    "DateSpan",
    "DocumentSupport",
    "EventCorroboration",
    "EventReport",
    "EvidencePath",
    "FactCorroboration",
    "FactSupport",
    "Hop",
    "Link",
    "Origin",
    "PredicateGroup",
    "Premise",
    "RelationFact",
    "ResponsibilityClaim",
    "Side",
    "TimelineEntry",
    "build_graph",
    "conclusions",
    "contradictions",
    "corroborate",
    "date_span",
    "evidence_paths",
    "find_nodes",
    "origins",
    "relation_groups",
    "timeline",
]
