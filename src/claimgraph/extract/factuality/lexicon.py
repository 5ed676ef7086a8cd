"""The cue lists of the certainty, polarity and stance components, loaded once per process.

The lists are data (`data/hedges.yaml`, `data/negation.yaml`, `data/stance.yaml`); this module
turns them into lookups. Every word of a cue compares to a token's lowercase text or its
lemma, so "alleged"/"allegedly" and "denied"/"deny" are written once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import yaml
from spacy.tokens import Doc, Token

from claimgraph.errors import ConfigError

DATA = files(__package__) / "data"

# Weakest first: a claim takes the weakest class found in its scope.
CERTAINTY_ORDER = ("uncertain", "possible", "reported", "probable", "certain")
RANK = {name: rank for rank, name in enumerate(CERTAINTY_ORDER)}


def word_matches(token: Token, word: str) -> bool:
    """Whether a cue word names this token (by lowercase text or lemma)."""
    return word == token.lower_ or word == token.lemma_.lower()


def words(phrase: str) -> tuple[str, ...]:
    """The words of a cue as the tokenizer splits them ("so-called" is "so", "-", "called")."""
    return tuple(re.sub(r"(?<=\w)-(?=\w)", " - ", phrase.lower()).split())


@dataclass(frozen=True, slots=True)
class Phrase:
    """A cue of one or more words; `anchor` is the position of the word that must be in scope."""

    words: tuple[str, ...]
    anchor: int
    label: str = ""

    @property
    def text(self) -> str:
        return " ".join(self.words)

    def at(self, doc: Doc, start: int) -> bool:
        """Whether the cue's words stand in `doc` from token `start` on."""
        if start < 0 or start + len(self.words) > len(doc):
            return False
        return all(word_matches(doc[start + k], w) for k, w in enumerate(self.words))

    def anchored(self, token: Token) -> range | None:
        """The token range of this cue when `token` is its anchor, else None. A cue led by
        "not" takes one adverb after it: "not yet clear", "not immediately clear"."""
        start = token.i - self.anchor
        doc = token.doc
        if self.at(doc, start):
            return range(start, start + len(self.words))
        if self.words[0] == "not" and self.anchor > 0 and start >= 1 and doc[start].tag_ == "RB" \
                and word_matches(doc[start - 1], "not") and Phrase(self.words[1:], 0).at(doc, start + 1):
            return range(start - 1, start + len(self.words))
        return None


class PhraseIndex:
    """Phrases indexed by one of their words, for anchored and free search."""

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        self.phrases = tuple(phrases)
        self._by_anchor: dict[str, list[Phrase]] = {}
        self._by_first: dict[str, list[Phrase]] = {}
        for phrase in self.phrases:
            self._by_anchor.setdefault(phrase.words[phrase.anchor], []).append(phrase)
            self._by_first.setdefault(phrase.words[0], []).append(phrase)

    def candidates(self, token: Token, *, first: bool = False) -> list[Phrase]:
        table = self._by_first if first else self._by_anchor
        found = table.get(token.lower_, [])
        lemma = token.lemma_.lower()
        if lemma != token.lower_:
            found = found + table.get(lemma, [])
        return found

    def anchored(self, token: Token) -> Iterator[tuple[Phrase, range]]:
        """Every phrase whose anchor word is `token` and whose other words stand beside it."""
        for phrase in self.candidates(token):
            where = phrase.anchored(token)
            if where is not None:
                yield phrase, where

    def search(self, doc: Doc, start: int, end: int) -> Iterator[tuple[Phrase, range]]:
        """Every occurrence of a phrase within tokens [start, end), longest first at a position."""
        for i in range(start, end):
            found = [p for p in self.candidates(doc[i], first=True) if i + len(p.words) <= end]
            for phrase in sorted(found, key=lambda p: -len(p.words)):
                if phrase.at(doc, i):
                    yield phrase, range(i, i + len(phrase.words))

    def covers(self, token: Token) -> bool:
        """Whether `token` is part of an occurrence of any phrase."""
        doc = token.doc
        for word in {token.lower_, token.lemma_.lower()}:
            for phrase in self.phrases:
                for k, w in enumerate(phrase.words):
                    if w == word and phrase.at(doc, token.i - k):
                        return True
        return False


