#!/usr/bin/env python3
"""Hand annotation of devset/docs/court_fraud_trial.txt (fictional court report).

Written before any claimgraph run on the article. Builds the gold JSON with the shared
goldlib builder and writes it to devset/gold/court_fraud_trial.json.
"""
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[3]  # project root (/work/main)


from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "court_fraud_trial"
DEVSET = HERE.parents[1]
PUB = "2025-02-19"  # dateline: TORONTO, Feb. 19, 2025 (a Wednesday)
g = Gold(DEVSET / "docs" / f"{NAME}.txt", PUB)

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("toronto", "Location", ["TORONTO"])
E("ontario", "Location", ["Ontario"], ["this province"],
  note="'Ontario' also occurs inside the names of the court and the OPP; 'provincial' (adjective) "
       "refers to it; 'this province' is in Kowalczyk's quote")
E("sudbury", "Location", ["Sudbury"])
E("huntsville", "Location", ["Huntsville"])
E("barrie", "Location", ["Barrie"])
E("achterberg_cottage", "Location", ["his lakefront cottage near Huntsville", "Mr. Achterberg's cottage",
                                      "the cottage"],
  name_kind="descriptive", note="facility (private cottage); 'the cottage work'/'the cottage renovation'")
E("parking_lot_barrie", "Location", ["a restaurant parking lot in Barrie"], name_kind="descriptive",
  note="facility")

# people
E("raymond_achterberg", "Person", ["Raymond Achterberg", "Achterberg", "Mr. Achterberg"],
  ["A former Ontario deputy minister", "the retired official", "Ex-deputy minister", "her client"],
  fictional=True,
  contested_alias="R.",
  note="'R.' in the text message is read by the Crown as Achterberg (the Crown's inference, not an "
       "established alias): kept out of names; 'a man' in Kowalczyk's quote refers to him generically")
E("marco_pellegrini", "Person", ["Marco Pellegrini", "Pellegrini"],
  ["the paving executive accused of paying him off",
   "the founder and former chief executive of Granitex Construction Inc.", "her boss"],
  fictional=True)
E("helen_okonjo", "Person", ["Helen Okonjo", "Okonjo"], ["Crown prosecutor"], fictional=True)
E("lucie_desrosiers", "Person", ["Lucie Desrosiers", "Desrosiers", "Ms. Desrosiers"],
  ["his company's controller", "That controller", "the Crown's central witness"], fictional=True)
E("pellegrini_brother_in_law", "Person", ["Pellegrini's brother-in-law"], unnamed=True,
  name_kind="descriptive")
E("unidentified_man", "Person", ["a man she did not recognize"], unnamed=True, name_kind="descriptive")
E("gregory_tan", "Person", ["Gregory Tan"], ["the defence's last witness", "forensic accountant"],
  fictional=True)
E("daniel_fairweather", "Person", ["Daniel Fairweather", "Fairweather"], ["who represents Pellegrini"],
  fictional=True)
E("sandra_kowalczyk", "Person", ["Sandra Kowalczyk"], ["A lawyer for Achterberg"], fictional=True)
E("pellegrini_lawyers", "Person", ["Pellegrini's lawyers"], generic=True, name_kind="descriptive",
  note="Pellegrini's defence team (includes Fairweather)")
E("defence_lawyers", "Person", ["Defence lawyers", "the defence"], generic=True, name_kind="descriptive",
  note="both defence teams; 'the defence's last witness', 'a defence argument'")
E("miriam_castellano", "Person", ["Miriam Castellano", "Castellano"], ["Justice"], fictional=True,
  note="trial judge ('Justice Miriam Castellano')")
E("ministry_auditor", "Person", ["a ministry auditor"], unnamed=True, name_kind="descriptive")
E("person_familiar", "Person", ["A person familiar with the case"], unnamed=True, name_kind="descriptive")

# organizations
E("granitex", "Organization", ["Granitex Construction Inc.", "Granitex"],
  ["a favoured contractor", "a paving company based in Sudbury", "his company", "the company"],
  fictional=True,
  note="'the company' (x4: 'the company's equipment', 'the company that fired her', 'the company had "
       "since replaced', 'the company's largest shareholder') all refer back to Granitex")
E("ontario_mto", "Organization", ["Ministry of Transportation"], ["the ministry", "transportation"],
  note="real Ontario ministry; the statement attributed to it is fictional. 'deputy minister of "
       "transportation' designates its head civil servant; 'a ministry auditor' = one of its staff")
E("nrco", "Organization", ["Northern Roads Contracting Office", "NRCO"], fictional=True,
  note="acronym defined in parentheses: 'Northern Roads Contracting Office (NRCO)'")
E("evaluation_committee", "Organization", ["an evaluation committee"], name_kind="descriptive",
  note="the NRCO bid-evaluation committee")
