#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for
benchmarks/devset/docs/diplomacy_ceasefire_talks.txt -> benchmarks/devset/gold/diplomacy_ceasefire_talks.json

Fictional diplomacy wire/analysis story: ceasefire talks in Doha between the government of the Central African
Republic and a rebel group with an acronym in brackets (the Patriotic Front for the North, PFN; later 'the group'),
mediated by the director of a Rome-based private mediation institute who announces a truce in principle and a prisoner
exchange; the group's spokesman denies any withdrawal (and claims control of 'two-thirds of the north', which the
writer calls unsupported: the one author stance); a statement from the minister's office ('according to a statement
from'), the government spokesman, an unnamed Western diplomat with a hedge ('could unravel'), the Luanda ceasefire of
Nov. 14, 2024 that collapsed on Feb. 3, a past prisoner exchange, competing tolls (Ministry of Defence vs a monitoring
group), the group's founding, leader, deputy and coalition.  Built with the shared goldlib; events follow the shared
validator's list like labour_port_strike (a DESIGN type it lacks is 'other' with the DESIGN word leading the
subtype)."""
from pathlib import Path

HERE = Path(__file__).resolve()
DEVSET = HERE.parents[1]                    # benchmarks/devset

from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "diplomacy_ceasefire_talks"
PUB = "2025-07-22"  # dateline: DOHA, Qatar, July 22, 2025 (a Tuesday)
g = Gold(DEVSET / "docs" / f"{NAME}.txt", PUB)

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("doha", "Location", ["DOHA", "Doha"], note="dateline; 'Doha talks' (headline), 'talks in Doha', 'progress made in "
  "Doha' (statement), 'no document in Doha', 'travel to Doha'")
E("qatar", "Location", ["Qatar", "Qatari"], note="dateline; 'the Qatari government' (demonym); 'Qatar's foreign ministry'")
E("car", "Location", ["Central African Republic"],
  note="headline and lead ('The government of the Central African Republic'); the country of the conflict")
E("the_north", "Location", ["the north"], name_kind="descriptive",
  note="northern Central African Republic: 'the future of the north' (Kamoun), 'two-thirds of the north' (Kamoun), "
       "'the heaviest in the north', 'former army officers from the north'; 'northern rebels' (headline) and 'the "
       "northern prefectures' are adjectives")
E("north_east", "Location", ["the north-east"], name_kind="descriptive",
  note="'armed groups in the north-east' (of the country)")
E("vakaga", "Location", ["Vakaga"], note="prefecture, x2")
E("bamingui_bangoran", "Location", ["Bamingui-Bangoran"], note="prefecture, x2")
E("rome", "Location", ["Rome"])
E("bangui", "Location", ["Bangui"], ["the capital"],
  note="'detained in Bangui, the capital'; 'a monitoring group based in Bangui'")
E("birao", "Location", ["Birao"], ["the main town of Vakaga"], note="x4 (incl. Kamoun's quote, Yakete, 2024 exchange)")
E("birao_airstrip", "Location", [], ["the airstrip in Birao"])
E("ndele", "Location", ["Ndele"], ["the capital of Bamingui-Bangoran"], note="x2 (Kamoun's quote; the army post)")
E("army_post", "Location", [], ["an army post outside Ndele"], note="facility typed Location")
E("luanda", "Location", ["Luanda"])
E("angola", "Location", ["Angola"])
E("chad", "Location", ["Chad"])
E("sudan", "Location", ["Sudan"])

# organizations
E("car_government", "Organization", [],
  ["The government of the Central African Republic", "the government", "The government"],
  note="'the government would release' (Marchetti's account), 'The government \"welcomes' (statement); 'Government "
       "spokesman', 'government soldiers', 'The government delegation' are attributive; metonymic 'Bangui' not used")
E("gov_delegation", "Organization", [], ["The government delegation"],
  note="'both delegations' (Marchetti) covers it and the PFN's")
E("pfn", "Organization", ["Patriotic Front for the North", "PFN"],
  ["the group", "The group", "the rebel Patriotic Front for the North", "northern rebels", "the other party"],
  fictional=True,
  note="acronym in brackets after the full name; 'the group' x3 and 'the group's' x2, 'The group' x1; 'northern "
       "rebels' (headline); 'the other party' in the government's statement; 'We' in Kamoun's quote")
E("pfn_delegation", "Organization", [], ["the group's delegation"])
E("bmi", "Organization", ["Bridgeway Mediation Institute"], ["a private diplomacy organisation based in Rome"],
  fictional=True)
E("qatar_government", "Organization", [], ["the Qatari government"], note="host of the talks")
E("qatar_mfa", "Organization", [], ["Qatar's foreign ministry"])
E("ngouandji_office", "Organization", [], ["Ngouandji's office"], note="source of the government's statement")
E("defence_ministry", "Organization", ["Ministry of Defence"], note="the Central African Republic's (context)")
E("army", "Organization", [], ["the army"],
  note="the national army: 'the army had \"neutralised' (ministry); attributive 'an army post', 'former army officers'")
E("ohrn", "Organization", ["Observatory for Human Rights in the North"], ["a monitoring group based in Bangui"],
  fictional=True, note="'says it has recorded'")
E("alliance", "Organization", ["Alliance of the Three Borders"],
  ["a loose coalition of armed groups in the north-east"], fictional=True)
E("alliance_others", "Organization", [], ["other members"], generic=True,
  note="'whose other members did not take part in the talks' (the alliance's other groups)")
E("monitoring_committee", "Organization", [], ["A joint committee", "the monitoring committee"],
  note="provided for by the text; not yet formed")
E("aid_agencies", "Organization", ["aid agencies"], generic=True, name_kind="descriptive",
  note="'maps of the conflict published by aid agencies'")

# people
E("elena_marchetti", "Person", ["Elena Marchetti", "Marchetti"],
  ["the mediator of talks in Doha", "director of Africa programmes at the Bridgeway Mediation Institute"],
  fictional=True, note="'Marchetti' x3; 'she said' (the exchange)")
E("idriss_kamoun", "Person", ["Idriss Kamoun", "Kamoun"], ["a spokesman for the group", "the PFN's spokesman"],
  fictional=True, note="the lead's unnamed 'a spokesman for the group' is Kamoun (named in paragraph 5); 'He said'")
E("fidele_ngouandji", "Person", ["Fidele Ngouandji", "Ngouandji"], ["the minister of territorial administration"],
  fictional=True, note="'Ngouandji' inside 'Ngouandji's office'")
E("albert_yakete", "Person", ["Albert Yakete"], ["Government spokesman"], fictional=True)
E("western_diplomat", "Person", ["A Western diplomat briefed on the talks"], ["the diplomat"], unnamed=True,
  name_kind="descriptive")
E("ousmane_tidjani", "Person", ["Ousmane Tidjani", "Tidjani"],
  ["a former colonel who has not appeared in public since 2023"], fictional=True, note="'his deputy'")
E("hassan_noury", "Person", ["Hassan Noury"], ["his deputy"], fictional=True)
E("pfn_fighters", "Person", ["its fighters", "PFN fighters", "rebel forces"], generic=True, name_kind="descriptive",
  note="'pull its fighters out of any town' (lead), 'PFN fighters overran', 'the departure of rebel forces from Birao' "
       "(Yakete)")
E("held_soldiers", "Person", ["46 government soldiers it has held since the spring"], generic=True,
  name_kind="descriptive", note="held by the PFN; to be freed under the text")
E("pfn_detainees", "Person", ["60 of the group's fighters detained in Bangui"], ["no detainee"], generic=True,
  name_kind="descriptive", note="'no detainee would be released' (Yakete) refers to these")
E("swapped_soldiers", "Person", ["14 soldiers"], generic=True, name_kind="descriptive", note="2024 exchange")
E("swapped_rebels", "Person", ["20 rebels"], generic=True, name_kind="descriptive", note="2024 exchange")
E("pfn_founders", "Person", ["former army officers from the north"], generic=True, name_kind="descriptive")
E("displaced", "Person", ["tens of thousands of people"], generic=True, name_kind="descriptive")
E("analysts", "Person", ["Analysts"], generic=True, name_kind="descriptive")

# events
E("talks_2025", "Event", [], ["talks in Doha", "The talks", "the talks", "Doha talks"],
  note="'the talks' x2 (the diplomat; the alliance), 'The talks, hosted by ...'")
E("ceasefire_2025", "Event", [], ["a 30-day ceasefire", "truce in principle", "the truce", "a text", "the text",
                                  "any truce"],
  note="the agreement in principle announced on Monday: 'a text under which fighting ... would stop', 'Under the "
       "text', 'monitor the truce', 'the truce could unravel'; 'any truce' (analysts) is generic but meant of this one")
E("luanda_ceasefire_2024", "Event", [], ["The last ceasefire between the two sides", "that agreement", "the last one"],
  note="'the last one' in the diplomat's quote")
E("ndele_attack_2025", "Event", [], note="clausal: 'PFN fighters overran an army post outside Ndele'")
E("exchange_2024", "Event", [], note="clausal: 'the two sides had exchanged prisoners once, in December'")
E("fighting_2025", "Event", [], ["the fighting", "fighting in the northern prefectures of Vakaga and Bamingui-Bangoran",
                                 "the conflict"],
  note="the war in the north since February 2025 ('maps of the conflict')")
E("pfn_founding", "Event", [], note="clausal: 'The PFN was founded in 2019'")

# ----------------------------------------------------------------- relations
R = g.rel
R("doha", "located_in", "qatar", "DOHA, Qatar")
LEAD = ("The government of the Central African Republic and the rebel Patriotic Front for the North (PFN) have agreed "
        "in principle to a 30-day ceasefire and an exchange of prisoners, the mediator of talks in Doha announced on "
        "Monday")
LEAD2 = ("but a spokesman for the group said hours later that it had not agreed to pull its fighters out of any town.")
R("idriss_kamoun", "holds_position", "pfn", "a spokesman for the group", role="spokesman",
  note="lead: unnamed there, named in paragraph 5")
R("pfn_fighters", "member_of", "pfn", "pull its fighters out of any town", source="idriss_kamoun",
  note="'its' = the group's (Kamoun's denial)")
R("pfn", "located_in", "car", "the rebel Patriotic Front for the North", implicit=True, alt_predicates=["controls"],
  qualifier="rebel group of the country (context)", ambiguous=True,
  note="a rebel group fighting the CAR government in its north; no exact predicate")
P2 = ("Elena Marchetti, director of Africa programmes at the Bridgeway Mediation Institute, a private diplomacy "
      "organisation based in Rome, told reporters that both delegations had accepted a text under which fighting in the "
      "northern prefectures of Vakaga and Bamingui-Bangoran would stop from midnight on Friday.")
R("elena_marchetti", "holds_position", "bmi",
  "Elena Marchetti, director of Africa programmes at the Bridgeway Mediation Institute",
  role="director of Africa programmes", alt_predicates=["member_of"])
R("bmi", "located_in", "rome", "a private diplomacy organisation based in Rome")
R("vakaga", "located_in", "car", "the northern prefectures of Vakaga and Bamingui-Bangoran", implicit=True,
  alt_predicates=["part_of"], note="prefectures of the Central African Republic (context)")
R("bamingui_bangoran", "located_in", "car", "the northern prefectures of Vakaga and Bamingui-Bangoran", implicit=True,
  alt_predicates=["part_of"])
R("vakaga", "located_in", "the_north", "the northern prefectures of Vakaga and Bamingui-Bangoran", implicit=True,
  ambiguous=True, note="'northern' adjective")
R("bamingui_bangoran", "located_in", "the_north", "the northern prefectures of Vakaga and Bamingui-Bangoran",
  implicit=True, ambiguous=True)
P2B = "The talks, hosted by the Qatari government, began on July 14."
R("qatar_government", "supported", "talks_2025", P2B, qualifier="hosted the talks", ambiguous=True,
  note="hosting; no exact predicate")
R("qatar_government", "located_in", "qatar", "the Qatari government", implicit=True, alt_predicates=["controls"],
  ambiguous=True, note="a country's government: demonym; no exact predicate")
P4 = ("Under the text, according to Marchetti, the PFN would free 46 government soldiers it has held since the spring, "
      "and the government would release 60 of the group's fighters detained in Bangui, the capital.")
R("pfn", "controls", "held_soldiers", "46 government soldiers it has held since the spring", source="elena_marchetti",
  qualifier="holds as prisoners", ambiguous=True, time="2025-SP/..", note="captivity; no exact predicate")
R("held_soldiers", "member_of", "army", "46 government soldiers", source="elena_marchetti", implicit=True,
  alt_objects=["car_government"])
R("pfn_detainees", "member_of", "pfn", "60 of the group's fighters", source="elena_marchetti")
R("pfn_detainees", "located_in", "bangui", "60 of the group's fighters detained in Bangui", source="elena_marchetti")
R("bangui", "located_in", "car", "Bangui, the capital", implicit=True, qualifier="capital",
  note="'the capital' = of the Central African Republic")
P4B = ("The exchange is expected to take place next week at the airstrip in Birao, the main town of Vakaga, she said.")
R("birao_airstrip", "located_in", "birao", "the airstrip in Birao")
R("birao", "located_in", "vakaga", "Birao, the main town of Vakaga", source="elena_marchetti",
  note="inside Marchetti's reported account ('she said'); plain geography (certain)")
P5 = "Idriss Kamoun, the PFN's spokesman, denied that the group had accepted any withdrawal."
R("idriss_kamoun", "holds_position", "pfn", "Idriss Kamoun, the PFN's spokesman", role="spokesman",
  alt_predicates=["member_of"])
Q5 = ("\"We agreed to stop offensive operations for thirty days. We did not agree to leave Birao, Ndele or anywhere "
      "else,\" Kamoun said in a voice message sent to reporters.")
R("pfn", "controls", "birao", Q5, source="idriss_kamoun", implicit=True, ambiguous=True,
  qualifier="fighters present (refuses to 'leave Birao')")
R("pfn", "controls", "ndele", Q5, source="idriss_kamoun", implicit=True, ambiguous=True,
  qualifier="fighters present (refuses to 'leave ... Ndele')")
P6 = ("Kamoun also said the PFN controlled \"two-thirds of the north\", a claim for which he offered no evidence and "
      "which maps of the conflict published by aid agencies do not support.")
R("pfn", "controls", "the_north", "Kamoun also said the PFN controlled \"two-thirds of the north\"",
  source="idriss_kamoun", stance="disputes", qualifier="two-thirds of the north",
  note="the writer: 'a claim for which he offered no evidence and which maps ... do not support'")
P7 = "The government delegation is led by Fidele Ngouandji, the minister of territorial administration."
R("fidele_ngouandji", "leader_of", "gov_delegation", P7)
R("fidele_ngouandji", "holds_position", "car_government", "Fidele Ngouandji, the minister of territorial administration",
  role="minister of territorial administration")
R("gov_delegation", "part_of", "car_government", "The government delegation", implicit=True)
R("ngouandji_office", "part_of", "car_government", "according to a statement from Ngouandji's office", implicit=True,
  ambiguous=True)
P7B = ("The government \"welcomes the progress made in Doha and expects the other party to honour every commitment it "
       "has made\", according to a statement from Ngouandji's office.")
P7C = ("Government spokesman Albert Yakete said on Tuesday that the departure of rebel forces from Birao was \"part of "
       "the package\" and that no detainee would be released until the PFN's commanders confirmed the terms in writing.")
R("albert_yakete", "holds_position", "car_government", "Government spokesman Albert Yakete", role="spokesman")
R("pfn_fighters", "located_in", "birao", "the departure of rebel forces from Birao", source="albert_yakete",
  implicit=True, note="forces to depart from Birao are there")
P8 = ("A Western diplomat briefed on the talks said the two sides had not yet agreed on who would sit on the "
      "monitoring committee, and that the truce could unravel quickly if either side tried to seize ground before "
      "Friday.")
P9 = ("The last ceasefire between the two sides, signed in Luanda, Angola, on Nov. 14, 2024, collapsed on Feb. 3 this "
      "year, when PFN fighters overran an army post outside Ndele, the capital of Bamingui-Bangoran.")
R("luanda", "located_in", "angola", "Luanda, Angola")
R("pfn", "perpetrated", "ndele_attack_2025", "PFN fighters overran an army post outside Ndele", time="2025-02-03",
  note="'PFN fighters': the group's act (alt subject pfn_fighters)")
R("pfn", "targeted", "army_post", "PFN fighters overran an army post outside Ndele", time="2025-02-03",
  alt_objects=["army"])
R("army_post", "located_in", "ndele", "an army post outside Ndele", ambiguous=True,
  note="'outside' = near the town, not inside it")
R("ndele", "located_in", "bamingui_bangoran", "Ndele, the capital of Bamingui-Bangoran", qualifier="capital")
P9B = "Each side accused the other of firing first."
P9C = ("Under that agreement the two sides had exchanged prisoners once, in December, when 14 soldiers were swapped for "
       "20 rebels at Birao.")
P10 = ("The Ministry of Defence said in June that 112 soldiers had been killed and that the army had \"neutralised more "
       "than 400 terrorists\".")
R("army", "targeted", "pfn_fighters", P10, source="defence_ministry", qualifier="'neutralised more than 400 terrorists'",
  note="'terrorists' = the rebels, the ministry's word")
R("defence_ministry", "part_of", "car_government", "The Ministry of Defence", implicit=True)
R("army", "part_of", "car_government", "the army had", implicit=True, ambiguous=True, alt_predicates=["controls"])
P10B = ("The Observatory for Human Rights in the North, a monitoring group based in Bangui, says it has recorded at "
        "least 290 deaths since February, 170 of them civilians, and that tens of thousands of people have fled across "
        "the border into Chad and Sudan.")
R("ohrn", "located_in", "bangui", "a monitoring group based in Bangui")
P11 = ("The PFN was founded in 2019 by former army officers from the north and is led by Ousmane Tidjani, a former "
       "colonel who has not appeared in public since 2023.")
R("pfn_founders", "founded", "pfn", "The PFN was founded in 2019 by former army officers from the north", time="2019")
R("pfn_founders", "member_of", "army", "former army officers", qualifier="former")
R("ousmane_tidjani", "leader_of", "pfn", "is led by Ousmane Tidjani")
R("ousmane_tidjani", "holds_position", "army", "Ousmane Tidjani, a former colonel", role="colonel", implicit=True,
  qualifier="former", note="army not named in the phrase")
P11B = "Tidjani did not travel to Doha; the group's delegation was headed by his deputy, Hassan Noury."
R("hassan_noury", "leader_of", "pfn_delegation", "the group's delegation was headed by his deputy, Hassan Noury")
R("hassan_noury", "holds_position", "pfn", "his deputy, Hassan Noury", role="deputy leader",
  note="'his' = Tidjani's: deputy to the group's leader")
R("pfn_delegation", "part_of", "pfn", "the group's delegation")
P11C = ("The group is a member of the Alliance of the Three Borders, a loose coalition of armed groups in the "
        "north-east whose other members did not take part in the talks.")
R("pfn", "member_of", "alliance", "The group is a member of the Alliance of the Three Borders",
  alt_predicates=["part_of", "allied_with"])
R("alliance", "located_in", "north_east", "a loose coalition of armed groups in the north-east")
R("alliance_others", "member_of", "alliance", "whose other members")
R("north_east", "located_in", "car", "the north-east", implicit=True)
R("the_north", "located_in", "car", "the heaviest in the north in a decade", implicit=True)

# -------------------------------------------------------------- attributions
A = g.attr
A(LEAD, "elena_marchetti", "announced", False, on_behalf_of="bmi",
  content="The government of the Central African Republic and the rebel Patriotic Front for the North (PFN) have "
          "agreed in principle to a 30-day ceasefire and an exchange of prisoners",
  note="the mediator (named in paragraph 2) announces: reporting clause after the content")
A(LEAD2, "idriss_kamoun", "said", False, polarity="negative", on_behalf_of="pfn",
  content="it had not agreed to pull its fighters out of any town")
A(P2, "elena_marchetti", "told", False, on_behalf_of="bmi")
A("\"Both delegations have shown real courage in this room,\" Marchetti said.", "elena_marchetti", "said", True)
A("\"Nobody should mistake this for a peace agreement. It is a first step, and a fragile one.\"", "elena_marchetti",
  "said", True, cue_ctx="in this room,\" Marchetti said", continuation=True,
  note="quote continued over two sentences after the attribution")
A(P4, "elena_marchetti", "according to", False, on_behalf_of="bmi")
A(P4B, "elena_marchetti", "she said", False, on_behalf_of="bmi")
A("A joint committee would monitor the truce.", "elena_marchetti", "she said", False, cue_ctx=P4B, continuation=True,
  note="continues Marchetti's account of the text; cue is the previous sentence's 'she said'")
A(P5, "idriss_kamoun", "denied", False, polarity="negative", on_behalf_of="pfn",
  content="the group had accepted any withdrawal")
A(Q5, "idriss_kamoun", "said", True, on_behalf_of="pfn")
A("He said the group had signed no document in Doha.", "idriss_kamoun", "said", False, polarity="negative",
  on_behalf_of="pfn")
A("Kamoun also said the PFN controlled \"two-thirds of the north\"", "idriss_kamoun", "said", False,
  partial_quote=True, on_behalf_of="pfn")
A(P7B, "ngouandji_office", "according to", False, partial_quote=True, on_behalf_of="car_government",
  content="The government \"welcomes the progress made in Doha and expects the other party to honour every commitment "
          "it has made\"",
  note="'according to a statement from Ngouandji's office': the statement speaks for the government")
A(P7C, "albert_yakete", "said", False, partial_quote=True, on_behalf_of="car_government")
A(P8, "western_diplomat", "said", False)
A("\"Everyone in that room remembers how the last one ended,\" the diplomat said.", "western_diplomat", "said", True)
A(P9B, "car_government", "accused", False, content="the other of firing first",
  note="'Each side': the government accused the PFN (one of two attributions on the same sentence)")
A(P9B, "pfn", "accused", False, content="the other of firing first",
  note="'Each side': the PFN accused the government")
A(P10, "defence_ministry", "said", False, partial_quote=True)
A(P10B, "ohrn", "says", False)
A("Analysts say that could limit the reach of any truce.", "analysts", "say", False)
A("A second round of talks, on a political settlement, is expected to open in September, Marchetti said.",
  "elena_marchetti", "said", False, on_behalf_of="bmi")
A("Qatar's foreign ministry did not respond to a request for comment.", "qatar_mfa", "did not respond", False,
  note="no content: a non-response")

# ------------------------------------------------------------------- hedges
H = g.hedge
H("is expected to", "The exchange is expected to take place next week", "probable")
H("could", "the truce could unravel quickly if either side tried to seize ground before Friday", "possible",
  note="conditional ('if either side tried to seize ground')")
H("could", "that could limit the reach of any truce", "possible")
H("is expected to", "A second round of talks, on a political settlement, is expected to open in September", "probable")

# ------------------------------------------------------------------ stances
g.stance(P6, "idriss_kamoun", "disputes", "a claim for which he offered no evidence",
         note="the writer's own verdict on Kamoun's 'two-thirds of the north' (no evidence; aid agencies' maps do not "
              "support it)")

# ------------------------------------------------------------------- events
V = g.event
V("talks_2025", "other", "2025-07-14/..", "doha", {},
  [("elena_marchetti", "actor"), ("bmi", "actor"), ("gov_delegation", "attendee"), ("pfn_delegation", "attendee"),
   ("car_government", "attendee"), ("pfn", "attendee"), ("fidele_ngouandji", "attendee"),
   ("hassan_noury", "attendee"), ("qatar_government", "supporter"), ("doha", "venue")],
  P2B, subtype="meeting: mediated ceasefire talks (hosted by the Qatari government)",
  note="began 2025-07-14, ongoing; a second round on a political settlement is expected in September (future: not an "
       "event)")
V("ceasefire_2025", "other", "2025-07-21", "doha", {"duration_days": 30, "soldiers_to_free": 46,
                                                    "fighters_to_release": 60},
  [("car_government", "actor"), ("pfn", "actor", {"source": "elena_marchetti"}),
   ("pfn", "actor", {"source": "idriss_kamoun", "qualifier": "agreed only to stop offensive operations for thirty "
                                                            "days; no withdrawal, no document signed"}),
   ("elena_marchetti", "actor", {"qualifier": "mediator"}), ("bmi", "actor", {"qualifier": "mediator"}),
   ("held_soldiers", "beneficiary"), ("pfn_detainees", "beneficiary")],
  LEAD, subtype="agreement: ceasefire in principle (30 days, from midnight on Friday 2025-07-25) with a prisoner "
                "exchange (46 soldiers for 60 fighters) and a joint monitoring committee",
  source="elena_marchetti", place_alt=["the_north"],
  note="announced Monday 2025-07-21 (the date the agreement in principle is reported; the text was accepted by then); "
       "terms disputed by the PFN (withdrawal) and the government (Birao 'part of the package'). The exchange 'next "
       "week' at Birao airstrip and the truce itself from Friday are future: not separate events")
V("luanda_ceasefire_2024", "other", "2024-11-14", "luanda", {},
  [("car_government", "actor"), ("pfn", "actor")], P9,
  subtype="agreement: ceasefire signed in Luanda (collapsed 2025-02-03)",
  note="'the two sides' = the government and the PFN; the collapse is the Ndele attack")
V("ndele_attack_2025", "attack", "2025-02-03", "army_post", {},
  [("pfn", "perpetrator"), ("pfn_fighters", "perpetrator"), ("army", "target"), ("army_post", "target")],
  "PFN fighters overran an army post outside Ndele", subtype="assault: army post overrun (end of the Luanda ceasefire)",
  place_alt=["ndele", "bamingui_bangoran"],
  note="who fired first is disputed ('Each side accused the other'); the overrunning itself is the writer's")
V("exchange_2024", "other", "2024-12", "birao", {"soldiers_released": 14, "rebels_released": 20},
  [("car_government", "actor"), ("pfn", "actor"), ("swapped_soldiers", "target"), ("swapped_rebels", "target")],
  P9C, subtype="release: prisoner exchange (14 soldiers for 20 rebels) under the Luanda agreement",
  note="'in December' after the Nov. 14, 2024 signing = 2024-12")
V("fighting_2025", "war", "2025-02/2025-07-22", "the_north",
  {"killed": 290, "civilians_killed": 170},
  [("army", "combatant"), ("pfn", "combatant"), ("pfn_fighters", "combatant"), ("displaced", "victim")],
  "Since February the fighting has been the heaviest in the north in a decade.",
  subtype="armed conflict in the north (Vakaga, Bamingui-Bangoran) since the Luanda ceasefire collapsed",
  place_alt=["vakaga", "bamingui_bangoran", "car"],
  note="competing tolls: numbers keep the independent monitors' count (the ministry gives soldiers and 'terrorists' "
       "separately; together they exceed 500); tens of thousands fled into Chad and Sudan (OHRN)",
  numbers_by_source=[
      {"source": "defence_ministry", "time": "2025-06", "numbers": {"soldiers_killed": 112, "rebels_killed": 400},
       "qualifier": "'neutralised more than 400 terrorists' (lower bound)",
       "evidence": "112 soldiers had been killed and that the army had \"neutralised more than 400 terrorists\""},
      {"source": "ohrn", "numbers": {"killed": 290, "civilians_killed": 170}, "qualifier": "at least",
       "evidence": "at least 290 deaths since February, 170 of them civilians"}])
V("pfn_founding", "other", "2019", None, {},
  [("pfn_founders", "actor"), ("pfn", "result")], P11, subtype="founding: the PFN founded by former army officers")

# ------------------------------------------------------------------ timexes
T = g.timex
T("July 22, 2025", "2025-07-22", function="publication_date")
T("30-day", "P30D", type="duration")
T("Monday", "2025-07-21")
T("hours", "PTXH", type="duration", note="'hours later' (after Monday's announcement)")
T("midnight on Friday", "2025-07-25T24:00", alt_values=["2025-07-26T00:00"],
  note="the night between Friday 2025-07-25 and Saturday")
T("July 14", "2025-07-14")
T("the spring", "2025-SP", signal="since", note="'held since the spring' (open interval 2025-SP/..)")
T("next week", "2025-W31")
T("thirty days", "P30D", type="duration")
T("Tuesday", "2025-07-22")
T("Friday", "2025-07-25", ctx="seize ground before Friday")
T("Nov. 14, 2024", "2024-11-14")
T("Feb. 3", "2025-02-03")
T("this year", "2025")
T("December", "2024-12", note="after the Nov. 14, 2024 signing, before the Feb. 2025 collapse")
T("February", "2025-02", ctx="Since February the fighting", signal="since")
T("a decade", "P10Y", type="duration")
T("June", "2025-06")
T("February", "2025-02", ctx="deaths since February", signal="since")
T("2019", "2019")
T("2023", "2023", signal="since")
T("September", "2025-09")

# ------------------------------------------------------------------- notes
g.notes += [
    "An event dated 'since X' runs from X to the document's date (the shared gold's convention: health_report's 'since Sept. 28' is 2024-09-28/2024-10-15), not to an open end.",
    "FICTIONAL dev document (own wording), written for benchmarks/devset and annotated by hand before any claimgraph "
    "run: the Patriotic Front for the North, the Bridgeway Mediation Institute, the Observatory for Human Rights in the "
    "North, the Alliance of the Three Borders, Elena Marchetti, Idriss Kamoun, Fidele Ngouandji, Albert Yakete, "
    "Ousmane Tidjani, Hassan Noury, the talks and both ceasefires are invented; Doha, Qatar, the Central African "
    "Republic, Vakaga, Bamingui-Bangoran, Birao, Ndele, Bangui, Rome, Luanda, Angola, Chad and Sudan are real places; "
    "the government, its ministries and army exist but every statement attributed to them is fictional. Names are "
    "written without accents. errors: none.",
    "published = dateline 2025-07-22 (Tuesday): 'Monday' = 2025-07-21 (announcement), 'Tuesday' = 2025-07-22 "
    "(Yakete), 'Friday' / 'midnight on Friday' = 2025-07-25 (truce to start; future), 'next week' = 2025-W31 (expected "
    "exchange), 'July 14' = 2025-07-14 (talks began), 'the spring' = 2025-SP, 'Feb. 3' + 'this year' = 2025-02-03, "
    "'December' = 2024-12 (between the Luanda signing and the collapse), 'in June' = 2025-06 (ministry figures), "
    "'September' = 2025-09 (second round, future).",
    "Not timexes: 'once', 'quickly', 'first' (order), 'in writing'; 'hours later' is kept as the duration 'hours'.",
    "Aliases: 'Patriotic Front for the North (PFN)' - acronym in brackets; 'the group' / 'The group' / 'the group's' "
    "refer back to it, as does 'the other party' in the government's statement and 'northern rebels' in the headline. "
    "Persons named in full then by surname: Marchetti, Kamoun, Ngouandji, Tidjani. The lead's 'a spokesman for the "
    "group' and 'the mediator of talks in Doha' are Kamoun and Marchetti, named later.",
    "Attributions: Marchetti 'announced' (lead) / 'told reporters' / 'according to Marchetti' / 'she said' (with the "
    "next sentence continuing her account) / her quote continued over two sentences after 'Marchetti said' "
    "(continuation=True); Kamoun's denial ('denied that', 'said ... had not agreed', 'signed no document': polarity "
    "negative); the government's statement through 'according to a statement from Ngouandji's office' "
    "(on_behalf_of the government); 'Each side accused the other' is two attributions (government and PFN) on one "
    "sentence; the Western diplomat is an unnamed Person source.",
    "Certainty per source: 'is expected to' = probable (exchange next week; second round in September); 'could "
    "unravel' (conditional, diplomat) and 'could limit' (analysts) = possible; 'at least' / 'more than' bound the "
    "tolls and, as approximators, are not hedges (the shared gold's convention, as in the rest of this set). 'agreed in principle' qualifies the commitment, not the certainty of the report, and is not a hedge; the "
    "terms under the text ('would free', 'would release', 'would monitor') are the content of the agreement, not "
    "hedges. The writer's one stance: Kamoun's 'two-thirds of the north' is 'a claim for which he offered no evidence "
    "and which maps ... do not support' (disputes, target idriss_kamoun); the relation pfn controls the_north carries "
    "author_stance disputes. The ministry's quoted 'terrorists' is distancing by quotation, not a stance.",
    "Competing tolls of the fighting since February: Ministry of Defence (June) 112 soldiers killed and 'more than 400 "
    "terrorists' neutralised vs the Observatory: at least 290 deaths, 170 of them civilians; both in numbers_by_source, "
    "'numbers' keep the monitors' total.",
    "Relations with no exact predicate, nearest kept and flagged ambiguous: hosting talks (supported), holding "
    "prisoners (controls), presence in towns implied by refusing to leave them (controls, implicit, source Kamoun), a "
    "country's government and its demonym (located_in). Titles: 'director of Africa programmes at' (holds_position), "
    "'the PFN's spokesman' / 'a spokesman for the group' (holds_position x2: one claim each), 'Government spokesman', "
    "'the minister of territorial administration' (holds_position, government), 'is led by' (leader_of; also of the "
    "delegations), 'his deputy' (holds_position deputy leader), 'a former colonel' (holds_position army, implicit, "
    "qualifier former). Membership: the group is a member of the Alliance (member_of, alt part_of/allied_with); "
    "fighters/detainees member_of the PFN. Containment: Birao in Vakaga, Ndele in Bamingui-Bangoran, prefectures in "
    "the Central African Republic (implicit), the army post 'outside Ndele' (ambiguous), Doha in Qatar, Luanda in "
    "Angola, the institute in Rome.",
    "Event types: validate_gold.py's list is followed; DESIGN types it lacks are 'other' with the DESIGN word leading "
    "the subtype: meeting (the Doha talks), agreement (2025 truce in principle; 2024 Luanda ceasefire), release (2024 "
    "prisoner exchange), founding (PFN 2019); 'attack' (army post overrun 2025-02-03, which ended the Luanda ceasefire) "
    "and 'war' (the fighting since February) are in the list. Future happenings (the truce from Friday, the exchange "
    "next week, the second round in September, the monitoring committee) and states (soldiers held since the spring, "
    "fighters detained, flight of tens of thousands to Chad and Sudan with no time) are not events.",
    "cross_doc: not applicable (unrelated domain).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
