#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for
benchmarks/devset/docs/politics_minister_resignation.txt -> benchmarks/devset/gold/politics_minister_resignation.json

Fictional national-politics / public-money wire story: New Zealand's education minister resigns after an
Auditor-General's report on a NZ$86.4 million classroom contract awarded, after a shortened tender, to a company
run by her brother-in-law; her disputed account of a declared conflict; the opposition leader's accusations; the
prime minister's statement and the named successor; a select-committee inquiry; the company's denial; anonymous
sources on the cabinet and a review of other contracts.  Built with the shared goldlib (same schema and conventions
as the shared dev gold and the other devset scripts; events follow the shared validator's list like
cyber_ransomware_attack).  HELD OUT: its misses are not read while rules are written."""
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[3]                      # project root
DEVSET = HERE.parents[1]                    # benchmarks/devset

from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "politics_minister_resignation"
PUB = "2025-08-07"  # dateline: WELLINGTON, Aug. 7, 2025 (a Thursday)
g = Gold(DEVSET / "docs" / f"{NAME}.txt", PUB)

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("wellington", "Location", ["WELLINGTON"], note="dateline")
E("new_zealand", "Location", ["New Zealand"], note="headline and lead ('New Zealand's education minister')")
E("hamilton", "Location", ["Hamilton"], note="'a Hamilton company' (attributive)")
E("waikato", "Location", ["Waikato"])
E("bay_of_plenty", "Location", ["Bay of Plenty"])
E("auckland", "Location", ["Auckland"])
E("schools", "Location", ["schools in Waikato and Bay of Plenty"], generic=True, name_kind="descriptive",
  note="facilities where 96 classrooms were installed")

# organizations
E("nz_government", "Organization", ["the government"], ["government", "a government"], name_kind="descriptive",
  note="the New Zealand government: 'the work of government', 'accused the government', 'a government that looked the "
       "other way' (Walker), 'the government's budget message'")
E("cabinet", "Organization", ["cabinet"], note="'cabinet discussions', 'Ashworth's cabinet'")
E("oag", "Organization", ["Office of the Auditor-General", "OAG"],
  note="acronym defined in text; real office, fictional report. The report itself is the publication event; "
       "'the report said' is attributed to the office")
E("moe", "Organization", ["Ministry of Education"], ["the ministry", "The Ministry of Education"],
  note="real ministry; fictional contract. 'the ministry' x5; 'Its' in 'Its secretary'")
E("procurement_team", "Organization", ["the ministry's procurement team"], name_kind="descriptive")
E("rimu_modular", "Organization", ["Rimu Modular Ltd", "Rimu Modular", "Rimu"],
  ["in-law's firm", "a company run by her brother-in-law", "a Hamilton company", "the company", "The company",
   "The firm"], fictional=True,
  note="'Rimu's bid'; 'its' in 'its chief executive', 'its higher price', 'its shares'")
E("cabinet_office", "Organization", ["Cabinet Office"], note="real department (DPMC); fictional records")
E("parliament", "Organization", ["Parliament"],
  note="'told reporters at Parliament' (the building, metonymic), 'Parliament's Finance and Expenditure Committee', "
       "'a member of Parliament'")
E("fec", "Organization", ["Finance and Expenditure Committee"], ["the committee"],
  note="real select committee; fictional inquiry")
E("companies_office", "Organization", ["Companies Office"], note="documentary source: 'Companies Office records show'")
E("minister_office", "Organization", ["the minister's office"], ["Rowe's office"], name_kind="descriptive")
E("minister_staff", "Person", ["staff in the minister's office"], ["her staff"], name_kind="descriptive",
  note="'her staff' in Fitch's quote = Rowe's staff")
E("pm_office", "Organization", ["the prime minister's office"], name_kind="descriptive")
E("two_people", "Person", ["Two people familiar with cabinet discussions"], unnamed=True, name_kind="descriptive")
E("several_ministers", "Person", ["several ministers"], unnamed=True, name_kind="descriptive")
E("senior_official", "Person", ["A senior government official"], unnamed=True, name_kind="descriptive")
E("deputy_secretary", "Person", ["a deputy secretary who has since left the ministry"], unnamed=True,
  name_kind="descriptive")
E("governor_general", "Person", ["the Governor-General"], name_kind="descriptive",
  note="title only (office-holder not named)")
E("opposition_mps", "Person", ["opposition MPs"], generic=True, name_kind="descriptive")
E("ministry_officials", "Person", ["senior ministry officials"], ["officials"], generic=True, name_kind="descriptive",
  note="'officials' (Desai) = the ministry's officials")

# people
E("philippa_rowe", "Person", ["Philippa Rowe", "Rowe"],
  ["New Zealand education minister", "New Zealand's education minister", "the minister"],
  fictional=True,
  note="'a minister's family' (Walker) refers to her family; 'she'/'She', 'her'; 'the minister' in 'the minister's "
       "office' and Fitch's quote")
E("rowe_sister", "Person", ["Rowe's sister"], unnamed=True, name_kind="descriptive")
E("grant_ellison", "Person", ["Grant Ellison", "Ellison"], ["her brother-in-law"], fictional=True,
  note="'in-law' in the headline ('in-law's firm'); 'a minister's family' (Walker) includes him")
E("david_ashworth", "Person", ["David Ashworth", "Ashworth"], ["Prime Minister", "the prime minister"],
  fictional=True, note="'he' in paragraph 7; 'the prime minister's office'")
E("nikhil_desai", "Person", ["Nikhil Desai", "Desai"],
  ["the associate education minister", "a former school principal from Auckland"], fictional=True)
E("miriama_tane", "Person", ["Miriama Tane"], ["the Auditor-General"], fictional=True,
  note="'the Auditor-General reported' (lead) = Tane, head of the OAG")
E("kiri_walker", "Person", ["Kiri Walker", "Walker"], ["Opposition leader"], fictional=True)
E("tom_buchanan", "Person", ["Tom Buchanan"], ["its chair"], fictional=True)
E("lorraine_fitch", "Person", ["Lorraine Fitch"], ["its chief executive"], fictional=True)
E("angela_moffat", "Person", ["Angela Moffat"], ["Its secretary"], fictional=True)

# events (entities; records below)
E("rowe_resignation", "Event", [], ["her resignation"],
  note="'resigned on Wednesday night'; 'quits' (headline); 'stepping aside'; 'by resigning'")
E("desai_appointment", "Event", [], note="clausal: 'on Thursday named Nikhil Desai ... to replace her'")
E("oag_report", "Event", [], ["The report by the Office of the Auditor-General (OAG)", "the report", "The report",
                              "the OAG's findings"],
  note="publication of the Auditor-General's report (Tuesday 2025-08-05, 'a day after')")
E("classroom_contract", "Event", [], ["a NZ$86.4 million contract for prefabricated classrooms", "the contract"],
  note="award of the contract (November 2024); 'the contract' x6 (also 'contracts' generic)")
E("tender_2024", "Event", [], ["a tender process that was cut short", "the tender", "the shortened tender"],
  note="the shortened tender (nine working days instead of 30)")
E("rowe_declaration", "Event", [], ["any such declaration"],
  note="Rowe's claimed written declaration to the Cabinet Office in 2023, disputed")
E("office_contacts", "Event", [], note="clausal: staff 'had contacted the ministry's procurement team at least four times'")
E("pm_briefing", "Event", [], note="clausal: 'he was briefed on the OAG's findings last week'")
E("fec_inquiry", "Event", [], ["an inquiry into the contract", "the inquiry"])
E("contracts_review", "Event", [], note="clausal: the prime minister's office 'was reviewing whether other contracts ...'")
E("rimu_incorporation", "Event", [], note="clausal: 'Rimu Modular was incorporated in 2017'")
E("procurement_rules_change", "Event", [], note="clausal: 'the ministry had tightened its procurement rules in June'")

# ----------------------------------------------------------------- relations
R = g.rel
HEAD = "New Zealand education minister quits over classroom contract won by in-law's firm"
R("philippa_rowe", "holds_position", "new_zealand", "New Zealand education minister", role="education minister",
  alt_objects=["moe", "nz_government"], note="headline; 'quits': former from Wednesday night")
R("rimu_modular", "works_with", "moe", HEAD, qualifier="won the classroom contract", alt_predicates=["funded"],
  implicit=True, note="the awarding ministry is implicit in the headline")
LEAD = ("New Zealand's education minister, Philippa Rowe, resigned on Wednesday night, a day after the Auditor-General "
        "reported that a NZ$86.4 million contract for prefabricated classrooms had gone to a company run by her "
        "brother-in-law after a tender process that was cut short.")
R("philippa_rowe", "holds_position", "new_zealand", "New Zealand's education minister, Philippa Rowe",
  role="education minister", alt_objects=["moe", "nz_government"], time="../2025-08-06")
R("grant_ellison", "leader_of", "rimu_modular", "a company run by her brother-in-law", source="miriama_tane",
  alt_predicates=["holds_position", "controls"])
R("moe", "works_with", "rimu_modular",
  "the Auditor-General reported that a NZ$86.4 million contract for prefabricated classrooms had gone to a company "
  "run by her brother-in-law", source="miriama_tane", alt_predicates=["funded"],
  qualifier="NZ$86.4 million contract for prefabricated classrooms", implicit=True,
  note="the awarding ministry is named only in paragraph 3")
P2A = ("Rowe, 52, said in a statement that she had \"done nothing wrong\" but was stepping aside so that the matter "
       "\"does not become a distraction from the work of government.\"")
P2B = ("Prime Minister David Ashworth accepted her resignation and on Thursday named Nikhil Desai, the associate "
       "education minister, to replace her.")
R("david_ashworth", "holds_position", "new_zealand", "Prime Minister David Ashworth", role="prime minister",
  alt_objects=["nz_government"], alt_predicates=["leader_of"])
R("nikhil_desai", "holds_position", "new_zealand", "Nikhil Desai, the associate education minister",
  role="associate education minister", alt_objects=["moe", "nz_government"])
R("nikhil_desai", "holds_position", "new_zealand", P2B, role="education minister", time="2025-08-07",
  alt_objects=["moe", "nz_government"], note="'named ... to replace her' (appointment; sworn in on Friday, expected)")
P3 = ("The report by the Office of the Auditor-General (OAG) found that the Ministry of Education shortened the tender "
      "period for 140 modular classrooms from the standard 30 working days to nine, and awarded the contract in "
      "November 2024 to Rimu Modular Ltd, a Hamilton company whose managing director, Grant Ellison, is married to "
      "Rowe's sister.")
R("moe", "works_with", "rimu_modular", P3, source="oag", time="2024-11", alt_predicates=["funded"],
  qualifier="awarded the contract (140 modular classrooms)")
R("rimu_modular", "located_in", "hamilton", "a Hamilton company")
R("grant_ellison", "holds_position", "rimu_modular", "a Hamilton company whose managing director, Grant Ellison",
  role="managing director", source="oag", alt_predicates=["leader_of"])
R("miriama_tane", "leader_of", "oag", "the Auditor-General, Miriama Tane", implicit=True,
  alt_predicates=["holds_position"], role="Auditor-General",
  note="the Auditor-General heads the Office of the Auditor-General (title -> office)")
P4B = ("The report said staff in the minister's office had contacted the ministry's procurement team at least four "
       "times during the tender, but it stopped short of finding that Rowe herself had directed the outcome.")
R("minister_staff", "member_of", "minister_office", "staff in the minister's office")
R("philippa_rowe", "leader_of", "minister_office", "the minister's office", implicit=True,
  note="'the minister' = Rowe")
R("procurement_team", "part_of", "moe", "the ministry's procurement team")
R("minister_staff", "works_with", "procurement_team", P4B, source="oag",
  qualifier="contacted at least four times during the tender", note="contact; no closer predicate")
P6A = "Opposition leader Kiri Walker accused the government of a cover-up."
QW = ("\"This is not a lapse. It is a minister's family being handed ten million dollars of taxpayers' money, and a "
      "government that looked the other way for nine months,\" Walker told reporters at Parliament.")
R("kiri_walker", "holds_position", "parliament", "Opposition leader Kiri Walker", role="opposition leader",
  alt_objects=["new_zealand"], alt_predicates=["leader_of"],
  note="leader of the opposition in Parliament; her party is not named")
R("nz_government", "funded", "rimu_modular", QW, source="kiri_walker", implicit=True, alt_objects=["grant_ellison"],
  qualifier="'ten million dollars of taxpayers' money' (the premium over the lowest bid, as Walker puts it)",
  note="'a minister's family' = Ellison/his company; figurative 'handed'")
P8A = ("Two people familiar with cabinet discussions said Ashworth had asked Rowe to resign on Wednesday afternoon, after "
       "several ministers warned that the affair threatened the government's budget message.")
R("several_ministers", "member_of", "cabinet", P8A, source="two_people", implicit=True,
  note="ministers in the cabinet discussions")
P9 = ("Parliament's Finance and Expenditure Committee will hold an inquiry into the contract, its chair, Tom Buchanan, "
      "announced on Thursday.")
R("fec", "part_of", "parliament", "Parliament's Finance and Expenditure Committee")
R("tom_buchanan", "holds_position", "fec", "its chair, Tom Buchanan", role="chair", alt_predicates=["leader_of"])
P10A = ("In a statement, its chief executive, Lorraine Fitch, said the company had won the contract \"fairly and on "
        "merit\" and that Ellison had \"never discussed the tender with the minister or her staff.\"")
R("lorraine_fitch", "holds_position", "rimu_modular", "its chief executive, Lorraine Fitch", role="chief executive",
  alt_predicates=["leader_of"])
R("moe", "works_with", "rimu_modular", P10A, source="lorraine_fitch", alt_predicates=["funded"],
  qualifier="won the contract 'fairly and on merit'", implicit=True)
R("grant_ellison", "works_with", "philippa_rowe", P10A, polarity="negative", source="lorraine_fitch",
  polarity_cue="never discussed", qualifier="discussed the tender (denied)",
  note="said on behalf of the company; also denies contact with her staff")
P10B = ("The firm said its higher price reflected faster delivery, and that 96 of the classrooms had already been "
        "installed at schools in Waikato and Bay of Plenty.")
R("schools", "located_in", "waikato", "schools in Waikato and Bay of Plenty")
R("schools", "located_in", "bay_of_plenty", "schools in Waikato and Bay of Plenty")
P11A = ("Companies Office records show Rimu Modular was incorporated in 2017 and that Ellison owns 60 percent of its "
        "shares.")
R("grant_ellison", "controls", "rimu_modular", P11A, source="companies_office", qualifier="owns 60 percent of the shares")
P12B = ("Its secretary, Angela Moffat, said the shortened tender had been approved by a deputy secretary who has since "
        "left the ministry, and that the ministry had tightened its procurement rules in June.")
R("angela_moffat", "holds_position", "moe", "Its secretary, Angela Moffat", role="secretary (chief executive)",
  alt_predicates=["leader_of"])
R("deputy_secretary", "holds_position", "moe", "a deputy secretary who has since left the ministry",
  role="deputy secretary", source="angela_moffat", qualifier="former (has since left)")
P13A = ("Desai, 44, a former school principal from Auckland, is expected to be sworn in by the Governor-General on "
        "Friday.")
R("philippa_rowe", "member_of", "parliament", "Rowe will remain a member of Parliament.", role="member of Parliament")
P14B = "She is reportedly the second minister to leave Ashworth's cabinet this year"
R("philippa_rowe", "member_of", "cabinet", P14B, certainty="reported", certainty_cue="reportedly", stance="neutral",
  qualifier="former: left the cabinet (second minister this year)")
R("david_ashworth", "leader_of", "cabinet", "Ashworth's cabinet")
R("oag", "part_of", "new_zealand", "the Auditor-General reported", implicit=True, alt_objects=["nz_government"],
  note="New Zealand's Auditor-General (context)")
R("moe", "part_of", "nz_government", "the Ministry of Education", implicit=True, alt_objects=["new_zealand"])

# -------------------------------------------------------------- attributions
A = g.attr
A("the Auditor-General reported that a NZ$86.4 million contract for prefabricated classrooms had gone to a company run "
  "by her brother-in-law after a tender process that was cut short", "miriama_tane", "reported", False,
  on_behalf_of="oag")
A(P2A, "philippa_rowe", "said", False, partial_quote=True)
A(P3, "oag", "found", False, note="the report as the office's finding")
A("Rimu's bid was NZ$10.6 million higher than the lowest compliant offer, the report said.", "oag", "the report said",
  False)
A("\"We found no evidence that the decision to shorten the tender was based on a documented need,\" the "
  "Auditor-General, Miriama Tane, wrote.", "miriama_tane", "wrote", True, on_behalf_of="oag",
  content="We found no evidence that the decision to shorten the tender was based on a documented need")
A(P4B, "oag", "The report said", False)
A("Rowe said she had declared the family connection in writing to the Cabinet Office in 2023 and had taken no part in "
  "decisions on the contract.", "philippa_rowe", "said", False,
  note="the author says this account 'is contradicted by the report' (stance disputes)")
A("the report, which said the Cabinet Office held \"no record\" of any such declaration", "oag", "said", False,
  partial_quote=True)
A(P6A, "kiri_walker", "accused", False)
A(QW, "kiri_walker", "told", True,
  content="This is not a lapse. It is a minister's family being handed ten million dollars of taxpayers' money, and a "
          "government that looked the other way for nine months")
A("She said Ashworth must have known about the link long before the report and demanded that he release all "
  "correspondence between Rowe's office and the ministry.", "kiri_walker", "said", False)
A("Ashworth rejected that.", "david_ashworth", "rejected", False,
  note="rejects Walker's claim that he must have known")
A("In a statement, he said he first learned of the relationship when he was briefed on the OAG's findings last week, "
  "and that Rowe had \"done the right thing\" by resigning.", "david_ashworth", "said", False, partial_quote=True)
A("\"Ministers must be beyond reproach, and where there is doubt, they go,\" the prime minister said.",
  "david_ashworth", "said", True)
A(P8A, "two_people", "said", False)
A(P8A, "several_ministers", "warned", False, via=["two_people"],
  content="the affair threatened the government's budget message")
A("A senior government official, speaking on condition of anonymity, said the prime minister's office was reviewing "
  "whether other contracts awarded by the ministry since 2023 should be re-examined.", "senior_official", "said", False)
A(P9, "tom_buchanan", "announced", False, on_behalf_of="fec")
A("He said hearings would begin on Sept. 2 and that the committee would call Rowe, Ellison and senior ministry "
  "officials to give evidence.", "tom_buchanan", "said", False, on_behalf_of="fec")
A("Rimu Modular denied any wrongdoing.", "rimu_modular", "denied", False)
A(P10A, "lorraine_fitch", "said", False, partial_quote=True, on_behalf_of="rimu_modular")
A(P10B, "rimu_modular", "said", False)
A(P11A, "companies_office", "show", False, note="'Companies Office records' = the register as documentary source")
A("The company reported revenue of NZ$31 million in the year to March 2024", "rimu_modular", "reported", False,
  note="the comparison 'less than half the value of the contract' is the author's")
A("The Ministry of Education said it was cooperating fully with the inquiry.", "moe", "said", False)
A(P12B, "angela_moffat", "said", False, on_behalf_of="moe")
A("He told reporters he would ask officials for \"a full and frank account\" of the contract within his first week.",
  "nikhil_desai", "told", False, partial_quote=True)
A("Asked whether the contract could be cancelled, he said: \"Everything is on the table.\"", "nikhil_desai", "said",
  True)
A("opposition MPs said she may not be the last", "opposition_mps", "said", False)

# ------------------------------------------------------------------- hedges
H = g.hedge
H("found no evidence", "We found no evidence that the decision to shorten the tender was based on a documented need",
  "probable", note="evidential negative: probably not (as 'found no sign' in cyber_ransomware_attack)")
H("stopped short of finding", "it stopped short of finding that Rowe herself had directed the outcome", "uncertain",
  note="the report leaves open whether Rowe directed the outcome")
H("accused", "Opposition leader Kiri Walker accused the government of a cover-up.", "reported")
H("must have known", "She said Ashworth must have known about the link long before the report", "probable",
  note="epistemic 'must' (inference by Walker)")
H("reviewing whether", "the prime minister's office was reviewing whether other contracts awarded by the ministry "
  "since 2023 should be re-examined", "uncertain")
H("is expected to", "Desai, 44, a former school principal from Auckland, is expected to be sworn in", "probable")
H("reportedly", P14B, "reported")
H("may", "she may not be the last", "possible")

# ------------------------------------------------------------------- stances
g.stance("Rowe said she had declared the family connection in writing to the Cabinet Office in 2023 and had taken no "
         "part in decisions on the contract. That account is contradicted by the report",
         "philippa_rowe", "disputes", "is contradicted by",
         note="the writer sides with the report against Rowe's account of a declaration")

# ------------------------------------------------------------------- events
V = g.event
V("rowe_resignation", "other", "2025-08-06", None, {},
  [("philippa_rowe", "actor"), ("david_ashworth", "orderer", {"source": "two_people"}),
   ("david_ashworth", "responder")],
  "New Zealand's education minister, Philippa Rowe, resigned on Wednesday night",
  subtype="resignation (minister of education)",
  note="'asked Rowe to resign on Wednesday afternoon' (two anonymous sources) -> Ashworth as orderer with that "
       "source; he 'accepted her resignation' (responder); place not stated (Wellington is only the dateline)")
V("desai_appointment", "appointment", "2025-08-07", None, {},
  [("nikhil_desai", "appointee"), ("david_ashworth", "appointer")],
  P2B, subtype="named education minister (replacing Rowe); swearing-in by the Governor-General expected on Friday",
  note="the swearing-in on Friday 2025-08-08 is expected (future), not an event")
V("oag_report", "other", "2025-08-05", None, {},
  [("oag", "actor"), ("miriama_tane", "actor"), ("moe", "target")],
  "a day after the Auditor-General reported", subtype="publication: Auditor-General's report on the contract",
  note="'a day after' Wednesday night's resignation = Tuesday 2025-08-05")
V("classroom_contract", "other", "2024-11", None, {"value_nzd": 86400000, "classrooms": 140,
                                                   "premium_over_lowest_bid_nzd": 10600000},
  [("moe", "payer"), ("rimu_modular", "recipient"), ("grant_ellison", "beneficiary")], P3,
  subtype="contract award: prefabricated (modular) classrooms",
  numbers_by_source=[
      {"source": "oag", "numbers": {"value_nzd": 86400000, "classrooms": 140},
       "evidence": "a NZ$86.4 million contract for prefabricated classrooms"},
      {"source": "oag", "numbers": {"premium_over_lowest_bid_nzd": 10600000},
       "evidence": "Rimu's bid was NZ$10.6 million higher than the lowest compliant offer"},
      {"source": "kiri_walker", "numbers": {"premium_over_lowest_bid_nzd": 10000000},
       "evidence": "ten million dollars of taxpayers' money"},
      {"source": "rimu_modular", "numbers": {"classrooms_installed": 96},
       "evidence": "96 of the classrooms had already been installed"}],
  note="Walker's 'ten million dollars' rounds the NZ$10.6 million premium")
V("tender_2024", "other", None, None, {"tender_days": 9, "standard_tender_days": 30},
  [("moe", "actor"), ("deputy_secretary", "actor", {"source": "angela_moffat"}), ("rimu_modular", "recipient")],
  "the Ministry of Education shortened the tender period for 140 modular classrooms from the standard 30 working days "
  "to nine", subtype="contract tender (period shortened from 30 to nine working days)",
  note="before the November 2024 award; date not stated")
V("rowe_declaration", "other", "2023", None, {},
  [("philippa_rowe", "actor", {"source": "philippa_rowe"}), ("cabinet_office", "recipient")],
  "Rowe said she had declared the family connection in writing to the Cabinet Office in 2023",
  subtype="declaration of a conflict of interest (claimed by Rowe; no record per the report)",
  certainty="uncertain", note="disputed: the Cabinet Office held 'no record' (report); the author sides with the report")
V("office_contacts", "other", None, None, {"contacts_min": 4},
  [("minister_staff", "actor"), ("procurement_team", "target")],
  "staff in the minister's office had contacted the ministry's procurement team at least four times during the tender",
  subtype="meeting: contacts with the procurement team during the tender", source="oag",
  note="'at least four times'; during the tender (2024, before November)")
V("pm_briefing", "other", "2025-W31", None, {},
  [("david_ashworth", "attendee")],
  "he first learned of the relationship when he was briefed on the OAG's findings last week",
  subtype="meeting: briefing on the OAG's findings", source="david_ashworth")
V("fec_inquiry", "other", "2025-08-07", "parliament", {},
  [("fec", "actor"), ("tom_buchanan", "actor"), ("classroom_contract", "target")], P9,
  subtype="investigation: parliamentary select-committee inquiry (announced; hearings from Sept. 2)",
  alt_dates=["2025-09-02"], note="dated by the announcement (Thursday); hearings to begin 2025-09-02")
V("contracts_review", "other", None, None, {},
  [("pm_office", "actor"), ("moe", "target")],
  "the prime minister's office was reviewing whether other contracts awarded by the ministry since 2023 should be "
  "re-examined", subtype="investigation: review of other ministry contracts", source="senior_official")
V("rimu_incorporation", "other", "2017", None, {},
  [("rimu_modular", "result")], "Rimu Modular was incorporated in 2017", subtype="founding: incorporation",
  source="companies_office")
V("procurement_rules_change", "other", "2025-06", None, {},
  [("moe", "actor")], "the ministry had tightened its procurement rules in June",
  subtype="policy change: procurement rules tightened", source="angela_moffat")

# ------------------------------------------------------------------ timexes
T = g.timex
T("Aug. 7, 2025", "2025-08-07", function="publication_date")
T("Wednesday night", "2025-08-06", note="TIMEX3 2025-08-06TNI (part of day not encoded by the validator)")
T("a day", "P1D", type="duration", note="'a day after' the report: the report is dated Tuesday 2025-08-05")
T("Thursday", "2025-08-07", occ=0)
T("30 working days", "P30D", type="duration", note="working days (TIMEX3 has no unit for business days)")
T("November 2024", "2024-11")
T("2023", "2023", occ=0)
T("nine months", "P9M", type="duration", note="November 2024 to August 2025")
T("last week", "2025-W31", note="the week before the week of 2025-08-07 (ISO week 32)")
T("Wednesday afternoon", "2025-08-06", note="TIMEX3 2025-08-06TAF")
T("2023", "2023", occ=1, note="'since 2023' (interval 2023/.. by its signal; the extent is the year)")
T("Thursday", "2025-08-07", occ=1)
T("Sept. 2", "2025-09-02")
T("2017", "2017")
T("the year to March 2024", "2023-04/2024-03", note="financial year April 2023 - March 2024")
T("June", "2025-06")
T("Friday", "2025-08-08")
T("his first week", "P1W", type="duration", note="'within his first week' (from the swearing-in)")
T("this year", "2025")

# ------------------------------------------------------------------- notes
g.notes += [
    "FICTIONAL dev document (own wording), written for benchmarks/devset and annotated by hand before any claimgraph "
    "run: every named person (Philippa Rowe, David Ashworth, Nikhil Desai, Grant Ellison, Miriama Tane, Kiri Walker, "
    "Tom Buchanan, Lorraine Fitch, Angela Moffat) and Rimu Modular Ltd are invented; New Zealand, Wellington, "
    "Hamilton, Waikato, Bay of Plenty and Auckland are real, and so are the institutions named (Office of the "
    "Auditor-General, Ministry of Education, Cabinet Office, Parliament and its Finance and Expenditure Committee, "
    "Companies Office, the Governor-General), but the contract, the report and every statement attributed to them are "
    "fictional. errors: none. HELD OUT (benchmarks/run_dev.py HELD_OUT): its misses are not read while rules are "
    "written.",
    "published = dateline 2025-08-07 (Thursday): 'Wednesday night'/'Wednesday afternoon' = 2025-08-06, 'a day after' "
    "-> report on Tuesday 2025-08-05, 'Thursday' (x2) = 2025-08-07, 'Friday' = 2025-08-08, 'last week' = 2025-W31, "
    "'June' = 2025-06, 'Sept. 2' = 2025-09-02, 'November 2024' = 2024-11, 'the year to March 2024' = financial year "
    "2023-04/2024-03. 'nine months' (Walker) runs from the November 2024 award to August 2025: consistent.",
    "Not timexes: ages ('52', '44'), 'long before the report' (no calendar value), 'nine' alone in 'to nine' (the "
    "count of working days; its unit is carried by '30 working days'), 'during the tender'.",
    "Certainty per source (FactBank, shared convention): findings of the report and plain statements of Rowe, "
    "Ashworth, Walker, Buchanan, Fitch, Moffat, Desai, the company, the ministry and the anonymous sources are "
    "'certain' for that source, author_stance neutral. 'found no evidence' = probable negative; 'stopped short of "
    "finding' = uncertain (left open); 'accused' = reported; 'must have known' = probable (Walker's inference); "
    "'reviewing whether' = uncertain; 'is expected to' = probable; 'reportedly' = reported; 'may' = possible.",
    "Author stance: one explicit judgement - 'That account is contradicted by the report' -> disputes Rowe's account "
    "of a written declaration (target philippa_rowe). Walker's accusations and Ashworth's rejection are reported "
    "neutrally; the author's 'less than half the value of the contract' is the author's own arithmetic (certain, not a "
    "stance).",
    "Contract and money: the award is works_with(moe -> rimu_modular) with alt funded (one per claim: the report's "
    "lead, paragraph 3, Fitch's 'won the contract'; the headline one implicit); event 'other' with subtype 'contract "
    "award' and numbers (NZ$86.4m, 140 classrooms, NZ$10.6m premium), competing/related figures in numbers_by_source "
    "(Walker's 'ten million dollars' rounds the premium; 96 installed per the firm). Walker's 'handed ten million "
    "dollars of taxpayers' money' is funded(nz_government -> rimu_modular, alt grant_ellison), implicit.",
    "Family link: Ellison 'is married to Rowe's sister' / 'her brother-in-law' -> no kinship predicate; kept as "
    "descriptors and the Rowe's-sister entity. Ellison leader_of/holds_position (managing director) and controls "
    "(60 percent of shares) Rimu. Fitch's 'never discussed the tender with the minister' -> negative "
    "works_with(ellison -> rowe).",
    "Positions: Rowe holds_position new_zealand (education minister; alt objects the ministry and the government) until "
    "2025-08-06, member_of Parliament (remains), member_of cabinet (reported, former); Ashworth prime minister and "
    "leader_of cabinet; Desai associate minister, then named education minister 2025-08-07 (appointment event, "
    "appointer Ashworth); Tane heads the OAG (implicit from 'the Auditor-General'); Buchanan chair of the FEC "
    "(part_of Parliament); Fitch CEO of Rimu; Moffat secretary of the ministry; the deputy secretary former.",
    "Event types: like cyber_ransomware_attack, validate_gold.py's list is followed: the appointment is 'appointment'; "
    "DESIGN types the validator lacks are 'other' with the DESIGN word leading the subtype (resignation, publication, "
    "contract, meeting, investigation, founding) which score.py's type matching reads; 'policy change' and the "
    "disputed 'declaration' have no DESIGN type. Future happenings (swearing-in on Friday, hearings from Sept. 2, "
    "Desai's account within his first week, a possible cancellation) are not events; the inquiry is dated by its "
    "announcement.",
    "Entity hard cases: 'the Auditor-General' = Miriama Tane (person; the office is the OAG, acronym defined in text); "
    "'the report' is the OAG's publication event, and 'the report said' is attributed to the OAG; 'Parliament' in "
    "'told reporters at Parliament' is the building (metonymic, same entity); 'the government' = New Zealand's "
    "government; 'a minister's family' (Walker) = Rowe's family (Ellison); 'the minister' = Rowe; 'the prime "
    "minister' = Ashworth; 'the committee' = the FEC; 'officials' (Desai) = ministry officials.",
    "cross_doc: not applicable (unrelated domain).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
