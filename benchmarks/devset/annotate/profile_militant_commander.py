#!/usr/bin/env python3
"""Hand annotation (gold) for benchmarks/devset/docs/profile_militant_commander.txt.

FICTIONAL analysis/profile piece (an insurgent commander and his group in the southern Philippines),
written for the claimgraph development set and annotated by hand BEFORE any claimgraph run.
Builds the gold with the shared goldlib and writes benchmarks/devset/gold/profile_militant_commander.json.
"""
from pathlib import Path

HERE = Path(__file__).resolve()
DEVSET = HERE.parents[1]
NAME = "profile_militant_commander"


from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

g = Gold(DEVSET / "docs" / f"{NAME}.txt", "2025-04-22")
E, R, A, H, S, V, T = g.ent, g.rel, g.attr, g.hedge, g.stance, g.event, g.timex
L = "Location"; O = "Organization"; P = "Person"; EV = "Event"

# =================================================================== entities
# ---- people
E("mapandi", P,
  ["Abdulrahim Sarip Mapandi", "Mapandi", "Abu Yusuf al-Lanawi", "Kumander Bagyo", "Commander Typhoon",
   "Ustadz Rahim", "Abu Yusuf"],
  ["The commander who would not die", "the commander", "the leader of Wilayat Ranaw"], fictional=True,
  canonical_name="Abdulrahim Sarip Mapandi",
  note="birth name Abdulrahim Sarip Mapandi; nom de guerre 'Abu Yusuf al-Lanawi' (short form 'Abu Yusuf', the "
       "signature of the February statement); 'Kumander Bagyo' is the villagers' nickname, glossed in parentheses "
       "as 'Commander Typhoon'; 'Ustadz Rahim' is the name his madrasa students used (religious title + short "
       "form of Abdulrahim). 'the commander' (Tanggol's audio message) and 'the leader of Wilayat Ranaw' "
       "(Salcedo's quote) refer to him")
E("yasser_tanggol", P, ["Yasser Tanggol", "Tanggol", "Abu Hamza"],
  ["Mapandi’s deputy", "a speaker identified as Tanggol"], fictional=True,
  note="'also known as Abu Hamza'. The August 22 audio speaker is only 'identified as Tanggol' (hedge)")
E("abu_zaid", P, ["Abu Zaid"], ["an Indonesian militant who was killed in a police raid in Poso in 2017"],
  fictional=True, note="'known as' is not used; only the nom de guerre is given")
E("jainal_taupan", P, ["Jainal Taupan"], fictional=True)
E("ramon_villaruz", P, ["Ramon Villaruz"],
  ["Lieutenant Colonel Ramon Villaruz", "a spokesman for the army’s 1st Infantry Division"], fictional=True)
E("ernesto_salcedo", P, ["Ernesto Salcedo", "Salcedo"],
  ["Colonel Ernesto Salcedo", "chief of the AFP’s public affairs office"], fictional=True)
E("laila_pandapatan", P, ["Laila Pandapatan", "Pandapatan"],
  ["a researcher at the Mindanao Conflict Research Centre in Cotabato City"], fictional=True)
# ---- unnamed / descriptive persons (sources and participants)
E("regional_security_official", P, [], ["a regional security official", "the regional security official"],
  unnamed=True, note="same official in para 14 (kidnapping) and para 23 (ambush): 'the regional security official'")
E("iligan_police_officer", P, [], ["A senior police officer in Iligan"], unnamed=True,
  note="'who spoke on condition of anonymity'")
E("municipal_councillor", P, [], ["A municipal councillor in Piagapo"], unnamed=True)
E("analysts", P, [], ["Analysts"], generic=True, note="'Analysts believe' (para 7)")
E("some_analysts", P, [], ["Some analysts"], generic=True,
  note="'Some analysts are less sure' (para 23); not necessarily the same people as 'Analysts' in para 7")
E("rmc_officials", P, [], ["RMC officials"], generic=True)
E("rmc_leaders", P, [], ["the RMC’s leaders"], generic=True)
E("manila_officials", P, [], ["officials in Manila"], generic=True,
  note="Philippine government officials; 'they announced' = the officials (the announcement was made by the "
       "military, see para 15)")
E("residents", P, [], ["residents"], generic=True, note="'what residents describe' (para 11)")
E("villagers", P, [], ["villagers around Lake Lanao"], generic=True)
E("students", P, [], ["students"], generic=True, note="Mapandi's madrasa students")
E("jar_founding_fighters", P, [], ["roughly 40 fighters"], unnamed=True,
  note="the RMC fighters who left with Mapandi in 2014")
E("kidnapped_workers", P, [], ["road workers", "five workers", "four of its employees", "the captives"], unnamed=True,
  note="the hostages of 14 October 2023; police say five, the employer four ('four of its employees'). Subsets "
       "('Two hostages' freed in December 2023, 'the rest' freed in February 2024) are not listed as its names")
E("strike_dead_fighters", P, [], ["seven of his fighters"], unnamed=True,
  note="fighters the military says died with Mapandi in the 16 August 2024 strike; the group says 'only three "
       "fighters' died")
E("gunmen", P, [], ["gunmen", "its fighters"], unnamed=True,
  note="the February 9 attackers; 'its fighters' = Wilayat Ranaw's statement's wording (linked to the group "
       "only through its claim)")
E("ambush_soldiers", P, [], ["six soldiers", "nine soldiers"], unnamed=True,
  note="soldiers killed in the ambush: six (military) vs nine (councillor) vs 17 'soldiers of the apostate army' "
       "(group); the same victims under competing counts")
E("motorcyclist", P, [], ["a passing motorcyclist"], unnamed=True,
  note="civilian killed in the ambush according to the councillor only")
E("basilan_recruits", P, [], ["at least a dozen fighters from Basilan"], unnamed=True)
E("quarry_operators", P, [], ["quarry operators"], generic=True)
E("intermediaries", P, [], ["intermediaries in Sabah, Malaysia"], generic=True, unnamed=True)

# ---- organizations
E("wilayat_ranaw", O, ["Wilayat Ranaw"],
  ["the group", "The group", "the mujahideen", "The organisation he founded",
   "the movement’s “province” on the lake"],
  fictional=True,
  note="renamed from Jama’at Ansar al-Ranaw (JAR) in January 2017; the former name is kept as its own entity "
       "(jar) with renamed_to, as the seed gold does for GIA -> AQIM. 'the group' (paras 10, 12, 25), 'The group' "
       "(paras 12, 17), 'its' (statement, Telegram channel), 'They' (Villaruz's quote) = Wilayat Ranaw; "
       "'the mujahideen' (Tanggol's quote) = its fighters; 'the movement’s “province”' is its self-description",
  strength_by_source=[
      {"source": "un_monitoring_team", "fighters_min": 150, "fighters_max": 250, "time": "2024-07",
       "evidence": "put the group’s strength at 150 to 250 fighters", "author_stance": "endorses"},
      {"source": "afp", "fighters_max": 80, "qualifier": "fewer than 80",
       "evidence": "The Armed Forces of the Philippines (AFP) says fewer than 80.", "author_stance": "disputes"}])
E("jar", O, ["Jama’at Ansar al-Ranaw", "JAR"], fictional=True,
  note="former name of Wilayat Ranaw ('formerly'; acronym defined in parentheses); founded 2014, renamed 2017-01")
E("rmc", O, ["Ranao Mujahideen Council", "RMC"],
  ["a small armed faction active in the hills west of the lake", "the council", "the faction"], fictional=True,
  note="acronym defined in parentheses; 'the council’s shura' and 'the faction’s weapons cache' = RMC")
E("harakat_al_khilafa", O, ["Harakat al-Khilafa"],
  ["a transnational jihadist movement based in the Middle East", "the movement"], fictional=True)
E("tausug_islamic_brigade", O, ["Tausug Islamic Brigade"], ["the Sulu-based Tausug Islamic Brigade"], fictional=True)
E("tib_faction", O, [], ["a faction of the Sulu-based Tausug Islamic Brigade"], unnamed=True,
  note="the faction led by Jainal Taupan that merged into Wilayat Ranaw in 2019")
E("un", O, ["UN"], note="'UN' occurs in 'UN Security Council’s' and 'the UN report'")
E("un_security_council", O, ["UN Security Council"])
E("un_monitoring_team", O, [],
  ["the UN Security Council’s sanctions monitoring team", "The team", "The monitoring team"],
  note="real kind of body (the Security Council's sanctions monitoring team); every statement and figure attributed "
       "to it here is FICTIONAL. No proper name as written (lower-case common noun phrase)")
E("afp", O, ["Armed Forces of the Philippines", "AFP"],
  ["the Philippine military", "the military", "The military"],
  note="acronym defined in parentheses; 'the military’s claim' = AFP's. Real institution; all statements "
       "attributed to it are FICTIONAL")
