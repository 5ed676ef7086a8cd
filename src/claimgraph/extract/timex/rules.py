"""Find temporal-expression candidates in a parsed Doc: rule matches, checked against context.

Each rule of `data/timex.yaml` is one compiled regular expression run once over the text;
its named `checks` (below) then look at the words and tags around a match to drop what is
not a temporal expression here ("May I", "2000 people", "aged 55", "a second term"). Where
matches overlap the longest wins; a position word in front ("mid-", "the end of") joins it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from claimgraph.extract.timex.lexicon import Lexicon, Rule, key, lowered

DAY_KINDS = frozenset({"calendar", "month_day", "weekday", "deictic_day", "numeric_date",
                        "holiday"})


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    groups: dict[str, str | None]
    half: str | None = None  # "H1"/"H2" when "the first half of" opens it
    parts: list[Candidate] = field(default_factory=list)  # a clock time and its date

    @property
    def type(self) -> str:
        return self.rule.type

    @property
    def kind(self) -> str:
        return self.rule.kind


class Tokens:
    """Character offsets -> tokens, and the word just before or after a place in the text."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token: read it once
        self.lower = lowered(self.text)
        self.starts = [token.idx for token in doc]
        self.tagged = doc.has_annotation("TAG")
        self.parsed = doc.has_annotation("DEP")

    def at(self, char: int) -> Token | None:
        """The token covering `char` (or the last one starting before it)."""
        i = bisect_right(self.starts, char) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None

    def before(self, char: int, n: int = 1) -> Token | None:
        """The n-th token ending at or before `char`."""
        i = bisect_right(self.starts, char - 1) - 1
        token = self.doc[i] if 0 <= i < len(self.doc) else None
        if token is not None and token.idx + len(token) > char:
            i -= 1
        i -= n - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None

    def after(self, char: int) -> Token | None:
        """The first token starting at or after `char`."""
        i = bisect_right(self.starts, char - 1)
        return self.doc[i] if i < len(self.doc) else None


def _word(token: Token | None) -> str:
    return key(token.text) if token is not None else ""


def _capitalized(text: str | None) -> bool:
    return bool(text) and text[0].isupper()


def _in_name(token: Token | None, lex: Lexicon) -> bool:
    return token is not None and token.ent_type_ in lex.name_labels


# --- checks: (match, tokens, lexicon) -> keep? ------------------------------------------------

class Hit:
    """A rule match read back from the original text (the rules ran on the lower-cased one)."""

    __slots__ = ("match", "string")

    def __init__(self, match: re.Match[str], text: str) -> None:
        self.match = match
        self.string = text

    def start(self, group: int | str = 0) -> int:
        return self.match.start(group)

    def end(self, group: int | str = 0) -> int:
        return self.match.end(group)

    def group(self, group: int | str = 0) -> str | None:
        start = self.match.start(group)
        return None if start < 0 else self.string[start:self.match.end(group)]

    def groupdict(self) -> dict[str, str | None]:
        return {name: self.group(name) for name in self.match.re.groupindex}


Check = Callable[[Hit, Tokens, Lexicon], bool]


def _month_capitalized(m: Hit, t: Tokens, lex: Lexicon) -> bool:
    return _capitalized(m.group("month"))


def _month_alone(m: Hit, t: Tokens, lex: Lexicon) -> bool:
    word = m.group("month")
    token = t.at(m.start("month"))
    if not _capitalized(word) or _in_name(token, lex):
        return False
    if key(word) not in lex.ambiguous_months:
        return True
    before = _word(t.before(m.start()))
    if before in lex.month_cues:
        return True
    return token is not None and token.tag_ == "NNP" and token.ent_type_ == "DATE"


def _weekday_capitalized(m: Hit, t: Tokens, lex: Lexicon) -> bool:
    name = m.groupdict().get("weekday") or m.groupdict().get("weekdays")
    return _capitalized(name) and not _in_name(t.at(m.start()), lex)


def _weekday_alone(m: Hit, t: Tokens, lex: Lexicon) -> bool:
    return _weekday_capitalized(m, t, lex)


