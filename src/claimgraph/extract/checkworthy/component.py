"""Check-worthiness: how much a claim is worth a fact-checker's time, and why.

`checkworthiness(span)` scores a claim span from 0 to 1 and says why, in short reasons such as
"number: 50", "statistics verb: doubled", "question". A check-worthy claim

- is a factual assertion: not a question, not a command, not a first-person opinion ("I
  think", "we believe", "in my opinion"), not a first-person promise ("I will"), not a hedge
  with nothing concrete in it ("maybe things will change"), not a fragment;
- has checkable content: numbers, percentages, money, dates, named people/organizations/
  places/laws, superlatives and explicit comparisons ("the largest", "more than"), statistics
  verbs ("increased", "cut", "doubled"), voting/record verbs ("voted against", "vetoed"),
  quantities fact-checkers track ("unemployment", "the deficit").

The score is a logistic of a bias plus one weight per signal found (each signal counts once),
so every reason moves the score by a known amount. Weights and cue words are data
(`data/checkworthy.yaml`). A span over several sentences gets the score of its best sentence.

The `claimgraph_checkworthy` component (after `claimgraph_claims`) adds `checkworthy` (float)
and `checkworthy_reasons` (list of str) to every dict in `doc._.claims`.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimgraph.errors import ConfigError
from claimgraph.extract import extensions
from claimgraph.extract.syntax import SUBJECT_DEPS

__all__ = ["CheckworthyScorer", "DocIndex", "checkworthiness", "cues"]

DATA = files(__package__) / "data"
CUE_FILE = "checkworthy.yaml"
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
YEAR = re.compile(r"^(1[6-9]|20)\d\d$")
CLOSERS = " \t\n\"'”’»)]"

Phrase = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Cues:
    weights: dict[str, float]
    min_words: int
    lists: dict[str, tuple[Phrase, ...]]  # multi-word-capable cue lists
    words: dict[str, frozenset[str]]  # single-word lists
    entity_labels: frozenset[str]
    generic_names: frozenset[str]


def _split(phrase: str) -> Phrase:
    """A cue's words as spaCy tokenizes them ("I'm sure" -> i 'm sure; "co-sponsor" -> co - sponsor)."""
    text = re.sub(r"(?<=\w)-(?=\w)", " - ", str(phrase).lower())
    text = re.sub(r"(\w)('m|'ll|'s|'re|'ve|'d|n't)\b", r"\1 \2", text)
    return tuple(text.split())


@cache
def cues() -> Cues:
    """The weights and cue lists of `data/checkworthy.yaml` (read once per process)."""
    try:
        data = yaml.safe_load((DATA / CUE_FILE).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the check-worthiness cues {CUE_FILE}: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("weights"), dict):
        raise ConfigError(f"{CUE_FILE} must be a mapping with a `weights` mapping")
    phrase_lists = ("percent_words", "money_words", "superlative_words", "superlative_exclusions",
                    "opinion_phrases", "future_markers", "hedge_words")
    word_lists = ("weak_numbers", "number_words", "month_words", "date_words", "weak_superlatives",
                  "statistics_verbs", "record_verbs", "quantity_nouns", "opinion_verbs",
                  "first_person", "imperative_lead")
    return Cues(
        weights={str(k): float(v) for k, v in data["weights"].items()},
        min_words=int(data.get("min_words", 5)),
        lists={name: tuple(_split(p) for p in data.get(name) or ()) for name in phrase_lists},
        words={name: frozenset(str(w).lower() for w in data.get(name) or ()) for name in word_lists},
        entity_labels=frozenset(str(x) for x in data.get("entity_labels") or ()),
        generic_names=frozenset(str(x).lower() for x in data.get("generic_names") or ()),
    )


# -- matching helpers --------------------------------------------------------------------------


def _is(token: Token, word: str) -> bool:
    return word == token.lower_ or word == token.lemma_.lower()


def _phrase_at(tokens: list[Token], start: int, phrase: Phrase) -> bool:
    if start + len(phrase) > len(tokens):
        return False
    return all(_is(tokens[start + k], w) for k, w in enumerate(phrase))


