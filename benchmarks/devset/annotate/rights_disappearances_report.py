#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for
benchmarks/devset/docs/rights_disappearances_report.txt -> benchmarks/devset/gold/rights_disappearances_report.json

Fictional human-rights wire story: a Johannesburg-based rights group (the Southern Africa Justice Observatory, SAJO)
releases a report on enforced disappearances and secret detention during the counter-insurgency campaign in Cabo
Delgado, Mozambique, accusing an army special forces unit (the Northern Special Operations Group, GOEN, a unit of the
Mozambique Armed Defence Forces, FADM) of holding detainees incommunicado at a disused cashew factory (Lipelua) outside
Mueda; competing figures (SAJO 214 cases vs the interior ministry's 38 'lawfully detained' vs the UN Working Group's 87
cases transmitted); the ministry's 'baseless' denial and its 'used only as a warehouse' claim, which the writer says
satellite images reviewed by the newspaper contradict (author stance); a statement ending in a colon-introduced quote;
an unnamed senior security official (on condition of anonymity) who partly confirms; relatives quoted (a mother whose
quote runs over a paragraph break, a brother); a lawyer's habeas corpus petitions and a provincial court order ignored
by the army; the unit's founding, its commander's command since March 2023 and appointment last month; a 2022 village
raid blamed on the unit (army vs survivors vs SAJO, with the writer siding with SAJO); hedges ('allegedly', 'may have
been', 'appeared to', 'is believed to', 'reportedly', 'claimed to be').  Built with the shared goldlib; events follow
the shared validator's list like labour_port_strike (a DESIGN type it lacks is 'other' with the DESIGN word leading the
subtype)."""
from pathlib import Path

HERE = Path(__file__).resolve()
DEVSET = HERE.parents[1]                    # benchmarks/devset

from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "rights_disappearances_report"
PUB = "2025-11-19"  # dateline: PEMBA, Mozambique, November 19, 2025 (a Wednesday)
g = Gold(DEVSET / "docs" / f"{NAME}.txt", PUB)

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("pemba", "Location", ["PEMBA", "Pemba"],
  note="dateline; 'A senior security official in Pemba', 'a court in Pemba', 'an interview in Pemba', 'a lawyer in "
       "Pemba'")
E("mozambique", "Location", ["Mozambique", "Mozambican"],
  note="dateline; 'Mozambique's army' (lead), 'Mozambican army unit' (headline, demonym), 'the Mozambican government' "
       "(attributive), 'Mozambique's defence and security forces' (ministry quote); also inside 'Mozambique Armed "
       "Defence Forces'")
E("cabo_delgado", "Location", ["Cabo Delgado"], ["the northern province of Cabo Delgado", "the province"],
  note="x6 incl. headline, 'Cabo Delgado Provincial Court'; 'the province' x2 ('in the province between', 'ground "
       "operations in the province')")
E("mueda", "Location", ["Mueda"], note="x2 ('the outskirts of Mueda'; Saide's 'I went to Mueda')")
E("lipelua", "Location", ["Lipelua", "Lipelua cashew factory"],
  ["a disused cashew factory", "the old Lipelua cashew factory", "the unit's main detention site", "the Lipelua site",
   "the site", "secret jail"],
  fictional=True,
  note="facility typed Location (DESIGN: facility); 'secret jail' (headline, SAJO's characterisation); 'Lipelua' x4; "
       "'the site' ('at the site as recently as August'); 'no prison there' (gate soldiers via Saide) denies it is a prison")
E("storage_hall", "Location", [], ["a storage hall"], note="inside the Lipelua site (former detainees' account)")
E("military_bases", "Location", [], ["military bases further north"], generic=True)
E("mocimboa", "Location", ["Mocímboa da Praia"], note="x2 (bodies near; Momade 'from')")
E("macomia", "Location", ["Macomia"], note="the town: 'a checkpoint outside Macomia'")
E("macomia_district", "Location", ["Macomia district"])
E("macomia_checkpoint", "Location", [], ["a checkpoint outside Macomia"])
E("nkonga", "Location", ["Nkonga"], ["the village of Nkonga", "the area"], fictional=True,
  note="'after insurgents were reported in the area'")
E("johannesburg", "Location", ["Johannesburg"], note="only in 'Johannesburg-based'")

# organizations
E("sajo", "Organization", ["Southern Africa Justice Observatory", "SAJO"],
  ["a human rights organisation", "the group", "Rights group"], fictional=True,
  note="acronym in brackets; 'SAJO' x5 (incl. 'SAJO's research director', 'SAJO's report', 'SAJO was unable'); 'the "
       "group said' (paragraph 2); 'Rights group' (headline); its report is a separate (publication) entity and 'the "
       "report says/describes/according to the report' are attributed to SAJO")
E("goen", "Organization", ["Northern Special Operations Group", "GOEN"],
  ["A special forces unit of Mozambique's army", "Mozambican army unit", "the unit", "The unit",
   "an elite force answerable to the army's general staff"],
  fictional=True,
  note="acronym in brackets (Portuguese initials, not spelled out); 'GOEN' x4 (incl. 'a GOEN sergeant'); 'the unit' "
       "x2 ('the unit's main detention site', Machava's 'the unit \"does not take'); 'The unit has faced'; 'It has been "
       "commanded'. Strength: 'is believed to number about 600 soldiers' (no predicate; see strength_by_source)",
  strength_by_source=[{"source": "author", "certainty": "reported", "number": 600, "qualifier": "about",
                       "evidence": "is believed to number about 600 soldiers"}])
E("fadm", "Organization", ["Mozambique Armed Defence Forces", "FADM"],
  ["Mozambique's army", "the army", "The army", "the military"],
  note="real institution; every action and statement here is fictional. 'the army' x4 (incl. 'the army's general "
       "staff', 'the army's press office', 'ordered the army to produce', 'the army had ignored'); 'The army said at the "
       "time'; 'the military to present'")
E("general_staff", "Organization", [], ["the army's general staff"])
E("military_intelligence", "Organization", [], ["military intelligence"])
E("army_press_office", "Organization", [], ["the army's press office"])
E("interior_ministry", "Organization", ["Ministry of the Interior"], ["ministry", "The ministry"],
  note="real ministry; statements fictional. 'ministry calls report' (headline); 'The ministry said'; 'It said', 'It "
       "did not address', 'The statement ended' (its statement)")
E("defence_ministry", "Organization", [], ["the defence ministry"])
E("moz_government", "Organization", [], ["the Mozambican government", "The state"],
  note="'The state knows where they went' (Mokoena's quote); 'The state' is also a substring of 'The statement'")
E("security_forces", "Organization", [], ["Mozambique's defence and security forces"], generic=True,
  note="the ministry's collective (army and police)")
E("prosecutors_office", "Organization", ["Public Prosecutor's Office"], ["the prosecutors"],
  note="'the prosecutors were far away' (the official's quote)")
E("provincial_court", "Organization", ["Cabo Delgado Provincial Court"], ["a court in Pemba"],
  note="real type of court; the order is fictional")
E("un", "Organization", ["UN"], note="only inside 'UN Working Group' / 'UN working group'")
E("un_wgeid", "Organization", ["UN Working Group on Enforced or Involuntary Disappearances"],
  ["the UN working group"], note="real body; figures fictional. 'its most recent annual report'")
E("achpr", "Organization", ["African Commission on Human and Peoples' Rights"])
E("islamic_state", "Organization", ["Islamic State"], ["the Islamic State group"])
E("insurgents", "Organization", ["Islamist insurgents", "insurgents", "fighters linked to the Islamic State group"],
  generic=True, name_kind="descriptive",
  note="the armed group(s) of the insurgency: 'Islamist insurgents' (lead), 'used by insurgents', 'insurgents were "
       "reported in the area', 'the dead were insurgents' (army's claim)")
E("civilian_owners", "Organization", [], ["its civilian owners"], generic=True)
E("this_newspaper", "Organization", [], ["this newspaper"],
  note="the writer's own outlet (x2: satellite images reviewed, residents interviewed): the author, not a separate "
       "source; its findings are author claims")

# people
E("thandeka_mokoena", "Person", ["Thandeka Mokoena", "Mokoena"], ["SAJO's research director"], fictional=True,
  note="'who led the investigation'; 'she said' (last paragraph)")
E("senior_official", "Person", ["A senior security official in Pemba"], ["the official"], unnamed=True,
  name_kind="descriptive", note="'who spoke on condition of anonymity because he was not authorised'; 'he'")
E("amina_saide", "Person", ["Amina Saide", "Saide"], fictional=True, note="'her son', 'told her'; 'I', 'me' in her quote")
E("abdul_saide", "Person", ["Abdul"], ["her son", "a 24-year-old fisherman"], fictional=True,
  note="x3 incl. 'no Abdul there' (gate soldiers via Saide); surname not given (Saide's son)")
E("released_detainee", "Person", ["a released detainee"], unnamed=True, name_kind="descriptive")
E("gate_soldiers", "Person", ["The soldiers at the gate"], generic=True, name_kind="descriptive",
  note="'They said' in Saide's quote")
E("rashid_momade", "Person", ["Rashid Momade", "Momade"], ["a teacher from Mocímboa da Praia"], fictional=True,
  note="'Momade said' = Rashid; 'Momade' is also inside 'Issufo Momade'")
E("issufo_momade", "Person", ["Issufo", "Issufo Momade"], ["his brother", "a mechanic"], fictional=True,
  note="'his brother Issufo'; 'news of his brother'")
E("momade_family", "Person", [], ["the family"], generic=True)
E("two_other_men", "Person", [], ["two other men"], generic=True)
E("fake_sergeant", "Person", [], ["a man who claimed to be a GOEN sergeant"], unnamed=True)
E("helena_mabunda", "Person", ["Helena Mabunda", "Mabunda"],
  ["a lawyer in Pemba who has filed habeas corpus petitions on behalf of 31 families"], fictional=True)
E("families_31", "Person", [], ["31 families"], generic=True)
E("feliciano_machava", "Person", ["Feliciano Machava", "Machava"],
  ["Colonel Feliciano Machava", "previously the deputy head of military intelligence"], fictional=True,
  note="'Machava' x2 (incl. 'Machava has reportedly told'); 'appointed him', 'He did not respond'")
E("victims", "Person", ["hundreds of people", "the victims", "Most of the detainees"], generic=True,
  name_kind="descriptive",
  note="the disappeared: 'hundreds of people ... many of them' (lead), '214 cases', 'at least 130 of the victims', "
       "'Sixty-one of the 214', 'the bodies of nine', 'The rest', 'Some may have been moved', 'They were taken' "
       "(Mokoena), 'where they went'")
E("former_detainees", "Person", ["Former detainees"], generic=True, name_kind="descriptive",
  note="'they were kept ... with up to 80 other men'")
E("researchers", "Person", ["researchers"], generic=True, name_kind="descriptive", note="SAJO's researchers")
E("men_in_uniform", "Person", ["men in uniform"], generic=True, name_kind="descriptive", note="Mokoena's quote")
E("soldiers", "Person", ["soldiers"], generic=True, name_kind="descriptive",
  note="'soldiers stopped the minibus' (Abdul); 'a truck that soldiers believed had been used by insurgents' "
       "(Issufo); 'soldiers' is also inside 'The soldiers at the gate', 'soldiers from the GOEN', '600 soldiers'")
E("suspects", "Person", ["suspects"], generic=True, name_kind="descriptive",
  note="the official's word for those held at Lipelua ('Some stayed a few days')")
E("lawfully_detained", "Person", ["38 people"], generic=True, name_kind="descriptive",
  note="the ministry's figure: 'lawfully detained ... on suspicion of terrorism'")
E("three_men", "Person", ["the three men whom a court in Pemba ordered the army to produce"],
  ["three of the detainees"], generic=True, name_kind="descriptive", note="incl. Issufo Momade; 'None has been produced'")
E("nkonga_survivors", "Person", ["Survivors of a raid on the village of Nkonga"], ["11 survivors"], generic=True,
  name_kind="descriptive", note="'11 survivors' interviewed by SAJO (a subset)")
E("goen_soldiers", "Person", ["soldiers from the GOEN"], generic=True, name_kind="descriptive")
E("nkonga_dead", "Person", ["at least 12 men", "the dead"], ["unarmed farmers"], generic=True,
  name_kind="descriptive", note="'the dead' x2 (army; SAJO)")
E("nkonga_residents", "Person", ["residents interviewed by this newspaper in 2022"], generic=True,
  name_kind="descriptive")
E("officers", "Person", ["officers"], generic=True, name_kind="descriptive")
E("displaced", "Person", ["hundreds of thousands of people"], generic=True, name_kind="descriptive")

# events
E("disappearances", "Event", [], ["214 cases of enforced disappearance"],
  note="the pattern of enforced disappearances documented by SAJO (January 2022 - June 2025)")
E("lipelua_detention", "Event", [],
  note="clausal: 'held hundreds of people incommunicado at a disused cashew factory'; 'Most of the detainees were "
       "allegedly held at the old Lipelua cashew factory'")
E("ill_treatment", "Event", [], note="clausal: 'interrogated at night and beaten with cables'")
E("transfer_bases", "Event", [], note="clausal: 'Some may have been moved to military bases further north'")
E("bodies_found", "Event", [], note="clausal: 'the bodies of nine were found in the bush or on beaches'")
E("releases", "Event", [], note="clausal: 'Sixty-one of the 214 were later released'")
E("sajo_report", "Event", [], ["a report released on Tuesday", "the report", "SAJO's report", "report", "the findings",
                               "its findings"],
  note="the publication: 'the report' x3 ('the report describes', 'the report says', 'according to the report'), "
       "'calls report' (headline), 'rejected the findings', 'submit its findings'")
E("sajo_investigation", "Event", [], ["the investigation"], note="'who led the investigation' (Mokoena)")
E("lipelua_handover", "Event", [], note="clausal: 'the Lipelua site had been handed back to its civilian owners in 2021'")
E("abdul_detention", "Event", [], note="clausal: 'soldiers stopped the minibus he was travelling in at a checkpoint'")
E("issufo_detention", "Event", [], note="clausal: 'was detained with two other men in October 2023'")
E("sergeant_payment", "Event", [], note="clausal: 'the family had paid a man who claimed to be a GOEN sergeant'")
E("habeas_petitions", "Event", [], ["habeas corpus petitions"], note="'every one of them'")
E("court_order", "Event", [], ["A court order"],
  note="the September ruling: 'a court in Pemba ordered the army to produce', 'the Cabo Delgado Provincial Court "
       "ordered the military to present'; 'A court order' in Mabunda's quote is generic in form but meant of it")
E("goen_founding", "Event", [], note="clausal: 'The GOEN was created in 2020'")
E("machava_command_2023", "Event", [], note="clausal: 'It has been commanded since March 2023 by Colonel Feliciano "
                                             "Machava'")
E("machava_appointment_2025", "Event", [], note="clausal: 'the defence ministry appointed him to lead all ground "
                                                 "operations in the province'")
E("nkonga_raid", "Event", [], ["a raid on the village of Nkonga"])
E("insurgency", "Event", [], ["The insurgency in Cabo Delgado", "the war"],
  note="'the war to end' (Mokoena's quote)")
E("counterinsurgency", "Event", [], ["its campaign against Islamist insurgents"],
  note="the security forces' campaign within the insurgency (part_of)")

# ----------------------------------------------------------------- relations
R = g.rel
HEAD = "Rights group says Mozambican army unit ran secret jail in Cabo Delgado"
R("goen", "controls", "lipelua", HEAD, source="sajo", qualifier="ran secret jail",
  note="headline: the rights group's accusation")
R("lipelua", "located_in", "cabo_delgado", "secret jail in Cabo Delgado", source="sajo")
R("goen", "part_of", "fadm", "Mozambican army unit", source="sajo")
R("pemba", "located_in", "mozambique", "PEMBA, Mozambique")
LEAD = ("A special forces unit of Mozambique's army held hundreds of people incommunicado at a disused cashew factory in "
        "the northern province of Cabo Delgado during its campaign against Islamist insurgents, and many of them have "
        "not been seen since, a human rights organisation said in a report released on Tuesday.")
R("goen", "part_of", "fadm", "A special forces unit of Mozambique's army", source="sajo",
  note="the lead's unnamed unit is the GOEN (named in paragraph 2)")
R("fadm", "part_of", "mozambique", "Mozambique's army", implicit=True,
  note="a country's army (as 'the Philippine military' -> part_of philippines in profile_militant_commander)")
R("goen", "perpetrated", "lipelua_detention", LEAD, source="sajo", qualifier="held incommunicado")
R("goen", "targeted", "victims", LEAD, source="sajo", qualifier="held incommunicado")
R("goen", "controls", "lipelua", LEAD, source="sajo", implicit=True, qualifier="place of detention")
R("lipelua", "located_in", "cabo_delgado", "a disused cashew factory in the northern province of Cabo Delgado",
  source="sajo", note="apposition inside the sentence attributed to SAJO")
R("cabo_delgado", "located_in", "mozambique", "the northern province of Cabo Delgado", implicit=True)
R("fadm", "targeted", "insurgents", "its campaign against Islamist insurgents", source="sajo", ambiguous=True,
  alt_predicates=["perpetrated"], note="'its' = the unit's or the army's; alt subject goen")
R("counterinsurgency", "part_of", "insurgency", "its campaign against Islamist insurgents", implicit=True)
P2 = ("The Johannesburg-based Southern Africa Justice Observatory (SAJO) said it had documented 214 cases of enforced "
      "disappearance in the province between January 2022 and June 2025, and that at least 130 of the victims were "
      "last seen in the custody of the Northern Special Operations Group (GOEN), a unit of the Mozambique Armed Defence "
      "Forces (FADM).")
R("sajo", "located_in", "johannesburg", "The Johannesburg-based Southern Africa Justice Observatory")
R("goen", "targeted", "victims", "at least 130 of the victims were last seen in the custody of the Northern Special "
  "Operations Group", source="sajo", qualifier="custody (130 last seen)")
R("goen", "perpetrated", "disappearances", P2, source="sajo", implicit=True, ambiguous=True,
  note="inferred from 'last seen in the custody of' (130 of 214)")
R("goen", "part_of", "fadm", "the Northern Special Operations Group (GOEN), a unit of the Mozambique Armed Defence "
  "Forces (FADM)", source="sajo", note="apposition inside SAJO's sentence")
P2B = ("Sixty-one of the 214 were later released, the group said, and the bodies of nine were found in the bush or on "
       "beaches near Mocímboa da Praia.")
Q3A = ("\"These are not people who vanished in the fog of war,\" said Thandeka Mokoena, SAJO's research director, who "
       "led the investigation.")
R("thandeka_mokoena", "holds_position", "sajo", "Thandeka Mokoena, SAJO's research director", role="research director")
R("thandeka_mokoena", "leader_of", "sajo_investigation", "Thandeka Mokoena, SAJO's research director, who led the "
  "investigation", ambiguous=True, note="led an investigation (event object)")
Q3B = ("\"They were taken from their homes and from checkpoints by men in uniform, in front of witnesses. The state "
       "knows where they went.\"")
R("men_in_uniform", "targeted", "victims", "They were taken from their homes and from checkpoints by men in uniform",
  source="thandeka_mokoena", qualifier="taken from homes and checkpoints")
R("men_in_uniform", "perpetrated", "disappearances", "They were taken from their homes and from checkpoints by men in "
  "uniform", source="thandeka_mokoena", implicit=True)
P4 = ("Most of the detainees were allegedly held at the old Lipelua cashew factory on the outskirts of Mueda, which the "
      "report describes as the unit's main detention site.")
R("victims", "located_in", "lipelua", "Most of the detainees were allegedly held at the old Lipelua cashew factory",
  certainty="reported", certainty_cue="allegedly", qualifier="held (detention)")
R("lipelua", "located_in", "mueda", "the old Lipelua cashew factory on the outskirts of Mueda", ambiguous=True,
  qualifier="on the outskirts")
R("goen", "controls", "lipelua", "which the report describes as the unit's main detention site", source="sajo",
  qualifier="main detention site")
R("mueda", "located_in", "cabo_delgado", "the outskirts of Mueda", implicit=True)
P4B = ("Former detainees told researchers they were kept in a storage hall with up to 80 other men, interrogated at "
       "night and beaten with cables.")
R("former_detainees", "located_in", "storage_hall", "they were kept in a storage hall with up to 80 other men",
  source="former_detainees", via=["sajo"], qualifier="held")
R("storage_hall", "located_in", "lipelua", "a storage hall", implicit=True, source="former_detainees")
R("researchers", "member_of", "sajo", "told researchers", implicit=True)
P4C = ("Some may have been moved to military bases further north, the report says, though SAJO was unable to confirm "
       "where.")
R("victims", "located_in", "military_bases", "Some may have been moved to military bases further north", source="sajo",
  certainty="possible", certainty_cue="may have been", qualifier="moved to")
P4D = "Two of the nine bodies appeared to bear marks of restraints on the wrists, according to the report."
P5 = "The Ministry of the Interior rejected the findings as \"baseless\" in a statement on Tuesday evening."
R("goen", "perpetrated", "disappearances", P5, source="interior_ministry", polarity="negative", implicit=True,
  polarity_cue="rejected", note="rejecting the report's findings denies the unit's role")
R("interior_ministry", "part_of", "moz_government", "The Ministry of the Interior", implicit=True)
P5B = ("It said the Lipelua site had been handed back to its civilian owners in 2021 and had since been \"used only as "
       "a warehouse\", a claim contradicted by satellite images reviewed by this newspaper, which show guard towers, a "
       "new perimeter fence and military vehicles at the site as recently as August.")
CLAIM5 = ("It said the Lipelua site had been handed back to its civilian owners in 2021 and had since been \"used only "
          "as a warehouse\"")
R("civilian_owners", "controls", "lipelua", "the Lipelua site had been handed back to its civilian owners in 2021",
  source="interior_ministry", time="2021/..", stance="disputes",
  note="the ministry's claim; the writer: 'a claim contradicted by satellite images'")
R("goen", "controls", "lipelua", CLAIM5, source="interior_ministry", polarity="negative", implicit=True,
  time="2021/..", stance="disputes", polarity_cue="used only as a warehouse",
  note="'used only as a warehouse' denies a detention site; disputed by the writer (satellite images)")
R("fadm", "controls", "lipelua", "military vehicles at the site as recently as August", certainty="probable",
  implicit=True, time="2025-08",
  note="the writer's own finding from satellite images (guard towers, fence, military vehicles): military use of the "
       "site; control inferred")
P5C = ("The statement ended: \"Mozambique's defence and security forces act within the Constitution and will not be "
       "distracted by propaganda.\"")
R("fadm", "part_of", "security_forces", "Mozambique's defence and security forces", source="interior_ministry",
  implicit=True, ambiguous=True)
P6 = ("The ministry said 38 people had been \"lawfully detained\" in Cabo Delgado since 2022 on suspicion of terrorism "
      "and that all had been handed to the Public Prosecutor's Office within the time limits set by law.")
R("prosecutors_office", "controls", "lawfully_detained", "all had been handed to the Public Prosecutor's Office within "
  "the time limits set by law", source="interior_ministry", ambiguous=True, qualifier="handed over (custody)",
  stance="disputes", note="the writer points at the unaddressed court case (weak dispute, s02)")
R("lawfully_detained", "located_in", "cabo_delgado", "38 people had been \"lawfully detained\" in Cabo Delgado",
  source="interior_ministry", time="2022/2025-11-19", qualifier="detained")
R("prosecutors_office", "part_of", "moz_government", "the Public Prosecutor's Office", implicit=True)
P6B = ("It did not address the cases of the three men whom a court in Pemba ordered the army to produce in "
       "September.")
R("provincial_court", "located_in", "pemba", "a court in Pemba")
R("provincial_court", "targeted", "fadm", "a court in Pemba ordered the army to produce", time="2025-09",
  ambiguous=True, qualifier="court order to produce detainees", note="a court order; no exact predicate")
R("fadm", "controls", "three_men", "the three men whom a court in Pemba ordered the army to produce", implicit=True,
  ambiguous=True, qualifier="custody (presupposed by the order)")
P7 = ("A senior security official in Pemba, who spoke on condition of anonymity because he was not authorised to "
      "discuss operations, said suspects had been \"held temporarily\" at Lipelua for screening.")
R("senior_official", "located_in", "pemba", "A senior security official in Pemba")
R("suspects", "located_in", "lipelua", "suspects had been \"held temporarily\" at Lipelua for screening",
  source="senior_official", qualifier="held temporarily for screening",
  note="partly confirms the site's use as a detention site (vs the ministry's 'used only as a warehouse')")
Q7 = ("\"Nobody was hidden. Some stayed a few days, some stayed longer, because the prosecutors were far away and the "
      "roads were not safe,\" the official said.")
P8 = ("The UN Working Group on Enforced or Involuntary Disappearances has transmitted 87 cases from Cabo Delgado to the "
      "Mozambican government since 2021, according to its most recent annual report, and has received a reply on only "
      "four of them.")
R("un_wgeid", "part_of", "un", "UN Working Group on Enforced or Involuntary Disappearances", implicit=True)
P9 = ("Amina Saide last saw her son, Abdul, a 24-year-old fisherman, on the morning of March 11, 2024, when soldiers "
      "stopped the minibus he was travelling in at a checkpoint outside Macomia.")
R("soldiers", "targeted", "abdul_saide", P9, time="2024-03-11", qualifier="stopped the minibus (detention)")
R("abdul_saide", "located_in", "macomia_checkpoint", "the minibus he was travelling in at a checkpoint outside Macomia",
  time="2024-03-11")
R("macomia_checkpoint", "located_in", "macomia", "a checkpoint outside Macomia", ambiguous=True,
  qualifier="outside (near)")
R("macomia", "located_in", "cabo_delgado", "Macomia", implicit=True, ctx="a checkpoint outside Macomia")
R("soldiers", "member_of", "fadm", "soldiers stopped the minibus", implicit=True)
P9B = "Three weeks later, a released detainee told her Abdul was being held at Lipelua."
R("abdul_saide", "located_in", "lipelua", "a released detainee told her Abdul was being held at Lipelua",
  source="released_detainee", via=["amina_saide"], time="2024-04-01", qualifier="held")
Q10 = ("\"I went to Mueda with his birth certificate and a photograph. The soldiers at the gate laughed at me,\" Saide "
       "said in an interview in Pemba.")
R("gate_soldiers", "located_in", "lipelua", "The soldiers at the gate", source="amina_saide", implicit=True,
  ambiguous=True, note="the gate of the Lipelua site (she went to Mueda looking for Abdul)")
R("gate_soldiers", "member_of", "fadm", "The soldiers at the gate", source="amina_saide", implicit=True)
Q10B = ("\"They said there was no Abdul there, there was no prison there, there was nothing there.")
R("abdul_saide", "located_in", "lipelua", "there was no Abdul there", source="gate_soldiers", via=["amina_saide"],
  polarity="negative", polarity_cue="no Abdul there", implicit=True,
  note="contradicts the released detainee's account (same triple, positive)")
Q10C = "\"If he is dead, let them give me his body.\""
P11 = ("Rashid Momade, a teacher from Mocímboa da Praia, said his brother Issufo, a mechanic, was detained with two other "
       "men in October 2023 after repairing a truck that soldiers believed had been used by insurgents.")
R("soldiers", "targeted", "issufo_momade", "his brother Issufo, a mechanic, was detained with two other men in October "
  "2023", source="rashid_momade", implicit=True, time="2023-10", qualifier="detained",
  note="agent implied by 'soldiers believed'")
P11B = ("Momade said the family had paid a man who claimed to be a GOEN sergeant 15,000 meticais for news of his "
        "brother and had heard nothing since.")
R("fake_sergeant", "holds_position", "goen", "a man who claimed to be a GOEN sergeant", source="rashid_momade",
  role="sergeant", certainty="reported", certainty_cue="claimed to be")
R("momade_family", "funded", "fake_sergeant", "the family had paid a man who claimed to be a GOEN sergeant 15,000 "
  "meticais", source="rashid_momade", ambiguous=True, qualifier="paid 15,000 meticais for news")
P12 = ("Helena Mabunda, a lawyer in Pemba who has filed habeas corpus petitions on behalf of 31 families, said the army "
       "had ignored almost every one of them.")
R("helena_mabunda", "works_with", "families_31", "filed habeas corpus petitions on behalf of 31 families",
  qualifier="legal counsel")
R("helena_mabunda", "located_in", "pemba", "a lawyer in Pemba")
P12B = ("In September, the Cabo Delgado Provincial Court ordered the military to present three of the detainees, "
        "including Issufo Momade, within 10 days.")
R("provincial_court", "targeted", "fadm", P12B, time="2025-09", ambiguous=True,
  qualifier="order to present three detainees within 10 days")
R("provincial_court", "located_in", "cabo_delgado", "Cabo Delgado Provincial Court", implicit=True)
R("issufo_momade", "member_of", "three_men", "three of the detainees, including Issufo Momade", ambiguous=True,
  note="one of the three (no membership predicate for a set)")
P13 = ("The GOEN was created in 2020 as an elite force answerable to the army's general staff and is believed to number "
       "about 600 soldiers.")
R("general_staff", "controls", "goen", "an elite force answerable to the army's general staff")
R("general_staff", "part_of", "fadm", "the army's general staff")
P13B = ("It has been commanded since March 2023 by Colonel Feliciano Machava, previously the deputy head of military "
        "intelligence.")
R("feliciano_machava", "holds_position", "goen", P13B, role="commander", time="2023-03/..",
  alt_predicates=["leader_of"])
R("feliciano_machava", "holds_position", "fadm", "Colonel Feliciano Machava", role="colonel", implicit=True,
  note="army rank; army not named in the phrase")
R("feliciano_machava", "holds_position", "military_intelligence",
  "previously the deputy head of military intelligence", role="deputy head", qualifier="former", time="../2023-03")
R("military_intelligence", "part_of", "fadm", "military intelligence", implicit=True, ambiguous=True)
P13C = "Last month, the defence ministry appointed him to lead all ground operations in the province."
R("feliciano_machava", "holds_position", "fadm", P13C, role="commander of ground operations in Cabo Delgado",
  time="2025-10/..", place="cabo_delgado", alt_predicates=["leader_of"])
R("defence_ministry", "part_of", "moz_government", "the defence ministry", implicit=True)
P14 = ("Survivors of a raid on the village of Nkonga, in Macomia district, in May 2022 said soldiers from the GOEN shot "
       "at least 12 men and burned dozens of homes after insurgents were reported in the area.")
R("nkonga", "located_in", "macomia_district", "the village of Nkonga, in Macomia district")
R("macomia_district", "located_in", "cabo_delgado", "Macomia district", implicit=True)
R("goen", "perpetrated", "nkonga_raid", P14, source="nkonga_survivors", time="2022-05",
  note="'soldiers from the GOEN' (alt subject goen_soldiers)")
R("goen_soldiers", "member_of", "goen", "soldiers from the GOEN", source="nkonga_survivors")
R("goen", "targeted", "nkonga_dead", "soldiers from the GOEN shot at least 12 men", source="nkonga_survivors",
  time="2022-05", qualifier="shot")
R("goen", "targeted", "nkonga", "burned dozens of homes", source="nkonga_survivors", time="2022-05", implicit=True)
R("insurgents", "located_in", "nkonga", "insurgents were reported in the area", source="nkonga_survivors",
  certainty="reported", certainty_cue="were reported", time="2022-05")
P14B = "The army said at the time that the dead were insurgents killed in combat."
R("nkonga_dead", "member_of", "insurgents", P14B, source="fadm", time="2022-05", stance="disputes",
  note="the writer sides with SAJO's conclusion (s04, weak)")
P14C = ("SAJO's report, which includes interviews with 11 survivors, concludes that most of the dead were unarmed "
        "farmers, findings consistent with the accounts of residents interviewed by this newspaper in 2022.")
R("nkonga_dead", "member_of", "insurgents", "concludes that most of the dead were unarmed farmers", source="sajo",
  polarity="negative", polarity_cue="unarmed farmers", qualifier="most", stance="endorses", implicit=True,
  note="'findings consistent with the accounts of residents interviewed by this newspaper' (s03)")
P15 = ("Machava has reportedly told officers that the unit \"does not take prisoners it cannot account for\".")
R("officers", "member_of", "goen", "Machava has reportedly told officers", implicit=True, ambiguous=True,
  alt_objects=["fadm"])
R("army_press_office", "part_of", "fadm", "the army's press office")
P16 = ("The insurgency in Cabo Delgado, waged by fighters linked to the Islamic State group, began in October 2017 and "
       "has driven hundreds of thousands of people from their homes.")
R("insurgents", "allied_with", "islamic_state", "fighters linked to the Islamic State group",
  alt_predicates=["member_of"], qualifier="linked to")
P17 = ("Mokoena said SAJO would submit its findings to the UN working group and to the African Commission on Human and "
       "Peoples' Rights.")
Q17 = "\"Families have been waiting for two years. They cannot wait for the war to end,\" she said."

# -------------------------------------------------------------- attributions
A = g.attr
A(HEAD, "sajo", "says", False, content="Mozambican army unit ran secret jail in Cabo Delgado",
  note="headline; 'Rights group' = SAJO")
A("ministry calls report \"baseless\"", "interior_ministry", "calls", False, partial_quote=True, polarity="negative",
  note="headline")
A(LEAD, "sajo", "said", False,
  content="A special forces unit of Mozambique's army held hundreds of people incommunicado at a disused cashew "
          "factory in the northern province of Cabo Delgado during its campaign against Islamist insurgents, and many "
          "of them have not been seen since",
  note="'a human rights organisation said in a report' = SAJO (named in paragraph 2)")
A(P2, "sajo", "said", False)
A(P2B, "sajo", "said", False, note="'the group said' (SAJO); the following 'The rest remain missing.' is the writer's")
A(Q3A, "thandeka_mokoena", "said", True, on_behalf_of="sajo")
A(Q3B, "thandeka_mokoena", "said", True, cue_ctx="fog of war,\" said Thandeka", continuation=True, on_behalf_of="sajo",
  note="quote continued over two sentences after the attribution")
A(P4, "sajo", "describes", False, content="the unit's main detention site",
  note="'which the report describes as': SAJO through its report; the main clause is the writer's hedged statement "
       "('allegedly')")
A(P4B, "former_detainees", "told", False, via=["sajo"],
  content="they were kept in a storage hall with up to 80 other men, interrogated at night and beaten with cables",
  note="accounts given to SAJO's researchers and relayed by the report")
A(P4C, "sajo", "says", False, note="'the report says'; 'SAJO was unable to confirm where' is the hedge")
A(P4D, "sajo", "according to", False, note="'according to the report'")
A(P5, "interior_ministry", "rejected", False, partial_quote=True, polarity="negative", content="the findings")
A(CLAIM5, "interior_ministry", "said", False, partial_quote=True)
A(P5C, "interior_ministry", "ended", True,
  content="Mozambique's defence and security forces act within the Constitution and will not be distracted by "
          "propaganda.", note="quote introduced by a colon ('The statement ended:'); the ministry's statement")
A(P6, "interior_ministry", "said", False, partial_quote=True)
A(P6B, "interior_ministry", "did not address", False,
  note="a non-statement (no content), as a non-response; also the writer's weak stance s02")
A(P7, "senior_official", "said", False, partial_quote=True)
A(Q7, "senior_official", "said", True)
A(P8, "un_wgeid", "according to", False, note="'according to its most recent annual report'")
A(P9B, "released_detainee", "told", False, via=["amina_saide"], content="Abdul was being held at Lipelua",
  note="reported through the writer's account of Saide's story")
A(Q10, "amina_saide", "said", True)
A(Q10B, "amina_saide", "said", True, cue_ctx="Saide said in an interview", continuation=True,
  note="quote continued after the attribution; the paragraph has no closing quote mark (continues below)")
A("They said there was no Abdul there, there was no prison there, there was nothing there.", "gate_soldiers",
  "They said", False, via=["amina_saide"],
  content="there was no Abdul there, there was no prison there, there was nothing there", polarity="negative",
  note="reported speech inside Saide's quote")
A(Q10C, "amina_saide", "said", True, cue_ctx="Saide said in an interview", continuation=True,
  note="quote continued across a paragraph break (court_fraud_trial convention); cue is the earlier 'Saide said'")
A(P11, "rashid_momade", "said", False)
A("a truck that soldiers believed had been used by insurgents", "soldiers", "believed", False,
  content="had been used by insurgents", via=["rashid_momade"], note="a belief ascribed to the soldiers by Momade")
A(P11B, "rashid_momade", "said", False)
A("a man who claimed to be a GOEN sergeant", "fake_sergeant", "claimed", False, via=["rashid_momade"],
  content="to be a GOEN sergeant")
A(P12, "helena_mabunda", "said", False, content="the army had ignored almost every one of them")
A("\"A court order is not a suggestion,\" Mabunda said.", "helena_mabunda", "said", True)
A(P14, "nkonga_survivors", "said", False)
A(P14B, "fadm", "said", False)
A("SAJO's report, which includes interviews with 11 survivors, concludes that most of the dead were unarmed farmers",
  "sajo", "concludes", False, content="most of the dead were unarmed farmers")
A(P15, "feliciano_machava", "told", False, partial_quote=True, certainty="reported",
  content="the unit \"does not take prisoners it cannot account for\"", note="'reportedly': hearsay, no named relay")
A("He did not respond to requests for comment sent through the army's press office.", "feliciano_machava",
  "did not respond", False, note="no content: a non-response")
A(P17, "thandeka_mokoena", "said", False, on_behalf_of="sajo")
A(Q17, "thandeka_mokoena", "said", True, on_behalf_of="sajo")

# ------------------------------------------------------------------- hedges
H = g.hedge
H("allegedly", "Most of the detainees were allegedly held at the old Lipelua cashew factory", "reported")
H("may have been", "Some may have been moved to military bases further north", "possible")
H("unable to confirm", "though SAJO was unable to confirm where", "uncertain",
  note="'could not be confirmed' family -> uncertain (shared convention)")
H("appeared to", "Two of the nine bodies appeared to bear marks of restraints on the wrists", "probable")
H("is believed to", "is believed to number about 600 soldiers", "reported",
  note="no source named: hearsay (shared convention)")
H("reportedly", "Machava has reportedly told officers", "reported")
H("were reported", "after insurgents were reported in the area", "reported")
H("claimed to be", "a man who claimed to be a GOEN sergeant", "reported")
H("believed", "a truck that soldiers believed had been used by insurgents", "probable",
  note="the soldiers' belief (source's own belief = probable)")

# ------------------------------------------------------------------ stances
S = g.stance
S(P5B, "interior_ministry", "disputes", "a claim contradicted by satellite images reviewed by this newspaper",
  note="the writer's own verdict, from the newspaper's review of satellite images (guard towers, fence, military "
       "vehicles as recently as August), on the ministry's 'handed back ... used only as a warehouse'")
S(P6B, "interior_ministry", "disputes", "did not address", stance_strength="weak", ambiguous=True,
  note="the writer sets the unaddressed court order against the ministry's claim that every detainee was handed to "
       "prosecutors within legal limits, without calling it false")
S(P14C, "sajo", "endorses", "findings consistent with the accounts of residents interviewed by this newspaper",
  note="the writer corroborates SAJO's conclusion on the Nkonga dead with the newspaper's own 2022 interviews")
S(P14C, "fadm", "disputes", "findings consistent with", stance_strength="weak", ambiguous=True,
  note="by endorsing SAJO's conclusion (unarmed farmers) the writer implicitly disputes the army's 2022 claim that the "
       "dead were insurgents killed in combat")

# ------------------------------------------------------------------- events
V = g.event
V("disappearances", "other", "2022-01/2025-06", "cabo_delgado",
  {"disappeared": 214, "last_seen_in_goen_custody": 130, "released": 61, "found_dead": 9},
  [("goen", "perpetrator", {"source": "sajo"}),
   ("goen", "perpetrator", {"source": "interior_ministry", "polarity": "negative"}),
   ("men_in_uniform", "perpetrator", {"source": "thandeka_mokoena"}),
   ("victims", "victim")], P2,
  subtype="arrest: enforced disappearances (people taken from homes and checkpoints, held incommunicado, fate "
          "concealed)", alt_types=["kidnapping"], source="sajo",
  note="SAJO's documented period; 'The rest remain missing' (214 - 61 - 9 = 144, not stated, not stored). Competing "
       "figures measure different things: SAJO's disappearances, the ministry's lawful detentions, the UN group's "
       "cases transmitted",
  numbers_by_source=[
      {"source": "sajo", "time": "2022-01/2025-06",
       "numbers": {"disappeared": 214, "last_seen_in_goen_custody": 130, "released": 61, "found_dead": 9},
       "qualifier": "'at least 130'",
       "evidence": "214 cases of enforced disappearance in the province between January 2022 and June 2025, and that at "
                   "least 130 of the victims were last seen in the custody"},
      {"source": "interior_ministry", "time": "2022/2025-11-19", "numbers": {"lawfully_detained": 38},
       "qualifier": "detained on suspicion of terrorism, all handed to prosecutors (the ministry's measure)",
       "evidence": "38 people had been \"lawfully detained\" in Cabo Delgado since 2022"},
      {"source": "un_wgeid", "time": "2021/2025-11-19", "numbers": {"cases_transmitted": 87, "replies": 4},
       "qualifier": "cases transmitted to the government; replies received on 'only four'",
       "evidence": "has transmitted 87 cases from Cabo Delgado to the Mozambican government since 2021"}])
V("lipelua_detention", "other", "2022-01/2025-06", "lipelua", {"other_men_in_hall_max": 80},
  [("goen", "perpetrator", {"source": "sajo"}), ("victims", "victim"),
   ("suspects", "victim", {"source": "senior_official", "qualifier": "held temporarily for screening"}),
   ("former_detainees", "victim", {"source": "former_detainees"})], LEAD,
  subtype="arrest: secret (incommunicado) detention at a disused cashew factory", source="sajo",
  place_alt=["mueda", "cabo_delgado"],
  note="dated by SAJO's documentation period; denied by the ministry ('used only as a warehouse'), partly confirmed by "
       "the security official ('held temporarily'); satellite images show military use as recently as August 2025. "
       "'with up to 80 other men' in the storage hall (former detainees; approximator 'up to')")
V("ill_treatment", "attack", None, "storage_hall", {},
  [("former_detainees", "victim", {"source": "former_detainees"}), ("goen", "perpetrator", {"implicit": True})],
  P4B, subtype="assault: night interrogations and beatings with cables in detention (torture)",
  source="former_detainees", place_alt=["lipelua"], note="date not stated (during detention)")
V("transfer_bases", "other", None, "military_bases", {},
  [("victims", "victim", {"certainty": "possible"})], "Some may have been moved to military bases further north",
  subtype="transfer: possible transfer of detainees (no DESIGN word; 'transfer' leads)", source="sajo",
  certainty="possible", note="'may have been'; SAJO 'unable to confirm where'")
V("bodies_found", "other", None, "mocimboa", {"bodies": 9, "bodies_with_restraint_marks": 2},
  [("victims", "victim")], P2B,
  subtype="death: bodies of nine disappeared people found in the bush or on beaches", source="sajo",
  note="date not stated; 'Two of the nine bodies appeared to bear marks of restraints' (probable)")
V("releases", "other", None, None, {"released": 61}, [("victims", "recipient")],
  "Sixty-one of the 214 were later released", subtype="release: 61 of the disappeared later released", source="sajo")
V("sajo_report", "other", "2025-11-18", None, {},
  [("sajo", "actor"), ("thandeka_mokoena", "actor"), ("goen", "target"), ("fadm", "target")], LEAD,
  subtype="publication: rights group's report on enforced disappearances in Cabo Delgado",
  note="released 'on Tuesday' 2025-11-18; rejected as 'baseless' by the interior ministry the same evening")
V("sajo_investigation", "other", None, None, {"survivors_interviewed": 11},
  [("sajo", "actor"), ("thandeka_mokoena", "actor"), ("researchers", "actor"), ("former_detainees", "attendee"),
   ("nkonga_survivors", "attendee")], Q3A,
  subtype="investigation: SAJO's research (interviews with former detainees and 11 Nkonga survivors)",
  note="date not stated (before the report of 2025-11-18)")
V("lipelua_handover", "other", "2021", "lipelua", {},
  [("civilian_owners", "recipient")], CLAIM5,
  subtype="handover: site returned to civilian owners (no DESIGN word; 'handover' leads)",
  source="interior_ministry", author_stance="disputes",
  note="the ministry's claim; the writer disputes the claim as a whole (satellite images)")
V("abdul_detention", "other", "2024-03-11", "macomia_checkpoint", {},
  [("soldiers", "perpetrator"), ("abdul_saide", "victim")], P9,
  subtype="arrest: man taken at a checkpoint (minibus stopped by soldiers)", place_alt=["macomia"],
  note="'the morning of March 11, 2024'; three weeks later (2024-04-01) reported held at Lipelua (released detainee "
       "via Saide), denied by the gate soldiers")
V("issufo_detention", "other", "2023-10", None, {"detained": 3},
  [("soldiers", "perpetrator", {"source": "rashid_momade", "implicit": True}), ("issufo_momade", "victim"),
   ("two_other_men", "victim")], P11,
  subtype="arrest: mechanic detained with two other men after repairing a truck", source="rashid_momade",
  place_alt=["mocimboa"], note="place not stated (the family is from Mocímboa da Praia)")
V("sergeant_payment", "other", None, None, {"amount_mzn": 15000},
  [("momade_family", "payer"), ("fake_sergeant", "recipient")], P11B,
  subtype="payment: 15,000 meticais paid for news of the detainee", source="rashid_momade")
V("habeas_petitions", "other", None, "pemba", {"families": 31},
  [("helena_mabunda", "actor"), ("families_31", "plaintiff"), ("fadm", "defendant")], P12,
  subtype="lawsuit: habeas corpus petitions on behalf of 31 families (mostly ignored by the army)",
  note="dates not stated ('has filed')")
V("court_order", "other", "2025-09", "pemba", {"detainees_to_present": 3, "deadline_days": 10},
  [("provincial_court", "actor"), ("fadm", "defendant"), ("three_men", "beneficiary"),
   ("issufo_momade", "beneficiary")], P12B,
  subtype="trial: court ruling (habeas corpus) ordering the military to present three detainees within 10 days; "
          "none produced", place_alt=["cabo_delgado"],
  note="mentioned twice ('a court in Pemba ordered the army to produce in September'); the ministry did not address it")
V("goen_founding", "other", "2020", None, {}, [("goen", "result"), ("fadm", "actor", {"implicit": True})],
  "The GOEN was created in 2020", subtype="founding: creation of the unit as an elite force under the general staff")
V("machava_command_2023", "appointment", "2023-03", None, {},
  [("feliciano_machava", "appointee")], P13B,
  subtype="commander of the GOEN (since March 2023; previously deputy head of military intelligence)",
  note="appointer not stated; the start of a command ('commanded since')")
V("machava_appointment_2025", "appointment", "2025-10", "cabo_delgado", {},
  [("feliciano_machava", "appointee"), ("defence_ministry", "appointer")], P13C,
  subtype="named to lead all ground operations in Cabo Delgado")
V("nkonga_raid", "attack", "2022-05", "nkonga", {"killed": 12},
  [("goen", "perpetrator", {"source": "nkonga_survivors"}),
   ("goen_soldiers", "perpetrator", {"source": "nkonga_survivors"}),
   ("nkonga_dead", "victim", {"source": "nkonga_survivors"}),
   ("nkonga_dead", "victim", {"source": "sajo", "qualifier": "most were unarmed farmers"}),
   ("nkonga_dead", "combatant", {"source": "fadm", "qualifier": "insurgents killed in combat"}),
   ("nkonga", "target")], P14,
  subtype="raid: village raid, men shot and dozens of homes burned", place_alt=["macomia_district", "cabo_delgado"],
  note="competing accounts: survivors and SAJO (unarmed farmers; the writer concurs) vs the army (insurgents killed "
       "in combat)",
  numbers_by_source=[
      {"source": "nkonga_survivors", "numbers": {"killed": 12}, "qualifier": "at least; 'dozens of homes' burned",
       "evidence": "shot at least 12 men and burned dozens of homes"}])
V("insurgency", "war", "2017-10/2025-11-19", "cabo_delgado", {},
  [("insurgents", "combatant"), ("islamic_state", "supporter"), ("fadm", "combatant"), ("goen", "combatant"),
   ("displaced", "victim")], P16,
  subtype="insurgency by Islamic State-linked fighters and the counter-insurgency campaign",
  note="'hundreds of thousands' displaced (no exact figure); the security forces' campaign (counterinsurgency) is "
       "part_of it")

# ------------------------------------------------------------------ timexes
T = g.timex
T("November 19, 2025", "2025-11-19", function="publication_date")
T("Tuesday", "2025-11-18", ctx="released on Tuesday")
T("January 2022", "2022-01")
T("June 2025", "2025-06")
T("Tuesday evening", "2025-11-18", note="part of day (TIMEX3 2025-11-18TEV; the validator takes no part-of-day value)")
T("2021", "2021", ctx="civilian owners in 2021")
T("August", "2025-08", note="'as recently as August'")
T("2022", "2022", ctx="Cabo Delgado since 2022", signal="since")
T("September", "2025-09", ctx="to produce in September")
T("a few days", "PXD", type="duration", note="the official's quote")
T("2021", "2021", ctx="government since 2021", signal="since")
T("the morning of March 11, 2024", "2024-03-11", note="TIMEX3 2024-03-11TMO; part of day not in the validator")
T("Three weeks later", "2024-04-01", anchor="2024-03-11", alt_values=["2024-W14"])
T("October 2023", "2023-10")
T("September", "2025-09", ctx="In September, the Cabo Delgado")
T("10 days", "P10D", type="duration")
T("2020", "2020")
T("March 2023", "2023-03", signal="since")
T("Last month", "2025-10")
T("May 2022", "2022-05")
T("2022", "2022", ctx="this newspaper in 2022")
T("October 2017", "2017-10")
T("two years", "P2Y", type="duration")

# ------------------------------------------------------------------- notes
g.notes += [
    "An event dated 'since X' runs from X to the document's date (the shared gold's convention: health_report's 'since "
    "Sept. 28' is 2024-09-28/2024-10-15), not to an open end.",
    "FICTIONAL dev document (own wording), written for benchmarks/devset and annotated by hand before any claimgraph "
    "run: the Southern Africa Justice Observatory (SAJO), the Northern Special Operations Group (GOEN), the Lipelua "
    "cashew factory, the village of Nkonga, Thandeka Mokoena, Amina and Abdul Saide, Rashid and Issufo Momade, Helena "
    "Mabunda, Feliciano Machava, the report and every case are invented; Mozambique, Cabo Delgado, Pemba, Mueda, "
    "Mocímboa da Praia, Macomia and Johannesburg are real places; the Mozambique Armed Defence Forces (FADM), the "
    "Ministry of the Interior, the Public Prosecutor's Office, the UN Working Group on Enforced or Involuntary "
    "Disappearances and the African Commission on Human and Peoples' Rights are real bodies, but every statement, "
    "figure and action attributed to them here is fictional. Background: the Cabo Delgado insurgency by Islamic "
    "State-linked fighters began in October 2017 and displaced hundreds of thousands (real). errors: none.",
    "published = dateline 2025-11-19 (Wednesday): 'Tuesday' / 'Tuesday evening' = 2025-11-18 (report released; "
    "ministry statement), 'August' = 2025-08 (satellite images, 'as recently as'), 'September' (x2) = 2025-09 (court "
    "order), 'Last month' = 2025-10 (Machava's appointment), 'the morning of March 11, 2024' (Abdul taken), 'Three "
    "weeks later' = 2024-04-01 (anchored on it), 'since 2022' / 'since 2021' run to the document date.",
    "Not timexes: ages ('24-year-old'), 'at night' (generic, interrogations), 'annual' ('annual report'), 'at the "
    "time' (anaphoric to May 2022), 'later' ('were later released'), 'since' alone ('had since been', 'heard nothing "
    "since'), 'as recently as' (modifier outside the extent 'August').",
    "Aliases: 'Southern Africa Justice Observatory (SAJO)' and 'Northern Special Operations Group (GOEN)' and "
    "'Mozambique Armed Defence Forces (FADM)' - acronyms in brackets (GOEN and FADM are Portuguese initials, not "
    "spelled out). 'a human rights organisation' (lead), 'Rights group' (headline), 'the group' = SAJO; 'A special "
    "forces unit of Mozambique's army' (lead), 'Mozambican army unit' (headline), 'the unit' / 'The unit' / 'It' = "
    "the GOEN; 'Mozambique's army', 'the army', 'the military' = FADM; 'The ministry', 'It', 'ministry' (headline) = "
    "the Ministry of the Interior; 'a court in Pemba' = the Cabo Delgado Provincial Court; 'the old Lipelua cashew "
    "factory', 'a disused cashew factory', 'the Lipelua site', 'the site', 'secret jail' = Lipelua. Persons named in "
    "full then by surname: Mokoena, Saide, Momade, Mabunda, Machava; 'Issufo' then 'Issufo Momade'; 'Colonel' is a "
    "title (holds_position colonel, implicit).",
    "Attributions: the report is SAJO's voice ('the report describes', 'the report says', 'according to the report', "
    "'SAJO's report ... concludes'); Mokoena's first quote is continued over two sentences after 'said Thandeka "
    "Mokoena' (continuation=True); Saide's quote continues across a paragraph break (first paragraph has no closing "
    "quote mark; the continuation is a separate attribution with continuation=True and the earlier cue) and embeds "
    "the gate soldiers' reported speech ('They said', via amina_saide); the ministry's statement ends with a quote "
    "introduced by a colon ('The statement ended:'); the unnamed security official ('who spoke on condition of "
    "anonymity') is a descriptive Person source who partly confirms (suspects 'held temporarily' at Lipelua); a "
    "released detainee's account and the fake sergeant's claim reach us via Saide / Momade (via); 'did not address' "
    "(ministry) and 'did not respond' (Machava) are non-statements with no content; the soldiers' 'believed' is a "
    "belief attribution.",
    "Certainty per source (FactBank, shared convention): plain statements by named or descriptive sources are "
    "'certain' for that source; 'allegedly', 'reportedly', 'is believed to' (no source), 'were reported', 'claimed to "
    "be' = reported; 'may have been' = possible; 'appeared to' and a source's 'believed' = probable; 'unable to "
    "confirm' = uncertain. Approximators ('at least 130', 'at least 12', 'up to 80', 'about 600', 'almost every', "
    "'only four') are not hedges. 'rejected ... as \"baseless\"' is a denial (polarity negative), not a hedge.",
    "Author stances: (1) 'a claim contradicted by satellite images reviewed by this newspaper' disputes the ministry's "
    "'handed back ... used only as a warehouse' (relations from that claim carry author_stance disputes); (2) 'It did "
    "not address the cases of the three men ...' is a weak, ambiguous dispute of the ministry's 'all handed to "
    "prosecutors within the time limits'; (3) 'findings consistent with the accounts of residents interviewed by this "
    "newspaper' endorses SAJO's conclusion on the Nkonga dead and (4), weakly, disputes the army's 2022 version. The "
    "ministry's quoted 'baseless' and 'propaganda' are its own words, not stances; 'this newspaper' is the writer.",
    "Competing figures: SAJO 214 disappearances (130 last seen in GOEN custody, 61 released, 9 found dead) vs the "
    "ministry's 38 'lawfully detained' since 2022 vs the UN Working Group's 87 cases transmitted since 2021 (4 "
    "replies): all in the disappearances event's numbers_by_source; 'numbers' keep SAJO's. Nkonga raid: survivors' "
    "'at least 12 men' shot vs the army's 'insurgents killed in combat' (participant roles with sources).",
    "Relations with no exact predicate, nearest kept and flagged ambiguous: detention / custody (targeted; located_in "
    "for where a person is held, qualifier 'held'), running a detention site (controls), a court order (targeted), "
    "being answerable to the general staff (controls), paying for news (funded), a lawyer acting 'on behalf of' "
    "families (works_with, qualifier legal counsel), transfer of custody to prosecutors (controls). Residence/origin "
    "('a teacher from Mocímboa da Praia') and kinship (mother/son, brothers) have no predicate: kept in descriptors. "
    "Titles: research director, commander (holds_position, alt leader_of; since 2023-03), colonel (implicit), former "
    "deputy head of military intelligence (qualifier former), commander of ground operations (from 2025-10), the "
    "fake sergeant (reported). The unit's strength ('is believed to number about 600 soldiers') is stored on the "
    "entity as strength_by_source (no predicate fits), as in profile_militant_commander.",
    "Event types: validate_gold.py's list is followed; DESIGN types it lacks are 'other' with the DESIGN word leading "
    "the subtype: arrest (the enforced disappearances, the Lipelua secret detention, Abdul's and Issufo's detentions), "
    "death (bodies found), release (61 released), publication (SAJO's report), investigation (SAJO's research), "
    "payment (the fake sergeant), lawsuit (habeas petitions), trial (the court ruling), founding (GOEN 2020); "
    "'transfer' and 'handover' have no DESIGN word and lead their subtypes; 'attack' (the Nkonga raid; beatings in "
    "detention), 'appointment' (command 2023-03; ground operations 2025-10) and 'war' (the insurgency) are in the "
    "list. Speech acts (the ministry's statement, Machava's words) are attributions, not events; SAJO's planned "
    "submission to the UN group and the African Commission is future (not an event).",
    "Event roles are kept to the shared validator's list (perpetrator, target, victim, combatant, actor, recipient, "
    "plaintiff, defendant, beneficiary, payer, appointee, appointer, result, supporter, attendee); participants may "
    "carry source/certainty/polarity/qualifier/implicit.",
    "cross_doc: not applicable (unrelated domain).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
