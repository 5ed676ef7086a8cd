#!/usr/bin/env python3
"""Hand annotation of devset/docs/conflict_militia_attack.txt (fictional conflict report).

Written before any claimgraph run on the article. Builds the gold JSON with the shared
goldlib builder and writes it to devset/gold/conflict_militia_attack.json.
"""
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[3]  # project root (/work/main)


from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "conflict_militia_attack"
DEVSET = HERE.parents[1]
g = Gold(DEVSET / "docs" / f"{NAME}.txt", "2025-03-12")

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("bunia", "Location", ["BUNIA", "Bunia"], ["the provincial capital"])
E("drc", "Location", ["Democratic Republic of Congo", "Congo", "Democratic Republic of the Congo"],
  canonical_name="Democratic Republic of the Congo",
  note="'Democratic Republic of the Congo' also occurs inside MONUSCO's full name; 'Congolese' (demonym) is not a name")
E("ituri", "Location", ["Ituri"], ["Congo’s Ituri province"],
  note="province; 'Ituri' also occurs inside the names of OIDH, MRNI, the Union of Ituri Self-Defence Forces, the Ituri Brigade and the Ituri operations sector")
E("mabanga", "Location", ["Mabanga"], ["a village", "a farming village about 60 kilometres north of the provincial capital",
                                       "the village", "Congo village"], fictional=True)
E("mabanga_army_post", "Location", [], ["a nearby army post", "an army position on the road to Fataki",
                                        "a military camp that was terrorising our people"],
  unnamed=True, note="facility; 'a military camp that was terrorising our people' is the MRNI statement's description")
E("mabanga_health_centre", "Location", [], ["the health centre"], unnamed=True, note="facility in Mabanga")
E("fataki", "Location", ["Fataki"])
E("wago_forest", "Location", ["Wago forest"], ["the Wago forest"])
E("lopa", "Location", ["Lopa"], ["a village close to where the strike reportedly took place"])
E("djugu", "Location", ["Djugu"], ["Djugu territory"])
E("lake_albert", "Location", ["Lake Albert"], ["the lake"])
E("geneva", "Location", ["Geneva"], note="only in 'Geneva-based'")
E("bunia_general_hospital", "Location", ["Bunia General Hospital"], note="facility")
E("uganda", "Location", [], implicit=True, note="only via 'Ugandan-born'")
E("bangladesh", "Location", [], implicit=True, note="only via the demonym 'Bangladeshi'")
# organizations
E("un", "Organization", ["United Nations", "U.N."])
E("monusco", "Organization",
  ["U.N. Organization Stabilization Mission in the Democratic Republic of the Congo", "MONUSCO"],
  ["the United Nations peacekeeping mission", "The mission", "the mission"],
  note="real UN mission; every statement attributed to it here is FICTIONAL")
E("ituri_brigade", "Organization", ["Ituri Brigade"], ["MONUSCO’s Ituri Brigade"])
E("bangladeshi_peacekeepers", "Organization", [], ["A company of Bangladeshi peacekeepers"], unnamed=True,
  note="a peacekeeping unit (company) of the Ituri Brigade")
E("oidh", "Organization", ["Ituri Observatory for Human Rights", "OIDH"],
  ["A local rights group", "a monitoring group based in Bunia"], fictional=True,
  note="acronym from the (unstated) French name; defined in parentheses after the English name. 'the group’s coordinator' (para 4) = OIDH")
E("prosper_dhelo", "Person", ["Prosper Dhelo"], ["the group’s coordinator"], fictional=True)
E("drc_army", "Organization", [], ["The army", "the army", "the armed forces in Ituri"],
  note="the Congolese armed forces (no proper name in the text); 'soldiers' who buried the bodies are its members")
E("honore_lisasi", "Person", ["Honoré Lisasi"],
  ["Captain Honoré Lisasi", "a spokesman for the armed forces in Ituri", "the spokesman"], fictional=True)
E("operation_mlima_safi", "Event", ["Operation Mlima Safi"], ["this operation"], fictional=True,
  note="a named military operation, NOT a place")
E("battalion_312", "Organization", ["312th Infantry Battalion"], fictional=True)
E("ituri_operations_sector", "Organization", ["Ituri operations sector"], ["the army’s Ituri operations sector"],
  fictional=True, note="army command for the province")