E("philippine_army", O, [], ["the army", "the apostate army"],
  note="only 'the army’s 1st Infantry Division' and the group's 'soldiers of the apostate army'; 'an army truck' "
       "is adjectival")
E("army_1st_infantry_division", O, ["1st Infantry Division"], ["the army’s 1st Infantry Division"],
  note="real Philippine Army division; the statement attributed to its spokesman is FICTIONAL")
E("philippine_air_force", O, [], ["air force jets"],
  note="the air force, mentioned only through its jets ('air force jets struck a camp')")
E("afp_public_affairs_office", O, [], ["the AFP’s public affairs office"])
E("police", O, [], ["Police"],
  note="Philippine police (generic); 'a police dossier' and 'A senior police officer in Iligan' relate to it; "
       "'a police raid in Poso' is the Indonesian police (indonesian_police)")
E("indonesian_police", O, [], implicit=True, note="only in 'a police raid in Poso' (Indonesia)")
E("police_dossier", O, [], ["a police dossier seen by this newspaper"],
  note="cited document used as a source (like 'court documents' in business_acquisition_probe)")
E("newspaper", O, [], ["this newspaper"],
  note="the author's own publication; what it saw/states is the author's ('source: author')")
E("us_treasury", O, ["U.S. Treasury Department", "Treasury"], ["The Treasury"],
  note="real department; the designation here is FICTIONAL")
E("us_state_department", O, ["State Department"], note="real; the reward here is FICTIONAL")
E("rewards_for_justice", O, ["Rewards for Justice"], ["the State Department’s Rewards for Justice program"],
  note="real program; the offer here is FICTIONAL")
E("anti_terrorism_council", O, ["Anti-Terrorism Council"],
  note="the Philippine Anti-Terrorism Council (real body); the designation here is FICTIONAL")
E("halcon_visayas", O, ["Halcon Visayas Construction"],
  ["the Cebu-based contractor", "Their employer", "the company"], fictional=True)
E("sawt_al_ranaw", O, ["Sawt al-Ranaw"], ["its Telegram channel"], fictional=True,
  note="the group's Telegram channel (media outlet relaying its statements)")
E("telegram", O, ["Telegram"])
E("mcrc", O, ["Mindanao Conflict Research Centre"], fictional=True)
E("pandapatan_team", O, [], ["her team"], unnamed=True, note="Pandapatan's research team at the MCRC")
E("local_radio_station", O, [], ["a local radio station"], unnamed=True)

# ---- places
E("manila", L, ["MANILA", "Manila"],
  note="city (dateline; 'officials in Manila'); 'Manila added a bounty' is metonymic for the Philippine "
       "government (metonymic name of philippines)")
E("philippines", L, ["Philippines"], ["the government"], metonymic_names=["Manila"], canonical_name="Philippines",
  note="'Philippines' occurs only inside 'Armed Forces of the Philippines'; 'Philippine' (adjective) is not a "
       "name; 'the government' (ceasefire talks) = the Philippine government")
E("united_states", L, ["U.S."], metonymic_names=["Washington"],
  note="'U.S.' only inside 'U.S. Treasury Department'; 'Washington' = the US government (metonymy)")
E("mindanao", L, ["Mindanao"])
E("lake_lanao", L, ["Lake Lanao"], ["the lake"])
E("marawi", L, ["Marawi"], ["the main city of Lanao del Sur province"])
E("lanao_del_sur", L, ["Lanao del Sur"], ["Lanao del Sur province"])
E("lanao_del_norte", L, ["Lanao del Norte"])
E("cairo", L, ["Cairo"])
E("madrasa_marawi", L, [], ["a madrasa in Marawi"], unnamed=True, note="facility (religious school)")
E("butig", L, ["Butig"])
E("middle_east", L, ["Middle East"], ["the Middle East"])
E("indonesia", L, [], implicit=True, note="only via the demonym 'Indonesian'")
E("poso", L, ["Poso"])
E("sulu", L, ["Sulu"], note="only inside 'Sulu-based'")
E("tubod", L, ["Tubod"])
E("cebu", L, ["Cebu"], note="only inside 'Cebu-based'")
E("captives_camp", L, [], ["the camp where the captives were held"], unnamed=True, note="facility; location not given")
E("butig_camp", L, [], ["a camp outside Butig"], unnamed=True, note="facility struck on 2024-08-16")
E("iligan", L, ["Iligan"])
E("cotabato_city", L, ["Cotabato City"])
E("piagapo", L, ["Piagapo"])
E("piagapo_marawi_highway", L, [], ["the highway between Piagapo and Marawi"], unnamed=True, note="facility (road)")
E("sabah", L, ["Sabah"])
E("malaysia", L, ["Malaysia"])
E("basilan", L, ["Basilan"])

# ---- events
E("piagapo_ambush_2025", EV, [], ["An ambush"],
  note="the 9 February 2025 roadside-bomb ambush; also 'claiming it' (para 2) and the claim in para 22")
E("mapandi_claimed_killing_2024", EV, [], ["a death"],
  note="Mapandi's death as announced by the military (disputed): 'announced that it had killed him', 'a death they "
       "announced', 'Mapandi had been killed there'")
E("butig_airstrike_2024", EV, [], ["the strike"], note="'air force jets struck a camp outside Butig'")
E("jar_founding_2014", EV, [], ["The break"],
  note="the split from the RMC and founding of JAR ('The break came in 2014 ... founded Jama’at Ansar al-Ranaw')")
E("rmc_ceasefire_talks_2014", EV, [], ["ceasefire talks"])
E("weapons_cache_theft_2014", EV, [], [], note="clausal (alleged): 'taking the faction’s weapons cache with him'")
E("pledge_allegiance_2016", EV, [], [], note="clausal: 'Mapandi pledged allegiance to Harakat al-Khilafa' (in a video)")
E("jar_renaming_2017", EV, [], [], note="clausal: 'JAR renamed itself Wilayat Ranaw'")
E("poso_raid_2017", EV, [], ["a police raid in Poso"])
E("tib_merger_2019", EV, [], [], note="clausal: 'a faction ... merged into Wilayat Ranaw'")
E("un_report_2024", EV, [], ["The team’s latest report", "the UN report", "the report"],
  note="the monitoring team's report published July 2024 (publication)")
E("kidnapping_2023", EV, [], ["the abduction", "the kidnapping", "The group’s most lucrative operation"])
E("release_2023_12", EV, [], [], note="clausal: 'Two hostages were freed that December'")
E("release_2024_02", EV, [], [], note="clausal: '(were freed) ... the rest in February 2024'")
E("ransom_payment", EV, [], ["A ransom of 12 million pesos"])
E("mapandi_wounding_2024", EV, [], [], note="clausal, possible only: 'may have been wounded in the strike'")
E("mapandi_audio_2025", EV, [], ["An audio recording attributed to Mapandi"],
  note="circulation of an audio recording in January 2025 (publication)")
E("us_designation_2021", EV, [], ["A U.S. Treasury Department designation"])
E("rfj_reward", EV, [], [], note="clausal: 'the State Department’s Rewards for Justice program offers up to $3 million'")
E("ph_bounty_2022", EV, [], ["a bounty of 5 million pesos"])
E("atc_designation", EV, [], [], note="clausal: 'the Anti-Terrorism Council designated Wilayat Ranaw a terrorist organisation'")

# ================================================================== relations
# ---- headline, dateline, lead
R("wilayat_ranaw", "located_in", "mindanao", "Mindanao’s Wilayat Ranaw", note="headline")
R("manila", "located_in", "philippines", "MANILA, April 22, 2025", implicit=True,
  note="dateline gives no country; capital of the Philippines (world knowledge)")
LEAD = ("Eight months after the Philippine military announced that it had killed him, Abdulrahim Sarip Mapandi "
        "appears to be very much alive.")
R("afp", "part_of", "philippines", "the Philippine military", note="adjective 'Philippine' + 'military'")
R("mapandi", "died_on", "2024-08", "the Philippine military announced that it had killed him", source="afp",
  stance="disputes", place="butig_camp",
  note="date from 'Eight months after' (announcement 2024-08-18, strike 2024-08-16); author: 'appears to be very "
       "much alive', 'the military’s claim remains unsubstantiated'")
R("afp", "perpetrated", "mapandi_claimed_killing_2024", "the Philippine military announced that it had killed him",
  source="afp", stance="disputes")
R("mapandi", "died_on", "2024-08", LEAD, certainty="probable", polarity="negative",
  certainty_cue="appears to", polarity_cue="very much alive",
  note="the author's own hedged counter-claim: he is alive, so the announced death did not happen")
