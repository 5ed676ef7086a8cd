"""Whether a claim is asserted or negated: positive or negative.

`polarity_of(token)` gives the polarity of the clause headed by a predicate and the negation
cues found in its dependency scope; `assess_polarity` does the same for a claim. The
`claimgraph_polarity` component refines every entry of `doc._.claims` in place
(`polarity`, `polarity_cues`). Cues are data (`data/negation.yaml`):

- particles on the predicate, its auxiliary or its predicative complement ("did not",
  "never", "no longer", "was found not guilty");
- negative quantifiers as an argument or its determiner ("nobody was hurt", "provided no
  substantive evidence"), and adverbials ("at no time");
- denials ("his death was denied", "rejected claims that"), negative implicatives ("failed to
  mention", "refused to"), negative hedges ("unlikely");
- "without" negates the event it governs ("left without paying": the paying), and the
  whole clause only after "be"/"remain"/... ("has been without power").

An odd number of cues makes the claim negative, so "did not deny" and "never failed to" are
positive (both cues are still listed). A negation passes from a governor to its complement
through frames only ("is not likely to win", "denied that troops fired", "failed to
mention"), not through reporting verbs. Scope is the predicate's own clause, as for certainty.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimgraph.extract import extensions
from claimgraph.extract.factuality.certainty import claim_factuality
from claimgraph.extract.factuality.claim_view import (
    attribution_of,
    claim_root,
    claim_span,
)
from claimgraph.extract.factuality.core import evaluate_token
from claimgraph.extract.factuality.lexicon import hedges, negations

__all__ = ["PolarityAssessment", "PolarityTagger", "assess_polarity", "polarity_of"]


@dataclass(frozen=True, slots=True)
class PolarityAssessment:
    polarity: str
    polarity_cues: list[str] = field(default_factory=list)


def polarity_of(token: Token) -> tuple[str, list[str]]:
    """The polarity of the clause headed by `token`, and the negation cues in its scope."""
    fact = evaluate_token(token)
    return fact.polarity, fact.polarity_cues


def assess_polarity(
    span: Span, root: Token | None = None, *, attribution: dict[str, Any] | None = None
) -> PolarityAssessment:
    """The polarity of a claim over `span` whose main predicate is `root` (default: span.root)."""
    if root is None and len(span):
        root = span.root
    fact = claim_factuality(span, root, attribution)
    return PolarityAssessment(fact.polarity, fact.polarity_cues)


class PolarityTagger:
    """The spaCy component: sets polarity and polarity_cues on `doc._.claims`."""

    def __call__(self, doc: Doc) -> Doc:
        for claim in doc._.claims or []:
            span = claim_span(doc, claim)
            if span is None:
                continue
            attribution = attribution_of(doc, claim)
            root = claim_root(doc, claim, span, attribution)
            result = assess_polarity(span, root, attribution=attribution)
            claim["polarity"] = result.polarity
            claim["polarity_cues"] = result.polarity_cues
        return doc


@Language.factory(
    "claimgraph_polarity",
    assigns=["doc._.claims"],
    requires=["doc._.claims", "doc._.attributions", "token.dep", "token.lemma"],
)
def make_polarity_tagger(nlp: Language, name: str) -> PolarityTagger:
    extensions.register()
    hedges()
    negations()
    return PolarityTagger()