E("crown", "Organization", ["Crown"], ["prosecutors", "Prosecutors", "the Crown"],
  note="the prosecution (Canadian usage 'the Crown'); 'prosecutors'/'Prosecutors' designate the same "
       "party. Distinct from the Criminal Code (a statute, not an entity type)")
E("jury", "Organization", ["the jury", "jurors"], ["jury"], name_kind="descriptive",
  note="the trial jury (group); 'jury' in the headline")
E("ontario_superior_court", "Organization", ["Ontario Superior Court of Justice"], ["the courts"],
  note="real court; the trial is fictional")
E("birchline", "Organization", ["Birchline Consulting", "Birchline"],
  ["a firm registered to Pellegrini's brother-in-law"], fictional=True)
E("opp", "Organization", ["Ontario Provincial Police", "OPP"],
  ["Investigators from the Ontario Provincial Police (OPP)", "OPP investigators"],
  note="real police force; acronym defined in parentheses; the investigation is fictional")
E("court_filings", "Organization", ["court filings"], name_kind="descriptive",
  note="documentary source; which party filed them is not stated (probably the Crown)")
E("corporate_filings", "Organization", ["corporate filings"], name_kind="descriptive",
  note="documentary source (company records)")
E("compliance_monitor", "Organization", ["an outside compliance monitor"], name_kind="descriptive",
  unnamed=True, note="could be a person or a firm")

# events (Event entities)
E("fraud_trial_2025", "Event", [], ["the six-week fraud trial", "the case"], note="'the case' x2")
E("closing_arguments_2025", "Event", [], ["her closing address"])
E("contract_awards_2018_2021", "Event", [], ["the contracts"],
  note="'about C$214 million in resurfacing work'; 'the 14 contracts at issue'")
E("benefits_2018_2021", "Event", [],
  note="clausal: 'in return received roughly C$1.3 million in cash, trips and free renovations'")
E("text_message_2019", "Event", [], ["a text message", "the text messages"])
E("cash_delivery_2019", "Event", [], note="clausal: 'she drove C$40,000 in cash to a restaurant parking lot'")
E("internal_audit_2021", "Event", [], ["an internal audit"])
E("desrosiers_dismissal_2021", "Event", [], note="clausal: 'Granitex had fired her in 2021'")
E("achterberg_retirement_2021", "Event", [], note="clausal: 'until he retired in 2021'")
E("desrosiers_testimony_2025", "Event", [], note="clausal: 'she told jurors last month'")
E("tan_testimony_2025", "Event", [], note="clausal: 'On Tuesday ... Gregory Tan, testified'")
E("achterberg_testimony_2025", "Event", [], note="clausal: 'testified in his own defence earlier this month'")
E("investigation_2021", "Event", [], ["The investigation"])
E("opp_search_2022", "Event", [], note="clausal: 'searched Granitex's offices in Sudbury'")
E("arrests_2022", "Event", [], note="clausal: 'both men were arrested on Nov. 8 of that year'")
E("charges_2023", "Event", [], ["the charges"], note="'They were formally charged in January 2023'")
E("not_guilty_pleas", "Event", [], note="clausal: 'Both men have pleaded not guilty'; date not stated")
E("pretrial_ruling_2024", "Event", [], note="clausal: 'Last March, Justice Miriam Castellano ruled'")
E("plea_talks_2024", "Event", [], ["the talks"])
E("pellegrini_stepdown_2023", "Event", [], note="clausal: 'Pellegrini stepped down as chief executive in 2023'")
E("mto_procurement_rules_2022", "Event", [], note="clausal: 'it had tightened its procurement rules in 2022'")
E("granitex_compliance_overhaul", "Event", [],
  note="clausal: 'had since replaced its senior finance staff and hired an outside compliance monitor'")
E("jury_instructions_2025", "Event", [], note="expected: 'Castellano is expected to instruct the jury on Monday'")
E("deliberations_2025", "Event", [], ["deliberations"])

# ------------------------------------------------------------------ relations
R = g.rel
LEDE = ("A former Ontario deputy minister treated a northern highway repair program as \"a private account\" "
        "for a favoured contractor, prosecutors told jurors on Wednesday, as the six-week fraud trial of the "
        "retired official and the paving executive accused of paying him off moved toward a verdict.")
R("granitex", "funded", "raymond_achterberg",
  "Ex-deputy minister sold road contracts for cottage and cash, Crown tells jury", source="crown", implicit=True,
  qualifier="cottage and cash in exchange for road contracts", note="headline; buyer (Granitex) from the body")
R("raymond_achterberg", "holds_position", "ontario", "A former Ontario deputy minister",
  role="deputy minister", qualifier="former", alt_objects=["ontario_mto"])
R("marco_pellegrini", "funded", "raymond_achterberg", "the paving executive accused of paying him off",
  certainty="reported", source="crown", certainty_cue="accused of", qualifier="bribe ('paying him off')",
  alt_predicates=["supported"], note="accuser not named in the phrase; the prosecution in context")
