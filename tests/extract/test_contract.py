"""The contract between claimgraph's spaCy components: declared in `contract.py`, checked here
against what a real pipeline writes, and each factory reachable from plain spaCy."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path
from typing import get_type_hints

import pytest

from claimgraph.extract import contract
from claimgraph.extract.pipeline import build_pipeline

REPO = Path(__file__).resolve().parents[2]
TEXT = (
    "NAIROBI, March 3 (Wire) - Gunmen stormed a hotel in Nairobi on Monday, killing at least 12 "
    "people, police said. Al-Shabaab, a group led by Ahmed Diriye, claimed responsibility in a "
    "statement. “We will find those responsible,” said the interior minister, Grace Okafor, who "
    "reportedly met the hotel's owners. The group was allegedly trained by foreign advisers."
)


@pytest.fixture(scope="module")
def doc():
    nlp = build_pipeline()
    made = nlp.make_doc(TEXT)
    made._.published = "2025-03-04"
    return nlp(made)


def test_the_pipeline_order_satisfies_every_declared_requirement() -> None:
    problems = build_pipeline().analyze_pipes(pretty=False)["problems"]
    assert {name: missing for name, missing in problems.items() if missing} == {}


def test_each_record_has_the_fields_of_its_contract(doc) -> None:  # noqa: ANN001
    for name, record_type in [("attributions", contract.AttributionEntry), ("relations", contract.RelationEntry),
                              ("events", contract.EventEntry)]:
        records = getattr(doc._, name)
        assert records, f"the text should give some {name}"
        declared = set(get_type_hints(record_type))
        for record in records:
            assert set(record) == declared, f"{name}: {set(record) ^ declared}"
    claim_fields = set(get_type_hints(contract.ClaimEntry))
    assert all(set(claim) <= claim_fields for claim in doc._.claims)
    assert all({"start", "end", "certainty", "polarity", "author_stance"} <= set(claim) for claim in doc._.claims)


def test_every_factory_is_an_entry_point_that_plain_spacy_finds() -> None:
    """In a fresh interpreter that imports nothing of claimgraph, `add_pipe` finds each factory."""
    declared = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["entry-points"]["spacy_factories"]
    code = (
        "import sys, spacy\n"
        "nlp = spacy.blank('en')\n"
        "for name in sys.argv[1:]:\n"
        "    nlp.add_pipe(name)\n"
        "print(' '.join(nlp.pipe_names))\n"
    )
    done = subprocess.run([sys.executable, "-c", code, *declared], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == list(declared)
