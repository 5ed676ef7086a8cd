"""Contradictions on small hand-built stores (both dialects): counts with qualifiers and
breakdowns, places by country, dates with their precision, functional relations, denials and
the author disputing a source."""

from __future__ import annotations

from dataclasses import replace

import pytest

from claimgraph.analyze import contradictions, date_span
from claimgraph.analyze.contradictions import Reading, country_code
from claimgraph.errors import NotFoundError


def by_kind(found: list, kind: str) -> list:
    return [c for c in found if c.kind == kind]


def sources(side) -> list[tuple[str, str]]:  # noqa: ANN001
    return sorted((e.source_name, e.text) for e in side.evidence)


def test_a_toll_against_a_breakdown_and_a_country_against_another(db_url: str, make_store, new_article) -> None:  # noqa: ANN001
    post = new_article("Gunmen stormed the Grand Hotel in Tarvo, Niger, on Friday, leaving 21 people dead.",
                       publisher="Harbor Post")
    post.entity("Tarvo", "Location")
    c = post.claim("Gunmen stormed the Grand Hotel in Tarvo, Niger, on Friday, leaving 21 people dead.")
    post.event(c, "stormed", date="2020-05-01", place="Tarvo")
    post.counted(0, ("killed", None, 21, None, c))
    post.placed(0, country="Niger")

    wire = new_article("Twenty hostages were killed in the siege in Tarvo, Chad, officials said. "
                       "Two gunmen also died, the officials said.", publisher="Sahel Wire")
    wire.entity("Tarvo", "Location")
    hostages = wire.claim("Twenty hostages were killed in the siege in Tarvo, Chad", source="officials")
    gunmen = wire.claim("Two gunmen also died", source="the officials")
    wire.event(hostages, "siege", date="2020-05-01", place="Tarvo")
    wire.counted(0, ("killed", "hostages", 20, None, hostages), ("killed", "perpetrators", 2, None, gunmen))
    wire.placed(0, country="Chad")

    found = contradictions(make_store(db_url, post, wire))
    (count,) = by_kind(found, "count")
    assert count.fact == "killed in attack in Tarvo (2020-05-01)"
    assert (count.a.value, count.a.detail, count.b.value) == ("22", "20 hostages + 2 perpetrators", "21")
    assert sources(count.a) == [("officials", hostages.text), ("the officials", gunmen.text)]
    assert sources(count.b) == [("author", c.text)]
    assert count.b.evidence[0].publisher == "Harbor Post"
    (place,) = by_kind(found, "place")
    assert place.fact == "where Tarvo is" and {place.a.value, place.b.value} == {"Niger", "Chad"}
    side = {place.a.value: place.a, place.b.value: place.b}
    assert sources(side["Chad"]) == [("officials", hostages.text)]
    assert by_kind(found, "date") == []


def test_a_country_against_the_gazetteer(db_url: str, make_store, new_article) -> None:  # noqa: ANN001
    article = new_article("Gunmen attacked a hotel in Bamako, Niger, killing five.")
    article.entity("Bamako", "Location")
    claim = article.claim("Gunmen attacked a hotel in Bamako, Niger, killing five.")
    article.event(claim, "attacked", date="2020-05-01", place="Bamako")
    article.placed(0, country="Niger")
    (place,) = contradictions(make_store(db_url, article))
    assert (place.kind, place.fact, place.a.value, place.b.value) == ("place", "where Bamako is", "Niger", "Mali")
    assert sources(place.b) == [("GeoNames gazetteer", "GeoNames lists Bamako as a city in Mali.")]


@pytest.mark.parametrize(("first", "second", "conflict"), [
    (Reading(37, "at least", ()), Reading(40, None, ()), False),  # "at least 37" agrees with 40
    (Reading(21, None, ()), Reading(22, None, (("hostages", 20), ("perpetrators", 2))), True),
    (Reading(20, None, ()), Reading(22, None, (("hostages", 20), ("perpetrators", 2))), False),  # victims only
    (Reading(1200, None, ()), Reading(1210, None, ()), False),  # large numbers are rounded
    (Reading(100, "about", ()), Reading(110, None, ()), False),
    (Reading(100, "about", ()), Reading(150, None, ()), True),
    (Reading(50, "more than", ()), Reading(50, None, ()), True),
    (Reading(10, "fewer than", ()), Reading(12, None, ()), True),
    (Reading(10, "up to", ()), Reading(10, None, ()), False),
])
def test_counts_compare_as_ranges(first: Reading, second: Reading, conflict: bool) -> None:
    from claimgraph.analyze.contradictions import _conflict

    assert _conflict(first, second, {"perpetrators"}) is conflict
    assert _conflict(second, first, {"perpetrators"}) is conflict


