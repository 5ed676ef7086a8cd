"""Relations an incident's roles state: who did it, and to whom.

"Suspected militants attacked a village and a nearby army post" tells a reader that the
militants perpetrated the attack and targeted the village and the post; "Police arrested 14
people", that the police targeted them. From each incident of `doc._.events` (the events
component runs first, and gives unnamed participants their descriptive mentions):

- `perpetrated`: a perpetrator (the doer of a violent incident, events.yaml trait `doer`) → the
  incident;
- `targeted`: a doer (perpetrator or agent) → a target or victim of the same sentence, for the
  types whose doer acts on someone (trait `targets`: attacks, arrests, charges, lawsuits,
  sanctions, takedowns ...); a doer told in one sentence and a target in another are not paired;
- `funded`: a payer → the recipient of a payment, a donation, a loan, a bribe (trait `funds`);
- `claimed_responsibility`: a claimant → the incident.

Each relation is stated by the incident's mention nearest the participant's words in their
sentence (its trigger, whose polarity and claim the relation takes); a participant with no
mention of the incident in its sentence states none. A relation another extractor found in the
same sentence (a verb frame's "carried out by X") is not stated twice.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from claimgraph.extract.events.lexicon import event_lexicon
from claimgraph.extract.relations.arguments import Arguments, Found
from claimgraph.extract.syntax import contract_span, is_amount

__all__ = ["incident_relations"]

DOERS = frozenset({"perpetrator", "agent"})
TARGETS = frozenset({"target", "victim"})
RECIPIENTS = frozenset({"recipient"})
PAIRS = frozenset({"targeted", "funded"})  # one doer, several objects
# (events.yaml trait, predicate, roles acted on): "Police arrested 14 people", "X paid Y $5,000"
ACTS = (("targets", "targeted", TARGETS), ("funds", "funded", RECIPIENTS))
OWED = frozenset({"fine", "penalty", "settlement", "tax", "fee", "damages", "compensation", "rent", "bill", "duty",
                  "toll", "wage", "salary", "price", "debt", "interest", "dividend", "tariff", "levy", "premium"})


def incident_relations(doc: Doc, args: Arguments, found: list[Found]) -> Iterator[Found]:
    lex = event_lexicon()
    stated = {_key(f.predicate, f.subject, f.object, f.trigger) for f in found}
    for event in doc._.events or []:
        triggers = [s for s in (contract_span(doc, m) for m in event.get("mentions") or [event["trigger"]]) if s is not None]
        if not triggers:
            continue
        # (role, the words that state the participant, the entity mention they stand for)
        people = [(p["role"], phrase, named) for p in event.get("participants") or ()
                  if (phrase := contract_span(doc, p.get("span"))) is not None and (named := _entity(args, phrase)) is not None]
        own = {t.i for trigger in triggers for t in trigger}
        claimants = [(s, s) for s in (contract_span(doc, c) for c in event.get("claimed_by") or ()) if s is not None]
        acts = [(predicate, acted_on) for trait, predicate, acted_on in ACTS  # what the doer does to whom
                if lex.has(event["type"], trait) and not (trait == "funds" and _owed(triggers))]
        relations: list[tuple[str, Span, Span, Span | None]] = []  # predicate, phrase, subject, object
        for role, phrase, named in people:
            if role == "perpetrator":
                relations.append(("perpetrated", phrase, named, None))
            if role not in DOERS:
                continue
            for predicate, acted_on in acts:
                relations += [(predicate, other_phrase, named, other) for other_role, other_phrase, other in people
                              if other_role in acted_on and other_phrase.sent.start == phrase.sent.start
                              and other.root.i != named.root.i and other_phrase.root.i not in own]
        relations += [("claimed_responsibility", phrase, named, None) for phrase, named in claimants]
        for predicate, phrase, subject, obj in relations:
            trigger = _nearest(triggers, phrase)
            if trigger is None or _key(predicate, subject, obj, trigger) in stated:
                continue
            stated.add(_key(predicate, subject, obj, trigger))
            yield Found(subject, predicate, obj if obj is not None else trigger, trigger, trigger.root)


def _key(predicate: str, subject: Span, obj: Span | None, trigger: Span) -> tuple:
    """One statement of a link: its predicate, subject and sentence (and target: one doer targets
    several)."""
    return predicate, subject.start, trigger.sent.start, obj.start if obj is not None and predicate in PAIRS else None


def _entity(args: Arguments, span: Span) -> Span | None:
    """The entity mention a participant's phrase stands for: its own (a name, or a description
    the events component listed), the one it names ("Investigators from the OPP") or refers
    back to ("the company"); None for a phrase that names no entity ("new sign-ups", "1.2
    million euros")."""
    named = args.entity(span.root) or args.described.get(span.root.i)
    if named is None and is_amount(span.root):  # "fined Tessaly Health 4.2 million euros": a name, then the sum
        inside = {(m.start, m.end): m for t in span if (m := args.mention(t)) is not None}
        named = next(iter(inside.values())) if len(inside) == 1 else None
    return named


def _owed(triggers: list[Span]) -> bool:
    """A payment of what is owed funds no one: "paid a fine to the authority", "paid its staff's wages"."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in OWED for t in triggers for c in t.root.children)


def _nearest(triggers: list[Span], span: Span) -> Span | None:
    """The incident's mention in `span`'s sentence nearest it, else None."""
    same = [t for t in triggers if t.sent.start == span.sent.start]
    return min(same, key=lambda t: abs(t.start - span.start)) if same else None
