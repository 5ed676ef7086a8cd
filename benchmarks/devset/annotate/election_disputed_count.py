#!/usr/bin/env python3
"""Hand annotation of devset/docs/election_disputed_count.txt (fictional election story).

Written before any claimgraph run on the article. Builds the gold JSON with the shared
goldlib builder and writes it to devset/gold/election_disputed_count.json.
"""
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[3]  # project root (/work/main)


from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "election_disputed_count"
DEVSET = HERE.parents[1]
g = Gold(DEVSET / "docs" / f"{NAME}.txt", "2024-08-20")

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("zambia", "Location", ["Zambia"], note="also inside 'Electoral Commission of Zambia' and 'Zambia Labour Party'; "
  "'Zambian' (headline demonym) and 'every Zambian' (a person noun) are not names")
E("lusaka", "Location", ["LUSAKA", "Lusaka"], ["central Lusaka"],
  note="the city; 'Lusaka' in 'Lusaka and Copperbelt provinces' is the province (lusaka_province) and in "
  "'Lusaka Courier' part of an outlet's name")
E("lusaka_province", "Location", [], note="mentioned only as 'Lusaka' in 'Lusaka and Copperbelt provinces' "
  "(same surface form as the city, so no name is listed here)",
  mention={"text": "Lusaka", "ctx": "Lusaka and Copperbelt provinces"})
E("copperbelt", "Location", ["Copperbelt"], ["the Copperbelt"], note="province")
E("kitwe", "Location", ["Kitwe"], ["the largest city in the Copperbelt"])
E("kabulonga", "Location", ["Kabulonga"], ["Lusaka's Kabulonga neighbourhood"])
E("cairo_road", "Location", ["Cairo Road"])
E("state_house", "Location", ["State House"], note="presidential residence/office (facility)")
E("university_teaching_hospital", "Location", ["University Teaching Hospital"], note="facility")
E("drf_tally_centre", "Location", [], ["the DRF's tallying centre in Lusaka's Kabulonga neighbourhood"],
  unnamed=True, note="facility")
E("national_tally_centre", "Location", [], ["the national tally centre"], unnamed=True, note="facility")
E("ecz_headquarters", "Location", [], ["the commission's headquarters"], unnamed=True, note="facility")
E("poland", "Location", [], implicit=True, note="only via the demonym 'Polish'")
# organizations
E("ecz", "Organization", ["Electoral Commission of Zambia", "ECZ"],
  ["the electoral commission", "the commission", "The commission"])
E("constitutional_court", "Organization", ["Constitutional Court"], ["the court"],
  note="'go to court' (spokesman's quote) is generic")
E("drf", "Organization", ["Democratic Renewal Front", "DRF"], ["Zambian opposition", "the party"], fictional=True,
  note="'Zambian opposition' (headline) = Sikazwe's camp, read as her party")
E("sikazwe_campaign", "Organization", [], ["Sikazwe's campaign", "the campaign"], unnamed=True,
  note="Sikazwe's (DRF) election campaign organisation")
E("upc", "Organization", ["United Progressive Congress", "UPC"], fictional=True)
E("zambia_labour_party", "Organization", ["Zambia Labour Party", "Labour Party"], ["Her party"], fictional=True)
E("eastern_peoples_movement", "Organization", ["Eastern People's Movement"], fictional=True)
E("governing_coalition", "Organization", [], ["the governing coalition", "the coalition"],
  note="UPC + Zambia Labour Party + Eastern People's Movement")
E("zambian_government", "Organization", [], ["the government"])
E("zambian_cabinet", "Organization", [], ["the cabinet"])
E("national_assembly", "Organization", ["National Assembly"])
E("eu", "Organization", ["European Union"], note="only inside the observation mission's name")
E("eu_eom", "Organization", ["European Union Election Observation Mission"], ["the mission", "its observers",
                                                                             "Observers"],
  note="real type of body; every statement attributed to it here is FICTIONAL")