NICK = ("Mapandi, better known by his nom de guerre Abu Yusuf al-Lanawi, and to villagers around Lake Lanao as "
        "“Kumander Bagyo” (Commander Typhoon), leads Wilayat Ranaw, formerly Jama’at Ansar al-Ranaw.")
R("mapandi", "leader_of", "wilayat_ranaw", NICK, time="2025-04-22", qualifier="present tense 'leads'")
R("jar", "renamed_to", "wilayat_ranaw", "Wilayat Ranaw, formerly Jama’at Ansar al-Ranaw",
  note="'formerly' = former name")
R("villagers", "located_in", "lake_lanao", "villagers around Lake Lanao", qualifier="around")
R("mapandi", "claimed_responsibility", "piagapo_ambush_2025", "An ambush in February, and a statement in his name "
  "claiming it", certainty="reported", time="2025-02-10", qualifier="a statement in his name (signed 'Abu Yusuf')",
  certainty_cue="in his name", note="authorship of the statement not verified (see para 22)")
R("mapandi", "died_on", "2024-08", "a death they announced with some confidence last August",
  source="manila_officials", certainty="probable", stance="disputes", certainty_cue="with some confidence",
  note="'forced officials in Manila to revisit' the announced death")
R("manila_officials", "located_in", "manila", "officials in Manila")

# ---- birth, early life
BORN = ("He was born in Marawi, the main city of Lanao del Sur province, in 1981, according to a police dossier "
        "seen by this newspaper.")
R("mapandi", "born_on", "1981", BORN, source="police_dossier", place="marawi",
  note="birthplace Marawi kept as 'place' (no birthplace predicate); contradicts the Treasury's 1979")
R("marawi", "located_in", "lanao_del_sur", "Marawi, the main city of Lanao del Sur province",
  qualifier="main city", note="apposition inside the attributed sentence, but a geographic fact given by the "
                                 "author's own noun phrase")
R("mapandi", "citizen_of", "philippines", BORN, implicit=True, source="police_dossier",
  qualifier="born in Marawi; nationality not stated", note="no birthplace predicate in the vocabulary")
R("mapandi", "born_on", "1979",
  "A U.S. Treasury Department designation gives his year of birth as 1979.", source="us_treasury",
  note="via the 2021 designation document; contradicts the police dossier's 1981")
R("us_treasury", "part_of", "united_states", "U.S. Treasury Department")
CAIRO = ("He is believed to have studied Islamic jurisprudence in Cairo before teaching at a madrasa in Marawi, "
         "where students knew him as Ustadz Rahim.")
R("mapandi", "located_in", "cairo", CAIRO, certainty="reported", certainty_cue="is believed to",
  qualifier="studied Islamic jurisprudence there")
R("mapandi", "holds_position", "madrasa_marawi", CAIRO, role="teacher", certainty="reported",
  certainty_cue="is believed to",
  note="'before teaching' read inside the scope of 'is believed to'; a reading as plain author fact is possible")
R("madrasa_marawi", "located_in", "marawi", "a madrasa in Marawi")
R("students", "member_of", "madrasa_marawi", "teaching at a madrasa in Marawi, where students knew him",
  implicit=True, qualifier="students")

# ---- RMC
RMC = ("Around 2009 he joined the Ranao Mujahideen Council (RMC), a small armed faction active in the hills west of "
       "the lake.")
R("mapandi", "member_of", "rmc", RMC, time="2009", qualifier="joined around 2009 (approximate)")
R("rmc", "located_in", "lake_lanao", "a small armed faction active in the hills west of the lake",
  qualifier="area of operations: hills west of the lake")
SHURA = "By 2012 he sat on the council’s shura and ran its recruitment around Butig."
R("mapandi", "holds_position", "rmc", SHURA, role="shura member", time="2012",
  qualifier="by 2012; the shura is the council's consultative/leadership body")
R("mapandi", "holds_position", "rmc", SHURA, role="head of recruitment", time="2012",
  qualifier="ran its recruitment around Butig", alt_predicates=["recruited"])
R("rmc", "located_in", "butig", "ran its recruitment around Butig", qualifier="recruitment area")
R("rmc_leaders", "leader_of", "rmc", "the RMC’s leaders")
R("mapandi", "member_of", "rmc", "Mapandi walked out with roughly 40 fighters", polarity="negative", time="2014",
  polarity_cue="walked out", qualifier="left the RMC in 2014 (split)")
R("jar_founding_fighters", "member_of", "rmc", "Mapandi walked out with roughly 40 fighters", polarity="negative",
  time="2014", implicit=True, polarity_cue="walked out", qualifier="left with Mapandi")
FOUND = "Mapandi walked out with roughly 40 fighters and founded Jama’at Ansar al-Ranaw (JAR)."
R("mapandi", "founded", "jar", FOUND, time="2014", alt_objects=["wilayat_ranaw"])
R("mapandi", "leader_of", "jar", FOUND, time="2014", implicit=True, note="founder leading the fighters who left with him")
R("jar_founding_fighters", "member_of", "jar", FOUND, time="2014", implicit=True)

# ---- allegiance, renaming, funding, training
PLEDGE = ("In a video released in June 2016, Mapandi pledged allegiance to Harakat al-Khilafa, a transnational "
          "jihadist movement based in the Middle East.")
R("mapandi", "allied_with", "harakat_al_khilafa", PLEDGE, time="2016-06",
  qualifier="pledged allegiance (bay'ah) in a video", alt_predicates=["member_of"])
R("jar", "allied_with", "harakat_al_khilafa", PLEDGE, time="2016-06", implicit=True,
  qualifier="its leader's pledge binds the group", alt_predicates=["part_of"])
R("harakat_al_khilafa", "located_in", "middle_east", "a transnational jihadist movement based in the Middle East",
  qualifier="based in")
R("jar", "renamed_to", "wilayat_ranaw", "In January 2017 JAR renamed itself Wilayat Ranaw", time="2017-01")
R("wilayat_ranaw", "part_of", "harakat_al_khilafa", "styling itself the movement’s “province” on the lake",
  source="wilayat_ranaw", time="2017-01", qualifier="self-styled 'province' (wilaya) of the movement",
  alt_predicates=["allied_with"])
R("wilayat_ranaw", "located_in", "lake_lanao", "styling itself the movement’s “province” on the lake",
  source="wilayat_ranaw", qualifier="'province' on the lake")
ANAL = "Analysts believe it has since received money and at least two trainers from Harakat al-Khilafa."
R("harakat_al_khilafa", "funded", "wilayat_ranaw", ANAL, certainty="probable", source="analysts",
  certainty_cue="believe", time="2017-01/..", qualifier="money ('since' the renaming)")
R("harakat_al_khilafa", "trained", "wilayat_ranaw", ANAL, certainty="probable", source="analysts",
  certainty_cue="believe", time="2017-01/..", qualifier="at least two trainers sent",
  alt_predicates=["supported"])
ZAID = ("Mapandi reportedly learned bomb-making in 2015 from Abu Zaid, an Indonesian militant who was killed in a "
        "police raid in Poso in 2017.")
R("abu_zaid", "trained", "mapandi", ZAID, certainty="reported", time="2015", certainty_cue="reportedly",
  qualifier="bomb-making")
R("abu_zaid", "citizen_of", "indonesia", "an Indonesian militant", note="demonym")
R("abu_zaid", "died_on", "2017", "an Indonesian militant who was killed in a police raid in Poso in 2017",
  place="poso")
R("indonesian_police", "perpetrated", "poso_raid_2017", "a police raid in Poso", implicit=True)
R("poso_raid_2017", "located_in", "poso", "a police raid in Poso")
R("poso", "located_in", "indonesia", "a police raid in Poso", implicit=True, note="world knowledge (Central Sulawesi)")

# ---- merger, UN team, strength
MERGE = ("In 2019 a faction of the Sulu-based Tausug Islamic Brigade, led by Jainal Taupan, merged into Wilayat "
         "Ranaw, according to the UN Security Council’s sanctions monitoring team.")
R("tib_faction", "merged_into", "wilayat_ranaw", MERGE, source="un_monitoring_team", time="2019")
R("tib_faction", "part_of", "tausug_islamic_brigade", MERGE, source="un_monitoring_team", time="../2019",
  qualifier="a faction of (until the merger)")
R("jainal_taupan", "leader_of", "tib_faction", MERGE, source="un_monitoring_team")
R("tausug_islamic_brigade", "located_in", "sulu", "the Sulu-based Tausug Islamic Brigade",
  source="un_monitoring_team", qualifier="based in")
R("un_monitoring_team", "part_of", "un_security_council", "the UN Security Council’s sanctions monitoring team")
R("un_security_council", "part_of", "un", "UN Security Council", implicit=True, note="from the name")
VILL = ("“They are a spent force,” Lieutenant Colonel Ramon Villaruz, a spokesman for the army’s 1st Infantry "
        "Division, told reporters in Marawi in March.")
