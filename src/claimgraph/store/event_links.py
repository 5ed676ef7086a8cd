"""Which entities an event row involves (`event_entities`), kept beside the event rows.

An event involves its event entity, its place, each participant and each claimant of
responsibility: the ids as stored (not canonical), read from the row's columns and its JSON lists.
The writer adds them with the events; curation rewrites them when it moves an event's references;
migration 0008 built them for the events stored before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, delete

from claimgraph.store.db import chunks, insert_ignoring_duplicates
from claimgraph.store.tables import event_entities


def involved(row: Mapping[str, Any]) -> set[str]:
    """The entity ids an event row (its columns by name) involves."""
    people = [*(row.get("participants") or ()), *(row.get("claimed_by") or ())]
    found = {row.get("entity"), row.get("place"), *(person.get("entity") for person in people)}
    return {ident for ident in found if ident}


def add_event_entities(tx: Connection, rows: Iterable[Mapping[str, Any]]) -> None:
    """Index the entities of newly written event rows."""
    links = sorted({(ident, row["id"]) for row in rows for ident in involved(row)})
    if links:
        tx.execute(insert_ignoring_duplicates(tx, event_entities), [{"entity": e, "event": v} for e, v in links])


def replace_event_entities(tx: Connection, rows: Iterable[Mapping[str, Any]]) -> None:
    """Index the entities of event rows whose references changed, in place of their old ones."""
    rows = list(rows)
    for part in chunks(row["id"] for row in rows):
        tx.execute(delete(event_entities).where(event_entities.c.event.in_(part)))
    add_event_entities(tx, rows)

