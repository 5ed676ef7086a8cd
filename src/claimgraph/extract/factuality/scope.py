"""The dependency scope of a predicate: the tokens whose cues speak about its clause.

A predicate's scope is its own clause and nothing below it: the predicate, its auxiliaries,
its adverbs (with their own modifiers: "most likely", "no longer"), its predicative complement
(acomp, attr, oprd) with that complement's modifiers, its subordinator (mark), its particle
and its punctuation. Clauses below it (advcl, relcl, ccomp, xcomp, conj, ...) have scopes of
their own, so a hedge in one clause does not leak into the next. Arguments (subject, object)
are kept apart: only their negative determiners ("no evidence") speak about the clause.

A verb joined to another by a conjunction without a subject of its own ("may cut jobs and
close plants") shares the first verb's auxiliaries and adverbs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from claimgraph.extract.syntax import (
    AUX_DEPS,
    COMPLEMENT_DEPS,
    PREDICATIVE_DEPS,
    SUBJECT_DEPS,
    VERBAL,
    bare_participle,
)

__all__ = ["Scope", "clause_scope", "content_root", "governor", "is_passive", "agent_of"]

ADVERBIAL = frozenset({"advmod", "npadvmod", "neg", "intj", "prt", "mark", "meta"})


@dataclass(slots=True)
class Scope:
    """The tokens of one predicate's clause, by the role they play in it."""

    pred: Token
    hedge: list[Token] = field(default_factory=list)  # where certainty cues may stand
    negs: list[Token] = field(default_factory=list)  # negation particles of the clause
    args: list[Token] = field(default_factory=list)  # subject, object, predicative noun
    preps: list[Token] = field(default_factory=list)  # prepositions attached to the predicate
    complements: list[Token] = field(default_factory=list)  # clausal complements (xcomp, ccomp)
    advcls: list[Token] = field(default_factory=list)  # adverbial clauses
    puncts: list[Token] = field(default_factory=list)


def _modifiers(token: Token, into: Scope, *, depth: int = 0) -> None:
    """Adverbs, adjectives and negation hanging from a cue-bearing token (not clauses)."""
    for child in token.children:
        if child.dep_ == "neg":
            into.negs.append(child)
            into.hedge.append(child)
        elif child.dep_ in {"advmod", "amod", "npadvmod", "det", "quantmod"} and depth < 3:
            into.hedge.append(child)
            _modifiers(child, into, depth=depth + 1)


def has_subject(token: Token) -> bool:
    return any(child.dep_ in SUBJECT_DEPS for child in token.children)


def clause_scope(pred: Token) -> Scope:
    """The scope of the clause headed by `pred`."""
    scope = Scope(pred)
    scope.hedge.append(pred)
    heads = [pred]
    if pred.dep_ == "conj" and not has_subject(pred) and pred.head != pred:
        # A shared-subject conjunct shares the auxiliaries and adverbs of the verb before it.
        heads.append(pred.head)
    for head in heads:
        shared = head != pred
        for child in head.children:
            dep = child.dep_
            if dep in AUX_DEPS:
                scope.hedge.append(child)
                _modifiers(child, scope)
            elif dep == "neg":
                scope.negs.append(child)
                scope.hedge.append(child)
            elif dep in ADVERBIAL and not (shared and dep == "mark"):
                scope.hedge.append(child)
                _modifiers(child, scope)
            elif shared:
                continue
            elif dep in PREDICATIVE_DEPS:
                scope.hedge.append(child)
                scope.args.append(child)
                _modifiers(child, scope)
            elif dep in {"nsubj", "nsubjpass", "dobj", "expl", "dative"}:
                scope.args.append(child)
                if dep == "nsubj":  # "Suspected militants attacked": who did it is hedged (not whom)
                    scope.hedge.extend(c for c in child.children if c.dep_ == "amod")
            elif dep == "agent":
                scope.preps.append(child)
                scope.args.extend(c for c in child.children if c.dep_ == "pobj")
            elif dep == "prep":
                scope.preps.append(child)
                # a cue that is a phrase: "in all likelihood", "with moderate confidence"
                scope.hedge.extend([child, *(c for c in child.children if c.dep_ == "pobj")])
            elif dep == "amod" and pred.pos_ not in VERBAL:
                scope.hedge.append(child)  # "alleged mastermind" as a nominal predicate
                _modifiers(child, scope)
            elif dep in COMPLEMENT_DEPS:
                scope.complements.append(child)
            elif dep == "advcl":
                scope.advcls.append(child)
            elif dep == "punct":
                scope.puncts.append(child)
    return scope


def governor(pred: Token) -> tuple[Token, str] | None:
    """The predicate whose clausal complement `pred` is, with the relation (xcomp, ccomp, ...).

    Conjuncts count as complements of their first conjunct's governor ("believed to have fled
    and hidden").
    """
    token = pred
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    if token.dep_ in COMPLEMENT_DEPS and token.head != token:
        return token.head, token.dep_
    return None


def is_passive(verb: Token) -> bool:
    return any(child.dep_ in {"auxpass", "nsubjpass", "csubjpass"} for child in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in {"xcomp", "acl", "advcl", "oprd"}
    )


def agent_of(verb: Token) -> Token | None:
    """The "by" phrase of a passive verb, also when the parser hung it lower
    ("is presented as a reformer by state media")."""
    todo = list(verb.children)
    while todo:
        token = todo.pop()
        if token.dep_ == "agent" or (token.lower_ == "by" and token.dep_ == "prep"):
            if any(c.dep_ == "pobj" for c in token.children):
                return token
        if token.dep_ in {"prep", "pobj"}:
            todo.extend(token.children)
    return None


def content_root(doc: Doc, start: int, end: int) -> Token | None:
    """The main predicate of the character span [start, end): the highest token inside it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    inside = {t.i for t in span}
    tops = [t for t in span if t.head.i not in inside or t.head is t]
    if not tops:
        return None
    verbs = [t for t in tops if t.pos_ in VERBAL]
    finite = [t for t in verbs if not bare_participle(t)]
    return (finite or verbs or tops)[0]  # "the arrangement described in the filings appears to ...": appears

