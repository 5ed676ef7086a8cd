"""When an incident happened: the timex a trigger's phrase or clause gives it.

A timex (from `doc.spans["claimgraph_timexes"]`) dates a trigger with a strength:

- 3: it hangs on the trigger itself ("the attack Friday", "the 2013 intervention",
  "stormed the hotel on Friday");
- 2: it is in the trigger's clause ("In June he was reported dead in a U.S. air strike");
- 1: the nearest earlier date of the same sentence, or of the sentence before in the same
  paragraph, when the trigger's clause has none (the "nearest earlier anchor").

A verb with no clause of its own ("agreed on Tuesday to buy", "Testifying ..., she told jurors
last month") takes its governing verb's date; a year in a noun's own "for"/"of" phrase ("the
statements for 2022") dates that noun; a relative clause's date ("who won last year") is its
own. With no date at all, an incident reported as done takes the report's date at strength 1
("X has been suspended, the unit said on Wednesday").
Durations and sets ("three days", "every year") date nothing; a clock time gives its day.
`date_precision` comes from the TimeML value: day ("2015-11-20"), month ("2015-06"),
year ("2013"), span ("1979/1989", a decade "199", a quarter, a season, a week).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimgraph.extract.datelines import in_dateline
from claimgraph.extract.events.triggers import Trigger
from claimgraph.extract.syntax import DocView, Span
from claimgraph.model.timeml import calendar_value, precision_of

DATED = frozenset({"DATE", "TIME"})


@dataclass(frozen=True, slots=True)
class DateRef:
    value: str
    precision: str
    start: int  # character span of the timex
    end: int
    strength: int


def date_of(view: DocView, trig: Trigger, course_verbs: frozenset[str] = frozenset(),
            taken: set[int] | None = None) -> DateRef | None:
    """The best timex for one trigger, or None."""
    h = trig.head
    clause = view.clause(h)
    best: DateRef | None = None
    apart = _set_apart(view, trig)
    claim = view.claim_at[h]
    # Timexes of the same sentence: those in the trigger's subtree or clause.
    s = view.sent[h]
    first = view.sent_starts[s] if s < len(view.sent_starts) else 0
    last = view.sent_starts[s + 1] if s + 1 < len(view.sent_starts) else len(view)
    seen: set[int] = set()
    for i in range(first, last):
        t = view.timex_at[i]
        if t < 0 or t in seen:
            continue
        seen.add(t)
        span = view.timexes[t]
        if span.label not in DATED or (taken and t in taken) or dateline(view, span.start):
            continue
        value = calendar_value(span.value)
        if value is None:
            continue
        other = view.claim_at[span.start]
        if (claim >= 0 and other >= 0 and other != claim) or (
                _cited(view, span.start_char) and not view.in_frame(view.idx[h])):
            continue  # the date of a report or a citation ("Confirmed by X, June 29, 2011")
        strength = _strength(view, trig, span.start, span.end, clause)
        if not strength and _in_course_clause(view, span.start, course_verbs):
            strength = 2  # "the blast at a mosque that killed 46 on Friday"
        if apart and strength < 3:
            continue
        if strength and _relative(view, span.start, span.end):
            strength = 1  # "Five days later": counted from a date the text may not name
        if strength and (best is None or strength > best.strength):
            best = _dated(view, t, value, strength)
    if (best is None or best.strength < 3) and not apart and _shares_time(view, h):
        gov = view.head[h]  # "agreed on Tuesday to buy": the governing verb's date
        shared = date_of(view, Trigger(gov, gov, gov + 1, trig.type, True), course_verbs, taken)
        if shared is not None and shared.strength == 3:
            return shared
    if best is not None or apart:
        return best
    return _anchor(view, trig, first) or _report_date(view, trig, course_verbs, taken)


RANGE_OPENERS = frozenset({"between", "from"})
RANGE_JOINERS = frozenset({"and", "to", "until", "till", "through", "-", "\u2013"})


def _dated(view: DocView, t: int, value: str, strength: int) -> DateRef:
    """The date of timex `t`; one end of a range ("between March 2022 and October 2023",
    "from June to August") dates by the whole range ("2022-03/2023-10"); a start "since" it
    runs to the document's day ("since Sept. 28": "2024-09-28/2024-10-15")."""
    span = view.timexes[t]
    today = _document_day(view)
    if span.start > 0 and view.lower[span.start - 1] == "since" and today and "/" not in value and value < today:
        return DateRef(f"{value}/{today}", "span", span.start_char, span.end_char, strength)
    found = _range(view, t)
    if found is not None:
        first, last = found
        start, end = view.timexes[first], view.timexes[last]
        a, b = calendar_value(start.value), calendar_value(end.value)
        if a and b and b < a and not _year_stated(view, end):
            b = a[:4] + b[4:]  # "between March 4 and May 30": the end's year is the start's
        if a and b and "/" not in a + b and a < b:
            joined = f"{a}/{b}"
            return DateRef(joined, "span", start.start_char, end.end_char, strength)
    return DateRef(value, precision_of(value) or "", span.start_char, span.end_char, strength)


