#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for
benchmarks/devset/docs/migration_shipwreck.txt -> benchmarks/devset/gold/migration_shipwreck.json

Fictional migration wire story (dateline Tripoli): a fishing boat crowded with migrants, which left a beach near Zuwara
late on a Saturday, capsizes off Libya's western coast before dawn on Sunday.  Competing figures from four sides: the
Libyan coast guard (23 bodies recovered, 41 people pulled from the water; its spokesman, a colonel, in Tripoli); a
Marseille-based rescue charity, Open Waters Rescue (founded in 2019, known as SOS Horizon until 2022), whose ship, the
Estrela do Mar, reached the scene first (17 more survivors, at least 60 missing); the International Organization for
Migration (IOM; 'the UN migration agency'; about 130 on board, at least 72 dead or missing); survivors (more than 150
aboard).  The charity accuses the EU-funded coast guard of delaying the rescue (its Norwegian captain quoted over
three sentences; its head of operations on the 3:10 a.m. alert and the patrol boat's arrival after 8 a.m.; a radio
order to keep clear); the spokesman denies ('within minutes', 'less than an hour'), which the writer disputes from
ship-tracking data; an unnamed senior coast guard official's 'may have been slowed'; the Government of National
Unity (GNU) rejects the accusation and its spokesman's 'may have encouraged' smugglers, for which the writer says it
'offered no evidence'; the EU's and Italy's support for the coast guard, rights groups' accusation, a European
Commission spokesperson; Zuwara police arrest three Libyan men on suspicion of organising the crossing, court
documents naming the alleged ring leader (41, who owns the boat through a fishing firm described as a front; his
younger brother also in custody; fares; bribes 'allegedly'); the leader's lawyer's denial ('a fisherman, not a
trafficker', the boat stolen two weeks ago); a Senegalese survivor, 24 (quote over two sentences after the
attribution), an unnamed Sudanese woman, residents; an earlier shipwreck off Sabratha in April 2025 (the IOM); the
writer's 'Data from the agency confirm Fontaine's assertion'; the IOM mission head's colon-introduced quote.  Built
with the shared goldlib; events follow the shared validator's list like mining_collapse_inquiry and
conflict_drone_strike_clinic (a DESIGN type it lacks is 'other' with the DESIGN word leading the subtype)."""
from pathlib import Path

HERE = Path(__file__).resolve()
DEVSET = HERE.parents[1]                    # benchmarks/devset

from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "migration_shipwreck"
PUB = "2026-08-19"  # dateline: TRIPOLI, Libya, Aug. 19, 2026 (a Wednesday)
g = Gold(DEVSET / "docs" / f"{NAME}.txt", PUB)

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("tripoli", "Location", ["TRIPOLI", "Tripoli"],
  note="dateline; 'about 100 kilometres west of Tripoli', 'told reporters in Tripoli', 'the Tripoli-based "
       "administration'")
E("libya", "Location", ["Libya", "Libyan"],
  note="'Libya' x4 (dateline, headline 'off Libya', \"Libya's western coast\", 'the deadliest off Libya'; also inside "
       "'western Libya' and 'its Libya mission'); the demonym 'Libyan' x4 ('the Libyan coast guard', 'a Libyan patrol "
       "boat', 'Libyan waters', 'the Libyan navy', and 'three Libyan men' -> citizen_of) kept as a name as "
       "tech_health_data_breach keeps 'Dutch'")
E("libya_west_coast", "Location", ["Libya's western coast"], name_kind="descriptive",
  note="the coast off which the boat capsized; 'off Libya' (headline)")
E("western_libya", "Location", ["western Libya"], name_kind="descriptive",
  note="region of departures (the IOM's data, Fontaine's assertion)")
E("zuwara", "Location", ["Zuwara"], ["the town", "the city"],
  note="real coastal town west of Tripoli. 'Zuwara' x5 ('a beach near Zuwara', 'left Zuwara', 'Police in Zuwara', 'a "
       "clinic in Zuwara'; also inside 'Zuwara port'); \"the city's security directorate\", 'beaches west of the town'")
E("zuwara_port", "Location", ["Zuwara port"], ["the port", "the harbour"],
  note="facility: the vessel 'leaving Zuwara port' (tracking data), 'guards at the port' (the court documents), "
       "'stolen from the harbour' (the lawyer): read as the same harbour (Zuwara's), not stated outright")
E("departure_beach", "Location", [], ["a beach near Zuwara", "the beach"],
  note="where the boat left late on Saturday; 'a warehouse near the beach' (the Sudanese woman)")
E("capsize_site", "Location", [], ["the scene", "the site", "the area"],
  note="the place of the capsizing, 'some 30 nautical miles offshore' (survivors): 'reached the scene first', 'reached "
       "the site in less than an hour', 'keep clear of the area'")
E("libyan_waters", "Location", ["Libyan waters"], name_kind="descriptive",
  note="in the GNU spokesman's claim that the charity's ship entered them without permission")
E("marseille", "Location", ["Marseille"], note="only in 'a Marseille-based charity'")
E("rome", "Location", ["Rome"], note="\"Italy's maritime rescue centre in Rome\"")
E("italy", "Location", ["Italy"],
  note="x2: \"Italy's maritime rescue centre\", 'Italy has supplied several of its patrol vessels' (the state acting, a "
       "metonymic use of the country's name kept as its name, as mining_collapse_inquiry keeps 'Ghana')")
E("norway", "Location", ["Norwegian"], note="never named: 'the Norwegian captain' (demonym kept as its name)")
E("senegal", "Location", ["Senegal"], note="'Ibrahima Sow, 24, from Senegal'")
E("sudan", "Location", ["Sudanese"], note="never named: 'A Sudanese woman' (demonym)")
E("lampedusa", "Location", ["Lampedusa"], note="the destination the smugglers promised (Sow's quote); an Italian island")
E("sabratha", "Location", ["Sabratha"], note="real coastal city between Tripoli and Zuwara (the 2025 shipwreck)")
E("estrela", "Location", ["Estrela do Mar"], ["whose ship", "the ship", "the charity's ship"], fictional=True,
  note="the charity's rescue vessel (a vessel is a Location, as maritime_tanker_sanctions' tanker): 'the Estrela do "
       "Mar' x2, 'the ship' x3 ('commanded the ship', \"the ship's radar\", 'ordered the ship'), \"the charity's ship\" "
       "(the GNU spokesman); 'its captain' (Berg)")
E("al_karama", "Location", ["Al-Karama"],
  ["a Libyan patrol boat", "The patrol boat", "the patrol boat", "the vessel"], fictional=True,
  note="the coast guard patrol boat: 'a Libyan patrol boat did not arrive until after 8 a.m.' (Fontaine), 'By the time "
       "the patrol boat came' (Berg), 'The patrol boat, the Al-Karama' (Tarhouni), 'the vessel leaving Zuwara port' "
       "(tracking data), 'the Al-Karama may have been slowed' (the official). 'several of its patrol vessels' (Italy's) "
       "are generic, not linked")
E("migrant_boat", "Location", [],
  ["A fishing boat crowded with migrants", "migrant boat", "The boat", "the boat", "the overturned hull"],
  note="the capsized boat: headline 'migrant boat', lead, 'The boat had left a beach', 'crammed onto the boat', 'owns "
       "the boat' and 'the boat had been stolen' (the same boat in the court documents and the lawyer's account), 'the "
       "overturned hull' (picked up by the ship's radar). 'a rubber boat' (2025) is another boat")
E("clinic", "Location", [], ["a clinic in Zuwara where survivors were being treated"],
  note="facility where Sow spoke and survivors were treated")
E("warehouse", "Location", [], ["a warehouse near the beach"],
  note="where the Sudanese woman says she was held for 11 days before the crossing")
E("beaches_west", "Location", [], ["beaches west of the town"], note="where bodies washed ashore (residents)")
E("detention_centres", "Location", [], ["detention centres where abuse is rife"], generic=True,
  note="in the rights groups' accusation (Libya's migrant detention centres, generic)")

# organizations
E("coast_guard", "Organization", ["Libyan coast guard"],
  ["EU-funded coast guard", "the coast guard", "The coast guard", "the force"],
  note="real (the Libyan Coast Guard; lower case in the text); every statement and action attributed to it here is "
       "fictional. Headline 'EU-funded coast guard'; lead 'the Libyan coast guard said'; 'the coast guard' x4 ('a "
       "spokesman for the coast guard', 'accused the coast guard', 'alerted the coast guard', 'the coast guard had also "
       "ordered'), 'The coast guard, a branch of the Libyan navy', 'the force' (rights groups), 'its patrol vessels'; "
       "'Coast guard crews' / 'his crews' and 'A senior coast guard official' are its members (own entities)")
E("cg_crews", "Person", ["Coast guard crews", "his crews", "Our men"], name_kind="descriptive",
  note="the coast guard's crews: recovered the bodies; 'his crews' (Tarhouni's denial), 'Our men' (his quote)")
E("libyan_navy", "Organization", ["the Libyan navy"], name_kind="descriptive",
  note="real navy (not given a proper name in the text)")
E("owr", "Organization", ["Open Waters Rescue"],
  ["a rescue charity", "a Marseille-based charity", "The charity", "the charity"], fictional=True,
  note="lead 'a rescue charity' (before the name); 'Open Waters Rescue, a Marseille-based charity whose ship ...'; 'The "
       "charity, which was founded in 2019 ...', \"the charity's ship\" (GNU spokesman); 'Its head of operations', "
       "'its crew'. Former name SOS Horizon (own entity, renamed_to, as conflict_drone_strike_clinic's Western Frontier "
       "Guards)")
E("sos_horizon", "Organization", ["SOS Horizon"], fictional=True, note="the charity's name until 2022")
E("owr_crew", "Person", ["rescuers", "its crew", "the crew"], name_kind="descriptive",
  note="the charity's crew aboard the Estrela do Mar: headline 'rescuers accuse ...' (the charity's people; the "
       "accusation is the charity's, paragraph 5), 'its crew had picked up 17 more survivors', 'the crew alerted'; "
       "'We' in Berg's quote")
E("iom", "Organization", ["International Organization for Migration", "IOM"],
  ["the United Nations migration agency", "the UN migration agency", "the agency"],
  note="real UN agency; every figure and statement attributed to it here is fictional. Lead 'the United Nations "
       "migration agency' (before the name); acronym in brackets; 'IOM' x3 ('according to the IOM', 'a statement from "
       "the IOM'); 'Data from the agency'; 'its Libya mission'")
E("iom_libya_mission", "Organization", [], ["its Libya mission"], note="the IOM's mission in Libya")
E("un", "Organization", ["United Nations", "UN"],
  note="only in 'the United Nations migration agency' and 'the UN migration agency'")
E("gnu", "Organization", ["Government of National Unity", "GNU"],
  ["the Tripoli-based administration", "The government"],
  note="real Tripoli-based government; its statements here are fictional. Acronym in brackets; 'Its spokesman'; 'The "
       "government offered no evidence'")
E("eu", "Organization", ["European Union", "EU"], ["the bloc"],
  note="headline 'EU-funded'; 'from the European Union since 2017'; 'the bloc' (the Commission spokesperson); 'its "
       "support'")
E("european_commission", "Organization", ["European Commission"],
  note="only in 'A European Commission spokesperson'; the EU's executive")
E("rescue_centre", "Organization", ["Italy's maritime rescue centre in Rome"], name_kind="descriptive",
  note="Italy's Maritime Rescue Coordination Centre (real, not named); the alert to it is fictional")
E("rights_groups", "Organization", ["Rights groups"], generic=True, name_kind="descriptive")
E("zuwara_police", "Organization", ["Police in Zuwara"], name_kind="descriptive",
  note="the town's police (made the arrests)")
E("security_directorate", "Organization", ["the city's security directorate"], name_kind="descriptive",
  note="Zuwara's security directorate (the police command that announced the arrests)")
E("prosecutors", "Organization", ["prosecutors"], name_kind="descriptive",
  note="Libyan prosecutors (not named) whose court documents describe the ring: 'prosecutors believe', 'they "
       "describe', 'The documents say'. Typed Organization (the prosecution service)")
E("smuggling_ring", "Organization", [], ["the smuggling ring", "the ring"],
  note="'the smuggling ring' (prosecutors), 'a front for the ring', 'the ring allegedly bribed'; the three arrested men "
       "are suspected of belonging to it")
E("bahr_al_amal", "Organization", ["Bahr al-Amal Fishing"], ["a small fishing firm"], fictional=True,
  note="the firm through which al-Fituri owns the boat, 'a front for the ring' (prosecutors)")
E("this_agency", "Organization", ["this agency"], name_kind="descriptive",
  note="the writer's outlet ('ship-tracking data reviewed by this agency'; the dateline's 'Wire'): claims resting on it "
       "are source 'author'")

# people
E("tarhouni", "Person", ["Masoud al-Tarhouni", "Tarhouni"], ["Colonel", "a spokesman for the coast guard"],
  fictional=True, note="'Colonel' before the name; 'Tarhouni denied'; 'he said' x2")
E("berg", "Person", ["Jonas Berg"], ["the Norwegian captain of the Estrela do Mar", "its captain"], fictional=True,
  note="'its captain ignored' = the ship's captain (Berg); 'We' in his quote = the crew")
E("fontaine", "Person", ["Léa Fontaine", "Fontaine"], ["Its head of operations"], fictional=True,
  note="'She said'; \"Fontaine's assertion\" (last paragraph)")
E("senior_cg_official", "Person", ["A senior coast guard official who spoke on condition of anonymity"], unnamed=True,
  name_kind="descriptive")
E("mabrouk", "Person", ["Walid al-Mabrouk"], ["Its spokesman"], fictional=True, note="\"Its spokesman\" = the GNU's")
E("commission_spokesperson", "Person", ["A European Commission spokesperson"], unnamed=True, name_kind="descriptive")
E("three_men", "Person", [], ["three Libyan men", "them"],
  note="the three arrested: 'one of them' = Ramadan Salem al-Fituri; his brother Khaled 'is also in custody' (read as "
       "the second of the three; the third is not named)")
E("ramadan_fituri", "Person", ["Ramadan Salem al-Fituri", "Ramadan al-Fituri"], ["his client"], fictional=True,
  note="'Ramadan Salem al-Fituri, 41'; \"Ramadan al-Fituri's lawyer\"; 'His younger brother'; 'his client' (the "
       "lawyer). 'al-Fituri' is shared with his brother")
E("khaled_fituri", "Person", ["Khaled al-Fituri"], ["His younger brother"], fictional=True,
  note="kinship (younger brother of Ramadan) has no predicate: not encoded (conflict_drone_strike_clinic)")
E("shaaban", "Person", ["Nuri Shaaban"], ["Ramadan al-Fituri's lawyer"], fictional=True)
E("sow", "Person", ["Ibrahima Sow"], fictional=True, note="'Ibrahima Sow, 24, from Senegal'; 'he said' x2")
E("sow_cousin", "Person", [], ["My cousin"],
  note="Sow's cousin, who 'could not swim' ('I held him until the wave took us both under'): among the dead or missing "
       "by implication (not stated). Kinship not encoded")
E("sudanese_woman", "Person", ["A Sudanese woman who asked not to be named"], unnamed=True, name_kind="descriptive")
E("residents", "Person", ["Residents"], generic=True, name_kind="descriptive")
E("survivors", "Person", ["survivors", "Several survivors", "Survivors"], name_kind="descriptive",
  note="the survivors as a group and as sources: 'survivors said' (P2), 'interviews with survivors' (IOM), 'Several "
       "survivors said', 'Survivors described', 'where survivors were being treated'; counted as '41 people' (coast "
       "guard) and '17 more survivors' (the charity); Sow and the Sudanese woman are among them")
E("migrants_aboard", "Person", ["migrants", "passengers"],
  note="the people on the boat: 'crowded with migrants', 'the number on board at about 130' (IOM), 'more than 150 "
       "people' (survivors), 'forced passengers aboard' (Sow), 'passengers paid' (court documents). 'intercepted "
       "migrants' (rights groups) are others (generic)")
E("shipwreck_dead", "Person", [], ["Dozens", "at least 23 people", "23 bodies", "bodies"],
  note="headline 'Dozens feared dead'; 'at least 23 people drowned' (coast guard), 'recovered 23 bodies', 'pulling "
       "bodies out' (Berg), 'bodies had been washing ashore' (residents)")
E("shipwreck_missing", "Person", [], ["at least 60 people"],
  note="the charity's count of the missing; the IOM counts 'at least 72 people' dead or missing together")
E("children_aboard", "Person", [], ["at least a dozen children"], note="among those aboard (survivors)")
E("women_aboard", "Person", [], ["women"], note="'among them women and at least a dozen children' (survivors)")
E("armed_men", "Person", [], ["men with rifles", "They"],
  note="Sow: 'men with rifles forced passengers aboard'; 'They told us it was a short trip to Lampedusa' (the same men, "
       "by context); smugglers by implication, not linked to the ring in the text")
E("smugglers", "Person", ["smugglers"], generic=True, name_kind="descriptive",
  note="in the GNU spokesman's claim ('may have encouraged smugglers to put to sea')")
E("intercepted_migrants", "Person", ["intercepted migrants"], generic=True, name_kind="descriptive")
E("port_guards", "Person", ["guards at the port"], generic=True, name_kind="descriptive")
E("reinholt", "Person", ["Tomas Reinholt"], ["The head of its Libya mission"], fictional=True)

# events
E("capsizing", "Event", [], ["The shipwreck", "capsizes"],
  note="'capsizes off Libya' (headline), 'capsized off Libya's western coast before dawn on Sunday' (lead), 'overturned "
       "some 30 nautical miles offshore a few hours later' (survivors), 'The shipwreck appears to be the deadliest', "
       "'these deaths' (Reinholt)")
E("crossing", "Event", [], ["the crossing", "a chaotic departure"],
  note="the voyage from the beach near Zuwara late on Saturday: 'organising the crossing' (arrests), 'before the "
       "crossing' (Sudanese woman), 'Survivors described a chaotic departure'")
E("rescue_delay", "Event", [], ["delay", "delaying the rescue"],
  note="the alleged delay of the coast guard's rescue: headline 'accuse ... of delay', 'accused the coast guard of "
       "delaying the rescue'; 'the accusation' (rejected by the GNU); 'held back' (denied)")
E("owr_rescue", "Event", [], note="clausal: 'its crew had picked up 17 more survivors'; Berg's account")
E("cg_rescue", "Event", [], note="clausal: 'Coast guard crews recovered 23 bodies and pulled 41 people from the water'")
E("alert", "Event", [], ["the alert"],
  note="'the crew alerted the coast guard and Italy's maritime rescue centre in Rome at 3:10 a.m.' (Fontaine); 'within "
       "minutes of the alert' (Tarhouni)")
E("radio_order", "Event", [], ["an instruction its captain ignored"],
  note="'the coast guard had also ordered the ship by radio to keep clear of the area' (Fontaine)")
E("internal_review", "Event", [], ["an internal review"], note="opened (by the coast guard, implied)")
E("arrests", "Event", [], note="clausal: 'Police in Zuwara arrested three Libyan men on Monday'; 'is also in custody'")
E("boat_theft", "Event", [], note="clausal: 'the boat had been stolen from the harbour two weeks ago' (the lawyer)")
E("fares", "Event", [], note="clausal: 'passengers paid between $2,000 and $3,500 each'")
E("bribery", "Event", [], note="clausal: 'the ring allegedly bribed guards at the port'")
E("confinement", "Event", [], note="clausal: 'she had been held in a warehouse near the beach for 11 days'")
E("bodies_ashore", "Event", [], note="clausal: 'bodies had been washing ashore on beaches west of the town since Monday'")
E("shipwreck_2025", "Event", [], note="clausal: 'a rubber boat sank off Sabratha and at least 48 people died'")
E("owr_founding", "Event", [], note="clausal: 'which was founded in 2019'")
E("owr_renaming", "Event", [], note="clausal: 'known as SOS Horizon until 2022'")

# ----------------------------------------------------------------- relations
R = g.rel
HEAD = "Dozens feared dead as migrant boat capsizes off Libya; rescuers accuse EU-funded coast guard of delay"
R("eu", "funded", "coast_guard", "EU-funded coast guard", note="headline (the writer's compound adjective)")
R("coast_guard", "perpetrated", "rescue_delay", "rescuers accuse EU-funded coast guard of delay", source="owr_crew",
  certainty="reported", certainty_cue="accuse", ambiguous=True, qualifier="delayed the rescue (accused)",
  note="headline: an accusation verb of a named source = reported; 'rescuers' = the charity's crew (the charity makes "
       "the accusation in paragraph 5)")
R("capsizing", "located_in", "libya_west_coast", "migrant boat capsizes off Libya", qualifier="off the coast",
  alt_objects=["libya"], note="headline: an event's place, kept as located_in (mining_collapse_inquiry)")
LEAD = ("A fishing boat crowded with migrants capsized off Libya's western coast before dawn on Sunday, and at least 23 "
        "people drowned, the Libyan coast guard said, while a rescue charity and the United Nations migration agency "
        "warned that the final toll could be three times as high.")
R("capsizing", "located_in", "libya_west_coast", "capsized off Libya's western coast before dawn on Sunday",
  source="coast_guard", time="2026-08-16", qualifier="off the coast")
R("libya_west_coast", "part_of", "libya", "Libya's western coast", alt_predicates=["located_in"])
R("coast_guard", "located_in", "libya", "the Libyan coast guard", alt_predicates=["part_of"],
  note="the national coast guard (demonym)")
R("iom", "part_of", "un", "the United Nations migration agency", note="lead (the writer's designation)")
P2 = ("The boat had left a beach near Zuwara, about 100 kilometres west of Tripoli, late on Saturday and overturned some "
      "30 nautical miles offshore a few hours later, survivors said.")
R("departure_beach", "located_in", "zuwara", "a beach near Zuwara", qualifier="near")
R("zuwara", "located_in", "libya", "Zuwara, about 100 kilometres west of Tripoli", implicit=True,
  qualifier="about 100 kilometres west of Tripoli")
R("tripoli", "located_in", "libya", "TRIPOLI, Libya")
R("capsize_site", "located_in", "libya_west_coast", "overturned some 30 nautical miles offshore", source="survivors",
  implicit=True, qualifier="some 30 nautical miles offshore",
  note="offshore, beyond territorial waters (30 nautical miles): 'located_in' the coast only with the qualifier")
P2B = ("Coast guard crews recovered 23 bodies and pulled 41 people from the water, Colonel Masoud al-Tarhouni, a "
       "spokesman for the coast guard, told reporters in Tripoli on Monday.")
R("cg_crews", "member_of", "coast_guard", "Coast guard crews")
R("tarhouni", "holds_position", "coast_guard", "Masoud al-Tarhouni, a spokesman for the coast guard", role="spokesman")
R("tarhouni", "holds_position", "coast_guard", "Colonel Masoud al-Tarhouni", role="Colonel", note="military rank")
P3 = ("Open Waters Rescue, a Marseille-based charity whose ship, the Estrela do Mar, reached the scene first, said its "
      "crew had picked up 17 more survivors and that at least 60 people were missing.")
R("owr", "located_in", "marseille", "a Marseille-based charity")
R("owr", "controls", "estrela", "a Marseille-based charity whose ship, the Estrela do Mar", qualifier="its ship "
  "(operator; ownership not stated)")
R("estrela", "located_in", "capsize_site", "the Estrela do Mar, reached the scene first", time="2026-08-16",
  qualifier="reached the scene first", note="the writer's relative clause (not inside the charity's statement)")
R("owr_crew", "member_of", "owr", "its crew had picked up 17 more survivors", source="owr",
  alt_predicates=["works_with"], qualifier="crew of the charity's ship")
P3B = ("The International Organization for Migration (IOM), the UN migration agency, put the number on board at about "
       "130 and said at least 72 people were dead or missing, based on interviews with survivors.")
R("iom", "part_of", "un", "the UN migration agency", note="stated a second time (apposition)")
P3C = ("Several survivors said more than 150 people had been crammed onto the boat, among them women and at least a "
       "dozen children.")
R("migrants_aboard", "located_in", "migrant_boat", "more than 150 people had been crammed onto the boat",
  source="survivors", qualifier="aboard (more than 150)")
R("children_aboard", "located_in", "migrant_boat", "among them women and at least a dozen children", source="survivors",
  qualifier="aboard")
R("women_aboard", "located_in", "migrant_boat", "among them women", source="survivors", qualifier="aboard")
QB = ("\"We could hear people screaming in the dark, and we had one dinghy in the water,\" said Jonas Berg, the "
      "Norwegian captain of the Estrela do Mar, who has commanded the ship since last March.")
R("berg", "holds_position", "owr", "Jonas Berg, the Norwegian captain of the Estrela do Mar",
  role="captain (of the Estrela do Mar)", alt_objects=["estrela"],
  note="the ship is a Location; its operator, the charity, is the holds_position object (mining_collapse_inquiry)")
R("berg", "citizen_of", "norway", "the Norwegian captain", note="demonym")
R("berg", "controls", "estrela", "who has commanded the ship since last March", time="2026-03/..",
  alt_predicates=["holds_position"], qualifier="commands the ship (captain)")
QB2 = ("\"By the time the patrol boat came, there was almost nobody left to save. We were pulling bodies out "
       "instead.\"")
R("coast_guard", "perpetrated", "rescue_delay", "By the time the patrol boat came, there was almost nobody left to save",
  source="berg", implicit=True, ambiguous=True, qualifier="late arrival of the patrol boat",
  note="Berg implies the delay without the word")
P5 = ("The charity, which was founded in 2019 and known as SOS Horizon until 2022, accused the coast guard of delaying "
      "the rescue.")
R("sos_horizon", "renamed_to", "owr", "known as SOS Horizon until 2022", time="2022")
R("coast_guard", "perpetrated", "rescue_delay", "accused the coast guard of delaying the rescue", source="owr",
  certainty="reported", certainty_cue="accused", ambiguous=True, qualifier="delayed the rescue (accused)")
P5B = ("Its head of operations, Léa Fontaine, said the crew alerted the coast guard and Italy's maritime rescue centre "
       "in Rome at 3:10 a.m., after the ship's radar picked up the overturned hull, and that a Libyan patrol boat did "
       "not arrive until after 8 a.m.")
R("fontaine", "holds_position", "owr", "Its head of operations, Léa Fontaine", role="head of operations")
R("rescue_centre", "located_in", "rome", "Italy's maritime rescue centre in Rome")
R("rescue_centre", "located_in", "italy", "Italy's maritime rescue centre", alt_predicates=["part_of"],
  note="the national rescue centre (possessive)")
R("rome", "located_in", "italy", "Rome", implicit=True, note="world knowledge and context")
R("coast_guard", "controls", "al_karama", "a Libyan patrol boat did not arrive until after 8 a.m.", source="fontaine",
  implicit=True, qualifier="its patrol boat",
  note="'a Libyan patrol boat' answering the alert to the coast guard: the coast guard's boat (identified as the "
       "Al-Karama by Tarhouni)")
R("al_karama", "located_in", "capsize_site", "a Libyan patrol boat did not arrive until after 8 a.m.", source="fontaine",
  time="2026-08-16", qualifier="arrived after 8 a.m.")
P5C = ("She said the coast guard had also ordered the ship by radio to keep clear of the area, an instruction its "
       "captain ignored.")
R("coast_guard", "targeted", "estrela", "the coast guard had also ordered the ship by radio to keep clear of the area",
  source="fontaine", time="2026-08-16", ambiguous=True, qualifier="ordered by radio to keep clear of the area",
  note="an order has no predicate: 'targeted' with a qualifier (the nearest)")
P6 = "Tarhouni denied that his crews had held back."
R("coast_guard", "perpetrated", "rescue_delay", P6, source="tarhouni", polarity="negative", polarity_cue="denied",
  ambiguous=True, qualifier="held back (denied)",
  note="the denial is about 'his crews' (the coast guard's crews, member_of it): subject the coast guard, so that the "
       "denial meets the charity's accusation of the same triple")
P6B = ("The patrol boat, the Al-Karama, left Zuwara \"within minutes\" of the alert and reached the site in less than an "
       "hour, he said, a claim not supported by ship-tracking data reviewed by this agency, which show the vessel "
       "leaving Zuwara port shortly before 7 a.m.")
R("coast_guard", "controls", "al_karama", "The patrol boat, the Al-Karama", source="tarhouni", implicit=True,
  qualifier="its patrol boat", note="'his crews' ... 'The patrol boat': the coast guard's boat (context)")
R("al_karama", "located_in", "zuwara", "left Zuwara \"within minutes\" of the alert", source="tarhouni",
  stance="disputes", time="2026-08-16", qualifier="departed from (within minutes of the 3:10 a.m. alert)",
  note="disputed by the writer (stance s01: the tracking data show departure shortly before 7 a.m.)")
R("al_karama", "located_in", "capsize_site", "reached the site in less than an hour", source="tarhouni",
  stance="disputes", time="2026-08-16", qualifier="reached the site in less than an hour (claimed)")
R("al_karama", "located_in", "zuwara_port", "show the vessel leaving Zuwara port shortly before 7 a.m.",
  time="2026-08-16T07:00", qualifier="leaving port shortly before 7 a.m.",
  note="the writer's own evidence (tracking data reviewed by this agency): source author, endorsed")
R("zuwara_port", "located_in", "zuwara", "Zuwara port", occ=0, alt_predicates=["part_of"])
QT = "\"Our men risked their lives in heavy seas,\" he said."
P7 = ("A senior coast guard official who spoke on condition of anonymity said the Al-Karama may have been slowed by "
      "engine trouble and that an internal review had been opened.")
R("senior_cg_official", "member_of", "coast_guard", "A senior coast guard official", alt_predicates=["holds_position"])
P8 = "The Government of National Unity (GNU), the Tripoli-based administration, rejected the accusation as \"baseless\"."
R("gnu", "located_in", "tripoli", "the Tripoli-based administration")
R("gnu", "controls", "libya", "The Government of National Unity (GNU), the Tripoli-based administration",
  implicit=True, ambiguous=True, alt_predicates=["located_in"],
  qualifier="a government of Libya (the Tripoli-based one; its reach not stated)",
  note="'the Tripoli-based administration' implies rivals; only that it governs from Tripoli is stated")
R("coast_guard", "perpetrated", "rescue_delay", "rejected the accusation as \"baseless\"", source="gnu",
  polarity="negative", polarity_cue="rejected", ambiguous=True, qualifier="delayed the rescue (rejected)")
P8B = ("Its spokesman, Walid al-Mabrouk, said the charity's ship had entered Libyan waters without permission and "
       "\"may have encouraged\" smugglers to put to sea.")
R("mabrouk", "holds_position", "gnu", "Its spokesman, Walid al-Mabrouk", role="spokesman")
R("estrela", "located_in", "libyan_waters", "the charity's ship had entered Libyan waters without permission",
  source="mabrouk", stance="disputes", qualifier="entered without permission",
  note="disputed by the writer ('offered no evidence for either claim', stance s02)")
R("libyan_waters", "part_of", "libya", "Libyan waters", implicit=True, alt_predicates=["located_in"])
R("owr", "supported", "smugglers", "\"may have encouraged\" smugglers to put to sea", source="mabrouk",
  certainty="possible", certainty_cue="may have", stance="disputes", ambiguous=True,
  qualifier="encouraged smugglers to put to sea (a 'pull factor' claim)",
  note="subject: the charity, through its ship; disputed by the writer (stance s02)")
P8C = "The government offered no evidence for either claim."
P9 = ("The coast guard, a branch of the Libyan navy, has received boats, training and equipment from the European Union "
      "since 2017, and Italy has supplied several of its patrol vessels.")
R("coast_guard", "part_of", "libyan_navy", "The coast guard, a branch of the Libyan navy", qualifier="branch")
R("libyan_navy", "located_in", "libya", "the Libyan navy", alt_predicates=["part_of"], note="demonym")
R("eu", "supported", "coast_guard",
  "has received boats, training and equipment from the European Union since 2017", time="2017/..",
  alt_predicates=["funded", "armed"], qualifier="boats and equipment")
R("eu", "trained", "coast_guard",
  "has received boats, training and equipment from the European Union since 2017", time="2017/..")
R("italy", "supported", "coast_guard", "Italy has supplied several of its patrol vessels", alt_predicates=["armed"],
  qualifier="supplied patrol vessels")
P9B = ("Rights groups have accused the force of returning intercepted migrants to detention centres where abuse is "
       "rife.")
R("coast_guard", "targeted", "intercepted_migrants", P9B, source="rights_groups", certainty="reported",
  certainty_cue="accused", ambiguous=True, qualifier="returning them to detention centres where abuse is rife",
  note="an accusation verb from a (descriptive) source: reported; forced return has no predicate")
R("detention_centres", "located_in", "libya", "detention centres where abuse is rife", implicit=True)
P9C = ("A European Commission spokesperson said the bloc was \"following the reports closely\" and that its support "
       "depended on respect for human rights.")
R("commission_spokesperson", "holds_position", "european_commission", "A European Commission spokesperson",
  role="spokesperson")
R("european_commission", "part_of", "eu", "A European Commission spokesperson said the bloc", implicit=True,
  note="'the bloc' = the EU, for which the Commission speaks")
R("eu", "supported", "coast_guard", "its support depended on respect for human rights",
  source="commission_spokesperson", qualifier="conditional on respect for human rights",
  note="DESIGN: a conditional assertion keeps its condition (qualifier)")
P10 = ("Police in Zuwara arrested three Libyan men on Monday on suspicion of organising the crossing, the city's "
       "security directorate said.")
R("zuwara_police", "targeted", "three_men", "Police in Zuwara arrested three Libyan men on Monday",
  source="security_directorate", time="2026-08-17", qualifier="arrested",
  note="arrest: agent -> arrested (mining_collapse_inquiry, police_murder_investigation)")
R("zuwara_police", "located_in", "zuwara", "Police in Zuwara")
R("security_directorate", "located_in", "zuwara", "the city's security directorate")
R("zuwara_police", "part_of", "security_directorate", P10, implicit=True, ambiguous=True,
  note="the directorate speaks for the police that made the arrests (the town's police command)")
R("three_men", "citizen_of", "libya", "three Libyan men", note="demonym")
R("three_men", "perpetrated", "crossing", "on suspicion of organising the crossing", source="security_directorate",
  certainty="possible", certainty_cue="on suspicion of", qualifier="organising (suspected)",
  note="DESIGN 'suspected' = possible")
P10B = ("According to court documents, prosecutors believe the smuggling ring was led by one of them, Ramadan Salem "
        "al-Fituri, 41, who owns the boat through a small fishing firm, Bahr al-Amal Fishing, that they describe as a "
        "front for the ring.")
R("ramadan_fituri", "leader_of", "smuggling_ring", "prosecutors believe the smuggling ring was led by one of them, "
  "Ramadan Salem al-Fituri", source="prosecutors", certainty="probable", certainty_cue="believe",
  note="'led by' in a belief of a named (descriptive) source: probable; relayed through court documents")
R("zuwara_police", "targeted", "ramadan_fituri", "led by one of them, Ramadan Salem al-Fituri", implicit=True,
  source="prosecutors", time="2026-08-17", qualifier="arrested ('one of them', the three arrested men)",
  note="the court documents make him one of the three men the police arrested on Monday")
R("ramadan_fituri", "citizen_of", "libya", "one of them, Ramadan Salem al-Fituri", implicit=True,
  note="one of 'three Libyan men'")
R("ramadan_fituri", "born_on", "1984/1985", "Ramadan Salem al-Fituri, 41", implicit=True,
  note="derived: aged 41 on 2026-08-19 -> born between 1984-08-20 and 1985-08-19")
R("ramadan_fituri", "controls", "migrant_boat", "who owns the boat through a small fishing firm",
  source="prosecutors", qualifier="owner (through his fishing firm)")
R("ramadan_fituri", "controls", "bahr_al_amal", "who owns the boat through a small fishing firm, Bahr al-Amal Fishing",
  source="prosecutors", implicit=True, qualifier="owner (implied by 'owns the boat through' the firm)")
R("bahr_al_amal", "controls", "migrant_boat", "owns the boat through a small fishing firm, Bahr al-Amal Fishing",
  source="prosecutors", implicit=True, qualifier="registered owner of the boat (implied)")
R("bahr_al_amal", "part_of", "smuggling_ring", "that they describe as a front for the ring", source="prosecutors",
  certainty="reported", certainty_cue="describe as", alt_predicates=["works_with"], ambiguous=True,
  qualifier="front company")
P10C = "His younger brother, Khaled al-Fituri, is also in custody."
R("zuwara_police", "targeted", "khaled_fituri", P10C, implicit=True, ambiguous=True, qualifier="in custody",
  note="'also in custody': read as the second of the three arrested (not stated)")
R("khaled_fituri", "member_of", "smuggling_ring", P10C, implicit=True, certainty="possible", ambiguous=True,
  note="suspected by his custody alongside the alleged leader; kinship (younger brother) has no predicate")
R("khaled_fituri", "citizen_of", "libya", P10C, implicit=True, ambiguous=True,
  note="if he is one of the three Libyan men (implied by 'also')")
P10D = ("The documents say passengers paid between $2,000 and $3,500 each and that the ring allegedly bribed guards at "
        "the port.")
R("migrants_aboard", "funded", "smuggling_ring", "passengers paid between $2,000 and $3,500 each", source="prosecutors",
  implicit=True, ambiguous=True, qualifier="fares of $2,000 to $3,500 each (payee implied)")
R("smuggling_ring", "funded", "port_guards", "the ring allegedly bribed guards at the port", source="prosecutors",
  certainty="reported", certainty_cue="allegedly", ambiguous=True, qualifier="bribes",
  note="bribery has no predicate: funded with a qualifier")
R("port_guards", "located_in", "zuwara_port", "guards at the port")
P11 = ("Ramadan al-Fituri's lawyer, Nuri Shaaban, said his client was \"a fisherman, not a trafficker\" and that the "
       "boat had been stolen from the harbour two weeks ago.")
R("shaaban", "works_with", "ramadan_fituri", "Ramadan al-Fituri's lawyer, Nuri Shaaban", role="lawyer",
  note="a lawyer for a client: works_with, role lawyer (mining_collapse_inquiry)")
R("ramadan_fituri", "member_of", "smuggling_ring", "his client was \"a fisherman, not a trafficker\"",
  source="shaaban", polarity="negative", polarity_cue="not", implicit=True, ambiguous=True,
  alt_predicates=["leader_of"], qualifier="'not a trafficker' (denial)")
R("migrant_boat", "located_in", "zuwara_port", "the boat had been stolen from the harbour two weeks ago",
  source="shaaban", time="2026-W32", qualifier="stolen from the harbour")
R("ramadan_fituri", "controls", "migrant_boat", "the boat had been stolen from the harbour two weeks ago",
  source="shaaban", implicit=True, qualifier="his boat, stolen (ownership conceded, control denied)",
  note="the lawyer's account presupposes his client's ownership")
P12 = "Survivors described a chaotic departure."
P12B = ("Ibrahima Sow, 24, from Senegal, said men with rifles forced passengers aboard even after the engine had failed "
        "twice.")
R("sow", "citizen_of", "senegal", "Ibrahima Sow, 24, from Senegal", ambiguous=True,
  note="'from Senegal': origin read as nationality")
R("sow", "born_on", "2001/2002", "Ibrahima Sow, 24", implicit=True,
  note="derived: aged 24 on 2026-08-19 -> born between 2001-08-20 and 2002-08-19")
R("armed_men", "targeted", "migrants_aboard", "men with rifles forced passengers aboard", source="sow",
  time="2026-08-15", ambiguous=True, qualifier="forced aboard at gunpoint")
QS = ("\"They told us it was a short trip to Lampedusa,\" he said at a clinic in Zuwara where survivors were being "
      "treated.")
R("clinic", "located_in", "zuwara", "a clinic in Zuwara")
R("survivors", "located_in", "clinic", "a clinic in Zuwara where survivors were being treated",
  qualifier="being treated (some of them)")
R("lampedusa", "located_in", "italy", "Lampedusa", implicit=True, note="world knowledge (an Italian island)")
QS2 = "\"My cousin could not swim. I held him until the wave took us both under.\""
P13 = ("A Sudanese woman who asked not to be named said she had been held in a warehouse near the beach for 11 days "
       "before the crossing.")
R("sudanese_woman", "citizen_of", "sudan", "A Sudanese woman", note="demonym")
R("sudanese_woman", "located_in", "warehouse", "she had been held in a warehouse near the beach for 11 days",
  source="sudanese_woman", time="2026-08", qualifier="held for 11 days before the crossing")
R("warehouse", "located_in", "departure_beach", "a warehouse near the beach", qualifier="near")
P13B = "Residents said bodies had been washing ashore on beaches west of the town since Monday."
R("beaches_west", "located_in", "zuwara", "beaches west of the town", qualifier="west of the town")
P14 = ("The shipwreck appears to be the deadliest off Libya since April 2025, when a rubber boat sank off Sabratha and "
       "at least 48 people died, according to the IOM.")
R("shipwreck_2025", "located_in", "sabratha", "a rubber boat sank off Sabratha", source="iom", qualifier="off",
  time="2025-04")
R("sabratha", "located_in", "libya", "Sabratha", implicit=True, note="world knowledge; 'the deadliest off Libya since'")
P14B = ("Data from the agency confirm Fontaine's assertion that departures from western Libya have nearly doubled since "
        "2024.")
R("western_libya", "part_of", "libya", "western Libya", alt_predicates=["located_in"])
P14C = ("The head of its Libya mission, Tomas Reinholt, put it plainly in a statement from the IOM on Tuesday: \"Every "
        "one of these deaths was preventable.\"")
R("reinholt", "holds_position", "iom_libya_mission", "The head of its Libya mission, Tomas Reinholt", role="head",
  alt_predicates=["leader_of"], alt_objects=["iom"])
R("iom_libya_mission", "part_of", "iom", "its Libya mission")
R("iom_libya_mission", "located_in", "libya", "its Libya mission")

# -------------------------------------------------------------- attributions
A = g.attr
A("rescuers accuse EU-funded coast guard of delay", "owr_crew", "accuse", False,
  content="EU-funded coast guard of delay", on_behalf_of="owr",
  note="headline: 'rescuers' = the charity's crew; the accusation is the charity's (paragraph 5)")
A(LEAD[:LEAD.index(", while a rescue")], "coast_guard", "said", False,
  content=LEAD[:LEAD.index(", the Libyan coast guard said")], note="reporting clause after the content")
A(LEAD[LEAD.index("a rescue charity"):], "owr", "warned", False,
  content="the final toll could be three times as high",
  note="'a rescue charity and the United Nations migration agency warned': two sources of one warning (this one and "
       "the next); 'could' hedges the content")
A(LEAD[LEAD.index("a rescue charity"):], "iom", "warned", False,
  content="the final toll could be three times as high", note="the second source of the joint warning")
A(P2, "survivors", "said", False, content=P2[:P2.index(", survivors said")], note="reporting clause after the content")
A(P2B, "tarhouni", "told", False, on_behalf_of="coast_guard",
  content="Coast guard crews recovered 23 bodies and pulled 41 people from the water",
  note="reporting clause after the content ('told reporters in Tripoli on Monday')")
A(P3, "owr", "said", False,
  note="the apposition and the relative clause ('a Marseille-based charity whose ship ... reached the scene first') are "
       "the writer's identification")
A(P3B, "iom", "put the number on board at", False,
  note="'put the number on board at about 130 and said at least 72 people were dead or missing, based on interviews "
       "with survivors': the agency's figures, their basis (survivors' accounts) stated")
A(P3C, "survivors", "said", False)
A(QB, "berg", "said", True, on_behalf_of="owr",
  note="the relative clause 'who has commanded the ship since last March' is the writer's")
A(QB2, "berg", "said", True, cue_ctx="water,\" said Jonas Berg", continuation=True, on_behalf_of="owr",
  note="quote continued over two sentences after the attribution")
A(P5, "owr", "accused", False, content="the coast guard of delaying the rescue",
  note="the relative clause ('which was founded in 2019 and known as SOS Horizon until 2022') is the writer's")
A(P5B, "fontaine", "said", False, on_behalf_of="owr")
A(P5C, "fontaine", "said", False, on_behalf_of="owr",
  note="'an instruction its captain ignored' is inside her account (the ship's side)")
A(P6, "tarhouni", "denied", False, polarity="negative", on_behalf_of="coast_guard",
  content="his crews had held back")
A(P6B[:P6B.index(", a claim not")], "tarhouni", "said", False, partial_quote=True, on_behalf_of="coast_guard",
  note="parenthetical 'he said' after the content; disputed by the writer in the same sentence (stance s01)")
A("ship-tracking data reviewed by this agency, which show the vessel leaving Zuwara port shortly before 7 a.m.",
  "author", "show", False,
  note="the agency's own evidence ('ship-tracking data reviewed by this agency ... show'): the writer's claim, source "
       "author (tech_health_data_breach's 'emails reviewed by this newspaper show')")
A(QT, "tarhouni", "said", True, on_behalf_of="coast_guard")
A(P7, "senior_cg_official", "said", False,
  note="unnamed official 'who spoke on condition of anonymity' (not on the coast guard's behalf)")
A(P8, "gnu", "rejected", False, partial_quote=True, polarity="negative", content="the accusation",
  note="content by reference (the charity's accusation of delay); 'baseless' quoted")
A(P8B, "mabrouk", "said", False, partial_quote=True, on_behalf_of="gnu")
A(P9B, "rights_groups", "have accused", False,
  content="the force of returning intercepted migrants to detention centres where abuse is rife")
A(P9C, "commission_spokesperson", "said", False, partial_quote=True, on_behalf_of="european_commission")
A(P10, "security_directorate", "said", False, content=P10[:P10.index(", the city's security")],
  note="reporting clause after the content")
A(P10B, "prosecutors", "According to court documents", False,
  content="prosecutors believe the smuggling ring was led by one of them, Ramadan Salem al-Fituri, 41, who owns the "
          "boat through a small fishing firm, Bahr al-Amal Fishing, that they describe as a front for the ring",
  note="the prosecutors' court documents ('believe' and 'describe as' are further cues inside: hedges)")
A("Bahr al-Amal Fishing, that they describe as a front for the ring", "prosecutors", "describe as", False,
  content="a front for the ring", note="distancing frame: the prosecutors' characterisation of the firm")
A(P10D, "prosecutors", "The documents say", False, note="'The documents' = the court documents (the prosecutors')")
A(P11, "shaaban", "said", False, partial_quote=True, on_behalf_of="ramadan_fituri", polarity="negative")
A(P12, "survivors", "described", False, content="a chaotic departure",
  note="introduces the survivors' accounts that follow (content by reference)")
A(P12B, "sow", "said", False)
A(QS, "sow", "said", True)
A("They told us it was a short trip to Lampedusa", "armed_men", "told", False, via=["sow"],
  note="reported speech inside Sow's quote: the armed men ('They') as source, relayed by Sow (via)")
A(QS2, "sow", "said", True, cue_ctx="Lampedusa,\" he said", continuation=True,
  note="quote continued over two sentences after the attribution")
A(P13, "sudanese_woman", "said", False, note="unnamed survivor 'who asked not to be named'")
A(P13B, "residents", "said", False, content="bodies had been washing ashore on beaches west of the town since Monday")
A(P14, "iom", "according to", False,
  note="'according to the IOM' covers the whole sentence (the ranking 'deadliest ... since April 2025' and the 2025 "
       "toll); 'appears to be' hedges it")
A(P14B, "fontaine", "assertion", False,
  content="departures from western Libya have nearly doubled since 2024",
  note="Fontaine's assertion, reported by the writer (not quoted earlier), endorsed by the writer (stance s03)")
A(P14B, "iom", "confirm", False,
  note="the IOM's data as the basis of the writer's confirmation (alt source: author, as mining_collapse_inquiry's "
       "inspection log)")
A(P14C, "reinholt", "put it plainly in a statement", True, on_behalf_of="iom",
  content="Every one of these deaths was preventable.",
  note="colon-introduced quote; 'a statement from the IOM on Tuesday' is the medium")

# ------------------------------------------------------------------- hedges
H = g.hedge
H("feared", "Dozens feared dead", "possible", note="headline: agentless fear of deaths not yet confirmed (the writer's)")
H("accuse", "rescuers accuse EU-funded coast guard of delay", "reported",
  note="accusation verb (conflict_drone_strike_clinic's 'accused')")
H("could be", "the final toll could be three times as high", "possible",
  note="inside the charity's and the IOM's warning")
H("accused", "accused the coast guard of delaying the rescue", "reported")
H("may have", "the Al-Karama may have been slowed by engine trouble", "possible",
  note="the unnamed official's own hedge")
H("may have", "\"may have encouraged\" smugglers to put to sea", "possible",
  note="the GNU spokesman's own hedge (quoted)")
H("accused", P9B, "reported")
H("on suspicion of", "on suspicion of organising the crossing", "possible", note="DESIGN 'suspected' = possible")
H("believe", "prosecutors believe the smuggling ring was led by one of them", "probable")
H("describe as", "that they describe as a front for the ring", "reported",
  note="distancing verb: the prosecutors' characterisation")
H("allegedly", "the ring allegedly bribed guards at the port", "reported")
H("appears to", "The shipwreck appears to be the deadliest off Libya since April 2025", "probable",
  note="inside 'according to the IOM'")
H("confirm", P14B, "certain", note="booster: the writer's confirmation from the IOM's data (also stance s03)")

# ------------------------------------------------------------------ stances
S = g.stance
S(P6B[P6B.index("he said, a claim"):], "tarhouni", "disputes",
  "a claim not supported by ship-tracking data reviewed by this agency",
  note="the writer disputes the spokesman's account (left within minutes, reached the site in under an hour) on the "
       "agency's own evidence (departure shortly before 7 a.m.); he speaks for the coast guard (alt target "
       "coast_guard)")
S(P8C, "mabrouk", "disputes", "offered no evidence",
  note="the writer's judgement on the GNU spokesman's two claims (the ship entered Libyan waters without permission; "
       "it may have encouraged smugglers); 'The government' is the judged source's principal (alt target gnu)")
S(P14B, "fontaine", "endorses", "Data from the agency confirm Fontaine's assertion",
  note="the writer confirms the charity's head of operations' assertion (departures nearly doubled since 2024) from "
       "the IOM's data")

# ------------------------------------------------------------------- events
V = g.event
V("capsizing", "other", "2026-08-16", "capsize_site", {"killed": 23, "rescued": 58},
  [("migrant_boat", "target"), ("migrants_aboard", "victim"), ("shipwreck_dead", "victim"),
   ("shipwreck_missing", "victim", {"source": "owr"}), ("children_aboard", "victim", {"source": "survivors"}),
   ("women_aboard", "victim", {"source": "survivors"}), ("survivors", "victim"), ("sow", "victim"),
   ("sudanese_woman", "victim"),
   ("sow_cousin", "victim", {"source": "sow", "certainty": "probable", "qualifier": "could not swim; taken under"}),
   ("coast_guard", "responder"), ("cg_crews", "responder"), ("owr", "responder"), ("owr_crew", "responder"),
   ("three_men", "perpetrator", {"source": "security_directorate", "certainty": "possible",
                                 "qualifier": "arrested on suspicion of organising the crossing"}),
   ("smuggling_ring", "perpetrator", {"source": "prosecutors", "certainty": "probable",
                                      "qualifier": "organised the crossing (court documents)"})],
  "A fishing boat crowded with migrants capsized off Libya's western coast before dawn on Sunday",
  subtype="disaster: shipwreck, migrant boat capsized at sea", source="coast_guard",
  place_alt=["libya_west_coast", "libya"],
  note="'before dawn on Sunday' = 2026-08-16 (after leaving late on Saturday 2026-08-15, 'a few hours later', "
       "survivors); some 30 nautical miles offshore. 'numbers' keep the coast guard's dead (23 bodies, the lead's "
       "figure) and the survivors rescued by both (41 + 17 = 58); the competing figures are in numbers_by_source. The "
       "IOM's 130 aboard minus 58 survivors = 72 dead or missing (consistent)",
  numbers_by_source=[
      {"source": "coast_guard", "numbers": {"killed": 23, "rescued": 41},
       "qualifier": "at least 23 drowned; 23 bodies recovered, 41 pulled from the water",
       "evidence": "Coast guard crews recovered 23 bodies and pulled 41 people from the water"},
      {"source": "owr", "numbers": {"rescued": 17, "missing": 60}, "qualifier": "17 more survivors; at least 60 missing",
       "evidence": "its crew had picked up 17 more survivors and that at least 60 people were missing"},
      {"source": "iom", "numbers": {"aboard": 130, "dead_or_missing": 72},
       "qualifier": "about 130 aboard; at least 72 dead or missing (from survivors' interviews)",
       "evidence": "put the number on board at about 130 and said at least 72 people were dead or missing"},
      {"source": "survivors", "numbers": {"aboard": 150, "children_aboard": 12},
       "qualifier": "more than 150 aboard, at least a dozen children",
       "evidence": "more than 150 people had been crammed onto the boat"},
      {"source": "owr", "numbers": {"projected_toll_multiplier": 3}, "certainty": "possible",
       "qualifier": "final toll could be three times as high (also the IOM)",
       "evidence": "the final toll could be three times as high"}])
V("crossing", "other", "2026-08-15", "departure_beach", {},
  [("migrants_aboard", "actor"), ("migrant_boat", "venue"),
   ("armed_men", "orderer", {"source": "sow", "qualifier": "forced passengers aboard"}),
   ("three_men", "orderer", {"source": "security_directorate", "certainty": "possible"}),
   ("smuggling_ring", "orderer", {"source": "prosecutors", "certainty": "probable"}),
   ("ramadan_fituri", "orderer", {"source": "prosecutors", "certainty": "probable", "qualifier": "leader of the ring"})],
  "The boat had left a beach near Zuwara, about 100 kilometres west of Tripoli, late on Saturday",
  subtype="crossing: departure of the migrant boat from a beach near Zuwara towards Lampedusa (no DESIGN word)",
  source="survivors", place_alt=["zuwara"],
  note="'late on Saturday' = 2026-08-15 (TIMEX3 2026-08-15TNI); destination Lampedusa in the smugglers' promise "
       "(Sow); the engine had failed twice before departure (Sow)")
V("owr_rescue", "other", "2026-08-16", "capsize_site", {"rescued": 17},
  [("owr", "actor"), ("owr_crew", "actor"), ("berg", "actor"), ("estrela", "venue"), ("survivors", "beneficiary")],
  "its crew had picked up 17 more survivors", subtype="rescue: the charity's ship picks up survivors (no DESIGN word)",
  source="owr", note="the ship 'reached the scene first'; 'one dinghy in the water' (Berg)")
V("cg_rescue", "other", "2026-08-16", "capsize_site", {"bodies_recovered": 23, "rescued": 41},
  [("coast_guard", "actor"), ("cg_crews", "actor"), ("al_karama", "venue"), ("survivors", "beneficiary"),
   ("shipwreck_dead", "target")],
  "Coast guard crews recovered 23 bodies and pulled 41 people from the water",
  subtype="rescue: coast guard recovery of bodies and survivors (no DESIGN word)", source="tarhouni",
  note="the patrol boat's arrival: after 8 a.m. (Fontaine), under an hour after the alert (Tarhouni, disputed); "
       "departure from Zuwara port shortly before 7 a.m. (tracking data, the writer)")
V("rescue_delay", "other", "2026-08-16", "capsize_site", {},
  [("coast_guard", "perpetrator", {"source": "owr", "certainty": "reported", "qualifier": "accused of delaying"}),
   ("coast_guard", "perpetrator", {"source": "tarhouni", "polarity": "negative", "qualifier": "denied"}),
   ("coast_guard", "perpetrator", {"source": "gnu", "polarity": "negative", "qualifier": "rejected as baseless"}),
   ("al_karama", "venue"), ("shipwreck_dead", "victim", {"source": "berg", "qualifier": "almost nobody left to save"})],
  "accused the coast guard of delaying the rescue",
  subtype="delay: the coast guard's late arrival at the scene (alleged; no DESIGN word)", source="owr",
  note="alert at 3:10 a.m., patrol boat after 8 a.m. (Fontaine); the writer's tracking data (departure shortly before 7 "
       "a.m.) contradict the coast guard's 'less than an hour' (stance s01) and fit the charity's timeline, but the "
       "writer makes no explicit judgement of the accusation itself (no author_stance on the event); a possible cause: "
       "engine trouble ('may have', the unnamed official)")
V("alert", "other", "2026-08-16T03:10", None, {},
  [("owr_crew", "actor"), ("coast_guard", "recipient"), ("rescue_centre", "recipient")],
  "the crew alerted the coast guard and Italy's maritime rescue centre in Rome at 3:10 a.m.",
  subtype="notification: distress alert by the charity's crew (no DESIGN word)", source="fontaine",
  note="'after the ship's radar picked up the overturned hull'")
V("radio_order", "other", "2026-08-16", "capsize_site", {},
  [("coast_guard", "actor"), ("estrela", "target"), ("berg", "target", {"qualifier": "ignored the instruction"})],
  "the coast guard had also ordered the ship by radio to keep clear of the area",
  subtype="order: the coast guard tells the charity's ship by radio to keep clear (no DESIGN word)", source="fontaine")
V("internal_review", "other", None, None, {},
  [("coast_guard", "actor", {"qualifier": "implied"}), ("rescue_delay", "target")],
  "an internal review had been opened",
  subtype="investigation: internal review (of the patrol boat's slow response, by implication)",
  source="senior_cg_official", note="date not stated (between the capsizing and publication)")
V("arrests", "other", "2026-08-17", "zuwara", {"arrested": 3},
  [("zuwara_police", "actor"), ("three_men", "target"), ("ramadan_fituri", "target"),
   ("khaled_fituri", "target", {"qualifier": "'also in custody'"})],
  P10[:P10.index(", the city's security")],
  subtype="arrest: three Libyan men on suspicion of organising the crossing", source="security_directorate")
V("boat_theft", "other", "2026-W32", "zuwara_port", {},
  [("migrant_boat", "target"), ("ramadan_fituri", "victim", {"source": "shaaban", "qualifier": "owner"})],
  "the boat had been stolen from the harbour two weeks ago",
  subtype="theft: the boat stolen from the harbour (the defence's account; no DESIGN word)", source="shaaban",
  note="'two weeks ago' from the publication date (Wed. 2026-08-19) = the week of 2026-08-05 (2026-W32); perpetrator "
       "not stated")
V("fares", "other", None, None, {"fare_usd_min": 2000, "fare_usd_max": 3500},
  [("migrants_aboard", "payer"), ("smuggling_ring", "recipient", {"qualifier": "implied"})],
  "passengers paid between $2,000 and $3,500 each",
  subtype="payment: passengers' fares for the crossing", source="prosecutors", note="date not stated")
V("bribery", "other", None, "zuwara_port", {},
  [("smuggling_ring", "payer", {"certainty": "reported"}), ("port_guards", "recipient", {"certainty": "reported"})],
  "the ring allegedly bribed guards at the port", subtype="payment: bribes to port guards (alleged)",
  source="prosecutors", note="date not stated")
V("confinement", "other", "2026-08", "warehouse", {"days": 11},
  [("sudanese_woman", "victim")],
  "she had been held in a warehouse near the beach for 11 days before the crossing",
  subtype="detention: held in a warehouse before the crossing (by whom not stated)", source="sudanese_woman",
  note="11 days before the crossing of 2026-08-15: about 2026-08-04 to 2026-08-15")
V("bodies_ashore", "other", "2026-08-17/..", "beaches_west", {},
  [("shipwreck_dead", "victim")], P13B,
  subtype="bodies washing ashore (no DESIGN word)", source="residents", note="'since Monday' = 2026-08-17 onwards")
V("shipwreck_2025", "other", "2025-04", "sabratha", {"killed": 48},
  [], "a rubber boat sank off Sabratha and at least 48 people died",
  subtype="disaster: earlier shipwreck off Sabratha", source="iom",
  note="'at least 48' (lower bound); the reference point of 'the deadliest off Libya since April 2025'")
V("owr_founding", "other", "2019", None, {}, [("owr", "result")], "which was founded in 2019",
  subtype="founding: the charity founded (founders not named)")
V("owr_renaming", "renaming", "2022", None, {}, [("sos_horizon", "target"), ("owr", "result")],
  "known as SOS Horizon until 2022", note="'until 2022': the new name dates from 2022 (month not stated)")

# ------------------------------------------------------------------ timexes
T = g.timex
T("Aug. 19, 2026", "2026-08-19", function="publication_date")
T("Sunday", "2026-08-16", note="'before dawn on Sunday' (TIMEX3 2026-08-16, 'before dawn' a signal)")
T("Saturday", "2026-08-15", mod="END", note="'late on Saturday' (TIMEX3 2026-08-15TNI)")
T("a few hours later", "PTXH", type="duration", anchor="2026-08-15",
  note="after leaving late on Saturday: the capsizing before dawn on Sunday")
T("Monday", "2026-08-17", ctx="reporters in Tripoli on Monday")
T("last March", "2026-03")
T("2019", "2019")
T("2022", "2022", signal="until")
T("3:10 a.m.", "2026-08-16T03:10")
T("8 a.m.", "2026-08-16T08:00", note="'until after 8 a.m.' ('after' a signal)")
T("minutes", "PTXM", ctx="\"within minutes\"", type="duration")
T("less than an hour", "PT1H", type="duration", mod="LESS_THAN")
T("7 a.m.", "2026-08-16T07:00", note="'shortly before 7 a.m.'")
T("2017", "2017", signal="since", note="'since 2017' (2017/..)")
T("Monday", "2026-08-17", ctx="three Libyan men on Monday")
T("two weeks ago", "2026-W32", anchor="2026-08-19", alt_values=["2026-08-05"],
  note="from the publication date (the lawyer's statement is undated)")
T("11 days", "P11D", type="duration")
T("Monday", "2026-08-17", ctx="since Monday", signal="since")
T("April 2025", "2025-04", signal="since")
T("2024", "2024", signal="since")
T("Tuesday", "2026-08-18")

# ------------------------------------------------------------------- notes
g.notes += [
    "FICTIONAL dev document (own wording), written for benchmarks/devset and annotated by hand before any claimgraph "
    "run: Open Waters Rescue (formerly SOS Horizon), the Estrela do Mar, the Al-Karama, the smuggling ring, Bahr "
    "al-Amal Fishing, Masoud al-Tarhouni, Jonas Berg, Léa Fontaine, Walid al-Mabrouk, Ramadan Salem al-Fituri, Khaled "
    "al-Fituri, Nuri Shaaban, Ibrahima Sow, Tomas Reinholt, the shipwrecks, the figures, the arrests and the tracking "
    "data are invented; Tripoli, Zuwara, Sabratha, Libya, Marseille, Rome, Italy, Lampedusa, Senegal, Sudan and Norway "
    "are real places; the Libyan coast guard and navy, the Government of National Unity (GNU), the International "
    "Organization for Migration (IOM), the United Nations, the European Union and its Commission, and Italy's maritime "
    "rescue centre in Rome are real, but every statement and action attributed to them here is fictional. errors: none "
    "(the checkable background is correct: Zuwara lies about 100 km west of Tripoli, Sabratha between them; the IOM is "
    "the UN migration agency; the Libyan coast guard belongs to the navy and has received EU training and equipment "
    "since about 2017 and patrol boats from Italy; the GNU is based in Tripoli; Italy's rescue coordination centre is "
    "in Rome; Lampedusa is Italian).",
    "published = dateline 2026-08-19 (Wednesday): 'Saturday' (late) = 2026-08-15 (departure); 'Sunday' (before dawn), "
    "'3:10 a.m.', '7 a.m.', '8 a.m.' = 2026-08-16 (capsizing, alert, the patrol boat's departure and arrival); 'Monday' "
    "(x3) = 2026-08-17 (Tarhouni's briefing, arrests, bodies ashore since); 'Tuesday' = 2026-08-18 (the IOM's "
    "statement); 'last March' = 2026-03 (before the August publication); 'two weeks ago' = 2026-W32 (anchor the "
    "publication date); '2019', '2022' (until), '2017' (since), '2024' (since), 'April 2025' (since) absolute. 'a few "
    "hours later', 'within minutes', 'less than an hour' (LESS_THAN), '11 days' are durations.",
    "Not timexes: 'before dawn' (kept as the signal of 'Sunday'), 'the final toll' (no time), 'first' ('reached the "
    "scene first': order), 'long' absent, 'still' absent.",
    "Aliases: 'Open Waters Rescue' / 'a rescue charity' (lead, before the name) / 'a Marseille-based charity' / 'The "
    "charity' / \"the charity's ship\"; former name 'SOS Horizon' (own entity, renamed_to, time 2022). 'International "
    "Organization for Migration (IOM)' - acronym in brackets - also 'the United Nations migration agency' (lead, before "
    "the name), 'the UN migration agency', 'the agency'. 'Government of National Unity (GNU)' / 'the Tripoli-based "
    "administration' / 'The government'. 'Libyan coast guard' / 'the coast guard' / 'EU-funded coast guard' / 'the "
    "force'. 'European Union' / 'EU' (headline) / 'the bloc'. Vessels: 'the Estrela do Mar' / 'the ship' / \"the "
    "charity's ship\"; 'Al-Karama' / 'a Libyan patrol boat' / 'the patrol boat' / 'the vessel'; the migrants' boat "
    "'A fishing boat crowded with migrants' / 'migrant boat' / 'the boat' / 'the overturned hull'. Persons named in "
    "full then by surname: Tarhouni, Fontaine; 'Ramadan al-Fituri' is a short form of 'Ramadan Salem al-Fituri' (the "
    "surname alone would be shared with his brother Khaled); 'his client' = Ramadan al-Fituri; 'its captain' = Berg.",
    "Attributions: the coast guard (lead, reporting clause after the content) and Tarhouni ('told', 'denied' "
    "(negative), 'he said' parenthetical with a partial quote, a direct quote), on behalf of the coast guard; the joint "
    "warning of the charity and the IOM ('warned', two attributions over one span); survivors ('said' x2, 'described'); "
    "the charity ('said', 'accused'); Berg's quote over three sentences (continuation=True for the second part) on "
    "behalf of the charity; Fontaine ('said' x2; 'assertion' reported by the writer in the last paragraph); the "
    "unnamed senior coast guard official ('who spoke on condition of anonymity', not on the coast guard's behalf); the "
    "GNU ('rejected', negative) and its spokesman; rights groups ('have accused'); the Commission spokesperson; the "
    "security directorate (reporting clause after the content); the prosecutors through their court documents "
    "('According to court documents', 'describe as', 'The documents say'); the lawyer (on behalf of his client, "
    "negative: 'not a trafficker'); Sow (indirect, direct, continued) and the armed men's words relayed inside his quote "
    "(via sow); the Sudanese woman; residents; the IOM ('according to', 'confirm' as the data's source); Reinholt's "
    "colon-introduced quote ('put it plainly in a statement from the IOM'). 'ship-tracking data reviewed by this agency "
    "... show' is the writer's own evidence (source author).",
    "Certainty per source: plain statements of named or descriptive sources are 'certain' for that source. 'accuse' / "
    "'accused' (x3: headline, the charity, rights groups), 'allegedly' and 'describe as' (the prosecutors' distancing) "
    "= reported; 'believe' (prosecutors) and 'appears to' (the IOM's ranking) = probable; 'feared' (headline), 'could "
    "be', 'may have' (x2: the unnamed official, the GNU spokesman) and 'on suspicion of' = possible; 'confirm' = "
    "booster (certain). Approximators and bounds ('at least', 'about', 'some', 'more than', 'nearly', 'between') are "
    "not hedges (the shared gold's convention). 'denied', 'rejected', 'not a trafficker', 'did not arrive until' are "
    "polarity or time, not certainty; 'based on interviews with survivors' states the IOM's basis (evidential, not a "
    "hedge).",
    "The writer's own stances: 'a claim not supported by ship-tracking data reviewed by this agency' (disputes "
    "Tarhouni's account of a departure within minutes and arrival in under an hour); 'The government offered no "
    "evidence for either claim' (disputes the GNU spokesman's two claims); 'Data from the agency confirm Fontaine's "
    "assertion' (endorses the charity's head of operations). The coast guard's and the GNU's denials and the lawyer's "
    "'not a trafficker' are sources' denials, not author stances; the writer takes no explicit side on the accusation "
    "of delay (the tracking data fit the charity's timeline, noted on the delay event).",
    "Competing figures, all in the capsizing's numbers_by_source: the coast guard at least 23 drowned (23 bodies) and "
    "41 rescued (kept in 'numbers' with the charity's 17: 58 survivors); the charity 17 more survivors and at least 60 "
    "missing; the IOM about 130 aboard and at least 72 dead or missing (130 - 58 = 72); survivors more than 150 aboard "
    "with at least a dozen children; the joint warning that the final toll 'could be three times as high' (about 69 "
    "from 23). The April 2025 shipwreck: at least 48 dead (the IOM).",
    "Relations with no exact predicate, nearest kept and flagged ambiguous: the delay (perpetrated, object the delay "
    "event: accused by the charity and its crew, reported; implied by Berg; denied by Tarhouni and rejected by the GNU, "
    "negative); a radio order (targeted with a qualifier); arrests and custody (targeted, qualifier arrested); forcing "
    "passengers aboard and returning intercepted migrants (targeted, the latter reported); bribes and fares (funded, "
    "the bribes reported); the 'pull factor' claim (supported, possible); a front company (part_of, alt works_with, "
    "reported); ownership through a firm (controls x3: the man -> boat, the man -> firm implicit, the firm -> boat "
    "implicit; conceded by his lawyer); the ship's operator and captain (controls; holds_position with the charity as "
    "object, alt the ship); the GNU's government of Libya (controls, implicit); crew and staff (member_of). 'EU-funded' "
    "-> funded; 'received boats, training and equipment from the European Union since 2017' -> supported (alt funded, "
    "armed) and trained; 'Italy has supplied several of its patrol vessels' -> supported (alt armed); 'its support "
    "depended on respect for human rights' -> supported with the condition as qualifier; 'a branch of' -> part_of; "
    "'was led by' -> leader_of (probable, 'believe'); 'known as SOS Horizon until 2022' -> renamed_to; "
    "'Marseille-based', 'Tripoli-based', 'in Rome', 'in Zuwara' -> located_in; 'Norwegian', 'Libyan', 'Sudanese', "
    "'from Senegal' -> citizen_of; ages 41 and 24 -> born_on (implicit, derived). Kinship (Khaled is Ramadan's younger "
    "brother; Sow's cousin) has no predicate and is not encoded (conflict_drone_strike_clinic); Khaled's suspected "
    "membership of the ring is a separate implicit, possible member_of.",
    "Event types: validate_gold.py's list is followed (renaming is on it); DESIGN types it lacks lead the subtype of "
    "'other': disaster (the capsizing, the 2025 shipwreck), arrest, investigation (the internal review), payment "
    "(fares, bribes), founding; happenings with no DESIGN word lead with their own word (crossing, rescue x2, delay, "
    "notification, order, theft, detention, bodies washing ashore). The deaths are carried by the capsizing ('killed' "
    "numbers), not a separate death event (mining_collapse_inquiry). Not events: the hypothetical tripled toll ('could "
    "be'), the engine trouble ('may have been slowed', a possible cause noted on the delay), the smugglers' encouragement "
    "('may have encouraged'), the EU and Italian support since 2017 (kept as dated relations), the rise in departures "
    "since 2024 (a trend), the IOM's Tuesday statement and Tarhouni's Monday briefing (speech, kept as attributions), "
    "the engine's two failures before departure (inside Sow's account of the crossing).",
    "Entity hard cases: vessels (the Estrela do Mar, the Al-Karama, the migrants' boat) and the capsize site, the "
    "beach, the port, the clinic, the warehouse and the beaches west of the town are Locations; 'rescuers' (headline) "
    "are the charity's crew; 'Coast guard crews' / 'his crews' / 'Our men' are the coast guard's crews; 'smugglers' (the "
    "GNU's claim) and 'intercepted migrants' (rights groups) are generic and not linked to the ring or the passengers; "
    "'men with rifles' / 'They' exist only in Sow's account; 'three Libyan men' is the group of the arrested (Ramadan "
    "'one of them', Khaled by implication); 'the reports' (the Commission) and 'court documents' / 'ship-tracking data' "
    "are documents, not entities; 'reporters' not declared (as in the rest of the set).",
    "cross_doc: not applicable (unrelated domain).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