E("mrni", "Organization", ["Movement for the Resistance of Northern Ituri", "MRNI"],
  ["The group", "the group"], fictional=True,
  note="'MRNI' from its French initials (French name not given). 'The group said' (para 7), 'the group' (para 7 end, para 10 'accused the group') = MRNI; 'the group’s coordinator' (para 4) is OIDH's")
E("radio_sauti_ya_mlima", "Organization", ["Radio Sauti ya Mlima"], ["a community station in Djugu territory"],
  fictional=True, note="media outlet that relayed (read out) the MRNI statement")
E("ufai", "Organization", ["Union of Ituri Self-Defence Forces"], ["the larger Union of Ituri Self-Defence Forces"],
  fictional=True)
E("desire_mugisa_bahati", "Person", ["Désiré Mugisa Bahati", "General Kifaru"],
  ["a former gold trader believed to be in his fifties"], fictional=True,
  note="'General Kifaru' is a nom de guerre ('also known as')")
E("mai_mai_ngumu", "Organization", ["Mai-Mai Ngumu"], ["a smaller militia"], fictional=True)
E("ismail_kizza_ndugwa", "Person", ["Ismail Kizza Ndugwa"], ["the Ugandan-born commander"], fictional=True)
E("health_bridge", "Organization", ["Health Bridge International"], ["a Geneva-based medical charity", "The charity"],
  fictional=True)
E("augustin_kabeya", "Person", ["Augustin Kabeya"],
  ["Lieutenant General Augustin Kabeya", "Ituri’s military governor"], fictional=True)
E("provincial_authorities", "Organization", [], ["Provincial authorities", "the authorities"],
  note="Ituri provincial authorities")
# descriptive (unnamed) sources and participants
E("mabanga_attackers", "Person", [], ["Suspected militants", "Gunmen armed with rifles and machetes",
                                      "a column of fighters", "its fighters", "the attackers"],
  unnamed=True, note="the raiders; 'its fighters' = the MRNI statement's wording; linked to MRNI only via its claim")
E("residents", "Person", [], ["residents"], generic=True, unnamed=True,
  note="Mabanga residents (para 2); 'a message to residents' (para 12) addresses Ituri/Djugu residents")
E("lopa_residents", "Person", [], ["Two residents of Lopa"], unnamed=True)
E("local_official", "Person", [], ["A local official"], unnamed=True,
  note="'who asked not to be named because he was not authorised to speak to the press'")
E("researchers", "Person", [], ["researchers who track armed groups in the region"], generic=True)
E("congolese_un_officials", "Person", [], ["Congolese and U.N. officials"], generic=True)
E("foreign_advisers", "Person", [], ["foreign advisers"], generic=True, unnamed=True)
E("hbi_hostages", "Person", [], ["three employees of Health Bridge International", "The three",
                                 "two nurses and a driver"], unnamed=True)
E("killed_soldiers", "Person", [], ["four soldiers", "The four soldiers killed on Sunday"], unnamed=True)
E("strike_dead_farmers", "Person", [], ["farmers on their way back from their fields"], unnamed=True,
  note="at least two of those killed in the air strike, according to Lopa residents")
# events
E("mabanga_attack_2025", "Event", [], ["The assault on Mabanga", "Militia raid", "The attack"])
E("army_air_strike_2025", "Event", [], ["an air strike", "the strike"])
E("monusco_report_2025", "Event", [], ["a preliminary report", "its report"])
E("mrni_split_2021", "Event", [], note="clausal: 'The MRNI split from the larger Union ... in 2021'")
E("mrni_alliance_2024", "Event", [], ["an alliance", "the alliance"])
E("hbi_kidnapping_2025", "Event", [], ["the kidnapping"])
E("hbi_release_2025", "Event", [], note="clausal: 'were released unharmed 19 days later'")
E("provincial_mourning_2025", "Event", [], ["three days of provincial mourning"])
E("djugu_curfew_2025", "Event", [], ["a dusk-to-dawn curfew"])
E("ituri_violence", "Event", [], ["The violence"], note="the armed conflict in Ituri (cumulative toll)")

# ----------------------------------------------------------------- relations
R = g.rel
LEAD = ("Suspected militants attacked a village and a nearby army post in northeastern Congo’s Ituri province "
        "late on Sunday, killing at least 27 people, according to a preliminary report by the United Nations "
        "peacekeeping mission.")
