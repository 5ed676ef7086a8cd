"""The JSON Lines interchange format (DESIGN.md): one object a line, each with a `kind`.

A stable contract: fields may be added, never renamed or dropped. Records stream from the
store, so the export of a large database runs in flat memory.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TextIO

from sqlalchemy import Engine

from claimgraph.model import Claim, Document, Entity, Event, Mention, Relation, Timex
from claimgraph.store import reader
from claimgraph.store.claim_queries import iter_claims
from claimgraph.store.graph_queries import iter_events, iter_relations
from claimgraph.store.rows import as_is, getter, stored_fields


@dataclass(frozen=True, slots=True)
class Kind:
    """How one record class is written: its `kind`, and where the interchange format departs
    from the record's stored fields (in field order otherwise)."""

    name: str
    left_out: frozenset[str] = frozenset()  # stored fields the format does not carry
    renamed: Mapping[str, str] = field(default_factory=dict)  # field -> interchange name
    first: tuple[str, ...] = ()  # interchange names that open the object, in this order
    last: tuple[str, ...] = ()  # interchange names that close it, in this order
    values: Mapping[str, Callable[[Any], Any]] = field(default_factory=dict)  # field -> its value


def _places_without_span(places: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {level: {"text": v.get("text"), "entity": v.get("entity")} for level, v in places.items()}


KINDS: dict[type, Kind] = {
    Document: Kind("document", left_out=frozenset({"meta"}), last=("publisher", "author", "text")),
    Entity: Kind("entity"),
    Mention: Kind("mention", left_out=frozenset({"label", "descriptive"}), last=("type",)),
    Timex: Kind("timex"),
    Claim: Kind("claim", renamed={"kind": "attribution_kind"}, last=("attribution_kind",)),
    Relation: Kind("relation", last=("document", "start", "end", "subject_text", "object_text")),
    Event: Kind(
        "event",
        left_out=frozenset({"mentions"}),
        first=("id", "entity"),
        last=("claim", "document", "start", "end", "text"),
        values={"places": _places_without_span},
    ),
}


def interchange(record: Any) -> dict[str, Any]:
    """One record as an interchange object: `kind`, then its stored fields."""
    keys, fetch, converts = _plan(type(record))
    values = list(fetch(record))
    for i, convert in converts:
        values[i] = convert(values[i])
    return dict(zip(keys, values))


@cache
def _plan(cls: type) -> tuple[tuple[str, ...], Callable[[Any], tuple], tuple[tuple[int, Callable], ...]]:
    """For record class `cls`: the interchange names in order (`kind` first), a function that
    takes their values from a record, and where a value needs converting."""
    kind = KINDS[cls]
    found = {
        kind.renamed.get(f.name, f.name): (f.name, kind.values.get(f.name, f.plain))
        for f in stored_fields(cls)
        if f.name not in kind.left_out
    }
    middle = [key for key in found if key not in kind.first and key not in kind.last]
    keys = (*kind.first, *middle, *kind.last)
    fields = getter(tuple(found[key][0] for key in keys))
    converts = tuple((i, found[key][1]) for i, key in enumerate(keys, 1) if found[key][1] is not as_is)
    return ("kind", *keys), lambda record: (kind.name, *fields(record)), converts


def records(engine: Engine) -> Iterator[dict[str, Any]]:
    """Every record of the store as interchange dicts: documents, entities, mentions, timexes,
    claims, relations, events."""
    streams = (
        reader.iter_documents, reader.iter_entities, reader.iter_mentions, reader.iter_timexes,
        iter_claims, iter_relations, iter_events,
    )
    for stream in streams:
        for record in stream(engine):
            yield interchange(record)


def write_jsonl(engine: Engine, out: TextIO) -> int:
    """Write every record to `out`, one JSON object per line; return how many were written."""
    count = 0
    for record in records(engine):
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")
        count += 1
    return count
