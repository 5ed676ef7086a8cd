#!/usr/bin/env python3
"""Hand annotation of devset/docs/wire_flood_evacuation.txt (fictional breaking-news wire story).

Written before any claimgraph run on the article. Builds the gold JSON with the shared
goldlib builder and writes it to devset/gold/wire_flood_evacuation.json.
"""
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[3]  # project root (/work/main)


from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "wire_flood_evacuation"
DEVSET = HERE.parents[1]
PUB = "2024-09-16"  # dateline: RIZE, Turkey, Sept. 16, 2024 (a Monday)
g = Gold(DEVSET / "docs" / f"{NAME}.txt", PUB)

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("turkey", "Location", ["Turkey"], ["northeastern Turkey"],
  note="'Turkish' also occurs inside the names of the Red Crescent and the meteorological service")
E("rize_city", "Location", ["RIZE"], note="dateline city (provincial capital); 'Rize’s state hospital' is in it")
E("rize_province", "Location", ["Rize province", "Rize"],
  note="'Turkey’s Rize' (headline), 'Rize province', 'Prosecutors in Rize', 'dams in Rize'; the bare name is "
       "shared with the city (dateline 'RIZE'), so a project entity 'Rize' maps to both")
E("kackarli_town", "Location", ["Kaçkarlı"], ["the town of Kaçkarlı"], fictional=True,
  note="district seat where the governor spoke")
E("kackarli_district", "Location", ["Kaçkarlı district"], fictional=True,
  note="'The government declared Kaçkarlı a disaster zone' refers to the district (bare 'Kaçkarlı' kept "
       "in the town's names only)")
E("narrow_valley", "Location", ["a narrow valley in Rize province", "the valley road"],
  name_kind="descriptive", note="the unnamed valley below the dam; 'the valley road' is its road")
E("derinsu", "Location", ["Derinsu"], ["the villages of Derinsu and Taşlıca"], fictional=True)
E("taslica", "Location", ["Taşlıca"], fictional=True)
E("kuzeytepe_dam", "Location", ["Kuzeytepe dam"],
  ["a small hydroelectric dam", "the dam", "The earth-fill embankment of the Kuzeytepe dam", "the embankment",
   "the structure", "the wall"],
  fictional=True, note="facility; 'the wall' in Arslan's quote; 'the reservoir' is its reservoir")
E("power_plant", "Location", ["a 24-megawatt power plant", "the plant"], name_kind="descriptive",
  note="facility fed by the dam ('the plant’s chief engineer')")
E("rize_state_hospital", "Location", ["Rize’s state hospital"], ["the morgue at Rize’s state hospital"],
  name_kind="descriptive", note="facility")
E("trabzon", "Location", ["Trabzon"])
E("erzurum", "Location", ["Erzurum"])
E("firtina_river", "Location", ["Fırtına river"], ["a steep tributary of the Fırtına river"],
  note="real river; the dam stands on one of its tributaries")
E("black_sea_region", "Location", ["Black Sea region"])
E("eastern_black_sea_coast", "Location", ["eastern Black Sea coast"])

# people
E("hakan_tasdemir", "Person", ["Hakan Taşdemir"], ["The provincial governor"], fictional=True)
E("ramazan_kokcu", "Person", ["Ramazan Kökçü"], fictional=True)
E("murat_kalkavan", "Person", ["Murat Kalkavan"], ["Yamaçlı Enerji’s general manager"], fictional=True)
E("chief_engineer", "Person", ["the plant’s chief engineer"], unnamed=True, name_kind="descriptive")
E("detainees", "Person", ["five people"], unnamed=True, name_kind="descriptive",
  note="group including Kalkavan and the chief engineer")
E("police_source", "Person", ["a police source"], unnamed=True, name_kind="descriptive")
E("dsi_official", "Person", ["A DSİ official in Trabzon"], unnamed=True, name_kind="descriptive",
  note="later 'he'")
E("orhan_bilgic", "Person", ["Orhan Bilgiç"], ["one senior official"], fictional=True)
E("ayse_karaman", "Person", ["Ayşe Karaman"], ["his deputy"], fictional=True)
E("zeynep_arslan", "Person", ["Zeynep Arslan"], ["a teacher in Derinsu"], fictional=True)
E("residents", "Person", ["Residents"], generic=True, name_kind="descriptive",
  note="'most residents' (of Derinsu/Taşlıca) in paragraph 5 is a related generic mention")
E("officials", "Person", ["Officials"], generic=True, name_kind="descriptive",
  note="unspecified officials (source of 'the toll may rise')")
