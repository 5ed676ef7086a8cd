"""Judgements turned into canonical ids (the linker of nomenklatura's model).

Each pair of entity ids may carry a computed and a user judgement; the user's wins. Entities
joined by positive judgements form one canonical entity, unless a negative judgement stands
between two of its parts: user positives are applied first (oldest first), then computed ones
in id order, and a join that would put a negative pair into one entity is skipped. The
canonical id of an entity is the smallest id among its parts: the same judgements always give
the same ids, whatever the order documents came in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

POSITIVE, NEGATIVE, UNSURE = "positive", "negative", "unsure"
COMPUTED, USER = "computed", "user"


@dataclass(frozen=True, slots=True)
class Judgement:
    a: str
    b: str
    verdict: str
    source: str = COMPUTED
    reason: str = ""
    created_at: datetime | None = None

    @property
    def pair(self) -> tuple[str, str]:
        return (self.a, self.b) if self.a <= self.b else (self.b, self.a)


def effective(judgements: Iterable[Judgement]) -> dict[tuple[str, str], Judgement]:
    """The judgement that counts for each pair: the user's if there is one."""
    out: dict[tuple[str, str], Judgement] = {}
    for judgement in judgements:
        known = out.get(judgement.pair)
        if known is None or (judgement.source == USER and known.source != USER):
            out[judgement.pair] = judgement
        elif judgement.source == known.source == USER and _time(judgement) >= _time(known):
            out[judgement.pair] = judgement
    return out


def _time(judgement: Judgement) -> float:
    return judgement.created_at.timestamp() if judgement.created_at else 0.0


def components(nodes: Iterable[str], judgements: Iterable[Judgement]) -> dict[str, str]:
    """Each node's canonical id."""
    parent = {node: node for node in nodes}
    members = {node: {node} for node in parent}
    counts = effective(j for j in judgements if j.a in parent and j.b in parent)
    negative: dict[str, set[str]] = {node: set() for node in parent}
    for (a, b), judgement in counts.items():
        if judgement.verdict == NEGATIVE:
            negative[a].add(b)
            negative[b].add(a)

    def find(node: str) -> str:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    positives = sorted(
        (j for j in counts.values() if j.verdict == POSITIVE),
        key=lambda j: (j.source != USER, _time(j) if j.source == USER else 0.0, j.pair),
    )
    for judgement in positives:
        ra, rb = find(judgement.a), find(judgement.b)
        if ra == rb or negative[ra] & members[rb]:
            continue
        if len(members[ra]) < len(members[rb]):
            ra, rb = rb, ra
        parent[rb] = ra
        members[ra] |= members.pop(rb)
        negative[ra] |= negative.pop(rb)
    canonical = {root: min(group) for root, group in members.items()}
    return {node: canonical[find(node)] for node in parent}
