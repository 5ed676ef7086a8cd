"""Finding claims: by the entity they are about, by their source, certainty and stance."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import CompoundSelect, Engine, Row, and_, or_, select, union

from claimgraph.errors import NotFoundError
from claimgraph.model import AUTHOR, Claim
from claimgraph.resolve.names import name_key
from claimgraph.store.db import chunks
from claimgraph.store.links import LinkMap, link_and_entity
from claimgraph.store.names import named
from claimgraph.store.resolution_tables import canonical_entities, entity_links
from claimgraph.store.rows import from_row
from claimgraph.store.tables import claims, documents, mentions


@dataclass(frozen=True, slots=True)
class ClaimView:
    """A stored claim with the names a reader needs beside the ids."""

    claim: Claim
    source_name: str | None  # the source entity's name, "author", or the source as written
    via_names: tuple[str, ...]
    document_title: str | None


def matching_entities(engine: Engine, name: str) -> list[str]:
    """Ids of the entities whose canonical entity has `name` as its name, an alias or its id
    (case, accents and punctuation folded): every id linked to it, so that stored rows match."""
    wanted = name_key(name)
    if not wanted:
        return []
    found = []
    with engine.connect() as conn:
        query = select(canonical_entities.c.id, canonical_entities.c.name, canonical_entities.c.aliases).where(
            canonical_entities.c.id.in_(named(conn, name)), canonical_entities.c.rejected.is_(False))
        for row in conn.execute(query.order_by(canonical_entities.c.id)):
            keys = {name_key(row.name), *(name_key(alias) for alias in row.aliases or ())}
            if wanted in keys:
                found.append(row.id)
        by_id = conn.execute(select(entity_links.c.canonical).where(entity_links.c.id == name.strip())).scalar()
        if by_id and by_id not in found:
            found.append(by_id)
        if not found:
            return []
        members = select(entity_links.c.id).where(entity_links.c.canonical.in_(found))
        return sorted(set(conn.execute(members).scalars()) | set(found))


def find_claims(
    engine: Engine,
    *,
    about: str | None = None,
    source: str | None = None,
    certainty: str | None = None,
    stance: str | None = None,
    document: str | None = None,
    min_checkworthy: float | None = None,
    limit: int | None = None,
) -> list[ClaimView]:
    """Claims in document order, filtered by what they are about and who asserts them."""
    query = select(claims, documents.c.title).join(documents, documents.c.id == claims.c.document)
    if about:
        ids = matching_entities(engine, about)
        if not ids:
            raise NotFoundError(f"no entity is named {about!r}: see `claimgraph entities`")
        query = query.where(claims.c.id.in_(_claims_about(ids)))
    if source:
        if source.casefold() == AUTHOR:
            query = query.where(claims.c.source == AUTHOR)
        else:
            ids = matching_entities(engine, source)
            query = query.where(or_(claims.c.source.in_(ids), claims.c.source_text.icontains(source, autoescape=True)))
    if certainty:
        query = query.where(claims.c.certainty == certainty)
    if stance:
        query = query.where(claims.c.author_stance == stance)
    if document:
        query = query.where(claims.c.document == document)
    if min_checkworthy is not None:
        query = query.where(claims.c.checkworthy >= min_checkworthy)
    query = query.order_by(claims.c.document, claims.c.start_char, claims.c.end_char.desc())
    if limit:
        query = query.limit(limit)
    with engine.connect() as conn:
        rows = conn.execute(query).all()
        links = LinkMap.load(conn, {i for row in rows for i in [row.source, *(row.via or [])] if i and i != AUTHOR})
    return [
        ClaimView(
            claim=_claim(row, links),
            source_name=AUTHOR if row.source == AUTHOR else (links.name(row.source) or row.source_text),
            via_names=tuple(row.via_text or ()),
            document_title=row.title,
        )
        for row in rows
    ]


def _claims_about(ids: list[str]) -> CompoundSelect:
    """Ids of the claims that mention one of these entities (a mention inside the claim's span)
    or come from one: from the entities' mentions to the claims of their documents, so that
    the cost is that of the entities' mentions, not of the store's claims."""
    holding = (
        select(claims.c.id)
        .select_from(mentions)
        .join(claims, and_(claims.c.document == mentions.c.document, claims.c.start_char <= mentions.c.start_char,
                           claims.c.end_char >= mentions.c.end_char))
        .where(mentions.c.entity.in_(ids))
    )
    return union(holding, select(claims.c.id).where(claims.c.source.in_(ids)))


def _claim(row, links: LinkMap) -> Claim:  # noqa: ANN001
    """A claim row with canonical entity ids (a rejected source becomes an unnamed one)."""
    return from_row(
        Claim,
        row,
        source=row.source if row.source in (None, AUTHOR) else links.get(row.source),
        via=links.many(row.via or ()),
    )


_claim_source_link, _claim_source = link_and_entity("claim_source")


# The columns of a claim that the contradiction checks read: a whole store's worth of rows is
# read at once, and each JSON column left out is a value less to decode in each.
_CHECKED = ("id", "document", "start_char", "end_char", "text", "source", "source_text", "certainty", "polarity",
            "author_stance", "polarity_cues", "stance_cues", "stance_target", "condition", "via_text")


def claims_with_sources(engine: Engine, ids: Iterable[str | None]) -> dict[str, Row]:
    """Claim rows by id (the columns the contradiction checks read), each with its document's
    `title` and `publisher` and its source's canonical id (`source_id`), `source_name` and
    whether a user `rejected` it."""
    found: dict[str, Row] = {}
    with engine.connect() as conn:
        for part in chunks(i for i in ids if i):
            query = (select(*(claims.c[name] for name in _CHECKED), documents.c.title, documents.c.publisher,
                            _claim_source.c.id.label("source_id"), _claim_source.c.name.label("source_name"),
                            _claim_source.c.rejected)
                     .join(documents, documents.c.id == claims.c.document)
                     .outerjoin(_claim_source_link, _claim_source_link.c.id == claims.c.source)
                     .outerjoin(_claim_source, _claim_source.c.id == _claim_source_link.c.canonical)
                     .where(claims.c.id.in_(part)))
            found.update({row.id: row for row in conn.execute(query)})
    return found


def iter_claims(engine: Engine):  # noqa: ANN201 - Iterator[Claim]
    """Every claim, streamed in document order (for exports)."""
    query = select(claims).order_by(claims.c.document, claims.c.start_char, claims.c.end_char.desc())
    links = LinkMap.everything(engine)
    with engine.connect() as conn:
        for row in conn.execution_options(yield_per=1000).execute(query):
            yield _claim(row, links)