@cache
def _by_first_word(phrases: tuple[Phrase, ...]) -> dict[str, tuple[Phrase, ...]]:
    index: dict[str, list[Phrase]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(group) for word, group in index.items()}


def _find(tokens: list[Token], phrases: tuple[Phrase, ...]) -> list[tuple[int, Phrase]]:
    """(start index in `tokens`, phrase) of every cue phrase found, in text then list order."""
    index = _by_first_word(tuple(phrases))
    found: list[tuple[int, Phrase]] = []
    for i, token in enumerate(tokens):
        lower, lemma = token.lower_, token.lemma_.lower()
        candidates = index.get(lower, ()) + (index.get(lemma, ()) if lemma != lower else ())
        if not candidates:
            continue
        ordered = [p for p in phrases if p in candidates] if len(candidates) > 1 else candidates
        found.extend((i, p) for p in ordered if _phrase_at(tokens, i, p))
    return found


def _in(token: Token, words: frozenset[str]) -> bool:
    return token.lower_ in words or token.lemma_.lower() in words


# -- where a document's sentences, entities and mentions are -----------------------------------


class DocIndex:
    """A document's sentences, entities and named mentions by token position, found once.

    Each claim then looks up only what lies inside it (a binary search and the few items it
    holds) instead of scanning the whole document, so scoring every claim of a document is
    linear in its length, not quadratic."""

    def __init__(self, doc: Doc, c: Cues) -> None:
        sents = [(s.start, s.end) for s in doc.sents]  # in order, not overlapping
        self.sent_starts = [start for start, _ in sents]
        self.sent_ends = [end for _, end in sents]
        self.ents = doc.ents  # in order, not overlapping
        self.ent_starts = [e.start for e in self.ents]
        group = doc.spans[extensions.MENTIONS] if extensions.MENTIONS in doc.spans else ()
        # (start, place in the span group, end, text) of the mentions that are not generic
        # names ("the government"), by start; the span group's own order breaks ties.
        self.mentions = sorted(
            (m.start, order, m.end, m.text)
            for order, m in enumerate(group)
            if m.text.lower() not in c.generic_names
        )
        self.mention_starts = [start for start, *_ in self.mentions]

    def sentence_starts(self, start: int, end: int) -> list[int]:
        """Token starts of the sentences that overlap tokens `start`..`end`, in order."""
        first = bisect_right(self.sent_ends, start)
        last = bisect_left(self.sent_starts, end)
        return self.sent_starts[first:last]

    def ents_within(self, start: int, end: int) -> list[Span]:
        """The entities wholly inside tokens `start`..`end`, in document order."""
        found = []
        for i in range(bisect_left(self.ent_starts, start), len(self.ents)):
            ent = self.ents[i]
            if ent.start >= end:
                break
            if ent.end <= end:
                found.append(ent)
        return found

    def first_named_mention(self, start: int, end: int) -> str | None:
        """The text of the first mention (in the span group's order) wholly inside tokens
        `start`..`end` that is not a generic name, or None."""
        best: tuple[int, str] | None = None
        for i in range(bisect_left(self.mention_starts, start), len(self.mentions)):
            m_start, order, m_end, text = self.mentions[i]
            if m_start > end:
                break
            if m_end <= end and (best is None or order < best[0]):
                best = (order, text)
        return best[1] if best else None


# -- signals -----------------------------------------------------------------------------------


