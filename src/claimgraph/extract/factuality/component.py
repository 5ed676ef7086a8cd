"""The factuality component: the certainty and the polarity of every claim, from one analysis of
its predicate's scope and of its attribution (`certainty.claim_factuality`).

It sets on each `doc._.claims` entry what the certainty and polarity components set apart
(`certainty`, `hedge_cues`, `booster_cues`, `polarity`, `polarity_cues`); the pipeline runs this
one, so the scope of each claim is read once. The two single-purpose components stay for
pipelines that want only one of them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimgraph.extract import extensions
from claimgraph.extract.factuality.certainty import claim_factuality
from claimgraph.extract.factuality.claim_view import (
    attribution_of,
    claim_root,
    claim_span,
)
from claimgraph.extract.factuality.lexicon import hedges, negations

__all__ = ["FactualityTagger"]


class FactualityTagger:
    """Sets certainty, hedge_cues, booster_cues, polarity and polarity_cues on `doc._.claims`."""

    def __call__(self, doc: Doc) -> Doc:
        for claim in doc._.claims or []:
            span = claim_span(doc, claim)
            if span is None:
                continue
            attribution = attribution_of(doc, claim)
            root = claim_root(doc, claim, span, attribution)
            if root is None and len(span):
                root = span.root
            fact = claim_factuality(span, root, attribution)
            claim["certainty"] = fact.certainty
            claim["hedge_cues"] = fact.hedge_cues
            claim["booster_cues"] = fact.booster_cues
            claim["polarity"] = fact.polarity
            claim["polarity_cues"] = fact.polarity_cues
        return doc


@Language.factory(
    "claimgraph_factuality",
    assigns=["doc._.claims"],
    requires=["doc._.claims", "doc._.attributions", "token.dep", "token.lemma"],
)
def make_factuality_tagger(nlp: Language, name: str) -> FactualityTagger:
    extensions.register()
    hedges()
    negations()  # read the cue lists when the pipeline is built
    return FactualityTagger()
