#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for
benchmarks/devset/docs/labour_port_strike.txt -> benchmarks/devset/gold/labour_port_strike.json

Fictional labour/business wire story: a dock strike at the port of San Antonio, Chile, called by a union with an
acronym in brackets (FETRAPOC) and a nickname ('la Federacion'), against the terminal operator Pacifico Sur Terminals,
a subsidiary of a Norwegian group; competing participation figures (union vs company), a wage offer with a one-off
payment, a members' vote on a future date, a court injunction, arrests at a picket and a police denial, a labour
minister summoning both sides, an unnamed government official, a 2022 strike.  Built with the shared goldlib; events
follow the shared validator's list like police_murder_investigation (a DESIGN type it lacks is 'other' with the DESIGN
word leading the subtype)."""
from pathlib import Path

HERE = Path(__file__).resolve()
DEVSET = HERE.parents[1]                    # benchmarks/devset

from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "labour_port_strike"
PUB = "2025-11-06"  # dateline: SAN ANTONIO, Chile, Nov. 6, 2025 (a Thursday)
g = Gold(DEVSET / "docs" / f"{NAME}.txt", PUB)

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("san_antonio", "Location", ["SAN ANTONIO", "San Antonio"], note="dateline; 'the port of San Antonio'")
E("chile", "Location", ["Chile", "Chilean"], ["the country"],
  note="dateline, 'Chile's busiest container port', 'Chilean dock strike' (demonym); 'the country's main port' (Carrasco)")
E("santiago", "Location", ["Santiago"], note="x2")
E("valparaiso", "Location", ["Valparaiso"], note="also inside 'Court of Appeals of Valparaiso'")
E("bergen", "Location", ["Bergen"])
E("norway", "Location", ["Norway"])
E("port", "Location", ["port of San Antonio"],
  ["Chile's busiest container port", "the port", "the country's main port", "This port"],
  note="'the port' x3; 'This port' in Quiroga's quote")
E("terminal", "Location", [], ["the port's largest container terminal", "the terminal"],
  note="'the terminal' x2 (incl. 'the terminal gates', 'entering the terminal')")
E("gate_3", "Location", ["gate 3"], ["one of the terminal gates"], note="'where the court allowed them to stand'")
E("union_offices", "Location", [], ["the union's offices"])

# organizations
E("fetrapoc", "Organization", ["Federation of Port Workers of the Central Coast", "FETRAPOC", "la Federacion"],
  ["the union", "The union", "the federation", "The federation", "Federation"],
  fictional=True,
  note="acronym in brackets after the full name; alias 'known among dock workers simply as \"la Federacion\"'; 'the "
       "union' x6, 'The union' x2, 'the federation' x1, 'The federation' x1, 'Federation president'; 'us' in Quiroga's "
       "quote")
E("pacifico_sur", "Organization", ["Pacifico Sur Terminals"],
  ["the company that runs the port's largest container terminal", "the company", "The company", "the local management"],
  fictional=True,
  note="'the company' x4, 'The company' x3 (one inside Strand's last quote); 'the local management' (Halvorsen's "
       "statement) = the subsidiary's management; 'us', 'We' in Strand's quotes")
E("halvorsen", "Organization", ["Halvorsen Maritime", "Halvorsen"],
  ["a port and shipping group based in Bergen, Norway"], fictional=True)
E("court_valparaiso", "Organization", ["Court of Appeals of Valparaiso"], ["The court", "the court"],
  note="real court; the case is fictional. 'a court ordered the union' (lead) is this court (descriptor 'a court' "
       "not listed separately)")
E("supreme_court", "Organization", ["Supreme Court"], note="Chile's Supreme Court (appeal announced, future)")
E("police", "Organization", ["police", "Police"], ["the police", "officers"], generic=True, name_kind="descriptive",
  note="Chile's police, not named (Carabineros); 'police' x4, 'Police said', 'the police had charged', 'officers'")
E("prosecutor_office", "Organization", [], ["The regional prosecutor's office"])
E("labour_ministry", "Organization", [], ["the ministry"],
  note="the Labour Ministry ('talks at the ministry in Santiago', 'the ministry was likely to propose'); 'Labour "
       "Minister' implies it")
E("chile_government", "Organization", [], ["The government", "government"],
  note="'The government will not take sides' (Carrasco), 'A government official'")
E("fruit_exporters", "Organization", [], ["The national fruit exporters' association"])
E("exporters", "Organization", ["Exporters", "exporters"], generic=True, name_kind="descriptive",
  note="'Exporters have warned', 'hurting exporters' (Strand)")

# people
E("dock_workers", "Person", ["dock workers"], generic=True, name_kind="descriptive", note="x2")
E("stevedores", "Person", [], ["stevedores and crane operators at Pacifico Sur Terminals"], generic=True,
  note="the workers the union represents")
E("union_members", "Person", [], ["the union's 2,600 members", "Our members", "its members"], generic=True,
  note="'its members' (the vote); 'Our members' (Quiroga)")
E("hector_quiroga", "Person", ["Hector Quiroga", "Quiroga"],
  ["Federation president", "a crane operator who has led the union since 2019"], fictional=True)
E("annika_strand", "Person", ["Annika Strand", "Strand"], ["Its chief executive"], fictional=True)
E("federation_lawyers", "Person", ["Lawyers for the federation"], name_kind="descriptive")
E("pickets", "Person", ["pickets"], ["peaceful pickets"], generic=True, name_kind="descriptive")
E("arrestees", "Person", ["14 people"], ["those arrested"], generic=True, name_kind="descriptive",
  note="the 14 arrested (x2 '14 people'); 'those arrested'")
E("union_officials", "Person", [], ["two union officials"])
E("police_spokesman", "Person", ["A police spokesman"], unnamed=True, name_kind="descriptive",
  note="x2 (injury and denial); taken to be one spokesman")
E("injured_officer", "Person", [], ["one officer"], unnamed=True)
E("ximena_carrasco", "Person", ["Ximena Carrasco", "Carrasco"], ["Labour Minister"], fictional=True)
E("gov_official", "Person", ["A government official involved in the talks"], unnamed=True, name_kind="descriptive")

# events
E("strike_2025", "Event", [],
  ["The stoppage", "Chilean dock strike", "A strike by dock workers at Chile's busiest container port", "the strike",
   "the stoppage"],
  note="'the strike' x3, 'the stoppage' x1")
E("injunction_2025", "Event", [], ["an injunction"], note="'a court ordered the union to let trucks ... through'")
E("clash_2025", "Event", [], ["a clash at one of the terminal gates", "Violence"])
E("arrests_2025", "Event", [], note="clausal: 'police arrested 14 people'")
E("release_2025", "Event", [], note="clausal: '11 of those arrested had been released'")
E("rally_2025", "Event", [], ["a rally outside the union's offices"])
E("offer_2025", "Event", [], ["that offer", "a fair offer"], note="the company's wage offer")
E("rejection_2025", "Event", [], note="clausal: 'The union rejected that offer on Sunday'")
E("summons_2025", "Event", [], note="clausal: 'Labour Minister Ximena Carrasco stepped in on Wednesday, summoning both sides'")
E("strike_2022", "Event", [], ["a nine-day stoppage"], note="'The federation last struck in 2022'")
E("agreement_2022", "Event", [], ["that agreement"], note="the 2022 settlement (5% raise)")

# ----------------------------------------------------------------- relations
R = g.rel
R("san_antonio", "located_in", "chile", "SAN ANTONIO, Chile")
R("port", "located_in", "chile", "Chile's busiest container port")
P2 = ("The stoppage at the port of San Antonio, about 110 kilometres west of Santiago, was called on Monday by the "
      "Federation of Port Workers of the Central Coast (FETRAPOC), which represents stevedores and crane operators at "
      "Pacifico Sur Terminals, the company that runs the port's largest container terminal.")
R("port", "located_in", "san_antonio", "the port of San Antonio")
R("stevedores", "member_of", "fetrapoc", P2, qualifier="represented by the union", alt_predicates=["supported"])
R("stevedores", "member_of", "pacifico_sur", "stevedores and crane operators at Pacifico Sur Terminals",
  alt_predicates=["works_with"], qualifier="employment", note="employment: no employer predicate")
R("pacifico_sur", "controls", "terminal", "Pacifico Sur Terminals, the company that runs the port's largest container "
  "terminal", qualifier="runs (operator)")
R("terminal", "located_in", "port", "the port's largest container terminal", alt_predicates=["part_of"])
P2B = ("The union, known among dock workers simply as \"la Federacion\", is demanding a 12% wage increase and an end to "
       "the use of short-term contract labour on night shifts.")
QQ = ("Federation president Hector Quiroga said on Wednesday that about 2,300 of the union's 2,600 members had joined "
      "the strike.")
R("hector_quiroga", "holds_position", "fetrapoc", "Federation president Hector Quiroga", role="president",
  alt_predicates=["leader_of"])
R("union_members", "member_of", "fetrapoc", "the union's 2,600 members")
R("union_offices", "located_in", "san_antonio", "a rally outside the union's offices", implicit=True, ambiguous=True,
  note="not stated where the offices are; the rally is in San Antonio by context")
QS = ("Its chief executive, Annika Strand, said the strike was \"a political exercise that is hurting exporters far "
      "more than it is hurting us\".")
R("annika_strand", "holds_position", "pacifico_sur", "Its chief executive, Annika Strand", role="chief executive",
  alt_predicates=["leader_of"], note="'Its' = Pacifico Sur Terminals (previous sentence)")
P5 = ("Pacifico Sur Terminals is a subsidiary of Halvorsen Maritime, a port and shipping group based in Bergen, Norway, "
      "which holds concessions in four countries.")
R("pacifico_sur", "part_of", "halvorsen", P5, qualifier="subsidiary", alt_predicates=["controls"])
R("halvorsen", "located_in", "bergen", "a port and shipping group based in Bergen, Norway")
R("bergen", "located_in", "norway", "Bergen, Norway")
R("halvorsen", "located_in", "norway", "a port and shipping group based in Bergen, Norway", implicit=True)
P5B = ("Halvorsen said in a statement that it supported the local management and hoped for \"a swift return to normal "
       "operations\".")
R("halvorsen", "supported", "pacifico_sur", P5B, source="halvorsen", qualifier="supports the local management")
P7 = ("The Court of Appeals of Valparaiso on Tuesday granted the company an injunction requiring the union to allow "
      "refrigerated trucks carrying fruit, fish and other perishable cargo through its picket lines.")
R("court_valparaiso", "located_in", "valparaiso", "Court of Appeals of Valparaiso", implicit=True,
  note="from the name")
R("court_valparaiso", "part_of", "chile", "Court of Appeals of Valparaiso", implicit=True, ambiguous=True,
  note="a Chilean court (context); part of the state's judiciary")
R("federation_lawyers", "works_with", "fetrapoc", "Lawyers for the federation", qualifier="lawyers",
  alt_predicates=["holds_position"])
P8 = ("Police said they arrested 14 people, including two union officials, after stones were thrown and a truck window "
      "was smashed.")
R("union_officials", "member_of", "fetrapoc", "14 people, including two union officials", source="police",
  alt_predicates=["holds_position"])
R("police", "targeted", "arrestees", P8, source="police", qualifier="arrested",
  note="arrest: nearest predicate agent -> arrested (also the arrests event)")
R("police", "targeted", "arrestees", "police arrested 14 people in a clash at one of the terminal gates",
  qualifier="arrested", note="lead: the author's own statement")
R("police_spokesman", "holds_position", "police", "A police spokesman said one officer had been slightly injured.",
  role="spokesman", alt_predicates=["member_of"])
R("gate_3", "part_of", "terminal", "one of the terminal gates", alt_predicates=["located_in"])
QQ2 = "Quiroga said the police had charged peaceful pickets without warning."
R("police", "targeted", "pickets", QQ2, source="hector_quiroga", qualifier="charged peaceful pickets without warning")
R("police", "targeted", "pickets", "A police spokesman denied that officers had used excessive force.",
  source="police_spokesman", polarity="negative", polarity_cue="denied", implicit=True, ambiguous=True,
  qualifier="denies excessive force (not the charge itself)",
  note="the denial answers Quiroga's accusation; it denies excessive force, so kept ambiguous")
P10 = ("Labour Minister Ximena Carrasco stepped in on Wednesday, summoning both sides to talks at the ministry in "
       "Santiago on Friday.")
R("ximena_carrasco", "holds_position", "labour_ministry", "Labour Minister Ximena Carrasco", role="Labour Minister",
  alt_predicates=["leader_of"])
R("ximena_carrasco", "member_of", "chile_government", "The government will not take sides", implicit=True,
  alt_predicates=["holds_position"], note="the minister speaks for the government ('The government will not ...')")
R("labour_ministry", "part_of", "chile_government", "the ministry", occ=0, implicit=True)
R("labour_ministry", "located_in", "santiago", "at the ministry in Santiago")
R("gov_official", "member_of", "chile_government", "A government official involved in the talks")
R("fruit_exporters", "located_in", "chile", "The national fruit exporters' association", implicit=True,
  ambiguous=True, note="'national' = Chile's")
P12 = "The federation last struck in 2022, when a nine-day stoppage ended with a 5% raise."
P12B = ("Quiroga, a crane operator who has led the union since 2019, said that agreement had been \"eaten by inflation "
        "within a year\".")
R("hector_quiroga", "leader_of", "fetrapoc", "a crane operator who has led the union since 2019", time="2019/..")

# -------------------------------------------------------------- attributions
A = g.attr
A(P2B, "fetrapoc", "is demanding", False, content="a 12% wage increase and an end to the use of short-term contract "
  "labour on night shifts", note="the union's demands (a stance of the union, not a speech verb)")
A(QQ, "hector_quiroga", "said", False, on_behalf_of="fetrapoc")
A("\"This port does not move without us, and the company knows it,\" Quiroga told a rally outside the union's offices.",
  "hector_quiroga", "told", True, on_behalf_of="fetrapoc")
A("\"We are not asking for a favour. We are asking to be paid for the work we already do.\"", "hector_quiroga", "told",
  True, cue_ctx="Quiroga told a rally", continuation=True, on_behalf_of="fetrapoc",
  note="quote continued across sentences after the attribution")
A("The company disputed those figures.", "pacifico_sur", "disputed", False, content="those figures",
  note="a dispute of the union's figures by the company")
A("Pacifico Sur Terminals said fewer than 900 of its roughly 1,900 dock staff had stayed away on Wednesday and that two "
  "of its five berths were working normally.", "pacifico_sur", "said", False)
A(QS, "annika_strand", "said", False, partial_quote=True, on_behalf_of="pacifico_sur")
A(P5B, "halvorsen", "said", False, partial_quote=True)
A("The court said the union could continue to picket peacefully.", "court_valparaiso", "said", False)
A("Lawyers for the federation said they would appeal to the Supreme Court.", "federation_lawyers", "said", False,
  on_behalf_of="fetrapoc")
A(P8, "police", "said", False)
A("A police spokesman said one officer had been slightly injured.", "police_spokesman", "said", False,
  on_behalf_of="police")
A("The regional prosecutor's office said on Thursday that 11 of those arrested had been released and three would be "
  "charged with public disorder.", "prosecutor_office", "said", False)
A(QQ2, "hector_quiroga", "said", False, on_behalf_of="fetrapoc")
A("\"Our members were standing where the court allowed them to stand,\" he said.", "hector_quiroga", "said", True,
  on_behalf_of="fetrapoc")
A("A police spokesman denied that officers had used excessive force.", "police_spokesman", "denied", False,
  content="officers had used excessive force", polarity="negative", on_behalf_of="police")
A("\"The government will not take sides, but it will not watch the country's main port stand still for weeks "
  "either,\" Carrasco said in a radio interview.", "ximena_carrasco", "said", True, on_behalf_of="chile_government")
A("A government official involved in the talks said the ministry was likely to propose a mediator and that the two "
  "sides were \"closer than their public statements suggest\".", "gov_official", "said", False, partial_quote=True)
A("Exporters have warned that the stoppage could cost them dearly at the start of the cherry season.", "exporters",
  "have warned", False)
A("The national fruit exporters' association said about 180 refrigerated containers were stuck at the port on "
  "Wednesday, and that some shippers had begun diverting cargo to Valparaiso, about 100 kilometres to the north.",
  "fruit_exporters", "said", False)
A(P12B, "hector_quiroga", "said", False, partial_quote=True)
A("Strand said the company would not negotiate on the use of contract labour, which she said was needed to cover peaks "
  "in traffic.", "annika_strand", "said", False, on_behalf_of="pacifico_sur")
A("\"We have made a fair offer, and it is still on the table,\" she said.", "annika_strand", "said", True,
  on_behalf_of="pacifico_sur")
A("\"The company is ready to sign it tomorrow.\"", "annika_strand", "said", True,
  cue_ctx="it is still on the table,\" she said", continuation=True, on_behalf_of="pacifico_sur",
  note="quote continued after 'she said'")

# ------------------------------------------------------------------- hedges
H = g.hedge
H("hoped", "hoped for \"a swift return to normal operations\"", "uncertain")
H("would appeal", "they would appeal to the Supreme Court", "probable", note="stated intention (future)")
H("likely to", "the ministry was likely to propose a mediator", "probable")
H("could", "the stoppage could cost them dearly", "possible")
H("would be charged", "three would be charged with public disorder", "probable", note="future charges announced")

# ------------------------------------------------------------------- events
V = g.event
V("strike_2025", "other", "2025-11-03", "port",
  {"strikers": 2300, "union_members": 2600},
  [("fetrapoc", "actor"), ("hector_quiroga", "actor"), ("union_members", "actor"), ("dock_workers", "actor"),
   ("pacifico_sur", "target")],
  P2, subtype="protest: strike (dock workers' stoppage, day 4 on 2025-11-06)",
  place_alt=["terminal", "san_antonio"],
  note="called on Monday 2025-11-03 (began that day; 'fourth day on Thursday'); ongoing. Participation contested: "
       "numbers keep the union's own figure; the company's is in numbers_by_source",
  numbers_by_source=[
      {"source": "fetrapoc", "via": ["hector_quiroga"], "time": "2025-11-05",
       "numbers": {"strikers": 2300, "union_members": 2600}, "qualifier": "about",
       "evidence": "about 2,300 of the union's 2,600 members had joined the strike"},
      {"source": "pacifico_sur", "time": "2025-11-05",
       "numbers": {"absent_staff": 900, "dock_staff": 1900, "berths_working": 2, "berths": 5},
       "qualifier": "fewer than 900 (upper bound); roughly 1,900",
       "evidence": "fewer than 900 of its roughly 1,900 dock staff had stayed away on Wednesday"},
      {"source": "fruit_exporters", "time": "2025-11-05", "numbers": {"reefer_containers_stuck": 180},
       "qualifier": "about",
       "evidence": "about 180 refrigerated containers were stuck at the port on Wednesday"}])
V("injunction_2025", "other", "2025-11-04", "court_valparaiso", {},
  [("court_valparaiso", "actor"), ("pacifico_sur", "plaintiff"), ("fetrapoc", "defendant"),
   ("court_valparaiso", "venue")], P7,
  subtype="lawsuit: court injunction (perishable cargo through picket lines)",
  note="the union's appeal to the Supreme Court is announced (future), not an event")
V("clash_2025", "other", "2025-11-05", "gate_3", {"arrested": 14, "injured": 1},
  [("pickets", "actor"), ("police", "actor"), ("injured_officer", "victim")],
  "Violence broke out on Wednesday morning at gate 3, where pickets tried to stop a convoy of trucks entering the "
  "terminal.", subtype="protest: clash at a picket (stones thrown, a truck window smashed; one officer slightly "
                       "injured)", place_alt=["terminal", "port"])
V("arrests_2025", "other", "2025-11-05", "gate_3", {"arrested": 14},
  [("police", "actor"), ("arrestees", "target"), ("union_officials", "target")], P8,
  subtype="arrest: 14 people at the picket, including two union officials", source="police")
V("release_2025", "other", None, None, {"released": 11, "to_be_charged": 3},
  [("prosecutor_office", "actor"), ("arrestees", "target")],
  "11 of those arrested had been released", subtype="release: 11 of the 14 freed (three to be charged)",
  source="prosecutor_office", note="reported on Thursday 2025-11-06; release date not stated")
V("rally_2025", "other", "2025-11-05", "union_offices", {},
  [("hector_quiroga", "actor"), ("fetrapoc", "actor")],
  "Quiroga told a rally outside the union's offices", subtype="protest: rally",
  note="the rally where Quiroga spoke 'on Wednesday' (same paragraph)")
V("offer_2025", "other", None, None, {"raise_pct": 6.5, "one_off_payment_clp": 450000, "one_off_payment_usd": 480},
  [("pacifico_sur", "payer"), ("union_members", "recipient")],
  "The company has offered a 6.5% increase spread over two years and a one-off payment of 450,000 pesos, about $480, "
  "to each permanent worker who returns by Monday.",
  subtype="contract offer: wage increase 6.5% over two years and one-off payment (payment conditional on return)",
  note="date of the offer not stated (before Sunday 2025-11-02); a revised version goes to the members' vote on "
       "2025-11-12 (future: not an event)")
V("rejection_2025", "other", "2025-11-02", None, {},
  [("fetrapoc", "actor")], "The union rejected that offer on Sunday, before the strike began",
  subtype="agreement rejected: the union turns down the wage offer")
V("summons_2025", "other", "2025-11-05", None, {},
  [("ximena_carrasco", "actor"), ("labour_ministry", "actor"), ("fetrapoc", "attendee"),
   ("pacifico_sur", "attendee")], P10,
  subtype="meeting: minister's intervention summoning both sides to talks (talks set for Friday 2025-11-07 at the "
          "ministry in Santiago)",
  note="the summons happened Wednesday; the talks themselves are future")
V("strike_2022", "other", "2022", "port", {"duration_days": 9, "raise_pct": 5},
  [("fetrapoc", "actor")], P12, subtype="protest: strike (nine-day stoppage)")
V("agreement_2022", "other", "2022", None, {"raise_pct": 5},
  [("fetrapoc", "actor")], "a nine-day stoppage ended with a 5% raise", subtype="agreement: 5% raise ending the 2022 strike")

# ------------------------------------------------------------------ timexes
T = g.timex
T("Nov. 6, 2025", "2025-11-06", function="publication_date")
T("Thursday", "2025-11-06", ctx="fourth day on Thursday")
T("Monday", "2025-11-03", ctx="called on Monday")
T("Wednesday", "2025-11-05", ctx="said on Wednesday that about 2,300")
T("Wednesday", "2025-11-05", ctx="stayed away on Wednesday")
T("two years", "P2Y", type="duration")
T("Monday", "2025-11-10", ctx="returns by Monday", note="deadline: next Monday (future)")
T("Sunday", "2025-11-02")
T("Wednesday night", "2025-11-05", note="TIMEX3 2025-11-05TNI")
T("Nov. 12", "2025-11-12", note="scheduled vote (future)")
T("Tuesday", "2025-11-04")
T("Wednesday morning", "2025-11-05", note="TIMEX3 2025-11-05TMO")
T("Thursday", "2025-11-06", ctx="said on Thursday that 11")
T("Wednesday", "2025-11-05", ctx="stepped in on Wednesday")
T("Friday", "2025-11-07")
T("weeks", "PXW", type="duration", ctx="stand still for weeks")
T("Wednesday", "2025-11-05", ctx="stuck at the port on Wednesday")
T("2022", "2022")
T("nine-day", "P9D", type="duration")
T("2019", "2019")
T("a year", "P1Y", type="duration", ctx="within a year", mod="LESS_THAN")
T("tomorrow", "2025-11-07")

# ------------------------------------------------------------------- notes
g.notes += [
    "FICTIONAL dev document (own wording), written for benchmarks/devset and annotated by hand before any claimgraph "
    "run: FETRAPOC, Pacifico Sur Terminals, Halvorsen Maritime, Hector Quiroga, Annika Strand, Ximena Carrasco and the "
    "strike are invented; San Antonio, Santiago, Valparaiso, Bergen, Norway and Chile are real places; the Court of "
    "Appeals of Valparaiso and the Supreme Court are real courts, but the case is fictional. Place and union names "
    "written without Spanish accents. errors: none.",
    "published = dateline 2025-11-06 (Thursday): 'Monday' = 2025-11-03 (strike called and begun) but 'returns by "
    "Monday' = 2025-11-10 (future deadline); 'Sunday' = 2025-11-02 (offer rejected); 'Tuesday' = 2025-11-04 "
    "(injunction); 'Wednesday' (x6) = 2025-11-05; 'Thursday' (x2) = 2025-11-06; 'Friday' = 2025-11-07 (talks, future); "
    "'Nov. 12' = 2025-11-12 (scheduled vote, a Wednesday); 'tomorrow' in Strand's quote = 2025-11-07.",
    "Not timexes: 'its fourth day' (ordinal of the strike, no calendar anchor besides Thursday), 'the start of the "
    "cherry season' (no value), 'night shifts' (generic set), ages none.",
    "Aliases: 'Federation of Port Workers of the Central Coast (FETRAPOC)' - acronym in brackets; 'known among dock "
    "workers simply as \"la Federacion\"' - nickname; 'the union' / 'the federation' refer back to it; 'the company' "
    "(x7 with capitals) = Pacifico Sur Terminals, 'Its chief executive' = its CEO.",
    "Competing figures: participation (union: about 2,300 of 2,600 members; company: fewer than 900 of roughly 1,900 "
    "staff, two of five berths working) are both in the strike's numbers_by_source; the 'numbers' keep the union's. "
    "The company's 'disputed those figures' is an attribution, not an author stance (the writer takes no side; "
    "stances empty).",
    "Certainty per source: 'likely to' = probable; 'could cost' = possible; 'hoped' = uncertain; 'would appeal' / "
    "'would be charged' = announced intentions (probable); approximators ('about', 'fewer than', 'roughly') are "
    "not hedges (the shared gold's convention, as in the rest of this set). The police spokesman's denial (of excessive force) is an attribution with polarity negative and an "
    "ambiguous negative targeted relation answering Quiroga's accusation.",
    "Relations with no exact predicate, nearest kept: arrests (police targeted arrestees), employment (stevedores "
    "member_of the company, alt works_with), union representation (member_of the union), lawyers for a union "
    "(works_with). 'has led the union since 2019' -> leader_of with time 2019/.. ; 'Federation president' -> "
    "holds_position role president; subsidiary -> part_of.",
    "Event types: validate_gold.py's list is followed; DESIGN types it lacks are 'other' with the DESIGN word leading "
    "the subtype: protest (strike 2025, clash, rally, strike 2022), lawsuit (injunction), arrest, release, contract "
    "(wage offer), agreement (2022 settlement; 2025 rejection), meeting (minister's summons). Future happenings (the "
    "vote on Nov. 12, Friday's talks, an appeal to the Supreme Court, charges for three people, a mediator) are not "
    "events.",
    "cross_doc: not applicable (unrelated domain).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
