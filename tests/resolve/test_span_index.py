"""Which entity a span of text names (`resolve.graph.SpanIndex`): the name at it, else the
head name inside it, never a possessor ("Belmokhtar's group" is not Belmokhtar)."""

from __future__ import annotations

import pytest

from claimgraph.model import Mention
from claimgraph.resolve.graph import SpanIndex

TEXT = "Belmokhtar's group attacked the hotel. The Smiths' house burned. Police spoke to Belmokhtar's."


def index() -> SpanIndex:
    names = [("Belmokhtar", 0, "belmokhtar"), ("Smiths", TEXT.index("Smiths"), "smiths"),
             ("Police", TEXT.index("Police"), "police"), ("Belmokhtar", TEXT.rindex("Belmokhtar"), "belmokhtar")]
    return SpanIndex([Mention("d", start, start + len(name), name, "Person", entity=entity)
                      for name, start, entity in names], text=TEXT)


def span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


@pytest.mark.parametrize(("words", "entity"), [
    ("Belmokhtar", "belmokhtar"),  # the name itself
    ("Belmokhtar's group", None),  # a possessor is not the thing possessed
    ("The Smiths' house", None),
    ("Police spoke", "police"),  # the last name inside a span stands for it
    ("to Belmokhtar's", "belmokhtar"),  # a possessive with nothing after it is the name
])
def test_a_span_names_its_head_not_its_possessor(words: str, entity: str | None) -> None:
    assert index().entity_at(span(words)) == entity
