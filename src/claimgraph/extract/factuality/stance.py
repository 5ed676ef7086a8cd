"""The author's stance towards attributed content: endorses, neutral or disputes.

The `claimgraph_stance` component refines every entry of `doc._.claims` in place:

    author_stance  "endorses" | "neutral" | "disputes"
    stance_cues    the cues found ("erroneously", "acknowledged by", "“independent”")
    stance_target  for an author claim that disputes earlier content: the index in
                   `doc._.attributions` of the attribution it disputes, else None

Where the cues are looked for (lists in `data/stance.yaml`):

1. Attributed content (`attribution` is not None): the attribution's `frame`, the text that
   introduces the content ("The Council on Foreign Relations erroneously describes",
   "Acknowledged by the Washington based Council on Foreign Relations (CFR):", "Based on shaky
   evidence, The New York Times report below concludes"); without a frame, the rest of the
   cue's sentence. When the content has no named source (an attribution of kind "hearsay",
   or an author claim whose certainty is `reported`: "is presented as"), cues inside the
   content count too ("so-called") and so do scare quotes around a short term
   (an “independent” think tank). A named source's own words are its words, not the author's
   stance: a partial quote inside its content is neutral.
2. Author claims (no attribution) that dispute earlier content: a discredited information
   noun ("the story could have been planted", "the report is false") or a lack of evidence
   ("has provided no substantive evidence"). The disputed content is the nearest preceding
   attribution (within a few sentences) whose source the claim mentions ("SITE" for "The SITE
   Intelligence Group"); else, when the claim refers back to something told — its subject is
   an information noun ("the story") or a pronoun ("It has provided no evidence"), or it names
   a definite one ("no evidence for the claim") — the nearest preceding attribution that is
   not hearsay; else the nearest one whose content shares a noun with the claim. With no such
   attribution the claim stays neutral.
3. Author claims introduced by a frame cue of their own ("Amply documented, Q", "Correctly,
   Q"): the words before the main clause, when they hold no clause of their own.

When cues of both kinds are found the more numerous wins; a tie is `disputes`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimgraph.extract import extensions
from claimgraph.extract.factuality.claim_view import attribution_of, claim_span
from claimgraph.extract.factuality.lexicon import PhraseIndex, stance_cues, verdict_label
from claimgraph.extract.syntax import PREDICATIVE_DEPS, RELATIVE_PRONOUNS, SUBJECT_DEPS, contract_span

__all__ = [
    "StanceAssessment",
    "StanceTagger",
    "attribution_stance",
    "author_dispute_cues",
    "author_judgement",
    "disputed_attribution",
]

ENDORSES, NEUTRAL, DISPUTES = "endorses", "neutral", "disputes"
OPEN_QUOTES = frozenset({"“", "«", "‘", "„"})
DASHES = frozenset({"-", "–", "—", "--"})
CLOSE_QUOTES = frozenset({"”", "»", "’"})
CONTENT_POS = frozenset({"NOUN", "PROPN"})
BACK_PRONOUNS = frozenset({"it", "they", "he", "she"})
DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
PARTITIVES = frozenset({"part", "much", "most", "some", "all", "parts", "portion", "half"})


@dataclass(frozen=True, slots=True)
class StanceAssessment:
    stance: str = NEUTRAL
    cues: list[str] = field(default_factory=list)
    target: int | None = None


def _chars(value: Any) -> tuple[int, int] | None:
    try:
        return int(value[0]), int(value[1])
    except (TypeError, ValueError, IndexError):
        return None


def _search(index: PhraseIndex, doc: Doc, ranges: Iterable[range]) -> list[str]:
    found: list[str] = []
    for rng in ranges:
        covered: set[int] = set()
        for _phrase, where in index.search(doc, rng.start, rng.stop):
            if covered.isdisjoint(where):
                covered.update(where)
                found.append(doc[where.start : where.stop].text.lower())
    return found


def _verdict(endorse: list[str], dispute: list[str], target: int | None = None) -> StanceAssessment:
    if not endorse and not dispute:
        return StanceAssessment()
    if len(endorse) > len(dispute):
        return StanceAssessment(ENDORSES, endorse, target)
    return StanceAssessment(DISPUTES, dispute + [c for c in endorse if c not in dispute], target)


def _frame_ranges(doc: Doc, attribution: dict[str, Any]) -> list[range]:
    """Token ranges of the text that introduces the content."""
    frame = contract_span(doc, _chars(attribution.get("frame")))
    if frame is not None:
        return [range(frame.start, frame.end)]
    anchor = contract_span(doc, _chars(attribution.get("cue")))
    anchor = anchor or contract_span(doc, _chars(attribution.get("source")))
    if anchor is None:
        return []
    sent = anchor.sent
    content = contract_span(doc, _chars(attribution.get("content")))
    if content is None:
        return [range(sent.start, sent.end)]
    before = range(sent.start, min(sent.end, content.start))
    after = range(max(sent.start, content.end), sent.end)
    return [r for r in (before, after) if len(r)]


def scare_quotes(span: Span, *, max_tokens: int | None = None) -> list[str]:
    """Short quoted terms in `span` that are not names: “independent”, “jihadist”."""
    lex = stance_cues()
    limit = max_tokens or lex.scare_max_tokens
    doc = span.doc
    found: list[str] = []
    opened: int | None = None
    for token in span:
        if token.text in OPEN_QUOTES or token.tag_ == "``":
            opened = token.i
        elif opened is not None and _closes(token):
            inner = doc[opened + 1 : token.i]
            if 0 < len(inner) <= limit and _is_term(inner, lex.naming_cues):
                found.append(doc[opened : token.i + 1].text)
            opened = None
    return found


def _closes(token: Token) -> bool:
    return token.tag_ == "''" or (token.text in CLOSE_QUOTES and token.tag_ != "POS")


def _is_term(inner: Span, naming: PhraseIndex) -> bool:
    words = [t for t in inner if not t.is_punct]
    if not words or any(t.pos_ in {"VERB", "AUX"} for t in words):
        return False
    if not any(t.pos_ in {"NOUN", "ADJ"} for t in words) or all(t.pos_ == "PROPN" for t in words):
        return False
    doc = inner.doc
    before = max(0, inner.start - 4)
    return not any(True for _ in naming.search(doc, before, inner.start - 1))


def attribution_stance(
    doc: Doc, attribution: dict[str, Any], content: Span | None = None, *, hearsay: bool | None = None
) -> StanceAssessment:
    """The author's stance towards one attribution's content (optionally one claim of it)."""
    lex = stance_cues()
    ranges = _frame_ranges(doc, attribution)
    endorse = _search(lex.frame[ENDORSES], doc, ranges) if ENDORSES in lex.frame else []
    dispute = _search(lex.frame[DISPUTES], doc, ranges) if DISPUTES in lex.frame else []
    endorse += _presupposing_cue(doc, attribution)
    if hearsay is None:
        hearsay = attribution.get("kind") == "hearsay" or not attribution.get("source")
    if content is None:
        content = contract_span(doc, _chars(attribution.get("content")))
    if hearsay and content is not None:
        dispute += _content_cues(content)
    if content is not None:
        after = _judged_after(doc, content)
        endorse += after.endorse
        dispute += after.dispute
    return _verdict(endorse, dispute)


def _presupposing_cue(doc: Doc, attribution: dict[str, Any]) -> list[str]:
    """The cue verb when it presupposes its content ("revealed that Q") and is neither negated
    nor governed by another verb ("refused to reveal"); without a cue span, the frame's verb."""
    lex = stance_cues()
    cue = contract_span(doc, _chars(attribution.get("cue"))) or contract_span(doc, _chars(attribution.get("frame")))
    if cue is None:
        return []
    found = []
    for verb in cue:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or not (lemma in lex.presupposing_cues or (
                lemma in lex.evidential_cues and _records_show(verb))):
            continue
        if verb.dep_ == "xcomp" or any(c.dep_ == "neg" for c in verb.children):
            return []  # "did not disclose", "refused to reveal", "failed to disclose"
        found.append(verb.lower_)
    return found[:1]