E("european_parliament", "Organization", ["European Parliament"])
E("lusaka_courier", "Organization", ["Lusaka Courier"], ["the Lusaka Courier"], fictional=True,
  note="news outlet (interview)")
E("zambia_police", "Organization", [], ["police", "Police"], note="the Zambian police (no proper name given)")
# people
E("grace_sikazwe", "Person", ["Grace Sikazwe", "Sikazwe"],
  ["Zambia's main opposition candidate", "the candidate of the Democratic Renewal Front"], fictional=True)
E("nathan_mwansa", "Person", ["Nathan Mwansa", "Mwansa"],
  ["President Nathan Mwansa", "the president", "a former finance minister first elected five years ago"],
  fictional=True)
E("sikazwe_lawyers", "Person", [], ["her lawyers"], unnamed=True, note="'they argue' = the same lawyers")
E("beatrice_nkole_phiri", "Person", ["Beatrice Nkole Phiri"], ["The commission's chairperson"], fictional=True)
E("marta_kowalczyk", "Person", ["Marta Kowalczyk"],
  ["the mission's chief observer", "a Polish member of the European Parliament"], fictional=True)
E("kelvin_simwanza", "Person", ["Kelvin Simwanza"], ["A police spokesman"], fictional=True)
E("arrested_campaign_staff", "Person", [], ["six members of Sikazwe's campaign staff", "those detained"],
  unnamed=True)
E("chanda_mulenga", "Person", ["Chanda Mulenga"], ["the campaign's deputy director"], fictional=True)
E("protesters", "Person", [], ["several thousand opposition supporters", "the crowd"], unnamed=True)
E("hospital_official", "Person", [], ["a hospital official"], unnamed=True)
E("ruth_kapembwa", "Person", ["Ruth Kapembwa"], ["the justice minister", "a senior figure in the Labour Party"],
  fictional=True)
E("reuben_kasonde", "Person", ["Reuben Kasonde"], ["Former President Reuben Kasonde"], fictional=True)
E("felix_chomba", "Person", ["Felix Chomba"], ["His spokesman"], fictional=True)
E("other_candidates", "Person", [], ["Five other candidates"], unnamed=True)
# events
E("election_2024", "Event", [], ["last Thursday's election"], note="presidential election, 2024-08-15")
E("results_declaration_2024", "Event", [], ["the announcement"],
  note="'the electoral commission declared that he had won' / 'said late on Sunday'")
E("election_petition_2024", "Event", [], ["a petition", "the petition", "the challenge"],
  note="'In a petition running to 212 pages' is the same filing")
E("campaign_arrests_2024", "Event", [], ["the arrests"])
E("drf_tally_posting_2024", "Event", [], note="clausal: 'the party posted its own tally online showing Sikazwe ahead'")
E("eu_eom_statement_2024", "Event", [], ["a preliminary statement"])
E("lusaka_protest_2024", "Event", [], note="clausal: 'several thousand opposition supporters marched through "
  "central Lusaka'")
E("kitwe_protest_2024", "Event", [], ["A smaller protest"])
E("kapembwa_resignation_2024", "Event", [], note="clausal: 'resigned from the cabinet'")
E("kasonde_endorsement_2024", "Event", [], note="clausal: 'endorsed Sikazwe in June'")
E("election_2019", "Event", [], note="clausal: 'first elected five years ago'")
E("petition_hearing_2024", "Event", [], note="clausal: 'begin hearing the petition next week' (expected)")

# ----------------------------------------------------------------- relations
R = g.rel
LEAD = ("Zambia's main opposition candidate, Grace Sikazwe, filed a petition at the Constitutional Court on Tuesday "
        "seeking to overturn President Nathan Mwansa's re-election")
R("drf", "located_in", "zambia", "Zambian opposition", note="headline demonym")
R("lusaka", "located_in", "zambia", "LUSAKA, Aug. 20, 2024", implicit=True,
  note="dateline without a country; Lusaka is Zambia's capital (not stated)")
