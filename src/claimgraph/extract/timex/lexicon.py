"""The temporal-expression vocabulary and rules, read once per process from `data/timex.yaml`.

Word lists become regular-expression fragments (`{MONTH}`, `{NUM}`, `{UNIT}`, ...) that the
rules in the same file use; every rule is compiled once here, so a document costs one scan of
its text per rule and no per-token regular expressions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

from claimgraph.errors import ConfigError

DATA = files(__package__) / "data" / "timex.yaml"
APOS = "['’]"
_FLAGS = 0  # rules run over lower-cased text (twice as fast as re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\{([A-Z_]+)\}")


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    kind: str  # which normalizer reads the match (timex.normalize)
    type: str  # TimeML type: DATE, TIME, DURATION, SET
    regex: re.Pattern[str]
    checks: tuple[str, ...]  # context checks by name (timex.rules)


@dataclass(frozen=True, slots=True)
class Lexicon:
    months: dict[str, int]  # "jan" -> 1
    ambiguous_months: frozenset[str]
    month_cues: frozenset[str]
    weekdays: dict[str, int]  # ISO weekday
    seasons: dict[str, str]  # "fall" -> "FA"
    parts_of_day: dict[str, str]  # "morning" -> "MO"
    numbers: dict[str, int | None]  # None = unspecified ("several")
    tens: dict[str, int]
    digits: dict[str, int]
    ordinals: dict[str, int]
    units: dict[str, str]  # surface form -> canonical unit
    deictic_days: dict[str, int]
    set_words: dict[str, str]
    holidays: dict[str, dict[str, Any]]
    constants: tuple[str, ...]  # value names, also group names in the CONSTANT fragment
    year_cues: frozenset[str]
    not_year_before: frozenset[str]
    year_modifier_before: frozenset[str]
    count_tags: frozenset[str]
    measure_words: frozenset[str]
    age_after: tuple[str, ...]
    age_before: frozenset[str]
    prepositions: frozenset[str]
    vague_duration_cues: frozenset[str]
    season_cues: frozenset[str]
    decade_words: dict[str, int]
    clock_words: dict[str, tuple[int, int]]
    relative_signs: dict[str, int]
    forward_words: frozenset[str]
    amount_words: frozenset[str]
    currency_signs: frozenset[str]
    approximators: frozenset[str]
    clause_openers: frozenset[str]
    name_labels: frozenset[str]
    future_auxiliaries: frozenset[str]
    future_arrangements: dict[str, frozenset[str]]
    future_modifiers: frozenset[str]
    prefix: re.Pattern[str]  # position words ending right before a date ("mid-", "the end of")
    half_prefix: dict[str, re.Pattern[str]]
    rules: tuple[Rule, ...]


def lowered(text: str) -> str:
    """`text` in lower case with every offset kept (a few letters grow when lower-cased)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def key(text: str) -> str:
    """The lookup form of a phrase: lower case, one space, straight apostrophes, no final '.'."""
    return " ".join(text.replace("’", "'").lower().split()).rstrip(".")


def _alternation(words: list[str], *, whole: frozenset[str] | None = None) -> str:
    """A non-capturing alternation, longest first; spaces match any whitespace. With `whole`
    (the words written in full), every other word is an abbreviation and may end in a period
    ("Sept."); a word in full never takes the full stop after it ("on 6 May.")."""
    parts = []
    for word in sorted({w.lower() for w in words}, key=lambda w: (-len(w), w)):
        part = r"\s+".join(re.escape(piece) for piece in word.split())
        part = part.replace("'", APOS).replace("\\-", "[\\s-]")
        if whole is not None and word not in whole:
            part += r"\.?"
        parts.append(part)
    return "(?:" + "|".join(parts) + ")"


def _fragments(raw: dict[str, Any]) -> dict[str, str]:
    months = {word: int(n) for n, words in raw["months"].items() for word in words}
    full_months = [words[0] for words in raw["months"].values()]
    weekdays = [word for words in raw["weekdays"].values() for word in words]
    units = raw["units"]
    duration_forms = [form for unit in raw["duration_units"] for form in units[unit]]
    plural_forms = [units[unit][1] for unit in raw["duration_units"]]
    tens = _alternation(raw["tens"])
    ones = _alternation(raw["units_words"])
    number_words = _alternation([str(word) for word in raw["numbers"]])
    numbers = (
        rf"(?:{tens}(?:[\s-]{ones})?|[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+(?:\.[0-9]+)?"
        rf"|{number_words})"
    )
    constants = "|".join(
        f"(?P<{name}>" + "|".join(sorted(phrases, key=len, reverse=True)) + ")"
        for name, phrases in raw["constants"].items()
    )
    return {
        "APOS": APOS,
        "MONTH": _alternation(list(months), whole=frozenset(w.lower() for w in full_months)),
        "MONTH_FULL": _alternation(full_months),
        "WEEKDAY": _alternation(weekdays),
        "DAY": r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])",
        "YEAR": r"(?<![0-9.,])(?:1[0-9]{3}|20[0-9]{2})(?![0-9]|,[0-9]|\.[0-9])",
        "NUM": numbers,
        "ORD": _alternation([str(word) for word in raw["ordinals"]]),
        "DUR_UNIT": _alternation(duration_forms),
        "DUR_UNIT_PLURAL": _alternation(plural_forms),
        "SEASON": _alternation([w for words in raw["seasons"].values() for w in words]),
        "POD": _alternation([w for words in raw["parts_of_day"].values() for w in words]),
        "HOLIDAY": _alternation(list(raw["holidays"])),
        "TZ": _alternation(raw["time_zones"]),
        "DUR_ADJ": _alternation(raw["duration_adjectives"]),
        "SET_WORD": _alternation(list(raw["set_words"])),
        "CONSTANT": constants,
    }