def _records_show(verb: Token) -> bool:
    """A verb of evidence with a record as its subject, heading a clause of the writer's own:
    "Court records show that Q", "Data from the central bank show Q"."""
    lex = stance_cues()
    records = lex.information_nouns | lex.support_nouns
    return verb.dep_ == "ROOT" and any(
        c.dep_ == "nsubj" and {c.lemma_.lower(), c.lower_} & records for c in verb.children)


def _judged_after(doc: Doc, content: Span) -> Judgement:
    """What the writer says of the content after it, in its sentence and in no one's words: a
    lack of evidence ("X accused Y of Z, an accusation for which X has offered no evidence"), a
    verdict on it ("... had been taken - an assurance that has since proved wrong") or support
    ("..., findings consistent with the accounts of residents")."""
    sent = content.sent if content.start < len(doc) else None
    if sent is None:
        return Judgement()
    told = [c for a in doc._.attributions or [] if (c := _chars(a.get("content"))) is not None]
    found: list[str] = []
    for token in doc[content.end : sent.end]:
        if token.lemma_.lower() in stance_cues().evidence_nouns and not any(a <= token.idx < b for a, b in told):
            found += _lack_of_evidence(token)
    aside = author_judgement(_aside(doc, content, sent, told))
    return Judgement(aside.endorse, list(dict.fromkeys(found + aside.dispute)))