def test_qualified_counts_and_same_country_do_not_conflict(db_url: str, make_store, new_article) -> None:  # noqa: ANN001
    one = new_article("At least 37 hostages died at the Tiguent gas plant in eastern Algeria.")
    one.entity("Tiguent", "Location")
    c1 = one.claim("At least 37 hostages died at the Tiguent gas plant in eastern Algeria.")
    one.event(c1, "died", type="hostage_taking", date="2013-01-16", place="Tiguent")
    one.counted(0, ("killed", "hostages", 37, "at least", c1))
    one.placed(0, region="eastern Algeria")
    two = new_article("Forty hostages were killed in the Tiguent siege in Algeria in January 2013.")
    two.entity("Tiguent", "Location")
    c2 = two.claim("Forty hostages were killed in the Tiguent siege in Algeria in January 2013.")
    two.event(c2, "siege", type="hostage_taking", date="2013-01", place="Tiguent")
    two.counted(0, ("killed", "hostages", 40, None, c2))
    two.placed(0, country="Algeria")
    assert contradictions(make_store(db_url, one, two)) == []


def test_dates_with_precision_and_functional_relations(db_url: str, make_store, new_article) -> None:  # noqa: ANN001
    text = ("Karim Diallo was born in 1972. The Sable Front renamed itself the Desert Guard in 2012. "
            "Karim Diallo is a citizen of Mali. Karim Diallo heads the Sable Front. Karim Diallo heads the Tarvo Council.")
    one = new_article(text, publisher="Harbor Post")
    for name, kind in [("Karim Diallo", "Person"), ("Sable Front", "Organization"), ("Desert Guard", "Organization"),
                       ("Mali", "Location"), ("Tarvo Council", "Organization")]:
        one.entity(name, kind)
    one.relation(one.claim("Karim Diallo was born in 1972."), "Karim Diallo", "born_on", "1972")
    one.relation(one.claim("The Sable Front renamed itself the Desert Guard in 2012."), "Sable Front", "renamed_to",
                 "Desert Guard")
    one.relations[-1] = replace(one.relations[-1], time="2012", time_kind="at")
    one.relation(one.claim("Karim Diallo is a citizen of Mali."), "Karim Diallo", "citizen_of", "Mali")
    for sentence, obj in [("Karim Diallo heads the Sable Front.", "Sable Front"),
                          ("Karim Diallo heads the Tarvo Council.", "Tarvo Council")]:
        one.relation(one.claim(sentence), "Karim Diallo", "holds_position", obj, role="chairman")
    two = new_article("Karim Diallo, born on 3 May 1973, is a citizen of Niger. The Sable Front became the Desert "
                      "Guard in January 2013. Karim Diallo was born in 1972.", publisher="Daily Ledger")
    for name, kind in [("Karim Diallo", "Person"), ("Sable Front", "Organization"), ("Desert Guard", "Organization"),
                       ("Niger", "Location")]:
        two.entity(name, kind)
    born = two.claim("Karim Diallo, born on 3 May 1973, is a citizen of Niger.")
    two.relation(born, "Karim Diallo", "born_on", "3 May 1973")
    two.relations[-1] = replace(two.relations[-1], object_literal="1973-05-03")
    two.relation(born, "Karim Diallo", "citizen_of", "Niger")
    renamed = two.claim("The Sable Front became the Desert Guard in January 2013.")
    two.relation(renamed, "Sable Front", "renamed_to", "Desert Guard")
    two.relations[-1] = replace(two.relations[-1], time="2013-01", time_kind="at")
    two.relation(two.claim("Karim Diallo was born in 1972."), "Karim Diallo", "born_on", "1972")
    found = contradictions(make_store(db_url, one, two))
    facts = {(c.kind, c.fact): c for c in found}
    born_on = facts[("relation", "Karim Diallo born on")]
    assert (born_on.a.value, born_on.a.detail, born_on.b.value, born_on.b.detail) == ("1972", "year", "1973-05-03", "day")
    assert len(born_on.a.evidence) == 2 and born_on.a.origins == 1  # one sentence copied: one origin
    citizen = facts[("relation", "Karim Diallo citizen of")]
    assert {citizen.a.value, citizen.b.value} == {"Mali", "Niger"}
    renaming = facts[("date", "when Sable Front renamed_to Desert Guard")]
    assert {renaming.a.value, renaming.b.value} == {"2012", "2013-01"}
    assert not any("holds" in c.fact for c in found)  # two posts at once: no conflict
    assert len(found) == 3
    assert [c.kind for c in contradictions(make_store(db_url), about="Desert Guard")] == ["date"]


def test_precision_decides_overlap() -> None:
    assert date_span("2015-06").contains(date_span("2015-06-14"))  # a month holds its days
    assert date_span("2013").overlaps(date_span("2013-01"))
    assert not date_span("2013").overlaps(date_span("2012"))
    assert date_span("1979/1989").contains(date_span("1985"))