R("grace_sikazwe", "citizen_of", "zambia", "Zambia's main opposition candidate, Grace Sikazwe", implicit=True,
  note="opposition candidate in Zambia's presidential election")
R("nathan_mwansa", "holds_position", "zambia", "President Nathan Mwansa's re-election", role="president")
R("ecz", "part_of", "zambia", "Electoral Commission of Zambia", implicit=True, note="from the name")
ECZ = ("The Electoral Commission of Zambia (ECZ) said late on Sunday that Mwansa, 61, had received 2,418,306 votes, "
       "or 50.4 percent, in last Thursday's election, narrowly clearing the threshold needed to avoid a runoff.")
R("nathan_mwansa", "born_on", "1962/1963", "Mwansa, 61", implicit=True,
  qualifier="age 61 on 2024-08-20", note="birth year derived from the stated age")
R("grace_sikazwe", "member_of", "drf", "Sikazwe, the candidate of the Democratic Renewal Front (DRF)",
  role="presidential candidate", alt_predicates=["holds_position"])
R("sikazwe_lawyers", "works_with", "grace_sikazwe", "her lawyers", qualifier="legal counsel")
R("constitutional_court", "located_in", "lusaka", "outside the court in Lusaka")
R("beatrice_nkole_phiri", "holds_position", "ecz", "The commission's chairperson, Beatrice Nkole Phiri",
  role="chairperson")
R("eu_eom", "part_of", "eu", "European Union Election Observation Mission", implicit=True, note="from the name")
R("marta_kowalczyk", "holds_position", "eu_eom", "the mission's chief observer, Marta Kowalczyk",
  role="chief observer")
R("marta_kowalczyk", "member_of", "european_parliament", "a Polish member of the European Parliament",
  alt_predicates=["holds_position"])
R("marta_kowalczyk", "citizen_of", "poland", "a Polish member of the European Parliament", note="demonym")
R("lusaka_courier", "located_in", "lusaka", "the Lusaka Courier", implicit=True, note="from the name")
ARR = ("Tensions rose after police arrested six members of Sikazwe's campaign staff at the DRF's tallying centre in "
       "Lusaka's Kabulonga neighbourhood late on Saturday.")
R("zambia_police", "targeted", "arrested_campaign_staff", ARR, time="2024-08-17", qualifier="arrest",
  place="drf_tally_centre")
R("arrested_campaign_staff", "member_of", "sikazwe_campaign", "six members of Sikazwe's campaign staff")
R("sikazwe_campaign", "part_of", "drf", "six members of Sikazwe's campaign staff", implicit=True,
  note="Sikazwe is the DRF candidate")
R("drf", "controls", "drf_tally_centre", "the DRF's tallying centre", qualifier="operator")
R("drf_tally_centre", "located_in", "kabulonga", "the DRF's tallying centre in Lusaka's Kabulonga neighbourhood")
R("kabulonga", "located_in", "lusaka", "Lusaka's Kabulonga neighbourhood")
R("kelvin_simwanza", "holds_position", "zambia_police", "A police spokesman, Kelvin Simwanza", role="spokesman")
R("chanda_mulenga", "holds_position", "sikazwe_campaign", "the campaign's deputy director, Chanda Mulenga",
  role="deputy director")
R("zambia_police", "targeted", "chanda_mulenga",
  "Among those detained is the campaign's deputy director, Chanda Mulenga.", qualifier="detained (arrest)",
  time="2024-08-17")
R("zambia_police", "targeted", "protesters", "Police fired tear gas to break up the crowd near Cairo Road",
  time="2024-08-19", qualifier="tear gas")
R("protesters", "supported", "drf", "several thousand opposition supporters", implicit=True,
  note="'opposition supporters'", alt_objects=["grace_sikazwe"])
R("cairo_road", "located_in", "lusaka", "marched through central Lusaka towards the commission's headquarters, "
  "chanting \"count every vote.\" Police fired tear gas to break up the crowd near Cairo Road", implicit=True,
  note="context: central Lusaka")