@dataclass(frozen=True, slots=True)
class HedgeCue:
    cls: str
    phrase: Phrase
    tags: frozenset[str] | None
    deps: frozenset[str] | None
    negated: str | None  # the class when the cue itself is negated (None: same class)
    negative: bool  # the cue negates the event ("unlikely")
    in_reported_speech: str | None  # its class inside reported speech (None: it hedges nothing there)

    def fits(self, anchor: Token) -> bool:
        return (self.tags is None or anchor.tag_ in self.tags) and (
            self.deps is None or anchor.dep_ in self.deps
        )


@dataclass(frozen=True, slots=True)
class Hedges:
    cues: dict[str, tuple[HedgeCue, ...]]  # anchor word -> cues
    passive: dict[str, tuple[str, bool]]  # lemma -> (class, needs no complement)
    raising: dict[str, str]
    epistemic: dict[str, tuple[str, bool]]  # lemma -> (class, negates its complement)
    verification: frozenset[str]  # negated, their clause is uncertain
    wh_verification: frozenset[str]  # the same with a question as complement
    verification_failures: frozenset[str]  # "was unable to confirm", "failed to verify"
    anonymous_sources: frozenset[str]
    document_sources: frozenset[str]  # anonymous only in the plural
    reporting_verbs: frozenset[str]
    conditional_marks: frozenset[str]
    condition_cues: tuple[tuple[str, ...], ...]  # words that open a condition, longest first
    question_marks: frozenset[str]

    def cues_at(self, token: Token) -> Iterator[tuple[HedgeCue, range]]:
        seen: set[int] = set()
        for key in (token.lower_, token.lemma_.lower()):
            for cue in self.cues.get(key, ()):
                if id(cue) in seen:
                    continue
                seen.add(id(cue))
                where = cue.phrase.anchored(token)
                if where is not None and cue.fits(token):
                    yield cue, where


@dataclass(frozen=True, slots=True)
class Negations:
    particles: frozenset[str]
    quantifiers: frozenset[str]
    not_negation: PhraseIndex
    denial: frozenset[str]
    denial_with_object: frozenset[str]
    speech_nouns: frozenset[str]
    implicative_negative: frozenset[str]
    implicative_positive: frozenset[str]
    without: frozenset[str]
    without_heads: frozenset[str]
    adverbials: PhraseIndex  # anchored on their negative determiner ("at no time")


@dataclass(frozen=True, slots=True)
class Stance:
    frame: dict[str, PhraseIndex]  # "endorses"/"disputes" -> cues
    content: dict[str, PhraseIndex]
    scare_max_tokens: int
    naming_cues: PhraseIndex
    information_nouns: frozenset[str]
    discredit_verbs: frozenset[str]
    false_predicates: frozenset[str]
    true_predicates: frozenset[str]
    support_verbs: frozenset[str]
    judged_nouns: frozenset[str]  # with the information nouns: what a verdict is said of
    evidence_nouns: frozenset[str]
    evidence_negators: frozenset[str]
    contrary_verbs: frozenset[str]  # "records show otherwise": evidence verbs with a contrary adverb
    verdict_heads: frozenset[str]  # "THE VERDICT: Misleading."
    verdict_labels: dict[str, str]  # label -> endorses | disputes
    contrary_adverbs: frozenset[str]
    contrary_accounts: dict[str, frozenset[str]]  # verbs, nouns, modifiers: "tell a different story"
    elliptic_auxiliaries: frozenset[str]  # "He was not."
    conflict_phrases: tuple[str, ...]  # "an account that sits uneasily with the finding"
    sentences_back: int
    presupposing_cues: frozenset[str] = frozenset()
    evidential_cues: frozenset[str] = frozenset()  # "court records show that Q"
    contradicting_verbs: frozenset[str] = frozenset()  # "documents contradict that account"
    distorting_verbs: frozenset[str] = frozenset()  # "the mayor misrepresented the findings"
    correction_openers: tuple[str, ...] = ()  # "In fact, ..." after someone's claim
    provision_verbs: frozenset[str] = frozenset()  # "did not provide the document"
    explaining_verbs: frozenset[str] = frozenset()  # "without saying how it was calculated"
    omission_verbs: frozenset[str] = frozenset()  # "the statement did not mention that Q"
    standing_verbs: frozenset[str] = frozenset()  # "that assurance may not hold"
    support_nouns: frozenset[str] = frozenset()
    asserting_nouns: frozenset[str] = frozenset()  # "the baseless allegation"


