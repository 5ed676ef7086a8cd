"""The resolver's word lists (`data/*.yaml`) with the shared ones it reads (person titles,
organization heads, countries: `claimgraph.lexicon`), loaded once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml

from claimgraph.errors import ConfigError
from claimgraph.lexicon.names import name_words
from claimgraph.lexicon.places import country_codes

DATA = files("claimgraph.resolve") / "data"


@dataclass(frozen=True, slots=True)
class Lexicon:
    alias_cues: tuple[str, ...]  # longest first
    bracketed_cues: frozenset[str]
    titles: frozenset[str]  # person titles: before a name they make it a person's
    arabic_article: frozenset[str]
    arabic_article_hyphenated: frozenset[str]
    transliteration: tuple[tuple[str, str], ...]
    acronym_stopwords: frozenset[str]
    eponym_heads: frozenset[str]  # "the John Smith Foundation": named after a person
    feature_heads: frozenset[str]  # "the Aries" for "the Aries River"
    place_kinds: frozenset[str]  # "Calder County" is a place, not short for "Calder County Health Department"
    organization_heads: frozenset[str]
    organization_cues: frozenset[str]
    location_cues: frozenset[str]
    countries: dict[str, str]  # lowercase plain name -> ISO alpha-2 code


def _plain(text: str) -> str:
    from claimgraph.resolve.names import name_key

    return name_key(text)


def _words(raw: dict, name: str) -> frozenset[str]:
    return frozenset(str(word).lower() for word in raw[name])


@cache
def lexicon() -> Lexicon:
    """The lists, read on first use and kept for the process."""
    try:
        raw: dict = {}
        for name in ("aliases.yaml", "names.yaml", "types.yaml"):
            raw.update(yaml.safe_load((DATA / name).read_text(encoding="utf-8")))
        return Lexicon(
            alias_cues=tuple(sorted((str(c).lower() for c in raw["alias_cues"]), key=len, reverse=True)),
            bracketed_cues=_words(raw, "bracketed_cues"),
            titles=name_words().person_titles,
            arabic_article=_words(raw, "arabic_article"),
            arabic_article_hyphenated=_words(raw, "arabic_article_hyphenated"),
            transliteration=tuple((str(a), str(b)) for a, b in raw["transliteration"]),
            acronym_stopwords=_words(raw, "acronym_stopwords"),
            eponym_heads=_words(raw, "eponym_heads"),
            feature_heads=_words(raw, "feature_heads"),
            place_kinds=_words(raw, "place_kinds"),
            organization_heads=name_words().organization_heads,
            organization_cues=_words(raw, "organization_cues"),
            location_cues=_words(raw, "location_cues"),
            countries=country_codes(_plain),
        )
    except (OSError, KeyError, TypeError, ValueError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the resolver's lists in {DATA}: {exc}") from None


def cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    """A regex alternation of cue phrases, longest first, on word boundaries."""
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")(?!\w)", re.IGNORECASE)
