"""The contradiction checks read only what can take part in a contradiction
(`analyze.candidates`): on a store of tricky cases they find exactly what they find when they
read every event, relation and claim."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Engine, select

from claimgraph.analyze.analysis_store import AnalysisStore, following_denials
from claimgraph.analyze.candidates import mentioned
from claimgraph.analyze.contradictions import check
from claimgraph.store.claim_queries import claims_with_sources
from claimgraph.store.contradiction_rows import document_texts, event_mentions, negative_claims
from claimgraph.store.graph_queries import find_events, find_relations
from claimgraph.store.reader import document_mentions, document_publishers
from claimgraph.store.tables import claims, documents


def everything(engine: Engine) -> AnalysisStore:
    """The store as the checks read it without choosing: every event, relation and claim."""
    store = AnalysisStore.__new__(AnalysisStore)
    store.events = find_events(engine, voices=False)
    store.relations = find_relations(engine)
    with engine.connect() as conn:
        store.following = following_denials(conn, mentioned(event_mentions(conn)), negative_claims(conn))
        every_claim = set(conn.execute(select(claims.c.id)).scalars())
        every_document = set(conn.execute(select(documents.c.id)).scalars())
        store.texts = document_texts(conn, every_document)
    store.claims = claims_with_sources(engine, every_claim)
    store.publisher = document_publishers(engine, every_document)
    disputed = {r.document for r in store.claims.values() if r.author_stance == "disputes"}
    store.mentions = {doc: document_mentions(engine, doc) for doc in sorted(disputed)}
    return store


def denial(article, sentence: str, cue: str = "denied", **options):  # noqa: ANN001, ANN201 - an Article, a Claim
    claim = article.claim(sentence, polarity="negative", **options)
    article.claims[-1] = claim = replace(claim, polarity_cues=(cue,))
    return claim


def test_choosing_finds_what_reading_everything_finds(db_url: str, make_store, new_article) -> None:  # noqa: ANN001
    # one event stating two tolls; a raid denied by its own claim, asserted by another; a raid
    # only denied; a denial naming no event right after a bombing, and one that names a raid
    one = new_article("A flood in Varna killed 12 people. Later reports said the flood killed 40 people. "
                      "The raid on Dorsk was denied. Police said the raid on Dorsk happened. "
                      "The raid on Kalt was denied. "
                      "Officials said the bombing in Meru killed nobody. The Meru group denied it. "
                      "The army denied the raid on Osto.", publisher="Harbor Post")
    flood = one.claim("A flood in Varna killed 12 people.")
    later = one.claim("Later reports said the flood killed 40 people.")
    one.event(flood, "flood", type="disaster", refs=((later, "flood"),))
    one.counted(0, ("killed", None, 12, None, flood), ("killed", None, 40, None, later))
    dorsk_denied = denial(one, "The raid on Dorsk was denied.")
    dorsk = one.claim("Police said the raid on Dorsk happened.")
    one.event(dorsk_denied, "raid", type="raid", also=(dorsk,))
    one.event(denial(one, "The raid on Kalt was denied."), "raid", type="raid")
    one.event(one.claim("Officials said the bombing in Meru killed nobody."), "bombing", type="bombing")
    denial(one, "The Meru group denied it.")
    one.event(denial(one, "The army denied the raid on Osto."), "raid", type="raid")

    # one city put in two countries by two incidents at overlapping dates, and by a relation;
    # a city the gazetteer puts elsewhere; a relation stated and denied; two birth dates
    two = new_article("Gunmen attacked a bank in Tarvo, Niger, on Friday. Lagos is in Kenya. "
                      "Orion Agency funded Karim Diallo. Karim Diallo was born in 1970.", publisher="Sahel Wire")
    for name, kind in [("Tarvo", "Location"), ("Lagos", "Location"), ("Kenya", "Location"),
                       ("Orion Agency", "Organization"), ("Karim Diallo", "Person")]:
        two.entity(name, kind)
    two.event(two.claim("Gunmen attacked a bank in Tarvo, Niger, on Friday."), "attacked", date="2020-05-01",
              place="Tarvo")
    two.placed(0, country="Niger")
    two.relation(two.claim("Lagos is in Kenya."), "Lagos", "located_in", "Kenya")
    two.relation(two.claim("Orion Agency funded Karim Diallo."), "Orion Agency", "funded", "Karim Diallo")
    two.relation(two.claim("Karim Diallo was born in 1970."), "Karim Diallo", "born_on", "1970", literal=True)

    three = new_article("A bomb exploded in Tarvo, Chad, on Friday. Orion Agency did not fund Karim Diallo. "
                        "Karim Diallo was born in 1975. A storm hit Tarvo in 2001.", publisher="Daily Ledger")
    for name, kind in [("Tarvo", "Location"), ("Orion Agency", "Organization"), ("Karim Diallo", "Person")]:
        three.entity(name, kind)
    three.event(three.claim("A bomb exploded in Tarvo, Chad, on Friday."), "bomb", type="bombing",
                date="2020-05-01", place="Tarvo")
    three.placed(0, country="Chad")
    three.event(three.claim("A storm hit Tarvo in 2001."), "storm", type="disaster", date="2001", place="Tarvo")
    not_funded = three.claim("Orion Agency did not fund Karim Diallo.", polarity="negative")
    three.relation(not_funded, "Orion Agency", "funded", "Karim Diallo", negated=True)
    three.relation(three.claim("Karim Diallo was born in 1975."), "Karim Diallo", "born_on", "1975", literal=True)

    engine = make_store(db_url, one, two, three)
    chosen, read_whole = check(AnalysisStore(engine)), check(everything(engine))
    assert chosen == read_whole
    assert {c.kind for c in chosen} == {"count", "place", "relation", "denial"}
    denied = [c.fact for c in chosen if c.kind == "denial"]
    assert len(denied) == 3  # the raid on Dorsk, the bombing in Meru, the funding