E("opposition_lawmakers", "Person", ["Opposition lawmakers"], generic=True, name_kind="descriptive")
E("rescue_teams", "Organization", ["Rescue teams", "rescuers", "search teams"],
  generic=True, name_kind="descriptive",
  note="also 'nearly 2,800 rescuers, soldiers and volunteers'")
E("dsi_engineers", "Person", ["Engineers from the State Hydraulic Works"], generic=True, name_kind="descriptive",
  note="DSİ staff who issued the order (per Kıyı Gündem)")

# organizations
E("interior_ministry", "Organization", ["Interior Ministry"], note="real ministry; figures fictional")
E("justice_ministry", "Organization", ["Justice Ministry"], note="real ministry; statement fictional")
E("turkish_red_crescent", "Organization", ["Turkish Red Crescent"], ["its tents"],
  note="real humanitarian society; figures fictional")
E("local_media", "Organization", ["Local media"], generic=True, name_kind="descriptive")
E("kiyi_gundem", "Organization", ["Kıyı Gündem"], ["the regional news site"], fictional=True)
E("afad", "Organization", ["Disaster and Emergency Management Authority", "AFAD"],
  note="real agency; acronym defined in parentheses (Turkish acronym, English expansion); statements fictional")
E("yamacli_enerji", "Organization", ["Yamaçlı Enerji"],
  ["the private company Yamaçlı Enerji", "the company", "Our company", "operator"], fictional=True,
  note="'operator’s managers' (headline); 'the company' x3; 'Our company' in its statement")
E("rize_prosecutor_office", "Organization", ["Rize chief prosecutor’s office"], ["Prosecutors in Rize"],
  note="'Prosecutors in Rize' treated as the same body")
E("dsi", "Organization", ["State Hydraulic Works", "DSİ"],
  ["the government agency that licenses and inspects dams", "the agency"],
  note="real agency (Devlet Su İşleri); acronym with dotted capital İ defined in parentheses; 'the agency' x2")
E("dsi_regional_directorate", "Organization", ["DSİ’s regional directorate in Trabzon"],
  name_kind="descriptive")
E("ministry_agriculture", "Organization", ["Ministry of Agriculture and Forestry"],
  note="real ministry; the appointment is fictional")
E("the_wire", "Organization", ["The Wire", "Wire"], note="the publishing agency (author's outlet)")
E("turkish_government", "Organization", ["The government"], name_kind="descriptive")
E("the_authorities", "Organization", ["the authorities"], generic=True, name_kind="descriptive",
  note="in Yamaçlı's statement; 'them'/'they' in Arslan's quote refer to the authorities or the operator")
E("meteo_service", "Organization", ["Turkish State Meteorological Service"])
E("turkish_parliament", "Organization", [], implicit=True, note="only via the adjective 'parliamentary'")

# events
E("dam_collapse_2024", "Event", [], ["Dam collapse", "the flood", "The disaster"],
  note="'gave way late Saturday'; 'collapsed shortly before 11 p.m. on Saturday'")
E("flood_deaths_2024", "Event", [], note="clausal: 'At least 37 people were killed'")
E("heavy_rain_2024", "Event", [], ["three days of heavy rain"])
E("evacuation_2024", "Event", [], note="clausal: 'about 6,400 people had been evacuated from 14 villages'")
E("search_rescue_2024", "Event", [], ["the search"])
E("detentions_2024", "Event", [], note="clausal: 'Prosecutors in Rize detained five people on Sunday'")
E("prosecutor_investigation_2024", "Event", [], ["an investigation", "the investigation"],
  note="'the investigation' in Yamaçlı's statement ('has even begun') refers to it")
E("dsi_order_2024", "Event", [], ["the order"], note="order to lower the reservoir ('the document')")
E("june_inspection_2024", "Event", [], ["a safety inspection"])
E("inspection_2021", "Event", [], ["the last inspection of the Kuzeytepe dam"])
E("bilgic_resignation_2024", "Event", [], note="clausal: 'resigned on Sunday evening'")
E("karaman_appointment_2024", "Event", [], note="clausal: 'appointed his deputy, Ayşe Karaman'")
E("dam_construction_2013", "Event", [], note="clausal: 'built in 2013'")
E("disaster_zone_declaration_2024", "Event", [], note="clausal: 'declared Kaçkarlı a disaster zone'")

