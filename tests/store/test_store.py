"""Round trips through the store, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from claimgraph.errors import NotFoundError, StoreError
from claimgraph.model import Document, Entity, Extraction, Mention, Timex, document_id
from claimgraph.store import open_engine, reader, save_extraction
from claimgraph.store.tables import documents, mentions


def _extraction(text: str = "Mali's army said on Friday that Bamako was calm.") -> Extraction:
    doc_id = document_id(text)
    doc = Document(id=doc_id, text=text, source="memory", title="Calm", published="2015-11-21",
                   meta={"section": "world"})
    mention = Mention(doc_id, 0, 4, "Mali", "Location", "GPE", "e-mali")
    mention2 = Mention(doc_id, 32, 38, "Bamako", "Location", "GPE", "e-bamako")
    timex = Timex(doc_id, 21, 27, "Friday", "2015-11-20", "DATE")
    ents = (Entity("e-mali", "Mali", "Location", ("Mali",)), Entity("e-bamako", "Bamako", "Location", ("Bamako",)))
    return Extraction(doc, (mention, mention2), (timex,), ents)


def test_round_trip(db_url: str) -> None:
    engine = open_engine(db_url)
    extraction = _extraction()
    assert save_extraction(engine, extraction) is True
    doc = reader.find_document(engine, extraction.document.id[:6])
    assert doc == extraction.document
    assert doc.meta == {"section": "world"}
    assert reader.document_mentions(engine, doc.id) == list(extraction.mentions)
    assert reader.document_timexes(engine, doc.id) == list(extraction.timexes)
    counts = {c.entity.name: (c.mentions, c.documents) for c in reader.entity_counts(engine)}
    assert counts == {"Mali": (1, 1), "Bamako": (1, 1)}


def test_saving_twice_stores_once(db_url: str) -> None:
    engine = open_engine(db_url)
    assert save_extraction(engine, _extraction())
    assert not save_extraction(engine, _extraction())
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(documents)).scalar_one() == 1
        assert conn.execute(select(func.count()).select_from(mentions)).scalar_one() == 2


def test_failed_save_leaves_nothing_behind(db_url: str) -> None:
    engine = open_engine(db_url)
    good = _extraction()
    # A mention pointing at an entity that is not stored breaks the foreign key mid-write.
    broken = Extraction(good.document, good.mentions, good.timexes, good.entities[:1])
    with pytest.raises(IntegrityError):
        save_extraction(engine, broken)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(documents)).scalar_one() == 0
        assert conn.execute(select(func.count()).select_from(mentions)).scalar_one() == 0
    assert save_extraction(engine, good)


def test_aliases_grow_across_documents(db_url: str) -> None:
    engine = open_engine(db_url)
    first = _extraction()
    save_extraction(engine, first)
    text = "The U.S. said Mali would hold."
    doc_id = document_id(text)
    second = Extraction(
        Document(doc_id, text, "memory-2"),
        (Mention(doc_id, 14, 18, "Mali", "Location", "GPE", "e-mali"),),
        (),
        (Entity("e-mali", "Republic of Mali", "Location", ("Republic of Mali",)),),
    )
    save_extraction(engine, second)
    mali = next(c for c in reader.entity_counts(engine) if c.entity.id == "e-mali")
    assert mali.entity.name == "Mali"  # the first name stays
    assert set(mali.entity.aliases) == {"Mali", "Republic of Mali"}
    assert (mali.mentions, mali.documents) == (2, 2)


def test_find_document_errors(db_url: str) -> None:
    engine = open_engine(db_url)
    with pytest.raises(NotFoundError, match="no document matches"):
        reader.find_document(engine, "nothing")


def test_bad_database_url_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_engine(f"sqlite:///{tmp_path}/missing/folder/x.db")
    with pytest.raises(StoreError, match="cannot use database URL"):
        open_engine("nosuchdialect://x")


def test_streaming_export_order(db_url: str) -> None:
    engine = open_engine(db_url)
    save_extraction(engine, _extraction())
    starts = [m.start for m in reader.iter_mentions(engine)]
    assert starts == sorted(starts)
    assert [d.title for d in reader.iter_documents(engine)] == ["Calm"]


def test_claims_round_trip_and_queries(db_url: str) -> None:
    from claimgraph.model import Claim
    from claimgraph.store.claim_queries import find_claims

    engine = open_engine(db_url)
    base = _extraction()
    doc_id = base.document.id
    said = Claim(id="c1", document=doc_id, start=0, end=49, text=base.document.text, source="e-mali",
                 source_text="Mali's army", cue="say", kind="reported_speech", certainty="certain",
                 via=("e-bamako",), via_text=("Bamako",))
    hedged = Claim(id="c2", document=doc_id, start=21, end=49, text=base.document.text[21:49],
                   certainty="possible", hedge_cues=("may",), author_stance="disputes", stance_cues=("so-called",))
    save_extraction(engine, Extraction(base.document, base.mentions, base.timexes, base.entities, (said, hedged)))
    views = find_claims(engine)
    assert [v.claim.id for v in views] == ["c1", "c2"]
    assert views[0].claim.via == ("e-bamako",) and views[0].source_name == "Mali"
    assert views[1].source_name == "author" and views[1].claim.hedge_cues == ("may",)
    assert [v.claim.id for v in find_claims(engine, certainty="possible")] == ["c2"]
    assert [v.claim.id for v in find_claims(engine, stance="disputes")] == ["c2"]
    assert [v.claim.id for v in find_claims(engine, source="author")] == ["c2"]
    assert [v.claim.id for v in find_claims(engine, source="Mali")] == ["c1"]
    # "about Bamako": both claims cover the Bamako mention (32-38)
    assert [v.claim.id for v in find_claims(engine, about="bamako")] == ["c1", "c2"]
    with pytest.raises(NotFoundError):
        find_claims(engine, about="Atlantis")


def test_entities_keep_their_mention_counts(db_url: str) -> None:
    from sqlalchemy import text as sql

    from claimgraph.store.tables import entities as entity_table

    engine = open_engine(db_url)
    save_extraction(engine, _extraction())
    save_extraction(engine, Extraction(
        Document(document_id("Mali again."), "Mali again.", "memory-2"),
        (Mention(document_id("Mali again."), 0, 4, "Mali", "Location", "GPE", "e-mali"),),
        (), (Entity("e-mali", "Mali", "Location", ("Mali",)),),
    ))
    with engine.connect() as conn:
        kept = dict(conn.execute(select(entity_table.c.id, entity_table.c.mention_count)).all())
        counted = dict(conn.execute(sql("SELECT entity, count(*) FROM mentions GROUP BY entity")).all())
    assert kept["e-mali"] == 2 and kept == {k: counted.get(k, 0) for k in kept}