R("raymond_achterberg", "supported", "granitex", LEDE, source="crown", ctx=None,
  qualifier="treated the repair program as 'a private account' for a favoured contractor",
  implicit=True, note="'a favoured contractor' = Granitex (resolved from paragraph 2/3)")
R("raymond_achterberg", "holds_position", "ontario_mto",
  "Raymond Achterberg, 63, who was deputy minister of transportation from 2016 until he retired in 2021",
  role="deputy minister", time="2016/2021", alt_objects=["ontario"])
R("marco_pellegrini", "founded", "granitex",
  "Marco Pellegrini, 57, the founder and former chief executive of Granitex Construction Inc.")
R("marco_pellegrini", "holds_position", "granitex",
  "Marco Pellegrini, 57, the founder and former chief executive of Granitex Construction Inc.",
  role="chief executive", qualifier="former", alt_predicates=["leader_of"])
R("granitex", "located_in", "sudbury", "a paving company based in Sudbury")
PARA3 = ("Prosecutors say that between 2018 and 2021 Achterberg steered about C$214 million in resurfacing work "
         "through the ministry's Northern Roads Contracting Office (NRCO) to Granitex, and in return received "
         "roughly C$1.3 million in cash, trips and free renovations to his lakefront cottage near Huntsville.")
R("raymond_achterberg", "supported", "granitex", PARA3, source="crown", time="2018/2021",
  qualifier="steered about C$214 million in resurfacing work to Granitex", alt_predicates=["works_with"])
R("granitex", "funded", "raymond_achterberg", PARA3, source="crown", time="2018/2021",
  qualifier="in return: roughly C$1.3 million in cash, trips and free renovations",
  note="payer inferred ('in return' for the contracts steered to Granitex)")
R("ontario_mto", "works_with", "granitex", PARA3, source="crown", time="2018/2021",
  qualifier="resurfacing contracts through the NRCO", implicit=True)
R("nrco", "part_of", "ontario_mto", "the ministry's Northern Roads Contracting Office (NRCO)")
R("raymond_achterberg", "controls", "achterberg_cottage", "his lakefront cottage near Huntsville",
  qualifier="owner")
R("achterberg_cottage", "located_in", "huntsville", "his lakefront cottage near Huntsville",
  qualifier="near")
R("helen_okonjo", "holds_position", "crown", "Crown prosecutor Helen Okonjo", role="Crown prosecutor",
  alt_predicates=["member_of"])
R("ontario_superior_court", "located_in", "toronto", "the Ontario Superior Court of Justice", implicit=True,
  note="from the dateline")
R("ontario_superior_court", "part_of", "ontario", "the Ontario Superior Court of Justice", implicit=True,
  note="from the name")
R("granitex", "funded", "raymond_achterberg",
  "Every time a contract came up for renewal, something arrived at Mr. Achterberg's cottage. A dock. A new roof. An envelope.",
  source="helen_okonjo", implicit=True, qualifier="benefits delivered at each contract renewal")
R("lucie_desrosiers", "holds_position", "granitex", "his company's controller", role="controller",
  time="../2021", note="fired in 2021 (see later)")
R("lucie_desrosiers", "works_with", "crown",
  "That controller, Lucie Desrosiers, was the Crown's central witness. Testifying under an immunity agreement",
  qualifier="cooperating witness under an immunity agreement")
DESRO = ("Testifying under an immunity agreement, she told jurors last month that she had prepared invoices from "
         "Birchline Consulting, a firm registered to Pellegrini's brother-in-law, to disguise payments for the "
         "cottage work, and that Pellegrini approved each one himself.")
R("pellegrini_brother_in_law", "controls", "birchline", "a firm registered to Pellegrini's brother-in-law",
  source="lucie_desrosiers", qualifier="registered owner",
  note="appositive inside her reported testimony; read as the journalist's own gloss it would be author/certain")
R("granitex", "funded", "raymond_achterberg", DESRO, source="lucie_desrosiers", implicit=True,
  qualifier="payments for the cottage work disguised as Birchline invoices")
R("marco_pellegrini", "funded", "unidentified_man",
  "Desrosiers testified that in the spring of 2019 she drove C$40,000 in cash to a restaurant parking lot in Barrie at her boss's request and handed the envelope to a man she did not recognize.",
  source="lucie_desrosiers", time="2019-SP", qualifier="C$40,000 cash delivered at his request",
  ambiguous=True, note="recipient unidentified; the Crown's case implies it was meant for Achterberg")
R("parking_lot_barrie", "located_in", "barrie", "a restaurant parking lot in Barrie")
R("lucie_desrosiers", "holds_position", "granitex",
  "Under cross-examination she acknowledged that Granitex had fired her in 2021",
  source="lucie_desrosiers", role="controller", time="../2021", qualifier="employment ended: fired in 2021")
R("raymond_achterberg", "supported", "granitex",
  "which the Crown says Achterberg tailored to suit the company's equipment", source="crown",
  qualifier="tailored the tender specifications to Granitex's equipment")
