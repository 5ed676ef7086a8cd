#!/usr/bin/env python3
"""Hand annotation (gold) for benchmarks/devset/docs/factcheck_vaccine_claim.txt.

FICTIONAL dev document written for the claimgraph development set; annotated by hand before
any claimgraph run.  Builds the gold with the shared goldlib and writes
benchmarks/devset/gold/factcheck_vaccine_claim.json.

goldlib is looked up in: <project root>/shared/eval (Path(__file__).resolve().parents[3]),
<project root>/../shared/eval (the sibling shared folder), then $CLAIMGRAPH_SHARED (or its eval/).
"""
from pathlib import Path

HERE = Path(__file__).resolve()
DEVSET = HERE.parents[1]
NAME = "factcheck_vaccine_claim"


from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

g = Gold(DEVSET / "docs" / f"{NAME}.txt", "2025-06-18")
E, R, A, H, S, V, T = g.ent, g.rel, g.attr, g.hedge, g.stance, g.event, g.timex
L = "Location"; O = "Organization"; P = "Person"; EV = "Event"

# ------------------------------------------------------------------ entities
E("ashby", L, ["ASHBY", "Ashby"], ["the county seat"], fictional=True)
E("michigan", L, ["Mich."], canonical_name="Michigan",
  note="also implied by 'state' in 'state figures', 'state privacy law', 'the state House'")
E("merriwether_county", L, ["Merriwether County"], ["the county", "this county"], fictional=True,
  note="'the county' is often metonymic for the county government/health department ('the county has recorded', "
       "'the county had refused'); kept on the place, the department is a separate entity")
E("mchd", O, ["Merriwether County Health Department"], ["the department", "the health agency"],
  fictional=True)
E("dale_kimbrough", P, ["Dale Kimbrough", "Kimbrough", "Representative Kimbrough"],
  ["Lawmaker", "state Rep.", "the lawmaker"], fictional=True)
E("state_house", O, [], ["the state House"], note="the Michigan House of Representatives")
E("kimbrough_office", O, [], ["Kimbrough's office", "his office"])
E("tara_wendell", P, ["Tara Wendell", "Wendell"], ["Kimbrough's spokeswoman"], fictional=True)
E("renata_olsen", P, ["Dr. Renata Olsen", "Olsen"], ["the county's medical director"], fictional=True)
E("ben_adair", P, ["Ben Adair"], ["A department spokesman"], fictional=True)
E("cdc", O, ["Centers for Disease Control and Prevention"],
  note="real agency; the 97 percent two-dose effectiveness figure attributed to it is its published figure")
E("state_figures", O, [], ["state figures"],
  note="Michigan state vaccination data as a source (cf. 'Registry documents' in the sanctions gold)")
E("community_immunization_study", O, [],
  ["A 2023 study published in the Journal of Community Immunization"], fictional=True,
  note="a publication as source (typed Organization, as sources are); its publication is the event "
       "study_publication_2023")
E("journal_of_community_immunization", O, ["Journal of Community Immunization"], fictional=True)
E("united_states", L, ["United States"])
E("canada", L, ["Canada"])
E("ohio", L, ["Ohio"])
E("vaers", O, ["Vaccine Adverse Event Reporting System", "VAERS"],
  note="real federal reporting system (database), typed Organization; the three entries described are invented")
E("anti_vaccine_groups", O, [], ["anti-vaccine groups in at least six states"], generic=True)
E("nurse", P, [], ["a nurse who is worried about what she is seeing"], unnamed=True,
  note="mentioned only inside Wendell's quote as the origin of an unseen document")
E("adult_in_ohio", P, [], ["an adult in Ohio"], unnamed=True, note="subject of a VAERS entry")
E("car_crash_man", P, [], ["a man who died in a car crash two months after he was vaccinated"], unnamed=True,
  note="subject of a VAERS entry")
E("this_newspaper", O, [], ["this newspaper"],
  note="the author's own outlet (unnamed); its findings have source 'author'")
