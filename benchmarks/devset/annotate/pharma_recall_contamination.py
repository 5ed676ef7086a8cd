#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for
benchmarks/devset/docs/pharma_recall_contamination.txt -> benchmarks/devset/gold/pharma_recall_contamination.json

Fictional health/business wire story: a Hyderabad generic drug maker (Varuna Lifesciences; known until 2015 as Varuna
Drugs and Chemicals; 'the company', 'the Indian group') recalls batches of its losartan blood-pressure tablets from
pharmacies in Germany, Austria and the Netherlands after Germany's drug regulator (the Federal Institute for Drugs and
Medical Devices, BfArM; 'the institute', 'the regulator') finds the nitrosamine NDEA in samples; competing batch counts
(the regulator 14, the company nine) and a distributor's count of packs; a statement from the company's European arm
(Frankfurt) blaming an outside vendor's solvent; the chief executive (son of the founder and chairman) quoted over two
sentences; a former quality assurance manager of the plant as whistleblower (a 2023 warning, an 'allegedly' reply), the
company's rejection of her account; an FDA warning letter in 2022; an unnamed senior BfArM official 'who spoke on
condition of anonymity'; India's CDSCO sending inspectors; the Hamburg distributor (Medikon) and its Dutch managing head
('led'), his denial and 'not owned by Varuna'; pharmacists; a Cologne patient group 'led by' its chairman with a
colon-introduced two-sentence quote; a class action by a Munich law firm ('According to court documents, the suit
alleges'), financed by a Duesseldorf litigation funder and supported by the patient group; share fall in Mumbai, the
founding family's 54% stake, European sales, market-share data; analysts' 'could'.  The writer's own stances: 'That
account is hard to square with what a former employee describes' (the chief executive's assurance), 'a claim not
supported by the records reviewed by this newspaper' and 'offered no evidence' (the company), 'Data from Pharmalytix
... confirm' (endorses).  Built with the shared goldlib; events follow the shared validator's list like
mining_collapse_inquiry and tech_health_data_breach (a DESIGN type it lacks is 'other' with the DESIGN word leading the
subtype)."""
from pathlib import Path

HERE = Path(__file__).resolve()
DEVSET = HERE.parents[1]                    # benchmarks/devset

from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "pharma_recall_contamination"
PUB = "2026-05-20"  # dateline: HYDERABAD, India, May 20, 2026 (a Wednesday)
g = Gold(DEVSET / "docs" / f"{NAME}.txt", PUB)

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("hyderabad", "Location", ["HYDERABAD", "Hyderabad"], note="dateline; 'which is based in Hyderabad'")
E("india", "Location", ["India", "Indian"],
  note="'HYDERABAD, India', \"one of India's larger exporters\", \"India's Central Drugs Standard Control "
       "Organisation\"; demonym 'Indian' ('Indian drugmaker' in the headline, 'the Indian group') kept as a name, as "
       "tech_health_data_breach keeps 'Belgian' for Belgium")
E("germany", "Location", ["Germany", "German"],
  note="'pharmacies in Germany', \"Germany's drug regulator\", 'In Germany'; demonym 'German' ('German regulator' in "
       "the headline, 'the German losartan market')")
E("austria", "Location", ["Austria"])
E("netherlands", "Location", ["Netherlands", "Dutch"],
  note="'the Netherlands' (the article is not part of the name); demonym 'Dutch' ('a Dutch citizen')")
E("europe", "Location", ["Europe", "European"],
  note="headline 'in Europe', 'shipments to Europe', 'Regulators in Europe' (quote), 'Europe accounted'; adjectival "
       "'its European arm'; 'Europe' is also inside the name 'Varuna Pharma Europe'")
E("bavaria", "Location", ["Bavaria"])
E("frankfurt", "Location", ["Frankfurt"])
E("telangana", "Location", ["Telangana"], note="\"Telangana's Sangareddy district\"")
E("sangareddy", "Location", ["Sangareddy district", "Sangareddy"], note="real district of Telangana")
E("unit_iii", "Location", ["Unit III"],
  ["the company's plant in Telangana's Sangareddy district", "the plant", "that plant"], fictional=True,
  note="facility (a plant is a Location, DESIGN). 'Unit III' x2 ('halted at Unit III', 'laboratory staff at Unit "
       "III'); 'the plant' x3 (\"the plant's quality assurance manager\", 'the plant has drawn scrutiny', 'sent "
       "inspectors to the plant'); 'that plant' (Rao's quote); 'where the tablets are made'")
E("toronto", "Location", ["Toronto"])
E("hamburg", "Location", ["Hamburg"], note="'a Hamburg distributor', 'Pharmacists in Hamburg'")
E("cologne", "Location", ["Cologne"], note="only in 'a Cologne-based patient group'")
E("munich", "Location", ["Munich"],
  note="'the Munich law firm Adler Strauss'; also inside the name 'Munich Regional Court'")
E("duesseldorf", "Location", ["Duesseldorf"], note="English wire spelling of Düsseldorf")
E("mumbai", "Location", ["Mumbai"], note="'fell 8.4% in Mumbai' (the stock market's city), 'Deccan Securities in Mumbai'")
E("united_states", "Location", ["US"], note="only in 'the US Food and Drug Administration'")

# organizations
E("varuna", "Organization", ["Varuna Lifesciences", "Varuna"],
  ["Indian drugmaker", "one of India's larger exporters of generic medicines", "the company", "The company",
   "this company", "the Indian group"], fictional=True,
  note="'Varuna' x11 outside other names (incl. \"Varuna's chief executive\", \"Varuna's losartan\", \"Varuna's "
       "shares\", \"Varuna's share\"); 'the company' x3 (\"the company's plant\", '54% of the company', 'cost the "
       "company'), 'The company' x3 ('The company said Iyengar', 'The company offered', 'The company said at the "
       "time'); 'this company' (the chief executive's quote); 'the Indian group' (Kloosterman); headline 'Indian "
       "drugmaker'; 'its losartan', 'its founder and chairman', 'its revenue', 'its annual report'. 'the two "
       "companies' (the suit) = Varuna and Medikon")
E("varuna_drugs", "Organization", ["Varuna Drugs and Chemicals"], fictional=True,
  note="former name ('was known until 2015 as'); kept as its own entity with renamed_to, as business_acquisition_probe "
       "keeps 'Aldgate Mapping'")
E("varuna_europe", "Organization", ["Varuna Pharma Europe"], ["its European arm"], fictional=True,
  note="'A statement from its European arm, Varuna Pharma Europe, based in Frankfurt'")
E("solvent_vendor", "Organization", ["an outside vendor"], name_kind="descriptive",
  note="supplier of the solvent to which the company traces the impurity (unnamed)")
E("bfarm", "Organization", ["Federal Institute for Drugs and Medical Devices", "BfArM"],
  ["German regulator", "Germany's drug regulator", "the regulator", "the institute"],
  note="real German federal regulator; the finding and every statement attributed to it are fictional. Acronym in "
       "brackets; 'the BfArM' (the official); 'the regulator said' (lead); 'the institute' x2 ('according to the "
       "institute, which urged', 'the institute was examining'); headline 'German regulator'")
E("bavarian_lab", "Organization", ["a state laboratory in Bavaria"], name_kind="descriptive",
  note="a state (Land) laboratory; unnamed")
E("fda", "Organization", ["US Food and Drug Administration", "FDA"],
  note="real US regulator; the 2022 warning letter is fictional. Acronym in brackets; 'The FDA did not respond'")
E("cdsco", "Organization", ["Central Drugs Standard Control Organisation", "CDSCO"],
  note="real Indian drug regulator; the inspection is fictional")
E("medikon", "Organization", ["Medikon Pharma Vertrieb", "Medikon"],
  ["a Hamburg distributor that has marketed Varuna's losartan since 2019", "the distributor"], fictional=True,
  note="'Medikon' x4 besides the full name ('led Medikon', 'Medikon is not owned', 'Varuna and Medikon', 'Medikon "
       "declined'); 'the distributor' x2 ('the distributor had been told', 'the distributor said'); 'its sartan "
       "tablets'")
E("herzkreis", "Organization", ["Herzkreis"], ["a Cologne-based patient group led by Jonas Petersen"], fictional=True,
  note="x3: 'Herzkreis, a Cologne-based patient group', 'Herzkreis said it supported the suit'; 'its members'")
E("adler_strauss", "Organization", ["Adler Strauss"], ["the Munich law firm"], fictional=True)
E("munich_court", "Organization", ["Munich Regional Court"], note="real court; the case is fictional")
E("rheinland_pf", "Organization", ["Rheinland Prozessfinanz"], ["a litigation funder in Duesseldorf"], fictional=True)
E("pharmalytix", "Organization", ["Pharmalytix"], ["a market research firm"], fictional=True,
  note="source of market-share data ('Data from Pharmalytix ... confirm')")
E("deccan_securities", "Organization", ["Deccan Securities"], fictional=True, note="a Mumbai brokerage")
E("pharmacies", "Organization", ["pharmacies", "Pharmacies"], generic=True, name_kind="descriptive",
  note="'pharmacies in Germany, Austria and the Netherlands', 'packs bought from pharmacies', 'Pharmacies have until "
       "Friday'")
E("regulators_europe", "Organization", ["Regulators in Europe"], generic=True, name_kind="descriptive",
  note="in Rao's quote")
E("quality_report", "Organization", ["the records reviewed by this newspaper", "her quality report from March 2023"],
  ["my report"], name_kind="descriptive",
  note="documentary source (typed Organization as politics_campaign_finance's 'company filings reviewed by this "
       "newspaper' and aviation_crash_inquiry's technical log): the records the newspaper reviewed, of which the "
       "whistleblower's March 2023 quality report is the one described; 'my report' in Iyengar's quote is the same "
       "report (read so: she says she put the warning in her report)")
E("this_newspaper", "Organization", ["this newspaper"], name_kind="descriptive",
  note="the writer's outlet (the dateline's 'Wire'); claims by it are source 'author'")

# people
E("anirudh_kalvakota", "Person", ["Anirudh Kalvakota"], ["Varuna's chief executive"], fictional=True)
E("prabhakar_kalvakota", "Person", ["Prabhakar Kalvakota"], ["its founder and chairman"], fictional=True,
  note="'its' = Varuna's")
E("kalvakota_family", "Person", ["Kalvakota family"], fictional=True,
  note="'The Kalvakota family owns about 54% of the company' (group of persons, typed Person as aviation_crash_"
       "inquiry's family); includes the chief executive and his father (surname, implicit)")
E("meera_iyengar", "Person", ["Meera Iyengar", "Iyengar"],
  ["former manager", "a former employee", "the plant's quality assurance manager"], fictional=True,
  note="headline 'former manager says warnings were ignored'; 'a former employee' (the writer, before the name); "
       "'Iyengar' x2 ('said Iyengar', 'The company said Iyengar'); 'she', 'her account', 'her quality report'")
E("senior_managers", "Person", ["senior managers"], unnamed=True, name_kind="descriptive",
  note="Varuna's senior managers, warned in writing in 2023 (Iyengar)")
E("production_director", "Person", ["A production director"], unnamed=True, name_kind="descriptive",
  note="at Varuna (implied); his reply is hearsay ('allegedly')")
E("lab_staff", "Person", ["laboratory staff at Unit III"], name_kind="descriptive", note="per the FDA's 2022 findings")
E("fda_inspectors", "Person", ["its inspectors"], name_kind="descriptive", note="'its' = the FDA's")
E("cdsco_inspectors", "Person", ["inspectors"], name_kind="descriptive",
  note="'it had sent inspectors to the plant' (the CDSCO's); the string also occurs inside 'its inspectors' (FDA)")
E("bfarm_official", "Person", ["A senior official at the BfArM who spoke on condition of anonymity"],
  name_kind="descriptive", note="unnamed source")
E("ruud_kloosterman", "Person", ["Ruud Kloosterman"], ["a Dutch citizen who has led Medikon since 2021"],
  fictional=True, note="'He denied', 'he said'")
E("jonas_petersen", "Person", ["Jonas Petersen", "Petersen"], fictional=True,
  note="'led by Jonas Petersen'; 'Petersen put it bluntly'")
E("kavita_rao", "Person", ["Kavita Rao"], ["a pharmaceuticals analyst at Deccan Securities in Mumbai"], fictional=True)
E("analysts", "Person", ["Analysts"], generic=True, name_kind="descriptive")
E("pharmacists", "Person", ["Pharmacists in Hamburg"], generic=True, name_kind="descriptive")
E("patients", "Person", ["patients"], generic=True, name_kind="descriptive",
  note="patients taking the tablets: 'urged patients', 'no immediate risk to patients' (company), 'had reached "
       "patients' (Kloosterman), 'worried patients' (pharmacists), 'some appeared to have stopped'; 'Patient safety' "
       "(quote) is generic. '430 patients' are the claimants (declared apart)")
E("herzkreis_members", "Person", ["its members"], generic=True, name_kind="descriptive",
  note="'many of its members had taken the tablets for years'")
E("claimants", "Person", ["430 patients", "the claimants"], name_kind="descriptive",
  note="the class action's plaintiffs ('on behalf of 430 patients', 'for the claimants')")

# events
E("recall_2026", "Event", [], ["the recall"],
  note="'has recalled 14 batches' (lead), headline 'recalls'; 'the recall' (analysts); 'the recalled batches'")
E("contamination", "Event", [], ["The problem"],
  note="the NDEA contamination of the tablets: 'The problem came to light'; 'the impurity' (x3) and 'a cancer-causing "
       "impurity' name the substance, not the happening (substances are not an entity type); 'the matter' (Iyengar "
       "raised) is her warning's subject")
E("lab_analysis", "Event", [], note="clausal: 'a state laboratory in Bavaria analysed packs bought from pharmacies'")
E("bfarm_finding", "Event", [], note="clausal: 'Germany's drug regulator found a cancer-causing impurity in samples', "
                                     "'its tests had detected N-nitrosodiethylamine'")
E("production_halt", "Event", [], note="clausal: 'production of the drug had been halted at Unit III'")
E("iyengar_warning_2023", "Event", [], ["warnings"],
  note="headline 'warnings were ignored'; 'she had warned senior managers in writing in 2023'; her March 2023 quality "
       "report and 'an email' (quote) carry it")
E("iyengar_departure_2024", "Event", [], note="clausal: 'until she left two years ago'; the company: 'had been "
                                              "dismissed over \"performance issues\"'")
E("data_deletions", "Event", [], note="clausal: 'laboratory staff at Unit III had repeatedly deleted test results'")
E("fda_warning_letter_2022", "Event", [], ["a warning letter"])
E("bfarm_examination", "Event", [],
  note="clausal: 'the institute was examining whether other medicines ... may also be affected': under way, not "
       "dated or described further: an entity without an event record (as mining_collapse_inquiry's pending "
       "investigation)")
E("cdsco_inspection", "Event", [], note="clausal: 'it had sent inspectors to the plant on Tuesday'")
E("class_action", "Event", [], ["a class action", "the suit", "the lawsuit", "The case"],
  note="'the suit' x2 ('the suit alleges', 'supported the suit')")
E("share_fall_2026", "Event", [], note="clausal: \"Varuna's shares fell 8.4% in Mumbai on Tuesday\"")
E("varuna_renaming", "Event", [], note="clausal: 'was known until 2015 as Varuna Drugs and Chemicals'")

# ----------------------------------------------------------------- relations
R = g.rel
HEAD = ("Indian drugmaker recalls blood-pressure pills in Europe after German regulator finds carcinogen; former "
        "manager says warnings were ignored")
R("varuna", "located_in", "india", "Indian drugmaker", implicit=True, note="headline demonym (nationality of a firm)")
R("bfarm", "located_in", "germany", "German regulator", implicit=True)
R("recall_2026", "located_in", "europe", "recalls blood-pressure pills in Europe",
  note="an event's place, kept as located_in as mining_collapse_inquiry's collapse")
LEAD = ("Varuna Lifesciences, one of India's larger exporters of generic medicines, has recalled 14 batches of its "
        "losartan blood-pressure tablets from pharmacies in Germany, Austria and the Netherlands after Germany's drug "
        "regulator found a cancer-causing impurity in samples, the regulator said on Tuesday.")
R("varuna", "located_in", "india", "Varuna Lifesciences, one of India's larger exporters of generic medicines",
  implicit=True, note="apposition: an exporter of India (the writer's noun phrase)")
R("recall_2026", "located_in", "germany", "from pharmacies in Germany, Austria and the Netherlands", source="bfarm",
  note="the lead is under 'the regulator said'")
R("recall_2026", "located_in", "austria", "from pharmacies in Germany, Austria and the Netherlands", source="bfarm")
R("recall_2026", "located_in", "netherlands", "from pharmacies in Germany, Austria and the Netherlands", source="bfarm")
R("bfarm", "located_in", "germany", "Germany's drug regulator", alt_predicates=["part_of"],
  note="possessive: the national regulator")
R("bfarm", "targeted", "varuna", "Germany's drug regulator found a cancer-causing impurity in samples", source="bfarm",
  ambiguous=True, qualifier="found a cancer-causing impurity in samples of its tablets",
  note="a regulator's finding has no exact predicate: 'targeted' with a qualifier (tech_health_data_breach)")
R("germany", "located_in", "europe", "Germany, Austria and the Netherlands", implicit=True,
  note="world knowledge; the headline's 'in Europe' covers the three countries of the lead")
R("austria", "located_in", "europe", "Germany, Austria and the Netherlands", implicit=True)
R("netherlands", "located_in", "europe", "Germany, Austria and the Netherlands", implicit=True)
P2 = ("The Federal Institute for Drugs and Medical Devices (BfArM) said its tests had detected N-nitrosodiethylamine "
      "(NDEA), a nitrosamine classed as a probable human carcinogen, at up to nine times the accepted daily limit.")
P2B = ("The problem came to light when a state laboratory in Bavaria analysed packs bought from pharmacies last month, "
       "according to the institute, which urged patients not to stop taking the drug without first speaking to a "
       "doctor.")
R("bavarian_lab", "located_in", "bavaria", "a state laboratory in Bavaria", source="bfarm")
R("bavaria", "located_in", "germany", "a state laboratory in Bavaria", implicit=True,
  note="world knowledge ('state' = German Land)")
P3 = ("Varuna, which is based in Hyderabad and was known until 2015 as Varuna Drugs and Chemicals, put the number of "
      "affected batches at nine and said the levels found \"pose no immediate risk to patients\".")
R("varuna", "located_in", "hyderabad", "Varuna, which is based in Hyderabad")
R("varuna_drugs", "renamed_to", "varuna", "was known until 2015 as Varuna Drugs and Chemicals", time="2015",
  note="former name; 'until 2015': renamed in 2015")
R("hyderabad", "located_in", "india", "HYDERABAD, India")
P3B = ("A statement from its European arm, Varuna Pharma Europe, based in Frankfurt, said the impurity had been traced "
       "to a solvent bought from an outside vendor and that production of the drug had been halted at Unit III, the "
       "company's plant in Telangana's Sangareddy district, where the tablets are made.")
R("varuna_europe", "part_of", "varuna", "its European arm, Varuna Pharma Europe", qualifier="European arm",
  alt_predicates=["controls"], note="a unit of the company -> part_of (subsidiary convention)")
R("varuna_europe", "located_in", "frankfurt", "Varuna Pharma Europe, based in Frankfurt")
R("frankfurt", "located_in", "germany", "Frankfurt", implicit=True)
R("solvent_vendor", "works_with", "varuna", "a solvent bought from an outside vendor", source="varuna_europe",
  qualifier="supplier of the solvent", ambiguous=True, note="a supplier relation has no exact predicate")
R("solvent_vendor", "perpetrated", "contamination",
  "the impurity had been traced to a solvent bought from an outside vendor", source="varuna_europe", implicit=True,
  ambiguous=True, qualifier="the impurity traced to the vendor's solvent (blame implied, no intent)",
  note="the company shifts the source of the impurity to its supplier; 'perpetrated' carries no intent "
       "(mining_collapse_inquiry)")
R("varuna", "controls", "unit_iii", "Unit III, the company's plant", qualifier="its plant (operator, owner)")
R("unit_iii", "located_in", "sangareddy", "the company's plant in Telangana's Sangareddy district")
R("sangareddy", "located_in", "telangana", "Telangana's Sangareddy district")
R("unit_iii", "located_in", "telangana", "the company's plant in Telangana's Sangareddy district", implicit=True)
R("telangana", "located_in", "india", "Telangana", implicit=True, note="world knowledge")
R("contamination", "located_in", "unit_iii", "production of the drug had been halted at Unit III, the company's plant "
  "in Telangana's Sangareddy district, where the tablets are made", source="varuna_europe", implicit=True,
  ambiguous=True, note="where the contaminated tablets are made; the impurity came with the solvent (the company)")
Q1 = ("\"We are recalling these batches out of an abundance of caution,\" said Anirudh Kalvakota, Varuna's chief "
      "executive and the son of its founder and chairman, Prabhakar Kalvakota.")
R("anirudh_kalvakota", "holds_position", "varuna", "Anirudh Kalvakota, Varuna's chief executive", role="chief executive",
  alt_predicates=["leader_of"])
R("prabhakar_kalvakota", "founded", "varuna", "its founder and chairman, Prabhakar Kalvakota")
R("prabhakar_kalvakota", "holds_position", "varuna", "its founder and chairman, Prabhakar Kalvakota", role="chairman",
  alt_predicates=["leader_of"])
R("anirudh_kalvakota", "member_of", "kalvakota_family",
  "the son of its founder and chairman, Prabhakar Kalvakota", implicit=True, ambiguous=True,
  qualifier="son of Prabhakar Kalvakota",
  note="kinship (son) has no predicate; nearest kept, as aviation_crash_inquiry's brother (member_of the family)")
R("prabhakar_kalvakota", "member_of", "kalvakota_family", "Prabhakar Kalvakota", implicit=True, ambiguous=True,
  qualifier="father of the chief executive", note="surname; the family is named in paragraph 13")
Q1B = "\"Patient safety has always come before volume at this company. It always will.\""
P5 = "That account is hard to square with what a former employee describes."
P5B = ("Meera Iyengar, who was the plant's quality assurance manager until she left two years ago, said she had warned "
       "senior managers in writing in 2023 that a change in the solvent used to make the drug's active ingredient "
       "could produce nitrosamines.")
R("meera_iyengar", "holds_position", "varuna",
  "Meera Iyengar, who was the plant's quality assurance manager until she left two years ago",
  role="quality assurance manager (of the Unit III plant), former", alt_objects=["unit_iii"], time="../2024",
  note="'the plant's': the plant is a facility; its operator Varuna is the employer (holds_position object must be an "
       "organization), as mining_collapse_inquiry's managers")
R("senior_managers", "member_of", "varuna", "she had warned senior managers", source="meera_iyengar", implicit=True,
  note="Varuna's senior managers (context)")
P5C = "A production director allegedly replied that retesting would delay shipments to Europe."
R("production_director", "holds_position", "varuna", "A production director", role="production director",
  implicit=True, note="at Varuna (context); the reply is hedged ('allegedly'), the position is not")
Q2 = "\"I put it in an email, and I put it in my report,\" said Iyengar, who now lives in Toronto."
R("meera_iyengar", "located_in", "toronto", "Iyengar, who now lives in Toronto", qualifier="lives in")
Q2B = "\"Nobody wanted to hear it.\""
P7 = "Varuna rejected her account."
P7B = ("The company said Iyengar had been dismissed over \"performance issues\" and had never raised the matter through "
       "official channels, a claim not supported by the records reviewed by this newspaper: her quality report from "
       "March 2023 flags a \"nitrosamine risk\" from the new solvent and recommends additional testing.")
R("meera_iyengar", "holds_position", "varuna", "Iyengar had been dismissed over \"performance issues\"",
  source="varuna", polarity="negative", polarity_cue="dismissed", role="quality assurance manager (of the Unit III "
  "plant)", time="2024", ambiguous=True, qualifier="dismissed (end of employment)",
  note="the company's account of how her employment ended (she 'left', in her words); negative = no longer holds")
P7C = "The company offered no evidence that such tests were carried out."
P8 = "It is not the first time the plant has drawn scrutiny."
P8B = ("In 2022, the US Food and Drug Administration (FDA) sent Varuna a warning letter after its inspectors found that "
       "laboratory staff at Unit III had repeatedly deleted test results that fell outside specifications.")
R("fda", "located_in", "united_states", "the US Food and Drug Administration", implicit=True)
R("fda", "targeted", "varuna", "the US Food and Drug Administration (FDA) sent Varuna a warning letter", time="2022",
  ambiguous=True, qualifier="warning letter", note="a regulator's warning letter: 'targeted' with a qualifier")
R("fda_inspectors", "member_of", "fda", "its inspectors", alt_predicates=["holds_position"])
R("lab_staff", "member_of", "varuna", "laboratory staff at Unit III", implicit=True, ambiguous=True,
  alt_objects=["unit_iii"], qualifier="staff at the company's plant",
  note="employment has no predicate: member_of (mining_collapse_inquiry)")
R("lab_staff", "perpetrated", "data_deletions",
  "laboratory staff at Unit III had repeatedly deleted test results that fell outside specifications", source="fda",
  note="the FDA inspectors' finding, reported by the writer as the letter's ground")
P8C = "The company said at the time that it had corrected the problems."
P8D = "The FDA did not respond to a request for comment."
P9 = ("A senior official at the BfArM who spoke on condition of anonymity said the institute was examining whether "
      "other medicines made with the same solvent may also be affected.")
R("bfarm_official", "member_of", "bfarm", "A senior official at the BfArM", alt_predicates=["holds_position"],
  qualifier="senior official")
P9B = ("India's Central Drugs Standard Control Organisation (CDSCO) said it had sent inspectors to the plant on "
       "Tuesday.")
R("cdsco", "located_in", "india", "India's Central Drugs Standard Control Organisation", alt_predicates=["part_of"])
R("cdsco", "targeted", "unit_iii", "it had sent inspectors to the plant on Tuesday", source="cdsco", time="2026-05-19",
  ambiguous=True, alt_objects=["varuna"], qualifier="sent inspectors (inspection)")
R("cdsco_inspectors", "member_of", "cdsco", "it had sent inspectors", implicit=True)
P10 = ("In Germany, the tablets were sold under the label of Medikon Pharma Vertrieb, a Hamburg distributor that has "
       "marketed Varuna's losartan since 2019.")
R("medikon", "located_in", "hamburg", "a Hamburg distributor")
R("hamburg", "located_in", "germany", "Hamburg", occ=0, implicit=True)
R("medikon", "works_with", "varuna", P10, time="2019/..",
  qualifier="distributor: sells the tablets under its label, has marketed Varuna's losartan since 2019",
  note="distribution has no exact predicate; works_with (as hosting contractor in tech_health_data_breach)")
P10B = ("Ruud Kloosterman, a Dutch citizen who has led Medikon since 2021, said about 1.3 million packs from the "
        "recalled batches had reached patients.")
R("ruud_kloosterman", "citizen_of", "netherlands", "Ruud Kloosterman, a Dutch citizen")
R("ruud_kloosterman", "leader_of", "medikon", "who has led Medikon since 2021", time="2021/..",
  alt_predicates=["holds_position"], note="'led' without a title")
P10C = "He denied that the distributor had been told of any quality problem before this month."
P10D = ("Medikon is not owned by Varuna, he said, but buys all of its sartan tablets from the Indian group.")
R("varuna", "controls", "medikon", "Medikon is not owned by Varuna", source="ruud_kloosterman", polarity="negative",
  polarity_cue="not", qualifier="owner (denied)", note="ownership -> controls (tech_health_data_breach's 'owned by')")
R("medikon", "works_with", "varuna", "but buys all of its sartan tablets from the Indian group",
  source="ruud_kloosterman", qualifier="buys all its sartan tablets from Varuna (supplier)")
P10E = "Pharmacies have until Friday to return remaining stock, the distributor said."
P11 = ("Pharmacists in Hamburg said worried patients had been calling since Tuesday morning, and some appeared to have "
       "stopped taking their pills altogether.")
R("pharmacists", "located_in", "hamburg", "Pharmacists in Hamburg")
P11B = ("Herzkreis, a Cologne-based patient group led by Jonas Petersen, said many of its members had taken the tablets "
        "for years.")
R("herzkreis", "located_in", "cologne", "a Cologne-based patient group")
R("cologne", "located_in", "germany", "Cologne", implicit=True)
R("jonas_petersen", "leader_of", "herzkreis", "a Cologne-based patient group led by Jonas Petersen",
  alt_predicates=["holds_position"])
R("herzkreis_members", "member_of", "herzkreis", "many of its members", source="herzkreis")
P11C = ("Petersen put it bluntly: \"People were told these medicines were safe. They deserve to know how long this has "
        "been going on.\"")
P12 = ("On Monday, the Munich law firm Adler Strauss filed a class action against Varuna and Medikon at the Munich "
       "Regional Court on behalf of 430 patients.")
R("adler_strauss", "located_in", "munich", "the Munich law firm Adler Strauss")
R("adler_strauss", "targeted", "varuna", P12, time="2026-05-18", ambiguous=True, qualifier="class action",
  note="a lawsuit has no predicate; 'targeted' with a qualifier (tech_health_data_breach)")
R("adler_strauss", "targeted", "medikon", P12, time="2026-05-18", ambiguous=True, qualifier="class action")
R("adler_strauss", "works_with", "claimants", "on behalf of 430 patients", qualifier="represents (lawyers)",
  ambiguous=True)
R("munich_court", "located_in", "munich", "Munich Regional Court", implicit=True, note="from the name")
R("munich", "located_in", "germany", "Munich", occ=0, implicit=True)
P12B = ("According to court documents, the suit alleges that the two companies \"knew or should have known\" about the "
        "impurity and seeks the cost of medical monitoring for the claimants.")
R("varuna", "perpetrated", "contamination", P12B, source="adler_strauss", certainty="reported", certainty_cue="alleges",
  ambiguous=True, qualifier="\"knew or should have known\" about the impurity (negligence alleged)",
  note="an allegation in a suit (accused_of has no predicate: perpetrated, reported, as a charge in "
       "police_murder_investigation); 'the two companies' = Varuna and Medikon")
R("medikon", "perpetrated", "contamination", P12B, source="adler_strauss", certainty="reported", certainty_cue="alleges",
  ambiguous=True, qualifier="\"knew or should have known\" about the impurity (negligence alleged)")
P12C = ("The case is financed by Rheinland Prozessfinanz, a litigation funder in Duesseldorf, and Herzkreis said it "
        "supported the suit.")
R("rheinland_pf", "funded", "class_action", "The case is financed by Rheinland Prozessfinanz",
  alt_objects=["adler_strauss", "claimants"], qualifier="litigation funding")
R("rheinland_pf", "located_in", "duesseldorf", "a litigation funder in Duesseldorf")
R("duesseldorf", "located_in", "germany", "Duesseldorf", implicit=True)
R("herzkreis", "supported", "class_action", "Herzkreis said it supported the suit", source="herzkreis",
  alt_objects=["claimants"])
P12D = "Medikon declined to comment on the lawsuit; Varuna said it would defend itself."
P13 = "Varuna's shares fell 8.4% in Mumbai on Tuesday, their steepest one-day drop since 2022."
R("mumbai", "located_in", "india", "Mumbai", occ=0, implicit=True)
P13B = "The Kalvakota family owns about 54% of the company."
R("kalvakota_family", "controls", "varuna", P13B, qualifier="about 54% shareholder (owns a majority stake)",
  note="ownership with controls + share qualifier (tech_health_data_breach's 58% owner)")
P13C = ("Europe accounted for about 22% of its revenue of 61.3 billion rupees in the financial year that ended on March "
        "31, according to its annual report, and losartan is believed to be among its five best-selling products "
        "there.")
P13D = ("Data from Pharmalytix, a market research firm, confirm that Varuna's share of the German losartan market has "
        "roughly doubled since 2021, to about 31%.")
P14 = "Analysts said the recall itself could cost the company less than the damage to its reputation."
Q3 = ("\"Regulators in Europe will now look hard at everything that leaves that plant,\" said Kavita Rao, a "
      "pharmaceuticals analyst at Deccan Securities in Mumbai.")
R("kavita_rao", "holds_position", "deccan_securities", "Kavita Rao, a pharmaceuticals analyst at Deccan Securities",
  role="pharmaceuticals analyst", alt_predicates=["member_of"])
R("deccan_securities", "located_in", "mumbai", "Deccan Securities in Mumbai",
  note="'in Mumbai' read as the brokerage's city (it may also place the analyst)")
R("regulators_europe", "located_in", "europe", "Regulators in Europe", source="kavita_rao")

# -------------------------------------------------------------- attributions
A = g.attr
A("former manager says warnings were ignored", "meera_iyengar", "says", False, content="warnings were ignored",
  note="headline: the former manager (Iyengar, named in paragraph 6) as source")
A(LEAD, "bfarm", "said", False, content=LEAD[:LEAD.index(", the regulator said")],
  note="reporting clause after the content ('the regulator said on Tuesday')")
A(P2, "bfarm", "said", False)
A(P2B[:P2B.index(", which urged")], "bfarm", "according to", False,
  content="The problem came to light when a state laboratory in Bavaria analysed packs bought from pharmacies last "
          "month")
A("which urged patients not to stop taking the drug without first speaking to a doctor", "bfarm", "urged", False,
  content="patients not to stop taking the drug without first speaking to a doctor",
  note="advice (a directive); negative content ('not to stop')")
A("Varuna, which is based in Hyderabad and was known until 2015 as Varuna Drugs and Chemicals, put the number of "
  "affected batches at nine", "varuna", "put the number of affected batches at", False, content="nine",
  note="a reporting verb of a figure (mining_collapse_inquiry's 'put the toll at'); the relative clause is the "
       "writer's")
A("said the levels found \"pose no immediate risk to patients\"", "varuna", "said", False, partial_quote=True,
  polarity="negative")
A(P3B, "varuna_europe", "said", False, on_behalf_of="varuna",
  note="'A statement from its European arm ... said': the statement's issuer as source")
A(Q1, "anirudh_kalvakota", "said", True, on_behalf_of="varuna")
A(Q1B, "anirudh_kalvakota", "said", True, cue_ctx="caution,\" said Anirudh Kalvakota", continuation=True,
  on_behalf_of="varuna", note="quote continued over two sentences after the attribution")
A(P5B, "meera_iyengar", "said", False)
A(P5C, "production_director", "replied", False, content="retesting would delay shipments to Europe",
  note="hearsay ('allegedly'): the reply is attributed to the director, but who relays it is not said (Iyengar's "
       "account by context); certainty reported")
A(Q2, "meera_iyengar", "said", True)
A(Q2B, "meera_iyengar", "said", True, cue_ctx="my report,\" said Iyengar", continuation=True, polarity="negative",
  note="quote continued after the attribution")
A(P7, "varuna", "rejected", False, polarity="negative", content="her account")
A(P7B[:P7B.index(", a claim not supported")], "varuna", "said", False, partial_quote=True,
  note="'had never raised the matter' is negative; disputed by the writer (stance s02)")
A("her quality report from March 2023 flags a \"nitrosamine risk\" from the new solvent and recommends additional "
  "testing", "quality_report", "flags", False, partial_quote=True,
  note="the document the newspaper reviewed (written by Iyengar): the writer relies on it and endorses it (alt source "
       "author, as tech_health_data_breach's 'emails reviewed by this newspaper show')")
A(P8B[P8B.index("its inspectors found"):], "fda_inspectors", "found", False, on_behalf_of="fda",
  note="the inspectors' finding, the ground of the warning letter (alt source fda)")
A(P8C, "varuna", "said", False, note="'at the time' = 2022")
A(P9, "bfarm_official", "said", False,
  note="unnamed official 'who spoke on condition of anonymity' (not authorised: not on behalf of the institute)")
A(P9B, "cdsco", "said", False)
A(P10B, "ruud_kloosterman", "said", False, on_behalf_of="medikon")
A(P10C, "ruud_kloosterman", "denied", False, polarity="negative",
  content="the distributor had been told of any quality problem before this month", on_behalf_of="medikon")
A(P10D, "ruud_kloosterman", "said", False, on_behalf_of="medikon",
  note="parenthetical 'he said'; 'not owned by Varuna' negative, 'buys all of its sartan tablets' positive")
A(P10E, "medikon", "said", False, note="reporting clause after the content")
A(P11, "pharmacists", "said", False,
  note="'some appeared to have stopped' is inside the pharmacists' account (hedge 'appeared to')")
A(P11B, "herzkreis", "said", False)
A(P11C, "jonas_petersen", "put it bluntly", True, on_behalf_of="herzkreis",
  note="quote introduced by a colon, over two sentences")
A(P12B, "adler_strauss", "alleges", False, partial_quote=True, on_behalf_of="claimants",
  note="'According to court documents, the suit alleges': the filing of the firm for the claimants, read in the court "
       "documents (the medium; the writer relays them)")
A("Herzkreis said it supported the suit", "herzkreis", "said", False)
A("Varuna said it would defend itself", "varuna", "said", False,
  note="an intention; 'Medikon declined to comment on the lawsuit' is a refusal without content (no attribution)")
A(P13C[:P13C.index(", and losartan")], "varuna", "according to", False,
  note="'according to its annual report': a document of the company as source")
A(P13D, "pharmalytix", "Data from Pharmalytix, a market research firm, confirm", False,
  content="Varuna's share of the German losartan market has roughly doubled since 2021, to about 31%",
  note="nominal frame 'data from X' with a factive verb (business_bank_fraud_settlement's Bank of Latvia data)")
A(P14, "analysts", "said", False)
A(Q3, "kavita_rao", "said", True, on_behalf_of="deccan_securities",
  note="a prediction ('will now look hard'): alt on_behalf_of none (an analyst's own view)")

# ------------------------------------------------------------------- hedges
H = g.hedge
H("probable", "a nitrosamine classed as a probable human carcinogen", "probable",
  note="a classification term (IARC group 2A): the carcinogenicity of NDEA is probable, not established; the headline's "
       "'carcinogen' and the lead's 'cancer-causing' state it plainly")
H("could", "a change in the solvent used to make the drug's active ingredient could produce nitrosamines", "possible",
  note="Iyengar's warning (as she reports it)")
H("allegedly", P5C, "reported", note="hearsay with no named source behind it (DESIGN 'allegedly')")
H("examining whether", "the institute was examining whether other medicines made with the same solvent may also be "
  "affected", "uncertain", note="an open question (tech_health_data_breach's 'assessing whether')")
H("may", "other medicines made with the same solvent may also be affected", "possible",
  note="inside 'examining whether' (the official)")
H("appeared to", "some appeared to have stopped taking their pills altogether", "probable",
  note="the pharmacists' account")
H("alleges", P12B, "reported", note="named source; the verb marks an allegation (tech_health_data_breach)")
H("is believed to", "losartan is believed to be among its five best-selling products there", "probable",
  note="agentless belief: the writer's (no source named)")
H("confirm", P13D, "certain", note="booster (factive 'confirm' with data as subject; also the cue of stance s04)")
H("could", P14, "possible", note="the analysts' hedge")

# ------------------------------------------------------------------ stances
S = g.stance
S(P5, "anirudh_kalvakota", "disputes", "hard to square with",
  note="the writer's own judgement on the chief executive's assurance ('Patient safety has always come before volume "
       "at this company'): 'That account' is his quote; set against the whistleblower's account that follows")
S("had never raised the matter through official channels, a claim not supported by the records reviewed by this "
  "newspaper", "varuna", "disputes", "a claim not supported by the records reviewed by this newspaper",
  note="on the newspaper's evidence (her March 2023 quality report); 'Varuna rejected her account' and 'dismissed over "
       "\"performance issues\"' are the company's denials, not stances")
S(P7C, "varuna", "disputes", "offered no evidence", strength="weak", ambiguous=True,
  note="the writer notes the absence of support for what the company's rejection implies (that the recommended tests "
       "were done); the company is not quoted claiming so")
S(P13D, "pharmalytix", "endorses", "Data from Pharmalytix, a market research firm, confirm",
  note="factive 'data ... confirm' (business_bank_fraud_settlement's 'Data from the Bank of Latvia show')")

# ------------------------------------------------------------------- events
V = g.event
V("recall_2026", "other", "2026-05-19", "germany", {"batches_recalled": 14},
  [("varuna", "actor"), ("medikon", "actor", {"qualifier": "distributor collecting returned stock"}),
   ("bfarm", "actor", {"qualifier": "its finding prompted the recall"}), ("pharmacies", "target"),
   ("patients", "beneficiary")], LEAD,
  subtype="recall: 14 batches of losartan blood-pressure tablets withdrawn from pharmacies in Germany, Austria and the "
          "Netherlands (no DESIGN word; 'recall' leads)",
  source="bfarm", place_alt=["austria", "netherlands", "europe"],
  note="announced by the regulator 'on Tuesday' 2026-05-19 ('has recalled': the recall's own start is not dated "
       "otherwise, as tech_health_data_breach's fine); pharmacies have until Friday 2026-05-22 to return stock "
       "(future deadline)",
  numbers_by_source=[
      {"source": "bfarm", "numbers": {"batches_recalled": 14},
       "evidence": "has recalled 14 batches of its losartan blood-pressure tablets"},
      {"source": "varuna", "numbers": {"batches_affected": 9},
       "evidence": "put the number of affected batches at nine"},
      {"source": "ruud_kloosterman", "numbers": {"packs_reached_patients": 1300000},
       "qualifier": "about 1.3 million packs from the recalled batches (Germany)",
       "evidence": "about 1.3 million packs from the recalled batches had reached patients"}])
V("contamination", "other", None, "unit_iii", {},
  [("varuna", "actor", {"qualifier": "manufacturer"}),
   ("solvent_vendor", "suspected_source", {"source": "varuna_europe", "qualifier": "the impurity traced to its solvent"}),
   ("varuna", "perpetrator", {"source": "adler_strauss", "certainty": "reported",
                              "qualifier": "\"knew or should have known\" (the suit)"}),
   ("medikon", "perpetrator", {"source": "adler_strauss", "certainty": "reported",
                               "qualifier": "\"knew or should have known\" (the suit)"}),
   ("patients", "victim"), ("claimants", "victim", {"source": "adler_strauss"}),
   ("herzkreis_members", "victim", {"source": "herzkreis", "qualifier": "took the tablets for years"})],
  "the impurity had been traced to a solvent bought from an outside vendor",
  subtype="contamination: NDEA (nitrosamine) impurity in losartan tablets (no DESIGN word)",
  source="varuna_europe", place_alt=["sangareddy", "telangana"],
  note="date not stated: Iyengar's account places the solvent change before her March 2023 warning; how long it lasted "
       "is Petersen's question. Levels: up to nine times the accepted daily limit (the regulator) vs 'no immediate "
       "risk to patients' (the company): kept on bfarm_finding")
V("lab_analysis", "other", "2026-04", "bavaria", {},
  [("bavarian_lab", "actor"), ("pharmacies", "target", {"qualifier": "packs bought from pharmacies"})],
  "a state laboratory in Bavaria analysed packs bought from pharmacies last month",
  subtype="investigation: a state laboratory analyses packs bought from pharmacies (how the problem came to light)",
  source="bfarm",
  note="'last month' = 2026-04; it may attach to 'bought' or to 'analysed' (both April 2026)")
V("bfarm_finding", "other", None, "germany", {"ndea_max_multiple_of_daily_limit": 9},
  [("bfarm", "actor"), ("varuna", "target"), ("contamination", "result")],
  "its tests had detected N-nitrosodiethylamine (NDEA)",
  subtype="investigation: the regulator's tests detect NDEA at up to nine times the accepted daily limit",
  source="bfarm",
  note="date not stated (before the Tuesday 2026-05-19 announcement, after the April analysis); the lead's 'Germany's "
       "drug regulator found a cancer-causing impurity in samples' is the same finding",
  numbers_by_source=[
      {"source": "bfarm", "numbers": {"ndea_max_multiple_of_daily_limit": 9},
       "evidence": "at up to nine times the accepted daily limit"},
      {"source": "varuna", "numbers": {}, "qualifier": "levels 'pose no immediate risk to patients' (no figure)",
       "evidence": "the levels found \"pose no immediate risk to patients\""}])
V("production_halt", "other", None, "unit_iii", {},
  [("varuna", "actor")], "production of the drug had been halted at Unit III",
  subtype="suspension: production of the drug halted at the plant (no DESIGN word)",
  source="varuna_europe", note="date not stated (before publication)")
V("iyengar_warning_2023", "other", "2023", None, {},
  [("meera_iyengar", "actor"), ("senior_managers", "recipient"),
   ("production_director", "recipient", {"certainty": "reported", "qualifier": "allegedly replied that retesting "
                                                                                "would delay shipments"})],
  "she had warned senior managers in writing in 2023",
  subtype="warning: the quality assurance manager warns in writing that the solvent change could produce nitrosamines "
          "(no DESIGN word; 'warning' leads)",
  source="meera_iyengar", place_alt=["unit_iii"], alt_dates=["2023-03"],
  note="her 'quality report from March 2023' (reviewed by the newspaper) is the written warning, or one of its forms "
       "('an email', 'my report'); the company says she never raised the matter through official channels (disputed "
       "by the writer, stance s02); the headline's 'warnings were ignored'")
V("iyengar_departure_2024", "other", "2024", None, {},
  [("meera_iyengar", "actor"), ("varuna", "actor", {"source": "varuna", "qualifier": "dismissed her over "
                                                                                   "\"performance issues\""})],
  "until she left two years ago",
  subtype="departure: the quality assurance manager leaves the company (dismissed, the company says)",
  note="'two years ago' from 2026-05-20 = 2024 (month not stated)")
V("data_deletions", "other", None, "unit_iii", {},
  [("lab_staff", "perpetrator", {"source": "fda"})],
  "laboratory staff at Unit III had repeatedly deleted test results that fell outside specifications",
  subtype="misconduct: repeated deletion of out-of-specification test results (data integrity; no DESIGN word)",
  source="fda", note="before the 2022 letter (date not stated); 'the problems' the company said it had corrected")
V("fda_warning_letter_2022", "other", "2022", None, {},
  [("fda", "actor"), ("fda_inspectors", "actor", {"qualifier": "inspection findings"}), ("varuna", "target"),
   ("unit_iii", "target")], P8B,
  subtype="sanction: FDA warning letter after an inspection of the plant found deleted test results",
  place_alt=["unit_iii"],
  note="the inspection itself (when, where) is not described beyond 'its inspectors found': folded into this event")
V("cdsco_inspection", "other", "2026-05-19", "unit_iii", {},
  [("cdsco", "actor"), ("cdsco_inspectors", "actor"), ("varuna", "target")], P9B,
  subtype="investigation: India's drug regulator sends inspectors to the plant", source="cdsco",
  note="'on Tuesday' read with 'had sent' (not with 'said')")
V("class_action", "other", "2026-05-18", "munich", {"claimants": 430},
  [("adler_strauss", "actor"), ("claimants", "plaintiff"), ("varuna", "defendant"), ("medikon", "defendant"),
   ("munich_court", "venue"), ("rheinland_pf", "funder"), ("herzkreis", "supporter", {"source": "herzkreis"})], P12,
  subtype="lawsuit: class action at the Munich Regional Court on behalf of 430 patients (cost of medical monitoring)")
V("share_fall_2026", "other", "2026-05-19", "mumbai", {"share_change_pct": -8.4},
  [("varuna", "target")], P13,
  subtype="market move: shares fell 8.4%, their steepest one-day drop since 2022 (as tech_health_data_breach's "
          "share fall)")
V("varuna_renaming", "renaming", "2015", None, {},
  [("varuna_drugs", "actor"), ("varuna", "result")], "was known until 2015 as Varuna Drugs and Chemicals",
  subtype="change of company name (business_acquisition_probe)")

# ------------------------------------------------------------------ timexes
T = g.timex
T("May 20, 2026", "2026-05-20", function="publication_date")
T("Tuesday", "2026-05-19", ctx="the regulator said on Tuesday")
T("last month", "2026-04", anchor="2026-05-20")
T("2015", "2015", note="'until 2015'")
T("two years ago", "2024", anchor="2026-05-20")
T("2023", "2023", ctx="in writing in 2023")
T("March 2023", "2023-03")
T("2022", "2022", ctx="In 2022, the US")
T("Tuesday", "2026-05-19", ctx="to the plant on Tuesday")
T("2019", "2019", signal="since", note="'has marketed Varuna's losartan since 2019' (2019/..)")
T("2021", "2021", ctx="led Medikon since 2021", signal="since")
T("this month", "2026-05", anchor="2026-05-20", note="'before this month'")
T("Friday", "2026-05-22", note="deadline for returns (future)")
T("Tuesday morning", "2026-05-19", note="TIMEX3 2026-05-19TMO; 'since Tuesday morning'")
T("years", "PXY", ctx="the tablets for years", type="duration")
T("Monday", "2026-05-18")
T("Tuesday", "2026-05-19", ctx="in Mumbai on Tuesday")
T("one-day", "P1D", type="duration", note="'their steepest one-day drop'")
T("2022", "2022", ctx="drop since 2022", signal="since")
T("the financial year", "2025-04-01/2026-03-31", anchor="2026-03-31",
  note="'the financial year that ended on March 31' (India's April-March year, FY2025-26); the relative clause is "
       "outside the extent (TimeML)")
T("March 31", "2026-03-31")
T("2021", "2021", ctx="doubled since 2021", signal="since")

# ------------------------------------------------------------------- notes
g.notes += [
    "FICTIONAL dev document (own wording), written for benchmarks/devset and annotated by hand before any claimgraph "
    "run: Varuna Lifesciences (formerly Varuna Drugs and Chemicals) and Varuna Pharma Europe, the Unit III plant, "
    "Medikon Pharma Vertrieb, Herzkreis, Adler Strauss, Rheinland Prozessfinanz, Pharmalytix, Deccan Securities, "
    "Anirudh and Prabhakar Kalvakota, Meera Iyengar, Ruud Kloosterman, Jonas Petersen, Kavita Rao, the contamination, "
    "the recall, the warning letter, the inspection and the lawsuit are invented; Hyderabad, Telangana, the Sangareddy "
    "district, Germany, Bavaria, Frankfurt, Hamburg, Cologne, Munich, Duesseldorf, Austria, the Netherlands, Toronto, "
    "Mumbai, India and the US are real places; Germany's Federal Institute for Drugs and Medical Devices (BfArM), the "
    "US Food and Drug Administration (FDA), India's Central Drugs Standard Control Organisation (CDSCO) and the Munich "
    "Regional Court are real, but every statement and action attributed to them is fictional. losartan (a sartan) and "
    "NDEA are real substances, not entities. errors: none (the checkable background is correct: NDEA is classed as a "
    "probable human carcinogen (IARC group 2A); the Sangareddy district is in Telangana, whose capital is Hyderabad; "
    "losartan is a sartan; India's financial year ends on March 31).",
    "published = dateline 2026-05-20 (Wednesday): 'Tuesday' (x3) and 'Tuesday morning' = 2026-05-19 (the regulator's "
    "announcement, the CDSCO inspection, the share fall, the calls to pharmacists); 'Monday' = 2026-05-18 (class "
    "action filed); 'Friday' = 2026-05-22 (future return deadline); 'last month' = 2026-04 and 'this month' = 2026-05 "
    "(anchor the publication date); 'two years ago' = 2024; 'the financial year' that ended on 'March 31' = "
    "2025-04-01/2026-03-31; 'since 2019', 'since 2021' (x2), 'since 2022' are the starts of open intervals.",
    "Not timexes: 'now' ('who now lives in Toronto', 'will now look hard': present reference, no calendar value), "
    "'at the time' (anaphoric to 2022, kept in the attribution's note), 'always' ('has always come before', 'It "
    "always will'), 'the first time' (order: 'not the first time'), 'before volume' (not temporal). 'for years' is "
    "kept as a duration; 'until 2015' and 'until she left two years ago' give the end of states (timexes '2015', 'two "
    "years ago').",
    "Aliases: 'Varuna Lifesciences' / 'Varuna' / 'the company' (x3) / 'The company' (x3) / 'this company' (quote) / "
    "'the Indian group' / headline 'Indian drugmaker'; former name 'Varuna Drugs and Chemicals' ('was known until "
    "2015 as') kept as its own entity with renamed_to and a renaming event; 'its European arm, Varuna Pharma Europe'; "
    "'Federal Institute for Drugs and Medical Devices (BfArM)' - acronym in brackets - then 'the institute' (x2), 'the "
    "regulator' (lead), \"Germany's drug regulator\", 'German regulator' (headline), 'the BfArM'; 'US Food and Drug "
    "Administration (FDA)'; \"India's Central Drugs Standard Control Organisation (CDSCO)\"; 'Medikon Pharma "
    "Vertrieb' / 'Medikon' / 'the distributor' (x2); 'Meera Iyengar' / 'Iyengar' / 'a former employee' / 'former "
    "manager' (headline); 'Jonas Petersen' / 'Petersen'. 'the two companies' (the suit) = Varuna and Medikon (plural "
    "reference, not an entity). Demonyms kept as names: 'Indian', 'German', 'Dutch', 'European' (as 'Belgian' in "
    "tech_health_data_breach).",
    "Attributions: the BfArM (lead 'the regulator said' after the content, 'said', 'according to the institute', "
    "'urged'); Varuna ('put the number of affected batches at' a figure, 'said' with a partial quote, 'rejected' "
    "(negative), 'said' x2, 'said it would defend itself', 'according to its annual report'); the statement of its "
    "European arm (on_behalf_of varuna); the chief executive's quote continued over two sentences after the "
    "attribution (continuation=True); Iyengar (headline 'says', 'said', a quote continued after 'said Iyengar'); the "
    "production director's reply as hearsay ('allegedly replied'); the quality report reviewed by the newspaper "
    "('flags'); the FDA inspectors' finding ('found', on_behalf_of fda); the unnamed senior BfArM official "
    "('who spoke on condition of anonymity', not on the institute's behalf); the CDSCO; Kloosterman ('said', 'denied' "
    "(negative), parenthetical 'he said') on behalf of Medikon; Medikon ('the distributor said'); pharmacists; "
    "Herzkreis (x2) and Petersen's colon-introduced two-sentence quote ('put it bluntly:'); the suit ('According to "
    "court documents, the suit alleges', source the filing firm on behalf of the claimants); Pharmalytix's data "
    "('confirm'); analysts; Kavita Rao. Non-statements without attribution: 'The FDA did not respond to a request for "
    "comment', 'Medikon declined to comment on the lawsuit' (as court_fraud_trial).",
    "Certainty per source: plain statements of named or descriptive sources are 'certain' for that source. 'could' "
    "(Iyengar's warning; the analysts), 'may' (the official, inside 'examining whether') = possible; 'appeared to' "
    "(the pharmacists), 'is believed to' (agentless, the writer's) and the classification 'probable human "
    "carcinogen' = probable; 'allegedly' (hearsay, no named source) and 'alleges' (the suit) = reported; 'examining "
    "whether' = uncertain; 'confirm' (data) = booster. Approximators and bounds ('about', 'up to', 'roughly') are not "
    "hedges; 'will now look hard' (a prediction in a quote), 'would defend itself' (intention), 'have until Friday' "
    "(a deadline) and 'urged' (advice) are not hedges. 'rejected', 'denied', 'never raised', 'not owned', 'no "
    "immediate risk', 'Nobody wanted to hear it' are polarity, not certainty.",
    "The writer's own stances: 'That account is hard to square with what a former employee describes' (disputes the "
    "chief executive's 'Patient safety has always come before volume'); 'a claim not supported by the records "
    "reviewed by this newspaper' (disputes the company's 'never raised the matter through official channels', on the "
    "newspaper's evidence: her March 2023 report); 'The company offered no evidence that such tests were carried "
    "out' (disputes, weak: the company's position implied); 'Data from Pharmalytix ... confirm' (endorses). "
    "Varuna's 'rejected her account', Kloosterman's 'denied' and the company's 'dismissed over \"performance "
    "issues\"' are sources' denials, not author stances.",
    "Competing figures: batches recalled/affected 14 (the BfArM, lead) vs nine (Varuna); packs that reached patients "
    "about 1.3 million (Kloosterman, Germany only); NDEA up to nine times the accepted daily limit (the BfArM) vs 'no "
    "immediate risk to patients' (Varuna, no figure). Business figures (not events): the Kalvakota family owns about "
    "54%; Europe about 22% of revenue of 61.3 billion rupees in the financial year to March 31 (annual report); "
    "losartan believed to be among its five best-selling products in Europe; Varuna's share of the German losartan "
    "market roughly doubled since 2021 to about 31% (Pharmalytix); shares -8.4% in Mumbai (share_fall_2026); 430 "
    "claimants.",
    "Relations with no exact predicate, nearest kept and flagged ambiguous: a regulator's finding, a warning letter, "
    "an inspection and a class action (targeted with a qualifier, as tech_health_data_breach); supplier and "
    "distributor relations (works_with); employment of staff and managers (member_of; holds_position where a role is "
    "stated, with the plant as alt object); kinship (member_of the family, as aviation_crash_inquiry); ownership "
    "(controls with a share qualifier; negated for Medikon by Kloosterman); the suit's 'knew or should have known' "
    "(perpetrated, reported: accused_of is not in the vocabulary); the company's tracing of the impurity to the "
    "vendor's solvent (perpetrated, implicit). 'led by' / 'has led' -> leader_of; 'founder' -> founded; 'a Dutch "
    "citizen' -> citizen_of; 'its European arm' -> part_of (subsidiary convention); 'financed by' -> funded (object "
    "the suit, alt the firm and claimants); 'said it supported the suit' -> supported. Containment: the plant in the "
    "Sangareddy district, the district in Telangana, Telangana in India (world knowledge); Hyderabad in India "
    "(dateline); the German cities and Bavaria in Germany (implicit); the three countries in Europe (implicit, the "
    "headline's 'in Europe'); the court in Munich (from its name).",
    "Event types: validate_gold.py's list is followed (renaming is in it); DESIGN types it lacks are 'other' with the "
    "DESIGN word leading the subtype: investigation (the Bavarian analysis, the BfArM's tests, the CDSCO inspection), "
    "sanction (FDA warning letter 2022), lawsuit (class action Monday); happenings with no DESIGN word lead with "
    "their own word (recall, contamination, suspension of production, warning, departure, misconduct, market move). "
    "Not events: the BfArM's ongoing examination of other medicines (an entity, no record: under way, undated), the "
    "return deadline on Friday and Varuna's defence (future), patients' calls 'since Tuesday morning' (an ongoing "
    "activity, kept as the pharmacists' claim), the market-share doubling (a trend), Medikon's marketing since 2019 and "
    "Kloosterman's leadership since 2021 (states, kept as dated relations), the company's 2022 statement (speech).",
    "Entity hard cases: the plant is a Location (facility) with the forms 'Unit III', 'the plant', 'that plant', \"the "
    "company's plant in Telangana's Sangareddy district\"; the records/quality report is a documentary source (typed "
    "Organization, descriptive); substances (NDEA, losartan, the solvent) and 'an email' are not entities; 'patients' "
    "(generic) vs the 430 claimants vs Herzkreis's members are kept apart; 'inspectors' (CDSCO) vs 'its inspectors' "
    "(FDA); 'Regulators in Europe' (quote) generic; 'reporters' none; 'a doctor' (advice) generic and not declared.",
    "cross_doc: not applicable (unrelated domain).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