R("mabanga", "located_in", "drc", "Congo village", note="headline")
R("bunia", "located_in", "drc", "BUNIA, Democratic Republic of Congo", note="dateline")
R("mabanga_attackers", "perpetrated", "mabanga_attack_2025", LEAD, source="monusco", time="2025-03-09")
R("mabanga_attackers", "targeted", "mabanga", LEAD, source="monusco", time="2025-03-09")
R("mabanga_attackers", "targeted", "mabanga_army_post", LEAD, source="monusco", time="2025-03-09")
R("mabanga", "located_in", "ituri", "a village and a nearby army post in northeastern Congo’s Ituri province")
R("mabanga_army_post", "located_in", "ituri", "a village and a nearby army post in northeastern Congo’s Ituri province")
R("ituri", "located_in", "drc", "Congo’s Ituri province")
R("monusco", "part_of", "un", "the United Nations peacekeeping mission")
R("mabanga_attack_2025", "located_in", "mabanga", "The assault on Mabanga")
R("bunia", "located_in", "ituri", "the provincial capital, Bunia", qualifier="provincial capital")
GUN = ("Gunmen armed with rifles and machetes went from house to house, set fire to the health centre and "
       "overran an army position on the road to Fataki before withdrawing into the forest ahead of dawn.")
R("mabanga_attackers", "targeted", "mabanga_health_centre", GUN, qualifier="set fire to")
R("mabanga_attackers", "targeted", "mabanga_army_post", GUN, qualifier="overran")
R("mabanga_health_centre", "located_in", "mabanga", "set fire to the health centre", implicit=True,
  note="the village's health centre")
R("monusco", "located_in", "drc", "U.N. Organization Stabilization Mission in the Democratic Republic of the Congo",
  implicit=True, note="from the name")
R("monusco", "part_of", "un", "U.N. Organization Stabilization Mission in the Democratic Republic of the Congo",
  implicit=True, note="from the name")
R("oidh", "located_in", "bunia", "a monitoring group based in Bunia")
R("oidh", "located_in", "ituri", "Ituri Observatory for Human Rights", implicit=True, note="from the name")
R("prosper_dhelo", "holds_position", "oidh", "the group’s coordinator, Prosper Dhelo", role="coordinator")
R("honore_lisasi", "holds_position", "drc_army", "Captain Honoré Lisasi, a spokesman for the armed forces in Ituri",
  role="spokesman", qualifier="rank: captain")
R("drc_army", "perpetrated", "army_air_strike_2025", "The army says it struck back within hours.",
  source="drc_army", note="'struck back' = the air strike described next")
LIS = ("Captain Honoré Lisasi, a spokesman for the armed forces in Ituri, told reporters in Bunia on Monday that "
       "an air strike carried out under Operation Mlima Safi had hit a column of fighters as they retreated "
       "towards the Wago forest, killing 17 of them.")
R("drc_army", "perpetrated", "army_air_strike_2025", LIS, source="honore_lisasi",
  note="agent implicit in the passive 'an air strike carried out under Operation Mlima Safi'; Lisasi speaks for the army")
R("army_air_strike_2025", "part_of", "operation_mlima_safi", LIS, source="honore_lisasi",
  qualifier="carried out under")
R("drc_army", "targeted", "mabanga_attackers", LIS, source="honore_lisasi", qualifier="air strike, 17 killed")
R("mrni", "claimed_responsibility", "mabanga_attack_2025",
  "The attack was claimed by the Movement for the Resistance of Northern Ituri, known by its French initials MRNI, "
  "in a statement read out on Monday on Radio Sauti ya Mlima", source="mrni", via=["radio_sauti_ya_mlima"],
  time="2025-03-10", note="author adds 'The authenticity of the statement could not be confirmed' (hedge)")
R("radio_sauti_ya_mlima", "located_in", "djugu", "Radio Sauti ya Mlima, a community station in Djugu territory")
GRP = "The group said its fighters had targeted “a military camp that was terrorising our people”"
R("mrni", "targeted", "mabanga_army_post", GRP, source="mrni", via=["radio_sauti_ya_mlima"])
R("mrni", "perpetrated", "mabanga_attack_2025", GRP, source="mrni", via=["radio_sauti_ya_mlima"], implicit=True,
  note="'its fighters had targeted' = the group carried out the attack")
R("mabanga_attackers", "member_of", "mrni", GRP, source="mrni", via=["radio_sauti_ya_mlima"], implicit=True,
  note="'its fighters' = the attackers")
