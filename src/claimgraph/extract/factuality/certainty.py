"""How sure a claim is: certain, probable, possible, reported or uncertain (FactBank style).

`certainty_of(token)` gives the certainty of the clause headed by a predicate, and the hedge
cues found, from the cues in its dependency scope (see `factuality.core` for the scope and
what passes from one clause to another, `data/hedges.yaml` for the cues). `assess_certainty`
does the same for a claim, adding what its attribution says. The `claimgraph_certainty`
component refines every entry of `doc._.claims` in place:

    certainty     "certain" | "probable" | "possible" | "reported" | "uncertain"
    hedge_cues    the hedge cues found ("allegedly", "could have been", "?")
    booster_cues  boosters found ("unequivocally"); they leave a claim certain

Decisions:
- Certainty is judged from the claim's own source: a named source plainly asserting
  something gives a certain claim; `reported` is hearsay with no named source behind it
  ("allegedly", "is said to", "according to reports", or an attribution of kind "hearsay").
  Active epistemic verbs hedge their complement ("police suspect that ...": possible).
- When cues of several classes are found the weakest wins:
  uncertain < possible < reported < probable < certain.
- A negated hedge keeps its class and passes the negation to polarity ("not likely to win":
  probable, negative), except where the data says otherwise: "could not"/"cannot" and
  "not possible" are certain (and negative); "not clear", "not rule out" own their "not".
- "would" is a conditional (possible) except in reported speech ("said he would resign");
  an "if"/"unless" clause makes itself and its main clause possible.
- Content attributed through a negated reporting verb ("officials did not confirm that Q",
  "nobody has said Q") is uncertain: the source does not commit to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimgraph.extract import extensions
from claimgraph.extract.factuality.claim_view import (
    attribution_of,
    claim_root,
    claim_span,
)
from claimgraph.extract.factuality.core import Cue, Factuality, evaluate, evaluate_token, own_attitude
from claimgraph.extract.factuality.lexicon import hedges, negations

__all__ = ["CertaintyAssessment", "CertaintyTagger", "assess_certainty", "certainty_of"]


@dataclass(frozen=True, slots=True)
class CertaintyAssessment:
    certainty: str
    hedge_cues: list[str] = field(default_factory=list)
    booster_cues: list[str] = field(default_factory=list)


def certainty_of(token: Token) -> tuple[str, list[str]]:
    """The certainty of the clause headed by `token`, and the hedge cues found in its scope."""
    fact = evaluate_token(token)
    return fact.certainty, fact.hedge_cues


def claim_factuality(span: Span, root: Token | None, attribution: dict[str, Any] | None) -> Factuality:
    """Cues of a claim's predicate plus those of its attribution (shared with polarity)."""
    fact = Factuality()
    if root is not None:
        found = evaluate_token(root)
        fact.cues.extend(found.cues)
        fact.negations.extend(found.negations)
        own_attitude(root, fact)
    if attribution:
        _attribution_cues(fact, span, attribution)
    return fact


def _attribution_cues(fact: Factuality, span: Span, attribution: dict[str, Any]) -> None:
    """What the attribution's cue says about its content, when the parse did not pass it down."""
    at = span.start
    if attribution.get("kind") == "hearsay":
        fact.cues.append(Cue(str(attribution.get("cue_text") or "hearsay"), "reported", at))
    verb = _cue_token(span.doc, attribution.get("cue"))
    if verb is not None:  # "X reportedly told officers that Q", "a director allegedly replied that Q":
        fact.cues.extend(  # the telling is hearsay, so is what was told
            Cue(child.lower_, "reported", at) for child in verb.children
            if child.dep_ == "advmod" and any(
                h.cls == "reported" and len(h.phrase.words) == 1 for h in hedges().cues.get(child.lower_, ())))
    if attribution.get("direct_quote"):
        # A quotation holds the source's own words: "“We did not fire,” the army denied"
        # is the denial itself, not a denial of it.
        fact.negations[:] = [n for n in fact.negations if span.start <= n.at < span.end]
        return
    cue = str(attribution.get("cue_text") or "").lower()
    if verb is not None and _counted(fact, verb):
        return  # the predicate already took the cue through its frame
    above = evaluate(verb) if verb is not None else None
    if above is not None and above.frame == "denial":
        # "denied reports that Q", "Reports of Q were denied": the parse does not pass the
        # denial (and any negation of it: "did not deny") down to the content
        fact.negations.extend(above.negations)
    elif cue in negations().denial:
        fact.negations.append(Cue(cue, "negation", at))
    elif cue in hedges().epistemic:
        cls, negative = hedges().epistemic[cue]
        fact.cues.append(Cue(cue, cls, at))
        if negative:
            fact.negations.append(Cue(cue, "negation", at))
    elif verb is not None and above is not None and above.polarity == "negative":
        # "Officials did not confirm that Q": the source does not commit to Q (FactBank: Uu)
        words = sorted([(n.at, n.text) for n in above.negations] + [(verb.i, verb.lower_)])
        fact.cues.append(Cue(" ".join(text for _, text in words), "uncertain", verb.i))


def _cue_token(doc: Doc, chars: Any) -> Token | None:  # noqa: ANN401 - a [start, end] list
    """The first token of an attribution's cue, if the cue has offsets."""
    try:
        span = doc.char_span(int(chars[0]), int(chars[1]), alignment_mode="expand")
    except (TypeError, ValueError, IndexError):
        return None
    return span[0] if span is not None and len(span) else None


def _counted(fact: Factuality, verb: Token) -> bool:
    """Whether a cue of the attribution's verb is already among the predicate's cues."""
    return any(c.at == verb.i for c in fact.cues + fact.negations)


def assess_certainty(
    span: Span, root: Token | None = None, *, attribution: dict[str, Any] | None = None
) -> CertaintyAssessment:
    """The certainty of a claim over `span` whose main predicate is `root` (default: span.root)."""
    if root is None and len(span):
        root = span.root
    fact = claim_factuality(span, root, attribution)
    return CertaintyAssessment(fact.certainty, fact.hedge_cues, fact.booster_cues)


class CertaintyTagger:
    """The spaCy component: sets certainty, hedge_cues and booster_cues on `doc._.claims`."""

    def __call__(self, doc: Doc) -> Doc:
        for claim in doc._.claims or []:
            span = claim_span(doc, claim)
            if span is None:
                continue
            attribution = attribution_of(doc, claim)
            root = claim_root(doc, claim, span, attribution)
            result = assess_certainty(span, root, attribution=attribution)
            claim["certainty"] = result.certainty
            claim["hedge_cues"] = result.hedge_cues
            claim["booster_cues"] = result.booster_cues
        return doc


@Language.factory(
    "claimgraph_certainty",
    assigns=["doc._.claims"],
    requires=["doc._.claims", "doc._.attributions", "token.dep", "token.lemma"],
)
def make_certainty_tagger(nlp: Language, name: str) -> CertaintyTagger:
    extensions.register()
    hedges()  # read the lists when the pipeline is built, not on the first document
    negations()
    return CertaintyTagger()