def _speech_class(value: Any, cls: str) -> str | None:  # noqa: ANN401 - a YAML value
    """A cue's class inside reported speech: its own (true), none (false) or the one named."""
    if value is True:
        return cls
    if value is False:
        return None
    if value in RANK:
        return str(value)
    raise ValueError(f"reported_speech must be true, false or a certainty class, not {value!r}")


def _read(name: str) -> dict[str, Any]:
    path = DATA / name
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the cue list {path}: {exc}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"the cue list {path} is not a mapping")
    return raw


def _text(value: Any) -> str:
    if not isinstance(value, str):  # YAML reads a bare no/yes/on/off as a boolean
        raise ValueError(f"{value!r} is not a string (quote it)")
    return value


def _set(values: Iterable[str]) -> frozenset[str]:
    return frozenset(_text(v).lower() for v in values)


def _phrase(text: str, anchor: str | None = None, label: str = "") -> Phrase:
    ws = words(_text(text))
    return Phrase(ws, ws.index(anchor) if anchor else len(ws) - 1, label)


def _index(texts: Iterable[str], label: str = "") -> PhraseIndex:
    return PhraseIndex(_phrase(t, label=label) for t in texts)


@cache
def hedges() -> Hedges:
    raw = _read("hedges.yaml")
    try:
        cues: dict[str, list[HedgeCue]] = {}
        for cls, entries in raw["cues"].items():
            if cls not in RANK:
                raise ValueError(f"unknown certainty class {cls!r}")
            for entry in entries:
                entry = entry if isinstance(entry, dict) else {"cue": entry}
                phrase = _phrase(entry["cue"], entry.get("anchor"), cls)
                cue = HedgeCue(
                    cls=cls,
                    phrase=phrase,
                    tags=frozenset(entry["tag"]) if "tag" in entry else None,
                    deps=frozenset(entry["dep"]) if "dep" in entry else None,
                    negated=entry.get("negated"),
                    negative=bool(entry.get("negative", False)),
                    in_reported_speech=_speech_class(entry.get("reported_speech", True), cls),
                )
                cues.setdefault(phrase.words[phrase.anchor], []).append(cue)
        frames = raw["frames"]
        passive = {
            lemma: (cls, bool(spec.get("bare", False)))
            for cls, spec in frames["passive"].items()
            for lemma in spec["lemmas"]
        }
        epistemic = {lemma: (cls, False) for cls, ls in frames["epistemic"].items() for lemma in ls}
        epistemic |= {
            lemma: (cls, True) for cls, ls in frames["negative_epistemic"].items() for lemma in ls
        }
        return Hedges(
            cues={k: tuple(v) for k, v in cues.items()},
            passive=passive,
            raising={lemma: cls for cls, ls in frames["raising"].items() for lemma in ls},
            epistemic=epistemic,
            verification=_set(frames["verification"]["verbs"]),
            wh_verification=_set(frames["verification"]["wh"]),
            verification_failures=_set(frames["verification"]["failures"]),
            anonymous_sources=_set(raw["anonymous_sources"]),
            document_sources=_set(raw.get("document_sources") or ()),
            reporting_verbs=_set(raw["reporting_verbs"]),
            conditional_marks=_set(raw["conditional_marks"]),
            condition_cues=tuple(sorted((tuple(str(c).lower().split()) for c in raw["condition_cues"]), key=len, reverse=True)),
            question_marks=_set(raw["question_marks"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"bad entry in the hedge list {DATA / 'hedges.yaml'}: {exc}") from None


@cache
def negations() -> Negations:
    raw = _read("negation.yaml")
    try:
        return Negations(
            particles=_set(raw["particles"]),
            quantifiers=_set(raw["quantifiers"]),
            not_negation=_index(raw["not_negation"]),
            denial=_set(raw["denial"]["always"]),
            denial_with_object=_set(raw["denial"]["with_speech_object"]),
            speech_nouns=_set(raw["denial"]["speech_nouns"]),
            implicative_negative=_set(raw["implicative"]["negative"]),
            implicative_positive=_set(raw["implicative"]["positive"]),
            without=_set(raw["without"]["words"]),
            without_heads=_set(raw["without"]["heads"]),
            adverbials=PhraseIndex(
                _phrase(t, next(w for w in words(t) if w in {"no", "not", "never"}))
                for t in raw["adverbials"]
            ),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"bad entry in {DATA / 'negation.yaml'}: {exc}") from None


@cache
def stance_cues() -> Stance:
    raw = _read("stance.yaml")
    try:
        author = raw["author"]
        return Stance(
            frame={k: _index(v, k) for k, v in raw["frame"].items()},
            content={k: _index(v, k) for k, v in raw["content"].items()},
            scare_max_tokens=int(raw["scare_quotes"]["max_tokens"]),
            naming_cues=_index(raw["scare_quotes"]["naming_cues"]),
            information_nouns=_set(author["information_nouns"]),
            discredit_verbs=_set(author["discredit_verbs"]),
            false_predicates=_set(author["false_predicates"]),
            true_predicates=_set(author["true_predicates"]),
            support_verbs=_set(author["support_verbs"]),
            judged_nouns=_set(author["information_nouns"]) | _set(author["judged_nouns"]),
            evidence_nouns=_set(author["evidence_nouns"]),
            evidence_negators=_set(author["evidence_negators"]),
            contrary_verbs=_set(author["contrary_verbs"]),
            verdict_heads=_set(author["verdict_heads"]),
            verdict_labels={str(label).lower(): stance for stance, labels in author["verdict_labels"].items()
                            for label in labels},
            contrary_adverbs=_set(author["contrary_adverbs"]),
            contrary_accounts={k: _set(v) for k, v in author["contrary_accounts"].items()},
            elliptic_auxiliaries=_set(author["elliptic_auxiliaries"]),
            conflict_phrases=tuple(str(x).lower() for x in author["conflict_phrases"]),
            sentences_back=int(author["sentences_back"]),
            presupposing_cues=_set(raw.get("presupposing_cues") or []),
            evidential_cues=_set(raw.get("evidential_cues") or []),
            contradicting_verbs=_set(author["contradicting_verbs"]),
            distorting_verbs=_set(author["distorting_verbs"]),
            correction_openers=tuple(_text(x).lower() for x in author["correction_openers"]),
            provision_verbs=_set(author["provision_verbs"]),
            explaining_verbs=_set(author["explaining_verbs"]),
            omission_verbs=_set(author["omission_verbs"]),
            standing_verbs=_set(author["standing_verbs"]),
            support_nouns=_set(author["evidence_nouns"]) | _set(author["support_nouns"]),
            asserting_nouns=_set(author["asserting_nouns"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"bad entry in {DATA / 'stance.yaml'}: {exc}") from None


def verdict_label(text: str) -> tuple[str, str] | None:
    """A fact-check's verdict line ("THE VERDICT: Misleading."): its label and the stance it
    takes (endorses or disputes), else None."""
    lex = stance_cues()
    head, colon, rest = text.partition(":")
    if not colon or " ".join(head.lower().split()) not in lex.verdict_heads:
        return None
    label = " ".join(rest.strip().rstrip(".!").lower().split())
    label = next((known for known in sorted(lex.verdict_labels, key=len, reverse=True)
                  if label == known or label.startswith(known + ".") or label.startswith(known + " ")), None)
    return (label, lex.verdict_labels[label]) if label else None