R("kitwe", "located_in", "copperbelt", "Kitwe, the largest city in the Copperbelt", qualifier="largest city")
R("kitwe_protest_2024", "located_in", "kitwe", "A smaller protest was reported in Kitwe", certainty="reported",
  certainty_cue="was reported", stance="neutral")
COAL = ("Mwansa's United Progressive Congress (UPC) is allied with the Zambia Labour Party and the smaller Eastern "
        "People's Movement")
R("nathan_mwansa", "member_of", "upc", "Mwansa's United Progressive Congress (UPC)", alt_predicates=["leader_of"],
  note="possessive 'Mwansa's' party")
R("upc", "allied_with", "zambia_labour_party", COAL)
R("upc", "allied_with", "eastern_peoples_movement", COAL)
SUPP = ("the Zambia Labour Party and the smaller Eastern People's Movement, whose support gives the government its "
        "majority in the National Assembly")
R("zambia_labour_party", "supported", "zambian_government", SUPP, qualifier="parliamentary majority")
R("eastern_peoples_movement", "supported", "zambian_government", SUPP, qualifier="parliamentary majority")
RES = ("On Monday the justice minister, Ruth Kapembwa, a senior figure in the Labour Party, resigned from the "
       "cabinet.")
R("ruth_kapembwa", "holds_position", "zambia", "the justice minister, Ruth Kapembwa", role="justice minister",
  time="../2024-08-19", alt_objects=["zambian_cabinet", "zambian_government"], note="until her resignation")
R("ruth_kapembwa", "member_of", "zambia_labour_party", "Ruth Kapembwa, a senior figure in the Labour Party",
  qualifier="senior figure")
R("ruth_kapembwa", "member_of", "zambian_cabinet", RES, time="../2024-08-19",
  qualifier="resigned from it on 2024-08-19", note="membership ended by the resignation (see event)")
R("zambia_labour_party", "allied_with", "upc", "Her party said it would stay in the coalition \"for now.\"",
  source="zambia_labour_party", qualifier="stays in the coalition 'for now'", alt_objects=["governing_coalition"],
  alt_predicates=["member_of"])
KAS = ("Former President Reuben Kasonde, who endorsed Sikazwe in June after a long falling-out with Mwansa, urged "
       "both sides to keep the peace.")
R("reuben_kasonde", "holds_position", "zambia", "Former President Reuben Kasonde", role="president",
  qualifier="former")
R("reuben_kasonde", "supported", "grace_sikazwe", "Reuben Kasonde, who endorsed Sikazwe in June", time="2024-06",
  qualifier="endorsement")
R("reuben_kasonde", "works_with", "nathan_mwansa", "after a long falling-out with Mwansa", polarity="negative",
  polarity_cue="falling-out", ambiguous=True,
  note="a 'falling-out' ends a former political relationship; no closer predicate in the vocabulary")
R("nathan_mwansa", "holds_position", "zambia", "Mwansa, a former finance minister", role="finance minister",
  qualifier="former")
R("nathan_mwansa", "holds_position", "zambia", "Mwansa, a former finance minister first elected five years ago",
  role="president", time="2019/..", qualifier="first elected in 2019")
R("felix_chomba", "works_with", "nathan_mwansa", "His spokesman, Felix Chomba", qualifier="spokesman",
  alt_predicates=["holds_position"])

# -------------------------------------------------------------- attributions
A = g.attr
A("two days after the electoral commission declared that he had won just over half of the votes cast", "ecz",
  "declared", False)
A(ECZ, "ecz", "said", False)
A("Turnout was 68.3 percent of about 7.09 million registered voters, the commission said.", "ecz",
  "the commission said", False)
A("\"The people of Zambia have spoken, and they have spoken clearly,\" Mwansa told supporters at State House on "
  "Monday. \"I will be president for every Zambian, including those who did not vote for me.\"", "nathan_mwansa",
  "told supporters", True, note="quote split across two sentences around the speaker tag")