# events
E("measles_outbreak_2025", EV, [], ["the outbreak", "the Merriwether County outbreak"])
E("kimbrough_video_2025", EV, [], ["A video", "the video", "the same video"],
  note="the video posted 'last Thursday'; a publication event")
E("town_hall_2025", EV, [], ["a town hall meeting in Ashby"])
E("situation_update_2025", EV, [], ["the department's April 9 situation update", "an official document",
                                    "the county's own report"],
  note="'the county's own report' (Kimbrough) most likely designates this update - the reading the author "
       "proposes ('appears to have read'); ambiguous")
E("case_records_request", EV, [], ["a public records request", "the request"])
E("death_records_request_2025", EV, [], [], note="clausal: 'which this newspaper requested in May'")
E("study_publication_2023", EV, [], [], note="clausal: 'A 2023 study published in ...'")
E("alleged_vaccine_deaths", EV, [], ["three deaths"],
  note="claimed by Kimbrough ('three deaths from the MMR shot since 2020'); the author finds no evidence they "
       "happened (disputed, hypothetical for the author)")
E("car_crash_death", EV, [], ["a car crash"], note="death described in a VAERS entry; undated")
E("vaers_report_2019", EV, [], [], note="clausal: 'one was filed in 2019'")

# ----------------------------------------------------------------- relations
R("ashby", "located_in", "michigan", "ASHBY, Mich.")
R("ashby", "located_in", "merriwether_county", "Ashby, the county seat", note="county seat of Merriwether County")
R("merriwether_county", "located_in", "michigan", "people who caught measles in Merriwether County", implicit=True,
  note="from the dateline")
R("dale_kimbrough", "holds_position", "state_house", "state Rep. Dale Kimbrough", role="state representative",
  alt_objects=["michigan"], alt_predicates=["member_of"])
R("measles_outbreak_2025", "located_in", "merriwether_county",
  "the people who caught measles in Merriwether County this spring", source="dale_kimbrough", time="2025-SP",
  note="inside Kimbrough's reported claim; uncontested part")
R("anti_vaccine_groups", "supported", "dale_kimbrough",
  "It has been shared by anti-vaccine groups in at least six states", qualifier="shared his video",
  ambiguous=True, note="amplification of the video; 'supported' is a loose fit")
R("town_hall_2025", "located_in", "ashby", "a town hall meeting in Ashby, the county seat, on Saturday",
  time="2025-06-14")
R("dale_kimbrough", "holds_position", "state_house", "who is serving his second term in the state House",
  role="state representative", qualifier="second term", alt_predicates=["member_of"])
R("state_house", "part_of", "michigan", "the state House", implicit=True, note="'state' = Michigan (dateline)")
R("mchd", "part_of", "merriwether_county", "Merriwether County Health Department", implicit=True,
  note="from the name")
R("renata_olsen", "holds_position", "mchd", "Dr. Renata Olsen, the county's medical director",
  role="medical director", alt_objects=["merriwether_county"])
R("community_immunization_study", "part_of", "journal_of_community_immunization",
  "A 2023 study published in the Journal of Community Immunization", qualifier="published in", time="2023",
  implicit=True, note="publication venue; no vocabulary predicate for 'published in'")
R("kimbrough_office", "part_of", "state_house", "Kimbrough's office", implicit=True,
  alt_predicates=["works_with"], alt_objects=["dale_kimbrough"], note="a legislator's office; inferred")
R("vaers", "part_of", "united_states", "the federal Vaccine Adverse Event Reporting System", implicit=True,
  note="'federal' = US federal government")
R("adult_in_ohio", "located_in", "ohio", "one concerns an adult in Ohio")
R("tara_wendell", "works_with", "dale_kimbrough", "Kimbrough's spokeswoman, Tara Wendell",
  qualifier="spokeswoman", alt_predicates=["holds_position"], alt_objects=["kimbrough_office"])
