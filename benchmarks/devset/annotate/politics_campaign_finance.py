#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for
benchmarks/devset/docs/politics_campaign_finance.txt -> benchmarks/devset/gold/politics_campaign_finance.json

Fictional politics/campaign-finance investigation: Chile's electoral service (Servicio Electoral, Servel; 'the
electoral service') fines a regional party (Partido Fuerza Regional, PFR, 'Fuerza Regional', 'the party') founded by a
deputy-elect (Tomás Echenique) 86 million pesos for campaign money from last November's parliamentary election that
appears to have come from a construction company (Constructora Pangal, controlled by the magnate Armando Cifuentes)
through a shell consultancy (Asesorías Quillay SpA) owned by his nephew; the Valparaíso regional prosecutor's office
opens a criminal investigation; company filings reviewed by the newspaper ('According to', 'the filings show'); the
party's spokeswoman denies any wrongdoing in a quote continued over two sentences, which the writer disputes ('a claim
not supported by Servel's own records'); the party's treasurer (a former finance manager of the builder) gives a lower
figure; two people familiar with the party's accounts (unnamed plural source, 'one of them') give a higher one and an
'allegedly'; a fictional watchdog (Vigía Electoral) whose figure the writer endorses ('as the filings confirm');
competing amounts (Servel 412m, Vigía 612m, the sources ~700m, the treasurer 95m; Pangal paid Quillay 640m); straw
donors; the builder's statement; the deputy-elect's 'never met'.  Built with the shared goldlib; events follow the
shared validator's list like labour_port_strike and tech_health_data_breach (a DESIGN type it lacks is 'other' with
the DESIGN word leading the subtype)."""
from pathlib import Path

HERE = Path(__file__).resolve()
DEVSET = HERE.parents[1]                    # benchmarks/devset

from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "politics_campaign_finance"
PUB = "2026-02-04"  # published Wednesday, Feb. 4, 2026 (the dateline 'SANTIAGO —' carries no date)
g = Gold(DEVSET / "docs" / f"{NAME}.txt", PUB)

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("santiago", "Location", ["SANTIAGO", "Santiago"], ["the capital"],
  note="dateline; 'a Santiago-based watchdog'; 'the capital' in the party's words ('what it calls the capital's "
       "neglect of the regions')")
E("chile", "Location", ["Chile", "Chilean"], ["the country"],
  note="'Chile' x4 (incl. \"Chile's electoral service\", 'in Chile since 2016'); 'Chilean' x2 (headline 'Chilean "
       "party', 'Under Chilean law'); \"the country's elections court\"")
E("valparaiso_region", "Location", ["Valparaíso region"],
  note="'one of the largest builders in the Valparaíso region'; the adjective in 'Valparaíso regional prosecutor's "
       "office' is the same region. 'Valparaíso' alone is the city")
E("valparaiso", "Location", ["Valparaíso"],
  note="the city (seat of Congress): 'a new seafront development in Valparaíso', 'told reporters in Valparaíso'; the "
       "string is also inside 'the Valparaíso region' and the prosecutor's office's name")
E("vina_del_mar", "Location", ["Viña del Mar"])
E("regions", "Location", ["the regions"], generic=True, name_kind="descriptive",
  note="Chile's regions outside the capital, in the party's words")
E("quillay_flat", "Location", ["a flat in Viña del Mar"], name_kind="descriptive",
  note="facility: Quillay's registered address")
E("coastal_road", "Location", ["a coastal road north of Viña del Mar"], name_kind="descriptive",
  note="facility (a road); its widening is one of Pangal's public works contracts")
E("seafront", "Location", ["a new seafront development in Valparaíso"], name_kind="descriptive",
  note="a planned facility (project) for which Pangal is expected to bid")

# organizations
E("pfr", "Organization", ["Partido Fuerza Regional", "PFR", "Fuerza Regional"],
  ["the party founded by deputy-elect Tomás Echenique", "Chilean party", "the party", "The party",
   "a political party"], fictional=True,
  note="full name with the acronym in brackets, then 'PFR' x4 (incl. \"the PFR's campaign\"), 'Fuerza Regional' in "
       "the spokeswoman's quote; 'the party' x11 (incl. \"the party's treasurer\" x2, \"the party's spokeswoman\", \"the "
       "party's accounts\", 'gave the legal maximum to the party', 'wrote to the party', 'filed with the party'), 'The "
       "party' x3; 'Chilean party' in the headline; 'a political party' in the prosecutors' quote (they do not name it; "
       "the PFR by context); 'we' in Benavente's quote; 'it calls' (last paragraph)")
E("servel", "Organization", ["Servicio Electoral", "Servel"], ["Chile's electoral service", "the electoral service"],
  note="real Chilean electoral authority; every statement and action attributed to it here is fictional. 'Servel' x6 "
       "(incl. \"Servel's resolution\", \"Servel's own records\", 'declared to Servel' in a quote, 'a complaint to "
       "Servel'); \"The electoral service's board\" is its board (separate entity); 'It does not name' = the resolution")
E("servel_board", "Organization", ["The electoral service's board"], name_kind="descriptive",
  note="Servel's governing board (Consejo Directivo, not named)")
E("public_prosecutor", "Organization", ["Public Prosecutor's Office"],
  note="Chile's Ministerio Público (real); the referral is fictional")
E("valparaiso_prosecutor", "Organization", ["Valparaíso regional prosecutor's office"], ["prosecutors", "The office"],
  note="real office (Fiscalía Regional de Valparaíso); statements fictional. 'prosecutors' in the headline ('prosecutors "
       "open inquiry'), the lead ('prosecutors said on Tuesday') and Echenique's 'would cooperate with prosecutors'; "
       "'one of its prosecutors' is Ferrada's title")
E("chamber_of_deputies", "Organization", ["Chamber of Deputies"], ["the 155-member chamber"],
  note="real lower house of Chile's Congress")
E("elections_court", "Organization", ["the country's elections court"], name_kind="descriptive",
  canonical_name="Tribunal Calificador de Elecciones",
  note="real court, not named; 'challenge the penalty in court' is a generic court (not linked)")
E("constructora_pangal", "Organization", ["Constructora Pangal", "Pangal"],
  ["a construction company", "the company", "one of the largest builders in the Valparaíso region"], fictional=True,
  note="'Pangal' x7 (incl. 'Constructora Pangal' x4, 'worked for Pangal', 'Pangal has won'); 'the company' x3 (\"the "
       "company's founder\" in the lead, 'the company \"does not finance', 'for which the company is expected to "
       "bid'); 'its payments to Quillay'")
E("quillay", "Organization", ["Asesorías Quillay SpA", "Quillay"],
  ["a shell firm owned by a relative of the company's founder",
   "a consultancy registered last March at a flat in Viña del Mar with no listed employees", "builder's family firm"],
  fictional=True,
  note="'Quillay' x6 (incl. the full name); 'Its sole owner'; 'its invoices' (the invoices Quillay issued to Pangal); "
       "'builder's family firm' in the headline. 'shell firm' is the writer's own label (lead)")
E("cifuentes_family", "Organization", ["builder's family"], name_kind="descriptive",
  note="headline: the family of the builder (Armando Cifuentes), which includes his nephew Matías; kinship has no "
       "predicate (member_of the family, as aviation_crash_inquiry)")
E("vigia", "Organization", ["Vigía Electoral", "Vigía"],
  ["a Santiago-based watchdog that compares parties' declared income with public company records"], fictional=True,
  note="'It put' = Vigía; \"Vigía's director\"")
E("filings", "Organization", ["company filings reviewed by this newspaper"], ["the filings"], name_kind="descriptive",
  note="documentary source (as 'documents seen by this newspaper' in maritime_tanker_sanctions), typed Organization "
       "as sources are; 'the filings show', 'as the filings confirm'")
E("this_newspaper", "Organization", ["this newspaper"], name_kind="descriptive",
  note="the writer's outlet (only inside the filings' designation)")
E("servel_legal_entity", "Organization", ["a legal entity"], unnamed=True, name_kind="descriptive",
  note="Servel's resolution: the unnamed legal entity that 'appears to have' financed the campaign (the resolution "
       "'does not name Constructora Pangal'); plausibly Pangal or Quillay, not linked")
E("suspect_company", "Organization", ["at least one company"], unnamed=True, name_kind="descriptive",
  note="in the prosecutors' quote; not identified (Pangal or Quillay plausibly)")
E("printers", "Organization", ["printers"], unnamed=True, name_kind="descriptive",
  note="'printers, radio stations and a polling firm that worked on the PFR's campaign' (paid by Quillay)")
E("radio_stations", "Organization", ["radio stations"], unnamed=True, name_kind="descriptive")
E("polling_firm", "Organization", ["a polling firm"], unnamed=True, name_kind="descriptive")
E("campaign_suppliers", "Organization", ["the campaign's suppliers"], unnamed=True, name_kind="descriptive",
  note="collective: the printers, radio stations and polling firm of paragraph 4 (one of the two sources' words)")
E("regional_council", "Organization", [], implicit=True, canonical_name="regional council",
  note="only in 'As a regional councillor': the council Echenique sat on (region not stated; Valparaíso by context)")
E("sqm", "Organization", ["SQM"], note="real company; only as the modifier in 'the SQM and Penta scandals' (quote)")
E("penta", "Organization", ["Penta"], note="real business group; only in 'the SQM and Penta scandals' (quote)")

# people
E("tomas_echenique", "Person", ["Tomás Echenique", "Echenique"], ["deputy-elect", "a regional councillor"],
  fictional=True,
  note="'Echenique' x4 (incl. the full name); 'he had \"never met\"', 'He said'; 'deputy-elect' in the lead")
E("armando_cifuentes", "Person", ["Armando Cifuentes"],
  ["the company's founder", "the construction magnate who controls Constructora Pangal"], fictional=True,
  note="'a relative of the company's founder' (lead) - the founder is Armando (named in paragraph 3); 'builder' in the "
       "headline ('builder's family firm') may be him or the company, not listed")
E("matias_cifuentes", "Person", ["Matías Cifuentes"],
  ["a relative of the company's founder", "a nephew of Armando Cifuentes", "Its sole owner"], fictional=True,
  note="x4; aged 29")
E("hector_salgado", "Person", ["Héctor Salgado", "Salgado"],
  ["the party's treasurer", "the finance manager of Constructora Pangal"], fictional=True,
  note="'Salgado' x3 (incl. the full name); 'the party's treasurer' x2; 'he was', 'he filed'")
E("carla_benavente", "Person", ["Carla Benavente"], ["the party's spokeswoman"], fictional=True)
E("paula_ferrada", "Person", ["Paula Ferrada"], ["one of its prosecutors"], fictional=True)
E("fernanda_urrutia", "Person", ["Fernanda Urrutia"], ["Vigía's director"], fictional=True)
E("straw_donors", "Person", ["31 people who then gave the legal maximum to the party"], unnamed=True,
  name_kind="descriptive", note="the individual donors who received 'smaller sums' from Quillay")
E("pangal_employee_donors", "Person", ["At least 19 of them"], unnamed=True, name_kind="descriptive",
  note="the straw donors who worked for Pangal")
E("two_people", "Person", ["Two people familiar with the party's accounts"], unnamed=True, name_kind="descriptive")
E("one_of_two", "Person", ["one of them"], unnamed=True, name_kind="descriptive",
  note="one of the two people familiar with the party's accounts (source of the 'allegedly' sentence)")
E("linked_people", "Person", ["people linked to a political party"], unnamed=True, name_kind="descriptive",
  note="in the prosecutors' quote: the investigation's unnamed subjects ('did not name any suspects')")

# events
E("servel_fine", "Event", [], ["the fine", "the penalty"],
  note="'has fined' (lead), 'fined' (headline) are verbs; 'to impose the fine', 'challenge the penalty in court', "
       "'would challenge the fine'")
E("servel_resolution", "Event", [], ["a resolution", "Servel's resolution", "the resolution"],
  note="the published decision (a publication): 'in a resolution published on Monday', \"Servel's resolution says\", "
       "'according to the resolution'; 'It does not name' = the resolution")
E("servel_referral", "Event", [], note="clausal: 'to refer the case to the Public Prosecutor's Office'")
E("prosecutor_investigation", "Event", [], ["a criminal investigation", "an investigation", "inquiry"],
  note="'prosecutors open inquiry' (headline), 'had opened a criminal investigation' (lead), 'would lead an "
       "investigation' (paragraph 7)")
E("campaign_financing", "Event", [], ["illegal political financing", "The payments", "the case",
                                       "disguised corporate financing"],
  note="the routing of money from Pangal through Quillay (and straw donors) into the PFR's campaign: 'suspected "
       "illegal political financing' (prosecutors), 'refer the case', 'The payments were first flagged', 'the largest "
       "case of disguised corporate financing' (Urrutia). 'campaign money' is the money, not the event")
E("tax_fraud", "Event", [], ["tax fraud"],
  note="the second suspected offence named by the prosecutors; no event record (no date, content not described)")
E("pangal_payments", "Event", [], ["its payments to Quillay"],
  note="'Constructora Pangal paid Quillay about 640 million pesos' (the filings); 'its payments to Quillay' (Pangal)")
E("quillay_registration", "Event", [], note="clausal: 'registered last March at a flat in Viña del Mar'")
E("pfr_campaign", "Event", [], ["the campaign for last November's parliamentary election", "the PFR's campaign",
                                 "the campaign"],
  note="the party's election campaign, the frame of campaign_financing (no event record of its own: its period is "
       "not stated)")
E("election_2025", "Event", [], ["last November's parliamentary election"],
  note="Chile's parliamentary election of Nov. 16, 2025 (real date); 'won a seat ... on Nov. 16', 'won four seats "
       "... in November'")
E("vigia_complaint", "Event", [], ["a complaint to Servel"])
E("servel_query", "Event", [], note="clausal: 'the electoral service wrote to the party in December asking it to "
                                    "explain 27 of the donations'")
E("pfr_reply", "Event", [], note="clausal: 'The party replied in January'")
E("salgado_introduction", "Event", [], note="clausal: 'Salgado allegedly introduced Matías Cifuentes to the "
                                            "campaign's suppliers last April'")
E("pfr_founding", "Event", [], note="clausal: 'who founded the PFR in 2019'; also 'the party founded by'")
E("pangal_contracts", "Event", [], note="clausal: 'Pangal has won public works contracts worth more than 30 billion "
                                        "pesos since 2020'")
E("road_widening", "Event", [], ["the widening of a coastal road north of Viña del Mar"],
  note="one of the contracts (no record of its own: undated, part of pangal_contracts)")
E("sqm_penta_scandals", "Event", [], ["the SQM and Penta scandals"],
  note="real earlier campaign-finance cases (2014-2015), two cases under one phrase in Urrutia's quote; no record "
       "(undated in the text)")
E("swearing_in", "Event", [], note="clausal: 'Echenique is due to be sworn in on March 11' (scheduled, future: no "
                                   "event record)")

# ----------------------------------------------------------------- relations
R = g.rel
HEAD = "Chilean party fined over campaign money routed through builder's family firm; prosecutors open inquiry"
R("servel", "targeted", "pfr", "Chilean party fined", implicit=True, ambiguous=True, qualifier="fine",
  time="2026-02-02", note="headline: the fining body is not named there (Servel, in the lead); a fine has no exact "
                          "predicate: 'targeted' as in business_bank_fraud_settlement / tech_health_data_breach")
R("pfr", "located_in", "chile", "Chilean party", note="demonym (as 'The Dutch Data Protection Authority')")
R("quillay", "funded", "pfr", "campaign money routed through builder's family firm", ambiguous=True,
  alt_objects=["pfr_campaign"], qualifier="intermediary: campaign money routed through it",
  note="headline (the writer's, unhedged there; the lead hedges the origin with 'appears to have')")
R("cifuentes_family", "controls", "quillay", "builder's family firm", ambiguous=True, qualifier="family firm (owner)",
  note="the family's firm (owned by the nephew, paragraph 3)")
LEAD = ("Chile's electoral service has fined Partido Fuerza Regional (PFR), the party founded by deputy-elect Tomás "
        "Echenique, 86 million pesos for accepting campaign money that appears to have come from a construction "
        "company through a shell firm owned by a relative of the company's founder, and prosecutors said on Tuesday "
        "that they had opened a criminal investigation.")
LEAD_FINE = LEAD[:LEAD.index(", and prosecutors")]
R("servel", "targeted", "pfr", LEAD_FINE, ambiguous=True, qualifier="fine of 86 million pesos", time="2026-02-02",
  note="the writer's statement (no reporting verb for the fine)")
R("servel", "located_in", "chile", "Chile's electoral service", alt_predicates=["part_of"],
  note="the national electoral authority ('Chile's')")
R("tomas_echenique", "founded", "pfr", "the party founded by deputy-elect Tomás Echenique")
R("tomas_echenique", "holds_position", "chamber_of_deputies", "deputy-elect Tomás Echenique", role="deputy-elect",
  implicit=True, time="2025-11-16/2026-03-11",
  note="title only; the chamber is named in paragraph 15 (won a seat on Nov. 16, sworn in March 11)")
R("constructora_pangal", "funded", "pfr",
  "accepting campaign money that appears to have come from a construction company through a shell firm",
  certainty="probable", certainty_cue="appears to have", alt_objects=["pfr_campaign"],
  qualifier="indirectly, through a shell firm (Quillay)",
  note="the writer's own hedged claim (author, probable -> endorses); 'a construction company' = Pangal (named in "
       "paragraph 3)")
R("quillay", "funded", "pfr",
  "campaign money that appears to have come from a construction company through a shell firm owned by a relative",
  certainty="probable", certainty_cue="appears to have", alt_objects=["pfr_campaign"],
  qualifier="intermediary ('through a shell firm')", ambiguous=True,
  note="the hedge scopes over the whole route; Quillay is the 'shell firm' (paragraph 3)")
R("matias_cifuentes", "controls", "quillay", "a shell firm owned by a relative of the company's founder",
  qualifier="owner", note="'a relative of the company's founder' = Matías Cifuentes (paragraph 3)")
R("armando_cifuentes", "founded", "constructora_pangal", "the company's founder",
  note="'the company' = the construction company (Pangal); the founder is Armando Cifuentes ('the construction magnate "
       "who controls Constructora Pangal'); identification by context")
R("matias_cifuentes", "member_of", "cifuentes_family", "a relative of the company's founder", implicit=True,
  ambiguous=True, note="kinship has no predicate; member_of the family (aviation_crash_inquiry convention)")
P2 = ("The Servicio Electoral (Servel) said in a resolution published on Monday that the party had taken in at least "
      "412 million pesos (about $450,000) that \"cannot be traced to lawful donors\" during the campaign for last "
      "November's parliamentary election.")
R("pfr_campaign", "part_of", "election_2025", "the campaign for last November's parliamentary election",
  ambiguous=True, note="the party's campaign for that election")
P2B = "Companies have been barred from financing political campaigns in Chile since 2016."
P3 = ("According to company filings reviewed by this newspaper, much of the money passed through Asesorías Quillay "
      "SpA, a consultancy registered last March at a flat in Viña del Mar with no listed employees.")
R("quillay", "funded", "pfr", "much of the money passed through Asesorías Quillay SpA", source="filings",
  ambiguous=True, alt_objects=["pfr_campaign"], qualifier="intermediary ('passed through')")
R("quillay", "located_in", "quillay_flat", "a consultancy registered last March at a flat in Viña del Mar",
  source="filings", qualifier="registered address", time="2025-03/..")
R("quillay_flat", "located_in", "vina_del_mar", "a flat in Viña del Mar")
P3B = ("Its sole owner is Matías Cifuentes, 29, a nephew of Armando Cifuentes, the construction magnate who controls "
       "Constructora Pangal, one of the largest builders in the Valparaíso region.")
R("matias_cifuentes", "controls", "quillay", "Its sole owner is Matías Cifuentes", qualifier="sole owner (100%)",
  note="the writer's statement after the filings' sentence (read as author; it plausibly comes from the same "
       "filings)")
R("matias_cifuentes", "member_of", "cifuentes_family", "a nephew of Armando Cifuentes", implicit=True,
  ambiguous=True, qualifier="nephew of Armando Cifuentes", note="kinship has no predicate")
R("armando_cifuentes", "member_of", "cifuentes_family", "a nephew of Armando Cifuentes", implicit=True,
  ambiguous=True, note="the builder of 'builder's family firm'; kinship has no predicate")
R("armando_cifuentes", "controls", "constructora_pangal",
  "Armando Cifuentes, the construction magnate who controls Constructora Pangal", alt_predicates=["leader_of"],
  qualifier="controls (owner)")
R("constructora_pangal", "located_in", "valparaiso_region", "one of the largest builders in the Valparaíso region",
  ambiguous=True, qualifier="operates in (a builder of the region)")
R("vina_del_mar", "located_in", "valparaiso_region", "Viña del Mar", implicit=True, occ=0)
R("valparaiso", "located_in", "valparaiso_region", "a new seafront development in Valparaíso", implicit=True,
  note="the city in its region (not stated)")
R("valparaiso_region", "located_in", "chile", "the Valparaíso region", implicit=True, occ=0)
R("santiago", "located_in", "chile", "a Santiago-based watchdog", implicit=True)
P4 = ("Between April and October, Constructora Pangal paid Quillay about 640 million pesos for what its invoices "
      "describe as \"engineering advice\", the filings show.")
R("constructora_pangal", "funded", "quillay", "Constructora Pangal paid Quillay about 640 million pesos",
  source="filings", ambiguous=True, alt_predicates=["works_with"], time="2025-04/2025-10",
  qualifier="payments of about 640 million pesos for invoiced 'engineering advice'",
  note="payments for (invoiced) services: funded with alt works_with")
R("constructora_pangal", "works_with", "quillay", "for what its invoices describe as \"engineering advice\"",
  source="quillay", qualifier="client for 'engineering advice' (as invoiced)", ambiguous=True,
  note="the invoices are Quillay's; the writer distances ('what its invoices describe as'): source quillay, "
       "author_stance neutral")
P4B = ("Over the same months Quillay paid printers, radio stations and a polling firm that worked on the PFR's "
       "campaign, and transferred smaller sums to 31 people who then gave the legal maximum to the party.")
R("quillay", "funded", "pfr", "Quillay paid printers, radio stations and a polling firm that worked on the PFR's "
  "campaign", implicit=True, alt_objects=["pfr_campaign"], qualifier="paid the campaign's suppliers",
  note="paying the campaign's bills: funding of the campaign in kind (the writer's statement)")
R("printers", "works_with", "pfr", "printers, radio stations and a polling firm that worked on the PFR's campaign",
  ambiguous=True, qualifier="campaign supplier", note="the relative clause read as scoping over all three")
R("radio_stations", "works_with", "pfr", "radio stations and a polling firm that worked on the PFR's campaign",
  ambiguous=True, qualifier="campaign supplier")
R("polling_firm", "works_with", "pfr", "a polling firm that worked on the PFR's campaign", qualifier="campaign pollster")
R("quillay", "funded", "straw_donors", "transferred smaller sums to 31 people", qualifier="smaller sums")
R("straw_donors", "funded", "pfr", "31 people who then gave the legal maximum to the party",
  qualifier="donations at the legal maximum (straw donors)")
P4C = "At least 19 of them worked for Pangal."
R("pangal_employee_donors", "member_of", "constructora_pangal", P4C, alt_predicates=["holds_position"],
  qualifier="employees")
R("pangal_employee_donors", "part_of", "straw_donors", "At least 19 of them", ambiguous=True, note="subset")
P5 = ("Servel's resolution says the campaign \"appears to have been financed in substantial part by a legal entity\" "
      "and that the party's treasurer, Héctor Salgado, may have breached his duty to check where donations came from.")
R("servel_legal_entity", "funded", "pfr", "the campaign \"appears to have been financed in substantial part by a "
  "legal entity\"", source="servel", certainty="probable", certainty_cue="appears to have been",
  alt_objects=["pfr_campaign"], qualifier="in substantial part")
R("hector_salgado", "holds_position", "pfr", "the party's treasurer, Héctor Salgado", role="treasurer",
  source="servel", note="apposition inside the resolution's report; the title is uncontroversial (paragraph 10 again)")
P5B = "It does not name Constructora Pangal."
P6 = ("The electoral service's board voted on Monday to impose the fine and to refer the case to the Public "
      "Prosecutor's Office, Servel said.")
R("servel_board", "part_of", "servel", "The electoral service's board")
R("servel", "targeted", "pfr", P6, source="servel", ambiguous=True, time="2026-02-02",
  qualifier="the board's vote to impose the fine and refer the case",
  note="'the fine' = on the PFR (lead); the referral has no predicate (event servel_referral)")
P7 = ("On Tuesday, the Valparaíso regional prosecutor's office said one of its prosecutors, Paula Ferrada, would lead "
      "an investigation into suspected illegal political financing and tax fraud involving \"people linked to a "
      "political party and at least one company\".")
R("paula_ferrada", "holds_position", "valparaiso_prosecutor", "one of its prosecutors, Paula Ferrada",
  role="prosecutor", source="valparaiso_prosecutor")
R("valparaiso_prosecutor", "part_of", "public_prosecutor", "the Valparaíso regional prosecutor's office",
  implicit=True, note="a regional office of the Public Prosecutor's Office (not stated)")
R("valparaiso_prosecutor", "located_in", "valparaiso_region", "the Valparaíso regional prosecutor's office",
  implicit=True, note="from the name")
R("valparaiso_prosecutor", "targeted", "linked_people", P7, source="valparaiso_prosecutor", ambiguous=True,
  time="2026-02-03", qualifier="investigation into suspected illegal political financing and tax fraud",
  certainty_cue="suspected")
R("valparaiso_prosecutor", "targeted", "suspect_company", P7, source="valparaiso_prosecutor", ambiguous=True,
  time="2026-02-03", qualifier="investigation into suspected illegal political financing and tax fraud")
R("valparaiso_prosecutor", "targeted", "pfr", "prosecutors said on Tuesday that they had opened a criminal "
  "investigation", source="valparaiso_prosecutor", implicit=True, ambiguous=True, time="2026-02-03",
  qualifier="opened a criminal investigation",
  note="lead: the investigation's object is implied by context (the party's campaign money); the prosecutors' own "
       "words say only 'a political party'")
R("linked_people", "works_with", "pfr", "people linked to a political party", source="valparaiso_prosecutor",
  ambiguous=True, alt_predicates=["member_of"], qualifier="linked to",
  note="'a political party' = the PFR by context (the prosecutors name no one)")
P8 = "The party denies any wrongdoing."
QB1 = ("\"Fuerza Regional has never taken a single peso from a company, directly or indirectly,\" said Carla Benavente, "
       "the party's spokeswoman.")
QB2 = "\"Every contribution we received was declared to Servel and accepted without objection at the time.\""
R("carla_benavente", "holds_position", "pfr", "Carla Benavente, the party's spokeswoman", role="spokeswoman")
R("constructora_pangal", "funded", "pfr", "never taken a single peso from a company, directly or indirectly",
  polarity="negative", polarity_cue="never", source="carla_benavente", implicit=True, ambiguous=True,
  note="'a company' is generic; the denial covers Pangal (and Quillay): one negative relation each")
R("quillay", "funded", "pfr", "never taken a single peso from a company, directly or indirectly",
  polarity="negative", polarity_cue="never", source="carla_benavente", implicit=True, ambiguous=True)
P9 = ("That is a claim not supported by Servel's own records, which show that the electoral service wrote to the party "
      "in December asking it to explain 27 of the donations.")
R("servel", "targeted", "pfr", "the electoral service wrote to the party in December asking it to explain 27 of the "
  "donations", source="servel", ambiguous=True, time="2025-12", qualifier="queried 27 donations",
  note="Servel's records, endorsed by the writer (stances s01/s02)")
P9B = "The party replied in January, according to the resolution."
P10 = ("Salgado, the party's treasurer, said in an interview that the donations in question amounted to only 95 million "
       "pesos and that the party \"had no way of knowing where a donor's money came from\".")
R("hector_salgado", "holds_position", "pfr", "Salgado, the party's treasurer", role="treasurer")
P10B = ("Until 2023 he was the finance manager of Constructora Pangal, according to a declaration of interests he "
        "filed with the party.")
R("hector_salgado", "holds_position", "constructora_pangal", P10B, role="finance manager", source="hector_salgado",
  time="../2023", qualifier="former", alt_predicates=["member_of"],
  note="from his own declaration of interests (a document he filed): source the treasurer himself")
P11 = ("Two people familiar with the party's accounts, who spoke on condition of anonymity because they were not "
       "authorised to discuss them, said the total routed through Quillay was closer to 700 million pesos.")
R("quillay", "funded", "pfr", "the total routed through Quillay was closer to 700 million pesos", source="two_people",
  ambiguous=True, alt_objects=["pfr_campaign"], qualifier="intermediary (routed through)")
P11B = "Salgado allegedly introduced Matías Cifuentes to the campaign's suppliers last April, one of them said."
R("hector_salgado", "works_with", "matias_cifuentes", "Salgado allegedly introduced Matías Cifuentes to the campaign's "
  "suppliers", source="one_of_two", certainty="reported", certainty_cue="allegedly",
  ambiguous=True, time="2025-04", qualifier="introduced him to the campaign's suppliers",
  note="an introduction has no exact predicate; works_with (reported)")
R("campaign_suppliers", "works_with", "pfr", "the campaign's suppliers", source="one_of_two", implicit=True,
  ambiguous=True, qualifier="campaign suppliers")
P12 = ("The payments were first flagged by Vigía Electoral, a Santiago-based watchdog that compares parties' declared "
       "income with public company records, in a complaint to Servel in December.")
R("vigia", "located_in", "santiago", "a Santiago-based watchdog")
R("vigia", "targeted", "pfr", P12, ambiguous=True, time="2025-12", qualifier="complaint to Servel flagging the payments",
  implicit=True, note="the complaint's object (the PFR's campaign money) by context")
P12B = "It put the money that reached the campaign through Quillay at 612 million pesos, as the filings confirm."
R("quillay", "funded", "pfr", "the money that reached the campaign through Quillay", source="vigia",
  alt_objects=["pfr_campaign"], ambiguous=True, qualifier="intermediary; 612 million pesos",
  note="Vigía's figure, confirmed by the filings (the writer endorses: stance s03)")
QU = ("\"This may be the largest case of disguised corporate financing since the SQM and Penta scandals,\" said "
      "Fernanda Urrutia, Vigía's director.")
R("fernanda_urrutia", "holds_position", "vigia", "Fernanda Urrutia, Vigía's director", role="director")
P13 = ("Constructora Pangal said in a statement that its payments to Quillay were for \"real services, duly "
       "invoiced\" and that the company \"does not finance political parties\".")
R("constructora_pangal", "works_with", "quillay", "its payments to Quillay were for \"real services, duly invoiced\"",
  source="constructora_pangal", qualifier="paid for services")
R("constructora_pangal", "funded", "pfr", "the company \"does not finance political parties\"", polarity="negative",
  polarity_cue="does not", source="constructora_pangal", implicit=True, ambiguous=True,
  note="a general denial ('political parties'), read as covering the PFR")
P13B = "Armando Cifuentes did not respond to requests for comment, and Matías Cifuentes could not be reached."
P14 = ("Pangal has won public works contracts worth more than 30 billion pesos since 2020, including the widening of a "
       "coastal road north of Viña del Mar.")
R("constructora_pangal", "works_with", "chile", "Pangal has won public works contracts worth more than 30 billion "
  "pesos since 2020", implicit=True, ambiguous=True, time="2020/..",
  qualifier="public works contractor (state contracts)",
  note="the awarding authorities are not named; 'public works' implies the Chilean state")
R("coastal_road", "located_in", "vina_del_mar", "a coastal road north of Viña del Mar", qualifier="north of")
P14B = ("As a regional councillor, Echenique championed a new seafront development in Valparaíso for which the company "
        "is expected to bid.")
R("tomas_echenique", "holds_position", "regional_council", "As a regional councillor", role="regional councillor",
  implicit=True, ambiguous=True, qualifier="former (before his election as deputy)")
R("tomas_echenique", "supported", "seafront", "Echenique championed a new seafront development in Valparaíso",
  qualifier="championed (as a regional councillor)")
R("seafront", "located_in", "valparaiso", "a new seafront development in Valparaíso")
P15 = ("Echenique, 47, who founded the PFR in 2019 and won a seat in the Chamber of Deputies on Nov. 16, told reporters "
       "in Valparaíso on Tuesday that he had \"never met\" Matías Cifuentes and would cooperate with prosecutors.")
R("tomas_echenique", "founded", "pfr", "Echenique, 47, who founded the PFR in 2019", time="2019")
R("tomas_echenique", "holds_position", "chamber_of_deputies", "won a seat in the Chamber of Deputies on Nov. 16",
  role="deputy", time="2026-03-11/..", alt_predicates=["member_of"],
  qualifier="elected 2025-11-16; takes the seat on March 11",
  note="the writer's statement; the seat is won, the term starts March 11 (paragraph 16)")
R("tomas_echenique", "works_with", "matias_cifuentes", "he had \"never met\" Matías Cifuentes", polarity="negative",
  polarity_cue="never", source="tomas_echenique", ambiguous=True,
  note="a denial of any contact (as Fitch's 'never discussed' in politics_minister_resignation)")
P15B = "He said the party would challenge the fine."
P16 = ("Under Chilean law, a lawmaker found to have seriously breached campaign spending rules can be stripped of the "
       "seat by the country's elections court.")
R("elections_court", "located_in", "chile", "the country's elections court")
P16B = "Echenique is due to be sworn in on March 11."
R("tomas_echenique", "member_of", "chamber_of_deputies", P16B, implicit=True, time="2026-03-11/..",
  alt_predicates=["holds_position"], qualifier="scheduled swearing-in (future, decided)")
P17 = ("The PFR, which campaigns against what it calls the capital's neglect of the regions, won four seats in the "
       "155-member chamber in November, up from one.")
R("pfr", "member_of", "chamber_of_deputies", "won four seats in the 155-member chamber in November", ambiguous=True,
  time="2025-11-16", qualifier="4 of 155 seats (up from one)", note="a party's seats in a chamber: member_of, nearest")

# -------------------------------------------------------------- attributions
A = g.attr
A(LEAD[LEAD.index("prosecutors said"):], "valparaiso_prosecutor", "said", False,
  content="they had opened a criminal investigation",
  note="the fine in the first clause is the writer's own statement (no attribution)")
A(P2, "servel", "said", False, partial_quote=True,
  content="the party had taken in at least 412 million pesos (about $450,000) that \"cannot be traced to lawful "
          "donors\" during the campaign for last November's parliamentary election",
  note="'said in a resolution' (medium: the published resolution); the dollar conversion is the writer's gloss")
A(P3, "filings", "According to", False, note="'According to company filings reviewed by this newspaper': documentary "
                                             "source (maritime_tanker_sanctions' 'documents seen by this newspaper')")
A(P4, "filings", "show", False, partial_quote=True,
  note="factive frame 'the filings show' after the content (also stance s04)")
A("what its invoices describe as \"engineering advice\"", "quillay", "describe as", False, partial_quote=True,
  content="\"engineering advice\"", note="distancing frame: the invoices' (Quillay's) own description")
A(P5, "servel", "says", False, partial_quote=True,
  note="\"Servel's resolution says\" (a document of Servel); 'may have breached' is inside the report")
A(P6, "servel", "said", False, note="reporting clause after the content")
A(P7, "valparaiso_prosecutor", "said", False, partial_quote=True)
A(P8, "pfr", "denies", False, polarity="negative", content="any wrongdoing")
A(QB1, "carla_benavente", "said", True, on_behalf_of="pfr", polarity="negative")
A(QB2, "carla_benavente", "said", True, cue_ctx="indirectly,\" said Carla Benavente", continuation=True,
  on_behalf_of="pfr", note="quote continued over two sentences after the attribution; disputed by the writer (s01)")
A(P9[P9.index("Servel's own records"):], "servel", "show", False,
  content="the electoral service wrote to the party in December asking it to explain 27 of the donations",
  note="'Servel's own records, which show' (documentary frame, factive; also stance s02)")
A(P9B, "servel", "according to", False, note="'according to the resolution' (a document of Servel)")
A(P10, "hector_salgado", "said", False, partial_quote=True, on_behalf_of="pfr",
  note="'said in an interview'; the treasurer speaks for the party's accounts")
A(P10B, "hector_salgado", "according to", False,
  note="'according to a declaration of interests he filed with the party': his own document")
A(P11, "two_people", "said", False, note="plural unnamed source ('who spoke on condition of anonymity')")
A(P11B, "one_of_two", "said", False,
  note="reporting clause after the content ('one of them said'): one member of the unnamed pair (not 'via': the pair "
       "is not an intermediary); 'allegedly' marks the accusation")
A(P12B, "vigia", "put", False, content="the money that reached the campaign through Quillay at 612 million pesos",
  note="'It put ... at' (an estimate of the watchdog); 'as the filings confirm' is the writer's endorsement (s03)")
A(QU, "fernanda_urrutia", "said", True, on_behalf_of="vigia")
A(P13, "constructora_pangal", "said in a statement", False, partial_quote=True,
  note="'were for \"real services, duly invoiced\"' (positive) and 'does not finance political parties' (negative)")
A(P15[P15.index("told reporters"):], "tomas_echenique", "told", False, partial_quote=True, polarity="negative",
  content="he had \"never met\" Matías Cifuentes and would cooperate with prosecutors")
A(P15B, "tomas_echenique", "said", False, on_behalf_of="pfr", content="the party would challenge the fine")
A("what it calls the capital's neglect of the regions", "pfr", "calls", False,
  content="the capital's neglect of the regions", note="distancing frame: the party's own label")

# ------------------------------------------------------------------- hedges
H = g.hedge
H("appears to have", "campaign money that appears to have come from a construction company", "probable",
  note="the writer's own hedge on the origin of the money")
H("show", "Constructora Pangal paid Quillay about 640 million pesos for what its invoices describe as \"engineering "
  "advice\", the filings show", "certain", note="booster (documentary evidence; also stance s04)")
H("appears to have been", "the campaign \"appears to have been financed in substantial part by a legal entity\"",
  "probable", note="inside Servel's resolution (quoted)")
H("may have breached", "the party's treasurer, Héctor Salgado, may have breached his duty to check where donations "
  "came from", "possible", note="the resolution's hedge, paraphrased")
H("suspected", "an investigation into suspected illegal political financing and tax fraud", "possible",
  note="as 'suspected' in conflict_militia_attack / health_outbreak_hospital")
H("show", "Servel's own records, which show that the electoral service wrote to the party in December", "certain",
  note="booster (documentary; also stance s02)")
H("allegedly", "Salgado allegedly introduced Matías Cifuentes to the campaign's suppliers", "reported")
H("confirm", "It put the money that reached the campaign through Quillay at 612 million pesos, as the filings confirm",
  "certain", note="booster (also the cue of stance s03)")
H("may", "\"This may be the largest case of disguised corporate financing", "possible", note="Urrutia's own hedge")
H("is expected to", "for which the company is expected to bid", "probable",
  note="the writer's hedge on a future bid (unattributed expectation)")

# ------------------------------------------------------------------ stances
S = g.stance
S(P9, "carla_benavente", "disputes", "not supported by",
  note="the writer's verdict on the spokeswoman's 'accepted without objection at the time' (on behalf of the PFR; alt "
       "target pfr), from Servel's records of a December query")
S(P9, "servel", "endorses", "which show", strength="weak",
  note="factive documentary frame ('Servel's own records, which show'), as 'Data from the Bank of Latvia show' in "
       "business_bank_fraud_settlement")
S(P12B, "vigia", "endorses", "as the filings confirm",
  note="the writer confirms the watchdog's 612 million figure from the filings (as 'as data from the health agency "
       "confirm' in factcheck_vaccine_claim)")
S(P4, "filings", "endorses", "the filings show", strength="weak",
  note="factive frame on the newspaper's own documents (as 'The regulator's findings showed' in "
       "business_bank_fraud_settlement)")

# ------------------------------------------------------------------- events
V = g.event
V("servel_fine", "other", "2026-02-02", "chile", {"fine_clp": 86000000},
  [("servel", "actor"), ("servel_board", "actor"), ("pfr", "target"), ("pfr", "payer")], LEAD_FINE,
  subtype="sanction: fine of 86 million pesos on the party for accepting campaign money that cannot be traced to "
          "lawful donors (the party will challenge it)",
  place_alt=["santiago"],
  note="the board 'voted on Monday to impose the fine' and the resolution was published on Monday: 2026-02-02")
V("servel_resolution", "other", "2026-02-02", None, {"untraceable_contributions_clp": 412000000},
  [("servel", "actor"), ("pfr", "target")], P2,
  subtype="publication: Servel's resolution (findings and fine)", source="servel")
V("servel_referral", "other", "2026-02-02", None, {},
  [("servel", "actor"), ("servel_board", "actor"), ("public_prosecutor", "recipient"), ("pfr", "target")],
  "to refer the case to the Public Prosecutor's Office",
  subtype="referral: case referred to the prosecutors (no DESIGN word; 'referral' leads)", source="servel")
V("prosecutor_investigation", "other", "2026-02-03", "valparaiso_region", {},
  [("valparaiso_prosecutor", "actor"), ("paula_ferrada", "actor", {"qualifier": "lead prosecutor"}),
   ("linked_people", "target"), ("suspect_company", "target"),
   ("pfr", "target", {"source": "valparaiso_prosecutor", "qualifier": "'a political party' (not named)"})],
  LEAD[LEAD.index("prosecutors said"):],
  subtype="investigation: criminal investigation into suspected illegal political financing and tax fraud",
  source="valparaiso_prosecutor",
  note="announced 'on Tuesday' 2026-02-03 ('had opened': on or before that day); after Servel's referral of Monday")
V("campaign_financing", "other", "2025-04/2025-10", None,
  {"questioned_money_clp": 612000000, "straw_donors": 31, "straw_donors_pangal_employees": 19},
  [("constructora_pangal", "funder", {"certainty": "probable", "qualifier": "'appears to have come from' (writer)"}),
   ("quillay", "funder", {"qualifier": "intermediary (shell firm)"}),
   ("straw_donors", "funder", {"qualifier": "donations at the legal maximum with money from Quillay"}),
   ("servel_legal_entity", "funder", {"source": "servel", "certainty": "probable"}),
   ("pfr", "recipient"), ("pfr", "beneficiary"),
   ("printers", "recipient"), ("radio_stations", "recipient"), ("polling_firm", "recipient"),
   ("hector_salgado", "actor", {"source": "one_of_two", "certainty": "reported",
                                "qualifier": "allegedly introduced Matías Cifuentes to the suppliers"})],
  "campaign money that appears to have come from a construction company through a shell firm owned by a relative of "
  "the company's founder",
  subtype="funding: illegal political financing - corporate money routed through a shell firm and straw donors into "
          "a party's campaign (companies barred from financing campaigns since 2016)",
  place_alt=["vina_del_mar"],
  note="'Between April and October' / 'Over the same months' (2025), for the Nov. 16 election. The amount differs by "
       "source; 'numbers' keep the figure the writer endorses ('as the filings confirm': Vigía's 612 million). "
       "Pangal's 640 million to Quillay is a separate flow (pangal_payments)",
  numbers_by_source=[
      {"source": "servel", "numbers": {"questioned_money_clp": 412000000, "questioned_money_usd": 450000},
       "qualifier": "at least; money that 'cannot be traced to lawful donors' (the dollar figure is the writer's "
                    "'about' conversion)",
       "evidence": "the party had taken in at least 412 million pesos (about $450,000)"},
      {"source": "vigia", "numbers": {"questioned_money_clp": 612000000},
       "qualifier": "money that reached the campaign through Quillay; confirmed by the filings (writer)",
       "evidence": "It put the money that reached the campaign through Quillay at 612 million pesos"},
      {"source": "two_people", "numbers": {"questioned_money_clp": 700000000},
       "qualifier": "'closer to'; the total routed through Quillay",
       "evidence": "the total routed through Quillay was closer to 700 million pesos"},
      {"source": "hector_salgado", "numbers": {"questioned_money_clp": 95000000},
       "qualifier": "'only'; the donations in question",
       "evidence": "the donations in question amounted to only 95 million pesos"},
      {"source": "author", "numbers": {"straw_donors": 31, "straw_donors_pangal_employees": 19},
       "qualifier": "'At least 19'",
       "evidence": "transferred smaller sums to 31 people who then gave the legal maximum to the party"}])
V("pangal_payments", "other", "2025-04/2025-10", None, {"payments_clp": 640000000},
  [("constructora_pangal", "payer"), ("constructora_pangal", "funder"), ("quillay", "recipient")], P4,
  subtype="payment: the builder's payments to the shell consultancy for invoiced 'engineering advice' (no DESIGN "
          "word; 'payment' leads)",
  source="filings", note="'about 640 million pesos'; Pangal says 'real services, duly invoiced'")
V("quillay_registration", "other", "2025-03", "quillay_flat", {},
  [("quillay", "result")], "a consultancy registered last March at a flat in Viña del Mar",
  subtype="founding: registration of the consultancy (no listed employees)", source="filings",
  place_alt=["vina_del_mar"], note="'last March' from February 2026 = 2025-03")
V("election_2025", "other", "2025-11-16", "chile", {"pfr_seats": 4, "pfr_seats_before": 1, "chamber_seats": 155},
  [("pfr", "actor", {"qualifier": "won four seats"}), ("tomas_echenique", "actor", {"qualifier": "won a seat"}),
   ("chamber_of_deputies", "result", {"qualifier": "body elected"})],
  "won a seat in the Chamber of Deputies on Nov. 16",
  subtype="election: parliamentary election (the PFR wins four of 155 seats, up from one; Echenique elected)",
  note="'last November's parliamentary election', 'Nov. 16', 'in November' (last paragraph)")
V("vigia_complaint", "other", "2025-12", None, {},
  [("vigia", "actor"), ("servel", "recipient"), ("pfr", "target")], P12,
  subtype="complaint: the watchdog flags the payments to the electoral service (no DESIGN word; 'complaint' leads)")
V("servel_query", "other", "2025-12", None, {"donations_queried": 27},
  [("servel", "actor"), ("pfr", "recipient")],
  "the electoral service wrote to the party in December asking it to explain 27 of the donations",
  subtype="investigation: Servel's written query asking the party to explain 27 donations", source="servel",
  note="contradicts the spokeswoman's 'accepted without objection at the time' (stance s01)")
V("pfr_reply", "other", "2026-01", None, {}, [("pfr", "actor"), ("servel", "recipient")], P9B,
  subtype="reply: the party answers Servel's query (no DESIGN word)", source="servel")
V("salgado_introduction", "other", "2025-04", None, {},
  [("hector_salgado", "actor", {"source": "one_of_two", "certainty": "reported"}),
   ("matias_cifuentes", "attendee"), ("campaign_suppliers", "attendee")],
  "Salgado allegedly introduced Matías Cifuentes to the campaign's suppliers last April",
  subtype="meeting: the treasurer allegedly introduces the shell firm's owner to the campaign's suppliers",
  source="one_of_two", certainty="reported")
V("pfr_founding", "other", "2019", None, {}, [("tomas_echenique", "actor"), ("pfr", "result")],
  "who founded the PFR in 2019", subtype="founding: the party founded by Echenique")
V("pangal_contracts", "other", "2020/..", None, {"contracts_value_clp": 30000000000},
  [("constructora_pangal", "recipient"), ("coastal_road", "target", {"qualifier": "widening"})], P14,
  subtype="contract: public works contracts won since 2020 (more than 30 billion pesos), incl. a coastal road widening",
  note="'more than 30 billion pesos' (lower bound); awarding authorities not named")

# ------------------------------------------------------------------ timexes
T = g.timex
T("Tuesday", "2026-02-03", ctx="prosecutors said on Tuesday")
T("Monday", "2026-02-02", ctx="published on Monday")
T("last November", "2025-11", ctx="last November's parliamentary election",
  note="'last November's': the November before the February publication")
T("2016", "2016", signal="since", note="'since 2016' (2016/..): the ban on corporate financing")
T("last March", "2025-03")
T("April", "2025-04", ctx="Between April and October")
T("October", "2025-10")
T("the same months", "2025-04/2025-10", anchor="2025-04/2025-10", note="'Over the same months' = 'Between April and "
  "October' (2025)")
T("Monday", "2026-02-02", ctx="voted on Monday")
T("Tuesday", "2026-02-03", ctx="On Tuesday, the Valparaíso")
T("December", "2025-12", ctx="in December asking")
T("January", "2026-01")
T("2023", "2023", signal="until", note="'Until 2023' (../2023)")
T("last April", "2025-04")
T("December", "2025-12", ctx="to Servel in December")
T("2020", "2020", signal="since")
T("2019", "2019")
T("Nov. 16", "2025-11-16")
T("Tuesday", "2026-02-03", ctx="in Valparaíso on Tuesday")
T("March 11", "2026-03-11", note="future (scheduled swearing-in)")
T("November", "2025-11", ctx="chamber in November", note="= the Nov. 16 election")

# ------------------------------------------------------------------- notes
g.notes += [
    "FICTIONAL dev document (own wording), written for benchmarks/devset and annotated by hand before any claimgraph "
    "run: Partido Fuerza Regional (PFR), Tomás Echenique, Constructora Pangal, Armando and Matías Cifuentes, Asesorías "
    "Quillay SpA, Héctor Salgado, Carla Benavente, Paula Ferrada, Vigía Electoral, Fernanda Urrutia, the donations, the "
    "fine and the investigation are invented; Santiago, Valparaíso, Viña del Mar, the Valparaíso region and Chile are "
    "real places; the Servicio Electoral (Servel), the Public Prosecutor's Office and its Valparaíso regional office, "
    "the Chamber of Deputies and the elections court (Tribunal Calificador de Elecciones) are real bodies, but every "
    "statement and action attributed to them here is fictional; the SQM and Penta scandals are real earlier cases. "
    "errors: none (the checkable background is correct: companies have been barred from financing campaigns in Chile "
    "since the 2016 reform; the parliamentary election was on Nov. 16, 2025; the Chamber of Deputies has 155 members; "
    "the new Congress is sworn in on March 11; a lawmaker who seriously breaches campaign spending rules can lose the "
    "seat by a ruling of the elections court).",
    "published = 2026-02-04 (Wednesday; the dateline 'SANTIAGO —' carries no date, so there is no publication timex): "
    "'Monday' (x2) = 2026-02-02 (the resolution, the board's vote); 'Tuesday' (x3) = 2026-02-03 (the prosecutors' "
    "announcement, Echenique's remarks); 'last November' / 'in November' / 'Nov. 16' = the 2025 election; 'last March' "
    "= 2025-03 (Quillay registered); 'Between April and October' and 'Over the same months' = 2025-04/2025-10 (the "
    "payments); 'last April' = 2025-04; 'in December' (x2) = 2025-12 (Vigía's complaint, Servel's query); 'in January' "
    "= 2026-01 (the party's reply); 'March 11' = 2026-03-11 (future swearing-in).",
    "Not timexes: 'at the time' (vague, in the spokeswoman's quote), 'then' / 'first' (order), the ages ('29', '47').",
    "Aliases: 'Partido Fuerza Regional (PFR)' - acronym in brackets, then 'PFR', 'Fuerza Regional' (in the spokeswoman's "
    "quote), 'the party' / 'The party', 'Chilean party' (headline), 'a political party' (the prosecutors' unnamed "
    "reference); 'The Servicio Electoral (Servel)' = \"Chile's electoral service\" = 'the electoral service'; 'the "
    "Valparaíso regional prosecutor's office' = 'prosecutors' = 'The office'; 'Constructora Pangal' / 'Pangal' / 'a "
    "construction company' / 'the company' / 'one of the largest builders in the Valparaíso region'; 'Asesorías "
    "Quillay SpA' / 'Quillay' / 'a shell firm' / 'a consultancy' / \"builder's family firm\"; 'Vigía Electoral' / "
    "'Vigía'. Roles by apposition: \"the party's treasurer\" (x2), \"the party's spokeswoman\", \"Vigía's director\", "
    "'one of its prosecutors', 'the construction magnate who controls Constructora Pangal', 'a nephew of Armando "
    "Cifuentes' = 'a relative of the company's founder' = 'Its sole owner'. Persons named in full then by surname: "
    "Echenique, Salgado; the two Cifuentes are always named in full.",
    "Attributions: Servel ('said in a resolution', \"Servel's resolution says\", 'Servel said', \"Servel's own records, "
    "which show\", 'according to the resolution'); the prosecutors ('said' x2); the filings ('According to', 'the "
    "filings show') and Quillay's invoices ('what its invoices describe as'); the party ('denies', 'what it calls'); "
    "the spokeswoman's quote continued over two sentences (continuation=True, on_behalf_of pfr); the treasurer ('said "
    "in an interview', 'according to a declaration of interests he filed'); the two people familiar with the party's "
    "accounts (plural unnamed) and 'one of them' (a member of the pair, its own unnamed source); Vigía ('It put ... "
    "at'); Urrutia's quote; Pangal "
    "('said in a statement'); Echenique ('told reporters', 'He said'). Non-statements without attribution: 'It does "
    "not name Constructora Pangal' (the writer on the resolution's content), 'did not respond to requests for comment', "
    "'could not be reached', 'The office did not name any suspects'. The lead's fine and the writer's background "
    "sentences (the 2016 ban, the law on losing a seat) are the writer's own.",
    "Sources for paragraphs 3-4: the first sentence of each is the filings' ('According to ...', '..., the filings "
    "show'); the following sentences ('Its sole owner is ...', 'Over the same months Quillay paid ...', 'At least 19 of "
    "them worked for Pangal') have no reporting frame and are read as the writer's own (source author), though they "
    "plausibly rest on the same filings.",
    "Certainty per source: plain statements are 'certain' for their source. 'appears to have' (writer, lead) and "
    "'appears to have been' (Servel) = probable; 'may have breached' (Servel), 'may be' (Urrutia), 'suspected' "
    "(prosecutors) = possible; 'allegedly' = reported; 'is expected to' = probable; boosters 'show' (x2) and 'confirm' "
    "= certain. Approximators ('about', 'at least', 'more than', 'closer to', 'only') are not hedges (shared gold's "
    "convention); 'can still challenge', 'can be stripped' (legal possibility), 'would lead', 'would cooperate', 'would "
    "challenge', 'is due to' (scheduled) are not hedges.",
    "The writer's own stances: 'That is a claim not supported by Servel's own records' disputes the spokeswoman's 'every "
    "contribution ... accepted without objection at the time' (s01, target carla_benavente, alt pfr); the factive "
    "frame 'which show' endorses Servel's records (s02, weak); 'as the filings confirm' endorses Vigía's 612 million "
    "figure (s03); 'the filings show' endorses the newspaper's documents (s04, weak). The party's 'denies any "
    "wrongdoing', Pangal's statement and Echenique's 'never met' are sources' denials, not author stances.",
    "Competing figures for the questioned money (one key, questioned_money_clp, each with its scope in the qualifier): "
    "Servel at least 412 million pesos that cannot be traced to lawful donors (about $450,000, the writer's "
    "conversion); Vigía 612 million that reached the campaign through Quillay (confirmed by the filings: the event's "
    "'numbers'); the two unnamed sources closer to 700 million routed through Quillay; the treasurer only 95 million "
    "in question. Related but distinct: Pangal paid Quillay about 640 million (pangal_payments); 27 donations queried "
    "by Servel; 31 straw donors, at least 19 of them Pangal employees; the fine 86 million pesos; public works "
    "contracts over 30 billion pesos since 2020.",
    "Relations with no exact predicate, nearest kept and flagged ambiguous: a fine, a written query, a complaint and an "
    "investigation (targeted with a qualifier, as business_bank_fraud_settlement); payments for invoiced services "
    "(funded alt works_with) and a client relation (works_with); campaign suppliers (works_with the party); an "
    "introduction (works_with, reported); 'linked to a political party' (works_with alt member_of); a party's seats "
    "(member_of the chamber); public works contracts (works_with the state, implicit). Money routing: Pangal funded "
    "the party (writer, probable; negative in the spokeswoman's and Pangal's denials), Quillay funded the party (one per "
    "claim: headline, lead, filings, the suppliers' payments, the two sources, Vigía; negative in the spokeswoman's "
    "denial), Pangal funded Quillay, Quillay funded the straw donors who funded the party, Servel's unnamed 'legal "
    "entity' funded the campaign (probable). alt_objects pfr_campaign where the campaign is the recipient. Ownership: "
    "controls (Matías owns Quillay x2, Armando controls Pangal, the family's firm); founded (Armando: Pangal; "
    "Echenique: the PFR x2). Kinship ('nephew', 'relative', 'family firm') has no predicate: member_of the family "
    "(aviation_crash_inquiry convention), implicit and ambiguous. Titles: treasurer (x2), spokeswoman, director, "
    "prosecutor, former finance manager of Pangal (../2023, from his own declaration), deputy-elect, deputy (from "
    "2026-03-11), regional councillor (former, council implicit). Implicit containment: Viña del Mar, Valparaíso, the "
    "region, Santiago in Chile; the regional prosecutor's office part_of the Public Prosecutor's Office.",
    "Event types: validate_gold.py's list is followed; DESIGN types it lacks are 'other' with the DESIGN word leading "
    "the subtype: sanction (Servel's fine), publication (the resolution), investigation (the prosecutors; Servel's "
    "December query), funding (the financing scheme), founding (Quillay 2025-03, the PFR 2019), election (Nov. 16, "
    "2025), contract (Pangal's public works contracts), meeting (the alleged introduction); happenings with no DESIGN "
    "word lead with their own word (referral, payment, complaint, reply). Future or hypothetical happenings are not "
    "events: the party's challenge of the fine, Echenique's cooperation, the swearing-in on March 11 (an entity only), "
    "Pangal's expected bid, a loss of seat. The SQM and Penta scandals, the road widening and tax fraud are Event "
    "entities without records (undated or not described); the campaign (pfr_campaign) is the frame of the funding "
    "event, not a record of its own. The 2016 ban is a law (not an entity).",
    "Entity hard cases: 'builder' in the headline ('builder's family firm') may be Armando Cifuentes or the company - "
    "the family is declared ('builder's family'), 'builder' is listed under neither; 'a company' (the spokeswoman), "
    "'Companies' (the ban), 'lawful donors', 'a donor', 'political parties' (Pangal) and 'a lawmaker' (the law) are "
    "generic and not declared; 'at least one company' (prosecutors) and 'a legal entity' (Servel) are unnamed and not "
    "linked to Pangal or Quillay; 'the campaign's suppliers' is the collective of the printers, radio stations and "
    "polling firm; 'one of them' is one of the two unnamed sources; the filings are a documentary source "
    "(Organization), and 'this newspaper' is the writer's outlet; 'reporters' (Echenique's audience) is not declared "
    "(as in tech_health_data_breach).",
    "cross_doc: not applicable (unrelated domain).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
