#!/usr/bin/env python3
"""Hand annotation (gold) for benchmarks/devset/docs/influence_campaign_takedown.txt.

FICTIONAL dev document written for the claimgraph development set; annotated by hand before
any claimgraph run.  Builds the gold with the shared goldlib and writes
benchmarks/devset/gold/influence_campaign_takedown.json.

goldlib is looked up in: <project root>/shared/eval (Path(__file__).resolve().parents[3]),
<project root>/../shared/eval (the sibling shared folder), then $CLAIMGRAPH_SHARED (or its eval/).
"""
from pathlib import Path

HERE = Path(__file__).resolve()
DEVSET = HERE.parents[1]
NAME = "influence_campaign_takedown"


from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

g = Gold(DEVSET / "docs" / f"{NAME}.txt", "2025-03-12")
E, R, A, H, S, V, T = g.ent, g.rel, g.attr, g.hedge, g.stance, g.event, g.timex
L = "Location"; O = "Organization"; P = "Person"; EV = "Event"

# ------------------------------------------------------------------ entities
E("lattice_social", O, ["Lattice Social Inc.", "Lattice"],
  ["The San Francisco-based company", "the company", "the platform"], fictional=True,
  note="platform company; 'the Lattice video and messaging app' (its product) and 'the platform' (the service) "
       "are kept on the company (no product type). 'the company' in 'the company’s website' is Steppe Line, not Lattice")
E("san_francisco", L, ["SAN FRANCISCO", "San Francisco"])
E("civic_signals_lab", O, ["Civic Signals Lab"],
  ["independent researchers who studied the accounts", "Researchers at the Civic Signals Lab", "the lab",
   "the researchers"], fictional=True,
  note="the lede's 'independent researchers who studied the accounts' are the lab's researchers (named in para 4)")
E("harwick_university", O, ["Harwick University"], fictional=True)
E("edinburgh", L, ["Edinburgh"])
E("steppe_line", O, ["Steppe Line Media Group", "SLMG", "Steppe Line"],
  ["a marketing firm in Almaty", "an Almaty-based public relations company", "the firm",
   "a marketing firm in Kazakhstan"], fictional=True,
  note="acronym defined in parentheses; 'a marketing firm in Kazakhstan' is Lattice's unnamed reference "
       "(identity with SLMG is the reader's inference); 'the company’s website' = SLMG's website")
E("almaty", L, ["Almaty"])
E("kazakhstan", L, ["Kazakhstan"], ["the country", "our country", "the government"],
  note="'the government' (Abdrakhmanov's quote) = the Kazakh government; 'Kazakh'/'Kazakhstani' adjectives are not "
       "separate entities")
E("state_agency", O, ["State Agency for Strategic Communications"],
  ["a Kazakh state agency", "a government body created in 2021 to promote the country’s image abroad",
   "the agency", "the client"], fictional=True,
  note="'the client' (former employee) was 'understood' to be the agency: descriptor kept with that caveat")
E("kyrgyzstan", L, ["Kyrgyzstan"])
E("southern_kazakhstan", L, ["southern Kazakhstan"])
E("ordo_times", O, ["Ordo Times"], ["an independent news site in Bishkek"], fictional=True)
E("bishkek", L, ["Bishkek"])
E("dam_project", L, [], ["a dam project"], note="facility/project, unnamed")
E("wire", O, ["Wire", "the Wire"],
  note="the author's own news agency (dateline '(Wire)'); its statements are the author's ('source: author')")
E("leak_source", P, [], ["a source"], unnamed=True,
  note="the unnamed person who shared the contract with the lab")
E("former_employee", P, [], ["A former Steppe Line employee", "the former employee"], unnamed=True)
E("daniyar_seitkali", P, ["Daniyar Seitkali"], ["the firm’s founder and chief executive"], fictional=True)
E("kazakh_foreign_ministry", O, [], ["Kazakhstan’s foreign ministry"])
E("nurlan_abdrakhmanov", P, ["Nurlan Abdrakhmanov"], ["A ministry spokesman"], fictional=True)
E("maren_holt", P, ["Maren Holt", "Holt"], fictional=True)
E("outside_experts", P, [], ["Outside experts"], generic=True)
E("julien_marchetti", P, ["Julien Marchetti"],
  ["a former policy manager at another social media company who now advises election bodies in Europe"],
  fictional=True)