R("ben_adair", "holds_position", "mchd", "A department spokesman, Ben Adair", role="spokesman")
R("dale_kimbrough", "holds_position", "state_house", "including Representative Kimbrough",
  role="state representative", source="ben_adair", via=["mchd"], alt_objects=["michigan"],
  alt_predicates=["member_of"], note="title inside Adair's quote")

# -------------------------------------------------------------- attributions
A("Lawmaker's claim that 'nearly half' of county measles cases were vaccinated", "dale_kimbrough", "claim", False,
  partial_quote=True, note="headline; 'Lawmaker' = Kimbrough")
A("A video in which state Rep. Dale Kimbrough says that \"nearly half\" of the people who caught measles in Merriwether County this spring were fully vaccinated",
  "dale_kimbrough", "says", False, partial_quote=True)
A("Kimbrough repeated the claim at a town hall meeting in Ashby, the county seat, on Saturday.",
  "dale_kimbrough", "repeated the claim", False, note="content = the 'nearly half' claim (anaphoric)")
A("A second claim in the same video, that the county has recorded three deaths caused by the measles, mumps and rubella (MMR) vaccine since 2020, is false.",
  "dale_kimbrough", "A second claim in the same video", False,
  content="the county has recorded three deaths caused by the measles, mumps and rubella (MMR) vaccine since 2020")
A("THE CLAIM: \"Nearly half the people who caught measles here this spring were fully vaccinated. Think about that. The shot doesn't work.\"",
  "dale_kimbrough", "THE CLAIM:", True, note="headline-like sub-heading quoting the claim")
A("In the video, Kimbrough, who is serving his second term in the state House, holds up what he calls \"the county's own report\" and says 11 of the 23 people infected in the outbreak \"had their shots.\"",
  "dale_kimbrough", "says", False, partial_quote=True)
A("Records obtained by this newspaper show otherwise.", "mchd", "show", False,
  note="'Records' = the department's case summaries (next sentence), obtained by the newspaper; alt source: author")
A("Case summaries released by the Merriwether County Health Department in response to a public records request show that of the 23 confirmed cases between March 4 and May 30, 17 were in people who had never received a dose of MMR vaccine and two were in people with a record of a single dose.",
  "mchd", "show", False)
A("Dr. Renata Olsen, the county's medical director, said both fully vaccinated patients had mild illness and neither was admitted to a hospital.",
  "renata_olsen", "said", False, on_behalf_of="mchd")
A("\"Vaccinated people can still get measles, but it's rare, and when it happens it's usually much milder,\" she said. \"If the vaccine didn't work, we would be looking at hundreds of cases in this county, not 23.\"",
  "renata_olsen", "she said", True, on_behalf_of="mchd")
A("All six patients who needed hospital care were unvaccinated, as data from the health agency confirm.",
  "mchd", "as data from the health agency confirm", False)
A("Two doses of the vaccine are about 97 percent effective at preventing measles, according to the Centers for Disease Control and Prevention.",
  "cdc", "according to", False)
A("In Merriwether County, about 89 percent of kindergartners had received both doses in the 2023-24 school year, state figures show.",
  "state_figures", "show", False)
A("A 2023 study published in the Journal of Community Immunization, which examined 41 measles outbreaks in the United States and Canada, found that people with two doses accounted for a median of 8 percent of cases and that unvaccinated people were roughly 20 times as likely to be infected.",
  "community_immunization_study", "found", False)
A("THE SECOND CLAIM: Three deaths from the vaccine?", "dale_kimbrough", "THE SECOND CLAIM:", False,
  note="sub-heading paraphrasing the claim as a question")
A("In the same video, Kimbrough says the county \"has quietly recorded three deaths from the MMR shot since 2020.\"",
  "dale_kimbrough", "says", False, partial_quote=True)
A("County death records for 2020 through 2024, which this newspaper requested in May, list no death attributed to any vaccine.",
  "merriwether_county", "list", False, note="county records as source (the county government)")