A("Sikazwe rejected the result within hours of the announcement.", "grace_sikazwe", "rejected", False)
A("In a petition running to 212 pages, her lawyers allege that results from at least 1,100 polling stations were "
  "altered on their way to the national tally centre and that more than 90,000 votes in Lusaka and Copperbelt "
  "provinces were counted twice.", "sikazwe_lawyers", "allege", False, on_behalf_of="grace_sikazwe")
A("Without those votes, they argue, Mwansa would have fallen below 50 percent and faced a second round against her.",
  "sikazwe_lawyers", "they argue", False, on_behalf_of="grace_sikazwe", note="counterfactual conditional")
A("\"We are not asking the court for favours. We are asking it to count,\" Sikazwe told reporters outside the court "
  "in Lusaka. \"If the numbers were honest, the commission would have nothing to fear from a recount.\"",
  "grace_sikazwe", "told reporters", True)
A("The commission's chairperson, Beatrice Nkole Phiri, said the results had been verified by agents of all the "
  "parties and that the ECZ \"stands by every figure it has published.\"", "beatrice_nkole_phiri", "said", False,
  partial_quote=True, on_behalf_of="ecz")
A("She said the commission would answer the petition in court, which under the constitution must rule within 14 "
  "days.", "beatrice_nkole_phiri", "She said", False, on_behalf_of="ecz",
  note="the relative clause on the 14-day rule may be the author's gloss")
A("The European Union Election Observation Mission said in a preliminary statement on Monday that voting had been "
  "peaceful and well organised but that its observers had seen \"serious irregularities\" in the transmission and "
  "tabulation of results.", "eu_eom", "said in a preliminary statement", False, partial_quote=True)
A("Observers were refused entry to tally centres in four of the 156 constituencies, and in several others the "
  "figures posted outside polling stations did not match those later announced, the mission said.", "eu_eom",
  "the mission said", False)
A("\"We are not in a position to say whether these problems changed the outcome,\" the mission's chief observer, "
  "Marta Kowalczyk, a Polish member of the European Parliament, said in an interview with the Lusaka Courier. "
  "\"That is a question for the court. But the commission must publish results for every polling station, and it "
  "must do so now.\"", "marta_kowalczyk", "said in an interview with", True, via=["lusaka_courier"],
  on_behalf_of="eu_eom", note="quote split across sentences; relayed by the Lusaka Courier interview")
A("A police spokesman, Kelvin Simwanza, said they were being held on suspicion of \"publishing false information "
  "with intent to cause public alarm,\" after the party posted its own tally online showing Sikazwe ahead.",
  "kelvin_simwanza", "said", False, partial_quote=True, on_behalf_of="zambia_police")
A("Police said computers seized during the arrests would be examined.", "zambia_police", "Police said", False)
A("The DRF's response was blunt: \"This is not law enforcement. It is the removal of evidence, and the whole "
  "country can see it.\"", "drf", "The DRF's response was blunt", True, note="quote introduced by a colon")
A("chanting \"count every vote.\"", "protesters", "chanting", True)
A("Police fired tear gas to break up the crowd near Cairo Road, and at least nine people were treated for injuries "
  "at the University Teaching Hospital, a hospital official said.", "hospital_official", "a hospital official said",
  False)
A("She wrote on social media that she could not \"defend in public a process that I am no longer able to defend in "
  "private,\" and called on the commission to open the ballot boxes.", "ruth_kapembwa", "wrote on social media",
  False, partial_quote=True)
A("Her party said it would stay in the coalition \"for now.\"", "zambia_labour_party", "said", False,
  partial_quote=True)
A(KAS, "reuben_kasonde", "urged", False, note="directive speech act")
A("\"Let the court do its work, and let every one of us accept what it decides,\" he wrote on social media.",
  "reuben_kasonde", "he wrote on social media", True)
A("Mwansa, a former finance minister first elected five years ago, has dismissed the challenge.", "nathan_mwansa",
  "has dismissed", False)