E("other_social_media_company", O, [], ["another social media company"], unnamed=True)
E("election_bodies_europe", O, [], ["election bodies in Europe"], generic=True)
E("europe", L, ["Europe"])
E("central_asia", L, ["Central Asia"])
E("aibek_toktomushev", P, ["Aibek Toktomushev", "Toktomushev"], ["a Kyrgyz member of parliament"], fictional=True)
E("kyrgyz_parliament", O, [], ["parliament"],
  note="Kyrgyzstan's parliament, only in 'a Kyrgyz member of parliament'")
E("fake_network", O, [], ["a network of more than 1,100 fake accounts", "the network", "The network",
                          "the accounts"],
  note="the 2025 network (1,142 accounts, 37 pages, 12 groups); treated as an organization-like group of accounts. "
       "'a network of no fewer than 1,000 authentic-looking accounts' in the contract is the contracted network "
       "(the lab's implied identification)")
E("earlier_network_2023", O, [], ["214 accounts and nine pages"],
  note="the accounts removed in August 2023")
E("operators", P, [], ["The operators", "the operators"], generic=True,
  note="whoever runs the network (attributed by the lab to SLMG); not resolved to SLMG because the text never says so")
E("other_platforms", O, [], ["other platforms"], generic=True)
E("independent_researchers", P, [], ["independent researchers"], generic=True,
  note="last paragraph only ('with independent researchers'); the lede's phrase is the lab")
# events
E("influence_operation", EV, [], ["the operation"],
  note="the influence operation run through the network ('who was behind the operation')")
E("takedown_2025", EV, [], [], note="clausal: 'it had removed a network ...' / 'it had taken down 1,142 accounts'")
E("lab_report_2025", EV, [], ["a 41-page report", "the report"])
E("contract_2023", EV, [], ["a seven-page contract dated May 2023", "a leaked document", "That document",
                            "the document", "the contract", "a single document"],
  note="the (unverified, disputed) contract between SLMG and the agency; 'a single document' (outside experts) "
       "also refers to it")
E("contract_leak", EV, [], [], note="clausal: 'that a source shared with the lab'")
E("earlier_takedown_2023", EV, [], ["that takedown"])
E("water_agreement_2024", EV, [], ["a water-sharing agreement"])
E("agency_founding_2021", EV, [], [], note="clausal: 'a government body created in 2021'")

# ----------------------------------------------------------------- relations
LEDE_R = ("independent researchers who studied the accounts said they were most likely run by a marketing firm in "
          "Almaty working on behalf of a Kazakh state agency.")
R("lattice_social", "targeted", "fake_network",
  "Lattice Social Inc. said on Tuesday that it had removed a network of more than 1,100 fake accounts",
  source="lattice_social", qualifier="takedown (removal)")
R("steppe_line", "controls", "fake_network", LEDE_R, certainty="probable", source="civic_signals_lab",
  certainty_cue="most likely", qualifier="ran the accounts",
  note="'a marketing firm in Almaty' = SLMG (named in para 4)")
R("steppe_line", "located_in", "almaty", "a marketing firm in Almaty", source="civic_signals_lab",
  note="descriptive presupposition inside the researchers' clause; 'most likely' scopes over who ran the accounts")
R("steppe_line", "works_with", "state_agency", LEDE_R, certainty="probable", source="civic_signals_lab",
  certainty_cue="most likely", qualifier="working on behalf of", alt_predicates=["supported"])
R("state_agency", "part_of", "kazakhstan", "a Kazakh state agency", source="civic_signals_lab",
  note="demonym 'Kazakh' + 'state agency'")
R("lattice_social", "located_in", "san_francisco", "The San Francisco-based company")
R("lattice_social", "targeted", "fake_network",
  "that it had taken down 1,142 accounts, 37 pages and 12 groups", source="lattice_social",
  qualifier="takedown (blog post)", note="same takedown stated a second time (blog post)")
R("steppe_line", "controls", "fake_network",
  "It wrote only that it had found “links to individuals associated with a marketing firm in Kazakhstan.”",
  source="lattice_social", qualifier="links to individuals associated with the firm", implicit=True,
  alt_predicates=["works_with"],
  note="Lattice does not name the firm; identity with SLMG and 'controls' are inferred")
R("steppe_line", "located_in", "kazakhstan", "a marketing firm in Kazakhstan", source="lattice_social",
  implicit=True, note="firm unnamed by Lattice")
R("civic_signals_lab", "part_of", "harwick_university", "Civic Signals Lab, a unit of Harwick University")
R("harwick_university", "located_in", "edinburgh", "Harwick University in Edinburgh",
  note="'in Edinburgh' may attach to the lab or the university; lab located_in edinburgh follows")
