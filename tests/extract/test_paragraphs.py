"""Paragraph breaks and wire datelines are sentence breaks, and a dateline's date is no event's."""

from __future__ import annotations

import pytest

from claimgraph.extract.datelines import dateline_end, in_dateline
from claimgraph.extract.pipeline import build_pipeline


@pytest.mark.parametrize(("text", "dateline"), [
    ("SAN FRANCISCO, March 12, 2025 (Wire) — Lattice Social Inc. said", "SAN FRANCISCO, March 12, 2025 (Wire) — "),
    ("BUNIA, Democratic Republic of Congo, March 12, 2025 (Wire) – Militants", "BUNIA, Democratic Republic of Congo, March 12, 2025 (Wire) – "),
    ("ASHBY, Mich., June 18, 2025 - A video", "ASHBY, Mich., June 18, 2025 - "),
    ("BAMAKO, Nov 21 (Sahel Wire) - Gunmen", "BAMAKO, Nov 21 (Sahel Wire) - "),
    ("LONDON (Reuters) - Shares fell", "LONDON (Reuters) - "),
    # not datelines
    ("NATO — the alliance said", None),
    ("UKCS said it would not comment - yet", None),
    ("US-backed forces - said", None),
    ("The minister, March 12 - said", None),
])
def test_datelines(text: str, dateline: str | None) -> None:
    end = dateline_end(text)
    assert (text[:end] if end is not None else None) == dateline


def test_a_dateline_is_a_sentence_of_its_own() -> None:
    nlp = build_pipeline()
    text = "Headline here\n\nSAN FRANCISCO, March 12, 2025 (Wire) — Lattice Social Inc. said on Tuesday that it removed 1,100 accounts."
    doc = nlp(text)
    sentences = [s.text.strip() for s in doc.sents]
    assert "SAN FRANCISCO, March 12, 2025 (Wire) —" in sentences
    assert in_dateline(text, text.index("March")) and not in_dateline(text, text.index("Tuesday"))
    (said,) = [a for a in doc._.attributions if a["cue_text"] == "say"]
    assert said["source_text"] == "Lattice Social Inc."


def test_a_datelines_places_are_location_mentions_and_the_smaller_is_in_the_larger() -> None:
    nlp = build_pipeline()
    text = "WINNIPEG, Manitoba, Nov. 6, 2024 - The number of patients infected at Northgate General Hospital rose."
    doc = nlp(text)
    mentions = {(s.text, s.label_) for s in doc.spans["claimgraph_mentions"]}
    assert {("WINNIPEG", "Location"), ("Manitoba", "Location")} <= mentions
    relations = {(text[r["subject"][0]:r["subject"][1]], r["predicate"], text[r["object"][0]:r["object"][1]])
                 for r in doc._.relations}
    assert ("WINNIPEG", "located_in", "Manitoba") in relations