A("His spokesman, Felix Chomba, said the president respected \"the right of every citizen to go to court\" but would "
  "not let the country \"be held hostage by people who cannot accept defeat.\"", "felix_chomba", "said", False,
  partial_quote=True, on_behalf_of="nathan_mwansa")

# ------------------------------------------------------------------- hedges
H = g.hedge
H("allege", "her lawyers allege that results from at least 1,100 polling stations were altered", "reported")
H("on suspicion of", "they were being held on suspicion of \"publishing false information with intent to cause "
  "public alarm,\"", "possible")
H("We are not in a position to say whether", "We are not in a position to say whether these problems changed the "
  "outcome", "uncertain")
H("was reported", "A smaller protest was reported in Kitwe", "reported")
H("is expected to", "The court is expected to begin hearing the petition next week.", "probable")

# ------------------------------------------------------------------- events
g.event("election_2024", "election", "2024-08-15", "zambia",
        {"votes_winner": 2418306, "vote_share_winner_pct": 50.4, "votes_runner_up": 2201950,
         "vote_share_runner_up_pct": 45.9, "turnout_pct": 68.3, "registered_voters": 7090000, "candidates": 7},
        [("nathan_mwansa", "winner", {"source": "ecz"}), ("grace_sikazwe", "candidate"),
         ("other_candidates", "candidate"), ("ecz", "organizer"), ("eu_eom", "observer")],
        ECZ, subtype="presidential election (incumbent re-elected with an outright majority)",
        numbers_by_source=[
            {"source": "ecz", "time": "2024-08-18",
             "numbers": {"votes_winner": 2418306, "vote_share_winner_pct": 50.4, "votes_runner_up": 2201950,
                         "vote_share_runner_up_pct": 45.9, "turnout_pct": 68.3, "registered_voters": 7090000},
             "qualifier": "registered voters 'about' 7.09 million",
             "evidence": "Mwansa, 61, had received 2,418,306 votes, or 50.4 percent"},
            {"source": "sikazwe_lawyers",
             "numbers": {"polling_stations_altered": 1100, "votes_double_counted": 90000},
             "qualifier": "at least / more than; alleged",
             "evidence": "results from at least 1,100 polling stations were altered on their way to the national "
                         "tally centre and that more than 90,000 votes in Lusaka and Copperbelt provinces were "
                         "counted twice"},
            {"source": "eu_eom", "numbers": {"constituencies_access_refused": 4, "constituencies": 156},
             "evidence": "Observers were refused entry to tally centres in four of the 156 constituencies"}],
        note="DRF's own online tally showed Sikazwe ahead (no figures given)")
g.event("results_declaration_2024", "other", "2024-08-18", None, {"vote_share_winner_pct": 50.4},
        [("ecz", "actor"), ("nathan_mwansa", "beneficiary")],
        "The Electoral Commission of Zambia (ECZ) said late on Sunday that Mwansa, 61, had received 2,418,306 votes",
        subtype="declaration of election results", date_note="late on Sunday")
g.event("election_petition_2024", "lawsuit", "2024-08-20", "lusaka", {"pages": 212},
        [("grace_sikazwe", "plaintiff"), ("ecz", "defendant", {"qualifier": "will answer the petition in court"}),
         ("nathan_mwansa", "target", {"qualifier": "seeks to overturn his re-election"}),
         ("constitutional_court", "venue"), ("sikazwe_lawyers", "actor")],
        LEAD, subtype="election petition (court challenge to presidential result)",
        note="court must rule within 14 days; hearing expected next week")
g.event("petition_hearing_2024", "trial", "2024-W35", "lusaka", {},
        [("constitutional_court", "venue"), ("grace_sikazwe", "plaintiff"), ("ecz", "defendant")],
        "The court is expected to begin hearing the petition next week.", subtype="court hearing (expected)",
        certainty="probable")
g.event("campaign_arrests_2024", "arrest", "2024-08-17", "drf_tally_centre", {"arrested": 6},
        [("zambia_police", "actor"), ("arrested_campaign_staff", "target"), ("chanda_mulenga", "target"),
         ("drf", "target", {"qualifier": "its tallying centre; computers seized"})],
        ARR, subtype="arrest of opposition campaign staff (computers seized)",
        charge="publishing false information with intent to cause public alarm (suspicion)")
