"""Counts stated about incidents: killed, injured, wounded, hostages, missing, arrested, ...

`find_counts(view, lex)` reads every count of people that a predicate measures, in digits or
words ("21", "twenty", "2,300", "1.2 million", "a dozen"), with its qualifier ("at least",
"about", "more than"):

- the predicate that says what is counted: a verb ("were killed", "killing 12 people",
  "died"), an adjective after the count ("21 people dead", "two gunmen dead", "left 5
  wounded"), a measure noun ("31 deaths", "45 fatalities", "1,200 cases"), a toll ("the death
  toll rose to 45"); coordinated counts share their predicate ("Twenty hostages and two
  gunmen were killed");
- the group counted, from the counted noun (hostages, perpetrators, security, civilians,
  foreigners, children: `groups` in events.yaml), for a breakdown: killed_hostages 20,
  killed_perpetrators 2;
- counts introduced by "including"/"among them" break a total down and are marked `included`.

Scheme (see `merge_counts`): each measure key holds the total as stated; when the document
states only groups, the total is their sum ("Twenty hostages and two gunmen were killed" ->
killed 22, killed_hostages 20, killed_perpetrators 2). A count of hostages with no other
predicate ("held 170 hostages", "20 hostages were freed") is `hostages`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimgraph.extract.contract import CountEntry
from claimgraph.extract.events.lexicon import EventLexicon
from claimgraph.extract.syntax import DocView

DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$")
NOT_PEOPLE = frozenset({"percent", "%", "year", "day", "month", "week", "hour", "minute",
                        "dollar", "euro", "pound", "time", "kilometre", "kilometer", "mile",
                        "metre", "meter", "ton", "tonne", "dose", "vote", "seat", "point",
                        "share", "km", "kg", "page", "floor", "second", "round", "gram"})
COPULAS = frozenset({"be", "remain", "become", "lie", "stay"})
HOSTAGE_VERBS = frozenset({"take", "hold", "seize", "keep"})


@dataclass(slots=True)
class Count:
    measure: str
    group: str | None
    value: int
    qualifier: str | None
    included: bool
    token: int  # the counted noun (or the number when it stands alone)
    start: int  # character span of the count phrase
    end: int
    claim: int = -1  # the claim that states it (index into doc._.claims), -1 if none


def parse_number(words: list[str], lex: EventLexicon) -> int | None:
    """'21', '2,300', '1.2 million', 'twenty-two', 'a dozen', 'two hundred' -> int."""
    words = [w for w in words if w not in ("-", "and")]
    if not words:
        return None
    total: float = 0
    current: float = 0
    seen = False
    for w in words:
        if w == "a" and not seen:
            current = 1
            continue
        if DIGITS.match(w):
            current += float(w.replace(",", ""))
            seen = True
        elif w in lex.number_words:
            current += lex.number_words[w]
            seen = True
        elif w in lex.scale_words:
            current = (current or 1) * lex.scale_words[w]
            if lex.scale_words[w] >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    value = int(round(total + current))
    return value if seen and value > 0 else None


def _is_number_word(view: DocView, i: int, lex: EventLexicon) -> bool:
    w = view.lower[i]
    return (DIGITS.match(w) is not None or w in lex.number_words or w in lex.scale_words
            or (w == "-" and 0 < i < len(view) - 1 and view.lower[i - 1] in lex.number_words
                and view.lower[i + 1] in lex.number_words))


def find_counts(view: DocView, lex: EventLexicon) -> list[Count]:
    out: list[Count] = []
    n = len(view)
    i = 0
    while i < n:
        if not _is_number_word(view, i, lex) or view.timex_at[i] >= 0 or view.lower[i] == "-":
            i += 1
            continue
        start = i
        while i + 1 < n and _is_number_word(view, i + 1, lex) and view.timex_at[i + 1] < 0:
            i += 1
        end = i + 1
        i += 1
        if start > 0 and view.lower[start - 1] == "a" and view.lower[start] == "dozen":
            start -= 1
        if _money_or_rank(view, start, end):
            continue
        value = parse_number([view.lower[k] for k in range(start, end)], lex)
        if value is None:
            continue
        count = _measure(view, lex, start, end, value)
        if count is not None:
            out.append(count)
    return out


def _money_or_rank(view: DocView, start: int, end: int) -> bool:
    before = view.lower[start - 1] if start > 0 else ""
    after = view.lower[end] if end < len(view) else ""
    return before in ("$", "€", "£", "no.", "number", "#") or after in ("%", "percent", "per")


def _qualifier(view: DocView, lex: EventLexicon, start: int) -> tuple[str | None, int]:
    for size in (2, 1):
        if start - size < 0:
            continue
        words = tuple(view.lower[k] for k in range(start - size, start))
        if words in lex.qualifiers:
            return lex.qualifiers[words], start - size
    return None, start


def _measure(view: DocView, lex: EventLexicon, start: int, end: int, value: int) -> Count | None:
    last = end - 1
    noun = view.head[last] if view.dep[last] in ("nummod", "quantmod") else last
    if view.dep[last] == "quantmod":
        noun = view.head[noun] if view.dep[noun] == "nummod" else noun
    if view.lemma[noun] in NOT_PEOPLE or view.lower[noun] in NOT_PEOPLE:
        return None
    included = _included(view, lex, noun)
    measure = _predicate_measure(view, lex, noun)
    if measure is None and included:
        whole = _included_in(view, lex, noun)  # "22 people, including seven children"
        measure = _predicate_measure(view, lex, whole) if whole is not None else None
    group = lex.groups.get(view.lemma[noun]) or lex.groups.get(view.lower[noun])
    if measure is None:
        measure = _noun_measure(view, lex, noun)
        if measure is not None and group == measure:
            group = None
    if measure is None:
        return None
    if measure == "hostages" and group == "hostages":
        group = None
    qualifier, q_start = _qualifier(view, lex, start)
    phrase_end = noun + 1 if noun >= end else end
    return Count(measure, group, value, qualifier, included, noun,
                 view.idx[q_start], view.ends[phrase_end - 1], view.claim_at[noun])


def _noun_measure(view: DocView, lex: EventLexicon, noun: int) -> str | None:
    lemma, lower = view.lemma[noun], view.lower[noun]
    for name, measure in lex.measures.items():
        if lemma in measure.nouns or lower in measure.nouns:
            return name
    return None


def _adjective_measure(view: DocView, lex: EventLexicon, i: int) -> str | None:
    for name, measure in lex.measures.items():
        if view.lower[i] in measure.adjectives or view.lemma[i] in measure.adjectives:
            return name
    return None


def _verb_measure(view: DocView, lex: EventLexicon, i: int, intransitive: bool) -> str | None:
    lemma = view.lemma[i]
    for name, measure in lex.measures.items():
        if lemma in measure.verbs or (intransitive and lemma in measure.intransitive):
            return name
    return None


def _predicate_measure(view: DocView, lex: EventLexicon, noun: int) -> str | None:
    first = noun
    while view.dep[first] == "conj" and view.head[first] != first:
        first = view.head[first]
    # An adjective right after the counted words: "21 people dead", "two gunmen dead".
    for k in range(noun + 1, min(noun + 3, len(view))):
        if view.pos[k] in ("VERB", "AUX", "PUNCT") and view.lower[k] != "-":
            break
        found = _adjective_measure(view, lex, k)
        if found:
            return found
    for c in view.children[noun] + view.children[first]:
        if view.dep[c] in ("amod", "acl") and c > noun:
            found = _adjective_measure(view, lex, c) or _verb_measure(view, lex, c, False)
            if found:
                return found
    dep = view.dep[first]
    verb = view.head[first]
    if dep in ("nsubjpass", "dobj", "nsubj", "pobj", "oprd"):
        if dep == "pobj":  # "resulting in 21 people dead", "the toll rose to 45"
            verb = view.head[verb]
        if dep == "nsubj":
            found = _verb_measure(view, lex, verb, True)
            intransitive = view.lemma[verb] in {w for m in lex.measures.values() for w in m.intransitive}
            if found and (intransitive or view.tag[verb] == "VBN"):  # "and 900 injured"
                return found
        elif dep in ("nsubjpass", "dobj"):
            found = _verb_measure(view, lex, verb, False)
            if found:
                return found
        for c in view.children[verb]:
            if view.dep[c] in ("acomp", "oprd", "advcl", "ccomp", "attr", "xcomp", "dobj",
                               "npadvmod") and c != first:
                found = _adjective_measure(view, lex, c)
                if found:
                    return found
                if view.lemma[c] == "hostage" and view.lemma[verb] in HOSTAGE_VERBS:
                    return "hostages"
            if view.lemma[c] in lex.toll_nouns or any(view.lemma[g] in lex.toll_nouns for g in view.children[c]):
                return "killed"
        if dep == "pobj" and view.lemma[view.head[first]] and view.lemma[verb] in lex.toll_nouns:
            return "killed"
    return None


def _included_in(view: DocView, lex: EventLexicon, noun: int) -> int | None:
    """The counted noun a breakdown hangs on: "22 people" in "22 people, including ..."."""
    j = noun
    for _ in range(4):
        parent = view.head[j]
        if parent == j:
            return None
        if view.lower[parent] in lex.inclusion_words or view.lemma[parent] in lex.inclusion_words:
            whole = view.head[parent]
            return whole if whole != parent else None
        j = parent
    return None


def _included(view: DocView, lex: EventLexicon, noun: int) -> bool:
    j = noun
    for _ in range(3):
        parent = view.head[j]
        if parent == j:
            return False
        if view.lower[parent] in lex.inclusion_words or view.lemma[parent] in lex.inclusion_words:
            return True
        if view.dep[j] not in ("pobj", "dobj", "conj", "prep"):
            return False
        j = parent
    return False


def merge_counts(counts: list[Count]) -> tuple[dict[str, int], dict[str, str], list[CountEntry]]:
    """numbers, qualifiers, and every count as stated, for one incident's counts in text order.

    Per measure: the first stated total (a count with no group, not `included`); per group
    `<measure>_<group>`: the first stated value; with no stated total the total is the sum of
    the groups. Later counts that disagree stay in the statements list only.
    """
    totals: dict[str, Count] = {}
    groups: dict[tuple[str, str], Count] = {}
    stated: list[CountEntry] = []
    for c in counts:
        stated.append({"measure": c.measure, "group": c.group, "value": c.value,
                       "qualifier": c.qualifier, "included": c.included, "span": [c.start, c.end],
                       "claim": c.claim if c.claim >= 0 else None})
        if c.group is None and not c.included:
            totals.setdefault(c.measure, c)
        elif c.group is not None:
            groups.setdefault((c.measure, c.group), c)
        elif c.included:
            continue
    numbers: dict[str, int] = {}
    qualifiers: dict[str, str] = {}
    measures = list(dict.fromkeys([c.measure for c in counts if c.group or not c.included]))
    for measure in measures:
        parts = [c for (m, _), c in groups.items() if m == measure]
        total = totals.get(measure)
        if total is not None:
            numbers[measure] = total.value
            if total.qualifier:
                qualifiers[measure] = total.qualifier
        elif parts:
            summed = [c for c in parts if not c.included]
            if summed:
                numbers[measure] = sum(c.value for c in summed)
                quals = [c.qualifier for c in summed if c.qualifier]
                if quals:
                    qualifiers[measure] = quals[0]
        for c in parts:
            name = f"{measure}_{c.group}"
            numbers[name] = c.value
            if c.qualifier:
                qualifiers[name] = c.qualifier
    return numbers, qualifiers, stated