R("daniel_fairweather", "works_with", "marco_pellegrini", "Daniel Fairweather, who represents Pellegrini",
  qualifier="legal counsel")
FAIR2 = ("He told jurors that Birchline had done real consulting work on tender documents and that Granitex won "
         "the contracts because its bids were the lowest.")
R("birchline", "works_with", "granitex", FAIR2, source="daniel_fairweather",
  qualifier="real consulting work on tender documents")
R("raymond_achterberg", "supported", "granitex", FAIR2, source="daniel_fairweather", polarity="negative",
  implicit=True, qualifier="contracts won on lowest bids, not steered")
KOW1 = ("A lawyer for Achterberg, Sandra Kowalczyk, said her client had paid C$212,000 for the cottage renovation "
        "by cheque, and pointed jurors to bank records entered as exhibits.")
R("sandra_kowalczyk", "works_with", "raymond_achterberg", "A lawyer for Achterberg, Sandra Kowalczyk",
  qualifier="legal counsel")
R("granitex", "funded", "raymond_achterberg", KOW1, source="sandra_kowalczyk", polarity="negative",
  implicit=True, polarity_cue="her client had paid C$212,000 for the cottage renovation by cheque",
  qualifier="he paid for the renovation himself")
KOW2 = "She reminded them that bids at the NRCO were scored by an evaluation committee on which Achterberg never sat."
R("evaluation_committee", "part_of", "nrco", KOW2, source="sandra_kowalczyk")
R("raymond_achterberg", "member_of", "evaluation_committee", KOW2, source="sandra_kowalczyk",
  polarity="negative", polarity_cue="never sat")
ACH = ("Achterberg, who testified in his own defence earlier this month, told jurors he had never discussed a "
       "tender with Pellegrini and that the two men had been friends since they played junior hockey together "
       "in Sudbury in the 1970s.")
R("raymond_achterberg", "works_with", "marco_pellegrini", ACH, source="raymond_achterberg",
  polarity="negative", polarity_cue="never discussed a tender", qualifier="discussing tenders")
R("raymond_achterberg", "located_in", "sudbury", ACH, source="raymond_achterberg", time="1970/1979",
  qualifier="played junior hockey there", note="friendship itself has no predicate in the vocabulary")
R("marco_pellegrini", "located_in", "sudbury", ACH, source="raymond_achterberg", time="1970/1979",
  qualifier="played junior hockey there")
R("marco_pellegrini", "funded", "raymond_achterberg", "He denied receiving any cash.",
  source="raymond_achterberg", polarity="negative", polarity_cue="denied", qualifier="cash",
  note="payer left implicit in the denial; Pellegrini as the alleged payer")
R("ministry_auditor", "member_of", "ontario_mto", "a ministry auditor")
R("opp", "part_of", "ontario", "Ontario Provincial Police (OPP)", implicit=True, note="from the name")
SEARCH = ("Investigators from the Ontario Provincial Police (OPP) searched Granitex's offices in Sudbury in the "
          "summer of 2022, and both men were arrested on Nov. 8 of that year.")
R("opp", "targeted", "granitex", SEARCH, time="2022-SU", qualifier="search of offices")
R("granitex", "located_in", "sudbury", "Granitex's offices in Sudbury", qualifier="offices")
R("miriam_castellano", "holds_position", "ontario_superior_court", "Justice Miriam Castellano",
  role="justice (trial judge)", implicit=True, note="court inferred: she presides over this trial")
R("compliance_monitor", "works_with", "granitex",
  "the company had since replaced its senior finance staff and hired an outside compliance monitor",
  source="granitex")
R("granitex", "works_with", "ontario", "Granitex, which still holds provincial road contracts",
  qualifier="holds provincial road contracts", alt_objects=["ontario_mto"])
STEP = ("Pellegrini stepped down as chief executive in 2023 but remains the company's largest shareholder, "
        "according to corporate filings.")
R("marco_pellegrini", "holds_position", "granitex", STEP, source="corporate_filings",
  role="chief executive", time="../2023", qualifier="stepped down in 2023")
R("marco_pellegrini", "controls", "granitex", STEP, source="corporate_filings",
  qualifier="largest shareholder")
R("ontario_mto", "part_of", "ontario", "The Ministry of Transportation", implicit=True,
  note="Ontario's provincial ministry (context)")

# ------------------------------------------------------------------ attributions
A = g.attr
A("Ex-deputy minister sold road contracts for cottage and cash, Crown tells jury", "crown", "tells", False,
  note="headline")
A(LEDE, "crown", "told jurors", False, partial_quote=True, content="a private account")
A(PARA3, "crown", "Prosecutors say", False)
OK1 = ("\"This was not a friendship. It was a transaction,\" Crown prosecutor Helen Okonjo said in her closing "
       "address to the jury at the Ontario Superior Court of Justice. \"Every time a contract came up for renewal, "
       "something arrived at Mr. Achterberg's cottage. A dock. A new roof. An envelope.\"")
