"""The syntax every component reads: named sets of dependency labels and parts of speech, and a
per-document index of the parse (`DocView`).

spaCy builds a new Token object on every access; a component that asks the same questions of the
same tokens many times reads them from `build_view(doc)` instead: plain lists of lemma, lowercase
form, part of speech, dependency label, head index, children, sentence and paragraph numbers,
clause heads, and which mention, timex and claim covers each token.

Labels are spaCy's English (ClearNLP) dependency labels.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import (
    DEP,
    HEAD,
    IDX,
    IS_SPACE,
    LEMMA,
    LENGTH,
    LOWER,
    POS,
    SENT_START,
    TAG,
)
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan  # `Span` here is the event modules' light record

from claimgraph.extract import extensions

VERBAL = frozenset({"VERB", "AUX"})  # parts of speech of a verb
AUX_DEPS = frozenset({"aux", "auxpass"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})  # every subject
NOMINAL_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
PREDICATIVE_DEPS = frozenset({"acomp", "attr", "oprd"})  # "is ready", "is the leader", "named X"
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "csubj", "csubjpass"})  # clauses that are arguments
RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})  # subjects of a relative clause
AMOUNTS = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT"})  # entity labels of sums and counts
# Dependency labels of a verb that heads a clause of its own.
CLAUSE_DEPS = COMPLEMENT_DEPS | {"ROOT", "advcl", "relcl", "conj", "parataxis", "acl", "pcomp"}


@dataclass(frozen=True, slots=True)
class Span:
    """A mention or a timex as the event modules use it: token and character offsets."""

    start: int
    end: int
    start_char: int
    end_char: int
    label: str
    value: str | None = None  # a timex's normalized value


@dataclass(slots=True)
class DocView:
    doc: Doc
    text: str
    lemma: list[str]
    lower: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    head: list[int]
    children: list[list[int]]
    idx: list[int]  # character offset of each token
    ends: list[int]  # character end of each token
    sent: list[int]
    para: list[int]
    mentions: list[Span]
    mention_at: list[int]  # token -> index into mentions, -1 if none
    timexes: list[Span]
    timex_at: list[int]
    claim_at: list[int]  # token -> index of the innermost claim covering it, -1 if none
    sent_starts: list[int] = field(default_factory=list)  # token index of each sentence start
    _clause: list[int] = field(default_factory=list)
    _framed: bytearray | None = None
    _coref: dict[int, tuple[int, int]] | None = None
    _source_ends: set[int] | None = None

    def source_end(self, char: int) -> bool:
        """An attribution's source ends at `char` ("the Washington Post|, June 29, 2011")."""
        if self._source_ends is None:
            self._source_ends = {att["source"][1] for att in self.doc._.attributions or []
                                 if att.get("source")}
        return char in self._source_ends

    def antecedent(self, i: int) -> tuple[int, int] | None:
        """Character span of the mention token `i`'s phrase refers to (`doc._.coref`)."""
        if self._coref is None:
            self._coref = {}
            for a_start, a_end, m_start, m_end in self.doc._.coref or []:
                for t in range(bisect_right(self.idx, a_start - 1), bisect_right(self.idx, a_end - 1)):
                    self._coref.setdefault(t, (m_start, m_end))
        return self._coref.get(i)

    def in_frame(self, char: int) -> bool:
        """Inside the words that introduce an attribution: its frame, cue or source."""
        if self._framed is None:
            self._framed = bytearray(len(self.text) + 1)
            for att in self.doc._.attributions or []:
                for name in ("frame", "source", "cue"):
                    span = att.get(name)
                    if span:
                        self._framed[span[0]:span[1]] = b"\x01" * (span[1] - span[0])
        return 0 <= char < len(self._framed) and self._framed[char] == 1

    def __len__(self) -> int:
        return len(self.lemma)

    def clause(self, i: int) -> int:
        """The verb heading the clause of token `i` (the root when there is none)."""
        found = self._clause[i]
        if found >= 0:
            return found
        path = []
        j = i
        while True:
            if self._clause[j] >= 0:
                found = self._clause[j]
                break
            path.append(j)
            if (self.pos[j] in VERBAL and self.dep[j] in CLAUSE_DEPS) or self.head[j] == j:
                found = j
                break
            j = self.head[j]
        for k in path:
            self._clause[k] = found
        return found

    def ancestors(self, i: int, limit: int = 40) -> list[int]:
        out = []
        while self.head[i] != i and limit:
            i = self.head[i]
            out.append(i)
            limit -= 1
        return out

    def subtree(self, i: int) -> list[int]:
        """Token indices under `i`, itself included, in no particular order."""
        out, todo = [], [i]
        while todo:
            j = todo.pop()
            out.append(j)
            todo.extend(self.children[j])
        return out

    def span_bounds(self, i: int) -> tuple[int, int]:
        """First and last+1 token of `i`'s subtree (spaCy's left_edge/right_edge)."""
        tokens = self.subtree(i)
        return min(tokens), max(tokens) + 1

    def chars(self, start: int, end: int) -> list[int]:
        """[start_char, end_char] of tokens start..end-1."""
        return [self.idx[start], self.ends[end - 1]]

    def mentions_in(self, start_char: int, end_char: int) -> list[Span]:
        """The mentions that start inside [start_char, end_char)."""
        first = bisect_right(self.idx, start_char - 1)
        last = bisect_right(self.idx, end_char - 1)
        found: list[Span] = []
        for i in range(first, last):
            m = self.mention_at[i]
            if m >= 0 and self.mentions[m].start == i:
                found.append(self.mentions[m])
        return found

    def mention(self, i: int) -> Span | None:
        found = self.mention_at[i]
        return self.mentions[found] if found >= 0 else None

    def children_with(self, i: int, deps: frozenset[str] | set[str]) -> list[int]:
        return [c for c in self.children[i] if self.dep[c] in deps]


