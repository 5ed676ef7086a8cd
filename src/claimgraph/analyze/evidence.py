"""How much one claim counts as evidence, and which origin it comes from.

Every analysis weighs claims the same way:

- **weight** of a claim = how sure its source is (certainty) × how the writer frames it
  (a claim the author disputes counts half). A plain assertion weighs 0.8 (one statement is
  never proof), "most likely" 0.6, hearsay ("allegedly") 0.4, a possibility ("could have
  been") 0.3, a question 0.1. Independent origins add up (noisy-or): two plain ones give 0.96.
- **origin**: claims that repeat one statement are one origin, however many documents relay
  them. The origin of an attributed claim is its source (the group whose audio message five
  outlets relayed is one origin); of the writer's own claim, the publisher (or, without one,
  the document) — and the same sentence copied across documents (a wire story) is one origin
  whatever the outlet. Corroboration counts origins, not documents. When the fact itself is a
  statement (a group claiming an attack), its origin is that statement (`Evidence.origin`):
  every report that the group claimed it relays the group's one claim.
  Origins follow the chain to its root: what a document gives through a relay (a quoted report,
  a block quote: `via`) is one origin with everything else that relay gives in that document,
  and with the relay's own words there; a source is one origin in a document however often it
  speaks, whether named or described ("Malian security officials", "the officials").
- **what never raises strength**: a claim the writer disputes, and the writer's own claim that
  holds only on a condition ("Inasmuch as X, Y"). They are still shown and counted as claims,
  but they add no independent origin (`counted_origins`).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from claimgraph.model import AUTHOR

CERTAINTY_WEIGHT = {"certain": 0.8, "probable": 0.6, "reported": 0.4, "possible": 0.3, "uncertain": 0.1}
STANCE_FACTOR = {"endorses": 1.0, "neutral": 1.0, "disputes": 0.5}
_WORDS = re.compile(r"\w+")


def claim_weight(certainty: str | None, stance: str | None = None) -> float:
    """0..1: how strongly one claim supports what it states."""
    return CERTAINTY_WEIGHT.get(certainty or "certain", 0.5) * STANCE_FACTOR.get(stance or "neutral", 1.0)


def standing(*, source: str | None, source_name: str | None, certainty: str | None, negative: bool,
             author_stance: str | None = None, condition: str | None = None, own: bool = False) -> str:
    """How one claim holds what it states, in words a journalist will not misread: "denied by
    X", "claimed by itself" (`own`: the claim is the participant's own), "alleged by X"
    (hearsay), "suspected by X" (hedged), "said by X", "stated by the writer"; then ", disputed
    by the writer" or ", only on a condition" when so. Never "confirmed": one source stating a
    thing plainly is not a verification."""
    who = "the writer" if source == AUTHOR else (source_name or "an unnamed source")
    if negative:
        return f"denied by {who}"
    if own:
        said = "claimed by itself"
    elif certainty == "reported":
        said = f"alleged by {who}"
    elif certainty in ("probable", "possible", "uncertain"):
        said = f"suspected by {who}"
    else:
        said = f"{'stated' if source == AUTHOR else 'said'} by {who}"
    if author_stance == "disputes":
        return said + ", disputed by the writer"
    return said + (", only on a condition" if condition else "")


def text_fingerprint(text: str) -> str:
    """The same words in the same order, whatever the case, punctuation or quote marks."""
    words = " ".join(_WORDS.findall(text.casefold()))
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Evidence:
    """One claim that states (or denies) a fact, with who stands behind it."""

    claim: str | None
    document: str
    text: str
    source: str | None  # entity id, "author", or None for an unnamed source
    source_name: str | None
    via: tuple[str, ...]
    certainty: str
    author_stance: str
    negated: bool
    publisher: str | None = None
    document_title: str | None = None
    origin: str | None = None  # the one statement this evidence reports, when known
    condition: str | None = None  # what the claim stands or falls with ("Inasmuch as X, Y": X)

    @property
    def weight(self) -> float:
        return claim_weight(self.certainty, self.author_stance)

    @property
    def author_only(self) -> bool:
        """Only the writer asserts it: no named or quoted source behind it."""
        return self.source == AUTHOR

    @property
    def hedged(self) -> bool:
        return self.certainty != "certain"

    def origin_keys(self) -> tuple[str, ...]:
        """Keys under which claims share an origin; two claims sharing any key share it."""
        keys = [f"text:{text_fingerprint(self.text)}"] if self.text else []
        if self.origin:
            keys.append(f"origin:{self.origin}")
        elif self.source and self.source != AUTHOR:
            keys.append(f"entity:{self.source}")
        elif self.source is None and self.source_name:
            keys.append(self._speaker_key(self.source_name))
        elif self.publisher:
            keys.append(f"publisher:{self.publisher.casefold().strip()}")
        else:
            keys.append(f"document:{self.document}")
        if self.source != AUTHOR and self.source_name and not self.origin:
            keys.append(self._speaker_key(self.source_name))
        keys.extend(self._speaker_key(relay) for relay in self.via)
        return tuple(keys)

    def _speaker_key(self, name: str) -> str:
        """One speaker (a source or a relay) in this document, by its words."""
        return f"source:{' '.join(_WORDS.findall(name.casefold()))}|{self.document}"

    @property
    def raises_strength(self) -> bool:
        """False for a claim the writer disputes and for the writer's conditional claim."""
        return self.author_stance != "disputes" and not (self.author_only and self.condition)


def connected(key_sets: list[Iterable]) -> list[list[int]]:
    """Indices of items sharing any key, grouped (union-find), groups in order of their first
    item."""
    parent = list(range(len(key_sets)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[object, int] = {}  # linking each item to the key's first item is enough
    for i, keys in enumerate(key_sets):
        for key in keys:
            j = first.setdefault(key, i)
            if find(i) != find(j):
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(key_sets)):
        groups[find(i)].append(i)
    return list(groups.values())


def independent_origins(evidence: list[Evidence]) -> list[list[Evidence]]:
    """Group evidence into origins: claims sharing any origin key are one origin."""
    return [[evidence[i] for i in group] for group in connected([e.origin_keys() for e in evidence])]


def counted_origins(evidence: list[Evidence]) -> list[list[Evidence]]:
    """The independent origins of the claims that raise strength."""
    return independent_origins([e for e in evidence if e.raises_strength])


def strength(evidence: list[Evidence]) -> float:
    """0..1: support from independent origins (noisy-or of each origin's best claim), lowered
    by the weight of the evidence against it."""
    support = [e for e in evidence if not e.negated]
    against = [e for e in evidence if e.negated]
    belief = 1.0 - _product(1.0 - max(e.weight for e in group) for group in counted_origins(support))
    doubt = 1.0 - _product(1.0 - max(e.weight for e in group) for group in independent_origins(against))
    return round(belief * (1.0 - doubt), 4) if support else 0.0


def _product(values) -> float:  # noqa: ANN001
    result = 1.0
    for value in values:
        result *= value
    return result
