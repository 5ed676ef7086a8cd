"""Calendar arithmetic for timex values: ISO weeks, shifting by units, granularities, durations.

Pure functions on `datetime.date`; no spaCy, no vocabulary.
"""

from __future__ import annotations

from datetime import date, timedelta

PAST, FUTURE = "past", "future"
# unit -> (ISO designator, multiplier, is a time-of-day unit)
DURATION_UNITS = {
    "second": ("S", 1, True),
    "minute": ("M", 1, True),
    "hour": ("H", 1, True),
    "day": ("D", 1, False),
    "week": ("W", 1, False),
    "fortnight": ("W", 2, False),
    "month": ("M", 1, False),
    "quarter": ("M", 3, False),
    "year": ("Y", 1, False),
    "decade": ("Y", 10, False),
    "century": ("Y", 100, False),
}
# how fine each granularity is (smaller = finer)
FINENESS = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4, "decade": 5, "century": 6}


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def shift_month(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def at_granularity(day: date, unit: str) -> str:
    """`day` written at the granularity of `unit` ("2015-11-21", "2015-W47", "2015-11", ...)."""
    if unit in ("week", "fortnight"):
        return iso_week(day)
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "decade":
        return f"{day.year // 10:03d}"
    if unit == "century":
        return f"{day.year // 100:02d}"
    return day.isoformat()


def shift(day: date, n: int, unit: str) -> date:
    """`day` moved by n units (calendar arithmetic; month ends are clamped)."""
    if unit in ("second", "minute", "hour"):
        return day
    if unit == "day":
        return day + timedelta(days=n)
    if unit in ("week", "fortnight"):
        return day + timedelta(weeks=n * (2 if unit == "fortnight" else 1))
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit] * n
    year, month = shift_month(day.year, day.month, months)
    return _clamped(year, month, day.day)


def _clamped(year: int, month: int, day: int) -> date:
    while True:
        try:
            return date(year, month, day)
        except ValueError:
            day -= 1


def pick_year(target: tuple[int, ...], now: tuple[int, ...], year: int, tense: str | None) -> int:
    """The year that puts (month[, day]) `target` on the tense's side of `now`."""
    if tense == PAST:
        return year if target <= now else year - 1
    if tense == FUTURE:
        return year if target >= now else year + 1
    # no tense: the nearest one
    candidates = []
    for y in (year - 1, year, year + 1):
        try:
            d = date(y, target[0], target[1] if len(target) > 1 else 15)
        except ValueError:
            continue
        ref = date(year, now[0], now[1] if len(now) > 1 else 15)
        candidates.append((abs((d - ref).days), y != year, y))
    return min(candidates)[2] if candidates else year


def resolve_weekday(weekday: int, anchor: date, rel: str | None, tense: str | None) -> date:
    """The date of ISO `weekday` seen from `anchor`: "last"/"next" Friday, or by tense."""
    today = anchor.isoweekday()
    rel = " ".join(rel.lower().split()) if rel else None
    if rel == "this":
        return anchor + timedelta(days=weekday - today)
    if rel in ("last", "past", "this past"):
        return anchor - timedelta(days=(today - weekday) % 7 or 7)
    if rel in ("next", "coming", "this coming") or tense == FUTURE:
        return anchor + timedelta(days=(weekday - today) % 7 or 7)
    return anchor - timedelta(days=(today - weekday) % 7)  # news: on or before the date


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration(n: float | None, unit: str) -> str:
    """ISO 8601 duration: P5D, PT2H, P10Y, PXY."""
    designator, factor, is_time = DURATION_UNITS[unit]
    if n is None:
        amount = "X"
    else:
        n *= factor
        if not float(n).is_integer():  # half a year -> P6M, half an hour -> PT30M
            smaller = {"Y": ("M", 12), "D": ("H", 24), "H": ("M", 60), "M": ("S", 60)}
            if designator in smaller and float(n * smaller[designator][1]).is_integer():
                sub, mult = smaller[designator]
                if designator == "D":
                    is_time = True
                if designator == "M" and not is_time:  # half a month: leave it decimal
                    sub, mult = designator, 1
                n, designator = n * mult, sub
        amount = _fmt(n)
    return f"P{'T' if is_time else ''}{amount}{designator}"