A("Olsen said the department had \"never received a report, from any doctor or hospital, of a death linked to MMR vaccination in this county.\"",
  "renata_olsen", "said", False, partial_quote=True, on_behalf_of="mchd")
A("Kimbrough's office later pointed to three entries in the federal Vaccine Adverse Event Reporting System, or VAERS.",
  "kimbrough_office", "pointed to", False)
A("Kimbrough's spokeswoman, Tara Wendell, said in an email that the lawmaker \"stands by the substance of what he said\" and that the 11-of-23 figure came from \"a document provided by a nurse who is worried about what she is seeing.\"",
  "tara_wendell", "said in an email", False, partial_quote=True, on_behalf_of="dale_kimbrough")
A("Wendell also said the county had \"refused to release its case files,\"", "tara_wendell", "said", False,
  partial_quote=True, on_behalf_of="dale_kimbrough")
A("adding: \"If the county has nothing to hide, why won't it put every file on the table?\"", "tara_wendell",
  "adding", True, on_behalf_of="dale_kimbrough", note="rhetorical question (embedded in a conditional)")
A("A department spokesman, Ben Adair, said the same summaries were available to \"any member of the public, including Representative Kimbrough.\"",
  "ben_adair", "said", False, partial_quote=True, on_behalf_of="mchd")
A("The claim that the MMR vaccine has killed three people in the county since 2020 is False", "dale_kimbrough",
  "The claim that", False, content="the MMR vaccine has killed three people in the county since 2020",
  note="verdict restating the claim")
A("neither county records nor the federal reports his office cited support it", "kimbrough_office", "cited", False,
  content="the federal reports", note="the office's cited evidence (VAERS entries)")

# -------------------------------------------------------------------- hedges
H("?", "Three deaths from the vaccine?", "uncertain", note="question sub-heading")
H("could not be determined", "The vaccination status of the remaining two could not be determined.", "uncertain")
H("appears to", "Kimbrough appears to have read the running total as a count of vaccinated patients.", "probable",
  note="the author's inference about the source of the error")
H("borne out by", "Her account is borne out by the records.", "certain", note="booster (also a stance cue)")
H("confirm", "All six patients who needed hospital care were unvaccinated, as data from the health agency confirm.",
  "certain", note="booster (also a stance cue)")
H("well documented", "That pattern is well documented.", "certain", note="booster (also a stance cue)")
H("does not establish", "a report does not establish that a vaccine caused the problem described", "uncertain",
  note="a VAERS report leaves causation unestablished")
H("stands by", "the lawmaker \"stands by the substance of what he said\"", "certain",
  note="booster: Kimbrough (via Wendell) reaffirms the claim")
H("?", "If the county has nothing to hide, why won't it put every file on the table?", "uncertain",
  note="rhetorical question with a conditional premise; pragmatically an insinuation that the county hides files")

# ------------------------------------------------------------------- stances
S("Fact check: Lawmaker's claim that 'nearly half' of county measles cases were vaccinated is misleading",
  "dale_kimbrough", "disputes", "is misleading", note="headline verdict")
S("The figure is misleading.", "dale_kimbrough", "disputes", "is misleading")
S("A second claim in the same video, that the county has recorded three deaths caused by the measles, mumps and rubella (MMR) vaccine since 2020, is false.",
  "dale_kimbrough", "disputes", "is false")
S("Records obtained by this newspaper show otherwise.", "dale_kimbrough", "disputes", "show otherwise")
S("The number 11 does appear in an official document.", "dale_kimbrough", "endorses", "does appear",
  strength="weak", ambiguous=True,
  note="concession: the number exists in a county document (partial support for 'the county's own report'), "
       "immediately qualified by the next sentences; not an endorsement of the vaccinated-share claim")
S("Kimbrough appears to have read the running total as a count of vaccinated patients.", "dale_kimbrough",
  "disputes", "read the running total as a count of vaccinated patients",
  note="explains the claim as a misreading")
