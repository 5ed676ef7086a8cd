"""References to an entity id in one document's claims, relations and events, moved to a new
id when a user splits some mentions off an entity.

Stored rows keep the text they name an entity with (subject_text, source_text, participant
text...), not the mention's span; the mention a reference came from is taken to be the
nearest mention of the entity whose text it contains. The reference moves when that mention
is one of those split off.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, or_, select, update

from claimgraph.store.event_links import replace_event_entities
from claimgraph.store.tables import claims, events, mentions, relations


def _moves(own: Sequence, chosen_ids: set[str], text: str | None, anchor: int) -> bool:
    if not text:
        return False
    near = [m for m in own if m.text in text or text in m.text]
    if not near:
        return False
    return min(near, key=lambda m: (abs(m.start_char - anchor), m.start_char)).id in chosen_ids


def move_references(tx: Connection, old: str, new: str, chosen: Sequence) -> None:
    """Point the references to `old` that came from the `chosen` mentions at `new`."""
    chosen_ids = {m.id for m in chosen}
    for document in sorted({m.document for m in chosen}):
        own = tx.execute(select(mentions).where(mentions.c.document == document, mentions.c.entity == old)).all()
        _relations(tx, document, old, new, own, chosen_ids)
        _claims(tx, document, old, new, own, chosen_ids)
        _events(tx, document, old, new, own, chosen_ids)


def _relations(tx, document, old, new, own, chosen_ids) -> None:  # noqa: ANN001
    rows = tx.execute(select(relations).where(
        relations.c.document == document, or_(relations.c.subject == old, relations.c.object == old)
    )).all()
    for row in rows:
        values = {}
        if row.subject == old and _moves(own, chosen_ids, row.subject_text, row.start_char):
            values["subject"] = new
        if row.object == old and _moves(own, chosen_ids, row.object_text, row.end_char):
            values["object"] = new
        if values:
            tx.execute(update(relations).where(relations.c.id == row.id).values(**values))


def _claims(tx, document, old, new, own, chosen_ids) -> None:  # noqa: ANN001
    for row in tx.execute(select(claims).where(claims.c.document == document)).all():
        values = {}
        if row.source == old and _moves(own, chosen_ids, row.source_text, row.start_char):
            values["source"] = new
        via = list(row.via or ())
        texts = list(row.via_text or ())
        changed = [
            new if ident == old and i < len(texts) and _moves(own, chosen_ids, texts[i], row.start_char) else ident
            for i, ident in enumerate(via)
        ]
        if changed != via:
            values["via"] = changed
        if values:
            tx.execute(update(claims).where(claims.c.id == row.id).values(**values))


def _events(tx, document, old, new, own, chosen_ids) -> None:  # noqa: ANN001
    for row in tx.execute(select(events).where(events.c.document == document)).all():
        values = {}
        if row.place == old and _moves(own, chosen_ids, row.place_text, row.start_char):
            values["place"] = new
        for column in ("participants", "claimed_by", "relayed_by"):
            people = [dict(p) for p in getattr(row, column) or ()]
            touched = False
            for person in people:
                if person.get("entity") == old and _moves(own, chosen_ids, person.get("text"), row.start_char):
                    person["entity"] = new
                    touched = True
            if touched:
                values[column] = people
        if values:
            tx.execute(update(events).where(events.c.id == row.id).values(**values))
            replace_event_entities(tx, [{**row._mapping, **values}])
