#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for devset/docs/sport_doping_ban.txt.

FICTIONAL dev document written for this set. Run: python3 benchmarks/devset/annotate/sport_doping_ban.py
"""
from pathlib import Path

HERE = Path(__file__).resolve()


from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

DEVSET = HERE.parents[1]
NAME = "sport_doping_ban"
g = Gold(DEVSET / "docs" / f"{NAME}.txt", "2025-03-13")

# ------------------------------------------------------------------ entities
E = g.ent
E("lydia_ashdown", "Person", ["Lydia Ashdown", "Ashdown", "Lydia Chemutai", "Lydia"],
  ["Olympic semi-finalist", "the British 1,500 metres runner", "The 27-year-old", "the athlete",
   "the Kenyan-born Briton"], fictional=True, canonical_name="Lydia Ashdown",
  note="born Lydia Chemutai (birth name = alias); 'the athlete' is also used once for Haig "
       "('where the athlete received injections')")
E("tom_eldridge", "Person", ["Tom Eldridge"], ["Athletics Correspondent"], fictional=True,
  note="byline (the author)")
E("veloxa", "Organization", ["Veloxa"], ["Her sponsor", "the Milan-based sportswear company"], fictional=True)
E("milan", "Location", ["Milan"], note="only inside the adjective 'Milan-based'")
E("tiu", "Organization", ["Track Integrity Unit", "TIU"], ["The unit", "investigators"], fictional=True,
  note="'investigators' (whether investigators will seek to interview ...) read as the TIU's investigators")
E("iaf", "Organization", ["International Athletics Federation", "IAF"], fictional=True)
E("ukcs", "Organization", ["UK Clean Sport", "UKCS"], ["the national anti-doping agency"], fictional=True)
E("united_kingdom", "Location", ["Britain"], canonical_name="United Kingdom",
  note="also via the adjectives/demonyms 'British', 'Briton'; 'UK' occurs only inside the name 'UK Clean Sport'")
E("british_team", "Organization", [], ["the British team"])
E("paris_olympics_2024", "Event", ["Paris Olympics"])
E("paris", "Location", ["Paris"], note="only inside 'the Paris Olympics'")
E("iten", "Location", ["Iten"])
E("rift_valley", "Location", ["Rift Valley"])
E("kenya", "Location", ["Kenya"], note="also the adjective in 'Kenyan-born'")
E("training_camp_iten", "Location", [], ["a training camp"], note="facility")
E("birmingham_indoor_open", "Event", ["Birmingham Indoor Open"], fictional=True, note="athletics meeting")
E("birmingham", "Location", ["Birmingham"], note="only inside 'Birmingham Indoor Open'")
E("northline", "Organization", ["Northline Sports Management"], fictional=True)
E("sophie_lindqvist", "Person", ["Sophie Lindqvist", "Lindqvist"], ["her agent"], fictional=True)
E("ashdown_lawyers", "Person", [], ["the athlete’s lawyers"], unnamed=True, generic=True)
E("nairobi_pharmacy", "Location", [], ["a pharmacy"], note="facility")
E("nairobi", "Location", ["Nairobi"])
E("cologne_lab", "Organization", [], ["a laboratory"], note="laboratory (agent of the analysis); Location/facility acceptable")
E("cologne", "Location", ["Cologne"])
E("sources_close_to_athlete", "Person", [], ["Sources close to the athlete"], unnamed=True, generic=True)
E("disciplinary_tribunal", "Organization", ["an independent disciplinary tribunal"], ["the tribunal"],
  name_kind="descriptive", unnamed=True,
  note="Ashdown's tribunal; 'the tribunal' in Solvang's quote. NOT the 2021 tribunal in Haig's case (haig_tribunal)")
E("ashdown_case_2025", "Event", [], ["the case against her", "the charge", "the case"],
  note="the disciplinary case/charge; no separate event record (its dated parts are the suspension and the hearing)")
E("ashdown_hearing_2025", "Event", [], ["A hearing", "a fair hearing"])
E("la_olympics_2028", "Event", ["2028 Olympics"], note="future; no event record")
E("los_angeles", "Location", ["Los Angeles"])
E("eldoret", "Location", ["Eldoret"])
E("leicester", "Location", ["Leicester"])
E("ashdown_mother", "Person", [], ["her mother"], unnamed=True)
E("ashdown_stepfather", "Person", [], ["her stepfather"], unnamed=True)
E("monaco", "Location", ["Monaco"])
E("graham_tulloch", "Person", ["Graham Tulloch", "Tulloch"], ["her coach", "The Scot"], fictional=True)
E("scotland", "Location", [], implicit=True, note="only via the demonym 'The Scot'")
E("conor_haig", "Person", ["Conor Haig", "Haig"],
  ["the 5,000m runner who was banned for four years in 2021 after testing positive for EPO", "the athlete"],
  fictional=True)
E("haig_tribunal", "Organization", ["the tribunal"], name_kind="descriptive", unnamed=True,
  note="the tribunal in Haig's 2021 case ('the tribunal’s finding'); same surface as disciplinary_tribunal's descriptor")
E("madrid_clinic", "Location", [], ["a private clinic"], note="facility")
E("madrid", "Location", ["Madrid"])
E("tulloch_training_group", "Organization", [], ["his training group", "Tulloch’s training group"])
E("person_familiar", "Person", [], ["A person familiar with his training group"], unnamed=True)
E("fosse_way_harriers", "Organization", ["Fosse Way Harriers"], ["Her club"], fictional=True)
E("henrik_solvang", "Person", ["Henrik Solvang"], ["the IAF president"], fictional=True)
E("world_indoor_championships_2025", "Event", ["World Indoor Championships"], note="future (next week); no event record")
E("nanjing", "Location", ["Nanjing"])
# events without a proper name (clausal) or with one designating noun phrase
E("ashdown_suspension_2025", "Event", [], note="clausal: 'has been provisionally suspended'")
E("ashdown_test_2025", "Event", [], ["The test", "the positive test"],
  note="out-of-competition doping control on 28 January (sample collection and its positive result)")
E("ashdown_notification_2025", "Event", [], note="clausal: 'told of the finding on 4 March'")
E("ashdown_birmingham_win_2025", "Event", [], note="clausal: 'she won the women’s 1,500m at the Birmingham Indoor Open'")
E("ashdown_renaming_2014", "Event", [], note="clausal: took her stepfather's surname when she became a British citizen")
E("ashdown_monaco_pb_2024", "Event", [], note="clausal: 'set a personal best ... in Monaco last July'")
E("haig_ban_2021", "Event", [], note="clausal: 'was banned for four years in 2021'")
E("haig_clinic_visits", "Event", [], note="clausal: 'twice driven Haig to a private clinic in Madrid where the athlete received injections'")
E("veloxa_sponsorship", "Event", [], ["its contract with her", "The deal"], note="the sponsorship contract (since 2021)")
E("veloxa_termination_2025", "Event", [], note="clausal: 'it had ended its contract with her'")
E("ashdown_team_withdrawal_2025", "Event", [], note="clausal: 'has been withdrawn from the British team'")

# ----------------------------------------------------------------- relations
R = g.rel
R("lydia_ashdown", "citizen_of", "united_kingdom", "the British 1,500 metres runner", note="demonym")
R("tiu", "targeted", "lydia_ashdown",
  "Lydia Ashdown, the British 1,500 metres runner who reached the semi-finals at the Paris Olympics last summer, has been provisionally suspended after a banned substance was found in one of her samples, the Track Integrity Unit (TIU) said on Wednesday.",
  source="tiu", time="2025-03", qualifier="provisional suspension (sanction)", implicit=True,
  note="agentless passive; the TIU (which announces it and handles the case) is the inferred sanctioning body. "
       "'targeted' for sanctions follows the shared sanctions gold")
R("paris_olympics_2024", "located_in", "paris", "the Paris Olympics", implicit=True, note="from the name")
R("tiu", "works_with", "iaf",
  "The unit, which handles anti-doping cases on behalf of the International Athletics Federation (IAF)",
  alt_predicates=["part_of"], qualifier="handles anti-doping cases on its behalf")
R("lydia_ashdown", "located_in", "training_camp_iten",
  "the urine sample had been collected out of competition on 28 January at a training camp in Iten",
  source="tiu", time="2025-01-28", qualifier="where her sample was collected")
R("training_camp_iten", "located_in", "iten", "a training camp in Iten")
R("iten", "located_in", "rift_valley", "Iten, in Kenya’s Rift Valley")
R("rift_valley", "located_in", "kenya", "Kenya’s Rift Valley")
R("ukcs", "part_of", "united_kingdom", "UK Clean Sport (UKCS), the national anti-doping agency", implicit=True,
  note="'national' agency of the UK (from the name and the descriptor)")
R("ukcs", "works_with", "tiu",
  "which said it had been “informed of the finding and is working closely with the TIU”", source="ukcs")
R("birmingham_indoor_open", "located_in", "birmingham", "the Birmingham Indoor Open", implicit=True,
  note="from the name")
R("sophie_lindqvist", "works_with", "lydia_ashdown", "her agent, Sophie Lindqvist", qualifier="agent")
R("sophie_lindqvist", "holds_position", "northline", "Sophie Lindqvist of Northline Sports Management",
  role="agent", alt_predicates=["member_of"])
R("ashdown_lawyers", "works_with", "lydia_ashdown", "the athlete’s lawyers", qualifier="legal counsel")
R("nairobi_pharmacy", "located_in", "nairobi",
  "a magnesium powder that Ashdown had bought from a pharmacy in Nairobi", source="sophie_lindqvist",
  note="inside Lindqvist's account; author as source is an acceptable reading (descriptive gloss)")
R("cologne_lab", "located_in", "cologne",
  "Unopened tubs from the same batch have been sent to a laboratory in Cologne for analysis, she said.",
  source="sophie_lindqvist")
R("eldoret", "located_in", "kenya", "Eldoret, in western Kenya")
R("lydia_ashdown", "citizen_of", "united_kingdom", "the Kenyan-born Briton", note="demonym")
R("lydia_ashdown", "located_in", "leicester", "moved to Leicester with her mother at the age of 11",
  qualifier="moved there aged 11")
R("lydia_ashdown", "citizen_of", "united_kingdom", "when she became a British citizen in 2014", time="2014/..")
R("lydia_ashdown", "member_of", "british_team", "She has represented Britain since 2017", time="2017/..",
  alt_objects=["united_kingdom"], qualifier="represents Britain (national team)")
R("lydia_ashdown", "located_in", "iten", "She still spends the winter months training in Iten",
  qualifier="trains there in winter")
R("graham_tulloch", "trained", "lydia_ashdown", "where she works with her coach, Graham Tulloch",
  alt_predicates=["works_with"], qualifier="coach")
R("graham_tulloch", "citizen_of", "scotland", "The Scot", alt_objects=["united_kingdom"], note="demonym")
R("graham_tulloch", "trained", "conor_haig", "The Scot also coached Conor Haig", time="../2021",
  qualifier="coach")
R("graham_tulloch", "supported", "conor_haig", "has always said he knew nothing about Haig’s drug use",
  source="graham_tulloch", polarity="negative", stance="disputes", implicit=True,
  polarity_cue="knew nothing", qualifier="denies any knowledge of (hence any part in) Haig's doping",
  note="author disputes: 'an account that sits uneasily with the tribunal’s finding' (stance s01)")
R("conor_haig", "located_in", "madrid_clinic",
  "the tribunal’s finding that he had twice driven Haig to a private clinic in Madrid where the athlete received injections",
  source="haig_tribunal", qualifier="taken there twice; received injections")
R("graham_tulloch", "supported", "conor_haig",
  "the tribunal’s finding that he had twice driven Haig to a private clinic in Madrid where the athlete received injections",
  source="haig_tribunal", implicit=True, qualifier="drove him twice to the clinic where he received injections",
  note="the finding does not say Tulloch knew of doping; support for the clinic visits only")
R("madrid_clinic", "located_in", "madrid", "a private clinic in Madrid")
R("graham_tulloch", "leader_of", "tulloch_training_group", "his training group",
  qualifier="coach of the group")
R("lydia_ashdown", "member_of", "fosse_way_harriers", "Her club, Fosse Way Harriers")
R("fosse_way_harriers", "supported", "lydia_ashdown",
  "Her club, Fosse Way Harriers, said it was “standing by Lydia” while the process ran its course.",
  source="fosse_way_harriers")
R("veloxa", "funded", "lydia_ashdown", "Her sponsor", implicit=True,
  note="'Her sponsor' = Veloxa by coreference with the next sentence")
R("veloxa", "located_in", "milan", "the Milan-based sportswear company")
R("veloxa", "funded", "lydia_ashdown",
  "Veloxa, the Milan-based sportswear company that has backed Ashdown since 2021", time="2021/2025-03-12",
  qualifier="sponsorship")
R("veloxa", "funded", "lydia_ashdown",
  "said on Wednesday evening that it had ended its contract with her “with immediate effect”",
  source="veloxa", polarity="negative", time="2025-03-12/..", polarity_cue="ended its contract",
  qualifier="sponsorship contract terminated")
R("henrik_solvang", "holds_position", "iaf", "Henrik Solvang, the IAF president", role="president",
  alt_predicates=["leader_of"])
R("henrik_solvang", "located_in", "monaco", "he told reporters in Monaco", time="2025-03-12",
  note="date inferred (same day as the announcement)")
R("lydia_ashdown", "member_of", "tulloch_training_group", "other members of Tulloch’s training group",
  implicit=True, note="presupposed by 'other members'")
R("world_indoor_championships_2025", "located_in", "nanjing", "the World Indoor Championships in Nanjing")
R("lydia_ashdown", "member_of", "british_team", "has been withdrawn from the British team",
  polarity="negative", polarity_cue="withdrawn from", qualifier="withdrawn for the World Indoor Championships")
R("la_olympics_2028", "located_in", "los_angeles", "the 2028 Olympics in Los Angeles")

# -------------------------------------------------------------- attributions
A = g.attr
A("Lydia Ashdown, the British 1,500 metres runner who reached the semi-finals at the Paris Olympics last summer, has been provisionally suspended after a banned substance was found in one of her samples, the Track Integrity Unit (TIU) said on Wednesday.",
  "tiu", "said", False)
A("The unit, which handles anti-doping cases on behalf of the International Athletics Federation (IAF), said the urine sample had been collected out of competition on 28 January at a training camp in Iten, in Kenya’s Rift Valley, and had tested positive for ostarine, a muscle-building drug that is banned at all times.",
  "tiu", "said", False,
  content="the urine sample had been collected out of competition on 28 January at a training camp in Iten, in Kenya’s Rift Valley, and had tested positive for ostarine")
A("which said it had been “informed of the finding and is working closely with the TIU”", "ukcs", "said", False,
  partial_quote=True)
A("Ashdown denies wrongdoing.", "lydia_ashdown", "denies", False)
A("In a statement issued through her agent, Sophie Lindqvist of Northline Sports Management, she said she was “shocked and heartbroken” and had “never knowingly put anything into my body that breaks the rules”.",
  "lydia_ashdown", "said", False, via=["sophie_lindqvist"], partial_quote=True,
  note="statement issued through the agent")
A("Lindqvist said the athlete’s lawyers believed the positive test was “almost certainly” caused by a contaminated supplement, a magnesium powder that Ashdown had bought from a pharmacy in Nairobi.",
  "sophie_lindqvist", "said", False, partial_quote=True, on_behalf_of="lydia_ashdown")
A("the athlete’s lawyers believed the positive test was “almost certainly” caused by a contaminated supplement",
  "ashdown_lawyers", "believed", False, via=["sophie_lindqvist"], partial_quote=True,
  note="belief of the lawyers relayed by the agent")
A("Unopened tubs from the same batch have been sent to a laboratory in Cologne for analysis, she said.",
  "sophie_lindqvist", "she said", False)
A("“Lydia has been tested eleven times in the past twelve months and every one of those samples came back clean,” Lindqvist said. “The amount detected this time was tiny. We’re confident that when the science is laid out, people will see this for what it is.”",
  "sophie_lindqvist", "said", True, on_behalf_of="lydia_ashdown")
A("Sources close to the athlete said she had asked for her B sample to be opened and was prepared to pay for a hair test, which can indicate whether a substance was taken once or over a longer period.",
  "sources_close_to_athlete", "said", False,
  content="she had asked for her B sample to be opened and was prepared to pay for a hair test",
  note="the relative clause on hair tests is the author's gloss")
A("has always said he knew nothing about Haig’s drug use", "graham_tulloch", "has always said", False)
A("the tribunal’s finding that he had twice driven Haig to a private clinic in Madrid where the athlete received injections",
  "haig_tribunal", "finding", False)
A("A person familiar with his training group said he was “devastated” and had learned of the result only on Tuesday.",
  "person_familiar", "said", False, partial_quote=True)
A("Her club, Fosse Way Harriers, said it was “standing by Lydia” while the process ran its course.",
  "fosse_way_harriers", "said", False, partial_quote=True)
A("Veloxa, the Milan-based sportswear company that has backed Ashdown since 2021, said on Wednesday evening that it had ended its contract with her “with immediate effect”, citing a clause covering doping charges.",
  "veloxa", "said", False, partial_quote=True)
A("Henrik Solvang, the IAF president, said the case was “painful for everyone who loves this sport” but showed that testing at remote training bases was paying off.",
  "henrik_solvang", "said", False, partial_quote=True)
A("“Ten years ago this sample might never have been collected,” he told reporters in Monaco. “Everyone is innocent until the tribunal says otherwise, and she will get a fair hearing.”",
  "henrik_solvang", "told reporters", True)
A("The TIU collected more than 5,200 samples from athletes worldwide last year, according to its annual report, and opened 61 cases involving middle- and long-distance runners.",
  "tiu", "according to its annual report", False)
A("UKCS said it would not comment further while the case was pending.", "ukcs", "said", False)

# -------------------------------------------------------------------- hedges
H = g.hedge
H("could", "That result, and any others since the sample was taken, could be wiped from the record if the case against her is proved.",
  "possible", note="conditional on 'if the case against her is proved'")
H("almost certainly", "the positive test was “almost certainly” caused by a contaminated supplement", "probable")
H("We’re confident", "We’re confident that when the science is laid out, people will see this for what it is.", "certain",
  note="booster")
H("is understood to", "Ashdown is understood to have been told of the finding on 4 March.", "reported",
  note="unsourced hearsay -> author, reported")
H("would", "which would rule her out of the 2028 Olympics in Los Angeles", "possible",
  note="hypothetical, conditional on 'If the charge is upheld'")
H("reportedly", "The deal was reportedly worth around £250,000 a year.", "reported")
H("might", "Ten years ago this sample might never have been collected", "possible", note="counterfactual")
H("It is not yet clear", "It is not yet clear whether investigators will seek to interview other members of Tulloch’s training group.",
  "uncertain")

# ------------------------------------------------------------------- stances
g.stance("has always said he knew nothing about Haig’s drug use – an account that sits uneasily with the tribunal’s finding that he had twice driven Haig to a private clinic in Madrid where the athlete received injections",
         "graham_tulloch", "disputes", "sits uneasily with",
         note="the author sets Tulloch's denial against the tribunal's finding (implicitly endorsing the finding)")

# -------------------------------------------------------------------- events
V = g.event
V("ashdown_suspension_2025", "sanction", "2025-03-12", None, {},
  [("tiu", "actor"), ("lydia_ashdown", "target")],
  "has been provisionally suspended after a banned substance was found in one of her samples",
  subtype="provisional suspension (doping)", source="tiu",
  date_note="announced Wednesday 2025-03-12; the suspension's own start date is not stated")
V("ashdown_test_2025", "other", "2025-01-28", "iten", {},
  [("lydia_ashdown", "target"), ("ukcs", "orderer"), ("tiu", "responder")],
  "the urine sample had been collected out of competition on 28 January at a training camp in Iten",
  subtype="doping control: out-of-competition sample collection, positive for ostarine", source="tiu",
  place_detail="training_camp_iten")
V("ashdown_notification_2025", "other", "2025-03-04", None, {},
  [("lydia_ashdown", "recipient", {"certainty": "reported"})],
  "Ashdown is understood to have been told of the finding on 4 March.",
  subtype="notification of adverse finding", certainty="reported")
V("ashdown_birmingham_win_2025", "other", "2025-02-22", "birmingham", {"winning_time_s": 241.37},
  [("lydia_ashdown", "winner")],
  "she won the women’s 1,500m at the Birmingham Indoor Open in 4min 01.37sec",
  subtype="race win (women's 1,500m, athletics meeting)", meeting="birmingham_indoor_open",
  note="result could be annulled if the case is proved")
V("paris_olympics_2024", "other", "2024-SU", "paris", {},
  [("lydia_ashdown", "competitor", {"qualifier": "1,500m semi-finalist"})],
  "reached the semi-finals at the Paris Olympics last summer", subtype="Olympic Games (sports competition)")
V("ashdown_hearing_2025", "trial", "2025-05-06", None, {"max_ban_years": 4},
  [("lydia_ashdown", "defendant"), ("disciplinary_tribunal", "venue")],
  "A hearing before an independent disciplinary tribunal has been provisionally set for 6 May.",
  subtype="disciplinary hearing (scheduled)", status="scheduled",
  note="possible outcome: ban of up to four years (conditional)")
V("ashdown_renaming_2014", "renaming", "2014", None, {},
  [("lydia_ashdown", "actor")],
  "took her stepfather’s surname when she became a British citizen in 2014",
  subtype="personal name change (Lydia Chemutai -> Lydia Ashdown) on naturalisation")
V("ashdown_monaco_pb_2024", "other", "2024-07", "monaco", {"time_s": 238.90},
  [("lydia_ashdown", "actor")],
  "set a personal best of 3min 58.90sec in Monaco last July", subtype="race (personal best)")
V("haig_ban_2021", "sanction", "2021", None, {"ban_years": 4},
  [("conor_haig", "target")],
  "the 5,000m runner who was banned for four years in 2021 after testing positive for EPO",
  subtype="four-year doping ban (EPO)")
V("haig_clinic_visits", "other", None, "madrid_clinic", {"visits": 2},
  [("conor_haig", "recipient"), ("graham_tulloch", "actor")],
  "he had twice driven Haig to a private clinic in Madrid where the athlete received injections",
  subtype="clinic visits (injections)", source="haig_tribunal", date_note="before the 2021 ban; not dated")
V("veloxa_sponsorship", "contract", "2021", None, {"value_gbp_per_year": 250000},
  [("veloxa", "payer"), ("lydia_ashdown", "recipient")],
  "Veloxa, the Milan-based sportswear company that has backed Ashdown since 2021",
  subtype="sponsorship agreement", date_span="2021/2025-03-12",
  numbers_by_source=[{"source": "author", "certainty": "reported", "numbers": {"value_gbp_per_year": 250000},
                      "qualifier": "around", "evidence": "The deal was reportedly worth around £250,000 a year."}])
V("veloxa_termination_2025", "contract", "2025-03-12", None, {},
  [("veloxa", "actor"), ("lydia_ashdown", "target")],
  "it had ended its contract with her “with immediate effect”", subtype="termination of sponsorship contract",
  source="veloxa")
V("ashdown_team_withdrawal_2025", "other", None, None, {},
  [("lydia_ashdown", "target"), ("british_team", "actor")],
  "has been withdrawn from the British team", subtype="withdrawal from national team (World Indoor Championships)",
  date_note="not stated; before 2025-03-13")

# ------------------------------------------------------------------- timexes
T = g.timex
T("Thursday 13 March 2025", "2025-03-13", function="publication_date")
T("last summer", "2024-SU", anchor="2025-03-13")
T("Wednesday", "2025-03-12", ctx="TIU) said on Wednesday")
T("28 January", "2025-01-28")
T("22 February", "2025-02-22", note="signal 'since'")
T("at the time", "2025-02-22", anaphoric=True)
T("this year", "2025")
T("the past twelve months", "P12M", type="duration", anchor="2025-03-13")
T("4 March", "2025-03-04")
T("6 May", "2025-05-06")
T("four years", "P4Y", ctx="a ban of up to four years", type="duration", mod="EQUAL_OR_LESS")
T("2028", "2028")
T("a year", "P1Y", ctx="a year or less", type="duration", mod="EQUAL_OR_LESS")
T("2014", "2014")
T("2017", "2017", note="signal 'since'")
T("2022", "2022")
T("2023", "2023")
T("last July", "2024-07")
T("four years", "P4Y", ctx="banned for four years in 2021", type="duration")
T("2021", "2021", ctx="four years in 2021")
T("Wednesday", "2025-03-12", ctx="comment on Wednesday")
T("Tuesday", "2025-03-11")
T("2021", "2021", ctx="Ashdown since 2021", note="signal 'since'")
T("Wednesday evening", "2025-03-12", alt_values=["2025-03-12TEV"])
T("a year", "P1Y", ctx="£250,000 a year", type="set")
T("Ten years ago", "2015", anchor="2025-03-13")
T("last year", "2024")
T("next week", "2025-W12", anchor="2025-03-13")

# -------------------------------------------------------------------- notes
g.notes += [
    "FICTIONAL dev document (own wording), written for benchmarks/devset: Lydia Ashdown (born Lydia Chemutai), Tom Eldridge, "
    "Sophie Lindqvist, Northline Sports Management, Graham Tulloch, Conor Haig, Fosse Way Harriers, Veloxa, Henrik Solvang, "
    "the Track Integrity Unit (TIU), the International Athletics Federation (IAF) and UK Clean Sport (UKCS) are invented; "
    "countries, cities and the Olympic Games / World Indoor Championships are real, but every result, test and statement "
    "about them here is invented. Curly quotes/apostrophes (’ “ ”) and an en dash are used on purpose. errors: none.",
    "published = 2025-03-13 (Thursday, from the byline date): 'Wednesday' = 2025-03-12, 'Tuesday' = 2025-03-11, "
    "'last summer' = 2024-SU, 'last July' = 2024-07, 'last year' = 2024, 'Ten years ago' = 2015, 'next week' = 2025-W12; "
    "'at the time' is anaphoric to 22 February 2025. Not annotated as timexes: ages ('The 27-year-old', 'the age of 11'), "
    "race times ('4min 01.37sec', '3min 58.90sec'), 'at all times', and the habitual 'the winter months' (TIMEX3 set XXXX-WI, "
    "not expressible in the shared ISO pattern).",
    "Certainty per source (FactBank-style, as in the shared gold): named or descriptive sources' plain assertions are "
    "'certain' for that source (TIU, UKCS, Lindqvist, Veloxa, 'Sources close to the athlete', 'A person familiar with his "
    "training group'); unsourced 'is understood to' and 'reportedly' are 'reported' with source author.",
    "Nested sources: Ashdown's statement was issued through her agent (source lydia_ashdown, via sophie_lindqvist); the "
    "lawyers' belief is relayed by Lindqvist (two attributions on overlapping spans: Lindqvist 'said', lawyers 'believed' "
    "via Lindqvist).",
    "Two tribunals: 'an independent disciplinary tribunal' (Ashdown, and 'the tribunal' in Solvang's quote) vs the 2021 "
    "tribunal in Haig's case ('the tribunal’s finding'). 'the athlete' refers to Ashdown twice and to Haig once.",
    "Author stance: one explicit dispute ('an account that sits uneasily with the tribunal’s finding'), targeting Tulloch's "
    "denial. 'Her sponsor was less patient' judges an action, not a claim: not a stance.",
    "Sanctions encoded as 'targeted' (qualifier), sponsorship as 'funded' (termination = negative 'funded' from "
    "2025-03-12), agent/lawyers as 'works_with', coaching as 'trained', club membership / national team as 'member_of'. "
    "No predicate in the closed vocabulary for birthplace ('Born ... in Eldoret', 'Kenyan-born'), kinship (mother, "
    "stepfather), testing/ordering a test, or causation (contaminated supplement -> positive test): not encoded as relations "
    "('Kenyan-born' is deliberately NOT read as citizen_of Kenya).",
    "'provisionally suspended' / 'provisionally set' mark legal status, not epistemic certainty: not hedges. 'can indicate' "
    "(generic ability) is not a hedge. 'We’re confident' is recorded as a booster (certain).",
    "Events: types from DESIGN.md's full vocabulary (sanction, trial, contract, renaming, other). The hearing on 6 May is "
    "scheduled (status='scheduled'). Not event records: the 2028 Olympics and the World Indoor Championships (future), "
    "Tulloch never being charged (non-event), the B-sample / hair-test requests, the TIU's 2024 sample totals (aggregate "
    "statistics). The race win and the Monaco personal best have place = city (meeting entity kept in 'meeting').",
    "Event roles: perpetrator/target/actor/orderer/recipient/payer/defendant/venue/responder as in the shared gold; "
    "new here: winner, competitor.",
    "Entity typing: the laboratory in Cologne is typed Organization (it performs the analysis); the pharmacy, training "
    "camp and clinic are Location (facility). 'Paris', 'Birmingham' and 'Milan' occur only inside names/adjectives "
    "('Paris Olympics', 'Birmingham Indoor Open', 'Milan-based') and are kept as Location entities with located_in "
    "relations marked implicit where they come from a name.",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
