"""Facts across documents: one key per relation fact whatever document states it, each
statement as `Evidence`, and how well a fact is supported.

- `relation_key(view)`: subject, predicate, object (or value) and role of a relation.
- `support_evidence(support, publisher)`: the claim behind a relation or event as `Evidence`.
- `fact_support(evidence)`: claims, documents, origins, strength, strongest and weakest claim of
  one fact; `relation_groups` groups an entity's relations by predicate with it (profiles).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Engine

from claimgraph.analyze.evidence import Evidence, counted_origins, strength
from claimgraph.resolve.names import name_key
from claimgraph.store.graph_queries import RelationView, Support
from claimgraph.store.reader import document_publishers


def support_evidence(support: Support, publisher: dict[str, str | None], *, negated: bool = False) -> Evidence:
    return Evidence(
        claim=support.claim, document=support.document, text=support.text or "", source=support.source,
        source_name=support.source_name, via=support.via, certainty=support.certainty or "certain",
        author_stance=support.author_stance or "neutral", negated=negated,
        publisher=publisher.get(support.document), document_title=support.document_title,
        condition=support.condition,
    )


@dataclass
class FactSupport:
    """Everything stated for (and against) one fact across the database."""

    claims: int
    documents: int
    origins: int  # independent origins of the supporting claims that raise strength
    against: int  # claims that negate it
    strength: float
    strongest: Evidence | None
    weakest: Evidence | None
    evidence: list[Evidence] = field(default_factory=list)
    discounted: int = 0  # supporting claims that raise no strength (disputed by the writer, conditional)


def fact_support(evidence: list[Evidence]) -> FactSupport:
    unique = list({(e.claim or e.document, e.text, e.negated): e for e in evidence}.values())
    pro = [e for e in unique if not e.negated]
    ranked = sorted(pro, key=lambda e: -e.weight)
    return FactSupport(
        claims=len(pro), documents=len({e.document for e in pro}), origins=len(counted_origins(pro)),
        against=len(unique) - len(pro), strength=strength(unique) if pro else 0.0,
        strongest=ranked[0] if ranked else None, weakest=ranked[-1] if ranked else None, evidence=unique,
        discounted=sum(not e.raises_strength for e in pro),
    )


def relation_key(view: RelationView) -> tuple[str, ...]:
    """One fact whatever document states it: subject, predicate, object (or value), role."""
    r = view.relation
    target = r.object or f"value:{name_key(r.object_literal or r.object_text or '')}"
    return (r.subject or "", r.predicate, target, r.role or "")


@dataclass
class RelationFact:
    predicate: str
    direction: str  # "out": the entity is the subject; "in": it is the object
    other: str  # the other end: an entity's name or a value
    other_id: str | None
    role: str | None
    times: list[str]
    support: FactSupport


@dataclass
class PredicateGroup:
    predicate: str
    direction: str
    claims: int
    documents: int
    origins: int
    facts: list[RelationFact]


def relation_groups(engine: Engine, entity: str, views: list[RelationView]) -> list[PredicateGroup]:
    """Relations about `entity` (canonical id) by predicate and direction; best supported first."""
    publisher = document_publishers(engine, {v.support.document for v in views})
    facts: dict[tuple, list[RelationView]] = defaultdict(list)
    for view in views:
        facts[relation_key(view)].append(view)
    groups: dict[tuple[str, str], list[RelationFact]] = defaultdict(list)
    for members in facts.values():
        first = members[0]
        r = first.relation
        direction = "out" if r.subject == entity else "in"
        other = (first.object_name or r.object_literal or r.object_text or "?") if direction == "out" else first.subject_name
        evidence = [support_evidence(v.support, publisher, negated=v.relation.negated) for v in members]
        times = sorted({f"{v.relation.time_kind + ' ' if v.relation.time_kind else ''}{v.relation.time}"
                        for v in members if v.relation.time})
        groups[(r.predicate, direction)].append(RelationFact(
            r.predicate, direction, other, r.object if direction == "out" else r.subject, r.role, times,
            fact_support(evidence)))
    out = []
    for (predicate, direction), found in groups.items():
        found.sort(key=lambda f: (-f.support.strength, -f.support.claims, f.other))
        every = [e for f in found for e in f.support.evidence if not e.negated]
        out.append(PredicateGroup(predicate, direction, sum(f.support.claims for f in found),
                                  len({e.document for e in every}), len(counted_origins(every)),
                                  found))
    return sorted(out, key=lambda g: (-g.claims, g.predicate, g.direction))
