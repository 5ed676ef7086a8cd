"""Timeline: events, dated relations and dated claims in date order, each date with its precision
and the claim it comes from (source, certainty, document).

Dates are TimeML values: a day "2015-11-20", a month "2015-06", a year "2013", a decade "199",
a range "1979/1989", a week "2015-W47", a quarter "2015-Q3", a season "2015-SU", a time of day
"2015-11-20T07:00"; each is a span of days (`date_span`), sorted by its start (then its end), so
"1979" comes before "1979/1989" and a decade before the years inside it that start later.
"PRESENT_REF" and the other references to the moment of writing sort at the document's date.

What is dated: an event by its date; a relation by its time qualifier ("since 2004") or, for
born_on/died_on, its value; a claim by each date written in it that no event or relation of that
claim already carries — except the dates of citations ("(The Independent, November 20, 2015)")
and datelines ("BAMAKO, Nov 21 (Sahel Wire) -"), which date a text, not what it says.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine

from claimgraph.errors import NotFoundError
from claimgraph.extract.datelines import in_dateline
from claimgraph.model import AUTHOR, Timex
from claimgraph.model.timeml import date_span
from claimgraph.store.claim_queries import ClaimView, find_claims, matching_entities
from claimgraph.store.graph_queries import (
    EventView,
    RelationView,
    Support,
    find_events,
    find_relations,
)
from claimgraph.store.reader import dated_timexes, documents_by_id

VALUE_DATES = frozenset({"born_on", "died_on"})


@dataclass
class DateSource:
    """Where one date comes from: the claim that states it."""

    document: str
    document_title: str | None
    claim: str | None
    text: str | None
    source: str  # "author", a source's name, or "unnamed source"
    certainty: str
    date_text: str | None = None  # the date as written, when read from the text


@dataclass
class TimelineEntry:
    value: str
    start: str
    end: str
    precision: str
    kind: str  # event | relation | claim
    what: str
    entities: list[str] = field(default_factory=list)
    sources: list[DateSource] = field(default_factory=list)


def _source(support: Support) -> DateSource:
    return DateSource(support.document, support.document_title, support.claim, support.text,
                      support.source_name or "unnamed source", support.certainty or "certain")


def _relation_what(view: RelationView) -> str:
    r = view.relation
    target = view.object_name or r.object_literal or r.object_text or "?"
    line = f"{view.subject_name} –{r.predicate}{f' ({r.role})' if r.role else ''}→ {target}"
    if r.time and r.time_kind and r.time_kind != "at":
        line += f" ({r.time_kind} {r.time})"
    return ("NOT " if r.negated else "") + line


def _event_what(view: EventView) -> str:
    e = view.event
    parts = [view.name or e.kind]
    people = [f"{p.role} {p.text}" for p in (*e.participants, *e.claimed_by) if p.text][:4]
    if people:
        parts.append("; ".join(people))
    if view.support.polarity == "negative":
        parts.append("(negated)")
    return " · ".join(parts)


def is_citation_date(text: str, start: int, end: int) -> bool:
    """The date of a citation ("(Global Research, May 28, 2012)", "(quoted by X June 2012)",
    "…, Global Research, November 20, 2005, emphasis added)") or of a dateline."""
    line_start = text.rfind("\n", 0, start) + 1
    opened = text.rfind("(", line_start, start)
    before = text[opened + 1:start] if opened >= 0 and text.rfind(")", opened, start) < 0 else ""
    if before.strip() and (before.endswith(", ") or before.split()[-1][:1].isupper()):
        return True  # in parentheses after a source: "(The Independent, November 20, 2015)"
    closing = text.find(")", end, end + 30)
    if text[max(0, start - 2):start] == ", " and closing >= 0 and "(" not in text[end:closing]:
        return True  # "…, Global Research, May 28, 2012)"
    return in_dateline(text, start)


def timeline(engine: Engine, *, about: str | None = None, document: str | None = None) -> list[TimelineEntry]:
    """Dated events, relations and claims in date order (optionally about one entity or of one
    document), each date with its precision and sources."""
    if about and not matching_entities(engine, about):
        raise NotFoundError(f"no entity is named {about!r}: see `claimgraph entities`")
    evs = find_events(engine, about=about, document=document)
    rels = find_relations(engine, about=about, document=document)
    claims = find_claims(engine, about=about, document=document)
    docs = {c.claim.document for c in claims} | {v.support.document for v in (*evs, *rels)}
    stored = documents_by_id(engine, docs)
    published = {ident: doc.published for ident, doc in stored.items()}
    texts = {ident: doc.text for ident, doc in stored.items()}
    dated = dated_timexes(engine, docs)
    entries: dict[tuple, TimelineEntry] = {}
    taken: set[tuple[str | None, str, str]] = set()  # (claim, document, value) already on the timeline

    def add(key: tuple, value: str, doc: str, kind: str, what: str, ents: list[str], source: DateSource) -> None:
        span = date_span(value, published.get(doc))
        if span is None:
            return
        entry = entries.setdefault(key, TimelineEntry(value, span.start.isoformat(), span.end.isoformat(),
                                                      span.precision, kind, what, [e for e in ents if e]))
        if not any(s.claim == source.claim and s.document == source.document for s in entry.sources):
            entry.sources.append(source)
        taken.add((source.claim, doc, value))

    for v in evs:
        if v.event.date:
            e = v.event
            ents = [e.entity, e.place, *(p.entity for p in (*e.participants, *e.claimed_by))]
            add(("event", e.entity or e.id, e.date), e.date, e.document, "event", _event_what(v), ents, _source(v.support))
    for v in rels:
        r = v.relation
        value = (r.object_literal or r.object_text) if r.predicate in VALUE_DATES else r.time
        if value:
            key = ("relation", r.subject, r.predicate, r.object or r.object_literal, r.role, value)
            add(key, value, r.document, "relation", _relation_what(v), [r.subject, r.object], _source(v.support))
    _claim_dates(claims, dated, texts, add, taken, outside=about is None)
    return sorted(entries.values(), key=lambda x: (x.start, x.end, x.sources[0].document, _order(x)))


def _order(entry: TimelineEntry) -> int:
    return {"event": 0, "relation": 1, "claim": 2}[entry.kind]


def _claim_dates(claims: list[ClaimView], dated: list[Timex], texts: dict[str, str], add, taken: set,  # noqa: ANN001
                 *, outside: bool) -> None:
    """Dates written in claims (the innermost claim holding each), and, with `outside`, dates in
    the writer's own text outside any claim ("In response to the Paris events of November 13")."""
    by_doc: dict[str, list[ClaimView]] = {}
    for view in claims:
        by_doc.setdefault(view.claim.document, []).append(view)
    for t in dated:
        text = texts.get(t.document, "")
        if not t.value or is_citation_date(text, t.start, t.end):
            continue
        holders = [v for v in by_doc.get(t.document, ()) if v.claim.start <= t.start and t.end <= v.claim.end]
        if holders:
            view = min(holders, key=lambda v: v.claim.end - v.claim.start)
            c = view.claim
            if any((h.claim.id, t.document, t.value) in taken for h in holders):
                continue
            source = DateSource(c.document, view.document_title, c.id, c.text, view.source_name or "unnamed source",
                                c.certainty, t.text)
            add(("claim", c.id, t.value), t.value, c.document, "claim", _short(c.text), [], source)
        elif outside and (None, t.document, t.value) not in taken:
            sentence = _sentence(text, t.start, t.end)
            source = DateSource(t.document, None, None, sentence, AUTHOR, "certain", t.text)
            add(("text", t.document, t.start), t.value, t.document, "claim", _short(sentence), [], source)


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind("\n", 0, start), *(text.rfind(p, 0, start) for p in (". ", "? ", "! "))) + 1
    right = min([i for i in (text.find("\n", end), *(text.find(p, end) for p in (". ", "? ", "! "))) if i >= 0] or [len(text)])
    return text[left:right + 1].strip()


def _short(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