def test_claim_against_denial(db_url: str, make_store, new_article) -> None:  # noqa: ANN001
    report = new_article("In June Karim Diallo was reported dead in an air strike. His death was subsequently denied. "
                         "He did not fight in the long war. Orion Agency trained Karim Diallo.", publisher="Harbor Post")
    for name, kind in [("Karim Diallo", "Person"), ("Orion Agency", "Organization")]:
        report.entity(name, kind)
    dead = report.claim("In June Karim Diallo was reported dead in an air strike.", certainty="reported")
    denied = report.claim("His death was subsequently denied.", polarity="negative")
    report.claims[-1] = denied = replace(denied, polarity_cues=("denied",))
    war = report.claim("He did not fight in the long war.", polarity="negative")
    report.claims[-1] = replace(war, polarity_cues=("did not",))
    report.event(dead, "reported dead", type="death", date="2020-06", people=(("victim", "Karim Diallo"),),
                 refs=((denied, "death"),))
    report.event(war, "war", type="war")
    report.relation(report.claim("Orion Agency trained Karim Diallo."), "Orion Agency", "trained", "Karim Diallo")

    later = new_article("Officials said Karim Diallo had been killed. His family denied that he was dead. "
                        "Orion Agency did not train Karim Diallo, its spokesman said.", publisher="Daily Ledger")
    for name, kind in [("Karim Diallo", "Person"), ("Orion Agency", "Organization")]:
        later.entity(name, kind)
    killed = later.claim("Karim Diallo had been killed", source="Officials")
    family = later.claim("he was dead", source="His family", polarity="negative")
    later.claims[-1] = family = replace(family, polarity_cues=("denied",))
    later.event(killed, "killed", type="death", date="2020-06", people=(("victim", "Karim Diallo"),))
    spokesman = later.claim("Orion Agency did not train Karim Diallo", source="its spokesman", polarity="negative")
    later.relation(spokesman, "Orion Agency", "trained", "Karim Diallo", negated=True)

    found = by_kind(contradictions(make_store(db_url, report, later)), "denial")
    assert [c.fact for c in found] == ["Orion Agency trained Karim Diallo", "death (2020-06)"]
    trained, death = found
    assert sources(trained.b) == [("its spokesman", spokesman.text)]
    assert sources(death.a) == [("Officials", killed.text), ("author", dead.text)]
    assert sources(death.b) == [("His family", "he was dead"), ("author", "His death was subsequently denied.")]


def test_author_disputing_a_source(db_url: str, make_store, new_article) -> None:  # noqa: ANN001
    text = ("Police said the Sable Front carried out the bombing. The story could have been planted. "
            "The Ledger erroneously describes Karim Diallo as a veteran of the war.")
    article = new_article(text)
    for name, kind in [("Sable Front", "Organization"), ("Karim Diallo", "Person"), ("Ledger", "Organization")]:
        article.entity(name, kind)
    police = article.claim("the Sable Front carried out the bombing", source="Police")
    planted = article.claim("The story could have been planted.", certainty="possible", stance="disputes")
    article.claims[-1] = replace(planted, stance_target=police.id, stance_cues=("could have been planted",))
    ledger = article.claim("Karim Diallo as a veteran of the war.", source="Ledger", stance="disputes")
    article.claims[-1] = replace(ledger, stance_cues=("erroneously",))
    found = by_kind(contradictions(make_store(db_url, article)), "dispute")
    assert [(c.fact, c.a.value, c.note) for c in found] == [
        ("Karim Diallo as a veteran of the war.", "Ledger", "erroneously"),
        ("the Sable Front carried out the bombing", "Police", "could have been planted"),
    ]
    assert sources(found[0].b) == [("author", "The Ledger erroneously describes Karim Diallo as a veteran of the war.")]
    assert sources(found[1].b) == [("author", "The story could have been planted.")]
    about = contradictions(make_store(db_url), about="Karim Diallo")  # named in the disputed claim
    assert [c.a.value for c in about] == ["Ledger"]


def test_country_names() -> None:
    assert [country_code(n) for n in ("Mali", "eastern Algeria", "the United States", "Atlantis", None)] == [
        "ML", "DZ", "US", None, None]


def test_unknown_entity_is_a_clear_error(sqlite_url: str, make_store) -> None:  # noqa: ANN001
    with pytest.raises(NotFoundError, match="no entity is named 'Atlantis'"):
        contradictions(make_store(sqlite_url), about="Atlantis")


def test_reports_at_one_place_are_one_incident_through_a_chain_of_overlapping_dates() -> None:
    """January, late January to mid-February, and February at one city: one incident, though
    January and February do not overlap; May there, an undated report, and February elsewhere
    are each their own."""
    from claimgraph.analyze.incidents import incidents
    from claimgraph.model import Event
    from claimgraph.store.graph_queries import EventView, Support

    def report(ident: str, date: str | None, place: str = "city-1") -> EventView:
        event = Event(ident, "doc", "attack", 0, 6, "attack", date=date, place=place, place_text=place,
                      place_precision="city")
        return EventView(event, None, place, Support(None, None, None, None, None, None, None, (), "doc", None))

    views = [report("jan", "2020-01"), report("may", "2020-05"), report("feb", "2020-02"), report("undated", None),
             report("bridge", "2020-01-20/2020-02-10"), report("elsewhere", "2020-02", "city-2")]
    groups = [[v.event.id for v in group] for group in incidents(views)]
    assert groups == [["jan", "feb", "bridge"], ["may"], ["undated"], ["elsewhere"]]
