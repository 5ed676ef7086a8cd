"""Events: incidents (attacks, interventions, renamings, mergers, outbreaks ...) as a document states them.

Two ways in:

- `find_events(doc)` returns the event dicts of a doc that has been through the claimgraph
  pipeline up to stance (mentions, timexes, attributions and claims are read when present);
- the spaCy component `claimgraph_events` (after `claimgraph_stance`, before relations)
  writes them to `doc._.events`.

One entry per incident: the mentions of one incident ("a terrorist attack", "the attack",
"The Kabul bombing", "the hostage-taking operation in the Serena hotel in Kabul") are
clustered (`events.cluster`); `mentions` lists every trigger's [start, end].
The parts:

- `events.triggers`: trigger words from `data/events.yaml` (adding one is a data change);
- `events.dates`, `events.places`, `events.arguments`: each trigger's date, place, participants;
- `events.numbers`: counts (killed, injured, hostages ...) with qualifiers and breakdowns;
- `events.responsibility`: claims of responsibility, their method and relays, denials;
- `events.attach`: counts, claims and responses that name no incident go to the one named in
  their sentence, else the latest one named just before;
- `events.build`: the decisions that turn an incident into its dict (documented there).

The record of each incident is `contract.EventEntry`.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from claimgraph.extract import extensions
from claimgraph.extract.events.arguments import (
    ResponderAct,
    participants_of,
    responder_acts,
)
from claimgraph.extract.events.attach import (
    attach_claims,
    attach_counts,
    attach_responses,
)
from claimgraph.extract.events.build import build_event
from claimgraph.extract.events.cluster import EventMention, Incident, cluster
from claimgraph.extract.events.dates import date_of
from claimgraph.extract.events.lexicon import EventLexicon, event_lexicon
from claimgraph.extract.events.numbers import find_counts
from claimgraph.extract.events.places import places_of, sentence_places
from claimgraph.extract.events.responsibility import find_responsibility
from claimgraph.extract.events.triggers import Trigger, find_triggers
from claimgraph.extract.mentions.described import described_mentions
from claimgraph.extract.syntax import DocView, build_view

__all__ = ["EventFinder", "find_events"]


def find_events(doc: Doc) -> list[dict[str, Any]]:
    """The incidents of `doc`, in order of their first mention."""
    extensions.register()
    view = build_view(doc)
    lex = event_lexicon()
    triggers = _without_counted_arrests(view, find_triggers(view, lex))
    acts = responder_acts(view, lex)
    act_at = {act.verb: act for act in acts}
    headline = _headline(view)
    mentions: list[EventMention] = []
    pending: list[tuple[ResponderAct, EventMention | None]] = []
    for trig in triggers:
        m = EventMention(
            trig=trig, family=lex.family_of(trig.type), places=places_of(view, lex, trig),
            date=date_of(view, trig, lex.course_verbs), roles=participants_of(view, lex, trig),
            claim=view.claim_at[trig.head], sent=view.sent[trig.head], para=view.para[trig.head],
            headline=view.para[trig.head] == 0 and headline,
        )
        m.role_keys = frozenset((r.role, " ".join(view.text[r.start:r.end].lower().split()))
                                for r in m.roles if r.role not in ("target", "victim") or lex.has(trig.type, "keyed"))
        named = view.mention(trig.head)
        if named is not None and named.label == "Event":
            m.name = " ".join(view.text[named.start_char:named.end_char].lower().split())
        act = act_at.get(trig.head) if trig.verbal and lex.has(trig.type, "response") else None
        if act is not None:
            pending.append((act, m))
            continue
        mentions.append(m)
    _last_resort_places(view, lex, mentions)
    used = {id(a) for a, _ in pending}
    pending += [(a, None) for a in acts if id(a) not in used]
    incidents = cluster(mentions, lex)
    responders = attach_responses(view, lex, incidents, pending)
    counts = attach_counts(view, incidents, find_counts(view, lex))
    claims = attach_claims(view, lex, incidents, find_responsibility(view, lex, triggers))
    incidents.sort(key=lambda inc: inc.mentions[0].trig.start)
    built = [build_event(view, lex, inc, counts.get(id(inc), []), claims.get(id(inc), []),
                         responders.get(id(inc), [])) for inc in incidents]
    return [event for event, inc in zip(built, incidents, strict=True) if _told(lex, event, inc)]


def _told(lex: EventLexicon, event: dict, inc: Incident) -> bool:
    """A type whose nouns also name a thing (a contract, an agreement, a payment: the paper or
    the sum) is an incident only when a verb tells it or a date places it."""
    if not lex.has(event["type"], "dated_nouns"):
        return True
    return event["date"] is not None or any(m.trig.verbal for m in inc.mentions)


def _last_resort_places(view: DocView, lex: EventLexicon, mentions: list[EventMention]) -> None:
    """A mention with no place of its own, alone in its sentence, takes the sentence's place."""
    per_sentence = Counter(m.sent for m in mentions)
    for m in mentions:
        if not m.places and per_sentence[m.sent] == 1 and not m.trig.anaphor and not m.trig.bare:
            m.places = sentence_places(view, lex, m.trig)


def _without_counted_arrests(view: DocView, triggers: list[Trigger]) -> list[Trigger]:
    """'raided a flat and arrested three suspects', 'Police detained 12 protesters' after a
    protest: arrests counted within another incident are its numbers, not an event."""
    kept = []
    for trig in triggers:
        if trig.type == "arrest" and trig.verbal and _counted_object(view, trig.head) and any(
                other.type not in (None, "arrest") and not other.dated and 0 <= view.sent[trig.head] - view.sent[other.head] <= 2
                for other in triggers):
            continue
        kept.append(trig)
    return kept


def _counted_object(view: DocView, i: int) -> bool:
    return any(view.dep[c] in ("dobj", "nsubjpass") and any(view.dep[g] == "nummod" for g in view.children[c])
               for c in view.children[i])


def _headline(view: DocView) -> bool:
    """The first paragraph is a headline: one sentence, no final stop, more text after it."""
    n = len(view)
    if n == 0 or view.para[-1] == 0:
        return False
    end = 0
    while end < n and view.para[end] == 0:
        end += 1
    last = end - 1
    while last > 0 and view.pos[last] == "SPACE":
        last -= 1
    return view.lower[last] not in (".",) and view.sent[last] == view.sent[0]


class EventFinder:
    """The spaCy component: writes `find_events(doc)` to `doc._.events`."""

    def __init__(self, nlp: Language | None = None, name: str = "claimgraph_events") -> None:
        self.name = name
        extensions.register()
        event_lexicon()  # read the lists and gazetteers now, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = find_events(doc)
        doc.spans[extensions.DESCRIBED] = described_mentions(doc, doc._.events)
        return doc


@Language.factory(
    "claimgraph_events", default_config={},
    assigns=["doc._.events", "doc.spans"],
    requires=["doc.spans", "doc._.coref", "doc._.claims", "doc._.attributions", "token.dep", "token.lemma"],
)
def make_event_finder(nlp: Language, name: str) -> EventFinder:
    return EventFinder(nlp, name)