A(OK1, "helen_okonjo", "said", True, on_behalf_of="crown")
A("\"You do not need a signed receipt to find a bribe,\" she went on. \"You need a pattern, and for six weeks you "
  "have been looking at one.\"", "helen_okonjo", "she went on", True, on_behalf_of="crown")
MSG = ("Okonjo read aloud a text message that Pellegrini allegedly sent to his company's controller in June 2019: "
       "\"Put the dock on Birchline. R. doesn't want to see our name on anything.\"")
A(MSG, "helen_okonjo", "read aloud", True, note="she relays the message to the jury")
A(MSG, "marco_pellegrini", "sent", True, via=["helen_okonjo"],
  content="Put the dock on Birchline. R. doesn't want to see our name on anything.",
  note="quote introduced by a colon; authorship is alleged ('allegedly sent')")
A(DESRO, "lucie_desrosiers", "told jurors", False)
A("Desrosiers testified that in the spring of 2019 she drove C$40,000 in cash to a restaurant parking lot in "
  "Barrie at her boss's request and handed the envelope to a man she did not recognize.",
  "lucie_desrosiers", "testified", False)
A("Under cross-examination she acknowledged that Granitex had fired her in 2021 after an internal audit flagged "
  "personal expenses on her company credit card.", "lucie_desrosiers", "acknowledged", False)
A("On Tuesday, the defence's last witness, forensic accountant Gregory Tan, testified that Granitex had submitted "
  "the lowest bid on 11 of the 14 contracts at issue.", "gregory_tan", "testified", False)
A("Under questioning by Okonjo, he conceded that he had not examined how the tender specifications were drafted",
  "gregory_tan", "conceded", False)
A("which the Crown says Achterberg tailored to suit the company's equipment", "crown", "the Crown says", False)
A("\"Ms. Desrosiers came into this courtroom with a deal in her pocket and a grudge against the company that "
  "fired her,\" said Daniel Fairweather, who represents Pellegrini.", "daniel_fairweather", "said", True,
  on_behalf_of="marco_pellegrini")
A(FAIR2, "daniel_fairweather", "told jurors", False, on_behalf_of="marco_pellegrini")
A("\"The Crown's story may sound tidy,\" Fairweather said. \"But tidy is not the same as proven.\"",
  "daniel_fairweather", "said", True, on_behalf_of="marco_pellegrini")
A(KOW1, "sandra_kowalczyk", "said", False, on_behalf_of="raymond_achterberg")
A(KOW2, "sandra_kowalczyk", "reminded", False, on_behalf_of="raymond_achterberg")
A("\"There is no document, no email and no witness that puts Raymond Achterberg's hand on a single bid,\" she said. "
  "\"The Crown is asking you to convict a man for having a friend in the paving business.",
  "sandra_kowalczyk", "she said", True, on_behalf_of="raymond_achterberg",
  note="the quote runs on into the next paragraph (no closing quote mark)")
A("\"That is not a crime in this province.\"", "sandra_kowalczyk", "she said", True,
  cue_ctx="single bid,\" she said.", on_behalf_of="raymond_achterberg", continuation=True,
  note="continuation paragraph of Kowalczyk's quote; no cue of its own (cue = the previous paragraph's)")
A(ACH, "raymond_achterberg", "told jurors", False)
A("He denied receiving any cash.", "raymond_achterberg", "denied", False)
A("The investigation began in 2021, after a ministry auditor raised concerns about the pricing of several "
  "Granitex contracts, according to court filings.", "court_filings", "according to", False)
A("Last March, Justice Miriam Castellano ruled that the text messages, recovered from Desrosiers' phone, could be "
  "put before the jury, rejecting a defence argument that OPP investigators had gone beyond the terms of their "
  "search warrant.", "miriam_castellano", "ruled", False)
A("a defence argument that OPP investigators had gone beyond the terms of their search warrant",
  "defence_lawyers", "a defence argument", False,
  content="OPP investigators had gone beyond the terms of their search warrant",
  note="argument rejected by the judge")
A("A person familiar with the case, who spoke on condition of anonymity because plea discussions are "
  "confidential, said Pellegrini's lawyers had approached the Crown last fall about a guilty plea to a lesser "
  "charge, but the talks went nowhere.", "person_familiar", "said", False)
A("Granitex, which still holds provincial road contracts, said in a statement that the charges concerned "
  "\"events from years ago\" and that the company had since replaced its senior finance staff and hired an "
  "outside compliance monitor.", "granitex", "said in a statement", False, partial_quote=True,
  content="events from years ago")
A(STEP, "corporate_filings", "according to", False)
A("The Ministry of Transportation said it had tightened its procurement rules in 2022 and would not comment "
  "further while the case was before the courts.", "ontario_mto", "said", False)

