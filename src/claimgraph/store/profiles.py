"""Everything known about one entity: its names (with why each joined), type, documents,
mentions, the judgements behind it, and the claims and relations about it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Engine, or_, select

from claimgraph.store.claim_queries import ClaimView, find_claims
from claimgraph.store.curation import find_entity
from claimgraph.store.graph_queries import RelationView, find_relations
from claimgraph.store.known_entities import canonical_of, members_of
from claimgraph.store.resolution_tables import (
    canonical_entities,
    entity_decisions,
    judgements,
    mention_evidence,
)
from claimgraph.store.tables import documents, mentions


@dataclass(frozen=True, slots=True)
class NameUse:
    name: str
    mentions: int
    reasons: tuple[str, ...]  # why mentions of this name belong to the entity


@dataclass(frozen=True, slots=True)
class DocumentUse:
    id: str
    title: str | None
    mentions: int


@dataclass(frozen=True, slots=True)
class MentionRef:
    id: str
    document: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class JudgementView:
    other: str  # the other entity's canonical name
    verdict: str
    source: str
    reason: str
    created_at: str


@dataclass
class EntityProfile:
    id: str
    name: str
    type: str
    aliases: list[str]
    rejected: bool
    ids: list[str]  # every id linked to this entity
    names: list[NameUse] = field(default_factory=list)
    documents: list[DocumentUse] = field(default_factory=list)
    mentions: list[MentionRef] = field(default_factory=list)
    judgements: list[JudgementView] = field(default_factory=list)
    decisions: list[dict] = field(default_factory=list)
    claims: list[ClaimView] = field(default_factory=list)
    relations: list[RelationView] = field(default_factory=list)


def entity_profile(engine: Engine, ref: str) -> EntityProfile:
    with engine.connect() as conn:
        canonical = find_entity(conn, ref, rejected=True)
        row = conn.execute(select(canonical_entities).where(canonical_entities.c.id == canonical)).one()
        ids = sorted(set(members_of(conn, {canonical})[canonical]) | {canonical})
        profile = EntityProfile(row.id, row.name, row.type, list(row.aliases or ()), bool(row.rejected), ids)
        rows = conn.execute(
            select(mentions, documents.c.title, mention_evidence.c.reason)
            .join(documents, documents.c.id == mentions.c.document)
            .outerjoin(mention_evidence, mention_evidence.c.mention == mentions.c.id)
            .where(mentions.c.entity.in_(ids))
            .order_by(mentions.c.document, mentions.c.start_char)
        ).all()
        names: dict[str, list] = defaultdict(list)
        docs: dict[str, list] = defaultdict(list)
        for m in rows:
            names[m.text].append(m.reason)
            docs[m.document].append(m.title)
            profile.mentions.append(MentionRef(m.id, m.document, m.start_char, m.end_char, m.text))
        profile.names = sorted(
            (NameUse(n, len(r), tuple(sorted({x for x in r if x}))) for n, r in names.items()),
            key=lambda u: (-u.mentions, u.name),
        )
        profile.documents = [DocumentUse(d, t[0], len(t)) for d, t in docs.items()]
        found = conn.execute(select(judgements).where(
            or_(judgements.c.entity_a.in_(ids), judgements.c.entity_b.in_(ids))
        ).order_by(judgements.c.created_at)).all()
        others = canonical_of(conn, {j.entity_a for j in found} | {j.entity_b for j in found})
        other_names = dict(conn.execute(
            select(canonical_entities.c.id, canonical_entities.c.name).where(canonical_entities.c.id.in_(set(others.values())))
        ).all())
        for j in found:
            other = j.entity_b if j.entity_a in ids else j.entity_a
            label = other_names.get(others.get(other, other), other)
            if others.get(other) == canonical:
                label = f"{label} (part of this entity)"
            profile.judgements.append(JudgementView(label, j.verdict, j.source, j.reason, j.created_at.isoformat()))
        profile.decisions = [
            {"kind": d.kind, "value": d.value, "created_at": d.created_at.isoformat()}
            for d in conn.execute(select(entity_decisions).where(entity_decisions.c.entity.in_(ids))
                                  .order_by(entity_decisions.c.created_at))
        ]
    if not profile.rejected:
        profile.claims = find_claims(engine, about=canonical)
        profile.relations = find_relations(engine, about=canonical)
    return profile