R("civic_signals_lab", "located_in", "edinburgh",
  "Civic Signals Lab, a unit of Harwick University in Edinburgh", implicit=True)
R("steppe_line", "controls", "fake_network",
  "the lab attributed the network “with moderate confidence” to Steppe Line Media Group (SLMG)",
  certainty="probable", source="civic_signals_lab", certainty_cue="with moderate confidence",
  qualifier="attribution of the network")
R("steppe_line", "located_in", "almaty", "Steppe Line Media Group (SLMG), an Almaty-based public relations company")
R("steppe_line", "works_with", "state_agency",
  "said the firm appeared to be working under contract for the State Agency for Strategic Communications",
  certainty="probable", source="civic_signals_lab", certainty_cue="appeared to", qualifier="under contract for",
  alt_predicates=["supported"])
R("state_agency", "part_of", "kazakhstan",
  "the State Agency for Strategic Communications, a government body created in 2021 to promote the country’s image abroad",
  time="2021/..", note="'the country' = Kazakhstan")
R("maren_holt", "holds_position", "civic_signals_lab", "Maren Holt, who leads the lab’s investigations team",
  role="head of the investigations team", alt_predicates=["member_of"])
R("steppe_line", "controls", "fake_network",
  "We see the same people, the same infrastructure and the same talking points that we documented in the firm’s earlier work",
  source="maren_holt", implicit=True, qualifier="same people/infrastructure as the firm's earlier work",
  note="identification implied, not stated")
R("fake_network", "targeted", "kyrgyzstan",
  "According to the report, the accounts were aimed mainly at audiences in Kyrgyzstan",
  source="civic_signals_lab", qualifier="target audience")
R("southern_kazakhstan", "located_in", "kazakhstan", "southern Kazakhstan")
R("kazakhstan", "works_with", "kyrgyzstan", "a water-sharing agreement that the two governments signed in 2024",
  time="2024", qualifier="water-sharing agreement",
  note="'the two governments' = Kazakhstan and Kyrgyzstan (resolved from the preceding sentence); "
       "author's background statement")
R("fake_network", "targeted", "ordo_times",
  "from last autumn began attacking Ordo Times", source="civic_signals_lab", time="2024-FA/..",
  note="still under the paragraph's 'According to the report'")
R("ordo_times", "located_in", "bishkek", "Ordo Times, an independent news site in Bishkek")
R("bishkek", "located_in", "kyrgyzstan", "an independent news site in Bishkek", implicit=True,
  note="world knowledge (capital of Kyrgyzstan), not stated")
R("steppe_line", "controls", "fake_network",
  "administrator accounts for several pages that were registered with phone numbers and email addresses previously tied to Steppe Line",
  source="civic_signals_lab", implicit=True, qualifier="page administrators registered with the firm's contact details",
  note="evidence offered for the attribution; control inferred")
R("steppe_line", "works_with", "state_agency",
  "appears to commit SLMG to “maintain a network of no fewer than 1,000 authentic-looking accounts” for the agency",
  certainty="probable", certainty_cue="appears to", qualifier="contract (leaked document, unverified)")
R("state_agency", "funded", "steppe_line",
  "for the agency at a monthly fee of 19 million tenge (about $38,000)", certainty="probable",
  certainty_cue="appears to", qualifier="monthly fee of 19 million tenge (about $38,000)",
  note="same hedged sentence ('appears to commit'); the Wire could not verify the document")
R("former_employee", "member_of", "steppe_line", "A former Steppe Line employee", qualifier="former employee")
R("steppe_line", "controls", "fake_network",
  "staff in a separate “special projects” room managed batches of accounts on the platform",
  source="former_employee", qualifier="'special projects' room managed batches of accounts",
  alt_objects=["earlier_network_2023"],
  note="'batches of accounts' not explicitly the 2025 network")
R("steppe_line", "works_with", "state_agency",
  "The client was never named in internal chats, the former employee said, but everyone understood it to be the agency.",
  certainty="probable", source="former_employee", certainty_cue="understood",
  qualifier="client (daily topic lists)", alt_predicates=["supported"])
R("steppe_line", "controls", "fake_network", "Steppe Line denied any involvement.", polarity="negative",
  source="steppe_line", polarity_cue="denied")
