#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for
benchmarks/devset/docs/police_murder_investigation.txt -> benchmarks/devset/gold/police_murder_investigation.json

Fictional crime/policing wire story: a fatal shooting outside a bar in Dayton, Ohio; an arrest with a U.S.
Marshals task force; murder charges from court records; a police spokeswoman, an anonymous law-enforcement
official, the suspect's lawyer denying, the victim's sister, a bar manager; the suspect's prior robbery
conviction and post-release supervision; a bond hearing and a preliminary-hearing date; a second suspect
sought on a complicity warrant.  Built with the shared goldlib (same schema and conventions as the shared dev
gold and the other devset scripts; events follow the shared validator's list like cyber_ransomware_attack)."""
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[3]                      # project root
DEVSET = HERE.parents[1]                    # benchmarks/devset

from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "police_murder_investigation"
PUB = "2025-10-15"  # dateline: DAYTON, Ohio, Oct. 15, 2025 (a Wednesday)
g = Gold(DEVSET / "docs" / f"{NAME}.txt", PUB)

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("dayton", "Location", ["DAYTON", "Dayton"], ["the city"],
  note="dateline; 'Dayton' also inside 'Dayton Police Department' and 'Dayton Municipal Court' (part of those names); "
       "'the city's 19th homicide'")
E("ohio", "Location", ["Ohio"], note="dateline; also inside 'Ohio Department of Rehabilitation and Correction' and 'Ohio law'")
E("oregon_district", "Location", ["Oregon District"], ["the district"],
  note="real entertainment district of Dayton; 'Several bar owners in the district'")
E("copper_lantern", "Location", ["Copper Lantern"], ["a bar", "the bar"], fictional=True,
  note="facility (bar); 'the bar' (x3: Abernathy's quote, 'the bar's cameras', 'thrown out of the bar'); "
       "typed Location as the venue; it is also the business Marsh manages")
E("parking_lot", "Location", ["the parking lot behind the Copper Lantern"], name_kind="descriptive",
  descriptors=["the lot", "that parking lot", "the scene"],
  note="facility: scene of the shooting; 'that parking lot' in Szabo's quote")
E("east_fifth_street", "Location", ["East Fifth Street"])
E("miami_valley_hospital", "Location", ["Miami Valley Hospital"], ["hospital"],
  note="real hospital (facility); 'released from hospital' refers to a hospital generically, probably the same one")
E("trotwood", "Location", ["Trotwood"], note="suburb of Dayton; Pike's home town ('Jordan Pike of Trotwood')")
E("westbrook_road", "Location", ["Westbrook Road"])
E("arrest_apartment", "Location", ["an apartment on Westbrook Road"], name_kind="descriptive", note="facility")
E("storm_drain", "Location", ["a storm drain two blocks away"], name_kind="descriptive", note="facility")
E("kettering", "Location", ["Kettering"], note="Lindqvist's home town; also the diner's town")
E("kettering_diner", "Location", ["a diner in Kettering"], name_kind="descriptive",
  note="facility/business where Whitfield worked")
E("kentucky", "Location", ["Kentucky"])
E("united_states", "Location", [], implicit=True, note="only inside 'U.S. Marshals Service'")

# organizations
E("dayton_police", "Organization", ["Dayton Police Department"], ["police", "Police"],
  note="'police' (lead, Szabo's accusation, 'police figures', 'meet police') and 'Police identified ...' = the "
       "department; 'a police spokeswoman' names Abernathy; 'headquarters' = the department's headquarters (venue, "
       "not listed)")
E("dayton_detectives", "Person", ["detectives"], ["Detectives", "investigators", "Investigators"],
  generic=True, name_kind="descriptive",
  note="the department's detectives/investigators ('Detectives arrested ...', 'investigators had recovered ...', "
       "'detectives were also examining ...', 'Investigators believe ...', 'detectives had told the family'); "
       "'they' in the lead ('who they believe') = police")
E("us_marshals", "Organization", ["U.S. Marshals Service"], note="real agency; its role here is fictional")
E("marshals_task_force", "Organization", ["a U.S. Marshals Service fugitive task force"], name_kind="descriptive")
E("court_records", "Organization", ["court records"], ["Court records"], name_kind="descriptive",
  note="documentary source (as 'court papers' in cyber_ransomware_attack), x2")
E("dayton_municipal_court", "Organization", ["Dayton Municipal Court"],
  note="real court; the case is fictional. Also the venue of the bond hearing")
E("montgomery_prosecutor", "Organization", ["Montgomery County Prosecutor's Office"],
  note="real office; the statement is fictional. Conroy is an assistant prosecutor there (inferred)")
E("grand_jury", "Organization", ["a grand jury"], name_kind="descriptive")
E("odrc", "Organization", ["Ohio Department of Rehabilitation and Correction"],
  note="real state agency; the statement is fictional")
E("crime_stoppers", "Organization", ["Crime Stoppers"])
E("law_enforcement_official", "Person", ["A law-enforcement official familiar with the case"], ["The official"],
  unnamed=True, name_kind="descriptive")
E("witnesses", "Person", ["witnesses"], generic=True, name_kind="descriptive",
  note="the witnesses Szabo cites (unnamed, number not given)")
E("whitfield_family", "Person", ["his family"], ["the family"], name_kind="descriptive",
  note="Whitfield's family as a source ('his family said'); 'the family's home'")
E("bar_owners", "Person", ["Several bar owners in the district"], generic=True, name_kind="descriptive")
E("bar_staff", "Person", ["staff"], ["Our people"], generic=True, name_kind="descriptive",
  note="the Copper Lantern's staff; 'Our people' in Marsh's quote")
E("parole_officer", "Person", ["his parole officer"], unnamed=True, name_kind="descriptive")
E("gunman", "Person", ["the gunman"], ["a gunman"], unnamed=True, name_kind="descriptive",
  note="the shooter as described: police say he is the man they charged (Pike) and that the second man drove him "
       "away; Szabo says witnesses described 'a gunman' taller than Pike. Kept apart from Pike because the identity "
       "is the contested point (Pike perpetrated is a reported relation)")
E("two_groups", "Organization", ["The two groups"], ["the two groups"], name_kind="descriptive",
  note="the two parties to the argument in the bar (Whitfield's party and the other one); typed Organization as "
       "groups; norm_name makes the two spellings one name")

# people
E("andre_whitfield", "Person", ["Andre Whitfield", "Whitfield"],
  ["a restaurant cook", "a line cook"], fictional=True,
  note="victim; 'He', 'him' in paragraph 2, 'he' in his sister's quote; 'Whitfield' is also inside 'Monique "
       "Whitfield' and 'Whitfield's friend'")
E("whitfield_friend", "Person", ["A 29-year-old friend who was standing beside him"], ["Whitfield's friend"],
  unnamed=True, name_kind="descriptive", note="wounded; not named")
E("jordan_pike", "Person", ["Jordan Pike", "Pike", "Jordan"],
  ["A 24-year-old man", "her client"], fictional=True,
  note="'Jordan' (first name) in Szabo's quote; 'He was charged', 'He was released', 'him'")
E("gwen_abernathy", "Person", ["Gwen Abernathy", "Abernathy"], ["a police spokeswoman", "the spokeswoman"],
  fictional=True, note="'Lt.' title; 'She said', 'She urged'")
E("cody_lindqvist", "Person", ["Cody Lindqvist", "Lindqvist"],
  ["second suspect", "a second man who they believe drove the gunman away", "the second man"],
  fictional=True, note="'the other one' in Monique Whitfield's quote is him (pronominal, not listed)")
E("leah_conroy", "Person", ["Leah Conroy"], fictional=True, note="'Assistant Prosecutor' (title)")
E("samuel_okafor", "Person", ["Samuel Okafor"], ["The judge"], fictional=True, note="'Judge' (title)")
E("rachel_szabo", "Person", ["Rachel Szabo", "Szabo"], ["Pike's lawyer"], fictional=True, note="'She', 'she'")
E("monique_whitfield", "Person", ["Monique Whitfield"], ["His sister"], fictional=True)
E("kelvin_marsh", "Person", ["Kelvin Marsh", "Marsh"], ["who manages the Copper Lantern"], fictional=True)

# events (entities; records below)
E("shooting_2025", "Event", [],
  ["Dayton bar shooting", "the fatal shooting of a restaurant cook", "the shooting", "the killing", "The killing",
   "the city's 19th homicide", "the case"],
  note="the shooting that killed Whitfield and wounded his friend; 'the case' (anonymous official, Monique "
       "Whitfield's report of detectives) = the murder case")
E("whitfield_death", "Event", [], note="clausal: 'He died at Miami Valley Hospital less than an hour later'")
E("bar_argument", "Event", [], ["the dispute"],
  note="'The two groups had words inside the bar' (Abernathy); 'the dispute appeared to have started over a spilled drink'")
E("pike_arrest", "Event", [], ["an arrest", "one arrest"],
  note="'Detectives arrested Jordan Pike ...'; 'an arrest' (Szabo's accusation) and 'one arrest' (sister) refer to it")
E("pike_charge", "Event", [], note="clausal: 'He was charged on Monday with murder, felonious assault and ...'")
E("lindqvist_warrant", "Event", [], ["a warrant"], note="warrant charging Lindqvist with complicity to murder")
E("bond_hearing", "Event", [], note="clausal: 'Pike appeared by video in Dayton Municipal Court on Monday afternoon'")
E("gun_recovery", "Event", [], note="clausal: 'investigators had recovered a 9 mm handgun ... from a storm drain'")
E("robbery_conviction_2019", "Event", [], note="clausal: 'Pike pleaded guilty in 2019 to aggravated robbery and was "
                                               "sentenced to five years in prison'")
E("pike_release_2024", "Event", [], note="clausal: 'He was released in March 2024'")
E("parole_meeting", "Event", [], note="clausal: 'his parole officer had last met him two weeks ago'")

# ----------------------------------------------------------------- relations
R = g.rel
LEAD = ("A 24-year-old man has been charged with murder in the fatal shooting of a restaurant cook outside a bar in "
        "Dayton's Oregon District")
R("jordan_pike", "perpetrated", "shooting_2025", "Man charged with murder in Dayton bar shooting",
  certainty="reported", certainty_cue="charged with", stance="neutral", note="headline; the man is Pike")
R("jordan_pike", "perpetrated", "shooting_2025", LEAD, certainty="reported", certainty_cue="charged with",
  stance="neutral", note="a charge is an allegation: reported, author neutral (as 'accused of' in court_fraud_trial)")
R("oregon_district", "located_in", "dayton", "Dayton's Oregon District")
R("dayton", "located_in", "ohio", "DAYTON, Ohio")
P1B = "police said on Tuesday they were searching for a second man who they believe drove the gunman away"
R("cody_lindqvist", "works_with", "gunman", P1B, source="dayton_police", certainty="probable", certainty_cue="believe",
  alt_predicates=["supported"], qualifier="drove the gunman away (alleged getaway driver)")
P2 = ("Andre Whitfield, 31, was shot three times in the parking lot behind the Copper Lantern on East Fifth Street at "
      "about 2:10 a.m. on Saturday, the Dayton Police Department said.")
R("copper_lantern", "located_in", "east_fifth_street", "the Copper Lantern on East Fifth Street")
R("copper_lantern", "located_in", "oregon_district", "outside a bar in Dayton's Oregon District", implicit=True,
  note="the bar of the lead is the Copper Lantern of paragraph 2")
R("parking_lot", "located_in", "copper_lantern", "the parking lot behind the Copper Lantern",
  qualifier="behind the bar")
R("gunman", "targeted", "andre_whitfield", P2, source="dayton_police", implicit=True,
  qualifier="shot three times (passive, agent unstated)")
R("andre_whitfield", "died_on", "2025-10-11", "He died at Miami Valley Hospital less than an hour later.",
  note="shot at about 2:10 a.m. on Saturday 2025-10-11; died less than an hour later, same day")
R("gunman", "targeted", "whitfield_friend",
  "A 29-year-old friend who was standing beside him was wounded in the leg", implicit=True,
  qualifier="wounded in the leg")
P3 = ("Detectives arrested Jordan Pike of Trotwood late on Sunday at an apartment on Westbrook Road, with help from a "
      "U.S. Marshals Service fugitive task force.")
R("dayton_detectives", "targeted", "jordan_pike", P3, qualifier="arrested",
  note="arrest encoded as an arrest event; the relation is the nearest predicate for the agent -> arrested person")
R("marshals_task_force", "works_with", "dayton_detectives", P3, qualifier="helped make the arrest")
R("marshals_task_force", "part_of", "us_marshals", "a U.S. Marshals Service fugitive task force")
R("us_marshals", "part_of", "united_states", "U.S. Marshals Service", implicit=True, note="from the name")
R("arrest_apartment", "located_in", "westbrook_road", "an apartment on Westbrook Road")
R("dayton_detectives", "part_of", "dayton_police", "Detectives arrested Jordan Pike", implicit=True,
  note="the detectives are the department's (context)")
P3B = ("He was charged on Monday with murder, felonious assault and having a weapon while under disability, according "
       "to court records.")
R("jordan_pike", "perpetrated", "shooting_2025", P3B, source="court_records", certainty="reported",
  certainty_cue="charged", time="2025-10-13", qualifier="charged with murder and felonious assault")
QA = ("\"This was not a random act. The two groups had words inside the bar, and it followed them outside,\" Lt. Gwen "
      "Abernathy, a police spokeswoman, told reporters at headquarters on Tuesday.")
R("gwen_abernathy", "holds_position", "dayton_police", "Lt. Gwen Abernathy, a police spokeswoman",
  role="spokeswoman (lieutenant)", alt_predicates=["member_of"])
R("two_groups", "perpetrated", "bar_argument", QA, source="gwen_abernathy", qualifier="'had words inside the bar'",
  note="the argument the police say led to the shooting; 'it followed them outside'")
R("bar_argument", "located_in", "copper_lantern", "The two groups had words inside the bar", source="gwen_abernathy",
  note="event place as a relation (also the event's place)")
P4B = ("She said investigators had recovered a 9 mm handgun they believe was used in the shooting from a storm drain "
       "two blocks away, and that shell casings found at the scene were being tested.")
P5B = ("A law-enforcement official familiar with the case, who was not authorized to speak publicly, said detectives "
       "were also examining whether Pike and Whitfield's friend had quarreled online in the weeks before the shooting.")
P6A = ("Police identified the second man as Cody Lindqvist, 27, of Kettering, and said a warrant had been issued "
       "charging him with complicity to murder.")
R("cody_lindqvist", "perpetrated", "shooting_2025", P6A, source="dayton_police", certainty="reported",
  certainty_cue="charging him with", alt_predicates=["supported"], qualifier="complicity to murder (warrant)")
P6B = ("Investigators believe Lindqvist drove a dark gray sedan that left the lot moments after the shots were fired and "
       "may have since crossed into Kentucky, the spokeswoman said.")
R("cody_lindqvist", "works_with", "jordan_pike", P6B, source="dayton_detectives", via=["gwen_abernathy"],
  certainty="probable", certainty_cue="believe", implicit=True, alt_predicates=["supported"],
  qualifier="getaway driver (the charged gunman is Pike)",
  note="Pike is not named in the sentence: implicit from the lead and the charges")
R("cody_lindqvist", "located_in", "kentucky", P6B, source="dayton_detectives", via=["gwen_abernathy"],
  certainty="possible", certainty_cue="may have", qualifier="may have crossed into Kentucky (fled)")
QC = ("Assistant Prosecutor Leah Conroy asked for a high bond, telling Judge Samuel Okafor that Pike \"poses an obvious "
      "danger to this community.\"")
R("leah_conroy", "holds_position", "montgomery_prosecutor", "Assistant Prosecutor Leah Conroy",
  role="assistant prosecutor", implicit=True, note="the office is named two sentences later")
R("samuel_okafor", "holds_position", "dayton_municipal_court", "Judge Samuel Okafor", role="judge", implicit=True,
  note="the court is named in the preceding sentence")
DENY = "Pike's lawyer, Rachel Szabo, said her client denies any role in the killing."
R("rachel_szabo", "works_with", "jordan_pike", "Pike's lawyer, Rachel Szabo", qualifier="defence counsel")
R("jordan_pike", "perpetrated", "shooting_2025", DENY, polarity="negative", source="jordan_pike", via=["rachel_szabo"],
  polarity_cue="denies")
QS = "\"Jordan did not shoot anyone. He was not in that parking lot,\" Szabo said in a telephone interview."
R("jordan_pike", "perpetrated", "shooting_2025", QS, polarity="negative", source="rachel_szabo",
  polarity_cue="did not shoot anyone", implicit=True, note="'anyone': the denial of the shooting, not named as such")
R("jordan_pike", "located_in", "parking_lot", QS, polarity="negative", source="rachel_szabo",
  polarity_cue="was not in", qualifier="alibi: not at the scene")
P9A = ("Court records show Pike pleaded guilty in 2019 to aggravated robbery and was sentenced to five years in prison.")
P9B = ("He was released in March 2024 and was under post-release supervision at the time of the shooting, according to "
       "the Ohio Department of Rehabilitation and Correction, which said his parole officer had last met him two weeks ago.")
R("odrc", "controls", "jordan_pike", P9B, source="odrc", qualifier="post-release supervision",
  ambiguous=True, note="supervision of a parolee: 'controls' is the nearest predicate")
R("odrc", "part_of", "ohio", "Ohio Department of Rehabilitation and Correction", implicit=True, note="from the name")
R("parole_officer", "holds_position", "odrc", "his parole officer", role="parole officer", implicit=True,
  note="Ohio's parole officers work for the ODRC (its Adult Parole Authority); the sentence names the ODRC")
P10 = ("Whitfield had worked for six years as a line cook at a diner in Kettering and was saving to open a food truck, "
       "his family said.")
R("andre_whitfield", "works_with", "kettering_diner", P10, source="whitfield_family", qualifier="line cook for six years",
  alt_predicates=["member_of"], note="employment; no employer predicate")
R("kettering_diner", "located_in", "kettering", "a diner in Kettering")
R("kelvin_marsh", "holds_position", "copper_lantern", "Kelvin Marsh, who manages the Copper Lantern", role="manager",
  alt_predicates=["leader_of", "controls"])
R("bar_staff", "member_of", "copper_lantern", "said staff had called 911", implicit=True, source="kelvin_marsh",
  alt_predicates=["works_with"])

# -------------------------------------------------------------- attributions
A = g.attr
A(P1B, "dayton_police", "said", False, content="they were searching for a second man who they believe drove the gunman away")
A(P2, "dayton_police", "said", False)
A(P3B, "court_records", "according to", False)
A(QA, "gwen_abernathy", "told", True,
  content="This was not a random act. The two groups had words inside the bar, and it followed them outside",
  on_behalf_of="dayton_police")
A(P4B, "gwen_abernathy", "said", False, on_behalf_of="dayton_police")
A("Abernathy said the dispute appeared to have started over a spilled drink.", "gwen_abernathy", "said", False,
  on_behalf_of="dayton_police")
A(P5B, "law_enforcement_official", "said", False)
A("The official said that line of inquiry was \"still early.\"", "law_enforcement_official", "said", False,
  partial_quote=True)
A(P6A, "dayton_police", "identified", False)
A(P6B, "dayton_detectives", "believe", False, via=["gwen_abernathy"],
  note="the investigators' belief relayed by the spokeswoman; see next record (two sources on one span)")
A(P6B, "gwen_abernathy", "the spokeswoman said", False, on_behalf_of="dayton_police")
A("She urged anyone who sees him not to approach him and to call Crime Stoppers.", "gwen_abernathy", "urged", False,
  on_behalf_of="dayton_police")
A(QC, "leah_conroy", "telling", False, partial_quote=True, on_behalf_of="montgomery_prosecutor",
  content="Pike \"poses an obvious danger to this community.\"")
A("The Montgomery County Prosecutor's Office said it expected to present the case to a grand jury within weeks.",
  "montgomery_prosecutor", "said", False)
A(DENY, "rachel_szabo", "said", False, on_behalf_of="jordan_pike")
A(DENY, "jordan_pike", "denies", False, via=["rachel_szabo"], content="her client denies any role in the killing")
A(QS, "rachel_szabo", "said", True, content="Jordan did not shoot anyone. He was not in that parking lot",
  on_behalf_of="jordan_pike")
A("She said witnesses had described a gunman \"several inches taller\" than Pike", "rachel_szabo", "said", False,
  partial_quote=True)
A("She said witnesses had described a gunman \"several inches taller\" than Pike", "witnesses", "described", False,
  via=["rachel_szabo"], partial_quote=True)
A("she accused police of rushing to make an arrest \"to calm a nervous downtown.\"", "rachel_szabo", "accused", False,
  partial_quote=True)
A(P9A, "court_records", "show", False)
A(P9B, "odrc", "according to", False)
A("which said his parole officer had last met him two weeks ago", "odrc", "said", False)
A(P10, "whitfield_family", "said", False)
A("His sister, Monique Whitfield, said he had gone to the Oregon District to celebrate a friend's birthday.",
  "monique_whitfield", "said", False)
A("\"He was the one who held everybody together. He didn't go looking for trouble that night,\" she said outside the "
  "family's home on Monday.", "monique_whitfield", "said", True)
A("She said detectives had told the family that one arrest was not the end of the case.", "monique_whitfield", "said",
  False)
A("She said detectives had told the family that one arrest was not the end of the case.", "dayton_detectives",
  "had told", False, via=["monique_whitfield"])
A("\"We're grateful they got one. We won't rest until they get the other one.\"", "monique_whitfield", "said", True,
  cue_ctx="She said detectives had told", continuation=True,
  note="follows her indirect report; the nearest cue is the preceding 'She said'")
A("The killing is the city's 19th homicide this year, compared with 27 at the same point last year, according to "
  "police figures.", "dayton_police", "according to", False, note="'police figures' = the department's statistics")
A("Several bar owners in the district said they planned to meet police next week to discuss adding officers on "
  "weekend nights.", "bar_owners", "said", False)
A("Kelvin Marsh, who manages the Copper Lantern, said staff had called 911 within seconds and had handed over footage "
  "from the bar's cameras.", "kelvin_marsh", "said", False)
A("\"Our people did everything right,\" he said.", "kelvin_marsh", "said", True)
A("Marsh said the two groups had not been thrown out of the bar and had left separately.", "kelvin_marsh", "said",
  False)

# ------------------------------------------------------------------- hedges
H = g.hedge
H("charged with", LEAD, "reported", note="allegation (the charge is a fact; the killing by Pike is alleged)")
H("believe", "a second man who they believe drove the gunman away", "probable")
H("believe", "a 9 mm handgun they believe was used in the shooting", "probable")
H("appeared to", "the dispute appeared to have started over a spilled drink", "probable")
H("examining whether", "detectives were also examining whether Pike and Whitfield's friend had quarreled online",
  "uncertain", note="an open question under investigation")
H("charging him with", "a warrant had been issued charging him with complicity to murder", "reported")
H("believe", "Investigators believe Lindqvist drove a dark gray sedan", "probable")
H("may have", "may have since crossed into Kentucky", "possible")
H("expected", "it expected to present the case to a grand jury within weeks", "probable")
H("accused", "she accused police of rushing to make an arrest", "reported")

# ------------------------------------------------------------------- events
V = g.event
V("shooting_2025", "killing", "2025-10-11", "parking_lot", {"killed": 1, "injured": 1},
  [("gunman", "perpetrator"), ("jordan_pike", "perpetrator", {"source": "court_records", "certainty": "reported"}),
   ("jordan_pike", "perpetrator", {"source": "jordan_pike", "polarity": "negative"}),
   ("cody_lindqvist", "supporter", {"source": "dayton_police", "certainty": "reported"}),
   ("andre_whitfield", "victim"), ("whitfield_friend", "victim")],
  LEAD, subtype="shooting (fatal; one wounded)",
  place_alt=["copper_lantern", "oregon_district", "dayton"],
  note="'at about 2:10 a.m. on Saturday' = 2025-10-11T02:10; killed 1 (Whitfield), injured 1 (the friend, 'wounded "
       "in the leg')")
V("whitfield_death", "other", "2025-10-11", "miami_valley_hospital", {"deaths": 1},
  [("andre_whitfield", "victim")], "He died at Miami Valley Hospital less than an hour later.",
  subtype="death (of wounds, in hospital)")
V("bar_argument", "other", "2025-10-11", "copper_lantern", {},
  [("two_groups", "actor")], "The two groups had words inside the bar",
  subtype="altercation (verbal argument, reportedly over a spilled drink)", source="gwen_abernathy",
  note="date: the night of the shooting (before 2:10 a.m. Saturday; could have begun late on Friday 2025-10-10)",
  alt_dates=["2025-10-10"])
V("pike_arrest", "other", "2025-10-12", "arrest_apartment", {},
  [("dayton_detectives", "actor"), ("marshals_task_force", "actor"), ("jordan_pike", "target")],
  P3, subtype="arrest", place_alt=["westbrook_road", "trotwood"], mod="END", note="'late on Sunday'")
V("pike_charge", "other", "2025-10-13", None, {},
  [("jordan_pike", "defendant"), ("montgomery_prosecutor", "actor")], P3B,
  subtype="charge: murder, felonious assault, having a weapon while under disability",
  note="who filed is not stated; the prosecutor's office is the usual charging authority (role actor, inferred)")
V("lindqvist_warrant", "other", None, None, {},
  [("cody_lindqvist", "target"), ("dayton_police", "actor")],
  "a warrant had been issued charging him with complicity to murder",
  subtype="charge: arrest warrant for complicity to murder", note="issued before the Tuesday (2025-10-14) briefing; date not stated")
V("bond_hearing", "other", "2025-10-13", "dayton_municipal_court", {"bond_usd": 1000000},
  [("jordan_pike", "defendant"), ("leah_conroy", "actor"), ("samuel_okafor", "actor"),
   ("dayton_municipal_court", "venue")],
  "Pike appeared by video in Dayton Municipal Court on Monday afternoon.",
  subtype="trial: initial appearance and bond hearing (bond set at $1 million)",
  note="the preliminary hearing scheduled for Oct. 23 and the grand-jury presentation 'within weeks' are future, "
       "not events (timexes only)")
V("gun_recovery", "other", None, "storm_drain", {},
  [("dayton_detectives", "actor")], P4B, subtype="search: recovery of a 9 mm handgun (believed murder weapon)",
  source="gwen_abernathy", note="date not stated (between the shooting and Tuesday)")
V("robbery_conviction_2019", "other", "2019", None, {"sentence_years": 5},
  [("jordan_pike", "defendant")], P9A,
  subtype="conviction and sentence: guilty plea to aggravated robbery, five years in prison", source="court_records")
V("pike_release_2024", "other", "2024-03", None, {},
  [("jordan_pike", "target"), ("odrc", "actor")],
  "He was released in March 2024", subtype="release from prison (to post-release supervision)", source="odrc")
V("parole_meeting", "other", "2025-10-01", None, {},
  [("parole_officer", "attendee"), ("jordan_pike", "attendee")],
  "his parole officer had last met him two weeks ago", subtype="meeting: parole check-in", source="odrc",
  note="'two weeks ago' from 2025-10-15")

# ------------------------------------------------------------------ timexes
T = g.timex
T("Oct. 15, 2025", "2025-10-15", function="publication_date")
T("Tuesday", "2025-10-14", occ=0)
T("2:10 a.m.", "2025-10-11T02:10", mod="APPROX", note="'about 2:10 a.m. on Saturday'")
T("Saturday", "2025-10-11")
T("less than an hour", "PT1H", type="duration", mod="LESS_THAN")
T("Sunday", "2025-10-12", mod="END", note="'late on Sunday' (TIMEX3 2025-10-12 with mod END; 'late' left outside "
                                         "the extent because of the preposition between)")
T("Monday", "2025-10-13", ctx="charged on Monday")
T("Tuesday", "2025-10-14", occ=1)
T("the weeks", "PXW", type="duration", ctx="in the weeks before the shooting",
  note="vague duration before the shooting ('in the weeks before the shooting')")
T("Monday afternoon", "2025-10-13", note="TIMEX3 2025-10-13TAF (part of day not encoded by the validator)")
T("Oct. 23", "2025-10-23", note="scheduled preliminary hearing")
T("weeks", "PXW", type="duration", ctx="within weeks", note="'within weeks' (future, vague)")
T("2019", "2019")
T("five years", "P5Y", type="duration")
T("March 2024", "2024-03")
T("two weeks ago", "2025-10-01", note="15 Oct minus two weeks")
T("six years", "P6Y", type="duration")
T("that night", "2025-10-10", anaphoric=True, alt_values=["2025-10-11"],
  note="the night of Friday 10 into Saturday 11 October (TIMEX3 2025-10-10TNI)")
T("Monday", "2025-10-13", ctx="home on Monday")
T("this year", "2025")
T("last year", "2024")
T("next week", "2025-W43", note="the week after the week of 2025-10-15 (ISO week 42)")

# ------------------------------------------------------------------- notes
g.notes += [
    "FICTIONAL dev document (own wording), written for benchmarks/devset and annotated by hand before any claimgraph "
    "run: every named person (Andre and Monique Whitfield, Jordan Pike, Cody Lindqvist, Gwen Abernathy, Leah Conroy, "
    "Samuel Okafor, Rachel Szabo, Kelvin Marsh), the Copper Lantern and the case are invented; Dayton, Ohio, the "
    "Oregon District, East Fifth Street, Trotwood, Kettering, Westbrook Road, Kentucky and Miami Valley Hospital are "
    "real places, and the institutions named (Dayton Police Department, U.S. Marshals Service, Dayton Municipal Court, "
    "Montgomery County Prosecutor's Office, Ohio Department of Rehabilitation and Correction, Crime Stoppers) are "
    "real, but every statement attributed to them is fictional. errors: none.",
    "published = dateline 2025-10-15 (Wednesday): 'Saturday' = 2025-10-11 (shooting about 2:10 a.m.), 'Sunday' = "
    "2025-10-12 (arrest, late), 'Monday' (x3, incl. 'Monday afternoon') = 2025-10-13 (charges, bond hearing, sister's "
    "words), 'Tuesday' (x2) = 2025-10-14 (police briefing), 'Oct. 23' = 2025-10-23 (scheduled preliminary hearing), "
    "'two weeks ago' = 2025-10-01, 'next week' = 2025-W43, 'that night' = the night of 2025-10-10/11.",
    "Not timexes: ages ('24-year-old', '31', '27', '29-year-old'), 'moments after', 'within seconds' (no ISO unit for "
    "seconds in the validator), 'weekend nights' (generic set), 'at the time of the shooting' (anchored on an event, "
    "no calendar value), 'at the same point last year' (only 'last year' is marked).",
    "Certainty per source (FactBank, shared convention): a charge is an allegation -> perpetrated relations from the "
    "charge are 'reported' with author_stance neutral ('charged with', 'charging him with' as hedges, as 'accused of' "
    "in court_fraud_trial); 'believe' (police, investigators) = probable; 'appeared to' = probable; 'may have' = "
    "possible; 'examining whether' = uncertain; 'expected' = probable; 'accused' (Szabo) = reported. Plain statements "
    "of named or descriptive sources (police, court records, the ODRC, the family, the sister, Marsh) are certain for "
    "that source. 'about 2:10 a.m.' is an approximator, not a hedge.",
    "Who did it, kept apart (terrorism-database convention): 'the gunman' is its own descriptive entity (the shooter "
    "as described); the police/court records say Pike (reported, via the charge); Pike denies via his lawyer "
    "(negative, source jordan_pike via rachel_szabo; Szabo's own direct quote is a second negative relation with "
    "source rachel_szabo, plus an alibi: not located_in the parking lot). Lindqvist: complicity (reported, "
    "perpetrated with alt supported) and alleged getaway driver (works_with gunman / Pike, probable). Event "
    "participants carry source/certainty/polarity for the contested roles.",
    "No author stance: the writer reports both sides without judgement ('There is no ...' style disclaimers are absent), "
    "so stances is empty; Szabo's accusation of police and the official's 'still early' are attributions, not stances.",
    "Relations with no exact DESIGN predicate, kept as the nearest and flagged in 'note'/'ambiguous': arrest "
    "(targeted detectives -> Pike, plus an arrest event), post-release supervision (controls ODRC -> Pike, ambiguous), employment (works_with Whitfield -> the diner), "
    "bar manager (holds_position, role manager, the bar typed Location as a venue). Kinship (Monique Whitfield is his "
    "sister), the online quarrel under examination (no fitting predicate; hedge only), nearness ('a storm drain two "
    "blocks away'), residence ('of Trotwood', 'of Kettering') and the prior conviction have no predicate: kept in entity "
    "descriptors and events only.",
    "Event types: like cyber_ransomware_attack and profile_militant_commander, validate_gold.py's list is followed "
    "(attack, killing, appointment, other ...): the shooting is 'killing' (subtype shooting, killed 1, injured 1); "
    "DESIGN types the validator lacks are 'other' with the DESIGN word leading the subtype (death, arrest, charge, "
    "trial, search (raid), conviction/sentence, release, meeting), which score.py's type matching reads. Future "
    "happenings (preliminary hearing on Oct. 23, grand jury, owners' meeting with police next week) and the "
    "investigated-but-unconfirmed online quarrel are not events.",
    "Entity hard cases: 'police' lowercase = the Dayton Police Department (a descriptor); 'Detectives'/'investigators' "
    "= one generic descriptive entity, part_of the department; 'the bar' = the Copper Lantern; 'the lot', 'that "
    "parking lot', 'the scene' = the parking lot; 'Jordan' in Szabo's quote = Pike; 'the other one' (sister's quote) = "
    "Lindqvist (pronominal, not listed); 'a gunman' (Szabo) is the same descriptive gunman entity as 'the gunman' "
    "(police); 'a friend's birthday' is a different, unnamed friend (not annotated).",
    "cross_doc: not applicable (unrelated domain).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
