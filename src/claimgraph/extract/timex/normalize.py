"""Turn a recognized temporal expression into its TimeML/ISO value.

Each rule names a `kind`; `normalize()` dispatches on it. Relative expressions are resolved on
two anchors kept in a `Context`: the document date (deictic words: "yesterday", "last week",
"two years ago", "Friday", "in June") and the most recent date mentioned before the expression
(anaphoric words: "five days later", "the following year", "that day"). Weekdays, months and
quarters without a year take the side of the document date given by the tense of the verb
that governs them (past: the latest one on or before it; future: the next one).

Values: `2015-11-20`, `2015-11`, `2015`, `2015-W46`, `2015-Q1`, `2015-SU`, `2015-H1`, `199`
(the 1990s), `19` (the 20th century), `1979/1989`, `2015-11-20T14:00`, `2015-11-20TMO`,
`P5D`, `PT2H`, `PXY`, `XXXX-WXX-1`, `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from dateutil.easter import easter

from claimgraph.extract.timex.calendar import (
    FINENESS,
    FUTURE,
    PAST,
    at_granularity,
    duration,
    iso_week,
    pick_year,
    resolve_weekday,
    shift,
)
from claimgraph.extract.timex.lexicon import Lexicon, key
from claimgraph.model.timeml import first_day

_SEASON_ORDER = {"SP": 1, "SU": 2, "FA": 3, "WI": 4}
log = logging.getLogger(__name__)
_PART_OF_YEAR = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")


@dataclass(slots=True)
class Context:
    """What a relative expression is resolved on."""

    anchor: date | None  # the document date
    refs: list[str] = field(default_factory=list)  # values of earlier dates, oldest first
    tense: str | None = None  # PAST, FUTURE or None (present, unknown)
    day: str | None = None  # a day-level date the expression is attached to (for clock times)


def _year(text: str, anchor: date | None) -> int:
    year = int(text)
    if len(text) == 2:
        pivot = (anchor.year % 100 + 10) if anchor else 30
        year += 2000 if year <= pivot else 1900
    return year


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _number(text: str | None, lex: Lexicon) -> float | None:
    """The quantity in "two", "twenty-five", "1,500", "a", "several" (None = unspecified)."""
    if text is None:
        return 1
    word = key(text)
    if word in lex.numbers:
        return lex.numbers[word]
    try:
        return float(word.replace(",", ""))
    except ValueError:
        pass
    parts = re.split(r"[\s-]+", word)
    if parts and parts[0] in lex.tens:
        return lex.tens[parts[0]] + (lex.digits.get(parts[1], 0) if len(parts) > 1 else 0)
    return None


# --- the normalizers ------------------------------------------------------------------------


def latest_ref(ctx: Context, finest: str = "century") -> tuple[date, str] | None:
    """The most recent date mentioned, preferring one at least as fine as `finest`."""
    parsed = [p for p in (first_day(v) for v in reversed(ctx.refs)) if p]
    for candidate in parsed:
        if FINENESS[candidate[1]] <= FINENESS.get(finest, 6):
            return candidate
    if parsed:
        return parsed[0]
    return (ctx.anchor, "day") if ctx.anchor else None


def _relative_year(rel: str | None, anchor: date, target: tuple[int, ...], now: tuple[int, ...],
                   tense: str | None) -> int:
    rel = key(rel) if rel else None
    if rel == "this":
        return anchor.year
    if rel in ("last", "past", "this past"):
        return anchor.year if target < now else anchor.year - 1
    if rel in ("next", "coming", "this coming"):
        return anchor.year if target > now else anchor.year + 1
    return pick_year(target, now, anchor.year, tense)


def _calendar(g: dict, lex: Lexicon, ctx: Context) -> str | None:
    year = _year(g["year"], ctx.anchor)
    if not g.get("month"):
        return f"{year:04d}"
    month = _month(g["month"], lex)
    if not g.get("day"):
        return f"{year:04d}-{month:02d}"
    try:
        value = date(year, month, _day(g["day"])).isoformat()
    except ValueError:
        return None
    if g.get("hour"):
        value += f"T{g['hour']}:{g['minute']}"
    return value


def _month(text: str, lex: Lexicon) -> int:
    return int(text) if text.isdigit() else lex.months[key(text)]


def _numeric_date(g: dict, lex: Lexicon, ctx: Context) -> str | None:
    a, b, year = int(g["a"]), int(g["b"]), _year(g["y"], ctx.anchor)
    month, day = (b, a) if a > 12 else (a, b)  # US order unless the first cannot be a month
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_day(g: dict, lex: Lexicon, ctx: Context) -> str | None:
    month, day = _month(g["month"], lex), _day(g["day"])
    if ctx.anchor is None:
        return f"XXXX-{month:02d}-{day:02d}"
    now = (ctx.anchor.month, ctx.anchor.day)
    year = pick_year((month, day), now, ctx.anchor.year, ctx.tense)
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_only(g: dict, lex: Lexicon, ctx: Context) -> str | None:
    month = _month(g["month"], lex)
    if ctx.anchor is None:
        return f"XXXX-{month:02d}"
    year = _relative_year(g.get("rel"), ctx.anchor, (month,), (ctx.anchor.month,), ctx.tense)
    return f"{year:04d}-{month:02d}"


def _year_range(g: dict, lex: Lexicon, ctx: Context) -> str | None:
    first = int(g["y1"])
    second = g["y2"]
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    return f"{first:04d}/{last:04d}"


def _decade(g: dict, lex: Lexicon, ctx: Context) -> str | None:
    if g.get("decade"):
        return g["decade"][:3]
    if g.get("short"):
        tens = int(g["short"])
        now = ctx.anchor.year if ctx.anchor else 2000
        century = 20 if 2000 + tens <= now else 19
        return f"{century}{tens // 10}"
    return f"{lex.decade_words[key(g['word'])] // 10:03d}"


def _century(g: dict, lex: Lexicon, ctx: Context) -> str | None:
    word = key(g["ord"])
    n = lex.ordinals.get(word) or _day(word)
    return f"{n - 1:02d}"


def _season(g: dict, lex: Lexicon, ctx: Context) -> str | None:
    code = lex.seasons[key(g["season"])]
    if g.get("year"):
        return f"{_year(g['year'], ctx.anchor):04d}-{code}"
    if ctx.anchor is None:
        return f"XXXX-{code}"
    month = ctx.anchor.month
    current = {12: 4, 1: 4, 2: 4}.get(month, (month - 3) // 3 + 1)
    if month in (1, 2) and (g.get("rel") or ctx.tense):
        current = 0  # the winter that began in December: every season of the year is ahead
    target = _SEASON_ORDER[code]
    year = _relative_year(g.get("rel"), ctx.anchor, (target,), (current,), ctx.tense)
    return f"{year:04d}-{code}"


def _quarter(g: dict, lex: Lexicon, ctx: Context) -> str | None:
    if g.get("q"):
        n = int(g["q"][-1])
    else:
        word = key(g["ord"])
        n = 4 if word == "final" else (lex.ordinals.get(word) or _day(word))
    if g.get("year"):
        return f"{_year(g['year'], ctx.anchor):04d}-Q{n}"
    if ctx.anchor is None:
        return f"XXXX-Q{n}"
    now = (ctx.anchor.month - 1) // 3 + 1
    if g.get("rel"):
        year = ctx.anchor.year + lex.relative_signs.get(key(g["rel"]), 0)
    elif ctx.tense == FUTURE:
        year = ctx.anchor.year if n >= now else ctx.anchor.year + 1
    else:  # reported results: the latest quarter with that number
        year = ctx.anchor.year if n <= now else ctx.anchor.year - 1
    return f"{year:04d}-Q{n}"


def _half(g: dict, lex: Lexicon, ctx: Context) -> str | None:
    return f"{_year(g['year'], ctx.anchor):04d}-H{g['h'][-1]}"


def _deictic_unit(g: dict, lex: Lexicon, ctx: Context) -> str | None:
    unit = key(g["unit"])
    if ctx.anchor is None:
        return None
    rel = key(g["rel"]) if g.get("rel") else None
    if unit == "weekend":
        if rel is None:  # "the weekend": the last one in past tense, else the coming one
            today = ctx.anchor.isoweekday()
            back = ctx.tense == PAST and today < 6
            day = ctx.anchor - timedelta(days=today) if back else ctx.anchor
        else:
            day = shift(ctx.anchor, lex.relative_signs.get(rel, 0), "week")
        return iso_week(day) + "-WE"
    sign = lex.relative_signs.get(rel, 0) if rel else 0
    value = at_granularity(shift(ctx.anchor, sign, unit), unit)
    return f"FY{value}" if g.get("fiscal") and unit == "year" else value


def _deictic_day(g: dict, lex: Lexicon, ctx: Context) -> str | None:
    if ctx.anchor is None:
        return None
    return (ctx.anchor + timedelta(days=lex.deictic_days[key(g["word"])])).isoformat()


def _part_of_day(g: dict, lex: Lexicon, ctx: Context) -> str | None:
    if g.get("tonight"):
        return f"{ctx.anchor.isoformat()}TNI" if ctx.anchor else None
    code = lex.parts_of_day[key(g["pod"])]
    if g.get("mday"):  # "the morning of March 3[, 2013]"
        date_groups = {"month": g["month"], "day": g["mday"], "year": g.get("year")}
        value = (_calendar if g.get("year") else _month_day)(date_groups, lex, ctx)
        return f"{value}T{code}" if value else None
    word = key(g["day"])
    if ctx.anchor is None:
        return None
    if word in ("today", "this"):
        day = ctx.anchor
    elif word in ("yesterday", "last"):
        day = ctx.anchor - timedelta(days=1)
    elif word == "tomorrow":
        day = ctx.anchor + timedelta(days=1)
    elif word in lex.weekdays:
        day = resolve_weekday(lex.weekdays[word], ctx.anchor, None, ctx.tense)
    else:
        month_name, day_number = word.rsplit(" ", 1)
        value = _month_day({"month": month_name, "day": day_number}, lex, ctx)
        return f"{value}T{code}" if value else None
    return f"{day.isoformat()}T{code}"


def _weekday(g: dict, lex: Lexicon, ctx: Context) -> str | None:
    if ctx.anchor is None:
        return None
    weekday = lex.weekdays[key(g["weekday"])]
    return resolve_weekday(weekday, ctx.anchor, g.get("rel"), ctx.tense).isoformat()


def _ago(g: dict, lex: Lexicon, ctx: Context) -> str | None:
    n = _number(g.get("num"), lex) if g.get("num") else None
    unit = lex.units[key(g["unit"])]
    if n is None or not float(n).is_integer():
        return "PAST_REF"
    if ctx.anchor is None:
        return None
    return at_granularity(shift(ctx.anchor, -int(n), unit), unit)


def _offset(g: dict, lex: Lexicon, ctx: Context) -> str | None:
    """ "Five days later", "the following year", "the day before": from the last date named."""
    unit = lex.units.get(key(g["unit"]), key(g["unit"]))
    n = _number(g.get("num"), lex) if g.get("num") else 1
    if g.get("yearago"):  # "the year-ago quarter": four quarters back
        sign, n = -1, 4
    elif g.get("dir"):
        sign = 1 if key(g["dir"]) in lex.forward_words else -1
    else:
        sign = lex.relative_signs.get(key(g.get("rel") or "the"), 0)
    pod = lex.parts_of_day.get(unit)
    if pod:
        unit = "day"
    elif unit == "weekend":
        unit = "week"
    if n is None:  # "some days later", "several years earlier"
        return "FUTURE_REF" if sign > 0 else "PAST_REF"
    if not float(n).is_integer() or unit not in FINENESS:
        return None
    if unit == "year" and not pod:  # "a year earlier" after "the third quarter": 2007-Q3
        part = _PART_OF_YEAR.match(ctx.refs[-1]) if ctx.refs else None
        if part:
            return f"{int(part.group(1)) + sign * int(n):04d}-{part.group(2)}"
    # "in January ... 19 days later": counted from the last date named, even a month, rather
    # than from an older day that a month or more of text has since left behind
    ref = latest_ref(ctx, "month" if unit in ("day", "week") else unit)
    if ref is None:
        return None
    day, granularity = ref
    if FINENESS[granularity] > FINENESS[unit]:  # "five days later" after "in 2012": 2012
        return at_granularity(day, granularity)
    value = at_granularity(shift(day, sign * int(n), unit), unit)
    if pod:
        return f"{value}T{pod}"
    if key(g["unit"]) == "weekend":
        return value + "-WE"
    return value


def _holiday(g: dict, lex: Lexicon, ctx: Context) -> str | None:
    spec = lex.holidays[key(g["holiday"])]

    def on(year: int) -> date:
        if "date" in spec:
            month, day = (int(x) for x in str(spec["date"]).split("-"))
            return date(year, month, day)
        if "easter" in spec:
            return easter(year) + timedelta(days=int(spec["easter"]))
        month, weekday, nth = spec["nth"]
        if nth > 0:
            first = date(year, month, 1)
            day = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
        else:
            last = shift(date(year, month, 1), 1, "month") - timedelta(days=1)
            day = last - timedelta(days=(last.isoweekday() - weekday) % 7)
        return day + timedelta(days=int(spec.get("plus", 0)))

    if g.get("year"):
        return on(_year(g["year"], ctx.anchor)).isoformat()
    if ctx.anchor is None:
        return None
    anchor = ctx.anchor
    this_year = on(anchor.year)
    if ctx.tense == PAST and this_year > anchor:
        return on(anchor.year - 1).isoformat()
    if ctx.tense == FUTURE and this_year < anchor:
        return on(anchor.year + 1).isoformat()
    return this_year.isoformat()


def _clock(g: dict, lex: Lexicon, ctx: Context) -> str | None:
    if g.get("word"):
        hour, minute = lex.clock_words[key(g["word"])]
    else:
        hour = int(_number(g["hour"], lex) or 0)
        minute = int(g.get("minute") or 0)
        ampm = key(g.get("ampm") or "").replace(".", "").replace(" ", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
    day = ctx.day
    if day is None:
        ref = latest_ref(ctx, "day")
        day = ref[0].isoformat() if ref and ref[1] == "day" else "XXXX-XX-XX"
    return f"{day}T{hour:02d}:{minute:02d}"


def _duration(g: dict, lex: Lexicon, ctx: Context) -> str | None:
    unit = lex.units[key(g["unit"])]
    word = key(g["unit"])
    plural = word != unit and not g.get("num") and not g.get("half")
    n = None if plural else _number(g.get("num"), lex) if g.get("num") else 1
    if g.get("half"):
        n = (n or 0) + 0.5 if g.get("num") else 0.5
    return duration(n, unit)


def _set(g: dict, lex: Lexicon, ctx: Context) -> str | None:
    if g.get("word"):
        return lex.set_words[key(g["word"])]
    if g.get("weekday") or g.get("weekdays"):
        name = key(g.get("weekday") or g["weekdays"][:-1])
        value = f"XXXX-WXX-{lex.weekdays[name]}"
        return value + (f"T{lex.parts_of_day[key(g['pod'])]}" if g.get("pod") else "")
    if g.get("pod"):
        return f"XXXX-XX-XXT{lex.parts_of_day[key(g['pod'])]}"
    if g.get("season"):
        return f"XXXX-{lex.seasons[key(g['season'])]}"
    if g.get("month"):
        return f"XXXX-{_month(g['month'], lex):02d}"
    unit = lex.units[key(g["unit"])]
    n = 2 if g.get("other") else (_number(g.get("num"), lex) if g.get("num") else 1)
    return duration(n, unit)


def _constant(g: dict, lex: Lexicon, ctx: Context) -> str | None:
    return next((name for name in lex.constants if g.get(name)), None)


NORMALIZERS = {
    "calendar": _calendar,
    "numeric_date": _numeric_date,
    "month_day": _month_day,
    "month": _month_only,
    "year": lambda g, lex, ctx: f"{int(g['year']):04d}",
    "year_range": _year_range,
    "fiscal": lambda g, lex, ctx: f"FY{_year(g['year'], ctx.anchor):04d}",
    "decade": _decade,
    "century": _century,
    "season": _season,
    "quarter": _quarter,
    "half": _half,
    "deictic_unit": _deictic_unit,
    "deictic_day": _deictic_day,
    "part_of_day": _part_of_day,
    "weekday": _weekday,
    "ago": _ago,
    "offset": _offset,
    "anaphoric": _offset,
    "holiday": _holiday,
    "clock": _clock,
    "duration": _duration,
    "set": _set,
    "constant": _constant,
    "unknown": lambda g, lex, ctx: None,
    "unknown_time": lambda g, lex, ctx: None,
}


def normalize(kind: str, groups: dict[str, str | None], lex: Lexicon, ctx: Context) -> str | None:
    """The ISO/TimeML value of one match, or None when it cannot be worked out."""
    try:
        return NORMALIZERS[kind](groups, lex, ctx)
    except (KeyError, ValueError, OverflowError, IndexError, TypeError, AttributeError) as exc:
        # an unknown word or an impossible date ("February 30"): keep the timex, drop its value
        log.debug("timex %s %r: no value (%r)", kind, groups, exc)
        return None


def with_half(value: str | None, half: str) -> str | None:
    """ "the first half of 2013" -> 2013-H1."""
    if value and re.fullmatch(r"\d{4}", value):
        return f"{value}-{half}"
    return value