R("steppe_line", "controls", "fake_network", "SLMG has never created or operated fake accounts on any platform",
  polarity="negative", source="daniyar_seitkali", polarity_cue="never", via=["steppe_line"],
  note="spoken on behalf of the firm")
R("steppe_line", "works_with", "state_agency",
  "we have no contract with any government body for such services", polarity="negative",
  source="daniyar_seitkali", polarity_cue="no contract", via=["steppe_line"], alt_objects=["kazakhstan"])
R("daniyar_seitkali", "founded", "steppe_line", "the firm’s founder and chief executive, Daniyar Seitkali")
R("daniyar_seitkali", "holds_position", "steppe_line", "the firm’s founder and chief executive, Daniyar Seitkali",
  role="chief executive", alt_predicates=["leader_of"])
R("steppe_line", "works_with", "state_agency", "He called the contract “a crude forgery”", polarity="negative",
  source="daniyar_seitkali", implicit=True, polarity_cue="a crude forgery",
  note="denies the contract's authenticity, hence the contractual link")
R("kazakh_foreign_ministry", "part_of", "kazakhstan", "Kazakhstan’s foreign ministry")
R("steppe_line", "works_with", "state_agency",
  "Kazakhstan’s foreign ministry, asked about the report at a regular briefing, called it “baseless”",
  polarity="negative", source="kazakh_foreign_ministry", implicit=True, polarity_cue="baseless",
  note="rejects the report as a whole, including the firm-agency link")
R("nurlan_abdrakhmanov", "holds_position", "kazakh_foreign_ministry", "A ministry spokesman, Nurlan Abdrakhmanov",
  role="spokesman")
R("kazakhstan", "funded", "steppe_line",
  "the government “does not finance, direct or need any so-called troll farms.”", polarity="negative",
  source="nurlan_abdrakhmanov", via=["kazakh_foreign_ministry"], implicit=True, polarity_cue="does not finance",
  note="general denial about 'troll farms'; object (SLMG) inferred")
R("kazakhstan", "controls", "steppe_line",
  "the government “does not finance, direct or need any so-called troll farms.”", polarity="negative",
  source="nurlan_abdrakhmanov", via=["kazakh_foreign_ministry"], implicit=True, polarity_cue="does not",
  qualifier="direct", note="'direct' read as control; object inferred")
R("lattice_social", "targeted", "earlier_network_2023",
  "In August 2023 the company removed 214 accounts and nine pages", time="2023-08", qualifier="takedown")
R("steppe_line", "controls", "earlier_network_2023",
  "that it said were run by “individuals associated with” Steppe Line", source="lattice_social",
  qualifier="individuals associated with the firm")
R("earlier_network_2023", "targeted", "kazakhstan", "most of them aimed at audiences inside Kazakhstan",
  qualifier="target audience (most of the accounts)",
  note="absolute clause after the attributed relative clause; read as the author's (alt: Lattice's)")
R("steppe_line", "controls", "earlier_network_2023", "The firm denied that finding as well.",
  polarity="negative", source="steppe_line", polarity_cue="denied")
R("julien_marchetti", "holds_position", "other_social_media_company",
  "a former policy manager at another social media company", role="policy manager", qualifier="former")
R("julien_marchetti", "works_with", "election_bodies_europe", "now advises election bodies in Europe",
  qualifier="adviser")
R("election_bodies_europe", "located_in", "europe", "election bodies in Europe")
R("steppe_line", "works_with", "kazakhstan",
  "If the document is genuine, though, it would be one of the clearest links yet between a commercial troll operation and a government in Central Asia.",
  certainty="possible", source="julien_marchetti", implicit=True, certainty_cue="If",
  qualifier="conditional: if the document is genuine", alt_objects=["state_agency"],
  note="'a commercial troll operation' / 'a government in Central Asia' = SLMG / Kazakh government by context")
R("kazakhstan", "located_in", "central_asia", "a government in Central Asia", implicit=True,
  note="'a government in Central Asia' refers to Kazakhstan's")
R("aibek_toktomushev", "citizen_of", "kyrgyzstan", "a Kyrgyz member of parliament, Aibek Toktomushev",
  note="demonym")
R("aibek_toktomushev", "holds_position", "kyrgyz_parliament", "a Kyrgyz member of parliament, Aibek Toktomushev",
  role="member of parliament", alt_predicates=["member_of"], alt_objects=["kyrgyzstan"])
