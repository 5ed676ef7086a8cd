"""How sure a claim is: certain, probable, possible, reported or uncertain (FactBank style).

`certainty_of(token)` gives the certainty of the clause headed by a predicate, and the hedge
cues found, from the cues in its dependency scope (see `factuality_core` for the scope and
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
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimgraph.extract import extensions
from claimgraph.extract.factuality_claims import attribution_of, claim_root, claim_span
from claimgraph.extract.factuality_core import Cue, Factuality, evaluate_token
from claimgraph.extract.factuality_lexicon import hedges, negations

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
    if attribution:
        at = span.start
        if attribution.get("kind") == "hearsay":
            fact.cues.append(Cue(str(attribution.get("cue_text") or "hearsay"), "reported", at))
        cue = str(attribution.get("cue_text") or "").lower()
        cue_chars = attribution.get("cue")
        if cue in negations().denial and not _governs(root, cue_chars):
            fact.negations.append(Cue(cue, "negation", at))
        elif cue in hedges().epistemic and not _governs(root, cue_chars):
            cls, negative = hedges().epistemic[cue]
            fact.cues.append(Cue(cue, cls, at))
            if negative:
                fact.negations.append(Cue(cue, "negation", at))
    return fact


def _governs(root: Token | None, chars: Any) -> bool:
    """Whether the attribution's cue is already an ancestor of the claim's predicate."""
    if root is None or not chars:
        return False
    start, end = int(chars[0]), int(chars[1])
    return any(start <= t.idx < end for t in root.ancestors)


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


@Language.factory("claimgraph_certainty")
def make_certainty_tagger(nlp: Language, name: str) -> CertaintyTagger:
    extensions.register()
    hedges()  # read the lists when the pipeline is built, not on the first document
    negations()
    return CertaintyTagger()