SPLIT = ("The MRNI split from the larger Union of Ituri Self-Defence Forces in 2021 after a dispute over gold "
         "revenue from artisanal mines, according to researchers who track armed groups in the region.")
R("mrni", "part_of", "ufai", SPLIT, source="researchers", time="../2021", alt_predicates=["member_of"],
  qualifier="former: split from it in 2021",
  note="a split: MRNI was part of UFAI until 2021 and no longer is (see event mrni_split_2021)")
R("ufai", "located_in", "ituri", "Union of Ituri Self-Defence Forces", implicit=True, note="from the name")
R("desire_mugisa_bahati", "leader_of", "mrni", "It is led by Désiré Mugisa Bahati")
R("mrni", "allied_with", "mai_mai_ngumu", "Last year the group formed an alliance with Mai-Mai Ngumu", time="2024")
R("ismail_kizza_ndugwa", "leader_of", "mai_mai_ngumu",
  "Mai-Mai Ngumu, a smaller militia led by the Ugandan-born commander Ismail Kizza Ndugwa")
R("ismail_kizza_ndugwa", "citizen_of", "uganda", "the Ugandan-born commander Ismail Kizza Ndugwa",
  qualifier="born in Uganda ('Ugandan-born'); nationality not stated",
  note="demonym-compound; the closed vocabulary has no birthplace predicate")
R("mai_mai_ngumu", "located_in", "lake_albert", "operates along the shores of Lake Albert",
  qualifier="area of operations")
R("mai_mai_ngumu", "armed", "mrni",
  "Congolese and U.N. officials say the alliance has given the MRNI access to weapons smuggled across the lake.",
  source="congolese_un_officials", subject_note="the alliance (with Mai-Mai Ngumu)", alt_predicates=["supported"],
  qualifier="access to weapons smuggled across the lake")
R("foreign_advisers", "supported", "mrni",
  "Provincial authorities have also accused the group of being backed by foreign advisers",
  certainty="reported", source="provincial_authorities", stance="disputes", certainty_cue="accused",
  note="author: 'for which the authorities have offered no public evidence'")
R("foreign_advisers", "supported", "mrni", "being backed by foreign advisers, an accusation the MRNI denies",
  polarity="negative", source="mrni", polarity_cue="denies")
R("mrni", "perpetrated", "hbi_kidnapping_2025",
  "The MRNI is also suspected of the kidnapping in January of three employees of Health Bridge International",
  certainty="possible", certainty_cue="suspected", time="2025-01",
  note="no named source for the suspicion; author reports it hedged")
R("hbi_hostages", "member_of", "health_bridge", "three employees of Health Bridge International",
  qualifier="employees", alt_predicates=["works_with"])
R("health_bridge", "located_in", "geneva", "a Geneva-based medical charity")
SPK = ("The four soldiers killed on Sunday served with the 312th Infantry Battalion, part of the army’s Ituri "
       "operations sector, the spokesman said.")
R("killed_soldiers", "member_of", "battalion_312", SPK, source="honore_lisasi")
R("battalion_312", "part_of", "ituri_operations_sector", SPK, source="honore_lisasi")
R("ituri_operations_sector", "part_of", "drc_army", SPK, source="honore_lisasi", note="'the army’s'")
PK = ("A company of Bangladeshi peacekeepers from MONUSCO’s Ituri Brigade reached Mabanga on Monday morning and "
      "helped evacuate 14 wounded people to Bunia General Hospital, the mission said.")
R("bangladeshi_peacekeepers", "part_of", "ituri_brigade", PK, source="monusco")
R("ituri_brigade", "part_of", "monusco", PK, source="monusco", note="'MONUSCO’s Ituri Brigade'")
R("bangladeshi_peacekeepers", "citizen_of", "bangladesh", PK, source="monusco",
  note="demonym (nationality of the contingent)")
R("bangladeshi_peacekeepers", "located_in", "mabanga", PK, source="monusco", time="2025-03-10",
  qualifier="reached on Monday morning")
R("bunia_general_hospital", "located_in", "bunia", "Bunia General Hospital", implicit=True, note="from the name")
R("augustin_kabeya", "holds_position", "ituri", "Ituri’s military governor, Lieutenant General Augustin Kabeya",
  role="military governor", qualifier="rank: lieutenant general", alt_objects=["provincial_authorities"])
R("ituri_violence", "located_in", "ituri",
  "More than 1,500 civilians have been killed in Ituri since the start of last year, according to MONUSCO.",
  source="monusco", time="2024/..")

