"""A batch of hostile files of every kind, ingested into a store (hypothesis).

Whatever the files hold, `ingest` returns its report and raises nothing: each file ends as
stored documents, duplicates or one-line failures; the store holds exactly the documents
reported stored; and a second run stores nothing new, skipping what the first stored. More
examples: CLAIMGRAPH_EXAMPLES=200 (each example is a whole batch through the pipeline).
"""

from __future__ import annotations

import itertools
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.errors import InputError, printable
from claimgraph.process import DUPLICATE, FAILED, STORED, ingest
from claimgraph.store import dispose_all, open_engine, reader
from limits import examples, time_limit
from strategies import csv_bytes, html_bytes, jsonl_bytes, markdown_bytes, news_text, text_bytes

SECONDS = 120  # for one batch of at most seven small files
MAX_BYTES = 20_000  # keeps each batch to seconds: long texts are the pipeline's benchmarks
_batches = itertools.count()

news_rows = st.lists(news_text(max_sentences=3).map(lambda text: json.dumps({"text": text})), max_size=4)
files = st.lists(
    st.one_of(
        st.tuples(st.just(".txt"), news_text().map(str.encode)),  # articles the pipeline meets
        st.tuples(st.just(".jsonl"), news_rows.map(lambda rows: "\n".join(rows).encode())),
        st.tuples(st.just(".txt"), text_bytes()),
        st.tuples(st.just(".md"), markdown_bytes()),
        st.tuples(st.just(".html"), html_bytes()),
        st.tuples(st.just(".jsonl"), jsonl_bytes()),
        st.tuples(st.just(".csv"), csv_bytes()),
    ).filter(lambda item: len(item[1]) <= MAX_BYTES),
    min_size=1,
    max_size=6,
).flatmap(lambda files: st.sampled_from([files, files + files[:1]]))  # the same file twice: duplicates


@pytest.fixture(scope="module")
def folder() -> Path:
    with tempfile.TemporaryDirectory(prefix="claimgraph-batches-") as name:
        yield Path(name)


@settings(max_examples=examples(5))
@given(files)
def test_a_batch_of_hostile_files_never_fails_as_a_whole(folder: Path, files: list[tuple[str, bytes]]) -> None:
    batch = folder / f"batch{next(_batches)}"
    batch.mkdir()
    paths = []
    for number, (suffix, data) in enumerate(files):
        paths.append(batch / f"file{number}{suffix}")
        paths[-1].write_bytes(data)
    db = f"sqlite:///{batch / 'store.db'}"
    seen: list[tuple[str, str]] = []
    try:
        with time_limit(SECONDS):
            first = ingest([str(batch)], db=db, progress=lambda outcome, source: seen.append((outcome, source)))
            again = ingest([str(batch)], db=db)
        stored = reader.count_documents(open_engine(db))
    finally:
        dispose_all()

    assert {outcome for outcome, _ in seen} <= {STORED, DUPLICATE, FAILED}
    sources = {source for _, source in seen}
    for path in paths:
        if path.suffix not in (".jsonl", ".csv"):  # a corpus's rows have sources of their own
            assert printable(str(path.resolve())) in sources, f"{path.name} was never reported"
    for failure in first.failures:
        assert isinstance(failure, InputError)
        assert "\n" not in str(failure) and str(failure).isprintable(), str(failure)
    assert stored == len(first.stored) == len(set(first.stored))
    assert again.stored == [] and again.duplicates == len(first.stored) + first.duplicates
    assert len(again.failures) == len(first.failures)
