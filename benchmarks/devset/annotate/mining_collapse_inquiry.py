#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for
benchmarks/devset/docs/mining_collapse_inquiry.txt -> benchmarks/devset/gold/mining_collapse_inquiry.json

Fictional mining-accident wire story: part of an underground shaft at the Asaase Pa gold mine near Prestea, in Ghana's
Western Region, caves in on a Saturday night; Ghana's Minerals Commission suspends the licence (stop-work order pending
an investigation) and police arrest two of the mine's managers on suspicion of causing death by negligence.  The
operator, Okyerema Gold Mining Company (OGMC; 'known in the area simply as Okyerema Gold'; 'the company'), a subsidiary
of Westbury Metals of Perth, Australia, puts the toll at nine and says two more dead were illegal miners; police count
11 bodies; the Mine and Quarry Workers' Union says at least 14 members died and five are missing.  The union's general
secretary quoted over two sentences after the attribution, the company's denial ('denied that it had ignored any
warning') and its general manager's 'appears to', the commission's inspectorate director's 'may have', an unnamed
ministry official 'who was not authorised to speak publicly' (a complaint about cracks in October), a lawyer's
'made scapegoats', an earlier rockfall 'Two years ago' (three dead, a fine), a relative relaying her husband's words,
'believed to be trapped'.  The writer's own stance: the company's November inspection is 'a claim that records seen by
this agency contradict'.  Built with the shared goldlib; events follow the shared validator's list like
tech_health_data_breach and labour_port_strike (a DESIGN type it lacks is 'other' with the DESIGN word leading the
subtype)."""
from pathlib import Path

HERE = Path(__file__).resolve()
DEVSET = HERE.parents[1]                    # benchmarks/devset

from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "mining_collapse_inquiry"
PUB = "2026-01-21"  # dateline: TARKWA, Ghana, Jan. 21, 2026 (a Wednesday)
g = Gold(DEVSET / "docs" / f"{NAME}.txt", PUB)

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("tarkwa", "Location", ["TARKWA", "Tarkwa"],
  note="dateline; 'told reporters in Tarkwa', 'being held in Tarkwa'")
E("ghana", "Location", ["Ghana"], ["the country"],
  note="'Ghana' x4: dateline, 'Ghana suspends' (headline: the state acting through its Minerals Commission, a "
       "metonymic use of the country's name, kept as a name of the country as profile_militant_commander keeps "
       "'Manila' for its government), \"Ghana's Minerals Commission\", 'Ghana is Africa's largest gold producer'; "
       "\"the country's Western Region\"")
E("prestea", "Location", ["Prestea"])
E("western_region", "Location", ["Western Region"],
  note="x2: \"the country's Western Region\", 'illegal pits ... that dot the Western Region'; 'the Western regional "
       "police command' is adjectival (listed under the command)")
E("africa", "Location", ["Africa"], note="only in \"Africa's largest gold producer\"")
E("perth", "Location", ["Perth"])
E("australia", "Location", ["Australia"], note="'Perth, Australia'; also inside 'Australian Securities Exchange'")
E("sydney", "Location", ["Sydney"], note="'Its shares fell 6% in Sydney' (the exchange's city)")
E("asaase_pa", "Location", ["Asaase Pa"],
  ["the Asaase Pa gold mine", "gold mine", "the mine", "this mine", "the site"],
  fictional=True,
  note="facility (a mine is a Location, DESIGN). 'Asaase Pa' x3 ('the Asaase Pa gold mine', 'employed at Asaase Pa', "
       "'Asaase Pa produced'); \"gold mine's licence\" (headline); 'the mine' x9 (incl. \"the mine's managers\", 'the "
       "mine gate' x2, \"the mine's general manager\", \"the mine's underground manager\", 'took over the mine', "
       "'bought the mine', 'accident at the mine'); 'this mine' (Boadu-Larbi's quote); \"OGMC's licence at the site\". "
       "'licensed mines' (last paragraph) is generic and not linked")
E("shaft", "Location", [],
  ["an underground shaft", "the shaft", "a shaft that everyone knew was cracking", "the same shaft"],
  note="the collapsed shaft: 'part of an underground shaft caved in'; 'the shaft' x4 ('the shaft walls', 'the shaft had "
       "passed', \"the shaft's last full inspection\", \"the shaft's supports\"); Frimpong's 'a shaft that everyone knew "
       "was cracking'; 'the same shaft' (the 2024 rockfall). The headline's 'shaft collapse' is the event's name")
E("old_workings", "Location", [], ["the old workings"],
  note="where the company says the two illegal miners entered; possibly the same as the abandoned section of "
       "Boadu-Larbi's account (not stated: kept apart)")
E("abandoned_section", "Location", [], ["a section that was abandoned long before OGMC took over the mine"],
  note="where the general manager places the failed timber supports")
E("neighbouring_section", "Location", [], ["a neighbouring section"], note="where blasting may have weakened the shaft")
E("ventilation_raise", "Location", [], ["a ventilation raise"], note="facility: route to the trapped miners (NADMO)")
E("mine_gate", "Location", [], ["the mine gate"], note="x2: 'speaking outside the mine gate', 'Outside the mine gate'")
E("illegal_pits", "Location", [], ["the thousands of illegal pits", "galamsey"], generic=True,
  note="'the thousands of illegal pits, known locally as galamsey, that dot the Western Region': 'galamsey' is a local "
       "word for illegal small-scale mining (not a proper name), an alias of a generic kind, not of the company "
       "(contrast 'known in the area simply as Okyerema Gold')")

# organizations
E("minerals_commission", "Organization", ["Minerals Commission"], ["The commission", "the commission"],
  note="real Ghanaian regulator; the suspension, fines, log and every statement attributed to it are fictional. "
       "\"Ghana's Minerals Commission\", \"the Minerals Commission's inspection log\"; 'The commission' x2 ('The "
       "commission suspended', 'The commission did not say'), 'the commission' x3 (\"the commission's inspectorate "
       "division\", 'passed it to the commission', 'the commission fined the company')")
E("inspectorate_division", "Organization", [], ["the commission's inspectorate division"],
  note="the commission's mine-safety inspectorate (lower case in the text: descriptive)")
E("ogmc", "Organization", ["Okyerema Gold Mining Company", "OGMC", "Okyerema Gold"],
  ["the company", "The company"], fictional=True,
  note="full name with the acronym in brackets, then 'OGMC' x7 (incl. \"OGMC's licence\", 'OGMC took over the mine'); "
       "alias 'known in the area simply as Okyerema Gold'; 'The company' x3 ('The company counted its ounces' in "
       "Frimpong's quote, 'The company denied', 'The company did not respond'), 'the company' x1 ('the commission fined "
       "the company'); 'its payroll', 'it was cooperating', 'its own inquiry'; the operator of the mine (employer of "
       "the managers, implied)")
E("westbury", "Organization", ["Westbury Metals", "Westbury"], ["a mining group based in Perth, Australia"],
  fictional=True, note="parent group; 'Its shares' = Westbury's; 'its gold' (its output)")
E("union", "Organization", ["Mine and Quarry Workers' Union"], ["The union", "the union"], fictional=True,
  note="'The Mine and Quarry Workers' Union' (sentence-initial article, not part of the name); \"the union's general "
       "secretary\", 'The union says'; 'its members'")
E("police", "Organization", ["police", "Police"], ["the police"], name_kind="descriptive",
  note="Ghana's police (the Ghana Police Service, not named): 'police arrested' (lead), 'Police said', 'Police "
       "arrested', 'cooperating fully with the police'. Not flagged generic (a specific force), unlike "
       "labour_port_strike's police")
E("regional_police_command", "Organization", ["the Western regional police command"], name_kind="descriptive",
  note="'a spokeswoman for the Western regional police command': a command of Ghana's police")
E("nadmo", "Organization", ["National Disaster Management Organisation", "NADMO"],
  note="real Ghanaian agency; its statement here is fictional. Acronym in brackets")
E("lands_ministry", "Organization", ["Ministry of Lands and Natural Resources"], ["the ministry"],
  note="real ministry (it oversees mining); the complaint and the official's account are fictional")
E("asx", "Organization", ["Australian Securities Exchange"], note="real exchange; the filing is fictional")
E("ghana_government", "Organization", ["The government"], name_kind="descriptive",
  note="Ghana's government ('The government has promised tighter inspections')")
E("this_agency", "Organization", ["this agency"], name_kind="descriptive",
  note="the writer's outlet ('records seen by this agency'; the dateline's 'Wire'); claims by it are source 'author' "
       "(as tech_health_data_breach's 'this newspaper')")
E("rescue_teams", "Organization", ["Rescue teams"], generic=True, name_kind="descriptive",
  note="who they belong to is not stated")

# people
E("officials", "Person", ["officials"], generic=True, name_kind="descriptive",
  note="'officials said' (lead): unnamed officials, source of the lead")
E("yaw_frimpong", "Person", ["Yaw Darko Frimpong", "Frimpong"], ["the union's general secretary"], fictional=True,
  note="'Frimpong said' (x1 besides the full name); 'These men' in his quote = the dead and trapped miners")
E("kwame_boadu_larbi", "Person", ["Kwame Boadu-Larbi"], ["the mine's general manager"], fictional=True,
  note="'he said'")
E("joseph_tetteh", "Person", ["Joseph Tetteh"], ["director of the commission's inspectorate division"], fictional=True,
  note="'He said'")
E("isaac_nyarko", "Person", ["Isaac Nyarko"], ["the mine's underground manager"], fictional=True)
E("gifty_amponsah", "Person", ["Gifty Amponsah"], ["its safety manager"], fictional=True,
  note="'its' = the mine's")
E("arrested_managers", "Person", ["two managers", "two of the mine's managers", "the two managers"],
  name_kind="descriptive",
  note="plural reference to Nyarko and Amponsah (both named in paragraph 9): headline 'two managers arrested', lead "
       "'two of the mine's managers', 'A lawyer for the two managers'; 'Both', 'they' (the lawyer's claim). Declared "
       "as a group because the lawyer speaks for both (on_behalf_of) and the headline/lead refer to them only so")
E("akosua_bediako", "Person", ["Akosua Bediako"],
  ["Deputy Superintendent", "a spokeswoman for the Western regional police command"], fictional=True,
  note="rank title before the name ('Deputy Superintendent Akosua Bediako') and apposition")
E("kojo_amoah_sarpong", "Person", ["Kojo Amoah-Sarpong"], ["A lawyer for the two managers"], fictional=True)
E("ministry_official", "Person", ["An official at the Ministry of Lands and Natural Resources"], unnamed=True,
  name_kind="descriptive", note="'who was not authorised to speak publicly'")
E("adwoa_nkansah", "Person", ["Adwoa Nkansah"], fictional=True, note="'she said'; relative of a missing miner")
E("nkansah_husband", "Person", [], ["whose husband", "a driller"], unnamed=True,
  note="'whose husband, a driller, is among the missing'; 'he had called her', 'He said' (relayed by his wife)")
E("trapped_miners", "Person", [],
  ["miners who are believed to be trapped about 300 metres below the surface", "the trapped miners"], unnamed=True,
  note="'These men' (Frimpong) covers the dead and the trapped; the number trapped is never given")
E("missing_miners", "Person", [], ["the missing"], unnamed=True,
  note="'five were still missing' (the union), 'among the missing' (Nkansah's husband); overlaps the trapped miners "
       "(not said to be the same group: kept apart)")
E("collapse_dead", "Person", [], ["the dead", "11 bodies"], unnamed=True,
  note="those killed in the collapse: 'The number of dead', '11 bodies' (police), 'two of the dead' (company), 'at least "
       "14 of its members had died' (union)")
E("illegal_miners", "Person", [], ["illegal miners who had entered the old workings without permission"], unnamed=True,
  note="two of the dead, in the company's account")
E("mine_workers", "Person", [], ["the roughly 1,400 people employed at Asaase Pa", "workers"], generic=True,
  note="\"most of the roughly 1,400 people employed at Asaase Pa\" (the union represents most of them); 'workers' x2 "
       "('workers had reported fresh cracks', 'a written complaint from workers'); 'three workers' (2024) are others")
E("union_members", "Person", [], ["its members"], generic=True, note="'at least 14 of its members had died'")
E("dead_2024", "Person", [], ["three workers"], unnamed=True, note="killed in the 2024 rockfall")
E("inspectors", "Person", ["inspectors"], generic=True, name_kind="descriptive",
  note="the commission's inspectors ('He said inspectors would examine')")
E("engineers", "Person", ["engineers"], generic=True, name_kind="descriptive",
  note="'NADMO said engineers hoped to reach': whose engineers is not stated (NADMO's or the company's)")
E("superiors", "Person", ["their superiors"], unnamed=True, name_kind="descriptive",
  note="in the lawyer's claim; at OGMC or Westbury, not stated")
E("relatives", "Person", ["dozens of relatives"], generic=True, name_kind="descriptive")

# events
E("collapse_2026", "Event", [], ["the collapse", "shaft collapse"],
  note="'the collapse' x3 ('four days after the collapse', 'the collapse appears to have been caused', 'an hour before "
       "the collapse'); headline 'shaft collapse'; clausal 'part of an underground shaft caved in on Saturday night'. "
       "'the first deadly accident at the mine' is said of it negatively ('It is not the first ...'), not a name")
E("rescue_2026", "Event", [], note="clausal: 'Rescue teams were still digging on Wednesday towards miners ...'")
E("licence_suspension", "Event", [], note="clausal: 'has suspended the licence' (lead), 'Ghana suspends gold mine's "
                                          "licence' (headline), 'The commission suspended OGMC's licence at the site'")
E("arrests_2026", "Event", [], note="clausal: 'police arrested two of the mine's managers on Tuesday', 'two managers "
                                    "arrested' (headline), 'Police arrested the mine's underground manager'")
E("commission_investigation", "Event", [], ["an investigation"],
  note="'pending an investigation': announced, under way or future, not described: an entity without an event record")
E("worker_complaint_2025", "Event", [], ["a written complaint from workers about the cracks", "the complaint"],
  note="'workers had reported fresh cracks in the shaft walls in October' (Frimpong) and the ministry's 'written "
       "complaint from workers about the cracks in October' (the official): read as one happening with two accounts")
E("complaint_referral_2025", "Event", [], note="clausal: 'had passed it to the commission within days'")
E("inspection_nov_2025", "Event", [], ["a full safety inspection"],
  note="the company's claim ('the shaft had passed a full safety inspection in November'), disputed by the writer")
E("inspection_march_2024", "Event", [], ["the shaft's last full inspection"], note="per the commission's log")
E("westbury_acquisition_2017", "Event", [], note="clausal: 'which bought the mine in 2017'")
E("share_fall_2026", "Event", [], note="clausal: 'Its shares fell 6% in Sydney on Wednesday'")
E("rockfall_2024", "Event", [], ["a rockfall", "that accident"],
  note="'Two years ago, a rockfall in the same shaft killed three workers'; 'its own inquiry into that accident'")
E("fine_2024", "Event", [], note="clausal: 'the commission fined the company 400,000 cedis'")
E("ogmc_inquiry_2024", "Event", [], ["its own inquiry into that accident"],
  note="the company's internal inquiry into the 2024 rockfall (findings never published, the union says)")

# ----------------------------------------------------------------- relations
R = g.rel
HEAD = "Ghana suspends gold mine's licence after shaft collapse; two managers arrested as toll disputed"
R("ghana", "targeted", "asaase_pa", "Ghana suspends gold mine's licence", time="2026-01-19", ambiguous=True,
  alt_objects=["ogmc"], qualifier="licence suspended",
  note="headline (the writer's): 'Ghana' is metonymic for the Minerals Commission (the agent in the lead); a licence "
       "suspension has no exact predicate: 'targeted' with a qualifier, as the regulators' fines in "
       "tech_health_data_breach")
R("police", "targeted", "arrested_managers", "two managers arrested", time="2026-01-20", implicit=True,
  qualifier="arrested", note="headline passive without agent: police from the lead")
LEAD = ("Ghana's Minerals Commission has suspended the licence of the Asaase Pa gold mine near Prestea, in the "
        "country's Western Region, after part of an underground shaft caved in on Saturday night, and police arrested "
        "two of the mine's managers on Tuesday, officials said.")
R("minerals_commission", "targeted", "asaase_pa",
  "Ghana's Minerals Commission has suspended the licence of the Asaase Pa gold mine", source="officials",
  time="2026-01-19", ambiguous=True, alt_objects=["ogmc"], qualifier="licence suspended",
  note="'officials said' covers the whole lead; the licence holder (OGMC) is named in paragraph 8")
R("minerals_commission", "located_in", "ghana", "Ghana's Minerals Commission", alt_predicates=["part_of"],
  note="the national regulator (possessive)")
R("asaase_pa", "located_in", "prestea", "the Asaase Pa gold mine near Prestea", qualifier="near")
R("prestea", "located_in", "western_region", "Prestea, in the country's Western Region")
R("western_region", "located_in", "ghana", "the country's Western Region")
R("asaase_pa", "located_in", "western_region", "the Asaase Pa gold mine near Prestea, in the country's Western Region",
  implicit=True, note="near a town in the region: the mine is in the region (transitive reading)")
R("prestea", "located_in", "ghana", "Prestea, in the country's Western Region", implicit=True)
R("shaft", "located_in", "asaase_pa", "part of an underground shaft caved in", implicit=True,
  alt_predicates=["part_of"], note="the shaft of the mine (context)")
R("collapse_2026", "located_in", "shaft", "part of an underground shaft caved in on Saturday night",
  note="an event's place, kept as located_in as tech_health_data_breach's forum listing")
R("police", "targeted", "arrested_managers", "police arrested two of the mine's managers on Tuesday",
  source="officials", time="2026-01-20", qualifier="arrested")
R("tarkwa", "located_in", "ghana", "TARKWA, Ghana")
R("tarkwa", "located_in", "western_region", "TARKWA, Ghana", implicit=True, ambiguous=True,
  note="world knowledge (Tarkwa is in the Western Region), not stated")
P2 = ("Rescue teams were still digging on Wednesday towards miners who are believed to be trapped about 300 metres "
      "below the surface, behind a wall of fallen rock.")
R("trapped_miners", "located_in", "asaase_pa", "miners who are believed to be trapped about 300 metres below the "
  "surface", certainty="probable", certainty_cue="are believed to", alt_objects=["shaft"],
  qualifier="trapped about 300 metres below the surface",
  note="agentless belief: probable for the writer (no source named)")
P2B = ("The National Disaster Management Organisation (NADMO) said engineers hoped to reach the trapped miners through "
       "a ventilation raise by Thursday.")
R("nadmo", "located_in", "ghana", "The National Disaster Management Organisation", implicit=True,
  note="'National' = Ghana's")
R("ventilation_raise", "located_in", "asaase_pa", "a ventilation raise", implicit=True)
P3 = "The number of dead remained in dispute four days after the collapse."
P3B = "Police said 11 bodies had been recovered by Tuesday evening."
P3C = ("Okyerema Gold Mining Company (OGMC), which operates the mine, put the toll at nine, saying two of the dead were "
       "illegal miners who had entered the old workings without permission and were not on its payroll.")
R("ogmc", "controls", "asaase_pa", "Okyerema Gold Mining Company (OGMC), which operates the mine",
  qualifier="operates (operator)")
R("illegal_miners", "located_in", "old_workings", "illegal miners who had entered the old workings without permission",
  source="ogmc", qualifier="entered without permission")
R("illegal_miners", "member_of", "ogmc", "were not on its payroll", source="ogmc", polarity="negative",
  polarity_cue="not", ambiguous=True, qualifier="employment (denied)",
  note="employment has no predicate: member_of (alt works_with), negated by the company")
R("old_workings", "located_in", "asaase_pa", "the old workings", implicit=True)
P3D = ("The Mine and Quarry Workers' Union, which represents most of the roughly 1,400 people employed at Asaase Pa, "
       "said at least 14 of its members had died and five were still missing.")
R("mine_workers", "member_of", "union", "The Mine and Quarry Workers' Union, which represents most of the roughly "
  "1,400 people employed at Asaase Pa", qualifier="represented by the union (most of them)",
  alt_predicates=["supported"], note="labour_port_strike's convention for union representation")
R("mine_workers", "member_of", "ogmc", "the roughly 1,400 people employed at Asaase Pa", implicit=True, ambiguous=True,
  alt_predicates=["works_with"], alt_objects=["asaase_pa"], qualifier="employment at the mine",
  note="employed 'at Asaase Pa': the employer (OGMC, the operator) is implied, not stated")
R("union_members", "member_of", "union", "at least 14 of its members had died", source="union")
QF = ("\"These men were sent into a shaft that everyone knew was cracking,\" said Yaw Darko Frimpong, the union's "
      "general secretary, speaking outside the mine gate.")
R("yaw_frimpong", "holds_position", "union", "Yaw Darko Frimpong, the union's general secretary",
  role="general secretary", alt_predicates=["leader_of"])
QF2 = "\"The company counted its ounces and hoped the rock would hold. It did not hold.\""
R("ogmc", "perpetrated", "collapse_2026", QF2, source="yaw_frimpong", implicit=True, ambiguous=True,
  qualifier="blame for negligence (sent men into a cracking shaft, 'counted its ounces')",
  note="the union leader's quote implies the company's responsibility without saying 'caused'; as "
       "environment_chemical_spill, 'perpetrated' carries no intent")
R("mine_gate", "located_in", "asaase_pa", "the mine gate", occ=0, alt_predicates=["part_of"])
P5 = ("Frimpong said workers had reported fresh cracks in the shaft walls in October and had been told to keep "
      "working.")
P6 = "The company denied that it had ignored any warning."
P6B = ("In a statement issued on Monday, OGMC said the shaft had passed a full safety inspection in November, a claim "
       "that records seen by this agency contradict: the Minerals Commission's inspection log lists the shaft's last "
       "full inspection in March 2024.")
P6C = "The company did not respond to a request to explain the discrepancy."
P7 = ("Kwame Boadu-Larbi, the mine's general manager, told reporters in Tarkwa on Tuesday that the collapse appears to "
      "have been caused by the failure of old timber supports in a section that was abandoned long before OGMC took "
      "over the mine.")
R("kwame_boadu_larbi", "holds_position", "ogmc", "Kwame Boadu-Larbi, the mine's general manager",
  role="general manager (of the Asaase Pa mine)", alt_objects=["asaase_pa"],
  note="'the mine's': the mine is a facility; its operator OGMC is the employer (the holds_position object must be an "
       "organization)")
R("abandoned_section", "located_in", "asaase_pa", "a section that was abandoned long before OGMC took over the mine",
  source="kwame_boadu_larbi")
R("ogmc", "controls", "asaase_pa", "long before OGMC took over the mine", source="kwame_boadu_larbi",
  qualifier="took over the mine (date not stated)")
QB = "\"Nobody at this mine was ever told to work in unsafe ground,\" he said."
P8 = ("The commission suspended OGMC's licence at the site on Monday and ordered all underground work there to stop "
      "pending an investigation, said Joseph Tetteh, director of the commission's inspectorate division.")
R("minerals_commission", "targeted", "ogmc", "The commission suspended OGMC's licence at the site on Monday",
  source="joseph_tetteh", time="2026-01-19", ambiguous=True, alt_objects=["asaase_pa"],
  qualifier="licence suspended; underground work ordered to stop pending an investigation")
R("joseph_tetteh", "holds_position", "inspectorate_division",
  "Joseph Tetteh, director of the commission's inspectorate division", role="director",
  alt_predicates=["leader_of"], alt_objects=["minerals_commission"])
R("inspectorate_division", "part_of", "minerals_commission", "the commission's inspectorate division")
P8B = ("He said inspectors would examine whether blasting in a neighbouring section may have weakened the shaft's "
       "supports.")
R("inspectors", "member_of", "minerals_commission", "He said inspectors would examine", implicit=True,
  alt_objects=["inspectorate_division"], note="the commission's inspectors (context)")
R("neighbouring_section", "located_in", "asaase_pa", "a neighbouring section", implicit=True)
P9 = ("Police arrested the mine's underground manager, Isaac Nyarko, and its safety manager, Gifty Amponsah, on "
      "Tuesday on suspicion of causing death by negligence, said Deputy Superintendent Akosua Bediako, a spokeswoman "
      "for the Western regional police command.")
R("police", "targeted", "isaac_nyarko", P9, source="akosua_bediako", time="2026-01-20", qualifier="arrested",
  note="arrest: the nearest predicate for the agent -> arrested person (police_murder_investigation)")
R("police", "targeted", "gifty_amponsah", P9, source="akosua_bediako", time="2026-01-20", qualifier="arrested")
R("isaac_nyarko", "holds_position", "ogmc", "the mine's underground manager, Isaac Nyarko",
  role="underground manager (of the Asaase Pa mine)", alt_objects=["asaase_pa"])
R("gifty_amponsah", "holds_position", "ogmc", "its safety manager, Gifty Amponsah",
  role="safety manager (of the Asaase Pa mine)", alt_objects=["asaase_pa"], note="'its' = the mine's")
R("isaac_nyarko", "perpetrated", "collapse_2026", "on suspicion of causing death by negligence", source="akosua_bediako",
  certainty="possible", certainty_cue="on suspicion of", ambiguous=True,
  qualifier="suspected of causing death by negligence",
  note="the suspicion behind the arrests (DESIGN: 'suspected' = possible); no intent implied")
R("gifty_amponsah", "perpetrated", "collapse_2026", "on suspicion of causing death by negligence",
  source="akosua_bediako", certainty="possible", certainty_cue="on suspicion of", ambiguous=True,
  qualifier="suspected of causing death by negligence")
R("akosua_bediako", "holds_position", "regional_police_command",
  "Deputy Superintendent Akosua Bediako, a spokeswoman for the Western regional police command", role="spokeswoman")
R("akosua_bediako", "holds_position", "police", "Deputy Superintendent Akosua Bediako", role="Deputy Superintendent",
  note="police rank")
R("regional_police_command", "part_of", "police", "the Western regional police command", implicit=True)
R("regional_police_command", "located_in", "western_region", "the Western regional police command",
  note="adjectival 'Western regional'")
P9B = "Both are being held in Tarkwa and are due to appear in court on Friday."
P10 = ("A lawyer for the two managers, Kojo Amoah-Sarpong, said they were being \"made scapegoats\" for decisions taken "
       "by their superiors.")
R("kojo_amoah_sarpong", "works_with", "isaac_nyarko", "A lawyer for the two managers, Kojo Amoah-Sarpong",
  role="lawyer", note="a lawyer for a client: works_with, role lawyer (environment_chemical_spill)")
R("kojo_amoah_sarpong", "works_with", "gifty_amponsah", "A lawyer for the two managers, Kojo Amoah-Sarpong",
  role="lawyer")
P10B = "OGMC said it was cooperating fully with the police."
R("ogmc", "works_with", "police", P10B, source="ogmc", ambiguous=True, qualifier="cooperating with the inquiry")
P11 = ("An official at the Ministry of Lands and Natural Resources, who was not authorised to speak publicly, said the "
       "ministry had received a written complaint from workers about the cracks in October and had passed it to the "
       "commission within days.")
R("ministry_official", "member_of", "lands_ministry", "An official at the Ministry of Lands and Natural Resources",
  alt_predicates=["holds_position"])
R("lands_ministry", "part_of", "ghana_government", "Ministry of Lands and Natural Resources", implicit=True)
R("lands_ministry", "located_in", "ghana", "Ministry of Lands and Natural Resources", implicit=True)
P11B = "The commission did not say what action it had taken on the complaint."
P12 = ("OGMC, known in the area simply as Okyerema Gold, is a subsidiary of Westbury Metals, a mining group based in "
       "Perth, Australia, which bought the mine in 2017.")
R("ogmc", "part_of", "westbury", "OGMC, known in the area simply as Okyerema Gold, is a subsidiary of Westbury Metals",
  qualifier="subsidiary", alt_predicates=["controls"], note="subsidiary -> part_of (labour_port_strike)")
R("westbury", "located_in", "perth", "a mining group based in Perth, Australia")
R("perth", "located_in", "australia", "Perth, Australia")
R("westbury", "located_in", "australia", "a mining group based in Perth, Australia", implicit=True)
R("westbury", "controls", "asaase_pa", "a mining group based in Perth, Australia, which bought the mine in 2017",
  time="2017/..", qualifier="bought the mine (owner)",
  note="'which' attaches to Westbury Metals (the group), not to OGMC")
P12B = ("In a filing to the Australian Securities Exchange, Westbury said it was \"deeply saddened\" and that Asaase Pa "
        "produced about 18% of its gold.")
R("westbury", "controls", "asaase_pa", "Asaase Pa produced about 18% of its gold", source="westbury", implicit=True,
  qualifier="about 18% of the group's gold output", note="ownership implied by 'its gold'")
R("westbury", "works_with", "asx", P12B, implicit=True, ambiguous=True, qualifier="listed on the exchange (filing)",
  note="a stock-exchange listing has no predicate (tech_health_data_breach); the listing is implied by the filing and "
       "'Its shares fell ... in Sydney'")
R("asx", "located_in", "australia", "Australian Securities Exchange", implicit=True, note="from the name")
R("asx", "located_in", "sydney", "Its shares fell 6% in Sydney on Wednesday", implicit=True, ambiguous=True,
  note="the exchange's city, from 'in Sydney' (context)")
R("sydney", "located_in", "australia", "Sydney", implicit=True)
P12C = "Its shares fell 6% in Sydney on Wednesday."
P13 = "It is not the first deadly accident at the mine."
P13B = ("Two years ago, a rockfall in the same shaft killed three workers, and the commission fined the company 400,000 "
        "cedis.")
R("rockfall_2024", "located_in", "shaft", "a rockfall in the same shaft")
R("minerals_commission", "targeted", "ogmc", "the commission fined the company 400,000 cedis", time="2024",
  ambiguous=True, qualifier="fine of 400,000 cedis", note="'Two years ago' scopes over both clauses")
P13C = "The union says OGMC never published the findings of its own inquiry into that accident."
P14 = ("Adwoa Nkansah, whose husband, a driller, is among the missing, said he had called her from underground an hour "
       "before the collapse.")
QN = "\"He said the ground was talking again,\" she said."
P15 = ("Ghana is Africa's largest gold producer, and accidents at licensed mines are far rarer than at the thousands of "
       "illegal pits, known locally as galamsey, that dot the Western Region.")
R("ghana", "located_in", "africa", "Ghana is Africa's largest gold producer", implicit=True)
R("illegal_pits", "located_in", "western_region", "the thousands of illegal pits, known locally as galamsey, that dot "
  "the Western Region")
P15B = "The government has promised tighter inspections of both."
R("ghana_government", "controls", "minerals_commission", P15B, implicit=True, ambiguous=True,
  alt_predicates=["part_of"], qualifier="inspections of mines promised by the government (oversight implied)",
  note="weak: the promise implies the government directs mine inspections; no predicate fits 'promised'")

# -------------------------------------------------------------- attributions
A = g.attr
A(LEAD, "officials", "said", False, content=LEAD[:LEAD.index(", officials said")],
  note="reporting clause after the content ('officials said'): unnamed officials as the lead's source; the suspension "
       "is confirmed in paragraph 8 by Tetteh and the arrests in paragraph 9 by the police spokeswoman")
A(P2B, "nadmo", "said", False, content="engineers hoped to reach the trapped miners through a ventilation raise by "
  "Thursday", note="'engineers hoped': a further attitude inside NADMO's report (hedge 'hoped')")
A(P3B, "police", "said", False)
A("Okyerema Gold Mining Company (OGMC), which operates the mine, put the toll at nine", "ogmc", "put the toll at", False,
  content="nine", note="'put the toll at' is a reporting verb of a figure")
A("saying two of the dead were illegal miners who had entered the old workings without permission and were not on its "
  "payroll", "ogmc", "saying", False,
  note="the company's reason for excluding two of the 11 bodies; 'were not on its payroll' is negative")
A(P3D, "union", "said", False)
A(QF, "yaw_frimpong", "said", True, on_behalf_of="union")
A(QF2, "yaw_frimpong", "said", True, cue_ctx="cracking,\" said Yaw Darko Frimpong", continuation=True,
  on_behalf_of="union", note="quote continued over two sentences after the attribution ('It did not hold' negative)")
A(P5, "yaw_frimpong", "said", False, on_behalf_of="union")
A(P6, "ogmc", "denied", False, polarity="negative", content="it had ignored any warning",
  note="the company's denial (answers the union's account of ignored complaints)")
A("In a statement issued on Monday, OGMC said the shaft had passed a full safety inspection in November", "ogmc",
  "said", False, content="the shaft had passed a full safety inspection in November",
  note="disputed by the writer in the same sentence (stance s01)")
A("the Minerals Commission's inspection log lists the shaft's last full inspection in March 2024",
  "minerals_commission", "lists", False,
  note="the commission's document, seen by the agency ('records seen by this agency'): the writer relies on it and "
       "endorses it (alt source: author, as tech_health_data_breach's 'emails reviewed by this newspaper show')")
A(P7, "kwame_boadu_larbi", "told", False, on_behalf_of="ogmc",
  content="the collapse appears to have been caused by the failure of old timber supports in a section that was "
          "abandoned long before OGMC took over the mine")
A(QB, "kwame_boadu_larbi", "said", True, polarity="negative", on_behalf_of="ogmc")
A(P8, "joseph_tetteh", "said", False, on_behalf_of="minerals_commission",
  note="reporting clause after the content")
A(P8B, "joseph_tetteh", "said", False, on_behalf_of="minerals_commission")
A(P9, "akosua_bediako", "said", False, on_behalf_of="police", note="reporting clause after the content")
A(P10, "kojo_amoah_sarpong", "said", False, partial_quote=True, on_behalf_of="arrested_managers")
A(P10B, "ogmc", "said", False)
A(P11, "ministry_official", "said", False,
  note="unnamed official 'who was not authorised to speak publicly' (not on behalf of the ministry)")
A(P12B, "westbury", "said", False, partial_quote=True,
  note="'In a filing to the Australian Securities Exchange': the medium of the statement")
A(P13C, "union", "says", False, polarity="negative",
  content="OGMC never published the findings of its own inquiry into that accident")
A(P14, "adwoa_nkansah", "said", False)
A(QN, "adwoa_nkansah", "said", True, cue_ctx="talking again,\" she said",
  note="her direct quote, which itself relays her husband's words (next attribution)")
A("He said the ground was talking again", "nkansah_husband", "He said", False, via=["adwoa_nkansah"],
  note="reported speech inside Nkansah's quote: the husband as source, relayed by his wife (via)")
A(P15B, "ghana_government", "has promised", False, content="tighter inspections of both",
  note="a promise (commitment), content by reference; 'both' = licensed mines and illegal pits")

# ------------------------------------------------------------------- hedges
H = g.hedge
H("are believed to", "miners who are believed to be trapped about 300 metres below the surface", "probable",
  note="agentless belief, the writer's (no source named)")
H("hoped", "engineers hoped to reach the trapped miners through a ventilation raise by Thursday", "uncertain",
  note="as labour_port_strike's 'hoped'")
H("appears to", "the collapse appears to have been caused by the failure of old timber supports", "probable",
  note="the general manager's own hedge (source kwame_boadu_larbi)")
H("may have", "whether blasting in a neighbouring section may have weakened the shaft's supports", "possible",
  note="inside the question inspectors will examine ('whether'): possible for Tetteh")
H("on suspicion of", "on suspicion of causing death by negligence", "possible",
  note="DESIGN 'suspected' = possible: the managers' responsibility is suspected, not established")

# ------------------------------------------------------------------ stances
g.stance("OGMC said the shaft had passed a full safety inspection in November, a claim that records seen by this "
         "agency contradict", "ogmc", "disputes", "a claim that records seen by this agency contradict",
         note="the writer's own judgement on the company's claim, on the agency's evidence (the commission's log: last "
              "full inspection March 2024). 'The company did not respond to a request to explain the discrepancy' "
              "presupposes the same judgement ('the discrepancy') and is not a separate stance")

# ------------------------------------------------------------------- events
V = g.event
V("collapse_2026", "other", "2026-01-17", "shaft", {"killed": 11},
  [("ogmc", "actor", {"qualifier": "operator of the mine"}),
   ("ogmc", "perpetrator", {"source": "yaw_frimpong", "certainty": "certain", "qualifier": "blamed by the union "
                            "leader (implicit: 'sent into a shaft that everyone knew was cracking')"}),
   ("isaac_nyarko", "perpetrator", {"source": "akosua_bediako", "certainty": "possible",
                                    "qualifier": "arrested on suspicion of causing death by negligence"}),
   ("gifty_amponsah", "perpetrator", {"source": "akosua_bediako", "certainty": "possible",
                                      "qualifier": "arrested on suspicion of causing death by negligence"}),
   ("collapse_dead", "victim"), ("union_members", "victim", {"source": "union"}),
   ("illegal_miners", "victim", {"source": "ogmc"}),
   ("trapped_miners", "victim", {"certainty": "probable"}), ("missing_miners", "victim", {"source": "union"}),
   ("nkansah_husband", "victim", {"source": "adwoa_nkansah", "qualifier": "among the missing"}),
   ("rescue_teams", "responder"), ("nadmo", "responder")],
  "part of an underground shaft caved in on Saturday night",
  subtype="disaster: underground shaft collapse (cave-in) at a gold mine", place_alt=["asaase_pa", "prestea",
                                                                                      "western_region"],
  note="'Saturday night' = 2026-01-17 (TIMEX3 2026-01-17TNI). Cause disputed: failure of old timber supports in an "
       "abandoned section (the general manager, 'appears to'); blasting in a neighbouring section may have weakened "
       "the supports (under examination, the commission); ignored cracks (the union, the ministry official). The toll "
       "is disputed: 'numbers' keep the police count of bodies recovered (the only one given as a count of bodies "
       "by an authority); the company's nine excludes two dead it calls illegal miners (9 + 2 = 11), the union's 14 "
       "dead members and five missing are higher",
  numbers_by_source=[
      {"source": "police", "time": "2026-01-20", "numbers": {"killed": 11}, "qualifier": "bodies recovered by "
       "Tuesday evening", "evidence": "Police said 11 bodies had been recovered by Tuesday evening."},
      {"source": "ogmc", "numbers": {"killed": 9, "illegal_miners_killed": 2},
       "qualifier": "its toll excludes two of the dead it says were illegal miners not on its payroll",
       "evidence": "put the toll at nine, saying two of the dead were illegal miners"},
      {"source": "union", "numbers": {"killed": 14, "missing": 5}, "qualifier": "at least 14 of its members dead",
       "evidence": "at least 14 of its members had died and five were still missing"}])
V("rescue_2026", "other", "2026-01-21", "asaase_pa", {"depth_m": 300},
  [("rescue_teams", "actor"), ("engineers", "actor", {"source": "nadmo"}), ("nadmo", "actor", {"source": "nadmo"}),
   ("trapped_miners", "beneficiary", {"certainty": "probable"})], P2,
  subtype="rescue: digging towards miners believed trapped about 300 metres below the surface (no DESIGN word; "
          "'rescue' leads)",
  place_alt=["shaft", "ventilation_raise"],
  note="'still digging on Wednesday': begun earlier (start not stated); reaching the miners 'by Thursday' through a "
       "ventilation raise is hoped for (future, not an event)")
V("licence_suspension", "other", "2026-01-19", "asaase_pa", {},
  [("minerals_commission", "actor"), ("inspectorate_division", "actor", {"source": "joseph_tetteh"}),
   ("ogmc", "target"), ("asaase_pa", "target")], P8,
  subtype="sanction: mining licence suspended at the site and all underground work ordered to stop pending an "
          "investigation",
  source="joseph_tetteh",
  note="'on Monday' = 2026-01-19; the lead ('officials said') and the headline report it without a date")
V("arrests_2026", "other", "2026-01-20", None, {"arrested": 2},
  [("police", "actor"), ("isaac_nyarko", "target"), ("gifty_amponsah", "target"), ("arrested_managers", "target")],
  P9, subtype="arrest: the mine's underground manager and safety manager, on suspicion of causing death by negligence",
  source="akosua_bediako", place_alt=["tarkwa"],
  note="'on Tuesday' = 2026-01-20; where they were arrested is not stated (held in Tarkwa); the court appearance on "
       "Friday 2026-01-23 is scheduled (future, not an event)")
V("worker_complaint_2025", "other", "2025-10", None, {},
  [("mine_workers", "actor"),
   ("lands_ministry", "recipient", {"source": "ministry_official", "qualifier": "a written complaint"})], P5,
  subtype="warning: workers report fresh cracks in the shaft walls (no DESIGN word; 'warning' leads)",
  source="yaw_frimpong", place_alt=["shaft"],
  note="two accounts of one happening: Frimpong (reported, told to keep working) and the unnamed ministry official "
       "(a written complaint received in October: 'the ministry had received a written complaint from workers about "
       "the cracks in October'); the company denies ignoring any warning")
V("complaint_referral_2025", "other", "2025-10", None, {},
  [("lands_ministry", "actor"), ("minerals_commission", "recipient")],
  "had passed it to the commission within days",
  subtype="referral: the ministry passes the workers' complaint to the commission (no DESIGN word)",
  source="ministry_official",
  note="'within days' of receiving it in October: October or early November 2025; the commission did not say what it "
       "did with it")
V("inspection_nov_2025", "other", "2025-11", "shaft", {},
  [("shaft", "target"), ("ogmc", "target")],
  "the shaft had passed a full safety inspection in November",
  subtype="investigation: full safety inspection the shaft is said to have passed (the company's claim)",
  source="ogmc", author_stance="disputes",
  note="disputed by the writer (stance s01): the commission's log lists the last full inspection in March 2024; who "
       "would have inspected is not said")
V("inspection_march_2024", "other", "2024-03", "shaft", {},
  [("minerals_commission", "actor", {"qualifier": "its log"}), ("shaft", "target")],
  "the Minerals Commission's inspection log lists the shaft's last full inspection in March 2024",
  subtype="investigation: the shaft's last full inspection (the commission's log, seen by the agency)",
  source="minerals_commission")
V("westbury_acquisition_2017", "other", "2017", None, {},
  [("westbury", "actor"), ("asaase_pa", "target")], "which bought the mine in 2017",
  subtype="acquisition: the parent group bought the mine",
  note="'long before OGMC took over the mine' (Boadu-Larbi) may refer to the same change of hands; not stated")
V("share_fall_2026", "other", "2026-01-21", "sydney", {"share_change_pct": -6},
  [("westbury", "target"), ("asx", "venue")], P12C,
  subtype="market move: the parent's shares fell 6% (as tech_health_data_breach's share fall)")
V("rockfall_2024", "other", "2024", "shaft", {"killed": 3},
  [("dead_2024", "victim"), ("ogmc", "actor", {"qualifier": "operator"})],
  "a rockfall in the same shaft killed three workers",
  subtype="disaster: rockfall in the same shaft", place_alt=["asaase_pa"],
  note="'Two years ago' from 2026-01-21 = 2024 (month not stated; before the March 2024 inspection in the log is "
       "plausible, not stated)")
V("fine_2024", "other", "2024", None, {"fine_ghs": 400000},
  [("minerals_commission", "actor"), ("ogmc", "target"), ("ogmc", "payer")],
  "the commission fined the company 400,000 cedis",
  subtype="sanction: regulatory fine of 400,000 cedis after the rockfall")
V("ogmc_inquiry_2024", "other", None, None, {},
  [("ogmc", "actor"), ("rockfall_2024", "target")], P13C,
  subtype="investigation: the company's own inquiry into the 2024 rockfall (findings never published)",
  source="union", note="date not stated (after the 2024 rockfall)")

# ------------------------------------------------------------------ timexes
T = g.timex
T("Jan. 21, 2026", "2026-01-21", function="publication_date")
T("Saturday night", "2026-01-17", note="TIMEX3 2026-01-17TNI")
T("Tuesday", "2026-01-20", ctx="managers on Tuesday, officials said")
T("Wednesday", "2026-01-21", ctx="still digging on Wednesday")
T("Thursday", "2026-01-22", note="hoped-for rescue ('by Thursday', future)")
T("four days", "P4D", type="duration", note="Saturday night -> Wednesday")
T("Tuesday evening", "2026-01-20", note="TIMEX3 2026-01-20TEV; 'by Tuesday evening'")
T("October", "2025-10", ctx="shaft walls in October")
T("Monday", "2026-01-19", ctx="statement issued on Monday")
T("November", "2025-11")
T("March 2024", "2024-03")
T("Tuesday", "2026-01-20", ctx="in Tarkwa on Tuesday")
T("Monday", "2026-01-19", ctx="at the site on Monday")
T("Tuesday", "2026-01-20", ctx="Gifty Amponsah, on Tuesday")
T("Friday", "2026-01-23", note="scheduled court appearance (future)")
T("October", "2025-10", ctx="about the cracks in October")
T("days", "PXD", ctx="within days", type="duration")
T("2017", "2017")
T("Wednesday", "2026-01-21", ctx="in Sydney on Wednesday")
T("Two years ago", "2024", anchor="2026-01-21")
T("an hour", "PT1H", type="duration", note="'an hour before the collapse'")

# ------------------------------------------------------------------- notes
g.notes += [
    "FICTIONAL dev document (own wording), written for benchmarks/devset and annotated by hand before any claimgraph "
    "run: Okyerema Gold Mining Company (OGMC), Westbury Metals, the Asaase Pa mine, the Mine and Quarry Workers' Union, "
    "Yaw Darko Frimpong, Kwame Boadu-Larbi, Joseph Tetteh, Isaac Nyarko, Gifty Amponsah, Akosua Bediako, Kojo "
    "Amoah-Sarpong, Adwoa Nkansah, the collapse, the 2024 rockfall, the fines, the arrests and the complaint are "
    "invented; Tarkwa, Prestea, the Western Region, Ghana, Perth, Sydney and Australia are real places; Ghana's "
    "Minerals Commission (and its inspectorate division), the National Disaster Management Organisation (NADMO), the "
    "Ministry of Lands and Natural Resources, Ghana's police and the Australian Securities Exchange are real, but every "
    "statement and action attributed to them is fictional. errors: none (the checkable background is correct: Ghana "
    "is Africa's largest gold producer; Prestea and Tarkwa are in the Western Region; 'galamsey' is the local word for "
    "illegal small-scale mining; the ASX is in Sydney).",
    "published = dateline 2026-01-21 (Wednesday): 'Saturday night' = 2026-01-17 (collapse); 'Monday' (x2) = "
    "2026-01-19 (company statement; licence suspended); 'Tuesday' (x3) and 'Tuesday evening' = 2026-01-20 (arrests, "
    "the general manager's briefing, police count); 'Wednesday' (x2) = 2026-01-21 (rescue, share fall); 'Thursday' "
    "= 2026-01-22 and 'Friday' = 2026-01-23 (future: hoped-for rescue, court appearance); 'October' (x2) = 2025-10 and "
    "'November' = 2025-11 (before the January publication); 'Two years ago' = 2024 (anchor the publication date; "
    "consistent with the March 2024 inspection); 'four days' fits Saturday night -> Wednesday.",
    "Not timexes: 'long before' (no value), 'ever', 'again' (the ground 'talking again'), 'still' (aspect), 'the first' "
    "(order: 'not the first deadly accident'). 'within days' and 'an hour' (before the collapse) are kept as durations.",
    "Aliases: 'Okyerema Gold Mining Company (OGMC)' - acronym in brackets; 'known in the area simply as Okyerema Gold' "
    "- short name; 'the company' / 'The company' (x4, one inside Frimpong's quote); 'Westbury Metals' then 'Westbury', "
    "'Its shares' = Westbury's; 'National Disaster Management Organisation (NADMO)'; 'Minerals Commission' then 'The "
    "commission' / 'the commission' (x5); 'The Mine and Quarry Workers' Union' (the sentence-initial 'The' is not part "
    "of the name) then 'the union' / 'The union'; 'Ministry of Lands and Natural Resources' then 'the ministry'. "
    "'galamsey' ('known locally as galamsey') is the local word for illegal pits (generic), not an alias of a named "
    "entity. The mine: 'the Asaase Pa gold mine', 'Asaase Pa', 'the mine' (x9), 'this mine', 'the site'. Persons "
    "named in full then by surname: Frimpong only; the two arrested managers are also a declared group ('two "
    "managers', \"two of the mine's managers\", 'the two managers', 'Both') because the headline and lead name them "
    "only so and the lawyer speaks for both.",
    "Roles: \"X, the mine's general manager\" / \"the mine's underground manager, Isaac Nyarko\" / \"its safety "
    "manager, Gifty Amponsah\" -> holds_position with object the operator OGMC (a mine is a facility, DESIGN's "
    "holds_position object is an organization) and alt_objects the mine; 'the union's general secretary' -> "
    "holds_position (alt leader_of); 'director of the commission's inspectorate division' -> holds_position of the "
    "division (alt leader_of, alt object the commission); 'Deputy Superintendent Akosua Bediako, a spokeswoman for the "
    "Western regional police command' -> two holds_position (rank in the police, spokeswoman of the command); 'A lawyer "
    "for the two managers' -> works_with role lawyer (environment_chemical_spill).",
    "Attributions: unnamed 'officials' for the lead (reporting clause after the content); NADMO; the police (11 "
    "bodies); OGMC ('put the toll at' + 'saying', 'denied' (negative), 'said' in its Monday statement, 'said it was "
    "cooperating'); the union ('said', 'says' (negative)); Frimpong's quote over two sentences after the attribution "
    "(continuation=True) and his indirect 'Frimpong said'; Boadu-Larbi ('told', a direct quote, negative) on behalf "
    "of OGMC; Tetteh (x2) on behalf of the commission; Bediako on behalf of the police; the lawyer (partial quote 'made "
    "scapegoats', on behalf of the two managers); the unnamed ministry official (not on anyone's behalf: 'not "
    "authorised to speak'); Westbury's filing ('deeply saddened'); the commission's inspection log ('lists', seen by "
    "the agency); Adwoa Nkansah (indirect and direct) and her husband's words relayed inside her quote (via "
    "adwoa_nkansah); the government's promise. Non-statements without attribution: 'The company did not respond to a "
    "request to explain the discrepancy', 'The commission did not say what action it had taken on the complaint' (as "
    "'declined to comment' in court_fraud_trial). 'Both are being held in Tarkwa and are due to appear in court on "
    "Friday' follows the police spokeswoman's sentence without a cue: kept as the writer's.",
    "Certainty per source: plain statements of named or descriptive sources are 'certain' for that source. 'are "
    "believed to' (agentless, the writer's) and 'appears to' (the general manager's) = probable; 'may have' (inside "
    "'examine whether', Tetteh) and 'on suspicion of' (DESIGN 'suspected') = possible; 'hoped' = uncertain "
    "(labour_port_strike). Approximators and bounds ('about', 'roughly', 'at least', 'most of') are not hedges (the "
    "shared gold's convention, as in the rest of this set). Announced futures ('are due to appear in court', 'would "
    "examine', 'has promised') are intentions or schedules, not hedges (tech_health_data_breach). 'denied', 'never "
    "published', 'not on its payroll', 'did not hold', 'Nobody ... was ever told' are polarity, not certainty.",
    "The writer's own stance: 'OGMC said the shaft had passed a full safety inspection in November, a claim that "
    "records seen by this agency contradict: the Minerals Commission's inspection log lists the shaft's last full "
    "inspection in March 2024' -> disputes OGMC (cue 'a claim that records seen by this agency contradict'); the "
    "November inspection event carries author_stance 'disputes'. 'the discrepancy' in the next sentence presupposes the "
    "same judgement (not a second stance record). The company's 'denied that it had ignored any warning' and the "
    "lawyer's 'made scapegoats' are sources' denials/counter-claims, not author stances; the writer takes no side on "
    "the toll ('remained in dispute').",
    "Competing tolls, all in the collapse event's numbers_by_source: the police 11 bodies recovered by Tuesday evening "
    "(kept in 'numbers': the authority's count of bodies); OGMC nine, excluding two dead it calls illegal miners not "
    "on its payroll (9 + 2 = 11: the company and the police may describe the same bodies); the union at least 14 dead "
    "members and five missing. The number of trapped miners is never given ('believed to be trapped'); 'the roughly "
    "1,400 people employed at Asaase Pa' is a workforce figure (mine_workers), not a toll.",
    "Relations with no exact predicate, nearest kept and flagged ambiguous: a licence suspension and a regulatory fine "
    "(targeted with a qualifier, as the regulators in tech_health_data_breach; the headline's metonymic 'Ghana "
    "suspends' keeps ghana as subject, the lead's agent is the commission); arrests (police targeted each manager and "
    "the group, police_murder_investigation); suspicion of causing death by negligence (perpetrated, possible, source "
    "the police spokeswoman); the union leader's blame (perpetrated, implicit, source Frimpong); employment (member_of, "
    "alt works_with; negated for the illegal miners by the company); union representation (member_of, "
    "labour_port_strike); cooperating with the police and a stock-exchange listing (works_with). Operator: OGMC "
    "controls the mine ('operates'; 'took over', source Boadu-Larbi); owner: Westbury controls the mine ('bought the "
    "mine in 2017', time 2017/..; 'its gold', source Westbury); subsidiary: OGMC part_of Westbury (alt controls). "
    "Containment: the mine near Prestea (qualifier 'near'), Prestea in the Western Region, the region in Ghana, the "
    "mine in the region (implicit); Tarkwa in Ghana (dateline) and in the Western Region (implicit, world knowledge); "
    "the shaft, old workings, abandoned and neighbouring sections, ventilation raise and gate in the mine; Perth in "
    "Australia; the ASX in Australia (name) and Sydney (context); Ghana in Africa (implicit).",
    "Event types: validate_gold.py's list is followed; DESIGN types it lacks are 'other' with the DESIGN word leading "
    "the subtype: disaster (the 2026 collapse, the 2024 rockfall), sanction (licence suspension 2026, fine 2024), "
    "arrest (two managers), investigation (November 2025 inspection claimed by the company, March 2024 inspection in "
    "the log, the company's 2024 inquiry), acquisition (2017); happenings with no DESIGN word lead with their own word "
    "(rescue, warning, referral, market move). The 2026 collapse carries the deaths ('killed' numbers) rather than a "
    "separate death event (as aviation_crash_inquiry's crash). Future or unstated happenings are not events: the "
    "commission's investigation (an entity, 'pending an investigation'), inspectors' examination of blasting, reaching "
    "the miners by Thursday, the court appearance on Friday, the government's tighter inspections; the husband's call "
    "an hour before the collapse and the company's Monday statement are speech, kept as attributions. The worker "
    "complaint of October 2025 is one event with two accounts (Frimpong; the ministry official), described in its note.",
    "Entity hard cases: the mine, the shaft and their sections are Locations (facilities); 'These men' (Frimpong) "
    "covers the dead and the trapped and is not linked; 'the missing' (union's five, Nkansah's husband) and 'the "
    "trapped miners' overlap but are kept apart; the illegal miners are two of the dead in the company's account; "
    "'three workers' (2024) are not the 2026 workforce; 'licensed mines' and the government's 'both' are generic; "
    "'records seen by this agency' / 'inspection log' are documents (not entities); 'court' (appearance on Friday) is "
    "unnamed and future, not declared; 'reporters' not declared (as in the rest of the set).",
    "cross_doc: not applicable (unrelated domain).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
