#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for
benchmarks/devset/docs/sport_match_fixing.txt -> benchmarks/devset/gold/sport_match_fixing.json

Fictional sport/justice wire story: prosecutors in Valencia charge four players of the second-division club CD Turia
(formerly Unión Deportiva Camp de Morvedre, renamed in 2018; based in Sagunto; bought in 2020 by the Valencia property
investor Grupo Azahar, whose chairman is also the club's president) and six members of a betting syndicate run from
Murcia ('a betting ring', 'the syndicate', 'the group', 'the network') with sports corruption over at least seven
matches fixed last season.  The indictment's 'alleges' and the prosecutors' own figures (20,000-60,000 euros a game, no
less than 1.8 million euros in profits); the suspended first-choice goalkeeper (Iker Salvatierra; an earlier
three-month ban 'two years ago'); a Uruguayan forward on loan from a Montevideo club; Civil Guard arrests of nine
people in coordinated raids in Valencia and Murcia on Oct. 6 ('police said', 'Residents said'); the syndicate's leader
(Tomás Ferrer Lozano), who owns a chain of betting shops through his family's leisure company, 'is believed to have
recruited' the players through his nephew, and was fined in 2019; the league's (Liga Profesional de Fútbol, LPF)
integrity unit, led since 2022 by a former Civil Guard officer quoted over two sentences; betting data from a London
monitoring firm (Quantel Integrity: 4.3 million euros staked on the seven games, alerts on only five); an unnamed senior
Civil Guard investigator ('may also have approached', 'as many as 11 matches could'); the club's denial and its 'first
victim' statement; the goalkeeper's denial and his lawyer's colon-introduced quote; the syndicate leader's lawyer; the
prosecutors' spokeswoman ('not ruled out'); the players' union (Unión de Futbolistas de España, UFE) and its
president.  The writer's own stances: 'Data from Quantel Integrity ... confirm that the matches drew unusual sums'
(endorses), the club's claim 'is not supported by the records reviewed by this newspaper' (disputes), the syndicate
leader's lawyer 'offered no evidence for that account' (disputes).  Built with the shared goldlib; events follow the
shared validator's list like mining_collapse_inquiry and tech_health_data_breach (a DESIGN type it lacks is 'other'
with the DESIGN word leading the subtype)."""
from pathlib import Path

HERE = Path(__file__).resolve()
DEVSET = HERE.parents[1]                    # benchmarks/devset

from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "sport_match_fixing"
PUB = "2026-10-14"  # dateline: VALENCIA, Spain, Oct. 14, 2026 (a Wednesday)
g = Gold(DEVSET / "docs" / f"{NAME}.txt", PUB)

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("valencia", "Location", ["VALENCIA", "Valencia"],
  note="the city: dateline; 'Prosecutors in Valencia', 'an investigating court in Valencia', 'raids in Valencia and "
       "Murcia', 'north of Valencia', 'a Valencia property investor', \"the Valencia prosecutor's office\"")
E("spain", "Location", ["Spain"],
  note="x3: dateline, 'bookmakers in Spain and Asia', \"Spain's top two divisions\"; the headline's 'Spanish "
       "prosecutors' is adjectival (the country is named, so the demonym is not listed as a name, as "
       "conflict_drone_strike_clinic); 'de España' inside the union's name")
E("asia", "Location", ["Asia"], note="'bookmakers in Spain and Asia'")
E("murcia", "Location", ["Murcia"],
  note="x4: 'raids in Valencia and Murcia', 'run from Murcia', 'a Murcia betting shop', 'betting terminals in Murcia'. "
       "Read as the city (the region of the same name is possible: not distinguished by the text)")
E("sagunto", "Location", ["Sagunto"], note="'The club, based in Sagunto, north of Valencia'")
E("montevideo", "Location", ["Montevideo"], note="'the Montevideo club Racing del Prado'")
E("uruguay", "Location", [], implicit=True, note="only via the demonym 'Uruguayan' ('a Uruguayan forward')")
E("london", "Location", ["London"], note="only in 'a London-based company' (Quantel)")
E("murcia_shop", "Location", [], ["a Murcia betting shop"], unnamed=True,
  note="facility searched during the raids, in the residents' account; whether it belongs to Apuestas Segura is not "
       "stated")

# organizations
E("prosecutors", "Organization",
  ["Spanish prosecutors", "Prosecutors in Valencia", "Prosecutors", "prosecutors", "the Valencia prosecutor's office"],
  name_kind="descriptive",
  note="the public prosecutor's office in Valencia (a real kind of body; every act and statement here is fictional): "
       "headline 'Spanish prosecutors', lead 'Prosecutors in Valencia', 'Prosecutors put', 'Prosecutors say', 'passed "
       "its findings to prosecutors', \"A spokeswoman for the Valencia prosecutor's office\"; 'they say' (lead) and "
       "'The indictment' (their filing) refer to them")
E("investigating_court", "Organization", ["an investigating court in Valencia"], name_kind="descriptive",
  note="the court with which the indictment was lodged; 'a judge' in Ortí's quote is generic (not linked)")
E("court_documents", "Organization", ["court documents", "the court documents", "the same documents"],
  name_kind="descriptive",
  note="documentary source, as police_murder_investigation's 'court records': 'according to court documents made "
       "public on Tuesday' (lead), 'According to the court documents', 'the court documents say', 'according to the "
       "same documents'. 'The indictment' is among them but is the prosecutors' filing (its 'alleges' is theirs)")
E("cd_turia", "Organization", ["CD Turia", "Turia"], ["the second-division club CD Turia", "the club", "The club"],
  fictional=True,
  note="'CD Turia' x1, 'Turia' x8 ('Turia suspended', \"Turia's youth teams\", 'linked to Turia', 'Turia, which "
       "played as', \"Turia's sporting director\", \"Turia's president\", 'kept goal for Turia'); 'the club' x4 (\"the "
       "club's 31-year-old first-choice goalkeeper\", 'the club said', 'between the LPF and the club', 'the club would "
       "join'), 'The club, based in Sagunto'; 'its matches'. 'a club' in Cañete's quote is generic")
E("camp_de_morvedre", "Organization", ["Unión Deportiva Camp de Morvedre"], fictional=True,
  note="the club's former name ('which played as ... until it was renamed in 2018'): its own entity linked by "
       "renamed_to (court_appeal_conviction's convention)")
E("racing_del_prado", "Organization", ["Racing del Prado"], ["the Montevideo club Racing del Prado"], fictional=True,
  note="Irazoqui's parent club ('on loan from')")
E("syndicate", "Organization", [],
  ["a betting ring", "a betting syndicate", "the syndicate", "the group", "the network"], fictional=True,
  note="headline 'a betting ring'; lead 'six members of a betting syndicate'; 'the syndicate' x3 ('alleges that the "
       "syndicate paid', 'between the syndicate and the dressing room', 'the syndicate may also have approached'); "
       "\"the group's profits\"; 'the network was run from Murcia'; 'six syndicate members' (adjectival); 'They' in "
       "the investigator's quote. No proper name: descriptive")
E("apuestas_segura", "Organization", ["Apuestas Segura"], ["a chain of betting shops"], fictional=True)
E("ferrer_ocio", "Organization", ["Ferrer Ocio"], ["his family's leisure company"], fictional=True)
E("ferrer_family", "Organization", [], ["his family"], unnamed=True,
  note="\"his family's leisure company\": Tomás Ferrer Lozano's family (kinship group, as the family entities of "
       "disinfo_deepfake_audio and pharma_recall_contamination); his nephew Adrián Ferrer belongs to it")
E("lpf", "Organization", ["Liga Profesional de Fútbol", "LPF"], ["the league"], fictional=True,
  note="the league body that runs Spain's top two divisions (fictional name): full name with the acronym in brackets, "
       "then 'LPF' x3 ('for the LPF', 'between the LPF and the club', 'The LPF says'); 'the league itself', \"the "
       "league's disciplinary committee\"; 'league rules' is adjectival")
E("integrity_unit", "Organization", [],
  ["The integrity unit of the Liga Profesional de Fútbol", "the unit", "the integrity unit"],
  note="the LPF's integrity unit: 'The integrity unit of the Liga Profesional de Fútbol (LPF)', 'who has led the "
       "unit since 2022', 'the integrity unit warned'; 'its findings'. Lower case in the text: descriptive")
E("disciplinary_committee", "Organization", ["the league's disciplinary committee"], name_kind="descriptive",
  note="the body that banned and fined Salvatierra two years ago (agent implied)")
E("quantel", "Organization", ["Quantel Integrity", "Quantel"], ["a London-based company"], fictional=True,
  note="betting-monitoring firm: 'Data from Quantel Integrity', 'Quantel said', 'its automated alerts'")
E("european_leagues", "Organization", ["several other European leagues"], generic=True, name_kind="descriptive",
  note="Quantel's other clients; 'European' is adjectival (no Europe entity declared)")
E("civil_guard", "Organization", ["Civil Guard"], ["police"],
  note="Spain's Civil Guard (real force; every act and statement here is fictional): 'Civil Guard officers', 'a former "
       "Civil Guard officer', 'A senior Civil Guard investigator'; 'police said' after the arrest sentence is read as "
       "the Civil Guard (the force that made the arrests)")
E("civil_guard_officers", "Person", ["Civil Guard officers", "officers"], unnamed=True, name_kind="descriptive",
  note="the arresting officers; 'officers spent hours inside a Murcia betting shop' (residents)")
E("grupo_azahar", "Organization", ["Grupo Azahar"], ["a Valencia property investor"], fictional=True)
E("ufe", "Organization", ["Unión de Futbolistas de España", "UFE"], ["the players' union", "the union"],
  fictional=True,
  note="'A statement from the players' union, the Unión de Futbolistas de España (UFE)'; \"the union's president\"; "
       "'it would pay' (x1)")
E("bookmakers", "Organization", ["bookmakers in Spain and Asia"], generic=True, name_kind="descriptive")
E("other_clubs", "Organization", ["two other clubs"], unnamed=True, name_kind="descriptive",
  note="clubs whose players the syndicate may have approached (the investigator); unnamed")
E("authorities", "Organization", ["the authorities"], generic=True, name_kind="descriptive",
  note="to whom the LPF reported 14 suspicious matches")
E("this_newspaper", "Organization", ["this newspaper"], name_kind="descriptive",
  note="the writer's outlet ('the records reviewed by this newspaper'; the dateline says 'Wire', as "
       "tech_health_data_breach): claims on its records are source 'author'")

# people
E("charged_players", "Person", ["four footballers", "four players"], ["the players"], name_kind="descriptive",
  note="the four charged players (Salvatierra, Talens, Escrivà, Irazoqui): headline 'four footballers', lead 'four "
       "players from the second-division club CD Turia'; 'the players' x3 ('paid the players', 'the payments to the "
       "players', 'messages to the players'); 'them' ('recruited them'). Declared as a group because the headline, "
       "the lead and the indictment refer to them only so. 'the same players' (Ibáñez) is read as the same group "
       "(not linked: her quote predates the charges)")
E("syndicate_members", "Person", ["six members of a betting syndicate", "the six syndicate members charged"],
  name_kind="descriptive", note="the six charged syndicate members, Tomás and Adrián Ferrer among them")
E("accused", "Person", ["the accused", "those charged"], name_kind="descriptive",
  note="all ten charged ('If convicted, the accused could face', 'Among those charged')")
E("associates", "Person", ["associates"], unnamed=True, name_kind="descriptive",
  note="'while associates bet on those outcomes': the syndicate's associates (whether among the six is not stated)")
E("arrested_nine", "Person", ["nine people"], unnamed=True, name_kind="descriptive",
  note="arrested on Oct. 6; how they overlap with the ten charged is not stated (kept apart)")
E("iker_salvatierra", "Person", ["Iker Salvatierra", "Salvatierra", "Iker"],
  ["the club's 31-year-old first-choice goalkeeper", "The goalkeeper"], fictional=True,
  note="'Salvatierra' x3 besides the full name; 'Iker' in Ortí's quote; 'whom', 'his body', 'he was banned'")
E("ruben_talens", "Person", ["Rubén Talens", "Talens"], ["the defender"], fictional=True)
E("dani_escriva", "Person", ["Dani Escrivà"], ["the midfielder"], fictional=True)
E("facundo_irazoqui", "Person", ["Facundo Irazoqui"], ["a Uruguayan forward"], fictional=True)
E("tomas_ferrer", "Person", ["Tomás Ferrer Lozano", "Ferrer"], ["a 52-year-old businessman", "her client"],
  fictional=True,
  note="'Ferrer' x2 alone (\"Ferrer's lawyer\", 'Ferrer was fined in 2019'); 'he financed', 'his nephew', 'his "
       "family's'; 'Both men' with his nephew; 'her client' (Garrigues). 'Ferrer' is also in 'Adrián Ferrer' and "
       "'Ferrer Ocio'")
E("adrian_ferrer", "Person", ["Adrián Ferrer"], ["his nephew"], fictional=True)
E("marta_ibanez", "Person", ["Marta Ibáñez Collado"], ["a former Civil Guard officer"], fictional=True,
  note="head of the LPF's integrity unit ('who has led the unit since 2022')")
E("civil_guard_investigator", "Person", ["A senior Civil Guard investigator", "the investigator"], unnamed=True,
  name_kind="descriptive", note="'who spoke on condition of anonymity because parts of the case remain under "
                                 "judicial secrecy'")
E("pau_benlloch", "Person", ["Pau Benlloch", "Benlloch"], ["Turia's sporting director"], fictional=True)
E("vicente_roig", "Person", ["Vicente Roig Mascarell", "Roig"], ["chairman", "Turia's president"], fictional=True,
  note="\"whose chairman, Vicente Roig Mascarell, is also Turia's president\"; 'Roig told reporters'")
E("jaume_orti", "Person", ["Jaume Ortí"], ["His lawyer"], fictional=True, note="Salvatierra's lawyer")
E("elena_garrigues", "Person", ["Elena Garrigues"], ["Ferrer's lawyer"], fictional=True, note="'She offered no "
                                                                                               "evidence'")
E("lucia_marco", "Person", ["Lucía Marco"], ["A spokeswoman for the Valencia prosecutor's office"], fictional=True)
E("sergio_canete", "Person", ["Sergio Cañete"], ["the union's president", "a former second-division defender"],
  fictional=True)
E("residents", "Person", ["Residents"], generic=True, name_kind="descriptive",
  note="residents (of Murcia, from context) who saw the search of the betting shop")
E("union_members", "Person", ["any member who asked"], generic=True, name_kind="descriptive",
  note="UFE members for whom the union would pay lawyers; 'players' ('make players \"easy prey\"') is generic and "
       "not linked")
E("other_club_players", "Person", ["players at two other clubs"], unnamed=True, name_kind="descriptive")

# events
E("match_fixing", "Event", [], ["the scheme", "sports corruption"],
  note="the fixing of at least seven second-division matches last season: headline 'fixed second-division "
       "matches', lead 'sports corruption over at least seven matches they say were fixed last season', 'the first "
       "victim\" of the scheme' (the club); 'the matches', 'the seven games' (Quantel)")
E("charges_2026", "Event", [], ["the charges"],
  note="clausal in the lead ('have charged four players ... and six members ...'); 'denies the charges'; 'further "
       "charges' (not ruled out, future) are other charges, not this event")
E("arrests_2026", "Event", [], ["the arrests", "coordinated raids in Valencia and Murcia"],
  note="'arrested nine people in coordinated raids in Valencia and Murcia on Oct. 6'; 'until the arrests' (the club); "
       "arrests and raids kept as one happening (the arrests were made in the raids)")
E("salvatierra_suspension", "Event", [], note="clausal: 'whom Turia suspended last week'")
E("home_defeat_2026", "Event", [], ["a 3-0 home defeat"],
  note="the match the integrity unit flagged ('a 3-0 home defeat last March'); one of the seven fixed matches in the "
       "prosecutors' case (implied, not stated)")
E("integrity_flag_2026", "Event", [], note="clausal: 'The integrity unit ... flagged a 3-0 home defeat last March'")
E("referral_2026", "Event", [], note="clausal: 'and passed its findings to prosecutors weeks later'")
E("warning_2026_03_20", "Event", [],
  note="clausal: 'the integrity unit warned Turia's sporting director, Pau Benlloch, about betting on two of its "
       "matches on March 20' (emails reviewed by the newspaper)")
E("renaming_2018", "Event", [], note="clausal: 'until it was renamed in 2018'")
E("azahar_acquisition_2020", "Event", [], note="clausal: 'was bought in 2020 by Grupo Azahar'")
E("ban_2024", "Event", [],
  note="clausal: 'two years ago he was banned for three months and fined 6,000 euros for betting on matches abroad'")
E("ferrer_fine_2019", "Event", [], note="clausal: 'Ferrer was fined in 2019 for operating unlicensed betting "
                                        "terminals in Murcia'")
E("approach_other_clubs", "Event", [],
  note="clausal, hedged: 'the syndicate may also have approached players at two other clubs' (the investigator)")
E("criminal_case", "Event", ["The case", "the case"],
  note="the criminal case as a whole: 'The case began with the league itself', 'parts of the case remain under "
       "judicial secrecy', 'join the case as an injured party'. An entity without an event record (its dated parts "
       "are the flag, the referral, the arrests and the charges), as mining_collapse_inquiry's investigation")

# ----------------------------------------------------------------- relations
R = g.rel
HEAD = "Spanish prosecutors charge four footballers and a betting ring over fixed second-division matches"
R("charged_players", "perpetrated", "match_fixing", HEAD, certainty="reported", certainty_cue="charge",
  stance="neutral", note="headline (the writer's): a charge is an allegation (police_murder_investigation)")
R("syndicate", "perpetrated", "match_fixing", HEAD, certainty="reported", certainty_cue="charge", stance="neutral")
R("prosecutors", "located_in", "spain", "Spanish prosecutors", implicit=True, alt_predicates=["part_of"],
  note="demonym 'Spanish'")
LEAD = ("Prosecutors in Valencia have charged four players from the second-division club CD Turia and six members of "
        "a betting syndicate with sports corruption over at least seven matches they say were fixed last season, "
        "according to court documents made public on Tuesday.")
R("prosecutors", "located_in", "valencia", "Prosecutors in Valencia")
R("charged_players", "perpetrated", "match_fixing", LEAD, source="court_documents", certainty="reported",
  certainty_cue="charged", time="2025-08/2026-06",
  note="charged with sports corruption over matches fixed last season; 'according to court documents' covers the "
       "sentence")
R("syndicate_members", "perpetrated", "match_fixing", LEAD, source="court_documents", certainty="reported",
  certainty_cue="charged", time="2025-08/2026-06")
R("charged_players", "member_of", "cd_turia", "four players from the second-division club CD Turia",
  alt_predicates=["works_with"], qualifier="players of the club")
R("syndicate_members", "member_of", "syndicate", "six members of a betting syndicate")
R("cd_turia", "member_of", "lpf", "the second-division club CD Turia", implicit=True, ambiguous=True,
  qualifier="second-division club; the LPF runs Spain's top two divisions",
  note="league membership from 'second-division club' + 'which runs Spain's top two divisions'")
R("valencia", "located_in", "spain", "VALENCIA, Spain")
P2 = ("The indictment, lodged with an investigating court in Valencia, alleges that the syndicate paid the players "
      "between 20,000 and 60,000 euros a game to concede goals or pick up yellow cards at agreed moments, while "
      "associates bet on those outcomes with bookmakers in Spain and Asia.")
R("investigating_court", "located_in", "valencia", "an investigating court in Valencia")
R("syndicate", "funded", "charged_players", P2, source="prosecutors", certainty="reported", certainty_cue="alleges",
  qualifier="paid the players 20,000-60,000 euros a game to concede goals or pick up yellow cards",
  note="'The indictment ... alleges': the prosecutors' filing; an accusation verb of a named source -> reported "
       "(tech_health_data_breach's 'alleges')")
R("associates", "member_of", "syndicate", "while associates bet on those outcomes", source="prosecutors",
  certainty="reported", certainty_cue="alleges", implicit=True, ambiguous=True,
  alt_predicates=["works_with"], qualifier="the syndicate's associates (context)")
R("bookmakers", "located_in", "spain", "bookmakers in Spain and Asia")
R("bookmakers", "located_in", "asia", "bookmakers in Spain and Asia")
P2B = "Prosecutors put the group's profits at no less than 1.8 million euros."
P2C = "If convicted, the accused could face up to four years in prison."
P3 = ("Among those charged is Iker Salvatierra, the club's 31-year-old first-choice goalkeeper, whom Turia suspended "
      "last week.")
R("iker_salvatierra", "perpetrated", "match_fixing", "Among those charged is Iker Salvatierra", certainty="reported",
  certainty_cue="charged", stance="neutral")
R("iker_salvatierra", "holds_position", "cd_turia", "Iker Salvatierra, the club's 31-year-old first-choice goalkeeper",
  role="first-choice goalkeeper", alt_predicates=["member_of"])
R("iker_salvatierra", "born_on", "1994/1995", "the club's 31-year-old first-choice goalkeeper", implicit=True,
  note="31 on 2026-10-14: born between 1994-10-15 and 1995-10-14")
R("cd_turia", "targeted", "iker_salvatierra", "whom Turia suspended last week", time="2026-W41", ambiguous=True,
  qualifier="suspended by the club", note="a club suspension has no predicate: targeted with a qualifier (as the "
                                          "licence suspension in mining_collapse_inquiry)")
P3B = ("The others are the defender Rubén Talens, the midfielder Dani Escrivà and Facundo Irazoqui, a Uruguayan forward "
       "on loan from the Montevideo club Racing del Prado.")
R("ruben_talens", "perpetrated", "match_fixing", P3B, certainty="reported", certainty_cue="charged", stance="neutral",
  implicit=True, note="'The others' of 'those charged'")
R("dani_escriva", "perpetrated", "match_fixing", P3B, certainty="reported", certainty_cue="charged", stance="neutral",
  implicit=True)
R("facundo_irazoqui", "perpetrated", "match_fixing", P3B, certainty="reported", certainty_cue="charged",
  stance="neutral", implicit=True)
R("ruben_talens", "holds_position", "cd_turia", "the defender Rubén Talens", role="defender", implicit=True,
  note="the club from context (four players from CD Turia)")
R("dani_escriva", "holds_position", "cd_turia", "the midfielder Dani Escrivà", role="midfielder", implicit=True)
R("facundo_irazoqui", "holds_position", "cd_turia", "Facundo Irazoqui, a Uruguayan forward", role="forward (on loan)",
  implicit=True)
R("facundo_irazoqui", "citizen_of", "uruguay", "a Uruguayan forward", note="demonym")
R("facundo_irazoqui", "member_of", "racing_del_prado", "on loan from the Montevideo club Racing del Prado",
  qualifier="parent club (on loan to Turia)", alt_predicates=["works_with"])
R("racing_del_prado", "located_in", "montevideo", "the Montevideo club Racing del Prado")
R("montevideo", "located_in", "uruguay", "the Montevideo club", implicit=True, note="world knowledge")
P3C = "Talens allegedly carried messages between the syndicate and the dressing room."
R("ruben_talens", "works_with", "syndicate", P3C, certainty="reported", certainty_cue="allegedly", stance="neutral",
  qualifier="carried messages between the syndicate and the dressing room (go-between)",
  alt_predicates=["member_of"], note="agentless 'allegedly': hearsay, the writer neutral")
P4 = ("Civil Guard officers arrested nine people in coordinated raids in Valencia and Murcia on Oct. 6, seizing about "
      "240,000 euros in cash, phones and handwritten ledgers, police said.")
R("civil_guard_officers", "targeted", "arrested_nine", P4, source="civil_guard", time="2026-10-06",
  qualifier="arrested", note="arrest: the nearest predicate agent -> arrested (police_murder_investigation)")
R("civil_guard_officers", "member_of", "civil_guard", "Civil Guard officers", occ=0)
R("civil_guard", "located_in", "spain", "Civil Guard officers", implicit=True, alt_predicates=["part_of"],
  note="Spain's Civil Guard (world knowledge)")
P4B = "Residents said officers spent hours inside a Murcia betting shop."
R("civil_guard_officers", "targeted", "murcia_shop", P4B, source="residents", implicit=True, ambiguous=True,
  qualifier="searched (spent hours inside)")
R("murcia_shop", "located_in", "murcia", "a Murcia betting shop", source="residents")
R("murcia", "located_in", "spain", "raids in Valencia and Murcia", implicit=True, note="world knowledge")
P5 = ("According to the court documents, the network was run from Murcia by Tomás Ferrer Lozano, a 52-year-old "
      "businessman who owns a chain of betting shops, Apuestas Segura, through his family's leisure company, Ferrer "
      "Ocio.")
R("tomas_ferrer", "leader_of", "syndicate", "the network was run from Murcia by Tomás Ferrer Lozano",
  source="court_documents", alt_predicates=["controls"])
R("syndicate", "located_in", "murcia", "the network was run from Murcia", source="court_documents")
R("tomas_ferrer", "born_on", "1973/1974", "Tomás Ferrer Lozano, a 52-year-old businessman", implicit=True,
  note="52 on 2026-10-14: born between 1973-10-15 and 1974-10-14")
R("tomas_ferrer", "controls", "apuestas_segura",
  "a 52-year-old businessman who owns a chain of betting shops, Apuestas Segura", qualifier="owner (through Ferrer "
  "Ocio)", note="ownership (owns) -> controls; the relative clause inside 'According to the court documents' is read "
                "as the writer's background (alt source court_documents)")
R("apuestas_segura", "part_of", "ferrer_ocio",
  "owns a chain of betting shops, Apuestas Segura, through his family's leisure company, Ferrer Ocio",
  alt_predicates=["controls"], qualifier="held through the family company (subsidiary)",
  note="'owns ... through' the holding company: Apuestas Segura belongs to Ferrer Ocio (subsidiary -> part_of)")
R("ferrer_family", "controls", "ferrer_ocio", "his family's leisure company, Ferrer Ocio", qualifier="family company")
R("tomas_ferrer", "member_of", "ferrer_family", "his family's leisure company", implicit=True)
P5B = ("Prosecutors say he financed the payments to the players and is believed to have recruited them through his "
       "nephew, Adrián Ferrer, who played in Turia's youth teams until 2017.")
R("tomas_ferrer", "funded", "charged_players", "Prosecutors say he financed the payments to the players",
  source="prosecutors", qualifier="financed the payments to the players")
R("tomas_ferrer", "recruited", "charged_players", "is believed to have recruited them through his nephew",
  source="prosecutors", certainty="probable", certainty_cue="is believed to",
  note="'Prosecutors say he ... and is believed to': the belief is inside the prosecutors' report (probable)")
R("adrian_ferrer", "recruited", "charged_players", "recruited them through his nephew, Adrián Ferrer",
  source="prosecutors", certainty="probable", certainty_cue="is believed to", ambiguous=True,
  alt_predicates=["works_with"], qualifier="intermediary of the recruitment")
R("adrian_ferrer", "member_of", "ferrer_family", "his nephew, Adrián Ferrer", implicit=True, ambiguous=True,
  qualifier="nephew of Tomás Ferrer Lozano",
  note="kinship has no predicate: member_of the family (aviation_crash_inquiry, disinfo_deepfake_audio)")
R("adrian_ferrer", "member_of", "cd_turia", "who played in Turia's youth teams until 2017", time="../2017",
  qualifier="youth teams (former player)")
P5C = "Both men are among the six syndicate members charged."
R("tomas_ferrer", "member_of", "syndicate", P5C, alt_objects=["syndicate_members"],
  note="'Both men' = Tomás and Adrián Ferrer")
R("adrian_ferrer", "member_of", "syndicate", P5C, alt_objects=["syndicate_members"])
R("tomas_ferrer", "perpetrated", "match_fixing", P5C, certainty="reported", certainty_cue="charged", stance="neutral",
  implicit=True)
R("adrian_ferrer", "perpetrated", "match_fixing", P5C, certainty="reported", certainty_cue="charged", stance="neutral",
  implicit=True)
P6 = ("The integrity unit of the Liga Profesional de Fútbol (LPF), which runs Spain's top two divisions, flagged a 3-0 "
      "home defeat last March in which Salvatierra appeared to let a weak shot slip under his body, and passed its "
      "findings to prosecutors weeks later.")
R("integrity_unit", "part_of", "lpf", "The integrity unit of the Liga Profesional de Fútbol (LPF)")
R("lpf", "located_in", "spain", "which runs Spain's top two divisions", implicit=True,
  qualifier="runs Spain's top two divisions", alt_predicates=["controls"])
R("iker_salvatierra", "perpetrated", "home_defeat_2026",
  "Salvatierra appeared to let a weak shot slip under his body", certainty="probable", certainty_cue="appeared to",
  implicit=True, ambiguous=True, qualifier="let a weak shot slip under his body (a goal conceded)",
  note="the writer's own hedged description of the goalkeeper's error in the flagged match; no intent stated")
R("integrity_unit", "works_with", "prosecutors", "passed its findings to prosecutors weeks later", ambiguous=True,
  qualifier="referred its findings")
QI = ("\"We saw money arriving in markets where no sensible bettor would put it,\" said Marta Ibáñez Collado, a former "
      "Civil Guard officer who has led the unit since 2022.")
QI2 = "\"The pattern repeated itself week after week, and always around the same players.\""
R("marta_ibanez", "leader_of", "integrity_unit", "Marta Ibáñez Collado, a former Civil Guard officer who has led the "
  "unit since 2022", time="2022/..", alt_predicates=["holds_position"])
R("marta_ibanez", "member_of", "civil_guard", "Marta Ibáñez Collado, a former Civil Guard officer",
  qualifier="former officer", alt_predicates=["holds_position"], note="'former': a past membership (end not stated)")
P8 = ("Data from Quantel Integrity, a London-based company that monitors betting markets for the LPF and several other "
      "European leagues, confirm that the matches drew unusual sums.")
R("quantel", "located_in", "london", "Quantel Integrity, a London-based company")
R("quantel", "works_with", "lpf", "a London-based company that monitors betting markets for the LPF",
  qualifier="monitors betting markets for (client)")
R("quantel", "works_with", "european_leagues", "monitors betting markets for the LPF and several other European "
  "leagues", qualifier="monitors betting markets for (clients)")
P8B = ("Quantel said about 4.3 million euros had been staked on the seven games in markets linked to Turia, roughly "
       "six times the norm for a second-division fixture, though its automated alerts flagged only five of them.")
P9 = ("A senior Civil Guard investigator, who spoke on condition of anonymity because parts of the case remain under "
      "judicial secrecy, said the syndicate may also have approached players at two other clubs and that as many as "
      "11 matches could eventually be included.")
R("civil_guard_investigator", "member_of", "civil_guard", "A senior Civil Guard investigator",
  alt_predicates=["holds_position"])
R("syndicate", "recruited", "other_club_players", "the syndicate may also have approached players at two other clubs",
  source="civil_guard_investigator", certainty="possible", certainty_cue="may", ambiguous=True,
  qualifier="approached (attempted recruitment)")
R("other_club_players", "member_of", "other_clubs", "players at two other clubs")
QG = ("\"They were not only buying results. They bought cards, corners, penalties, anything the markets would take,\" "
      "the investigator said.")
P10 = ("Turia, which played as Unión Deportiva Camp de Morvedre until it was renamed in 2018, denied any institutional "
       "involvement.")
R("camp_de_morvedre", "renamed_to", "cd_turia", "Turia, which played as Unión Deportiva Camp de Morvedre until it was "
  "renamed in 2018", time="2018")
R("cd_turia", "perpetrated", "match_fixing", P10, source="cd_turia", polarity="negative", polarity_cue="denied",
  ambiguous=True, qualifier="institutional involvement (denied)")
P10B = ("In a statement, the club said it had been \"the first victim\" of the scheme and had known nothing of any "
        "irregularity until the arrests.")
R("syndicate", "targeted", "cd_turia", P10B, source="cd_turia", implicit=True, ambiguous=True,
  qualifier="'the first victim' of the scheme (the club's claim)", stance="disputes",
  note="the writer disputes the same statement ('That claim is not supported ...'): strictly the stance targets the "
       "club's ignorance of any irregularity, the second half of the sentence")
P10C = ("That claim is not supported by the records reviewed by this newspaper: emails between the LPF and the club "
        "show that the integrity unit warned Turia's sporting director, Pau Benlloch, about betting on two of its "
        "matches on March 20.")
R("pau_benlloch", "holds_position", "cd_turia", "Turia's sporting director, Pau Benlloch", role="sporting director")
P11 = ("The club, based in Sagunto, north of Valencia, was bought in 2020 by Grupo Azahar, a Valencia property "
       "investor whose chairman, Vicente Roig Mascarell, is also Turia's president.")
R("cd_turia", "located_in", "sagunto", "The club, based in Sagunto")
R("sagunto", "located_in", "valencia", "Sagunto, north of Valencia", ambiguous=True,
  qualifier="north of the city (in the province of Valencia, world knowledge)",
  note="'north of Valencia' places Sagunto relative to the city, not inside it")
R("sagunto", "located_in", "spain", "Sagunto, north of Valencia", implicit=True)
R("grupo_azahar", "controls", "cd_turia", "The club, based in Sagunto, north of Valencia, was bought in 2020 by Grupo "
  "Azahar", time="2020/..", qualifier="bought the club (owner)")
R("grupo_azahar", "located_in", "valencia", "a Valencia property investor")
R("vicente_roig", "holds_position", "grupo_azahar", "whose chairman, Vicente Roig Mascarell", role="chairman",
  alt_predicates=["leader_of"])
R("vicente_roig", "holds_position", "cd_turia", "Vicente Roig Mascarell, is also Turia's president", role="president",
  alt_predicates=["leader_of"])
P11B = "Roig told reporters on Tuesday that the club would join the case as an injured party."
P12 = "Salvatierra, who has kept goal for Turia since 2021, denies the charges."
R("iker_salvatierra", "holds_position", "cd_turia", "Salvatierra, who has kept goal for Turia since 2021",
  role="goalkeeper", time="2021/..", alt_predicates=["member_of"])
R("iker_salvatierra", "perpetrated", "match_fixing", "Salvatierra, who has kept goal for Turia since 2021, denies the "
  "charges", source="iker_salvatierra", polarity="negative", polarity_cue="denies")
QO = ("His lawyer, Jaume Ortí, put it plainly: \"Iker has never sold a match in his life. He will prove that in front "
      "of a judge.\"")
R("jaume_orti", "works_with", "iker_salvatierra", "His lawyer, Jaume Ortí", role="lawyer",
  note="a lawyer for a client: works_with, role lawyer (mining_collapse_inquiry)")
R("iker_salvatierra", "perpetrated", "match_fixing", "\"Iker has never sold a match in his life.",
  source="jaume_orti", polarity="negative", polarity_cue="never", qualifier="never sold a match")
P12C = ("The goalkeeper is no stranger to the league's disciplinary committee, however: two years ago he was banned for "
        "three months and fined 6,000 euros for betting on matches abroad, which league rules forbid.")
R("disciplinary_committee", "part_of", "lpf", "the league's disciplinary committee")
R("disciplinary_committee", "targeted", "iker_salvatierra", P12C, time="2024", implicit=True, ambiguous=True,
  qualifier="banned for three months and fined 6,000 euros (betting on matches abroad)",
  note="passive without agent; the committee from 'no stranger to the league's disciplinary committee'")
P13 = ("Ferrer's lawyer, Elena Garrigues, said her client ran a lawful business and that the betting patterns reflected "
       "\"public information about injuries and dressing-room trouble\".")
R("elena_garrigues", "works_with", "tomas_ferrer", "Ferrer's lawyer, Elena Garrigues", role="lawyer")
R("tomas_ferrer", "perpetrated", "match_fixing", P13, source="elena_garrigues", polarity="negative", implicit=True,
  ambiguous=True, stance="disputes", qualifier="ran a lawful business; betting patterns reflected public information",
  note="an implicit denial; the writer disputes it ('She offered no evidence for that account')")
P13B = ("She offered no evidence for that account; the court documents say many bets were placed within minutes of "
        "messages to the players.")
P13C = "Ferrer was fined in 2019 for operating unlicensed betting terminals in Murcia, according to the same documents."
P14 = ("A spokeswoman for the Valencia prosecutor's office, Lucía Marco, said further charges were \"not ruled out\".")
R("lucia_marco", "holds_position", "prosecutors", "A spokeswoman for the Valencia prosecutor's office, Lucía Marco",
  role="spokeswoman")
R("prosecutors", "located_in", "valencia", "the Valencia prosecutor's office", implicit=True, note="from the name")
P15 = ("A statement from the players' union, the Unión de Futbolistas de España (UFE), said on Monday that it would pay "
       "for lawyers for any member who asked, while warning that low and late wages in the second division make "
       "players \"easy prey\" for organised crime.")
R("ufe", "located_in", "spain", "the Unión de Futbolistas de España", implicit=True, note="from the name")
R("ufe", "supported", "union_members", "it would pay for lawyers for any member who asked", source="ufe",
  qualifier="would pay for lawyers (legal aid offered)", alt_predicates=["funded"],
  note="an announced commitment, not a hedge; whether the charged players are members is not stated")
R("union_members", "member_of", "ufe", "any member who asked", implicit=True)
QC = ("\"Nobody is excusing anyone. But when a club pays you three months late, someone else will always offer to pay "
      "on time,\" said Sergio Cañete, the union's president and a former second-division defender.")
R("sergio_canete", "holds_position", "ufe", "Sergio Cañete, the union's president", role="president",
  alt_predicates=["leader_of"])
P16 = ("The LPF says it has reported 14 suspicious matches to the authorities over the past two seasons, most of them "
       "in lower divisions.")

# -------------------------------------------------------------- attributions
A = g.attr
A(LEAD, "court_documents", "according to", False, content=LEAD[:LEAD.index(", according to court documents")],
  note="the lead's source, after the content")
A("at least seven matches they say were fixed last season", "prosecutors", "say", False,
  content="were fixed last season", note="'they' = the prosecutors: the fixing itself is marked as their claim")
A(P2, "prosecutors", "alleges", False,
  content=P2[P2.index("that the syndicate"):],
  note="'The indictment ... alleges': the prosecutors' filing (alt source court_documents, where it was made public)")
A(P2B, "prosecutors", "put the group's profits at", False, content="no less than 1.8 million euros",
  note="reporting verb of a figure ('put ... at'), as mining_collapse_inquiry's 'put the toll at'")
A(P4, "civil_guard", "police said", False, content=P4[:P4.index(", police said")],
  note="reporting clause after the content; 'police' = the Civil Guard")
A(P4B, "residents", "said", False)
A(P5, "court_documents", "According to the court documents", False,
  content=P5[P5.index("the network"):])
A(P5B, "prosecutors", "say", False, content=P5B[P5B.index("he financed"):P5B.index(", who played")],
  note="'is believed to' is a further hedge inside the prosecutors' report; the relative clause on the nephew's "
       "youth career is read as the writer's")
A(QI, "marta_ibanez", "said", True, on_behalf_of="integrity_unit")
A(QI2, "marta_ibanez", "said", True, cue_ctx="said Marta Ibáñez Collado", continuation=True,
  on_behalf_of="integrity_unit", note="quote continued over a second sentence after the attribution")
A(P8, "quantel", "confirm", False, content="the matches drew unusual sums",
  note="'Data from Quantel Integrity ... confirm': the firm's data, used by the writer as evidence (stance s01 "
       "endorses); alt source author")
A(P8B, "quantel", "said", False,
  note="'though its automated alerts flagged only five of them' is inside Quantel's report (five alerts vs seven "
       "games)")
A(P9, "civil_guard_investigator", "said", False,
  content=P9[P9.index("the syndicate may"):-1],
  note="unnamed source 'who spoke on condition of anonymity' (not on behalf of the Civil Guard)")
A(QG, "civil_guard_investigator", "said", True,
  note="two-sentence quote before the cue ('the investigator said'); 'not only buying' is not a denial")
A(P10, "cd_turia", "denied", False, polarity="negative", content="any institutional involvement")
A(P10B, "cd_turia", "said", False, partial_quote=True,
  content=P10B[P10B.index("it had been"):-1], cue_ctx="In a statement, the club said",
  note="'In a statement': the medium; 'had known nothing of any irregularity' is negative; disputed by the writer "
       "(stance s02)")
A(P10C[P10C.index("emails between"):], "author", "show", False,
  note="the newspaper's own evidence ('the records reviewed by this newspaper'; 'emails ... show'): the writer's "
       "claim, source author (tech_health_data_breach)")
A(P11B, "vicente_roig", "told", False, on_behalf_of="cd_turia",
  content="the club would join the case as an injured party")
A(P12, "iker_salvatierra", "denies", False, polarity="negative", content="the charges")
A(QO, "jaume_orti", "put it plainly", True, on_behalf_of="iker_salvatierra",
  content="\"Iker has never sold a match in his life. He will prove that in front of a judge.\"",
  note="colon-introduced quote of two sentences; 'never' (negative)")
A(P13, "elena_garrigues", "said", False, partial_quote=True, on_behalf_of="tomas_ferrer",
  content=P13[P13.index("her client"):-1])
A(P13B[P13B.index("the court documents"):], "court_documents", "say", False,
  content="many bets were placed within minutes of messages to the players")
A(P13C, "court_documents", "according to", False, content=P13C[:P13C.index(", according to")])
A(P14, "lucia_marco", "said", False, partial_quote=True, on_behalf_of="prosecutors",
  content="further charges were \"not ruled out\"")
A(P15[:P15.index(", while warning")], "ufe", "said", False, content="it would pay for lawyers for any member who asked",
  note="'A statement from the players' union ... said': the statement as the medium, the union as the source")
A("while warning that low and late wages in the second division make players \"easy prey\" for organised crime",
  "ufe", "warning", False, partial_quote=True)
A(QC, "sergio_canete", "said", True, on_behalf_of="ufe",
  note="two-sentence quote before the cue; 'Nobody is excusing anyone' (negative)")
A(P16, "lpf", "says", False, content=P16[P16.index("it has reported"):-1])

# ------------------------------------------------------------------- hedges
H = g.hedge
H("charge", HEAD, "reported", note="headline: a charge is an allegation (police_murder_investigation's 'charged with')")
H("charged", "Prosecutors in Valencia have charged four players", "reported",
  note="the charge is a fact; the fixing by the charged is alleged")
H("alleges", P2, "reported", note="named source (the indictment); the verb marks an allegation")
H("could", P2C, "possible", note="conditional possibility ('If convicted'): the maximum sentence, a legal possibility")
H("allegedly", P3C, "reported", note="agentless hearsay, the writer's")
H("is believed to", "is believed to have recruited them through his nephew", "probable",
  note="inside the prosecutors' report")
H("appeared to", "Salvatierra appeared to let a weak shot slip under his body", "probable",
  note="the writer's own hedge on the goalkeeper's error")
H("confirm", P8, "certain", note="booster (documentary evidence; also the cue of the writer's stance s01)")
H("may", "the syndicate may also have approached players at two other clubs", "possible",
  note="the unnamed investigator's hedge")
H("could", "as many as 11 matches could eventually be included", "possible", note="the investigator's")
H("show", "emails between the LPF and the club show", "certain",
  note="booster (the newspaper's documentary evidence; stance s02)")
H("not ruled out", "further charges were \"not ruled out\"", "possible",
  note="the prosecutors' spokeswoman: further charges possible")

# ------------------------------------------------------------------ stances
g.stance("Data from Quantel Integrity, a London-based company that monitors betting markets for the LPF and several "
         "other European leagues, confirm that the matches drew unusual sums", "marta_ibanez", "endorses", "confirm",
         alt_targets=["integrity_unit", "prosecutors"],
         note="the writer's own judgement that the firm's data bear out the unusual betting described by the integrity "
              "unit's head ('money arriving in markets where no sensible bettor would put it') and behind the "
              "prosecutors' case; the data cover seven games but the firm's alerts only five (not disputed)")
g.stance("That claim is not supported by the records reviewed by this newspaper", "cd_turia", "disputes",
         "not supported by the records reviewed by this newspaper",
         note="the writer disputes the club's statement that it had known nothing of any irregularity until the "
              "arrests, on the newspaper's evidence (emails: the integrity unit warned the sporting director on "
              "March 20). 'Benlloch did not reply to requests for comment' is a non-statement")
g.stance("She offered no evidence for that account", "elena_garrigues", "disputes", "offered no evidence",
         note="the writer's judgement on the lawyer's explanation (public information), followed by the court "
              "documents' contrary detail (bets within minutes of messages to the players)")

# ------------------------------------------------------------------- events
V = g.event
V("match_fixing", "other", "2025-08/2026-06", "spain", {"matches": 7, "profit_eur": 1800000, "staked_eur": 4300000},
  [("syndicate", "perpetrator", {"source": "prosecutors", "certainty": "reported"}),
   ("syndicate_members", "perpetrator", {"source": "court_documents", "certainty": "reported"}),
   ("charged_players", "perpetrator", {"source": "court_documents", "certainty": "reported"}),
   ("iker_salvatierra", "perpetrator", {"certainty": "reported", "qualifier": "charged"}),
   ("iker_salvatierra", "perpetrator", {"source": "iker_salvatierra", "polarity": "negative",
                                        "qualifier": "denies the charges"}),
   ("ruben_talens", "perpetrator", {"certainty": "reported", "qualifier": "charged; allegedly a go-between"}),
   ("dani_escriva", "perpetrator", {"certainty": "reported", "qualifier": "charged"}),
   ("facundo_irazoqui", "perpetrator", {"certainty": "reported", "qualifier": "charged"}),
   ("tomas_ferrer", "perpetrator", {"source": "court_documents", "qualifier": "ran the network"}),
   ("tomas_ferrer", "funder", {"source": "prosecutors", "qualifier": "financed the payments to the players"}),
   ("tomas_ferrer", "perpetrator", {"source": "elena_garrigues", "polarity": "negative",
                                    "qualifier": "ran a lawful business (disputed by the writer)"}),
   ("adrian_ferrer", "perpetrator", {"certainty": "reported", "qualifier": "charged; recruiter (probable)"}),
   ("associates", "actor", {"source": "prosecutors", "certainty": "reported", "qualifier": "placed the bets"}),
   ("bookmakers", "venue", {"source": "prosecutors"}),
   ("cd_turia", "victim", {"source": "cd_turia", "qualifier": "'the first victim' (disputed by the writer)"}),
   ("cd_turia", "perpetrator", {"source": "cd_turia", "polarity": "negative",
                                "qualifier": "denied any institutional involvement"})],
  LEAD,
  subtype="fixing: second-division matches fixed for betting (players paid to concede goals or pick up yellow cards "
          "at agreed moments; no DESIGN word, 'fixing' leads)",
  place_alt=["valencia", "murcia", "sagunto"],
  note="'last season' = the 2025-26 season (about Aug. 2025 - June 2026); the first flagged match was last March "
       "(2026-03). Competing figures: the prosecutors' at least seven matches and no less than 1.8 million euros in "
       "profits (payments of 20,000-60,000 euros a game); Quantel's 4.3 million euros staked on the seven games, "
       "with alerts on only five; the investigator's as many as 11 matches (could). 'numbers' keep the prosecutors' "
       "count of matches and profits and Quantel's stakes",
  numbers_by_source=[
      {"source": "prosecutors", "numbers": {"matches": 7}, "qualifier": "at least",
       "evidence": "at least seven matches they say were fixed last season"},
      {"source": "prosecutors", "numbers": {"payment_per_game_eur_min": 20000, "payment_per_game_eur_max": 60000},
       "evidence": "paid the players between 20,000 and 60,000 euros a game"},
      {"source": "prosecutors", "numbers": {"profit_eur": 1800000}, "qualifier": "no less than",
       "evidence": "Prosecutors put the group's profits at no less than 1.8 million euros."},
      {"source": "quantel", "numbers": {"staked_eur": 4300000, "matches": 7, "matches_alerted": 5},
       "qualifier": "about; roughly six times the norm for a second-division fixture",
       "evidence": "Quantel said about 4.3 million euros had been staked on the seven games"},
      {"source": "civil_guard_investigator", "numbers": {"matches": 11}, "certainty": "possible",
       "qualifier": "as many as (could eventually be included)",
       "evidence": "as many as 11 matches could eventually be included"}])
V("charges_2026", "other", "2026-10-13", "valencia", {"charged": 10, "players_charged": 4,
                                                       "syndicate_members_charged": 6},
  [("prosecutors", "actor"), ("investigating_court", "venue"), ("charged_players", "defendant"),
   ("syndicate_members", "defendant"), ("iker_salvatierra", "defendant"), ("ruben_talens", "defendant"),
   ("dani_escriva", "defendant"), ("facundo_irazoqui", "defendant"), ("tomas_ferrer", "defendant"),
   ("adrian_ferrer", "defendant")],
  LEAD, subtype="charge: sports corruption (four players, six syndicate members; indictment lodged with an "
                "investigating court in Valencia)",
  source="court_documents",
  note="made public 'on Tuesday' = 2026-10-13 (the date of filing is not stated: at or before it). Further charges "
       "are 'not ruled out' (future, not an event)")
V("arrests_2026", "other", "2026-10-06", "valencia", {"arrested": 9, "cash_seized_eur": 240000},
  [("civil_guard_officers", "actor"), ("civil_guard", "actor"), ("arrested_nine", "target"),
   ("murcia_shop", "target", {"source": "residents", "qualifier": "searched for hours"})],
  P4, subtype="arrest: nine people in coordinated raids in Valencia and Murcia; about 240,000 euros in cash, phones "
              "and handwritten ledgers seized (raid)",
  source="civil_guard", place_alt=["murcia", "murcia_shop"],
  note="arrests and raids as one happening (type arrest, the raid in the subtype); two places: Valencia and Murcia")
V("salvatierra_suspension", "other", "2026-W41", None, {},
  [("cd_turia", "actor"), ("iker_salvatierra", "target")], P3,
  subtype="sanction: the club suspends its goalkeeper (after his arrest, implied)",
  note="'last week' = 2026-W41 (Oct. 5-11), the week of the arrests")
V("home_defeat_2026", "other", "2026-03", None, {"goals_conceded": 3},
  [("cd_turia", "target", {"qualifier": "lost 3-0 at home"}),
   ("iker_salvatierra", "actor", {"certainty": "probable", "qualifier": "appeared to let a weak shot slip under his "
                                                                       "body"})],
  "a 3-0 home defeat last March in which Salvatierra appeared to let a weak shot slip under his body",
  subtype="match: 3-0 home defeat flagged for suspicious betting (no DESIGN word; 'match' leads)",
  place_alt=["sagunto"],
  note="'last March' = 2026-03; the home ground is not named (the club is based in Sagunto); the opponent is not named")
V("integrity_flag_2026", "other", "2026-03", None, {},
  [("integrity_unit", "actor"), ("home_defeat_2026", "target")],
  "The integrity unit of the Liga Profesional de Fútbol (LPF), which runs Spain's top two divisions, flagged a 3-0 "
  "home defeat last March",
  subtype="alert: the league's integrity unit flags the match for abnormal betting (no DESIGN word; 'alert' leads)",
  note="'The case began with the league itself': the start of the criminal case")
V("referral_2026", "other", "2026-03/2026-05", None, {},
  [("integrity_unit", "actor"), ("prosecutors", "recipient")], "passed its findings to prosecutors weeks later",
  subtype="referral: the integrity unit passes its findings to prosecutors (no DESIGN word)",
  note="'weeks later' after the March match: about April 2026 (not stated)")
V("warning_2026_03_20", "other", "2026-03-20", None, {"matches": 2},
  [("integrity_unit", "actor"), ("pau_benlloch", "recipient"), ("cd_turia", "recipient"),
   ("this_newspaper", "responder", {"qualifier": "reviewed the emails"})],
  "the integrity unit warned Turia's sporting director, Pau Benlloch, about betting on two of its matches on March 20",
  subtype="warning: the integrity unit warns the club's sporting director about betting on two of its matches (no "
          "DESIGN word; 'warning' leads)",
  note="the writer's claim on the newspaper's evidence (emails); contradicts the club's statement that it knew nothing "
       "until the arrests (stance s02)")
V("renaming_2018", "renaming", "2018", None, {},
  [("camp_de_morvedre", "actor"), ("cd_turia", "result")],
  "which played as Unión Deportiva Camp de Morvedre until it was renamed in 2018",
  subtype="club renamed from Unión Deportiva Camp de Morvedre to CD Turia")
V("azahar_acquisition_2020", "other", "2020", None, {},
  [("grupo_azahar", "actor"), ("cd_turia", "target")], "was bought in 2020 by Grupo Azahar",
  subtype="acquisition: the property investor buys the club")
V("ban_2024", "other", "2024", None, {"ban_months": 3, "fine_eur": 6000},
  [("disciplinary_committee", "actor", {"qualifier": "implied ('no stranger to')"}),
   ("iker_salvatierra", "target"), ("iker_salvatierra", "payer")],
  "two years ago he was banned for three months and fined 6,000 euros for betting on matches abroad",
  subtype="sanction: three-month ban and fine of 6,000 euros for betting on matches abroad (against league rules)",
  note="'two years ago' from 2026-10-14 = 2024")
V("ferrer_fine_2019", "other", "2019", "murcia", {},
  [("tomas_ferrer", "target"), ("tomas_ferrer", "payer")],
  "Ferrer was fined in 2019 for operating unlicensed betting terminals in Murcia",
  subtype="sanction: fine for operating unlicensed betting terminals (who fined him and how much not stated)",
  source="court_documents")
V("approach_other_clubs", "other", None, None, {"clubs": 2},
  [("syndicate", "actor", {"source": "civil_guard_investigator", "certainty": "possible"}),
   ("other_club_players", "target", {"source": "civil_guard_investigator", "certainty": "possible"}),
   ("other_clubs", "target", {"source": "civil_guard_investigator", "certainty": "possible"})],
  "the syndicate may also have approached players at two other clubs",
  subtype="recruitment: the syndicate may have approached players at two other clubs (no DESIGN word)",
  source="civil_guard_investigator", certainty="possible", note="date not stated (hedged: 'may')")

# ------------------------------------------------------------------ timexes
T = g.timex
T("Oct. 14, 2026", "2026-10-14", function="publication_date")
T("last season", "2025-08/2026-06", alt_values=["2025/2026"],
  note="the 2025-26 football season (Spanish second division: about August to June); anchor 2026-10-14, early in "
       "the 2026-27 season")
T("Tuesday", "2026-10-13", ctx="made public on Tuesday")
T("four years", "P4Y", type="duration", mod="EQUAL_OR_LESS", note="'up to four years in prison'")
T("last week", "2026-W41", note="the week before the week of 2026-10-14 (ISO week 42)")
T("Oct. 6", "2026-10-06")
T("hours", "PTXH", type="duration", ctx="spent hours inside")
T("2017", "2017", signal="until", note="'played in Turia's youth teams until 2017'")
T("last March", "2026-03", note="the March before the October publication")
T("weeks", "PXW", ctx="weeks later", type="duration", note="'weeks later' after the March match")
T("2022", "2022", signal="since", note="'has led the unit since 2022' (2022/..)")
T("2018", "2018", signal="until", note="'until it was renamed in 2018'")
T("March 20", "2026-03-20", note="year from context (the emails about last season's matches)")
T("2020", "2020")
T("Tuesday", "2026-10-13", ctx="reporters on Tuesday")
T("2021", "2021", signal="since", note="'has kept goal for Turia since 2021' (2021/..)")
T("two years ago", "2024", anchor="2026-10-14")
T("three months", "P3M", type="duration", ctx="banned for three months")
T("minutes", "PTXM", type="duration", ctx="within minutes", note="'within minutes of messages to the players'")
T("2019", "2019")
T("Monday", "2026-10-12")
T("three months", "P3M", type="duration", ctx="pays you three months late",
  note="in Cañete's quote: generic (a hypothetical delay), kept as a duration")
T("the past two seasons", "P2Y", type="duration", alt_values=["2024-08/2026-06"],
  note="two football seasons up to the publication (2024-25 and 2025-26), approximated as two years")

# ------------------------------------------------------------------- notes
g.notes += [
    "FICTIONAL dev document (own wording), written for benchmarks/devset and annotated by hand before any claimgraph "
    "run: CD Turia (and its former name Unión Deportiva Camp de Morvedre), Racing del Prado, the Liga Profesional de "
    "Fútbol (LPF) and its integrity unit and disciplinary committee, Quantel Integrity, Grupo Azahar, Apuestas "
    "Segura, Ferrer Ocio, the Unión de Futbolistas de España (UFE), the syndicate, Iker Salvatierra, Rubén Talens, "
    "Dani Escrivà, Facundo Irazoqui, Tomás Ferrer Lozano, Adrián Ferrer, Marta Ibáñez Collado, Pau Benlloch, Vicente "
    "Roig Mascarell, Jaume Ortí, Elena Garrigues, Lucía Marco, Sergio Cañete, the matches, the charges, the arrests and "
    "the earlier sanctions are invented; Valencia, Murcia, Sagunto, Spain, Montevideo, Uruguay, London and Asia are "
    "real places; Spain's Civil Guard and the public prosecutor's office in Valencia are real kinds of bodies, but every "
    "statement and action attributed to them is fictional. errors: none (the checkable background is correct: "
    "Sagunto lies north of Valencia; Montevideo is Uruguay's capital; sports corruption is a crime in Spain punishable "
    "by up to four years in prison).",
    "published = dateline 2026-10-14 (Wednesday): 'Tuesday' (x2) = 2026-10-13 (court documents made public; Roig to "
    "reporters); 'Monday' = 2026-10-12 (the union's statement); 'Oct. 6' = 2026-10-06 (arrests, a Tuesday); 'last "
    "week' = 2026-W41 (the suspension, the week of the arrests); 'last March' and 'March 20' = 2026 (last season's "
    "matches); 'last season' = the 2025-26 season (interval 2025-08/2026-06, alt 2025/2026); 'two years ago' = 2024; "
    "'since 2022', 'since 2021' (open intervals), 'until 2017', 'until ... 2018', 'in 2020', 'in 2019' as years; "
    "'the past two seasons' = P2Y (alt 2024-08/2026-06).",
    "Not timexes: ages ('31-year-old', '52-year-old': kept as born_on intervals, implicit), 'a game' (rate), 'week "
    "after week' (a set, in Ibáñez's quote), 'eventually', 'in his life', 'on time', 'late', 'at agreed moments'. "
    "'hours' (spent hours inside), 'weeks' (weeks later), 'minutes' (within minutes) and the two 'three months' are "
    "durations.",
    "Aliases: 'CD Turia' / 'Turia' / 'the club' / 'The club'; former name 'Unión Deportiva Camp de Morvedre' (own "
    "entity + renamed_to 2018 + a renaming event); 'Liga Profesional de Fútbol (LPF)' - acronym in brackets - then "
    "'LPF' and 'the league'; 'Unión de Futbolistas de España (UFE)' with 'the players' union' / 'the union'; 'Quantel "
    "Integrity' then 'Quantel'; the syndicate has no proper name: 'a betting ring' (headline), 'a betting syndicate', "
    "'the syndicate', \"the group's profits\", 'the network'. The prosecutors: 'Spanish prosecutors', 'Prosecutors in "
    "Valencia', 'Prosecutors', 'prosecutors', \"the Valencia prosecutor's office\" (one descriptive entity; 'they say' "
    "and 'The indictment' are theirs). 'police said' is read as the Civil Guard. Persons named in full then by "
    "surname: Salvatierra ('Iker' in his lawyer's quote), Talens, Ferrer (also inside 'Adrián Ferrer' and 'Ferrer "
    "Ocio'), Benlloch, Roig. Groups declared because they are referred to only so: the four charged players, the six "
    "syndicate members, all ten accused ('the accused', 'those charged'), the nine arrested (overlap with the charged "
    "not stated), the associates who placed bets.",
    "Roles: 'the club's 31-year-old first-choice goalkeeper' and 'who has kept goal for Turia since 2021' -> two "
    "holds_position (one relation per claim); 'the defender' / 'the midfielder' / 'a Uruguayan forward on loan from "
    "...' -> holds_position at Turia (implicit, from 'four players from ... CD Turia') and member_of the parent club; "
    "'Turia's sporting director'; 'whose chairman, Vicente Roig Mascarell, is also Turia's president' -> two "
    "holds_position; 'A spokeswoman for the Valencia prosecutor's office'; 'the union's president'; 'who has led the "
    "unit since 2022' -> leader_of (time 2022/..); 'a former Civil Guard officer' -> member_of with qualifier former; "
    "'His lawyer' / \"Ferrer's lawyer\" -> works_with, role lawyer; 'a former second-division defender' (Cañete) has "
    "no organization and gives no relation.",
    "Ownership and family: 'who owns a chain of betting shops, Apuestas Segura, through his family's leisure company, "
    "Ferrer Ocio' -> Ferrer controls Apuestas Segura (owner), Apuestas Segura part_of Ferrer Ocio (held through it: "
    "subsidiary -> part_of, alt controls), the family controls Ferrer Ocio, Ferrer member_of the family; 'his nephew, "
    "Adrián Ferrer' -> member_of the family (kinship has no predicate; qualifier nephew). Grupo Azahar controls the "
    "club since 2020 ('was bought in 2020 by'). Quantel 'monitors betting markets for the LPF and several other "
    "European leagues' -> works_with (client).",
    "Attributions: the lead's 'according to court documents' (the documents as a descriptive source, as "
    "police_murder_investigation's 'court records'), and 'they say' (the prosecutors) inside it; 'The indictment ... "
    "alleges' (the prosecutors' filing); 'Prosecutors put the group's profits at'; 'police said' (Civil Guard, after "
    "the content); 'Residents said'; 'According to the court documents'; 'Prosecutors say'; Ibáñez's quote continued "
    "over a second sentence after the attribution (continuation=True); 'Data from Quantel ... confirm' and 'Quantel "
    "said'; the unnamed investigator (indirect, then a two-sentence quote before 'the investigator said'); the club "
    "('denied', negative; 'In a statement, the club said', partial quote); 'emails ... show' (the newspaper's own "
    "records: source author); Roig ('told', on behalf of the club); Salvatierra ('denies', negative); Ortí's "
    "colon-introduced quote ('put it plainly:'); Garrigues (partial quote, on behalf of Ferrer); 'the court documents "
    "say'; 'according to the same documents'; Lucía Marco (partial quote, on behalf of the prosecutors); 'A statement "
    "from the players' union ... said' and 'while warning' (partial quote); Cañete's two-sentence quote before the cue; "
    "'The LPF says'. Non-statements without attribution: 'Benlloch did not reply to requests for comment'. The "
    "narrative of the case's start (paragraph 6) is the writer's.",
    "Certainty per source: plain statements of named or descriptive sources are 'certain' for that source. A charge is "
    "an allegation: the perpetrated relations from the headline, the lead and 'Among those charged' / 'The others' / "
    "'Both men are among the six ... charged' are 'reported' with author_stance neutral ('charge', 'charged' as "
    "hedges, police_murder_investigation). 'alleges' (named source, the indictment) and 'allegedly' (agentless) = "
    "reported; 'is believed to' (inside the prosecutors' report) and 'appeared to' (the writer's) = probable; 'may' "
    "and 'could' (the investigator), 'could face' (conditional, 'If convicted') and 'not ruled out' (the spokeswoman) = "
    "possible; 'confirm' and 'show' are boosters. Approximators and bounds ('at least', 'no less than', 'about', "
    "'roughly', 'as many as', 'up to', 'most of them') are not hedges. 'would join', 'would pay', 'will prove' are "
    "intentions, not hedges. 'denied', 'denies', 'never sold', 'had known nothing', 'Nobody is excusing' are polarity.",
    "The writer's own stances: 'Data from Quantel Integrity ... confirm that the matches drew unusual sums' (endorses "
    "the integrity unit head's account of abnormal betting, alt the integrity unit / the prosecutors); 'That claim is "
    "not supported by the records reviewed by this newspaper' (disputes the club's statement that it knew nothing until "
    "the arrests; evidence: the March 20 warning in the emails); 'She offered no evidence for that account' (disputes "
    "Ferrer's lawyer). The club's 'denied any institutional involvement', the goalkeeper's 'denies the charges' and his "
    "lawyer's 'never sold a match' are sources' denials, not author stances; the writer takes no side on the players' "
    "guilt. 'The goalkeeper is no stranger to the league's disciplinary committee' is the writer's background (an "
    "earlier sanction), not a judgement of a claim.",
    "Competing figures, all in the fixing event's numbers_by_source: the prosecutors' at least seven matches, "
    "20,000-60,000 euros a game to the players and no less than 1.8 million euros in profits; Quantel's about 4.3 "
    "million euros staked on the seven games (roughly six times the norm) with automated alerts on only five; the "
    "investigator's as many as 11 matches (could); the emails' two matches (the March 20 warning event). Arrests: nine "
    "people (the Civil Guard) vs ten charged (four players and six syndicate members): different counts of different "
    "acts, not a contradiction. The LPF's 14 suspicious matches over two seasons is a general figure (the LPF's "
    "attribution only: reporting matches to the authorities, the league's emails to the club and placing bets with "
    "bookmakers give no relation).",
    "Relations with no exact predicate, nearest kept and flagged ambiguous: arrests and a search (targeted with a "
    "qualifier, police_murder_investigation), a club suspension and a disciplinary ban (targeted, as mining's licence "
    "suspension), payments to players (funded), approaching players (recruited, possible), a go-between (works_with, "
    "reported: 'allegedly'), the league's referral to the prosecutors (works_with), legal aid by the union (supported, alt "
    "funded), the club as 'the first victim' (the syndicate targeted the club, source the club, disputed). Containment: "
    "Valencia, Murcia, Sagunto in Spain (dateline / world knowledge), the court and the prosecutors in Valencia, the "
    "syndicate run from Murcia, the club based in Sagunto, Sagunto 'north of Valencia' (located_in, ambiguous: "
    "relative position, in the province), Racing del Prado in Montevideo, Montevideo in Uruguay (implicit), Quantel in "
    "London, Grupo Azahar in Valencia; demonyms 'Spanish' (prosecutors located_in Spain, implicit) and 'Uruguayan' "
    "(citizen_of Uruguay, an implicit entity).",
    "Event types: validate_gold.py's list is followed; DESIGN types it lacks are 'other' with the DESIGN word leading "
    "the subtype: charge (2026-10-13), arrest (Oct. 6, with the raids), sanction (the club's suspension of its "
    "goalkeeper, his 2024 ban, Ferrer's 2019 fine), acquisition (2020); 'renaming' (2018) is a validator type; "
    "happenings with no DESIGN word lead with their own word (fixing, match, alert, referral, warning, recruitment). "
    "Future or unstated happenings are not events: further charges ('not ruled out'), a trial and the possible prison "
    "terms, the club joining the case, the union paying for lawyers, Ortí's 'He will prove that'. The criminal case "
    "('The case', 'the case') is an Event entity without a record. The seven fixed matches are one fixing event (the "
    "flagged 3-0 home defeat is its own dated event); the earlier betting on matches abroad is the reason for the 2024 "
    "ban, not an event of its own.",
    "Entity hard cases: 'the dressing room' (Talens's go-between role) is metonymic for the team and not declared; "
    "'the same players' (Ibáñez) and 'They' (the investigator's quote = the syndicate) are not linked as mentions; "
    "'a judge' (Ortí), 'a club' and 'someone else' (Cañete), 'players' and 'organised crime' (the union) are generic; "
    "'the markets', 'betting markets', 'unlicensed betting terminals', 'the records' / 'emails' and 'The indictment' "
    "are things or documents, not entities; 'reporters' not declared (as in the rest of the set); 'Wire' (dateline) "
    "not declared.",
    "cross_doc: not applicable (unrelated domain).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