def _document_day(view: DocView) -> str | None:
    """The day the document was published ("2024-10-15"), when known."""
    published = str(view.doc._.published or "")[:10]
    return published if re.fullmatch(r"\d{4}-\d\d-\d\d", published) else None


def _year_stated(view: DocView, span: Span) -> bool:
    return any(len(view.lower[i]) == 4 and view.lower[i].isdigit() for i in range(span.start, span.end))


def _range(view: DocView, t: int) -> tuple[int, int] | None:
    """The two timexes of a range that `t` is one end of: "between <t> and <u>", "from <t> to <u>"."""
    for first in (t, t - 1):
        if first < 0 or first + 1 >= len(view.timexes):
            continue
        a, b = view.timexes[first], view.timexes[first + 1]
        if (a.start > 0 and view.lower[a.start - 1] in RANGE_OPENERS
                and b.start == a.end + 1 and view.lower[a.end] in RANGE_JOINERS
                and view.sent[a.start] == view.sent[b.start]):
            return first, first + 1
    return None


def _shares_time(view: DocView, i: int) -> bool:
    """A verb with no clause of its own: "agreed to buy", "Testifying ..., she told"."""
    if view.pos[i] not in ("VERB", "AUX") or view.head[i] == i:
        return False
    if view.dep[i] == "xcomp":
        return True
    return view.dep[i] == "advcl" and view.tag[i] in ("VBG", "VBN") and not any(
        view.dep[c] in ("nsubj", "nsubjpass", "mark") for c in view.children[i])


def _report_date(view: DocView, trig: Trigger, course_verbs: frozenset[str],
                 taken: set[int] | None) -> DateRef | None:
    """'X has been suspended, the unit said on Wednesday': with no date of its own, an
    incident reported as done takes the date of the report (the weakest strength)."""
    h = view.clause(trig.head)
    if view.dep[h] == "ccomp" and view.head[h] != h:
        reporter = view.head[h]
    else:
        reporter = next((c for c in view.children[h] if view.dep[c] == "parataxis"), -1)
    if reporter < 0 or view.sent[reporter] != view.sent[trig.head]:
        return None
    found = date_of(view, Trigger(reporter, reporter, reporter + 1, trig.type, True), course_verbs, taken)
    if found is None or found.strength < 3:
        return None
    return DateRef(found.value, found.precision, found.start, found.end, 1)


def _cited(view: DocView, char: int) -> bool:
    """In an attribution's frame, or right after its source ("Confirmed by X, June 29, 2011")."""
    return view.in_frame(char) or (view.text[char - 2:char] == ", " and view.in_frame(char - 3))


def _citation(view: DocView, char: int) -> bool:
    """A source's own date: "(The Independent, November 20, 2015)", "by X, June 29, 2011"."""
    before = view.text[max(0, char - 2):char]
    return before.endswith("(") or (before == ", " and view.source_end(char - 2))


def _in_course_clause(view: DocView, i: int, course_verbs: frozenset[str]) -> bool:
    head = view.clause(i)
    return view.lemma[head] in course_verbs and view.dep[head] in ("relcl", "advcl", "acl")


def _set_apart(view: DocView, trig: Trigger) -> bool:
    """'in the wake of the war', 'following the attack': the clause's time is not the trigger's."""
    if trig.verbal:
        return False
    j = trig.head
    for _ in range(4):
        parent = view.head[j]
        if parent == j:
            return False
        if view.lower[parent] in SET_APART or view.lemma[parent] in SET_APART:
            return True
        if view.dep[j] not in ("pobj", "prep", "conj"):
            return False
        j = parent
    return False


