"""Certainty and polarity of one predicate, from the cues in its dependency scope.

`evaluate(pred)` reads the predicate's own clause (see `factuality.scope`), then what its
governor passes down:

- through a *frame* — a hearsay passive ("is said to", "it was reported that"), a raising verb
  ("appears to"), a hedging adjective ("is likely to", "it is possible that"), an epistemic verb
  ("police suspect that"), a denial ("denied that") or an implicative verb ("failed to") — the
  complement takes the governor's certainty cues and its negations ("is not likely to win":
  winning is probable and negative; "did not fail to pay": two negations, positive);
- through a plain xcomp ("may try to flee") only the certainty;
- nothing through a reporting verb with a subject ("the minister said the talks may fail"): as
  in FactBank, what a named source plainly asserts is certain from that source's view.

An adverbial clause introduced by "if"/"unless" makes its main clause possible; a question
("?") makes the clause uncertain. Everything else stays inside its clause.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from claimgraph.extract.factuality.lexicon import RANK, HedgeCue, hedges, negations
from claimgraph.extract.factuality.scope import (
    Scope,
    agent_of,
    clause_scope,
    governor,
    is_passive,
)
from claimgraph.extract.syntax import (
    AUX_DEPS,
    COMPLEMENT_DEPS,
    PREDICATIVE_DEPS,
    SUBJECT_DEPS,
    VERBAL,
)

__all__ = ["Cue", "Factuality", "evaluate", "evaluate_token"]

QUESTION = "?"
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
QUOTES = frozenset({'"', "'", "”", "’", "“", "‘", "»", "«", "''", "``"})
# Governor frames that pass their negations down (see the module docstring).
NEGATION_FRAMES = frozenset({"hedge", "epistemic", "denial", "implicative"})


@dataclass(frozen=True, slots=True)
class Cue:
    text: str
    cls: str  # a certainty class; "negation" for polarity cues
    at: int  # token index, for text order
    booster: bool = False  # a booster ("clearly"), not a negated hedge ("could not")


@dataclass(slots=True)
class Factuality:
    """What the cues in a predicate's scope say about it."""

    cues: list[Cue] = field(default_factory=list)  # certainty cues (boosters: class certain)
    negations: list[Cue] = field(default_factory=list)
    frame: str | None = None  # what this predicate passes to its complements

    @property
    def certainty(self) -> str:
        return min((c.cls for c in self.cues), key=RANK.__getitem__, default="certain")

    @property
    def hedge_cues(self) -> list[str]:
        return _texts(c for c in self.cues if c.cls != "certain")

    @property
    def booster_cues(self) -> list[str]:
        return _texts(c for c in self.cues if c.booster)

    @property
    def polarity(self) -> str:
        return "negative" if len(self.negations) % 2 else "positive"

    @property
    def polarity_cues(self) -> list[str]:
        return _texts(self.negations)


def _texts(cues) -> list[str]:
    out: list[str] = []
    for cue in sorted(cues, key=lambda c: c.at):
        if cue.text not in out:
            out.append(cue.text)
    return out


def _join(*tokens: Token) -> str:
    """Cue text of some tokens in text order ("did" + "n't" -> "did not")."""
    ordered = sorted(tokens, key=lambda t: t.i)
    return " ".join("not" if t.lower_ == "n't" else t.lower_ for t in ordered)


def in_reported_speech(pred: Token) -> bool:
    """Whether `pred` sits in the that-clause of a reporting verb ("he said he would ...")."""
    verbs = hedges().reporting_verbs
    token = pred
    while token.dep_ in COMPLEMENT_DEPS | {"conj"} and token.head != token:
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in verbs:
            return True
        token = token.head
    return False


def _anonymous(noun: Token) -> bool:
    """A source noun with no name to it ("sources", "unconfirmed reports"; not "the report")."""
    lemma = noun.lemma_.lower()
    if lemma in hedges().document_sources and noun.tag_ not in PLURAL_TAGS:
        return False
    return lemma in hedges().anonymous_sources and not _named(noun)


def _named(noun: Token) -> bool:
    """Whether a source noun is named ("Reuters reports", "the agency's sources")."""
    return any(
        c.dep_ in {"compound", "poss", "nmod"} and c.pos_ == "PROPN" or c.dep_ == "poss"
        for c in noun.children
    ) or any(
        c.dep_ == "prep" and any(g.pos_ == "PROPN" for g in c.children) for c in noun.children
    )


def _longest(found: list[tuple[HedgeCue, range]]) -> list[tuple[HedgeCue, range]]:
    """Drop matches inside a longer one: "most likely" over "likely", "could have been" over
    "could"; the same match found from two tokens is kept once."""
    kept: list[tuple[HedgeCue, range]] = []
    for cue, where in found:
        inside = any(
            where != other and set(where) <= set(other) for _, other in found
        )
        if not inside and (cue, where) not in kept:
            kept.append((cue, where))
    return kept