# ------------------------------------------------------------------ relations
R = g.rel
R("rize_province", "located_in", "turkey", "Turkey’s Rize")
R("rize_city", "located_in", "turkey", "RIZE, Turkey")
LEDE = ("Rescue teams dug through mud and debris in northeastern Turkey on Monday in search of dozens of people "
        "still missing after a small hydroelectric dam gave way late Saturday, sending a torrent down a narrow "
        "valley in Rize province and forcing thousands from their homes.")
R("narrow_valley", "located_in", "rize_province", "a narrow valley in Rize province")
R("kuzeytepe_dam", "located_in", "turkey", "a small hydroelectric dam gave way late Saturday", implicit=True,
  note="'in northeastern Turkey' (lede)")
R("yamacli_enerji", "controls", "kuzeytepe_dam", "operator’s managers detained", implicit=True,
  qualifier="operator", note="headline 'operator' = the dam's operator")
R("hakan_tasdemir", "holds_position", "rize_province", "The provincial governor, Hakan Taşdemir",
  role="governor")
R("kackarli_town", "located_in", "rize_province", "the town of Kaçkarlı", implicit=True)
R("kackarli_district", "located_in", "rize_province", "14 villages in Kaçkarlı district", implicit=True,
  note="context: the flooded valley is in Rize province")
R("kackarli_town", "located_in", "kackarli_district", "the town of Kaçkarlı", implicit=True,
  note="district seat (same name)")
R("rize_state_hospital", "located_in", "rize_city", "Rize’s state hospital")
AFAD1 = ("The earth-fill embankment of the Kuzeytepe dam, which feeds a 24-megawatt power plant run by the private "
         "company Yamaçlı Enerji, collapsed shortly before 11 p.m. on Saturday after three days of heavy rain, "
         "according to the Disaster and Emergency Management Authority (AFAD).")
R("yamacli_enerji", "controls", "power_plant", "a 24-megawatt power plant run by the private company Yamaçlı Enerji",
  source="afad", qualifier="operator ('run by')", alt_objects=["kuzeytepe_dam"],
  note="appositive inside AFAD's 'according to' sentence (source per sentence, as in shared gold)")
R("kuzeytepe_dam", "part_of", "power_plant", "the Kuzeytepe dam, which feeds a 24-megawatt power plant",
  source="afad", qualifier="feeds", ambiguous=True,
  note="the dam feeds the plant (one hydroelectric scheme); no closer predicate")
R("derinsu", "located_in", "kackarli_district", "the villages of Derinsu and Taşlıca", implicit=True,
  note="among the 14 flooded villages of Kaçkarlı district")
R("taslica", "located_in", "kackarli_district", "the villages of Derinsu and Taşlıca", implicit=True)
R("ramazan_kokcu", "located_in", "taslica", "who escaped from his house in Taşlıca", qualifier="resident")
DET = ("Prosecutors in Rize detained five people on Sunday, including Yamaçlı Enerji’s general manager, Murat "
       "Kalkavan, and the plant’s chief engineer, on suspicion of causing death by negligence, the Justice "
       "Ministry said.")
R("murat_kalkavan", "holds_position", "yamacli_enerji", "Yamaçlı Enerji’s general manager, Murat Kalkavan",
  role="general manager", source="justice_ministry")
R("chief_engineer", "holds_position", "power_plant", "the plant’s chief engineer", role="chief engineer",
  source="justice_ministry", alt_objects=["yamacli_enerji"])
R("rize_prosecutor_office", "targeted", "murat_kalkavan", DET, source="justice_ministry", time="2024-09-15",
  qualifier="detention")
R("rize_prosecutor_office", "targeted", "chief_engineer", DET, source="justice_ministry", time="2024-09-15",
  qualifier="detention")
R("murat_kalkavan", "perpetrated", "flood_deaths_2024", DET, source="justice_ministry", certainty="possible",
  certainty_cue="on suspicion of", qualifier="causing death by negligence", ambiguous=True,
  note="suspicion stated by the authorities; 'perpetrated' is the closest predicate for criminal negligence")
R("chief_engineer", "perpetrated", "flood_deaths_2024", DET, source="justice_ministry", certainty="possible",
  certainty_cue="on suspicion of", qualifier="causing death by negligence", ambiguous=True)
INV = ("The Rize chief prosecutor’s office said separately that it had opened an investigation into whether the "
       "company had ignored warnings about the dam’s condition.")
R("rize_prosecutor_office", "targeted", "yamacli_enerji", INV, source="rize_prosecutor_office",
  qualifier="investigation (ignored warnings?)")
R("rize_prosecutor_office", "located_in", "rize_province", "The Rize chief prosecutor’s office", implicit=True,
  alt_objects=["rize_city"], note="from the name")