# -------------------------------------------------------------- attributions
A = g.attr
A(LEAD, "monusco", "according to", False)
A("A local rights group said the real toll was far higher.", "oidh", "said", False)
A("The assault on Mabanga, a farming village about 60 kilometres north of the provincial capital, Bunia, began "
  "shortly after 10 p.m. and lasted several hours, residents said.", "residents", "residents said", False)
A("In its report, released on Tuesday, the U.N. Organization Stabilization Mission in the Democratic Republic of the "
  "Congo (MONUSCO) said its human rights officers had confirmed the deaths of 23 civilians, seven of them children, "
  "and four soldiers.", "monusco", "said", False,
  note="nested source: 'its human rights officers had confirmed' (MONUSCO staff); cue 'said'")
A("The mission described the figures as “a minimum” and said its team had not been able to reach two hamlets "
  "east of the village.", "monusco", "described", False, partial_quote=True)
A("The Ituri Observatory for Human Rights (OIDH), a monitoring group based in Bunia, said its volunteers had counted "
  "41 bodies, 36 of them civilians, and that at least 12 people were still missing.", "oidh", "said", False)
A("“Families are still carrying bodies out of the bush,” the group’s coordinator, Prosper Dhelo, said by telephone. "
  "“The real number will be higher than anything that has been published so far.”", "prosper_dhelo",
  "said by telephone", True, on_behalf_of="oidh", note="quote split across two sentences around the speaker tag")
A("The army says it struck back within hours.", "drc_army", "says", False)
A(LIS, "honore_lisasi", "told reporters", False, on_behalf_of="drc_army")
A("“The enemy has paid a heavy price, and this operation will continue until these groups are dismantled,” he said.",
  "honore_lisasi", "he said", True, on_behalf_of="drc_army")
A("Two residents of Lopa, a village close to where the strike reportedly took place, said by phone that at least two "
  "of the dead were farmers on their way back from their fields.", "lopa_residents", "said by phone", False)
A("A local official who asked not to be named because he was not authorised to speak to the press said soldiers had "
  "buried the bodies before relatives could see them.", "local_official", "said", False, cue_ctx="press said soldiers")
A("The attack was claimed by the Movement for the Resistance of Northern Ituri, known by its French initials MRNI, in "
  "a statement read out on Monday on Radio Sauti ya Mlima, a community station in Djugu territory.", "mrni",
  "claimed", False, via=["radio_sauti_ya_mlima"], note="claim of responsibility in a statement read out on the radio")
A("The group said its fighters had targeted “a military camp that was terrorising our people” and made no mention of "
  "civilian casualties.", "mrni", "said", False, via=["radio_sauti_ya_mlima"], partial_quote=True,
  note="'made no mention of civilian casualties' is the author's observation")
A(SPLIT, "researchers", "according to", False)
A("Congolese and U.N. officials say the alliance has given the MRNI access to weapons smuggled across the lake.",
  "congolese_un_officials", "say", False)
A("Provincial authorities have also accused the group of being backed by foreign advisers", "provincial_authorities",
  "accused", False)
A("an accusation the MRNI denies", "mrni", "denies", False, content="being backed by foreign advisers")
A(SPK, "honore_lisasi", "the spokesman said", False, on_behalf_of="drc_army")
A(PK, "monusco", "the mission said", False)
A("In a message to residents, he said the attackers “will be found wherever they hide.”", "augustin_kabeya",
  "said", False, partial_quote=True, cue_ctx="he said the attackers")
A("More than 1,500 civilians have been killed in Ituri since the start of last year, according to MONUSCO.",
  "monusco", "according to", False)

# ------------------------------------------------------------------- hedges
H = g.hedge
H("Suspected", "Suspected militants attacked a village and a nearby army post", "possible",
  note="scopes over the attackers' identity as militants")
H("could not be independently verified", "The army’s figure could not be independently verified.", "uncertain")
H("reportedly", "close to where the strike reportedly took place", "reported")
H("could not be confirmed", "The authenticity of the statement could not be confirmed", "uncertain")
H("believed to be", "a former gold trader believed to be in his fifties", "reported")
H("accused", "Provincial authorities have also accused the group of being backed by foreign advisers", "reported")
H("suspected", "The MRNI is also suspected of the kidnapping in January of three employees of Health Bridge "
  "International", "possible")

