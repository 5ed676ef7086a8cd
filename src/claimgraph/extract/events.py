"""Events: incidents (attacks, interventions, renamings, mergers, outbreaks ...) as a document states them.

Two ways in:

- `find_events(doc)` returns the event dicts of a doc that has been through the claimgraph
  pipeline up to stance (mentions, timexes, attributions and claims are read when present);
- the spaCy component `claimgraph_events` (after `claimgraph_stance`, before relations)
  writes them to `doc._.events`.

One entry per incident: the mentions of one incident ("a terrorist attack", "the attack",
"The Bamako terror operation", "the hostage-taking operation in the Radisson hotel in
Bamako") are clustered (`events_cluster`); `mentions` lists every trigger's [start, end].
The parts:

- `events_triggers`: trigger words from `data/events.yaml` (adding one is a data change);
- `events_dates`, `events_places`, `events_args`: each trigger's date, place, participants;
- `events_numbers`: counts (killed, injured, hostages ...) with qualifiers and breakdowns;
- `events_claims`: claims of responsibility, their method and relays, denials;
- `events_build`: the decisions that turn an incident into its dict (documented there).

Keys beyond the `extensions.py` contract: `subtypes`, `mentions`, `date_span`, `places`,
`number_qualifiers`, `numbers_stated`, `claim_methods`, `denied_by`, `claims`, and a
`status` on each perpetrator participant.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from claimgraph.extract import extensions
from claimgraph.extract.events_args import ResponderAct, Role, participants_of, responder_acts
from claimgraph.extract.events_build import build_event
from claimgraph.extract.events_claims import Responsibility, find_responsibility
from claimgraph.extract.events_cluster import EventMention, Incident, cluster
from claimgraph.extract.events_dates import date_of
from claimgraph.extract.events_doc import DocView, build_view
from claimgraph.extract.events_lexicon import EventLexicon, event_lexicon
from claimgraph.extract.events_numbers import Count, find_counts
from claimgraph.extract.events_places import places_of
from claimgraph.extract.events_triggers import Trigger, find_triggers

__all__ = ["EventFinder", "find_events"]

RESPONSE_TYPES = frozenset({"raid", "attack"})
KEYED = frozenset({"appointment", "death", "acquisition", "merger", "renaming", "arrest"})
WINDOW = 3  # sentences back in which a count, a claim or a response finds its incident


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
                                for r in m.roles if r.role not in ("target", "victim") or trig.type in KEYED)
        act = act_at.get(trig.head) if trig.verbal and trig.type in RESPONSE_TYPES else None
        if act is not None:
            pending.append((act, m))
            continue
        mentions.append(m)
    used = {id(a) for a, _ in pending}
    pending += [(a, None) for a in acts if id(a) not in used]
    incidents = cluster(mentions, lex)
    responders = _attach_responses(view, lex, incidents, pending)
    counts = _attach_counts(view, incidents, find_counts(view, lex))
    claims = _attach_claims(view, lex, incidents, find_responsibility(view, lex, triggers))
    incidents.sort(key=lambda inc: inc.mentions[0].trig.start)
    return [build_event(view, lex, inc, counts.get(id(inc), []), claims.get(id(inc), []),
                        responders.get(id(inc), [])) for inc in incidents]


def _without_counted_arrests(view: DocView, triggers: list[Trigger]) -> list[Trigger]:
    """'raided a flat and arrested three suspects', 'Police detained 12 protesters' after a
    protest: arrests counted within another incident are its numbers, not an event."""
    kept = []
    for trig in triggers:
        if trig.type == "arrest" and trig.verbal and _counted_object(view, trig.head) and any(
                other.type not in (None, "arrest") and 0 <= view.sent[trig.head] - view.sent[other.head] <= 2
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


def _mention_owner(incidents: list[Incident]) -> dict[int, Incident]:
    return {m.trig.head: inc for inc in incidents for m in inc.mentions}


def _latest_before(view: DocView, incidents: list[Incident], i: int, families: set[str] | None,
                   window: int = WINDOW) -> Incident | None:
    best, best_at = None, -1
    for inc in incidents:
        if families is not None and inc.family not in families:
            continue
        for m in inc.mentions:
            h = m.trig.head
            if h <= i and h > best_at and view.sent[i] - view.sent[h] <= window:
                best, best_at = inc, h
    return best


def _in_sentence(view: DocView, incidents: list[Incident], i: int, families: set[str] | None) -> Incident | None:
    best, distance = None, None
    for inc in incidents:
        if families is not None and inc.family not in families:
            continue
        for m in inc.mentions:
            if view.sent[m.trig.head] == view.sent[i]:
                d = abs(m.trig.head - i)
                if distance is None or d < distance:
                    best, distance = inc, d
    return best


def _attach_responses(view: DocView, lex: EventLexicon, incidents: list[Incident],
                      pending: list[tuple[ResponderAct, EventMention | None]]) -> dict[int, list[ResponderAct]]:
    out: dict[int, list[ResponderAct]] = {}
    violent = {"violent"}
    for act, mention in sorted(pending, key=lambda p: p[0].verb):
        home = _in_sentence(view, incidents, act.verb, violent) or _latest_before(
            view, incidents, act.verb, violent)
        if home is not None:
            out.setdefault(id(home), []).append(act)
        elif mention is not None:  # a raid with no incident before it: an event of its own
            mention.roles = [Role(r.start, r.end, "agent", r.head) for r in act.roles] + [
                r for r in mention.roles if r.role != "perpetrator"]
            mention.trig.type = "raid"
            mention.family = lex.family_of("raid")
            incidents.append(Incident(mention.family or "raid", [mention]))
    return out


def _attach_counts(view: DocView, incidents: list[Incident], counts: list[Count]) -> dict[int, list[Count]]:
    out: dict[int, list[Count]] = {}
    for c in counts:
        home = _in_sentence(view, incidents, c.token, None)
        if home is None:
            home = _latest_before(view, incidents, c.token, None, window=2)
            if home is not None and view.para[home.last] < view.para[c.token] - 1:
                home = None
        if home is not None:
            out.setdefault(id(home), []).append(c)
    return out


def _attach_claims(view: DocView, lex: EventLexicon, incidents: list[Incident],
                   found: list[Responsibility]) -> dict[int, list[Responsibility]]:
    owner = _mention_owner(incidents)
    out: dict[int, list[Responsibility]] = {}
    for r in found:
        home = owner.get(r.target) if r.target is not None else None
        if home is None:
            home = _latest_before(view, incidents, r.token, {"violent"}, window=len(view))
        if home is not None:
            out.setdefault(id(home), []).append(r)
    return out


class EventFinder:
    """The spaCy component: writes `find_events(doc)` to `doc._.events`."""

    def __init__(self, nlp: Language | None = None, name: str = "claimgraph_events") -> None:
        self.name = name
        extensions.register()
        event_lexicon()  # read the lists and gazetteers now, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = find_events(doc)
        return doc


@Language.factory("claimgraph_events", default_config={})
def make_event_finder(nlp: Language, name: str) -> EventFinder:
    return EventFinder(nlp, name)
