"""What can take part in a contradiction, chosen from narrow rows before anything is read in full.

Reading a store's events, relations and claims as records costs far more than the checks, and
few of them can conflict. From where each event is mentioned, the negative claims and the
outlines of the events that may share an incident (`store.contradiction_rows`), the checks read
in full only:

- the incidents (whole) that could yield a contradiction (`may_conflict`): two counts (a count
  conflicts only with another), two dates, two countries, an event put in a country at a
  facility or city (which may conflict with the gazetteer, or with another incident there), or
  a claim asserting one of its events beside a negative claim holding the mention of one
  (`held_events`) or a denial that follows one (`following`);
- the relations whose predicate a check reads (`checked_predicates`), and those of a subject
  and predicate stated both negated and not;
- the denials that name no event, attached here to the event they follow: which event comes
  first, and which denials name none, is decided among every event, not only those read in
  full.

An event outside every incident of two or more events, stating no count, held by no negative
claim and followed by no denial, cannot conflict: its outline is never read. Each test lets
through at least what its check reports, so the checks find the same contradictions as when
they read everything.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from sqlalchemy import Row

from claimgraph.analyze.data import load_data
from claimgraph.analyze.incidents import place_keys
from claimgraph.analyze.stated import readings, stated_country
from claimgraph.model import Event, Participant
from claimgraph.store.db import read_json
from claimgraph.store.graph_queries import EventView, Support
from claimgraph.store.links import LinkMap
from claimgraph.store.rows import from_row

_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


@dataclass(frozen=True, slots=True)
class Mentioned:
    """Where an event is mentioned: its document, trigger, mentions and the claim stating it."""

    event: str
    document: str
    start: int
    claim: str | None
    entity: str | None  # the canonical Event entity
    spans: tuple[tuple[int, int], ...]  # the mentions, else the trigger


def mentioned(rows: list[Row]) -> list[Mentioned]:
    """`event_mentions` rows as `Mentioned`, in their order."""
    return [Mentioned(r.id, r.document, r.start_char, r.claim, r.entity,
                      tuple(tuple(span) for span in read_json(r.mentions)) or ((r.start_char, r.end_char),))
            for r in rows]


def sharing_entity(events: list[Mentioned]) -> set[str]:
    """The events whose Event entity another of `events` shares (one incident)."""
    count = Counter(m.entity for m in events if m.entity)
    return {m.event for m in events if m.entity and count[m.entity] > 1}


def outline_views(rows: list[Row], links: LinkMap) -> list[EventView]:
    """Event outlines (`groupable_outlines` rows, `links` for the ids inside their places and
    participants) as the views that `incidents` groups and the tests here read: events without
    text, mentions (`Mentioned` has them), claimants or relays, with participants only where a
    once-only event is grouped by them, and a support that names only the claim."""
    once = load_data("contradictions.yaml").get("once_per_participant") or {}
    return [_outline_view(row, links, row.type in once) for row in rows]


def outline_ids(rows: list[Row], once: Iterable[str]) -> set[str]:
    """The entity ids inside these outlines' places (and, for once-only events, participants)."""
    ids = {value.get("entity") for row in rows for value in read_json(row.places).values()}
    ids |= {p.get("entity") for row in rows if row.type in once for p in read_json(row.participants)}
    return {i for i in ids if i}


def _outline_view(row: Row, links: LinkMap, once: bool) -> EventView:
    place = None if row.place_rejected else (row.place_canonical or row.stored_place)
    participants = tuple(from_row(Participant, p, entity=links.get(p.get("entity")))
                         for p in read_json(row.participants)) if once else ()
    event = Event(
        id=row.id, document=row.document, type=row.type, start=row.start_char, end=row.end_char, text="",
        entity=row.entity, claim=row.claim, date=row.date, place=place, place_text=row.place_text,
        place_precision=row.place_precision, numbers=read_json(row.numbers), participants=participants,
        places={level: {**value, "entity": links.get(value.get("entity"))}
                for level, value in read_json(row.places).items()},
        details=read_json(row.details))
    support = Support(row.claim, None, None, None, None, None, None, (), row.document, None)
    return EventView(event, None, row.place_name if place else None, support)