S("Her account is borne out by the records.", "renata_olsen", "endorses", "borne out by")
S("All six patients who needed hospital care were unvaccinated, as data from the health agency confirm.",
  "mchd", "endorses", "as data from the health agency confirm")
S("That pattern is well documented.", None, "endorses", "well documented",
  note="no named source in the sentence; the documentation is the study cited next "
       "(alt target: community_immunization_study)")
S("Even by that measure, a county in which half the patients were fully vaccinated would be a striking outlier, and Merriwether County is not one.",
  "dale_kimbrough", "disputes", "would be a striking outlier")
S("There is no evidence for this.", "dale_kimbrough", "disputes", "no evidence")
S("The three entries, which this newspaper reviewed, do not fit the claim", "kimbrough_office", "disputes",
  "do not fit the claim")
S("Even if all three had involved county residents, they would not show that the vaccine killed anyone.",
  "kimbrough_office", "disputes", "would not show", note="concessive conditional")
S("She did not provide the document.", "tara_wendell", "disputes", "did not provide the document",
  strength="weak", ambiguous=True, note="implicit doubt about the unseen source document; alt: neutral")
S("That is not accurate.", "tara_wendell", "disputes", "not accurate",
  note="targets Wendell's 'refused to release its case files'")
S("THE VERDICT: Misleading.", "dale_kimbrough", "disputes", "Misleading")
S("Two of the 23 people who caught measles in the Merriwether County outbreak had been fully vaccinated, not nearly half.",
  "dale_kimbrough", "disputes", "not nearly half")
S("The claim that the MMR vaccine has killed three people in the county since 2020 is False", "dale_kimbrough",
  "disputes", "is False")
S("neither county records nor the federal reports his office cited support it", "kimbrough_office", "disputes",
  "neither")

# -------------------------------------------------------------------- events
V("measles_outbreak_2025", "outbreak", "2025-03-04/2025-05-30", "merriwether_county",
  {"cases": 23, "hospitalized": 6, "unvaccinated": 17, "one_dose": 2, "fully_vaccinated": 2, "status_unknown": 2},
  [("mchd", "responder")],
  "of the 23 confirmed cases between March 4 and May 30",
  subtype="measles outbreak",
  numbers_by_source=[
      {"source": "dale_kimbrough", "numbers": {"cases": 23, "vaccinated": 11},
       "evidence": "says 11 of the 23 people infected in the outbreak \"had their shots.\"",
       "author_stance": "disputes"},
      {"source": "mchd", "time": "2025-04-09", "numbers": {"cases": 11},
       "qualifier": "running total on April 9, all cases regardless of vaccination",
       "evidence": "It is in the department's April 9 situation update, but it counted all cases confirmed up to that date, vaccinated or not."},
      {"source": "mchd", "numbers": {"cases": 23, "unvaccinated": 17, "one_dose": 2, "fully_vaccinated": 2,
                                     "status_unknown": 2},
       "evidence": "of the 23 confirmed cases between March 4 and May 30, 17 were in people who had never received a dose of MMR vaccine and two were in people with a record of a single dose"},
      {"source": "mchd", "numbers": {"hospitalized": 6, "hospitalized_unvaccinated": 6},
       "evidence": "All six patients who needed hospital care were unvaccinated"}])
V("kimbrough_video_2025", "publication", "2025-06-12", None, {"views": 1200000, "states_shared": 6},
  [("dale_kimbrough", "actor"), ("anti_vaccine_groups", "amplifier")],
  "A video in which state Rep. Dale Kimbrough says", subtype="social media video",
  numbers_note="'more than 1.2 million' views; shared in 'at least six' states")
V("town_hall_2025", "meeting", "2025-06-14", "ashby", {},
  [("dale_kimbrough", "actor")],
  "Kimbrough repeated the claim at a town hall meeting in Ashby, the county seat, on Saturday.",
  subtype="town hall meeting")
V("situation_update_2025", "publication", "2025-04-09", None, {"cases": 11},
  [("mchd", "actor")], "the department's April 9 situation update", subtype="outbreak situation update")
