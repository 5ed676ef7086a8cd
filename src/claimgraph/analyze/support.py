"""What a conclusion rests on.

- `conclusions(engine, doc)`: a document's concluding claims (`concluding.find_conclusions`:
  a cue such as "therefore", a short conclusion section, the last paragraph of an argued
  article; a report's lead), each with the premises of the same document it rests on: relations
  and events about the entities it names, followed through the document's relation graph for a
  few hops (each premise under the one that brought its entity in), and claims naming those
  entities. Each premise says who asserts it and how (`evidence.standing`: "alleged by the
  writer", "said by X, disputed by the writer"), whether it is hedged, disputed or denied, or
  holds only on a condition, and whether an independent origin outside the document
  corroborates it (`evidence.counted_origins`: what is disputed or conditional counts for none).
- Each conclusion's `summary`: its main claim, how it is held and the condition it stands or
  falls with, and its premises by what they rest on, the most telling first (nearest to what
  the conclusion names, then the weakest): corroborated elsewhere, the writer's word alone, or
  sources of this document only; then those hedged, those that hold only on a condition, and
  those the writer disputes or that are denied (no link the conclusion rests on); and the
  weakest link.
"""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field

from sqlalchemy import Engine

from claimgraph.analyze.concluding import (
    closed_condition,
    find_conclusions,
    joined,
    main_claim,
    paragraphs,
    without_condition,
)
from claimgraph.analyze.data import load_data
from claimgraph.analyze.evidence import Evidence, counted_origins, standing
from claimgraph.analyze.facts import fact_support, relation_key, support_evidence
from claimgraph.store.claim_queries import ClaimView, find_claims
from claimgraph.store.graph_queries import (
    EventView,
    RelationView,
    events_about,
    find_events,
    find_relations,
    relations_about,
)
from claimgraph.store.reader import (
    document_mentions,
    document_publishers,
    find_document,
)

MAX_PREMISES = 80


@dataclass
class Backing:
    """One claim of the document that states a premise, and how."""

    claim: str | None
    text: str | None
    source: str  # "author" or the source's name
    author_only: bool  # the writer's own assertion, no named source behind it
    certainty: str
    hedge_cues: list[str]
    disputed: bool  # the writer disputes it
    negated: bool
    condition: str | None  # what it holds only on ("If X, Y": X)
    standing: str  # in words: "alleged by the writer", "said by X, disputed by the writer", ...


@dataclass
class Premise:
    kind: str  # relation | event | claim
    statement: str
    hop: int  # relations away from what the conclusion names
    backing: list[Backing]
    author_only: bool = False  # the writer's alone: every claim of the document standing for it (not disputed)
    hedged: bool = False  # all its claims are hedged
    disputed: bool = False  # the writer disputes every claim of the document that states it
    negated: bool = False  # a claim of the document denies it
    conditional: bool = False  # all its claims hold only on a condition
    other_documents: int = 0  # other documents stating the same fact
    origins: int = 0  # independent origins of the fact across the database (that raise strength)
    corroborated: bool | None = None  # by a counted origin outside the document; None: a bare claim
    strength: float | None = None
    children: list[Premise] = field(default_factory=list)


@dataclass
class Summary:
    """A conclusion at a glance. Each list holds premise statements, the most telling first
    (nearest to what the conclusion names, then the weakest, then those with most premises
    under them). Every premise it rests on is in one of `corroborated`, `writer_alone` and
    `sourced`; one disputed or denied is in `disputed` instead."""

    claim: str  # the conclusion's main claim, its condition taken out
    source: str  # who asserts it: "author" or the source's name
    standing: str  # how: "stated by the writer, only on a condition", "said by the union", ...
    condition: str | None  # what it stands or falls with ("Inasmuch as X, Y": X)
    premises: int
    corroborated: list[str]  # by an independent origin in another document
    writer_alone: list[str]  # on the writer's word alone, in this document and any other
    sourced: list[str]  # on sources of this document only
    hedged: list[str]  # all its claims hedged ("allegedly", "reportedly")
    conditional: list[str]  # all its claims hold only on a condition
    disputed: list[str]  # disputed by the writer, or denied
    weakest: str | None  # of those it rests on, the lowest strength


@dataclass
class Conclusion:
    claims: list[str]
    text: str
    start: int
    end: int
    reasons: list[str]
    entities: list[str]  # names of what it is about
    states: list[str]  # relations and events the conclusion itself states
    premises: list[Premise]
    summary: Summary


@dataclass
class DocumentSupport:
    document: str
    title: str | None
    conclusions: list[Conclusion]


def _relation_statement(view: RelationView) -> str:
    r = view.relation
    target = view.object_name or r.object_literal or r.object_text or "?"
    line = f"{view.subject_name} –{r.predicate}{f' ({r.role})' if r.role else ''}→ {target}"
    line += f" [{r.time_kind + ' ' if r.time_kind else ''}{r.time}]" if r.time else ""
    return ("NOT " if r.negated else "") + line


