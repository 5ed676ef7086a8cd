"""A short run of the crash-safety script (`benchmarks/crash_safety.py`, issue 10): the real
commands SIGKILLed in a first set-up, in ingest (once inside a document's transaction) and in
merges and splits, on SQLite and PostgreSQL; the store whole after every kill, the resumed ingest
the same as an uninterrupted one. The script runs many more rounds."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "crash_safety.py"


@pytest.fixture(scope="module")
def crash_safety():
    spec = importlib.util.spec_from_file_location("crash_safety", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def reference(crash_safety, tmp_path_factory: pytest.TempPathFactory):
    """What an uninterrupted ingest of six generated articles stores."""
    return crash_safety.Reference(tmp_path_factory.mktemp("reference"), documents=6, seed=3)


def test_kills_leave_a_whole_store_and_the_resumed_ingest_completes(db_url: str, crash_safety, reference) -> None:
    run = crash_safety.Run(db_url, reference, seed=3)
    run.first_setup(rounds=1)
    run.ingest(rounds=2)  # the second is killed inside a document's transaction
    run.curation(rounds=1)
    assert run.failures == []
    assert dict(run.kills) == {"first set-up": 1, "ingest": 2, "curation": 1}
