#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for
benchmarks/devset/docs/aviation_crash_inquiry.txt -> benchmarks/devset/gold/aviation_crash_inquiry.json

Fictional aviation/accident-inquiry wire story: a preliminary report by Kenya's Air Accident Investigation Bureau (AAIB;
later 'the bureau') into the crash of a regional airline's turboprop (Jacaranda Express Flight JX 412) near Kisumu;
competing tolls (the bureau's 31 dead on board vs the county's 33 with two farm workers on the ground), the chief
investigator quoted over two sentences, hedged findings ('appeared to', 'probably', 'may have'), the aircraft's
technical log as a document source relayed by the report (factive 'show'), internal company emails seen by a Nairobi
newspaper (document source via the newspaper), the airline's chief executive whose 'passed every inspection' the
writer says the log contradicts (stance), a union leader whose account of two earlier regulator fines the writer
endorses ('correctly noted'), an anonymous regulator official ('is believed to', 'allegedly'), a cabinet secretary's
claim the writer calls false (stance, with the 2021 Eldoret emergency landing as counter-evidence), ownership
(subsidiary of a Mombasa group, majority owner), an aircraft bought from a Dublin lessor, memberships, the families'
lawsuit and their lawyer quoted over two sentences.  Built with the shared goldlib; events follow the shared
validator's list like labour_port_strike (a DESIGN type it lacks is 'other' with the DESIGN word leading the
subtype)."""
from pathlib import Path

HERE = Path(__file__).resolve()
DEVSET = HERE.parents[1]                    # benchmarks/devset

from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "aviation_crash_inquiry"
PUB = "2026-03-11"  # dateline: NAIROBI, Kenya, March 11, 2026 (a Wednesday)
g = Gold(DEVSET / "docs" / f"{NAME}.txt", PUB)

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("nairobi", "Location", ["NAIROBI", "Nairobi"],
  note="dateline; 'Nairobi's Wilson Airport', 'a news briefing in Nairobi', 'a Nairobi newspaper', 'the High Court in "
       "Nairobi'")
E("kenya", "Location", ["Kenya", "Kenyan"],
  note="dateline; 'Kenya's Air Accident Investigation Bureau'; 'Kenyan turboprop' (headline) and 'Kenyan-registered' "
       "(demonym, as 'Qatari' in diplomacy_ceasefire_talks); 'Kenya' also inside 'Kenya Civil Aviation Authority'")
E("kisumu", "Location", ["Kisumu"],
  note="'crashed near Kisumu', 'landed in Kisumu', 'maintenance base in Kisumu', 'in hospital in Kisumu'; also inside "
       "'Kisumu International Airport', 'Kisumu County' and 'the Kisumu base'")
E("kibos", "Location", ["Kibos"])
E("sugarcane_field", "Location", [], ["a sugarcane field near Kibos"], note="crash site")
E("kisumu_airport", "Location", ["Kisumu International Airport"], ["the airport"],
  note="'tried to return to the airport'")
E("wilson_airport", "Location", ["Wilson Airport"], note="the flight's destination")
E("kisumu_base", "Location", [], ["the airline's maintenance base in Kisumu", "the Kisumu base", "the base"],
  note="facility typed Location; 'the Kisumu base' x2 (KCAA official; the suit); 'the base' in Kiprotich's quote")
E("montreal", "Location", ["Montreal"])
E("canada", "Location", ["Canada"])
E("dublin", "Location", ["Dublin"])
E("mombasa", "Location", ["Mombasa"], note="inside 'a Mombasa-based group'")
E("eldoret", "Location", ["Eldoret"])
# vehicles (typed Location, as the tanker in maritime_tanker_sanctions: a facility-like object)
E("aircraft", "Location", [],
  ["a Jacaranda Express turboprop", "the aircraft", "The aircraft", "a Northgate N-70", "crashed Kenyan turboprop"],
  note="the crashed aircraft (no registration given); 'the aircraft' x4 (incl. 'the aircraft's technical log'), 'The "
       "aircraft' x1; 'Northgate N-70' is the type. Its engines ('its left engine', 'the right engine', 'the engine') "
       "are parts, not annotated as entities")
E("other_aircraft", "Location", [], ["its three other aircraft of the same type"], generic=True,
  note="'two of them' returned to service")
E("aircraft_2021", "Location", [], ["a Jacaranda Express aircraft"], note="the 2021 Eldoret emergency landing")

# organizations
E("jacaranda", "Organization", ["Jacaranda Express"],
  ["the airline", "The airline", "the company", "This airline"], fictional=True,
  note="'Jacaranda Express' x8 (incl. 'a Jacaranda Express turboprop/aircraft'); 'the airline' x6 (incl. 'the "
       "airline's'), 'The airline' x2; 'the company' x2 ('On Tuesday the company said', 'joined the company') - the "
       "third 'the company' (Dubois: 'whether the company had sent') is Northgate; 'This airline' in Kiprotich's "
       "quote; 'It grounded'; 'internal company emails' is attributive")
E("aaib", "Organization", ["Air Accident Investigation Bureau", "AAIB"], ["the bureau", "The bureau"],
  fictional=True,
  note="acronym in brackets after the full name; 'AAIB' x2 (incl. Wafula's quote); 'The bureau said' x2, 'the bureau's' "
       "x2; fictional body (Kenya's real investigator is named differently)")
E("aaib_investigators", "Person", ["investigators", "Investigators", "the investigators"], generic=True,
  name_kind="descriptive",
  note="the bureau's investigators: 'investigators say' (headline), 'Investigators are also examining', 'the work of "
       "the investigators' (the airline's statement)")
E("kisumu_county", "Organization", ["Kisumu County"], ["the county"],
  note="the county government: 'according to the county'")
E("kisumu_dmo", "Organization", [], ["Kisumu County's disaster management office"])
E("technical_log", "Organization", [], ["the aircraft's technical log", "the technical log in the bureau's own report"],
  note="cited document as a source (as 'a police document seen by this agency' in terror_bombing_claim): the "
       "airline's log, 'reproduced in the report'")
E("company_emails", "Organization", [], ["internal company emails seen by the Daily Horizon", "the emails"],
  note="cited documents as a source, relayed by the newspaper (via daily_horizon)")
E("daily_horizon", "Organization", ["Daily Horizon"], ["a Nairobi newspaper"], fictional=True)
E("northgate", "Organization", ["Northgate Aerospace", "Northgate"], ["the manufacturer", "the company"],
  fictional=True,
  note="'Northgate Aerospace' x2, 'Northgate said'; 'Northgate' also inside the type name 'Northgate N-70'; 'the "
       "company' in Dubois's sentence ('whether the company had sent any guidance')")
E("aldercrest", "Organization", ["Aldercrest Leasing"], ["a lessor based in Dublin"], fictional=True)
E("operators", "Organization", ["operators"], generic=True, name_kind="descriptive",
  note="operators of the type ('guidance to operators')")
E("lakeshore", "Organization", ["Lakeshore Holdings"], ["a Mombasa-based group"], fictional=True)
E("regulators", "Organization", ["regulators"], generic=True, name_kind="descriptive",
  note="'in trouble with regulators before' (the KCAA's fines follow)")
E("kcaa", "Organization", ["Kenya Civil Aviation Authority", "KCAA"], ["the authority", "The authority"],
  note="real regulator; every statement and action attributed to it here is fictional. Acronym in brackets; 'KCAA' x4 "
       "(incl. 'A senior KCAA official'); 'the authority' ('the authority had opened'), 'The authority's director "
       "general'")
E("kcaa_inspectors", "Person", ["inspectors"], generic=True, name_kind="descriptive",
  note="the KCAA's inspectors ('inspectors were believed to have found')")
E("rau", "Organization", ["Regional Aviators' Union"], fictional=True, note="'whose union represents'")
E("rau_members", "Person", ["about 300 pilots and engineers"], generic=True, name_kind="descriptive")
E("eaawf", "Organization", ["East African Aviation Workers' Federation"], fictional=True)
E("kenya_government", "Organization", [], ["the government"], note="'The crash has embarrassed the government'")
E("parliament", "Organization", ["parliament"], name_kind="descriptive", note="Kenya's parliament ('told parliament')")
E("mutua_office", "Organization", [], ["Mutua's office"])
E("high_court", "Organization", ["High Court"], ["the High Court in Nairobi"])

# people
E("miriam_otieno", "Person", ["Miriam Otieno", "Otieno"], ["the bureau's chief investigator"], fictional=True,
  note="'Otieno cautioned'")
E("peter_omondi", "Person", ["Peter Omondi"], ["chief executive of Jacaranda Express"], fictional=True)
E("claire_dubois", "Person", ["Claire Dubois"], ["A spokeswoman for the manufacturer"], fictional=True)
E("harun_gitau", "Person", ["Harun Gitau", "Gitau"], ["the businessman"], fictional=True)
E("joseph_kiprotich", "Person", ["Joseph Kiprotich", "Kiprotich"], ["general secretary of the Regional Aviators' Union"],
  fictional=True, note="'said Kiprotich, whose union'")
E("kcaa_official", "Person", ["A senior KCAA official"], unnamed=True, name_kind="descriptive",
  note="'who spoke on condition of anonymity because he was not authorised to discuss the case'")
E("beatrice_wafula", "Person", ["Beatrice Wafula"], ["The authority's director general"], fictional=True)
E("collins_mutua", "Person", ["Collins Mutua", "Mutua"], ["the cabinet secretary for roads and transport"],
  fictional=True, note="'Mutua' inside 'Mutua's office'")
E("samuel_njoroge", "Person", ["Samuel Njoroge", "Samuel"], ["The captain of Flight JX 412"], fictional=True,
  note="'Samuel' in his brother's quote; 'Njoroge' alone ('Njoroge's brother') is his surname, shared with Daniel")
E("aisha_wekesa", "Person", ["Aisha Wekesa"], ["The first officer"], fictional=True)
E("daniel_njoroge", "Person", ["Daniel Njoroge"], ["Njoroge's brother"], fictional=True)
E("njoroge_family", "Person", [], ["the family"], generic=True, note="the captain's family (his brother speaks for it)")
E("crew", "Person", [], ["The crew of a Jacaranda Express turboprop", "the crew", "the pilots", "pilots"],
  generic=True,
  note="the two pilots of Flight JX 412 (Njoroge and Wekesa: 'Both were killed'); 'the crew' x2, 'the pilots' "
       "(Otieno); 'pilots reported \"abnormal vibration\"' (technical log) - the lead says it was the crew who "
       "'had twice reported vibration', so these pilots are read as the crew (ambiguous: the log may mean other crews)")
E("mechanics", "Person", [], ["mechanics at the airline's maintenance base in Kisumu", "mechanics", "Mechanics"],
  generic=True, note="'mechanics found \"no defect\"' (lead), 'Mechanics were under pressure' (Kiprotich), 'pressed "
                     "mechanics' (the suit)")
E("senior_engineer", "Person", [], ["a senior engineer"], unnamed=True)
E("jacaranda_engineers", "Person", [], ["its own engineers"], generic=True)
E("jacaranda_managers", "Person", [], ["managers at the Kisumu base"], generic=True)
E("on_board", "Person", [], ["the 44 people on board"], generic=True,
  note="'31 of the 44 people on board were killed'")
E("survivors", "Person", [], ["Thirteen passengers"], generic=True, note="'four of them remain in hospital'")
E("farm_workers", "Person", [], ["two farm workers who were struck on the ground"], generic=True)
E("victims", "Person", [], ["the victims"], generic=True)
E("families", "Person", [], ["Families of 12 of the victims", "the families"], generic=True,
  note="plaintiffs; 'Their lawyer'; 'the families' in Achieng's quote")
E("esther_achieng", "Person", ["Esther Achieng"], ["Their lawyer"], fictional=True, note="'she said'")

# events
E("crash_jx412", "Event", [], ["the accident", "the crash", "The crash"],
  note="'crashed near Kisumu' (lead), 'crashed Kenyan turboprop' (headline); 'the crash' x5 ('two days after the "
       "crash', 'since the crash', 'after the crash'), 'The crash has embarrassed'")
E("flight_jx412", "Event", ["Flight JX 412"],
  note="the scheduled flight (proper name) whose crash is crash_jx412: 'Flight JX 412 ... came down', 'The captain of "
       "Flight JX 412'; no separate event record")
E("aaib_investigation", "Event", [], ["the investigation"], note="the bureau's inquiry into the crash (Northgate)")
E("prelim_report", "Event", [], ["a preliminary report", "The 38-page report", "the report", "the bureau's own report",
                                 "The report"],
  note="publication of the report on Tuesday; 'the report' x3 ('the report said', 'reproduced in the report'), 'The "
       "report confirms' (Achieng)")
E("final_report", "Event", [], ["The final report", "the final report"], note="future (not an event record)")
E("vibration_report_0209", "Event", [], note="clausal: 'pilots reported \"abnormal vibration\" in the left engine on "
                                            "Feb. 9'")
E("vibration_report_0211", "Event", [], note="clausal: 'and again on Feb. 11'")
E("engineer_recommendation", "Event", [], ["the request"],
  note="'a senior engineer recommended on Feb. 12 that the engine be removed for inspection, but the request was "
       "deferred'")
E("grounding_2026", "Event", [], note="clausal: 'It grounded its three other aircraft of the same type on Feb. 16'")
E("return_to_service", "Event", [], note="clausal: 'returned two of them to service last week'")
E("aircraft_build", "Event", [], note="clausal: 'built in 2009 by Northgate Aerospace'")
E("aircraft_acquisition", "Event", [], note="clausal: 'was acquired by Jacaranda Express in 2018 from Aldercrest "
                                           "Leasing'")
E("jacaranda_founding", "Event", [], note="clausal: 'Jacaranda Express, founded in 2012'")
E("kcaa_fine_2019", "Event", [], note="clausal: 'fined it in 2019'")
E("kcaa_fine_2023", "Event", [], note="clausal: 'and again in 2023'")
E("kcaa_review", "Event", [], ["its own review of the airline's maintenance programme"])
E("log_alteration", "Event", [], note="clausal: 'log entries allegedly altered after the crash'")
E("eldoret_landing", "Event", [], ["an emergency landing at Eldoret", "an incident the KCAA investigated at the time"])
E("kcaa_2021_investigation", "Event", [], note="clausal: 'an incident the KCAA investigated at the time'")
E("wekesa_hiring", "Event", [], note="clausal: 'joined the company in 2024'")
E("lawsuit_2026", "Event", [], ["a lawsuit", "The suit", "the case"],
  note="'the case' x2: 'will contest the case' is the lawsuit; 'not authorised to discuss the case' (KCAA official) is "
       "the crash case in general")

# ----------------------------------------------------------------- relations
R = g.rel
HEAD = "Crew of crashed Kenyan turboprop reported engine vibration days before fatal flight, investigators say"
LEAD = ("The crew of a Jacaranda Express turboprop that crashed near Kisumu last month had twice reported vibration in "
        "its left engine in the week before the accident, but the aircraft was cleared to fly after mechanics found "
        "\"no defect\", according to a preliminary report published by Kenya's Air Accident Investigation Bureau (AAIB) "
        "on Tuesday.")
R("jacaranda", "controls", "aircraft", "a Jacaranda Express turboprop", ctx="The crew of a Jacaranda Express turboprop",
  qualifier="operator", alt_predicates=["works_with"])
R("crew", "member_of", "jacaranda", "The crew of a Jacaranda Express turboprop", implicit=True,
  note="the crew of the airline's aircraft (the captain 'had flown for the airline'; the first officer 'joined the "
       "company')")
R("aaib", "located_in", "kenya", "Kenya's Air Accident Investigation Bureau", alt_predicates=["part_of"],
  qualifier="national investigation body")
R("nairobi", "located_in", "kenya", "NAIROBI, Kenya")
R("kisumu", "located_in", "kenya", "crashed near Kisumu", implicit=True)
P2 = ("Flight JX 412, bound for Nairobi's Wilson Airport, came down in a sugarcane field near Kibos, about eight "
      "kilometres north-east of Kisumu International Airport, shortly after taking off on the morning of Feb. 14.")
R("wilson_airport", "located_in", "nairobi", "Nairobi's Wilson Airport")
R("sugarcane_field", "located_in", "kibos", "a sugarcane field near Kibos", ambiguous=True, qualifier="near",
  note="'near' = close to the village, not inside it")
R("sugarcane_field", "located_in", "kisumu", P2, implicit=True, ambiguous=True,
  qualifier="about eight kilometres north-east of Kisumu International Airport")
R("kisumu_airport", "located_in", "kisumu", "Kisumu International Airport", implicit=True, note="from the name")
R("kibos", "located_in", "kenya", "near Kibos", implicit=True)
P2B = "The bureau said 31 of the 44 people on board were killed."
P2C = ("Kisumu County's disaster management office puts the toll at 33, including two farm workers who were struck on "
       "the ground.")
R("kisumu_dmo", "part_of", "kisumu_county", "Kisumu County's disaster management office")
P2D = "Thirteen passengers survived; four of them remain in hospital in Kisumu, according to the county."
R("survivors", "located_in", "kisumu", "four of them remain in hospital in Kisumu", source="kisumu_county",
  qualifier="four of the thirteen, in hospital")
P3 = ("The 38-page report found that the left engine lost power about 40 seconds after takeoff, at roughly 600 feet, "
      "and that the crew appeared to shut down the wrong engine as they tried to return to the airport.")
Q3 = ("\"The flight data show that the right engine, which was operating normally, was brought to idle 11 seconds after "
      "the first warning,\" said Miriam Otieno, the bureau's chief investigator, at a news briefing in Nairobi.")
R("miriam_otieno", "holds_position", "aaib", "Miriam Otieno, the bureau's chief investigator", role="chief investigator")
P4 = ("The bureau said the loss of power was probably caused by a fractured turbine blade, part of which was recovered "
      "from the wreckage.")
P4B = ("Investigators are also examining whether fatigue may have played a role, the report said, as the crew had "
       "landed in Kisumu at 11:40 p.m. the night before.")
R("crew", "located_in", "kisumu", "the crew had landed in Kisumu at 11:40 p.m. the night before", source="aaib",
  time="2026-02-13T23:40", note="the report (the bureau's document)")
R("aaib_investigators", "member_of", "aaib", "Investigators are also examining", implicit=True)
P5 = ("Entries in the aircraft's technical log, reproduced in the report, show that pilots reported \"abnormal "
      "vibration\" in the left engine on Feb. 9 and again on Feb. 11.")
P5B = ("On both occasions mechanics at the airline's maintenance base in Kisumu ran the engine on the ground and signed "
       "the aircraft off as serviceable.")
R("kisumu_base", "part_of", "jacaranda", "the airline's maintenance base in Kisumu", alt_predicates=["controls"],
  qualifier="maintenance base")
R("kisumu_base", "located_in", "kisumu", "the airline's maintenance base in Kisumu")
R("mechanics", "member_of", "jacaranda", "mechanics at the airline's maintenance base in Kisumu")
R("mechanics", "located_in", "kisumu_base", "mechanics at the airline's maintenance base in Kisumu")
P5C = ("According to internal company emails seen by the Daily Horizon, a Nairobi newspaper, a senior engineer "
       "recommended on Feb. 12 that the engine be removed for inspection, but the request was deferred because no spare "
       "engine was available.")
R("daily_horizon", "located_in", "nairobi", "the Daily Horizon, a Nairobi newspaper")
R("senior_engineer", "member_of", "jacaranda", "internal company emails seen by the Daily Horizon, a Nairobi newspaper, "
  "a senior engineer", source="company_emails", via=["daily_horizon"], implicit=True,
  note="an engineer writing internal company emails is the airline's")
P6 = ("Peter Omondi, chief executive of Jacaranda Express, told reporters two days after the crash that the aircraft had "
      "\"passed every inspection required of it\" and that the airline's safety record was \"second to none in the "
      "region\", a claim that the technical log in the bureau's own report contradicts.")
R("peter_omondi", "holds_position", "jacaranda", "Peter Omondi, chief executive of Jacaranda Express",
  role="chief executive", alt_predicates=["leader_of"])
P6B = ("On Tuesday the company said in a statement that it \"respects the work of the investigators\" and would not "
       "comment on the findings before the final report.")
P6C = "It grounded its three other aircraft of the same type on Feb. 16 and returned two of them to service last week."
R("jacaranda", "controls", "other_aircraft", "It grounded its three other aircraft of the same type",
  qualifier="operator")
P7 = ("The aircraft, a Northgate N-70 built in 2009 by Northgate Aerospace of Montreal, Canada, was acquired by "
      "Jacaranda Express in 2018 from Aldercrest Leasing, a lessor based in Dublin.")
R("northgate", "located_in", "montreal", "Northgate Aerospace of Montreal, Canada")
R("montreal", "located_in", "canada", "Montreal, Canada")
R("jacaranda", "controls", "aircraft", "was acquired by Jacaranda Express in 2018", time="2018/..",
  qualifier="owner (acquired)")
R("aldercrest", "controls", "aircraft", "acquired by Jacaranda Express in 2018 from Aldercrest Leasing",
  time="../2018", implicit=True, qualifier="previous owner (lessor)")
R("aldercrest", "located_in", "dublin", "Aldercrest Leasing, a lessor based in Dublin")
P7B = ("Northgate said in a statement that it was \"supporting the investigation fully\" and that it was not aware of "
       "any similar engine problem on the type.")
R("northgate", "supported", "aaib_investigation", "it was \"supporting the investigation fully\"", source="northgate",
  alt_predicates=["works_with"], alt_objects=["aaib"])
P7C = ("A spokeswoman for the manufacturer, Claire Dubois, declined to say whether the company had sent any guidance to "
       "operators since the crash.")
R("claire_dubois", "holds_position", "northgate", "A spokeswoman for the manufacturer, Claire Dubois",
  role="spokeswoman")
P8 = ("Jacaranda Express, founded in 2012, is a subsidiary of Lakeshore Holdings, a Mombasa-based group majority-owned "
      "by the businessman Harun Gitau.")
R("jacaranda", "part_of", "lakeshore", "Jacaranda Express, founded in 2012, is a subsidiary of Lakeshore Holdings",
  qualifier="subsidiary", alt_predicates=["controls"])
R("lakeshore", "controls", "jacaranda", "Jacaranda Express, founded in 2012, is a subsidiary of Lakeshore Holdings",
  qualifier="parent", alt_predicates=["part_of"])
R("lakeshore", "located_in", "mombasa", "a Mombasa-based group")
R("harun_gitau", "controls", "lakeshore", "a Mombasa-based group majority-owned by the businessman Harun Gitau",
  qualifier="majority owner")
P9 = ("The Kenya Civil Aviation Authority (KCAA) fined it in 2019 and again in 2023 over gaps in its maintenance "
      "records, as Joseph Kiprotich, general secretary of the Regional Aviators' Union, correctly noted on Tuesday.")
R("kcaa", "targeted", "jacaranda", "The Kenya Civil Aviation Authority (KCAA) fined it in 2019", time="2019",
  source="joseph_kiprotich", stance="endorses", ambiguous=True, qualifier="fine over gaps in maintenance records",
  note="regulator's fine: no exact predicate; asserted by the writer and attributed to Kiprotich with 'correctly "
       "noted' (as 'Acknowledged by' in the shared gold: source the named source, stance endorses)")
R("kcaa", "targeted", "jacaranda", "again in 2023 over gaps in its maintenance records", time="2023",
  source="joseph_kiprotich", stance="endorses", ambiguous=True, qualifier="fine over gaps in maintenance records",
  note="the second fine: a separate claim")
R("kcaa", "located_in", "kenya", "The Kenya Civil Aviation Authority (KCAA)", implicit=True,
  alt_predicates=["part_of"], note="from the name")
R("joseph_kiprotich", "holds_position", "rau", "Joseph Kiprotich, general secretary of the Regional Aviators' Union",
  role="general secretary", alt_predicates=["leader_of"])
Q9 = "\"This airline was warned, and warned again,\" said Kiprotich"
R("rau_members", "member_of", "rau", "whose union represents about 300 pilots and engineers", ambiguous=True,
  qualifier="represented by the union")
R("rau", "member_of", "eaawf", "is a member of the East African Aviation Workers' Federation",
  alt_predicates=["part_of", "allied_with"])
P10 = ("A senior KCAA official, who spoke on condition of anonymity because he was not authorised to discuss the case, "
       "said the authority had opened its own review of the airline's maintenance programme last month and that "
       "inspectors were believed to have found further irregularities at the Kisumu base, including log entries "
       "allegedly altered after the crash.")
R("kcaa_official", "member_of", "kcaa", "A senior KCAA official", alt_predicates=["holds_position"],
  qualifier="senior official")
R("kcaa", "targeted", "jacaranda",
  "the authority had opened its own review of the airline's maintenance programme last month", source="kcaa_official",
  time="2026-02", ambiguous=True, qualifier="review of the maintenance programme")
R("kcaa_inspectors", "member_of", "kcaa", "inspectors were believed to have found", source="kcaa_official",
  implicit=True)
P10B = ("The authority's director general, Beatrice Wafula, said only that the KCAA was \"working closely with the "
        "AAIB\".")
R("beatrice_wafula", "holds_position", "kcaa", "The authority's director general, Beatrice Wafula",
  role="director general", alt_predicates=["leader_of"])
R("kcaa", "works_with", "aaib", "the KCAA was \"working closely with the AAIB\"", source="beatrice_wafula")
P11 = ("Collins Mutua, the cabinet secretary for roads and transport, told parliament on Monday that no Kenyan-registered "
       "airliner had suffered an engine failure in flight in more than a decade.")
R("kenya_government", "located_in", "kenya", "The crash has embarrassed the government.", implicit=True, ambiguous=True,
  note="a country's government (as in diplomacy_ceasefire_talks)")
R("collins_mutua", "holds_position", "kenya_government",
  "Collins Mutua, the cabinet secretary for roads and transport", role="cabinet secretary for roads and transport",
  alt_objects=["kenya"])
R("parliament", "located_in", "kenya", "told parliament on Monday", implicit=True, ambiguous=True)
P11B = ("That is false: in August 2021 a Jacaranda Express aircraft made an emergency landing at Eldoret after an "
        "engine shut down in flight, an incident the KCAA investigated at the time.")
R("jacaranda", "controls", "aircraft_2021", "a Jacaranda Express aircraft", time="2021-08", qualifier="operator")
R("eldoret", "located_in", "kenya", "an emergency landing at Eldoret", implicit=True)
R("mutua_office", "part_of", "kenya_government", "Mutua's office", implicit=True, ambiguous=True)
P12 = ("The captain of Flight JX 412, Samuel Njoroge, 54, had flown for the airline since 2014 and had logged more than "
       "9,000 hours.")
R("samuel_njoroge", "holds_position", "jacaranda", "The captain of Flight JX 412, Samuel Njoroge", role="captain",
  implicit=True, qualifier="captain of Flight JX 412")
R("samuel_njoroge", "member_of", "jacaranda", "Samuel Njoroge, 54, had flown for the airline since 2014",
  time="2014/2026-02-14")
R("aisha_wekesa", "holds_position", "jacaranda", "The first officer, Aisha Wekesa", role="first officer",
  implicit=True, qualifier="first officer of Flight JX 412")
R("aisha_wekesa", "member_of", "jacaranda", "Aisha Wekesa, 29, joined the company in 2024", time="2024/2026-02-14")
R("samuel_njoroge", "died_on", "2026-02-14", "Both were killed.", note="'Both' = the captain and the first officer; "
  "killed in the crash on Feb. 14")
R("aisha_wekesa", "died_on", "2026-02-14", "Both were killed.")
P12B = ("Njoroge's brother, Daniel Njoroge, said the family was \"tired of hearing that Samuel may have made a mistake\" "
        "and wanted to know why the aircraft had been allowed to fly.")
R("daniel_njoroge", "member_of", "njoroge_family", "Njoroge's brother, Daniel Njoroge", implicit=True, ambiguous=True,
  note="kinship (brother) has no predicate; nearest kept")
P13 = ("Families of 12 of the victims filed a lawsuit against Jacaranda Express and Northgate Aerospace at the High Court "
       "in Nairobi last week, seeking damages for negligence.")
R("families", "targeted", "jacaranda", "Families of 12 of the victims filed a lawsuit against Jacaranda Express",
  ambiguous=True, qualifier="lawsuit (negligence)", note="a lawsuit: no exact predicate")
R("families", "targeted", "northgate", P13, ambiguous=True, qualifier="lawsuit (negligence)")
R("high_court", "located_in", "nairobi", "the High Court in Nairobi")
P13B = "The suit alleges that managers at the Kisumu base pressed mechanics to clear aircraft quickly."
R("jacaranda_managers", "member_of", "jacaranda", "managers at the Kisumu base", source="families", implicit=True)
R("jacaranda_managers", "located_in", "kisumu_base", "managers at the Kisumu base", source="families")
P13C = ("Their lawyer, Esther Achieng, said the airline had ignored \"repeated, written warnings\" from its own "
        "engineers.")
R("esther_achieng", "works_with", "families", "Their lawyer, Esther Achieng", qualifier="lawyer",
  alt_predicates=["holds_position"])
R("jacaranda_engineers", "member_of", "jacaranda", "from its own engineers", source="esther_achieng")

# -------------------------------------------------------------- attributions
A = g.attr
A(HEAD, "aaib_investigators", "say", False, on_behalf_of="aaib",
  content="Crew of crashed Kenyan turboprop reported engine vibration days before fatal flight",
  note="headline: reporting clause after the content")
A(LEAD, "aaib", "according to", False, partial_quote=True,
  content="The crew of a Jacaranda Express turboprop that crashed near Kisumu last month had twice reported vibration "
          "in its left engine in the week before the accident, but the aircraft was cleared to fly after mechanics found "
          "\"no defect\"",
  note="'according to a preliminary report published by' the AAIB (a document of the bureau); '\"no defect\"' quotes "
       "the mechanics' finding as recorded")
A(P2B, "aaib", "said", False)
A(P2C, "kisumu_dmo", "puts", False, content="the toll at 33, including two farm workers who were struck on the ground",
  note="competing toll")
A(P2D, "kisumu_county", "according to", False)
A(P3, "aaib", "found", False, note="'The 38-page report found' (the bureau's document)")
A(Q3, "miriam_otieno", "said", True, on_behalf_of="aaib")
A("\"We do not yet know why. That is the central question of the next phase.\"", "miriam_otieno", "said", True,
  cue_ctx="first warning,\" said Miriam Otieno", continuation=True, on_behalf_of="aaib",
  note="quote continued over two sentences after the attribution")
A(P4, "aaib", "said", False)
A(P4B, "aaib", "said", False, note="'the report said' (the bureau's document), parenthetical")
A("Otieno cautioned against drawing conclusions about the pilots.", "miriam_otieno", "cautioned", False,
  on_behalf_of="aaib", note="a caution, no propositional claim")
A(P5, "technical_log", "show", False, via=["aaib"], partial_quote=True,
  content="pilots reported \"abnormal vibration\" in the left engine on Feb. 9 and again on Feb. 11",
  note="nominal frame 'Entries in ... show' (factive; stance endorses); the log is relayed by the bureau's report")
A(P5C, "company_emails", "According to", False, via=["daily_horizon"],
  content="a senior engineer recommended on Feb. 12 that the engine be removed for inspection, but the request was "
          "deferred because no spare engine was available",
  note="'According to internal company emails seen by the Daily Horizon': documents relayed by another outlet")
A("The airline has not commented on the emails.", "jacaranda", "has not commented", False,
  note="no content: a non-response")
A(P6[:P6.index(", a claim that")], "peter_omondi", "told", False, partial_quote=True, on_behalf_of="jacaranda",
  note="disputed by the writer (stance s01)")
A(P6B, "jacaranda", "said", False, partial_quote=True)
A(P7B, "northgate", "said", False, partial_quote=True)
A(P7C, "claire_dubois", "declined to say", False, on_behalf_of="northgate", note="a refusal: no claim content")
A("Gitau did not respond to requests for comment.", "harun_gitau", "did not respond", False,
  note="no content: a non-response")
A(P9, "joseph_kiprotich", "noted", False, on_behalf_of="rau",
  content="The Kenya Civil Aviation Authority (KCAA) fined it in 2019 and again in 2023 over gaps in its maintenance "
          "records", note="'as X correctly noted': attributed and endorsed by the writer (stance s02)")
A(Q9, "joseph_kiprotich", "said", True, on_behalf_of="rau")
A("\"Mechanics were under pressure to keep aircraft flying. Everybody at the base knew it.\"", "joseph_kiprotich",
  "said", True, cue_ctx=Q9, continuation=True, on_behalf_of="rau",
  note="quote continued over two sentences after 'said Kiprotich, whose union ...'")
A(P10, "kcaa_official", "said", False, on_behalf_of="kcaa",
  note="unnamed official ('spoke on condition of anonymity'); hedged content ('were believed to', 'allegedly')")
A(P10B, "beatrice_wafula", "said", False, partial_quote=True, on_behalf_of="kcaa")
A(P11, "collins_mutua", "told", False, polarity="negative", on_behalf_of="kenya_government",
  content="no Kenyan-registered airliner had suffered an engine failure in flight in more than a decade",
  note="disputed by the writer ('That is false', stance s03)")
A("Mutua's office did not respond to questions about the remark.", "mutua_office", "did not respond", False,
  note="no content: a non-response")
A(P12B, "daniel_njoroge", "said", False, partial_quote=True, on_behalf_of="njoroge_family")
A(P13B, "families", "alleges", False, content="managers at the Kisumu base pressed mechanics to clear aircraft quickly",
  note="'The suit alleges': the families' filing")
A(P13C, "esther_achieng", "said", False, partial_quote=True, on_behalf_of="families")
A("\"The report confirms what the families have suspected since February,\" she said.", "esther_achieng", "said", True,
  on_behalf_of="families")
A("\"This was not bad luck.\"", "esther_achieng", "said", True, cue_ctx="since February,\" she said", continuation=True,
  on_behalf_of="families", note="quote continued after 'she said'")
A("Jacaranda Express has said it will contest the case.", "jacaranda", "has said", False)

# ------------------------------------------------------------------- hedges
H = g.hedge
H("appeared to", "the crew appeared to shut down the wrong engine", "probable")
H("show", "The flight data show", "certain", note="booster inside Otieno's quote")
H("do not yet know", "We do not yet know why", "uncertain")
H("probably", "the loss of power was probably caused by a fractured turbine blade", "probable")
H("may have", "whether fatigue may have played a role", "possible", note="inside 'are also examining whether'")
H("is expected", "The final report is expected within 12 months", "probable")
H("not aware of", "it was not aware of any similar engine problem on the type", "uncertain",
  note="limited-knowledge marker (the manufacturer's)")
H("were believed to", "inspectors were believed to have found further irregularities at the Kisumu base", "reported")
H("allegedly", "including log entries allegedly altered after the crash", "reported")
H("may have", "tired of hearing that Samuel may have made a mistake", "possible",
  note="others' suggestion, rejected by the family")
H("alleges", "The suit alleges that managers at the Kisumu base pressed mechanics to clear aircraft quickly",
  "reported", note="'alleges' from a named source is 'reported' (sanctions_company convention)")
H("confirms", "The report confirms what the families have suspected since February", "certain",
  note="booster in the lawyer's quote")
H("suspected", "what the families have suspected since February", "possible")

# ------------------------------------------------------------------ stances
S = g.stance
S(P6, "peter_omondi", "disputes", "a claim that the technical log in the bureau's own report contradicts",
  note="the writer's own verdict on Omondi's 'passed every inspection' / 'second to none' (the log records two "
       "vibration reports signed off without repair)")
S(P9, "joseph_kiprotich", "endorses", "correctly noted",
  note="the writer's judgement ('correctly') of Kiprotich's account of the two KCAA fines")
S(P11B, "collins_mutua", "disputes", "That is false",
  note="the writer's verdict on Mutua's claim to parliament, with the 2021 Eldoret emergency landing as "
       "counter-evidence")
S(P5, "technical_log", "endorses", "show",
  note="factive nominal frame ('Entries in the aircraft's technical log ... show'), as 'Data from the Bank of Latvia "
       "show' in business_bank_fraud_settlement")

# ------------------------------------------------------------------- events
V = g.event
V("crash_jx412", "other", "2026-02-14", "sugarcane_field",
  {"killed": 31, "on_board": 44, "survivors": 13, "hospitalised": 4},
  [("aircraft", "actor", {"qualifier": "the aircraft that came down"}),
   ("jacaranda", "actor", {"qualifier": "operator"}),
   ("crew", "actor", {"source": "aaib", "certainty": "probable",
                      "qualifier": "appeared to shut down the wrong (working) engine"}),
   ("on_board", "victim"), ("samuel_njoroge", "victim"), ("aisha_wekesa", "victim"), ("survivors", "victim"),
   ("farm_workers", "victim", {"source": "kisumu_dmo"}), ("victims", "victim")],
  P2, subtype="disaster: air crash (Flight JX 412, a turboprop, came down shortly after takeoff from Kisumu; left "
              "engine lost power, working right engine brought to idle)",
  place_alt=["kibos", "kisumu", "kenya"], source="aaib",
  note="'the morning of Feb. 14' (a Saturday); cause 'probably' a fractured turbine blade (bureau), fatigue examined "
       "('may have'). Competing tolls: the bureau 31 of 44 on board vs the county's disaster office 33 including two "
       "farm workers on the ground (different scope: consistent); 13 survivors, 4 in hospital (the county). 'numbers' "
       "keep the bureau's on-board figures",
  numbers_by_source=[
      {"source": "aaib", "numbers": {"killed": 31, "on_board": 44},
       "evidence": "31 of the 44 people on board were killed"},
      {"source": "kisumu_dmo", "numbers": {"killed": 33, "killed_on_ground": 2},
       "qualifier": "includes two farm workers struck on the ground",
       "evidence": "puts the toll at 33, including two farm workers who were struck on the ground"},
      {"source": "kisumu_county", "numbers": {"survivors": 13, "hospitalised": 4},
       "evidence": "Thirteen passengers survived; four of them remain in hospital in Kisumu"}])
V("aaib_investigation", "other", "2026-02-14/2026-03-11", None, {},
  [("aaib", "actor"), ("aaib_investigators", "actor"), ("miriam_otieno", "actor"), ("crash_jx412", "target"),
   ("northgate", "supporter", {"source": "northgate"}), ("kcaa", "supporter", {"source": "beatrice_wafula"})],
  "it was \"supporting the investigation fully\"",
  subtype="investigation: the AAIB's air accident investigation (preliminary report 2026-03-10; final report expected "
          "within 12 months)",
  note="start not stated (after the crash); ongoing at publication")
V("prelim_report", "other", "2026-03-10", "nairobi", {"pages": 38},
  [("aaib", "actor"), ("miriam_otieno", "actor", {"qualifier": "presented it at a news briefing in Nairobi"})],
  "a preliminary report published by Kenya's Air Accident Investigation Bureau (AAIB) on Tuesday",
  subtype="publication: the AAIB's 38-page preliminary report on the crash",
  note="'on Tuesday' = 2026-03-10; the news briefing in Nairobi is taken as the same occasion (its day is not stated)")
V("vibration_report_0209", "other", "2026-02-09", "kisumu_base", {},
  [("crew", "actor", {"ambiguous": True}), ("mechanics", "actor"), ("aircraft", "target")],
  "pilots reported \"abnormal vibration\" in the left engine on Feb. 9",
  subtype="defect report: pilots' technical-log entry of abnormal vibration in the left engine; mechanics ground-ran "
          "the engine and signed the aircraft off as serviceable (no DESIGN word; 'defect report' leads)",
  source="technical_log", place_alt=["kisumu"],
  note="the lead: 'The crew ... had twice reported vibration ... in the week before the accident'; the place is that "
       "of the sign-off ('On both occasions mechanics at the airline's maintenance base in Kisumu')")
V("vibration_report_0211", "other", "2026-02-11", "kisumu_base", {},
  [("crew", "actor", {"ambiguous": True}), ("mechanics", "actor"), ("aircraft", "target")],
  "and again on Feb. 11",
  subtype="defect report: second log entry of abnormal vibration; again signed off as serviceable",
  source="technical_log", place_alt=["kisumu"])
V("engineer_recommendation", "other", "2026-02-12", None, {},
  [("senior_engineer", "actor"), ("aircraft", "target"), ("jacaranda", "recipient")],
  "a senior engineer recommended on Feb. 12 that the engine be removed for inspection",
  subtype="recommendation: engine removal for inspection, deferred because no spare engine was available (no DESIGN "
          "word)", source="company_emails", via=["daily_horizon"])
V("grounding_2026", "other", "2026-02-16", None, {"aircraft_grounded": 3},
  [("jacaranda", "actor"), ("other_aircraft", "target")],
  "It grounded its three other aircraft of the same type on Feb. 16",
  subtype="grounding: the airline grounded its three other N-70s (no DESIGN word; 'grounding' leads)")
V("return_to_service", "other", "2026-W10", None, {"aircraft_returned": 2},
  [("jacaranda", "actor"), ("other_aircraft", "target")], "returned two of them to service last week",
  subtype="return to service: two of the grounded aircraft flying again (no DESIGN word)")
V("aircraft_build", "other", "2009", None, {},
  [("northgate", "actor"), ("aircraft", "result")], "built in 2009 by Northgate Aerospace",
  subtype="construction: the aircraft built by Northgate Aerospace (no DESIGN word; 'construction' leads)",
  place_alt=["montreal", "canada"], note="place of manufacture not stated (the maker is 'of Montreal, Canada')")
V("aircraft_acquisition", "other", "2018", None, {},
  [("jacaranda", "actor"), ("aldercrest", "actor", {"qualifier": "seller (lessor)"}), ("aircraft", "target")],
  "was acquired by Jacaranda Express in 2018 from Aldercrest Leasing",
  subtype="acquisition: the airline acquired the aircraft from a Dublin lessor")
V("jacaranda_founding", "other", "2012", None, {}, [("jacaranda", "result")], "Jacaranda Express, founded in 2012",
  subtype="founding: the airline founded (founders not named)")
V("kcaa_fine_2019", "other", "2019", None, {},
  [("kcaa", "actor"), ("jacaranda", "target")], "The Kenya Civil Aviation Authority (KCAA) fined it in 2019",
  subtype="sanction: regulatory fine over gaps in maintenance records", source="joseph_kiprotich",
  note="asserted by the writer and endorsed as Kiprotich's ('correctly noted')")
V("kcaa_fine_2023", "other", "2023", None, {},
  [("kcaa", "actor"), ("jacaranda", "target")], "again in 2023 over gaps in its maintenance records",
  subtype="sanction: second regulatory fine over gaps in maintenance records", source="joseph_kiprotich")
V("kcaa_review", "other", "2026-02", "kisumu_base", {},
  [("kcaa", "actor"), ("kcaa_inspectors", "actor"), ("jacaranda", "target")],
  "the authority had opened its own review of the airline's maintenance programme last month",
  subtype="investigation: the regulator's review of the airline's maintenance programme", source="kcaa_official",
  note="opened 'last month' = 2026-02; inspectors 'were believed to have found further irregularities at the Kisumu "
       "base' (reported); place = where the irregularities were found")
V("log_alteration", "other", "2026-02-14/2026-03-11", "kisumu_base", {},
  [("kisumu_base", "venue")], "including log entries allegedly altered after the crash",
  subtype="falsification: maintenance log entries allegedly altered after the crash (no DESIGN word; 'falsification' "
          "leads)", source="kcaa_official", certainty="reported",
  note="who altered them is not stated; 'after the crash' and before publication")
V("eldoret_landing", "other", "2021-08", "eldoret", {},
  [("aircraft_2021", "actor"), ("jacaranda", "actor", {"qualifier": "operator"})], P11B[len("That is false: "):],
  subtype="incident: emergency landing after an in-flight engine shutdown (no DESIGN word; 'incident' leads)",
  note="the writer's counter-evidence to Mutua's 'no ... engine failure in flight in more than a decade' (which "
       "would exclude it: negative, source collins_mutua, disputed)")
V("kcaa_2021_investigation", "other", "2021-08", None, {},
  [("kcaa", "actor"), ("eldoret_landing", "target"), ("jacaranda", "target")],
  "an incident the KCAA investigated at the time",
  subtype="investigation: the regulator's investigation of the 2021 incident", note="'at the time' = 2021-08")
V("wekesa_hiring", "appointment", "2024", None, {},
  [("aisha_wekesa", "appointee"), ("jacaranda", "appointer")], "Aisha Wekesa, 29, joined the company in 2024",
  subtype="hired (joined the airline; first officer of Flight JX 412 at the crash)", ambiguous=True)
V("lawsuit_2026", "other", "2026-W10", "high_court", {"families": 12},
  [("families", "plaintiff"), ("jacaranda", "defendant"), ("northgate", "defendant"), ("esther_achieng", "actor"),
   ("high_court", "venue")], P13,
  subtype="lawsuit: damages for negligence against the airline and the manufacturer (the airline will contest it)",
  place_alt=["nairobi"], note="filed 'last week' = 2026-W10 (2026-03-02/2026-03-08)")

# ------------------------------------------------------------------ timexes
T = g.timex
T("March 11, 2026", "2026-03-11", function="publication_date")
T("last month", "2026-02", ctx="crashed near Kisumu last month")
T("the week before the accident", "2026-02-07/2026-02-13", anchor="2026-02-14",
  note="the seven days before the crash on Feb. 14")
T("Tuesday", "2026-03-10", ctx="(AAIB) on Tuesday")
T("the morning of Feb. 14", "2026-02-14", alt_values=["2026-02-14TMO"],
  note="TIMEX3 'TMO' (morning) is not in the validator's pattern; day value kept")
T("11:40 p.m. the night before", "2026-02-13T23:40", anchor="2026-02-14",
  note="the night before the crash (Friday 2026-02-13)")
T("12 months", "P12M", type="duration", note="'within 12 months' (the final report)")
T("Feb. 9", "2026-02-09")
T("Feb. 11", "2026-02-11")
T("Feb. 12", "2026-02-12")
T("two days after the crash", "2026-02-16", anchor="2026-02-14")
T("Tuesday", "2026-03-10", ctx="On Tuesday the company")
T("Feb. 16", "2026-02-16")
T("last week", "2026-W10", ctx="to service last week")
T("2009", "2009")
T("2018", "2018")
T("2012", "2012")
T("2019", "2019")
T("2023", "2023")
T("Tuesday", "2026-03-10", ctx="correctly noted on Tuesday")
T("last month", "2026-02", ctx="maintenance programme last month")
T("Monday", "2026-03-09")
T("more than a decade", "P10Y", type="duration", mod="MORE_THAN")
T("August 2021", "2021-08")
T("2014", "2014", signal="since", note="'had flown for the airline since 2014' (2014/2026-02-14)")
T("2024", "2024")
T("last week", "2026-W10", ctx="in Nairobi last week")
T("February", "2026-02", signal="since", note="'suspected since February' (2026-02/2026-03-11)")

# ------------------------------------------------------------------- notes
g.notes += [
    "FICTIONAL dev document (own wording), written for benchmarks/devset and annotated by hand before any claimgraph "
    "run: Jacaranda Express, Flight JX 412, the Air Accident Investigation Bureau (AAIB), Northgate Aerospace (and its "
    "N-70), Aldercrest Leasing, Lakeshore Holdings, the Daily Horizon, the Regional Aviators' Union, the East African "
    "Aviation Workers' Federation and all named people (Miriam Otieno, Peter Omondi, Claire Dubois, Harun Gitau, "
    "Joseph Kiprotich, Beatrice Wafula, Collins Mutua, Samuel and Daniel Njoroge, Aisha Wekesa, Esther Achieng) are "
    "invented, as are the crash, the fines, the 2021 incident and the lawsuit; Nairobi, Kenya, Kisumu, Kibos, Kisumu "
    "International Airport, Wilson Airport, Eldoret, Mombasa, Montreal, Canada and Dublin are real places; the Kenya "
    "Civil Aviation Authority, Kisumu County, the High Court and parliament exist, but every statement and action "
    "attributed to them here is fictional. errors: none (the figures are consistent: 44 on board - 31 killed = 13 "
    "survivors; 31 + 2 on the ground = the county's 33).",
    "published = dateline 2026-03-11 (Wednesday): 'Tuesday' (x3) = 2026-03-10 (report; the airline's statement; "
    "Kiprotich), 'Monday' = 2026-03-09 (Mutua in parliament), 'last month' (x2) = 2026-02 (crash; KCAA review opened), "
    "'last week' (x2) = 2026-W10 (two aircraft back in service; lawsuit filed), 'the morning of Feb. 14' = 2026-02-14 (a "
    "Saturday), 'the week before the accident' = 2026-02-07/2026-02-13, '11:40 p.m. the night before' = "
    "2026-02-13T23:40, 'two days after the crash' = 2026-02-16 (Omondi's remarks, the same day as the grounding on "
    "Feb. 16), 'since February' = 2026-02.",
    "Not timexes: 'about 40 seconds after takeoff' and '11 seconds after the first warning' (durations in seconds are "
    "outside the validator's duration pattern, and they are offsets inside the flight, not calendar times), 'shortly "
    "after', 'twice', 'On both occasions', 'at the time' (= August 2021, kept on the event), 'the next phase', 'since "
    "the crash', 'quickly'; '38-page', '600 feet', '9,000 hours' (logged flying hours, a quantity) are numbers.",
    "Aliases: 'Air Accident Investigation Bureau (AAIB)' and 'Kenya Civil Aviation Authority (KCAA)' - acronyms in "
    "brackets; 'the bureau' = AAIB; 'the authority' / 'The authority's' = KCAA; 'the airline', 'the company' (x2), 'This "
    "airline', 'It' = Jacaranda Express; 'the manufacturer', 'Northgate', and the third 'the company' = Northgate "
    "Aerospace; persons named in full then by surname: Otieno, Kiprotich, Gitau, Mutua; 'Samuel' in his brother's "
    "quote = the captain; 'Njoroge's brother' = Daniel Njoroge. The headline's 'investigators' and the lead's 'The crew' "
    "/ 'the accident' are resolved in later paragraphs. Vehicles are typed Location (maritime_tanker_sanctions); the "
    "flight 'Flight JX 412' is an Event entity distinct from the crash event.",
    "Attributions: documents as sources - the report (the bureau's: 'according to a preliminary report', 'The 38-page "
    "report found', 'the report said'), the aircraft's technical log ('Entries in ... show', via the bureau's report: "
    "factive, stance endorses), internal company emails 'seen by the Daily Horizon' (source the emails, via the "
    "newspaper), 'The suit alleges' (the families). Quotes continued over two sentences: Otieno, Kiprotich, Achieng "
    "(continuation=True). Unnamed sources: 'A senior KCAA official, who spoke on condition of anonymity' (Person, "
    "descriptive). Non-responses and refusals (the airline on the emails, Gitau, Mutua's office, Dubois 'declined to "
    "say') carry no claim. Mutua's claim is polarity negative ('no ... airliner had suffered').",
    "Certainty per source: 'appeared to' and 'probably' and 'is expected' = probable; 'may have' (fatigue; Daniel "
    "Njoroge's quote) and 'suspected' = possible; 'were believed to' and 'allegedly' (the anonymous official) = "
    "reported; 'alleges' (the suit, a named source) = reported (sanctions_company); 'do not yet know' and 'not aware of' "
    "= uncertain; boosters 'show' (Otieno's quote) and 'confirms' (Achieng's quote) = certain. Approximators ('about', "
    "'roughly', 'more than') are not hedges (the shared gold's convention).",
    "Author stances (the writer's own judgement): (1) Omondi's 'passed every inspection' / 'second to none' is 'a "
    "claim that the technical log in the bureau's own report contradicts' (disputes); (2) Kiprotich's account of the "
    "2019 and 2023 fines was 'correctly noted' (endorses; the two 'targeted' relations carry source Kiprotich, stance "
    "endorses, as 'Acknowledged by' in the shared gold); (3) Mutua's claim to parliament: 'That is false' (disputes, "
    "with the Eldoret incident as counter-evidence); (4) the factive frame 'Entries in the aircraft's technical log ... "
    "show' (endorses). The claims judged in (1) and (3) have no predicate in the vocabulary: they stay attributions.",
    "Relations with no exact predicate, nearest kept and flagged ambiguous: a regulator's fine or review and a lawsuit "
    "(targeted), operating or owning an aircraft (controls, qualifier operator/owner; the previous owner as controls "
    "../2018, implicit), a union representing workers (member_of), a lawyer for clients (works_with), a manufacturer "
    "supporting the investigation (supported, object the investigation event), kinship (brother: member_of the family, "
    "implicit). Subsidiary: part_of (child -> parent) and controls (parent -> child); majority owner: controls. Titles: "
    "chief investigator, chief executive, spokeswoman, general secretary, director general, cabinet secretary for "
    "roads and transport, captain and first officer (holds_position, implicit for the crew: 'of Flight JX 412'). "
    "Deaths: died_on 2026-02-14 for the captain and first officer ('Both were killed').",
    "Event types: validate_gold.py's list is followed; 'appointment' (Wekesa joined the airline, 2024) is in it; DESIGN "
    "types it lacks are 'other' with the DESIGN word leading the subtype: disaster (the crash), investigation (AAIB "
    "inquiry, KCAA review, KCAA 2021 investigation), publication (preliminary report), sanction (KCAA fines 2019 and "
    "2023), acquisition (the aircraft, 2018), founding (the airline, 2012), lawsuit (families, last week); where DESIGN "
    "has no word that word leads: defect report (x2), recommendation, grounding, return to service, construction, "
    "falsification (alleged), incident (Eldoret 2021). Not events: the final report and any guidance (future or "
    "unknown), Omondi's remarks, the statements, Mutua's speech to parliament, the crew's landing the night before "
    "(a circumstance), the engine failure and the shutdown of the wrong engine (phases of the crash, kept in its "
    "subtype and participants).",
    "cross_doc: not applicable (unrelated domain).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