def _backing(e: Evidence, hedges: list[str]) -> Backing:
    return Backing(e.claim, e.text or None, e.source_name or "unnamed source", e.author_only, e.certainty, hedges,
                   e.author_stance == "disputes", e.negated, e.condition,
                   standing(source=e.source, source_name=e.source_name, certainty=e.certainty, negative=e.negated,
                            author_stance=e.author_stance, condition=e.condition))


def _claim_evidence(view: ClaimView) -> Evidence:
    c = view.claim
    return Evidence(claim=c.id, document=c.document, text=c.text, source=c.source, source_name=view.source_name,
                    via=view.via_names, certainty=c.certainty, author_stance=c.author_stance,
                    negated=c.polarity == "negative", condition=c.condition)


def _premise(kind: str, statement: str, hop: int, backing: list[Backing]) -> Premise:
    stated = [b for b in backing if not b.negated]
    standing_for = [b for b in stated if not b.disputed] or backing  # the claims it rests on in the document
    return Premise(kind, statement, hop, backing, author_only=all(b.author_only for b in standing_for),
                   hedged=all(b.certainty != "certain" for b in backing),
                   disputed=bool(stated) and all(b.disputed for b in stated), negated=len(stated) < len(backing),
                   conditional=all(b.condition for b in backing))


def _ends(item: RelationView | EventView) -> set[str]:
    if isinstance(item, RelationView):
        return {i for i in (item.relation.subject, item.relation.object) if i}
    e = item.event
    return {i for i in (e.entity, e.place, *(p.entity for p in (*e.participants, *e.claimed_by))) if i}


def _fact(item: RelationView | EventView) -> tuple:
    if isinstance(item, RelationView):
        return relation_key(item)
    return ("event", item.event.entity or item.event.id)


def conclusions(engine: Engine, doc: str, *, max_hops: int | None = None, max_claims: int = 12) -> DocumentSupport:
    """The concluding claims of document `doc` (id, prefix or source), each with its premises."""
    document = find_document(engine, doc)
    hops = max_hops or int(load_data("conclusions.yaml").get("max_hops", 3))
    views = find_claims(engine, document=document.id)
    hedges = {v.claim.id: list(v.claim.hedge_cues) for v in views}
    found = find_conclusions(document.text, views)
    concl_ids = {v.claim.id for run, _ in found for v in run}
    items = [*find_relations(engine, document=document.id), *find_events(engine, document=document.id)]
    mentions = document_mentions(engine, document.id)
    facts: dict[tuple, list] = defaultdict(list)
    for item in items:
        if item.support.claim not in concl_ids:
            facts[_fact(item)].append(item)
    touching: dict[str, list[tuple]] = defaultdict(list)
    for key, members in facts.items():
        for end in set().union(*(_ends(m) for m in members)):
            touching[end].append(key)
    names = {m.entity: m.text for m in mentions if m.entity}
    for item in items:
        if isinstance(item, RelationView):
            names |= {item.relation.subject: item.subject_name, item.relation.object: item.object_name}
        elif item.event.entity:
            names[item.event.entity] = item.name
    spans = [(m.start, m.end) for m in mentions if m.entity]
    out = []
    for run, reasons in found:
        start, end = run[0].claim.start, run[-1].claim.end
        lines = [(a, b) for a, b in paragraphs(document.text) if any(a <= v.claim.start < b for v in run)]
        named = list(dict.fromkeys(m.entity for m in mentions if m.entity and start <= m.start and m.end <= end
                                   and any(a <= m.start and m.end <= b for a, b in lines)))  # not a byline between
        states = [_relation_statement(i) if isinstance(i, RelationView) else (i.name or i.event.type)
                  for i in items if i.support.claim in {v.claim.id for v in run}]
        premises, keys = _tree(named, touching, facts, hops, hedges)
        used = {b.claim for p in _walk(premises) for b in p.backing}
        bare = [v for v in views if v.claim.id not in concl_ids | used and v.claim.certainty != "uncertain"
                and not (start <= v.claim.start and v.claim.end <= end)
                and any(m.entity in named and v.claim.start <= m.start and m.end <= v.claim.end for m in mentions)]
        for v in bare[:max_claims]:
            premises.append(_premise("claim", v.claim.text, 1, [_backing(_claim_evidence(v), hedges[v.claim.id])]))
        _corroborate(engine, document.id, premises, keys, facts)
        out.append(Conclusion([v.claim.id for v in run], joined(run), start, end, reasons,
                              [names.get(e, e) for e in named], states, premises,
                              _summary(main_claim(run, reasons, spans), premises)))
    return DocumentSupport(document.id, document.title, out)