# ------------------------------------------------------------------ hedges
H = g.hedge
H("accused of", "the paving executive accused of paying him off", "reported")
H("allegedly", "a text message that Pellegrini allegedly sent to his company's controller in June 2019", "reported")
H("may", "The Crown's story may sound tidy", "possible")
H("is expected to", "Castellano is expected to instruct the jury on Monday", "probable")
H("could", "deliberations could begin as early as Feb. 25", "possible")
H("If convicted", "If convicted, Achterberg faces up to 14 years in prison on the fraud count alone.", "possible",
  note="conditional: the penalty claim depends on a conviction that has not happened")

# ------------------------------------------------------------------ stances
# none: the author reports both sides without explicit judgement.

# ------------------------------------------------------------------ events
V = g.event
V("fraud_trial_2025", "trial", "2025-01/2025-02", "ontario_superior_court", {"duration_weeks": 6},
  [("raymond_achterberg", "defendant"), ("marco_pellegrini", "defendant"), ("crown", "prosecutor"),
   ("ontario_superior_court", "venue"), ("miriam_castellano", "judge"), ("jury", "jury")],
  "the six-week fraud trial of the retired official and the paving executive accused of paying him off",
  subtype="jury trial (fraud, breach of trust, frauds on the government)",
  place_alt=["toronto"], note="six weeks before 2025-02-19 -> began about early January 2025")
V("closing_arguments_2025", "trial", "2025-02-19", "ontario_superior_court", {},
  [("helen_okonjo", "prosecutor"), ("daniel_fairweather", "defence_counsel"),
   ("sandra_kowalczyk", "defence_counsel"), ("jury", "audience")],
  "Crown prosecutor Helen Okonjo said in her closing address to the jury at the Ontario Superior Court of Justice",
  subtype="closing arguments", place_alt=["toronto"],
  note="'prosecutors told jurors on Wednesday'; defence closings the same day ('much of the day')")
V("contract_awards_2018_2021", "contract", "2018/2021", None, {"value_cad": 214000000},
  [("ontario_mto", "awarder"), ("nrco", "awarder"), ("granitex", "recipient"),
   ("raymond_achterberg", "steerer", {"source": "crown"})],
  PARA3, subtype="resurfacing contracts (allegedly steered)",
  note="'about C$214 million'; 'the 14 contracts at issue' (Tan: lowest bid on 11 of 14)")
V("benefits_2018_2021", "payment", "2018/2021", None, {"value_cad": 1300000},
  [("granitex", "payer", {"source": "crown"}), ("raymond_achterberg", "recipient", {"source": "crown"}),
   ("achterberg_cottage", "object")],
  PARA3, subtype="bribes: cash, trips and free renovations",
  note="'roughly C$1.3 million'; denied by Achterberg and his lawyer (paid C$212,000 himself by cheque)")
V("text_message_2019", "other", "2019-06", None, {},
  [("marco_pellegrini", "sender", {"certainty": "reported"}), ("lucie_desrosiers", "recipient")],
  "a text message that Pellegrini allegedly sent to his company's controller in June 2019",
  subtype="text message")
V("cash_delivery_2019", "payment", "2019-SP", "barrie", {"cash_cad": 40000},
  [("lucie_desrosiers", "courier"), ("marco_pellegrini", "orderer"), ("unidentified_man", "recipient")],
  "in the spring of 2019 she drove C$40,000 in cash to a restaurant parking lot in Barrie at her boss's request",
  subtype="cash delivery", source="lucie_desrosiers", place_facility="parking_lot_barrie")
V("desrosiers_testimony_2025", "trial", "2025-01", "ontario_superior_court", {},
  [("lucie_desrosiers", "witness"), ("jury", "audience")],
  "Testifying under an immunity agreement, she told jurors last month", subtype="testimony")
V("internal_audit_2021", "investigation", "2021", None, {},
  [("granitex", "actor"), ("lucie_desrosiers", "target")],
  "an internal audit flagged personal expenses on her company credit card", subtype="internal audit",
  source="lucie_desrosiers")
V("desrosiers_dismissal_2021", "other", "2021", None, {},
  [("granitex", "actor"), ("lucie_desrosiers", "target")],
  "Granitex had fired her in 2021", subtype="dismissal (fired)", source="lucie_desrosiers")
V("achterberg_retirement_2021", "resignation", "2021", None, {},
  [("raymond_achterberg", "person"), ("ontario_mto", "organization")],
  "until he retired in 2021", subtype="retirement")
V("tan_testimony_2025", "trial", "2025-02-18", "ontario_superior_court", {},
  [("gregory_tan", "witness"), ("defence_lawyers", "calling_party"), ("helen_okonjo", "cross_examiner")],
  "On Tuesday, the defence's last witness, forensic accountant Gregory Tan, testified", subtype="testimony")
V("achterberg_testimony_2025", "trial", "2025-02", "ontario_superior_court", {},
  [("raymond_achterberg", "witness")],
  "Achterberg, who testified in his own defence earlier this month", subtype="testimony (defendant)")
