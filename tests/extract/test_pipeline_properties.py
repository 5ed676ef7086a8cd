"""The whole pipeline on random text (hypothesis): it never raises, never hangs, and every
character offset it writes lies inside the text.

Texts are short (news sentences with hostile pieces spliced in, or hostile text alone: RTL,
emoji, zero-width and control characters), as the pipeline sees them after ingest
(normalized) and as a plain spaCy user would give them (raw). More examples:
CLAIMGRAPH_EXAMPLES=2000.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimgraph.extract.pipeline import build_pipeline
from claimgraph.ingest.normalize import normalize_text
from limits import examples, time_limit
from strategies import hostile_text, news_text

SECONDS = 30  # for one short text; a real one takes well under a second


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def _spans(doc) -> Iterator[tuple[str, object]]:  # noqa: ANN001
    """(where, value) of every character span the claimgraph components wrote on `doc`."""
    for i, entry in enumerate(doc._.attributions or []):
        for key in ("content", "cue", "source", "frame"):
            yield f"attributions[{i}].{key}", entry[key]
        for k, via in enumerate(entry["via"]):
            yield f"attributions[{i}].via[{k}]", via
    for i, claim in enumerate(doc._.claims or []):
        yield f"claims[{i}]", [claim["start"], claim["end"]]
    for i, relation in enumerate(doc._.relations or []):
        for key in ("subject", "object", "trigger"):
            yield f"relations[{i}].{key}", relation[key]
    for i, event in enumerate(doc._.events or []):
        for key in ("trigger", "date_span", "place"):
            yield f"events[{i}].{key}", event[key]
        for key in ("mentions", "names", "claimed_by", "relayed_by", "denied_by"):
            for k, span in enumerate(event[key]):
                yield f"events[{i}].{key}[{k}]", span
        for level, span in event["places"].items():
            yield f"events[{i}].places[{level}]", span
        for key in ("participants", "numbers_stated"):
            for k, item in enumerate(event[key]):
                yield f"events[{i}].{key}[{k}]", item.get("span")
    for i, link in enumerate(doc._.coref or []):
        yield f"coref[{i}] anaphor", link[:2]
        yield f"coref[{i}] antecedent", link[2:]


def check(nlp, text: str, published: str | None) -> None:  # noqa: ANN001
    with time_limit(SECONDS):
        doc = nlp.make_doc(text)
        doc._.published = published
        doc = nlp(doc)
    for where, span in _spans(doc):
        if span is None:
            continue
        assert isinstance(span, list) and len(span) == 2, (where, span)
        start, end = span
        assert 0 <= start <= end <= len(text), (where, span, len(text))
    claims = doc._.claims or []
    assert all(0.0 <= claim["checkworthy"] <= 1.0 for claim in claims)
    assert [c["start"] for c in claims] == sorted(c["start"] for c in claims)  # in text order


texts = st.one_of(news_text(), hostile_text(max_pieces=60, huge=False))
dates = st.one_of(st.none(), st.dates().map(lambda day: day.isoformat()))


@settings(max_examples=examples(15))
@given(texts, dates)
@example("“Nobody,” he said, “knew.”\u200b\u202e According to the UN, 21 were killed.", "2015-11-20")
@example("Officials said\x00 that 🙂👩\u200d👩\u200d👧 gunmen stormed שלום the hotel.", None)
def test_normalized_text(nlp, text: str, published: str | None) -> None:  # noqa: ANN001
    # what ingest gives the pipeline
    check(nlp, normalize_text(text), published)


@settings(max_examples=examples(10))
@given(texts, dates)
@example("A\r\nB\x0b\x0c said \u2028 “x”\x85 according to\u200d", "1999-12-31")
def test_raw_text(nlp, text: str, published: str | None) -> None:  # noqa: ANN001
    # what a spaCy user may give the components: text nobody normalized
    check(nlp, text, published)