g.event("drf_tally_posting_2024", "publication", None, None, {},
        [("drf", "actor")], "the party posted its own tally online showing Sikazwe ahead",
        subtype="online posting of a party's own results tally", date_note="before the arrests of 2024-08-17")
g.event("eu_eom_statement_2024", "publication", "2024-08-19", None, {},
        [("eu_eom", "actor")],
        "The European Union Election Observation Mission said in a preliminary statement on Monday",
        subtype="observer mission preliminary statement ('serious irregularities')")
g.event("lusaka_protest_2024", "protest", "2024-08-19", "lusaka", {"injured": 9, "protesters": 3000},
        [("protesters", "actor"), ("zambia_police", "responder", {"qualifier": "tear gas"}),
         ("ecz", "target", {"qualifier": "marched towards its headquarters"})],
        "On Monday several thousand opposition supporters marched through central Lusaka towards the commission's "
        "headquarters", subtype="march dispersed with tear gas",
        numbers_note="'several thousand' protesters (3000 = lower bound); at least nine injured per a hospital official",
        numbers_by_source=[{"source": "hospital_official", "numbers": {"injured": 9}, "qualifier": "at least",
                            "evidence": "at least nine people were treated for injuries at the University Teaching "
                                        "Hospital"}])
g.event("kitwe_protest_2024", "protest", None, "kitwe", {}, [],
        "A smaller protest was reported in Kitwe", subtype="protest (smaller)", certainty="reported",
        date_note="not dated; by context the same Monday (2024-08-19)")
g.event("kapembwa_resignation_2024", "resignation", "2024-08-19", None, {},
        [("ruth_kapembwa", "actor"), ("zambian_cabinet", "target", {"qualifier": "resigned from"})],
        RES, subtype="cabinet minister resignation (justice minister)")
g.event("kasonde_endorsement_2024", "other", "2024-06", None, {},
        [("reuben_kasonde", "actor"), ("grace_sikazwe", "beneficiary")],
        "Reuben Kasonde, who endorsed Sikazwe in June", subtype="political endorsement")
g.event("election_2019", "election", "2019", "zambia", {},
        [("nathan_mwansa", "winner")], "first elected five years ago", subtype="presidential election")

# ------------------------------------------------------------------ timexes
T = g.timex
T("Aug. 20, 2024", "2024-08-20", function="publication_date")
T("Tuesday", "2024-08-20")
T("two days", "P2D", type="duration", note="'two days after' the declaration (2024-08-18)")
T("Sunday", "2024-08-18", mod="END", note="'late on Sunday'")
T("last Thursday", "2024-08-15", note="in the possessive 'last Thursday's election'")
T("Monday", "2024-08-19", ctx="at State House on Monday")
T("hours", "PTXH", type="duration", note="'within hours of the announcement'")
T("14 days", "P14D", type="duration")
T("Monday", "2024-08-19", ctx="preliminary statement on Monday")
T("Saturday", "2024-08-17", mod="END", note="'late on Saturday'")
T("Monday", "2024-08-19", ctx="On Monday several thousand")
T("Monday", "2024-08-19", ctx="On Monday the justice minister")
T("June", "2024-06")
T("five years ago", "2019", anchor="2024-08-20")
T("next week", "2024-W35", anchor="2024-08-20")
T("90 days", "P90D", type="duration")