ORDER = ("Engineers from the State Hydraulic Works (DSİ), the government agency that licenses and inspects dams, "
         "had ordered the company to lower the reservoir two days earlier after detecting seepage at the base of "
         "the embankment, Kıyı Gündem reported, publishing what it said was a copy of the order.")
R("dsi_engineers", "member_of", "dsi", "Engineers from the State Hydraulic Works (DSİ)")
R("dsi", "controls", "kuzeytepe_dam", "the government agency that licenses and inspects dams",
  qualifier="licensing and inspection (regulator)", implicit=True,
  note="generic regulatory role applied to this dam")
R("dsi", "part_of", "turkey", "the government agency that licenses and inspects dams", implicit=True)
R("dsi_official", "member_of", "dsi", "A DSİ official in Trabzon")
R("dsi_official", "located_in", "trabzon", "A DSİ official in Trabzon")
R("dsi_regional_directorate", "part_of", "dsi", "DSİ’s regional directorate in Trabzon")
R("dsi_regional_directorate", "located_in", "trabzon", "DSİ’s regional directorate in Trabzon")
RES = ("Orhan Bilgiç, who headed DSİ’s regional directorate in Trabzon, which oversees dams in Rize, resigned on "
       "Sunday evening, the agency said in a brief statement that gave no reason.")
R("orhan_bilgic", "holds_position", "dsi_regional_directorate", RES, source="dsi", role="head",
  time="../2024-09-15", qualifier="resigned Sunday evening", alt_predicates=["leader_of"])
R("dsi_regional_directorate", "controls", "kuzeytepe_dam", "which oversees dams in Rize", source="dsi",
  implicit=True, qualifier="oversight of dams in Rize")
APP = ("The Ministry of Agriculture and Forestry, which oversees DSİ, appointed his deputy, Ayşe Karaman, as acting "
       "regional director.")
R("ministry_agriculture", "controls", "dsi", "The Ministry of Agriculture and Forestry, which oversees DSİ",
  qualifier="oversees")
R("ayse_karaman", "holds_position", "dsi_regional_directorate", APP, role="acting regional director",
  time="2024-09/..")
R("ayse_karaman", "holds_position", "dsi_regional_directorate", "his deputy, Ayşe Karaman", role="deputy director",
  qualifier="before the appointment")
RESI = ("Residents said they had complained for years that the dam, built in 2013 on a steep tributary of the "
        "Fırtına river, had been poorly maintained.")
R("kuzeytepe_dam", "located_in", "firtina_river", RESI, source="residents",
  qualifier="on a steep tributary", note="appositive inside the residents' reported claim")
R("zeynep_arslan", "located_in", "derinsu", "Zeynep Arslan, a teacher in Derinsu", qualifier="teacher there")
R("turkish_red_crescent", "located_in", "turkey", "The Turkish Red Crescent", implicit=True, note="from the name")
R("meteo_service", "part_of", "turkey", "the Turkish State Meteorological Service", implicit=True,
  note="from the name")
R("interior_ministry", "part_of", "turkey", "the Interior Ministry", implicit=True, note="national ministry (context)")
R("justice_ministry", "part_of", "turkey", "the Justice Ministry", implicit=True, note="national ministry (context)")
R("ministry_agriculture", "part_of", "turkey", "The Ministry of Agriculture and Forestry", implicit=True)
R("yamacli_enerji", "perpetrated", "dam_collapse_2024", "Yamaçlı Enerji rejected any suggestion of negligence.",
  source="yamacli_enerji", polarity="negative", polarity_cue="rejected any suggestion of negligence",
  ambiguous=True, note="denial of negligence (cause) for the collapse")

# ------------------------------------------------------------------ attributions
A = g.attr
A("At least 37 people were killed and 112 injured, the Interior Ministry said on Monday morning, up from 29 deaths "
  "it had reported on Sunday.", "interior_ministry", "said", False)
A("The provincial governor, Hakan Taşdemir, gave a higher figure a few hours later, telling reporters in the town of "
  "Kaçkarlı that rescuers had recovered 41 bodies, nine of them children, and that 23 people were still "
  "unaccounted for.", "hakan_tasdemir", "telling reporters", False)
A("The Turkish Red Crescent said more than 50 people had been reported missing by relatives at its tents and that "
  "about 6,400 people had been evacuated from 14 villages in Kaçkarlı district.", "turkish_red_crescent", "said",
  False, note="'reported missing by relatives': relatives are the Red Crescent's own informants (not an entity)")
