"""Claim sources and relays linked to the entities their mentions were resolved to."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from claimgraph.model import Claim, Mention


def link_claims(claims: Iterable[Claim], mentions: Iterable[Mention]) -> tuple[Claim, ...]:
    """Fill `source` and `via` with entity ids from the mentions at their spans."""
    by_span = {(m.start, m.end): m.entity for m in mentions if m.entity}
    linked = []
    for claim in claims:
        if claim.source is not None:  # the author, or already linked
            linked.append(claim)
            continue
        source = by_span.get(claim.source_span) if claim.source_span else None
        via = tuple(by_span[span] for span in claim.via_spans if span and span in by_span)
        linked.append(replace(claim, source=source, via=via))
    return tuple(linked)
