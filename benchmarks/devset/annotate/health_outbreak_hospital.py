#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for devset/docs/health_outbreak_hospital.txt.

FICTIONAL dev document written for this set. Run: python3 benchmarks/devset/annotate/health_outbreak_hospital.py
"""
from pathlib import Path

HERE = Path(__file__).resolve()


from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

DEVSET = HERE.parents[1]
NAME = "health_outbreak_hospital"
g = Gold(DEVSET / "docs" / f"{NAME}.txt", "2024-11-06")

# ------------------------------------------------------------------ entities
E = g.ent
E("winnipeg", "Location", ["WINNIPEG", "Winnipeg"])
E("manitoba", "Location", ["Manitoba"], ["the province"],
  note="'the province' (the province's Office of Patient Safety; the province would pay) = Manitoba / its government")
E("north_end", "Location", ["North End"])
E("northgate_general", "Organization", ["Northgate General Hospital", "Northgate General", "Northgate"],
  ["Winnipeg hospital", "a 540-bed teaching hospital", "the hospital"], fictional=True,
  note="hospital as an institution (chief executive, management, staff); Location (facility) is an acceptable type")
E("c_auris_outbreak_2024", "Event", [], ["the outbreak", "this outbreak"])
E("red_river_rha", "Organization", ["Red River Regional Health Authority"],
  ["health officials", "the authority", "The authority"], fictional=True,
  note="'health officials said Tuesday' read as the authority (its figures follow)")
E("lakeview", "Organization", ["Lakeview Health Network", "Lakeview"], ["the network", "The network", "the Lakeview network"],
  fictional=True)
E("selkirk", "Location", ["Selkirk"])
E("steinbach", "Location", ["Steinbach"])
E("portage_la_prairie", "Location", ["Portage la Prairie"])
E("selkirk_site", "Organization", [], ["the Selkirk site"], note="Lakeview's hospital in Selkirk")
E("transferred_patients", "Person", [], ["two patients transferred from Northgate to the Selkirk site"], unnamed=True)
E("martin_osei", "Person", ["Martin Osei"], ["the hospital's chief executive"], fictional=True)
E("helen_marchetti", "Person", ["Dr. Helen Marchetti"], ["its chief medical officer", "interim chief executive"],
  fictional=True)
E("lakeview_board", "Organization", [], ["The network's board"])
E("japan", "Location", ["Japan"])
E("who", "Organization", ["World Health Organization", "WHO"])
E("who_spokesperson", "Person", [], ["A WHO spokesperson"], unnamed=True)
E("geneva", "Location", ["Geneva"])
E("office_patient_safety", "Organization", ["Office of Patient Safety"], ["Inspectors", "the office"], fictional=True,
  note="author of the inspection report ('The inspection report', 'The report', 'It' are its medium, not entities)")
E("prairie_ledger", "Organization", ["The Prairie Ledger"], fictional=True, note="newspaper that obtained the report")
E("affected_wards", "Location", ["the wards at the center of the outbreak", "two medical wards", "the affected wards",
                                 "those wards"], name_kind="descriptive",
  note="the wards of the outbreak; 'two medical wards' (inspection) taken to be the same wards (not certain)")
E("ward_4b", "Location", ["Ward 4B"], fictional=True)
E("isolation_room", "Location", [], ["an isolation room"])
E("colleen_baptiste", "Person", ["Colleen Baptiste"], ["Health Minister"], fictional=True)
E("independent_review", "Event", [], ["an independent review of infection control across the Lakeview network"],
  note="planned (announced by the minister); no event record")
E("manitoba_nurses_alliance", "Organization", ["Manitoba Nurses' Alliance"], ["The union", "the union"], fictional=True)
E("northgate_nurses", "Person", [], ["about 1,100 nurses at Northgate"], generic=True)
E("ward_4b_nurses", "Person", [], ["nurses on Ward 4B", "Our members"], generic=True,
  note="'Our members' (Fontaine) = the union's members, here the Ward 4B nurses who complained")
E("northgate_management", "Organization", [], ["hospital management", "managers"],
  note="Northgate's management")
E("union_complaints_2024", "Event", [], ["at least three written complaints"], note="'repeated warnings'")
E("darlene_fontaine", "Person", ["Darlene Fontaine"], ["the union's president"], fictional=True)
E("ryan_kowalczyk", "Person", ["Ryan Kowalczyk"], ["a Lakeview spokesman"], fictional=True)
E("patient_family", "Person", [], ["The family of one patient who died", "the family"], unnamed=True)
E("deceased_man", "Person", [], ["a 78-year-old man", "The man"], unnamed=True)
E("patient_son", "Person", [], ["his son"], unnamed=True)
E("four_deceased_patients", "Person", [], ["Four patients who tested positive", "all four"], unnamed=True)
E("first_patient", "Person", [], ["the first patient"], unnamed=True)
E("infection_control_specialists", "Person", [], ["Infection-control specialists"], generic=True)
E("amrit_sandhu", "Person", ["Dr. Amrit Sandhu"],
  ["a microbiologist at the University of Manitoba who is not involved in the response"], fictional=True)
E("university_of_manitoba", "Organization", ["University of Manitoba"])
E("canada", "Location", ["Canada"])
E("hamilton", "Location", ["Hamilton"])
E("ontario", "Location", ["Ontario"])
E("hamilton_hospital", "Organization", [], ["a hospital in Hamilton"], unnamed=True)
E("hamilton_outbreak_2022", "Event", [], ["an outbreak"])
# clausal events
E("deaths_2024", "Event", [], note="clausal: 'Four patients who tested positive have died since mid-October'")
E("man_death_2024", "Event", [], note="clausal: 'The man died on Oct. 27'")
E("osei_resignation_2024", "Event", [], note="clausal: 'resigned' / 'stepped down on Monday'")
E("marchetti_appointment_2024", "Event", [], note="clausal: 'named Dr. Helen Marchetti ... as interim chief executive'")
E("inspection_2024", "Event", [], ["an unannounced visit"])
E("report_leak_2024", "Event", [], note="adjectival/clausal: 'a leaked inspection report', 'obtained by The Prairie Ledger'")
E("who_listing_2022", "Event", [], note="clausal: 'placed it on its list of critical-priority fungal pathogens in 2022'")
E("c_auris_identification_2009", "Event", [], note="clausal: 'first identified in Japan in 2009'")
E("northgate_restrictions_2024", "Event", [], note="clausal: visiting restricted, non-urgent surgery postponed")

# ----------------------------------------------------------------- relations
R = g.rel
R("winnipeg", "located_in", "manitoba", "WINNIPEG, Manitoba")
R("northgate_general", "located_in", "winnipeg", "Drug-resistant fungus spreads at Winnipeg hospital", implicit=True,
  note="headline: 'Winnipeg hospital' = Northgate General by coreference")
R("c_auris_outbreak_2024", "located_in", "northgate_general",
  "a drug-resistant fungus at Northgate General Hospital has more than doubled in a week", implicit=True,
  note="the outbreak entity is named later in the sentence ('the outbreak')")
R("c_auris_outbreak_2024", "located_in", "affected_wards", "the wards at the center of the outbreak")
R("northgate_general", "located_in", "north_end", "a 540-bed teaching hospital in Winnipeg's North End")
R("north_end", "located_in", "winnipeg", "Winnipeg's North End")
R("northgate_general", "part_of", "lakeview", "is the largest of four hospitals in the Lakeview Health Network")
R("lakeview", "located_in", "selkirk", "which also runs sites in Selkirk, Steinbach and Portage la Prairie",
  qualifier="runs a site there")
R("lakeview", "located_in", "steinbach", "which also runs sites in Selkirk, Steinbach and Portage la Prairie",
  qualifier="runs a site there")
R("lakeview", "located_in", "portage_la_prairie", "which also runs sites in Selkirk, Steinbach and Portage la Prairie",
  qualifier="runs a site there")
R("selkirk_site", "part_of", "lakeview", "the Selkirk site", implicit=True, note="'the other three hospitals' of the network")
R("selkirk_site", "located_in", "selkirk", "the Selkirk site", implicit=True, note="from the phrase")
R("transferred_patients", "located_in", "selkirk_site",
  "No cases have been confirmed at the other three hospitals, although two patients transferred from Northgate to the Selkirk site are being tested, the network said.",
  source="lakeview")
R("martin_osei", "holds_position", "northgate_general", "the hospital's chief executive", role="chief executive",
  time="../2024-11-04", note="named in the 4th paragraph")
R("martin_osei", "leader_of", "northgate_general", "Martin Osei, who had led Northgate General since 2019",
  time="2019/2024-11-04", alt_predicates=["holds_position"])
R("helen_marchetti", "holds_position", "lakeview", "Dr. Helen Marchetti, its chief medical officer",
  role="chief medical officer")
R("helen_marchetti", "holds_position", "northgate_general",
  "The network's board named Dr. Helen Marchetti, its chief medical officer, as interim chief executive the same evening.",
  role="interim chief executive", time="2024-11-04/..", alt_objects=["lakeview"],
  note="interim chief executive in Osei's place (of the hospital)")
R("lakeview_board", "part_of", "lakeview", "The network's board")
R("who_spokesperson", "holds_position", "who", "A WHO spokesperson", role="spokesperson")
R("who_spokesperson", "located_in", "geneva", "A WHO spokesperson in Geneva")
R("office_patient_safety", "part_of", "manitoba", "the province's Office of Patient Safety")
R("isolation_room", "located_in", "ward_4b",
  "an isolation room on Ward 4B was being used for storage", source="office_patient_safety", via=["prairie_ledger"])
R("ward_4b", "located_in", "northgate_general", "an isolation room on Ward 4B", implicit=True,
  note="Ward 4B is a Northgate ward (context)")
R("colleen_baptiste", "holds_position", "manitoba", "Health Minister Colleen Baptiste", role="health minister",
  implicit=True, note="the provincial government (implicit object)")
R("manitoba", "funded", "independent_review",
  "She said the province would pay for an independent review of infection control across the Lakeview network",
  source="colleen_baptiste", qualifier="planned (would pay)")
R("northgate_nurses", "member_of", "manitoba_nurses_alliance",
  "The Manitoba Nurses' Alliance, which represents about 1,100 nurses at Northgate", qualifier="represented by")
R("northgate_nurses", "member_of", "northgate_general", "about 1,100 nurses at Northgate", qualifier="staff")
R("manitoba_nurses_alliance", "located_in", "manitoba", "Manitoba Nurses' Alliance", implicit=True, note="from the name")
R("ward_4b_nurses", "located_in", "ward_4b", "nurses on Ward 4B", source="manitoba_nurses_alliance")
R("northgate_management", "part_of", "northgate_general", "hospital management", implicit=True)
R("darlene_fontaine", "holds_position", "manitoba_nurses_alliance", "Darlene Fontaine, the union's president",
  role="president", alt_predicates=["leader_of"])
R("ryan_kowalczyk", "holds_position", "lakeview", "a Lakeview spokesman, Ryan Kowalczyk", role="spokesman")
R("deceased_man", "located_in", "northgate_general", "he had been moved between three wards in his last two weeks",
  source="patient_family", implicit=True, note="a Northgate patient (context)")
R("deceased_man", "died_on", "2024-10-27", "The man died on Oct. 27, according to the family.", source="patient_family")
R("amrit_sandhu", "holds_position", "university_of_manitoba", "a microbiologist at the University of Manitoba",
  role="microbiologist", alt_predicates=["member_of"])
R("university_of_manitoba", "located_in", "manitoba", "University of Manitoba", implicit=True, note="from the name")
R("c_auris_outbreak_2024", "located_in", "canada", "The outbreak appears to be the largest of its kind in Canada")
R("hamilton_hospital", "located_in", "hamilton", "a hospital in Hamilton")
R("hamilton", "located_in", "ontario", "Hamilton, Ontario")
R("hamilton_outbreak_2022", "located_in", "hamilton_hospital",
  "17 patients were colonized or infected at a hospital in Hamilton, Ontario, in an outbreak")
R("hamilton", "located_in", "canada", "the largest of its kind in Canada since 2022, when 17 patients were colonized or infected at a hospital in Hamilton, Ontario",
  implicit=True)

# -------------------------------------------------------------- attributions
A = g.attr
A("The number of patients infected or colonized with a drug-resistant fungus at Northgate General Hospital has more than doubled in a week, health officials said Tuesday",
  "red_river_rha", "said", False)
A("The Red River Regional Health Authority said 23 patients had now tested positive for Candida auris, up from 14 on Friday and nine on Oct. 29.",
  "red_river_rha", "said", False)
A("Most of the confirmed patients are colonized, meaning they carry the fungus on their skin without being ill, but at least six have developed bloodstream infections, the authority said.",
  "red_river_rha", "the authority said", False, note="'meaning ... ill' is a gloss (author or authority)")
A("The authority said all four were elderly and seriously ill before they contracted the fungus, and that \"it is not yet clear whether C. auris caused or contributed to any of these deaths.\"",
  "red_river_rha", "said", False, partial_quote=True)
A("No cases have been confirmed at the other three hospitals, although two patients transferred from Northgate to the Selkirk site are being tested, the network said.",
  "lakeview", "the network said", False)
A("In a letter to staff, he said the hospital \"needs leadership that can focus entirely on ending this outbreak and rebuilding trust\" and that he took \"full responsibility for the failures that allowed it to spread.\"",
  "martin_osei", "said", False, partial_quote=True)
A("A WHO spokesperson in Geneva said hospital outbreaks were \"increasingly common\" and \"notoriously hard to stamp out once the fungus is established in a unit,\" but declined to comment on the Winnipeg cases.",
  "who_spokesperson", "said", False, partial_quote=True, on_behalf_of="who")
A("The inspection report, prepared by the province's Office of Patient Safety after an unannounced visit on Oct. 22 and 23 and obtained by The Prairie Ledger, found that staff on two medical wards cleaned their hands in only 58 percent of observed opportunities, well below the hospital's own target of 90 percent.",
  "office_patient_safety", "found", False, via=["prairie_ledger"],
  note="source = the report's author; the leaked copy reached the press via The Prairie Ledger")
A("Inspectors also reported that shared blood-pressure cuffs and patient lifting slings were not routinely disinfected between patients and that an isolation room on Ward 4B was being used for storage.",
  "office_patient_safety", "reported", False, via=["prairie_ledger"])
A("The report, dated Oct. 30, says the first patient was \"probably\" infected in the hospital in late September, weeks before the outbreak was declared on Oct. 15, and that the delay \"likely allowed onward transmission.\"",
  "office_patient_safety", "says", False, via=["prairie_ledger"], partial_quote=True)
A("It recommends screening every patient admitted to the affected wards.",
  "office_patient_safety", "recommends", False, via=["prairie_ledger"], note="directive speech act")
A("Health Minister Colleen Baptiste said in a statement that she had not seen the final report but found its reported findings \"deeply troubling.\"",
  "colleen_baptiste", "said in a statement", False, partial_quote=True)
A("\"Patients and their families deserve to know that the basics are being done right, every time,\" she said.",
  "colleen_baptiste", "she said", True)
A("She said the province would pay for an independent review of infection control across the Lakeview network and that she had asked the office to return to Northgate within 30 days.",
  "colleen_baptiste", "She said", False)
A("The Manitoba Nurses' Alliance, which represents about 1,100 nurses at Northgate, accused hospital management of ignoring repeated warnings.",
  "manitoba_nurses_alliance", "accused", False)
A("The union said nurses on Ward 4B had raised concerns about understaffing and a shortage of isolation rooms in at least three written complaints since August, and that managers had told them to \"keep patients moving\" to free up beds.",
  "manitoba_nurses_alliance", "said", False, partial_quote=True)
A("managers had told them to \"keep patients moving\" to free up beds", "northgate_management", "told", False,
  via=["manitoba_nurses_alliance"], partial_quote=True, note="directive relayed (and partly quoted) by the union")
A("\"Our members saw this coming and said so,\" said Darlene Fontaine, the union's president. \"They were overruled.\"",
  "darlene_fontaine", "said", True, cue_ctx="said Darlene Fontaine", on_behalf_of="manitoba_nurses_alliance")
A("The network rejected that account.", "lakeview", "rejected", False)
A("\"At no point were concerns about infection control ignored,\" a Lakeview spokesman, Ryan Kowalczyk, said in an email.",
  "ryan_kowalczyk", "said in an email", True, on_behalf_of="lakeview")
A("He said staffing on the affected wards had met provincial standards throughout and that every patient transfer had been approved by infection-control staff.",
  "ryan_kowalczyk", "He said", False, on_behalf_of="lakeview")
A("The family of one patient who died, a 78-year-old man, said he had been moved between three wards in his last two weeks.",
  "patient_family", "said", False)
A("\"Nobody told us he had tested positive until the day before he died,\" his son, who asked not to be named, said in an interview. \"We found out from a nurse, not a doctor.\"",
  "patient_son", "said in an interview", True)
A("The man died on Oct. 27, according to the family.", "patient_family", "according to", False)
A("The authority said it could not discuss individual patients.", "red_river_rha", "said", False)
A("Infection-control specialists said the official figures probably understate the spread.",
  "infection_control_specialists", "said", False)
A("\"With C. auris, you find what you look for,\" said Dr. Amrit Sandhu, a microbiologist at the University of Manitoba who is not involved in the response. \"Until every patient on those wards has been screened, nobody can say how big this is.\"",
  "amrit_sandhu", "said", True)
A("Visiting has been restricted on four wards, and non-urgent surgery at Northgate has been postponed until at least Nov. 18, the network said.",
  "lakeview", "the network said", False)

# -------------------------------------------------------------------- hedges
H = g.hedge
H("suspected", "Eleven more are being treated as suspected cases while their results are pending.", "possible")
H("it is not yet clear", "it is not yet clear whether C. auris caused or contributed to any of these deaths.", "uncertain")
H("No cases have been confirmed",
  "No cases have been confirmed at the other three hospitals, although two patients transferred from Northgate to the Selkirk site are being tested",
  "uncertain", note="absence of confirmation while tests are pending")
H("probably", "the first patient was \"probably\" infected in the hospital in late September", "probable")
H("likely", "the delay \"likely allowed onward transmission.\"", "probable")
H("reported", "found its reported findings \"deeply troubling.\"", "reported",
  note="the minister distances herself: she has not seen the final report")
H("probably", "the official figures probably understate the spread", "probable")
H("nobody can say", "nobody can say how big this is.", "uncertain")
H("appears to be", "The outbreak appears to be the largest of its kind in Canada since 2022", "probable")

# stances: none (no explicit authorial judgement of a source's claim)

# -------------------------------------------------------------------- events
V = g.event
V("c_auris_outbreak_2024", "outbreak", "2024-10-15", "northgate_general",
  {"cases": 23, "suspected": 11, "bloodstream_infections": 6, "deaths": 4},
  [("red_river_rha", "responder"), ("lakeview", "responder"), ("office_patient_safety", "responder"),
   ("first_patient", "index_case", {"source": "office_patient_safety", "certainty": "probable"}),
   ("four_deceased_patients", "victim", {"qualifier": "causation not established"}),
   ("transferred_patients", "suspected_case", {"source": "lakeview", "certainty": "possible"})],
  "23 patients had now tested positive for Candida auris, up from 14 on Friday and nine on Oct. 29",
  subtype="hospital outbreak of a drug-resistant fungus (Candida auris)",
  date_note="declared 2024-10-15; first patient probably infected late September (2024-09, report); counts to 2024-11-05",
  alt_dates=["2024-09/2024-11-06"],
  numbers_by_source=[
      {"source": "red_river_rha", "time": "2024-10-29", "numbers": {"cases": 9}, "evidence": "nine on Oct. 29"},
      {"source": "red_river_rha", "time": "2024-11-01", "numbers": {"cases": 14}, "evidence": "up from 14 on Friday"},
      {"source": "red_river_rha", "time": "2024-11-05", "numbers": {"cases": 23, "suspected": 11},
       "evidence": "The Red River Regional Health Authority said 23 patients had now tested positive for Candida auris"},
      {"source": "red_river_rha", "time": "2024-11-05", "numbers": {"bloodstream_infections": 6},
       "qualifier": "at least", "evidence": "at least six have developed bloodstream infections"},
      {"source": "author", "numbers": {"deaths": 4}, "qualifier": "died after testing positive; causation unclear",
       "evidence": "Four patients who tested positive have died since mid-October."},
      {"source": "infection_control_specialists", "numbers": {}, "certainty": "probable",
       "qualifier": "official figures probably understate the spread",
       "evidence": "Infection-control specialists said the official figures probably understate the spread."}])
V("deaths_2024", "death", "2024-10", "northgate_general", {"deaths": 4},
  [("four_deceased_patients", "victim")],
  "Four patients who tested positive have died since mid-October.",
  subtype="deaths of patients who tested positive (cause not established)", date_span="2024-10/2024-11-06",
  date_note="'since mid-October': interval start recorded as the date")
V("man_death_2024", "death", "2024-10-27", "northgate_general", {"deaths": 1},
  [("deceased_man", "victim")], "The man died on Oct. 27, according to the family.",
  subtype="death of a patient", source="patient_family", note="one of the four deaths (presumably)")
V("osei_resignation_2024", "resignation", "2024-11-04", None, {},
  [("martin_osei", "actor"), ("northgate_general", "organization")],
  "Martin Osei, who had led Northgate General since 2019, stepped down on Monday.", subtype="chief executive resigns")
V("marchetti_appointment_2024", "appointment", "2024-11-04", None, {},
  [("helen_marchetti", "appointee"), ("lakeview_board", "appointer"), ("northgate_general", "organization")],
  "The network's board named Dr. Helen Marchetti, its chief medical officer, as interim chief executive the same evening.",
  subtype="interim chief executive")
V("inspection_2024", "investigation", "2024-10-22/2024-10-23", "northgate_general", {"hand_hygiene_pct": 58},
  [("office_patient_safety", "actor"), ("northgate_general", "target")],
  "prepared by the province's Office of Patient Safety after an unannounced visit on Oct. 22 and 23",
  subtype="unannounced inspection (report dated 2024-10-30)")
V("report_leak_2024", "leak", None, None, {},
  [("prairie_ledger", "recipient"), ("office_patient_safety", "actor", {"qualifier": "author of the report, not the leaker"})],
  "a leaked inspection report described lapses in basic infection control", subtype="inspection report leaked to the press",
  date_note="not stated; by 2024-11-05 (report dated 2024-10-30)")
V("who_listing_2022", "publication", "2022", None, {},
  [("who", "actor")],
  "The World Health Organization placed it on its list of critical-priority fungal pathogens in 2022.",
  subtype="priority pathogen list")
V("c_auris_identification_2009", "other", "2009", "japan", {},
  [], "a yeast first identified in Japan in 2009", subtype="first identification of the pathogen")
V("union_complaints_2024", "other", "2024-08", "ward_4b", {"complaints": 3},
  [("ward_4b_nurses", "actor"), ("northgate_management", "target")],
  "nurses on Ward 4B had raised concerns about understaffing and a shortage of isolation rooms in at least three written complaints since August",
  subtype="written complaints / warnings", source="manitoba_nurses_alliance", numbers_qualifier="at least",
  date_span="2024-08/2024-11-05", date_note="'since August': interval start recorded as the date",
  note="denied by Lakeview ('At no point were concerns ... ignored')")
V("hamilton_outbreak_2022", "outbreak", "2022", "hamilton_hospital", {"cases": 17},
  [], "17 patients were colonized or infected at a hospital in Hamilton, Ontario, in an outbreak that took nearly nine months to bring under control",
  subtype="earlier hospital outbreak (Candida auris)", duration="P9M")
V("northgate_restrictions_2024", "other", None, "northgate_general", {"wards_restricted": 4},
  [("lakeview", "actor")],
  "Visiting has been restricted on four wards, and non-urgent surgery at Northgate has been postponed until at least Nov. 18",
  subtype="visiting restrictions and postponement of non-urgent surgery", source="lakeview",
  until="2024-11-18", date_note="start not stated")

# ------------------------------------------------------------------- timexes
T = g.timex
T("Nov. 6, 2024", "2024-11-06", function="publication_date")
T("a week", "P1W", type="duration", anchor="2024-11-05")
T("Tuesday", "2024-11-05")
T("a day", "P1D", type="duration", note="'a day after' the resignation (2024-11-04)")
T("Friday", "2024-11-01")
T("Oct. 29", "2024-10-29")
T("mid-October", "2024-10", mod="MID", note="signal 'since'")
T("2019", "2019", note="signal 'since'")
T("Monday", "2024-11-04")
T("the same evening", "2024-11-04", anaphoric=True, alt_values=["2024-11-04TEV"])
T("2009", "2009")
T("weeks", "PXW", ctx="for weeks on bed rails", type="duration")
T("2022", "2022", ctx="fungal pathogens in 2022")
T("Oct. 22", "2024-10-22")
T("23", "2024-10-23", ctx="Oct. 22 and 23", note="elliptical day of month")
T("Oct. 30", "2024-10-30")
T("late September", "2024-09", mod="END")
T("weeks", "PXW", ctx="weeks before the outbreak", type="duration")
T("Oct. 15", "2024-10-15")
T("30 days", "P30D", type="duration", anchor="2024-11-05")
T("August", "2024-08", note="signal 'since'")
T("two weeks", "P2W", type="duration", anchor="2024-10-27", alt_values=["2024-10-13/2024-10-27"],
  note="'his last two weeks' before his death")
T("the day before", "2024-10-26", anchor="2024-10-27", note="'the day before he died'; death date given later (Oct. 27)")
T("Oct. 27", "2024-10-27")
T("2022", "2022", ctx="Canada since 2022", note="signal 'since'")
T("nearly nine months", "P9M", type="duration", mod="LESS_THAN")
T("Nov. 18", "2024-11-18", note="signal 'until at least'")

# -------------------------------------------------------------------- notes
g.notes += [
    "FICTIONAL dev document (own wording), written for benchmarks/devset: Northgate General Hospital, the Lakeview Health "
    "Network, the Red River Regional Health Authority, the Office of Patient Safety, The Prairie Ledger, the Manitoba "
    "Nurses' Alliance and all named people are invented; Winnipeg, Manitoba, Selkirk, Steinbach, Portage la Prairie, "
    "Hamilton, Ontario, Canada, Japan, Geneva, the WHO and the University of Manitoba are real. The Winnipeg outbreak, the "
    "2022 Hamilton outbreak and all statements are invented; the facts about C. auris (first identified in Japan in 2009; "
    "WHO critical-priority fungal pathogen list, 2022) are real. Straight quotes only. errors: none.",
    "published = 2024-11-06 (Wednesday, dateline): 'Tuesday' = 2024-11-05, 'Friday' = 2024-11-01, 'Monday' = 2024-11-04, "
    "'the same evening' = Monday 2024-11-04; 'the day before he died' = 2024-10-26 (the death date Oct. 27 is given two "
    "sentences later); '23' in 'Oct. 22 and 23' = 2024-10-23. 'every time' (quote) is not a timex.",
    "Changing numbers: cases 9 (Oct. 29) -> 14 (Friday) -> 23 (Tuesday) plus 11 suspected; at least 6 bloodstream "
    "infections; 4 deaths among positives with causation not established (authority). See numbers_by_source.",
    "Certainty per source (FactBank-style, as in the shared gold): plain statements by the authority, the network, the union, "
    "the minister, the family and the son are 'certain' for them; the report's 'probably'/'likely' are 'probable' for the "
    "Office of Patient Safety; 'suspected' possible; 'it is not yet clear', 'nobody can say' and 'No cases have been "
    "confirmed ... although ... being tested' uncertain; 'appears to be' probable (author). Approximators (about 1,100, at "
    "least six, more than doubled, nearly nine months) are not hedges; 'can survive' (generic ability) is not a hedge.",
    "The inspection report is the medium, not an entity: its content is attributed to its author, the Office of Patient "
    "Safety, with via=[The Prairie Ledger] (the outlet that obtained the leaked copy). The minister's 'the final report' may "
    "be a later version than the leaked one: left unresolved.",
    "Union accusation vs hospital denial: the union says warnings were ignored and managers said 'keep patients moving' "
    "(nested attribution: managers via the union); Lakeview rejects it ('At no point were concerns ... ignored'). No "
    "predicate in the closed vocabulary for 'ignored warnings' or for causation (fungus -> deaths): recorded in "
    "attributions/hedges/events only.",
    "No explicit authorial stance (stances empty); 'well below the hospital's own target' is part of the report's finding.",
    "Event types from DESIGN.md's full vocabulary (outbreak, death, resignation, appointment, investigation, leak, "
    "publication, other). Event date for intervals opened by 'since X' is X (date_span keeps the interval). The outbreak's "
    "date is its declaration (2024-10-15); alt_dates gives the probable start-to-now interval. Not event records: the "
    "planned independent review and the minister's requested re-inspection (future), the patient transfers to Selkirk.",
    "Event roles: responder, victim, actor, target, recipient, appointee, appointer as in the shared gold; new here: "
    "index_case, suspected_case, organization (the institution a resignation/appointment concerns).",
    "Entity typing: hospitals/sites are typed Organization (they have executives, staff, management); wards and the "
    "isolation room are Location (facility). 'health officials' (first paragraph) is read as the Red River Regional "
    "Health Authority; 'Inspectors' as the Office of Patient Safety; 'the province' as Manitoba (government). Candida "
    "auris (a pathogen) is not an entity type in the schema.",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