A("Local media reported a higher toll still", "local_media", "reported", False,
  note="introduces the colon-linked Kıyı Gündem report")
KG = ("the regional news site Kıyı Gündem, citing a police source, said 44 bodies had been brought to the morgue at "
      "Rize’s state hospital by Monday afternoon.")
A(KG, "kiyi_gundem", "said", False)
A(KG, "police_source", "citing a police source", False, via=["kiyi_gundem"],
  content="44 bodies had been brought to the morgue at Rize’s state hospital by Monday afternoon",
  note="relay chain: police source -> Kıyı Gündem -> Wire")
A("Officials said the toll may rise as search teams reach hamlets that were cut off when the flood destroyed two "
  "bridges and a section of the valley road.", "officials", "said", False)
A(AFAD1, "afad", "according to", False)
A("“The water came like a train,” said Ramazan Kökçü, 58, who escaped from his house in Taşlıca with his wife by "
  "climbing the slope behind it. “We heard a roar, then the lights went out, and when morning came there was no "
  "road, no bridge, nothing. My neighbour’s house is simply gone.”", "ramazan_kokcu", "said", True)
A("AFAD said nearly 2,800 rescuers, soldiers and volunteers were taking part in the search, supported by six "
  "helicopters.", "afad", "said", False)
A(DET, "justice_ministry", "said", False)
A(INV, "rize_prosecutor_office", "said", False)
A(ORDER, "kiyi_gundem", "reported", False)
A("A DSİ official in Trabzon, who asked not to be named because he was not authorised to speak to the media, said "
  "the order had been sent but that the agency had not yet checked whether it was carried out.",
  "dsi_official", "said", False)
A("Yamaçlı Enerji rejected any suggestion of negligence.", "yamacli_enerji", "rejected", False)
A("In a statement posted on its website on Sunday, the company said the dam had passed a safety inspection in June "
  "and that the rainfall, which it put at 240 millimetres in 36 hours, was “far beyond anything the structure was "
  "designed to withstand.”", "yamacli_enerji", "said", False, partial_quote=True,
  content="far beyond anything the structure was designed to withstand.")
A("“Our company followed every instruction it received from the authorities,” the statement said. “To speak of "
  "negligence before the investigation has even begun is unjust to our employees, who are also mourning relatives "
  "and neighbours.”", "yamacli_enerji", "the statement said", True)
A("DSİ’s public register of dam inspections, however, lists the last inspection of the Kuzeytepe dam in October "
  "2021.", "dsi", "lists", False, note="documentary source: DSİ's public register (cf. 'Registry documents show')")
A(RES, "dsi", "said in a brief statement", False)
A(RESI, "residents", "said", False)
A("“Every spring we told them the wall was leaking, and every spring they said it was normal,” said Zeynep Arslan, "
  "a teacher in Derinsu whose brother is among the missing.", "zeynep_arslan", "said", True,
  note="embeds the authorities' (or operator's) reply 'it was normal' - referent of 'they' unclear; not a "
       "separate attribution")
A("Opposition lawmakers called for a parliamentary inquiry into small hydroelectric plants in the Black Sea region",
  "opposition_lawmakers", "called for", False, note="directive speech act")
A("the Turkish State Meteorological Service warned that more heavy rain was expected across the eastern Black Sea "
  "coast through Wednesday.", "meteo_service", "warned", False)

# ------------------------------------------------------------------ hedges
H = g.hedge
H("could not be reconciled", "The figures could not be reconciled immediately.", "uncertain",
  note="the competing tolls are unresolved")
H("may", "the toll may rise as search teams reach hamlets", "possible")
H("on suspicion of", "on suspicion of causing death by negligence", "possible")
H("into whether", "it had opened an investigation into whether the company had ignored warnings about the dam’s condition",
  "uncertain")
H("what it said was", "publishing what it said was a copy of the order", "reported")
H("not able to verify", "The Wire was not able to verify the document.", "uncertain")
H("had not yet checked whether", "the agency had not yet checked whether it was carried out", "uncertain")
H("expected", "more heavy rain was expected across the eastern Black Sea coast through Wednesday", "probable")

# ------------------------------------------------------------------ stances
g.stance("DSİ’s public register of dam inspections, however, lists the last inspection of the Kuzeytepe dam in "
         "October 2021.", "yamacli_enerji", "disputes", "however", stance_strength="weak", ambiguous=True,
         note="the author sets an official record against the company's claim of a June inspection without "
              "saying the claim is false")

