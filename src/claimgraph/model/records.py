"""Plain records shared by every stage. No I/O here.

Offsets are Python character offsets into the document text as stored (after
normalization), end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from claimgraph.model.vocab import ATTACK_FORMS


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    text: str
    source: str
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date, e.g. "2015-11-21"
    meta: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class Mention:
    document: str
    start: int
    end: int
    text: str
    type: str  # one of ENTITY_TYPES
    label: str = ""  # the tagger's own label (PERSON, GPE, ...), kept for diagnosis
    entity: str | None = None
    descriptive: bool = False  # a source named by a description, not a name ("a senior official")


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    descriptive: bool = False  # named only by descriptions ("a senior police official", "the officials")


@dataclass(frozen=True, slots=True)
class Timex:
    document: str
    start: int
    end: int
    text: str
    value: str | None  # ISO value: "2015-11-20", "2015-06", "1979/1989", "P5D", "PRESENT_REF"
    type: str = "DATE"  # TimeML type: DATE, TIME, DURATION, SET


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document, ready to be stored in one transaction."""

    document: Document
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[Timex, ...] = ()
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    relations: tuple[Relation, ...] = ()
    events: tuple[Event, ...] = ()
    # (anaphor start, end, antecedent start, end): "Ms Okafor" → "Grace Okafor"
    coref: tuple[tuple[int, int, int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Claim:
    """One assertion in a document, with who asserts it and how (DESIGN.md, "Claim").

    `source` is an entity id once resolved, "author" when the writer asserts it in their own
    voice, or None for a source that names no entity ("officials", "a member of the group");
    `source_text` keeps the source as written either way.
    """

    id: str
    document: str
    start: int
    end: int
    text: str
    source: str | None = "author"
    source_text: str | None = None
    source_span: tuple[int, int] | None = None
    cue: str | None = None
    kind: str = "assertion"  # or the attribution kind: direct_quote, reported_speech, ...
    direct_quote: bool = False
    certainty: str = "certain"
    polarity: str = "positive"
    author_stance: str = "neutral"
    hedge_cues: tuple[str, ...] = ()
    polarity_cues: tuple[str, ...] = ()
    stance_cues: tuple[str, ...] = ()
    booster_cues: tuple[str, ...] = ()
    stance_target: str | None = None  # the claim an author claim disputes or endorses
    condition: str | None = None  # the clause it stands or falls with ("Inasmuch as X, Y": X)
    checkworthy: float | None = None  # 0..1: how much a fact-checker should look at it
    checkworthy_reasons: tuple[str, ...] = ()
    via: tuple[str, ...] = ()  # entity ids of relays, nearest to the source first
    via_text: tuple[str, ...] = ()
    via_spans: tuple[tuple[int, int] | None, ...] = ()  # the mention naming each relay, if any


@dataclass(frozen=True, slots=True)
class Relation:
    """A stated link `subject –predicate→ object`, from the claim that states it.

    It inherits source, certainty and stance from its claim; `negated` marks a link stated
    as not holding ("did not fight", "denied funding").
    """

    id: str
    document: str
    claim: str | None
    subject: str | None  # entity id
    predicate: str
    object: str | None = None  # entity id
    object_literal: str | None = None
    role: str | None = None
    time: str | None = None
    time_kind: str | None = None
    negated: bool = False
    start: int = 0  # the trigger's span
    end: int = 0
    subject_text: str = ""
    object_text: str = ""
    subject_span: tuple[int, int] | None = None
    object_span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Participant:
    role: str
    text: str
    entity: str | None = None
    span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """An incident as one document states it (DESIGN.md "Event")."""

    id: str
    document: str
    type: str
    start: int  # the first trigger's span
    end: int
    text: str
    entity: str | None = None  # the Event entity it is a mention of
    claim: str | None = None
    date: str | None = None
    date_precision: str | None = None
    place: str | None = None  # entity id
    place_text: str | None = None
    place_precision: str | None = None
    place_span: tuple[int, int] | None = None
    numbers: dict[str, Any] = field(default_factory=dict, compare=False)
    participants: tuple[Participant, ...] = ()
    claimed_by: tuple[Participant, ...] = ()
    claim_method: str | None = None
    relayed_by: tuple[Participant, ...] = ()
    perpetrator_status: str | None = None
    mentions: tuple[tuple[int, int], ...] = ()
    names: tuple[tuple[int, int], ...] = ()  # the noun phrases that name it; resolution reads them
    phrases: tuple[tuple[int, int], ...] = ()  # names with what follows the noun ("the assault on X"): aliases
    subtypes: tuple[str, ...] = ()
    # level ("facility", "city", "region", "country") -> {"text", "entity", "span"}
    places: dict[str, dict[str, Any]] = field(default_factory=dict, compare=False)
    # number_qualifiers, numbers_stated (each count with its claim id), claim_methods, denied_by, claims,
    # form (the form of attack that names an attack: "air_strike")
    details: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def kind(self) -> str:
        """What it is, in words: the form of attack that names an attack ("air strike"), the
        word of an `other` event ("birth", "restore"), else its type."""
        form = self.details.get("form")
        if self.type == "other" and self.subtypes:
            return self.subtypes[0].replace("_", " ")
        return (form if form in ATTACK_FORMS else self.type).replace("_", " ")