# ------------------------------------------------------------------ stances
g.stance("Provincial authorities have also accused the group of being backed by foreign advisers, an accusation the "
         "MRNI denies and for which the authorities have offered no public evidence.", "provincial_authorities",
         "disputes", "for which the authorities have offered no public evidence")

# ------------------------------------------------------------------- events
g.event("mabanga_attack_2025", "attack", "2025-03-09", "mabanga",
        {"killed": 27, "civilians_killed": 23, "children_killed": 7, "soldiers_killed": 4, "injured": 14},
        [("mabanga_attackers", "perpetrator", {"source": "monusco", "qualifier": "suspected militants"}),
         ("mrni", "perpetrator", {"source": "mrni", "via": ["radio_sauti_ya_mlima"]}),
         ("mrni", "claimant", {"source": "mrni", "via": ["radio_sauti_ya_mlima"], "certainty": "certain",
                               "qualifier": "statement read out on Radio Sauti ya Mlima on 2025-03-10; "
                                            "authenticity could not be confirmed"}),
         ("mabanga", "target"), ("mabanga_army_post", "target"), ("mabanga_health_centre", "target"),
         ("drc_army", "target", {"qualifier": "army post overrun"}),
         ("killed_soldiers", "victim"),
         ("drc_army", "responder", {"qualifier": "air strike (Operation Mlima Safi)"}),
         ("monusco", "responder"), ("bangladeshi_peacekeepers", "responder", {"qualifier": "evacuated 14 wounded"})],
        LEAD, subtype="armed raid on a village and an army post (arson, shootings, machete attacks)",
        time_note="began shortly after 10 p.m. on Sunday 2025-03-09, lasted several hours, attackers withdrew before dawn on 2025-03-10",
        numbers_by_source=[
            {"source": "monusco", "time": "2025-03-11",
             "numbers": {"killed": 27, "civilians_killed": 23, "children_killed": 7, "soldiers_killed": 4},
             "qualifier": "confirmed minimum ('at least'; 'a minimum')",
             "evidence": "its human rights officers had confirmed the deaths of 23 civilians, seven of them children, and four soldiers"},
            {"source": "oidh", "numbers": {"killed": 41, "civilians_killed": 36, "missing": 12},
             "qualifier": "bodies counted by volunteers; at least 12 missing",
             "evidence": "its volunteers had counted 41 bodies, 36 of them civilians, and that at least 12 people were still missing"},
            {"source": "monusco", "numbers": {"injured": 14}, "qualifier": "wounded evacuated to Bunia",
             "evidence": "helped evacuate 14 wounded people to Bunia General Hospital"}])
g.event("army_air_strike_2025", "attack", "2025-03-10", "lopa", {"killed": 17},
        [("drc_army", "perpetrator", {"source": ["drc_army", "honore_lisasi"]}),
         ("mabanga_attackers", "target", {"source": "honore_lisasi"}),
         ("strike_dead_farmers", "victim", {"source": "lopa_residents"})],
        LIS, subtype="air strike",
        place_qualifier="near Lopa ('close to where the strike reportedly took place'); fighters were retreating towards the Wago forest",
        date_note="'within hours' of the raid (late Sunday 2025-03-09); most likely the early hours of Monday 2025-03-10",
        alt_dates=["2025-03-09"],
        numbers_by_source=[
            {"source": "honore_lisasi", "numbers": {"killed": 17}, "qualifier": "all described as fighters; could not be independently verified",
             "evidence": "killing 17 of them"},
            {"source": "lopa_residents", "numbers": {"civilians_killed": 2}, "qualifier": "at least two of the dead were farmers",
             "evidence": "at least two of the dead were farmers on their way back from their fields"}])
g.event("operation_mlima_safi", "other", None, "ituri", {},
        [("drc_army", "actor"), ("mabanga_attackers", "target", {"qualifier": "'these groups'"})],
        "an air strike carried out under Operation Mlima Safi", subtype="named military operation (counter-insurgency offensive)",
        note="ongoing; no start date given; place inferred (army in Ituri)")
g.event("monusco_report_2025", "publication", "2025-03-11", None, {"killed": 27},
        [("monusco", "actor")], "In its report, released on Tuesday", subtype="preliminary report (casualty figures)")
g.event("mrni_split_2021", "founding", "2021", None, {},
        [("mrni", "result"), ("ufai", "actor", {"qualifier": "parent organisation it split from"})],
        "The MRNI split from the larger Union of Ituri Self-Defence Forces in 2021",
        subtype="breakaway / split from a larger armed group", source="researchers",
        cause="dispute over gold revenue from artisanal mines")
