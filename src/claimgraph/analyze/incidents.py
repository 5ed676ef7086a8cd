"""Which events report one incident, and a stored claim as evidence.

- `incidents(events)`: events that report one incident across documents — the same Event
  entity; events of one family (`families` in `data/contradictions.yaml`: "the In Amenas
  kidnapping" and "the attack on the In Amenas gas facility") at overlapping dates and one place
  (the same facility or city, by entity or by name; never for type `other`); or a once-only event of the same
  participant (the death of one victim).
- `row_evidence(row)`: a claim row (`claims_with_sources`) as `Evidence`.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from claimgraph.analyze.data import load_data
from claimgraph.analyze.evidence import Evidence, connected
from claimgraph.model import AUTHOR
from claimgraph.model.timeml import date_span
from claimgraph.resolve.names import name_key
from claimgraph.store.graph_queries import EventView

LOCAL_LEVELS = ("facility", "city")


def row_evidence(row, *, negated: bool | None = None) -> Evidence:  # noqa: ANN001 - a claims_with_sources row
    """A claim row as Evidence (negated: the claim's polarity unless told)."""
    named = row.source not in (None, AUTHOR) and row.source_id and not row.rejected
    return Evidence(
        claim=row.id, document=row.document, text=row.text,
        source=row.source if row.source in (None, AUTHOR) else (row.source_id if named else None),
        source_name=AUTHOR if row.source == AUTHOR else (row.source_name if named else row.source_text),
        via=tuple(row.via_text or ()), certainty=row.certainty, author_stance=row.author_stance,
        negated=row.polarity == "negative" if negated is None else negated,
        publisher=row.publisher, document_title=row.title, condition=row.condition)


def place_keys(view: EventView) -> set[str]:
    """The facility or city an event happened at, by canonical entity and by name."""
    e = view.event
    local = [p for level, p in e.places.items() if level in LOCAL_LEVELS]
    keys = {f"name:{name_key(p.get('text') or '')}" for p in local} | {f"id:{p['entity']}" for p in local if p.get("entity")}
    if e.place and e.place_precision in LOCAL_LEVELS:
        keys |= {f"id:{e.place}", f"name:{name_key(view.place_name or e.place_text or '')}"}
    return keys - {"name:"}


def incidents(events: list[EventView]) -> list[list[EventView]]:
    """Events grouped by the incident they report (see the module's docstring)."""
    data = load_data("contradictions.yaml")
    family = {t: name for name, types in (data.get("families") or {}).items() for t in types}
    once = data.get("once_per_participant") or {}
    keys: list[list[tuple]] = []
    at_place: dict[tuple, list[int]] = defaultdict(list)  # (family, place key) -> its events
    for i, view in enumerate(events):
        e = view.event
        mine: list[tuple] = [("entity", e.entity)] if e.entity else []
        mine += [("once", e.type, p.entity) for p in e.participants if p.entity and p.role in once.get(e.type, ())]
        keys.append(mine)
        if e.type == "other":
            continue  # a happening of no named kind: two at one place are not one incident
        for k in place_keys(view):
            at_place[(family.get(e.type, e.type), k)].append(i)
    for place, members in at_place.items():
        for n, run in enumerate(_overlapping_runs(events, members)):
            for i in run:
                keys[i].append(("place", *place, n))
    return [[events[i] for i in group] for group in connected(keys)]


def _overlapping_runs(events: list[EventView], members: list[int]) -> list[list[int]]:
    """The events `members` (of one place) in groups linked by overlapping dates: a chain of
    overlaps is one group; an event without a date joins none. Sorted by start, the dates
    of one group follow each other with no gap, so one pass finds the groups."""
    dated = sorted((span.start, span.end, i) for i in members if (span := date_span(events[i].event.date)))
    runs: list[list[int]] = []
    reach = date.min  # the last day of the group so far
    for start, end, i in dated:
        if not runs or start > reach:
            runs.append([])
        runs[-1].append(i)
        reach = max(reach, end)
    return runs


def incident_name(group: list[EventView]) -> str:
    names = [v.name for v in group if v.name]
    return max(names, key=lambda n: (names.count(n), len(n))) if names else group[0].event.kind


def incident_ids(group: list[EventView]) -> list[str]:
    """Every entity an incident involves: the event, its place, participants and claimants."""
    return [i for v in group for i in (v.event.entity, v.event.place,
                                       *(p.entity for p in (*v.event.participants, *v.event.claimed_by))) if i]