R("kyrgyz_parliament", "part_of", "kyrgyzstan", "a Kyrgyz member of parliament", implicit=True)
R("aibek_toktomushev", "supported", "fake_network",
  "the few that spread widely did so after they were shared by a Kyrgyz member of parliament, Aibek Toktomushev, who later deleted them",
  source="civic_signals_lab", ambiguous=True, qualifier="shared (amplified) posts, later deleted",
  note="amplification, knowingly or not; 'supported' is a loose fit")

# -------------------------------------------------------------- attributions
A("Lattice Social Inc. said on Tuesday that it had removed a network of more than 1,100 fake accounts that posed as ordinary Kyrgyz and Kazakh citizens",
  "lattice_social", "said", False)
A(LEDE_R, "civic_signals_lab", "said", False)
A("The San Francisco-based company, which operates the Lattice video and messaging app, said in a blog post that the network had broken its rules against “coordinated inauthentic behavior” and that it had taken down 1,142 accounts, 37 pages and 12 groups.",
  "lattice_social", "said in a blog post", False, partial_quote=True)
A("The pages had about 2.3 million followers between them, the company said, though it cautioned that many of those followers were themselves likely to be fake.",
  "lattice_social", "the company said", False)
A("The pages had about 2.3 million followers between them, the company said, though it cautioned that many of those followers were themselves likely to be fake.",
  "lattice_social", "cautioned", False, content="many of those followers were themselves likely to be fake")
A("It wrote only that it had found “links to individuals associated with a marketing firm in Kazakhstan.”",
  "lattice_social", "wrote", False, partial_quote=True)
A("In a 41-page report released on Wednesday, the lab attributed the network “with moderate confidence” to Steppe Line Media Group (SLMG), an Almaty-based public relations company",
  "civic_signals_lab", "attributed", False, partial_quote=True)
A("and said the firm appeared to be working under contract for the State Agency for Strategic Communications, a government body created in 2021 to promote the country’s image abroad.",
  "civic_signals_lab", "said", False)
A("“We see the same people, the same infrastructure and the same talking points that we documented in the firm’s earlier work,” said Maren Holt, who leads the lab’s investigations team. “What is new is the scale, and the fact that the content appears to be tailored for a foreign audience.”",
  "maren_holt", "said", True, on_behalf_of="civic_signals_lab")
A("According to the report, the accounts were aimed mainly at audiences in Kyrgyzstan and posed as farmers, students and small-business owners there and in southern Kazakhstan.",
  "civic_signals_lab", "According to the report", False)
A("They posted videos praising a water-sharing agreement that the two governments signed in 2024, and from last autumn began attacking Ordo Times, an independent news site in Bishkek that had reported on cost overruns at a dam project.",
  "civic_signals_lab", "According to the report", False, cue_ctx="According to the report",
  note="no cue in the sentence: continues the paragraph-initial 'According to the report' (relative clauses on the "
       "agreement and on Ordo Times are the author's background)")
A("Several of the accounts used profile pictures that the researchers believe were generated with artificial intelligence.",
  "civic_signals_lab", "believe", False)
A("The lab’s attribution rests on three kinds of evidence, the report says: administrator accounts for several pages that were registered with phone numbers and email addresses previously tied to Steppe Line; posting schedules that matched Almaty office hours and went quiet on Kazakh public holidays; and a leaked document.",
  "civic_signals_lab", "the report says", False)
A("the lab said it had “no means to confirm” who signed it.", "civic_signals_lab", "said", False,
  partial_quote=True)
A("A former Steppe Line employee, who spoke on condition of anonymity because of a non-disclosure agreement, told the Wire that staff in a separate “special projects” room managed batches of accounts on the platform and received daily lists of topics from “the client.”",
  "former_employee", "told the Wire", False, partial_quote=True)
A("The client was never named in internal chats, the former employee said, but everyone understood it to be the agency.",
  "former_employee", "the former employee said", False)
A("Steppe Line denied any involvement.", "steppe_line", "denied", False)
A("“SLMG has never created or operated fake accounts on any platform, and we have no contract with any government body for such services,” the firm’s founder and chief executive, Daniyar Seitkali, wrote in a statement posted on the company’s website on Wednesday.",
  "daniyar_seitkali", "wrote in a statement posted", True, on_behalf_of="steppe_line")
A("He called the contract “a crude forgery” and said the firm would consider legal action against the lab.",
  "daniyar_seitkali", "called", False, partial_quote=True, on_behalf_of="steppe_line")
A("Kazakhstan’s foreign ministry, asked about the report at a regular briefing, called it “baseless” and “part of an information campaign against our country.”",
  "kazakh_foreign_ministry", "called", False, partial_quote=True)