# ------------------------------------------------------------------ events
V = g.event
V("dam_collapse_2024", "disaster", "2024-09-14", "kackarli_district",
  {"killed": 37, "injured": 112, "missing": 23, "evacuated": 6400},
  [("kuzeytepe_dam", "site"), ("yamacli_enerji", "operator"),
   ("yamacli_enerji", "suspected_responsible", {"source": "justice_ministry", "certainty": "possible"}),
   ("yamacli_enerji", "suspected_responsible", {"source": "yamacli_enerji", "polarity": "negative"}),
   ("rescue_teams", "responder"), ("afad", "responder"), ("turkish_red_crescent", "responder"),
   ("derinsu", "affected"), ("taslica", "affected")],
  AFAD1, subtype="dam failure and flash flood",
  time="2024-09-14T23:00", place_alt=["kuzeytepe_dam", "rize_province", "narrow_valley"],
  note="numbers = the Interior Ministry's Monday figure used in the headline ('at least 37'); missing = the "
       "governor's 23; see numbers_by_source for the competing counts",
  numbers_by_source=[
      {"source": "interior_ministry", "time": "2024-09-15", "numbers": {"killed": 29},
       "evidence": "up from 29 deaths it had reported on Sunday"},
      {"source": "interior_ministry", "time": "2024-09-16", "part_of_day": "morning", "numbers": {"killed": 37, "injured": 112},
       "qualifier": "at least", "evidence": "At least 37 people were killed and 112 injured"},
      {"source": "hakan_tasdemir", "time": "2024-09-16", "numbers": {"bodies_recovered": 41, "children_killed": 9,
                                                                      "missing": 23},
       "evidence": "rescuers had recovered 41 bodies, nine of them children, and that 23 people were still unaccounted for"},
      {"source": "turkish_red_crescent", "time": "2024-09-16", "numbers": {"missing": 50, "evacuated": 6400,
                                                                            "villages_evacuated": 14},
       "qualifier": "more than 50 missing; about 6,400 evacuated",
       "evidence": "more than 50 people had been reported missing by relatives at its tents and that about 6,400 people had been evacuated from 14 villages"},
      {"source": "police_source", "via": ["kiyi_gundem"], "time": "2024-09-16", "part_of_day": "afternoon",
       "numbers": {"bodies_recovered": 44},
       "evidence": "44 bodies had been brought to the morgue at Rize’s state hospital by Monday afternoon"},
  ])
V("flood_deaths_2024", "death", "2024-09-14", "kackarli_district", {"killed": 37, "injured": 112},
  [("dam_collapse_2024", "cause")],
  "At least 37 people were killed and 112 injured", subtype="flood deaths", source="interior_ministry",
  note="tolls differ by source (29 -> 37 ministry, 41 governor, 44 police source via Kıyı Gündem); "
       "deaths date from the night of the collapse")
V("heavy_rain_2024", "other", "2024-09-11/2024-09-14", "rize_province", {"rain_mm": 240, "hours": 36},
  [],
  "after three days of heavy rain", subtype="heavy rain (weather, cause of the collapse)",
  note="three days ending with the collapse late Saturday; 240 mm in 36 hours per Yamaçlı Enerji")
V("evacuation_2024", "other", "2024-09-14/2024-09-16", "kackarli_district",
  {"evacuated": 6400, "villages": 14},
  [("turkish_red_crescent", "responder")],
  "about 6,400 people had been evacuated from 14 villages in Kaçkarlı district", subtype="evacuation",
  source="turkish_red_crescent", note="'forcing thousands from their homes' (lede, author)")
V("search_rescue_2024", "other", "2024-09-16", "kackarli_district", {"rescuers": 2800, "helicopters": 6},
  [("afad", "coordinator"), ("rescue_teams", "responder")],
  "AFAD said nearly 2,800 rescuers, soldiers and volunteers were taking part in the search, supported by six helicopters.",
  subtype="search and rescue", source="afad",
  note="ongoing since Sunday (sniffer dogs brought in from Trabzon and Erzurum on Sunday)")
V("detentions_2024", "arrest", "2024-09-15", "rize_province", {"detained": 5},
  [("rize_prosecutor_office", "actor"), ("murat_kalkavan", "detainee"), ("chief_engineer", "detainee"),
   ("detainees", "detainee")],
  DET, subtype="detention on suspicion of causing death by negligence", source="justice_ministry")
V("prosecutor_investigation_2024", "investigation", "2024-09", "rize_province", {},
  [("rize_prosecutor_office", "investigator"), ("yamacli_enerji", "target")],
  INV, subtype="criminal investigation (ignored warnings?)", source="rize_prosecutor_office",
  note="opening day not stated (between the collapse on 14 Sept. and publication on 16 Sept.)")