def _tree(start: list[str], touching: dict[str, list[tuple]], facts: dict[tuple, list], hops: int,
          hedges: dict[str, list[str]]) -> tuple[list[Premise], dict[int, tuple]]:
    """Breadth first from the entities a conclusion names; a fact hangs under the one that
    brought its entity in."""
    roots: list[Premise] = []
    keys: dict[int, tuple] = {}
    seen_entities, seen_facts = set(start), set()
    queue: deque[tuple[str, int, Premise | None]] = deque((e, 0, None) for e in start)
    while queue and len(keys) < MAX_PREMISES:
        entity, depth, parent = queue.popleft()
        for key in touching.get(entity, ()):
            if key in seen_facts or len(keys) >= MAX_PREMISES:
                continue
            seen_facts.add(key)
            members = facts[key]
            first = members[0]
            relation = isinstance(first, RelationView)
            backing = [_backing(support_evidence(m.support, {}, negated=_negated(m)), hedges.get(m.support.claim, []))
                       for m in members]
            node = _premise("relation" if relation else "event",
                            _relation_statement(first) if relation else (first.name or first.event.type), depth + 1, backing)
            keys[id(node)] = key
            (parent.children if parent else roots).append(node)
            for end in set().union(*(_ends(m) for m in members)) - seen_entities:
                seen_entities.add(end)
                if depth + 1 < hops:
                    queue.append((end, depth + 1, node))
    return roots, keys


def _summary(main: ClaimView, premises: list[Premise]) -> Summary:
    """A conclusion's main claim and its premises by what they rest on, the most telling first."""
    every = _ranked(premises)
    against = [p for p in every if p.disputed or p.negated]  # no link the conclusion rests on
    rests = [p for p in every if not (p.disputed or p.negated)]
    rated = [p for p in rests if p.strength is not None]
    weakest = min(rated, key=lambda p: p.strength or 0.0) if rated else None  # the most telling of the weakest
    evidence = _claim_evidence(main)
    condition = closed_condition(main.claim.text, main.claim.condition)
    return Summary(
        without_condition(main.claim.text, condition), main.source_name or "unnamed source",
        # what the claim says, its negation included ("Minister denies ..."): not "denied by"
        standing(source=evidence.source, source_name=evidence.source_name, certainty=evidence.certainty,
                 negative=False, author_stance=evidence.author_stance, condition=condition),
        condition, len(every),
        corroborated=[p.statement for p in rests if p.corroborated],
        writer_alone=[p.statement for p in rests if not p.corroborated and p.author_only],
        sourced=[p.statement for p in rests if not p.corroborated and not p.author_only],
        hedged=[p.statement for p in rests if p.hedged], conditional=[p.statement for p in rests if p.conditional],
        disputed=[p.statement for p in against], weakest=weakest.statement if weakest else None)


def _ranked(premises: list[Premise]) -> list[Premise]:
    """Every premise, the most telling first: nearest to what the conclusion names, then the
    weakest, then the one with most premises under it; the tree's order breaks ties."""
    every = list(_walk(premises))
    under = {id(p): sum(1 for _ in _walk(p.children)) for p in every}
    order = {id(p): i for i, p in enumerate(every)}
    return sorted(every, key=lambda p: (p.hop, 1.0 if p.strength is None else p.strength, -under[id(p)], order[id(p)]))


def _walk(premises: list[Premise]):  # noqa: ANN202 - Iterator[Premise]
    for p in premises:
        yield p
        yield from _walk(p.children)


def _corroborate(engine: Engine, doc_id: str, premises: list[Premise], keys: dict[int, tuple],
                 facts: dict[tuple, list]) -> None:
    """Each relation or event premise with its fact's support across the database."""
    nodes = [(p, keys[id(p)]) for p in _walk(premises) if id(p) in keys]
    wanted = {key[0] if key[0] != "event" else key[1] for _, key in nodes} - {""}
    found: dict[tuple, list] = defaultdict(list)
    if wanted:
        for view in relations_about(engine, wanted):
            found[relation_key(view)].append(view)
        for view in events_about(engine, wanted):
            found[_fact(view)].append(view)
    publisher = document_publishers(engine, {v.support.document for views in found.values() for v in views} | {doc_id})
    for p, key in nodes:
        fact = fact_support([support_evidence(v.support, publisher, negated=_negated(v))
                             for v in found.get(key) or facts[key]])
        groups = counted_origins([e for e in fact.evidence if not e.negated])
        p.other_documents = len({e.document for e in fact.evidence if not e.negated} - {doc_id})
        p.origins = fact.origins
        p.corroborated = any(all(e.document != doc_id for e in g) for g in groups)
        p.strength = fact.strength


def _negated(item: RelationView | EventView) -> bool:
    return item.relation.negated if isinstance(item, RelationView) else item.support.polarity == "negative"
