"""What one event states that the contradiction checks compare: its counts and its country.

- `readings(view)`: each count an event states, by measure, as a `Reading` (value, qualifier,
  breakdown) with the claims stating it; `Reading.range()` is the range it allows.
- `stated_country(view)`: the country a document puts an event in; `country_code(name)` and
  `city_country(name)` read a country's name and the one country of a city's name.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from claimgraph.analyze.data import load_data
from claimgraph.lexicon.places import city_countries, compass_words, iso_country, place_key
from claimgraph.resolve.lexicon import lexicon
from claimgraph.resolve.names import name_key
from claimgraph.store.graph_queries import EventView

APPROXIMATE = frozenset({"about", "nearly"})


@dataclass(frozen=True)
class Reading:
    value: int
    qualifier: str | None
    parts: tuple[tuple[str, int], ...]  # a total's breakdown by group

    def label(self) -> str:
        return f"{self.qualifier + ' ' if self.qualifier else ''}{self.value}"

    def detail(self) -> str | None:
        return " + ".join(f"{v} {g}" for g, v in self.parts) or None

    def range(self) -> tuple[float, float]:
        data = load_data("contradictions.yaml")
        v, q = self.value, self.qualifier
        tol = v * float(data.get("approximate_tolerance", 0.15) if q in APPROXIMATE else data.get("count_tolerance", 0.01))
        return {"at least": (v, float("inf")), "more than": (v + 1, float("inf")), "up to": (0, v),
                "fewer than": (0, v - 1), "nearly": (v - max(tol, 1), v)}.get(q or "", (v - tol, v + tol))


def readings(view: EventView) -> dict[str, list[tuple[Reading, list[str | None]]]]:
    """Each count an event states, by measure ("killed", "killed_hostages"), with its claims."""
    e = view.event
    out: dict[str, list[tuple[Reading, list[str | None]]]] = defaultdict(list)
    stated = [s for s in e.details.get("numbers_stated") or () if not s.get("included")]
    if stated:
        parts: dict[str, dict[str, dict]] = defaultdict(dict)
        for s in stated:
            key = f"{s['measure']}_{s['group']}" if s.get("group") else s["measure"]
            out[key].append((Reading(s["value"], s.get("qualifier"), ()), [s.get("claim")]))
            if s.get("group"):
                parts[s["measure"]].setdefault(s["group"], s)
        for measure, by_group in parts.items():
            if measure in out:
                continue
            items = list(by_group.values())
            quals = [s.get("qualifier") for s in items if s.get("qualifier")]
            claims = [s.get("claim") for s in stated if s["measure"] == measure
                      and by_group.get(s.get("group"), {}).get("value") == s["value"]]
            out[measure].append((Reading(sum(s["value"] for s in items), quals[0] if quals else None,
                                         tuple((s["group"], s["value"]) for s in items)), claims))
        return out
    qualifiers = e.details.get("number_qualifiers") or {}
    for key, value in e.numbers.items():
        if isinstance(value, int):
            groups = tuple((k[len(key) + 1:], v) for k, v in e.numbers.items() if k.startswith(key + "_"))
            total = groups if groups and sum(v for _, v in groups) == value else ()
            out[key].append((Reading(value, qualifiers.get(key), total), [view.support.claim]))
    return out


@lru_cache(maxsize=65536)  # a store names the same few places again and again
def country_code(name: str | None) -> str | None:
    """ISO code of a country name ("Mali", "eastern Algeria", "the US"), else None."""
    if not name:
        return None
    words = name_key(name).split()
    compass = compass_words()
    while words and words[0] in compass:
        words = words[1:]
    key = " ".join(words)
    found = lexicon().countries.get(key)
    if found is None and 2 <= len(key) <= 3 and key.isalpha():
        found = iso_country(key)
    return found


def city_country(name: str | None) -> str | None:
    """The country of the city `name` in GeoNames (cities of 15,000 people or more), when the
    name is no country and only one country has a city of that name."""
    if not name or country_code(name) is not None:
        return None
    codes = city_countries().get(place_key(name), frozenset())
    return next(iter(codes)) if len(codes) == 1 else None


def stated_country(view: EventView) -> str | None:
    """The country a document puts an event in: its country-level place, a region named after
    a country ("eastern Algeria"), or the place itself when it is a country."""
    e = view.event
    for level in ("country", "region"):
        part = e.places.get(level)
        if part and (code := country_code(part.get("text"))):
            return code
    if e.place_precision == "country":
        return country_code(view.place_name or e.place_text)
    return None