V("case_records_request", "other", None, None, {"cases_released": 23},
  [("this_newspaper", "requester"), ("mchd", "responder")],
  "Case summaries released by the Merriwether County Health Department in response to a public records request",
  subtype="public records request (case summaries)",
  note="undated; answered 'within a week of the request'")
V("death_records_request_2025", "other", "2025-05", None, {},
  [("this_newspaper", "requester"), ("merriwether_county", "responder")],
  "County death records for 2020 through 2024, which this newspaper requested in May",
  subtype="public records request (death records)")
V("study_publication_2023", "publication", "2023", None,
  {"outbreaks": 41, "median_share_fully_vaccinated_pct": 8, "relative_risk_unvaccinated": 20},
  [("community_immunization_study", "result"), ("journal_of_community_immunization", "venue")],
  "A 2023 study published in the Journal of Community Immunization", subtype="scientific study")
V("alleged_vaccine_deaths", "death", "2020/2025-06-18", "merriwether_county", {},
  [],
  "has quietly recorded three deaths from the MMR shot since 2020",
  subtype="deaths attributed to MMR vaccination (claimed)", claimed_by="dale_kimbrough", author_stance="disputes",
  polarity="negative",
  numbers_by_source=[
      {"source": "dale_kimbrough", "numbers": {"deaths": 3},
       "evidence": "has quietly recorded three deaths from the MMR shot since 2020"},
      {"source": "merriwether_county", "time": "2020/2024", "numbers": {"deaths": 0},
       "evidence": "list no death attributed to any vaccine"}],
  note="claimed event the author finds unsupported ('There is no evidence for this'; verdict 'False'); numbers "
       "left empty because the document's own finding is that no such deaths are recorded")
V("car_crash_death", "death", None, None, {"deaths": 1},
  [("car_crash_man", "victim")],
  "a man who died in a car crash two months after he was vaccinated",
  subtype="traffic death (VAERS entry)", note="undated; reported in a VAERS entry")
V("vaers_report_2019", "other", "2019", None, {},
  [("vaers", "venue")], "one was filed in 2019", subtype="adverse-event report filed")

# ------------------------------------------------------------------- timexes
T("June 18, 2025", "2025-06-18", function="publication_date")
T("this spring", "2025-SP", occ=0)
T("last Thursday", "2025-06-12")
T("Saturday", "2025-06-14")
T("2020", "2020", occ=0, signal="since", note="open interval 2020/.. on the claim")
T("this spring", "2025-SP", occ=1, note="inside Kimbrough's quote; anchored on the video date 2025-06-12")
T("March 4", "2025-03-04")
T("May 30", "2025-05-30")
T("April 9", "2025-04-09")
T("that date", "2025-04-09", anaphoric=True)
T("the 2023-24 school year", "2023/2024", alt_values=["2023-09/2024-06"],
  note="school year, roughly September 2023 to June 2024")
T("2023", "2023", ctx="A 2023 study")
T("2020", "2020", occ=1, signal="since")
T("2020 through 2024", "2020/2024")
T("May", "2025-05", ctx="requested in May")
T("2019", "2019")
T("two months", "P2M", type="duration", note="after the man's vaccination (undated anchor)")
T("a week", "P1W", type="duration", note="signal 'within ... of the request'")
T("2020", "2020", ctx="in the county since 2020", signal="since")