def _content_signals(part: Span, c: Cues, index: DocIndex) -> dict[str, str]:
    """Checkable-content signals of one sentence part: name -> the words that show it."""
    tokens = list(part)
    found: dict[str, str] = {}
    ents = index.ents_within(part.start, part.end)
    date_tokens = {t.i for e in ents if e.label_ in ("DATE", "TIME") for t in e}

    def add(name: str, text: str) -> None:
        found.setdefault(name, text)

    for e in ents:
        if e.label_ == "PERCENT":
            add("percent", e.text)
        elif e.label_ == "MONEY":
            add("money", e.text)
        elif e.label_ == "DATE" and (any(ch.isdigit() for ch in e.text) or any(
                t.lower_ in c.words["month_words"] and t.is_title or t.lower_ in c.words["date_words"] for t in e)):
            add("date", e.text)
        elif e.label_ in c.entity_labels:
            name = e.text.lower().removeprefix("the ").strip()
            if name not in c.generic_names and e.text.lower() not in c.generic_names:
                add("named_entity", e.text)
    mention = index.first_named_mention(part.start, part.end)
    if mention is not None:
        add("named_entity", mention)
    for t in tokens:
        if YEAR.match(t.text) and t.pos_ == "NUM":
            add("date", t.text)
        elif t.like_num and t.i not in date_tokens and t.ent_type_ != "ORDINAL":
            if any(ch.isdigit() for ch in t.text) or t.lower_ not in c.words["weak_numbers"]:
                add("number", t.text)
        elif t.lower_ in c.words["number_words"] and t.i not in date_tokens:
            add("number", t.text)
        if t.pos_ in ("VERB", "AUX") and _in(t, c.words["statistics_verbs"]):
            add("statistics_verb", t.text)
        if t.pos_ == "VERB" and _in(t, c.words["record_verbs"]):
            add("record_verb", t.text)
        if t.pos_ in ("NOUN", "PROPN") and _in(t, c.words["quantity_nouns"]):
            add("quantity_noun", t.text)
        if t.tag_ in ("JJS", "RBS") and not _in(t, c.words["weak_superlatives"]):
            add("superlative", t.text)
    for i, phrase in _find(tokens, c.lists["percent_words"]):
        add("percent", " ".join(tok.text for tok in tokens[i : i + len(phrase)]))
    for i, phrase in _find(tokens, c.lists["money_words"]):
        add("money", " ".join(tok.text for tok in tokens[i : i + len(phrase)]))
    excluded = {i + k for i, p in _find(tokens, c.lists["superlative_exclusions"]) for k in range(len(p))}
    for i, phrase in _find(tokens, c.lists["superlative_words"]):
        if i not in excluded:
            add("superlative", " ".join(tok.text for tok in tokens[i : i + len(phrase)]))
    if "percent" in found or "money" in found:
        found.setdefault("number", found.get("percent") or found["money"])
    return found


def _subject(verb: Token) -> Token | None:
    return next((ch for ch in verb.children if ch.dep_ in SUBJECT_DEPS), None)


def _first_person(token: Token | None, c: Cues) -> bool:
    return token is not None and token.lower_ in c.words["first_person"]


def _form_signals(part: Span, c: Cues, has_content: bool) -> dict[str, str]:
    """Signals that the part is not a factual assertion: name -> the words that show it."""
    found: dict[str, str] = {}
    tokens = list(part)
    words = [t for t in tokens if t.is_alpha]
    text = part.text.rstrip(CLOSERS)
    root = part.root
    subject = _subject(root)
    if text.endswith("?"):
        found["question"] = "?"
    lead = [t for t in tokens if not t.is_punct and not t.is_space]
    while lead and (_in(lead[0], c.words["imperative_lead"]) or lead[0].pos_ == "INTJ"):
        lead = lead[1:]
    if (lead and lead[0].i == root.i and root.tag_ == "VB" and subject is None
            and not any(ch.dep_ in ("aux", "auxpass") for ch in root.children)):
        found["imperative"] = root.text
    if len(words) < c.min_words or not any(t.tag_ in FINITE_TAGS or (t.i == root.i and t.tag_ == "VB") for t in tokens):
        found["fragment"] = part.text[:40]
    for verb in [root, *[ch for ch in root.children if ch.dep_ == "conj"]]:
        if _in(verb, c.words["opinion_verbs"]) and _first_person(_subject(verb), c):
            found["first_person_opinion"] = f"{_subject(verb)} {verb.text}"  # type: ignore[union-attr]
            break
    for i, phrase in _find(tokens, c.lists["opinion_phrases"]):
        found.setdefault("first_person_opinion", " ".join(tok.text for tok in tokens[i : i + len(phrase)]))
    future = [(i, p) for i, p in _find(tokens, c.lists["future_markers"])
              if root.i in (tokens[i].i, tokens[i].head.i, tokens[i].head.head.i)]
    if future:
        i, phrase = future[0]
        marker_end = tokens[i + len(phrase) - 1].i + 1
        if subject is not None and _first_person(subject, c) and subject.i < tokens[i].i:
            found["first_person_promise"] = part.doc[subject.i : marker_end].text
        else:
            found["future"] = part.doc[tokens[i].i : marker_end].text
    elif root.tag_ == "VBD" or (root.tag_ == "VBN" and any(ch.lemma_ == "have" for ch in root.children)):
        found["past_event"] = root.text
    if not has_content:
        hedges = _find(tokens, c.lists["hedge_words"])
        if hedges:
            i, phrase = hedges[0]
            found["bare_hedge"] = " ".join(tok.text for tok in tokens[i : i + len(phrase)])
    return found


