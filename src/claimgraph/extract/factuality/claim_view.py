"""Claim plumbing shared by the certainty, polarity and stance components.

Reads the `doc._.claims` / `doc._.attributions` contract (see `extensions`): a claim's span, its
attribution and its main predicate. A claim whose attribution has content, but whose `root`
lies outside that content (a sentence-level root such as the reporting verb), is judged on the
content's own predicate: certainty is judged from the claim's own source.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from claimgraph.extract.claims.component import new_claim
from claimgraph.extract.factuality.scope import content_root

__all__ = ["attribution_of", "claim_root", "claim_span", "claims_from_sentences"]

Claim = dict[str, Any]


def claim_span(doc: Doc, claim: Claim) -> Span | None:
    try:
        return doc.char_span(int(claim["start"]), int(claim["end"]), alignment_mode="expand")
    except (KeyError, TypeError, ValueError):
        return None


def attribution_of(doc: Doc, claim: Claim) -> dict[str, Any] | None:
    index = claim.get("attribution")
    attributions = doc._.attributions or []
    if isinstance(index, int) and 0 <= index < len(attributions):
        return attributions[index]
    return None


def _inside(token: Token, chars: Any) -> bool:
    try:
        start, end = int(chars[0]), int(chars[1])
    except (TypeError, ValueError, IndexError):
        return True
    return start <= token.idx < end


def claim_root(doc: Doc, claim: Claim, span: Span, attribution: dict[str, Any] | None) -> Token | None:
    """The claim's main predicate: `root`, moved into the attributed content when outside it."""
    index = claim.get("root")
    root = doc[index] if isinstance(index, int) and 0 <= index < len(doc) else None
    if root is None and len(span):
        root = span.root
    content = attribution.get("content") if attribution else None
    if root is not None and content and not _inside(root, content):
        moved = content_root(doc, int(content[0]), int(content[1]))
        if moved is not None:
            root = moved
    return root


def claims_from_sentences(doc: Doc) -> list[Claim]:
    """One author claim per sentence, in the shape the claims component writes (a fallback for
    tests and benchmarks when no claims component has run)."""
    return [new_claim(sent.start_char, sent.end_char, sent.root.i) for sent in doc.sents]