R("ramon_villaruz", "holds_position", "army_1st_infantry_division",
  "Lieutenant Colonel Ramon Villaruz, a spokesman for the army’s 1st Infantry Division", role="spokesman",
  qualifier="rank: lieutenant colonel", alt_objects=["afp", "philippine_army"])
R("army_1st_infantry_division", "part_of", "philippine_army", "the army’s 1st Infantry Division")
R("philippine_army", "part_of", "afp", "the army’s 1st Infantry Division", implicit=True,
  note="the Philippine Army is a branch of the AFP (world knowledge; context of the AFP figure)")

# ---- kidnapping
KID = ("The group’s most lucrative operation was the abduction on October 14, 2023, of road workers near Tubod, in "
       "Lanao del Norte.")
R("wilayat_ranaw", "perpetrated", "kidnapping_2023", KID, time="2023-10-14",
  note="author's own assertion ('The group’s most lucrative operation'), though the group never claimed it")
R("wilayat_ranaw", "targeted", "kidnapped_workers", KID, time="2023-10-14", qualifier="abduction")
R("kidnapping_2023", "located_in", "tubod", "the abduction on October 14, 2023, of road workers near Tubod",
  qualifier="near")
R("tubod", "located_in", "lanao_del_norte", "near Tubod, in Lanao del Norte")
EMP = ("Their employer, the Cebu-based contractor Halcon Visayas Construction, said four of its employees had been "
       "seized.")
R("kidnapped_workers", "member_of", "halcon_visayas", "Their employer, the Cebu-based contractor Halcon Visayas "
  "Construction", qualifier="employees", alt_predicates=["works_with"])
R("halcon_visayas", "located_in", "cebu", "the Cebu-based contractor Halcon Visayas Construction", qualifier="based in")
R("kidnapped_workers", "member_of", "halcon_visayas", "said four of its employees had been seized",
  source="halcon_visayas", qualifier="employees", alt_predicates=["works_with"])
RANSOM = ("A ransom of 12 million pesos was reportedly paid, though the company denies paying anything.")
R("halcon_visayas", "funded", "wilayat_ranaw", "A ransom of 12 million pesos was reportedly paid",
  certainty="reported", implicit=True, certainty_cue="reportedly", qualifier="ransom of 12 million pesos",
  note="payer and recipient not named in the clause; inferred from the company's denial and the group's "
       "responsibility")
R("halcon_visayas", "funded", "wilayat_ranaw", "the company denies paying anything", polarity="negative",
  source="halcon_visayas", polarity_cue="denies", qualifier="ransom")
R("wilayat_ranaw", "claimed_responsibility", "kidnapping_2023", "Wilayat Ranaw never formally claimed the kidnapping.",
  polarity="negative", polarity_cue="never")
CALLS = ("But a regional security official said intercepted calls placed Mapandi’s deputy, Yasser Tanggol, also "
         "known as Abu Hamza, at the camp where the captives were held.")
R("yasser_tanggol", "holds_position", "wilayat_ranaw", CALLS, role="deputy", source="regional_security_official",
  qualifier="Mapandi's deputy",
  note="apposition inside the official's reported clause takes the official's source (conflict gold convention); "
       "an author reading is also defensible")
R("yasser_tanggol", "works_with", "mapandi", "Mapandi’s deputy, Yasser Tanggol", source="regional_security_official",
  qualifier="deputy")
R("yasser_tanggol", "located_in", "captives_camp", CALLS, source="regional_security_official",
  qualifier="placed there by intercepted calls", time="2023-10/2024-02")
R("kidnapped_workers", "located_in", "captives_camp", "the camp where the captives were held",
  source="regional_security_official")
R("yasser_tanggol", "perpetrated", "kidnapping_2023", CALLS, certainty="possible",
  source="regional_security_official", implicit=True,
  note="presence at the camp where the captives were held implies involvement; not stated")

# ---- air strike and claimed killing
STRIKE = "On August 16, 2024, air force jets struck a camp outside Butig."
R("philippine_air_force", "perpetrated", "butig_airstrike_2024", STRIKE, time="2024-08-16")
R("philippine_air_force", "targeted", "butig_camp", STRIKE, time="2024-08-16")
R("butig_camp", "located_in", "butig", "a camp outside Butig", qualifier="outside")
R("philippine_air_force", "part_of", "afp", STRIKE, implicit=True, note="the air force is a branch of the AFP")
R("butig", "located_in", "lanao_del_sur", "a camp outside Butig", implicit=True, note="world knowledge")
KILL = "Two days later the military announced that Mapandi had been killed there with seven of his fighters."
R("mapandi", "died_on", "2024-08-16", KILL, source="afp", stance="disputes", place="butig_camp", time="2024-08-18",
  note="'there' = the camp outside Butig; announcement dated 2024-08-18")
R("afp", "perpetrated", "mapandi_claimed_killing_2024", KILL, source="afp", stance="disputes", implicit=True,
  note="killed in the AFP's air strike (the agent is implicit in the passive)")
R("strike_dead_fighters", "died_on", "2024-08-16", KILL, source="afp", stance="disputes", place="butig_camp")
R("strike_dead_fighters", "member_of", "wilayat_ranaw", "seven of his fighters", source="afp",
  qualifier="'his fighters' (Mapandi's)")
SAL = ("“We can say with high confidence that the leader of Wilayat Ranaw has been neutralised,” Colonel Ernesto "
       "Salcedo, chief of the AFP’s public affairs office, said at the time.")
R("mapandi", "died_on", "2024-08-16", "“We can say with high confidence that the leader of Wilayat Ranaw has been "
  "neutralised,”", source="ernesto_salcedo", via=["afp"], certainty="probable", stance="disputes",
  certainty_cue="with high confidence", qualifier="'neutralised' (killed, in context)",
  note="spoken on behalf of the AFP")
R("mapandi", "leader_of", "wilayat_ranaw", "the leader of Wilayat Ranaw has been neutralised",
  source="ernesto_salcedo", via=["afp"])
R("ernesto_salcedo", "holds_position", "afp_public_affairs_office",
  "Colonel Ernesto Salcedo, chief of the AFP’s public affairs office", role="chief", qualifier="rank: colonel",
  alt_objects=["afp"])
R("afp_public_affairs_office", "part_of", "afp", "the AFP’s public affairs office")
R("mapandi", "died_on", "2024-08-16", "The group denied it within days.", polarity="negative",
  source="wilayat_ranaw", polarity_cue="denied", note="'it' = the military's announcement of his death")
DENY = ("In an audio message posted on August 22 on Sawt al-Ranaw, its Telegram channel, a speaker identified as "
        "Tanggol said the commander was “alive and leading the mujahideen” and that only three fighters had died in "
        "the strike.")
R("mapandi", "died_on", "2024-08-16", DENY, polarity="negative", source="yasser_tanggol",
  via=["sawt_al_ranaw"], polarity_cue="alive", qualifier="speaker only 'identified as' Tanggol",
  note="speaks for the group (on behalf of wilayat_ranaw)")
R("mapandi", "leader_of", "wilayat_ranaw", "the commander was “alive and leading the mujahideen”",
  source="yasser_tanggol", via=["sawt_al_ranaw"], time="2024-08-22")
R("wilayat_ranaw", "controls", "sawt_al_ranaw", "Sawt al-Ranaw, its Telegram channel", qualifier="its channel")
R("sawt_al_ranaw", "part_of", "telegram", "its Telegram channel", qualifier="channel on the platform",
  alt_predicates=["located_in"])
COP = ("A senior police officer in Iligan, who spoke on condition of anonymity, said Mapandi “may have been wounded” "
       "in the strike but had probably crossed into Lanao del Norte to recover.")
R("iligan_police_officer", "member_of", "police", "A senior police officer in Iligan", qualifier="senior officer")
R("iligan_police_officer", "located_in", "iligan", "A senior police officer in Iligan")
R("mapandi", "located_in", "lanao_del_norte", "had probably crossed into Lanao del Norte to recover",
  certainty="probable", source="iligan_police_officer", certainty_cue="probably", qualifier="to recover")
R("mapandi", "died_on", "2024-08-16", COP, polarity="negative", certainty="probable",
  source="iligan_police_officer", implicit=True,
  note="wounded and then crossing into Lanao del Norte presupposes survival")
AUD = ("Laila Pandapatan, a researcher at the Mindanao Conflict Research Centre in Cotabato City, said voice "
       "comparisons by her team suggested it was genuine.")
R("laila_pandapatan", "holds_position", "mcrc",
  "Laila Pandapatan, a researcher at the Mindanao Conflict Research Centre in Cotabato City", role="researcher")
