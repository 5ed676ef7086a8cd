#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for
benchmarks/devset/docs/conflict_drone_strike_clinic.txt -> benchmarks/devset/gold/conflict_drone_strike_clinic.json

Fictional conflict wire story (dateline Nairobi): a drone strike hits the Al-Nour Health Centre in Kabkabiya, a town in
Sudan's North Darfur, on a Monday morning.  Three tolls from three sources: the Nairobi-based charity that runs the
clinic, Sahel Medical Relief (SMR; 'the charity'), at least 19 dead (two of its nurses) and 31 wounded; the health
department of Kabkabiya locality (a branch of North Darfur's state health ministry) 26 dead including nine children;
the paramilitary National Support Brigades (NSB; 'the group'; known until 2019 as the Western Frontier Guards; led by a
major general; fighting alongside the Rapid Support Forces, RSF), which holds the town, 43 civilians.  The NSB blames
the army (an accusation, then a colon-introduced quote; its spokesman's unverifiable claim of a take-off from an air
base in El Obeid); Sudan's army (the Sudanese Armed Forces, SAF; 'the army') denies hitting the clinic, its spokesman
saying the air force struck a gathering of rebel vehicles 500 metres away, that NSB fighters 'allegedly' stored
ammunition beside the compound, accusing the NSB of using patients as human shields and suggesting deaths 'may have'
been caused by secondary explosions.  Satellite images analysed by Keystone Imagery Lab (a research unit of the Veldstra
Institute in The Hague; its lead analyst quoted over two sentences, 'consistent with', 'cannot tell'); a Norwegian UN
deputy humanitarian coordinator's hedged statement ('could amount to war crimes if they are confirmed'); a senior UN
official on condition of anonymity ('no doubt'); the clinic's coordinates shared with both sides in January, receipt
denied by the army and shown by an email exchange seen by the agency; an earlier raid on the same clinic in November
2024 (a guard shot dead; the NSB denied involvement); displaced residents' accounts (a named sister of a killed nurse,
an unnamed teacher 'for fear of reprisals', 'residents said'); the clinic's funders (a Swedish foundation and the EU's
humanitarian aid office); background on Sudan's war since April 2023.  The writer's own stances: 'The army offered no
evidence for either claim'; the images 'appear to contradict the army's account'; 'a claim not supported by an email
exchange seen by this agency'; 'The images bear out the charity's account'.  Built with the shared goldlib; events
follow the shared validator's list like mining_collapse_inquiry and tech_health_data_breach (a DESIGN type it lacks is
'other' with the DESIGN word leading the subtype)."""
from pathlib import Path

HERE = Path(__file__).resolve()
DEVSET = HERE.parents[1]                    # benchmarks/devset

from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "conflict_drone_strike_clinic"
PUB = "2026-07-08"  # dateline: NAIROBI, Kenya, July 8, 2026 (a Wednesday)
g = Gold(DEVSET / "docs" / f"{NAME}.txt", PUB)

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("nairobi", "Location", ["NAIROBI", "Nairobi"], note="dateline; 'a Nairobi-based charity' (SMR)")
E("kenya", "Location", ["Kenya"], note="dateline only")
E("sudan", "Location", ["Sudan"],
  note="x3: \"Sudan's army\", 'deputy humanitarian coordinator for Sudan', \"Sudan's war\"; also inside 'Port Sudan' "
       "(the city's name, not a mention). The demonym 'Sudanese' ('a Sudanese physician', and inside the name "
       "'Sudanese Armed Forces') gives citizen_of; it is not listed as a name since the country is named")
E("darfur", "Location", ["Darfur"],
  note="region: 'Darfur clinic' (headline), 'the Darfur town of Kabkabiya', 'medical coordinator for Darfur', 'over "
       "Darfur'; also inside 'North Darfur' (the state)")
E("north_darfur", "Location", ["North Darfur"], note="state: \"North Darfur's state health ministry\"")
E("kabkabiya", "Location", ["Kabkabiya"], ["the Darfur town of Kabkabiya", "the town"],
  note="real town in North Darfur. 'Kabkabiya' x4 (lead, 'controlled Kabkabiya', 'reach Kabkabiya', 'still working in "
       "Kabkabiya'; and inside 'Kabkabiya locality'); 'the town' x3 ('holds the town', 'before the town fell', 'left the "
       "town')")
E("kabkabiya_locality", "Location", ["Kabkabiya locality"],
  note="the administrative unit (locality) around the town; only in 'The health department of Kabkabiya locality'")
E("clinic", "Location", ["Al-Nour Health Centre"],
  ["a health clinic", "the clinic", "The clinic", "the centre", "that building", "the compound", "Darfur clinic"],
  fictional=True,
  note="facility (a Location, DESIGN). 'the clinic' x9 (incl. \"the clinic's walls\", \"the clinic's coordinates\"), "
       "'The clinic' (last paragraph), 'the centre' x4 ('run the centre', 'from the centre', 'attack on the centre', "
       "'closed the centre'), 'that building' (Khalil's quote), 'the compound' x2 ('beside the compound', 'near the "
       "compound'); 'it' in 'the medical charity that runs it'; 'its pharmacy' (the raid). 'medical facilities' "
       "(Solberg) and 'hospitals' (the NSB's quote) are generic and not linked; 'one of only two still working' counts "
       "the town's clinics")
E("outpatient_wing", "Location", [], ["the outpatient wing"],
  note="x3: where the strike tore through (SMR), the collapsed roof (the lab), 'took the worst of the blast' (writer)")
E("waiting_room", "Location", [], ["a waiting room full of mothers and small children", "the waiting room"],
  note="the clinic's waiting room: Khalil's quote ('We had a waiting room ...') and Hawa Ishag Adam's ('It came down on "
       "the waiting room'); presumably in the outpatient wing (not stated)")
E("el_obeid", "Location", ["El Obeid"], note="real city (North Kordofan), outside Darfur")
E("el_obeid_air_base", "Location", [], ["an air base in El Obeid"],
  note="facility; the NSB spokesman says the drone took off from it ('a claim that could not be verified')")
E("the_hague", "Location", ["The Hague"])
E("port_sudan", "Location", ["Port Sudan"])
E("kutum", "Location", ["Kutum"], note="real town in North Darfur")
E("kutum_village", "Location", [], ["a village near Kutum"], note="where Hawa Ishag Adam fled and spoke from")
E("checkpoint", "Location", [], ["a checkpoint about 200 metres from the clinic"],
  note="facility set up by NSB fighters last month (the teacher's account)")
E("ammo_houses", "Location", [], ["houses beside the compound"],
  note="where the army spokesman says NSB fighters 'allegedly' stored ammunition")
E("norway", "Location", ["Norwegian"],
  note="never named: the demonym only ('a Norwegian diplomat'), kept as its name as tech_health_data_breach keeps "
       "'Dutch'")
E("sweden", "Location", ["Swedish"], note="never named: 'a Swedish charity' (the Aurora Health Foundation)")

# organizations
E("smr", "Organization", ["Sahel Medical Relief", "SMR"],
  ["the medical charity that runs it", "a Nairobi-based charity", "the charity"], fictional=True,
  note="acronym in brackets; 'SMR' x5 (incl. \"SMR's medical coordinator\", 'SMR said' x2); 'the charity' x4 ('the "
       "charity said in a statement', \"the charity's account\", \"the charity's list of facilities\", 'according to the "
       "charity'); 'its nurses', 'its work there'; the lead's 'the medical charity that runs it' (source of the lead)")
E("health_dept", "Organization", ["The health department of Kabkabiya locality"], name_kind="descriptive",
  note="the local health authority (lower-case designation): 'put the toll at 26'")
E("state_health_ministry", "Organization", ["North Darfur's state health ministry"], name_kind="descriptive",
  note="the state's ministry of health (not named)")
E("nsb", "Organization", ["National Support Brigades", "NSB"],
  ["the paramilitary force that holds the town", "the paramilitary group that has controlled Kabkabiya since December "
   "2024", "the group", "paramilitary"], fictional=True,
  note="acronym in brackets; 'NSB' x7 ('The NSB' x3, 'the NSB' x1, 'NSB fighters' x3 - the fighters are also their own "
       "group); headline 'army and paramilitary trade blame'; the lead's 'the paramilitary force that holds the town' "
       "(before the name); 'the group accused'; 'Its spokesman'; 'its Telegram channel'; one of 'both sides' / 'Both "
       "sides' (with the army). Former name Western Frontier Guards (own entity, renamed_to)")
E("western_frontier_guards", "Organization", ["Western Frontier Guards"], fictional=True,
  note="the NSB's name until 2019 ('was known until 2019 as'): kept as its own entity linked by renamed_to, as "
       "business_acquisition_probe's former name")
E("nsb_fighters", "Person", ["NSB fighters"], generic=True, name_kind="descriptive",
  note="x3, at three times: storing ammunition (the army spokesman's claim), the November 2024 raid (the charity), the "
       "checkpoint last month (the teacher)")
E("rsf", "Organization", ["Rapid Support Forces", "RSF"],
  note="real paramilitary (Sudan's war with the army since April 2023); acronym in brackets; 'the RSF' x1 (war)")
E("saf", "Organization", ["Sudanese Armed Forces", "SAF"], ["Sudan's army", "The army", "the army", "army"],
  note="real army; every statement and action attributed to it here is fictional. Acronym in brackets; \"Sudan's "
       "army\" (lead), 'army' (headline), 'The army' x3 ('The army denied', 'The army offered no evidence', 'The army "
       "said on Tuesday'), 'the army' x6 (incl. 'accused the army', \"the army's account\", \"the army's humanitarian "
       "liaison office\", 'between the army and the RSF'; 'The army has turned its drones' inside the NSB's quote); 'it' "
       "('it had never received them'); one of 'both sides'")
E("air_force", "Organization", ["the air force"], name_kind="descriptive",
  note="the army's air arm, in the army spokesman's account")
E("liaison_office", "Organization", ["the army's humanitarian liaison office in Port Sudan"], name_kind="descriptive")
E("telegram", "Organization", ["Telegram"],
  note="real messaging platform, only as the medium of the NSB's statement ('its Telegram channel'); no relation drawn")
E("keystone", "Organization", ["Keystone Imagery Lab"],
  ["a research unit of the Veldstra Institute in The Hague", "the lab"], fictional=True,
  note="'the lab said', \"the lab's lead analyst\"; the research group that analysed the satellite images")
E("veldstra", "Organization", ["Veldstra Institute"], fictional=True)
E("un", "Organization", ["United Nations", "UN"], ["the organisation"],
  note="real: \"the United Nations' deputy humanitarian coordinator\", 'A senior UN official', 'UN agencies'; 'the "
       "organisation had \"no doubt\"', 'its staff'")
E("un_agencies", "Organization", ["UN agencies"], generic=True, name_kind="descriptive",
  note="source of the war's toll (last paragraph)")
E("eu", "Organization", ["European Union"], note="only in \"the European Union's humanitarian aid office\"")
E("eu_aid_office", "Organization", ["the European Union's humanitarian aid office"], name_kind="descriptive",
  note="the EU's humanitarian aid department (ECHO, real, not named); the funding is fictional")
E("aurora", "Organization", ["Aurora Health Foundation"], ["a Swedish charity"], fictional=True)
E("this_agency", "Organization", ["this agency"], name_kind="descriptive",
  note="the writer's outlet ('an email exchange seen by this agency'; the dateline's 'Wire'): claims resting on it are "
       "source 'author' (as mining_collapse_inquiry)")

# people
E("amira_khalil", "Person", ["Amira Osman Khalil"],
  ["Dr.", "a Sudanese physician who is SMR's medical coordinator for Darfur"], fictional=True,
  note="'Dr.' title before the name; named once (not again by surname)")
E("abakar_tahir", "Person", ["Abakar Jumaa Tahir"], ["Major General"], fictional=True,
  note="'The NSB, led by Major General Abakar Jumaa Tahir'")
E("al_tayeb_haroun", "Person", ["Al-Tayeb Suleiman Haroun"], ["Its spokesman"], fictional=True,
  note="\"Its spokesman\" = the NSB's")
E("nabil_fadul", "Person", ["Nabil Abdallah Fadul"],
  ["Brigadier General", "a spokesman for the Sudanese Armed Forces"], fictional=True,
  note="'He accused ... and suggested'")
E("ruth_abernethy", "Person", ["Ruth Abernethy"], ["the lab's lead analyst"], fictional=True)
E("ingrid_solberg", "Person", ["Ingrid Solberg"],
  ["a Norwegian diplomat who serves as the United Nations' deputy humanitarian coordinator for Sudan"], fictional=True,
  note="'she said' x2, 'she stopped short of naming a culprit'")
E("senior_un_official", "Person", ["A senior UN official who spoke on condition of anonymity"], unnamed=True,
  name_kind="descriptive")
E("army_officer", "Person", ["an officer at the army's humanitarian liaison office in Port Sudan"], unnamed=True,
  name_kind="descriptive", note="writer of the acknowledgement in the email exchange seen by the agency")
E("hawa_adam", "Person", ["Hawa Ishag Adam"], fictional=True,
  note="'Hawa Ishag Adam, 34'; 'she said' x2; one of the displaced residents")
E("yasir", "Person", ["Yasir"], ["whose younger brother"], fictional=True,
  note="Hawa Ishag Adam's younger brother, one of the two SMR nurses killed (surname not given)")
E("hawa_children", "Person", [], ["her three children"], note="fled with her to a village near Kutum")
E("teacher", "Person", ["A teacher who asked not to be named for fear of reprisals"], unnamed=True,
  name_kind="descriptive")
E("residents", "Person", ["Displaced residents", "residents"], generic=True, name_kind="descriptive",
  note="'Displaced residents described ...' (introducing Hawa Ishag Adam's and the teacher's accounts), 'residents said' "
       "(thousands have left)")
E("town_displaced", "Person", [], ["Thousands of people"], unnamed=True,
  note="'Thousands of people have left the town since the strike' (residents); Hawa Ishag Adam and her children are "
       "among them")
E("strike_dead", "Person", [], ["at least 19 people", "the dead", "43 civilians"], unnamed=True,
  note="those killed by the strike: 'at least 19 people' (SMR, lead), 'among the dead' (SMR), the health department's "
       "26 (no noun phrase: 'put the toll at 26'), the NSB's '43 civilians'; 'some civilian deaths' (the army "
       "spokesman). One group with competing counts (as mining_collapse_inquiry's dead)")
E("clinic_patients", "Person", [], ["patients and relatives", "mothers and small children", "patients"],
  unnamed=True,
  note="'most of them patients and relatives' (the dead, SMR), Khalil's 'mothers and small children' in the waiting room, "
       "'using patients as human shields' (the army spokesman's accusation)")
E("killed_nurses", "Person", [], ["Two of its nurses", "the nurses killed"], unnamed=True,
  note="two SMR nurses among the dead; Yasir is one of them")
E("wounded", "Person", [], ["31 people"], unnamed=True, note="'31 people were wounded' (SMR)")
E("children_killed", "Person", [], ["nine children"], unnamed=True, note="in the health department's toll of 26")
E("local_staff", "Person", [], ["local staff"], generic=True, note="'has run the centre with local staff' (SMR)")
E("civilians", "Person", ["civilians"], generic=True, name_kind="descriptive",
  note="'accused the army of targeting civilians deliberately' (the NSB); generic")
E("rebel_gathering", "Person", [], ["a gathering of rebel vehicles and fighters"], unnamed=True,
  note="what the army spokesman says the air force struck, about 500 metres from the centre (by implication NSB "
       "fighters; disputed by the satellite images: no vehicles within 500 metres on Sunday)")
E("security_guard", "Person", [], ["a security guard"], unnamed=True, note="shot dead in the November 2024 raid")
E("war_dead", "Person", [], ["tens of thousands of people"], unnamed=True, note="killed in Sudan's war (UN agencies)")

# events
E("clinic_strike", "Event", [],
  ["A drone strike", "Drone strike", "The strike", "the strike", "Monday's blast", "the explosion", "the blast"],
  note="'A drone strike hit a health clinic' (lead), headline 'Drone strike on Darfur clinic', 'The strike tore "
       "through', 'after the strike' / 'since the strike', \"Monday's blast\", 'the explosion' (Hawa Ishag Adam), 'the "
       "worst of the blast'; clausal 'the clinic had been struck', 'the clinic was hit from the air', 'hitting the "
       "clinic' (denied). The army's 'the air force had struck \"a gathering of rebel vehicles and fighters\"' is its "
       "version of the same strike (one event, competing accounts)")
E("nsb_takeover_2024", "Event", [],
  note="clausal: 'weeks before the town fell'; 'the paramilitary group that has controlled Kabkabiya since December "
       "2024'")
E("nsb_renaming_2019", "Event", [], note="clausal: 'was known until 2019 as the Western Frontier Guards'")
E("clinic_raid_2024", "Event", [],
  note="clausal: 'NSB fighters stormed the clinic, looted its pharmacy and shot dead a security guard'. 'the first "
       "attack on the centre' is said of it negatively ('It was not the first attack on the centre'), not a name "
       "(as mining_collapse_inquiry's 'the first deadly accident')")
E("smr_suspension_2024", "Event", [], note="clausal: 'which suspended its work there for three months'")
E("coordinates_shared", "Event", [], note="clausal: 'it had shared the clinic's coordinates with both sides in January'")
E("receipt_acknowledged", "Event", [],
  note="clausal: 'an officer at the army's humanitarian liaison office in Port Sudan acknowledged receiving the "
       "charity's list of facilities' (in 'an email exchange seen by this agency')")
E("keystone_assessment", "Event", [], ["an assessment published on Tuesday"],
  note="the lab's publication of its satellite-image assessment")
E("displacement_2026", "Event", [],
  note="clausal: 'Thousands of people have left the town since the strike'; 'where she fled with her three children on "
       "Tuesday'")
E("checkpoint_setup", "Event", [], note="clausal: 'NSB fighters had set up a checkpoint ... last month'")
E("clinic_closure", "Event", [], note="clausal: 'SMR said it had closed the centre until further notice'")
E("sudan_war", "Event", ["Sudan's war"], note="'Sudan's war, which broke out in April 2023 between the army and the RSF'")

# ----------------------------------------------------------------- relations
R = g.rel
HEAD = "Drone strike on Darfur clinic kills at least 19 as army and paramilitary trade blame"
R("clinic", "located_in", "darfur", "Darfur clinic", note="headline (the writer's)")
LEAD = ("A drone strike hit a health clinic in the Darfur town of Kabkabiya on Monday, killing at least 19 people, most "
        "of them patients and relatives, according to the medical charity that runs it.")
R("clinic_strike", "located_in", "clinic", "A drone strike hit a health clinic", source="smr",
  note="an event's place, kept as located_in as mining_collapse_inquiry's collapse; the lead is sourced to the charity "
       "('according to the medical charity that runs it')")
R("clinic", "located_in", "kabkabiya", "a health clinic in the Darfur town of Kabkabiya")
R("kabkabiya", "located_in", "darfur", "the Darfur town of Kabkabiya")
R("smr", "controls", "clinic", "the medical charity that runs it", qualifier="runs (operator)",
  note="'it' = the clinic; the charity is named in paragraph 2")
LEAD2 = "Sudan's army and the paramilitary force that holds the town each blamed the other."
R("saf", "located_in", "sudan", "Sudan's army", alt_predicates=["part_of"], note="the national army (possessive)")
R("nsb", "controls", "kabkabiya", "the paramilitary force that holds the town", qualifier="holds the town")
R("saf", "perpetrated", "clinic_strike", LEAD2, source="nsb", certainty="reported", certainty_cue="blamed",
  implicit=True, note="'each blamed the other': the paramilitary blames the army (detailed in paragraph 5)")
R("nsb", "perpetrated", "clinic_strike", LEAD2, source="saf", certainty="reported", certainty_cue="blamed",
  implicit=True, ambiguous=True, qualifier="blamed for the deaths (secondary explosions, human shields)",
  note="'each blamed the other': the army's blame (paragraph 6) is for the deaths, not for flying the drone")
P2 = ("The strike tore through the outpatient wing of the Al-Nour Health Centre shortly after 9 a.m., said Sahel "
      "Medical Relief (SMR), a Nairobi-based charity that has run the centre with local staff since 2021.")
R("outpatient_wing", "part_of", "clinic", "the outpatient wing of the Al-Nour Health Centre",
  alt_predicates=["located_in"])
R("clinic_strike", "located_in", "outpatient_wing", "The strike tore through the outpatient wing of the Al-Nour Health "
  "Centre", source="smr")
R("smr", "located_in", "nairobi", "a Nairobi-based charity")
R("smr", "controls", "clinic", "a Nairobi-based charity that has run the centre with local staff since 2021",
  time="2021/..", qualifier="has run the centre (operator)",
  note="the apposition and relative clause after 'said Sahel Medical Relief (SMR)' are the writer's identification")
R("local_staff", "member_of", "smr", "has run the centre with local staff", implicit=True, ambiguous=True,
  alt_predicates=["works_with"], qualifier="staff of the charity's centre (employment)",
  note="employment has no predicate: member_of (mining_collapse_inquiry)")
R("nairobi", "located_in", "kenya", "NAIROBI, Kenya")
P2B = ("Two of its nurses were among the dead and 31 people were wounded, the charity said in a statement on "
       "Tuesday.")
R("killed_nurses", "member_of", "smr", "Two of its nurses", source="smr", alt_predicates=["works_with"],
  qualifier="nurses employed by the charity")
P3A = "Other counts were higher."
P3 = ("The health department of Kabkabiya locality, a branch of North Darfur's state health ministry, put the toll at "
      "26, including nine children.")
R("health_dept", "part_of", "state_health_ministry",
  "The health department of Kabkabiya locality, a branch of North Darfur's state health ministry", qualifier="branch")
R("health_dept", "located_in", "kabkabiya_locality", "The health department of Kabkabiya locality")
R("state_health_ministry", "located_in", "north_darfur", "North Darfur's state health ministry")
R("kabkabiya", "located_in", "kabkabiya_locality", "Kabkabiya locality", implicit=True,
  note="the town is the seat of the locality of the same name (context)")
R("kabkabiya_locality", "located_in", "north_darfur", "The health department of Kabkabiya locality, a branch of North "
  "Darfur's state health ministry", implicit=True, note="the locality's department belongs to the state's ministry")
R("north_darfur", "located_in", "darfur", "North Darfur", implicit=True, note="a state of the Darfur region (name)")
R("darfur", "located_in", "sudan", "Darfur", occ=0, implicit=True,
  note="world knowledge and context (\"Sudan's war\" ... Darfur); not stated")
P3B = ("The National Support Brigades (NSB), the paramilitary group that has controlled Kabkabiya since December 2024, "
       "said 43 civilians had been killed, without giving details.")
R("nsb", "controls", "kabkabiya",
  "the paramilitary group that has controlled Kabkabiya since December 2024", time="2024-12/..",
  qualifier="has controlled the town")
QK = ("\"We had a waiting room full of mothers and small children,\" said Dr. Amira Osman Khalil, a Sudanese physician "
      "who is SMR's medical coordinator for Darfur and who reached the clinic about an hour after the strike.")
R("amira_khalil", "holds_position", "smr", "Amira Osman Khalil, a Sudanese physician who is SMR's medical coordinator "
  "for Darfur", role="medical coordinator for Darfur")
R("amira_khalil", "citizen_of", "sudan", "a Sudanese physician", note="demonym")
R("waiting_room", "located_in", "clinic", "a waiting room full of mothers and small children", implicit=True,
  alt_predicates=["part_of"], note="the clinic's waiting room (context: 'that building')")
QK2 = "\"There was no military target in that building. There never was.\""
P5 = ("The NSB, led by Major General Abakar Jumaa Tahir, fights alongside the Rapid Support Forces (RSF) and was known "
      "until 2019 as the Western Frontier Guards.")
R("abakar_tahir", "leader_of", "nsb", "The NSB, led by Major General Abakar Jumaa Tahir")
R("abakar_tahir", "holds_position", "nsb", "Major General Abakar Jumaa Tahir", role="Major General",
  note="military rank (as mining_collapse_inquiry's police rank)")
R("nsb", "allied_with", "rsf", "The NSB, led by Major General Abakar Jumaa Tahir, fights alongside the Rapid Support "
  "Forces (RSF)", qualifier="fights alongside")
R("western_frontier_guards", "renamed_to", "nsb", "was known until 2019 as the Western Frontier Guards", time="2019")
P5B = ("In a statement posted on its Telegram channel, the group accused the army of targeting civilians deliberately: "
       "\"The army has turned its drones on hospitals because it is losing on the ground.\"")
R("saf", "targeted", "civilians", "the group accused the army of targeting civilians deliberately", source="nsb",
  certainty="reported", certainty_cue="accused", qualifier="deliberately",
  note="an accusation verb from a named source: 'reported' (conflict_militia_attack's 'accused')")
R("saf", "perpetrated", "clinic_strike",
  "\"The army has turned its drones on hospitals because it is losing on the ground.\"", source="nsb", implicit=True,
  qualifier="drone strikes on hospitals (this clinic by implication)",
  note="the group's own quote: a plain assertion (certain for the NSB) about hospitals in general, applied to the "
       "clinic by context")
P5C = ("Its spokesman, Al-Tayeb Suleiman Haroun, said the drone had taken off from an air base in El Obeid, a claim that "
       "could not be verified.")
R("al_tayeb_haroun", "holds_position", "nsb", "Its spokesman, Al-Tayeb Suleiman Haroun", role="spokesman")
R("el_obeid_air_base", "located_in", "el_obeid", "an air base in El Obeid")
R("el_obeid", "located_in", "sudan", "El Obeid", implicit=True, note="world knowledge")
R("saf", "controls", "el_obeid_air_base", P5C, source="al_tayeb_haroun", implicit=True, ambiguous=True,
  qualifier="the army's air base (implied: the drone that hit the clinic took off from it)",
  note="the spokesman's claim implies an army base; the writer: 'a claim that could not be verified' (hedge, no "
       "stance record)")
P6 = "The army denied hitting the clinic."
R("saf", "targeted", "clinic", P6, source="saf", polarity="negative", polarity_cue="denied",
  qualifier="hitting the clinic (denied)")
P6B = ("Brigadier General Nabil Abdallah Fadul, a spokesman for the Sudanese Armed Forces (SAF), said the air force had "
       "struck \"a gathering of rebel vehicles and fighters\" about 500 metres from the centre, and that NSB fighters "
       "had allegedly been storing ammunition in houses beside the compound.")
R("nabil_fadul", "holds_position", "saf", "Nabil Abdallah Fadul, a spokesman for the Sudanese Armed Forces",
  role="spokesman")
R("nabil_fadul", "holds_position", "saf", "Brigadier General Nabil Abdallah Fadul", role="Brigadier General",
  note="military rank")
R("air_force", "part_of", "saf", "the air force", implicit=True,
  note="the army's air arm (context: the army spokesman speaks for it)")
R("air_force", "targeted", "rebel_gathering",
  "the air force had struck \"a gathering of rebel vehicles and fighters\" about 500 metres from the centre",
  source="nabil_fadul", stance="disputes", time="2026-07-06",
  qualifier="about 500 metres from the centre",
  note="the army's version of Monday's strike; disputed by the writer ('offered no evidence'; the satellite images "
       "'appear to contradict' it)")
R("rebel_gathering", "member_of", "nsb", "a gathering of rebel vehicles and fighters", source="nabil_fadul",
  implicit=True, ambiguous=True, stance="disputes",
  note="'rebel' fighters near an NSB-held clinic: the NSB by implication")
R("nsb_fighters", "member_of", "nsb", "NSB fighters", occ=0)
R("nsb_fighters", "controls", "ammo_houses",
  "NSB fighters had allegedly been storing ammunition in houses beside the compound", source="nabil_fadul",
  certainty="reported", certainty_cue="allegedly", stance="disputes", ambiguous=True,
  qualifier="storing ammunition (alleged)",
  note="no predicate for storing weapons in a place: controls with a qualifier; 'allegedly' is the writer's distancing "
       "inside the spokesman's claim; the writer: 'offered no evidence for either claim'")
R("ammo_houses", "located_in", "kabkabiya", "houses beside the compound", implicit=True,
  qualifier="beside the clinic's compound")
P6C = ("He accused the NSB of using patients as human shields and suggested that some civilian deaths may have been "
       "caused by secondary explosions.")
R("nsb", "targeted", "clinic_patients", "He accused the NSB of using patients as human shields", source="nabil_fadul",
  certainty="reported", certainty_cue="accused", ambiguous=True, qualifier="using patients as human shields",
  note="no predicate for the human-shield accusation: 'targeted' with a qualifier (nearest)")
R("nsb", "perpetrated", "clinic_strike",
  "suggested that some civilian deaths may have been caused by secondary explosions", source="nabil_fadul",
  certainty="possible", certainty_cue="may have", implicit=True, ambiguous=True,
  qualifier="secondary explosions (of the ammunition he says NSB fighters stored)",
  note="implicit: the deaths blamed on the NSB's ammunition; 'suggested' + 'may have' = possible")
P6D = "The army offered no evidence for either claim."
P7 = ("Satellite images analysed by Keystone Imagery Lab, a research unit of the Veldstra Institute in The Hague, appear "
      "to contradict the army's account.")
R("keystone", "part_of", "veldstra", "Keystone Imagery Lab, a research unit of the Veldstra Institute",
  qualifier="research unit")
R("veldstra", "located_in", "the_hague", "the Veldstra Institute in The Hague")
R("keystone", "located_in", "the_hague", "a research unit of the Veldstra Institute in The Hague", implicit=True)
P7B = ("In an assessment published on Tuesday, the lab said images taken on Monday afternoon showed a crater roughly six "
       "metres wide inside the clinic's walls and the collapsed roof of the outpatient wing, while images of the same "
       "area taken on Sunday showed no vehicles within 500 metres.")
R("clinic_strike", "located_in", "clinic", "a crater roughly six metres wide inside the clinic's walls",
  source="keystone", implicit=True, note="the crater places the impact inside the compound (the lab)")
P7C = "The images bear out the charity's account that the outpatient wing took the worst of the blast."
R("clinic_strike", "located_in", "outpatient_wing", P7C, stance="endorses",
  note="the writer's own judgement from the images: endorses SMR's account (stance s04)")
QA = ("\"The damage is consistent with a guided munition dropped from a drone,\" said Ruth Abernethy, the lab's lead "
      "analyst.")
R("ruth_abernethy", "holds_position", "keystone", "Ruth Abernethy, the lab's lead analyst", role="lead analyst")
QA2 = "\"What we cannot tell from orbit is whose drone it was.\""
P8B = "Both sides are believed to fly drones of similar types over Darfur."
P9 = ("Ingrid Solberg, a Norwegian diplomat who serves as the United Nations' deputy humanitarian coordinator for Sudan, "
      "said she was \"deeply alarmed\" by reports that the clinic had been struck.")
R("ingrid_solberg", "holds_position", "un", "Ingrid Solberg, a Norwegian diplomat who serves as the United Nations' "
  "deputy humanitarian coordinator for Sudan", role="deputy humanitarian coordinator for Sudan")
R("ingrid_solberg", "citizen_of", "norway", "a Norwegian diplomat", note="demonym")
P9B = ("Attacks on medical facilities, she said, \"could amount to war crimes if they are confirmed,\" but she stopped "
       "short of naming a culprit.")
P9C = ("A senior UN official who spoke on condition of anonymity said the organisation had \"no doubt\" the clinic was "
       "hit from the air, but that its staff had not been able to reach Kabkabiya since May.")
R("senior_un_official", "member_of", "un", "A senior UN official", alt_predicates=["holds_position"])
P10 = "SMR said it had shared the clinic's coordinates with both sides in January."
R("smr", "works_with", "saf", P10, source="smr", time="2026-01", ambiguous=True,
  qualifier="shared the clinic's coordinates (deconfliction)",
  note="no predicate for a deconfliction notice: works_with with a qualifier; 'both sides' = the army and the NSB")
R("smr", "works_with", "nsb", P10, source="smr", time="2026-01", ambiguous=True,
  qualifier="shared the clinic's coordinates (deconfliction)")
P10B = ("The army said on Tuesday that it had never received them, a claim not supported by an email exchange seen by "
        "this agency: on Jan. 14, an officer at the army's humanitarian liaison office in Port Sudan acknowledged "
        "receiving the charity's list of facilities.")
R("smr", "works_with", "saf", "The army said on Tuesday that it had never received them", source="saf",
  polarity="negative", polarity_cue="never", stance="disputes", ambiguous=True,
  qualifier="received the clinic's coordinates (denied)",
  note="the army's denial of receipt; disputed by the writer (stance s03)")
R("army_officer", "member_of", "liaison_office", "an officer at the army's humanitarian liaison office",
  alt_predicates=["holds_position"], alt_objects=["saf"], qualifier="officer")
R("liaison_office", "part_of", "saf", "the army's humanitarian liaison office")
R("liaison_office", "located_in", "port_sudan", "the army's humanitarian liaison office in Port Sudan")
R("port_sudan", "located_in", "sudan", "Port Sudan", implicit=True, note="from the name and world knowledge")
R("smr", "works_with", "saf", "on Jan. 14, an officer at the army's humanitarian liaison office in Port Sudan "
  "acknowledged receiving the charity's list of facilities", time="2026-01-14", ambiguous=True,
  qualifier="received the charity's list of facilities",
  note="the writer's own evidence (the email exchange seen by the agency): source author, endorsed")
P11A = "It was not the first attack on the centre."
P11 = ("In November 2024, weeks before the town fell, NSB fighters stormed the clinic, looted its pharmacy and shot dead "
       "a security guard, according to the charity, which suspended its work there for three months.")
R("nsb_fighters", "perpetrated", "clinic_raid_2024",
  "NSB fighters stormed the clinic, looted its pharmacy and shot dead a security guard", source="smr",
  time="2024-11")
R("nsb_fighters", "targeted", "clinic", "NSB fighters stormed the clinic", source="smr", time="2024-11",
  qualifier="stormed and looted")
R("nsb_fighters", "targeted", "security_guard", "shot dead a security guard", source="smr", time="2024-11",
  qualifier="shot dead")
P11B = "The NSB denied involvement at the time."
R("nsb", "perpetrated", "clinic_raid_2024", P11B, source="nsb", polarity="negative", polarity_cue="denied",
  time="2024-11")
P12A = "Displaced residents described the minutes before Monday's blast."
P12 = ("Hawa Ishag Adam, 34, whose younger brother, Yasir, was one of the nurses killed, said she heard a drone circling "
       "for several minutes before the explosion.")
R("hawa_adam", "born_on", "1991/1992", "Hawa Ishag Adam, 34", implicit=True,
  note="derived: aged 34 on 2026-07-08 -> born between 1991-07-09 and 1992-07-08 (election_disputed_count)")
R("yasir", "member_of", "smr", "whose younger brother, Yasir, was one of the nurses killed", implicit=True,
  ambiguous=True, alt_predicates=["works_with"], alt_objects=["killed_nurses"],
  qualifier="one of the two SMR nurses killed (employment)",
  note="the nurses killed are SMR's ('Two of its nurses'). Kinship (younger brother of Hawa Ishag Adam) has no "
       "predicate: not encoded as a relation (court_fraud_trial), kept in the entities' notes")
P12B = ("\"It came down on the waiting room,\" she said by telephone from a village near Kutum, where she fled with her "
        "three children on Tuesday.")
R("kutum_village", "located_in", "kutum", "a village near Kutum", qualifier="near")
R("hawa_adam", "located_in", "kutum_village", "she said by telephone from a village near Kutum, where she fled with "
  "her three children on Tuesday", time="2026-07-07/..", qualifier="fled there (displaced)")
R("kutum", "located_in", "north_darfur", "Kutum", implicit=True, ambiguous=True, note="world knowledge, not stated")
P13 = ("A teacher who asked not to be named for fear of reprisals said NSB fighters had set up a checkpoint about 200 "
       "metres from the clinic last month, but that no vehicles were parked near the compound on Monday morning.")
R("nsb_fighters", "controls", "checkpoint", "NSB fighters had set up a checkpoint about 200 metres from the clinic "
  "last month", source="teacher", time="2026-06/..", qualifier="set up the checkpoint")
R("checkpoint", "located_in", "kabkabiya", "a checkpoint about 200 metres from the clinic", implicit=True,
  qualifier="about 200 metres from the clinic")
P13B = "Thousands of people have left the town since the strike, residents said."
P14 = ("The clinic, one of only two still working in Kabkabiya, is funded largely by the Aurora Health Foundation, a "
       "Swedish charity, and by the European Union's humanitarian aid office.")
R("aurora", "funded", "clinic", "is funded largely by the Aurora Health Foundation", qualifier="largely")
R("eu_aid_office", "funded", "clinic", "is funded largely by the Aurora Health Foundation, a Swedish charity, and by "
  "the European Union's humanitarian aid office", qualifier="largely (with the foundation)")
R("aurora", "located_in", "sweden", "a Swedish charity", note="demonym: based in Sweden")
R("eu_aid_office", "part_of", "eu", "the European Union's humanitarian aid office")
P14B = "SMR said it had closed the centre until further notice."
P15 = ("Sudan's war, which broke out in April 2023 between the army and the RSF, has killed tens of thousands of people "
       "and driven more than 10 million from their homes, according to UN agencies.")
R("sudan_war", "located_in", "sudan", "Sudan's war", note="an event's place (possessive)")

# -------------------------------------------------------------- attributions
A = g.attr
A(LEAD, "smr", "according to", False, content=LEAD[:LEAD.index(", according to")],
  note="the charity (named in paragraph 2) as the lead's source")
A(LEAD2, "saf", "blamed", False, content="the other",
  note="'each blamed the other': the army blames the paramilitary (content by reference)")
A(LEAD2, "nsb", "blamed", False, content="the other",
  note="'each blamed the other': the paramilitary blames the army (same evidence, second source)")
A(P2, "smr", "said", False, content="The strike tore through the outpatient wing of the Al-Nour Health Centre shortly "
  "after 9 a.m.", note="reporting clause after the content; the apposition on SMR is the writer's")
A(P2B, "smr", "said in a statement", False, note="reporting clause after the content")
A(P3, "health_dept", "put the toll at", False, content="26, including nine children",
  note="'put the toll at' reports a figure (mining_collapse_inquiry)")
A(P3B, "nsb", "said", False, content="43 civilians had been killed")
A(QK, "amira_khalil", "said", True, on_behalf_of="smr")
A(QK2, "amira_khalil", "said", True, cue_ctx="children,\" said Dr. Amira", continuation=True, polarity="negative",
  on_behalf_of="smr", note="quote continued over two sentences after the attribution")
A("In a statement posted on its Telegram channel, the group accused the army of targeting civilians deliberately",
  "nsb", "accused", False, content="the army of targeting civilians deliberately")
A(P5B, "nsb", "In a statement posted on its Telegram channel", True,
  content="The army has turned its drones on hospitals because it is losing on the ground.",
  note="quote introduced by a colon after the accusation; the statement on Telegram is the medium")
A(P5C, "al_tayeb_haroun", "said", False, content="the drone had taken off from an air base in El Obeid",
  on_behalf_of="nsb", note="'a claim that could not be verified' is the writer's hedge (uncertain), not a stance record")
A(P6, "saf", "denied", False, polarity="negative", content="hitting the clinic")
A(P6B, "nabil_fadul", "said", False, partial_quote=True, on_behalf_of="saf")
A("He accused the NSB of using patients as human shields", "nabil_fadul", "accused", False,
  content="the NSB of using patients as human shields", on_behalf_of="saf")
A("suggested that some civilian deaths may have been caused by secondary explosions", "nabil_fadul", "suggested",
  False, on_behalf_of="saf", note="'He' (subject of the coordinated verbs); 'suggested' is a weak reporting verb")
A(P7B, "keystone", "said", False,
  note="'In an assessment published on Tuesday, the lab said': the lab's published findings; the first sentence of "
       "the paragraph ('appear to contradict the army's account') is the writer's own judgement (stance s02)")
A(QA, "ruth_abernethy", "said", True, on_behalf_of="keystone")
A(QA2, "ruth_abernethy", "said", True, cue_ctx="drone,\" said Ruth Abernethy", continuation=True, polarity="negative",
  on_behalf_of="keystone", note="quote continued after the attribution")
A(P9, "ingrid_solberg", "said", False, partial_quote=True, on_behalf_of="un",
  content="she was \"deeply alarmed\" by reports that the clinic had been struck")
A(P9B[:P9B.index(" but she stopped")], "ingrid_solberg", "said", False, partial_quote=True, on_behalf_of="un",
  content="\"could amount to war crimes if they are confirmed,\"",
  note="parenthetical 'she said' inside the sentence; 'stopped short of naming a culprit' is the writer's description")
A(P9C, "senior_un_official", "said", False, partial_quote=True,
  note="unnamed official 'who spoke on condition of anonymity' (not on the UN's behalf); 'the organisation' = the UN")
A(P10, "smr", "said", False)
A(P10B[:P10B.index(", a claim not")], "saf", "said", False, polarity="negative",
  content="it had never received them", note="disputed by the writer in the same sentence (stance s03)")
A("an officer at the army's humanitarian liaison office in Port Sudan acknowledged receiving the charity's list of "
  "facilities", "army_officer", "acknowledged", False,
  note="in the email exchange seen by the agency: the writer relies on it (the fact is the writer's, endorsed); the "
       "officer is the source of the acknowledgement")
A(P11, "smr", "according to", False,
  note="'according to the charity' after the content; the relative clause 'which suspended its work there for three "
       "months' is the writer's")
A(P11B, "nsb", "denied", False, polarity="negative", content="involvement")
A(P12A, "residents", "described", False, content="the minutes before Monday's blast",
  note="introduces the residents' accounts that follow (content by reference)")
A(P12, "hawa_adam", "said", False)
A(P12B, "hawa_adam", "said", True, note="'she said by telephone from a village near Kutum'")
A(P13, "teacher", "said", False, polarity="negative",
  note="unnamed resident 'who asked not to be named for fear of reprisals'; 'no vehicles were parked' is negative")
A(P13B, "residents", "said", False, note="reporting clause after the content")
A(P14B, "smr", "said", False)
A(P15, "un_agencies", "according to", False)

# ------------------------------------------------------------------- hedges
H = g.hedge
H("accused", "the group accused the army of targeting civilians deliberately", "reported",
  note="accusation verb of a named source (conflict_militia_attack's 'accused')")
H("could not be verified", "a claim that could not be verified", "uncertain",
  note="the writer's hedge on the NSB spokesman's El Obeid claim (shared convention: uncertain, no stance record)")
H("allegedly", "NSB fighters had allegedly been storing ammunition in houses beside the compound", "reported")
H("accused", "He accused the NSB of using patients as human shields", "reported")
H("may have", "some civilian deaths may have been caused by secondary explosions", "possible",
  note="inside 'suggested that' (a weak reporting verb, noted with the attribution): possible for the army spokesman")
H("appear to", P7, "probable", note="the writer's own hedged judgement (also stance s02)")
H("bear out", P7C, "certain", note="booster: the writer's confirmation from the images (also stance s04)")
H("consistent with", "The damage is consistent with a guided munition dropped from a drone", "probable",
  note="evidential: the analyst's inference from the damage pattern")
H("cannot tell", "What we cannot tell from orbit is whose drone it was", "uncertain",
  note="the analyst's explicit uncertainty about the perpetrator")
H("are believed to", P8B, "probable", note="agentless belief, the writer's (mining_collapse_inquiry)")
H("reports", "by reports that the clinic had been struck", "reported",
  note="Solberg's knowledge of the strike is by report (hearsay)")
H("could amount to", "\"could amount to war crimes if they are confirmed,\"", "possible")
H("if they are confirmed", "\"could amount to war crimes if they are confirmed,\"", "uncertain",
  note="conditional: the legal qualification stands or falls with the confirmation of the reports (DESIGN: a "
       "conditional keeps its condition)")
H("no doubt", "the organisation had \"no doubt\" the clinic was hit from the air", "certain",
  note="booster (the unnamed UN official)")

# ------------------------------------------------------------------ stances
S = g.stance
S(P6D, "nabil_fadul", "disputes", "offered no evidence",
  note="the writer's own judgement on the army spokesman's two claims ('a gathering of rebel vehicles and fighters' "
       "500 metres away; NSB ammunition beside the compound); the spokesman speaks for the army (alt target saf)")
S(P7, "saf", "disputes", "appear to contradict the army's account", strength="weak",
  note="the writer's hedged judgement ('appear to') from the lab's images (no vehicles within 500 metres on Sunday); "
       "'the army's account' is the spokesman's (alt target nabil_fadul)")
S(P10B[:P10B.index(": on Jan. 14")], "saf", "disputes",
  "a claim not supported by an email exchange seen by this agency",
  note="the writer disputes the army's denial of receipt on the agency's own evidence (the Jan. 14 acknowledgement)")
S(P7C, "smr", "endorses", "bear out the charity's account",
  note="the writer confirms the charity's account (the outpatient wing took the worst of the blast) from the images")

# ------------------------------------------------------------------- events
V = g.event
V("clinic_strike", "attack", "2026-07-06", "clinic", {"killed": 19, "injured": 31},
  [("saf", "perpetrator", {"source": "nsb", "certainty": "reported",
                           "qualifier": "blamed; 'accused the army of targeting civilians deliberately'"}),
   ("saf", "perpetrator", {"source": "saf", "polarity": "negative", "qualifier": "denied hitting the clinic"}),
   ("air_force", "actor", {"source": "nabil_fadul",
                           "qualifier": "struck 'a gathering of rebel vehicles and fighters' about 500 metres from "
                                        "the centre (the army's version)"}),
   ("nsb", "perpetrator", {"source": "nabil_fadul", "certainty": "possible",
                           "qualifier": "blamed for deaths by secondary explosions of ammunition its fighters "
                                        "allegedly stored; accused of using patients as human shields"}),
   ("rebel_gathering", "target", {"source": "nabil_fadul", "qualifier": "the army's stated target"}),
   ("clinic", "target"), ("outpatient_wing", "target"),
   ("strike_dead", "victim"), ("clinic_patients", "victim", {"source": "smr"}),
   ("killed_nurses", "victim", {"source": "smr"}), ("yasir", "victim"), ("wounded", "victim", {"source": "smr"}),
   ("children_killed", "victim", {"source": "health_dept"}),
   ("amira_khalil", "responder", {"qualifier": "reached the clinic about an hour after the strike"})],
  "A drone strike hit a health clinic in the Darfur town of Kabkabiya on Monday",
  subtype="air strike: drone strike on a health clinic", source="smr", place_alt=["outpatient_wing", "kabkabiya",
                                                                                    "darfur"],
  note="'on Monday' = 2026-07-06, 'shortly after 9 a.m.' (SMR). Perpetrator disputed: the NSB blames the army (and "
       "its spokesman names an air base in El Obeid, unverified); the army denies hitting the clinic and says its air "
       "force struck rebel vehicles 500 metres away; the lab: a guided munition from a drone, whose it cannot tell; "
       "'Both sides are believed to fly drones of similar types'; the UN official: 'no doubt' it was hit from the air. "
       "'numbers' keep the charity's figures (lead and headline); the health department's 26 and the NSB's 43 are in "
       "numbers_by_source",
  numbers_by_source=[
      {"source": "smr", "numbers": {"killed": 19, "injured": 31, "staff_killed": 2},
       "qualifier": "at least 19 dead, two of them its nurses",
       "evidence": "killing at least 19 people, most of them patients and relatives"},
      {"source": "smr", "numbers": {"staff_killed": 2, "injured": 31}, "time": "2026-07-07",
       "evidence": "Two of its nurses were among the dead and 31 people were wounded"},
      {"source": "health_dept", "numbers": {"killed": 26, "children_killed": 9},
       "evidence": "put the toll at 26, including nine children"},
      {"source": "nsb", "numbers": {"civilians_killed": 43}, "qualifier": "without giving details",
       "evidence": "said 43 civilians had been killed"}])
V("nsb_takeover_2024", "other", "2024-12", "kabkabiya", {},
  [("nsb", "actor"), ("kabkabiya", "target")],
  "the paramilitary group that has controlled Kabkabiya since December 2024",
  subtype="takeover: the NSB takes control of the town ('the town fell'; no DESIGN word, the way of its capture not "
          "stated)",
  note="'since December 2024' and 'In November 2024, weeks before the town fell' agree (December 2024)")
V("nsb_renaming_2019", "renaming", "2019", None, {},
  [("western_frontier_guards", "target"), ("nsb", "result")],
  "was known until 2019 as the Western Frontier Guards",
  note="'until 2019': the new name dates from 2019 (month not stated)")
V("clinic_raid_2024", "attack", "2024-11", "clinic", {"killed": 1},
  [("nsb_fighters", "perpetrator", {"source": "smr"}),
   ("nsb", "perpetrator", {"source": "nsb", "polarity": "negative", "qualifier": "denied involvement at the time"}),
   ("clinic", "target"), ("security_guard", "victim")],
  "NSB fighters stormed the clinic, looted its pharmacy and shot dead a security guard",
  subtype="raid: fighters storm the clinic, loot its pharmacy and shoot dead a guard", source="smr",
  place_alt=["kabkabiya"],
  note="'In November 2024, weeks before the town fell'; the charity's account, the NSB denied involvement. The guard's "
       "killing is kept inside this attack (killed: 1), not a separate killing event")
V("smr_suspension_2024", "other", "2024-11", "clinic", {},
  [("smr", "actor"), ("clinic", "target")], "which suspended its work there for three months",
  subtype="suspension: the charity suspends its work at the clinic for three months after the raid (no DESIGN word)",
  note="start after the November 2024 raid; duration P3M (to about February 2025)")
V("coordinates_shared", "other", "2026-01", None, {},
  [("smr", "actor"), ("saf", "recipient"), ("nsb", "recipient")],
  "it had shared the clinic's coordinates with both sides in January",
  subtype="notification: the charity shares the clinic's coordinates with both sides (deconfliction; no DESIGN word)",
  source="smr",
  note="'in January' = 2026-01 (before the July publication); the army says it never received them; the agency's "
       "email exchange shows an acknowledgement on Jan. 14")
V("receipt_acknowledged", "other", "2026-01-14", "port_sudan", {},
  [("army_officer", "actor"), ("liaison_office", "actor"), ("smr", "recipient")],
  "on Jan. 14, an officer at the army's humanitarian liaison office in Port Sudan acknowledged receiving the "
  "charity's list of facilities",
  subtype="reply: an army liaison officer acknowledges receiving the charity's list of facilities (email; no DESIGN "
          "word)",
  note="the writer's own evidence (an email exchange seen by this agency); contradicts the army's Tuesday denial")
V("keystone_assessment", "other", "2026-07-07", None, {"crater_width_m": 6},
  [("keystone", "actor"), ("clinic", "target")], P7B,
  subtype="publication: the lab's satellite-image assessment of the strike",
  note="'published on Tuesday' = 2026-07-07; images taken on Monday afternoon (2026-07-06) and Sunday (2026-07-05)")
V("displacement_2026", "other", "2026-07-06/..", "kabkabiya", {},
  [("town_displaced", "actor", {"source": "residents"}), ("hawa_adam", "actor"), ("hawa_children", "actor"),
   ("kutum_village", "result", {"qualifier": "where Hawa Ishag Adam fled on Tuesday"})], P13B,
  subtype="displacement: thousands leave the town after the strike (no DESIGN word)", source="residents",
  note="'since the strike' (2026-07-06 onwards); Hawa Ishag Adam fled with her three children on Tuesday 2026-07-07 to "
       "a village near Kutum")
V("checkpoint_setup", "other", "2026-06", "checkpoint", {},
  [("nsb_fighters", "actor")],
  "NSB fighters had set up a checkpoint about 200 metres from the clinic last month",
  subtype="deployment: NSB fighters set up a checkpoint about 200 metres from the clinic (no DESIGN word)",
  source="teacher", place_alt=["kabkabiya"],
  note="'last month' = 2026-06; the same teacher says no vehicles were parked near the compound on Monday morning")
V("clinic_closure", "other", None, "clinic", {},
  [("smr", "actor"), ("clinic", "target")], P14B,
  subtype="closure: the charity closes the centre until further notice (no DESIGN word)", source="smr",
  note="date not stated (after the strike of 2026-07-06, before publication)")
V("sudan_war", "war", "2023-04/..", "sudan", {"displaced_min": 10000000},
  [("saf", "combatant"), ("rsf", "combatant"), ("war_dead", "victim")], P15,
  subtype="civil war between the army and the RSF", source="un_agencies",
  note="'broke out in April 2023' (start; ongoing); 'tens of thousands' killed (no number), 'more than 10 million' "
       "driven from their homes (lower bound)")

# ------------------------------------------------------------------ timexes
T = g.timex
T("July 8, 2026", "2026-07-08", function="publication_date")
T("Monday", "2026-07-06", ctx="Kabkabiya on Monday")
T("9 a.m.", "2026-07-06T09:00", note="'shortly after 9 a.m.' ('shortly after' is a signal)")
T("2021", "2021", signal="since", note="'has run the centre ... since 2021' (2021/..)")
T("Tuesday", "2026-07-07", ctx="in a statement on Tuesday")
T("December 2024", "2024-12", signal="since")
T("about an hour", "PT1H", type="duration", mod="APPROX", note="'about an hour after the strike'")
T("2019", "2019", signal="until")
T("Tuesday", "2026-07-07", ctx="assessment published on Tuesday")
T("Monday afternoon", "2026-07-06", note="TIMEX3 2026-07-06TAF")
T("Sunday", "2026-07-05")
T("May", "2026-05", ctx="since May", signal="since")
T("January", "2026-01", ctx="both sides in January")
T("Tuesday", "2026-07-07", ctx="The army said on Tuesday")
T("Jan. 14", "2026-01-14")
T("November 2024", "2024-11")
T("weeks", "PXW", ctx="weeks before the town fell", type="duration")
T("three months", "P3M", type="duration")
T("Monday", "2026-07-06", ctx="Monday's blast")
T("several minutes", "PTXM", type="duration")
T("Tuesday", "2026-07-07", ctx="three children on Tuesday")
T("last month", "2026-06")
T("Monday morning", "2026-07-06", note="TIMEX3 2026-07-06TMO")
T("April 2023", "2023-04")

# ------------------------------------------------------------------- notes
g.notes += [
    "FICTIONAL dev document (own wording), written for benchmarks/devset and annotated by hand before any claimgraph "
    "run: Sahel Medical Relief (SMR), the Al-Nour Health Centre, the National Support Brigades (NSB) and their former "
    "name Western Frontier Guards, Keystone Imagery Lab, the Veldstra Institute, the Aurora Health Foundation, Amira "
    "Osman Khalil, Abakar Jumaa Tahir, Al-Tayeb Suleiman Haroun, Nabil Abdallah Fadul, Ruth Abernethy, Ingrid "
    "Solberg, Hawa Ishag Adam and Yasir, the strike, the raid, the tolls and the email exchange are invented; "
    "Nairobi, Kenya, Sudan, Darfur, North Darfur, Kabkabiya, Kutum, El Obeid, Port Sudan and The Hague are real "
    "places; the Sudanese Armed Forces (SAF), the Rapid Support Forces (RSF), the United Nations, the European Union "
    "and its humanitarian aid office, and Telegram are real, but every statement and action attributed to them here "
    "is fictional. errors: none (the checkable background is correct: Kabkabiya and Kutum are in North Darfur; El "
    "Obeid has an army air base; the army-aligned authorities sit in Port Sudan; Sudan's war between the army and the "
    "RSF broke out in April 2023 and has displaced more than 10 million people).",
    "published = dateline 2026-07-08 (Wednesday): 'Monday' (lead, \"Monday's blast\"), 'Monday afternoon', 'Monday "
    "morning' = 2026-07-06 (the strike, images, no vehicles); 'Sunday' = 2026-07-05 (earlier images); 'Tuesday' (x4) "
    "= 2026-07-07 (SMR's statement, the lab's assessment, the army's denial of receipt, Hawa Ishag Adam's flight); "
    "'January' = 2026-01 and 'Jan. 14' = 2026-01-14 (coordinates shared and acknowledged, before July); 'since May' = "
    "2026-05; 'last month' = 2026-06; 'November 2024', 'December 2024' (since), '2019' (until), '2021' (since), 'April "
    "2023' absolute. 'weeks' (before the town fell), 'three months', 'about an hour' (APPROX), 'several minutes' are "
    "durations.",
    "Not timexes: 'at the time' (refers back to the raid's time, no value of its own), 'until further notice' (vague "
    "future), 'the first' (order: 'not the first attack'), 'still' (aspect).",
    "Aliases: 'Sahel Medical Relief (SMR)' - acronym in brackets; the lead's 'the medical charity that runs it' before "
    "the name; 'a Nairobi-based charity', 'the charity' x4. 'The National Support Brigades (NSB)' - acronym; the "
    "lead's 'the paramilitary force that holds the town' and the headline's 'paramilitary' before the name; 'the "
    "paramilitary group that has controlled Kabkabiya since December 2024', 'the group', 'Its spokesman'; former name "
    "'Western Frontier Guards' ('was known until 2019 as', renamed_to). 'Sudanese Armed Forces (SAF)' - acronym; "
    "\"Sudan's army\", 'army' (headline), 'The army' / 'the army'. 'Rapid Support Forces (RSF)' then 'the RSF'. "
    "'Keystone Imagery Lab' then 'the lab'; 'United Nations' / 'UN' / 'the organisation'; 'Al-Nour Health Centre' / "
    "'the clinic' / 'the centre' / 'that building' / 'the compound'. 'both sides' / 'Both sides' = the army and the "
    "NSB (a plural reference, not an entity). Persons named once in full (no later surname-only mentions); titles "
    "before names: 'Dr.', 'Major General', 'Brigadier General' (listed as descriptors).",
    "Attributions: the lead's 'according to' (SMR, reporting clause after the content); 'each blamed the other' read "
    "as two attributions (the army, the NSB) with content by reference; SMR ('said' after the content, 'said in a "
    "statement', 'said' x2, 'according to the charity'); the health department ('put the toll at'); the NSB ('said', "
    "'accused', a colon-introduced quote with the Telegram statement as cue, 'denied' (negative)); Khalil's quote "
    "over two sentences (continuation=True, the second negative) on behalf of SMR; the NSB spokesman (on behalf of "
    "the NSB); the army ('denied', 'said' (negative: 'never received')); the army spokesman ('said' with a partial "
    "quote, 'accused', 'suggested'; on behalf of the army); the lab ('said', its assessment) and its analyst's quote "
    "over two sentences; Solberg ('said' x2 with partial quotes, the second a parenthetical 'she said', on behalf of "
    "the UN); the unnamed senior UN official ('who spoke on condition of anonymity', not on the UN's behalf); the "
    "liaison officer ('acknowledged', inside the email exchange the agency saw); residents ('described', 'said'); "
    "Hawa Ishag Adam (indirect and direct); the unnamed teacher ('who asked not to be named for fear of reprisals'); "
    "UN agencies ('according to', the war's toll). Not attributions: 'stopped short of naming a culprit' (a "
    "non-statement), the first sentence of paragraph 7 and 'The images bear out ...' (the writer's own judgements).",
    "Certainty per source: plain statements of named or descriptive sources are 'certain' for that source. "
    "'accused' (x2) and 'blamed' (accusation verbs of named sources), 'allegedly' (hearsay marker inside the army "
    "spokesman's claim) and 'reports' (Solberg's knowledge by report) = reported; 'are believed to' (agentless, the "
    "writer's), 'appear to' (the writer's) and 'consistent with' (the analyst's inference) = probable; 'may have' "
    "(inside 'suggested that'), 'could amount to' = possible; 'could not be verified', 'cannot tell' and the "
    "condition 'if they are confirmed' = uncertain; 'no doubt' and 'bear out' = boosters (certain). Approximators "
    "('about', 'roughly', 'at least', 'more than', 'tens of thousands', 'largely') are not hedges (the shared gold's "
    "convention). 'denied', 'never received', 'no military target', 'no vehicles', 'denied involvement' are polarity, "
    "not certainty.",
    "The writer's own stances: 'The army offered no evidence for either claim' (disputes the army spokesman's two "
    "claims); 'Satellite images ... appear to contradict the army's account' (disputes the army, hedged: weak); 'a "
    "claim not supported by an email exchange seen by this agency' (disputes the army's denial of receipt); 'The "
    "images bear out the charity's account' (endorses SMR). 'a claim that could not be verified' (the NSB spokesman's "
    "El Obeid claim) is a hedge (uncertain) without a stance record, as in the shared gold. The army's 'denied' and "
    "the NSB's 'denied involvement' are sources' denials, not author stances. The writer takes no side on who flew "
    "the drone ('Both sides are believed to fly drones of similar types').",
    "Competing tolls in the strike's numbers_by_source: SMR at least 19 dead (two of its nurses) and 31 wounded (kept "
    "in 'numbers': the lead's and headline's figure); the health department of Kabkabiya locality 26 dead including "
    "nine children; the NSB 43 civilians 'without giving details'. The war's toll (UN agencies: tens of thousands "
    "killed, more than 10 million displaced) belongs to the war event.",
    "Relations with no exact predicate, nearest kept and flagged ambiguous: deconfliction notices and their receipt "
    "(works_with with a qualifier: SMR -> army and NSB per SMR; receipt denied by the army, negative and disputed; "
    "acknowledged per the email exchange, the writer's); storing ammunition in houses and setting up a checkpoint "
    "(controls); the human-shield accusation (targeted with a qualifier, reported); employment of nurses and staff "
    "(member_of, alt works_with). Blame: each side perpetrated the strike per the other (reported, 'blamed'), the "
    "army per the NSB's own quote (implicit), the NSB per the army spokesman's secondary-explosion suggestion "
    "(possible); the army's denial is targeted clinic, negative. Ranks (Major General, Brigadier General) are "
    "holds_position beside the leader_of / spokesman relations (mining_collapse_inquiry). 'fights alongside' -> "
    "allied_with; 'known until 2019 as' -> renamed_to (time 2019); 'a research unit of' and 'a branch of' -> "
    "part_of; 'funded largely by' -> funded (x2); 'Nairobi-based', 'in The Hague', 'in Port Sudan', 'Swedish' -> "
    "located_in; 'Sudanese', 'Norwegian' -> citizen_of; 'Hawa Ishag Adam, 34' -> born_on 1991/1992 (implicit, "
    "derived). Kinship (Yasir is her younger brother; her three children) has no predicate and is not encoded "
    "(court_fraud_trial).",
    "Event types: validate_gold.py's list is followed (attack, war, renaming are on it); DESIGN types it lacks lead "
    "the subtype of 'other' where they exist (publication: the lab's assessment); happenings with no DESIGN word lead "
    "with their own word (takeover, suspension, notification, reply, displacement, deployment, closure). The November "
    "2024 raid is an attack with the guard's killing inside it (killed: 1). Not events: the hypothetical war crimes "
    "('could amount to'), the secondary explosions (suggested, 'may have'), the drone's take-off from El Obeid "
    "(an unverified claim inside the strike's account), the satellite images' capture (observations), the UN staff's "
    "failure to reach the town (a non-happening), Khalil's arrival (kept as her responder role), the circling drone "
    "(part of the strike in Hawa Ishag Adam's account).",
    "Entity hard cases: the clinic, its outpatient wing and waiting room, the air base, the checkpoint, the houses "
    "beside the compound and the village near Kutum are Locations (facilities/places); 'Darfur' is the region, 'North "
    "Darfur' the state, 'Kabkabiya locality' the administrative unit; 'hospitals' (the NSB's quote) and 'medical "
    "facilities' (Solberg) are generic and not linked to the clinic; 'the dead', 'at least 19 people' and '43 "
    "civilians' are one group with competing counts; 'civilians' (accusation) is generic; 'a gathering of rebel "
    "vehicles and fighters' exists only in the army's account; 'its staff' (the UN's) and 'lawmakers' absent; "
    "'Telegram' is declared as the medium without relations; 'this agency' is the writer.",
    "cross_doc: not applicable (unrelated domain).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
