"""From clustered mentions to the `doc._.events` dicts: type, date, place, roles, numbers, claims.

Decisions, in one place:

- `type`: an incident that any of its introducing mentions (not a bare reference back) calls
  an attack, or names by one of its forms (a bombing, an air strike), is an "attack"; its
  specific forms (hostage_taking, shooting, bombing, air_strike) are listed in `subtypes`. Otherwise the most frequent type of its introducing mentions (the
  earliest on a tie); the other types go to `subtypes`. A hostage-taking inside an attack is
  thus a subtype of that attack, not an event of its own; hostages counted in an attack add
  "hostage_taking" to its subtypes. Other forms outside DESIGN's vocabulary (events.yaml
  `form_of`) take their type the same way: a dismissal is a "resignation" (leaving a post) with
  subtype "dismissal", a plea a "trial" with subtype "plea".
- `date`: the strongest dated mention (attached to its trigger > in its clause > nearest
  earlier anchor), the earliest on a tie; `date_span` is that timex's character span.
- `place`: per level (facility, city, region, country) the first Location mention found, else
  the first span; `place` is the most specific level held by a Location mention (else the
  most specific level); `places` lists every level found.
- participants: each (span, role) once, in text order; a perpetrator has a `status`:
  "claimed" when it comes from its own claim, "suspected" when hedged (a hedge word on it or
  its verb, or a claim whose certainty is not "certain"), "confirmed" when an attributed,
  named or official source states it plainly, else None (the author states it). The
  event's `perpetrator_status` is the strongest: confirmed > suspected > claimed; "claimed"
  also when claimants are the only evidence.
- `claim`: the claim holding the event's trigger (its first mention outside a headline);
  `claims` every claim that mentions it.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from claimgraph.extract.contract import EventEntry, ParticipantEntry
from claimgraph.extract.events.arguments import ResponderAct, Role
from claimgraph.extract.events.cluster import EventMention, Incident
from claimgraph.extract.events.lexicon import EventLexicon, key
from claimgraph.extract.events.numbers import Count, merge_counts
from claimgraph.extract.events.places import LEVELS
from claimgraph.extract.events.responsibility import Responsibility
from claimgraph.extract.events.triggers import Trigger
from claimgraph.extract.syntax import DocView
from claimgraph.model.vocab import ATTACK_FORMS

HEDGED = frozenset({"probable", "possible", "reported", "uncertain"})
STATUS_RANK = {"confirmed": 3, "suspected": 2, "claimed": 1}
VIOLENT_HOSTAGE_KEYS = ("hostages", "killed_hostages", "injured_hostages", "wounded_hostages")
BARE = frozenset({"the", "this", "that", "its", "a", "an"})


def intro_mentions(inc: Incident) -> list[EventMention]:
    """Mentions that name the incident afresh: the first one, and any indefinite or verbal one."""
    found = [m for m in inc.mentions if not m.trig.anaphor and (
        m.joined == "start" or not m.trig.definite or m.trig.verbal)]
    return found or inc.mentions


def event_type(inc: Incident, lex: EventLexicon) -> tuple[str, list[str], str | None]:
    intro = intro_mentions(inc)
    all_types = [m.trig.type for m in inc.mentions if m.trig.type]
    if any(m.trig.umbrella for m in intro):
        main = next(m.trig.type for m in intro if m.trig.umbrella)
    else:
        counts = Counter(m.trig.type for m in intro if m.trig.type)
        if not counts:
            counts = Counter(all_types)
        best = max(counts.values())
        main = next(m.trig.type for m in intro if m.trig.type and counts.get(m.trig.type) == best)
    form = None
    if main in ATTACK_FORMS:  # "an air strike" is an attack of that form
        all_types.insert(0, main)
        main, form = "attack", main
    elif main in lex.forms:  # "fired her": a resignation (leaving a post) of the form "dismissal"
        all_types.insert(0, main)
        main = lex.forms[main]
    subtypes = [t for t in dict.fromkeys(all_types) if t != main]
    return main or "other", subtypes, form


def _trigger_mention(inc: Incident) -> EventMention:
    for m in inc.mentions:
        if not m.headline and not m.trig.anaphor:
            return m
    return inc.mentions[0]


def _place(inc: Incident) -> tuple[list[int] | None, str | None, dict[str, list[int]]]:
    chosen: dict[str, Any] = {}
    ordered = [m for m in inc.mentions if not m.headline] + [m for m in inc.mentions if m.headline]
    for level in LEVELS:
        parts = [m.places[level] for m in ordered if level in m.places]
        if not parts:
            continue
        mention_parts = [p for p in parts if p.mention]
        known_parts = [p for p in parts if p.known]
        chosen[level] = (mention_parts or known_parts or parts)[0]
    places = {level: [p.start, p.end] for level, p in chosen.items()}
    for level in LEVELS:
        if level in chosen and chosen[level].known and (level != "facility" or chosen[level].mention):
            return places[level], level, places
    for level in LEVELS:
        if level in chosen:
            return places[level], level, places
    return None, None, places


def _date(inc: Incident) -> tuple[str | None, str | None, list[int] | None]:
    best = None
    for m in inc.mentions:
        if m.date is not None and (best is None or m.date.strength > best.strength):
            best = m.date
    if best is None:
        return None, None, None
    return best.value, best.precision, [best.start, best.end]


def _source_named(view: DocView, lex: EventLexicon, att: dict[str, Any]) -> bool:
    source = att.get("source")
    if not source:
        return False
    words = set(key(att.get("source_text") or view.text[source[0]:source[1]]).split())
    if words & lex.official_words:
        return True
    return any(m.label in ("Person", "Organization") for m in view.mentions_in(source[0], source[1]))


def _status(view: DocView, lex: EventLexicon, role: Role, claim: int) -> str | None:
    claims = view.doc._.claims or []
    unit = claims[claim] if 0 <= claim < len(claims) else None
    if role.hedged or (unit is not None and unit.get("certainty") in HEDGED):
        return "suspected"
    if unit is None or unit.get("attribution") is None:
        return None
    attributions = view.doc._.attributions or []
    att = attributions[unit["attribution"]] if unit["attribution"] < len(attributions) else {}
    source = att.get("source")
    if source and source[0] <= role.start < source[1]:
        return "claimed"  # the source says it did it
    return "confirmed" if _source_named(view, lex, att) else None


def _negated(view: DocView, claim: int) -> bool:
    claims = view.doc._.claims or []
    return 0 <= claim < len(claims) and claims[claim].get("polarity") == "negative"


def _participants(view: DocView, lex: EventLexicon, inc: Incident, responders: list[Role],
                  claims: list[Responsibility]) -> tuple[list[ParticipantEntry], str | None]:
    out: list[ParticipantEntry] = []
    index: dict[tuple[int, int, str], ParticipantEntry] = {}

    def add(start: int, end: int, role: str, status: str | None = None) -> None:
        entry = index.get((start, end, role))
        if entry is None:
            entry = ParticipantEntry(span=[start, end], role=role)
            if role == "perpetrator":
                entry["status"] = status
            index[(start, end, role)] = entry
            out.append(entry)
        elif role == "perpetrator" and STATUS_RANK.get(status or "", 0) > STATUS_RANK.get(entry.get("status") or "", 0):
            entry["status"] = status

    for m in inc.mentions:
        if _negated(view, m.claim):
            continue
        for role in m.roles:
            status = _status(view, lex, role, m.claim) if role.role == "perpetrator" else None
            add(role.start, role.end, role.role, status)
    for r in claims:
        if r.denied:
            continue
        for span in r.claimants:
            add(span[0], span[1], "claimant")
            if r.self_claim:
                add(span[0], span[1], "perpetrator", "claimed")
    for role in responders:
        add(role.start, role.end, "responder")
    statuses = [s for e in out if e["role"] == "perpetrator" and (s := e.get("status"))
                and _identified(view, lex, e["span"])]
    status = max(statuses, key=lambda s: STATUS_RANK[s]) if statuses else None
    if status is None and any(e["role"] == "claimant" for e in out):
        status = "claimed"
    return out, status


def _identified(view: DocView, lex: EventLexicon, span: list[int]) -> bool:
    """A perpetrator with a name ("the Taliban", "Shekau's group") or a collective ("a
    rival clan"), not "gunmen" or "a suicide bomber"."""
    words = view.text[span[0]:span[1]].split()
    if words and key(words[-1]) in lex.group_heads:
        return True
    return any(m.label in ("Person", "Organization", "Location")
               for m in view.mentions_in(span[0], span[1])) or any(w[:1].isupper() for w in words[1:])


def _claimed_by(view: DocView, claims: list[Responsibility]) -> list[list[int]]:
    spans: list[tuple[int, int]] = []
    keys: set[str] = set()
    for r in claims:
        if r.denied:
            continue
        for span in r.claimants:
            name = _name_key(view.text[span[0]:span[1]])
            if name not in keys:
                keys.add(name)
                spans.append(span)
    named = [s for s in spans if _named(view, s)]
    if named:
        spans = named
    return [list(s) for s in spans]


def _name_key(text: str) -> str:
    words = key(text).replace("-", " ").split()
    while words and words[0] in ("the", "al", "el"):
        words = words[1:]
    return " ".join(words)


def _named(view: DocView, span: tuple[int, int]) -> bool:
    """A claimant with a name: a mention inside it, or a capitalized word after its first."""
    words = view.text[span[0]:span[1]].split()
    return any(m.label in ("Person", "Organization")
               for m in view.mentions_in(span[0], span[1])) or any(w[:1].isupper() for w in words[1:])


def build_event(view: DocView, lex: EventLexicon, inc: Incident, counts: list[Count],
                claims: list[Responsibility], acts: list[ResponderAct]) -> EventEntry:
    kind, subtypes, form = event_type(inc, lex)
    subtypes += [m.trig.subtype for m in inc.mentions if m.trig.subtype and m.trig.subtype not in subtypes]
    numbers, qualifiers, stated = merge_counts(sorted(counts, key=lambda c: c.token))
    if lex.family_of(kind) == "violent" and any(k in numbers for k in VIOLENT_HOSTAGE_KEYS):
        if kind != "hostage_taking" and "hostage_taking" not in subtypes:
            subtypes.append("hostage_taking")
    trigger = _trigger_mention(inc)
    place, precision, places = _place(inc)
    date, date_precision, date_span = _date(inc)
    responders = [role for act in acts for role in act.roles]
    participants, status = _participants(view, lex, inc, responders, claims)
    methods = list(dict.fromkeys(m for r in claims if not r.denied for m in r.methods))
    relays: list[list[int]] = []
    for r in claims:
        for span in r.relays:
            if list(span) not in relays:
                relays.append(list(span))
    mention_claims = sorted({m.claim for m in inc.mentions if m.claim >= 0})
    return {
        "type": kind,
        "subtypes": subtypes,
        "form": form,
        "trigger": view.chars(trigger.trig.start, trigger.trig.end),
        "mentions": [view.chars(m.trig.start, m.trig.end) for m in inc.mentions],
        "names": [view.chars(*name) for m in inc.mentions if (name := _name(view, m.trig)) is not None],
        "phrases": [view.chars(*phrase) for m in inc.mentions if (phrase := _phrase(view, m.trig)) is not None],
        "date": date,
        "date_precision": date_precision,
        "date_span": date_span,
        "place": place,
        "place_precision": precision,
        "places": places,
        "participants": participants,
        "numbers": numbers,
        "number_qualifiers": qualifiers,
        "numbers_stated": stated,
        "claimed_by": _claimed_by(view, claims),
        "claim_method": methods[0] if methods else None,
        "claim_methods": methods,
        "relayed_by": relays,
        "denied_by": [list(s) for r in claims if r.denied for s in r.claimants],
        "perpetrator_status": status if kind_has_perpetrator(kind, lex) else None,
        "claim": trigger.claim if trigger.claim >= 0 else None,
        "claims": mention_claims,
    }


NAME_LEFT = frozenset({"det", "amod", "compound", "nmod", "nummod", "poss", "case", "quantmod", "npadvmod"})


def _name(view: DocView, trig: Trigger) -> tuple[int, int] | None:
    """The noun phrase that names an incident ("the six-week fraud trial", "Saturday's
    earthquake", "the Dayton bar shooting"): a noun trigger with its determiner and modifiers,
    names in it included; a verb names none."""
    if trig.verbal:
        return None
    start = trig.start
    for child in view.children[trig.head]:
        if child < start and view.dep[child] in NAME_LEFT:
            start = min(start, min(view.subtree(child)))
    while start < trig.start and view.pos[start] == "PUNCT":
        start += 1
    return start, trig.end


PHRASE_RIGHT = frozenset({"prep", "acl", "amod", "nummod"})
MAX_PHRASE = 14  # tokens: a longer phrase is a clause, not a name


def _phrase(view: DocView, trig: Trigger) -> tuple[int, int] | None:
    """The whole noun phrase of a noun trigger when it goes on after the noun ("The assault on
    Mabanga", "an investigation by the Financial Conduct Authority", "a report released on
    Tuesday"): its name with the phrases after the noun, up to a comma, a bracket or a relative
    clause; None when it is its name, or longer than a name reads."""
    name = _name(view, trig)
    if name is None:
        return None
    end = trig.end
    for child in view.children[trig.head]:
        if child < end or view.dep[child] not in PHRASE_RIGHT:
            continue
        if child != end:
            break
        last = max(view.subtree(child))
        cut = next((t for t in range(child, last + 1) if view.pos[t] == "PUNCT"), None)
        end = last + 1 if cut is None else cut
        if cut is not None:
            break
    if end == trig.end or end - name[0] > MAX_PHRASE:
        return None
    return name[0], end


def kind_has_perpetrator(kind: str, lex: EventLexicon) -> bool:
    return lex.family_of(kind) == "violent" or kind in ("air_strike",)
