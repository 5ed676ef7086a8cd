"""Resolution across documents through the store, on SQLite and PostgreSQL: links, judgements,
curation that stays through later ingests, canonical ids in every read."""

from __future__ import annotations

import json
import re
from io import StringIO

import pytest
from sqlalchemy import select

from claimgraph.errors import ClaimgraphError
from claimgraph.export.jsonl import write_jsonl
from claimgraph.model import Claim, Document, Extraction, Mention, document_id
from claimgraph.resolve import resolve
from claimgraph.store import open_engine, reader, save_extraction
from claimgraph.store.claim_queries import find_claims
from claimgraph.store.curation import merge, reject, rename, retype, split
from claimgraph.store.resolution_tables import judgements

P, O, L = "Person", "Organization", "Location"


def extraction(text: str, names: dict[str, str], *, claim_source: str | None = None) -> Extraction:
    doc_id = document_id(text)
    taken: set[int] = set()
    found = []
    for name in sorted(names, key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if taken.isdisjoint(range(match.start(), match.end())):
                taken.update(range(match.start(), match.end()))
                found.append(Mention(doc_id, match.start(), match.end(), name, names[name]))
    claims = ()
    if claim_source:
        start = text.rindex(claim_source)
        claims = (Claim(id=f"c-{doc_id}", document=doc_id, start=0, end=len(text), text=text, source=None,
                        source_text=claim_source, source_span=(start, start + len(claim_source))),)
    return resolve(Extraction(Document(doc_id, text, f"mem-{doc_id[:4]}"), tuple(sorted(found, key=lambda m: m.start)),
                              claims=claims))


FIRST = ("Mokhtar Belmokhtar (aka Khaled Abu al-Abbas) leads Al Mourabitoun. Belmokhtar trained with "
         "Al Qaeda in the Islamic Maghreb (AQIM). The Central Intelligence Agency watched the US.")
FIRST_NAMES = {"Mokhtar Belmokhtar": P, "Khaled Abu al-Abbas": P, "Belmokhtar": P, "Al Mourabitoun": O,
               "Al Qaeda in the Islamic Maghreb": O, "AQIM": O, "Central Intelligence Agency": O, "US": L}
SECOND = ("Moktar Belmoktar of Al-Murabitun was seen. AQIM denied it. The C.I.A. and the United States "
          "declined to comment, Belmoktar said.")
SECOND_NAMES = {"Moktar Belmoktar": P, "Al-Murabitun": O, "AQIM": O, "C.I.A.": O, "United States": L, "Belmoktar": P}


def entity_of(engine, text: str) -> str:  # noqa: ANN001
    ids = {m.entity for m in reader.iter_mentions(engine) if m.text == text}
    assert len(ids) == 1, (text, ids)
    return ids.pop()


def exported(engine) -> list[dict]:  # noqa: ANN001
    out = StringIO()
    write_jsonl(engine, out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_a_second_document_spelling_names_differently_links_to_the_same_entities(db_url: str) -> None:
    engine = open_engine(db_url)
    assert save_extraction(engine, extraction(FIRST, FIRST_NAMES))
    assert save_extraction(engine, extraction(SECOND, SECOND_NAMES, claim_source="Belmoktar"))
    for a, b in [("Mokhtar Belmokhtar", "Moktar Belmoktar"), ("Belmokhtar", "Belmoktar"),
                 ("Al Mourabitoun", "Al-Murabitun"), ("AQIM", "Al Qaeda in the Islamic Maghreb"),
                 ("Central Intelligence Agency", "C.I.A."), ("US", "United States")]:
        assert entity_of(engine, a) == entity_of(engine, b), (a, b)
    records = exported(engine)
    entities = {r["id"]: r for r in records if r["kind"] == "entity"}
    person = entities[entity_of(engine, "Moktar Belmoktar")]
    assert person["name"] == "Mokhtar Belmokhtar" and person["type"] == P
    assert {"Belmokhtar", "Khaled Abu al-Abbas", "Moktar Belmoktar"} <= set(person["aliases"])
    assert all(r["entity"] in entities for r in records if r["kind"] == "mention")
    (claim,) = [r for r in records if r["kind"] == "claim"]
    assert claim["source"] == person["id"]
    assert find_claims(engine, about="Mokhtar Belmokhtar")[0].source_name == "Mokhtar Belmokhtar"
    with engine.connect() as conn:
        reasons = set(conn.execute(select(judgements.c.reason)).scalars())
    assert any(r.startswith("transliterations: ") for r in reasons)
    assert any(r.startswith("same country (US)") for r in reasons)


def test_canonical_ids_do_not_depend_on_the_order_of_documents(tmp_path) -> None:  # noqa: ANN001
    def ids(order: list[tuple[str, dict]], name: str) -> dict[str, str]:
        engine = open_engine(f"sqlite:///{tmp_path / name}")
        for text, names in order:
            save_extraction(engine, extraction(text, names))
        return {m.text: m.entity for m in reader.iter_mentions(engine)}

    docs = [(FIRST, FIRST_NAMES), (SECOND, SECOND_NAMES)]
    assert ids(docs, "a.db") == ids(list(reversed(docs)), "b.db")


def test_people_sharing_a_surname_stay_apart(db_url: str) -> None:
    engine = open_engine(db_url)
    save_extraction(engine, extraction("Robert Stephen Ford arrived. Ford spoke.", {"Robert Stephen Ford": P, "Ford": P}))
    save_extraction(engine, extraction("Gerald Ford pardoned him. Ford said so.", {"Gerald Ford": P, "Ford": P}))
    save_extraction(engine, extraction("Ford was late again.", {"Ford": P}))
    people = {c.entity.name for c in reader.entity_counts(engine, type=P)}
    assert people == {"Robert Stephen Ford", "Gerald Ford", "Ford"}


def test_user_merge_and_split_survive_later_documents(db_url: str) -> None:
    engine = open_engine(db_url)
    save_extraction(engine, extraction(FIRST, FIRST_NAMES))
    merge(engine, "Al Mourabitoun", "AQIM")
    split(engine, "Mokhtar Belmokhtar", "Khaled Abu al-Abbas")
    save_extraction(engine, extraction(SECOND, SECOND_NAMES))
    save_extraction(engine, extraction("Khaled Abu al-Abbas and Mokhtar Belmokhtar met Al-Murabitun.",
                                       {"Khaled Abu al-Abbas": P, "Mokhtar Belmokhtar": P, "Al-Murabitun": O}))
    assert entity_of(engine, "Al Mourabitoun") == entity_of(engine, "AQIM") == entity_of(engine, "Al-Murabitun")
    assert entity_of(engine, "Khaled Abu al-Abbas") != entity_of(engine, "Mokhtar Belmokhtar")
    assert entity_of(engine, "Belmokhtar") == entity_of(engine, "Mokhtar Belmokhtar")
    with engine.connect() as conn:
        sources = {(j.source, j.verdict) for j in conn.execute(select(judgements))}
    assert ("user", "positive") in sources and ("user", "negative") in sources


def test_split_by_mention_id_moves_one_mention(db_url: str) -> None:
    engine = open_engine(db_url)
    text = "Robert Stephen Ford arrived. Ford spoke. Later Ford left."
    save_extraction(engine, extraction(text, {"Robert Stephen Ford": P, "Ford": P}))
    from claimgraph.store.profiles import entity_profile

    profile = entity_profile(engine, "Robert Stephen Ford")
    last = max((m for m in profile.mentions if m.text == "Ford"), key=lambda m: m.start)
    new = split(engine, "Robert Stephen Ford", last.id)
    by_start = {m.start: m.entity for m in reader.iter_mentions(engine)}
    assert by_start[last.start] == new != by_start[text.index("Ford spoke")]


def test_rename_retype_reject(db_url: str) -> None:
    engine = open_engine(db_url)
    save_extraction(engine, extraction(FIRST, FIRST_NAMES))
    rename(engine, "AQIM", "AQIM (Al Qaeda in the Islamic Maghreb)")
    retype(engine, "Al Mourabitoun", L)
    reject(engine, "Central Intelligence Agency")
    save_extraction(engine, extraction(SECOND, SECOND_NAMES))
    listed = {c.entity.name: c.entity.type for c in reader.entity_counts(engine)}
    assert listed["AQIM (Al Qaeda in the Islamic Maghreb)"] == O and listed["Al Mourabitoun"] == L
    assert "Central Intelligence Agency" not in listed and "C.I.A." not in listed
    assert not [r for r in exported(engine) if r.get("text") in ("C.I.A.", "Central Intelligence Agency")]
    reject(engine, "Central Intelligence Agency", undo=True)
    assert "Central Intelligence Agency" in {c.entity.name for c in reader.entity_counts(engine)}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda e: merge(e, "AQIM", "Al Qaeda in the Islamic Maghreb"), "already one entity"),
        (lambda e: merge(e, "AQIM", "Atlantis"), "no entity is named 'Atlantis'"),
        (lambda e: split(e, "AQIM", "Belmokhtar"), "has no mention"),
        (lambda e: split(e, "US", "US"), "nothing is left"),
        (lambda e: retype(e, "AQIM", "Planet"), "is not a type"),
    ],
)
def test_curation_errors(sqlite_url: str, call, message: str) -> None:  # noqa: ANN001
    engine = open_engine(sqlite_url)
    save_extraction(engine, extraction(FIRST, FIRST_NAMES))
    with pytest.raises(ClaimgraphError, match=message):
        call(engine)


