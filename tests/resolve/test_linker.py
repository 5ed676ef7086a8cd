"""Judgements to canonical ids, and the judge of candidate pairs across documents."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from claimgraph.model import Entity
from claimgraph.resolve.linker import Judgement, components
from claimgraph.resolve.matching import entity_keys, judge, probe_keys

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def test_positive_judgements_join_and_the_smallest_id_is_canonical() -> None:
    found = components("abcd", [Judgement("b", "c", "positive"), Judgement("c", "d", "positive")])
    assert found == {"a": "a", "b": "b", "c": "b", "d": "b"}


def test_user_judgement_wins_over_computed_on_the_same_pair() -> None:
    found = components("ab", [Judgement("a", "b", "positive"), Judgement("a", "b", "negative", "user")])
    assert found == {"a": "a", "b": "b"}
    found = components("ab", [Judgement("a", "b", "negative", "user", created_at=T0),
                              Judgement("a", "b", "positive", "user", created_at=T0 + timedelta(1))])
    assert found["b"] == "a"


def test_a_negative_judgement_keeps_two_parts_apart_through_any_path() -> None:
    judgements = [Judgement("a", "x", "positive"), Judgement("x", "b", "positive"),
                  Judgement("a", "b", "negative", "user")]
    found = components("abx", judgements)
    assert found["a"] != found["b"]


def test_same_judgements_same_ids_whatever_their_order() -> None:
    judgements = [Judgement(a, b, "positive") for a, b in ["pq", "qr", "st", "rs"]]
    assert components("pqrst", judgements) == components("tsrqp", list(reversed(judgements)))


def E(name: str, type: str, *aliases: str, ident: str = "x") -> Entity:  # noqa: N802
    return Entity(ident, name, type, tuple(sorted({name, *aliases})))


@pytest.mark.parametrize(
    ("a", "b", "reason", "weak"),
    [
        (E("Mokhtar Belmokhtar", "Person", "Khaled Abu al-Abbas"), E("Khaled Abu al-Abbas", "Person"), "same name", False),
        (E("Mokhtar Belmokhtar", "Person"), E("Moktar Belmoktar", "Person"), "transliterations", False),
        (E("Robert Stephen Ford", "Person", "Ford"), E("Robert Ford", "Person"), "same person's name", False),
        (E("Robert Stephen Ford", "Person", "Ford"), E("Gerald Ford", "Person", "Ford"), None, False),
        (E("Belmokhtar", "Person"), E("Mokhtar Belmokhtar", "Person"), "surname of", True),
        (E("Ford", "Person"), E("Ford", "Person"), None, False),  # two lone surnames: nothing joins them
        (E("United States", "Location", "US"), E("U.S.", "Location"), "same country", False),
        (E("Niger", "Location"), E("Nigeria", "Location"), None, False),
        (E("Council on Foreign Relations", "Organization", "CFR"),
         E("Code of Federal Regulations", "Organization", "CFR"), None, False),
        (E("CFR", "Organization"), E("Council on Foreign Relations", "Organization", "CFR"), "same acronym", True),
        (E("Al Mourabitoun", "Organization"), E("Al-Murabitun", "Organization"), "transliterations", False),
        (E("Al Mourabitoun", "Organization"), E("Al Mourabitoun", "Person"), "same name", False),
        (E("Al-Murabitun", "Organization"), E("Al Mourabitoun", "Person"), None, False),  # across types: the same name only
        (E("Washington", "Location"), E("Washington", "Person"), None, False),
        (E("Central Intelligence Agency", "Organization"), E("C.I.A.", "Organization"), "initials of", True),
    ],
)
def test_judge(a: Entity, b: Entity, reason: str | None, weak: bool) -> None:
    match = judge(a, b)
    if reason is None:
        assert match is None
    else:
        assert match is not None and match.reason.startswith(reason) and match.weak is weak
        assert probe_keys(entity_keys(a)) & entity_keys(b), "the pair must meet in a block"
