"""TimeML values (the TIMEX3 `value` attribute) read back into dates; the one reader every stage uses.

Values: a day "2015-11-20", a time of day "2015-11-20T07:00", a month "2015-06", a year "2013", a
decade "199", a century "19", a range "1979/1989", a week "2015-W47", a quarter "2015-Q3", a half
"2015-H1", a season "2015-SU"; a day of an unknown year "XXXX-11-20"; "PRESENT_REF", "PAST_REF"
and "FUTURE_REF" for the moment of writing. Durations ("P5D") and sets are not dates.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

REFERENCES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}  # months, 14 = next February
START_GRAINS = frozenset({"day", "week", "month", "quarter", "year"})

_POINT = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?|-W(\d\d)|-Q([1-4])|-H([12])|-(SP|SU|FA|AU|WI))?(?:T.*)?$")
_DAY = re.compile(r"^(\d{4}|XXXX)-\d\d-\d\d")
_MONTH = re.compile(r"^(\d{4}|XXXX)-\d\d$")
_YEAR = re.compile(r"^\d{4}$")
_SPAN = re.compile(r"^\d{4}/\d{4}|^\d{3}$|^\d{2}$|^\d{4}-(Q\d|H\d|SP|SU|FA|WI|W\d\d)$")


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A TimeML value as the days it may cover (`end` inclusive) and how precise it is."""

    value: str
    start: date
    end: date
    precision: str  # day, week, month, quarter, season, half, year, decade, century, span, document

    def overlaps(self, other: DateSpan) -> bool:
        return self.start <= other.end and other.start <= self.end

    def contains(self, other: DateSpan) -> bool:
        return self.start <= other.start and other.end <= self.end


def _point(value: str) -> tuple[date, date, str] | None:
    try:
        return _bounds(value)
    except ValueError:  # year 0 ("00", "000"), month 13, Feb 30: no calendar date
        return None


def _bounds(value: str) -> tuple[date, date, str] | None:
    if re.fullmatch(r"\d{3}", value):
        return date(int(value) * 10, 1, 1), date(int(value) * 10 + 9, 12, 31), "decade"
    if re.fullmatch(r"\d{2}", value):
        return date(int(value) * 100, 1, 1), date(int(value) * 100 + 99, 12, 31), "century"
    m = _POINT.match(value)
    if not m:
        return None
    year = int(m.group(1))
    month, day, week, quarter, half, season = m.group(2, 3, 4, 5, 6, 7)
    try:
        if day:
            d = date(year, int(month), int(day))
            return d, d, "day"
        if month:
            return date(year, int(month), 1), date(year, int(month), monthrange(year, int(month))[1]), "month"
        if week:
            first = date.fromisocalendar(year, int(week), 1)
            return first, date.fromisocalendar(year, int(week), 7), "week"
        if quarter or half:
            size = 3 if quarter else 6
            first_month = (int(quarter or half) - 1) * size + 1
            last = first_month + size - 1
            return date(year, first_month, 1), date(year, last, monthrange(year, last)[1]), "quarter" if quarter else "half"
        if season:
            a, b = SEASONS[season]
            end_year, end_month = (year + 1, b - 12) if b > 12 else (year, b)
            return date(year, a, 1), date(end_year, end_month, monthrange(end_year, end_month)[1]), "season"
    except ValueError:
        return None
    return date(year, 1, 1), date(year, 12, 31), "year"


@lru_cache(maxsize=65536)  # the same few thousand values are compared over and over
def date_span(value: str | None, anchor: str | None = None) -> DateSpan | None:
    """The span of a TimeML value; references to the present take `anchor` (the document's
    date); durations, sets and values with an unknown year give None."""
    if not value:
        return None
    value = value.strip()
    if value in REFERENCES:
        found = _point(anchor) if anchor else None
        return DateSpan(value, found[0], found[1], "document") if found else None
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = _point(first), _point(last)
        if a and b and a[0] <= b[1]:
            return DateSpan(value, a[0], b[1], "span")
        return None
    found = _point(value)
    return DateSpan(value, *found) if found else None


def first_day(value: str | None) -> tuple[date, str] | None:
    """The first day of a day, week, month, quarter or year value, with that grain; None for
    anything else (ranges, seasons, decades, references)."""
    span = date_span(value) if value and "/" not in value and value.strip() not in REFERENCES else None
    return (span.start, span.precision) if span and span.precision in START_GRAINS else None


def precision_of(value: str | None) -> str | None:
    """How precise a date is, in the coarse levels an event keeps: "day" (a day of an unknown
    year included), "month", "year", or "span" (a range, decade, century, week, quarter, half or
    season); None when the value is not a calendar date."""
    if not value:
        return None
    if _DAY.match(value):
        return "day"
    if _MONTH.match(value):
        return "month"
    if _YEAR.match(value):
        return "year"
    if _SPAN.match(value):
        return "span"
    return None


def calendar_value(value: str | None) -> str | None:
    """The date part of a value ("2015-11-20T07:00" -> "2015-11-20"); None for non-dates."""
    if not value:
        return None
    if _DAY.match(value):
        return value[:10]
    return value if precision_of(value) else None