A("A ministry spokesman, Nurlan Abdrakhmanov, told reporters that the government “does not finance, direct or need any so-called troll farms.”",
  "nurlan_abdrakhmanov", "told reporters", False, partial_quote=True, on_behalf_of="kazakh_foreign_ministry")
A("In August 2023 the company removed 214 accounts and nine pages that it said were run by “individuals associated with” Steppe Line",
  "lattice_social", "said", False, content="were run by “individuals associated with” Steppe Line",
  partial_quote=True)
A("The firm denied that finding as well.", "steppe_line", "denied", False)
A("Holt said roughly a third of the newly removed accounts had been created within two weeks of that takedown, which she described as a sign that the operators had “simply rebuilt.”",
  "maren_holt", "said", False, partial_quote=True)
A("Outside experts said the attribution looked plausible but cautioned against reading too much into a single document.",
  "outside_experts", "said", False)
A("“Contracts like this can be faked, and marketing firms often work for several clients at once,” said Julien Marchetti, a former policy manager at another social media company who now advises election bodies in Europe. “If the document is genuine, though, it would be one of the clearest links yet between a commercial troll operation and a government in Central Asia.”",
  "julien_marchetti", "said", True)
A("The lab found that most posts drew fewer than 20 interactions, and that the few that spread widely did so after they were shared by a Kyrgyz member of parliament, Aibek Toktomushev, who later deleted them.",
  "civic_signals_lab", "found", False)
A("Lattice said it had shared its findings with other platforms and with independent researchers, and that it expected the operators to try to return.",
  "lattice_social", "said", False)
A("“We will keep looking,” the company wrote.", "lattice_social", "the company wrote", True)

# -------------------------------------------------------------------- hedges
H("most likely", "they were most likely run by a marketing firm in Almaty", "probable")
H("likely", "many of those followers were themselves likely to be fake", "probable")
H("with moderate confidence",
  "the lab attributed the network “with moderate confidence” to Steppe Line Media Group (SLMG)", "probable")
H("appeared to", "the firm appeared to be working under contract for the State Agency for Strategic Communications",
  "probable")
H("appears to", "the content appears to be tailored for a foreign audience", "probable")
H("believe", "profile pictures that the researchers believe were generated with artificial intelligence", "probable",
  note="named source's belief: probable (not 'reported', which is for unsourced 'are believed to')")
H("appears to",
  "appears to commit SLMG to “maintain a network of no fewer than 1,000 authentic-looking accounts” for the agency",
  "probable")
H("could not independently verify", "The Wire could not independently verify the document", "uncertain")
H("no means to confirm", "the lab said it had “no means to confirm” who signed it", "uncertain")
H("understood", "everyone understood it to be the agency", "probable",
  note="inference shared by staff, not a statement by the client")
H("looked plausible", "the attribution looked plausible", "possible")
H("If the document is genuine",
  "If the document is genuine, though, it would be one of the clearest links yet between a commercial troll operation and a government in Central Asia.",
  "possible", note="conditional: the conclusion stands or falls with the document's authenticity")
H("appears to", "The network’s reach appears to have been limited.", "probable")
H("expected", "it expected the operators to try to return", "probable")
H("would consider", "the firm would consider legal action against the lab", "possible")

# ------------------------------------------------------------------- stances
# none: the author reports all sides without an explicit judgement (see notes)

# -------------------------------------------------------------------- events
V("takedown_2025", "takedown", "2025-03-11", None,
  {"accounts": 1142, "pages": 37, "groups": 12, "followers": 2300000},
  [("lattice_social", "actor"), ("fake_network", "target"),
   ("steppe_line", "target", {"source": "civic_signals_lab", "certainty": "probable",
                              "qualifier": "operator of the removed network"}),
   ("steppe_line", "target", {"source": "steppe_line", "polarity": "negative",
                              "qualifier": "operator of the removed network"})],
  "Lattice Social Inc. said on Tuesday that it had removed a network of more than 1,100 fake accounts",
  subtype="removal of a coordinated inauthentic behavior network",
  date_note="announced Tuesday 2025-03-11; the removal itself is not dated (on or before that day)",
  numbers_by_source=[
      {"source": "lattice_social", "time": "2025-03-11", "numbers": {"accounts": 1100}, "qualifier": "more than",
       "evidence": "a network of more than 1,100 fake accounts"},
      {"source": "lattice_social", "time": "2025-03-11", "numbers": {"accounts": 1142, "pages": 37, "groups": 12},
       "evidence": "it had taken down 1,142 accounts, 37 pages and 12 groups"},
      {"source": "lattice_social", "numbers": {"followers": 2300000}, "qualifier": "about; many likely fake",
       "evidence": "The pages had about 2.3 million followers between them"}])