def contract_span(doc: Doc, chars: Any) -> SpacySpan | None:  # noqa: ANN401 - a [start, end] of the contract, or None
    """The tokens over a character span of the `doc._` contract (expanded to whole tokens), or None."""
    return doc.char_span(chars[0], chars[1], alignment_mode="expand") if chars else None


def is_amount(token: Token) -> bool:
    """A sum or a count ("400,000 cedis", "$5 million", "1.2 million euros")."""
    return token.ent_type_ in AMOUNTS or any(c.dep_ == "nummod" and c.like_num for c in token.children)


def bare_participle(token: Token) -> bool:
    """A past participle with no auxiliary read as a clause: a reduced relative ("the
    arrangement described in the filings") the parser made a complement of its own."""
    return token.tag_ == "VBN" and token.dep_ == "ccomp" and not any(c.dep_ in AUX_DEPS for c in token.children)


ATTRS = (HEAD, LEMMA, LOWER, POS, TAG, DEP, IDX, LENGTH, SENT_START, IS_SPACE)


def build_view(doc: Doc) -> DocView:
    """Read every array the event modules need from `doc`, once (no Token objects made)."""
    extensions.register()
    n = len(doc)
    text = doc.text
    rows = doc.to_array(list(ATTRS)).tolist() if n else []
    strings = doc.vocab.strings
    names: dict[int, str] = {}

    def name(key: int) -> str:
        found = names.get(key)
        if found is None:
            found = names[key] = strings[key] if key else ""
        return found

    lemma, lower, pos, tag, dep, head, idx, ends = [], [], [], [], [], [], [], []
    sent, para = [0] * n, [0] * n
    children: list[list[int]] = [[] for _ in range(n)]
    sent_starts: list[int] = []
    paragraph = 0
    sentence = -1
    has_sents = doc.has_annotation("SENT_START")
    for i, (rel, lem, low, p, t, d, start, length, starts, space) in enumerate(rows):
        lemma.append(name(lem).lower())
        lower.append(name(low))
        pos.append(name(p))
        tag.append(name(t))
        dep.append(name(d))
        h = i + (rel if rel < 2**63 else rel - 2**64)  # HEAD is a signed offset
        head.append(h)
        if h != i:
            children[h].append(i)
        idx.append(start)
        ends.append(start + length)
        if i == 0 or (has_sents and starts == 1):
            sentence += 1
            sent_starts.append(i)
        sent[i] = max(sentence, 0)
        para[i] = paragraph
        if space and "\n" in text[start:start + length]:
            paragraph += 1
    mentions = [Span(s.start, s.end, s.start_char, s.end_char, s.label_)
                for s in doc.spans.get(extensions.MENTIONS, ())]
    timexes = [Span(s.start, s.end, s.start_char, s.end_char, s.label_, s._.timex_value)
               for s in doc.spans.get(extensions.TIMEXES, ())]
    return DocView(
        doc=doc, text=text, lemma=lemma, lower=lower, pos=pos, tag=tag, dep=dep, head=head,
        children=children, idx=idx, ends=ends, sent=sent, para=para,
        mentions=mentions, mention_at=_cover(n, mentions), timexes=timexes,
        timex_at=_cover(n, timexes), claim_at=_claims(doc, idx), sent_starts=sent_starts,
        _clause=[-1] * n,
    )


def _cover(n: int, spans: list[Span]) -> list[int]:
    at = [-1] * n
    for index, span in enumerate(spans):
        for i in range(span.start, min(span.end, n)):
            at[i] = index
    return at


def _claims(doc: Doc, idx: list[int]) -> list[int]:
    """Token -> innermost claim: longer claims are written first, shorter ones over them."""
    at = [-1] * len(idx)
    claims = doc._.claims or []
    order = sorted(range(len(claims)), key=lambda c: claims[c]["start"] - claims[c]["end"])
    for c in order:
        first = bisect_right(idx, claims[c]["start"] - 1)
        last = bisect_right(idx, claims[c]["end"] - 1)
        for i in range(first, last):
            at[i] = c
    return at
