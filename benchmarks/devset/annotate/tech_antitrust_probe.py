#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for
benchmarks/devset/docs/tech_antitrust_probe.txt -> benchmarks/devset/gold/tech_antitrust_probe.json

Fictional business/technology wire story: the European Commission (later 'the Commission', 'the EU executive', the
metonymic 'Brussels') opens a formal antitrust investigation, run by its Directorate-General for Competition (DG COMP),
into Corvane Software ('the Austin-based cloud company', founded in 2009 as Corvane Data Systems and renamed in 2020)
over the suspected tying of its data-backup service to its dominant office suite.  A rival's complaint filed last March
(Helvion AG of Munich, backed by a venture firm and supported by a Brussels trade association of which it is a member);
a Commission spokeswoman quoted over three sentences; the company's statement ('competes on the merits', a quote
continued after 'the statement said'); the founder and chairman (a Danish citizen living in Texas) quoted after a colon
at a Lisbon conference, his family's 18% of the votes and his daughter heading the Dublin-based European unit; a former
head of European sales (a Frenchman) whose account the company denies; 'A senior Commission official, who spoke on
condition of anonymity' ('appeared to', 'allegedly', 'could'); competing market-share figures (an analyst firm, the
rival, the company); an earlier fine (2019) upheld by the General Court 'two years ago'; a US lawsuit by a Denver
reseller 'According to court documents'; the share fall on the Nasdaq and analysts' 'is believed to' / 'could'.
The writer's own stances: 'That assertion is not supported by the company's own price lists ... reviewed by this
agency' (disputes Corvane); 'Data from Kestrel Insight ... confirm the rise Helvion describes' (endorses Helvion);
'Helvion puts the figure at more than half, but offered no evidence for that estimate' (disputes Helvion).  Built with
the shared goldlib; events follow the shared validator's list like mining_collapse_inquiry and tech_health_data_breach
(a DESIGN type it lacks is 'other' with the DESIGN word leading the subtype; 'renaming' is on the list)."""
from pathlib import Path

HERE = Path(__file__).resolve()
DEVSET = HERE.parents[1]                    # benchmarks/devset

from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "tech_antitrust_probe"
PUB = "2026-11-25"  # dateline: BRUSSELS, Nov. 25, 2026 (a Wednesday)
g = Gold(DEVSET / "docs" / f"{NAME}.txt", PUB)

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("brussels", "Location", ["BRUSSELS", "Brussels"],
  note="dateline; 'a Brussels trade association' (the city). The other two uses are metonymic for the EU institutions "
       "(the Commission): 'trying to win in Brussels' (Aalund's quote) and \"Corvane's first brush with Brussels\" - "
       "listed as metonymic_names of the Commission")
E("austin", "Location", ["Austin"], note="only in 'the Austin-based cloud company'")
E("texas", "Location", ["Texas"], note="'who has lived in Texas for three decades'")
E("united_states", "Location", ["United States"], note="'a lawsuit in the United States'; 'federal court' is its court")
E("denmark", "Location", ["Danish"],
  note="never named: the demonym 'Danish' ('a Danish citizen'), kept as its name as tech_health_data_breach keeps "
       "'Dutch' for the Netherlands")
E("germany", "Location", ["Germany"], note="'price lists for Germany and France'")
E("france", "Location", ["France"],
  note="'price lists for Germany and France'; 'a Frenchman' (Delorme) gives citizen_of and is not listed as a name "
       "since the country is named (conflict_drone_strike_clinic's convention)")
E("munich", "Location", ["Munich"], note="x2: 'a Munich maker', 'the Munich venture firm'")
E("lisbon", "Location", ["Lisbon"])
E("dublin", "Location", ["Dublin"], note="only in 'the Dublin-based unit'")
E("paris", "Location", ["Paris"], note="'in an interview in Paris'")
E("london", "Location", ["London"], note="only in 'a London-based research firm'")
E("luxembourg", "Location", ["Luxembourg"], note="'the General Court in Luxembourg' (the city, seat of the EU courts)")
E("denver", "Location", ["Denver"], note="only in 'a Denver-based reseller'")
E("san_francisco", "Location", ["San Francisco"])
E("new_york", "Location", ["New York"], note="'listed on the Nasdaq in New York'")
E("europe", "Location", ["Europe"],
  note="'Businesses across Europe' (Ferrante); the adjective 'European' ('European sales team', 'European spending', "
       "'the European backup business') refers to the same market; 'Europe' is also inside the names 'Corvane Europe' "
       "and 'CloudFair Europe'")

# organizations
E("eu", "Organization", ["EU"],
  note="x4: headline 'EU opens antitrust probe' (the Union acting through the Commission: metonymic, as "
       "mining_collapse_inquiry's 'Ghana suspends'), 'the EU executive' (the Commission's descriptor), 'across the EU', "
       "'Under EU rules'. Typed Organization as tech_health_data_breach's European Union")
E("commission", "Organization", ["European Commission", "Commission"], ["the EU executive"],
  metonymic_names=["Brussels"],
  note="real EU institution; the case and every statement attributed to it are fictional. 'Commission' x9 (incl. \"the "
       "Commission's Directorate-General\", 'a spokeswoman for the Commission', 'The Commission said', 'cooperate fully "
       "with the Commission', 'A senior Commission official', 'the Commission can fine', 'the Commission fined', \"the "
       "Commission's announcement\"); 'the EU executive said on Tuesday' (lead); 'it added'; 'Brussels' x2 metonymic")
E("dg_comp", "Organization", ["Directorate-General for Competition", "DG COMP"],
  note="real Commission department; acronym in brackets; \"the Commission's Directorate-General\" (possessive: part_of)")
E("corvane", "Organization", ["Corvane Software", "Corvane"],
  ["the Austin-based cloud company", "the company", "The company", "the group"], fictional=True,
  note="'Corvane' x22 incl. the names 'Corvane Data Systems' (former name, own entity) and 'Corvane Europe' (unit, own "
       "entity), \"Corvane's\" x6; 'the company' x5 ('the company has broken the law', \"the company's own price "
       "lists\", 'set up the company', 'left the company', 'fined the company', 'force the company'), 'The company also "
       "faces'; \"the group's products\" (Corvane Europe sells them); 'it' (lead, P4), 'our products' in the statement. "
       "'a company' in 'the Commission can fine a company' is generic")
E("corvane_data_systems", "Organization", ["Corvane Data Systems"], fictional=True,
  note="the company's name from 2009 to 2020 ('set up the company in 2009 as Corvane Data Systems and renamed it in "
       "2020'): kept as its own entity linked by renamed_to, as business_acquisition_probe's and "
       "court_appeal_conviction's former names")
E("corvane_europe", "Organization", ["Corvane Europe"],
  ["the Dublin-based unit that sells the group's products across the EU"], fictional=True)
E("helvion", "Organization", ["Helvion AG", "Helvion"], ["a Munich maker of backup and storage software", "a rival"],
  fictional=True,
  note="'Helvion' x8 (incl. \"Helvion's chief executive\", \"Helvion's products\"); 'Its complaint'; 'a rival' in the "
       "headline (\"a rival's ploy\") and in Aalund's quote ('This is a rival trying to win in Brussels') = Helvion, the "
       "complainant; \"a rival's offer\" (the official) and 'rival backup tools' / 'rival products' are generic. "
       "Competitor of Corvane: no predicate (not encoded)")
E("isarberg", "Organization", ["Isarberg Capital"], ["the Munich venture firm"], fictional=True)
E("cloudfair", "Organization", ["CloudFair Europe"], ["a Brussels trade association of smaller cloud providers"],
  fictional=True)
E("kestrel", "Organization", ["Kestrel Insight", "Kestrel"], ["a London-based research firm", "the firm"],
  fictional=True, note="'the firm estimates' (Kestrel); the other 'the firm' ('weeks after the firm began offering') is "
                       "Pinecrest; 'Analysts at Kestrel'")
E("general_court", "Organization", ["General Court"],
  note="real EU court (in Luxembourg); the 2024 ruling is fictional")
E("pinecrest", "Organization", ["Pinecrest Data", "Pinecrest"], ["a Denver-based reseller", "the firm"],
  fictional=True, note="'the firm began offering Helvion's products to its clients'; 'its reseller contract'")
E("federal_court", "Organization", ["federal court in San Francisco", "the court"], name_kind="descriptive",
  note="a US federal court, not named ('sued Corvane in federal court in San Francisco'; 'asked the court to dismiss')")
E("nasdaq", "Organization", ["Nasdaq"], note="real exchange; the share move is fictional")
E("this_agency", "Organization", ["this agency"], name_kind="descriptive",
  note="the writer's outlet ('reviewed by this agency'; the dateline's 'Wire'): claims by it are source 'author'")
E("aalund_family", "Person", ["Aalund family"], name_kind="descriptive",
  note="'The Aalund family' (the sentence-initial article is not part of the phrase kept); typed Person as "
       "court_appeal_conviction's family; 'His daughter' makes Freya and Henrik Aalund members")

# people
E("lucia_ferrante", "Person", ["Lucia Ferrante"], ["a spokeswoman for the Commission"], fictional=True,
  note="'We will look' in her quote = the Commission")
E("henrik_aalund", "Person", ["Henrik Aalund", "Aalund"], ["Corvane's founder and chairman", "founder"],
  fictional=True,
  note="'founder' in the headline ('founder calls complaint a rival's ploy'); 'Aalund, who set up the company'; 'he "
       "spoke', 'His daughter'. 'Aalund' also occurs inside 'Freya Aalund' and 'The Aalund family'")
E("freya_aalund", "Person", ["Freya Aalund"], ["His daughter"], fictional=True, note="'She did not respond'")
E("marc_delorme", "Person", ["Marc Delorme", "Delorme"],
  ["A former executive", "a Frenchman who ran Corvane's European sales team"], fictional=True,
  note="'Delorme' x2 besides the full name ('Delorme said in an interview', 'Delorme had left'); 'he left', 'his own "
       "performance targets'")
E("senior_official", "Person", ["A senior Commission official"], ["The official"], unnamed=True,
  name_kind="descriptive", note="'who spoke on condition of anonymity because the case is confidential'")
E("sabine_kessler", "Person", ["Sabine Kessler"], ["Helvion's chief executive"], fictional=True,
  note="'We' in her quote = Helvion")
E("investigators", "Person", ["investigators"], generic=True, name_kind="descriptive",
  note="x2: the Commission's investigators ('The Commission said investigators would examine', the official's "
       "'investigators had already received emails')")
E("business_customers", "Person", ["business customers", "customers", "Customers"], generic=True,
  name_kind="descriptive",
  note="Corvane's corporate customers (lead 'pushed business customers', Helvion's 'customers dropping rival backup "
       "tools', the statement's 'Customers choose our products', Aalund's 'win with customers'); 'large customers', "
       "'several corporate customers' and 'about 40 corporate customers' are subsets kept apart")
E("large_customers", "Person", ["large customers"], generic=True, name_kind="descriptive",
  note="in Delorme's account: the customers staff were told to warn ('their suite discounts', 'they bought backup')")
E("email_customers", "Person", ["several corporate customers"], unnamed=True, name_kind="descriptive",
  note="whose emails the investigators received (the official)")
E("lost_customers", "Person", ["about 40 corporate customers"], unnamed=True, name_kind="descriptive",
  note="customers Helvion says it lost to Corvane since 2022")
E("sales_staff", "Person", ["sales staff", "staff"], generic=True, name_kind="descriptive",
  note="Corvane's sales staff: 'staff were told to warn' (Delorme), 'sales staff who allegedly threatened' (the "
       "official)")
E("corvane_europe_staff", "Person", ["about 2,300 people"], generic=True, name_kind="descriptive",
  note="'employs about 2,300 people' (Corvane Europe's workforce)")
E("cloud_providers", "Organization", ["smaller cloud providers"], generic=True, name_kind="descriptive",
  note="CloudFair Europe's members ('a Brussels trade association of smaller cloud providers')")
E("kestrel_analysts", "Person", ["Analysts at Kestrel"], generic=True, name_kind="descriptive")

# events
E("commission_probe", "Event", [],
  ["a formal antitrust investigation", "antitrust probe", "The probe", "a case", "the case", "the inquiry"],
  note="'opens antitrust probe' (headline), 'has opened a formal antitrust investigation' (lead), 'The probe, run by', "
       "'Opening a case' (the Commission), 'the case is confidential' and 'the inquiry could take' (the official); "
       "the other 'the case' ('asked the court to dismiss the case') is the US lawsuit")
E("helvion_complaint", "Event", [], ["a complaint filed last March", "complaint", "the complaint", "Its complaint"],
  note="Helvion's complaint to the Commission: 'a complaint filed last March', 'founder calls complaint a rival's ploy' "
       "(headline), 'said the complaint had been \"recycled\"' (Aalund), 'Its complaint is supported by'")
E("tying_practice", "Event", [], ["cloud bundling", "bundling", "the same pressure"],
  note="the alleged conduct: headline 'over cloud bundling'; the lead's suspicion ('pushed business customers to buy "
       "its data-backup service together with its dominant office suite'); Helvion's 'has tied the two products "
       "together since 2021'; Delorme's instruction to warn customers; the official's 'the same pressure'; 'abused a "
       "dominant position' (the Commission's question). 'a ruling against bundling' (analysts) is generic")
E("lisbon_conference", "Event", [], ["a technology conference in Lisbon"])
E("delorme_departure", "Event", [], note="clausal: 'until he left the company in 2024', 'Delorme had left'")
E("corvane_founding", "Event", [], note="clausal: 'who set up the company in 2009'; 'founder'")
E("corvane_renaming", "Event", [], note="clausal: 'renamed it in 2020'")
E("fine_2019", "Event", [], ["that fine"], note="'In 2019 the Commission fined the company 380 million euros'; 'upheld "
                                                "most of that fine'")
E("court_ruling_2024", "Event", [], note="clausal: 'the General Court in Luxembourg upheld most of that fine two years "
                                         "ago'")
E("contract_cancellation", "Event", [], note="clausal: 'Corvane cancelled its reseller contract last year'")
E("pinecrest_lawsuit", "Event", [], ["a lawsuit", "the case"],
  note="'faces a lawsuit in the United States', 'sued Corvane', 'dismiss the case'")
E("share_fall_2026", "Event", [], note="clausal: \"Corvane's shares ... fell 5.8% on Tuesday\"")
E("commission_announcement", "Event", [], ["the Commission's announcement"],
  note="speech (the announcement of the probe): kept as an entity for the share fall's cause, no event record (the "
       "announcement's content is the lead's attribution)")
E("possible_settlement", "Event", [], ["a settlement"],
  note="hypothetical ('one possible outcome'): an entity, no event record")

# ----------------------------------------------------------------- relations
R = g.rel
HEAD = "EU opens antitrust probe into Corvane over cloud bundling; founder calls complaint a rival's ploy"
R("eu", "targeted", "corvane", "EU opens antitrust probe into Corvane", time="2026-11-24", ambiguous=True,
  qualifier="antitrust probe opened",
  note="headline (the writer's): 'EU' is metonymic for the Commission (the agent in the lead); an investigation has no "
       "exact predicate: 'targeted' with a qualifier, as tech_health_data_breach's regulator")
R("corvane", "perpetrated", "tying_practice", "antitrust probe into Corvane over cloud bundling", certainty="possible",
  implicit=True, ambiguous=True, qualifier="subject of the probe (suspected, not established)",
  note="a probe 'over' bundling presents the conduct as suspected, not as fact: possible")
LEAD = ("The European Commission has opened a formal antitrust investigation into Corvane Software, the Austin-based "
        "cloud company, over suspicions that it pushed business customers to buy its data-backup service together "
        "with its dominant office suite, the EU executive said on Tuesday.")
R("commission", "targeted", "corvane",
  "The European Commission has opened a formal antitrust investigation into Corvane Software", source="commission",
  time="2026-11-24", ambiguous=True, qualifier="formal antitrust investigation opened",
  note="'the EU executive said on Tuesday' covers the lead; the opening date is the announcement's")
R("corvane", "located_in", "austin", "Corvane Software, the Austin-based cloud company",
  note="apposition of the writer's own noun phrase inside the attributed lead: the writer's (author), as "
       "tech_health_data_breach's 'the Amsterdam-based maker'")
R("corvane", "perpetrated", "tying_practice",
  "over suspicions that it pushed business customers to buy its data-backup service together with its dominant office "
  "suite", source="commission", certainty="possible", certainty_cue="suspicions",
  qualifier="suspected of pushing customers to buy the backup service with the suite")
R("commission", "part_of", "eu", "the EU executive", alt_predicates=["leader_of"],
  qualifier="the Union's executive")
R("commission", "located_in", "brussels", "BRUSSELS, Nov. 25, 2026 (Wire) - The European Commission", implicit=True,
  ambiguous=True, note="the dateline city and the metonymic 'Brussels' (x2) imply the Commission's seat; not stated")
P2 = ("The probe, run by the Commission's Directorate-General for Competition (DG COMP), follows a complaint filed last "
      "March by Helvion AG, a Munich maker of backup and storage software.")
R("dg_comp", "part_of", "commission", "the Commission's Directorate-General for Competition (DG COMP)")
R("dg_comp", "controls", "commission_probe", "The probe, run by the Commission's Directorate-General for Competition",
  ambiguous=True, alt_predicates=["leader_of"], qualifier="runs the probe",
  note="'run by' an organization: the department in charge of the investigation (no exact predicate)")
R("helvion", "targeted", "corvane", "follows a complaint filed last March by Helvion AG", time="2026-03",
  ambiguous=True, implicit=True, qualifier="antitrust complaint to the Commission",
  note="the complaint's target (Corvane) is given by context; a complaint has no exact predicate")
R("helvion", "located_in", "munich", "Helvion AG, a Munich maker of backup and storage software")
P2B = ("Helvion says Corvane has tied the two products together since 2021, making discounts of up to 30% on the suite "
       "conditional on customers dropping rival backup tools.")
R("corvane", "perpetrated", "tying_practice", P2B, source="helvion", time="2021/..",
  qualifier="tied the backup service to the suite; discounts of up to 30% conditional on dropping rival tools",
  note="a plain statement of a named source: certain for Helvion")
R("munich", "located_in", "germany", "Munich", occ=0, implicit=True, note="world knowledge (both named in the text)")
QF = "\"Businesses across Europe run on cloud software,\" said Lucia Ferrante, a spokeswoman for the Commission."
R("lucia_ferrante", "holds_position", "commission", "Lucia Ferrante, a spokeswoman for the Commission",
  role="spokeswoman")
QF2 = ("\"They must be free to pick the best tools, not simply the ones that come in the box. We will look at whether "
       "that freedom has been taken away.\"")
P4 = ("The Commission said investigators would examine whether Corvane may have abused a dominant position and whether "
      "it deliberately made rival products harder to connect to its suite.")
R("investigators", "member_of", "commission", "The Commission said investigators would examine", implicit=True,
  alt_objects=["dg_comp"], note="the Commission's investigators (context)")
R("corvane", "perpetrated", "tying_practice", "whether Corvane may have abused a dominant position",
  source="commission", certainty="possible", certainty_cue="may have",
  qualifier="abuse of a dominant position; deliberately degraded interoperability with rival products (under "
            "examination)",
  note="inside 'examine whether': an open question for the Commission")
P4B = "Opening a case does not mean the company has broken the law, it added."
QS0 = ("In a statement, Corvane said it \"competes on the merits\" and would cooperate fully with the Commission.")
R("corvane", "works_with", "commission", QS0, source="corvane", ambiguous=True,
  qualifier="will cooperate fully with the investigation (stated intention)",
  note="cooperation with an inquiry: works_with (mining_collapse_inquiry, business_acquisition_probe)")
QS1 = "\"Customers choose our products because they work well together,\" the statement said."
QS2 = "\"Every one of them can be bought on its own.\""
R("corvane", "perpetrated", "tying_practice", QS2, source="corvane", polarity="negative", implicit=True,
  polarity_cue="can be bought on its own", stance="disputes",
  qualifier="denies tying: every product can be bought on its own",
  note="the company's implicit denial of the tying; disputed by the writer (stance s01)")
P6 = ("That assertion is not supported by the company's own price lists for Germany and France, reviewed by this "
      "agency, which since January 2025 have offered no stand-alone version of the backup service to companies with "
      "more than 250 employees.")
R("corvane", "perpetrated", "tying_practice", P6, time="2025-01/..", implicit=True,
  qualifier="no stand-alone backup service for companies with more than 250 employees in its German and French price "
            "lists",
  note="the writer's own evidence (price lists reviewed by the agency): the bundle is stated as fact, source author, "
       "endorses")
P7 = ("Corvane's founder and chairman, Henrik Aalund, a Danish citizen who has lived in Texas for three decades, was "
      "blunt when he spoke at a technology conference in Lisbon on Wednesday: \"This is a rival trying to win in "
      "Brussels what it could not win with customers.\"")
R("henrik_aalund", "founded", "corvane", "Corvane's founder and chairman, Henrik Aalund")
R("henrik_aalund", "holds_position", "corvane", "Corvane's founder and chairman, Henrik Aalund", role="chairman",
  alt_predicates=["leader_of"])
R("henrik_aalund", "citizen_of", "denmark", "Henrik Aalund, a Danish citizen", note="demonym 'Danish'")
R("henrik_aalund", "located_in", "texas", "who has lived in Texas for three decades", time="1996/..",
  qualifier="has lived there for three decades (residence)",
  note="'three decades' before 2026: since about 1996 (approximate)")
R("lisbon_conference", "located_in", "lisbon", "a technology conference in Lisbon")
P7B = ("Aalund, who set up the company in 2009 as Corvane Data Systems and renamed it in 2020, said the complaint had "
       "been \"recycled\" from earlier disputes.")
R("henrik_aalund", "founded", "corvane", "Aalund, who set up the company in 2009 as Corvane Data Systems",
  time="2009", alt_objects=["corvane_data_systems"],
  note="a second statement of the founding (one relation per claim); founded under its former name")
R("corvane_data_systems", "renamed_to", "corvane", "set up the company in 2009 as Corvane Data Systems and renamed it "
  "in 2020", time="2020", note="the new name is the one used throughout ('Corvane Software')")
P8 = "The Aalund family still controls about 18% of Corvane's voting shares."
R("aalund_family", "controls", "corvane", P8, qualifier="about 18% of the voting shares",
  note="ownership: controls + share qualifier (tech_health_data_breach's Oosterdam)")
R("henrik_aalund", "member_of", "aalund_family", "The Aalund family still controls about 18% of Corvane's voting "
  "shares. His daughter", implicit=True, ambiguous=True,
  note="kinship has no predicate: family membership (court_appeal_conviction); 'His' = Henrik Aalund")
P8B = ("His daughter, Freya Aalund, heads Corvane Europe, the Dublin-based unit that sells the group's products across "
       "the EU and employs about 2,300 people.")
R("freya_aalund", "member_of", "aalund_family", "His daughter, Freya Aalund", implicit=True, ambiguous=True,
  note="kinship (daughter of Henrik Aalund) kept as family membership")
R("freya_aalund", "leader_of", "corvane_europe", "Freya Aalund, heads Corvane Europe", role="head",
  alt_predicates=["holds_position"])
R("corvane_europe", "part_of", "corvane", "Corvane Europe, the Dublin-based unit that sells the group's products",
  qualifier="unit", alt_predicates=["controls"], note="'a unit of' -> part_of (subsidiary convention)")
R("corvane_europe", "located_in", "dublin", "Corvane Europe, the Dublin-based unit")
R("corvane_europe", "located_in", "eu", "sells the group's products across the EU", ambiguous=True,
  qualifier="sells across the EU (area of operation)")
R("corvane_europe_staff", "member_of", "corvane_europe", "employs about 2,300 people", alt_predicates=["works_with"],
  qualifier="employment", note="employment has no predicate: member_of (mining_collapse_inquiry)")
P8C = "She did not respond to requests for comment."
P9 = "A former executive has given a different account."
R("marc_delorme", "holds_position", "corvane", P9, role="executive (former)", implicit=True,
  note="'A former executive' (of Corvane, context), named in the next sentence")
P9B = ("Marc Delorme, a Frenchman who ran Corvane's European sales team until he left the company in 2024, said staff "
       "were told to warn large customers that their suite discounts would be withdrawn if they bought backup from a "
       "competitor.")
R("marc_delorme", "citizen_of", "france", "Marc Delorme, a Frenchman", note="demonym")
R("marc_delorme", "holds_position", "corvane", "a Frenchman who ran Corvane's European sales team until he left the "
  "company in 2024", role="head of European sales", time="../2024", alt_predicates=["leader_of"],
  note="'ran Corvane's European sales team': leader of a team of the company (the team is not declared)")
R("corvane", "perpetrated", "tying_practice", P9B[P9B.index("said staff"):], source="marc_delorme",
  qualifier="staff told to warn large customers that suite discounts would be withdrawn if they bought backup from a "
            "competitor")
R("sales_staff", "member_of", "corvane", "said staff were told to warn large customers", implicit=True,
  note="Corvane's staff (context)")
QD = "\"It was never written down,\" Delorme said in an interview in Paris."
QD2 = "\"It never needed to be.\""
P10 = ("Corvane denied that any such instruction had been given and said Delorme had left \"after a disagreement over "
       "his own performance targets\".")
R("corvane", "perpetrated", "tying_practice", "Corvane denied that any such instruction had been given",
  source="corvane", polarity="negative", polarity_cue="denied",
  qualifier="the instruction to warn customers (denied)")
P11 = ("A senior Commission official, who spoke on condition of anonymity because the case is confidential, said "
       "investigators had already received emails from several corporate customers that appeared to describe the same "
       "pressure, including sales staff who allegedly threatened to cancel discounts within days of a rival's offer.")
R("senior_official", "member_of", "commission", "A senior Commission official", alt_predicates=["holds_position"])
R("corvane", "perpetrated", "tying_practice", "emails from several corporate customers that appeared to describe the "
  "same pressure", source="senior_official", certainty="probable", certainty_cue="appeared to",
  qualifier="pressure on customers described in their emails")
R("sales_staff", "perpetrated", "tying_practice", "sales staff who allegedly threatened to cancel discounts within "
  "days of a rival's offer", source="senior_official", certainty="reported", certainty_cue="allegedly",
  qualifier="threatened to cancel discounts")
R("email_customers", "works_with", "corvane", "emails from several corporate customers that appeared to describe the "
  "same pressure", source="senior_official", implicit=True, ambiguous=True, qualifier="customers of the company",
  note="customer relation (no exact predicate), as tech_health_data_breach's users")
P11B = ("The official said the inquiry could take two years or more and that a settlement in which Corvane agreed to "
        "sell the products separately was \"one possible outcome\".")
P11C = "Under EU rules, the Commission can fine a company up to 10% of its global annual turnover."
P12 = "How firm Corvane's grip on the market really is remains disputed."
P12B = ("Data from Kestrel Insight, a London-based research firm, confirm the rise Helvion describes: Corvane's share "
        "of European spending on cloud backup by large companies grew from 14% in 2020 to 37% last year, the firm "
        "estimates.")
R("kestrel", "located_in", "london", "Kestrel Insight, a London-based research firm")
P12C = "Helvion puts the figure at more than half, but offered no evidence for that estimate."
P12D = "Corvane said its share was \"well below a third\"."
QK = "\"We are not asking for special treatment,\" said Sabine Kessler, Helvion's chief executive."
R("sabine_kessler", "holds_position", "helvion", "Sabine Kessler, Helvion's chief executive", role="chief executive",
  alt_predicates=["leader_of"])
QK2 = "\"We are asking for a fair fight.\""
P13 = ("Helvion, which is backed by the Munich venture firm Isarberg Capital, says it has lost about 40 corporate "
       "customers to Corvane since 2022.")
R("isarberg", "funded", "helvion", "Helvion, which is backed by the Munich venture firm Isarberg Capital",
  alt_predicates=["supported", "controls"], qualifier="venture backer",
  note="'backed by' a venture firm: funding (investor); the size of the stake is not stated")
R("isarberg", "located_in", "munich", "the Munich venture firm Isarberg Capital")
R("lost_customers", "works_with", "corvane", P13[P13.index("says it has lost"):], source="helvion", time="2022/..",
  ambiguous=True, qualifier="customers who moved from Helvion to Corvane",
  note="customer relation (no exact predicate)")
P13B = ("Its complaint is supported by CloudFair Europe, a Brussels trade association of smaller cloud providers of "
        "which Helvion is a member.")
R("cloudfair", "supported", "helvion_complaint", "Its complaint is supported by CloudFair Europe",
  alt_objects=["helvion"], note="object the complaint (an event), as aviation_crash_inquiry's support of an "
                                "investigation")
R("cloudfair", "located_in", "brussels", "CloudFair Europe, a Brussels trade association")
R("cloud_providers", "member_of", "cloudfair", "a Brussels trade association of smaller cloud providers",
  qualifier="members of the association")
R("helvion", "member_of", "cloudfair", "a Brussels trade association of smaller cloud providers of which Helvion is a "
  "member")
P14 = "It is not Corvane's first brush with Brussels."
P14B = ("In 2019 the Commission fined the company 380 million euros for restricting the resale of its software "
        "licences, and the General Court in Luxembourg upheld most of that fine two years ago.")
R("commission", "targeted", "corvane", "In 2019 the Commission fined the company 380 million euros", time="2019",
  ambiguous=True, qualifier="fine of 380 million euros for restricting the resale of its software licences")
R("general_court", "located_in", "luxembourg", "the General Court in Luxembourg")
R("general_court", "supported", "fine_2019", "the General Court in Luxembourg upheld most of that fine two years ago",
  time="2024", ambiguous=True, qualifier="upheld most of the fine on appeal",
  note="a court upholding a decision has no exact predicate; 'supported' with the fine as object, weak")
R("general_court", "part_of", "eu", "the General Court in Luxembourg", implicit=True, ambiguous=True,
  note="world knowledge: an EU court (it reviews the Commission's fine); not stated")
P15 = "The company also faces a lawsuit in the United States."
P15B = "Pinecrest Data, a Denver-based reseller, sued Corvane in federal court in San Francisco in August."
R("pinecrest", "targeted", "corvane", P15B, time="2026-08", ambiguous=True, qualifier="lawsuit (sued)",
  note="a lawsuit has no predicate: 'targeted' with a qualifier (tech_health_data_breach's class action)")
R("pinecrest", "located_in", "denver", "Pinecrest Data, a Denver-based reseller")
R("federal_court", "located_in", "san_francisco", "federal court in San Francisco")
R("federal_court", "located_in", "united_states", "The company also faces a lawsuit in the United States. Pinecrest "
  "Data, a Denver-based reseller, sued Corvane in federal court", implicit=True,
  note="a US federal court (context)")
R("denver", "located_in", "united_states", "Denver", implicit=True)
R("san_francisco", "located_in", "united_states", "San Francisco", implicit=True)
P15C = ("According to court documents, Pinecrest claims that Corvane cancelled its reseller contract last year, weeks "
        "after the firm began offering Helvion's products to its clients.")
R("pinecrest", "works_with", "corvane", "Corvane cancelled its reseller contract", source="pinecrest",
  time="../2025", qualifier="reseller contract (cancelled last year)",
  note="the contract's existence is presupposed by its cancellation; 'its' = Pinecrest's")
R("corvane", "targeted", "pinecrest", "Pinecrest claims that Corvane cancelled its reseller contract last year, weeks "
  "after the firm began offering Helvion's products", source="pinecrest", certainty="reported",
  certainty_cue="claims", time="2025", ambiguous=True,
  qualifier="reseller contract cancelled after it began offering the rival's products (retaliation implied)",
  note="the claim of a plaintiff in court documents: 'claims' read as 'alleges' (reported)")
R("pinecrest", "works_with", "helvion", "the firm began offering Helvion's products to its clients",
  source="pinecrest", time="2025", qualifier="reseller of Helvion's products", ambiguous=True)
P15D = "Corvane has asked the court to dismiss the case, calling it baseless."
P16 = ("Corvane's shares, listed on the Nasdaq in New York, fell 5.8% on Tuesday after the Commission's announcement, "
       "erasing about $9 billion of market value, and were little changed in early trading on Wednesday.")
R("corvane", "works_with", "nasdaq", "Corvane's shares, listed on the Nasdaq", ambiguous=True,
  qualifier="listed on the exchange", note="a stock-exchange listing has no predicate (tech_health_data_breach)")
R("nasdaq", "located_in", "new_york", "the Nasdaq in New York")
R("new_york", "located_in", "united_states", "New York", implicit=True)
P16B = ("Analysts at Kestrel said the European backup business is believed to account for less than 3% of Corvane's "
        "revenue, but warned that a ruling against bundling could force the company to change how it sells its "
        "entire product range.")
R("kestrel_analysts", "member_of", "kestrel", "Analysts at Kestrel")
R("austin", "located_in", "texas", "Austin", implicit=True, note="world knowledge (both named)")
R("texas", "located_in", "united_states", "Texas", implicit=True)
R("paris", "located_in", "france", "Paris", implicit=True)

# -------------------------------------------------------------- attributions
A = g.attr
A("founder calls complaint a rival's ploy", "henrik_aalund", "calls", False,
  content="complaint a rival's ploy",
  note="headline: the founder (Aalund, named in paragraph 7) characterises the complaint; a paraphrase of his quote")
A(LEAD, "commission", "said", False, content=LEAD[:LEAD.index(", the EU executive said")],
  note="reporting clause after the content ('the EU executive said on Tuesday')")
A(P2B, "helvion", "says", False)
A(QF, "lucia_ferrante", "said", True, on_behalf_of="commission")
A(QF2, "lucia_ferrante", "said", True, cue_ctx="cloud software,\" said Lucia Ferrante", continuation=True,
  on_behalf_of="commission", note="quote continued over two sentences after the attribution")
A(P4, "commission", "said", False,
  content="investigators would examine whether Corvane may have abused a dominant position and whether it "
          "deliberately made rival products harder to connect to its suite")
A(P4B, "commission", "added", False, polarity="negative",
  content="Opening a case does not mean the company has broken the law",
  note="'it' = the Commission; reporting clause after the content; negative")
A(QS0, "corvane", "said", False, partial_quote=True,
  note="'In a statement': the medium; the intention to cooperate is a commitment")
A(QS1, "corvane", "the statement said", True, note="the company's written statement as speaker (source corvane)")
A(QS2, "corvane", "the statement said", True, cue_ctx="together,\" the statement said", continuation=True,
  note="quote continued after the attribution; disputed by the writer (stance s01)")
A(P7, "henrik_aalund", "spoke", True, content="\"This is a rival trying to win in Brussels what it could not win with "
  "customers.\"", on_behalf_of="corvane",
  note="quote introduced by a colon after 'was blunt when he spoke at a technology conference in Lisbon on Wednesday' "
       "(as election_disputed_count's 'The DRF's response was blunt')")
A(P7B, "henrik_aalund", "said", False, partial_quote=True, on_behalf_of="corvane",
  content="the complaint had been \"recycled\" from earlier disputes")
A(P9B[P9B.index("said staff"):], "marc_delorme", "said", False,
  note="relative clause and apposition before the cue are the writer's; not on anyone's behalf (a former executive)")
A(QD, "marc_delorme", "said", True, polarity="negative", note="'in an interview in Paris': the medium and place")
A(QD2, "marc_delorme", "said", True, cue_ctx="Delorme said in an interview", continuation=True, polarity="negative",
  note="quote continued over two sentences after the attribution")
A("Corvane denied that any such instruction had been given", "corvane", "denied", False, polarity="negative",
  content="any such instruction had been given", note="the company's denial of Delorme's account")
A("said Delorme had left \"after a disagreement over his own performance targets\"", "corvane", "said", False,
  partial_quote=True, note="the company's account of the departure (an implicit attack on the source)")
A(P11, "senior_official", "said", False,
  note="'who spoke on condition of anonymity because the case is confidential': not on the Commission's behalf")
A(P11B, "senior_official", "said", False, partial_quote=True)
A(P12B[P12B.index("Corvane's share"):], "kestrel", "estimates", False,
  note="the firm's data, reporting clause after the content; the writer's framing 'Data from Kestrel Insight ... "
       "confirm' endorses it (stance s02); 'estimates' introduces a figure, not a hedge (shared convention)")
A("the rise Helvion describes", "helvion", "describes", False, content="the rise",
  note="Helvion's account of Corvane's growing share, by reference (the complaint)")
A("Helvion puts the figure at more than half", "helvion", "puts the figure at", False, content="more than half",
  note="a reporting verb of a figure (mining_collapse_inquiry's 'put the toll at'); disputed by the writer (s03)")
A(P12D, "corvane", "said", False, partial_quote=True)
A(QK, "sabine_kessler", "said", True, polarity="negative", on_behalf_of="helvion")
A(QK2, "sabine_kessler", "said", True, cue_ctx="special treatment,\" said Sabine Kessler", continuation=True,
  on_behalf_of="helvion", note="quote continued over two sentences after the attribution")
A(P13, "helvion", "says", False, content="it has lost about 40 corporate customers to Corvane since 2022",
  note="the relative clause 'which is backed by ... Isarberg Capital' is the writer's")
A(P15C, "pinecrest", "claims", False,
  content="Corvane cancelled its reseller contract last year, weeks after the firm began offering Helvion's products "
          "to its clients",
  note="'According to court documents': the medium (the plaintiff's filings), not a separate source entity; "
       "Pinecrest's claim, relayed by the documents")
A(P15D, "corvane", "calling", False, content="it baseless", polarity="negative",
  note="'has asked the court to dismiss the case' is a legal act; 'calling it baseless' its characterisation")
A(P16B[:P16B.index(", but warned")], "kestrel_analysts", "said", False, on_behalf_of="kestrel",
  note="'is believed to' inside the analysts' report (hedge)")
A("but warned that a ruling against bundling could force the company to change how it sells its entire product range",
  "kestrel_analysts", "warned", False, on_behalf_of="kestrel",
  content="a ruling against bundling could force the company to change how it sells its entire product range")

# ------------------------------------------------------------------- hedges
H = g.hedge
H("suspicions", "over suspicions that it pushed business customers to buy its data-backup service", "possible",
  note="DESIGN 'suspected' = possible: the Commission's suspicion, not a finding")
H("may have", "whether Corvane may have abused a dominant position", "possible",
  note="inside the question investigators will examine ('whether')")
H("appeared to", "emails from several corporate customers that appeared to describe the same pressure", "probable",
  note="the official's own hedge")
H("allegedly", "sales staff who allegedly threatened to cancel discounts within days of a rival's offer", "reported")
H("could", "the inquiry could take two years or more", "possible")
H("possible", "a settlement in which Corvane agreed to sell the products separately was \"one possible outcome\"",
  "possible", note="a hypothetical outcome (the settlement is not an event)")
H("confirm", "Data from Kestrel Insight, a London-based research firm, confirm the rise Helvion describes", "certain",
  note="booster (data as evidence; also the cue of the writer's stance s02), as tech_health_data_breach's 'show'")
H("claims", "Pinecrest claims that Corvane cancelled its reseller contract last year", "reported",
  note="a plaintiff's claim in court documents: read as 'alleges' (tech_health_data_breach)")
H("is believed to", "the European backup business is believed to account for less than 3% of Corvane's revenue",
  "probable", note="agentless belief inside the analysts' report (mining_collapse_inquiry's 'are believed to')")
H("could", "a ruling against bundling could force the company to change how it sells its entire product range",
  "possible", note="a hypothetical ruling's consequence (the analysts')")

# ------------------------------------------------------------------ stances
g.stance(P6, "corvane", "disputes", "is not supported by",
         note="the writer's own judgement on the statement's 'Every one of them can be bought on its own', on the "
              "agency's evidence (price lists for Germany and France offering no stand-alone backup to companies with "
              "more than 250 employees since January 2025)")
g.stance(P12B[:P12B.index(": Corvane's share")], "helvion", "endorses", "confirm",
         note="the writer endorses Helvion's account of Corvane's rising share on Kestrel's data (alt target kestrel, "
              "whose data the writer relies on)")
g.stance(P12C, "helvion", "disputes", "offered no evidence",
         note="the writer judges Helvion's 'more than half' unsupported (the figure, not Helvion's whole complaint)")

# ------------------------------------------------------------------- events
V = g.event
V("commission_probe", "other", "2026-11-24", "brussels", {},
  [("commission", "actor"), ("dg_comp", "actor"), ("investigators", "actor"), ("corvane", "target"),
   ("helvion", "requester", {"qualifier": "complainant"}),
   ("cloudfair", "supporter", {"qualifier": "supports the complaint"}),
   ("email_customers", "recipient", {"source": "senior_official", "qualifier": "their emails received by "
                                     "investigators"})],
  "The European Commission has opened a formal antitrust investigation into Corvane Software",
  subtype="investigation: formal antitrust investigation (suspected tying of the backup service to the office suite; "
          "abuse of a dominant position; interoperability) opened by the Commission",
  source="commission", place_alt=["eu"],
  note="announced 'on Tuesday' 2026-11-24 (the opening date is not stated otherwise); run by DG COMP; follows "
       "Helvion's March complaint; could take 'two years or more' (the official); a settlement is 'one possible "
       "outcome'; fines can reach 10% of global annual turnover (EU rules). Place: the Commission's seat (dateline), "
       "not stated for the probe itself")
V("helvion_complaint", "other", "2026-03", None, {},
  [("helvion", "actor"), ("corvane", "target"), ("commission", "recipient", {"implicit": True}),
   ("cloudfair", "supporter")],
  "a complaint filed last March by Helvion AG",
  subtype="complaint: antitrust complaint filed with the Commission by a rival (no DESIGN word; 'complaint' leads)",
  note="'last March' from November 2026 = 2026-03; the recipient (the Commission) is implied ('The probe ... follows "
       "a complaint'); the founder calls it 'recycled' from earlier disputes")
V("tying_practice", "other", "2021/..", "europe", {"market_share_pct": 37},
  [("corvane", "perpetrator", {"source": "helvion", "certainty": "certain"}),
   ("corvane", "perpetrator", {"source": "commission", "certainty": "possible", "qualifier": "suspected"}),
   ("corvane", "perpetrator", {"source": "marc_delorme", "certainty": "certain"}),
   ("corvane", "perpetrator", {"source": "senior_official", "certainty": "probable"}),
   ("corvane", "perpetrator", {"source": "corvane", "polarity": "negative", "author_stance": "disputes",
                               "qualifier": "denied ('Every one of them can be bought on its own'; no instruction)"}),
   ("corvane", "perpetrator", {"source": "author", "certainty": "certain",
                               "qualifier": "price lists reviewed by the agency"}),
   ("sales_staff", "perpetrator", {"source": "senior_official", "certainty": "reported"}),
   ("business_customers", "target"), ("large_customers", "target", {"source": "marc_delorme"}),
   ("email_customers", "target", {"source": "senior_official", "certainty": "probable"}),
   ("helvion", "victim", {"source": "helvion", "qualifier": "lost about 40 corporate customers since 2022"})],
  P2B,
  subtype="tying: backup service sold only with the dominant office suite, discounts conditional on dropping rival "
          "tools (no DESIGN word; 'tying' leads; the Commission's 'abuse of a dominant position')",
  source="helvion", place_alt=["germany", "france", "eu"],
  note="an alleged continuing practice 'since 2021' (Helvion); price lists for Germany and France without a "
       "stand-alone version 'since January 2025' (the writer's evidence). The competing market-share figures are the "
       "measure of the dominance the practice is said to have built: 'numbers' keep Kestrel's estimate (endorsed by "
       "the writer) of Corvane's share of European spending on cloud backup by large companies last year",
  numbers_by_source=[
      {"source": "kestrel", "time": "2025", "numbers": {"market_share_pct": 37},
       "qualifier": "share of European spending on cloud backup by large companies",
       "evidence": "grew from 14% in 2020 to 37% last year"},
      {"source": "kestrel", "time": "2020", "numbers": {"market_share_pct": 14},
       "evidence": "grew from 14% in 2020 to 37% last year"},
      {"source": "helvion", "numbers": {"market_share_pct": 50}, "qualifier": "more than half (no evidence offered, "
       "the writer)", "evidence": "Helvion puts the figure at more than half"},
      {"source": "corvane", "numbers": {"market_share_pct": 33}, "qualifier": "'well below a third' (upper bound)",
       "evidence": "Corvane said its share was \"well below a third\""},
      {"source": "helvion", "numbers": {"discount_pct": 30}, "qualifier": "up to",
       "evidence": "making discounts of up to 30% on the suite conditional"},
      {"source": "helvion", "time": "2022/..", "numbers": {"customers_lost": 40}, "qualifier": "about",
       "evidence": "it has lost about 40 corporate customers to Corvane since 2022"}])
V("lisbon_conference", "other", "2026-11-25", "lisbon", {},
  [("henrik_aalund", "attendee", {"qualifier": "speaker"})],
  "he spoke at a technology conference in Lisbon on Wednesday",
  subtype="meeting: technology conference at which the founder spoke",
  note="the speech itself is kept as an attribution (colon-introduced quote)")
V("delorme_departure", "other", "2024", None, {},
  [("marc_delorme", "actor"), ("corvane", "target")], "until he left the company in 2024",
  subtype="resignation: the head of European sales left the company (how is not stated; the company cites 'a "
          "disagreement over his own performance targets')",
  note="'left' does not say whether he resigned or was dismissed; 'resignation' is the nearest DESIGN word")
V("corvane_founding", "other", "2009", None, {},
  [("henrik_aalund", "actor"), ("corvane_data_systems", "result"), ("corvane", "result")],
  "who set up the company in 2009 as Corvane Data Systems",
  subtype="founding: the company set up as Corvane Data Systems",
  note="place not stated (the company is Austin-based now)")
V("corvane_renaming", "renaming", "2020", None, {},
  [("henrik_aalund", "actor"), ("corvane_data_systems", "target"), ("corvane", "result")],
  "renamed it in 2020", subtype="company renamed from Corvane Data Systems to Corvane Software")
V("fine_2019", "other", "2019", None, {"fine_eur": 380000000},
  [("commission", "actor"), ("corvane", "target"), ("corvane", "payer")],
  "In 2019 the Commission fined the company 380 million euros for restricting the resale of its software licences",
  subtype="sanction: antitrust fine of 380 million euros for restricting the resale of software licences",
  place_alt=["brussels"])
V("court_ruling_2024", "other", "2024", "luxembourg", {},
  [("general_court", "actor"), ("general_court", "venue"), ("corvane", "defendant", {"qualifier": "appellant "
                                                                                      "(implied)"}),
   ("fine_2019", "target")],
  "the General Court in Luxembourg upheld most of that fine two years ago",
  subtype="ruling: the General Court upholds most of the 2019 fine on appeal (no DESIGN word; 'ruling' leads)",
  note="'two years ago' from 2026-11-25 = 2024; that Corvane appealed is implied by the ruling, not stated")
V("contract_cancellation", "other", "2025", None, {},
  [("corvane", "actor", {"source": "pinecrest", "certainty": "reported"}), ("pinecrest", "target")],
  "Corvane cancelled its reseller contract last year",
  subtype="contract: reseller contract cancelled, weeks after the reseller began offering the rival's products",
  source="pinecrest",
  note="'last year' = 2025; the claim of the plaintiff in court documents ('claims'); the timing ('weeks after') "
       "implies retaliation, not stated")
V("pinecrest_lawsuit", "other", "2026-08", "san_francisco", {},
  [("pinecrest", "plaintiff"), ("corvane", "defendant"), ("federal_court", "venue")], P15B,
  subtype="lawsuit: a reseller sues the company in US federal court over the cancelled contract",
  place_alt=["united_states"],
  note="'August' = 2026-08 (before the November publication); Corvane has asked the court to dismiss it ('calling it "
       "baseless')")
V("share_fall_2026", "other", "2026-11-24", "new_york", {"share_change_pct": -5.8, "market_value_loss_usd": 9000000000},
  [("corvane", "target"), ("nasdaq", "venue")],
  "Corvane's shares, listed on the Nasdaq in New York, fell 5.8% on Tuesday after the Commission's announcement",
  subtype="market move: shares fell 5.8% after the probe's announcement, erasing about $9 billion of market value",
  note="'little changed in early trading on Wednesday' (2026-11-25) is not a further move")

# ------------------------------------------------------------------ timexes
T = g.timex
T("Nov. 25, 2026", "2026-11-25", function="publication_date")
T("Tuesday", "2026-11-24", ctx="the EU executive said on Tuesday")
T("last March", "2026-03", anchor="2026-11-25")
T("2021", "2021", note="'since 2021': interval 2021/.. (TIMEX3 span without the preposition)", alt_values=["2021/.."])
T("January 2025", "2025-01", note="'since January 2025'", alt_values=["2025-01/.."])
T("three decades", "P30Y", type="duration")
T("Wednesday", "2026-11-25", ctx="in Lisbon on Wednesday")
T("2009", "2009")
T("2020", "2020", ctx="renamed it in 2020")
T("2024", "2024", ctx="left the company in 2024")
T("days", "PXD", ctx="within days of a rival's offer", type="duration")
T("two years or more", "P2Y", type="duration", mod="EQUAL_OR_MORE")
T("2020", "2020", ctx="from 14% in 2020")
T("last year", "2025", ctx="to 37% last year", anchor="2026-11-25")
T("2022", "2022", note="'since 2022'", alt_values=["2022/.."])
T("2019", "2019")
T("two years ago", "2024", anchor="2026-11-25")
T("August", "2026-08")
T("last year", "2025", ctx="reseller contract last year", anchor="2026-11-25")
T("weeks", "PXW", ctx="weeks after the firm began", type="duration")
T("Tuesday", "2026-11-24", ctx="fell 5.8% on Tuesday")
T("Wednesday", "2026-11-25", ctx="early trading on Wednesday")

# ------------------------------------------------------------------- notes
g.notes += [
    "FICTIONAL dev document (own wording), written for benchmarks/devset and annotated by hand before any claimgraph "
    "run: Corvane Software (formerly Corvane Data Systems), Corvane Europe, Helvion AG, Isarberg Capital, CloudFair "
    "Europe, Kestrel Insight, Pinecrest Data, Lucia Ferrante, Henrik and Freya Aalund, Marc Delorme, Sabine Kessler, "
    "the probe, the complaint, the 2019 fine and its 2024 appeal ruling, the lawsuit and the share move are invented; "
    "Brussels, Austin, Texas, the United States, Munich, Germany, France, Lisbon, Dublin, Paris, London, Luxembourg, "
    "Denver, San Francisco and New York are real places; the European Commission, its Directorate-General for "
    "Competition (DG COMP), the EU, the General Court and the Nasdaq are real, but every statement and action "
    "attributed to them is fictional. errors: none (the checkable background is correct: the Commission can fine up "
    "to 10% of a company's worldwide turnover for breaches of EU antitrust rules; the General Court sits in "
    "Luxembourg; DG COMP is the Commission's competition department; opening proceedings does not prejudge the "
    "outcome).",
    "published = dateline 2026-11-25 (Wednesday): 'Tuesday' (x2) = 2026-11-24 (the announcement, the share fall); "
    "'Wednesday' (x2) = 2026-11-25 (the Lisbon conference, early trading); 'last March' = 2026-03 (the previous "
    "March; 'last' read as the most recent past March); 'last year' (x2) = 2025; 'two years ago' = 2024; 'August' = "
    "2026-08 (before November). 'since 2021', 'since January 2025', 'since 2022' keep the year/month as value with "
    "an open interval as alt value; 'three decades', 'two years or more' (EQUAL_OR_MORE), 'days' ('within days'), "
    "'weeks' ('weeks after') are durations.",
    "Not timexes: 'annual' in 'global annual turnover' (a set/frequency, not anchored), 'still' (aspect: 'still "
    "controls'), 'already' (aspect), 'earlier disputes' (no value), 'first' ('first brush': order).",
    "Aliases: 'European Commission' then 'Commission' (x8 more) and 'the EU executive', metonymic 'Brussels' (x2: "
    "'win in Brussels', 'brush with Brussels'); headline 'EU opens' is the Union (metonymic for the Commission, kept "
    "as a name of the EU as mining_collapse_inquiry keeps 'Ghana suspends'); 'Directorate-General for Competition (DG "
    "COMP)' - acronym in brackets; 'Corvane Software' / 'Corvane' / 'the Austin-based cloud company' / 'the company' / "
    "'the group'; former name 'Corvane Data Systems' (own entity + renamed_to, time 2020); 'Helvion AG' / 'Helvion' / "
    "'a rival' (headline and Aalund's quote); 'Kestrel Insight' / 'Kestrel' / 'the firm' (x1); 'Pinecrest Data' / "
    "'Pinecrest' / 'the firm' (x1); 'the court' = the federal court in San Francisco. Persons named in full then by "
    "surname: Aalund (Henrik; 'Aalund' is also the family name of Freya and of 'The Aalund family'), Delorme. "
    "'Danish' is the only form of Denmark (demonym kept as its name); 'a Frenchman' gives citizen_of France (named).",
    "Attributions: the Commission (lead 'the EU executive said', 'said' with the investigators' questions, 'it added' "
    "negative); Ferrante's quote continued over two sentences after the attribution (continuation=True, on behalf "
    "of the Commission); Corvane ('said' in a statement, partial quote; 'the statement said' with a quote continued "
    "after it; 'denied' negative; 'said' about Delorme's departure; 'said its share'; 'calling it baseless'); the "
    "founder ('calls' in the headline, a colon-introduced quote after 'was blunt when he spoke', cue 'spoke'; 'said' "
    "with 'recycled'); Delorme ('said', and a quote continued over two sentences, both negative); the unnamed senior "
    "official (x2, not on the Commission's behalf: 'on condition of anonymity'); Kestrel ('the firm estimates'); "
    "Helvion ('says' x2, 'describes', 'puts the figure at'); Kessler (quote continued, on behalf of Helvion); "
    "Pinecrest ('claims', 'According to court documents' = the medium); Kestrel's analysts ('said', 'warned'). "
    "Non-statements without attribution: 'She did not respond to requests for comment' (Freya Aalund), 'has asked "
    "the court to dismiss the case' (a legal act; its content is in 'calling it baseless').",
    "Certainty per source: plain statements of named or descriptive sources are 'certain' for that source (Helvion's "
    "'says', Delorme's 'said'). 'suspicions' (DESIGN 'suspected'), 'may have' (inside 'examine whether'), 'could' "
    "(x2), 'one possible outcome' = possible; 'appeared to', 'is believed to' = probable; 'allegedly' and a "
    "plaintiff's 'claims' = reported; 'confirm' = booster. Approximators and bounds ('about', 'up to', 'more than', "
    "'less than', 'well below') are not hedges; 'estimates' introduces a figure (shared convention); 'would examine', "
    "'would cooperate' are intentions; 'can fine' is a legal capacity, not a hedge. 'denied', 'does not mean', 'never "
    "written down', 'not asking' are polarity.",
    "The writer's own stances: 'That assertion is not supported by the company's own price lists ... reviewed by "
    "this agency' (disputes Corvane's 'Every one of them can be bought on its own'); 'Data from Kestrel Insight ... "
    "confirm the rise Helvion describes' (endorses Helvion's account of the rise, on Kestrel's data); 'Helvion puts "
    "the figure at more than half, but offered no evidence for that estimate' (disputes Helvion's figure). 'How firm "
    "Corvane's grip on the market really is remains disputed' reports a dispute without taking a side (no stance). "
    "Corvane's denial, its account of Delorme's departure and 'calling it baseless' are sources' counter-claims, not "
    "author stances.",
    "Competing figures: Corvane's share of European spending on cloud backup by large companies - Kestrel 37% last "
    "year (14% in 2020; kept in 'numbers', endorsed by the writer), Helvion more than half (no evidence, the writer), "
    "Corvane 'well below a third'; all in the tying event's numbers_by_source with Helvion's 'up to 30%' discounts "
    "and its about 40 lost customers. The share fall (5.8%, about $9 billion) and the 2019 fine (380 million euros) "
    "are single-source figures; the analysts' 'less than 3% of Corvane's revenue' and Corvane Europe's 'about 2,300 "
    "people' are not event figures.",
    "Relations with no exact predicate, nearest kept and flagged ambiguous: a regulator's investigation and fines, a "
    "complaint and a lawsuit (targeted with a qualifier); a department running the probe (controls); cooperation "
    "with the Commission, customer relations, a reseller contract, a stock-exchange listing (works_with); a court "
    "upholding a fine (supported, object the fine event); employment (member_of). Ownership: the Aalund family "
    "controls Corvane (about 18% of the votes); 'backed by' a venture firm -> funded (alt supported/controls); 'Its "
    "complaint is supported by' -> supported (object the complaint event, alt Helvion); 'of which Helvion is a "
    "member' -> member_of; 'the Dublin-based unit' -> part_of + located_in; 'heads' -> leader_of (role head, alt "
    "holds_position); 'founder and chairman' -> founded + holds_position (chairman); 'ran Corvane's European sales "
    "team until ... 2024' -> holds_position (time ../2024); kinship ('His daughter') has no predicate: both Aalunds "
    "member_of the family (implicit, ambiguous, court_appeal_conviction's convention). The accused conduct is one "
    "event (tying_practice) with a perpetrated relation per source and certainty (headline possible, the Commission "
    "possible x2, Helvion certain, the company's statement negative, the writer certain on the price lists, Delorme "
    "certain, the company's denial negative, the official probable; sales staff reported). Implicit containment: "
    "Munich in Germany, Austin in Texas in the US, Denver/San Francisco/New York in the US, Paris in France, the "
    "General Court part of the EU; Lisbon and Dublin are left without a container (Portugal and Ireland are not named). "
    "The founder's 'a rival trying to win in Brussels' is a characterisation of the complaint (attribution only, no "
    "relation); the customers pushed to buy the bundle are the tying event's targets, not a separate relation.",
    "Event types: validate_gold.py's list is followed; DESIGN types it lacks are 'other' with the DESIGN word leading "
    "the subtype: investigation (the probe), meeting (the Lisbon conference), resignation (Delorme's departure; "
    "'left' - the manner is not stated), founding (2009), sanction (the 2019 fine), contract (the cancelled reseller "
    "contract), lawsuit (Pinecrest's suit); 'renaming' (2020) is on the list; happenings with no DESIGN word lead with "
    "their own word (complaint, tying, ruling, market move). Not events: the Commission's announcement (speech, an "
    "entity for the share fall's cause), the possible settlement and a future ruling against bundling "
    "(hypothetical), the emails received by investigators (evidence, kept in the official's attribution), the price "
    "lists (documents), Isarberg's backing (undated state).",
    "Entity hard cases: 'a rival' in the headline and in Aalund's quote is Helvion, but \"a rival's offer\" (the "
    "official) and 'rival backup tools' / 'rival products' are generic; 'the case' is the Commission's probe in the "
    "official's sentence and the US lawsuit in 'dismiss the case'; 'the firm' is Kestrel once and Pinecrest once; "
    "customers are split into the generic business customers, Delorme's 'large customers', the official's 'several "
    "corporate customers' and Helvion's 'about 40 corporate customers'; 'Corvane's European sales team' (a team) "
    "and the products (office suite, backup service) are not declared; 'companies with more than 250 employees' and "
    "'large companies' are market segments (generic, not declared); 'a company' in 'the Commission can fine a "
    "company' is generic.",
    "cross_doc: not applicable (unrelated domain).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
