"""Linking a document costs the same whatever the store holds (issue 10, case 10), and the
shortcuts that make it so give the ids and canonical entities that recomputing everything gives.

A person named by one word ("Osei said") gets an entity of that document alone, which the linker
joins to the one full name it fits: the group behind "Daniel Osei" grows by one entity with every
such document. Linking used to read the whole group (and rank its names pairwise) for every
document naming him.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Engine, event, select

from claimgraph.model import Document, Entity, Extraction, Mention, document_id
from claimgraph.resolve import resolve
from claimgraph.resolve.canonical import Decision, canonical_entity
from claimgraph.store import open_engine, save_extraction, transaction
from claimgraph.store.curation import rename
from claimgraph.store.relink import refresh_profiles, relink
from claimgraph.store.resolution_tables import canonical_entities, entity_decisions, entity_links
from claimgraph.store.rows import from_row
from claimgraph.store.tables import entities

PEOPLE = ["Daniel Osei", "Grace Okafor", "Helen Marsh", "Jonas Weber"]
ORGS = ["Harbor Securities", "Atlas Mining", "Open Ledger"]


def article(n: int) -> Extraction:
    """The n-th article: a full name or a surname alone, of a person and of an organization."""
    person = PEOPLE[n % len(PEOPLE)]
    named = person if n % 3 == 0 else person.split()[-1]  # two documents in three: the surname alone
    org = ORGS[n % len(ORGS)]
    text = f"Report {n}. {named} said that {org} had paid {n} million to {PEOPLE[(n + 1) % len(PEOPLE)]}."
    doc = document_id(text)
    mentions = []
    for name, kind in ((named, "Person"), (org, "Organization"), (PEOPLE[(n + 1) % len(PEOPLE)], "Person")):
        start = text.index(name, len(f"Report {n}."))
        mentions.append(Mention(doc, start, start + len(name), name, kind))
    return resolve(Extraction(Document(doc, text, f"article-{n}"), tuple(sorted(mentions, key=lambda m: m.start))))


def snapshot(engine: Engine) -> tuple[dict, dict]:
    with engine.connect() as conn:
        links = dict(conn.execute(select(entity_links.c.id, entity_links.c.canonical)).all())
        profiles = {row.id: tuple(row) for row in conn.execute(select(canonical_entities))}
    return links, profiles


def test_linking_document_by_document_gives_what_recomputing_everything_gives(db_url: str) -> None:
    engine = open_engine(db_url)
    for n in range(60):
        save_extraction(engine, article(n))
        if n == 30:
            rename(engine, "Grace Okafor", "Grace N. Okafor")  # a user's decision on a growing group
    links, profiles = snapshot(engine)
    assert len(set(links.values())) < len(links) - 20  # the surnames alone joined their full names
    with transaction(engine) as tx:
        relink(tx, links)  # every id at once, from the judgements
        refresh_profiles(tx, set(links.values()))
    assert snapshot(engine) == (links, profiles)
    with engine.connect() as conn:  # each canonical entity is what its parts, one by one, make
        parts, counts, decisions = defaultdict(list), {}, defaultdict(list)
        for row in conn.execute(select(entities, entity_links.c.canonical).join(entity_links, entity_links.c.id == entities.c.id)):
            parts[row.canonical].append(from_row(Entity, row))
            counts[row.id] = row.mention_count
        for row in conn.execute(select(entity_decisions, entity_links.c.canonical).join(
                entity_links, entity_links.c.id == entity_decisions.c.entity)):
            decisions[row.canonical].append(Decision(row.id, row.kind, row.value, row.created_at))
        for canonical, found in parts.items():
            expected = canonical_entity(canonical, found, counts, decisions[canonical])
            row = conn.execute(select(canonical_entities).where(canonical_entities.c.id == canonical)).one()
            assert (expected.entity, expected.rejected) == (from_row(Entity, row), row.rejected)


def test_storing_a_document_asks_no_more_of_the_database_as_groups_grow(sqlite_url: str) -> None:
    """What a document's storage sends (statements and the values bound in them: ids in IN
    lists) is the same for the 300th document as for the 30th, though each person's group has
    grown tenfold; it used to grow with the groups."""
    engine = open_engine(sqlite_url)
    sent: list[int] = []

    def count(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        sent.append(1 + (len(parameters) if parameters and not executemany else 0))

    cost = {}
    for n in range(300 + len(PEOPLE) * 3):
        extraction = article(n)
        event.listen(engine, "before_cursor_execute", count)
        save_extraction(engine, extraction)
        event.remove(engine, "before_cursor_execute", count)
        cost[n], sent[:] = sum(sent), []
    window = len(PEOPLE) * 3  # one article of each kind
    early = sum(cost[n] for n in range(30, 30 + window))
    late = sum(cost[n] for n in range(300, 300 + window))
    assert late <= early * 1.05, (early, late)