def _strength(view: DocView, trig: Trigger, start: int, end: int, clause: int) -> int:
    """3 when the timex hangs on the trigger, 2 when it is in its clause, else 0."""
    # The timex's own head: the token of the span whose head lies outside it.
    top = start
    for i in range(start, end):
        if not start <= view.head[i] < end:
            top = i
            break
    j = top
    steps = 0
    while steps < 12:
        if trig.start <= j < trig.end:
            return 3
        if _own_of_noun(view, j, trig):
            return 0  # "the statements for 2022": the year is the statements'
        if j != top and view.clause(j) == j and j != clause and not (
                view.dep[j] in ("relcl", "acl") and _part_of_trigger(view, view.head[j], trig)) and not (
                view.dep[j] == "conj" and trig.verbal and view.head[j] == trig.head):
            break  # climbed into another clause's head before reaching the trigger
        parent = view.head[j]
        if parent == j:
            break
        j = parent
        steps += 1
    if view.clause(top) == clause and not _modifies_other_noun(view, top, trig):
        return 3 if trig.verbal else 2
    return 0


PHRASE_DEPS = frozenset({"amod", "npadvmod", "nummod", "quantmod", "compound"})


def _part_of_trigger(view: DocView, i: int, trig: Trigger) -> bool:
    """`i` is the trigger or a word of its own modifiers, reached without a preposition: a
    relative clause on "a contract worth £62 million that X announced in 2023" is the
    contract's, wherever the parser hung it."""
    for _ in range(4):
        if trig.start <= i < trig.end:
            return True
        if view.dep[i] not in PHRASE_DEPS or view.head[i] == i:
            return False
        i = view.head[i]
    return False


OWN_PREPOSITIONS = frozenset({"for", "of"})


def _own_of_noun(view: DocView, j: int, trig: Trigger) -> bool:
    """'the statements for 2022': the date is the noun's; not a time noun's ("the early hours of
    Saturday", itself a time)."""
    parent = view.head[j]
    return (view.dep[j] == "prep" and view.lower[j] in OWN_PREPOSITIONS
            and view.pos[parent] in ("NOUN", "PROPN") and not trig.start <= parent < trig.end
            and view.timex_at[parent] < 0)


def _modifies_other_noun(view: DocView, top: int, trig: Trigger) -> bool:
    """'the 2007 restructuring ... coincided with the appointment': 2007 dates another noun."""
    parent = view.head[top]
    return (view.dep[top] in ("compound", "amod", "nummod", "nmod", "poss")
            and view.pos[parent] in ("NOUN", "PROPN") and not trig.start <= parent < trig.end)


SET_APART = frozenset({"after", "following", "since", "before", "prior", "wake", "aftermath",
                       "until", "ahead", "follow"})
RELATIVE_WORDS = frozenset({"later", "earlier", "after", "before", "ago", "afterwards",
                            "previous", "following", "prior"})


def _relative(view: DocView, start: int, end: int) -> bool:
    return any(view.lower[i] in RELATIVE_WORDS for i in range(start, end))


def _ordered_apart(view: DocView, trig: int, i: int) -> bool:
    """'The strike entered its fourth day on Thursday, after police arrested 14 people': the
    trigger is in a clause set before or after the one holding the date, so the date is not
    its own."""
    j = trig
    for _ in range(12):
        if view.dep[j] == "advcl" and any(view.dep[c] == "mark" and view.lower[c] in SET_APART
                                         for c in view.children[j]):
            return i not in view.subtree(j)
        if view.head[j] == j:
            return False
        j = view.head[j]
    return False


def _in_noun_clause(view: DocView, i: int, trig: int) -> bool:
    """'the runner who reached the final last summer': a relative clause's date is its own."""
    head = view.clause(i)
    return view.dep[head] in ("relcl", "acl") and trig not in view.subtree(head)


def dateline(view: DocView, i: int) -> bool:
    """A wire dateline ("BAMAKO, Nov 21 (Agency) -"): the date of the report, not of events."""
    return in_dateline(view.text, view.idx[i])


def _anchor(view: DocView, trig: Trigger, sent_start: int) -> DateRef | None:
    """The nearest date before the trigger: in its sentence, else the sentence before it."""
    h = trig.start
    para = view.para[h]
    s = view.sent[h]
    i = h - 1
    while i >= 0 and view.para[i] == para and view.sent[i] >= s - 1:
        t = view.timex_at[i]
        if t >= 0:
            span = view.timexes[t]
            value = calendar_value(span.value)
            if (span.label in DATED and value is not None and not dateline(view, span.start)
                    and not _citation(view, span.start_char) and not _in_noun_clause(view, span.start, h)
                    and not _ordered_apart(view, trig.head, span.start)):
                return _dated(view, t, value, 1)
            i = span.start
        i -= 1
    return None
