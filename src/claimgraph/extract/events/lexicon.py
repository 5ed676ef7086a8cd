"""The word lists of the event component (`data/events.yaml`) and its place gazetteers.

Read once per process (`event_lexicon()`); lookups are lowercase frozensets and dicts, and the
trigger phrases are indexed by their first word so that matching is one pass over the tokens.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

from claimgraph.errors import ConfigError
from claimgraph.lexicon import lookup_key as key
from claimgraph.lexicon.names import name_words
from claimgraph.lexicon.places import gazetteer

DATA = files(__package__) / "data" / "events.yaml"
WILDCARD = "*"
MAX_GAP = 3  # words a "*" in a phrase may stand for


@dataclass(frozen=True, slots=True)
class Phrase:
    type: str
    words: tuple[str, ...]  # lemmas; WILDCARD for a gap


@dataclass(frozen=True, slots=True)
class Measure:
    verbs: frozenset[str]
    intransitive: frozenset[str]
    adjectives: frozenset[str]
    nouns: frozenset[str]


@dataclass(frozen=True, slots=True)
class EventLexicon:
    noun_types: dict[str, str]
    verb_types: dict[str, str]
    object_verbs: dict[str, str]
    phrases: dict[str, tuple[Phrase, ...]]  # first word -> phrases starting with it
    umbrella: frozenset[str]
    needs_org_object: frozenset[str]
    needs_person_object: frozenset[str]  # "fired her", not "fired rockets"
    forms: dict[str, str]  # a form -> the DESIGN type it is a form of (dismissal -> resignation)
    retyped_by_object: dict[str, dict[str, str]]  # verb -> {object lemma or mention label: type}
    appointment_verbs: frozenset[str]  # "approved as ambassador": with "as" and a post
    posts: frozenset[str]
    modified_nouns: dict[str, dict[str, str]]
    attack_modifiers: dict[str, str]
    anaphor_nouns: dict[str, frozenset[str]]
    family: dict[str, str]  # type -> family name (a type outside every family is its own)
    traits: dict[str, frozenset[str]]  # type -> its traits (doer, keyed, claimable...: events.yaml)
    possessor_roles: dict[str, str]  # type -> role of a noun trigger's possessor ("his death")
    of_roles: dict[str, str]  # type -> role of its "of" phrase ("the appointment of X")
    _families_with: dict[str, frozenset[str]]  # trait -> families of the types that have it
    excluded_modifiers: frozenset[str]
    sport_words: frozenset[str]
    figurative_targets: frozenset[str]
    figurative_types: frozenset[str]
    sport_types: frozenset[str]
    generic_heads: frozenset[str]
    generic_modifiers: frozenset[str]
    distinct_modifiers: frozenset[str]
    framing_prepositions: frozenset[str]
    relay_claim_prepositions: frozenset[str]
    claimed_nouns: frozenset[str]
    irrealis_governors: frozenset[str]
    crime_governors: frozenset[str]
    violent_verbs: dict[str, str]
    perpetrator_nouns: frozenset[str]
    security_nouns: frozenset[str]
    group_heads: frozenset[str]
    responder_verbs: frozenset[str]
    participant_nouns: frozenset[str]
    agent_verbs: frozenset[str]
    perpetrator_verbs: frozenset[str]
    behind_words: frozenset[str]
    suspect_cues: frozenset[str]
    official_words: frozenset[str]
    responsibility_nouns: frozenset[str]
    responsibility_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    self_claim_verbs: frozenset[str]
    self_claim_pronouns: frozenset[str]
    claim_methods: dict[str, str]
    audio_partners: frozenset[str]
    relay_verbs: frozenset[str]
    relay_prepositions: frozenset[str]
    outlet_heads: frozenset[str]
    place_prepositions: frozenset[str]
    frame_verbs: frozenset[str]
    course_verbs: frozenset[str]
    undated_verbs: frozenset[str]
    dated_types: dict[str, str]  # verb -> event type, once dated
    dated_subtypes: dict[str, str]  # verb -> the subtype of its `other` event
    facility_nouns: frozenset[str]
    city_cues: frozenset[str]
    region_cues: frozenset[str]
    compass_words: frozenset[str]
    countries: frozenset[str]
    regions: frozenset[str]
    cities: frozenset[str]
    measures: dict[str, Measure]
    groups: dict[str, str]  # noun -> group key
    toll_nouns: frozenset[str]
    inclusion_words: frozenset[str]
    qualifiers: dict[tuple[str, ...], str]  # words -> qualifier
    number_words: dict[str, int]
    scale_words: dict[str, int]

    @property
    def incident_verbs(self) -> frozenset[str]:
        """Verbs that tell an incident's course, doing or framing ("killed", "carried out",
        "announced", "claimed"): in a clause about the incident they are not a happening of their own."""
        return self.course_verbs | self.perpetrator_verbs | self.agent_verbs | self.frame_verbs

    def family_of(self, event_type: str | None) -> str | None:
        return None if event_type is None else self.family.get(event_type, event_type)

    def has(self, event_type: str | None, trait: str) -> bool:
        """Whether the type has a trait of events.yaml ("doer", "keyed", "continued"...)."""
        return event_type is not None and trait in self.traits.get(event_type, ())

    def families_with(self, trait: str) -> frozenset[str]:
        """The families of the types that have `trait`."""
        return self._families_with.get(trait, frozenset())


def _set(values: list[Any]) -> frozenset[str]:
    if any(isinstance(v, bool) for v in values):  # YAML reads a bare on/off/no as a boolean
        raise ValueError(f"quote the words on, off, yes, no in {values!r}")
    return frozenset(key(str(v)) for v in values)


def _triggers(types: dict[str, Any]) -> tuple[dict, dict, dict, dict, frozenset[str]]:
    nouns: dict[str, str] = {}
    verbs: dict[str, str] = {}
    object_verbs: dict[str, str] = {}
    phrases: dict[str, list[Phrase]] = {}
    umbrella: set[str] = set()
    for name, spec in types.items():
        if spec.get("umbrella"):
            umbrella.add(name)
        for word in spec.get("nouns") or []:
            nouns[key(word)] = name
        for word in spec.get("verbs") or []:
            verbs[key(word)] = name
        for word in spec.get("verbs_needing_object") or []:
            object_verbs[key(word)] = name
        for text in spec.get("phrases") or []:
            words = tuple(key(text).split())
            phrases.setdefault(words[0], []).append(Phrase(name, words))
    frozen = {first: tuple(sorted(found, key=lambda p: -len(p.words)))
              for first, found in phrases.items()}
    return nouns, verbs, object_verbs, frozen, frozenset(umbrella)


def _gazetteers() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    places = gazetteer()
    countries = frozenset(places.countries)
    cities = (frozenset(places.cities) | places.capitals) - countries
    regions = (places.regions | places.us_states | places.subdivisions) - countries - cities
    return countries, regions, cities


def _families_with(types: dict[str, Any], family: dict[str, str]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for name, spec in types.items():
        for trait in spec.get("traits") or []:
            found.setdefault(trait, set()).add(family.get(name, name))
    return {trait: frozenset(families) for trait, families in found.items()}


def _measures(raw: dict[str, Any]) -> dict[str, Measure]:
    return {
        name: Measure(_set(spec["verbs"]), _set(spec["intransitive"]),
                      _set(spec["adjectives"]), _set(spec["nouns"]))
        for name, spec in raw.items()
    }


@cache
def event_lexicon() -> EventLexicon:
    """The lists and gazetteers, read on first use and kept for the process."""
    try:
        raw = yaml.safe_load(DATA.read_text(encoding="utf-8"))
        nouns, verbs, object_verbs, phrases, umbrella = _triggers(raw["types"])
        family = {t: name for name, members in raw["families"].items() for t in members}
        countries, regions, cities = _gazetteers()
        return EventLexicon(
            noun_types=nouns,
            verb_types=verbs,
            object_verbs=object_verbs,
            phrases=phrases,
            umbrella=umbrella,
            needs_org_object=_set(raw["needs_organization_object"]),
            needs_person_object=_set(raw["needs_person_object"]),
            forms={name: spec["form_of"] for name, spec in raw["types"].items() if spec.get("form_of")},
            retyped_by_object={key(verb): {w if w[:1].isupper() else key(w): new for w, new in table.items()}
                               for verb, table in raw["retyped_by_object"].items()},
            appointment_verbs=_set(raw["appointment_verbs"]),
            posts=_set(raw["posts"]) | (name_words().person_titles - name_words().honorifics),
            modified_nouns={key(n): {key(m): t for m, t in mods.items()}
                            for n, mods in raw["modified_nouns"].items()},
            attack_modifiers={key(m): t for m, t in raw["attack_modifiers"].items()},
            anaphor_nouns={key(n): _set(v) for n, v in raw["anaphor_nouns"].items()},
            family=family,
            traits={name: _set(spec.get("traits") or []) for name, spec in raw["types"].items()},
            possessor_roles={name: spec["possessor"] for name, spec in raw["types"].items() if spec.get("possessor")},
            of_roles={name: spec["of"] for name, spec in raw["types"].items() if spec.get("of")},
            _families_with=_families_with(raw["types"], family),
            excluded_modifiers=_set(raw["excluded_modifiers"]),
            sport_words=_set(raw["sport_words"]),
            figurative_targets=_set(raw["figurative_targets"]),
            figurative_types=_set(raw["figurative_types"]),
            sport_types=_set(raw["sport_types"]),
            generic_heads=_set(raw["generic_heads"]),
            generic_modifiers=_set(raw["generic_modifiers"]),
            distinct_modifiers=_set(raw["distinct_modifiers"]),
            framing_prepositions=_set(raw["framing_prepositions"]),
            relay_claim_prepositions=_set(raw["relay_claim_prepositions"]),
            claimed_nouns=_set(raw["claimed_nouns"]),
            irrealis_governors=_set(raw["irrealis_governors"]),
            crime_governors=_set(raw["crime_governors"]),
            violent_verbs={key(v): t for v, t in raw["violent_verbs"].items()},
            perpetrator_nouns=_set(raw["perpetrator_nouns"]),
            security_nouns=_set(raw["security_nouns"]),
            group_heads=_set(raw["group_heads"]),
            responder_verbs=_set(raw["responder_verbs"]),
            participant_nouns=_set(raw["participant_nouns"]),
            agent_verbs=_set(raw["agent_verbs"]),
            perpetrator_verbs=_set(raw["perpetrator_verbs"]),
            behind_words=_set(raw["behind_words"]),
            suspect_cues=_set(raw["suspect_cues"]),
            official_words=_set(raw["official_words"]),
            responsibility_nouns=_set(raw["responsibility_nouns"]),
            responsibility_verbs=_set(raw["responsibility_verbs"]),
            denial_verbs=_set(raw["denial_verbs"]),
            self_claim_verbs=_set(raw["self_claim_verbs"]),
            self_claim_pronouns=_set(raw["self_claim_pronouns"]),
            claim_methods={key(w): m for w, m in raw["claim_methods"].items()},
            audio_partners=_set(raw["audio_partners"]),
            relay_verbs=_set(raw["relay_verbs"]),
            relay_prepositions=_set(raw["relay_prepositions"]),
            outlet_heads=_set(raw["outlet_heads"]),
            place_prepositions=_set(raw["place_prepositions"]),
            frame_verbs=_set(raw["frame_verbs"]),
            course_verbs=_set(raw["course_verbs"]),
            undated_verbs=_set(raw["undated_verbs"]),
            dated_types={key(str(k)): str(v) for k, v in (raw.get("dated_types") or {}).items()},
            dated_subtypes={key(str(k)): str(v) for k, v in (raw.get("dated_subtypes") or {}).items()},
            facility_nouns=_set(raw["facility_nouns"]),
            city_cues=_set(raw["city_cues"]),
            region_cues=_set(raw["region_cues"]),
            compass_words=gazetteer().compass_words,
            countries=countries,
            regions=regions,
            cities=cities,
            measures=_measures(raw["measures"]),
            groups={key(n): g for g, nouns_ in raw["groups"].items() for n in nouns_},
            toll_nouns=_set(raw["toll_nouns"]),
            inclusion_words=_set(raw["inclusion_words"]),
            qualifiers={tuple(key(q).split()): v for q, v in raw["qualifiers"].items()},
            number_words={key(w): int(n) for w, n in raw["number_words"].items()},
            scale_words={key(w): int(n) for w, n in raw["scale_words"].items()},
        )
    except (OSError, KeyError, TypeError, ValueError, AttributeError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the event lists {DATA}: {exc}") from None
