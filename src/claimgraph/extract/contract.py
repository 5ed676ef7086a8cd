"""What claimgraph's spaCy components exchange on `Doc._`: one typed record per extension.

These are `TypedDict`s, so the values stay plain dicts and lists of strings, numbers and
booleans: they survive `Doc.to_bytes()` (which is how `nlp.pipe(n_process=N)` hands docs back
from worker processes) and read as JSON. Character offsets are `[start, end]` lists into
`doc.text`, end exclusive (`CharSpan`). `extensions.py` declares the extensions; each component's
factory declares which of them it `assigns` and `requires`, so `nlp.analyze_pipes()` checks the
order of a pipeline.

- `doc._.published`: the document date (ISO "2015-11-21") that relative dates are anchored on;
  set it before the pipeline runs.
- `doc.spans["claimgraph_mentions"]`: entity mentions, each labelled with an entity type.
- `doc.spans["claimgraph_sources"]`: the sources of attributions that no tagged name covers, as
  mentions labelled with an entity type; `kb_id_` "descriptive" for a description ("a senior
  official", "Prosecutors"), "named" for a name the recognizer missed.
- `doc.spans["claimgraph_timexes"]`: temporal expressions labelled with their TimeML type
  (DATE, TIME, DURATION, SET), each with `span._.timex_value` (the ISO value or None).
- `doc._.coref`: `CorefLink`s — pronouns and definite descriptions ("he", "the group", "the
  latter", "Ms Okafor") linked to the mention they refer to.
- `doc._.attributions`: `AttributionEntry`s, one per attributed piece of content.
- `doc._.claims`: `ClaimEntry`s, one per assertion, in text order. The claims component creates
  them certain, positive and neutral; factuality (certainty, polarity), stance and
  check-worthiness refine them in place.
- `doc._.relations`: `RelationEntry`s, one per stated link (DESIGN.md "Relation").
- `doc._.events`: `EventEntry`s, one per incident as the document tells it (DESIGN.md "Event").
"""

from __future__ import annotations

from typing import TypedDict

CharSpan = list[int]  # [start, end]: character offsets, end exclusive
CorefLink = list[int]  # [anaphor start, anaphor end, antecedent start, antecedent end]

class AttributionEntry(TypedDict):
    kind: str  # direct_quote | reported_speech | according_to | citation | block_quote | hearsay
    #            (hearsay: no named source: "allegedly", "it was reported")
    content: CharSpan  # what is attributed (quote marks excluded)
    cue: CharSpan | None  # "said", "according to", "Quoted in"
    cue_text: str | None  # the cue normalized: the verb's lemma ("say") or the phrase ("according to")
    cue_class: str | None  # the reporting verb's class ("assertive", "question"...)
    source: CharSpan | None  # the source (for a pronoun: its antecedent)
    source_text: str | None  # the source as written ("A member of the group", "he")
    direct_quote: bool
    via: list[CharSpan]  # relays between source and author, nearest to the source first
    frame: CharSpan | None  # the introducing text outside the content ("The council erroneously describes")


class ClaimEntry(TypedDict, total=False):
    start: int  # the claim's character span
    end: int
    attribution: int | None  # index into doc._.attributions; None when the author asserts it
    outer: int | None  # the attribution whose passage encloses this one (its source relays this claim)
    root: int | None  # token index of the claim's main predicate
    condition: CharSpan | None  # the clause it depends on ("Inasmuch as X, Y": X), if any
    certainty: str  # certain | probable | possible | reported | uncertain
    hedge_cues: list[str]  # hedges in scope ("allegedly", "could have been")
    booster_cues: list[str]  # boosters in scope ("unequivocally"); they keep a claim certain
    polarity: str  # positive | negative
    polarity_cues: list[str]
    author_stance: str  # endorses | neutral | disputes
    stance_cues: list[str]
    stance_target: int | None  # the attribution an author claim disputes or endorses
    checkworthy: float  # 0..1
    checkworthy_reasons: list[str]


class RelationEntry(TypedDict):
    subject: CharSpan  # the subject's entity mention (after coreference)
    predicate: str  # one of model.vocab.PREDICATES
    object: CharSpan | None  # the object's entity mention
    object_literal: str | None  # a literal object: a date "1972", a number
    role: str | None  # for holds_position: "ambassador", "director"...
    time: str | None  # TimeML value qualifying the link ("2004" for "since 2004")
    time_kind: str | None  # since | until | during | at
    trigger: CharSpan  # the words that state it ("trained", "leader of")
    claim: int | None  # index into doc._.claims of the claim that states it
    negated: bool  # stated as not holding ("did not fight", "denied funding")
    # The entity type of an argument that is a name no mention covers (a group name the tagger
    # missed: "the Islamist al-Shifa (Dawn) Brigade"), else None: such a name becomes a
    # mention of its own, so that every relation's ends are entities (`extraction_from`).
    subject_label: str | None
    object_label: str | None


class ParticipantEntry(TypedDict, total=False):
    span: CharSpan
    role: str  # perpetrator | target | responder | claimant | victim | agent | appointee | ...
    status: str | None  # a perpetrator's: suspected | confirmed | claimed


class CountEntry(TypedDict, total=False):
    measure: str  # killed, injured, hostages...
    value: int
    group: str | None  # a breakdown: "hostages" in killed_hostages
    qualifier: str | None  # "at least"
    span: CharSpan
    claim: int | None
    included: bool  # part of a total stated beside it


class EventEntry(TypedDict):
    type: str  # an event type of events.yaml
    subtypes: list[str]  # specific forms inside the incident ("hostage_taking" in an attack)
    form: str | None  # the form of attack that names an attack ("air_strike"), if one does
    trigger: CharSpan  # the first trigger outside a headline
    mentions: list[CharSpan]  # every trigger of the incident
    names: list[CharSpan]  # the noun phrases that name it ("the six-week fraud trial"); verbs name none
    phrases: list[CharSpan]  # a name with what follows its noun ("the assault on Mabanga"), where it goes on
    date: str | None  # TimeML value
    date_precision: str | None  # day | month | year | span
    date_span: CharSpan | None  # the timex the date comes from
    place: CharSpan | None  # a Location mention
    place_precision: str | None  # facility | city | region | country
    places: dict[str, CharSpan]  # level -> the place named at that level
    participants: list[ParticipantEntry]
    numbers: dict[str, int]  # {"killed": 21, "hostages": 170} as stated
    number_qualifiers: dict[str, str]  # {"killed": "at least"}
    numbers_stated: list[CountEntry]  # every count with its claim
    claimed_by: list[CharSpan]  # claimants of responsibility
    claim_method: str | None  # audio | statement | online | video | social_media
    claim_methods: list[str]
    relayed_by: list[CharSpan]  # outlets that relayed the claim
    denied_by: list[CharSpan]
    perpetrator_status: str | None  # suspected | confirmed | claimed
    claim: int | None  # index into doc._.claims
    claims: list[int]  # the claims of every mention
