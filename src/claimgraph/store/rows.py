"""Records as table rows and rows as records, from the records' own fields.

A row holds every field of its record under the field's name, except:

- offsets are the columns `start_char` and `end_char` (`COLUMNS`);
- the spans only resolution reads are not stored (`NOT_STORED`);
- tuples are JSON lists, and records inside a record (event participants) JSON objects of
  their stored fields.

Reading builds the record back the same way; fields a reader takes from elsewhere (canonical
entity ids) are passed in by name. How each field converts is worked out once per record
class, from its type (`stored_fields`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass
from functools import cache
from operator import attrgetter
from typing import Any, NamedTuple, TypeVar, get_args, get_origin, get_type_hints

from claimgraph.model import Claim, Event, Participant, Relation

COLUMNS = {"start": "start_char", "end": "end_char"}
NOT_STORED: dict[type, frozenset[str]] = {
    Claim: frozenset({"source_span", "via_spans"}),
    Relation: frozenset({"subject_span", "object_span"}),
    Event: frozenset({"place_span", "names", "phrases"}),
    Participant: frozenset({"span"}),
}

R = TypeVar("R")


class StoredField(NamedTuple):
    name: str  # the record's field
    column: str
    plain: Callable[[Any], Any]  # its value as JSON holds it (tuples as lists, records as objects)
    read: Callable[[Any], Any]  # the field's value from the stored one


@cache
def stored_fields(cls: type) -> tuple[StoredField, ...]:
    """The fields of record class `cls` that the store keeps, in field order."""
    skip = NOT_STORED.get(cls, frozenset())
    hints = get_type_hints(cls)
    return tuple(
        StoredField(f.name, COLUMNS.get(f.name, f.name), *_converters(hints[f.name]))
        for f in fields(cls)
        if f.name not in skip
    )


def to_row(record: Any) -> dict[str, Any]:
    """The row of a record: a value for each stored field, under its column's name."""
    return {f.column: f.plain(getattr(record, f.name)) for f in stored_fields(type(record))}


def from_row(cls: type[R], row: Any, **given: Any) -> R:
    """The record of class `cls` stored in `row` (a result row, or a JSON object for records
    inside records); fields in `given` take those values instead."""
    names, columns, fetch, reads = _reading(cls, frozenset(given))
    values = [row.get(column) for column in columns] if isinstance(row, dict) else list(fetch(row))
    for i, read in reads:
        values[i] = read(values[i])
    return cls(**dict(zip(names, values)), **given)


@cache
def _reading(cls: type, given: frozenset[str]) -> tuple[tuple[str, ...], tuple[str, ...], Callable, tuple]:
    """What `from_row` reads for class `cls`: the fields not `given`, their columns, a function
    that takes them all from a result row, and where a stored value needs converting."""
    found = [f for f in stored_fields(cls) if f.name not in given]
    columns = tuple(f.column for f in found)
    fetch = getter(columns)
    reads = tuple((i, f.read) for i, f in enumerate(found) if f.read is not as_is)
    return tuple(f.name for f in found), columns, fetch, reads


def _converters(hint: Any) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    """How a field of type `hint` is stored as JSON holds it, and how it is read back."""
    origin = get_origin(hint)
    if origin is tuple:
        plain, read = _converters(get_args(hint)[0])
        if plain is as_is and read is as_is:
            return list, _tuple
        return (lambda value: [plain(x) for x in value]), (lambda value: tuple(read(x) for x in value or ()))
    if origin is dict:
        return as_is, _dict
    if is_dataclass(hint):
        return to_row, lambda value: from_row(hint, value)
    return as_is, as_is


def getter(names: tuple[str, ...]) -> Callable[[Any], tuple]:
    """A function that takes the attributes `names` of an object, as a tuple, in one call."""
    many = attrgetter(*names)
    return many if len(names) > 1 else lambda item: (many(item),)


def as_is(value: Any) -> Any:
    """A value stored (or exported) as the record holds it."""
    return value


def _tuple(value: Any) -> tuple:
    return tuple(value or ())


def _dict(value: Any) -> dict:
    return value or {}
