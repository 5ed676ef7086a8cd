"""The JSON Lines interchange format is a stable contract (DESIGN.md "Interchange format"): other
tools read these fields. This pins the field set of each `kind`; adding a field is allowed (add
it here), renaming or dropping one is not."""

from __future__ import annotations

import io
import json

import pytest

from claimgraph.export.jsonl import write_jsonl
from claimgraph.process import ingest
from claimgraph.store import open_engine

FIELDS = {
    "document": {"kind", "id", "source", "title", "published", "publisher", "author", "text"},
    "entity": {"kind", "id", "name", "type", "aliases"},
    "mention": {"kind", "document", "start", "end", "text", "entity", "type"},
    "timex": {"kind", "document", "start", "end", "text", "value", "type"},
    "claim": {"kind", "id", "document", "start", "end", "text", "source", "source_text", "cue", "direct_quote",
              "certainty", "polarity", "author_stance", "hedge_cues", "polarity_cues", "stance_cues",
              "booster_cues", "stance_target", "checkworthy", "checkworthy_reasons", "via", "via_text",
              "attribution_kind"},
    "relation": {"kind", "id", "claim", "subject", "predicate", "object", "object_literal", "role", "time",
                 "time_kind", "negated", "document", "start", "end", "subject_text", "object_text"},
    "event": {"kind", "id", "entity", "type", "date", "date_precision", "place", "place_text", "place_precision",
              "numbers", "participants", "claimed_by", "claim_method", "relayed_by", "perpetrator_status",
              "subtypes", "places", "details", "claim", "document", "start", "end", "text"},
}
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
def test_each_kind_has_exactly_its_pinned_fields(exported: list[dict], kind: str) -> None:
    for record in (r for r in exported if r["kind"] == kind):
        assert set(record) == FIELDS[kind], f"{kind}: {set(record) ^ FIELDS[kind]}"


def test_the_pinned_fields_keep_what_design_promises() -> None:
    for kind, promised in DESIGN.items():
        assert promised <= FIELDS[kind], f"{kind} lost {promised - FIELDS[kind]}"


def test_offsets_point_into_the_document_text(exported: list[dict]) -> None:
    texts = {r["id"]: r["text"] for r in exported if r["kind"] == "document"}
    for record in exported:
        if record["kind"] in ("mention", "timex", "claim"):
            assert texts[record["document"]][record["start"]:record["end"]] == record["text"]