V("investigation_2021", "investigation", "2021", None, {},
  [("opp", "investigator"), ("ministry_auditor", "trigger"), ("granitex", "target"),
   ("raymond_achterberg", "target"), ("marco_pellegrini", "target")],
  "The investigation began in 2021, after a ministry auditor raised concerns about the pricing of several Granitex contracts",
  subtype="police investigation", source="court_filings",
  note="investigator inferred: the OPP carried out the search and arrests")
V("opp_search_2022", "raid", "2022-SU", "sudbury", {},
  [("opp", "actor"), ("granitex", "target")],
  "Investigators from the Ontario Provincial Police (OPP) searched Granitex's offices in Sudbury in the summer of 2022",
  subtype="search")
V("arrests_2022", "arrest", "2022-11-08", None, {"arrested": 2},
  [("raymond_achterberg", "detainee"), ("marco_pellegrini", "detainee"), ("opp", "actor", {"implicit": True})],
  "both men were arrested on Nov. 8 of that year", subtype="arrest")
V("charges_2023", "charge", "2023-01", None, {},
  [("raymond_achterberg", "defendant"), ("marco_pellegrini", "defendant"), ("crown", "prosecutor")],
  "They were formally charged in January 2023.", subtype="formal charges",
  note="charges: Achterberg - breach of trust by a public officer, fraud over $5,000; Pellegrini - fraud, "
       "frauds on the government")
V("not_guilty_pleas", "other", None, None, {},
  [("raymond_achterberg", "defendant"), ("marco_pellegrini", "defendant")],
  "Both men have pleaded not guilty.", subtype="plea (not guilty)")
V("pretrial_ruling_2024", "trial", "2024-03", "ontario_superior_court", {},
  [("miriam_castellano", "judge"), ("defence_lawyers", "losing_party"), ("text_message_2019", "object")],
  "Last March, Justice Miriam Castellano ruled that the text messages, recovered from Desrosiers' phone, could be put before the jury",
  subtype="pretrial ruling (admissibility of evidence)")
V("plea_talks_2024", "other", "2024-FA", None, {},
  [("pellegrini_lawyers", "actor"), ("crown", "counterpart"), ("marco_pellegrini", "defendant")],
  "Pellegrini's lawyers had approached the Crown last fall about a guilty plea to a lesser charge, but the talks went nowhere",
  subtype="plea negotiations (failed)", source="person_familiar")
V("pellegrini_stepdown_2023", "resignation", "2023", None, {},
  [("marco_pellegrini", "person"), ("granitex", "organization")],
  "Pellegrini stepped down as chief executive in 2023", subtype="stepped down as CEO",
  source="corporate_filings")
V("mto_procurement_rules_2022", "other", "2022", None, {},
  [("ontario_mto", "actor")],
  "it had tightened its procurement rules in 2022", subtype="procurement rule change",
  source="ontario_mto")
V("granitex_compliance_overhaul", "other", None, None, {},
  [("granitex", "actor"), ("compliance_monitor", "appointee")],
  "the company had since replaced its senior finance staff and hired an outside compliance monitor",
  subtype="compliance overhaul (staff replaced, monitor hired)", source="granitex",
  note="date: after the charges ('since'), not stated")
V("jury_instructions_2025", "trial", "2025-02-24", "ontario_superior_court", {},
  [("miriam_castellano", "judge"), ("jury", "jury")],
  "Castellano is expected to instruct the jury on Monday", subtype="jury instructions (expected)",
  modality="expected")
V("deliberations_2025", "trial", "2025-02-25", "ontario_superior_court", {},
  [("jury", "jury")],
  "deliberations could begin as early as Feb. 25", subtype="jury deliberations (possible start)",
  modality="possible", mod="ON_OR_AFTER")

# ------------------------------------------------------------------ timexes
T = g.timex
T("Feb. 19, 2025", "2025-02-19", function="publication_date")
T("Wednesday", "2025-02-19")
T("six-week", "P6W", type="duration")
T("2016", "2016", note="signal 'from'")
T("2021", "2021", ctx="until he retired in 2021")
T("2018", "2018", note="'between 2018 and 2021'")
T("2021", "2021", ctx="between 2018 and 2021")
T("June 2019", "2019-06")
T("six weeks", "P6W", type="duration")
T("last month", "2025-01")
T("the spring of 2019", "2019-SP")
T("2021", "2021", ctx="fired her in 2021")
T("Tuesday", "2025-02-18")
T("the day", "2025-02-19", ctx="much of the day", anaphoric=True)
T("earlier this month", "2025-02")
T("the 1970s", "1970/1979", alt_values=["197"], note="decade; TIMEX3 value 197")
T("2021", "2021", ctx="began in 2021")
T("the summer of 2022", "2022-SU")
T("Nov. 8 of that year", "2022-11-08", anchor="2022-SU", note="'that year' = 2022 (previous clause)")
T("January 2023", "2023-01")
T("Last March", "2024-03")
T("last fall", "2024-FA")
T("years ago", "PXY", alt_values=["PAST_REF"],
  note="vague past inside the quoted 'events from years ago'; TIMEX3 value PAST_REF, stored as PXY for the validator")
