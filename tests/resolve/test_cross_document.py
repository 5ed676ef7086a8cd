"""Cross-document decisions without a database: judgements for a new entity against known ones,
what a change touches, the canonical entity of linked ids, and what a merge or split decides."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from claimgraph.model import Entity
from claimgraph.resolve.canonical import CanonicalEntity, Decision, canonical_entity
from claimgraph.resolve.cross_document import MAX_BLOCK, component, new_judgements
from claimgraph.resolve.curation import (
    kept_aliases,
    lifted_by_merge,
    split_judgements,
    split_off,
)
from claimgraph.resolve.linker import Judgement
from claimgraph.resolve.matching import entity_keys

P, O, L = "Person", "Organization", "Location"
T0 = datetime(2026, 1, 1, tzinfo=UTC)


class Known:
    """Entities known in memory, answering what `KnownEntities` asks."""

    def __init__(self, *entities: Entity, links: dict[str, str] | None = None,
                 judgements: Iterable[Judgement] = ()) -> None:
        self.by_id = {e.id: e for e in entities}
        self.links = links or {}
        self.found = list(judgements)
        self.index: dict[str, set[str]] = defaultdict(set)
        for entity in entities:
            for key in entity_keys(entity):
                self.index[key].add(entity.id)

    def entities(self, ids: Iterable[str]) -> dict[str, Entity]:
        return {i: self.by_id[i] for i in ids if i in self.by_id}

    def blocks(self, keys: Iterable[str]) -> dict[str, set[str]]:
        return {key: self.index[key] for key in keys if key in self.index}

    def canonical_of(self, ids: Iterable[str]) -> dict[str, str]:
        return {i: self.links.get(i, i) for i in ids}

    def members_of(self, canonicals: Iterable[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for ident in self.by_id:
            if self.links.get(ident, ident) in set(canonicals):
                out[self.links.get(ident, ident)].append(ident)
        return out

    def judgements(self, ids: Iterable[str]) -> list[Judgement]:
        return [j for j in self.found if {j.a, j.b} & set(ids)]


def test_a_new_spelling_is_judged_one_with_the_known_name() -> None:
    known = Known(Entity("a", "Mokhtar Belmokhtar", P, ("Mokhtar Belmokhtar",)))
    new = Entity("b", "Moktar Belmoktar", P, ("Moktar Belmoktar",))
    known.by_id["b"] = new
    (found,) = new_judgements(known, new, entity_keys(new))
    assert (found.pair, found.verdict, found.source) == (("a", "b"), "positive", "computed")
    assert found.reason.startswith("transliterations")


def test_one_long_name_the_tagger_typed_twice_is_one_entity_and_one_word_is_not() -> None:
    known = Known(Entity("o", "Al Mourabitoun", O, ("Al Mourabitoun",)), Entity("w", "Washington", L, ("Washington",)))
    new = Entity("p", "Al Mourabitoun", P, ("Al Mourabitoun",))
    (found,) = new_judgements(known, new, entity_keys(new))
    assert (found.b, found.reason) == ("o", "same name: Al Mourabitoun")
    person = Entity("q", "Washington", P, ("Washington",))
    assert new_judgements(known, person, entity_keys(person)) == []
    described = Entity("d", "Al Mourabitoun", P, ("Al Mourabitoun",), descriptive=True)
    assert new_judgements(known, described, entity_keys(described)) == []


def test_a_known_surname_joins_the_one_full_name_it_fits() -> None:
    known = Known(Entity("s", "Belmokhtar", P, ("Belmokhtar",)))
    new = Entity("f", "Mokhtar Belmokhtar", P, ("Mokhtar Belmokhtar",))
    known.by_id["f"], known.index = new, Known(known.by_id["s"], new).index
    (found,) = new_judgements(known, new, entity_keys(new))
    assert found.pair == ("f", "s") and found.reason.startswith("surname of")


def test_a_key_too_common_finds_no_candidate() -> None:
    crowd = [Entity(f"e{i}", "Al Qaeda", O, ("Al Qaeda",)) for i in range(MAX_BLOCK + 1)]
    new = Entity("new", "Al Qaeda", O, ("Al Qaeda",))
    assert new_judgements(Known(*crowd, new), new, entity_keys(new)) == []
    assert len(new_judgements(Known(*crowd[:2], new), new, entity_keys(new))) == 2


def test_a_change_touches_every_id_joined_by_a_judgement_or_a_link() -> None:
    known = Known(*(Entity(i, i, O) for i in "abcdz"), links={"c": "b"},
                  judgements=[Judgement("a", "b", "positive"), Judgement("c", "d", "negative")])
    nodes, judgements = component(known, {"a"})
    assert nodes == {"a", "b", "c"}
    assert judgements == [Judgement("a", "b", "positive")]


def test_the_canonical_entity_of_linked_ids() -> None:
    parts = [Entity("b", "AQIM", O, ("AQIM",)),
             Entity("a", "Al Qaeda in the Islamic Maghreb", O, ("Al Qaeda in the Islamic Maghreb",)),
             Entity("c", "al-Qaeda in the Islamic Maghreb", P, ("al-Qaeda in the Islamic Maghreb",))]
    found = canonical_entity("a", parts, {"a": 3, "b": 5, "c": 2}, [])
    assert found == CanonicalEntity(Entity("a", "Al Qaeda in the Islamic Maghreb", O, (
        "AQIM", "Al Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb")))  # a full name, not the acronym
    decisions = [Decision("d2", "rename", "AQIM", T0 + timedelta(1)), Decision("d1", "rename", "The Group", T0),
                 Decision("d3", "reject", "true", T0)]
    found = canonical_entity("a", parts, {}, decisions)
    assert (found.entity.name, found.rejected) == ("AQIM", True)  # the latest rename wins


def test_what_a_split_decides() -> None:
    raw = Entity("raw", "Ford", P, ("Ford", "Gerald Ford", "Robert Ford"))
    made = split_off(raw, ["m2", "m1"], ["Robert Ford", "Ford", "Robert Ford"])
    assert (made.name, made.type, made.aliases) == ("Robert Ford", P, ("Ford", "Robert Ford"))
    assert made.id == split_off(raw, ["m1", "m2"], ["Ford"]).id  # the mentions make the id
    assert kept_aliases(raw, made, left={"Ford", "Gerald Ford"}) == ["Ford", "Gerald Ford"]
    judgements = [Judgement("n", "r", "positive")]  # r and s: two entities on the side kept
    assert [(j.pair, j.verdict) for j in split_judgements(judgements, {"n"}, {"r", "s"}, "Robert Ford")] == [
        (("n", "r"), "negative"), (("n", "r"), "negative"), (("r", "s"), "positive")]


def test_a_merge_lifts_the_users_negative_judgements_between_the_sides() -> None:
    judgements = [Judgement("a", "b", "negative", "user"), Judgement("a", "b", "negative"),
                  Judgement("a", "x", "negative", "user"), Judgement("a2", "b", "negative", "user")]
    assert lifted_by_merge(judgements, {"a", "a2"}, {"b"}) == [judgements[0], judgements[3]]
