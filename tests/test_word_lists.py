"""The YAML word lists read as words: YAML 1.1 reads a bare yes/no/on/off/true/false as a
boolean, which silently drops the word ("no" from the negation cues, "on" from the time
prepositions, "NO" from the country codes). Every such word must be quoted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

DATA_FILES = sorted((Path(__file__).resolve().parents[1] / "src" / "claimgraph").rglob("*.yaml"))


def _booleans_among_words(node: Any, path: str) -> list[str]:  # noqa: ANN401 - any YAML node
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, bool):
                found.append(f"{path}: key {key}")
            found += _booleans_among_words(value, f"{path}.{key}")
    elif isinstance(node, list):
        if any(isinstance(v, str) for v in node) and any(isinstance(v, bool) for v in node):
            found.append(f"{path}: {node}")
        for i, value in enumerate(node):
            found += _booleans_among_words(value, f"{path}[{i}]")
    return found


def test_there_are_word_lists() -> None:
    assert len(DATA_FILES) >= 10


@pytest.mark.parametrize("path", DATA_FILES, ids=[p.name for p in DATA_FILES])
def test_no_word_is_read_as_a_boolean(path: Path) -> None:
    assert _booleans_among_words(yaml.safe_load(path.read_text(encoding="utf-8")), path.name) == []



@pytest.mark.parametrize(("word", "code"), [
    ("Kenyan", "KE"), ("Frenchman", "FR"), ("Dutchwoman", "NL"), ("Englishmen", "GB-ENG"),
    ("Chairman", None), ("Norman", None), ("Woman", None),
])
def test_a_nationality_noun_names_its_country(word: str, code: str | None) -> None:
    """ "a Frenchman" is French; a word that merely ends in "man" names no country."""
    from claimgraph.lexicon.places import demonym_country

    assert demonym_country(word) == code