V("dsi_order_2024", "other", "2024-09-12", None, {},
  [("dsi_engineers", "issuer"), ("dsi", "issuer"), ("yamacli_enerji", "addressee")],
  "had ordered the company to lower the reservoir two days earlier after detecting seepage at the base of the embankment",
  subtype="regulatory order (lower the reservoir)", source="kiyi_gundem",
  note="'two days earlier' anchored on the collapse (Saturday 2024-09-14) -> Thursday 2024-09-12; the DSİ "
       "official confirms it was sent; the Wire could not verify the document")
V("june_inspection_2024", "investigation", "2024-06", "kuzeytepe_dam", {},
  [("kuzeytepe_dam", "target")],
  "the dam had passed a safety inspection in June", subtype="safety inspection", source="yamacli_enerji",
  note="contradicted by DSİ's register (last inspection October 2021)")
V("inspection_2021", "investigation", "2021-10", "kuzeytepe_dam", {},
  [("dsi", "inspector"), ("kuzeytepe_dam", "target")],
  "the last inspection of the Kuzeytepe dam in October 2021", subtype="safety inspection", source="dsi")
V("bilgic_resignation_2024", "resignation", "2024-09-15", None, {},
  [("orhan_bilgic", "person"), ("dsi_regional_directorate", "organization")],
  RES, subtype="resignation (no reason given)", source="dsi", part_of_day="evening")
V("karaman_appointment_2024", "appointment", "2024-09", None, {},
  [("ayse_karaman", "appointee"), ("ministry_agriculture", "appointer"), ("dsi_regional_directorate", "organization")],
  APP, subtype="acting regional director",
  note="day not stated (after the resignation on Sunday evening 2024-09-15, by publication 2024-09-16)")
V("dam_construction_2013", "other", "2013", "firtina_river", {},
  [("kuzeytepe_dam", "result")],
  "the dam, built in 2013 on a steep tributary of the Fırtına river", subtype="construction", source="residents")
V("disaster_zone_declaration_2024", "other", "2024-09-15", "kackarli_district", {},
  [("turkish_government", "actor"), ("kackarli_district", "target")],
  "The government declared Kaçkarlı a disaster zone on Sunday", subtype="disaster zone declaration")

# ------------------------------------------------------------------ timexes
T = g.timex
T("Sept. 16, 2024", "2024-09-16", function="publication_date")
T("Monday", "2024-09-16", ctx="Turkey on Monday in search")
T("late Saturday", "2024-09-14", mod="END", alt_values=["2024-09-14TNI"])
T("Monday morning", "2024-09-16", alt_values=["2024-09-16TMO"])
T("Sunday", "2024-09-15", ctx="reported on Sunday")
T("a few hours later", "2024-09-16", anchor="2024-09-16 (Monday morning)", mod="APPROX")
T("Monday afternoon", "2024-09-16", alt_values=["2024-09-16TAF"], note="signal 'by'")
T("11 p.m. on Saturday", "2024-09-14T23:00", mod="BEFORE", note="'shortly before 11 p.m. on Saturday'")
T("three days", "P3D", type="duration")
T("morning", "2024-09-15", alt_values=["2024-09-15TMO"], ctx="when morning came", note="in Kökçü's quote: the morning after the collapse")
T("Sunday", "2024-09-15", ctx="Erzurum on Sunday")
T("Sunday", "2024-09-15", ctx="five people on Sunday")
T("two days earlier", "2024-09-12", anchor="2024-09-14", note="anchored on the collapse, not on the dateline")
T("Sunday", "2024-09-15", ctx="website on Sunday")
T("June", "2024-06")
T("36 hours", "PT36H", type="duration")
T("October 2021", "2021-10")
T("Sunday evening", "2024-09-15", alt_values=["2024-09-15TEV"])
T("years", "PXY", ctx="complained for years", type="duration")
T("2013", "2013")
T("Every spring", "P1Y", type="set", alt_values=["XXXX-SP"], note="yearly, in spring")
T("every spring", "P1Y", type="set", alt_values=["XXXX-SP"])
T("the early 2000s", "2000/2003", mod="START", alt_values=["200"], note="signal 'since' -> interval from the early 2000s onward")
T("Sunday", "2024-09-15", ctx="disaster zone on Sunday")
T("Wednesday", "2024-09-18", note="signal 'through'")