def _bare_year(m: Hit, t: Tokens, lex: Lexicon) -> bool:
    text = m.string
    start, end = m.start(), m.end()
    year = int(m.group("year"))
    prev_char = text[start - 1] if start else ""
    if prev_char in lex.currency_signs or prev_char in "#/":
        return False
    before = t.before(start)
    previous = _word(before)
    if prev_char == "-":  # "mid-2011", "pre-1990" but not "A-1990" or "1999-2000"
        if not re.search(r"(?:mid|early|late|pre|post)-$", text[max(0, start - 6):start], re.I):
            return False
    if previous in lex.not_year_before or previous in lex.currency_signs:
        return False
    token = t.at(start)
    nxt = t.after(end)
    if token is not None and token.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "ORDINAL"):
        return False
    if nxt is not None and (_word(nxt) in lex.amount_words or nxt.text in (":", "%")):
        return False
    cued = previous in lex.year_cues
    if token is not None and token.ent_type_ == "DATE":
        return cued or 1900 <= year <= 2040 or previous == ""
    if nxt is not None and _word(nxt) in lex.measure_words:
        return False  # "2000 kilometres"
    if nxt is not None and t.tagged and nxt.idx == end + 1:
        if nxt.tag_ in lex.count_tags:
            return False  # "2000 people"
        after = t.after(nxt.idx + len(nxt))
        if nxt.tag_ == "JJ" and after is not None and after.tag_ in lex.count_tags:
            return False  # "2000 dead soldiers"
    if year < 1900 or year > 2040:
        return cued
    if (previous in lex.year_modifier_before and nxt is not None and nxt.idx == end + 1
            and nxt.tag_ == "NN"):
        return True  # "a 2023 study"
    if token is not None and token.ent_type_ == "CARDINAL" and not cued:
        return False
    return True


def _year_range(m: Hit, t: Tokens, lex: Lexicon) -> bool:
    first, second = m.group("y1"), m.group("y2")
    last = int(second) if len(second) == 4 else int(first) // 100 * 100 + int(second)
    if not 0 < last - int(first) <= 100:
        return False
    text = m.string
    before = text[max(0, m.start() - 2):m.start()]
    after = text[m.end():m.end() + 2]
    if re.search(r"[0-9][-/]?$|[-/]$", before) or re.match(r"[-/][0-9]", after):
        return False
    return _word(t.before(m.start())) not in lex.not_year_before


def _range_opener(m: Hit, t: Tokens, lex: Lexicon) -> bool:
    return _word(t.before(m.start())) in ("from", "between")


def _season_alone(m: Hit, t: Tokens, lex: Lexicon) -> bool:
    word = m.group("season")
    token = t.at(m.start("season"))
    if token is None or (_capitalized(word) and not token.is_sent_start):
        return False  # "the Arab Spring"
    nxt = t.after(m.end())
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.idx == m.end() + 1:
        return False  # "summer camp"
    return _word(t.before(m.start())) in lex.season_cues - {"the"}  # "in (the) spring"


def _holiday(m: Hit, t: Tokens, lex: Lexicon) -> bool:
    return _capitalized(m.group("holiday"))


def _offset_adverbial(m: Hit, t: Tokens, lex: Lexicon) -> bool:
    """'five days later' / 'a week before,' but not 'two days before the vote'."""
    direction = key(m.group("dir"))
    nxt = t.after(m.end())
    if _word(nxt) == "than":  # "a month earlier than usual" compares; it does not date
        return False
    if direction in ("later", "earlier", "afterwards", "afterward", "previously", "beforehand"):
        return True
    if nxt is None or nxt.is_punct or nxt.is_sent_start:
        return True
    if direction == "prior" and _word(nxt) == "to":
        return False
    return nxt.pos_ == "CCONJ"


def _age(m: Hit, t: Tokens, lex: Lexicon) -> bool:
    """True when the match is an age ('19 years old', 'aged 55')."""
    rest = key(m.string[m.end():m.end() + 12].replace("-", " -"))
    if any(rest.startswith(cue) or rest.startswith(cue.lstrip("-")) for cue in lex.age_after):
        return True
    before = _word(t.before(m.start()))
    two = f"{_word(t.before(m.start(), 2))} {before}"
    return before in lex.age_before or two in lex.age_before