def test_relations_and_events_read_canonical_ids_after_a_merge(db_url: str) -> None:
    from claimgraph.model import Event, Participant, Relation
    from claimgraph.store.graph_queries import find_events, find_relations

    text = "Al Mourabitoun, led by Mokhtar Belmokhtar, attacked a hotel in Bamako on Friday."
    base = extraction(text, {"Al Mourabitoun": O, "Mokhtar Belmokhtar": P, "Bamako": L})
    doc = base.document.id

    def span(part: str) -> tuple[int, int]:
        return text.index(part), text.index(part) + len(part)

    leads = Relation(id="r1", document=doc, claim=None, subject=None, predicate="leader_of",
                     subject_span=span("Mokhtar Belmokhtar"), object_span=span("Al Mourabitoun"))
    attack = Event(id="e1", document=doc, type="attack", start=span("attacked")[0], end=span("attacked")[1],
                   text="attacked", place_span=span("Bamako"), place_text="Bamako",
                   participants=(Participant("perpetrator", "Al Mourabitoun", span=span("Al Mourabitoun")),))
    engine = open_engine(db_url)
    save_extraction(engine, resolve(Extraction(base.document, base.mentions, relations=(leads,), events=(attack,))))
    save_extraction(engine, extraction("Al-Murabitun and the Masked Brigade met.", {"Al-Murabitun": O, "Masked Brigade": O}))
    canonical = merge(engine, "Masked Brigade", "Al Mourabitoun")
    (relation,) = find_relations(engine, about="Masked Brigade")
    assert relation.relation.object == canonical and relation.object_name == "Al Mourabitoun"
    (event,) = find_events(engine, about="Al-Murabitun")
    assert event.event.participants[0].entity == canonical
    records = exported(engine)
    ids = {r["id"] for r in records if r["kind"] == "entity"}
    assert canonical in ids
    (rel,) = [r for r in records if r["kind"] == "relation"]
    assert rel["object"] == canonical and rel["subject"] in ids
    (ev,) = [r for r in records if r["kind"] == "event"]
    assert ev["participants"][0]["entity"] == canonical and ev["place"] in ids
    reject(engine, "Mokhtar Belmokhtar")
    assert find_relations(engine) == [] and not [r for r in exported(engine) if r["kind"] == "relation"]
