#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for
benchmarks/devset/docs/business_acquisition_probe.txt -> benchmarks/devset/gold/business_acquisition_probe.json

Fictional business story: an agreed takeover (price, bank financing) while a regulator opens an
accounting investigation into the target after a short-seller report.  Built with the shared
goldlib (same schema and conventions as the shared dev gold)."""
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[3]                      # project root (/work/main)
DEVSET = HERE.parents[1]                    # benchmarks/devset


from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "business_acquisition_probe"
g = Gold(DEVSET / "docs" / f"{NAME}.txt", "2025-03-11")

# ------------------------------------------------------------------ entities
# places
g.ent("london", "Location", ["LONDON", "London"])
g.ent("united_kingdom", "Location", ["Britain"], canonical_name="United Kingdom")
g.ent("india", "Location", ["India"])
g.ent("pune", "Location", ["Pune"])
g.ent("stockholm", "Location", ["Stockholm"], note="only inside 'the Stockholm-based lender'")
g.ent("new_york", "Location", ["New York"])
g.ent("dubai", "Location", ["Dubai"], note="only as a modifier: 'a Dubai consultancy'")
g.ent("thames", "Location", ["Thames"], note="river (container berths on the Thames)")
g.ent("edinburgh", "Location", ["Edinburgh"])
g.ent("delaware", "Location", ["Delaware"], note="US state; only inside 'a Delaware-registered company'")
g.ent("europe", "Location", ["Europe"])

# companies and institutions
g.ent("aldgate_systems", "Organization", ["Aldgate Systems Plc", "Aldgate"],
      ["the group"], fictional=True,
      note="'the group' (last paragraph) refers back to Aldgate; 'The companies' = Aldgate + Trelawny")
g.ent("aldgate_mapping", "Organization", ["Aldgate Mapping"], fictional=True,
      note="former name of Aldgate Systems ('formerly known as'); kept as its own entity with renamed_to, "
           "as the seed gold does for GIA -> AQIM")
g.ent("trelawny", "Organization", ["Trelawny Freight Technologies", "Trelawny"],
      ["its smaller rival", "the target", "the company", "the business"], fictional=True,
      canonical_name="Trelawny Freight Technologies")
g.ent("trelawny_analytics", "Organization", ["Trelawny Analytics"],
      ["its Indian subsidiary", "a subsidiary based in Pune", "the unit", "the Pune unit"], fictional=True,
      note="'its Indian subsidiary' in the lead is the same unit (named only in paragraph 8)")
g.ent("uk_accounting_watchdog", "Organization",
      [], ["Britain’s accounting watchdog", "the watchdog", "the regulator", "watchdog"],
      note="real kind of body, never named in the text; statements attributed to it are fictional")
g.ent("lindqvist_bank", "Organization", ["Lindqvist Bank"],
      ["the Stockholm-based lender", "the lender", "the bank"], fictional=True)
g.ent("castlemere_industries", "Organization", ["Castlemere Industries"], ["the engineering group"],
      fictional=True)
g.ent("dunmore_securities", "Organization", ["Dunmore Securities"], fictional=True)
g.ent("greyfell_research", "Organization", ["Greyfell Research", "Greyfell"],
      ["a New York firm that bets against companies’ shares", "the short seller"], fictional=True)
g.ent("orrin_advisory", "Organization", ["Orrin Advisory"], ["a Dubai consultancy"], fictional=True)
g.ent("saltmarsh_terminals", "Organization", ["Saltmarsh Terminals", "Saltmarsh"], fictional=True)
g.ent("arden_peak_holdings", "Organization", ["Arden Peak Holdings LLC"],
      ["a Delaware-registered company that he controls"], fictional=True)
g.ent("kessling_rowe", "Organization", ["Kessling Rowe"], ["the law firm"], fictional=True)
g.ent("high_court", "Organization", ["High Court"], ["the High Court in London"],
      canonical_name="High Court of Justice (England and Wales)")
g.ent("trelawny_auditor", "Organization", [], ["its auditor"], unnamed=True)
g.ent("court_documents", "Organization", [], ["court documents"],
      note="the court file of the shareholders' claim, cited as a source (cf. 'Registry documents' in "
           "sanctions_company); alternative reading: the filers (trelawny_shareholders)")

# people
g.ent("priya_raman", "Person", ["Priya Raman", "Raman"], ["Aldgate’s chief executive"], fictional=True)
g.ent("fiona_mbeki", "Person", ["Fiona Mbeki", "Mbeki"],
      ["an analyst at Dunmore Securities in Edinburgh"], fictional=True)
g.ent("nathan_sorrell", "Person", ["Nathan Sorrell"], ["its founder"], fictional=True)
g.ent("marcus_hale", "Person", ["Marcus Hale", "Hale"], ["chairman"], fictional=True,
      note="also covered by 'two former logistics consultants' (with Rao)")
g.ent("devika_rao", "Person", ["Devika Rao", "Rao"], fictional=True)
g.ent("orrin_director", "Person", [], ["a relative of a Trelawny executive"], unnamed=True,
      note="Orrin Advisory's director ('whose director is ...'); kinship has no predicate")
g.ent("trelawny_executive", "Person", [], ["a Trelawny executive"], unnamed=True)
g.ent("saltmarsh_employees", "Person", [], ["two Saltmarsh employees"], unnamed=True, generic=True)
g.ent("person_familiar", "Person", [], ["A person familiar with the talks", "The person"], unnamed=True)
g.ent("trelawny_directors", "Person", [], ["its directors"], unnamed=True, generic=True)
g.ent("trelawny_shareholders", "Person", [], ["a group of about 40 Trelawny shareholders"], unnamed=True,
      generic=True, note="plaintiffs; may be individuals or institutions (typed Person like the "
                         "'Two former Corvane employees' of sanctions_company; Organization acceptable)")
g.ent("analysts", "Person", [], ["Analysts", "Some analysts"], generic=True,
      note="unnamed analysts as a source (paragraphs 5 and 16); 'a call with analysts' is the audience")
g.ent("other_analysts", "Person", [], ["Others"], generic=True,
      note="'Others said ...' = other analysts, contrasted with 'Some analysts'")

# events (entities; records below)
g.ent("aldgate_trelawny_acquisition_2025", "Event", [],
      ["the deal", "the acquisition", "The purchase", "the combination", "£1.9 billion deal"])
g.ent("hale_stake_sale_2025", "Event", [], note="clausal: 'He has agreed to sell that stake to Aldgate'")
g.ent("takeover_talks_2024", "Event", [], ["the talks", "negotiations"])
g.ent("watchdog_investigation_2025", "Event", [],
      ["an investigation", "accounting probe", "the inquiry", "The investigation", "the investigation"])
g.ent("greyfell_report_2025", "Event", ["Greyfell’s report"], ["a report", "The report", "the report"],
      name_kind="descriptive", note="the short-seller report (publication event)")
g.ent("orrin_payments_2023", "Event", [],
      note="clausal: 'about £40 million paid to the unit in 2023 came from Orrin Advisory' (alleged)")
g.ent("saltmarsh_contract_2023", "Event", [], ["a seven-year contract worth £62 million", "the arrangement"])
g.ent("trelawny_founding_2008", "Event", [], note="clausal: 'Trelawny was co-founded in 2008 by ...'")
g.ent("trelawny_listing_2017", "Event", [], note="clausal: 'listed in London in 2017'")
g.ent("rao_departure_2019", "Event", [], note="clausal: 'Rao left the business in 2019'")
g.ent("raman_joins_aldgate_2021", "Event", [], note="clausal: 'Raman joined Aldgate in 2021'")
g.ent("aldgate_share_fall_2025", "Event", [], ["their steepest one-day drop"])
g.ent("trelawny_share_rise_2025", "Event", [], note="clausal: 'Trelawny’s rose 11 percent'")
g.ent("shareholder_lawsuit_2025", "Event", [], ["a lawsuit", "The claim"])
g.ent("aldgate_renaming", "Event", [], note="clausal: 'formerly known as Aldgate Mapping' (date not given)")

# ----------------------------------------------------------------- relations
LEAD = ("Aldgate Systems Plc agreed on Tuesday to buy its smaller rival Trelawny Freight Technologies "
        "for about £1.9 billion ($2.4 billion)")
g.rel("aldgate_systems", "controls", "trelawny", LEAD, certainty="probable",
      qualifier="agreed acquisition (100%), pending approval by Trelawny's shareholders and competition "
                "authorities; completion expected in Q3 2025",
      certainty_cue="agreed ... to buy",
      note="future control under an agreed, not yet completed takeover; conditional on approvals (para 2)")
g.rel("uk_accounting_watchdog", "part_of", "united_kingdom", "Britain’s accounting watchdog")
g.rel("trelawny_analytics", "part_of", "trelawny", "its Indian subsidiary", qualifier="subsidiary",
      note="subsidiary encoded as part_of (child -> parent); 'its' = Trelawny")
g.rel("trelawny_analytics", "located_in", "india", "its Indian subsidiary", note="demonym")
g.rel("lindqvist_bank", "funded", "aldgate_systems",
      "The purchase will be funded partly from Aldgate’s own cash and partly with a £1.1 billion bridge loan "
      "from Lindqvist Bank, the Stockholm-based lender said in a statement.",
      source="lindqvist_bank", qualifier="£1.1 billion bridge loan for the Trelawny purchase (committed, future)",
      note="'the Stockholm-based lender said' is the attribution tag (speaker = Lindqvist Bank), not an "
           "apposition to 'Lindqvist Bank'")
g.rel("lindqvist_bank", "located_in", "stockholm", "the Stockholm-based lender")
g.rel("aldgate_systems", "located_in", "europe", "two of Europe’s bigger makers of the software",
      note="the two companies are European makers")
g.rel("trelawny", "located_in", "europe", "two of Europe’s bigger makers of the software")
g.rel("aldgate_mapping", "renamed_to", "aldgate_systems", "Aldgate, formerly known as Aldgate Mapping")
g.rel("priya_raman", "holds_position", "aldgate_systems", "Aldgate’s chief executive, Priya Raman",
      role="chief executive")
g.rel("priya_raman", "member_of", "aldgate_systems", "Raman joined Aldgate in 2021", time="2021/..")
g.rel("priya_raman", "holds_position", "castlemere_industries",
      "after six years as chief financial officer of the engineering group Castlemere Industries",
      role="chief financial officer", time="2015/2021", qualifier="former",
      note="time inferred: six years ending when she joined Aldgate in 2021")
g.rel("fiona_mbeki", "holds_position", "dunmore_securities", "an analyst at Dunmore Securities in Edinburgh",
      role="analyst")
g.rel("dunmore_securities", "located_in", "edinburgh", "Dunmore Securities in Edinburgh",
      note="'in Edinburgh' read as attached to the firm; attaching it to Mbeki is also possible")
g.rel("greyfell_research", "located_in", "new_york", "Greyfell Research, a New York firm")
g.rel("greyfell_research", "targeted", "trelawny",
      "a New York firm that bets against companies’ shares and disclosed a short position in Trelawny",
      qualifier="short position / short-seller campaign",
      note="financial-press sense of 'target' (a short seller betting against a company)")
g.rel("trelawny_analytics", "part_of", "trelawny", "Trelawny Analytics, a subsidiary based in Pune",
      qualifier="subsidiary", note="apposition is the writer's background, not part of the allegation")
g.rel("trelawny_analytics", "located_in", "pune", "Trelawny Analytics, a subsidiary based in Pune")
g.rel("pune", "located_in", "india", "its Indian subsidiary", implicit=True,
      note="inferred: the Indian subsidiary is based in Pune")
ALLEG = ("The report alleged that Trelawny Analytics, a subsidiary based in Pune, had booked revenue from "
         "contracts that customers had not signed, and that about £40 million paid to the unit in 2023 came "
         "from Orrin Advisory, a Dubai consultancy whose director is a relative of a Trelawny executive.")
g.rel("orrin_advisory", "funded", "trelawny_analytics", ALLEG, certainty="reported", source="greyfell_research",
      time="2023", certainty_cue="alleged", qualifier="about £40 million in payments")
g.rel("orrin_advisory", "located_in", "dubai", "Orrin Advisory, a Dubai consultancy")
g.rel("orrin_director", "holds_position", "orrin_advisory", ALLEG, role="director", certainty="reported",
      source="greyfell_research", certainty_cue="alleged",
      note="whether the relative clause is part of the allegation or the writer's own is ambiguous; read as "
           "the report's claim. The kinship (relative of a Trelawny executive) has no predicate")
g.rel("trelawny_executive", "member_of", "trelawny", ALLEG, certainty="reported", source="greyfell_research",
      certainty_cue="alleged", alt_predicates=["holds_position"])
CONTRACT = ("Much of the report dealt with a seven-year contract worth £62 million that Trelawny announced in "
            "2023 with Saltmarsh Terminals, which runs container berths on the Thames.")
g.rel("trelawny", "works_with", "saltmarsh_terminals", CONTRACT, source="trelawny", time="2023",
      qualifier="seven-year contract worth £62 million (as announced by Trelawny)")
g.rel("saltmarsh_terminals", "located_in", "thames", "Saltmarsh Terminals, which runs container berths on the Thames",
      qualifier="operates container berths on the river")
SALT = ("Greyfell said two Saltmarsh employees had described the arrangement to its researchers as a pilot worth "
        "a fraction of that amount.")
g.rel("trelawny", "works_with", "saltmarsh_terminals", SALT, source="saltmarsh_employees",
      via=["greyfell_research"], qualifier="a pilot worth a fraction of £62 million",
      note="confirms a relationship but disputes its size (contradicts the £62 million figure)")
g.rel("saltmarsh_employees", "member_of", "saltmarsh_terminals", SALT, source="greyfell_research")
STMT = ("“Greyfell’s report is riddled with errors and was written to drive down our share price so that its "
        "authors could profit,” the company said in a statement, adding that its accounts had been signed off "
        "by its auditor without qualification and that it would cooperate fully with the regulator.")
g.rel("greyfell_research", "targeted", "trelawny",
      "“Greyfell’s report is riddled with errors and was written to drive down our share price so that its "
      "authors could profit,”", source="trelawny", qualifier="report written to drive down the share price")
g.rel("trelawny_auditor", "works_with", "trelawny",
      "its accounts had been signed off by its auditor without qualification", source="trelawny",
      qualifier="auditor (unqualified opinion)")
g.rel("trelawny", "works_with", "uk_accounting_watchdog", "it would cooperate fully with the regulator",
      source="trelawny", qualifier="will cooperate with the investigation (stated intention)")
g.rel("trelawny_analytics", "located_in", "pune", "the revenue of the Pune unit", source="trelawny",
      note="inside Trelawny's reported statement")
g.rel("nathan_sorrell", "founded", "greyfell_research", "its founder, Nathan Sorrell")
FOUND = "Trelawny was co-founded in 2008 by Marcus Hale and Devika Rao"
g.rel("marcus_hale", "founded", "trelawny", FOUND, time="2008", qualifier="co-founder")
g.rel("devika_rao", "founded", "trelawny", FOUND, time="2008", qualifier="co-founder")
g.rel("marcus_hale", "holds_position", "trelawny", "Hale, who is still chairman", role="chairman")
HOLD = ("Hale, who is still chairman, holds about 14 percent of the company through Arden Peak Holdings LLC, a "
        "Delaware-registered company that he controls, according to Trelawny’s latest annual report.")
g.rel("marcus_hale", "controls", "trelawny", HOLD, source="trelawny",
      qualifier="about 14% shareholder, held through Arden Peak Holdings LLC",
      note="ownership encoded with controls + share qualifier (as in sanctions_company)")
g.rel("arden_peak_holdings", "controls", "trelawny", HOLD, source="trelawny",
      qualifier="holding vehicle for Hale's ~14% stake")
g.rel("marcus_hale", "controls", "arden_peak_holdings", HOLD, source="trelawny")
g.rel("arden_peak_holdings", "located_in", "delaware", HOLD, source="trelawny", qualifier="registered in")
g.rel("devika_rao", "member_of", "trelawny", "Rao left the business in 2019", time="2008/2019",
      note="member from the co-founding (2008) until she left in 2019")
g.rel("trelawny", "part_of", "aldgate_systems",
      "he said he was “confident that Trelawny’s people and products will do even better as part of Aldgate.”",
      source="marcus_hale", implicit=True, qualifier="after the takeover (future)",
      note="presupposed by Hale's forecast")
g.rel("high_court", "located_in", "london", "the High Court in London")
g.rel("trelawny_directors", "holds_position", "trelawny", "the company and its directors", role="director")
g.rel("kessling_rowe", "works_with", "trelawny_shareholders",
      "The claim was brought by the law firm Kessling Rowe.", qualifier="legal counsel for the claimants")
g.rel("aldgate_systems", "located_in", "india",
      "If it goes ahead, the deal would roughly double Aldgate’s annual revenue to about £780 million and give "
      "the group a large engineering base in India",
      qualifier="conditional: if the deal goes ahead (engineering base via Trelawny)",
      note="'the group' = Aldgate; conditional assertion, condition kept as qualifier")
g.rel("trelawny", "located_in", "india", "India, where Trelawny employs about 1,100 of its 2,600 staff",
      qualifier="about 1,100 of 2,600 staff")

# -------------------------------------------------------------- attributions
g.attr("Britain’s accounting watchdog said it had opened an investigation into how Trelawny records revenue at "
       "its Indian subsidiary.", "uk_accounting_watchdog", "said", False,
       note="the watchdog's own statement (para 7) names the 2022/2023 financial statements; the focus on the "
            "Indian subsidiary is the writer's framing")
g.attr("The purchase will be funded partly from Aldgate’s own cash and partly with a £1.1 billion bridge loan "
       "from Lindqvist Bank, the Stockholm-based lender said in a statement.", "lindqvist_bank",
       "said in a statement", False)
EXPECT = ("The companies expect the acquisition to be completed in the third quarter, subject to approval by "
          "Trelawny’s shareholders and competition authorities.")
g.attr(EXPECT, "aldgate_systems", "expect", False, note="'The companies' = Aldgate and Trelawny (two sources)")
g.attr(EXPECT, "trelawny", "expect", False, note="'The companies' = Aldgate and Trelawny (two sources)")
g.attr("“This is the deal we have wanted to do for five years,” Aldgate’s chief executive, Priya Raman, said on "
       "a call with analysts. “We have done our own work on Trelawny’s numbers, and we are comfortable with what "
       "we found.”", "priya_raman", "said on a call with analysts", True, on_behalf_of="aldgate_systems")
g.attr("Analysts said the gap showed that many investors doubt the deal will go through on the agreed terms.",
       "analysts", "said", False)
g.attr("“The market is telling you there is a real chance the price gets cut, or that the whole thing falls "
       "apart,” said Fiona Mbeki, an analyst at Dunmore Securities in Edinburgh.", "fiona_mbeki", "said", True)
g.attr("In a brief statement on Monday, the watchdog said it was investigating the preparation and approval of "
       "Trelawny’s financial statements for 2022 and 2023.", "uk_accounting_watchdog", "said", False)
g.attr("The investigation follows a report published on Feb. 26 by Greyfell Research, a New York firm that bets "
       "against companies’ shares and disclosed a short position in Trelawny.", "greyfell_research",
       "disclosed", False, content="a short position in Trelawny")
g.attr(ALLEG, "greyfell_research", "alleged", False, note="'The report' = Greyfell's report")
g.attr("Greyfell said Trelawny’s revenue for 2023 “may have been overstated by as much as a quarter.”",
       "greyfell_research", "said", False, partial_quote=True)
g.attr(CONTRACT, "trelawny", "announced", False,
       content="a seven-year contract worth £62 million that Trelawny announced in 2023 with Saltmarsh Terminals")
g.attr(SALT, "greyfell_research", "said", False)
g.attr(SALT, "saltmarsh_employees", "described", False, via=["greyfell_research"],
       content="the arrangement to its researchers as a pilot worth a fraction of that amount")
g.attr("Trelawny rejected the short seller’s claims.", "trelawny", "rejected", False)
g.attr("“Greyfell’s report is riddled with errors and was written to drive down our share price so that its "
       "authors could profit,” the company said in a statement,", "trelawny", "said in a statement", True)
g.attr("adding that its accounts had been signed off by its auditor without qualification and that it would "
       "cooperate fully with the regulator.", "trelawny", "adding", False)
g.attr("It said the revenue of the Pune unit was “real, contracted and collected.”", "trelawny", "said", False,
       partial_quote=True)
g.attr("Greyfell stood by its findings.", "greyfell_research", "stood by", False)
g.attr("“Nothing in Trelawny’s response addresses the invoices we published,” its founder, Nathan Sorrell, said "
       "in an email.", "nathan_sorrell", "said in an email", True, on_behalf_of="greyfell_research")
g.attr(HOLD, "trelawny", "according to", False,
       note="'Trelawny’s latest annual report' -> the company (cf. Corvane's own accounts in sanctions_company)")
STAKE = "He has agreed to sell that stake to Aldgate, the companies said."
g.attr(STAKE, "aldgate_systems", "said", False, note="'the companies' = two sources")
g.attr(STAKE, "trelawny", "said", False, note="'the companies' = two sources")
g.attr("In the deal announcement, he said he was “confident that Trelawny’s people and products will do even "
       "better as part of Aldgate.”", "marcus_hale", "said", False, partial_quote=True)
g.attr("A person familiar with the talks said Aldgate learned of Greyfell’s report when negotiations, which began "
       "in November, were almost finished, and insisted on a clause allowing it to walk away if the investigation "
       "finds that Trelawny’s accounts were materially misstated.", "person_familiar", "said", False)
LAW = ("Separately, a group of about 40 Trelawny shareholders filed a lawsuit in the High Court in London on "
       "Friday, accusing the company and its directors of publishing misleading accounts and seeking up to "
       "£150 million in damages, according to court documents.")
g.attr(LAW, "court_documents", "according to", False,
       note="alternative source: trelawny_shareholders (the filers), as sanctions_company maps 'a filing' to its filer")
g.attr(LAW, "trelawny_shareholders", "accusing", False,
       content="the company and its directors of publishing misleading accounts", via=["court_documents"])
g.attr("Trelawny said it would defend itself “vigorously.”", "trelawny", "said", False, partial_quote=True)
g.attr("Some analysts said Aldgate could use the investigation to push for a lower price.", "analysts", "said",
       False)
g.attr("“If the watchdog finds anything, Aldgate has every reason to reopen the terms,” said Mbeki.",
       "fiona_mbeki", "said", True)
g.attr("Others said the lender’s commitment suggested that the bank, at least, had been satisfied by its own "
       "checks.", "other_analysts", "said", False)
g.attr("Aldgate expects the combination to produce £45 million a year in cost savings by 2027.",
       "aldgate_systems", "expects", False)

# ------------------------------------------------------------------- hedges
g.hedge("expect", "The companies expect the acquisition to be completed in the third quarter", "probable")
g.hedge("doubt", "many investors doubt the deal will go through on the agreed terms", "uncertain",
        note="the investors' doubt, as reported by analysts")
g.hedge("a real chance", "there is a real chance the price gets cut, or that the whole thing falls apart",
        "possible")
g.hedge("alleged", ALLEG, "reported", note="named source; the verb marks an allegation (sanctions_company convention)")
g.hedge("may have", "Trelawny’s revenue for 2023 “may have been overstated by as much as a quarter.”", "possible")
g.hedge("confident", "he was “confident that Trelawny’s people and products will do even better as part of "
        "Aldgate.”", "probable", note="booster on a forecast")
g.hedge("could", "Aldgate could use the investigation to push for a lower price", "possible")
g.hedge("suggested", "the lender’s commitment suggested that the bank, at least, had been satisfied by its own "
        "checks", "possible")
g.hedge("expects", "Aldgate expects the combination to produce £45 million a year in cost savings by 2027",
        "probable")

# ------------------------------------------------------------------- stances
g.stance("a New York firm that bets against companies’ shares and disclosed a short position in Trelawny",
         "greyfell_research", "endorses", "disclosed",
         note="factive reporting verb (as 'revealed' in the seed gold): the writer takes the position as fact")

# ------------------------------------------------------------------- events
g.event("aldgate_trelawny_acquisition_2025", "acquisition", "2025-03-11", None,
        {"price_gbp": 1900000000, "price_usd": 2400000000, "price_per_share_pence": 520, "premium_percent": 27,
         "bridge_loan_gbp": 1100000000},
        [("aldgate_systems", "acquirer"), ("trelawny", "target"), ("lindqvist_bank", "funder"),
         ("marcus_hale", "seller", {"qualifier": "agreed to sell his ~14% stake (held via Arden Peak)"})],
        LEAD, subtype="agreed takeover, cash offer (not completed)",
        note="date = agreement (announced Tuesday); completion expected 2025-Q3 subject to approvals; place not "
             "stated (dateline London)")
g.event("hale_stake_sale_2025", "agreement", "2025-03-11", None, {"stake_percent": 14},
        [("marcus_hale", "seller"), ("aldgate_systems", "acquirer"), ("arden_peak_holdings", "seller",
                                                                      {"qualifier": "holding vehicle"})],
        STAKE, subtype="irrevocable undertaking to sell a stake", source="aldgate_systems",
        note="'has agreed' reported by the companies on the deal day; the exact date is inferred")
g.event("takeover_talks_2024", "meeting", "2024-11/2025-03-11", None, {},
        [("aldgate_systems", "attendee"), ("trelawny", "attendee", {"implicit": True})],
        "negotiations, which began in November, were almost finished", subtype="takeover negotiations (talks)",
        source="person_familiar", note="start from 'began in November' (2024); end = the agreement, inferred")
g.event("watchdog_investigation_2025", "investigation", "2025-03-10", "united_kingdom", {},
        [("uk_accounting_watchdog", "actor"), ("trelawny", "target")],
        "In a brief statement on Monday, the watchdog said it was investigating the preparation and approval of "
        "Trelawny’s financial statements for 2022 and 2023.",
        subtype="regulatory accounting investigation",
        note="date = the Monday announcement ('said it had opened'); opening date itself not given")
g.event("greyfell_report_2025", "publication", "2025-02-26", None, {},
        [("greyfell_research", "actor"), ("trelawny", "target"), ("trelawny_analytics", "target")],
        "a report published on Feb. 26 by Greyfell Research", subtype="short-seller report")
g.event("orrin_payments_2023", "payment", "2023", None, {"amount_gbp": 40000000},
        [("orrin_advisory", "payer", {"source": "greyfell_research", "certainty": "reported"}),
         ("trelawny_analytics", "recipient")],
        "about £40 million paid to the unit in 2023 came from Orrin Advisory", subtype="payments (alleged)",
        source="greyfell_research", certainty="reported")
g.event("saltmarsh_contract_2023", "contract", "2023", None, {"value_gbp": 62000000, "duration_years": 7},
        [("trelawny", "supplier"), ("saltmarsh_terminals", "customer")],
        "a seven-year contract worth £62 million that Trelawny announced in 2023 with Saltmarsh Terminals",
        subtype="software contract (announced)", source="trelawny",
        numbers_by_source=[
            {"source": "trelawny", "time": "2023", "numbers": {"value_gbp": 62000000},
             "evidence": "a seven-year contract worth £62 million that Trelawny announced in 2023"},
            {"source": "saltmarsh_employees", "via": ["greyfell_research"], "numbers": {},
             "qualifier": "a pilot worth a fraction of that amount",
             "evidence": "described the arrangement to its researchers as a pilot worth a fraction of that amount"}],
        note="date = announcement year; the size is disputed (no figure on the other side)")
g.event("trelawny_founding_2008", "founding", "2008", None, {},
        [("marcus_hale", "actor"), ("devika_rao", "actor"), ("trelawny", "result")], FOUND)
g.event("trelawny_listing_2017", "other", "2017", "london", {},
        [("trelawny", "actor")], "listed in London in 2017", subtype="stock market listing (flotation)")
g.event("rao_departure_2019", "resignation", "2019", None, {},
        [("devika_rao", "actor"), ("trelawny", "organization")], "Rao left the business in 2019",
        subtype="departure")
g.event("raman_joins_aldgate_2021", "appointment", "2021", None, {},
        [("priya_raman", "appointee"), ("aldgate_systems", "appointer")], "Raman joined Aldgate in 2021",
        subtype="joined the company (role not stated)")
g.event("aldgate_share_fall_2025", "other", "2025-03-11", "london", {"share_change_percent": -6.2},
        [("aldgate_systems", "target")], "Aldgate’s shares fell 6.2 percent in London",
        subtype="share price fall (market reaction)")
g.event("trelawny_share_rise_2025", "other", "2025-03-11", "london",
        {"share_change_percent": 11, "closing_price_pence": 468}, [("trelawny", "target")],
        "Trelawny’s rose 11 percent but closed at 468 pence", subtype="share price rise (market reaction)",
        note="place inferred from the coordinated clause ('in London')")
g.event("shareholder_lawsuit_2025", "lawsuit", "2025-03-07", "london",
        {"damages_sought_gbp": 150000000, "plaintiffs": 40},
        [("trelawny_shareholders", "plaintiff"), ("trelawny", "defendant"), ("trelawny_directors", "defendant"),
         ("high_court", "venue"), ("kessling_rowe", "counsel")],
        "a group of about 40 Trelawny shareholders filed a lawsuit in the High Court in London on Friday",
        subtype="shareholder damages claim", qualifier="up to £150 million; about 40 shareholders")
g.event("aldgate_renaming", "renaming", None, None, {},
        [("aldgate_mapping", "actor"), ("aldgate_systems", "result")],
        "Aldgate, formerly known as Aldgate Mapping", subtype="change of company name")

# ------------------------------------------------------------------ timexes
g.timex("March 11, 2025", "2025-03-11", function="publication_date")
g.timex("Tuesday", "2025-03-11")
g.timex("a day", "P1D", ctx="a day after", type="duration", note="signal 'after': the statement was on Monday")
g.timex("Monday", "2025-03-10", occ=0)
g.timex("the third quarter", "2025-Q3")
g.timex("five years", "P5Y", type="duration")
g.timex("2021", "2021")
g.timex("six years", "P6Y", type="duration", anchor="2021")
g.timex("one-day", "P1D", type="duration")
g.timex("a year", "P1Y", ctx="more than a year", type="duration", mod="MORE_THAN")
g.timex("Monday", "2025-03-10", occ=1)
g.timex("2022", "2022", ctx="for 2022 and 2023")
g.timex("2023", "2023", ctx="for 2022 and 2023")
g.timex("Feb. 26", "2025-02-26")
g.timex("2023", "2023", ctx="paid to the unit in 2023")
g.timex("2023", "2023", ctx="revenue for 2023")
g.timex("seven-year", "P7Y", type="duration")
g.timex("2023", "2023", ctx="announced in 2023")
g.timex("2008", "2008")
g.timex("2017", "2017")
g.timex("2019", "2019")
g.timex("November", "2024-11", note="most recent November before the publication date")
g.timex("Friday", "2025-03-07")
g.timex("annual", "P1Y", ctx="annual revenue", type="set",
        note="'annual report' (para 12) is a document type and not tagged")
g.timex("a year", "P1Y", ctx="£45 million a year", type="set")
g.timex("2027", "2027", note="signal 'by'")

# ------------------------------------------------------------------- notes
g.notes += [
    "FICTIONAL dev document (own wording), written for benchmarks/devset before any claimgraph run: all "
    "companies and people (Aldgate Systems/Aldgate Mapping, Trelawny Freight Technologies, Trelawny Analytics, "
    "Lindqvist Bank, Castlemere Industries, Dunmore Securities, Greyfell Research, Orrin Advisory, Saltmarsh "
    "Terminals, Arden Peak Holdings, Kessling Rowe, Priya Raman, Fiona Mbeki, Nathan Sorrell, Marcus Hale, Devika "
    "Rao) are invented; places are real. 'Britain's accounting watchdog' is a real kind of body left unnamed; the "
    "High Court is real; every statement and action attributed to them is fictional. errors: none.",
    "published = dateline date 2025-03-11 (Tuesday): 'on Tuesday' = 2025-03-11, 'on Monday' = 2025-03-10, "
    "'on Friday' = 2025-03-07, 'Feb. 26' = 2025-02-26, 'November' = 2024-11, 'the third quarter' = 2025-Q3.",
    "Certainty per source (FactBank): plain statements by named or descriptive sources are 'certain' for them; "
    "'alleged' (the Greyfell report) is 'reported' as in sanctions_company; 'expect(s)', 'confident' probable; "
    "'may have', 'a real chance', 'could', 'suggested' possible; 'doubt' uncertain. Approximators (about, "
    "roughly, as much as, at least) are not hedges. 'subject to approval' and 'if it goes ahead' are conditions, "
    "kept as relation qualifiers, not hedges.",
    "The agreed takeover is encoded as an 'acquisition' event plus controls(aldgate -> trelawny) with certainty "
    "'probable' (agreed, not completed, conditional on approvals); Hale's 'as part of Aldgate' gives an implicit "
    "part_of. A subsidiary is part_of(child -> parent). Ownership stakes use controls + share qualifier (14% via "
    "Arden Peak) as sanctions_company does. Bank financing is funded(lender -> acquirer). Contracts and "
    "auditor/counsel/cooperation relationships use works_with with a qualifier. The watchdog's investigation and "
    "the lawsuit are events only (no 'investigated'/'sued' predicate; sanctions_company does the same); the "
    "short seller's position and campaign are targeted (qualifier), an extension in the financial-press sense.",
    "Kinship (Orrin's director is 'a relative of a Trelawny executive') has no predicate; the two unnamed "
    "persons are declared with holds_position/member_of from the report (reported).",
    "Hard cases: 'Lindqvist Bank, the Stockholm-based lender said in a statement' - the NP after the comma is the "
    "speaker of the attribution tag, not an apposition; 'The companies' / 'the companies said' = two sources "
    "(two attributions on one span); 'Others said' = other analysts; 'the group' (last paragraph) = Aldgate; "
    "the lead frames the investigation as about the Indian subsidiary while the watchdog's own statement names "
    "the 2022/2023 financial statements and not the report (not counted as an error: the writer's framing).",
    "'according to court documents': source court_documents (cited document, like 'Registry documents' in "
    "sanctions_company), with the accusation attributed to the shareholders via the documents; an exporter "
    "that attributes the sentence to the shareholders is also defensible.",
    "Author stance: only the factive 'disclosed' (Greyfell's short position) -> endorses, as 'revealed' in the "
    "seed gold; 'Investors were less sure', 'Trelawny rejected the short seller’s claims' and 'Greyfell stood by "
    "its findings' are neutral reporting.",
    "Events use DESIGN.md's full event vocabulary (acquisition, agreement, meeting, investigation, publication, "
    "payment, contract, founding, resignation, appointment, lawsuit, renaming) plus 'other' with a subtype for "
    "the listing and share moves; shared/eval/validate_gold.py still lists the older closed set and would need "
    "those types (and the roles below) added before this file is validated there.",
    "Event roles beyond the brief's list: acquirer, funder, seller, attendee, actor, payer, recipient, supplier, "
    "customer, result, organization, appointee, appointer, plaintiff, defendant, venue, counsel.",
    "cross_doc: not applicable (unrelated domain).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
