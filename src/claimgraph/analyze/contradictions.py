"""Contradictions: the same fact with conflicting values, each side with the claims behind it.

- count: tolls of one incident ("21 dead" vs "20 hostages and 2 gunmen killed" = 22), compared
  as ranges: qualifiers widen them ("at least 37" agrees with 40), large exact numbers get a
  small tolerance, a breakdown is shown, and a count that leaves the perpetrators out agrees.
- place: one place (or incident) put in different countries: the country stated beside the
  place ("In Amenas, Mali"; "in eastern Algeria"), the place itself when it is a country, or a
  `located_in` relation.
- date: a once-only fact (a renaming, a death) at dates that do not overlap; precision counts
  ("2013-01" lies inside "2013": no conflict).
- relation: a functional relation with two values (born_on, citizen_of, renamed_to...:
  `data/contradictions.yaml`); holding several posts is not one.
- denial: a relation or incident asserted and denied ("reported dead" / "His death was
  subsequently denied"; "His group denied that he was dead" right after the report).
- dispute: the author disputing a source ("erroneously describes", "based on shaky evidence").

One incident across documents: the same Event entity, or events of one family at overlapping
dates and one place (or, for a death, the same victim).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import combinations

from sqlalchemy import Engine

from claimgraph.analyze.analysis_store import AnalysisStore
from claimgraph.analyze.data import load_data
from claimgraph.analyze.evidence import Evidence, independent_origins, strength
from claimgraph.analyze.facts import relation_key, support_evidence
from claimgraph.analyze.incidents import (
    connected,
    incident_ids,
    incident_name,
    incidents,
    place_keys,
)
from claimgraph.analyze.stated import Reading, city_country, country_code, readings, stated_country
from claimgraph.errors import NotFoundError
from claimgraph.lexicon.places import country_name
from claimgraph.model.timeml import date_span
from claimgraph.resolve.names import name_key
from claimgraph.store.claim_queries import matching_entities
from claimgraph.store.graph_queries import EventView

KINDS = ("count", "place", "date", "relation", "denial", "dispute")


@dataclass
class Side:
    value: str
    evidence: list[Evidence]
    detail: str | None = None
    origins: int = 0
    strength: float = 0.0


@dataclass
class Contradiction:
    kind: str
    fact: str
    a: Side
    b: Side
    note: str = ""
    entities: list[str] | None = None


def side(value: str, evidence: list[Evidence], detail: str | None = None) -> Side:
    """One side of a contradiction: its value and the claims stating it (each claim once)."""
    unique = list({(e.claim, e.document, e.text): e for e in evidence}.values())
    pro = [replace(e, negated=False) for e in unique]
    return Side(value, unique, detail, len(independent_origins(pro)) if pro else 0, strength(pro) if pro else 0.0)


def contradictions(engine: Engine, *, about: str | None = None) -> list[Contradiction]:
    """Every contradiction in the store (or those involving the entity named `about`)."""
    wanted: set[str] | None = None
    if about:
        wanted = set(matching_entities(engine, about))
        if not wanted:
            raise NotFoundError(f"no entity is named {about!r}: see `claimgraph entities`")
    found = check(AnalysisStore(engine, about=sorted(wanted) if wanted is not None else None))
    return found if wanted is None else [c for c in found if wanted & set(c.entities or ())]


def check(store: AnalysisStore) -> list[Contradiction]:
    """Every contradiction among what `store` holds, by kind and fact."""
    from claimgraph.analyze.denials import (  # they build on this module's records
        denials,
        disputes,
    )

    groups = incidents(store.events)
    found = [*_counts(store, groups), *_places(store, groups), *_dates(store, groups), *_functional(store),
             *denials(store, groups), *disputes(store)]
    return sorted(found, key=lambda c: (KINDS.index(c.kind), c.fact))


# --- counts -------------------------------------------------------------------------------------

def _conflict(a: Reading, b: Reading, leave_out: set[str]) -> bool:
    (lo1, hi1), (lo2, hi2) = a.range(), b.range()
    if lo1 <= hi2 and lo2 <= hi1:
        return False
    for x, y in ((a, b), (b, a)):  # "21 dead" may count the victims only
        left = sum(v for g, v in y.parts if g in leave_out)
        if left and not (x.range()[0] > y.value - left or x.range()[1] < y.value - left):
            return False
    return True


def _counts(store: AnalysisStore, groups: list[list[EventView]]) -> Iterable[Contradiction]:
    leave_out = set(load_data("contradictions.yaml").get("perpetrator_groups") or ())
    for group in groups:
        by_key: dict[str, dict[Reading, list[Evidence]]] = defaultdict(lambda: defaultdict(list))
        for view in group:
            for key, items in readings(view).items():
                for reading, claim_ids in items:
                    by_key[key][reading] += [store.evidence(c, view) for c in claim_ids]
        for key, found in by_key.items():
            for a, b in combinations(sorted(found, key=lambda r: (-len(found[r]), r.value)), 2):
                if _conflict(a, b, leave_out):
                    yield Contradiction(
                        "count", f"{key.replace('_', ' ')} in {incident_name(group)}",
                        side(a.label(), found[a], a.detail()), side(b.label(), found[b], b.detail()),
                        f"{a.label()}{f' ({a.detail()})' if a.detail() else ''} vs "
                        f"{b.label()}{f' ({b.detail()})' if b.detail() else ''}", incident_ids(group))


# --- places -------------------------------------------------------------------------------------

def _gazetteer(place: str, code: str) -> Evidence:
    return Evidence(None, "", f"GeoNames lists {place} as a city in {country_name(code)}.", None, "GeoNames gazetteer",
                    (), "certain", "neutral", False, "GeoNames", "GeoNames gazetteer")


def _places(store: AnalysisStore, groups: list[list[EventView]]) -> Iterable[Contradiction]:
    statements: list[tuple[set[str], str, Evidence, str, list[str], str | None]] = []  # keys, country, evidence,
    # place, ids, the city's name
    by_incident: list[list[tuple[str, Evidence]]] = []
    for group in groups:
        stated = []
        for view in group:
            code = stated_country(view)
            if code is None:
                continue
            evidence = store.evidence(view.support.claim, view)
            stated.append((code, evidence))
            keys = place_keys(view)
            if keys:
                e = view.event
                city = (e.places.get("city") or {}).get("text") or (view.place_name if e.place_precision == "city" else None)
                local = city or (e.places.get("facility") or {}).get("text") or view.place_name or ""
                statements.append((keys, code, evidence, local, incident_ids([view]), city))
        by_incident.append(stated)
    for view in store.relations:
        r = view.relation
        code = country_code(view.object_name or r.object_text) if r.predicate == "located_in" and not r.negated else None
        if code and r.subject:
            statements.append(({f"id:{r.subject}", f"name:{name_key(view.subject_name)}"}, code,
                               support_evidence(view.support, store.publisher), view.subject_name, [r.subject],
                               view.subject_name))
    reported: set[frozenset] = set()
    for members in connected([s[0] for s in statements]):
        found = [statements[i] for i in members]
        place = max((s[3] for s in found), key=len)
        pairs = [(s[1], s[2]) for s in found]
        known = {c: city for s in found if s[5] and (c := city_country(city := s[5]))}
        if len(known) == 1 and not known.keys() & {s[1] for s in found}:  # every document puts it elsewhere
            code, city = next(iter(known.items()))
            pairs.append((code, _gazetteer(city, code)))
        yield from _country_pairs(f"where {place} is", pairs, [i for s in found for i in s[4]], reported)
    for group, stated in zip(groups, by_incident):
        if len({code for code, _ in stated}) > 1:  # one country: no pair to report
            yield from _country_pairs(f"where {incident_name(group)} happened", stated, incident_ids(group), reported)


def _country_pairs(fact: str, stated: list[tuple[str, Evidence]], ids: list[str],
                   reported: set[frozenset]) -> Iterable[Contradiction]:
    by_code: dict[str, list[Evidence]] = defaultdict(list)
    for code, evidence in stated:
        by_code[code].append(evidence)
    sides: dict[str, Side] = {}  # a country is a side of each pair it is in: weighed once

    def side_of(code: str) -> Side:
        if code not in sides:
            sides[code] = side(country_name(code), by_code[code])
        return sides[code]

    for a, b in combinations(sorted(by_code, key=lambda c: -len(by_code[c])), 2):
        seen = frozenset((e.claim, e.document) for e in by_code[a] + by_code[b])
        if seen in reported:
            continue
        reported.add(seen)
        yield Contradiction("place", fact, side_of(a), side_of(b), f"in {country_name(a)} vs in {country_name(b)}", ids)


# --- dates and functional relations -------------------------------------------------------------

def _date_pairs(kind: str, fact: str, values: dict[str, list[Evidence]], ids: list[str]) -> Iterable[Contradiction]:
    for a, b in combinations(sorted(values, key=lambda v: (-len(values[v]), v)), 2):
        x, y = date_span(a), date_span(b)
        if x and y and not x.overlaps(y):
            yield Contradiction(kind, fact, side(a, values[a], x.precision), side(b, values[b], y.precision),
                                f"{a} ({x.precision}) vs {b} ({y.precision}): the dates do not overlap", ids)


def _dates(store: AnalysisStore, groups: list[list[EventView]]) -> Iterable[Contradiction]:
    for group in groups:
        dated = [view for view in group if view.event.date and view.support.polarity != "negative"]
        if len({view.event.date for view in dated}) < 2:  # one date: no pair to compare
            continue
        values: dict[str, list[Evidence]] = defaultdict(list)
        for view in dated:
            values[view.event.date].append(store.evidence(view.support.claim, view))
        yield from _date_pairs("date", f"when {incident_name(group)} happened", values, incident_ids(group))
    once = set(load_data("contradictions.yaml").get("once") or ()) - {"born_on", "died_on"}
    facts: dict[tuple, dict[str, list[Evidence]]] = defaultdict(lambda: defaultdict(list))
    labels: dict[tuple, tuple[str, list[str]]] = {}
    for view in store.relations:
        r = view.relation
        if r.predicate in once and r.time and r.time_kind in (None, "at") and not r.negated:
            key = relation_key(view)
            facts[key][r.time].append(support_evidence(view.support, store.publisher))
            labels[key] = (f"when {view.subject_name} {r.predicate} {view.object_name or r.object_literal or '?'}",
                           [i for i in (r.subject, r.object) if i])
    for key, values in facts.items():
        yield from _date_pairs("date", labels[key][0], values, labels[key][1])


def _functional(store: AnalysisStore) -> Iterable[Contradiction]:
    data = load_data("contradictions.yaml")
    functional = data.get("functional") or {}
    values: dict[tuple, dict[str, list[Evidence]]] = defaultdict(lambda: defaultdict(list))
    names: dict[tuple, dict[str, str]] = defaultdict(dict)
    labels: dict[tuple, tuple[str, list[str]]] = {}
    for view in store.relations:
        r = view.relation
        if r.negated:
            continue
        evidence = support_evidence(view.support, store.publisher)
        target = r.object or name_key(r.object_literal or r.object_text or "")
        if r.predicate in functional and target:
            key = ("out", r.subject, r.predicate)
            values[key][target].append(evidence)
            names[key][target] = view.object_name or r.object_literal or r.object_text
            labels[key] = (f"{view.subject_name} {r.predicate.replace('_', ' ')}", [i for i in (r.subject, r.object) if i])
        if r.predicate in (data.get("inverse_functional") or ()) and r.object:
            key = ("in", r.object, r.predicate)
            values[key][r.subject].append(evidence)
            names[key][r.subject] = view.subject_name
            labels[key] = (f"who {r.predicate.replace('_', ' ')} {view.object_name}", [r.subject, r.object])
    for key, found in values.items():
        label, ids = labels[key]
        if functional.get(key[2]) == "date" and key[0] == "out":
            by_value = {names[key][t]: evidence for t, evidence in found.items()}
            yield from _date_pairs("relation", label, by_value, ids)
            continue
        for a, b in combinations(sorted(found, key=lambda t: (-len(found[t]), t)), 2):
            if name_key(names[key][a]) != name_key(names[key][b]):
                yield Contradiction("relation", label, side(names[key][a], found[a]), side(names[key][b], found[b]),
                                    f"{names[key][a]} vs {names[key][b]}", list({*ids, *found} - {""}))