def _hedge_cues(scope: Scope, fact: Factuality, consumed: set[int]) -> None:
    lex, neg = hedges(), negations()
    found = _longest([m for token in scope.hedge for m in lex.cues_at(token)])
    for _cue, where in found:
        consumed.update(i for i in where if scope.pred.doc[i].lower_ in neg.particles | {"n't"})
    active = [n for n in scope.negs if n.i not in consumed and not neg.not_negation.covers(n)]
    quantified = bool(_negative_arguments(scope))
    reported_speech: bool | None = None
    for cue, where in found:
        anchor = scope.pred.doc[where[cue.phrase.anchor]]
        speech_class = cue.cls
        if cue.in_reported_speech != cue.cls:
            if reported_speech is None:
                reported_speech = in_reported_speech(scope.pred)
            if reported_speech and cue.in_reported_speech is None:
                continue
            if reported_speech:
                speech_class = cue.in_reported_speech or cue.cls
        negated = any(
            n.i not in where
            and n.head in (anchor, anchor.head)
            and (n.i < where.start or (anchor.dep_ in AUX_DEPS and n.i == where.stop))
            for n in active
        ) or (anchor.dep_ in AUX_DEPS and quantified) or any(  # "nobody could confirm" = cannot
            c.dep_ == "det" and c.lower_ == "no" for c in anchor.children)  # "there is no chance" = not possible
        cls = cue.negated if negated and cue.negated else speech_class
        text = scope.pred.doc[where.start : where.stop].text.lower()
        fact.cues.append(Cue(text, cls, where.start, booster=cue.cls == "certain"))
        if cue.negative:
            fact.negations.append(Cue(text, "negation", where.start))
        if anchor.dep_ in PREDICATIVE_DEPS and anchor.head == scope.pred:
            fact.frame = "hedge"  # "is likely to", "it is possible that", "it is clear that"


def _self_frames(pred: Token, scope: Scope, fact: Factuality) -> None:
    """Hearsay passives, raising verbs and anonymous sources, which hedge `pred` itself."""
    lex = hedges()
    lemma = pred.lemma_.lower()
    doc = pred.doc
    nxt = doc[pred.i + 1] if pred.i + 1 < len(doc) else None
    if lemma in lex.passive and is_passive(pred) and agent_of(pred) is None:
        cls, bare = lex.passive[lemma]
        complement = (
            scope.complements
            or any(c.dep_ in PREDICATIVE_DEPS for c in pred.children)
            or any(p.lower_ in {"as", "of", "with"} for p in scope.preps)
            or any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in pred.children)
        )
        if bare or complement:
            aux = [c for c in pred.children if c.dep_ == "auxpass"]
            tail = [nxt] if nxt is not None and nxt.lower_ in {"to", "as"} else []
            fact.cues.append(Cue(_join(*aux, pred, *tail), cls, pred.i))
            fact.frame = "hedge"
    elif lemma in lex.raising and any(c.dep_ in {"xcomp", "ccomp"} for c in pred.children):
        tail = [nxt] if nxt is not None and nxt.lower_ == "to" else []
        fact.cues.append(Cue(_join(pred, *tail), lex.raising[lemma], pred.i))
        fact.frame = "hedge"
    if _verification_denied(pred, lemma, scope):
        negs = scope.negs + [pred.doc[c.at] for c in _negative_arguments(scope)]
        fact.cues.append(Cue(_join(*negs, pred), "uncertain", pred.i))
    failed = _failed_verification(pred)
    if failed is not None:
        fact.cues.append(Cue(failed, "uncertain", pred.i))
    if lemma in lex.reporting_verbs:
        for subj in pred.children:
            if subj.dep_ == "nsubj" and _anonymous(subj):
                fact.cues.append(Cue(_join(subj, pred), "reported", subj.i))
                fact.frame = "hedge"
    for prep in scope.preps:
        if prep.lower_ != "according":
            continue
        for to in prep.children:
            for noun in to.children:
                if noun.dep_ == "pobj" and _anonymous(noun):
                    fact.cues.append(Cue(f"according to {noun.lower_}", "reported", prep.i))
    if lemma in lex.epistemic and not is_passive(pred) and scope.complements:
        fact.frame = fact.frame or "epistemic"