V("influence_operation", "other", "2023-06/2025-01", "kyrgyzstan",
  {"ad_spend_usd": 48000, "followers": 2300000},
  [("steppe_line", "perpetrator", {"source": "civic_signals_lab", "certainty": "probable"}),
   ("steppe_line", "perpetrator", {"source": "daniyar_seitkali", "polarity": "negative"}),
   ("state_agency", "orderer", {"source": "civic_signals_lab", "certainty": "probable"}),
   ("state_agency", "orderer", {"source": "kazakh_foreign_ministry", "polarity": "negative"}),
   ("fake_network", "actor"),
   ("kyrgyzstan", "target", {"source": "civic_signals_lab", "qualifier": "audiences"}),
   ("ordo_times", "target", {"source": "civic_signals_lab"}),
   ("aibek_toktomushev", "amplifier", {"source": "civic_signals_lab"})],
  "The operators spent roughly $48,000 on ads on the platform between June 2023 and January",
  subtype="influence operation (coordinated inauthentic behavior)",
  date_note="the only dated span is the ad spend (June 2023 - January 2025); attacks on Ordo Times from autumn 2024")
V("lab_report_2025", "publication", "2025-03-12", None, {"pages": 41},
  [("civic_signals_lab", "actor"), ("steppe_line", "target"), ("state_agency", "target")],
  "In a 41-page report released on Wednesday", subtype="research report (attribution)")
V("contract_2023", "contract", "2023-05", None,
  {"monthly_fee_kzt": 19000000, "monthly_fee_usd": 38000, "accounts_min": 1000, "document_pages": 7},
  [("state_agency", "payer", {"source": "author", "certainty": "probable"}),
   ("steppe_line", "recipient", {"source": "author", "certainty": "probable"}),
   ("steppe_line", "recipient", {"source": "daniyar_seitkali", "polarity": "negative",
                                 "qualifier": "'a crude forgery'"})],
  "a seven-page contract dated May 2023",
  subtype="service contract (leaked, unverified)",
  note="date is the document's date; authenticity not verified by the Wire or the lab; denied by SLMG")
V("contract_leak", "leak", None, None, {},
  [("leak_source", "actor"), ("civic_signals_lab", "recipient"), ("contract_2023", "target")],
  "a seven-page contract dated May 2023 that a source shared with the lab",
  subtype="leaked document shared with researchers", note="undated")
V("earlier_takedown_2023", "takedown", "2023-08", None, {"accounts": 214, "pages": 9},
  [("lattice_social", "actor"), ("earlier_network_2023", "target"),
   ("steppe_line", "target", {"source": "lattice_social",
                              "qualifier": "operator of the removed accounts ('individuals associated with')"}),
   ("steppe_line", "target", {"source": "steppe_line", "polarity": "negative",
                              "qualifier": "operator of the removed accounts"})],
  "In August 2023 the company removed 214 accounts and nine pages",
  subtype="earlier removal of accounts tied to the same firm")
V("water_agreement_2024", "agreement", "2024", None, {},
  [("kazakhstan", "signatory"), ("kyrgyzstan", "signatory")],
  "a water-sharing agreement that the two governments signed in 2024", subtype="bilateral water-sharing agreement")
V("agency_founding_2021", "founding", "2021", "kazakhstan", {},
  [("state_agency", "result")],
  "a government body created in 2021 to promote the country’s image abroad", subtype="creation of a state agency")

# ------------------------------------------------------------------- timexes
T("March 12, 2025", "2025-03-12", function="publication_date")
T("Tuesday", "2025-03-11")
T("June 2023", "2023-06")
T("January", "2025-01", note="'between June 2023 and January': the January before publication")
T("Wednesday", "2025-03-12", occ=0)
T("2021", "2021")
T("2024", "2024")
T("last autumn", "2024-FA", note="autumn before the March 2025 publication; signal 'from' (open interval 2024-FA/..)")
T("May 2023", "2023-05")
T("monthly", "P1M", type="set")
T("daily", "P1D", type="set")
T("Wednesday", "2025-03-12", occ=1)
T("August 2023", "2023-08")
T("two weeks", "P2W", type="duration", anchor="2023-08", note="signal 'within ... of that takedown'")