# ------------------------------------------------------------------ notes
g.notes += [
    "FICTIONAL dev document (own wording): the Kuzeytepe dam, Yamaçlı Enerji, Kıyı Gündem, Kaçkarlı (town and "
    "district), Derinsu, Taşlıca and all named people (Hakan Taşdemir, Murat Kalkavan, Orhan Bilgiç, Ayşe Karaman, "
    "Ramazan Kökçü, Zeynep Arslan) are invented; Turkey, Rize, Trabzon, Erzurum, the Fırtına river and the real "
    "institutions named (Interior/Justice ministries, Ministry of Agriculture and Forestry, DSİ, AFAD, the Turkish "
    "Red Crescent, the Turkish State Meteorological Service) are real, but the event and every statement and "
    "figure attributed to them are fictional. errors: none (DSİ does sit under the Ministry of Agriculture and "
    "Forestry and has a regional directorate in Trabzon covering Rize; the Fırtına is a river in Rize).",
    "published = dateline date 2024-09-16 (Monday): 'late Saturday' / '11 p.m. on Saturday' = 2024-09-14, "
    "'Sunday' (x5) = 2024-09-15, 'Sunday evening' = 2024-09-15 (evening), 'Monday morning/afternoon' = 2024-09-16, "
    "'through Wednesday' = 2024-09-18. 'two days earlier' is anchored on the collapse (Saturday) -> 2024-09-12, "
    "not on the dateline.",
    "Curly quotes and apostrophes (’) in this document; Turkish letters (ç, ş, ı, İ, ğ, ö) in names.",
    "Competing casualty figures, each with its source: Interior Ministry 29 dead (Sunday) -> at least 37 dead, "
    "112 injured (Monday morning); governor Taşdemir 41 bodies, 9 children, 23 missing (a few hours later); "
    "Turkish Red Crescent more than 50 missing, about 6,400 evacuated from 14 villages; Kıyı Gündem citing a "
    "police source 44 bodies by Monday afternoon (relay chain: attribution source police_source via "
    "kiyi_gundem, plus an attribution to kiyi_gundem itself and to 'Local media'). The event's numbers use the "
    "headline figure (at least 37); all figures are in numbers_by_source. 'at least', 'more than', 'about', "
    "'nearly' are numeric qualifiers, not hedges.",
    "Certainty per source: plain 'said'/'according to'/'reported' from a named source is 'certain' for it; "
    "'on suspicion of' (possible), 'into whether' (uncertain), 'what it said was' (reported, distancing), "
    "'may' (possible), 'expected' (probable), 'not able to verify' / 'could not be reconciled' / 'had not yet "
    "checked whether' (uncertain).",
    "Author stance: one weak, implicit 'disputes' (the DSİ register 'however' lists the last inspection in "
    "October 2021, against the company's claim of a June inspection): stance_strength weak, ambiguous.",
    "Appositives inside attributed sentences take that sentence's source (AFAD for 'power plant run by Yamaçlı "
    "Enerji'; the Justice Ministry for Kalkavan's title; residents for the dam's river), as in the shared "
    "sanctions gold.",
    "Negligence/responsibility has no predicate; encoded as 'perpetrated' (ambiguous=True): the detainees -> the "
    "deaths (possible, Justice Ministry) and Yamaçlı Enerji -> the collapse (negative, the company's denial); "
    "also as event participant role 'suspected_responsible'. Regulatory oversight ('licenses and inspects', "
    "'oversees') encoded as 'controls' with a qualifier.",
    "Rize: the dateline 'RIZE' is the city; 'Rize province', 'Turkey’s Rize', 'Prosecutors in Rize', 'dams in "
    "Rize' the province; 'Rize’s state hospital' is in the city. Kaçkarlı: 'the town of Kaçkarlı' (town) vs "
    "'Kaçkarlı district' and 'declared Kaçkarlı a disaster zone' (district).",
    "Appointment/resignation: Bilgiç resigned as head of DSİ's Trabzon regional directorate on Sunday evening "
    "(holds_position time ../2024-09-15); his deputy Ayşe Karaman appointed acting regional director by the "
    "Ministry of Agriculture and Forestry (day not stated -> event date 2024-09).",
    "Not events: the rain forecast ('more heavy rain was expected'), the called-for parliamentary inquiry "
    "(hypothetical), the generic 'local protests' against hydro plants since the early 2000s, the residents' "
    "repeated complaints (habitual speech acts).",
    "Event roles beyond the brief's list: site, operator, suspected_responsible, affected, cause, coordinator, "
    "actor, detainee, investigator, issuer, addressee, inspector, person, organization, appointee, appointer, "
    "result.",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