def _clause_type(pred: Token, scope: Scope, fact: Factuality) -> None:
    """Questions, conditionals and embedded questions."""
    lex = hedges()
    sent = pred.sent
    last = next((t for t in reversed(sent) if t.text not in QUOTES and not t.is_space), None)
    main = pred == sent.root or (pred.dep_ == "conj" and pred.head == sent.root)
    asked = main and last is not None and last.text == QUESTION
    if asked or _ends_in_question(pred) or any(p.text == QUESTION for p in scope.puncts):
        fact.cues.append(Cue(QUESTION, "uncertain", pred.i))
    for mark in pred.children:
        if mark.dep_ != "mark":
            continue
        word = mark.lower_
        if word in lex.conditional_marks and pred.dep_ == "advcl":
            fact.cues.append(Cue(word, "possible", mark.i))
        elif word in lex.question_marks:
            fact.cues.append(Cue(word, "uncertain", mark.i))
    for clause in scope.advcls:
        for mark in clause.children:
            if mark.dep_ == "mark" and mark.lower_ in lex.conditional_marks:
                fact.cues.append(Cue(mark.lower_, "possible", mark.i))


def _ends_in_question(pred: Token) -> bool:
    """A complement clause that a "?" closes, quotation marks aside: "“Who will pay?” asked
    the mayor" (the parser hangs the "?" on the reporting verb)."""
    if pred.dep_ != "ccomp":
        return False
    doc = pred.doc
    i = pred.right_edge.i + 1
    while i < len(doc) and doc[i].text in QUOTES:
        i += 1
    return i < len(doc) and doc[i].text == QUESTION


def _verification_denied(pred: Token, lemma: str, scope: Scope) -> bool:
    """A negated verb of finding out ("could not verify", "nobody can say how big"): what it is
    about is not known."""
    lex = hedges()
    if lemma not in lex.verification and not (
        lemma in lex.wh_verification
        and any(c.dep_ == "ccomp" and any(t.tag_ in ("WRB", "WP", "WDT") or t.lower_ in lex.question_marks
                                          for t in c.subtree if t.i < c.i) for c in pred.children)
    ):
        return False
    return bool(scope.negs or _negative_arguments(scope))


def _failed_verification(pred: Token) -> str | None:
    """A failure to find out, which leaves what it is about unknown: "SAJO was unable to confirm
    where they were taken", "police failed to verify the video" (the words of the failure)."""
    lex = hedges()
    for failure in (pred, *(c for c in pred.children if c.dep_ == "acomp")):
        if failure.lemma_.lower() not in lex.verification_failures:
            continue
        for verb in failure.children:
            if verb.dep_ == "xcomp" and verb.lemma_.lower() in lex.verification | lex.wh_verification:
                return f"{failure.lower_} to {verb.lower_}"
    return None


def _negative_arguments(scope: Scope) -> list[Cue]:
    """Negative quantifiers as an argument or its determiner ("nobody", "no evidence")."""
    neg = negations()
    found: list[Cue] = []
    for arg in scope.args:
        if arg.lower_ in neg.quantifiers and not neg.not_negation.covers(arg):
            found.append(Cue(arg.lower_, "negation", arg.i))
        for child in arg.children:
            if child.dep_ in {"det", "neg", "preconj", "advmod"} and child.lower_ in neg.quantifiers:
                if not neg.not_negation.covers(child):
                    no_one = arg.lower_ == "one" and child.lower_ == "no"
                    found.append(Cue("no one" if no_one else child.lower_, "negation", child.i))
    return found


def _negations(pred: Token, scope: Scope, fact: Factuality, consumed: set[int]) -> None:
    neg = negations()
    lemma = pred.lemma_.lower()
    for token in scope.negs:
        if token.i in consumed or neg.not_negation.covers(token):
            continue
        head = token.head
        aux = [c for c in head.children if c.dep_ in AUX_DEPS and c.i == token.i - 1]
        if head.dep_ == "advmod" and head.i == token.i + 1:
            aux = [head]  # "no longer"
        fact.negations.append(Cue(_join(*aux, token), "negation", token.i))
    fact.negations.extend(_negative_arguments(scope))
    for prep in scope.preps:
        if prep.lemma_.lower() in neg.without and lemma in neg.without_heads:
            fact.negations.append(Cue(prep.lower_, "negation", prep.i))
        for noun in prep.children:
            for det in noun.children:
                for phrase, where in neg.adverbials.anchored(det):
                    fact.negations.append(Cue(phrase.text, "negation", where.start))
    if pred.dep_ == "pcomp" and pred.head.lower_ in neg.without:
        fact.negations.append(Cue(pred.head.lower_, "negation", pred.head.i))
    nxt = pred.doc[pred.i + 1] if pred.i + 1 < len(pred.doc) else None
    if lemma in neg.denial or (
        lemma in neg.denial_with_object
        and any(
            c.dep_ == "ccomp" or (c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in neg.speech_nouns)
            for c in pred.children
        )
    ):
        fact.negations.append(Cue(pred.lower_, "negation", pred.i))
        fact.frame = "denial"
    elif lemma in neg.implicative_negative | neg.implicative_positive and any(
        c.dep_ in {"xcomp", "pcomp"} for c in pred.children
    ):
        if lemma in neg.implicative_negative:
            tail = [nxt] if nxt is not None and nxt.lower_ == "to" else []
            fact.negations.append(Cue(_join(pred, *tail), "negation", pred.i))
        fact.frame = "implicative"


