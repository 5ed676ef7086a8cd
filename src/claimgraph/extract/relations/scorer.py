"""A learned scorer for the relations the rules miss: where the rules stop generalizing.

`scored_relations(doc, args, found)` scores every candidate pair of `relations.features`
(two entity arguments of one sentence whose types allow a predicate) that the rules have not
linked in `found`, with a multinomial logistic regression over the predicates of
`features.ALLOWED` and "none", and yields a `Found` for the best predicate of each pair whose
probability reaches the threshold. The component then treats them as it treats the rules'
(claim, question, polarity, time qualifier); the rules keep precedence: a pair they linked,
in either direction (the same two names anywhere in the document, or overlapping mentions), is
not scored.

The weights are package data (`data/relation_scorer.json`: classes, intercepts, one weight per
class for each feature string, the threshold and what they were trained on); nothing is
downloaded and scikit-learn is not needed at run time. `benchmarks/train_relation_scorer.py`
rebuilds them reproducibly from half of Re-DocRED dev and the project's own annotated news
sentences (`benchmarks/relation_scorer/news_sentences.yaml`).

As with the rules, a pair linked through an intention ("trying to take over Y") gives nothing.
The trigger of a scored relation is the words on the dependency path between the two
arguments (the pair itself when nothing stands between them); a role noun of relations.yaml on
the path or beside the person gives the role of `holds_position` ("former" before it keeps the
role as past), and without one the scorer gives no `holds_position` ("X, a fan of Y").
The scorer is on by default; `CLAIMGRAPH_RELATION_SCORER=0` or the component's config
(`nlp.add_pipe("claimgraph_relations", config={"scorer": False})`) turns it off.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from spacy.tokens import Doc, Span

from claimgraph.errors import ConfigError
from claimgraph.extract.relations.arguments import Arguments, Found
from claimgraph.extract.relations.features import ALLOWED, Pair, candidates, features
from claimgraph.extract.relations.lexicon import RelationLexicon

__all__ = ["RelationScorer", "relation_scorer", "scored_relations"]

DATA = files(__package__) / "data" / "relation_scorer.json"
NONE = "none"
SYMMETRIC = frozenset({"works_with"})  # both directions may hold


@dataclass(frozen=True)
class RelationScorer:
    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float
    max_edges: int = 99

    def probabilities(self, feats: list[str], allowed: tuple[str, ...]) -> dict[str, float]:
        """P(class | features) over "none" and the predicates allowed for the pair's types."""
        scores = list(self.intercept)
        for feat in set(feats):
            row = self.weights.get(feat)
            if row is not None:
                scores = [a + b for a, b in zip(scores, row)]
        kept = {c: s for c, s in zip(self.classes, scores) if c == NONE or c in allowed}
        top = max(kept.values())
        exp = {c: math.exp(s - top) for c, s in kept.items()}
        total = sum(exp.values())
        return {c: e / total for c, e in exp.items()}

    def best(self, pair: Pair, lex: RelationLexicon) -> tuple[str, float] | None:
        """The most probable predicate of a candidate (not "none") and its probability."""
        allowed = ALLOWED[(pair.subject.entity.label_, pair.object.entity.label_)]
        if not set(allowed) & set(self.classes):
            return None
        probs = self.probabilities(features(pair, lex), allowed)
        predicate = max((c for c in probs if c != NONE), key=lambda c: (probs[c], c))
        return predicate, probs[predicate]


@cache
def relation_scorer() -> RelationScorer:
    """The shipped weights, read once per process."""
    try:
        raw: dict[str, Any] = json.loads(DATA.read_text(encoding="utf-8"))
        classes = tuple(raw["classes"])
        weights = {feat: tuple(row) for feat, row in raw["weights"].items()}
        if NONE not in classes or any(len(row) != len(classes) for row in weights.values()):
            raise ValueError("every weight row needs one value per class, and a 'none' class")
        return RelationScorer(classes, tuple(raw["intercept"]), weights, float(raw["threshold"]),
                              int(raw.get("max_edges", 99)))
    except (OSError, KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"cannot read the relation scorer's weights {DATA}: {exc}") from None


