"""Who did what to whom in an incident, when the text names them only by a description.

"Suspected militants attacked a village and a nearby army post": the attackers and the post
have no name, yet a reader follows them through the story and the graph must hold them
(DESIGN.md: unnamed participants are entities). `described_mentions(doc, events)` gives each
perpetrator, and each doer, target and victim of an incident someone does to someone (events.yaml
trait `targets`: an attack, an arrest, a fine), with no name in it, a mention of its own, in the span
group `claimgraph_described`, marked descriptive (its document's own entity, never joined to a
name elsewhere) and typed by its head noun:

- people ("gunmen", "two nurses", "Detectives"): Person;
- a body or a collective ("a militia", "the police", "an evaluation committee"): Organization;
- a place or facility ("a village", "a nearby army post", "the health centre"): Location.

A count of people names them by what is counted ("hundreds of people", "dozens of
villagers": the phrase runs to its "of" noun); a phrase saying where the thing is goes with it
("an army post outside Ndele", "a hospital in Hamilton"). A head outside these word lists (an abstract
noun, a bare number, "the money") gets no mention: it names no one a reader could follow.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from claimgraph.extract import extensions
from claimgraph.extract.attribution.lexicon import lexicon as attribution_lexicon
from claimgraph.extract.events.lexicon import event_lexicon
from claimgraph.extract.relations.arguments import Arguments
from claimgraph.extract.relations.lexicon import relation_lexicon
from claimgraph.extract.syntax import AMOUNTS, contract_span
from claimgraph.lexicon.names import name_words
from claimgraph.model.vocab import LOCATION, ORGANIZATION, PERSON

__all__ = ["described_mentions", "description_type"]

COUNT_HEADS = frozenset({"dozens", "hundreds", "thousands", "scores", "tens", "millions", "dozen", "hundred",
                         "thousand", "group", "number", "handful", "column", "band", "crowd"})
ROLES = frozenset({"perpetrator", "agent", "target", "victim"})
# "both men", "each of them": people already named; an amount is no participant ("fined it 1.2 million euros")
ANAPHORIC = frozenset({"both", "each", "either", "neither"})
PLACE_PREPOSITIONS = frozenset({"in", "at", "on", "near", "outside", "inside", "off", "along", "behind", "beside"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


@cache
def _heads() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Head lemmas of people, of bodies and collectives, and of places and facilities."""
    events, attribution, names = event_lexicon(), attribution_lexicon(), name_words()
    bodies = events.group_heads | attribution.body_nouns | names.organization_heads | frozenset(
        {"police", "army", "military", "force", "forces", "unit", "team", "gendarmerie", "services", "regulator",
         "watchdog", "prosecutor's office"})
    people = (attribution.person_nouns | events.perpetrator_nouns | events.participant_nouns | frozenset(
        {"soldier", "troop", "policeman", "policemen", "officer", "commando", "gendarme", "marine", "paratrooper",
         "rescuer", "firefighter", "paramedic", "detective", "hostage", "civilian", "detainee", "prisoner",
         "refugee", "migrant", "child", "crew", "guard", "agent"})) - bodies
    places = (events.facility_nouns | events.city_cues) - people
    return people, bodies, places


def description_type(head: Token, acted_on: bool = False) -> str | None:
    """Person, Organization or Location for a description headed by `head`, else None. A noun of
    both a body and a building ("the embassy", "an army post") is the building when something is
    done to it (`acted_on`), the body when it acts."""
    people, bodies, places = _heads()
    for word in (head.lemma_.lower(), head.lower_):
        if word in people:
            return PERSON
        if acted_on and word in places:
            return LOCATION
        if word in bodies:
            return ORGANIZATION
        if word in places:
            return LOCATION
    return None


def described_mentions(doc: Doc, events: Iterable[dict[str, Any]]) -> list[Span]:
    """Descriptive mentions for the participants of `events` that no mention covers and that
    name no entity otherwise ("Granitex's offices" stand for Granitex: `relations.arguments`)."""
    taken = {i for group in (extensions.MENTIONS, extensions.SOURCES) for span in doc.spans.get(group, ())
             for i in range(span.start, span.end)}
    triggers = {t.i for event in events for chars in event.get("mentions") or ()
                for t in contract_span(doc, chars) or ()}
    args: Arguments | None = None  # built for the first participant that needs it
    found: dict[tuple[int, int], Span] = {}
    lex = event_lexicon()
    for event in events:
        acted_on = lex.has(event["type"], "targets")  # an attack, an arrest, a fine: someone does it to someone
        for person in event.get("participants") or ():
            if not person.get("span") or not (person.get("role") == "perpetrator" or acted_on and person.get("role") in ROLES):
                continue
            span = contract_span(doc, person["span"])
            if span is None or any(t.i in taken for t in span) or span.root.i in triggers or (span.start, span.end) in found:
                continue  # "the Radisson Blu hotel" is the name's building, a mention already
            args = args or Arguments(doc, relation_lexicon())
            if args.entity(span.root) is not None:
                continue
            mention = _description(span, person["role"] in ("target", "victim"))
            if mention is not None:
                found[(mention.start, mention.end)] = mention
    return sorted(found.values(), key=lambda s: (s.start, s.end))


def _description(span: Span, acted_on: bool) -> Span | None:
    head = span.root
    count = head.lower_ in COUNT_HEADS
    if head.pos_ != "NOUN" and not count or any(t.pos_ == "PRON" or t.lower_ in ANAPHORIC for t in span) \
            or head.ent_type_ in AMOUNTS and not count:
        return None
    end = span.end
    if count:  # "hundreds of people": what is counted names them
        counted = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        if counted is not None:
            head, end = counted, counted.i + 1
    label = description_type(head, acted_on)
    if label is None:
        return None
    if end == head.i + 1:
        end = _placed_end(head, end)
    return Span(span.doc, span.start, end, label=label, kb_id=extensions.DESCRIPTIVE)


def _placed_end(head: Token, end: int) -> int:
    """Where a description ends that says where its thing is ("an army post outside Ndele",
    "a hospital in Hamilton"): after a place phrase right after its noun, up to a comma."""
    doc = head.doc
    for child in head.rights:
        if child.i != end or child.dep_ != "prep" or child.lower_ not in PLACE_PREPOSITIONS:
            break
        words = range(child.i + 1, child.right_edge.i + 1)
        cut = next((i for i in words if doc[i].is_punct), child.right_edge.i + 1)
        if not any(doc[i].ent_type_ in PLACE_ENTITIES or doc[i].lemma_ in _place_nouns() for i in range(child.i + 1, cut)):
            break
        end = cut
        if cut <= child.right_edge.i:
            break
    return end


@cache
def _place_nouns() -> frozenset[str]:
    events = event_lexicon()
    return events.city_cues | events.region_cues | frozenset({"road", "river", "border", "coast"})