def _compile(pattern: str, fragments: dict[str, str], name: str) -> re.Pattern[str]:
    def expand(match: re.Match[str]) -> str:
        try:
            return fragments[match.group(1)]
        except KeyError:
            unknown = match.group(1)
            raise ConfigError(f"timex rule {name!r}: unknown fragment {{{unknown}}}") from None

    body = _PLACEHOLDER.sub(expand, pattern)
    try:
        return re.compile(rf"(?<![\w]){body}(?![\w])", _FLAGS)
    except re.error as exc:
        raise ConfigError(f"timex rule {name!r} in {DATA}: {exc}") from None


def _words(values: list[Any]) -> frozenset[str]:
    for value in values:
        if isinstance(value, bool):  # YAML 1.1 reads a bare on/off/yes/no as a boolean
            raise ConfigError(f"{DATA}: quote the word read as {value!r} in a word list")
    return frozenset(key(str(value)) for value in values)


def _numbers(raw: dict[str, Any]) -> dict[str, int | None]:
    return {key(str(word)): (None if value == "X" else int(value)) for word, value in raw.items()}


@cache
def load_lexicon() -> Lexicon:
    """Read and compile `data/timex.yaml` (once per process)."""
    try:
        raw = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the timex vocabulary {DATA}: {exc}") from None
    fragments = _fragments(raw)
    rules = tuple(
        Rule(
            name=spec["name"],
            kind=spec["kind"],
            type=spec.get("type", "DATE"),
            regex=_compile(spec["pattern"], fragments, spec["name"]),
            checks=tuple(spec.get("checks", ())),
        )
        for spec in raw["rules"]
    )
    prefix = "|".join(f"(?:{p})" for p in raw["position_prefixes"])
    return Lexicon(
        months={key(w): int(n) for n, words in raw["months"].items() for w in words},
        ambiguous_months=_words(raw["ambiguous_months"]),
        month_cues=_words(raw["month_cues"]),
        weekdays={key(w): int(n) for n, words in raw["weekdays"].items() for w in words},
        seasons={key(w): code for code, words in raw["seasons"].items() for w in words},
        parts_of_day={key(w): code for code, words in raw["parts_of_day"].items() for w in words},
        numbers=_numbers(raw["numbers"]),
        tens={key(w): 20 + 10 * i for i, w in enumerate(raw["tens"])},
        digits={key(w): 1 + i for i, w in enumerate(raw["units_words"])},
        ordinals={key(str(w)): int(n) for w, n in raw["ordinals"].items()},
        units={key(form): unit for unit, forms in raw["units"].items() for form in forms},
        deictic_days={key(w): int(n) for w, n in raw["deictic_days"].items()},
        set_words={key(w): v for w, v in raw["set_words"].items()},
        holidays={key(name): spec for name, spec in raw["holidays"].items()},
        constants=tuple(raw["constants"]),
        year_cues=_words(raw["year_cues"]),
        not_year_before=_words(raw["not_year_before"]),
        year_modifier_before=_words(raw["year_modifier_before"]),
        count_tags=frozenset(raw["count_nouns_tags"]),
        measure_words=_words(raw["measure_words"]),
        age_after=tuple(key(w) for w in raw["age_after"]),
        age_before=_words(raw["age_before"]),
        prepositions=_words(raw["prepositions"]),
        vague_duration_cues=_words(raw["vague_duration_cues"]),
        season_cues=_words(raw["season_cues"]),
        decade_words={key(w): int(y) for w, y in raw["decade_words"].items()},
        clock_words={key(w): (int(h), int(m)) for w, (h, m) in raw["clock_words"].items()},
        relative_signs={key(w): int(n) for w, n in raw["relative_signs"].items()},
        forward_words=_words(raw["forward_words"]),
        amount_words=_words(raw["amount_words"]),
        currency_signs=frozenset(raw["currency_signs"]),
        approximators=_words(raw["approximators"]),
        clause_openers=_words(raw["clause_openers"]),
        name_labels=frozenset(raw["name_labels"]),
        future_auxiliaries=_words(raw["future_auxiliaries"]),
        future_arrangements={
            key(w): _words(preps) for w, preps in raw["future_arrangements"].items()
        },
        future_modifiers=_words(raw["future_modifiers"]),
        prefix=re.compile(rf"(?<![\w])(?:{prefix})$", re.IGNORECASE),
        half_prefix={
            code: re.compile(rf"(?<![\w])(?:{p})$", re.IGNORECASE)
            for code, p in raw["half_prefixes"].items()
        },
        rules=rules,
    )
