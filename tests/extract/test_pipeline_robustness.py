"""The whole pipeline on real news it was not written for, and on odd text: no crash, sane output."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from claimgraph.extract.extraction import extraction_from
from claimgraph.extract.pipeline import build_pipeline
from claimgraph.model import Document

TE3 = Path(__file__).resolve().parents[3] / "shared" / "benchmarks" / "tempeval3-platinum" / "input"
ODD = [
    "",
    "...",
    "“",
    "\n\n\n",
    "A" * 5000,
    "He said: “unbalanced quote. And then? (open paren",
    "🙂 Émeute à Paris — “Ça suffit”, a-t-il dit. 東京",
    "(Quoted in ) () (( )) “” ‘’ ''",
    "Mr. Mr. Mr. the the the group group said said that that.",
]


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def _check(nlp, text: str, published: str | None = None) -> None:  # noqa: ANN001
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    extraction = extraction_from(doc, Document("d", text, "s", published=published))
    for record in (*extraction.mentions, *extraction.timexes, *extraction.claims, *extraction.events):
        assert 0 <= record.start <= record.end <= len(text)
    for claim in extraction.claims:
        assert claim.text == text[claim.start:claim.end]
    for relation in extraction.relations:
        assert relation.subject_span and 0 <= relation.subject_span[0] < relation.subject_span[1] <= len(text)


@pytest.mark.parametrize("text", ODD)
def test_odd_text(nlp, text: str) -> None:  # noqa: ANN001
    _check(nlp, text, "2020-01-01")


@pytest.mark.skipif(not TE3.exists(), reason="the shared benchmarks are not beside the project")
def test_real_news_articles(nlp) -> None:  # noqa: ANN001
    files = sorted(TE3.glob("*.TE3input"))
    assert files
    for path in files:
        raw = path.read_text(encoding="utf-8")
        dct = re.search(r'value="(\d{4}-\d{2}-\d{2})', raw)
        body = raw.split("<TEXT>")[1].split("</TEXT>")[0]
        _check(nlp, html.unescape(re.sub(r"<[^>]+>", "", body)), dct.group(1) if dct else None)