def _not_age(m: Hit, t: Tokens, lex: Lexicon) -> bool:
    """Also not 'a year-on-year rise', 'year-end', 'a year-ago quarter'."""
    if re.match(r"-(?:on|to|end|ago|over|earlier|by)(?!\w)", m.string[m.end():m.end() + 8]):
        return False
    return not _age(m, t, lex)


def _unit_is_noun(m: Hit, t: Tokens, lex: Lexicon) -> bool:
    """'a second term', 'a minute detail': an adjective, not a unit."""
    unit = key(m.group("unit"))
    if unit not in ("second", "minute"):
        return True
    token = t.at(m.start("unit"))
    return token is None or not t.tagged or token.pos_ == "NOUN"


def _the_quarter(m: Hit, t: Tokens, lex: Lexicon) -> bool:
    """'in the quarter' (a fiscal quarter), not 'the quarter of the city' or 'a quarter'."""
    nxt = t.after(m.end())
    return _word(nxt) != "of" and _word(t.before(m.start())) in lex.prepositions


def _vague_duration(m: Hit, t: Tokens, lex: Lexicon) -> bool:
    if _age(m, t, lex):
        return False
    if m.group("recent"):
        return key(m.group("recent")) == "recent"
    nxt = t.after(m.end())
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.idx == m.end() + 1:
        return False
    return _word(t.before(m.start())) in lex.vague_duration_cues


def _rate_context(m: Hit, t: Tokens, lex: Lexicon) -> bool:
    """'$5 million a year', '200 barrels a day', always 'per year'."""
    if key(m.group("per")) == "per":
        return True
    before = t.before(m.start())
    if before is None or _word(before) in lex.prepositions:
        return False
    for n in (1, 2, 3):
        token = t.before(m.start(), n)
        if token is None:
            break
        if token.like_num or token.text in lex.currency_signs or _word(token) in lex.amount_words:
            return True
    return False


def _set_word(m: Hit, t: Tokens, lex: Lexicon) -> bool:
    token = t.at(m.start())
    word = m.group("word")
    if token is None or _in_name(token, lex):
        return False
    return word[0].islower() or token.is_sent_start


def _clock_24(m: Hit, t: Tokens, lex: Lexicon) -> bool:
    if m.group("tz") or m.group("hrs"):
        return True
    if re.match(r"[:.][0-9]", m.string[m.end():m.end() + 2]):
        return False
    return _word(t.before(m.start())) in ("at", "by", "until", "till", "from", "before", "after",
                                           "around", "since", "to", "about", "approximately")


def _after_position(m: Hit, t: Tokens, lex: Lexicon) -> bool:
    """'the year' only as in 'the end of the year', 'the first half of the year'."""
    window = m.string[max(0, m.start() - 40):m.start()]
    patterns = [lex.prefix, *lex.half_prefix.values()]
    return any(pattern.search(window) for pattern in patterns)


def _constant(m: Hit, t: Tokens, lex: Lexicon) -> bool:
    token = t.at(m.start())
    if key(m.group(0)) == "now":
        if m.string[m.end():m.end() + 1] == "-":
            return False  # "the now-defunct agency"
        nxt = t.after(m.end())
        if token is not None and token.is_sent_start and _word(nxt) in (",", "that", "then"):
            return False  # discourse "Now, ..." and "Now that ..."
    return token is None or not _in_name(token, lex)


CHECKS: dict[str, Check] = {
    "month_capitalized": _month_capitalized,
    "month_alone": _month_alone,
    "weekday_capitalized": _weekday_capitalized,
    "weekday_alone": _weekday_alone,
    "bare_year": _bare_year,
    "year_range": _year_range,
    "range_opener": _range_opener,
    "season_alone": _season_alone,
    "holiday": _holiday,
    "offset_adverbial": _offset_adverbial,
    "not_age": _not_age,
    "unit_is_noun": _unit_is_noun,
    "the_quarter": _the_quarter,
    "vague_duration": _vague_duration,
    "rate_context": _rate_context,
    "set_word": _set_word,
    "clock_24": _clock_24,
    "constant": _constant,
    "after_position": _after_position,
}


# --- finding ------------------------------------------------------------------------------


