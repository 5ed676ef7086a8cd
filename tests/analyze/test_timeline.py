"""The timeline: TimeML values as spans of days, and dated events, relations and claims in order
from a small hand-built store (both dialects)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from claimgraph.analyze import date_span, timeline
from claimgraph.analyze.timeline import is_citation_date
from claimgraph.errors import NotFoundError
from claimgraph.model import Timex
from claimgraph.store import open_engine, save_extraction


@pytest.mark.parametrize(("value", "expected"), [
    ("2015-11-20", ("2015-11-20", "2015-11-20", "day")),
    ("2015-11-20T07:00", ("2015-11-20", "2015-11-20", "day")),
    ("2015-06", ("2015-06-01", "2015-06-30", "month")),
    ("2016-02", ("2016-02-01", "2016-02-29", "month")),
    ("2013", ("2013-01-01", "2013-12-31", "year")),
    ("199", ("1990-01-01", "1999-12-31", "decade")),
    ("19", ("1900-01-01", "1999-12-31", "century")),
    ("1979/1989", ("1979-01-01", "1989-12-31", "span")),
    ("2006-08/2008", ("2006-08-01", "2008-12-31", "span")),
    ("2015-W47", ("2015-11-16", "2015-11-22", "week")),
    ("2015-Q3", ("2015-07-01", "2015-09-30", "quarter")),
    ("2015-WI", ("2015-12-01", "2016-02-29", "season")),
    ("PRESENT_REF", ("2015-11-21", "2015-11-21", "document")),
    ("P5D", None),
    ("XXXX-06", None),
    ("2015-13", None),
    ("1989/1979", None),
    ("", None),
])
def test_date_spans(value: str, expected: tuple[str, str, str] | None) -> None:
    span = date_span(value, anchor="2015-11-21")
    assert (span and (span.start.isoformat(), span.end.isoformat(), span.precision)) == expected or (
        span is None and expected is None)


def test_references_need_a_document_date() -> None:
    assert date_span("PAST_REF") is None
    assert date_span("PAST_REF", "2015-11").start == date(2015, 11, 1)


@pytest.mark.parametrize(("text", "date_text", "citation"), [
    ("(The Independent, November 20, 2015)", "November 20, 2015", True),
    ("(quoted by Jeune Afrique June 2012)", "June 2012", True),
    ("Al Qaeda: The Database, Global Research, November 20, 2005, emphasis added)", "November 20, 2005", True),
    ("BAMAKO, Nov 21 (Sahel Wire) - Gunmen stormed a hotel.", "Nov 21", True),
    ("He did not fight in the Soviet-Afghan war (1979-1989).", "1979-1989", False),
    ("Belmokhtar (born in 1972) did not fight.", "1972", False),
    ("The report (November 20) concludes that", "November 20", False),
    ("He was recruited in 1991, at the age of 19.", "1991", False),
])
def test_citation_dates(text: str, date_text: str, citation: bool) -> None:
    start = text.index(date_text)
    assert is_citation_date(text, start, start + len(date_text)) is citation


def dated(article, published: str, *timexes: tuple[str, str]):  # noqa: ANN001, ANN201 - an Extraction
    """The article's extraction with its publication date and timexes (text as written, value)."""
    extraction = article.extraction()
    found = tuple(Timex(article.id, *article.span(text), text, value) for text, value in timexes)
    return replace(extraction, timexes=found, document=replace(extraction.document, published=published))


@pytest.fixture
def engine(db_url: str, new_article):  # noqa: ANN001, ANN201
    first = new_article(
        "Orion Agency recruited Karim Diallo in 1991. Karim Diallo fought in the war of 1979-1989. "
        "Since 2004 Karim Diallo has led the Sable Front. The Sable Front attacked Tarvo on November 20, 2015. "
        "Karim Diallo now lives in Tarvo. (Harbor Post, June 3, 2012)", title="A profile")
    for name, kind in [("Orion Agency", "Organization"), ("Karim Diallo", "Person"), ("Sable Front", "Organization"),
                       ("Tarvo", "Location")]:
        first.entity(name, kind)
    first.claim("Orion Agency recruited Karim Diallo in 1991.")
    war = first.claim("Karim Diallo fought in the war of 1979-1989.", source="officials", certainty="reported")
    first.event(war, "war", type="war", people=(("agent", "Karim Diallo"),))
    first.events[-1] = replace(first.events[-1], date="1979/1989", date_precision="span")
    led = first.claim("Since 2004 Karim Diallo has led the Sable Front.")
    first.relation(led, "Karim Diallo", "leader_of", "Sable Front")
    first.relations[-1] = replace(first.relations[-1], time="2004", time_kind="since")
    attack = first.claim("The Sable Front attacked Tarvo on November 20, 2015.")
    first.event(attack, "attacked", date="2015-11-20", place="Tarvo", people=(("perpetrator", "Sable Front"),))
    first.claim("Karim Diallo now lives in Tarvo.")
    second = new_article("Karim Diallo was born in 1972 in Tarvo.", title="Who is who")
    second.entity("Karim Diallo", "Person")
    second.relation(second.claim("Karim Diallo was born in 1972 in Tarvo."), "Karim Diallo", "born_on", "1972")
    second.relations[-1] = replace(second.relations[-1], object_literal="1972")
    engine = open_engine(db_url)
    save_extraction(engine, dated(first, "2015-11-21", ("1991", "1991"), ("1979-1989", "1979/1989"),
                                  ("2004", "2004"), ("November 20, 2015", "2015-11-20"), ("now", "PRESENT_REF"),
                                  ("June 3, 2012", "2012-06-03")))
    save_extraction(engine, dated(second, "2016-01-10", ("1972", "1972")))
    return engine


def test_timeline_orders_dates_with_precision_and_sources(engine) -> None:  # noqa: ANN001
    found = timeline(engine)
    assert [(e.value, e.precision, e.kind) for e in found] == [
        ("1972", "year", "relation"),
        ("1979/1989", "span", "event"),
        ("1991", "year", "claim"),
        ("2004", "year", "relation"),
        ("2015-11-20", "day", "event"),
        ("PRESENT_REF", "document", "claim"),
    ]
    born, war, recruited, leads, attack, now = found
    assert born.what == "Karim Diallo –born_on→ 1972" and born.sources[0].document_title == "Who is who"
    assert war.what == "war (1979/1989) · agent Karim Diallo"
    assert (war.sources[0].source, war.sources[0].certainty) == ("officials", "reported")
    assert recruited.what == "Orion Agency recruited Karim Diallo in 1991." and recruited.sources[0].date_text == "1991"
    assert leads.what == "Karim Diallo –leader_of→ Sable Front (since 2004)"
    assert attack.what.startswith("attack in Tarvo (2015-11-20)") and len(attack.sources) == 1
    assert (now.start, now.what) == ("2015-11-21", "Karim Diallo now lives in Tarvo.")  # the document's date


def test_timeline_about_an_entity_or_of_a_document(engine) -> None:  # noqa: ANN001
    about = [e.value for e in timeline(engine, about="Sable Front")]
    assert about == ["2004", "2015-11-20"]
    second = timeline(engine, document=next(e.sources[0].document for e in timeline(engine) if e.value == "1972"))
    assert [e.value for e in second] == ["1972"]
    with pytest.raises(NotFoundError):
        timeline(engine, about="Atlantis")
