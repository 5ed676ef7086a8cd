"""The trigger words of the relation component (`data/relations.yaml`), loaded once per process.

Every predicate named in the file must be one of `model.vocab.PREDICATES`: a typo in the data
is a ConfigError when the pipeline is built, not a silent miss.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

from claimgraph.errors import ConfigError
from claimgraph.model.vocab import PREDICATES

__all__ = ["RelationLexicon", "VerbFrame", "relation_lexicon"]

DATA = files(__package__) / "data" / "relations.yaml"


@dataclass(frozen=True, slots=True)
class VerbFrame:
    predicate: str
    preps: frozenset[str] = frozenset()
    direct: bool = True  # the direct object may be the relation's object
    reverse: bool = False  # the grammatical subject is the relation's object
    via: frozenset[str] = frozenset()  # light nouns ("responsibility", "name")
    event: bool = False  # the object may be an event phrase
    literal: bool = False  # the object is a date of the clause
    particle: str | None = None  # "out" in "carry out"
    role: str | None = None  # for holds_position: "coached Liverpool" -> coach
    ended: bool = False  # the verb ends the relation: "split from Y", "left Y" (it held until then)


@dataclass(frozen=True, slots=True)
class RelationLexicon:
    verbs: dict[str, list[VerbFrame]]  # lemma -> frames (phrasal verbs keep their particle)
    copula_preps: dict[str, VerbFrame]
    give_verbs: frozenset[str]
    receive_verbs: frozenset[str]
    given: dict[str, str]  # "weapons" / "financial support" -> predicate
    nouns: dict[str, str]  # relation noun (one or two words) -> predicate
    roles: dict[str, str]  # role noun (one or two words) -> role written in the relation
    noun_preps: frozenset[str]
    adjectives: dict[str, dict[str, Any]]
    compound_participles: dict[str, str]
    with_phrases: dict[tuple[str, ...], str]  # ("in", "conjunction", "with") -> predicate
    helped_by: dict[tuple[str, ...], str]  # ("with", "the", "help", "of") -> predicate
    agent_phrases: frozenset[tuple[str, ...]]  # ("under", "the", "auspices", "of")
    group_nouns: frozenset[str]
    intent_verbs: frozenset[str]
    member_nouns: frozenset[str]
    including: frozenset[str]
    event_nouns: frozenset[str]
    formerly: frozenset[str]
    naming_verbs: frozenset[str]
    name_heads: frozenset[str]
    venue_nouns: frozenset[str]
    site_nouns: frozenset[str]  # what an organization has somewhere ("its offices in X")
    place_heads: frozenset[str]  # last words of place names ("County", "Sea"), read by the scorer
    past_modifiers: frozenset[str]  # "former", "ex-": the role is over
    roles_for_persons: frozenset[str]  # roles held for a person: works_with ("a lawyer for X")
    training_roles: frozenset[str]  # roles that train the person they are held for ("her coach")
    no_posts: frozenset[str]  # nouns shaped like an occupation that hold no post ("a customer of X")
    occupation_endings: tuple[str, ...]  # endings that make a noun an occupation ("coordinator")
    time_kinds: dict[str, str]


def _frame(spec: Any, where: str) -> VerbFrame:  # noqa: ANN401 - a YAML value
    if isinstance(spec, str):
        spec = {"predicate": spec}
    predicate = spec.get("predicate")
    if predicate not in PREDICATES:
        raise ConfigError(f"{DATA}: {where}: unknown predicate {predicate!r}")
    return VerbFrame(
        predicate=predicate,
        preps=frozenset(spec.get("preps", ())),
        direct=bool(spec.get("direct", not spec.get("via"))),
        reverse=bool(spec.get("reverse", False)),
        via=frozenset(spec.get("via", ())),
        event=bool(spec.get("event", False)),
        literal=bool(spec.get("literal", False)),
        role=spec.get("role"),
        ended=bool(spec.get("ended", False)),
    )


def _checked(mapping: dict[str, list[str]], where: str) -> dict[str, str]:
    out = {}
    for predicate, words in mapping.items():
        if predicate not in PREDICATES:
            raise ConfigError(f"{DATA}: {where}: unknown predicate {predicate!r}")
        for word in words:
            out.setdefault(str(word).lower(), predicate)
    return out


@cache
def relation_lexicon() -> RelationLexicon:
    """The trigger lists, read on first use and kept for the process."""
    try:
        raw = yaml.safe_load(DATA.read_text(encoding="utf-8"))
        verbs: dict[str, list[VerbFrame]] = {}
        for key, specs in raw["verbs"].items():
            lemma, _, particle = str(key).partition(" ")
            for spec in specs if isinstance(specs, list) else [specs]:
                frame = _frame(spec, f"verbs.{key}")
                if particle:
                    frame = VerbFrame(**{**_fields(frame), "particle": particle})
                verbs.setdefault(lemma, []).append(frame)
        adjectives = raw["adjectives"]
        for word, spec in adjectives.items():
            for predicate in (spec["predicate"], spec.get("group", spec["predicate"])):
                if predicate not in PREDICATES:
                    raise ConfigError(f"{DATA}: adjectives.{word}: unknown predicate {predicate!r}")
        roles = {str(word).lower(): role for role, words in raw["roles"].items() for word in words}
        return RelationLexicon(
            verbs=verbs,
            copula_preps={k: _frame(v, f"copula_preps.{k}") for k, v in raw["copula_preps"].items()},
            give_verbs=frozenset(raw["give_verbs"]),
            receive_verbs=frozenset(raw["receive_verbs"]),
            given=_checked(raw["given"], "given"),
            nouns=_checked(raw["nouns"], "nouns"),
            roles=roles,
            noun_preps=frozenset(raw["noun_preps"]),
            adjectives={k: dict(v) for k, v in adjectives.items()},
            compound_participles=_checked_map(raw["compound_participles"], "compound_participles"),
            with_phrases={
                tuple(phrase.lower().split()): predicate
                for predicate, phrases in _lists(raw["with_phrases"], "with_phrases").items()
                for phrase in phrases
            },
            helped_by={
                tuple(phrase.lower().split()): predicate
                for predicate, phrases in _lists(raw["helped_by"], "helped_by").items()
                for phrase in phrases
            },
            agent_phrases=frozenset(tuple(p.lower().split()) for p in raw["agent_phrases"]),
            group_nouns=frozenset(raw["group_nouns"]),
            intent_verbs=frozenset(raw["intent_verbs"]),
            member_nouns=frozenset(raw["member_nouns"]),
            including=frozenset(raw["including"]),
            event_nouns=frozenset(raw["event_nouns"]),
            formerly=frozenset(raw["formerly"]),
            naming_verbs=frozenset(raw["naming_verbs"]),
            name_heads=frozenset(raw["name_heads"]),
            venue_nouns=frozenset(raw["venue_nouns"]),
            site_nouns=frozenset(raw["site_nouns"]),
            place_heads=frozenset(raw["place_heads"]),
            past_modifiers=frozenset(raw["past_modifiers"]),
            roles_for_persons=frozenset(raw["roles_for_persons"]),
            training_roles=frozenset(raw["training_roles"]),
            no_posts=frozenset(raw["no_posts"]),
            occupation_endings=tuple(raw["occupation_endings"]),
            time_kinds={str(k): str(v) for k, v in raw["time_kinds"].items()},
        )
    except (OSError, KeyError, TypeError, ValueError, AttributeError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the relation triggers {DATA}: {exc}") from None


def _checked_map(mapping: dict[str, str], where: str) -> dict[str, str]:
    for word, predicate in mapping.items():
        if predicate not in PREDICATES:
            raise ConfigError(f"{DATA}: {where}.{word}: unknown predicate {predicate!r}")
    return {str(word).lower(): predicate for word, predicate in mapping.items()}


def _fields(frame: VerbFrame) -> dict[str, Any]:
    return {name: getattr(frame, name) for name in VerbFrame.__slots__}


def _lists(mapping: dict[str, list[str]], where: str) -> dict[str, list[str]]:
    for predicate in mapping:
        if predicate not in PREDICATES:
            raise ConfigError(f"{DATA}: {where}: unknown predicate {predicate!r}")
    return mapping