g.event("mrni_alliance_2024", "agreement", "2024", None, {},
        [("mrni", "actor"), ("mai_mai_ngumu", "actor")],
        "Last year the group formed an alliance with Mai-Mai Ngumu", subtype="alliance between armed groups")
g.event("hbi_kidnapping_2025", "kidnapping", "2025-01", "fataki", {"hostages": 3},
        [("mrni", "perpetrator", {"certainty": "possible", "qualifier": "suspected"}),
         ("hbi_hostages", "victim"), ("health_bridge", "target")],
        "The MRNI is also suspected of the kidnapping in January of three employees of Health Bridge International, "
        "a Geneva-based medical charity, near Fataki.", subtype="kidnapping of aid workers",
        place_qualifier="near Fataki", note="no ransom information ('The charity has never said whether a ransom was paid')")
g.event("hbi_release_2025", "release", "2025-01/2025-02", None, {"released": 3},
        [("hbi_hostages", "victim")], "The three, two nurses and a driver, were released unharmed 19 days later.",
        subtype="hostage release", date_note="19 days after a January 2025 kidnapping: between 2025-01-20 and 2025-02-19")
g.event("provincial_mourning_2025", "other", None, "ituri", {},
        [("augustin_kabeya", "actor")], "declared three days of provincial mourning",
        subtype="declaration of mourning", date_note="after the raid; not dated (2025-03-09/2025-03-12)")
g.event("djugu_curfew_2025", "other", None, "djugu", {},
        [("augustin_kabeya", "actor")], "ordered a dusk-to-dawn curfew in Djugu territory",
        subtype="curfew order", date_note="after the raid; not dated (2025-03-09/2025-03-12)")
g.event("ituri_violence", "war", "2024/2025-03-12", "ituri", {"civilians_killed": 1500},
        [],
        "More than 1,500 civilians have been killed in Ituri since the start of last year, according to MONUSCO.",
        subtype="armed conflict / violence against civilians (cumulative toll)", numbers_qualifier="more than",
        numbers_by_source=[{"source": "monusco", "numbers": {"civilians_killed": 1500}, "qualifier": "more than, since the start of 2024",
                            "evidence": "More than 1,500 civilians have been killed in Ituri since the start of last year"}])

# ------------------------------------------------------------------ timexes
T = g.timex
T("March 12, 2025", "2025-03-12", function="publication_date")
T("Sunday", "2025-03-09", ctx="late on Sunday", mod="END", note="'late on Sunday'")
T("10 p.m.", "2025-03-09T22:00", mod="AFTER", note="'shortly after 10 p.m.' on Sunday")
T("several hours", "PTXH", type="duration")
T("dawn", "2025-03-10", ctx="ahead of dawn", note="'ahead of dawn' on Monday; TIMEX3 value would be 2025-03-10TMO (part of day)")
T("Tuesday", "2025-03-11")
T("hours", "PTXH", ctx="within hours", type="duration", note="'within hours' of the raid")
T("Monday", "2025-03-10", ctx="in Bunia on Monday")
T("Monday", "2025-03-10", ctx="read out on Monday")
T("2021", "2021")
T("Last year", "2024", anchor="2025-03-12")
T("January", "2025-01")
T("19 days later", "2025-01/2025-02", anchor="2025-01",
  note="19 days after a January date (month precision): between 2025-01-20 and 2025-02-19")
T("Sunday", "2025-03-09", ctx="killed on Sunday")
T("Monday morning", "2025-03-10", note="TIMEX3 value would be 2025-03-10TMO")
T("three days", "P3D", type="duration")
T("the start of last year", "2024", mod="START", signal="since", anchor="2025-03-12")

