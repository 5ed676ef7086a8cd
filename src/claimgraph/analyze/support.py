"""What a conclusion rests on.

- `conclusions(engine, doc)`: a document's concluding claims (a short section after a
  "Conclusion"-like heading, the last paragraph, claims with a cue such as "therefore" or
  "inasmuch as": `data/conclusions.yaml`), each with the premises of the same document it rests
  on: relations and events about the entities it names, followed through the document's relation
  graph for a few hops (each premise under the one that brought its entity in), and claims naming
  those entities. Each premise says who asserts it (a source or the author alone), whether it
  is hedged, disputed or negated, and whether an origin outside the document corroborates it.
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from dataclasses import dataclass, field

from sqlalchemy import Engine

from claimgraph.analyze.data import load_data
from claimgraph.analyze.evidence import independent_origins, strength
from claimgraph.analyze.facts import relation_key, support_evidence
from claimgraph.model import AUTHOR
from claimgraph.resolve.names import name_key
from claimgraph.store.claim_queries import find_claims
from claimgraph.store.graph_queries import (
    EventView,
    RelationView,
    Support,
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
    disputed: bool  # the author disputes it
    negated: bool


@dataclass
class Premise:
    kind: str  # relation | event | claim
    statement: str
    hop: int  # relations away from what the conclusion names
    backing: list[Backing]
    author_only: bool = False  # all its claims are the author's alone
    hedged: bool = False  # all its claims are hedged
    disputed: bool = False  # the author disputes one of them
    negated: bool = False
    other_documents: int = 0  # other documents stating the same fact
    origins: int = 0  # independent origins of the fact across the database
    corroborated: bool | None = None  # by an origin outside the document; None: a bare claim
    strength: float | None = None
    children: list[Premise] = field(default_factory=list)


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
    counts: dict[str, int]
    weakest: str | None  # the weakest premise's statement


@dataclass
class DocumentSupport:
    document: str
    title: str | None
    conclusions: list[Conclusion]


def _pattern(phrases: list[str], initial: bool) -> re.Pattern[str]:
    words = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) or "(?!)"
    lead = r"(?:^\W*(?:(?:and|so|but)\s+)?|[;:]\s+)" if initial else r"(?<!\w)"
    return re.compile(rf"{lead}(?P<cue>{words})(?!\w)", re.IGNORECASE)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _is_heading(line: str, headings: set[str]) -> bool:
    line = line.strip().strip("#*").strip()
    return len(line.split()) <= 6 and not re.search(r"[.!?;\"”]$", line) and name_key(line) in headings


def find_conclusions(text: str, views: list) -> list[tuple[list, list[str]]]:  # noqa: ANN001 - ClaimViews
    """The concluding author claims (those of one paragraph together), each with why: a cue,
    the last paragraph, a short section after a conclusion heading."""
    data = load_data("conclusions.yaml")
    cues = [_pattern(data.get("cues") or [], True), _pattern(data.get("adverbs") or [], False)]
    headings = {name_key(h) for h in data.get("headings") or []}
    own = [v for v in views if v.claim.source == AUTHOR and v.claim.certainty != "uncertain"]
    paragraphs = [p for p in _paragraphs(text) if any(p[0] <= v.claim.start < p[1] for v in views)]
    para = {v.claim.id: next((i for i, p in enumerate(paragraphs) if p[0] <= v.claim.start < p[1]), -1) for v in own}
    reasons: dict[str, list[str]] = defaultdict(list)
    marks = [p for p in _paragraphs(text) if _is_heading(text[p[0]:p[1]], headings)]
    after = [i for i, p in enumerate(paragraphs) if marks and p[0] >= marks[-1][1]]
    for v in own:
        if len(after) <= 2 and para[v.claim.id] in after:
            reasons[v.claim.id].append(f"in the section '{text[marks[-1][0]:marks[-1][1]].strip()}'")
        if paragraphs and para[v.claim.id] == len(paragraphs) - 1:
            reasons[v.claim.id].append("last paragraph")
        for cue in cues:
            if found := cue.search(v.claim.text):
                reasons[v.claim.id].append(f"cue '{found.group('cue').lower()}'")
    chosen = [v for v in own if v.claim.id in reasons]
    span = {v.claim.id: (v.claim.start, -v.claim.end, i) for i, v in enumerate(chosen)}
    chosen = [v for v in chosen if not any(span[o.claim.id] < span[v.claim.id] and v.claim.end <= o.claim.end
                                           for o in chosen)]  # outermost claims
    runs: list[tuple[list, list[str]]] = []
    for v in chosen:
        if runs and para[runs[-1][0][-1].claim.id] == para[v.claim.id]:
            runs[-1][0].append(v)
            runs[-1][1].extend(r for r in reasons[v.claim.id] if r not in runs[-1][1])
        else:
            runs.append(([v], list(reasons[v.claim.id])))
    return runs


def _relation_statement(view: RelationView) -> str:
    r = view.relation
    target = view.object_name or r.object_literal or r.object_text or "?"
    line = f"{view.subject_name} –{r.predicate}{f' ({r.role})' if r.role else ''}→ {target}"
    line += f" [{r.time_kind + ' ' if r.time_kind else ''}{r.time}]" if r.time else ""
    return ("NOT " if r.negated else "") + line


def _backing(support: Support, hedges: list[str], negated: bool) -> Backing:
    return Backing(support.claim, support.text, support.source_name or "unnamed source", support.source == AUTHOR,
                   support.certainty or "certain", hedges, support.author_stance == "disputes", negated)


def _premise(kind: str, statement: str, hop: int, backing: list[Backing]) -> Premise:
    return Premise(kind, statement, hop, backing, all(b.author_only for b in backing),
                   all(b.certainty != "certain" for b in backing), any(b.disputed for b in backing),
                   any(b.negated for b in backing))


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
    out = []
    for run, reasons in found:
        start, end = run[0].claim.start, run[-1].claim.end
        named = list(dict.fromkeys(m.entity for m in mentions if m.entity and start <= m.start and m.end <= end))
        states = [_relation_statement(i) if isinstance(i, RelationView) else (i.name or i.event.type)
                  for i in items if i.support.claim in {v.claim.id for v in run}]
        premises, keys = _tree(named, touching, facts, hops, hedges)
        used = {b.claim for p in _walk(premises) for b in p.backing}
        bare = [v for v in views if v.claim.id not in concl_ids | used and v.claim.certainty != "uncertain"
                and not (start <= v.claim.start and v.claim.end <= end)
                and any(m.entity in named and v.claim.start <= m.start and m.end <= v.claim.end for m in mentions)]
        for v in bare[:max_claims]:
            c = v.claim
            premises.append(_premise("claim", c.text, 1, [Backing(
                c.id, c.text, v.source_name or "unnamed source", c.source == AUTHOR, c.certainty,
                list(c.hedge_cues), c.author_stance == "disputes", c.polarity == "negative")]))
        _corroborate(engine, document.id, premises, keys, facts)
        every = list(_walk(premises))
        rated = [p for p in every if p.strength is not None]
        weakest = min(rated, key=lambda p: p.strength) if rated else None
        counts = {"premises": len(every), "author_only": sum(p.author_only for p in every),
                  "hedged": sum(p.hedged for p in every), "disputed": sum(p.disputed for p in every),
                  "negated": sum(p.negated for p in every), "corroborated": sum(bool(p.corroborated) for p in every)}
        out.append(Conclusion([v.claim.id for v in run], " ".join(v.claim.text for v in run), start, end, reasons,
                              [names.get(e, e) for e in named], states, premises, counts,
                              weakest.statement if weakest else None))
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
            backing = [_backing(m.support, hedges.get(m.support.claim, []),
                                m.relation.negated if relation else m.support.polarity == "negative") for m in members]
            node = _premise("relation" if relation else "event",
                            _relation_statement(first) if relation else (first.name or first.event.type), depth + 1, backing)
            keys[id(node)] = key
            (parent.children if parent else roots).append(node)
            for end in set().union(*(_ends(m) for m in members)) - seen_entities:
                seen_entities.add(end)
                if depth + 1 < hops:
                    queue.append((end, depth + 1, node))
    return roots, keys


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
        views = found.get(key) or facts[key]
        evidence = [support_evidence(v.support, publisher, negated=v.relation.negated if isinstance(v, RelationView)
                                     else v.support.polarity == "negative") for v in views]
        pro = [e for e in evidence if not e.negated]
        groups = independent_origins(pro) if pro else []
        p.other_documents = len({e.document for e in pro} - {doc_id})
        p.origins = len(groups)
        p.corroborated = any(all(e.document != doc_id for e in g) for g in groups)
        p.strength = strength(evidence) if pro else 0.0