R("mcrc", "located_in", "cotabato_city", "the Mindanao Conflict Research Centre in Cotabato City")
R("pandapatan_team", "part_of", "mcrc", "voice comparisons by her team", implicit=True)
R("laila_pandapatan", "leader_of", "pandapatan_team", "her team", implicit=True, note="possessive 'her team'")
R("mapandi", "died_on", "2024-08-16", AUD, polarity="negative", certainty="probable", source="laila_pandapatan",
  via=["pandapatan_team"], implicit=True, certainty_cue="suggested",
  note="a genuine recording circulating in January 2025 implies he survived the August 2024 strike")

# ---- ambush
AMB = ("On February 9, gunmen detonated a roadside bomb under an army truck on the highway between Piagapo and "
       "Marawi.")
R("gunmen", "perpetrated", "piagapo_ambush_2025", AMB, time="2025-02-09")
R("gunmen", "targeted", "philippine_army", AMB, time="2025-02-09", qualifier="an army truck (roadside bomb)")
R("piagapo_ambush_2025", "located_in", "piagapo_marawi_highway", AMB)
R("piagapo_marawi_highway", "located_in", "lanao_del_sur", "the highway between Piagapo and Marawi", implicit=True,
  note="both towns are in Lanao del Sur (world knowledge)")
R("ambush_soldiers", "died_on", "2025-02-09", "The military said six soldiers were killed and four wounded.",
  source="afp")
R("ambush_soldiers", "member_of", "afp", "The military said six soldiers were killed", source="afp", implicit=True,
  alt_objects=["philippine_army"], note="soldiers in an army truck")
COUN = ("A municipal councillor in Piagapo told a local radio station that nine soldiers and a passing motorcyclist "
        "had died.")
R("municipal_councillor", "holds_position", "piagapo", "A municipal councillor in Piagapo", role="municipal councillor")
R("ambush_soldiers", "died_on", "2025-02-09", COUN, source="municipal_councillor", via=["local_radio_station"],
  qualifier="nine soldiers")
R("motorcyclist", "died_on", "2025-02-09", COUN, source="municipal_councillor", via=["local_radio_station"])
CLAIM = ("Wilayat Ranaw claimed responsibility the next day in a statement on Sawt al-Ranaw, signed “Abu Yusuf”, "
         "which said its fighters had killed 17 “soldiers of the apostate army”.")
R("wilayat_ranaw", "claimed_responsibility", "piagapo_ambush_2025",
  "Wilayat Ranaw claimed responsibility the next day in a statement on Sawt al-Ranaw", source="wilayat_ranaw",
  via=["sawt_al_ranaw"], time="2025-02-10",
  note="author: 'The statement could not be independently verified, though its format matched earlier releases'")
R("mapandi", "claimed_responsibility", "piagapo_ambush_2025", CLAIM, source="wilayat_ranaw", via=["sawt_al_ranaw"],
  time="2025-02-10", qualifier="statement signed 'Abu Yusuf' (his nom de guerre)")
R("wilayat_ranaw", "perpetrated", "piagapo_ambush_2025", "which said its fighters had killed 17 “soldiers of the "
  "apostate army”", source="wilayat_ranaw", via=["sawt_al_ranaw"])
R("gunmen", "member_of", "wilayat_ranaw", "its fighters had killed 17", source="wilayat_ranaw", via=["sawt_al_ranaw"],
  implicit=True, note="'its fighters' = the gunmen")
R("wilayat_ranaw", "targeted", "ambush_soldiers", "its fighters had killed 17 “soldiers of the apostate army”",
  source="wilayat_ranaw", via=["sawt_al_ranaw"], alt_objects=["philippine_army"], qualifier="17 killed (group's figure)")
R("mapandi", "perpetrated", "piagapo_ambush_2025", "“This has his signature all over it,” the regional security "
  "official said.", certainty="probable", source="regional_security_official", role="orderer",
  qualifier="his modus operandi ('signature')",
  note="figurative; read as the official's (confident) inference that Mapandi planned it")
DOUBT = ("Some analysts are less sure, noting that Tanggol has run day-to-day operations since at least mid-2024.")
R("mapandi", "perpetrated", "piagapo_ambush_2025", "Some analysts are less sure", certainty="uncertain",
  source="some_analysts", implicit=True, certainty_cue="less sure",
  note="'less sure' than the official that the ambush was Mapandi's")
R("yasser_tanggol", "holds_position", "wilayat_ranaw", DOUBT, role="head of day-to-day operations",
  source="some_analysts", time="2024/..", alt_predicates=["leader_of"], qualifier="since at least mid-2024")

# ---- sanctions and rewards
R("united_states", "targeted", "mapandi", "Washington has long had Mapandi in its sights.",
  qualifier="figurative: sanctions and a reward", note="'Washington' = the US government (metonymy)")
R("us_treasury", "targeted", "mapandi", "The Treasury designated him a Specially Designated Global Terrorist in 2021",
  time="2021", qualifier="designation as Specially Designated Global Terrorist (sanctions)")
RFJ = ("the State Department’s Rewards for Justice program offers up to $3 million for information on his "
       "whereabouts")
R("rewards_for_justice", "targeted", "mapandi", RFJ, qualifier="reward of up to $3 million for information",
  time="2025-04-22")
R("rewards_for_justice", "part_of", "us_state_department", "the State Department’s Rewards for Justice program")
R("us_state_department", "part_of", "united_states", "Washington has long had Mapandi in its sights. The Treasury "
  "designated him a Specially Designated Global Terrorist in 2021, and the State Department’s", implicit=True,
  note="the US State Department (context: Washington, U.S. Treasury)")
BOUNTY = ("Manila added a bounty of 5 million pesos in 2022, after the Anti-Terrorism Council designated Wilayat Ranaw "
          "a terrorist organisation.")
R("philippines", "targeted", "mapandi", "Manila added a bounty of 5 million pesos in 2022", time="2022",
  qualifier="bounty of 5 million pesos", note="'Manila' = the Philippine government (metonymy)")
R("anti_terrorism_council", "targeted", "wilayat_ranaw",
  "the Anti-Terrorism Council designated Wilayat Ranaw a terrorist organisation", time="../2022",
  qualifier="designated a terrorist organisation (before the 2022 bounty)")
R("anti_terrorism_council", "part_of", "philippines", BOUNTY, implicit=True,
  note="the Philippine Anti-Terrorism Council (context: Manila)")

# ---- UN report: funding, recruitment
FUND = ("According to the UN report, the group pays its way through ransoms, “taxes” on quarry operators and "
        "transfers from Harakat al-Khilafa routed through intermediaries in Sabah, Malaysia.")
R("quarry_operators", "funded", "wilayat_ranaw", FUND, source="un_monitoring_team",
  qualifier="extortion ('taxes' on quarry operators)")
R("harakat_al_khilafa", "funded", "wilayat_ranaw", FUND, source="un_monitoring_team",
  qualifier="transfers routed through intermediaries in Sabah", via=["intermediaries"],
  note="'via' here = the intermediaries of the money, kept for the reader; the claim's source is the UN team")
R("intermediaries", "works_with", "harakat_al_khilafa", FUND, source="un_monitoring_team",
  qualifier="route its transfers", alt_objects=["wilayat_ranaw"])
R("intermediaries", "located_in", "sabah", "intermediaries in Sabah, Malaysia", source="un_monitoring_team")
R("sabah", "located_in", "malaysia", "Sabah, Malaysia")
REC = "It also recruited at least a dozen fighters from Basilan in 2023, the report said."
R("wilayat_ranaw", "recruited", "basilan_recruits", REC, source="un_monitoring_team", time="2023")
R("basilan_recruits", "member_of", "wilayat_ranaw", REC, source="un_monitoring_team", time="2023/..", implicit=True)
R("basilan_recruits", "located_in", "basilan", "at least a dozen fighters from Basilan", source="un_monitoring_team",
  qualifier="origin ('from')")

# ---- closing
R("mapandi", "founded", "wilayat_ranaw", "“The organisation he founded no longer depends on him,” Pandapatan said.",
  source="laila_pandapatan", alt_objects=["jar"], note="founded as JAR in 2014")
R("mapandi", "died_on", "2024-08-16", "“We stand by our assessment,” Salcedo said this month.",
  source="ernesto_salcedo", via=["afp"], stance="disputes", implicit=True, time="2025-04",
  note="'our assessment' = that Mapandi was killed; 'The AFP has not backed down'")

# =============================================================== attributions
A("the Philippine military announced that it had killed him", "afp", "announced", False,
  content="it had killed him")
A("a statement in his name claiming it", "mapandi", "claiming", False,
  note="statement issued in his name (signed 'Abu Yusuf', para 22); authorship unverified; also on behalf of "
       "wilayat_ranaw", on_behalf_of="wilayat_ranaw")
A("have forced officials in Manila to revisit a death they announced with some confidence last August",
  "manila_officials", "announced", False, content="a death")
