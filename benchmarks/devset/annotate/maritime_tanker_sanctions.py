#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for
benchmarks/devset/docs/maritime_tanker_sanctions.txt -> benchmarks/devset/gold/maritime_tanker_sanctions.json

Fictional investigative business/maritime story: an ageing 'shadow fleet' tanker (the Kestrel Star, built as the
Nordic Aurelia) caught in ship-to-ship transfers off Johor, Malaysia, is designated by the U.S. Treasury's Office of
Foreign Assets Control (OFAC) together with its Marshall Islands owner and its Dubai-based manager; ownership runs
through a Seychelles holding company whose sole director is a Dubai-based businessman (an unnamed Treasury official:
'is believed to be the beneficial owner'; his denial, which the writer disputes); a London ship-tracking firm's data
('appears to have switched off its transponder', 'is believed to have loaded crude at Kharg Island'), its head of
research quoted over two sentences and endorsed by the writer ('correctly noted'), competing barrel figures (firm vs
OFAC, the latter weakly disputed: 'without saying how it was calculated'); the Malaysian Maritime Enforcement Agency
(MMEA) detains and inspects the tanker, its director quoted, the master charged; an unnamed person familiar with the
investigation ('allegedly'); the company's denial through a Hong Kong lawyer, whose flag claim the writer calls 'not
the case' on the strength of two registries' records; four flags (Liberia, Panama, Gabon, Comoros); a 2019 collision
and oil spill with competing spill figures (Singapore's MPA vs an Indonesian environmental group); an unnamed
Malaysian official ('may be the first of several'); analysts' doubt and a researcher's quote.  Built with the shared
goldlib; events follow the shared validator's list like labour_port_strike (a DESIGN type it lacks is 'other' with
the DESIGN word leading the subtype)."""
from pathlib import Path

HERE = Path(__file__).resolve()
DEVSET = HERE.parents[1]                    # benchmarks/devset

from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "maritime_tanker_sanctions"
PUB = "2026-03-12"  # dateline: KUALA LUMPUR, Malaysia, March 12, 2026 (a Thursday)
g = Gold(DEVSET / "docs" / f"{NAME}.txt", PUB)

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("kuala_lumpur", "Location", ["KUALA LUMPUR"], note="dateline")
E("malaysia", "Location", ["Malaysia", "Malaysian"],
  note="dateline; 'transfers off Malaysia' (headline), 'turns up off Malaysia' (Solheim); adjective in 'Malaysian "
       "authorities', 'the Malaysian state of Johor', 'A senior Malaysian official' (and inside the MMEA's name)")
E("united_states", "Location", ["The United States", "U.S."],
  note="the country acting through its Treasury ('The United States has imposed sanctions'); 'U.S. sanctions' "
       "(headline), 'the U.S. Treasury Department'")
E("johor", "Location", ["Johor"],
  note="Malaysian state: 'off the coast of Johor', 'the Malaysian state of Johor', 'director for Johor', 'anchoring off "
       "Johor', 'off Johor'; also inside 'Johor Bahru'")
E("tanjung_sedili", "Location", ["Tanjung Sedili"], ["a headland in the Malaysian state of Johor"],
  note="x2: the transfer area lies east of it; the tanker anchored about 18 nautical miles off it")
E("sts_area", "Location", ["waters east of Tanjung Sedili"], name_kind="descriptive",
  note="the transfer hub ('has become a hub for such transfers')")
E("marshall_islands", "Location", ["Marshall Islands"], note="'the Marshall Islands company'; incorporation")
E("dubai", "Location", ["Dubai"], note="'its Dubai-based manager', 'based in Dubai', 'reached by phone in Dubai'")
E("iran", "Location", ["Iran", "Iranian"],
  note="'Iran link' (headline), 'Iranian crude', 'Iran's military', 'Iran's main oil terminal', 'Iranian oil' (Leung)")
E("south_korea", "Location", ["South Korea"], note="where the tanker was built")
E("liberia", "Location", ["Liberia"], note="flag state (first of four)")
E("panama", "Location", ["Panama"], note="flag state; also in 'Panama's registry'")
E("gabon", "Location", ["Gabon"], note="flag state; also in 'Gabon's register'")
E("comoros", "Location", ["Comoros"], note="flag state since October 2025")
E("seychelles", "Location", ["Seychelles"], note="'registered in the Seychelles'; 'the Seychelles company register'")
E("cyprus", "Location", [], implicit=True, note="only the adjective: 'a Russian-born Cypriot businessman'")
E("russia", "Location", [], implicit=True,
  note="only in 'Russian-born' (birthplace; no predicate encodes it, born_on is a date): no relation")
E("london", "Location", ["London"], note="'a London-based ship-tracking firm'")
E("the_gulf", "Location", ["the Gulf"], name_kind="descriptive",
  note="the Persian Gulf, in Solheim's quote ('goes dark in the Gulf')")
E("kharg_island", "Location", ["Kharg Island"], ["Iran's main oil terminal"], note="facility typed Location")
E("johor_bahru", "Location", ["Johor Bahru"])
E("hong_kong", "Location", ["Hong Kong"], note="'a Hong Kong-based lawyer'")
E("middle_east", "Location", ["the Middle East"], name_kind="descriptive", note="Leung's 'suppliers in the Middle East'")
E("fujairah", "Location", ["Fujairah"], note="where the transponder was repaired (Leung)")
E("singapore_strait", "Location", ["Singapore Strait"])
E("batam", "Location", ["Batam"], ["the Indonesian island of Batam"])
E("indonesia", "Location", [], implicit=True,
  note="only the adjective: 'the Indonesian island of Batam', 'an Indonesian environmental group'")
E("singapore", "Location", ["Singapore"],
  note="'Maritime and Port Authority of Singapore' (in the name), 'the Straits Maritime Institute in Singapore'; "
       "'Singapore' is also inside 'Singapore Strait'")
E("piraeus", "Location", ["Piraeus"])
E("greece", "Location", [], implicit=True, note="only the adjective: 'a Greek company based in Piraeus'")
E("india", "Location", [], implicit=True, note="only the adjective: 'a 58-year-old Indian national'")

# vessels (typed Location: a facility-like place that is boarded, inspected, detained and anchored, as the leak site
# in cyber_ransomware_attack is a virtual venue typed Location)
E("kestrel_star", "Location", ["Kestrel Star", "Nordic Aurelia"],
  ["Ageing tanker", "a 22-year-old oil tanker", "the tanker", "The tanker", "the vessel", "the ship", "The ship",
   "that ship"],
  fictional=True,
  note="'Kestrel Star' x7 (incl. 'the Kestrel Star's detention'); former name 'Nordic Aurelia' x2 ('built ... as the "
       "Nordic Aurelia', 'as the Nordic Aurelia, it collided'): a vessel keeps its identity across names (one hull, one "
       "IMO number), so the former name is an alias here, unlike the renamed organisations of "
       "business_acquisition_probe / cyber_ransomware_attack; the change is the 'renaming' event. 'the tanker' x6, "
       "'The tanker' x1, 'the ship' x4 (incl. 'the ship's own broadcast data'), 'The ship' x2 (Solheim; 'The ship was "
       "then owned'), 'the vessel' x1, 'that ship' (Zherdev's quote); 'it'/'its' many times")
E("container_ship", "Location", [], ["a container ship"], note="the other vessel in the 2019 collision")

# organizations
E("us_treasury", "Organization", ["U.S. Treasury Department", "Treasury"],
  note="'the U.S. Treasury Department said', 'The Treasury's Office', 'A Treasury official'; real body, every "
       "statement fictional")
E("ofac", "Organization", ["Office of Foreign Assets Control", "OFAC"],
  note="real body; statements and designation fictional. Acronym in brackets; 'OFAC' x2 ('OFAC put the figure')")
E("halcyon_tide", "Organization", ["Halcyon Tide Shipping Ltd.", "Halcyon Tide"],
  ["owner", "the Marshall Islands company that owns it", "its registered owner", "The company", "the company"],
  fictional=True,
  note="'owner denies Iran link' (headline); 'Halcyon Tide' x4 (incl. 'Halcyon Tide rejects', 'sold it to Halcyon "
       "Tide'); 'The company is wholly owned'; 'a Hong Kong-based lawyer for the company', 'Leung said the company would "
       "challenge'")
E("orvane", "Organization", ["Orvane Ship Management FZE", "Orvane"], ["its Dubai-based manager"], fictional=True,
  note="the tanker's manager; 'Orvane did not respond'")
E("sable_reach", "Organization", ["Sable Reach Holdings", "Sable Reach"], fictional=True,
  note="Seychelles holding company, sole owner of Halcyon Tide")
E("meridia_bunkering", "Organization", ["Meridia Bunkering"], ["the fuel trader"], fictional=True)
E("tidemark", "Organization", ["Tidemark Analytics", "Tidemark"], ["a London-based ship-tracking firm", "The firm"],
  fictional=True,
  note="'Tidemark' x4 incl. 'Tidemark's head of research', 'Tidemark estimates', 'according to Tidemark's data'")
E("mmea", "Organization", ["Malaysian Maritime Enforcement Agency", "MMEA"], ["Malaysian authorities", "the agency"],
  note="real agency; actions and statements fictional. 'Malaysian authorities detained' (lead) is the MMEA (paragraph "
       "9); 'the agency's director for Johor'")
E("inspectors", "Person", ["inspectors"], generic=True, name_kind="descriptive",
  note="'inspectors who boarded the ship' (MMEA), 'told inspectors' (the master)")
E("malaysian_government", "Organization", ["the government"], name_kind="descriptive",
  note="the Malaysian government (drafting rules), in the unnamed official's account")
E("panama_registry", "Organization", ["Panama's registry"], name_kind="descriptive",
  note="Panama's ship registry; with Gabon's, the 'records of both registries'")
E("gabon_registry", "Organization", ["Gabon's register"], name_kind="descriptive",
  note="Gabon's ship register (as an institution and a record)")
E("seychelles_register", "Organization", ["the Seychelles company register"], name_kind="descriptive",
  note="documentary source (cf. 'Registry documents' in sanctions_company)")
E("documents", "Organization", ["documents seen by this newspaper"], name_kind="descriptive",
  note="cited documents as a source (as 'a police dossier seen by this newspaper' in profile_militant_commander)")
E("this_newspaper", "Organization", ["this newspaper"], name_kind="descriptive", note="the writer's outlet")
E("ais_data", "Organization", ["the ship's own broadcast data"], name_kind="descriptive",
  note="the tanker's AIS broadcasts as a documentary source (typed Organization, as sources are)")
E("mpa", "Organization", ["Maritime and Port Authority of Singapore", "MPA"],
  note="real authority; the statement is fictional. Acronym in brackets")
E("rica", "Organization", ["Riau Islands Coastal Alliance"], ["an Indonesian environmental group"], fictional=True)
E("aegeus_tankers", "Organization", ["Aegeus Tankers"], ["a Greek company based in Piraeus"], fictional=True)
E("straits_institute", "Organization", ["Straits Maritime Institute"], fictional=True)
E("shadow_fleet", "Organization", ["shadow fleet"], generic=True, name_kind="descriptive",
  note="'shadow fleet' in scare quotes (headline, paragraph 3): 'hundreds of ageing vessels', 'tankers with opaque "
       "owners and no mainstream insurance that move oil from sanctioned countries'; a collective typed Organization")
E("iran_networks", "Organization", ["networks that raise money for Iran's military"], generic=True,
  name_kind="descriptive", note="inside OFAC's quote")
E("iran_military", "Organization", ["Iran's military"])
E("suppliers", "Organization", ["legitimate suppliers in the Middle East"], generic=True, name_kind="descriptive",
  note="Leung's quote")
E("analysts", "Person", ["analysts", "Analysts"], generic=True, name_kind="descriptive",
  note="'vessels that analysts call a \"shadow fleet\"', 'Analysts doubt'")

# people
E("anatoly_zherdev", "Person", ["Anatoly Zherdev", "Zherdev"],
  ["a Russian-born Cypriot businessman based in Dubai"], fictional=True,
  note="'Zherdev' x3 (official's quote; 'Zherdev, reached by phone'); 'He was not himself designated', 'He offered no "
       "documents', 'his stake', 'listed him'")
E("treasury_official", "Person", ["A Treasury official who spoke on condition of anonymity"], unnamed=True,
  name_kind="descriptive")
E("ingrid_solheim", "Person", ["Ingrid Solheim", "Solheim"], ["Tidemark's head of research"], fictional=True)
E("roslan_hamid", "Person", ["Roslan Hamid", "Roslan"], ["the agency's director for Johor"], fictional=True,
  note="'Maritime First Admiral' (MMEA rank) precedes the name; referred to by the given name 'Roslan' (Malay "
       "naming), 'he said'")
E("master", "Person", ["The master"], ["a 58-year-old Indian national"], unnamed=True,
  note="the tanker's master (captain): 'The master' x3, 'he had been ordered'")
E("crew", "Person", ["23 crew members"], generic=True, name_kind="descriptive")
E("person_familiar", "Person", ["a person familiar with the investigation"], unnamed=True, name_kind="descriptive")
E("marcus_leung", "Person", ["Marcus Leung", "Leung"], ["a Hong Kong-based lawyer for the company"], fictional=True,
  note="'Leung' x3; 'He said the transponder'")
E("malaysian_official", "Person", ["A senior Malaysian official who asked not to be named"], unnamed=True,
  name_kind="descriptive", note="'he was not authorised to speak publicly'")
E("farah_iskandar", "Person", ["Farah Iskandar"], ["a researcher at the Straits Maritime Institute in Singapore"],
  fictional=True)

# events
E("us_sanctions_2026", "Event", [], ["U.S. sanctions", "the designation"],
  note="'The United States has imposed sanctions on ...' (lead), 'also designated' (OFAC), 'Leung said the company "
       "would challenge the designation'")
E("sts_transfers", "Event", [],
  ["a series of ship-to-ship transfers off the coast of Johor", "transfers off Malaysia",
   "at least seven ship-to-ship transfers", "the transfers"],
  note="headline 'transfers off Malaysia'; 'such transfers' (the hub) is generic")
E("ais_gap_2025", "Event", [], ["the gap"],
  note="clausal 'appears to have switched off its transponder ... for 11 days in December'; 'the gap' (draught)")
E("kharg_loading_2025", "Event", [], note="clausal: 'it is believed to have loaded crude at Kharg Island'")
E("tanker_detention_2026", "Event", [], ["the Kestrel Star's detention"],
  note="'Malaysian authorities detained last month' (lead), 'The MMEA detained the tanker on Feb. 19'")
E("inspection_2026", "Event", [], note="clausal: 'inspectors who boarded the ship found no valid insurance certificate'")
E("mmea_investigation", "Event", [], ["the investigation"], note="'a person familiar with the investigation'")
E("master_charge_2026", "Event", [], ["The case"],
  note="clausal 'The master was charged last week'; 'The case is due to be heard on April 7'")
E("tanker_renaming", "Event", [], note="clausal: 'it has changed its name once' (Nordic Aurelia -> Kestrel Star)")
E("halcyon_founding_2023", "Event", [], note="clausal: 'Halcyon Tide was incorporated in the Marshall Islands'")
E("tanker_purchase_2023", "Event", [],
  note="clausal: 'it bought the tanker for $19.5 million'; 'which sold it to Halcyon Tide in 2023'")
E("zherdev_stake_sale", "Event", [], note="clausal, claimed by Zherdev: 'he had sold his stake in Sable Reach'")
E("panama_deregistration_2024", "Event", [], note="clausal: 'Panama's registry removed the vessel in April 2024'")
E("gabon_registration_2024", "Event", [], note="clausal: 'it was entered in Gabon's register'")
E("comoros_reflagging_2025", "Event", [], note="clausal: 'and, since October, Comoros' (flag)")
E("tanker_build_2004", "Event", [], note="clausal: 'built in South Korea in 2004'")
E("collision_2019", "Event", [], note="clausal: 'it collided with a container ship in the Singapore Strait'")
E("spill_2019", "Event", [], ["the spill"], note="'fuel oil washed up ...', 'about 40 tonnes had leaked'")

# ----------------------------------------------------------------- relations
R = g.rel
HEAD = "Ageing tanker from 'shadow fleet' hit by U.S. sanctions after transfers off Malaysia; owner denies Iran link"
R("halcyon_tide", "works_with", "iran", "owner denies Iran link", polarity="negative", source="halcyon_tide",
  polarity_cue="denies", ambiguous=True, qualifier="'Iran link'",
  note="headline: the owner's denial (through its lawyer, paragraph 12); no exact predicate for a 'link'")
R("kestrel_star", "member_of", "shadow_fleet", "Ageing tanker from 'shadow fleet'", alt_predicates=["part_of"],
  note="headline")
R("kuala_lumpur", "located_in", "malaysia", "KUALA LUMPUR, Malaysia")
LEAD = ("The United States has imposed sanctions on a 22-year-old oil tanker that Malaysian authorities detained last "
        "month after a series of ship-to-ship transfers off the coast of Johor, and on the Marshall Islands company "
        "that owns it, the U.S. Treasury Department said on Tuesday.")
R("united_states", "targeted", "kestrel_star", LEAD, source="us_treasury", qualifier="sanctions", time="2026-03-10",
  note="imposed (announced) on Tuesday")
R("united_states", "targeted", "halcyon_tide", LEAD, source="us_treasury", qualifier="sanctions", time="2026-03-10")
R("mmea", "targeted", "kestrel_star", "a 22-year-old oil tanker that Malaysian authorities detained last month",
  qualifier="detained", time="2026-02", ambiguous=True,
  note="the writer's relative clause inside the Treasury-attributed sentence; detention has no exact predicate")
R("halcyon_tide", "controls", "kestrel_star", "the Marshall Islands company that owns it", qualifier="owner")
R("halcyon_tide", "located_in", "marshall_islands", "the Marshall Islands company", qualifier="registered in")
R("us_treasury", "part_of", "united_states", "the U.S. Treasury Department")
P2 = ("The Treasury's Office of Foreign Assets Control (OFAC) said the tanker, the Kestrel Star, had carried Iranian "
      "crude \"for networks that raise money for Iran's military\" and also designated its registered owner, Halcyon "
      "Tide Shipping Ltd., and its Dubai-based manager, Orvane Ship Management FZE.")
R("ofac", "part_of", "us_treasury", "The Treasury's Office of Foreign Assets Control (OFAC)")
R("kestrel_star", "works_with", "iran_networks",
  "the tanker, the Kestrel Star, had carried Iranian crude \"for networks that raise money for Iran's military\"",
  source="ofac", ambiguous=True, qualifier="carried Iranian crude for them", alt_objects=["iran"],
  note="shipping for someone has no exact predicate")
R("iran_networks", "funded", "iran_military", "networks that raise money for Iran's military", source="ofac")
R("iran_military", "part_of", "iran", "Iran's military")
R("ofac", "targeted", "halcyon_tide", "also designated its registered owner, Halcyon Tide Shipping Ltd.",
  qualifier="sanctions designation", time="2026-03-10")
R("ofac", "targeted", "orvane", "its Dubai-based manager, Orvane Ship Management FZE", qualifier="sanctions designation",
  time="2026-03-10", note="object of 'also designated'")
R("ofac", "targeted", "kestrel_star", "also designated", implicit=True, qualifier="sanctions designation",
  time="2026-03-10", note="'also' presupposes the tanker's designation (the lead's sanctions)")
R("halcyon_tide", "controls", "kestrel_star", "its registered owner, Halcyon Tide Shipping Ltd.",
  qualifier="registered owner")
R("orvane", "controls", "kestrel_star", "its Dubai-based manager, Orvane Ship Management FZE",
  alt_predicates=["works_with"], qualifier="ship manager", ambiguous=True,
  note="managing a vessel on the owner's behalf; no exact predicate")
R("orvane", "located_in", "dubai", "its Dubai-based manager")
P3 = ("The Kestrel Star, built in South Korea in 2004 as the Nordic Aurelia, is one of hundreds of ageing vessels that "
      "analysts call a \"shadow fleet\": tankers with opaque owners and no mainstream insurance that move oil from "
      "sanctioned countries.")
R("kestrel_star", "member_of", "shadow_fleet",
  "is one of hundreds of ageing vessels that analysts call a \"shadow fleet\"", alt_predicates=["part_of"],
  note="the writer places the tanker in the set; the label is the analysts'")
FLAGS = "sailing under the flags of Liberia, Panama, Gabon and, since October, Comoros"
R("kestrel_star", "located_in", "liberia", FLAGS, qualifier="flag state", time="../2023", ambiguous=True,
  note="a ship's flag (registration) has no exact predicate (located_in with qualifier, as 'registered in' for "
       "companies in sanctions_company); first of four flags, until the 2023 change")
R("kestrel_star", "located_in", "panama", FLAGS, qualifier="flag state", time="2023/2024-04", ambiguous=True,
  note="until Panama's registry removed it in April 2024")
R("kestrel_star", "located_in", "gabon", FLAGS, qualifier="flag state", time="2024-05/2025-10", ambiguous=True,
  note="from about five weeks after April 2024 until the change to Comoros in October 2025")
R("kestrel_star", "located_in", "comoros", FLAGS, qualifier="flag state", time="2025-10/..", ambiguous=True)
P4 = ("Halcyon Tide was incorporated in the Marshall Islands in March 2023, two weeks before it bought the tanker for "
      "$19.5 million, according to documents seen by this newspaper.")
R("halcyon_tide", "located_in", "marshall_islands", "Halcyon Tide was incorporated in the Marshall Islands",
  source="documents", qualifier="incorporated in", time="2023-03")
R("halcyon_tide", "controls", "kestrel_star", "it bought the tanker for $19.5 million", source="documents",
  qualifier="owner (bought for $19.5 million)", time="2023/..")
P4B = ("The company is wholly owned by Sable Reach Holdings, registered in the Seychelles, whose sole director is "
       "Anatoly Zherdev, a Russian-born Cypriot businessman based in Dubai who until 2022 was a partner in the fuel "
       "trader Meridia Bunkering.")
R("sable_reach", "controls", "halcyon_tide", "The company is wholly owned by Sable Reach Holdings",
  qualifier="100% shareholder (wholly owned)",
  note="ownership with controls + share qualifier (as in sanctions_company); plain assertion, presumably from the "
       "same documents")
R("halcyon_tide", "part_of", "sable_reach", "The company is wholly owned by Sable Reach Holdings",
  alt_predicates=["controls"], qualifier="wholly owned subsidiary",
  note="subsidiary: part_of child -> parent (as business_bank_fraud_settlement)")
R("sable_reach", "located_in", "seychelles", "Sable Reach Holdings, registered in the Seychelles",
  qualifier="registered in")
R("anatoly_zherdev", "holds_position", "sable_reach", "whose sole director is Anatoly Zherdev", role="sole director",
  alt_predicates=["leader_of"])
R("anatoly_zherdev", "citizen_of", "cyprus", "a Russian-born Cypriot businessman", note="demonym")
R("anatoly_zherdev", "located_in", "dubai", "a Russian-born Cypriot businessman based in Dubai")
R("anatoly_zherdev", "holds_position", "meridia_bunkering",
  "until 2022 was a partner in the fuel trader Meridia Bunkering", role="partner", qualifier="former",
  time="../2022", alt_predicates=["member_of"])
P4C = ("A Treasury official who spoke on condition of anonymity said Zherdev \"is believed to be the beneficial owner of "
       "the entire structure\".")
R("treasury_official", "member_of", "us_treasury", "A Treasury official", alt_predicates=["holds_position"])
BENEF = "Zherdev \"is believed to be the beneficial owner of the entire structure\""
R("anatoly_zherdev", "controls", "sable_reach", BENEF, certainty="reported", source="treasury_official",
  certainty_cue="is believed to be", qualifier="beneficial owner",
  note="'the entire structure' = Sable Reach, Halcyon Tide and the tanker")
R("anatoly_zherdev", "controls", "halcyon_tide", BENEF, certainty="reported", source="treasury_official",
  certainty_cue="is believed to be", qualifier="beneficial owner", implicit=True)
R("anatoly_zherdev", "controls", "kestrel_star", BENEF, certainty="reported", source="treasury_official",
  certainty_cue="is believed to be", qualifier="beneficial owner", implicit=True)
R("ofac", "targeted", "anatoly_zherdev", "He was not himself designated on Tuesday.", polarity="negative",
  polarity_cue="not", qualifier="sanctions designation", time="2026-03-10",
  note="'He' = Zherdev; the designating body from context (OFAC; alt united_states)")
P5 = ("Zherdev, reached by phone in Dubai, said he had sold his stake in Sable Reach in late 2023 and had \"nothing to "
      "do with that ship\".")
R("anatoly_zherdev", "controls", "sable_reach", "said he had sold his stake in Sable Reach in late 2023",
  polarity="negative", source="anatoly_zherdev", stance="disputes", polarity_cue="sold his stake",
  qualifier="stake sold", time="2023/..",
  note="the writer: 'He offered no documents to support this, and the Seychelles company register still listed him'")
R("anatoly_zherdev", "controls", "kestrel_star", "had \"nothing to do with that ship\"", polarity="negative",
  source="anatoly_zherdev", stance="disputes", polarity_cue="nothing to do with", alt_predicates=["works_with"],
  note="disputed by the writer in the next sentence")
R("anatoly_zherdev", "located_in", "dubai", "Zherdev, reached by phone in Dubai", time="2026-03")
P5B = ("He offered no documents to support this, and the Seychelles company register still listed him as the sole "
       "director in January.")
R("anatoly_zherdev", "holds_position", "sable_reach",
  "the Seychelles company register still listed him as the sole director in January", role="sole director",
  source="seychelles_register", stance="endorses", time="2026-01",
  note="the writer uses the register against Zherdev's account")
R("seychelles_register", "located_in", "seychelles", "the Seychelles company register", implicit=True,
  alt_predicates=["part_of"])
P6 = ("Data from Tidemark Analytics, a London-based ship-tracking firm, show that the Kestrel Star took part in at "
      "least seven ship-to-ship transfers between October and January in waters east of Tanjung Sedili, a headland in "
      "the Malaysian state of Johor that has become a hub for such transfers.")
R("tidemark", "located_in", "london", "a London-based ship-tracking firm")
R("kestrel_star", "located_in", "sts_area",
  "the Kestrel Star took part in at least seven ship-to-ship transfers between October and January in waters east of "
  "Tanjung Sedili", source="tidemark", stance="endorses", time="2025-10/2026-01",
  note="factive frame 'Data from ... show': the writer endorses")
R("sts_area", "located_in", "tanjung_sedili", "waters east of Tanjung Sedili", qualifier="east of", ambiguous=True,
  note="waters off the headland, not on it")
R("tanjung_sedili", "located_in", "johor", "Tanjung Sedili, a headland in the Malaysian state of Johor")
R("johor", "located_in", "malaysia", "the Malaysian state of Johor", qualifier="state")
P6B = ("The firm says the tanker appears to have switched off its transponder, the automatic identification system "
       "(AIS) that broadcasts a ship's position, for 11 days in December, when it is believed to have loaded crude at "
       "Kharg Island, Iran's main oil terminal.")
R("kestrel_star", "located_in", "kharg_island", "it is believed to have loaded crude at Kharg Island",
  certainty="reported", source="tidemark", certainty_cue="is believed to have", time="2025-12",
  note="'is believed to' = hearsay marker (reported, the seed gold's convention; alt probable)")
R("kharg_island", "located_in", "iran", "Kharg Island, Iran's main oil terminal")
Q7 = ("\"The ship goes dark in the Gulf and turns up off Malaysia sitting much lower in the water,\" said Ingrid "
      "Solheim, Tidemark's head of research.")
R("ingrid_solheim", "holds_position", "tidemark", "Ingrid Solheim, Tidemark's head of research",
  role="head of research")
R("kestrel_star", "located_in", "the_gulf", "The ship goes dark in the Gulf", source="ingrid_solheim",
  note="'The ship' = the Kestrel Star; habitual present describing the December voyage")
R("kestrel_star", "located_in", "malaysia", "turns up off Malaysia", source="ingrid_solheim", qualifier="off",
  ambiguous=True, note="off the coast, not in the country")
P8 = ("Solheim correctly noted that the tanker's draught rose from 8.9 metres to 14.6 metres during the gap; the ship's "
      "own broadcast data confirm both figures.")
P8B = "Tidemark estimates that the Kestrel Star moved about 4.2 million barrels in the transfers."
P8C = ("OFAC put the figure at \"more than 5 million barrels\" since mid-2025, without saying how it was calculated.")
P9 = ("The Malaysian Maritime Enforcement Agency (MMEA) detained the tanker on Feb. 19 after it anchored without "
      "permission about 18 nautical miles off Tanjung Sedili.")
R("mmea", "located_in", "malaysia", "Malaysian Maritime Enforcement Agency", implicit=True,
  alt_predicates=["part_of"], note="the country's agency (name)")
R("mmea", "targeted", "kestrel_star", "The Malaysian Maritime Enforcement Agency (MMEA) detained the tanker on Feb. 19",
  qualifier="detained", time="2026-02-19", ambiguous=True, note="detention; no exact predicate")
R("kestrel_star", "located_in", "tanjung_sedili", "it anchored without permission about 18 nautical miles off Tanjung "
  "Sedili", qualifier="anchored about 18 nautical miles off", time="2026-02-19", ambiguous=True)
P9B = ("Maritime First Admiral Roslan Hamid, the agency's director for Johor, said inspectors who boarded the ship found "
       "no valid insurance certificate and two lifeboats that could not be launched.")
R("roslan_hamid", "holds_position", "mmea", "Maritime First Admiral Roslan Hamid, the agency's director for Johor",
  role="director for Johor", qualifier="rank: Maritime First Admiral")
R("inspectors", "member_of", "mmea", "inspectors who boarded the ship", source="roslan_hamid", implicit=True)
R("inspectors", "located_in", "kestrel_star", "inspectors who boarded the ship", source="roslan_hamid",
  qualifier="boarded", ambiguous=True)
P9C = "The master, a 58-year-old Indian national, and 23 crew members were on board."
R("master", "citizen_of", "india", "a 58-year-old Indian national")
R("master", "holds_position", "kestrel_star", "The master, a 58-year-old Indian national", role="master",
  implicit=True, qualifier="ship's master (captain)", note="vessel from context")
R("master", "located_in", "kestrel_star", P9C, qualifier="on board", time="2026-02-19")
R("crew", "located_in", "kestrel_star", P9C, qualifier="on board", time="2026-02-19")
R("crew", "member_of", "kestrel_star", "23 crew members", implicit=True, ambiguous=True,
  note="the ship's crew; vessel typed Location")
Q10 = ("\"We will not let our waters become a parking lot for ships that cannot show who owns them or who pays if they "
       "leak,\" Roslan told reporters in Johor Bahru on Monday.")
R("roslan_hamid", "located_in", "johor_bahru", "Roslan told reporters in Johor Bahru on Monday", time="2026-03-09")
R("johor_bahru", "located_in", "johor", "Johor Bahru", implicit=True)
P10B = "The master was charged last week with anchoring without permission and pleaded not guilty, he said."
P11 = ("The master allegedly told inspectors that he had been ordered to keep the transponder off near the coast, "
       "according to a person familiar with the investigation.")
P12 = ("Marcus Leung, a Hong Kong-based lawyer for the company, said in a statement that the Kestrel Star \"has never "
       "carried Iranian oil\" and that its cargoes came from \"legitimate suppliers in the Middle East\".")
R("marcus_leung", "works_with", "halcyon_tide", "a Hong Kong-based lawyer for the company", qualifier="legal counsel",
  note="as 'A lawyer for Veshnyakov' in sanctions_company")
R("marcus_leung", "located_in", "hong_kong", "a Hong Kong-based lawyer")
R("kestrel_star", "works_with", "iran_networks", "the Kestrel Star \"has never carried Iranian oil\"",
  polarity="negative", source="marcus_leung", polarity_cue="never", implicit=True, ambiguous=True,
  alt_objects=["iran"], qualifier="carrying Iranian oil",
  note="denies OFAC's claim that the tanker carried Iranian crude for the networks")
R("suppliers", "works_with", "kestrel_star",
  "its cargoes came from \"legitimate suppliers in the Middle East\"", source="marcus_leung",
  qualifier="supplied its cargoes", ambiguous=True)
R("suppliers", "located_in", "middle_east", "legitimate suppliers in the Middle East", source="marcus_leung")
P12B = "He said the transponder had failed because of a technical fault and was repaired in Fujairah."
R("kestrel_star", "located_in", "fujairah", "was repaired in Fujairah", source="marcus_leung", implicit=True,
  qualifier="transponder repaired there", note="the repair implies the ship called there (time not stated)")
P12C = ("Leung also said the tanker \"has always sailed under a valid flag\". That is not the case: Panama's registry "
        "removed the vessel in April 2024, and it sailed without a valid flag for about five weeks before it was "
        "entered in Gabon's register, records of both registries show.")
REC = ("Panama's registry removed the vessel in April 2024, and it sailed without a valid flag for about five weeks "
       "before it was entered in Gabon's register, records of both registries show.")
R("panama_registry", "targeted", "kestrel_star", "Panama's registry removed the vessel in April 2024",
  source="panama_registry", stance="endorses", qualifier="removed from the register (deregistered)",
  time="2024-04", ambiguous=True, note="writer's counter-evidence to Leung, from the registries' records")
R("kestrel_star", "located_in", "gabon", "it was entered in Gabon's register", source="gabon_registry",
  stance="endorses", qualifier="flag state (entered in the register)", time="2024-05/..", ambiguous=True)
R("panama_registry", "part_of", "panama", "Panama's registry", alt_predicates=["located_in"])
R("gabon_registry", "part_of", "gabon", "Gabon's register", alt_predicates=["located_in"])
P14 = ("On Aug. 14, 2019, as the Nordic Aurelia, it collided with a container ship in the Singapore Strait, and fuel oil "
       "washed up on the Indonesian island of Batam two days later.")
R("kestrel_star", "located_in", "singapore_strait", "it collided with a container ship in the Singapore Strait",
  time="2019-08-14")
R("batam", "located_in", "indonesia", "the Indonesian island of Batam")
P14B = ("The Maritime and Port Authority of Singapore (MPA) said at the time that about 40 tonnes had leaked; the Riau "
        "Islands Coastal Alliance, an Indonesian environmental group, estimated the spill at up to 150 tonnes.")
R("mpa", "located_in", "singapore", "Maritime and Port Authority of Singapore", implicit=True,
  alt_predicates=["part_of"], note="Singapore's authority (name)")
R("rica", "located_in", "indonesia", "an Indonesian environmental group")
P14C = "The ship was then owned by Aegeus Tankers, a Greek company based in Piraeus, which sold it to Halcyon Tide in 2023."
R("aegeus_tankers", "controls", "kestrel_star", "The ship was then owned by Aegeus Tankers", qualifier="owner",
  time="../2023", note="'then' = 2019; owner until the 2023 sale")
R("aegeus_tankers", "located_in", "piraeus", "a Greek company based in Piraeus")
R("aegeus_tankers", "located_in", "greece", "a Greek company", note="demonym")
R("piraeus", "located_in", "greece", "a Greek company based in Piraeus", implicit=True)
R("halcyon_tide", "controls", "kestrel_star", "which sold it to Halcyon Tide in 2023", qualifier="owner (bought)",
  time="2023/..")
P15 = ("A senior Malaysian official who asked not to be named because he was not authorised to speak publicly said the "
       "government was drafting rules that would require tankers anchoring off Johor to show proof of insurance, and "
       "that the Kestrel Star's detention \"may be the first of several\".")
R("malaysian_official", "member_of", "malaysian_government", "A senior Malaysian official", implicit=True,
  alt_predicates=["holds_position"])
R("malaysian_government", "located_in", "malaysia", "the government", implicit=True, alt_predicates=["part_of"],
  note="the Malaysian government (a country's government and its demonym: located_in, as diplomacy_ceasefire_talks)")
P16 = ("\"They are sold, renamed and re-flagged, and within months they are back at work,\" said Farah Iskandar, a "
       "researcher at the Straits Maritime Institute in Singapore.")
R("farah_iskandar", "holds_position", "straits_institute",
  "Farah Iskandar, a researcher at the Straits Maritime Institute in Singapore", role="researcher",
  alt_predicates=["member_of"])
R("straits_institute", "located_in", "singapore", "the Straits Maritime Institute in Singapore")
P17 = "The Kestrel Star remained at anchor under guard off Johor on Wednesday, according to Tidemark's data."
R("kestrel_star", "located_in", "johor", "The Kestrel Star remained at anchor under guard off Johor on Wednesday",
  source="tidemark", qualifier="at anchor off", time="2026-03-11", ambiguous=True)

# -------------------------------------------------------------- attributions
A = g.attr
A(HEAD, "halcyon_tide", "denies", False, polarity="negative", content="Iran link",
  note="headline: the owner's denial, made through its lawyer (paragraph 12)")
A(LEAD, "us_treasury", "said", False, on_behalf_of="united_states")
A(P2, "ofac", "said", False, partial_quote=True, on_behalf_of="us_treasury",
  content="the tanker, the Kestrel Star, had carried Iranian crude \"for networks that raise money for Iran's "
          "military\"", note="the designation itself ('and also designated') is the writer's report of an act")
A("one of hundreds of ageing vessels that analysts call a \"shadow fleet\"", "analysts", "call", False,
  partial_quote=True, content="\"shadow fleet\"", note="the label is the analysts' (scare quotes)")
A(P4, "documents", "according to", False)
A(P4C, "treasury_official", "said", False, partial_quote=True,
  note="unnamed official; not on behalf of the Treasury (spoke on condition of anonymity)")
A(P5, "anatoly_zherdev", "said", False, partial_quote=True, polarity="negative",
  content="he had sold his stake in Sable Reach in late 2023 and had \"nothing to do with that ship\"",
  note="a denial of control; disputed by the writer (stance s02)")
A("the Seychelles company register still listed him as the sole director in January", "seychelles_register", "listed",
  False, note="documentary source (cf. 'DSI's public register ... lists' in wire_flood_evacuation)")
A(P6, "tidemark", "Data from Tidemark Analytics, a London-based ship-tracking firm, show", False,
  content="the Kestrel Star took part in at least seven ship-to-ship transfers between October and January in waters "
          "east of Tanjung Sedili", note="nominal frame 'data from X show' (factive: also stance s01)")
A(P6B, "tidemark", "says", False)
A(Q7, "ingrid_solheim", "said", True, on_behalf_of="tidemark")
A("\"It tells you the ship took on a full cargo somewhere it did not want to be seen.\"", "ingrid_solheim", "said",
  True, cue_ctx="water,\" said Ingrid", continuation=True, on_behalf_of="tidemark",
  note="quote continued after the attribution")
A("Solheim correctly noted that the tanker's draught rose from 8.9 metres to 14.6 metres during the gap",
  "ingrid_solheim", "noted", False, on_behalf_of="tidemark", note="endorsed by the writer ('correctly', stance s03)")
A("the ship's own broadcast data confirm both figures", "ais_data", "confirm", False)
A(P8B, "tidemark", "estimates", False)
A(P8C, "ofac", "put", False, partial_quote=True, on_behalf_of="us_treasury",
  content="the figure at \"more than 5 million barrels\" since mid-2025")
A(P9B, "roslan_hamid", "said", False, on_behalf_of="mmea")
A(Q10, "roslan_hamid", "told", True, on_behalf_of="mmea")
A(P10B, "roslan_hamid", "he said", False, on_behalf_of="mmea")
A(P11, "master", "told", False, via=["person_familiar"],
  content="he had been ordered to keep the transponder off near the coast",
  note="reported speech inside the unnamed source's account, hedged 'allegedly'")
A(P11, "person_familiar", "according to", False)
A("Halcyon Tide rejects the accusations.", "halcyon_tide", "rejects", False, polarity="negative",
  content="the accusations")
A(P12, "marcus_leung", "said", False, partial_quote=True, polarity="negative", on_behalf_of="halcyon_tide",
  note="cue 'said in a statement'")
A(P12B, "marcus_leung", "He said", False, on_behalf_of="halcyon_tide")
A("Leung also said the tanker \"has always sailed under a valid flag\".", "marcus_leung", "said", False,
  partial_quote=True, on_behalf_of="halcyon_tide", note="disputed by the writer ('That is not the case', stance s05)")
A(REC, "panama_registry", "show", False, note="'records of both registries show': one attribution per registry")
A(REC, "gabon_registry", "show", False, note="'records of both registries show': one attribution per registry")
A("Leung said the company would challenge the designation.", "marcus_leung", "said", False,
  on_behalf_of="halcyon_tide")
A("Orvane did not respond to requests for comment.", "orvane", "did not respond", False,
  note="no content: a non-response")
A(P14B, "mpa", "said", False, content="about 40 tonnes had leaked", note="'said at the time' (2019)")
A(P14B, "rica", "estimated", False, content="the spill at up to 150 tonnes")
A(P15, "malaysian_official", "said", False, partial_quote=True, on_behalf_of="malaysian_government")
A("Analysts doubt that sanctions alone will keep the ship idle.", "analysts", "doubt", False,
  content="sanctions alone will keep the ship idle")
A(P16, "farah_iskandar", "said", True)
A(P17, "tidemark", "according to", False, note="'according to Tidemark's data'")

# ------------------------------------------------------------------- hedges
H = g.hedge
H("is believed to be", "Zherdev \"is believed to be the beneficial owner of the entire structure\"", "reported",
  note="inside the unnamed official's quote")
H("appears to have", "the tanker appears to have switched off its transponder", "probable")
H("is believed to have", "it is believed to have loaded crude at Kharg Island", "reported",
  note="hearsay marker within the firm's account (alt probable)")
H("allegedly", "The master allegedly told inspectors", "reported")
H("would challenge", "Leung said the company would challenge the designation", "probable",
  note="stated intention (future), as 'would appeal' in labour_port_strike")
H("may be", "the Kestrel Star's detention \"may be the first of several\"", "possible")
H("doubt", "Analysts doubt that sanctions alone will keep the ship idle", "uncertain")
H("is due to", "The case is due to be heard on April 7", "probable", note="scheduled (future)")

# ------------------------------------------------------------------ stances
S = g.stance
S(P6, "tidemark", "endorses", "Data from Tidemark Analytics, a London-based ship-tracking firm, show",
  note="factive nominal frame ('Data from X show'), as in business_bank_fraud_settlement")
S(P5B, "anatoly_zherdev", "disputes", "He offered no documents to support this",
  note="the writer's verdict on Zherdev's claim that he sold his stake in late 2023; backed by the register still "
       "listing him as sole director in January")
S(P8, "ingrid_solheim", "endorses", "correctly noted",
  note="the writer's own judgement ('correctly'), backed by 'the ship's own broadcast data confirm both figures'")
S(P8C, "ofac", "disputes", "without saying how it was calculated", stance_strength="weak", ambiguous=True,
  note="implicit doubt about OFAC's unexplained larger figure (alt: neutral), as 'She did not provide the document' in "
       "factcheck_vaccine_claim")
S("Leung also said the tanker \"has always sailed under a valid flag\". That is not the case", "marcus_leung",
  "disputes", "That is not the case",
  note="the writer states the lawyer's claim is false, citing the two registries' records")

# ------------------------------------------------------------------- events
V = g.event
V("us_sanctions_2026", "other", "2026-03-10", None, {},
  [("united_states", "actor"), ("us_treasury", "actor"), ("ofac", "actor"), ("kestrel_star", "target"),
   ("halcyon_tide", "target"), ("orvane", "target"),
   ("anatoly_zherdev", "target", {"polarity": "negative", "qualifier": "not designated"})],
  LEAD, subtype="sanction: OFAC designation of the tanker, its registered owner and its manager",
  source="us_treasury", place_alt=["united_states"],
  note="announced Tuesday 2026-03-10 ('said on Tuesday'; 'not himself designated on Tuesday'); the company will "
       "challenge it (Leung)")
V("sts_transfers", "other", "2025-10/2026-01", "sts_area", {"transfers": 7, "barrels": 4200000},
  [("kestrel_star", "actor")],
  "the Kestrel Star took part in at least seven ship-to-ship transfers between October and January in waters east of "
  "Tanjung Sedili", subtype="transfer: ship-to-ship oil transfers (no DESIGN word; 'transfer' leads)",
  source="tidemark", place_alt=["tanjung_sedili", "johor", "malaysia"],
  note="'at least seven'; 'between October and January' = 2025-10/2026-01. Competing volumes: Tidemark about 4.2 "
       "million barrels in these transfers; OFAC 'more than 5 million barrels' since mid-2025 (a longer period)",
  numbers_by_source=[
      {"source": "tidemark", "time": "2025-10/2026-01", "numbers": {"transfers": 7, "barrels": 4200000},
       "qualifier": "'at least seven' transfers; 'about' 4.2 million barrels (estimate)",
       "evidence": "Tidemark estimates that the Kestrel Star moved about 4.2 million barrels in the transfers"},
      {"source": "ofac", "time": "2025/2026-03-10", "numbers": {"barrels": 5000000},
       "qualifier": "'more than 5 million barrels' since mid-2025; method not given",
       "evidence": "OFAC put the figure at \"more than 5 million barrels\" since mid-2025"}])
V("ais_gap_2025", "other", "2025-12", None, {"duration_days": 11, "draught_before_m": 8.9, "draught_after_m": 14.6},
  [("kestrel_star", "actor"),
   ("master", "actor", {"source": "master", "via": ["person_familiar"], "certainty": "reported",
                        "qualifier": "ordered to keep the transponder off near the coast"})],
  "the tanker appears to have switched off its transponder",
  subtype="AIS shutdown: transponder apparently switched off for 11 days (no DESIGN word; 'AIS shutdown' leads)",
  source="tidemark", certainty="probable", place_alt=["the_gulf"],
  note="'appears to have' (Tidemark); Leung: the transponder 'had failed because of a technical fault' (repaired in "
       "Fujairah) - a competing account of the same gap; draught 8.9 m -> 14.6 m during the gap (Solheim, confirmed "
       "by the broadcast data)")
V("kharg_loading_2025", "other", "2025-12", "kharg_island", {},
  [("kestrel_star", "actor")], "it is believed to have loaded crude at Kharg Island",
  subtype="loading: crude oil loaded at Iran's main oil terminal (no DESIGN word; 'loading' leads)",
  source="tidemark", certainty="reported",
  note="'when it is believed to have loaded' = during the December gap; Leung: the tanker 'has never carried Iranian "
       "oil' (negative, source marcus_leung)")
V("tanker_detention_2026", "other", "2026-02-19", "tanjung_sedili", {"crew_members": 23, "distance_nm": 18},
  [("mmea", "actor"), ("kestrel_star", "target"), ("master", "target"), ("crew", "target")],
  "The Malaysian Maritime Enforcement Agency (MMEA) detained the tanker on Feb. 19",
  subtype="arrest: detention of the tanker after it anchored without permission (a ship's 'arrest')",
  place_alt=["johor", "malaysia"],
  note="'last month' (lead) = 2026-02; about 18 nautical miles off Tanjung Sedili; 23 crew members plus the master "
       "on board; the tanker still at anchor under guard on 2026-03-11")
V("inspection_2026", "other", "2026-02", "kestrel_star", {"unusable_lifeboats": 2},
  [("inspectors", "actor"), ("mmea", "actor"), ("kestrel_star", "target")], P9B,
  subtype="investigation: inspection on board (no valid insurance certificate; two lifeboats could not be launched)",
  source="roslan_hamid", place_alt=["tanjung_sedili"],
  note="date not stated; boarding tied to the detention (2026-02-19, alt)", alt_dates=["2026-02-19"])
V("mmea_investigation", "other", "2026-02-19/2026-03-12", None, {},
  [("mmea", "actor"), ("kestrel_star", "target"), ("master", "target")],
  "a person familiar with the investigation", subtype="investigation: the MMEA's investigation of the tanker",
  note="start inferred from the detention; ongoing at publication")
V("master_charge_2026", "other", "2026-W10", None, {},
  [("master", "defendant")], P10B,
  subtype="charge: master charged with anchoring without permission; pleaded not guilty",
  source="roslan_hamid",
  note="'last week' = ISO week 10 of 2026 (2026-03-02/08); court and prosecuting body not named; hearing due "
       "2026-04-07 (future: not an event)")
V("tanker_renaming", "renaming", "2023", None, {},
  [("kestrel_star", "target"), ("halcyon_tide", "actor", {"implicit": True})],
  "it has changed its name once",
  subtype="vessel renamed Nordic Aurelia -> Kestrel Star",
  note="'Since 2023' and the purchase by Halcyon Tide in 2023; the exact date is not stated")
V("halcyon_founding_2023", "other", "2023-03", "marshall_islands", {},
  [("halcyon_tide", "result")], "Halcyon Tide was incorporated in the Marshall Islands in March 2023",
  subtype="founding: incorporation of the owning company", source="documents")
V("tanker_purchase_2023", "other", "2023", None, {"price_usd": 19500000},
  [("halcyon_tide", "payer"), ("aegeus_tankers", "recipient"), ("kestrel_star", "target")],
  "two weeks before it bought the tanker for $19.5 million",
  subtype="acquisition: purchase of the tanker from Aegeus Tankers", source="documents",
  alt_dates=["2023-03", "2023-04"],
  note="two weeks after the March 2023 incorporation (late March or April 2023); 'which sold it to Halcyon Tide in "
       "2023' (paragraph 14) is the same sale")
V("zherdev_stake_sale", "other", "2023", None, {},
  [("anatoly_zherdev", "actor", {"source": "anatoly_zherdev"}), ("sable_reach", "target")],
  "he had sold his stake in Sable Reach in late 2023",
  subtype="acquisition: sale of a stake (claimed; buyer not named)", source="anatoly_zherdev",
  author_stance="disputes", mod="END",
  note="claimed by Zherdev only; the writer: no documents, register still lists him in January 2026")
V("panama_deregistration_2024", "other", "2024-04", None, {},
  [("panama_registry", "actor"), ("kestrel_star", "target")],
  "Panama's registry removed the vessel in April 2024",
  subtype="deregistration: removal from Panama's flag registry (no DESIGN word; 'deregistration' leads)",
  source="panama_registry", place_alt=["panama"])
V("gabon_registration_2024", "other", "2024-05", None, {"weeks_without_flag": 5},
  [("gabon_registry", "actor"), ("kestrel_star", "target")],
  "it sailed without a valid flag for about five weeks before it was entered in Gabon's register",
  subtype="reflagging: entered in Gabon's register after about five weeks without a valid flag (no DESIGN word)",
  source="gabon_registry", alt_dates=["2024-06"], place_alt=["gabon"],
  note="about five weeks after the April 2024 removal: May (or early June) 2024")
V("comoros_reflagging_2025", "other", "2025-10", None, {},
  [("kestrel_star", "target")], "since October, Comoros",
  subtype="reflagging: flag changed from Gabon to Comoros (no DESIGN word)", place_alt=["comoros"],
  note="the third flag change since 2023 ('its flag three times': Liberia -> Panama in 2023, Panama -> Gabon in 2024, "
       "Gabon -> Comoros in 2025); the 2023 change to Panama is not dated beyond 'Since 2023' and is not a separate "
       "record")
V("tanker_build_2004", "other", "2004", "south_korea", {},
  [("kestrel_star", "result")], "built in South Korea in 2004 as the Nordic Aurelia",
  subtype="construction: the tanker built as the Nordic Aurelia (no DESIGN word; 'construction' leads)")
V("collision_2019", "other", "2019-08-14", "singapore_strait", {},
  [("kestrel_star", "actor", {"qualifier": "as the Nordic Aurelia"}), ("container_ship", "actor"),
   ("aegeus_tankers", "actor", {"qualifier": "owner at the time", "implicit": True})],
  "it collided with a container ship in the Singapore Strait",
  subtype="disaster: collision between the tanker and a container ship")
V("spill_2019", "other", "2019-08-14/2019-08-16", "singapore_strait", {"spilled_tonnes": 40},
  [("kestrel_star", "actor", {"qualifier": "source of the fuel oil"})],
  "fuel oil washed up on the Indonesian island of Batam two days later",
  subtype="disaster: fuel oil spill from the collision, washed ashore on Batam", place_alt=["batam", "indonesia"],
  note="from the collision on 2019-08-14 to the oil reaching Batam 'two days later' (2019-08-16). Competing figures: "
       "the MPA about 40 tonnes (at the time) vs the Riau Islands Coastal Alliance up to 150 tonnes; 'numbers' keep "
       "the authority's figure",
  numbers_by_source=[
      {"source": "mpa", "time": "2019-08", "numbers": {"spilled_tonnes": 40}, "qualifier": "about",
       "evidence": "about 40 tonnes had leaked"},
      {"source": "rica", "numbers": {"spilled_tonnes": 150}, "qualifier": "up to",
       "evidence": "estimated the spill at up to 150 tonnes"}])

# ------------------------------------------------------------------ timexes
T = g.timex
T("March 12, 2026", "2026-03-12", function="publication_date")
T("last month", "2026-02")
T("Tuesday", "2026-03-10", ctx="the U.S. Treasury Department said on Tuesday")
T("2004", "2004")
T("2023", "2023", ctx="Since 2023 it has", signal="since")
T("October", "2025-10", ctx="since October, Comoros", signal="since")
T("March 2023", "2023-03")
T("two weeks", "P2W", type="duration", note="'two weeks before it bought the tanker' (anchored on March 2023)")
T("2022", "2022", signal="until")
T("Tuesday", "2026-03-10", ctx="designated on Tuesday")
T("late 2023", "2023", mod="END", alt_values=["2023-Q4"])
T("January", "2026-01", ctx="sole director in January")
T("October", "2025-10", ctx="between October and January")
T("January", "2026-01", ctx="October and January in waters")
T("11 days", "P11D", type="duration")
T("December", "2025-12")
T("mid-2025", "2025", mod="MID", signal="since")
T("Feb. 19", "2026-02-19")
T("Monday", "2026-03-09")
T("last week", "2026-W10", note="the week before the week of 2026-03-12 (ISO week 11)")
T("April 7", "2026-04-07")
T("April 2024", "2024-04")
T("about five weeks", "P5W", type="duration", mod="APPROX")
T("Aug. 14, 2019", "2019-08-14")
T("two days later", "2019-08-16", anchor="2019-08-14")
T("at the time", "2019-08", anaphoric=True, note="the MPA's statement at the time of the 2019 spill")
T("2023", "2023", ctx="to Halcyon Tide in 2023")
T("Wednesday", "2026-03-11")

# ------------------------------------------------------------------- notes
g.notes += [
    "FICTIONAL dev document (own wording), written for benchmarks/devset and annotated by hand before any claimgraph "
    "run: the Kestrel Star / Nordic Aurelia, Halcyon Tide Shipping, Orvane Ship Management, Sable Reach Holdings, "
    "Meridia Bunkering, Tidemark Analytics, Aegeus Tankers, the Riau Islands Coastal Alliance, the Straits Maritime "
    "Institute, Anatoly Zherdev, Ingrid Solheim, Roslan Hamid, Marcus Leung, Farah Iskandar and every event are "
    "invented; Kuala Lumpur, Malaysia, Johor, Tanjung Sedili, Johor Bahru, Kharg Island, Iran, South Korea, Liberia, "
    "Panama, Gabon, Comoros, the Marshall Islands, the Seychelles, Dubai, Fujairah, Hong Kong, London, the Singapore "
    "Strait, Batam, Singapore and Piraeus are real places; the U.S. Treasury, OFAC, the MMEA, the MPA and the Panamanian "
    "and Gabonese registries are real bodies, but every statement and action attributed to them here is fictional. "
    "errors: none (the tanker's age fits: built 2004, '22-year-old' in 2026).",
    "published = dateline 2026-03-12 (Thursday): 'Tuesday' (x2) = 2026-03-10 (designation), 'Monday' = 2026-03-09 "
    "(Roslan's briefing), 'Wednesday' = 2026-03-11 (still at anchor), 'last month' = 2026-02 (= 'Feb. 19' 2026-02-19, "
    "detention), 'last week' = 2026-W10 (charge), 'April 7' = 2026-04-07 (hearing, future), 'between October and "
    "January' = 2025-10/2026-01 and 'December' = 2025-12 (tracking data), 'since October' = 2025-10 (Comoros flag), "
    "'in January' = 2026-01 (register), 'since mid-2025' (OFAC's figure), 'late 2023' (Zherdev's sale, mod END), "
    "'two days later' anchored on 'Aug. 14, 2019' = 2019-08-16, 'at the time' = 2019-08 (anaphoric).",
    "Not timexes: ages ('22-year-old', '58-year-old'), 'within months' (generic, in a quote), 'then' ('was then "
    "owned', anaphoric to 2019 without a date of its own), 'once', 'again'.",
    "Aliases: 'Office of Foreign Assets Control (OFAC)', 'Malaysian Maritime Enforcement Agency (MMEA)', 'Maritime and "
    "Port Authority of Singapore (MPA)' - acronyms in brackets; 'the automatic identification system (AIS)' is a "
    "technical acronym, not an entity. The tanker: 'Kestrel Star', former name 'Nordic Aurelia' (one vessel: alias, "
    "with a 'renaming' event), 'Ageing tanker' (headline), 'a 22-year-old oil tanker', 'the tanker', 'the vessel', "
    "'the ship', 'that ship' (Zherdev). Halcyon Tide: 'owner' (headline), 'the Marshall Islands company that owns it', "
    "'its registered owner', 'The company' / 'the company'. 'Malaysian authorities' (lead) = the MMEA = 'the agency'. "
    "Persons named in full then by surname: Zherdev, Solheim, Leung; Roslan Hamid by his given name 'Roslan' (Malay "
    "naming). 'The firm' = Tidemark.",
    "Vessels are typed Location (facility-like places that are boarded, inspected, detained and anchored); flags are "
    "encoded as located_in with qualifier 'flag state' and a time span, ambiguous=True (no flag predicate), like "
    "'registered in' for companies in sanctions_company.",
    "Attributions: nominal frames 'Data from Tidemark Analytics ... show' (factive: stance endorses, as 'Data from the "
    "Bank of Latvia show' in business_bank_fraud_settlement), 'according to documents seen by this newspaper', "
    "'records of both registries show' (two attributions, one per registry, as 'Each side accused' in "
    "diplomacy_ceasefire_talks), 'the Seychelles company register still listed', 'the ship's own broadcast data "
    "confirm', 'according to Tidemark's data'; Solheim's quote continued after 'said' (continuation=True); the "
    "master's words reach the reader through 'a person familiar with the investigation' (via) and 'allegedly'; "
    "denials ('denies' in the headline, 'rejects the accusations', Leung's 'has never carried', Zherdev's 'nothing to "
    "do with') carry polarity negative; Orvane's non-response carries no content; the unnamed Treasury official and "
    "Malaysian official are Person sources.",
    "Certainty per source: 'is believed to be' (official) and 'is believed to have' (firm) = reported (hearsay markers, "
    "the seed gold's convention; alt probable); 'appears to have' = probable; 'allegedly' = reported; 'may be' = "
    "possible; 'doubt' = uncertain; 'would challenge' (stated intention) and 'is due to' (scheduled) = probable. "
    "Approximators ('about', 'at least', 'more than', 'up to') and the estimating verbs of figures ('estimates', "
    "'estimated', recorded as attribution cues) are not hedges; 'would require' is the content of draft rules.",
    "Author stances (5): endorses Tidemark's data (factive 'show'); disputes Zherdev ('He offered no documents to support "
    "this', with the register's listing as counter-evidence); endorses Solheim ('correctly noted', backed by 'the ship's "
    "own broadcast data confirm both figures'); weakly disputes OFAC's larger figure ('without saying how it was "
    "calculated', ambiguous); disputes Leung's 'has always sailed under a valid flag' ('That is not the case', with the "
    "registries' records). The relations carrying these judgements have author_stance set (Zherdev's negative "
    "controls: disputes; register, Tidemark and registry relations: endorses). The scare quotes around 'shadow fleet' "
    "mark the analysts' label, not a stance.",
    "Relations with no exact predicate, nearest kept and flagged ambiguous: sanctions designation and detention "
    "(targeted, qualifier), deregistration by a registry (targeted), ship management (controls, alt works_with), "
    "carrying cargo for someone / supplying cargo (works_with), a flag (located_in + qualifier flag state), 'off' a "
    "coast or headland (located_in, qualifier off/east of). Ownership: controls (+ qualifier owner, registered owner, "
    "100% shareholder, beneficial owner) parent -> child and part_of child -> parent for the wholly owned subsidiary. "
    "Titles: sole director (holds_position x2: the writer's and the register's), partner (former, until 2022), head of "
    "research, director for Johor (rank in qualifier), master (vessel as object), researcher; the lawyer works_with "
    "the company (as 'A lawyer for Veshnyakov' in sanctions_company). 'Russian-born' (birthplace) has no predicate and "
    "is not encoded; 'Cypriot' and 'Indian national' give citizen_of.",
    "Event types: validate_gold.py's list is followed; 'renaming' (Nordic Aurelia -> Kestrel Star) is in it; DESIGN "
    "types it lacks are 'other' with the DESIGN word leading the subtype: sanction (OFAC designation), arrest (the "
    "tanker's detention: a ship's arrest), investigation (inspection on board; the MMEA's investigation), charge (the "
    "master), founding (Halcyon Tide's incorporation), acquisition (the 2023 purchase; Zherdev's claimed stake sale, "
    "author_stance disputes), disaster (2019 collision; the spill with competing figures); where DESIGN has no word the "
    "subtype leads with its own (transfer, AIS shutdown, loading, deregistration, reflagging, construction). Future "
    "happenings (the hearing on April 7, the challenge to the designation, draft rules on insurance, further "
    "detentions) are not events; the 2023 reflagging from Liberia to Panama is only implied by 'its flag three times' "
    "and is not a separate record.",
    "cross_doc: not applicable (unrelated domain; sanctions_company in the shared gold is a different fictional case).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