def evaluate(pred: Token, _memo: dict[int, Factuality] | None = None) -> Factuality:
    """Certainty and polarity cues of the clause headed by `pred`, with what it inherits."""
    memo = {} if _memo is None else _memo
    if pred.i in memo:
        return memo[pred.i]
    fact = Factuality()
    memo[pred.i] = fact  # guards against cycles in a malformed parse
    scope = clause_scope(pred)
    consumed: set[int] = set()
    _hedge_cues(scope, fact, consumed)
    _self_frames(pred, scope, fact)
    _clause_type(pred, scope, fact)
    _negations(pred, scope, fact, consumed)
    link = governor(pred)
    if link is not None:
        gov, rel = link
        if gov.dep_ in PREDICATIVE_DEPS and gov.head != gov:
            gov = gov.head  # "is likely to win": the frame is the copula's clause
        above = evaluate(gov, memo)
        if above.frame in NEGATION_FRAMES or above.frame == "hedge":
            fact.cues.extend(above.cues)
            fact.negations.extend(above.negations)
            if above.frame == "epistemic":
                _epistemic(gov, fact)
        elif rel == "xcomp":
            fact.cues.extend(above.cues)
    return fact


def _epistemic(verb: Token, fact: Factuality) -> None:
    cls, negative = hedges().epistemic[verb.lemma_.lower()]
    fact.cues.append(Cue(verb.lower_, cls, verb.i))
    if negative:
        fact.negations.append(Cue(verb.lower_, "negation", verb.i))


LIKELIHOODS = frozenset({"probable", "possible"})  # attitudes that weigh a thing, not question it


def own_attitude(verb: Token, fact: Factuality) -> None:
    """A claim whose predicate is its subject's attitude to an act or a state of its own ("The
    agency expects to finish by June", "the company hoped for a swift return"): what it tells
    is the act or state, as sure as the attitude makes it (a clause the verb governs with a
    subject of its own is a claim of its own, hedged where it is read)."""
    if verb.lemma_.lower() not in hedges().epistemic or is_passive(verb):
        return
    cls, _ = hedges().epistemic[verb.lemma_.lower()]
    if any(c.dep_ == "xcomp" and not any(g.dep_ in SUBJECT_DEPS for g in c.children) for c in verb.children) \
            or any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children) \
            or (cls in LIKELIHOODS and any(c.dep_ == "dobj" for c in verb.children)):
        _epistemic(verb, fact)  # ... or what it expects or fears: "expected no further penalties"


def is_clause_head(token: Token) -> bool:
    return (
        token.pos_ in VERBAL
        or token.dep_ == "ROOT"
        or any(c.dep_ in SUBJECT_DEPS | AUX_DEPS for c in token.children)
    )


def evaluate_token(token: Token) -> Factuality:
    """Like `evaluate`, for any token: a verb, a predicative word, or an event noun.

    A predicative adjective or noun ("was dead") takes its copula's clause. An event noun takes
    its own hedging modifiers ("the alleged attack") and negative determiner ("no deaths"); as
    the object or predicative of a clause ("may launch an attack") it also takes that clause's
    certainty and negations, as the object of an epistemic verb ("analysts expect a merger") the
    verb's certainty; as a subject or inside a prepositional phrase it is presupposed.
    """
    if is_clause_head(token):
        return evaluate(token)
    if token.dep_ in PREDICATIVE_DEPS | AUX_DEPS | {"neg", "advmod", "prt"} and token.head != token:
        return evaluate(token.head)
    fact = Factuality()
    scope = clause_scope(token)
    consumed: set[int] = set()
    _hedge_cues(scope, fact, consumed)
    neg = negations()
    for child in token.children:
        if child.dep_ in {"det", "neg"} and child.lower_ in neg.quantifiers | neg.particles:
            fact.negations.append(Cue(child.lower_, "negation", child.i))
    if token.dep_ == "pobj" and token.head.lower_ in neg.without:
        fact.negations.append(Cue(token.head.lower_, "negation", token.head.i))
    head = token.head
    if token.dep_ in {"dobj", "attr", "oprd", "dative"} and head != token:
        above = evaluate(head)
        fact.cues.extend(above.cues)
        fact.negations.extend(above.negations)
        lemma = head.lemma_.lower()
        if lemma in hedges().epistemic and not is_passive(head):
            _epistemic(head, fact)
    return fact