A(BORN, "police_dossier", "according to", False, note="document of the (Philippine) police, seen by the author's newspaper",
  on_behalf_of="police")
A("A U.S. Treasury Department designation gives his year of birth as 1979.", "us_treasury", "gives", False,
  note="the designation document as the source (cf. 'according to court documents')")
A("RMC officials later accused him of taking the faction’s weapons cache with him", "rmc_officials", "accused", False)
A("styling itself the movement’s “province” on the lake", "wilayat_ranaw", "styling itself", False,
  partial_quote=True, note="self-description; the author's scare quotes mark the group's term")
A(ANAL, "analysts", "believe", False)
A(MERGE, "un_monitoring_team", "according to", False)
A("The team’s latest report, published in July 2024, put the group’s strength at 150 to 250 fighters.",
  "un_monitoring_team", "put", False)
A("The Armed Forces of the Philippines (AFP) says fewer than 80.", "afp", "says", False)
A(VILL, "ramon_villaruz", "told reporters", True, on_behalf_of="army_1st_infantry_division")
A("The monitoring team’s estimate, which matches what residents describe", "residents", "describe", False,
  note="residents' accounts, content not given; the author uses them to back the UN estimate")
A("Police said five workers were taken.", "police", "said", False)
A(EMP, "halcon_visayas", "said", False)
A("though the company denies paying anything", "halcon_visayas", "denies", False, content="paying anything")
A(CALLS, "regional_security_official", "said", False,
  note="nested evidence: 'intercepted calls placed ...' (signals intelligence)")
A(KILL, "afp", "announced", False)
A(SAL, "ernesto_salcedo", "said at the time", True, on_behalf_of="afp")
A("The group denied it within days.", "wilayat_ranaw", "denied", False)
A(DENY, "yasser_tanggol", "said", False, partial_quote=True, via=["sawt_al_ranaw"], on_behalf_of="wilayat_ranaw",
  cue_ctx="Tanggol said the commander",
  note="audio message on the group's Telegram channel; the speaker is only 'identified as' Tanggol")
A(COP, "iligan_police_officer", "said", False, partial_quote=True, cue_ctx="anonymity, said Mapandi")
A(AUD, "laila_pandapatan", "said", False,
  note="nested source: 'voice comparisons by her team suggested' (pandapatan_team)")
A("The military said six soldiers were killed and four wounded.", "afp", "said", False)
A(COUN, "municipal_councillor", "told", False, via=["local_radio_station"])
A("Wilayat Ranaw claimed responsibility the next day in a statement on Sawt al-Ranaw, signed “Abu Yusuf”",
  "wilayat_ranaw", "claimed responsibility", False, via=["sawt_al_ranaw"],
  note="claim of responsibility in a signed statement on its Telegram channel")
A("which said its fighters had killed 17 “soldiers of the apostate army”", "wilayat_ranaw", "said", False,
  partial_quote=True, via=["sawt_al_ranaw"])
A("The military dismissed the figure as “pure propaganda”.", "afp", "dismissed", False, partial_quote=True,
  note="the AFP disputes the group's figure of 17")
A("“This has his signature all over it,” the regional security official said.", "regional_security_official",
  "said", True)
A(DOUBT, "some_analysts", "noting", False)
A(FUND, "un_monitoring_team", "According to", False, note="via its report (un_report_2024)")
A(REC, "un_monitoring_team", "the report said", False, note="'the report' = the monitoring team's report")
A("“The organisation he founded no longer depends on him,” Pandapatan said.", "laila_pandapatan", "said", True)
A("“We stand by our assessment,” Salcedo said this month.", "ernesto_salcedo", "said", True, on_behalf_of="afp")

# ===================================================================== hedges
H("appears to", LEAD, "probable")
H("with some confidence", "a death they announced with some confidence last August", "probable",
  note="describes how confident the announcement was")
H("is believed to", "He is believed to have studied Islamic jurisprudence in Cairo", "reported")
H("accused", "RMC officials later accused him of taking the faction’s weapons cache with him", "reported")
H("believe", ANAL, "probable", note="the source's own belief: probable (FactBank), as 'the researchers believe' in "
                                    "influence_campaign_takedown")
H("reportedly", "Mapandi reportedly learned bomb-making in 2015 from Abu Zaid", "reported")
H("reportedly", "A ransom of 12 million pesos was reportedly paid", "reported")
H("with high confidence", "“We can say with high confidence that the leader of Wilayat Ranaw has been neutralised,”",
  "probable")
H("identified as", "a speaker identified as Tanggol", "reported",
  note="the speaker's identity is as identified (by the group/the channel), not established")
H("may have been", "said Mapandi “may have been wounded” in the strike", "possible")
H("probably", "had probably crossed into Lanao del Norte to recover", "probable")
H("attributed to", "An audio recording attributed to Mapandi circulated in January.", "reported")
H("suggested", "voice comparisons by her team suggested it was genuine", "probable")
H("could not be independently verified", "The statement could not be independently verified", "uncertain")
H("less sure", "Some analysts are less sure", "uncertain")
H("may", "Whether Mapandi is alive may matter less than it once did.", "possible",
  note="the author's own hedged assessment; 'Whether Mapandi is alive' leaves his survival open")

# ==================================================================== stances
S("Eight months on, the military’s claim remains unsubstantiated.", "afp", "disputes", "remains unsubstantiated",
  note="the claim that Mapandi was killed; backed by 'No body was shown and no DNA results have been released.'")
S("The monitoring team’s estimate, which matches what residents describe, is the more credible of the two.",
  "un_monitoring_team", "endorses", "is the more credible of the two")
S("The monitoring team’s estimate, which matches what residents describe, is the more credible of the two.",
  "afp", "disputes", "is the more credible of the two", note="the AFP's 'fewer than 80' is the less credible figure")
S(LEAD, "afp", "disputes", "appears to be very much alive", stance_strength="weak", ambiguous=True,
  note="implicit: the hedged counter-claim contradicts the military's announcement in the same sentence")

# ===================================================================== events
V("jar_founding_2014", "other", "2014", None, {"fighters": 40},
  [("mapandi", "actor", {"qualifier": "founder"}), ("jar", "result"),
   ("rmc", "actor", {"qualifier": "parent group it split from"}), ("jar_founding_fighters", "actor")],
  "The break came in 2014, when the RMC’s leaders opened ceasefire talks with the government.",
  subtype="founding of a breakaway group (split from the RMC)", numbers_qualifier="roughly 40 fighters",
  cause="the RMC leaders' ceasefire talks with the government")
V("rmc_ceasefire_talks_2014", "other", "2014", None, {},
  [("rmc", "actor"), ("rmc_leaders", "attendee"), ("philippines", "actor", {"qualifier": "the government"})],
  "the RMC’s leaders opened ceasefire talks with the government", subtype="meeting: ceasefire talks (opened)")
V("weapons_cache_theft_2014", "other", "2014", None, {},
  [("mapandi", "perpetrator", {"source": "rmc_officials", "certainty": "reported"}), ("rmc", "victim")],
  "RMC officials later accused him of taking the faction’s weapons cache with him",
  subtype="alleged theft of the faction's weapons cache", note="a charge he has never addressed")
V("pledge_allegiance_2016", "other", "2016-06", None, {},
  [("mapandi", "actor"), ("jar", "actor", {"implicit": True}), ("harakat_al_khilafa", "recipient")],
  PLEDGE, subtype="agreement: pledge of allegiance (bay'ah) announced in a video")
V("jar_renaming_2017", "renaming", "2017-01", None, {},
  [("jar", "actor"), ("wilayat_ranaw", "result")], "In January 2017 JAR renamed itself Wilayat Ranaw")
V("poso_raid_2017", "killing", "2017", "poso", {},
  [("abu_zaid", "victim"), ("indonesian_police", "perpetrator", {"implicit": True})],
  "an Indonesian militant who was killed in a police raid in Poso in 2017", subtype="killed in a police raid")
V("tib_merger_2019", "other", "2019", None, {},
  [("tib_faction", "actor"), ("wilayat_ranaw", "result"), ("jainal_taupan", "actor", {"qualifier": "faction leader"})],
  MERGE, subtype="merger of a faction into Wilayat Ranaw", source="un_monitoring_team")
V("un_report_2024", "other", "2024-07", None, {"fighters_min": 150, "fighters_max": 250},
  [("un_monitoring_team", "actor"), ("wilayat_ranaw", "target")],
  "The team’s latest report, published in July 2024", subtype="publication: UN sanctions monitoring team report")