T("2023", "2023", ctx="chief executive in 2023")
T("2022", "2022", ctx="procurement rules in 2022")
T("Monday", "2025-02-24", note="future reference: the next Monday after the dateline")
T("Feb. 25", "2025-02-25", note="signal 'as early as'")
T("14 years", "P14Y", type="duration")

# ------------------------------------------------------------------ notes
g.notes += [
    "FICTIONAL dev document (own wording): all people and companies (Raymond Achterberg, Marco Pellegrini, "
    "Granitex Construction, Birchline Consulting, Helen Okonjo, Lucie Desrosiers, Gregory Tan, Daniel Fairweather, "
    "Sandra Kowalczyk, Miriam Castellano) and the Northern Roads Contracting Office are invented; Toronto, Sudbury, "
    "Huntsville, Barrie, Ontario and the real institutions named (Ontario's Ministry of Transportation, the Ontario "
    "Superior Court of Justice, the Ontario Provincial Police) are real, but the case and every statement "
    "attributed to them are fictional. errors: none (the one checkable legal fact - fraud over $5,000 carries up "
    "to 14 years under the Criminal Code - is correct).",
    "published = dateline date 2025-02-19 (Wednesday): 'on Wednesday' = 2025-02-19, 'On Tuesday' = 2025-02-18, "
    "'last month' = 2025-01, 'earlier this month' = 2025-02, 'Last March' = 2024-03, 'last fall' = 2024-FA, "
    "future 'on Monday' = 2025-02-24, 'Nov. 8 of that year' = 2022-11-08 (anchored on 'the summer of 2022').",
    "Straight ASCII quotes in this document. Kowalczyk's quote continues across a paragraph break (the first "
    "paragraph has no closing quote mark); the continuation paragraph is a separate attribution with "
    "continuation=True whose cue is the previous paragraph's 'she said'.",
    "Quote introduced by a colon: the text message ('Put the dock on Birchline...') is attributed to Pellegrini "
    "(via Okonjo, who read it aloud), with hedge 'allegedly' (reported). 'R.' in the message is the Crown's "
    "implied reference to Achterberg; recorded as contested_alias, not as a name.",
    "Certainty per source (shared convention): 'Prosecutors say', 'the Crown says', 'told jurors', 'testified', "
    "'according to court filings' from an identifiable source are 'certain' for that source (author_stance "
    "neutral), not hedges; 'accused of' (accuser not named in the phrase) and 'allegedly' are 'reported'. "
    "The prosecution is one entity 'crown' (names 'Crown'; descriptors 'prosecutors'/'Prosecutors'/'the Crown').",
    "Bribery encoded as 'funded' (payer -> official, qualifier), favouritism in contract awards as 'supported' "
    "(Achterberg -> Granitex, alt works_with). Payer: Pellegrini where the text names the person ('paying him "
    "off', the cash denial), Granitex where the benefit is tied to the company's contracts/invoices. Denials by "
    "Achterberg, Kowalczyk and Fairweather are negative-polarity relations from those sources (some implicit).",
    "Lawyers: 'who represents X' / 'a lawyer for X' -> works_with (qualifier legal counsel); their attributions "
    "carry on_behalf_of. Okonjo: holds_position crown (role 'Crown prosecutor', alt member_of).",
    "Former positions: Achterberg deputy minister 2016/2021 (retired), Pellegrini chief executive ../2023 "
    "(stepped down), Desrosiers controller ../2021 (fired) - holds_position with time/qualifier 'former'.",
    "Appositives embedded in reported speech (Birchline 'a firm registered to Pellegrini's brother-in-law') are "
    "attributed to the speaker (as in the shared sanctions gold), flagged in the relation note.",
    "Kinship (brother-in-law) and friendship (since junior hockey in the 1970s) have no predicate; not encoded "
    "except located_in Sudbury (time 1970/1979) from Achterberg's testimony.",
    "Events: judicial proceedings use 'trial' with a subtype (jury trial, closing arguments, testimony, pretrial "
    "ruling, jury instructions, deliberations); future ones carry modality (expected/possible). 'If convicted, "
    "... faces up to 14 years' is hypothetical: no conviction/sentence event; hedge 'If convicted' (possible, "
    "conditional). The plea talks and dismissal have no vocabulary type -> 'other' with subtype.",
    "'Fairweather declined to comment on that account' is a non-statement: no attribution recorded.",
    "No explicit authorial stance (stances empty).",
    "Event roles beyond the brief's list: defendant, prosecutor, venue, judge, jury, audience, defence_counsel, "
    "awarder, recipient, steerer, payer, object, sender, courier, orderer, witness, calling_party, "
    "cross_examiner, investigator, trigger, actor, target, detainee, person, organization, losing_party, "
    "counterpart, appointee.",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