LABELS = {
    "number": "number", "percent": "percentage", "money": "money", "date": "date",
    "named_entity": "named entity", "superlative": "superlative/comparison",
    "statistics_verb": "statistics verb", "record_verb": "record verb",
    "quantity_noun": "tracked quantity", "past_event": "past event",
    "question": "question", "imperative": "imperative", "first_person_opinion": "first-person opinion",
    "first_person_promise": "first-person promise", "future": "future", "bare_hedge": "hedge without content",
    "fragment": "fragment",
}


def _score_part(part: Span, c: Cues, index: DocIndex) -> tuple[float, list[str]]:
    content = _content_signals(part, c, index)
    form = _form_signals(part, c, has_content=bool(content))
    signals = {**content, **form}
    total = c.weights.get("bias", 0.0) + sum(c.weights.get(name, 0.0) for name in signals)
    ordered = sorted(signals, key=lambda name: -c.weights.get(name, 0.0))
    reasons = [f"{LABELS.get(name, name)}: {signals[name]}" if name != "question" else "question" for name in ordered]
    return 1.0 / (1.0 + math.exp(-total)), reasons


def checkworthiness(span: Span, index: DocIndex | None = None) -> tuple[float, list[str]]:
    """How check-worthy a claim span is (0..1) and the reasons, strongest first.

    Needs a parsed span (tagger, parser; `ner` for names, dates and money). A span over
    several sentences is scored per sentence and gets the best sentence's score. Scoring
    many spans of one document, pass each the same `DocIndex(doc, cues())`."""
    c = cues()
    doc = span.doc
    if index is None:
        index = DocIndex(doc, c)
    best: tuple[float, list[str]] = (0.0, ["empty"])
    starts = sorted({*index.sentence_starts(span.start, span.end), span.start})
    for k, start in enumerate(starts):
        start = max(start, span.start)
        end = starts[k + 1] if k + 1 < len(starts) else span.end
        part = doc[start:min(end, span.end)]
        if not any(t.is_alpha for t in part):
            continue
        scored = _score_part(part, c, index)
        if scored[0] > best[0]:
            best = scored
    return best


# -- the component -----------------------------------------------------------------------------


class CheckworthyScorer:
    """Adds `checkworthy` and `checkworthy_reasons` to each dict of `doc._.claims`."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        index = None  # built at the first claim that needs it
        for claim in doc._.claims or []:
            span = doc.char_span(claim["start"], claim["end"], alignment_mode="expand")
            if span is not None and len(span):
                index = index or DocIndex(doc, cues())
                score, reasons = checkworthiness(span, index)
            else:
                score, reasons = 0.0, ["empty"]
            claim["checkworthy"] = round(score, 4)
            claim["checkworthy_reasons"] = reasons
        return doc


@Language.factory(
    "claimgraph_checkworthy",
    assigns=["doc._.claims"],
    requires=["doc._.claims", "doc.ents", "token.tag"],
)
def make_checkworthy_scorer(nlp: Language, name: str) -> CheckworthyScorer:
    extensions.register()
    cues()  # read the cue file when the pipeline is built
    return CheckworthyScorer(nlp, name)