V("kidnapping_2023", "kidnapping", "2023-10-14", "tubod", {"hostages": 5},
  [("wilayat_ranaw", "perpetrator", {"source": "author"}),
   ("wilayat_ranaw", "claimant", {"polarity": "negative", "qualifier": "never formally claimed"}),
   ("yasser_tanggol", "perpetrator", {"source": "regional_security_official", "certainty": "possible",
                                      "implicit": True, "qualifier": "placed at the camp where the captives were held"}),
   ("kidnapped_workers", "victim"), ("halcon_visayas", "target")],
  KID, subtype="kidnapping for ransom of road workers", place_qualifier="near Tubod, Lanao del Norte",
  numbers_by_source=[
      {"source": "police", "numbers": {"hostages": 5}, "evidence": "Police said five workers were taken."},
      {"source": "halcon_visayas", "numbers": {"hostages": 4}, "qualifier": "four of its employees",
       "evidence": "said four of its employees had been seized"}],
  note="numbers = the first figure given (police); the company's four may exclude non-employees")
V("release_2023_12", "other", "2023-12", None, {"released": 2},
  [("kidnapped_workers", "victim")], "Two hostages were freed that December", subtype="release of two hostages")
V("release_2024_02", "other", "2024-02", None, {},
  [("kidnapped_workers", "victim")], "Two hostages were freed that December and the rest in February 2024",
  subtype="release of the remaining hostages", numbers_note="'the rest': 3 by the police count, 2 by the company's")
V("ransom_payment", "other", None, None, {"ransom_php": 12000000},
  [("halcon_visayas", "payer", {"certainty": "reported", "implicit": True}),
   ("halcon_visayas", "payer", {"source": "halcon_visayas", "polarity": "negative"}),
   ("wilayat_ranaw", "recipient", {"certainty": "reported", "implicit": True})],
  RANSOM, subtype="payment of a ransom (reported; denied by the company)", certainty="reported",
  date_note="not dated; between 2023-10-14 and the releases (2023-12/2024-02)")
V("butig_airstrike_2024", "attack", "2024-08-16", "butig_camp", {"killed": 8},
  [("philippine_air_force", "perpetrator"), ("afp", "perpetrator", {"implicit": True}),
   ("butig_camp", "target"), ("wilayat_ranaw", "target", {"source": "afp"}),
   ("mapandi", "target", {"source": "afp"}),
   ("strike_dead_fighters", "victim", {"source": "afp"})],
  STRIKE, subtype="air strike on a militant camp", place_qualifier="a camp outside Butig",
  numbers_by_source=[
      {"source": "afp", "time": "2024-08-18", "numbers": {"killed": 8},
       "qualifier": "Mapandi and seven of his fighters", "evidence": KILL},
      {"source": "yasser_tanggol", "time": "2024-08-22", "numbers": {"killed": 3},
       "qualifier": "only three fighters (Mapandi alive)",
       "evidence": "only three fighters had died in the strike"}])
V("mapandi_claimed_killing_2024", "killing", "2024-08-16", "butig_camp", {},
  [("afp", "perpetrator", {"source": "afp", "author_stance": "disputes"}),
   ("mapandi", "victim", {"source": ["afp", "ernesto_salcedo", "manila_officials"], "author_stance": "disputes"}),
   ("mapandi", "victim", {"source": ["wilayat_ranaw", "yasser_tanggol"], "polarity": "negative"}),
   ("mapandi", "victim", {"source": "author", "polarity": "negative", "certainty": "probable"})],
  KILL, subtype="claimed killing of the group's leader in an air strike (disputed)", disputed=True,
  note="announced 2024-08-18; denied by the group 2024-08-22; called unsubstantiated by the author")
V("mapandi_wounding_2024", "other", "2024-08-16", "butig_camp", {},
  [("mapandi", "victim", {"source": "iligan_police_officer", "certainty": "possible"})],
  "said Mapandi “may have been wounded” in the strike", subtype="injury (possible wounding of Mapandi)",
  certainty="possible")
V("mapandi_audio_2025", "other", "2025-01", None, {},
  [("mapandi", "actor", {"certainty": "reported", "qualifier": "attributed to"})],
  "An audio recording attributed to Mapandi circulated in January.",
  subtype="publication: audio recording attributed to Mapandi circulated",
  note="Pandapatan: voice comparisons suggested it was genuine")
V("piagapo_ambush_2025", "attack", "2025-02-09", "piagapo_marawi_highway",
  {"killed": 6, "soldiers_killed": 6, "injured": 4},
  [("gunmen", "perpetrator"),
   ("wilayat_ranaw", "perpetrator", {"source": "wilayat_ranaw", "via": ["sawt_al_ranaw"]}),
   ("wilayat_ranaw", "claimant", {"source": "wilayat_ranaw", "via": ["sawt_al_ranaw"],
                                  "qualifier": "statement on Sawt al-Ranaw signed 'Abu Yusuf', 2025-02-10; not "
                                               "independently verified"}),
   ("mapandi", "claimant", {"source": "wilayat_ranaw", "certainty": "reported", "qualifier": "signed 'Abu Yusuf'"}),
   ("mapandi", "orderer", {"source": "regional_security_official", "certainty": "probable"}),
   ("mapandi", "orderer", {"source": "some_analysts", "certainty": "uncertain", "implicit": True}),
   ("philippine_army", "target", {"qualifier": "an army truck"}),
   ("ambush_soldiers", "victim"), ("motorcyclist", "victim", {"source": "municipal_councillor"})],
  AMB, subtype="roadside bomb ambush on an army truck",
  place_qualifier="the highway between Piagapo and Marawi (Lanao del Sur)",
  numbers_by_source=[
      {"source": "afp", "numbers": {"killed": 6, "soldiers_killed": 6, "injured": 4},
       "evidence": "The military said six soldiers were killed and four wounded."},
      {"source": "municipal_councillor", "via": ["local_radio_station"],
       "numbers": {"killed": 10, "soldiers_killed": 9, "civilians_killed": 1},
       "evidence": "nine soldiers and a passing motorcyclist had died"},
      {"source": "wilayat_ranaw", "via": ["sawt_al_ranaw"], "time": "2025-02-10",
       "numbers": {"killed": 17, "soldiers_killed": 17},
       "qualifier": "dismissed by the military as 'pure propaganda'",
       "evidence": "its fighters had killed 17 “soldiers of the apostate army”"}])
V("us_designation_2021", "other", "2021", None, {},
  [("us_treasury", "actor"), ("united_states", "actor"), ("mapandi", "target")],
  "The Treasury designated him a Specially Designated Global Terrorist in 2021",
  subtype="sanction: designation as a Specially Designated Global Terrorist")
V("rfj_reward", "other", None, None, {"reward_usd": 3000000},
  [("rewards_for_justice", "actor"), ("us_state_department", "actor"), ("mapandi", "target")], RFJ,
  subtype="sanction: reward offer for information (Rewards for Justice)", numbers_qualifier="up to",
  date_note="ongoing at publication ('offers'); start not given")
V("ph_bounty_2022", "other", "2022", None, {"reward_php": 5000000},
  [("philippines", "actor"), ("mapandi", "target")], "Manila added a bounty of 5 million pesos in 2022",
  subtype="sanction: government bounty on Mapandi")
V("atc_designation", "other", None, None, {},
  [("anti_terrorism_council", "actor"), ("wilayat_ranaw", "target")],
  "the Anti-Terrorism Council designated Wilayat Ranaw a terrorist organisation",
  subtype="sanction: designation as a terrorist organisation", date_note="before the 2022 bounty ('../2022')")

# ==================================================================== timexes
T("April 22, 2025", "2025-04-22", function="publication_date")
T("Eight months", "P8M", occ=0, type="duration", note="'Eight months after' the announcement (2024-08-18)")
T("February", "2025-02", ctx="An ambush in February")
T("last August", "2024-08", anchor="2025-04-22")
T("1981", "1981")
T("1979", "1979")
T("2009", "2009", mod="APPROX", note="'Around 2009' (the modifier is left outside the extent, like a preposition)")
T("2012", "2012", signal="By")
T("2014", "2014")
T("June 2016", "2016-06")
T("January 2017", "2017-01")
T("2015", "2015")
T("2017", "2017", ctx="Poso in 2017")
T("2019", "2019")
T("July 2024", "2024-07")
T("March", "2025-03", note="'in March' before an April 2025 publication")
T("October 14, 2023", "2023-10-14")
T("that December", "2023-12", anchor="2023-10-14")
T("February 2024", "2024-02")
T("August 16, 2024", "2024-08-16")
T("Two days later", "2024-08-18", anchor="2024-08-16")
T("days", "PXD", ctx="within days", type="duration", note="'within days' of the announcement")
T("August 22", "2024-08-22", note="anchored on the August 2024 strike narrative")
T("Eight months", "P8M", occ=1, type="duration", note="'Eight months on' (from August 2024 to April 2025)")
T("January", "2025-01", ctx="circulated in January")
T("February 9", "2025-02-09")
T("the next day", "2025-02-10", anchor="2025-02-09")
T("mid-2024", "2024", mod="MID", signal="since at least", alt_values=["2024-06", "2024-07", "2024/.."])
T("2021", "2021")
T("2022", "2022")
T("2023", "2023", ctx="Basilan in 2023")
T("this month", "2025-04", anchor="2025-04-22")

