"""Temporal expressions (TimeML TIMEX3): find them, type them, normalize them to ISO values.

Two ways in:

- `find_timexes(doc, anchor=date(2015, 11, 21))` yields `TimexMatch` records from any parsed
  Doc, no pipeline component needed;
- the spaCy component `claimgraph_timex` (added after `ner` by `pipeline.build_pipeline()`)
  writes one Span per expression to `doc.spans[extensions.TIMEXES]`: label = TimeML type
  (DATE, TIME, DURATION, SET), `span._.timex_value` = ISO value or None. Its anchor is
  `doc._.published` ("YYYY-MM-DD"), set before the pipeline runs.

Recognition is rule based (`data/timex.yaml`, checked by `timex.rules`); normalization is in
`timex.normalize`. Relative expressions are resolved on the document date and on the dates
the text has already named, in reading order ("November 16, 2015 ... Five days later").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimgraph.extract import extensions
from claimgraph.extract.timex.calendar import PAST
from claimgraph.extract.timex.lexicon import load_lexicon
from claimgraph.extract.timex.model_dates import governing_tense
from claimgraph.extract.timex.normalize import Context, normalize, with_half
from claimgraph.extract.timex.rules import DAY_KINDS, Candidate, find_candidates
from claimgraph.model.timeml import first_day

__all__ = ["TimexComponent", "TimexMatch", "find_timexes", "parse_anchor"]

# Kinds placed before or after the document date by the tense of the verb that governs them
# ("met on Friday" / "will meet on Friday"): only these need the parse.
_TENSED = frozenset({"month_day", "month", "weekday", "quarter", "season", "holiday",
                     "deictic_unit", "part_of_day"})
# Month names and month-days without a year: in a past-tense sentence that has just written a
# year, they take that year rather than the document's.
_YEARLESS = frozenset({"month", "month_day"})
_CLOCK_TO_DAY = re.compile(r"\s*(?:,\s*)?(?:on\s+|of\s+)?(?:the\s+)?")


class TimexMatch(NamedTuple):
    start_char: int
    end_char: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str | None  # ISO / TimeML value, None when it cannot be normalized


def parse_anchor(value: str | date | None) -> date | None:
    """A document date from "2015-11-21" (or a longer ISO timestamp); None if unusable."""
    if isinstance(value, datetime):
        return value.date()
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def _day_of(cand: Candidate, doc: Doc, ctx: Context) -> str | None:
    """The day a date candidate names ("Friday" -> "2015-11-20"), leaving `ctx` as it was."""
    scratch = Context(anchor=ctx.anchor, refs=list(ctx.refs))
    parsed = first_day(_value(cand, doc, scratch))
    return parsed[0].isoformat() if parsed and parsed[1] == "day" else None


def _value(
    cand: Candidate, doc: Doc, ctx: Context, following: Candidate | None = None
) -> str | None:
    lex = load_lexicon()
    ctx.tense = governing_tense(doc, cand.start, cand.end, lex) if cand.kind in _TENSED else None
    ctx.day = None
    if cand.parts:  # a clock time written next to its date: "2 p.m. Friday"
        day_part, clock = cand.parts
        ctx.day = _day_of(day_part, doc, ctx)
        ctx.tense = None
        return normalize(clock.kind, clock.groups, lex, ctx)
    if cand.kind == "clock" and following is not None:  # "4:30 p.m. on Monday"
        ctx.day = _day_of(following, doc, ctx)
    value = normalize(cand.kind, cand.groups, lex, ctx)
    return with_half(value, cand.half) if cand.half else value


def _day_after(cand: Candidate, nxt: Candidate | None, text: str) -> Candidate | None:
    """The date right after a clock time in "at 4:30 p.m. on Monday", if any."""
    if cand.kind != "clock" or nxt is None or nxt.kind not in DAY_KINDS:
        return None
    return nxt if _CLOCK_TO_DAY.fullmatch(text[cand.end:nxt.start]) else None


def find_timexes(doc: Doc, *, anchor: date | str | None = None) -> Iterator[TimexMatch]:
    """Temporal expressions of `doc` in text order, values anchored on `anchor`.

    `anchor` is the document date; when None, `doc._.published` is used if set. Without any
    anchor, expressions that need one ("yesterday") get the value None, and month or weekday
    names get TimeML's unknown-year forms ("XXXX-06").
    """
    extensions.register()
    when = parse_anchor(anchor) if anchor is not None else parse_anchor(doc._.published)
    ctx = Context(anchor=when)
    text = doc.text
    candidates = find_candidates(doc, load_lexicon())
    sentence = _sentence_index(doc)
    named: tuple[int, str] | None = None  # (sentence, value) of the last date with a year
    for cand, nxt in zip(candidates, [*candidates[1:], None]):
        value = _value(cand, doc, ctx, _day_after(cand, nxt, text))
        here = sentence(cand.start)
        if (cand.kind in _YEARLESS and not cand.groups.get("rel") and named
                and named[0] == here and ctx.tense == PAST):
            # "became president in August of 1974; in October he ..." -> 1974-10
            moved = _in_year(value, named[1])
            parsed = first_day(moved)
            if parsed and (ctx.anchor is None or parsed[0] <= ctx.anchor):
                value = moved
        if cand.groups.get("year") and value and re.match(r"\d{4}(?:-\d\d)?", value):
            named = (here, value)
        if value is not None and cand.type in ("DATE", "TIME") and first_day(value):
            ctx.refs.append(value)
        yield TimexMatch(cand.start, cand.end, text[cand.start:cand.end], cand.type, value)


def _sentence_index(doc: Doc) -> Callable[[int], int]:
    """char offset -> index of its sentence (0 everywhere when the doc has no sentences)."""
    if not doc.has_annotation("SENT_START"):
        return lambda char: 0
    starts = [sent.start_char for sent in doc.sents]
    return lambda char: bisect_right(starts, char)


def _in_year(value: str | None, named: str) -> str | None:
    """A month (or day) value moved to follow `named`, the date the sentence wrote before it.

    "August of 1974 ... October" -> 1974-10; "November 2012 ... January" -> 2013-01.
    """
    if value is None or not re.fullmatch(r"\d{4}-\d\d(-\d\d)?", value):
        return value
    year = int(named[:4])
    named_month = int(named[5:7]) if re.match(r"\d{4}-\d\d", named) else 0  # "2022-SU": a year
    if int(value[5:7]) < named_month:
        year += 1
    if value[5:] == "02-29":
        return value
    return f"{year:04d}{value[4:]}"


@Language.factory(
    "claimgraph_timex", default_config={},
    assigns=["doc.spans", "span._.timex_value"],
    requires=["token.tag", "token.dep", "doc.ents"],
)
def make_timex(nlp: Language, name: str) -> TimexComponent:
    return TimexComponent(nlp, name)


class TimexComponent:
    """Writes `doc.spans[TIMEXES]`: TimeML-typed spans with `span._.timex_value`."""

    def __init__(self, nlp: Language | None = None, name: str = "claimgraph_timex") -> None:
        self.name = name
        extensions.register()
        load_lexicon()  # compile the rules now, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        for match in find_timexes(doc):
            span = doc.char_span(match.start_char, match.end_char, label=match.type,
                                 alignment_mode="expand")
            if span is None or (spans and span.start < spans[-1].end):
                continue
            span._.timex_value = match.value
            spans.append(span)
        doc.spans[extensions.TIMEXES] = spans
        return doc