# ------------------------------------------------------------------- notes
g.notes += [
    "An event dated 'since X' runs from X to the document's date (the shared gold's convention: health_report's 'since Sept. 28' is 2024-09-28/2024-10-15), not to an open end.",
    "FICTIONAL dev document (own wording), written for claimgraph's development set before any run: the village "
    "Mabanga, the MRNI, the Union of Ituri Self-Defence Forces, Mai-Mai Ngumu, Radio Sauti ya Mlima, OIDH, Health "
    "Bridge International, the 312th Infantry Battalion, Operation Mlima Safi and every named person are invented; "
    "countries, Ituri, Bunia, Djugu, Fataki, Lopa, Lake Albert, Geneva, the UN and MONUSCO are real, but every event, "
    "figure and statement attributed to them here is fictional. errors: none (no real-world facts to check).",
    "published = dateline date 2025-03-12 (Wednesday): 'late on Sunday' = 2025-03-09 (mod END), '10 p.m.' = "
    "2025-03-09T22:00, 'dawn' = 2025-03-10, 'Tuesday' = 2025-03-11, 'Monday' = 2025-03-10, 'Last year' = 2024, "
    "'January' = 2025-01, 'the start of last year' = 2024 (mod START, signal 'since').",
    "certainty per source (FactBank-style, as in the shared gold): a named or descriptive source's plain statement is "
    "'certain' for that source; 'accused' (like 'alleges') marks an allegation -> 'reported'; 'suspected' -> "
    "'possible' (DESIGN lists it there); 'reportedly', 'believed to be' -> 'reported'; 'could not be (independently) "
    "verified/confirmed' -> hedge 'uncertain'. Approximators ('about 60 kilometres', 'at least 27', 'More than "
    "1,500') are not hedges.",
    "Competing tolls for the raid: MONUSCO 27 dead (23 civilians incl. 7 children + 4 soldiers; 'a minimum') vs OIDH "
    "41 bodies (36 civilians) and 12 missing; event numbers = the figures the article leads with (MONUSCO), every "
    "figure in numbers_by_source. Air strike: army 17 fighters killed vs Lopa residents' 'at least two of the dead "
    "were farmers'.",
    "Perpetrator vs claimant kept apart: the attackers ('Suspected militants', 'Gunmen', 'a column of fighters', 'the "
    "attackers') are a descriptive entity; MRNI is linked to the raid only through its own claim (claimed_"
    "responsibility, source mrni, via radio_sauti_ya_mlima) and its statement ('its fighters had targeted ...'). "
    "Authenticity hedged by the author ('could not be confirmed'); 'though its wording resembled earlier messages "
    "from the group' is read as a hedge-balancing remark, not an explicit stance (no stance record).",
    "Only explicit author stance: 'for which the authorities have offered no public evidence' -> disputes the "
    "provincial authorities' accusation (foreign advisers backing MRNI).",
    "'Operation Mlima Safi' is a named military operation (Event), NOT a Location; the air strike is part_of it. "
    "'Ugandan-born' gives citizen_of uganda with qualifier 'born in' (no birthplace predicate); 'Bangladeshi "
    "peacekeepers' gives citizen_of bangladesh; 'Geneva-based' gives located_in.",
    "The split ('split from the larger Union of Ituri Self-Defence Forces in 2021') is encoded as part_of with time "
    "'../2021' and qualifier 'former', plus a founding event (subtype breakaway). The alliance: allied_with (time "
    "2024) plus an agreement event. Unit hierarchy: killed soldiers member_of 312th Infantry Battalion part_of Ituri "
    "operations sector part_of the army; Bangladeshi company part_of Ituri Brigade part_of MONUSCO part_of UN.",
    "In-sentence appositions inside an attributed sentence take that sentence's source when the whole sentence is "
    "the source's content (e.g. the spokesman's unit hierarchy, the mission's peacekeeper sentence); descriptive "
    "appositions of the author's own noun phrases ('a monitoring group based in Bunia', 'a Geneva-based medical "
    "charity') are author claims.",
    "Acronyms: 'MRNI' is defined as 'its French initials' (the French name is not given) and 'OIDH' in parentheses "
    "after an English name it does not spell; both are aliases of their organisations.",
    "Air strike date: 'within hours' of a raid that began late Sunday and ended before dawn Monday -> 2025-03-10 "
    "(alt 2025-03-09). Release date: '19 days later' after a January kidnapping -> interval 2025-01/2025-02.",
    "Not timexes: 'in his fifties' (age), 'dusk-to-dawn' (recurring curfew hours), 'so far' (present reference).",
    "Descriptive unnamed entities (name_kind descriptive): residents, Two residents of Lopa, A local official, "
    "researchers who track armed groups in the region, Congolese and U.N. officials, Provincial authorities, foreign "
    "advisers, the army (no proper name), the attackers, the hostages, the killed soldiers, the Bangladeshi company.",
    "Event types from DESIGN's full vocabulary (attack, publication, founding, agreement, kidnapping, release, war, "
    "other). Event roles beyond perpetrator/target/responder/claimant: victim, actor, result.",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