def _aside(doc: Doc, content: Span, sent: Span, told: list[tuple[int, int]]) -> Span:
    """The writer's words after the content in its sentence: the rest of the sentence when no
    one's words run on there, else what follows a dash closing the content ("... had been taken -
    an assurance that has since proved wrong") or a comma before a statement noun ("..., a claim
    that later proved untrue", ", findings consistent with the records")."""
    dash = next((t.i for t in doc[content.start : sent.end] if t.text in DASHES
                 and t.i + 1 < sent.end and doc[t.i + 1].dep_ == "det"), None)
    if dash is None:  # "..., a claim that later proved untrue": a comma before a statement noun
        lex = stance_cues()
        nouns = lex.information_nouns | lex.judged_nouns
        dash = next((t.i for t in doc[content.start : sent.end] if t.text == "," and t.i + 2 < sent.end and (
            (doc[t.i + 1].dep_ == "det" and doc[t.i + 2].lemma_.lower() in nouns)
            or (doc[t.i + 1].lower_.endswith("s") and doc[t.i + 1].lower_[:-1] in nouns))), None)
        # ", findings consistent with ...": a plural noun needs no article
    if dash is not None:
        return doc[dash + 1 : sent.end]
    start = min(content.end, sent.end)
    while start < sent.end and doc[start].is_punct:  # a closing quotation mark the claim left out
        start += 1
    rest = doc[start : sent.end]
    return rest if not any(a < rest.end_char and rest.start_char < b for a, b in told) else doc[sent.end : sent.end]


def _content_cues(content: Span) -> list[str]:
    lex = stance_cues()
    found: list[str] = []
    if DISPUTES in lex.content:
        found += _search(lex.content[DISPUTES], content.doc, [range(content.start, content.end)])
    return found + scare_quotes(content)


def author_dispute_cues(span: Span) -> list[str]:
    """Cues by which an author claim discredits earlier content."""
    return author_judgement(span).dispute


@dataclass(frozen=True, slots=True)
class Judgement:
    """What an author claim says of something told: cues that uphold it and cues that
    discredit it; `explicit` when the claim names what it judges ("the figure is misleading",
    "That is not accurate", "no evidence for this"), so it holds even with no attribution found."""

    endorse: list[str] = field(default_factory=list)
    dispute: list[str] = field(default_factory=list)
    explicit: bool = False
    previous: bool = False  # it judges what was told just before: a fact-check's verdict line
    # ("THE VERDICT: Misleading."), "records show otherwise"
    named: bool = False  # it names what it judges in its own words ("the baseless allegation that
    # Q", "the mayor misrepresented the findings"): only its own source's earlier content is its target


