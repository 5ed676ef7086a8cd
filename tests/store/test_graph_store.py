"""Relations and events through resolution, the store, the queries and the export."""

from __future__ import annotations

import json
from io import StringIO

from claimgraph.export.jsonl import write_jsonl
from claimgraph.model import (
    Claim,
    Document,
    Event,
    Extraction,
    Mention,
    Participant,
    Relation,
    document_id,
)
from claimgraph.resolve import resolve
from claimgraph.store import open_engine, save_extraction
from claimgraph.store.graph_queries import find_events, find_relations

TEXT = "Al Mourabitoun, led by Mokhtar Belmokhtar, attacked a hotel in Bamako on Friday, killing 20."


def _extraction() -> Extraction:
    doc_id = document_id(TEXT)

    def span(text: str) -> tuple[int, int]:
        start = TEXT.index(text)
        return start, start + len(text)

    mentions = tuple(
        Mention(doc_id, *span(name), name, kind)
        for name, kind in [("Al Mourabitoun", "Organization"), ("Mokhtar Belmokhtar", "Person"), ("Bamako", "Location")]
    )
    claim = Claim(id="c1", document=doc_id, start=0, end=len(TEXT), text=TEXT, certainty="reported",
                  hedge_cues=("allegedly",))
    leads = Relation(id="r1", document=doc_id, claim="c1", subject=None, predicate="leader_of",
                     start=span("led by")[0], end=span("led by")[1],
                     subject_span=span("Mokhtar Belmokhtar"), object_span=span("Al Mourabitoun"))
    did = Relation(id="r2", document=doc_id, claim="c1", subject=None, predicate="perpetrated",
                   start=span("attacked")[0], end=span("attacked")[1],
                   subject_span=span("Al Mourabitoun"), object_span=span("attacked"))
    attack = Event(id="e1", document=doc_id, type="attack", start=span("attacked")[0], end=span("attacked")[1],
                   text="attacked", claim="c1", date="2015-11-20", date_precision="day",
                   place_span=span("Bamako"), place_text="Bamako", place_precision="city",
                   numbers={"killed": 20},
                   participants=(Participant("perpetrator", "Al Mourabitoun", span=span("Al Mourabitoun")),),
                   mentions=(span("attacked"),))
    return Extraction(Document(doc_id, TEXT, "memory"), mentions, (), (), (claim,), (leads, did), (attack,))


def test_relations_and_events_round_trip(db_url: str) -> None:
    engine = open_engine(db_url)
    extraction = resolve(_extraction())
    assert save_extraction(engine, extraction)

    views = {v.relation.predicate: v for v in find_relations(engine)}
    assert views["leader_of"].subject_name == "Mokhtar Belmokhtar"
    assert views["leader_of"].object_name == "Al Mourabitoun"
    assert views["leader_of"].support.certainty == "reported"
    assert views["perpetrated"].object_name == "attack in Bamako (2015-11-20)"
    assert [v.relation.predicate for v in find_relations(engine, about="Mokhtar Belmokhtar")] == ["leader_of"]

    (event,) = find_events(engine)
    assert event.place_name == "Bamako" and event.event.numbers == {"killed": 20}
    assert event.event.participants[0].entity == views["perpetrated"].relation.subject
    assert [e.event.type for e in find_events(engine, about="Al Mourabitoun")] == ["attack"]
    assert find_events(engine, about="Mokhtar Belmokhtar") == []

    out = StringIO()
    write_jsonl(engine, out)
    kinds = [json.loads(line)["kind"] for line in out.getvalue().splitlines()]
    assert kinds.count("relation") == 2 and kinds.count("event") == 1
    entity_ids = {json.loads(line)["id"] for line in out.getvalue().splitlines() if '"kind": "entity"' in line}
    for line in out.getvalue().splitlines():
        record = json.loads(line)
        if record["kind"] == "relation":
            assert record["subject"] in entity_ids and record["object"] in entity_ids
        if record["kind"] == "event":
            assert record["entity"] in entity_ids and record["place"] in entity_ids


def test_same_incident_in_two_documents_is_one_event_entity(sqlite_url: str) -> None:
    engine = open_engine(sqlite_url)
    first = resolve(_extraction())
    other_text = TEXT.replace("Friday", "Friday morning")
    other_id = document_id(other_text)
    second = _extraction()
    moved = Extraction(
        Document(other_id, other_text, "memory-2"),
        tuple(Mention(other_id, m.start, m.end, m.text, m.type) for m in second.mentions),
        (), (), (),
        (),
        tuple(Event(id="e2", document=other_id, type=e.type, start=e.start, end=e.end, text=e.text,
                    date=e.date, date_precision=e.date_precision, place_span=e.place_span,
                    place_text=e.place_text, mentions=e.mentions) for e in second.events),
    )
    save_extraction(engine, first)
    save_extraction(engine, resolve(moved))
    entities = {e.event.entity for e in find_events(engine)}
    assert len(entities) == 1
