"""Records as table rows and rows as records, from the records' own fields.

A row holds every field of its record under the field's name, except:

- offsets are the columns `start_char` and `end_char` (`COLUMNS`);
- the spans only resolution reads are not stored (`NOT_STORED`);
- tuples are JSON lists, and records inside a record (event participants) JSON objects of
  their stored fields.

Reading builds the record back the same way; fields a reader takes from elsewhere (canonical
entity ids) are passed in by name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import fields, is_dataclass
from functools import cache
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

from claimgraph.model import Claim, Event, Participant, Relation

COLUMNS = {"start": "start_char", "end": "end_char"}
NOT_STORED: dict[type, frozenset[str]] = {
    Claim: frozenset({"source_span", "via_spans"}),
    Relation: frozenset({"subject_span", "object_span"}),
    Event: frozenset({"place_span"}),
    Participant: frozenset({"span"}),
}

R = TypeVar("R")


@cache
def stored_fields(cls: type) -> tuple[str, ...]:
    """The names of the fields of record class `cls` that the store keeps, in field order."""
    skip = NOT_STORED.get(cls, frozenset())
    return tuple(f.name for f in fields(cls) if f.name not in skip)


def column(name: str) -> str:
    """The column that holds field `name`."""
    return COLUMNS.get(name, name)


def plain(value: Any) -> Any:
    """A field's value as JSON holds it: tuples as lists, records as objects of stored fields."""
    if isinstance(value, tuple):
        return [plain(item) for item in value]
    if is_dataclass(value) and not isinstance(value, type):
        return {name: plain(getattr(value, name)) for name in stored_fields(type(value))}
    return value


def to_row(record: Any) -> dict[str, Any]:
    """The row of a record: a value for each stored field, under its column's name."""
    return {column(name): plain(getattr(record, name)) for name in stored_fields(type(record))}


def from_row(cls: type[R], row: Any, **given: Any) -> R:
    """The record of class `cls` stored in `row` (a result row, or a JSON object for records
    inside records); fields in `given` take those values instead."""
    values = {
        name: read(_value(row, column(name)))
        for name, read in _readers(cls)
        if name not in given
    }
    return cls(**values, **given)


def _value(row: Any, name: str) -> Any:
    return row.get(name) if isinstance(row, Mapping) else getattr(row, name)


@cache
def _readers(cls: type) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    hints = get_type_hints(cls)
    return tuple((name, _reader(hints[name])) for name in stored_fields(cls))


def _reader(hint: Any) -> Callable[[Any], Any]:
    """What turns a stored value back into a field of type `hint` (the inverse of `plain`)."""
    origin = get_origin(hint)
    if origin is tuple:
        item = _reader(get_args(hint)[0])
        return lambda value: tuple(item(x) for x in value or ())
    if origin is dict:
        return lambda value: value or {}
    if is_dataclass(hint):
        return lambda value: from_row(hint, value)
    return _same


def _same(value: Any) -> Any:
    return value