def author_judgement(span: Span) -> Judgement:
    """The verdict an author claim passes on something told (see `Judgement`)."""
    lex = stance_cues()
    doc = span.doc
    verdict = verdict_label(span.text)
    found = Judgement([], [], False)
    endorse, dispute = found.endorse, found.dispute
    explicit = previous = verdict is not None
    named = False
    if verdict is not None:  # "THE VERDICT: Misleading."
        (endorse if verdict[1] == "endorses" else dispute).append(verdict[0])
    lowered = span.text.lower()
    dispute.extend(phrase for phrase in lex.conflict_phrases if f" {phrase} " in f" {lowered} ")
    opener = next((o for o in lex.correction_openers if lowered.startswith((f"{o},", f"{o} "))), None)
    if opener is not None:  # "In fact, 300 workers were laid off": it corrects the claim just before
        dispute.append(opener)
        previous = True
    denial = _elliptic_denial(span)
    if denial:  # "He was not." right after "The coach said the player was fit."
        dispute.append(denial)
        explicit = previous = True
    for token in span:
        account = _contrary_account(token)
        if account:  # "the inspection reports tell a different story"
            dispute.append(account)
            explicit = previous = True
        told = _told_object(token)
        if told is not None and token.lemma_.lower() in lex.contradicting_verbs | lex.support_verbs:
            negated = any(c.dep_ == "neg" for c in token.children)
            if token.lemma_.lower() in lex.contradicting_verbs and not negated:  # "documents contradict that account"
                dispute.append(f"{token.lower_} {told.lower_}")
            elif token.lemma_.lower() in lex.support_verbs:  # "the records confirm her account"
                (dispute if negated else endorse).append(f"{_phrase(token, negated)} {told.lower_}")
            explicit = True
        if token.lemma_.lower() in lex.asserting_nouns and token.pos_ == "NOUN":
            false = [c for c in token.children if c.dep_ == "amod" and (
                {c.lemma_.lower(), c.lower_} & lex.false_predicates or c.lemma_.lower() in lex.discredit_verbs)]
            if false:  # "repeated the baseless allegation that ..."
                dispute.append(f"{false[0].lower_} {token.lower_}")
                explicit = named = True
        if (token.pos_ == "VERB" and token.lemma_.lower() in lex.distorting_verbs
                and any(c.dep_ == "nsubj" for c in token.children)
                and not any(c.dep_ == "neg" for c in token.children)):  # "the mayor misrepresented the findings"
            dispute.append(token.lower_)
            explicit = named = True
        # "she did not provide the document", "without saying how it was calculated", "the
        # statement did not mention that Q"; "..., findings consistent with the records" (which
        # names what it upholds)
        for find, into, names_it in ((_withheld_support, dispute, False), (_unexplained, dispute, False),
                                     (_omission, dispute, False), (_upheld_finding, endorse, True)):
            cue = find(token)
            if cue:
                into.append(cue)
                explicit = explicit or names_it
        if token.lemma_.lower() in lex.contrary_verbs and (any(
                c.dep_ == "advmod" and c.lower_ in lex.contrary_adverbs for c in token.children)
                or (token.i + 1 < len(doc) and doc[token.i + 1].lower_ in lex.contrary_adverbs)):  # misparsed
            dispute.append(f"{token.lower_} otherwise")  # "records show otherwise"
            explicit = previous = True
        if token.lemma_.lower() in lex.evidence_nouns:
            lacking = _lack_of_evidence(token)
            dispute.extend(lacking)
            explicit = explicit or bool(lacking and _points_back(token))
        if token.lower_ == "as" and (token.i == span.start or doc[token.i - 1].text == ","):
            backing = _as_backing(token, span)
            if backing:
                endorse.append(backing)  # "…, as data from the health agency confirm."
                explicit = True
            continue
        auxiliaries = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
        subjects = [c for t in (token, *auxiliaries) for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if token.dep_ == "relcl" and any(c.dep_ in PREDICATIVE_DEPS or c.dep_ == "auxpass" for c in token.children):
            # "an assurance that has since proved wrong", "a claim that has been widely debunked":
            # what is said to be so, or is done to, is the noun
            subjects = [token.head if c.lower_ in RELATIVE_PRONOUNS else c for c in subjects]
        informative = any(s.lemma_.lower() in lex.information_nouns for s in subjects)
        judged = informative or any(_judged(s) for s in subjects)
        if not judged:
            continue
        negated = any(c.dep_ == "neg" for c in token.children)
        before = len(endorse) + len(dispute)
        # what it is said to be: "is false", "proved wrong", "turned out to be false"
        predicates = [c for c in token.children if c.dep_ in {"acomp", "attr", "oprd"}] + [
            g for c in token.children if c.dep_ == "xcomp" and c.lemma_ == "be"
            for g in c.children if g.dep_ in {"acomp", "attr"}]
        judged_false = any({c.lemma_.lower(), c.lower_} & lex.false_predicates for c in predicates)
        if informative and not negated and token.pos_ == "VERB" and token.lemma_.lower() in lex.discredit_verbs:
            # "the story could have been planted": the verb group, from its first auxiliary
            aux = [c.i for c in token.children if c.dep_ in {"aux", "auxpass"}]
            dispute.append(doc[min([token.i, *aux]) : token.i + 1].text.lower())
        elif _supports(token) and not judged_false:  # "her account is borne out by the records", "is well documented"
            (dispute if negated else endorse).append(_phrase(token, negated))
        for c in predicates:
            forms = {c.lemma_.lower(), c.lower_}  # the tagger reads "misleading" as a verb too
            if forms & lex.false_predicates and not negated:  # "the report is false"
                dispute.append(c.lower_)
            elif forms & lex.true_predicates or _supports(c):  # "is accurate", "is not accurate", "is well documented"
                (dispute if negated else endorse).append(_phrase(c, negated))
        explicit = explicit or len(endorse) + len(dispute) > before
    return Judgement(endorse, dispute, explicit, previous, named and len(endorse) + len(dispute) == 1)


def _upheld_finding(noun: Token) -> str | None:
    """A statement noun that an adjective after it upholds: "findings consistent with the
    accounts of residents", "a figure accurate to within a few dollars" (the tagger may read
    the plural noun as a verb)."""
    lex = stance_cues()
    if not {noun.lemma_.lower(), noun.lower_, noun.lower_.removesuffix("s")} & lex.judged_nouns:
        return None
    adjective = next((c for c in noun.children if c.dep_ == "amod" and c.i > noun.i
                      and {c.lemma_.lower(), c.lower_} & lex.true_predicates), None)
    return f"{noun.lower_} {adjective.lower_}" if adjective is not None else None


def _contrary_account(verb: Token) -> str | None:
    """ "tell a different story", "painted a different picture": another account set against
    the claim told just before."""
    kinds = stance_cues().contrary_accounts
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in kinds["verbs"] or any(c.dep_ == "neg" for c in verb.children):
        return None
    for noun in verb.children:
        if noun.dep_ == "dobj" and noun.lemma_.lower() in kinds["nouns"]:
            other = next((c for c in noun.children if c.dep_ in ("amod", "det") and c.lower_ in kinds["modifiers"]), None)
            if other is not None:
                return f"{verb.lower_} {other.lower_} {noun.lower_}"
    return None


def _elliptic_denial(span: Span) -> str | None:
    """A sentence that is only a pronoun, an auxiliary and "not" ("He was not.", "It would
    not:"): it denies the claim told just before."""
    words = [t for t in span if not t.is_punct]
    cut = next((i for i, t in enumerate(words) if t.i > words[0].i and t.doc[t.i - 1].text in (":", ";")), None)
    words = words[:cut] if cut is not None else words
    if len(words) != 3:
        return None
    subject, verb, negation = words
    if (subject.pos_ == "PRON" and subject.dep_ in ("nsubj", "expl") and negation.dep_ == "neg"
            and verb.lemma_.lower() in stance_cues().elliptic_auxiliaries):
        return f"{subject.lower_} {verb.lower_} not"
    return None


def _told_object(verb: Token) -> Token | None:
    """The told thing a verb has as its object: "contradict that account" (an information or
    judged noun, or a demonstrative), or the noun a relative clause hangs from when its pronoun
    is the object ("a version of events that the footage contradicts")."""
    if verb.pos_ != "VERB" and verb.dep_ != "relcl":  # the tagger reads "that footage contradict" as a noun
        return _clause_end_object(verb)
    if any(c.tag_ in {"TO", "MD"} for c in verb.children):  # "documents to support the claim": a purpose;
        return None  # "could not verify the document": a hedge, not a verdict
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ == "relcl" and (not objects or all(o.lower_ in RELATIVE_PRONOUNS for o in objects)) and any(
            c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children):
        objects = [verb.head]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
        objects = [verb.head]  # "a claim contradicted by satellite images"
    if not objects and verb.dep_ in ("conj", "acl"):  # "..., a description the judgment does not support."
        return _clause_end_object(verb)  # hung on the clause before it, or read as a participle
    objects = [_whole_of(o) for o in objects]  # "supports part of her account"
    return next((o for o in objects if o.lower_ not in RELATIVE_PRONOUNS and _judged(o)), None)


def _clause_end_object(word: Token) -> Token | None:
    """The told thing of a verb ending a relative clause the tagger misread, found by the words'
    order: "a claim that records seen by this agency contradict" (the verb read as a noun), "...,
    a description the judgment, reviewed by this newspaper, does not support" (no relative
    pronoun; the verb hung on the clause before the comma)."""
    if word.i + 1 < len(word.doc) and not word.doc[word.i + 1].is_punct:
        return None
    doc = word.doc
    nouns = stance_cues().asserting_nouns | stance_cues().judged_nouns
    for i in range(word.i - 2, max(word.i - 16, 1), -1):  # read in order: the parse of such a clause is off
        if doc[i].lower_ in ("that", "which") and doc[i - 1].pos_ == "NOUN":
            told = doc[i - 1]  # a claim, an account, an assertion
            return told if told.lemma_.lower() in nouns and not any(t.is_punct for t in doc[i:word.i]) else None
        if doc[i].lemma_.lower() in nouns and doc[i].pos_ == "NOUN" and doc[i - 1].dep_ == "det" \
                and i >= 2 and doc[i - 2].text in {",", *DASHES}:
            between = doc[i + 1 : word.i]  # a subject of its own, and no sentence or quotation inside
            if any(t.pos_ in CONTENT_POS for t in between) and not any(
                    t.is_punct and t.text not in {",", "-"} for t in between):
                return doc[i]
            return None
    return None


def _whole_of(noun: Token) -> Token:
    """The noun a partitive takes a share of ("part of her account", "much of the report")."""
    if noun.lemma_.lower() not in PARTITIVES:
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return whole if whole is not None else noun


def _withheld_support(noun: Token) -> str | None:
    """A verb of providing that withholds this noun, its object: negated ("did not provide the
    document", "has not produced any records"), with "no" ("offered no documents to support
    this") or under "without" ("without citing any data"); the words from the verb to the noun."""
    lex = stance_cues()
    verb = noun.head
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in lex.support_nouns or verb.lemma_.lower() not in lex.provision_verbs:
        return None
    if _under_without(verb):
        return noun.doc[verb.head.i : noun.i + 1].text.lower()
    refused = noun.lemma_.lower() not in lex.evidence_nouns and any(  # "no evidence" tells a lack of its own
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    if not refused and not any(c.dep_ == "neg" for c in verb.children):
        return None
    first = min([verb.i, *(c.i for c in verb.children if c.dep_ in {"aux", "neg"})])
    return noun.doc[first : noun.i + 1].text.lower()


def _under_without(verb: Token) -> bool:
    return verb.dep_ == "pcomp" and verb.head.lower_ == "without"


def _unexplained(verb: Token) -> str | None:
    """ "without saying how it was calculated", "without explaining why": the writer notes that a
    source gave no account of what it told (the words from "without" to the question word)."""
    if not _under_without(verb) or verb.lemma_.lower() not in stance_cues().explaining_verbs:
        return None
    for clause in verb.children:
        if clause.dep_ in {"ccomp", "xcomp"}:
            asked = next((t for t in clause.subtree if t.i < clause.i and t.tag_ in {"WRB", "WP", "WDT"}), None)
            if asked is not None:
                return verb.doc[verb.head.i : asked.i + 1].text.lower()
    return None


def _omission(verb: Token) -> str | None:
    """ "The company's statement did not mention that Q", "It did not address the cases of ...":
    the writer points out what a statement, or a source named just before, left out."""
    lex = stance_cues()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.omission_verbs:
        return None
    negation = next((c for c in verb.children if c.dep_ == "neg"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if negation is None or subject is None or not (
            subject.lemma_.lower() in lex.information_nouns or subject.lower_ in BACK_PRONOUNS):
        return None
    return f"not {verb.lower_}" if negation.lower_ in {"not", "n't"} else f"{negation.lower_} {verb.lower_}"


def _as_backing(as_token: Token, span: Span) -> str | None:
    """"as <source> confirm(s)/show(s)/document(s)" closing a claim: the words up to the verb
    (read by its form too, since the tagger often takes "confirm" there for a noun)."""
    doc = span.doc
    verbs = stance_cues().support_verbs
    for token in doc[as_token.i + 1 : min(span.end, as_token.i + 12)]:
        if token.is_punct:
            return None
        forms = {token.lemma_.lower(), token.lower_, token.lower_.rstrip("s"), token.lower_.removesuffix("ed")}
        if forms & verbs and token.i > as_token.i + 1:
            return doc[as_token.i : token.i + 1].text.lower()
    return None


def _supports(token: Token) -> bool:
    """A verb that upholds what it is said of ("documented", "borne out", "as X confirm"), or
    one that says it stands with nothing after it ("the assurance may not hold", "the figure
    does not stand up")."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB":
        return False
    if lemma in stance_cues().standing_verbs:
        return not any(c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "acomp"} for c in token.children)
    if lemma not in stance_cues().support_verbs:
        return False
    return lemma not in {"bear", "back"} or any(c.dep_ == "prt" for c in token.children)


def _judged(subject: Token) -> bool:
    """A subject a verdict is passed on: a figure or statement, or a pronoun pointing back."""
    return subject.lemma_.lower() in stance_cues().judged_nouns or subject.lower_ in DEMONSTRATIVES | {"it"}


def _points_back(noun: Token) -> bool:
    """"no evidence for this", "no proof of that": the lack is of support for something told."""
    return any(c.dep_ == "prep" and any(g.lower_ in DEMONSTRATIVES or g.lemma_.lower() in stance_cues().judged_nouns
                                        for g in c.children) for c in noun.children)


def _phrase(token: Token, negated: bool) -> str:
    words = [c for c in token.head.children if c.dep_ == "neg"] if token.dep_ in {"acomp", "attr"} else [
        c for c in token.children if c.dep_ == "neg"]
    if not negated:
        return token.lower_
    return " ".join(t.lower_ if t.lower_ != "n't" else "not" for t in sorted([*words, token], key=lambda t: t.i))


def _lack_of_evidence(noun: Token) -> list[str]:
    lex = stance_cues()
    doc = noun.doc
    for child in noun.children:
        if child.dep_ in {"det", "amod", "neg"} and child.lower_ in lex.evidence_negators:
            return [doc[child.i : noun.i + 1].text.lower()]
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in lex.evidence_negators:
        return [doc[head.i : noun.i + 1].text.lower()]  # "without evidence"
    if noun.dep_ == "pobj" and head.head.lemma_.lower() in lex.evidence_negators:
        return [doc[head.head.i : noun.i + 1].text.lower()]  # "lack of evidence"
    return []


def _lemmas(tokens: Iterable[Token]) -> set[str]:
    return {t.lemma_.lower() for t in tokens if t.pos_ in CONTENT_POS and len(t.text) > 1}


def _antecedent_tokens(doc: Doc, span: Span) -> list[Token]:
    """The words of the names that the span's descriptions and pronouns refer back to."""
    found: list[Token] = []
    for a_start, _a_end, m_start, m_end in doc._.coref or []:
        if span.start_char <= a_start < span.end_char:
            named = doc.char_span(m_start, m_end, alignment_mode="expand")
            found += list(named) if named is not None else []
    return found


def disputed_attribution(doc: Doc, span: Span, attributions: list[dict[str, Any]], *,
                          by_source: bool = False) -> int | None:
    """The attribution an author claim over `span` disputes (see the module docstring);
    `by_source`: only one whose source the claim names."""
    lex = stance_cues()
    sents = list(doc.sents)
    here = next((k for k, s in enumerate(sents) if s.start <= span.start < s.end), 0)
    earliest = sents[max(0, here - lex.sentences_back)].start_char
    candidates: list[tuple[int, int]] = []  # (content start, index)
    for index, attribution in enumerate(attributions):
        chars = _chars(attribution.get("content"))
        if chars and earliest <= chars[0] < span.start_char and chars[1] <= span.end_char:
            candidates.append((chars[0], index))
    candidates.sort(reverse=True)
    words = _lemmas(span) | _lemmas(_antecedent_tokens(doc, span))  # "The company offered no evidence"
    for _, index in candidates:
        source = contract_span(doc, _chars(attributions[index].get("source")))
        if source is not None and words & _lemmas(source):
            return index
    told = [index for _, index in candidates if attributions[index].get("kind") != "hearsay"]
    if by_source:  # or a pronoun standing for it: "He repeated the baseless allegation"
        subject = any(t.dep_ == "nsubj" and t.head == span.root and t.lower_ in BACK_PRONOUNS for t in span)
        return told[0] if told and subject else None
    if told and _refers_back(span):
        return told[0]  # "the story", "it", "the claim": something a source told, not hearsay
    for _, index in candidates:
        content = contract_span(doc, _chars(attributions[index].get("content")))
        if content is not None and words & _lemmas(content):
            return index
    return None


def _refers_back(span: Span) -> bool:
    """Whether an author claim points back at something told: its subject is an information
    noun ("the story") or a third-person pronoun ("it", "they"), or it names a definite
    information noun ("no evidence for the claim", "its report")."""
    lex = stance_cues()
    for token in span:
        lemma = token.lemma_.lower()
        if token.dep_ in {"nsubj", "nsubjpass"} and token.head == span.root:
            if lemma in lex.judged_nouns or token.lower_ in BACK_PRONOUNS | DEMONSTRATIVES:
                return True
        if token.lower_ in DEMONSTRATIVES and token.dep_ in {"pobj", "dobj", "nsubj"} and not list(token.children):
            return True  # "there is no evidence for this"
        if lemma in lex.information_nouns and token.pos_ == "NOUN" and any(
            c.dep_ in {"det", "poss"} and c.lower_ in DEFINITE for c in token.children
        ):
            return True
    return False


def _intro_cues(span: Span) -> StanceAssessment:
    """Frame cues in the words that open an author claim ahead of its clause ("Amply
    documented, Q"): the words before its first comma, when they hold no subject (a clause of
    their own; the tagger may read a participle there as a past tense) and a clause with a
    subject follows."""
    lex = stance_cues()
    comma = next((t for t in span if t.text == ","), None)
    if comma is None or comma.i == span.start:
        return StanceAssessment()
    intro, rest = span.doc[span.start : comma.i], span.doc[comma.i + 1 : span.end]
    if any(t.dep_ in SUBJECT_DEPS for t in intro):
        return StanceAssessment()
    if not any(t.dep_ in SUBJECT_DEPS for t in rest):
        return StanceAssessment()
    ranges = [range(intro.start, intro.end)]
    endorse = _search(lex.frame[ENDORSES], span.doc, ranges) if ENDORSES in lex.frame else []
    dispute = _search(lex.frame[DISPUTES], span.doc, ranges) if DISPUTES in lex.frame else []
    return _verdict(endorse, dispute)


def assess_stance(doc: Doc, claim: dict[str, Any]) -> StanceAssessment:
    """The author's stance for one entry of `doc._.claims`."""
    span = claim_span(doc, claim)
    if span is None:
        return StanceAssessment()
    attribution = attribution_of(doc, claim)
    if attribution is not None:
        result = attribution_stance(doc, attribution, span)
        outer = attribution_of(doc, {"attribution": claim.get("outer")})
        if result.stance == NEUTRAL and outer is not None and outer is not attribution:
            # Content relayed inside a disputed or endorsed report shares the report's fate.
            result = attribution_stance(doc, outer, span, hearsay=False)
        return result
    if claim.get("certainty") == "reported":  # hearsay the author relays without a source
        return _verdict([], _content_cues(span))
    judgement = author_judgement(span)
    if not judgement.endorse and not judgement.dispute:
        echo = _echoed_correction(doc, span)
        return _verdict([], [echo[0]], echo[1]) if echo is not None else _intro_cues(span)
    target = disputed_attribution(doc, span, doc._.attributions or [], by_source=judgement.named)
    if target is None and judgement.previous:  # a verdict line, "records show otherwise": the claim before it
        before = [i for i, a in enumerate(doc._.attributions or []) if a["content"][1] <= span.start_char]
        target = max(before, key=lambda i: doc._.attributions[i]["content"][1], default=None)
    if judgement.dispute[:1] and judgement.dispute[0] in stance_cues().correction_openers and len(judgement.dispute) == 1:
        # "In fact, ..." corrects only a claim told in the sentence just before it
        sents = [s for s in doc.sents if s.end <= span.start]
        told = _chars(doc._.attributions[target]["content"]) if target is not None else None
        if not sents or told is None or told[1] <= sents[-1].start_char:
            return StanceAssessment()
    if target is None and not judgement.explicit:
        return StanceAssessment()
    return _verdict(judgement.endorse, judgement.dispute, target)


def _echoed_correction(doc: Doc, span: Span) -> tuple[str, int] | None:
    """ "Two of the 23 patients had been vaccinated, not nearly half": a figure or phrase after
    ", not" that repeats words someone was reported saying earlier corrects what they said; the
    cue and that attribution."""
    for token in span:
        if token.lower_ != "not" or token.i == span.start or doc[token.i - 1].text not in (",", "—", "–", "-"):
            continue
        words = []
        for word in doc[token.i + 1 : span.end]:
            if word.is_punct:
                break
            words.append(word.lower_)
        if not 2 <= len(words) <= 6:
            continue
        phrase = " ".join(words)
        told = [i for i, a in enumerate(doc._.attributions or []) if a["content"][1] <= span.start_char
                and phrase in " ".join(t.lower_ for t in contract_span(doc, _chars(a["content"])) or [])]
        if told:
            return f"not {phrase}", max(told, key=lambda i: doc._.attributions[i]["content"][1])
    return None


class StanceTagger:
    """The spaCy component: sets author_stance, stance_cues and stance_target on claims."""

    def __call__(self, doc: Doc) -> Doc:
        claims = doc._.claims or []
        for claim in claims:
            result = assess_stance(doc, claim)
            claim["author_stance"] = result.stance
            claim["stance_cues"] = result.cues
            claim["stance_target"] = result.target
        _judged_content(claims)
        return doc


def _judged_content(claims: list[dict[str, Any]]) -> None:
    """Content the writer judges in a claim of their own ("The council said no data had been
    taken. That assurance has since proved wrong.") takes that judgement as the writer's stance
    towards it, with the judgement's cues, where nothing in its own frame says otherwise."""
    for judge in claims:
        target, stance = judge.get("stance_target"), judge.get("author_stance")
        if judge.get("attribution") is not None or target is None or stance == NEUTRAL:
            continue
        for claim in claims:
            if claim.get("attribution") == target and claim.get("author_stance") == NEUTRAL:
                claim["author_stance"] = stance
                claim["stance_cues"] = list(judge.get("stance_cues") or [])


@Language.factory(
    "claimgraph_stance",
    assigns=["doc._.claims"],
    requires=["doc._.claims", "doc._.attributions", "token.dep", "token.lemma"],
)
def make_stance_tagger(nlp: Language, name: str) -> StanceTagger:
    extensions.register()
    stance_cues()  # read the lists when the pipeline is built, not on the first document
    return StanceTagger()