# -------------------------------------------------------------------- notes
g.notes += [
    "FICTIONAL dev document (own wording), written for the claimgraph development set and annotated by hand before any "
    "run: Lattice Social, the Civic Signals Lab, Harwick University, Steppe Line Media Group, the State Agency for "
    "Strategic Communications, Ordo Times, the Wire and all named people are invented; countries/cities are real; "
    "the foreign-ministry statements are invented. errors: none (no real-world facts to check).",
    "published = dateline date 2025-03-12 (Wednesday): 'on Tuesday' = 2025-03-11, 'on Wednesday' = 2025-03-12, "
    "'January' (between June 2023 and January) = 2025-01, 'last autumn' = 2024-FA.",
    "certainty per source (FactBank): Lattice's, the lab's, the former employee's and the denials' plain statements are "
    "'certain' for their source; 'most likely', 'with moderate confidence', 'appeared to', 'appears to', 'believe', "
    "'understood', 'expected' = probable; 'looked plausible', 'would consider', conditional 'If ...' = possible; "
    "'could not independently verify', 'no means to confirm' = uncertain. Generic 'can' ('Contracts like this can be "
    "faked') is not a hedge (as 'can multiply' in the health gold); the possibility of forgery is carried by the "
    "conditional that follows. Approximators (roughly, about, more than) "
    "are not hedges; 'so-called troll farms' is distancing by the spokesman, not a certainty cue.",
    "Attribution: the network is linked to SLMG by (1) the lab (probable), (2) Lattice (unnamed 'marketing firm in "
    "Kazakhstan'; implicit), (3) the former employee, (4) the leaked contract as read by the author ('appears to'); "
    "denied by SLMG (Seitkali, 'denied any involvement', 'crude forgery') and rejected as 'baseless' by Kazakhstan's "
    "foreign ministry. Encoded as 'controls' (firm -> network) and 'works_with' (firm -> agency); money under the "
    "contract as 'funded' (agency -> firm). 'perpetrated' is used only as the event participant role.",
    "The author's own claim from the leaked document ('appears to commit SLMG ...') has source 'author' with certainty "
    "probable; the Wire ('this news agency') = author. The unattributed ad-spend sentence ('The operators spent "
    "roughly $48,000') is the author's, though presumably from Lattice.",
    "Paragraph scope: 'They posted videos ... began attacking Ordo Times' is attributed to the lab by the "
    "paragraph-initial 'According to the report' (cue outside the evidence span).",
    "Aliases: Steppe Line Media Group = SLMG (defined in parentheses) = Steppe Line = 'the firm'; Lattice Social Inc. = "
    "Lattice (company and, metonymically, its app/platform). 'the company' mostly = Lattice, but 'the company’s "
    "website' = SLMG's.",
    "Demonyms: 'Kyrgyz member of parliament' -> citizen_of kyrgyzstan; 'a Kazakh state agency' -> part_of kazakhstan; "
    "'posed as ordinary Kyrgyz and Kazakh citizens' is impersonation, NOT citizen_of; 'Kazakh public holidays', "
    "'Kazakhstani tenge', 'U.S. dollars' give no relation (the US is not an entity here).",
    "X-based: 'The San Francisco-based company' -> located_in san_francisco; 'an Almaty-based public relations company' "
    "-> located_in almaty.",
    "No explicit authorial stance (stances empty): 'went further', 'could not independently verify' and 'appears to' "
    "are neutral reporting/hedging, not endorsement or dispute.",
    "Event types from DESIGN's full vocabulary (takedown, publication, contract, leak, agreement, founding; the "
    "campaign itself is 'other' with subtype 'influence operation'). Speech acts (blog post, SLMG's website statement, "
    "the ministry briefing) are not separate events; the threatened legal action is hypothetical; Toktomushev's "
    "deleting the posts is undated and left out.",
    "Event roles beyond the shared list: amplifier (Toktomushev), orderer, signatory, payer, recipient, result, actor.",
    "Relations with implicit=True (inferred subject/object or world knowledge: Bishkek in Kyrgyzstan, Kazakhstan in "
    "Central Asia, troll-farm denials, 'baseless') may be excluded by scorers.",
    "Timex 'two weeks' anchored on the August 2023 takedown; 'monthly'/'daily' are TIMEX3 sets.",
    "cross_doc: not applicable (unrelated domain).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