def scored_relations(doc: Doc, args: Arguments, found: list[Found], lex: RelationLexicon,
                     *, threshold: float | None = None) -> Iterator[Found]:
    """The relations the scorer adds to the rules' `found` (see the module docstring)."""
    scorer = relation_scorer()
    cut = scorer.threshold if threshold is None else threshold
    linked = _Linked(found)
    best: dict[tuple[tuple[int, int], tuple[int, int]], tuple[float, Found]] = {}
    for pair in candidates(doc, args, max_edges=scorer.max_edges):
        key = _key(pair.subject.entity, pair.object.entity)
        if linked.holds(pair.subject.entity, pair.object.entity) or _intention(pair, lex):
            continue
        scored = scorer.best(pair, lex)
        if scored is None or scored[1] < cut:
            continue
        predicate, probability = scored
        if key in best and best[key][0] >= probability:
            continue
        item = _found(pair, predicate, lex)
        if item is not None:
            best[key] = (probability, item)
    for key, (probability, item) in sorted(best.items()):
        back = best.get((key[1], key[0]))
        if back is not None and item.predicate not in SYMMETRIC and back[0] > probability:
            continue  # one direction per pair, save for symmetric predicates
        yield item


def _intention(pair: Pair, lex: RelationLexicon) -> bool:
    """ "X has been trying to take over Y", "wants X to head Y": an intention, not a fact (as
    the rules read it)."""
    on_path = {t.i for t in pair.path}
    return any(t.lemma_.lower() in lex.intent_verbs
               and any(c.dep_ in ("xcomp", "ccomp") and c.i in on_path for c in t.children) for t in pair.path)


class _Linked:
    """The pairs the rules linked, either way round: by the names of the two entities (as
    written, any case), and by the tokens of their mentions ("In Amenas" and "the In Amenas gas
    facility" are one place)."""

    def __init__(self, found: list[Found]) -> None:
        self.names: set[tuple[str, str]] = set()
        self.tokens: list[tuple[range, range]] = []
        for item in found:
            if item.object is None:
                continue
            a, b = item.subject, item.object
            self.names |= {(a.text.lower(), b.text.lower()), (b.text.lower(), a.text.lower())}
            self.tokens += [(range(a.start, a.end), range(b.start, b.end)), (range(b.start, b.end), range(a.start, a.end))]

    def holds(self, a: Span, b: Span) -> bool:
        if (a.text.lower(), b.text.lower()) in self.names:
            return True
        return any(_overlap(x, a) and _overlap(y, b) for x, y in self.tokens)


def _overlap(tokens: range, span: Span) -> bool:
    return tokens.start < span.end and span.start < tokens.stop


def _key(a: Span, b: Span) -> tuple[tuple[int, int], tuple[int, int]]:
    return (a.start, a.end), (b.start, b.end)


def _found(pair: Pair, predicate: str, lex: RelationLexicon) -> Found | None:
    """The relation of a scored pair; None for a position without a role noun ("X, a fan of Y")
    or a path through a noun that holds no post ("X, a longtime customer of Y": `no_posts`)."""
    doc = pair.subject.head.doc
    inner = pair.path[1:-1]
    if any(t.lemma_.lower() in lex.no_posts or t.lower_ in lex.no_posts for t in inner):
        return None
    if inner:
        trigger = doc[min(t.i for t in inner) : max(t.i for t in inner) + 1]
    else:
        heads = sorted((pair.subject.head.i, pair.object.head.i))
        trigger = doc[heads[0] : heads[1] + 1]
    role, past = None, False
    if predicate == "holds_position":
        role, past = _role(pair, lex)
        if role is None:
            return None
    return Found(pair.subject.entity, predicate, pair.object.entity, trigger, pair.path[pair.top],
                 anchors=tuple(t.i for t in inner), role=role, past=past)


def _role(pair: Pair, lex: RelationLexicon) -> tuple[str | None, bool]:
    """The role noun on the path or beside the person ("President X", "X, the chairman of Y")."""
    near = [*pair.path, *pair.subject.head.children]
    for token in near:
        for size in (3, 2, 1):  # "chief executive officer" before "officer"
            words = token.doc[max(token.i - size + 1, 0) : token.i + 1]
            role = lex.roles.get(" ".join(t.lower_ for t in words))
            if role is not None:
                past = any(c.lower_ in lex.past_modifiers for c in token.children)
                return role, past
    return None, False