# -------------------------------------------------------------------- notes
g.notes += [
    "An event dated 'since X' runs from X to the document's date (the shared gold's convention: health_report's 'since Sept. 28' is 2024-09-28/2024-10-15), not to an open end.",
    "FICTIONAL dev document (own wording), written for the claimgraph development set and annotated by hand before any "
    "run: Ashby, Merriwether County, its health department, Dale Kimbrough, Tara Wendell, Renata Olsen, Ben Adair, the "
    "Journal of Community Immunization and its study are invented; Michigan, Ohio, the US, Canada, the CDC and VAERS "
    "are real. The CDC figure (two MMR doses about 97 percent effective against measles) is CDC's published figure; "
    "the three VAERS entries are invented. errors: none.",
    "published = dateline date 2025-06-18 (Wednesday): 'last Thursday' = 2025-06-12, 'on Saturday' = 2025-06-14, "
    "'this spring' = 2025-SP, 'March 4'/'May 30'/'April 9' = 2025, 'in May' = 2025-05; 'since 2020' -> text '2020' "
    "(signal since, relation time 2020/..).",
    "Fact-check stance: the author disputes Kimbrough's claims (headline and verdict 'misleading'/'Misleading', "
    "'is false'/'is False', 'show otherwise', 'no evidence', 'not nearly half', 'a striking outlier', 'read the running "
    "total as'), his office's evidence ('do not fit the claim', 'would not show', 'neither ... support it') and "
    "Wendell's 'refused to release' ('not accurate'; weak: 'did not provide the document'); endorses the health "
    "department ('as data from the health agency confirm'), Olsen ('borne out by') and the unnamed documentation "
    "('well documented', target null like 'Amply documented' in the founding gold). 'The number 11 does appear' is a "
    "weak, ambiguous concession (endorses only that the number exists in a county document).",
    "Certainty per source: Kimbrough's, Olsen's, the CDC's, the study's and the department's plain statements are "
    "'certain' for their source (the claimant's false statements are certain for him; the author's disputes are "
    "stances, not certainty). 'appears to' = probable; 'could not be determined', 'does not establish' = uncertain; "
    "question sub-heading and rhetorical question = uncertain; boosters ('borne out by', 'confirm', 'well documented', "
    "'stands by') = certain. Generic ability 'can' (Vaccinated people can still get measles) and frequency 'usually' "
    "are not hedges; 'roughly 20 times as likely' is a statistic, not a hedge; approximators (nearly, about, more than) "
    "are not hedges.",
    "Conditionals: Olsen's counterfactual 'If the vaccine didn't work, we would be looking at hundreds of cases' asserts "
    "(by implication) that the vaccine works - not a hedge; the author's concessive 'Even if all three had involved "
    "county residents, they would not show ...' is a stance (disputes), not a hedge; Wendell's 'If the county has "
    "nothing to hide, why won't it ...?' is a rhetorical question (uncertain) whose premise insinuates concealment.",
    "Embedded questions: 'Asked whether Kimbrough would correct or remove the video, Wendell did not respond.' is no "
    "claim (no attribution, no stance).",
    "Attribution of records: 'Records obtained by this newspaper show otherwise' -> the department's case summaries "
    "(source mchd; alt author); 'County death records ... list' -> merriwether_county (county government); 'state "
    "figures show' -> descriptive source state_figures; the 2023 study is a source entity (Organization) with a "
    "separate publication event. Sub-headings 'THE CLAIM:' / 'THE SECOND CLAIM:' and verdict restatements ('The claim "
    "that ...') are attributions of Kimbrough's claim (cue as written).",
    "Relations are few because the disputed content (vaccination shares, vaccine-caused deaths) has no predicate in "
    "the closed vocabulary; it is carried by attributions, stances and event numbers_by_source (11 of 23 vs 2 of 23; "
    "3 deaths vs none recorded). Candidate extension: a 'caused' / 'linked_to' predicate.",
    "The MMR vaccine and measles are not entities (no product/disease type). 'this newspaper' = the author's outlet "
    "(entity kept for event participant roles; claims by it are source 'author').",
    "Event types from DESIGN's full vocabulary (outbreak, publication, meeting, death, other); alleged_vaccine_deaths "
    "is a claimed event the author rejects (polarity negative, claimed_by, author_stance disputes). Event roles beyond "
    "the shared list: amplifier, requester, responder, venue, result, victim, actor.",
    "Timexes: the school year '2023-24' is an interval 2023/2024; 'under 5' (age without a unit) is not marked.",
    "cross_doc: not applicable (unrelated domain).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
