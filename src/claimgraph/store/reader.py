"""Reading the store: documents, their mentions and dates, entities; streamed where it can grow."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial

from sqlalchemy import Engine, func, select

from claimgraph.errors import NotFoundError
from claimgraph.model import Document, Entity, Mention, Timex
from claimgraph.resolve.canonical import CanonicalEntity
from claimgraph.store.db import chunks, hex_prefix, is_hex
from claimgraph.store.resolution_tables import canonical_entities, entity_links
from claimgraph.store.rows import from_row
from claimgraph.store.tables import SOURCE_PREFIX, documents, entities, mentions, source_prefix, timexes

STREAM_CHUNK = 1000


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    id: str
    source: str
    title: str | None
    published: str | None
    mentions: int
    timexes: int
    pipeline_version: str  # the extraction pipeline that stored it (claimgraph.version)


@dataclass(frozen=True, slots=True)
class EntityCount:
    entity: Entity
    mentions: int
    documents: int


def _mention(row) -> Mention:  # noqa: ANN001 - a row of `_mentions_query`
    return from_row(Mention, row, entity=row.canonical)


def _mentions_query():  # noqa: ANN202
    """Mentions with their canonical entity id; mentions of rejected entities left out."""
    return (
        select(mentions, func.coalesce(entity_links.c.canonical, mentions.c.entity).label("canonical"))
        .outerjoin(entity_links, entity_links.c.id == mentions.c.entity)
        .outerjoin(canonical_entities, canonical_entities.c.id == entity_links.c.canonical)
        .where(canonical_entities.c.rejected.is_not(True))
    )


def count_documents(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(documents)).scalar_one()


def list_documents(engine: Engine) -> list[DocumentSummary]:
    # Counted for each document through the index on `document` (not grouped over the whole
    # tables and joined, which SQLite does by building an index for the query every time).
    counts = [
        select(func.count()).select_from(table).where(table.c.document == documents.c.id).scalar_subquery().label(name)
        for name, table in (("mentions", mentions), ("timexes", timexes))
    ]
    query = (
        select(documents.c.id, documents.c.source, documents.c.title, documents.c.published, *counts,
               documents.c.pipeline_version)
        .order_by(documents.c.ingested_at, documents.c.id)
    )
    with engine.connect() as conn:
        return [DocumentSummary(*row) for row in conn.execute(query)]


def find_document(engine: Engine, ref: str) -> Document:
    """The document whose id, id prefix (unique) or source is `ref`."""
    with engine.connect() as conn:
        # By the indexed start of the source, then the whole of it here: with `source = ref` in
        # the query, SQLite would put `ref` into the indexed expression and no longer use the index.
        rows = [row for row in conn.execute(select(documents).where(source_prefix == ref[:SOURCE_PREFIX]))
                if row.source == ref][:2]
        if is_hex(ref.lower()):  # an id, or the start of one
            rows += conn.execute(select(documents).where(hex_prefix(documents.c.id, ref.lower())).limit(2)).all()
    rows = list({row.id: row for row in rows}.values())
    if not rows:
        raise NotFoundError(f"no document matches {ref!r}: list them with `claimgraph docs`")
    exact = [row for row in rows if row.id == ref.lower() or row.source == ref]
    if len(rows) > 1 and not exact:
        raise NotFoundError(f"{ref!r} matches several documents: give more of the id")
    return from_row(Document, exact[0] if exact else rows[0])


def documents_by_id(engine: Engine, ids: Iterable[str]) -> dict[str, Document]:
    """The stored documents among `ids`, by id."""
    found: dict[str, Document] = {}
    with engine.connect() as conn:
        for part in chunks(ids):
            found.update((row.id, from_row(Document, row)) for row in conn.execute(
                select(documents).where(documents.c.id.in_(part))))
    return found


def document_publishers(engine: Engine, ids: Iterable[str]) -> dict[str, str | None]:
    """The publisher of each stored document among `ids`."""
    found: dict[str, str | None] = {}
    with engine.connect() as conn:
        for part in chunks(ids):
            found.update(conn.execute(select(documents.c.id, documents.c.publisher).where(documents.c.id.in_(part))).all())
    return found


def document_mentions(engine: Engine, document_id: str) -> list[Mention]:
    query = _mentions_query().where(mentions.c.document == document_id).order_by(mentions.c.start_char)
    with engine.connect() as conn:
        return [_mention(row) for row in conn.execute(query)]


def document_timexes(engine: Engine, document_id: str) -> list[Timex]:
    query = select(timexes).where(timexes.c.document == document_id).order_by(timexes.c.start_char)
    with engine.connect() as conn:
        return [from_row(Timex, row) for row in conn.execute(query)]


def dated_timexes(engine: Engine, document_ids: Iterable[str]) -> list[Timex]:
    """The dates and times (not durations or sets) written in these documents, in document order."""
    found: list[Timex] = []
    with engine.connect() as conn:
        for part in chunks(document_ids):
            query = (select(timexes).where(timexes.c.document.in_(part), timexes.c.type.in_(("DATE", "TIME")))
                     .order_by(timexes.c.document, timexes.c.start_char))
            found += [from_row(Timex, row) for row in conn.execute(query)]
    return found


def canonical_entity(engine: Engine, ident: str) -> CanonicalEntity:
    """The canonical entity with id `ident` (rejected or not)."""
    with engine.connect() as conn:
        row = conn.execute(select(canonical_entities).where(canonical_entities.c.id == ident)).one()
    return CanonicalEntity(from_row(Entity, row), bool(row.rejected))


def entity_counts(engine: Engine, *, type: str | None = None, limit: int | None = None) -> list[EntityCount]:
    """Canonical entities with how many mentions and documents name them, most mentioned
    first; rejected entities left out."""
    # Ranked by the mention counts the writer keeps on each entity (not by counting every
    # mention of the store); the documents are counted for the entities listed only.
    ranked = canonical_entities
    n_mentions = func.coalesce(func.sum(entities.c.mention_count), 0)
    query = (
        select(ranked.c.id, ranked.c.name, ranked.c.type, ranked.c.aliases, ranked.c.descriptive,
               n_mentions.label("n_mentions"))
        .outerjoin(entity_links, entity_links.c.canonical == ranked.c.id)
        .outerjoin(entities, entities.c.id == entity_links.c.id)
        .where(ranked.c.rejected.is_(False))
        .group_by(ranked.c.id)
        .order_by(n_mentions.desc(), ranked.c.name)
    )
    if type:
        query = query.where(ranked.c.type == type)
    if limit:
        query = query.limit(limit)
    with engine.connect() as conn:
        rows = conn.execute(query).all()
        documents_of: dict[str, int] = {}
        for part in chunks(row.id for row in rows):
            documents_of.update(conn.execute(
                select(entity_links.c.canonical, func.count(func.distinct(mentions.c.document)))
                .join(mentions, mentions.c.entity == entity_links.c.id)
                .where(entity_links.c.canonical.in_(part))
                .group_by(entity_links.c.canonical)
            ).all())
    return [EntityCount(from_row(Entity, row), row.n_mentions, documents_of.get(row.id, 0)) for row in rows]


def _stream(engine: Engine, query, convert) -> Iterator:  # noqa: ANN001
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=STREAM_CHUNK).execute(query)
        for row in result:
            yield convert(row)


def iter_documents(engine: Engine) -> Iterator[Document]:
    query = select(documents).order_by(documents.c.ingested_at, documents.c.id)
    return _stream(engine, query, partial(from_row, Document))


def iter_entities(engine: Engine) -> Iterator[Entity]:
    """Canonical entities (not rejected), each with every alias of its parts."""
    query = select(canonical_entities).where(canonical_entities.c.rejected.is_(False)).order_by(canonical_entities.c.id)
    return _stream(engine, query, partial(from_row, Entity))


def iter_mentions(engine: Engine) -> Iterator[Mention]:
    query = _mentions_query().order_by(mentions.c.document, mentions.c.start_char, mentions.c.end_char)
    return _stream(engine, query, _mention)


def iter_timexes(engine: Engine) -> Iterator[Timex]:
    query = select(timexes).order_by(timexes.c.document, timexes.c.start_char, timexes.c.end_char)
    return _stream(engine, query, partial(from_row, Timex))
