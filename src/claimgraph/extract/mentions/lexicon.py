"""The word lists and place gazetteers the mention component reads, loaded once per process.

Hand lists live in `data/mentions.yaml`; places, person titles and organization heads come
from the shared lexicon (`claimgraph.lexicon`): countries, world regions and continents count
as "countries" here, well-known cities, capitals and US states as cities. Lookups are lowercase
frozensets.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml

from claimgraph.errors import ConfigError
from claimgraph.extract.timex.lexicon import load_lexicon as timex_lexicon
from claimgraph.lexicon import lookup_key
from claimgraph.lexicon.names import name_words
from claimgraph.lexicon.places import gazetteer

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
    institution_nouns: frozenset[str]  # "intelligence", "special forces": after a country, its institution
    person_roles: frozenset[str]  # "X, a spokesman for": a person
    person_verbs: frozenset[str]  # lemmas: "X testified": a person
    organization_nouns: frozenset[str]  # "X, a Dubai consultancy": an organization
    group_kinds: frozenset[str]  # "the Islamic State group", "the Haqqani network"
    legal_forms: frozenset[str]  # "X Inc.": an organization
    company_possessions: frozenset[str]  # "X's shares": an organization
    line_labels: frozenset[str]  # "THE VERDICT:" opening a line: no name
    portfolio_titles: frozenset[str]  # "Labour Minister X": "Labour" is a portfolio
    eponym_illnesses: frozenset[str]  # "Legionnaires' disease": no name of anyone
    facility_heads: frozenset[str]  # "the Juniper Court Hotel": a place
    countries: frozenset[str]  # lowercase names of countries (and regions, continents)
    cities: frozenset[str]  # lowercase names of well-known cities and US states
    towns: frozenset[str]  # lowercase names of every city GeoNames lists (15,000 people or more)
    regions: frozenset[str]  # lowercase names of provinces and states (ISO 3166-2), not one compass word
    compass_words: frozenset[str]  # "western" Kenya, "rural" Mali
    place_parts: frozenset[str]  # "the outskirts of" Mueda
    capitals: frozenset[str]  # lowercase names of national capitals
    place_kinds: frozenset[str]  # "town", "territory": "X, a town in Y" and "X territory" are places
    country_first_words: frozenset[str]  # where a missed country name can start
    longest_country: int  # most words in a country name


def _keys(words: list[str]) -> frozenset[str]:
    return frozenset(lookup_key(word) for word in words)


@cache
def lexicon() -> Lexicon:
    """The lists and gazetteers, read on first use and kept for the process."""
    try:
        raw = yaml.safe_load(DATA.read_text(encoding="utf-8"))
        places = gazetteer()
        words = name_words()
        countries = frozenset(places.countries) | places.regions
        return Lexicon(
            labels=dict(raw["labels"]),
            possessives=frozenset(raw["possessives"]),
            months=frozenset(f"{month}{stop}" for month in timex_lexicon().months for stop in ("", ".")),
            articles=_keys(raw["articles"]),
            branch_words=_keys(raw["branch_words"]),
            organization_heads=words.organization_heads,
            locative_cues=_keys(raw["locative_cues"]),
            person_titles=words.person_titles,
            sports_cues=_keys(raw["sports_cues"]),
            ambiguous_places=_keys(raw["ambiguous_places"]),
            institution_nouns=_keys(raw["institution_nouns"]),
            person_roles=frozenset(raw["person_roles"]),
            person_verbs=frozenset(raw["person_verbs"]),
            organization_nouns=frozenset(raw["organization_nouns"]),
            group_kinds=frozenset(raw["group_kinds"]),
            legal_forms=frozenset(raw["legal_forms"]),
            company_possessions=frozenset(raw["company_possessions"]),
            line_labels=frozenset(str(w).lower() for w in raw["line_labels"]),
            portfolio_titles=frozenset(str(w).lower() for w in raw["portfolio_titles"]),
            eponym_illnesses=frozenset(str(w).lower() for w in raw["eponym_illnesses"]),
            facility_heads=frozenset(str(w).lower() for w in raw["facility_heads"]),
            countries=countries,
            cities=(places.well_known_cities | places.us_states) - countries,
            towns=frozenset(places.cities) - countries,
            regions=places.subdivisions - countries - places.compass_words,
            compass_words=places.compass_words,
            place_parts=frozenset(raw["place_parts"]),
            capitals=places.capitals,
            place_kinds=places.place_kinds,
            country_first_words=frozenset(name.split()[0] for name in countries),
            longest_country=max(len(name.split()) for name in countries),
        )
    except (OSError, KeyError, TypeError, ValueError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the mention lists {DATA}: {exc}") from None