def may_conflict(group: list[EventView], denied: set[str], negative: set[str]) -> bool:
    """The incident `group` (outlines) might yield a contradiction (see the module's docstring);
    `denied`: the events a negative claim holds or a denial follows; `negative`: the ids of the
    negative claims of their documents."""
    if sum(len(items) for v in group for items in readings(v).values()) > 1:
        return True
    if len({v.event.date for v in group if v.event.date}) > 1:
        return True
    countries = [(code, place_keys(v)) for v in group if (code := stated_country(v))]
    if len({code for code, _ in countries}) > 1 or any(keys for _, keys in countries):
        return True
    return any(v.event.id in denied for v in group) and any(
        asserted(v.support.claim, v.event.details.get("claims") or (), negative) for v in group)


def asserted(claim: str | None, listed: Iterable[str], negative: set[str]) -> bool:
    """One of an event's claims (`claim`, which states it, and those it lists) is not among
    the `negative` ones: a claim asserting it."""
    return claim is None or claim not in negative or any(c not in negative for c in listed)


def asserted_events(rows: list[Row], negative: set[str]) -> set[str]:
    """The ids of the events (`event_claims` rows) one of whose claims asserts them."""
    return {row.id for row in rows if asserted(row.claim, read_json(row.details).get("claims") or (), negative)}


def held_events(events: list[Mentioned], negatives: list[Row]) -> set[str]:
    """The events a negative claim (of their document) holds a mention of: only such a claim
    can deny an event it names."""
    by_document: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for r in negatives:
        by_document[r.document].append((r.start_char, r.end_char))
    held = set()
    for m in events:
        claims = by_document.get(m.document)
        if claims and any(first <= start and end <= last for start, end in m.spans for first, last in claims):
            held.add(m.event)
    return held


def checked_predicates() -> set[str]:
    """The predicates whose relations a check reads whether or not they are also denied."""
    data = load_data("contradictions.yaml")
    return {"located_in", *(data.get("once") or ()), *(data.get("functional") or {}),
            *(data.get("inverse_functional") or ())}


# --- denials that name no event -----------------------------------------------------------------

@cache  # a store's negative claims hold a few lists of cues again and again
def is_denial(cues: str) -> bool:
    """A negative claim with these polarity cues (their JSON list) is a denial ("denied",
    "rejected")."""
    return bool(_denial_cues() & set(words(" ".join(json.loads(cues) or ()))))


@cache
def _denial_cues() -> frozenset[str]:
    return frozenset(load_data("contradictions.yaml").get("denial_cues") or ())


def words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.lower())


def loose_denials(events: list[Mentioned], negatives: list[Row]) -> dict[str, list[Row]]:
    """By document: the denials (`negative_claims` rows) that hold no event's mention."""
    starts: dict[str, list[int]] = defaultdict(list)
    for m in events:
        starts[m.document] += [start for start, _ in m.spans]
    loose: dict[str, list[Row]] = defaultdict(list)
    for r in negatives:
        if is_denial(r.polarity_cues) and not any(r.start_char <= s < r.end_char for s in starts.get(r.document, ())):
            loose[r.document].append(r)
    return loose


def first_events(events: list[Mentioned]) -> list[Mentioned]:
    """For each claim, the first event (by start) it states: what a denial after it denies."""
    main: dict[str, Mentioned] = {}
    for m in sorted(events, key=lambda m: m.start):
        if m.claim:
            main.setdefault(m.claim, m)
    return list(main.values())


def follows(text: str, before_end: int, row: Row) -> bool:
    """The claim `row` comes right after a claim ending at `before_end`, in its paragraph of
    `text`."""
    if before_end > row.start_char:
        return False
    gap = text[before_end:row.start_char]
    reach = int(load_data("contradictions.yaml").get("denial_reach", 1))
    return "\n" not in gap and len(_SENTENCE_END.findall(gap)) <= reach