def rule_matches(doc: Doc, lex: Lexicon, tokens: Tokens | None = None) -> list[Candidate]:
    """Every rule match that passes its checks (overlapping ones included)."""
    tokens = tokens or Tokens(doc)
    found = []
    for rule in lex.rules:
        checks = [CHECKS[name] for name in rule.checks]
        for match in rule.regex.finditer(tokens.lower):
            hit = Hit(match, tokens.text)
            if all(check(hit, tokens, lex) for check in checks):
                found.append(Candidate(hit.start(), hit.end(), rule, hit.groupdict()))
    return found


def select(candidates: list[Candidate], order: dict[str, int]) -> list[Candidate]:
    """Longest first, then rule order; drop whatever overlaps an earlier pick."""
    ranked = sorted(candidates, key=lambda c: (c.start - c.end, order[c.rule.name], c.start))
    taken: list[Candidate] = []
    for cand in ranked:
        if all(cand.end <= other.start or cand.start >= other.end for other in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


def extend_prefixes(chosen: list[Candidate], text: str, lex: Lexicon) -> None:
    """Let "mid-", "early", "the end of", "the first half of" open a date's extent."""
    previous_end = 0
    for cand in chosen:
        if cand.type in ("DATE", "TIME") and cand.kind != "constant":
            window = text[max(previous_end, cand.start - 40):cand.start]
            for half, pattern in lex.half_prefix.items():
                found = pattern.search(window)
                if found:
                    cand.start -= len(window) - found.start()
                    cand.half = half
                    break
            else:
                found = lex.prefix.search(window)
                if found:
                    cand.start -= len(window) - found.start()
        previous_end = cand.end


def attach_clock_times(chosen: list[Candidate], text: str) -> list[Candidate]:
    """Join a clock time and a date written next to each other ("2 p.m. Friday")."""
    merged: list[Candidate] = []
    for cand in chosen:
        if merged:
            last = merged[-1]
            gap = text[last.end:cand.start]
            kinds = {last.kind, cand.kind}
            day_kind = (kinds - {"clock"}) & DAY_KINDS
            if "clock" in kinds and day_kind and re.fullmatch(r"\s*,?\s*", gap) and not last.parts:
                clock, day = (last, cand) if last.kind == "clock" else (cand, last)
                merged[-1] = Candidate(last.start, cand.end, clock.rule, clock.groups,
                                       parts=[day, clock])
                continue
        merged.append(cand)
    return merged


def find_candidates(doc: Doc, lex: Lexicon) -> list[Candidate]:
    """The temporal expressions in `doc`, in text order, not overlapping."""
    tokens = Tokens(doc)
    order = {rule.name: i for i, rule in enumerate(lex.rules)}
    chosen = select(rule_matches(doc, lex, tokens), order)
    if doc.has_annotation("ENT_IOB"):
        from claimgraph.extract.timex.model_dates import entity_candidates

        chosen = sorted(chosen + entity_candidates(doc, chosen, lex), key=lambda c: c.start)
    chosen = sorted(chosen + _shared_month_days(chosen, tokens), key=lambda c: c.start)
    extend_prefixes(chosen, tokens.text, lex)
    return attach_clock_times(chosen, tokens.text)


_AND_DAY = re.compile(r"\s+(?:and|&)\s+(\d{1,2})\b")
_DAY_AND = re.compile(r"\b(\d{1,2})\s+(?:and|&)\s+$")


def _shared_month_days(chosen: list[Candidate], t: Tokens) -> list[Candidate]:
    """The second day of "Oct. 22 and 23" / "22 and 23 October", a date of its own with the
    month (and year) of the first, unless a noun follows it ("Oct. 22 and 23 people")."""
    found = []
    taken = [(c.start, c.end) for c in chosen]
    for cand in chosen:
        if cand.rule.name not in ("month_day", "day_month") or not cand.groups.get("day") \
                or not cand.groups.get("month"):
            continue
        hit = _AND_DAY.match(t.text, cand.end) if cand.rule.name == "month_day" else \
            _DAY_AND.search(t.text, max(0, cand.start - 12), cand.start)
        if hit is None or not 1 <= int(hit.group(1)) <= 31:
            continue
        start, end = hit.start(1), hit.end(1)
        following = t.after(end)
        if following is not None and following.pos_ in ("NOUN", "PROPN") or any(a < end and start < b for a, b in taken):
            continue
        found.append(Candidate(start, end, cand.rule, {**cand.groups, "day": hit.group(1)}))
    return found
