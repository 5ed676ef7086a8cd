"""The JSON Lines interchange contract (DESIGN.md): the fields of each kind, in their order.

Fields may be added (add them here too); none may be renamed or dropped.
"""

from __future__ import annotations

import io
import json

import pytest

from claimgraph.export.jsonl import interchange, write_jsonl
from claimgraph.model import (
    Claim,
    Document,
    Entity,
    Event,
    Mention,
    Participant,
    Relation,
    Timex,
)
from claimgraph.process import ingest
from claimgraph.store import open_engine

FIELDS = {
    "document": "id source title published publisher author text",
    "entity": "id name type aliases descriptive",
    "mention": "document start end text entity type",
    "timex": "document start end text value type",
    "claim": "id document start end text source source_text cue direct_quote certainty polarity author_stance "
             "hedge_cues polarity_cues stance_cues booster_cues stance_target condition checkworthy checkworthy_reasons via "
             "via_text attribution_kind",
    "relation": "id claim subject predicate object object_literal role time time_kind negated document start end "
                "subject_text object_text",
    "event": "id entity type date date_precision place place_text place_precision numbers participants claimed_by "
             "claim_method relayed_by perpetrator_status subtypes places details claim document start end text",
}
EVENT = Event(
    "v1", "d1", "attack", 20, 26, "attack", entity="e-ev", claim="c1", place="e-b", place_span=(30, 36),
    participants=(Participant("perpetrator", "gunmen", "e-g", (1, 7)),), mentions=((20, 26),),
    places={"city": {"span": [30, 36], "entity": "e-b", "text": "Bamako"}},
)
RECORDS = [
    Document("d1", "text", "memory", meta={"section": "world"}),
    Entity("e1", "Mali", "Location", ("Mali",)),
    Mention("d1", 0, 4, "Mali", "Location", "GPE", "e1"),
    Timex("d1", 5, 11, "Friday", "2015-11-20"),
    Claim("c1", "d1", 0, 10, "It is so.", kind="reported_speech", source_span=(0, 2), hedge_cues=("allegedly",)),
    Relation("r1", "d1", "c1", "e1", "located_in", "e2", subject_span=(0, 4)),
    EVENT,
]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_each_kind_has_its_fields_in_order(record) -> None:  # noqa: ANN001
    found = interchange(record)
    assert list(found) == ["kind", *FIELDS[found["kind"]].split()]
    json.dumps(found)


def test_values_as_the_format_gives_them() -> None:
    claim = interchange(RECORDS[4])
    assert claim["attribution_kind"] == "reported_speech" and claim["hedge_cues"] == ["allegedly"]
    event = interchange(EVENT)
    assert event["participants"] == [{"role": "perpetrator", "text": "gunmen", "entity": "e-g"}]
    assert event["places"] == {"city": {"text": "Bamako", "entity": "e-b"}}


# What DESIGN.md lists for each kind: these may never go.
DESIGN = {
    "document": {"id", "source", "title", "published", "publisher", "author", "text"},
    "entity": {"id", "name", "type", "aliases"},
    "mention": {"document", "start", "end", "text", "entity", "type"},
    "timex": {"document", "start", "end", "text", "value"},
    "claim": {"id", "document", "start", "end", "text", "source", "cue", "direct_quote", "certainty", "polarity",
              "author_stance", "hedge_cues", "via"},
    "relation": {"id", "claim", "subject", "predicate", "object", "object_literal", "role", "time"},
    "event": {"id", "entity", "type", "date", "place", "numbers", "participants", "claim"},
}
ARTICLE = """Gunmen storm hotel in Nairobi

NAIROBI, March 3 (Wire) - Gunmen stormed a hotel in Nairobi on Monday, killing at least 12 people,
police said. Al-Shabaab, a group led by Ahmed Diriye, claimed responsibility in a statement.
"We will find those responsible," said the interior minister, Grace Okafor. The group was
allegedly trained by foreign advisers in 2019.
"""


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    folder = tmp_path_factory.mktemp("jsonl")
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    db = f"sqlite:///{folder / 'store.db'}"
    assert ingest([str(folder / "article.txt")], db=db, published="2025-03-04").ok
    out = io.StringIO()
    write_jsonl(open_engine(db), out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_every_kind_is_exported(exported: list[dict]) -> None:
    assert {record["kind"] for record in exported} == set(FIELDS)


@pytest.mark.parametrize("kind", sorted(FIELDS))
def test_an_export_of_a_real_article_has_exactly_these_fields(exported: list[dict], kind: str) -> None:
    for record in (r for r in exported if r["kind"] == kind):
        assert list(record) == ["kind", *FIELDS[kind].split()], kind


def test_the_pinned_fields_keep_what_design_promises() -> None:
    for kind, promised in DESIGN.items():
        assert promised <= set(FIELDS[kind].split()), f"{kind} lost {promised - set(FIELDS[kind].split())}"


def test_offsets_point_into_the_document_text(exported: list[dict]) -> None:
    texts = {r["id"]: r["text"] for r in exported if r["kind"] == "document"}
    for record in exported:
        if record["kind"] in ("mention", "timex", "claim"):
            assert texts[record["document"]][record["start"]:record["end"]] == record["text"]