# ------------------------------------------------------------------- notes
g.notes += [
    "FICTIONAL dev document (own wording), written for claimgraph's development set before any run: the 2024 "
    "Zambian presidential election described here never took place; every person (Mwansa, Sikazwe, Phiri, "
    "Kowalczyk, Simwanza, Mulenga, Kapembwa, Kasonde, Chomba), every party (UPC, DRF, Zambia Labour Party, Eastern "
    "People's Movement), the Lusaka Courier and all figures are invented. Zambia, Lusaka, Kitwe, the Copperbelt, "
    "Kabulonga, Cairo Road, State House, the University Teaching Hospital, the ECZ, the Constitutional Court, the "
    "National Assembly, the EU and the European Parliament are real, but nothing attributed to them here happened. "
    "errors: none (no real-world facts are asserted as checkable slips).",
    "published = dateline date 2024-08-20 (Tuesday): 'Tuesday' = 2024-08-20, 'late on Sunday' = 2024-08-18 (mod "
    "END), 'last Thursday' = 2024-08-15 (election day), 'late on Saturday' = 2024-08-17, every 'Monday' = "
    "2024-08-19, 'June' = 2024-06, 'five years ago' = 2019, 'next week' = 2024-W35. Not timexes: 'now' (in a "
    "quote), 'for now'.",
    "certainty per source (FactBank-style): plain statements by named or descriptive sources are 'certain' for "
    "them; 'allege' -> 'reported'; 'on suspicion of' -> 'possible'; 'was reported' (no source) -> 'reported'; 'is "
    "expected to' -> 'probable'; 'We are not in a position to say whether' -> 'uncertain'. Approximators ('about "
    "7.09 million', 'just over half', 'several thousand', 'at least nine') are not hedges. Counterfactual and "
    "hypothetical content ('Without those votes ... would have fallen below 50 percent', 'If the numbers were "
    "honest', 'If it annuls the result, a new election would have to be held within 90 days') is not an event; "
    "the runoff/second round and a new election are hypothetical.",
    "No explicit authorial stance (stances empty): the article reports the dispute without judging either side.",
    "Sentences that repeat commission figures without a cue ('Sikazwe ... won 2,201,950 votes, or 45.9 percent. "
    "Five other candidates shared the rest.') are author statements (no attribution record); the figures' origin "
    "is the ECZ (numbers_by_source).",
    "Competing numbers: ECZ result 50.4% vs the petition's claim that 90,000+ double-counted votes would put Mwansa "
    "below 50%; EU mission: access refused in 4 of 156 constituencies. All kept in the election event's "
    "numbers_by_source.",
    "Arrests and tear gas encoded with 'targeted' (qualifier 'arrest' / 'tear gas'); coalition with 'allied_with' "
    "(UPC-Labour, UPC-EPM, and the Labour Party's own 'stay in the coalition \"for now\"'); parliamentary support "
    "with 'supported'; endorsement with 'supported' (time 2024-06); spokesman/lawyers with 'works_with'; "
    "resignation as holds_position with time '../2024-08-19' plus member_of cabinet ending that day and a "
    "'resignation' event. 'a long falling-out with Mwansa' -> negative works_with (ambiguous).",
    "Demonyms: 'Zambian opposition' -> drf located_in zambia; 'a Polish member of the European Parliament' -> "
    "citizen_of poland (poland implicit). 'Mwansa, 61' -> born_on 1962/1963 (implicit, derived).",
    "Name ambiguity: 'Lusaka' names the city (dateline, court, Kabulonga, central Lusaka), the province ('Lusaka and "
    "Copperbelt provinces': entity lusaka_province, listed without a name to avoid a duplicate surface form) and is "
    "part of 'Lusaka Courier'. 'Zambia' also occurs inside ECZ's and the Labour Party's names; 'Labour Party' is a "
    "short form of 'Zambia Labour Party'.",
    "Quotes: split around the speaker tag (Mwansa, Sikazwe, Kowalczyk), introduced by a colon (the DRF's response), "
    "'told reporters', 'told supporters', 'in an interview with' (via the Lusaka Courier), 'wrote on social media' "
    "(Kapembwa, partial quote; Kasonde, direct).",
    "Event types from DESIGN's full vocabulary (election, lawsuit, trial, arrest, publication, protest, resignation, "
    "other). Event roles beyond perpetrator/target/responder/claimant: winner, candidate, organizer, observer, actor, "
    "beneficiary, plaintiff, defendant, venue.",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
