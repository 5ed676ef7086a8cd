#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for
benchmarks/devset/docs/business_bank_fraud_settlement.txt -> benchmarks/devset/gold/business_bank_fraud_settlement.json

Fictional business/regulation wire story: a London bank (Calder Whitmore) agrees to pay the Financial Conduct
Authority (FCA) £186 million over money-laundering failures at its Latvian subsidiary in Riga; nominal frames ('the
regulator's findings showed', 'data from the Bank of Latvia show', 'according to the FCA's final notice'), the
regulator's enforcement head quoted over two sentences, the bank's 'did not admit or deny' and its spokeswoman's denial,
the chief executive stepping down with a named successor, people familiar with the matter (plural unnamed source), a
former compliance analyst as whistleblower, the Latvian central bank's earlier investigation and fine, the bank's audit
firm under an inquiry by the Financial Reporting Council, hedges ('allegedly', 'may face'), exact and relative dates
('last March', 'two years later').  Built with the shared goldlib; events follow the shared validator's list like
labour_port_strike (a DESIGN type it lacks is 'other' with the DESIGN word leading the subtype)."""
from pathlib import Path

HERE = Path(__file__).resolve()
DEVSET = HERE.parents[1]                    # benchmarks/devset

from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "business_bank_fraud_settlement"
PUB = "2025-10-02"  # dateline: LONDON, Oct. 2, 2025 (a Thursday)
g = Gold(DEVSET / "docs" / f"{NAME}.txt", PUB)

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("london", "Location", ["LONDON", "London"],
  note="dateline; 'the London-based lender', 'ignored in London' (quote), 'senior managers in London', 'the compliance "
       "department in London', 'the parent company in London', 'rose 2.1% in London' (the stock market)")
E("latvia", "Location", ["Latvia", "Latvian"],
  note="'its Latvian subsidiary', 'registered outside Latvia', 'The Latvian central bank', 'further action in Latvia'; "
       "'Latvia' also inside 'Bank of Latvia'")
E("riga", "Location", ["Riga"], note="x5 incl. 'the Riga unit', 'ignored in Riga' (quote), 'managers in Riga'")
E("britain", "Location", ["Britain"], note="'which oversees auditors in Britain'")

# organizations
E("calder_whitmore", "Organization", ["Calder Whitmore Bank", "Calder Whitmore"],
  ["the London-based lender", "the bank", "The bank", "the parent company in London"], fictional=True,
  note="'Calder Whitmore' x9 (incl. headline, quote, 'Calder Whitmore's accounts'); 'the bank' (x7 incl. 'the bank's'), "
       "'The bank' x2; 'Calder Whitmore' is also inside 'Calder Whitmore Baltic'")
E("cw_baltic", "Organization", ["Calder Whitmore Baltic"],
  ["its Latvian subsidiary", "its subsidiary in Riga", "the unit", "the subsidiary", "the Riga unit",
   "a small subsidiary", "Latvian unit"],
  fictional=True,
  note="'Latvian unit' (headline); 'the unit' x2, 'the subsidiary' x3 (incl. 'the subsidiary's'); 'a small subsidiary' "
       "in Oyelaran's quote")
E("fca", "Organization", ["Financial Conduct Authority", "FCA"], ["the regulator", "The regulator"],
  note="real UK regulator; every statement here is fictional. Acronym in brackets; 'FCA' x6 (incl. 'the FCA's'); "
       "'the regulator' x2 ('the regulator said'), 'The regulator's findings', 'The regulator's notice'; 'reported to the "
       "regulator' in Senn's words is taken to be the FCA")
E("bank_of_latvia", "Organization", ["Bank of Latvia"], ["The Latvian central bank", "the supervisor"],
  note="real central bank; statements fictional. 'the supervisor' in the FCA's partial quote")
E("hollis_varga", "Organization", ["Hollis Varga"],
  ["the audit firm that has signed off Calder Whitmore's accounts since 2015", "the firm"], fictional=True,
  note="'Hollis Varga' x3 (incl. 'Hollis Varga's audits')")
E("frc", "Organization", ["Financial Reporting Council"], note="real UK body; statement fictional")
E("board", "Organization", [], ["the board"], note="Calder Whitmore's board ('told it')")
E("shareholders", "Organization", [], ["two of the bank's largest shareholders"], generic=True)
E("retail_division", "Organization", [], ["its retail division"])
E("compliance_london", "Organization", [], ["the compliance department in London"])
E("compliance_team", "Organization", [], ["its compliance team"], note="the Riga unit's")
E("latvian_prosecutors", "Organization", ["prosecutors"], generic=True, name_kind="descriptive",
  note="'in Latvia, where prosecutors have asked the subsidiary for records'")
E("customers", "Organization", [],
  ["thousands of companies registered outside Latvia", "1,900 non-resident customers", "non-resident customers",
   "customers of Calder Whitmore Baltic", "shell companies with no visible business"], generic=True,
  note="the unit's non-resident customers ('the same companies' in Kalnina's quote; 'non-resident customers' x2)")
E("suspect_customers", "Organization", [], ["Some of the customers"], generic=True,
  note="those the FCA's notice alleges moved money for gambling operators ('which does not name them')")
E("gambling_network", "Organization", [], ["a network of unlicensed online gambling operators"], generic=True)
E("investors", "Organization", ["investors"], generic=True, name_kind="descriptive",
  note="'investors were relieved', 'some had feared'")

# people
E("martin_oyelaran", "Person", ["Martin Oyelaran"], ["the FCA's head of financial crime enforcement"], fictional=True)
E("harriet_senn", "Person", ["Harriet Senn"], ["A spokeswoman for the bank"], fictional=True)
E("graham_purcell", "Person", ["Graham Purcell", "Purcell"], ["the bank's chief executive", "its chief executive"],
  fictional=True, note="'Purcell' x3; 'chief executive to step down' (headline); 'his reappointment', 'he was proud'")
E("anjali_mehta", "Person", ["Anjali Mehta"], ["head of its retail division"], fictional=True)
E("inese_kalnina", "Person", ["Inese Kalnina", "Kalnina"],
  ["a whistleblower", "a former compliance analyst at Calder Whitmore Baltic"], fictional=True,
  note="'Kalnina' x3; 'her concerns'; 'we' in her quote = the Riga compliance staff")
E("familiar_people", "Person", ["People familiar with the matter"], unnamed=True, name_kind="descriptive")
E("senior_managers", "Person", [], ["senior managers in London"], generic=True)
E("riga_managers", "Person", [], ["managers in Riga"], generic=True)
E("analysts", "Person", ["Analysts"], generic=True, name_kind="descriptive")

# events
E("aml_failures", "Event", [],
  ["failures to stop money laundering at its Latvian subsidiary", "money-laundering failures", "the problem",
   "The case"],
  note="the compliance failures 2017-2021: 'the scale of the problem' (Senn), 'The case began with a whistleblower'")
E("fca_settlement_2025", "Event", [], ["The penalty", "the fine"],
  note="'agreed to pay £186 million ... to settle'; 'the fine was smaller' (analysts)")
E("fca_investigation", "Event", [],
  ["an investigation by the Financial Conduct Authority", "the investigation", "its own investigation"],
  note="opened 'Two years later' (2022)")
E("purcell_departure", "Event", [], note="clausal: 'its chief executive ... would step down on Dec. 31'")
E("mehta_appointment", "Event", [], note="clausal: 'be succeeded by Anjali Mehta'")
E("riga_closure_2022", "Event", [], note="clausal: 'had closed its non-resident business in Riga in 2022'")
E("whistleblowing_2019", "Event", [], note="clausal: 'she had first reported suspicious accounts to managers in Riga in "
                                           "May 2019 and then to the compliance department in London'")
E("kalnina_exit_2020", "Event", [], note="clausal: 'Kalnina left the bank in 2020'")
E("bol_report_2020", "Event", [], note="clausal: 'took her concerns to the Bank of Latvia'")
E("bol_action_2020", "Event", [], note="clausal: 'The Latvian central bank investigated and fined the unit 1.2 million "
                                       "euros that year'")
E("frc_inquiry", "Event", [], ["an inquiry into Hollis Varga's audits of the bank", "the inquiry"])
E("prosecutors_request", "Event", [], note="clausal: 'prosecutors have asked the subsidiary for records'")

# ----------------------------------------------------------------- relations
R = g.rel
LEAD = ("Calder Whitmore Bank has agreed to pay £186 million ($250 million) to settle an investigation by the Financial "
        "Conduct Authority (FCA) into failures to stop money laundering at its Latvian subsidiary, the regulator said on "
        "Wednesday")
R("cw_baltic", "part_of", "calder_whitmore", "its Latvian subsidiary", source="fca", alt_predicates=["controls"],
  qualifier="subsidiary")
R("cw_baltic", "located_in", "latvia", "its Latvian subsidiary", source="fca")
R("fca", "targeted", "calder_whitmore", LEAD, source="fca", qualifier="investigation settled for £186 million",
  ambiguous=True, note="a regulator's investigation and penalty; 'targeted' is the nearest predicate")
P2 = ("The FCA said the London-based lender had for more than four years failed to check properly who was behind the "
      "accounts of customers of Calder Whitmore Baltic, its subsidiary in Riga, which handled payments for thousands of "
      "companies registered outside Latvia.")
R("calder_whitmore", "located_in", "london", "the London-based lender")
R("cw_baltic", "part_of", "calder_whitmore", "Calder Whitmore Baltic, its subsidiary in Riga", source="fca",
  alt_predicates=["controls"], qualifier="subsidiary")
R("calder_whitmore", "controls", "cw_baltic", "Calder Whitmore Baltic, its subsidiary in Riga", source="fca",
  alt_predicates=["part_of"], qualifier="parent")
R("cw_baltic", "located_in", "riga", "its subsidiary in Riga", source="fca")
R("riga", "located_in", "latvia", "its subsidiary in Riga", implicit=True,
  note="Riga in Latvia (capital; not stated, implied by 'its Latvian subsidiary' = 'its subsidiary in Riga')")
R("customers", "located_in", "latvia", "thousands of companies registered outside Latvia", polarity="negative",
  source="fca", polarity_cue="outside", qualifier="registered outside")
R("customers", "works_with", "cw_baltic", "customers of Calder Whitmore Baltic", source="fca", ambiguous=True,
  qualifier="customers of the bank", note="client relation; no exact predicate")
P2B = ("The regulator's findings showed that between January 2017 and June 2021 the unit processed about £4.3 billion "
       "for 1,900 non-resident customers, many of them shell companies with no visible business, while its compliance "
       "team never had more than six staff.")
R("compliance_team", "part_of", "cw_baltic", "its compliance team", source="fca")
Q3 = ("\"Calder Whitmore allowed a small subsidiary to become a gateway for money of unknown origin,\" said Martin "
      "Oyelaran, the FCA's head of financial crime enforcement.")
R("martin_oyelaran", "holds_position", "fca", "Martin Oyelaran, the FCA's head of financial crime enforcement",
  role="head of financial crime enforcement", alt_predicates=["member_of"])
P4B = ("Some of the customers allegedly moved money for a network of unlicensed online gambling operators, according to "
       "the FCA's final notice, which does not name them.")
R("suspect_customers", "works_with", "gambling_network", P4B, source="fca", certainty="reported",
  certainty_cue="allegedly", alt_predicates=["supported"], qualifier="moved money for",
  note="'allegedly' inside the FCA's notice: reported")
R("suspect_customers", "part_of", "customers", "Some of the customers", ambiguous=True, note="subset")
P5 = ("In a statement, the bank said it had \"cooperated fully\" with the investigation and had closed its non-resident "
      "business in Riga in 2022.")
P5C = ("A spokeswoman for the bank, Harriet Senn, denied that senior managers in London had known of the scale of the "
       "problem, saying the weaknesses \"were identified by the bank itself and reported to the regulator\".")
R("harriet_senn", "holds_position", "calder_whitmore", "A spokeswoman for the bank, Harriet Senn", role="spokeswoman")
R("senior_managers", "member_of", "calder_whitmore", "senior managers in London", source="harriet_senn", implicit=True,
  note="the bank's managers")
R("senior_managers", "located_in", "london", "senior managers in London", source="harriet_senn")
P6 = ("The bank also said that its chief executive, Graham Purcell, who has led Calder Whitmore since 2018, would step "
      "down on Dec. 31 and be succeeded by Anjali Mehta, head of its retail division.")
R("graham_purcell", "holds_position", "calder_whitmore", "its chief executive, Graham Purcell", source="calder_whitmore",
  role="chief executive", alt_predicates=["leader_of"], time="2018/2025-12-31",
  note="until Dec. 31 (announced departure)")
R("graham_purcell", "leader_of", "calder_whitmore", "Graham Purcell, who has led Calder Whitmore since 2018",
  source="calder_whitmore", time="2018/..")
R("anjali_mehta", "holds_position", "calder_whitmore", "be succeeded by Anjali Mehta", source="calder_whitmore",
  role="chief executive", time="2025-12-31/..", implicit=True, qualifier="designated successor (from Dec. 31)",
  note="future post, announced and decided")
R("anjali_mehta", "holds_position", "retail_division", "Anjali Mehta, head of its retail division",
  source="calder_whitmore", role="head", alt_predicates=["leader_of"])
R("retail_division", "part_of", "calder_whitmore", "its retail division")
R("graham_purcell", "holds_position", "calder_whitmore", "the bank's chief executive will step down at the end of the "
  "year", role="chief executive", note="lead: unnamed there (Purcell, named in paragraph 6)")
P6B = ("People familiar with the matter said the board had asked Purcell to go after two of the bank's largest "
       "shareholders told it they would vote against his reappointment.")
R("board", "part_of", "calder_whitmore", "the board", implicit=True, note="the bank's board (context)")
R("shareholders", "member_of", "calder_whitmore", "two of the bank's largest shareholders", ambiguous=True,
  alt_predicates=["controls"], qualifier="shareholders (ownership stake)", note="no exact predicate for shareholding")
P7 = ("The case began with a whistleblower. Inese Kalnina, a former compliance analyst at Calder Whitmore Baltic, said "
      "she had first reported suspicious accounts to managers in Riga in May 2019 and then to the compliance department "
      "in London.")
R("inese_kalnina", "holds_position", "cw_baltic", "Inese Kalnina, a former compliance analyst at Calder Whitmore Baltic",
  role="compliance analyst", qualifier="former", alt_predicates=["member_of"], time="../2020")
R("riga_managers", "located_in", "riga", "managers in Riga", source="inese_kalnina")
R("riga_managers", "member_of", "cw_baltic", "managers in Riga", source="inese_kalnina", implicit=True)
R("compliance_london", "part_of", "calder_whitmore", "the compliance department in London", source="inese_kalnina",
  implicit=True)
R("compliance_london", "located_in", "london", "the compliance department in London", source="inese_kalnina")
P8 = ("Kalnina left the bank in 2020 and took her concerns to the Bank of Latvia, which supervises the subsidiary.")
R("bank_of_latvia", "controls", "cw_baltic", "the Bank of Latvia, which supervises the subsidiary", ambiguous=True,
  qualifier="supervises (regulator)", note="supervision; no exact predicate")
R("bank_of_latvia", "located_in", "latvia", "The Latvian central bank", implicit=True)
P8B = "The Latvian central bank investigated and fined the unit 1.2 million euros that year."
R("bank_of_latvia", "targeted", "cw_baltic", P8B, time="2020", qualifier="investigated and fined 1.2 million euros",
  ambiguous=True)
P8C = ("Two years later, the FCA opened its own investigation into how much the parent company in London had known.")
R("fca", "targeted", "calder_whitmore", P8C, time="2022", qualifier="opened an investigation", ambiguous=True)
R("calder_whitmore", "located_in", "london", "the parent company in London")
P9 = ("Data from the Bank of Latvia show that deposits from non-resident customers made up 61% of the subsidiary's "
      "deposits at the end of 2018 and less than 5% at the end of 2023.")
P10 = ("Hollis Varga, the audit firm that has signed off Calder Whitmore's accounts since 2015, may face questions of its "
       "own.")
R("hollis_varga", "works_with", "calder_whitmore", "the audit firm that has signed off Calder Whitmore's accounts since "
  "2015", time="2015/..", qualifier="external auditor")
P10B = ("The regulator's notice says the firm was told of \"significant weaknesses\" in the Riga unit's controls in 2019 "
        "but did not mention them in its report to shareholders.")
P10C = ("The Financial Reporting Council, which oversees auditors in Britain, said last March that it had opened an "
        "inquiry into Hollis Varga's audits of the bank.")
R("frc", "located_in", "britain", "The Financial Reporting Council, which oversees auditors in Britain",
  alt_predicates=["controls"], ambiguous=True, qualifier="oversees auditors in Britain")
R("frc", "targeted", "hollis_varga", P10C, source="frc", qualifier="opened an inquiry", ambiguous=True,
  time="2025-03")
P11 = ("The bank may also face further action in Latvia, where prosecutors have asked the subsidiary for records of "
       "payments made between 2017 and 2021.")
R("latvian_prosecutors", "located_in", "latvia", "in Latvia, where prosecutors", alt_predicates=["part_of"])
R("latvian_prosecutors", "targeted", "cw_baltic", "prosecutors have asked the subsidiary for records", ambiguous=True,
  qualifier="requested records")

# -------------------------------------------------------------- attributions
A = g.attr
A(LEAD, "fca", "said", False)
A(P2, "fca", "said", False)
A(P2B, "fca", "The regulator's findings showed", False,
  content="between January 2017 and June 2021 the unit processed about £4.3 billion for 1,900 non-resident customers, "
          "many of them shell companies with no visible business, while its compliance team never had more than six "
          "staff", note="nominal frame: the findings are the FCA's")
A(Q3, "martin_oyelaran", "said", True, on_behalf_of="fca")
A("\"The warning signs were there from the start. They were ignored in Riga and they were ignored in London.\"",
  "martin_oyelaran", "said", True, cue_ctx="origin,\" said Martin Oyelaran", continuation=True, on_behalf_of="fca",
  note="quote continued over two sentences after the attribution")
A("The penalty would have been £265.7 million, but the bank received a 30% discount for agreeing to settle at an early "
  "stage, the regulator said.", "fca", "said", False)
A(P4B, "fca", "according to", False, note="'according to the FCA's final notice' (a document of the FCA)")
A(P5, "calder_whitmore", "said", False, partial_quote=True)
A("As is usual in such settlements, Calder Whitmore did not admit or deny the FCA's findings.", "calder_whitmore",
  "did not admit or deny", False, content="the FCA's findings",
  note="neither admission nor denial: no polarity; the findings stay the FCA's")
A(P5C, "harriet_senn", "denied", False, partial_quote=True, polarity="negative", on_behalf_of="calder_whitmore",
  content="senior managers in London had known of the scale of the problem")
A(P6, "calder_whitmore", "said", False)
A(P6B, "familiar_people", "said", False)
A("two of the bank's largest shareholders told it they would vote against his reappointment", "shareholders", "told",
  False, via=["familiar_people"], content="they would vote against his reappointment",
  note="reported speech inside the unnamed sources' account")
A("Purcell said in a statement that it was \"the right moment to hand over\" and that he was proud of the bank's "
  "progress.", "graham_purcell", "said", False, partial_quote=True)
A(P7[len("The case began with a whistleblower. "):], "inese_kalnina", "said", False)
A("\"Nobody answered. They treated the warnings as a nuisance,\" Kalnina said in an interview.", "inese_kalnina",
  "said", True)
A("\"Every month we saw the same companies move millions through accounts with no staff and no website.\"",
  "inese_kalnina", "said", True, cue_ctx="Kalnina said in an interview", continuation=True,
  note="quote continued after 'Kalnina said in an interview'")
A(P9, "bank_of_latvia", "Data from the Bank of Latvia show", False,
  content="deposits from non-resident customers made up 61% of the subsidiary's deposits at the end of 2018 and less "
          "than 5% at the end of 2023", note="nominal frame 'data from X'")
A("The FCA said that fall had come \"only after the supervisor stepped in\".", "fca", "said", False, partial_quote=True)
A(P10B, "fca", "says", False, partial_quote=True, note="'The regulator's notice says' (a document of the FCA)")
A(P10C, "frc", "said", False)
A("Hollis Varga said it would not comment while the inquiry was under way.", "hollis_varga", "said", False,
  note="a refusal to comment: no claim content")
A("Calder Whitmore said it expected no further penalties.", "calder_whitmore", "said", False)
A("Analysts said investors were relieved that the fine was smaller than the £300 million some had feared.", "analysts",
  "said", False)

# ------------------------------------------------------------------- hedges
H = g.hedge
H("allegedly", "Some of the customers allegedly moved money for a network of unlicensed online gambling operators",
  "reported")
H("may face", "may face questions of its own", "possible")
H("may also face", "The bank may also face further action in Latvia", "possible")
H("expected", "it expected no further penalties", "probable")

# ------------------------------------------------------------------ stances
g.stance(P2B, "fca", "endorses", "The regulator's findings showed",
         note="factive nominal frame ('findings showed'): the writer takes the findings as established, as 'as data "
              "from the health agency confirm' in factcheck_vaccine_claim")
g.stance(P9, "bank_of_latvia", "endorses", "Data from the Bank of Latvia show",
         note="factive 'data ... show'")

# ------------------------------------------------------------------- events
V = g.event
V("fca_settlement_2025", "other", "2025-10-01", None,
  {"fine_gbp": 186000000, "fine_usd": 250000000, "undiscounted_fine_gbp": 265700000, "discount_pct": 30},
  [("fca", "actor"), ("calder_whitmore", "payer"), ("calder_whitmore", "target"), ("fca", "recipient")], LEAD,
  subtype="sanction: settlement of the FCA's investigation with a £186 million penalty (30% early-settlement "
          "discount); the bank neither admits nor denies the findings",
  source="fca", place_alt=["london"],
  note="announced 'on Wednesday' 2025-10-01 (date of the agreement not stated otherwise)")
V("aml_failures", "other", "2017-01/2021-06", "riga",
  {"processed_gbp": 4300000000, "non_resident_customers": 1900, "compliance_staff_max": 6},
  [("cw_baltic", "actor"), ("customers", "actor"), ("calder_whitmore", "actor"), ("suspect_customers", "actor"),
   ("gambling_network", "beneficiary", {"source": "fca", "certainty": "reported"})], P2B,
  subtype="money laundering: compliance failures at the Riga unit (payments for non-resident shell companies)",
  source="fca", place_alt=["latvia", "cw_baltic"],
  note="'for more than four years'; the FCA's findings (nominal frame). Bank of Latvia data: non-resident deposits 61% "
       "(end 2018) -> under 5% (end 2023)",
  numbers_by_source=[
      {"source": "fca", "time": "2017-01/2021-06",
       "numbers": {"processed_gbp": 4300000000, "non_resident_customers": 1900}, "qualifier": "about",
       "evidence": "the unit processed about £4.3 billion for 1,900 non-resident customers"},
      {"source": "bank_of_latvia", "numbers": {"non_resident_deposit_share_pct_2018": 61,
                                               "non_resident_deposit_share_pct_2023": 5},
       "qualifier": "'less than 5%' at the end of 2023",
       "evidence": "deposits from non-resident customers made up 61% of the subsidiary's deposits at the end of 2018 "
                   "and less than 5% at the end of 2023"}])
V("fca_investigation", "other", "2022", None, {},
  [("fca", "actor"), ("calder_whitmore", "target")], P8C,
  subtype="investigation: the FCA's investigation of the parent company (settled 2025-10-01)",
  note="'Two years later' after 2020 = 2022")
V("purcell_departure", "other", "2025-12-31", None, {},
  [("graham_purcell", "actor"), ("calder_whitmore", "target"), ("board", "orderer", {"source": "familiar_people"})],
  P6, subtype="resignation: chief executive to step down (announced 2025-10-01, effective 2025-12-31)",
  source="calder_whitmore", alt_dates=["2025-10-01"],
  note="announced and decided on Wednesday, effective Dec. 31; the board asked him to go (people familiar with the "
       "matter). 'at the end of the year' (lead) = the same date")
V("mehta_appointment", "appointment", "2025-10-01", None, {},
  [("anjali_mehta", "appointee"), ("calder_whitmore", "appointer"), ("graham_purcell", "actor",
                                                                     {"qualifier": "predecessor"})],
  "be succeeded by Anjali Mehta", subtype="named chief executive (succeeds Purcell from Dec. 31)",
  source="calder_whitmore", alt_dates=["2025-12-31"],
  note="named in the bank's announcement on Wednesday 2025-10-01; takes office when Purcell leaves")
V("riga_closure_2022", "other", "2022", "riga", {},
  [("calder_whitmore", "actor"), ("cw_baltic", "target")],
  "had closed its non-resident business in Riga in 2022",
  subtype="shutdown: closure of the non-resident business (no DESIGN word; 'shutdown' leads)", source="calder_whitmore")
V("whistleblowing_2019", "other", "2019-05", "riga", {},
  [("inese_kalnina", "actor"), ("riga_managers", "recipient"), ("compliance_london", "recipient")], P7,
  subtype="whistleblowing: internal reports of suspicious accounts (no DESIGN word; 'whistleblowing' leads)",
  source="inese_kalnina", note="'first' in May 2019 to Riga managers, 'then' to London (date of the second not stated)")
V("kalnina_exit_2020", "other", "2020", None, {},
  [("inese_kalnina", "actor"), ("calder_whitmore", "target")], "Kalnina left the bank in 2020",
  subtype="resignation: left the bank (manner not stated)", ambiguous=True)
V("bol_report_2020", "other", "2020", None, {},
  [("inese_kalnina", "actor"), ("bank_of_latvia", "recipient")], "took her concerns to the Bank of Latvia",
  subtype="whistleblowing: report to the supervisor (no DESIGN word; 'whistleblowing' leads)",
  note="same sentence as 'in 2020'")
V("bol_action_2020", "other", "2020", None, {"fine_eur": 1200000},
  [("bank_of_latvia", "actor"), ("cw_baltic", "target")], P8B,
  subtype="investigation: the Latvian central bank's investigation ending in a 1.2 million euro fine (sanction)",
  alt_types=["sanction"], note="'that year' = 2020; the earlier investigation")
V("frc_inquiry", "other", "2025-03", None, {},
  [("frc", "actor"), ("hollis_varga", "target")], P10C,
  subtype="investigation: inquiry into the auditor's audits of the bank", source="frc", mod="BEFORE",
  note="'said last March that it had opened' = opened by March 2025")
V("prosecutors_request", "other", None, "latvia", {},
  [("latvian_prosecutors", "actor"), ("cw_baltic", "target")],
  "prosecutors have asked the subsidiary for records of payments made between 2017 and 2021",
  subtype="investigation: Latvian prosecutors request payment records", note="date not stated (before publication)")

# ------------------------------------------------------------------ timexes
T = g.timex
T("Oct. 2, 2025", "2025-10-02", function="publication_date")
T("Wednesday", "2025-10-01", ctx="the regulator said on Wednesday")
T("the end of the year", "2025", mod="END", note="= Dec. 31 (paragraph 6)")
T("more than four years", "P4Y", type="duration", mod="MORE_THAN")
T("January 2017", "2017-01")
T("June 2021", "2021-06")
T("2022", "2022", ctx="in Riga in 2022")
T("2018", "2018", ctx="since 2018", signal="since")
T("Dec. 31", "2025-12-31")
T("May 2019", "2019-05")
T("Every month", "P1M", type="set", note="TIMEX3 SET, inside Kalnina's quote")
T("2020", "2020")
T("that year", "2020", anchor="2020")
T("Two years later", "2022", anchor="2020")
T("the end of 2018", "2018", mod="END")
T("the end of 2023", "2023", mod="END")
T("2015", "2015", signal="since")
T("2019", "2019", ctx="controls in 2019")
T("last March", "2025-03")
T("2017", "2017", ctx="between 2017 and 2021")
T("2021", "2021", ctx="between 2017 and 2021")
T("Wednesday", "2025-10-01", ctx="in London on Wednesday")

# ------------------------------------------------------------------- notes
g.notes += [
    "FICTIONAL dev document (own wording), written for benchmarks/devset and annotated by hand before any claimgraph "
    "run: Calder Whitmore Bank, Calder Whitmore Baltic, Hollis Varga, Martin Oyelaran, Harriet Senn, Graham Purcell, "
    "Anjali Mehta, Inese Kalnina and the case are invented; London, Riga, Latvia and Britain are real places; the "
    "Financial Conduct Authority, the Bank of Latvia and the Financial Reporting Council are real bodies, but every "
    "statement and action attributed to them here is fictional. Names are written without Latvian diacritics. "
    "errors: none.",
    "published = dateline 2025-10-02 (Thursday): 'Wednesday' (x2) = 2025-10-01 (the FCA's announcement; the share "
    "move); 'the end of the year' = 'Dec. 31' = 2025-12-31 (Purcell's departure, future but decided); 'last March' = "
    "2025-03 (FRC statement); 'that year' = 2020 and 'Two years later' = 2022 (anchored on Kalnina's 2020); 'between "
    "January 2017 and June 2021' = the findings' period; 'the end of 2018' / 'the end of 2023' (Bank of Latvia data).",
    "Not timexes: 'from the start', 'at an early stage', 'first' / 'then' (order), 'since' alone.",
    "Aliases: 'Financial Conduct Authority (FCA)' - acronym in brackets; 'the regulator' / 'The regulator's' = the FCA; "
    "'the London-based lender', 'the bank', 'the parent company in London' = Calder Whitmore; 'its Latvian "
    "subsidiary', 'its subsidiary in Riga', 'the unit', 'the Riga unit', 'the subsidiary' = Calder Whitmore Baltic; "
    "'The Latvian central bank', 'the supervisor' = the Bank of Latvia; 'the firm' = Hollis Varga. Persons named in "
    "full then by surname: Purcell, Kalnina.",
    "Attributions and frames: nominal frames 'The regulator's findings showed', 'Data from the Bank of Latvia show' "
    "(factive: also author stances 'endorses', as 'as data ... confirm' in factcheck_vaccine_claim), 'according to the "
    "FCA's final notice', 'The regulator's notice says'; Oyelaran's quote continued over two sentences and Kalnina's "
    "third quote sentence after her 'said' (continuation=True); 'did not admit or deny' is an attribution with no "
    "polarity; the spokeswoman's denial is polarity negative; 'People familiar with the matter said' is a plural "
    "unnamed Person source, and the shareholders' 'told it' inside their account has via familiar_people; Hollis "
    "Varga's refusal to comment carries no claim.",
    "Certainty per source: 'allegedly' (inside the FCA's notice) = reported; 'may face' (x2, the writer's) = possible; "
    "'expected no further penalties' = probable; approximators ('about', 'less than') are not hedges (the shared gold's convention, as in the rest of this set). 'would have been £265.7 "
    "million' is a counterfactual figure (the undiscounted penalty), not a hedge.",
    "Relations with no exact predicate, nearest kept and flagged ambiguous: a regulator's investigation, fine or "
    "inquiry (targeted), supervision (controls), an auditor (works_with, qualifier external auditor), customers of a "
    "bank (works_with), shareholders (member_of, alt controls), moving money for gambling operators (works_with, "
    "reported). Subsidiary: part_of (child -> parent, x2: 'its Latvian subsidiary', 'its subsidiary in Riga') and "
    "controls (parent -> child). Titles: chief executive (holds_position, x2 incl. the lead's unnamed 'the bank's chief "
    "executive'; leader_of 'has led ... since 2018'), successor Mehta (holds_position chief executive from 2025-12-31, "
    "implicit; head of the retail division), spokeswoman, head of financial crime enforcement, former compliance "
    "analyst (qualifier former). Negative located_in: customers 'registered outside Latvia'.",
    "Event types: validate_gold.py's list is followed; 'appointment' (Mehta, named 2025-10-01) is in it; DESIGN types "
    "it lacks are 'other' with the DESIGN word leading the subtype: sanction (the FCA settlement), investigation (FCA "
    "2022, Bank of Latvia 2020 with its fine, FRC inquiry, Latvian prosecutors' request), resignation (Purcell, "
    "decided and announced, effective 2025-12-31; Kalnina left 2020), shutdown / whistleblowing / money laundering "
    "(no DESIGN word; that word leads). The 2.1% share rise on Wednesday is market movement, not annotated as an event; "
    "further action in Latvia and further penalties are hypothetical (not events).",
    "cross_doc: not applicable (unrelated domain).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