# ====================================================================== notes
g.notes += [
    "FICTIONAL dev document (own wording), written for the claimgraph development set and annotated by hand before "
    "any claimgraph run: Abdulrahim Sarip Mapandi, Yasser Tanggol, Abu Zaid, Jainal Taupan, Ramon Villaruz, Ernesto "
    "Salcedo, Laila Pandapatan, Wilayat Ranaw / Jama’at Ansar al-Ranaw, the Ranao Mujahideen Council, Harakat "
    "al-Khilafa, the Tausug Islamic Brigade, Halcon Visayas Construction, Sawt al-Ranaw and the Mindanao Conflict "
    "Research Centre are invented. Places and real institutions (the AFP and its 1st Infantry Division, the "
    "Philippine Anti-Terrorism Council, the U.S. Treasury, the State Department's Rewards for Justice program, the "
    "UN Security Council's sanctions monitoring team, Telegram) are real, but every action, figure and statement "
    "attributed to them here is fictional. errors: none (no real-world facts to check; the 1981/1979 birth years "
    "are a contradiction between sources, not a slip).",
    "published = dateline date 2025-04-22 (Tuesday): 'February' / 'February 9' = 2025 (before publication), 'last "
    "August' = 2024-08, 'March' = 2025-03, 'January' (audio recording) = 2025-01, 'that December' = 2023-12 "
    "(anchored on the October 2023 kidnapping), 'Two days later' = 2024-08-18, 'August 22' = 2024-08-22, 'the next "
    "day' = 2025-02-10, 'this month' = 2025-04. Not timexes: 'at the time' (anaphoric to the 2024-08-18 "
    "announcement; could be annotated as 'the time' = 2024-08-18), 'long' ('has long had'), 'once' ('than it once "
    "did'). 'Around 2009' and 'since at least mid-2024': the modifiers are outside the extent (mod APPROX / signal).",
    "Aliases: the birth name, the nom de guerre (and its short form 'Abu Yusuf' used as a signature), the "
    "villagers' nickname 'Kumander Bagyo' with its gloss in parentheses 'Commander Typhoon', and the students' "
    "'Ustadz Rahim' are all names of one Person. Tanggol = 'also known as Abu Hamza'. Group names: Jama’at Ansar "
    "al-Ranaw (JAR) is the former name ('formerly', 'renamed itself') of Wilayat Ranaw and is kept as its own "
    "entity with renamed_to (seed-gold convention, GIA -> AQIM); 'founded' therefore points to jar with "
    "alt_objects wilayat_ranaw. Acronyms defined in parentheses: RMC, JAR, AFP.",
    "Group history as relations: joined RMC ~2009 (member_of), shura member and recruitment head by 2012 "
    "(holds_position), left RMC in 2014 (member_of, negative, 'walked out'), founded JAR 2014 (founded), pledged "
    "allegiance to Harakat al-Khilafa 2016-06 (allied_with, alt member_of; the group's implicit allied_with), JAR "
    "renamed_to Wilayat Ranaw 2017-01, the group's self-styled 'province' (part_of, source the group), a faction of "
    "the Tausug Islamic Brigade merged_into Wilayat Ranaw 2019 (UN team). Events: the split/founding, ceasefire talks, "
    "pledge, renaming, merger.",
    "certainty per source (FactBank, as in the shared gold): plain statements by named or descriptive sources are "
    "'certain' for that source; 'believe' (analysts), 'with high confidence', 'with some confidence', 'probably', "
    "'suggested', 'appears to' = probable; 'may have been', 'may' = possible; 'is believed to' (no source), "
    "'reportedly', 'accused', 'attributed to', 'identified as' = reported; 'could not be independently verified', "
    "'less sure' = uncertain. Approximators ('roughly 40', 'up to $3 million', 'at least', 'fewer than 80', 'Around "
    "2009') are not hedges.",
    "The death claim (the contradiction the article turns on): died_on for Mapandi is stated positively by the AFP "
    "(lead, announcement, Salcedo 'neutralised', 'We stand by our assessment' implicit) and by 'officials in Manila' "
    "(probable, 'with some confidence'), and negatively by the group ('denied'), by Tanggol's audio message, by the "
    "Iligan police officer (implicit, probable) and by Pandapatan (implicit, via the voice comparison), and by the "
    "author (probable, 'appears to be very much alive'). The death date literal is '2024-08' where only the month is "
    "recoverable (lead, 'last August') and '2024-08-16' where the strike is named. AFP-sourced death relations "
    "carry author_stance 'disputes' because of the explicit stance 'the military’s claim remains unsubstantiated'.",
    "Author stances: 'remains unsubstantiated' (disputes the AFP's death claim); 'is the more credible of the two' "
    "(endorses the UN team's strength estimate, disputes the AFP's 'fewer than 80'; two records on one span); the "
    "lead's 'appears to be very much alive' is an implicit, weak dispute (stance_strength weak, ambiguous). 'a charge "
    "he has never addressed', 'Some analysts are less sure' and the AFP's 'pure propaganda' are not author stances. "
    "Competing strength figures are stored on the wilayat_ranaw entity as strength_by_source (no predicate fits).",
    "Perpetrator vs claimant: the kidnapping is asserted by the author as the group's operation but never claimed "
    "(claimed_responsibility, negative); Tanggol's involvement is only implied (implicit, possible). The ambush: "
    "'gunmen' are the author's perpetrators; the group's claim (via Sawt al-Ranaw, signed 'Abu Yusuf') gives "
    "claimed_responsibility for the group and for Mapandi, and perpetrated for the group (source the group); the "
    "regional official's 'This has his signature all over it' gives Mapandi perpetrated/orderer (probable, "
    "figurative); 'Some analysts are less sure' gives the same relation as uncertain (implicit).",
    "Competing figures: kidnapping hostages 5 (police) vs 4 (company, 'four of its employees'); air strike dead 8 "
    "(AFP: Mapandi + seven fighters) vs 3 (Tanggol); ambush dead 6 soldiers + 4 wounded (AFP) vs 9 soldiers + 1 "
    "civilian (councillor, via a local radio station) vs 17 soldiers (the group, dismissed by the AFP). Event "
    "numbers = the first figure the article gives; every figure in numbers_by_source.",
    "Sanctions and rewards are encoded as 'targeted' (agency -> person/group, as a suspension in sport_doping_ban) "
    "plus events: US Treasury SDGT designation 2021, Rewards for Justice offer (up to $3 million), Philippine bounty "
    "of 5 million pesos (2022, 'Manila' metonymic), Anti-Terrorism Council designation (before 2022). 'Washington' "
    "and 'Manila' (bounty) are metonymic names of the US and the Philippines; 'Manila' in the dateline and 'officials "
    "in Manila' is the city.",
    "Event types: shared/eval/validate_gold.py accepts only the older closed set (attack, intervention, war, renaming, "
    "killing, kidnapping, appointment, other), so events outside it are typed 'other' with a subtype that begins with "
    "or contains DESIGN.md's full-vocabulary word (founding, meeting, agreement, merger -> acquisition, publication, "
    "release, payment, injury, sanction); score.py matches a project type against those words. Speech acts (the "
    "AFP announcement of 2024-08-18, Tanggol's audio message of 2024-08-22, the group's statement of 2025-02-10, "
    "Villaruz's briefing) are attributions, not events; the January 2025 audio recording is an event (its "
    "circulation is narrated as a fact and used as evidence of survival).",
    "In-sentence appositions and modifiers inside an attributed sentence take that sentence's source when the whole "
    "sentence is the source's content (the UN team's 'Sulu-based', the official's 'Mapandi’s deputy'); the author's "
    "own descriptive noun phrases ('the main city of Lanao del Sur province', 'a transnational jihadist movement "
    "based in the Middle East', 'the Cebu-based contractor') are author claims. 'Sabah, Malaysia' is geographic and "
    "kept as the author's.",
    "Demonyms/adjectives: 'Indonesian militant' -> citizen_of indonesia (implicit entity); 'the Philippine military' "
    "-> afp part_of philippines; 'an army truck' -> the army as target; 'police raid' -> implicit Indonesian police. "
    "Relations marked implicit=True (world knowledge, presuppositions, inferred agents) may be excluded by scorers.",
    "Event roles beyond perpetrator/target/responder/claimant: victim, actor, result, recipient, payer, orderer, "
    "attendee. Participants may carry source/certainty/polarity/author_stance/implicit.",
    "cross_doc: not applicable (unrelated domain).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
