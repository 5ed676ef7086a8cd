"""Publication dates from metadata, normalized to ISO 8601 without inventing precision."""

from __future__ import annotations

import datetime as dt

from dateutil import parser

# Parsing twice with two different defaults shows which parts the value really gave:
# "November 2015" comes out as 2015-11-01 and 2015-11-02, so it has no day.
_DEFAULT_A = dt.datetime(1, 1, 1)
_DEFAULT_B = dt.datetime(2, 2, 2)


def iso_date(value: object) -> str | None:
    """`value` as an ISO date ("2015-11-21"), or None when it is not a date with a year.

    A value without a day keeps its real precision: "November 2015" -> "2015-11",
    "2015" -> "2015". A timestamp keeps its own calendar date (no conversion to UTC).
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, (str, int, float)):  # a structure is no date (and may be huge)
        return None
    text = str(value).strip()
    if not text or len(text) > 100:
        return None
    try:
        first = parser.parse(text, default=_DEFAULT_A)
        second = parser.parse(text, default=_DEFAULT_B)
    except (ValueError, OverflowError, TypeError):
        return None
    if first.year != second.year:
        return None
    if first.month != second.month:
        return f"{first.year:04d}"
    if first.day != second.day:
        return f"{first.year:04d}-{first.month:02d}"
    return first.date().isoformat()
