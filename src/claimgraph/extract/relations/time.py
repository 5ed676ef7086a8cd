"""Time qualifiers of relations, from the timexes of the clause (`doc.spans[TIMEXES]`).

A timex qualifies a relation when the path from its head up the parse reaches one of the
relation's anchor tokens (its trigger, its clause's verb, its arguments) before it reaches
any other verb ("since 2004 has been X": the copula; "supported by NATO during the 2011 war":
the participle) or when it follows the relation's last word, alone or after a preposition or
an opening bracket ("US Ambassador to Kenya (2006-2008)", "... to Kenya in August
2006"). Only dated values qualify (durations and yearless dates do not).

`time_kind`: the words before the timex ("since", "as of" → since; "from", "between",
"during" → during; "until" → until; "in", "on" → at, from `data/relations.yaml`), else the
first preposition on the path, else "during" for a range value ("2006/2008") and "at".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from spacy.tokens import Doc, Span

from claimgraph.extract import extensions
from claimgraph.extract.relations.lexicon import RelationLexicon
from claimgraph.extract.syntax import VERBAL

__all__ = ["Times", "TimeQualifier"]

GLUE = frozenset({"(", "[", "in", "on", "from", "since", "during", "between", "until", ",", "as", "of"})


class TimeQualifier(NamedTuple):
    value: str
    kind: str
    span: Span | None  # the timex it comes from; None for "former"


class _Timex(NamedTuple):
    span: Span | None  # the timex it comes from; None for "former"
    value: str
    path: frozenset[int]  # token indices from the timex head up to its first verb


class Times:
    def __init__(self, doc: Doc, lex: RelationLexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.timexes: list[_Timex] = []
        self.on_path: dict[int, list[_Timex]] = {}  # token -> timexes whose path crosses it
        self.starting: dict[int, _Timex] = {}  # first token -> timex
        for span in doc.spans.get(extensions.TIMEXES, ()):
            value = span._.timex_value
            if span.label_ != "DATE" or not value or not value[:1].isdigit():
                continue
            timex = _Timex(span, value, self._path(span))
            self.timexes.append(timex)
            self.starting[span.start] = timex
            for i in timex.path:
                self.on_path.setdefault(i, []).append(timex)

    def _path(self, span: Span) -> frozenset[int]:
        path = set(range(span.start, span.end))
        node = span.root
        for _ in range(12):
            if node.head.i == node.i:
                break
            node = node.head
            path.add(node.i)
            if node.pos_ in VERBAL and not span.start <= node.i < span.end:
                break
        return frozenset(path)

    def qualify(self, anchors: Iterable[int], last: int) -> TimeQualifier | None:
        """The timex qualifying a relation with these anchor tokens and this last token."""
        anchors = set(anchors)
        candidates = {id(t): t for a in anchors for t in self.on_path.get(a, ())}
        for start in range(last + 1, last + 4):
            if start in self.starting and self._follows(self.starting[start].span, last):
                candidates.setdefault(id(self.starting[start]), self.starting[start])
        best: tuple[int, int, _Timex] | None = None
        for timex in candidates.values():
            if timex.span.start <= last < timex.span.end or timex.span.start in anchors:
                continue
            distance = min(abs(timex.span.start - a) for a in anchors | {last})
            if best is None or (distance, timex.span.start) < best[:2]:
                best = (distance, timex.span.start, timex)
        return self._qualifier(best[2]) if best else None

    def literal(self, anchors: Iterable[int]) -> TimeQualifier | None:
        """The date a clause states ("was born in 1972"): a timex attached to an anchor."""
        found = list({id(t): t for a in set(anchors) for t in self.on_path.get(a, ())}.values())
        return self._qualifier(min(found, key=lambda t: t.span.start)) if found else None

    def _follows(self, span: Span, last: int) -> bool:
        if span.start <= last:
            return False
        between = self.doc[last + 1 : span.start]
        return len(between) <= 2 and all(t.lower_ in GLUE for t in between)

    def _qualifier(self, timex: _Timex) -> TimeQualifier:
        return TimeQualifier(timex.value, self._kind(timex), timex.span)

    def _kind(self, timex: _Timex) -> str:
        doc, start = self.doc, timex.span.start
        kinds = self.lex.time_kinds
        if start >= 2 and f"{doc[start - 2].lower_} {doc[start - 1].lower_}" in kinds:
            return kinds[f"{doc[start - 2].lower_} {doc[start - 1].lower_}"]
        if start >= 1 and doc[start - 1].lower_ in kinds:
            return kinds[doc[start - 1].lower_]
        for i in sorted(timex.path):
            token = doc[i]
            if token.dep_ == "prep" and token.lower_ in kinds and i < start:
                return kinds[token.lower_]
        return "during" if "/" in timex.value else "at"
