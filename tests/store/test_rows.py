"""Records as rows and back: every stored field has its column, and a row gives the record back."""

from __future__ import annotations

from dataclasses import replace

import pytest

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
from claimgraph.store.rows import from_row, to_row
from claimgraph.store.tables import (
    claims,
    documents,
    entities,
    events,
    mentions,
    relations,
    timexes,
)

CLAIM = Claim(
    "c1", "d1", 10, 40, "Belmokhtar allegedly led the attack.", source="e-src", source_text="officials",
    source_span=(0, 9), cue="say", kind="reported_speech", certainty="reported", hedge_cues=("allegedly",),
    booster_cues=("clearly",), checkworthy=0.5, checkworthy_reasons=("names",), via=("e-relay",),
    via_text=("Reuters",), via_spans=((50, 57),),
)
RELATION = Relation(
    "r1", "d1", "c1", "e-a", "leader_of", "e-b", role="emir", time="2013", time_kind="since", negated=True,
    start=12, end=15, subject_text="Belmokhtar", object_text="Al Mourabitoun", subject_span=(0, 9),
)
EVENT = Event(
    "v1", "d1", "attack", 20, 26, "attack", entity="e-ev", claim="c1", date="2015-11-20", date_precision="day",
    place="e-bamako", place_text="Bamako", place_precision="city", place_span=(30, 36), numbers={"killed": 21},
    participants=(Participant("perpetrator", "gunmen", "e-g"),), claimed_by=(Participant("claimant", "AQIM"),),
    mentions=((20, 26), (80, 86)), subtypes=("hostage-taking",),
    places={"city": {"text": "Bamako", "entity": "e-bamako", "span": [30, 36]}}, details={"claims": ["c1"]},
)
UNSTORED = {"source_span": None, "via_spans": (), "subject_span": None, "object_span": None, "place_span": None}


@pytest.mark.parametrize(
    ("record", "table", "extra"),
    [
        (Document("d1", "text", "memory", "Title", meta={"a": 1}), documents, {"pipeline_version", "ingested_at"}),
        (Entity("e1", "Mali", "Location", ("Mali", "Republic of Mali")), entities, {"mention_count"}),
        (Mention("d1", 0, 4, "Mali", "Location", "GPE", "e1"), mentions, {"id"}),
        (Timex("d1", 5, 11, "Friday", "2015-11-20"), timexes, {"id"}),
        (CLAIM, claims, set()),
        (RELATION, relations, set()),
        (EVENT, events, set()),
    ],
)
def test_a_row_holds_every_stored_field_and_gives_the_record_back(record, table, extra: set[str]) -> None:  # noqa: ANN001
    row = to_row(record)
    assert set(row) | extra == set(table.c.keys())
    back = from_row(type(record), row)
    unstored = {name: value for name, value in UNSTORED.items() if hasattr(record, name)}
    assert back == type(record)(**{**_fields(record), **unstored})


def test_records_inside_records_are_objects_of_their_stored_fields() -> None:
    row = to_row(replace(EVENT, participants=(Participant("perpetrator", "gunmen", "e-g", (1, 7)),)))
    assert row["participants"] == [{"role": "perpetrator", "text": "gunmen", "entity": "e-g"}]
    assert row["mentions"] == [[20, 26], [80, 86]]
    assert from_row(Event, row).participants == (Participant("perpetrator", "gunmen", "e-g"),)


def test_given_fields_replace_the_stored_ones() -> None:
    assert from_row(Claim, to_row(CLAIM), source="e-canonical", via=()).source == "e-canonical"


def _fields(record) -> dict:  # noqa: ANN001
    return {name: getattr(record, name) for name in record.__dataclass_fields__}
