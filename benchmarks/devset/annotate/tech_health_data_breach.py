#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for
benchmarks/devset/docs/tech_health_data_breach.txt -> benchmarks/devset/gold/tech_health_data_breach.json

Fictional technology/business wire story: the Dutch Data Protection Authority (AP; later 'the authority', 'the
regulator') fines an Amsterdam health-app maker (Tessaly Health) 4.2 million euros after a patient database was left
open on the internet; an independent Berlin security researcher who found it says she warned the company weeks
earlier, which the company disputes (it says its hosting contractor, Cirrodyne, alerted it on Dec. 1 and blames the
contractor, which rejects the accusation); the founder and chief executive quoted over two sentences, a spokeswoman's
'no indication', competing counts of affected people (regulator, researcher, chief executive, a forum seller), a
hacker-forum listing hedged by the writer ('appears to', 'could not be verified'), a person familiar with the
investigation, an earlier Belgian fine, a 58% owner (an investment firm, 'a reported' price), a hospital group that
offers the app, a class action by an Amsterdam law firm ('alleges'), the shares' fall with analysts' 'probably', an
opposition member of parliament calling for an inquiry.  The writer's own stances: the regulator's decision 'supports
part of' the researcher's account; 'Contrary to the company's account, emails reviewed by this newspaper show ...';
'That assurance may not hold'; 'The company's statement did not mention ...'.  Built with the shared goldlib; events
follow the shared validator's list like labour_port_strike (a DESIGN type it lacks is 'other' with the DESIGN word
leading the subtype)."""
from pathlib import Path

HERE = Path(__file__).resolve()
DEVSET = HERE.parents[1]                    # benchmarks/devset

from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "tech_health_data_breach"
PUB = "2026-02-12"  # dateline: AMSTERDAM, Feb. 12, 2026 (a Thursday)
g = Gold(DEVSET / "docs" / f"{NAME}.txt", PUB)

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("amsterdam", "Location", ["AMSTERDAM", "Amsterdam"],
  note="dateline; 'the Amsterdam-based maker', 'told reporters in Amsterdam', 'an Amsterdam investment firm', 'the "
       "Amsterdam law firm'; 'Amsterdam' is also inside the names 'Euronext Amsterdam' and 'Amsterdam District Court'")
E("netherlands", "Location", ["Dutch"], ["the country"],
  note="never named: the demonym 'Dutch' ('Dutch regulator' in the headline, 'The Dutch Data Protection Authority', "
       "'Dutch medical files' in the seller's words), kept as a name as diplomacy_ceasefire_talks keeps 'Qatari'; 'the "
       "east of the country'")
E("east_netherlands", "Location", ["the east of the country"], name_kind="descriptive")
E("berlin", "Location", ["Berlin"])
E("utrecht", "Location", ["Utrecht"], note="only in 'the Utrecht hosting firm'")
E("belgium", "Location", ["Belgium", "Belgian"], note="'Belgium's Data Protection Authority', 'its Belgian unit'")
E("gelderland", "Location", ["Gelderland"])
E("overijssel", "Location", ["Overijssel"])
E("exposed_server", "Location", [], ["the server", "a test server", "the test environment"],
  note="facility: the server that held the exposed copy of the database. 'configured the server' (AP) and 'the hosting "
       "firm that ran the server' (apposition) are the server of the exposure, which Tessaly calls 'a test server' and "
       "Haverkamp 'the test environment'. The database itself ('a database holding test results ...', 'the database', "
       "'the unprotected database', 'the exposed tables') is data, not an entity type, and is not declared")
E("hacker_forum", "Location", ["a hacker forum"], name_kind="descriptive",
  note="a website (virtual venue of the listing), typed Location as cyber_ransomware_attack types its leak site")

# organizations
E("ap", "Organization", ["Dutch Data Protection Authority", "AP"],
  ["The authority", "the regulator", "The regulator", "Dutch regulator"],
  note="real Dutch supervisory authority (Autoriteit Persoonsgegevens); the case and every statement attributed to it "
       "are fictional. Acronym in brackets; 'AP' x4 (incl. 'the AP's' x1); 'the regulator' x3 ('the regulator said', "
       "'alerted the regulator', 'notified the regulator'), 'The regulator's decision'; 'It found' = the authority; "
       "'the AP's director of enforcement' is Verhaar's title, listed under her")
E("tessaly", "Organization", ["Tessaly Health", "Tessaly"],
  ["the Amsterdam-based maker of a widely used patient app", "health-app maker Tessaly", "the company", "The company"],
  fictional=True,
  note="'Tessaly' x19 (incl. 'Tessaly Health', 'Tessaly's security address', 'the Tessaly app' x2, 'a Tessaly "
       "support employee', \"Tessaly's request and to Tessaly's specification\", \"Tessaly's file format\"); 'the company' x6 (incl. 'the "
       "company's account', 'the company's security'), 'The company' x3 ('The company said in a statement', 'The "
       "company's statement', 'The company's shares'); 'It blamed', 'it first learned'. 'A company that builds its "
       "business on that trust' (Verhaar's quote) is generic; 'the two companies' (the suit) = Tessaly and Cirrodyne")
E("tessaly_belgium", "Organization", [], ["its Belgian unit"], note="Tessaly's Belgian unit (fined in 2023)")
E("tessaly_tech_team", "Organization", [], ["the technical team"], note="in the support employee's words (Tessaly's)")
E("tessaly_management", "Organization", [], ["management"],
  note="\"fully supports management\" (Oosterdam): Tessaly's management")
E("cirrodyne", "Organization", ["Cirrodyne"],
  ["its hosting contractor", "the Utrecht hosting firm that ran the server", "the firm"], fictional=True,
  note="'its hosting contractor' (the AP's finding) is Cirrodyne, named in paragraph 7; 'Its managing director'; 'the "
       "firm would \"defend itself vigorously\"' (the other 'the firm' is Brandsma Keijzer)")
E("oosterdam", "Organization", ["Oosterdam Capital", "Oosterdam"], ["an Amsterdam investment firm"], fictional=True,
  note="majority owner (58%)")
E("meridiaan", "Organization", ["Meridiaan Zorggroep"],
  ["a hospital group that runs four hospitals in Gelderland and Overijssel", "the group"], fictional=True,
  note="'the group said'; 'its patients' x2")
E("meridiaan_hospitals", "Organization", ["four hospitals in Gelderland and Overijssel"], name_kind="descriptive",
  note="facilities run by the group; typed Organization (hospitals as institutions)")
E("east_hospitals", "Organization", ["hospitals in the east of the country"], generic=True, name_kind="descriptive",
  note="whose patients are among the app's users (the AP); plausibly include Meridiaan's hospitals, not stated")
E("brandsma_keijzer", "Organization", ["Brandsma Keijzer"], ["the Amsterdam law firm", "the firm"], fictional=True,
  note="'a partner at the firm'; 'Brandsma' alone is never used for the firm (only inside its name and in 'Eline "
       "Brandsma', the partner)")
E("belgian_dpa", "Organization", ["Data Protection Authority"], ["Belgium's Data Protection Authority"],
  canonical_name="Belgian Data Protection Authority",
  note="real Belgian supervisory authority; the 2023 fine is fictional. Its name occurs once, as \"Belgium's Data "
       "Protection Authority\" (the string 'Data Protection Authority' also occurs inside the Dutch authority's name)")
E("european_union", "Organization", ["European Union"],
  note="'the European Union's General Data Protection Regulation (GDPR)': the regulation (a law) is not an entity")
E("amsterdam_court", "Organization", ["Amsterdam District Court"], note="real court; the case is fictional")
E("euronext", "Organization", ["Euronext Amsterdam"], note="the stock exchange (real); the listing is fictional")
E("house_of_reps", "Organization", ["House of Representatives"],
  note="the Dutch lower house (real); 'a parliamentary inquiry' and 'lawmakers' questions' refer to it")
E("health_ministry", "Organization", ["The health ministry"], name_kind="descriptive",
  note="the Dutch health ministry (not named)")
E("this_newspaper", "Organization", ["this newspaper"], name_kind="descriptive",
  note="the writer's outlet (kept for event roles as in factcheck_vaccine_claim; claims by it are source 'author')")

# people
E("monique_verhaar", "Person", ["Monique Verhaar"], ["the AP's director of enforcement"], fictional=True)
E("katrin_wollner", "Person", ["Katrin Wollner", "Wollner"],
  ["an independent security researcher based in Berlin", "researcher"], fictional=True,
  note="'Wollner' x2 plus \"Wollner's first message\"; 'researcher says' (headline); 'She' x3, 'she' x3, 'her account', "
       "'thanking her'; 'a third party' in the AP's decision is her (not named by the regulator)")
E("joris_veldhuizen", "Person", ["Joris Veldhuizen", "Veldhuizen"], ["its chief executive"], fictional=True,
  note="founder and chief executive; 'He said', 'he said'; 'We' in his quote = the company")
E("nadia_bouzid", "Person", ["Nadia Bouzid"], ["A spokeswoman for the company"], fictional=True)
E("pieter_haverkamp", "Person", ["Pieter Haverkamp"], ["Its managing director"], fictional=True)
E("eline_brandsma", "Person", ["Eline Brandsma"], ["a partner at the firm"], fictional=True)
E("femke_oudshoorn", "Person", ["Femke Oudshoorn"], ["an opposition member of the House of Representatives"],
  fictional=True, note="'she said'; her party is not named ('opposition' only)")
E("support_employee", "Person", ["a Tessaly support employee"], unnamed=True, name_kind="descriptive")
E("forum_seller", "Person", ["the seller"], unnamed=True, name_kind="descriptive",
  note="the poster of the listing; could be a group, typed Person as written")
E("two_researchers", "Person", ["two researchers who examined it"], unnamed=True, name_kind="descriptive")
E("familiar_person", "Person", ["A person familiar with the investigation"], unnamed=True, name_kind="descriptive")
E("analysts", "Person", ["Analysts"], generic=True, name_kind="descriptive")
E("lawmakers", "Person", ["lawmakers"], generic=True, name_kind="descriptive",
  note="members of parliament ('lawmakers' questions')")
E("app_users", "Person", ["about 310,000 users of the Tessaly app", "users"], generic=True, name_kind="descriptive",
  note="the people whose records were exposed (the AP's count): 'apologised to users', 'fewer than 90,000 users' "
       "(Veldhuizen's subset with medical information), 'people's diagnoses' (Wollner)")
E("east_patients", "Person", ["patients of hospitals in the east of the country"], generic=True,
  name_kind="descriptive")
E("meridiaan_patients", "Person", ["About 140,000 of its patients", "its patients"], generic=True,
  name_kind="descriptive", note="Meridiaan's patients who use the app")
E("claimants", "Person", ["more than 2,000 users", "each claimant"], generic=True, name_kind="descriptive",
  note="the users on whose behalf the class action is filed")

# events
E("ap_fine_2026", "Event", [], ["the fine", "the penalty"],
  note="'appeal against the fine', 'the fine itself' (analysts); 'the penalty' in Veldhuizen's quote; 'fines' / 'has "
       "fined' are verbs. 'a fine of more than 6 million euros' (considered, per the person familiar) is the same fine "
       "before its reduction")
E("data_exposure", "Event", [], ["The exposure", "the exposure", "the problem"],
  note="the database left open: 'The exposure was found by', 'a report of the exposure' (AP), 'first learned of the "
       "exposure' (Tessaly), 'its discovery of the problem'; 'in breach of' is not a mention (a legal breach); the "
       "headline's 'exposed patient records' is adjectival")
E("ap_investigation", "Event", [], ["its investigation", "the investigation"],
  note="'The AP opened its investigation in December'; 'A person familiar with the investigation'")
E("wollner_discovery", "Event", [],
  note="clausal: 'she came across the unprotected database on Oct. 28 while scanning for misconfigured servers'")
E("wollner_warnings", "Event", [], ["a report of the exposure from a third party", "the report"],
  note="the two emails to Tessaly's security address 'in the following week'; 'Wollner's first message' is the first of "
       "them; the AP's 'a report of the exposure from a third party'; 'the report had been \"passed ...' (employee)")
E("tessaly_reply_2025", "Event", [],
  note="clausal: 'a Tessaly support employee replied to Wollner's first message on Nov. 4'")
E("wollner_alert_ap", "Event", [], note="clausal: 'alerted the regulator on Nov. 24'")
E("cirrodyne_alert", "Event", [], note="clausal: 'Cirrodyne, the Utrecht hosting firm that ran the server, alerted it'")
E("database_closure", "Event", [], note="clausal: 'the database was closed within hours'")
E("data_copy", "Event", [], note="clausal: 'copying the data to a test server'; 'the accusation' (Cirrodyne rejects it) "
                                 "is Tessaly's blame for it")
E("tessaly_notification", "Event", [], note="clausal: 'Tessaly had notified the regulator within 72 hours'")
E("forum_listing", "Event", [], ["a listing", "the listing", "The listing"])
E("listing_removal", "Event", [], note="clausal: 'The listing was removed on Dec. 19'")
E("belgian_fine_2023", "Event", [], ["a decision the company did not appeal"],
  note="'Belgium's Data Protection Authority fined Tessaly 180,000 euros in 2023'")
E("tessaly_founding", "Event", [], note="clausal: 'who founded Tessaly in 2017'")
E("oosterdam_stake_2021", "Event", [], ["the stake"], note="'bought the stake in 2021'")
E("share_fall_2026", "Event", [], ["the fall"], note="'The company's shares ... fell 11% on Wednesday'; 'the fall' "
                                                     "(analysts)")
E("meridiaan_suspension", "Event", [], note="clausal: 'it had suspended new sign-ups'")
E("class_action", "Event", [], ["a class action", "The suit", "the lawsuit"])
E("inquiry_call", "Event", [], note="clausal: 'called on Wednesday for a parliamentary inquiry'")
E("parliamentary_inquiry", "Event", [], ["a parliamentary inquiry"],
  note="proposed, not held: an entity (the object of the call), no event record")

# ----------------------------------------------------------------- relations
R = g.rel
HEAD = ("Dutch regulator fines health-app maker Tessaly €4.2 million over exposed patient records; researcher says "
        "warnings went unanswered")
R("ap", "targeted", "tessaly", "Dutch regulator fines health-app maker Tessaly €4.2 million", ambiguous=True,
  qualifier="fine of 4.2 million euros", time="2026-02-11",
  note="headline (the writer's); a regulator's fine has no exact predicate: 'targeted' as in business_bank_fraud_"
       "settlement")
LEAD = ("The Dutch Data Protection Authority (AP) has fined Tessaly Health, the Amsterdam-based maker of a widely used "
        "patient app, 4.2 million euros after a database holding test results, prescriptions and appointment notes was "
        "left open on the internet for weeks, the regulator said on Wednesday.")
R("ap", "targeted", "tessaly", LEAD, source="ap", ambiguous=True, qualifier="fine of 4.2 million euros",
  time="2026-02-11")
R("ap", "located_in", "netherlands", "The Dutch Data Protection Authority", implicit=True,
  note="demonym 'Dutch' in the name: the national authority of the Netherlands")
R("tessaly", "located_in", "amsterdam", "the Amsterdam-based maker",
  note="apposition of the writer's own noun phrase (author), as 'the London-based lender' in business_bank_fraud_"
       "settlement")
P2 = ("The authority said the database, which could be reached without a password, contained records of about 310,000 "
      "users of the Tessaly app, among them patients of hospitals in the east of the country.")
R("app_users", "works_with", "tessaly", "about 310,000 users of the Tessaly app", source="ap", ambiguous=True,
  qualifier="users of the company's app", note="customer relation; no exact predicate (as customers in "
                                               "business_bank_fraud_settlement)")
R("east_hospitals", "located_in", "east_netherlands", "hospitals in the east of the country", source="ap")
R("east_netherlands", "located_in", "netherlands", "the east of the country", implicit=True)
P2B = ("It found that the company had failed to encrypt the data and had not checked how its hosting contractor "
       "configured the server, in breach of the European Union's General Data Protection Regulation (GDPR).")
R("cirrodyne", "works_with", "tessaly", "its hosting contractor", source="ap", qualifier="hosting contractor",
  note="'its' = Tessaly's; Cirrodyne is named in paragraph 7")
R("cirrodyne", "controls", "exposed_server", "how its hosting contractor configured the server", source="ap",
  ambiguous=True, qualifier="configured (operator)")
R("netherlands", "member_of", "european_union", "the European Union's General Data Protection Regulation",
  implicit=True, ambiguous=True, note="the EU regulation binds a Dutch company: membership implied, not stated")
P2C = "The AP opened its investigation in December."
R("ap", "targeted", "tessaly", P2C, time="2025-12", ambiguous=True, qualifier="opened an investigation",
  note="the investigation's object (Tessaly) is implied by context")
QV = ("\"Health data are among the most sensitive information a person has,\" said Monique Verhaar, the AP's director "
      "of enforcement.")
R("monique_verhaar", "holds_position", "ap", "Monique Verhaar, the AP's director of enforcement",
  role="director of enforcement")
QV2 = ("\"A company that builds its business on that trust cannot leave the door open and hope nobody walks in. Here, "
       "somebody did.\"")
P4 = ("The exposure was found by Katrin Wollner, an independent security researcher based in Berlin, who said she came "
      "across the unprotected database on Oct. 28 while scanning for misconfigured servers and emailed Tessaly's "
      "security address twice in the following week.")
R("katrin_wollner", "located_in", "berlin", "an independent security researcher based in Berlin")
P4B = "She estimated that it held about 480,000 records, though some people were listed more than once."
P4C = "She said she received no substantive reply and alerted the regulator on Nov. 24."
QW = "\"I gave them every chance to fix it quietly,\" Wollner said in a telephone interview."
QW2 = "\"For almost five weeks anyone who knew where to look could download people's diagnoses.\""
P5B = "She believes she was not the first to find it."
P6 = ("The regulator's decision supports part of her account: it says Tessaly \"received a report of the exposure from "
      "a third party\" in the first week of November and \"took no effective action\" until December.")
P7 = "Tessaly disputes that timeline."
P7B = ("The company said in a statement that it first learned of the exposure on Dec. 1, when Cirrodyne, the Utrecht "
       "hosting firm that ran the server, alerted it, and that the database was closed within hours.")
R("cirrodyne", "located_in", "utrecht", "the Utrecht hosting firm")
R("cirrodyne", "controls", "exposed_server", "the Utrecht hosting firm that ran the server", ambiguous=True,
  qualifier="ran (hosting operator)",
  note="apposition inside the company's statement: the writer's identification of Cirrodyne (author)")
R("utrecht", "located_in", "netherlands", "the Utrecht hosting firm", implicit=True)
P7C = ("It blamed Cirrodyne for copying the data to a test server \"without authorisation and without the safeguards "
       "required by our contract\".")
R("cirrodyne", "perpetrated", "data_copy", P7C, certainty="reported", source="tessaly",
  certainty_cue="blamed", note="an accusation verb from a named source: 'reported' (sanctions_company's 'alleges')")
R("cirrodyne", "works_with", "tessaly", "the safeguards required by our contract", source="tessaly",
  qualifier="hosting contract")
P8 = ("Contrary to the company's account, emails reviewed by this newspaper show that a Tessaly support employee "
      "replied to Wollner's first message on Nov. 4, thanking her and saying the report had been \"passed to the "
      "technical team\".")
R("support_employee", "member_of", "tessaly", "a Tessaly support employee", alt_predicates=["holds_position"])
R("tessaly_tech_team", "part_of", "tessaly", "the report had been \"passed to the technical team\"",
  source="support_employee", implicit=True, note="'the technical team' = Tessaly's (context)")
P9 = "Cirrodyne rejected the accusation."
P9B = ("Its managing director, Pieter Haverkamp, said the test environment had been set up \"at Tessaly's request and "
       "to Tessaly's specification\" and that the firm would \"defend itself vigorously\" if Tessaly sought damages.")
R("pieter_haverkamp", "holds_position", "cirrodyne", "Its managing director, Pieter Haverkamp", role="managing director")
R("cirrodyne", "works_with", "tessaly", P9B, source="pieter_haverkamp",
  qualifier="test environment set up at Tessaly's request and to its specification",
  note="Haverkamp's version: the copy was ordered by the client (event data_copy: tessaly orderer)")
P10 = ("Joris Veldhuizen, who founded Tessaly in 2017 and is its chief executive, apologised to users on Wednesday but "
       "said the company would appeal against the fine.")
R("joris_veldhuizen", "founded", "tessaly", "Joris Veldhuizen, who founded Tessaly in 2017", time="2017")
R("joris_veldhuizen", "holds_position", "tessaly", "Joris Veldhuizen, who founded Tessaly in 2017 and is its chief "
  "executive", role="chief executive", alt_predicates=["leader_of"])
QJ = "\"We made mistakes and we own them,\" Veldhuizen told reporters in Amsterdam."
QJ2 = "\"But the penalty does not reflect the facts.\""
P10C = ("He said fewer than 90,000 users had medical information in the exposed tables; for the rest, he said, only "
        "names and email addresses were stored.")
P11 = ("A spokeswoman for the company, Nadia Bouzid, said there was \"no indication\" that any patient data had been "
       "misused.")
R("nadia_bouzid", "holds_position", "tessaly", "A spokeswoman for the company, Nadia Bouzid", role="spokeswoman")
P12A = "That assurance may not hold."
P12 = ("Days after the database was closed, a listing appeared on a hacker forum offering what the seller described as "
       "\"half a million Dutch medical files\" for $25,000.")
R("forum_seller", "perpetrated", "forum_listing", "a listing appeared on a hacker forum offering what the seller "
  "described as", implicit=True, note="the seller posted the listing (presupposed by 'the seller')")
R("forum_listing", "located_in", "hacker_forum", "a listing appeared on a hacker forum")
P12B = ("A sample posted with the listing appears to include appointment notes and laboratory results in Tessaly's file "
        "format, according to two researchers who examined it, but its origin could not be verified.")
P12C = "The listing was removed on Dec. 19."
P13 = ("A person familiar with the investigation said the AP had considered a fine of more than 6 million euros but "
       "reduced it because Tessaly had notified the regulator within 72 hours of what it says was its discovery of the "
       "problem, as the law requires.")
R("ap", "targeted", "tessaly", P13, source="familiar_person", ambiguous=True,
  qualifier="considered a fine of more than 6 million euros, reduced for timely notification")
P14 = ("The company's statement did not mention that Belgium's Data Protection Authority fined Tessaly 180,000 euros in "
       "2023 for keeping patients' data longer than necessary at its Belgian unit, a decision the company did not "
       "appeal.")
R("belgian_dpa", "targeted", "tessaly", "Belgium's Data Protection Authority fined Tessaly 180,000 euros in 2023",
  time="2023", ambiguous=True, alt_objects=["tessaly_belgium"], qualifier="fine of 180,000 euros",
  note="the writer's own statement, inside 'did not mention that' (factive: the fine is presented as fact)")
R("belgian_dpa", "located_in", "belgium", "Belgium's Data Protection Authority")
R("tessaly_belgium", "part_of", "tessaly", "its Belgian unit", qualifier="unit")
R("tessaly_belgium", "located_in", "belgium", "its Belgian unit")
P15 = ("Tessaly is 58% owned by Oosterdam Capital, an Amsterdam investment firm that bought the stake in 2021 for a "
       "reported 40 million euros.")
R("oosterdam", "controls", "tessaly", "Tessaly is 58% owned by Oosterdam Capital", qualifier="58% shareholder "
  "(majority stake)", note="ownership with controls + share qualifier (sanctions_company convention)")
R("oosterdam", "located_in", "amsterdam", "an Amsterdam investment firm")
R("oosterdam", "controls", "tessaly", "an Amsterdam investment firm that bought the stake in 2021", time="2021/..",
  qualifier="bought the 58% stake", note="a second claim: the acquisition of the stake (the price is 'reported', the "
                                         "purchase is not hedged)")
P15B = ("The company's shares, listed on Euronext Amsterdam since 2022, fell 11% on Wednesday to their lowest level in "
        "more than a year.")
R("tessaly", "works_with", "euronext", "The company's shares, listed on Euronext Amsterdam since 2022", time="2022/..",
  ambiguous=True, qualifier="listed on the exchange", note="a stock-exchange listing has no predicate")
R("euronext", "located_in", "amsterdam", "Euronext Amsterdam", implicit=True, note="from the name")
P15C = ("Analysts said the fall probably reflected fears of further claims rather than the fine itself, which is small "
        "next to the 38 million euros in revenue Tessaly reported last year.")
P15D = ("Oosterdam said in a brief statement that it \"fully supports management\" and had asked for an independent "
        "review of the company's security.")
R("oosterdam", "supported", "tessaly_management", P15D, source="oosterdam", qualifier="\"fully supports management\"")
R("tessaly_management", "part_of", "tessaly", "\"fully supports management\"", implicit=True)
P16 = ("Meridiaan Zorggroep, a hospital group that runs four hospitals in Gelderland and Overijssel and has offered the "
       "Tessaly app to its patients since 2020, said it had suspended new sign-ups and was \"assessing whether to "
       "continue the partnership\".")
R("meridiaan", "controls", "meridiaan_hospitals", "a hospital group that runs four hospitals in Gelderland and "
  "Overijssel", alt_predicates=["leader_of"], qualifier="runs")
R("meridiaan_hospitals", "located_in", "gelderland", "four hospitals in Gelderland and Overijssel",
  qualifier="some of the four (split not stated)")
R("meridiaan_hospitals", "located_in", "overijssel", "four hospitals in Gelderland and Overijssel",
  qualifier="some of the four (split not stated)")
R("gelderland", "located_in", "netherlands", "Gelderland", implicit=True)
R("overijssel", "located_in", "netherlands", "Overijssel", implicit=True)
R("meridiaan", "works_with", "tessaly", "has offered the Tessaly app to its patients since 2020", time="2020/..",
  qualifier="offers the company's app to its patients")
R("meridiaan", "works_with", "tessaly", "\"assessing whether to continue the partnership\"", source="meridiaan",
  qualifier="'the partnership' (its continuation under review)",
  note="the partnership exists (certain); whether it continues is open (hedge 'assessing whether', uncertain)")
P16B = "About 140,000 of its patients use the app, the group said."
R("meridiaan_patients", "works_with", "tessaly", P16B, source="meridiaan", ambiguous=True,
  qualifier="users of the company's app")
P17 = ("On Monday, the Amsterdam law firm Brandsma Keijzer filed a class action against Tessaly and Cirrodyne at the "
       "Amsterdam District Court on behalf of more than 2,000 users.")
R("brandsma_keijzer", "located_in", "amsterdam", "the Amsterdam law firm Brandsma Keijzer")
R("brandsma_keijzer", "targeted", "tessaly", P17, time="2026-02-09", ambiguous=True, qualifier="class action",
  note="a lawsuit has no predicate; 'targeted' with a qualifier, as the regulators' actions here")
R("brandsma_keijzer", "targeted", "cirrodyne", P17, time="2026-02-09", ambiguous=True, qualifier="class action")
R("brandsma_keijzer", "works_with", "claimants", "on behalf of more than 2,000 users", qualifier="represents",
  ambiguous=True)
R("amsterdam_court", "located_in", "amsterdam", "Amsterdam District Court", implicit=True, note="from the name")
P17B = ("The suit alleges that the two companies \"treated medical records as test material\" and seeks up to 1,500 "
        "euros in compensation for each claimant.")
QB = ("\"People trusted this app with their most private information,\" said Eline Brandsma, a partner at the firm.")
R("eline_brandsma", "holds_position", "brandsma_keijzer", "Eline Brandsma, a partner at the firm", role="partner")
P18 = ("Femke Oudshoorn, an opposition member of the House of Representatives, called on Wednesday for a parliamentary "
       "inquiry into how health apps handle patient data.")
R("femke_oudshoorn", "member_of", "house_of_reps", "Femke Oudshoorn, an opposition member of the House of "
  "Representatives", alt_predicates=["holds_position"], qualifier="opposition member")
R("house_of_reps", "located_in", "netherlands", "House of Representatives", implicit=True,
  note="the Dutch parliament's lower house (context)")
QF = "\"This is not one careless company. It is a sector that nobody is watching,\" she said."
P18B = ("The health ministry said it would answer lawmakers' questions \"in due course\".")
R("lawmakers", "member_of", "house_of_reps", "lawmakers' questions", implicit=True)
R("health_ministry", "located_in", "netherlands", "The health ministry", implicit=True,
  note="the Dutch government's health ministry (context)")

# -------------------------------------------------------------- attributions
A = g.attr
A("researcher says warnings went unanswered", "katrin_wollner", "says", False, content="warnings went unanswered",
  note="headline: the researcher (Wollner, named in paragraph 4) as source")
A(LEAD, "ap", "said", False, content=LEAD[:LEAD.index(", the regulator said")],
  note="reporting clause after the content ('the regulator said on Wednesday')")
A(P2, "ap", "said", False)
A(P2B, "ap", "found", False,
  note="'It' = the authority: its finding (the regulator's decision); 'found' is not read as a writer's endorsement")
A(QV, "monique_verhaar", "said", True, on_behalf_of="ap")
A(QV2, "monique_verhaar", "said", True, cue_ctx="person has,\" said Monique Verhaar", continuation=True,
  on_behalf_of="ap", note="quote continued over two sentences after the attribution")
A(P4[P4.index("who said"):], "katrin_wollner", "said", False,
  note="relative clause 'who said' after the author's 'The exposure was found by Katrin Wollner' (the finding itself "
       "is the writer's)")
A(P4B, "katrin_wollner", "estimated", False)
A(P4C, "katrin_wollner", "said", False, polarity="negative",
  note="'received no substantive reply' (negative) and 'alerted the regulator on Nov. 24' (positive)")
A(QW, "katrin_wollner", "said", True)
A(QW2, "katrin_wollner", "said", True, cue_ctx="Wollner said in a telephone interview", continuation=True,
  note="quote continued after 'Wollner said in a telephone interview'")
A(P5B, "katrin_wollner", "believes", False, content="she was not the first to find it")
A(P6[P6.index("it says"):], "ap", "says", False, partial_quote=True,
  note="'it' = the regulator's decision (a document of the AP); 'a third party' = Wollner")
A(P7, "tessaly", "disputes", False, polarity="negative", content="that timeline",
  note="rejects Wollner's timeline (content by reference)")
A(P7B, "tessaly", "said in a statement", False)
A(P7C, "tessaly", "blamed", False, partial_quote=True,
  content="Cirrodyne for copying the data to a test server \"without authorisation and without the safeguards required "
          "by our contract\"")
A(P8[P8.index("emails reviewed"):], "author", "show", False, partial_quote=True,
  note="the newspaper's own evidence ('emails reviewed by this newspaper show'): the writer's claim, source author")
A("saying the report had been \"passed to the technical team\"", "support_employee", "saying", False,
  partial_quote=True, note="reported speech inside the emails the newspaper reviewed")
A(P9, "cirrodyne", "rejected", False, polarity="negative", content="the accusation")
A(P9B, "pieter_haverkamp", "said", False, partial_quote=True, on_behalf_of="cirrodyne")
A(P10[P10.index("but said"):], "joris_veldhuizen", "said", False, on_behalf_of="tessaly",
  content="the company would appeal against the fine",
  note="'apologised to users on Wednesday' is a speech act without claim content (not an attribution)")
A(QJ, "joris_veldhuizen", "told", True, on_behalf_of="tessaly")
A(QJ2, "joris_veldhuizen", "told", True, cue_ctx="Veldhuizen told reporters", continuation=True,
  on_behalf_of="tessaly", polarity="negative", note="quote continued after the attribution")
A(P10C, "joris_veldhuizen", "said", False, on_behalf_of="tessaly",
  note="'He said ... ; for the rest, he said, ...': one attribution over both clauses")
A(P11, "nadia_bouzid", "said", False, partial_quote=True, polarity="negative", on_behalf_of="tessaly",
  content="there was \"no indication\" that any patient data had been misused")
A("what the seller described as \"half a million Dutch medical files\"", "forum_seller", "described as", False,
  partial_quote=True, note="distancing frame: the seller's own description of the goods")
A(P12B[:P12B.index(", but its origin")], "two_researchers", "according to", False)
A(P13, "familiar_person", "said", False)
A("what it says was its discovery of the problem", "tessaly", "says", False,
  content="its discovery of the problem",
  note="'it' = Tessaly: the writer marks the discovery date as the company's claim (present tense 'says', outside the "
       "person's past-tense report)")
A(P15C, "analysts", "said", False,
  note="the relative clause 'which is small next to the 38 million euros in revenue Tessaly reported last year' is "
       "read as the analysts' (it could be the writer's gloss); 'Tessaly reported' (its revenue) is a further report")
A(P15D, "oosterdam", "said in a brief statement", False, partial_quote=True)
A(P16[P16.index("said it had suspended"):], "meridiaan", "said", False, partial_quote=True)
A(P16B, "meridiaan", "said", False)
A(P17B, "brandsma_keijzer", "alleges", False, partial_quote=True, on_behalf_of="claimants",
  note="'The suit alleges': the filing of the firm for the claimants (a document of the plaintiffs' side)")
A(QB, "eline_brandsma", "said", True, on_behalf_of="brandsma_keijzer")
A(P18, "femke_oudshoorn", "called", False, content="a parliamentary inquiry into how health apps handle patient data",
  note="'called ... for': a demand, content by reference")
A(QF, "femke_oudshoorn", "said", True)
A(P18B, "health_ministry", "said", False, partial_quote=True)

# ------------------------------------------------------------------- hedges
H = g.hedge
H("believes", P5B, "probable", note="a belief, not a report")
H("blamed", "It blamed Cirrodyne for copying the data to a test server", "reported",
  note="accusation verb (cyber_ransomware_attack's 'accuse' convention)")
H("show", "emails reviewed by this newspaper show", "certain",
  note="booster (documentary evidence; also the cue of the writer's stance s02)")
H("no indication", "there was \"no indication\" that any patient data had been misused", "probable",
  note="evidential negative (as 'found no sign' in cyber_ransomware_attack): probably not misused")
H("may", P12A, "possible", note="the writer's own hedged doubt (also stance s03)")
H("appears to", "A sample posted with the listing appears to include appointment notes and laboratory results in "
  "Tessaly's file format", "probable")
H("could not be verified", "its origin could not be verified", "uncertain",
  note="the writer's hedge on the sample's link to Tessaly (shared convention: uncertain, no stance record)")
H("reported", "for a reported 40 million euros", "reported", note="hearsay with no named source")
H("probably", "the fall probably reflected fears of further claims rather than the fine itself", "probable")
H("assessing whether", "was \"assessing whether to continue the partnership\"", "uncertain",
  note="the continuation of the partnership is open")
H("alleges", P17B, "reported", note="named source; the verb marks an allegation (sanctions_company convention)")

# ------------------------------------------------------------------ stances
g.stance("The regulator's decision supports part of her account", "katrin_wollner", "endorses",
         "supports part of her account",
         note="the writer's own judgement: the AP's decision (a report from a third party in the first week of "
              "November) corroborates Wollner's timeline in part (alt target: ap, whose decision the writer relies on)")
g.stance(P8, "tessaly", "disputes", "Contrary to the company's account",
         note="the writer disputes Tessaly's statement that it first learned of the exposure on Dec. 1, on the "
              "newspaper's own evidence (a reply to Wollner on Nov. 4)")
g.stance(P12A, "nadia_bouzid", "disputes", "may not hold", strength="weak", ambiguous=True,
         note="the writer doubts the spokeswoman's 'no indication' assurance (hedged: 'may'), citing the forum listing")
g.stance(P14, "tessaly", "disputes", "did not mention", strength="weak", ambiguous=True,
         note="the writer points out an omission in the company's statement (the 2023 Belgian fine for similar "
              "failings): an implicit judgement that the statement is incomplete")

# ------------------------------------------------------------------- events
V = g.event
V("ap_fine_2026", "other", "2026-02-11", "netherlands", {"fine_eur": 4200000},
  [("ap", "actor"), ("tessaly", "target"), ("tessaly", "payer")], LEAD,
  subtype="sanction: GDPR fine of 4.2 million euros for the exposed patient database (the company will appeal)",
  source="ap",
  note="announced 'on Wednesday' 2026-02-11 (date of the decision not stated otherwise); the person familiar with the "
       "investigation says more than 6 million euros was considered and reduced for timely notification",
  numbers_by_source=[
      {"source": "ap", "numbers": {"fine_eur": 4200000},
       "evidence": "has fined Tessaly Health, the Amsterdam-based maker of a widely used patient app, 4.2 million euros"},
      {"source": "familiar_person", "numbers": {"considered_fine_eur": 6000000}, "qualifier": "more than (considered, "
       "then reduced)", "evidence": "the AP had considered a fine of more than 6 million euros"}])
V("data_exposure", "other", "2025-10-28/2025-12-01", "exposed_server", {"affected_users": 310000},
  [("tessaly", "actor", {"qualifier": "data holder; failed to encrypt (AP)"}),
   ("cirrodyne", "actor", {"source": "tessaly", "certainty": "reported", "qualifier": "blamed for the copy"}),
   ("app_users", "victim"), ("east_patients", "victim")],
  "a database holding test results, prescriptions and appointment notes was left open on the internet for weeks",
  subtype="leak: patient database left open on the internet without a password and unencrypted",
  place_alt=["netherlands"],
  note="known open from at least Oct. 28 (Wollner's discovery; it may have been open earlier: 'for weeks', 'almost "
       "five weeks') to Dec. 1 (closed 'within hours' of Cirrodyne's alert, Tessaly). Competing counts: the AP's "
       "users, Wollner's records (with duplicates), Veldhuizen's users with medical information; 'numbers' keep the "
       "regulator's count",
  numbers_by_source=[
      {"source": "ap", "numbers": {"affected_users": 310000}, "qualifier": "about",
       "evidence": "contained records of about 310,000 users of the Tessaly app"},
      {"source": "katrin_wollner", "numbers": {"records": 480000}, "qualifier": "about; some people listed more than "
       "once", "evidence": "She estimated that it held about 480,000 records"},
      {"source": "joris_veldhuizen", "numbers": {"users_with_medical_information": 90000},
       "qualifier": "fewer than; the rest only names and email addresses",
       "evidence": "fewer than 90,000 users had medical information in the exposed tables"}])
V("wollner_discovery", "other", "2025-10-28", "exposed_server", {},
  [("katrin_wollner", "actor"), ("exposed_server", "target")],
  "she came across the unprotected database on Oct. 28 while scanning for misconfigured servers",
  subtype="discovery: researcher finds the unprotected database while scanning (no DESIGN word; 'discovery' leads)",
  source="katrin_wollner",
  note="'The exposure was found by Katrin Wollner' is the writer's; the date is hers")
V("wollner_warnings", "other", "2025-W45", None, {"emails": 2},
  [("katrin_wollner", "actor"), ("tessaly", "recipient")],
  "emailed Tessaly's security address twice in the following week",
  subtype="warning: two emails to the company's security address (no DESIGN word; 'warning' leads)",
  source="katrin_wollner",
  note="'the following week' after Tuesday Oct. 28 = 2025-W45 (Nov. 3-9); corroborated by the AP ('received a report "
       "of the exposure from a third party in the first week of November') and by the newspaper (reply of Nov. 4 to "
       "the first message); disputed by Tessaly (first learned Dec. 1)")
V("tessaly_reply_2025", "other", "2025-11-04", None, {},
  [("support_employee", "actor"), ("tessaly", "actor"), ("katrin_wollner", "recipient"),
   ("this_newspaper", "responder", {"qualifier": "reviewed the emails"})],
  "a Tessaly support employee replied to Wollner's first message on Nov. 4",
  subtype="reply: support employee acknowledges the warning, 'passed to the technical team' (no DESIGN word)",
  note="the writer's claim on the newspaper's evidence; contradicts the company's Dec. 1 account")
V("wollner_alert_ap", "other", "2025-11-24", None, {},
  [("katrin_wollner", "actor"), ("ap", "recipient")], P4C,
  subtype="warning: researcher alerts the regulator (no DESIGN word; 'warning' leads)", source="katrin_wollner")
V("cirrodyne_alert", "other", "2025-12-01", None, {},
  [("cirrodyne", "actor"), ("tessaly", "recipient")], P7B,
  subtype="warning: hosting firm alerts the company to the exposure (the company's account)", source="tessaly",
  note="the day Tessaly says it first learned of the exposure")
V("database_closure", "other", "2025-12-01", "exposed_server", {},
  [("tessaly", "actor"), ("exposed_server", "target")], "the database was closed within hours",
  subtype="shutdown: the exposed database closed within hours of the alert (no DESIGN word; 'shutdown' leads)",
  source="tessaly", note="'within hours' of the Dec. 1 alert; 'Days after the database was closed' anchors the listing")
V("data_copy", "other", None, "exposed_server", {},
  [("cirrodyne", "actor", {"source": "tessaly", "certainty": "reported"}),
   ("tessaly", "orderer", {"source": "pieter_haverkamp"}), ("exposed_server", "venue")], P7C,
  subtype="data copy: patient data copied to a test server (Tessaly: without authorisation; Cirrodyne: at Tessaly's "
          "request and to its specification)",
  note="date not stated (before Oct. 28); who is responsible is disputed between the two companies")
V("tessaly_notification", "other", "2025-12-01/2025-12-04", None, {"hours": 72},
  [("tessaly", "actor"), ("ap", "recipient")],
  "Tessaly had notified the regulator within 72 hours of what it says was its discovery of the problem",
  subtype="notification: breach notified to the regulator within 72 hours, as the law requires (no DESIGN word)",
  source="familiar_person", note="within 72 hours of Dec. 1 (the company's discovery date) = by 2025-12-04")
V("ap_investigation", "other", "2025-12", None, {},
  [("ap", "actor"), ("tessaly", "target")], P2C,
  subtype="investigation: the regulator's investigation of the exposure (ended in the 4.2 million euro fine)")
V("forum_listing", "other", "2025-12", "hacker_forum", {"files_offered": 500000, "price_usd": 25000},
  [("forum_seller", "perpetrator"),
   ("tessaly", "victim", {"source": "two_researchers", "certainty": "probable", "qualifier": "sample appears to be in "
                          "Tessaly's file format; origin could not be verified"})], P12,
  subtype="leak: data offered for sale on a hacker forum ('half a million Dutch medical files' for $25,000)",
  place_alt=["netherlands"],
  note="'Days after the database was closed' (Dec. 1) and before its removal on Dec. 19: 2025-12; the seller's count "
       "('half a million') is a fourth, unverified figure for the exposure",
  numbers_by_source=[{"source": "forum_seller", "numbers": {"files_offered": 500000}, "qualifier": "'half a million' "
                      "(the seller's description)",
                      "evidence": "\"half a million Dutch medical files\""}])
V("listing_removal", "other", "2025-12-19", "hacker_forum", {},
  [("forum_listing", "target")], P12C,
  subtype="takedown: the sale listing removed (by whom not stated)")
V("belgian_fine_2023", "other", "2023", "belgium", {"fine_eur": 180000},
  [("belgian_dpa", "actor"), ("tessaly", "target"), ("tessaly_belgium", "target")],
  "Belgium's Data Protection Authority fined Tessaly 180,000 euros in 2023",
  subtype="sanction: fine of 180,000 euros for keeping patients' data longer than necessary (not appealed)")
V("tessaly_founding", "other", "2017", None, {},
  [("joris_veldhuizen", "actor"), ("tessaly", "result")], "who founded Tessaly in 2017",
  subtype="founding: the company founded by its chief executive")
V("oosterdam_stake_2021", "other", "2021", None, {"stake_pct": 58, "price_eur": 40000000},
  [("oosterdam", "actor"), ("tessaly", "target")], P15,
  subtype="acquisition: 58% stake bought by the investment firm for a reported 40 million euros",
  note="the price is hearsay ('a reported'); the stake percentage is stated as of now ('is 58% owned')",
  numbers_by_source=[{"source": "author", "certainty": "reported", "numbers": {"price_eur": 40000000},
                      "evidence": "for a reported 40 million euros"}])
V("share_fall_2026", "other", "2026-02-11", "amsterdam", {"share_change_pct": -11},
  [("tessaly", "target"), ("euronext", "venue")],
  "The company's shares, listed on Euronext Amsterdam since 2022, fell 11% on Wednesday",
  subtype="market move: shares fell 11% to their lowest level in more than a year (as business_acquisition_probe's "
          "share moves)",
  note="analysts: probably fears of further claims rather than the fine (revenue 38 million euros last year)")
V("meridiaan_suspension", "other", None, None, {},
  [("meridiaan", "actor"), ("tessaly", "target"), ("meridiaan_patients", "target")],
  "it had suspended new sign-ups", subtype="suspension: the hospital group stops new sign-ups to the app (no DESIGN "
                                           "word)",
  source="meridiaan", note="date not stated (before publication, after the fine's announcement by implication)")
V("class_action", "other", "2026-02-09", "amsterdam",
  {"claimants": 2000, "max_compensation_eur_each": 1500},
  [("brandsma_keijzer", "actor"), ("claimants", "plaintiff"), ("tessaly", "defendant"), ("cirrodyne", "defendant"),
   ("amsterdam_court", "venue")], P17,
  subtype="lawsuit: class action at the Amsterdam District Court on behalf of more than 2,000 users",
  note="'more than 2,000' claimants (lower bound); 'up to 1,500 euros' each")
V("inquiry_call", "other", "2026-02-11", None, {},
  [("femke_oudshoorn", "requester"), ("house_of_reps", "recipient"), ("parliamentary_inquiry", "result")], P18,
  subtype="demand: opposition MP calls for a parliamentary inquiry into health apps (no DESIGN word; the inquiry "
          "itself is proposed, not an event)")

# ------------------------------------------------------------------ timexes
T = g.timex
T("Feb. 12, 2026", "2026-02-12", function="publication_date")
T("weeks", "PXW", ctx="open on the internet for weeks", type="duration")
T("Wednesday", "2026-02-11", ctx="the regulator said on Wednesday")
T("December", "2025-12", ctx="opened its investigation in December")
T("Oct. 28", "2025-10-28")
T("the following week", "2025-W45", anchor="2025-10-28", alt_values=["2025-10-29/2025-11-04"],
  note="the calendar week after Tuesday Oct. 28 (ISO week 45: Nov. 3-9); a reader may also read the seven days after")
T("Nov. 24", "2025-11-24")
T("almost five weeks", "P5W", type="duration", mod="LESS_THAN", note="Oct. 28 -> Dec. 1 = 34 days: consistent")
T("the first week of November", "2025-W45", alt_values=["2025-11-01/2025-11-07"])
T("December", "2025-12", ctx="until December")
T("Dec. 1", "2025-12-01", ctx="exposure on Dec. 1,")
T("hours", "PTXH", ctx="closed within hours", type="duration")
T("Nov. 4", "2025-11-04")
T("Wednesday", "2026-02-11", ctx="apologised to users on Wednesday")
T("2017", "2017")
T("Days", "PXD", type="duration", note="'Days after the database was closed' (after Dec. 1, 2025)")
T("Dec. 19", "2025-12-19")
T("72 hours", "PT72H", type="duration")
T("2023", "2023")
T("2021", "2021")
T("2022", "2022", signal="since", note="'listed on Euronext Amsterdam since 2022' (2022/..)")
T("Wednesday", "2026-02-11", ctx="fell 11% on Wednesday")
T("more than a year", "P1Y", type="duration", mod="MORE_THAN")
T("last year", "2025")
T("2020", "2020", signal="since")
T("Monday", "2026-02-09")
T("Wednesday", "2026-02-11", ctx="called on Wednesday")

# ------------------------------------------------------------------- notes
g.notes += [
    "FICTIONAL dev document (own wording), written for benchmarks/devset and annotated by hand before any claimgraph "
    "run: Tessaly Health and its Belgian unit, Cirrodyne, Oosterdam Capital, Meridiaan Zorggroep, Brandsma Keijzer, "
    "Monique Verhaar, Katrin Wollner, Joris Veldhuizen, Nadia Bouzid, Pieter Haverkamp, Eline Brandsma, Femke "
    "Oudshoorn, the breach, the fines, the listing and the lawsuit are invented; Amsterdam, Utrecht, Berlin, Belgium, "
    "Gelderland and Overijssel are real places; the Dutch Data Protection Authority (AP), Belgium's Data Protection "
    "Authority, the European Union and its GDPR, Euronext Amsterdam, the Amsterdam District Court, the House of "
    "Representatives and the health ministry are real, but every statement and action attributed to them is fictional. "
    "errors: none (the checkable background is correct: the AP is the Dutch regulator, GDPR breach notification is due "
    "within 72 hours, Gelderland and Overijssel are in the east of the Netherlands).",
    "published = dateline 2026-02-12 (Thursday): 'Wednesday' (x4) = 2026-02-11 (the fine's announcement, the "
    "apology, the share fall, the call for an inquiry); 'Monday' = 2026-02-09 (class action filed); 'Oct. 28', "
    "'Nov. 4', 'Nov. 24', 'Dec. 1', 'Dec. 19' and 'December' (x2) = late 2025 (before the February publication); 'the "
    "following week' after Tuesday Oct. 28 = 2025-W45, 'the first week of November' = 2025-W45 (alt Nov. 1-7); 'last "
    "year' = 2025; 'almost five weeks' (LESS_THAN) fits Oct. 28 -> Dec. 1 (34 days).",
    "Not timexes: 'in due course' (vague future), 'first' (order: 'the first to find it', 'first learned', 'first "
    "message'), 'at an early stage' absent; 'for weeks', 'within hours', 'Days after' are kept as durations.",
    "Aliases: 'Dutch Data Protection Authority (AP)' - acronym in brackets; 'The authority', 'the regulator', 'The "
    "regulator's decision', 'It found' = the AP; 'Tessaly Health' / 'Tessaly' / 'the company' / 'health-app maker "
    "Tessaly' (headline); 'its hosting contractor' (the AP, before the name) and 'the Utrecht hosting firm' = Cirrodyne; "
    "'the firm' is Cirrodyne in Haverkamp's paragraph and Brandsma Keijzer in 'a partner at the firm'; 'Brandsma' in "
    "the firm's name vs the partner Eline Brandsma; 'the group' = Meridiaan Zorggroep; 'Oosterdam Capital' then "
    "'Oosterdam'. Persons named in full then by surname: Wollner, Veldhuizen. 'Dutch' is the only form of the "
    "Netherlands (demonym kept as its name, as 'Qatari' in diplomacy_ceasefire_talks), plus 'the country'.",
    "Attributions: the AP (lead 'the regulator said', 'The authority said', 'It found', 'it says' for the decision), "
    "Verhaar's quote continued over two sentences (continuation=True), Wollner ('who said', 'estimated', 'said', a "
    "two-sentence quote, 'believes'), Tessaly ('disputes', 'said in a statement', 'blamed', and 'what it says was its "
    "discovery' inside the person familiar's account), the support employee's 'saying' inside the emails, Cirrodyne "
    "('rejected', negative) and Haverkamp (on_behalf_of Cirrodyne), Veldhuizen ('said', 'told' with a quote continued "
    "after the attribution, 'He said ... he said'), Bouzid's 'no indication' (negative), the seller's 'described as', "
    "two unnamed researchers ('according to'), the person familiar with the investigation (unnamed Person), analysts, "
    "Oosterdam, Meridiaan (x2), 'The suit alleges' (the filing firm, on_behalf_of the claimants), Eline Brandsma, "
    "Oudshoorn ('called ... for', quote) and the health ministry. 'emails reviewed by this newspaper show' is the "
    "writer's own evidence (source author). Non-statements without attribution: 'Tessaly declined to comment on the "
    "lawsuit' (as court_fraud_trial / cyber_ransomware_attack), 'apologised to users' (a speech act, no content).",
    "Certainty per source: plain statements of named or descriptive sources are 'certain' for that source. "
    "'believes', 'appears to', 'probably', 'no indication' (evidential negative) = probable; 'may' (the writer's 'That "
    "assurance may not hold') = possible; 'could not be verified', 'assessing whether' = uncertain; 'a reported' "
    "(hearsay), 'blamed', 'alleges' (accusation verbs of named sources) = reported; 'show' (emails reviewed) = booster. "
    "'estimated' introduces a figure and, like the approximators 'about', 'fewer than', 'more than', 'up to', is not "
    "a hedge (the shared gold's convention). 'would appeal', 'would answer', 'would \"defend itself vigorously\" if "
    "Tessaly sought damages' are intentions and conditions, not hedges; 'could be reached' / 'could download' are "
    "ability, not hedges.",
    "The writer's own stances (not a source's): 'The regulator's decision supports part of her account' (endorses "
    "Wollner's timeline); 'Contrary to the company's account, emails reviewed by this newspaper show ...' (disputes "
    "Tessaly's Dec. 1 account); 'That assurance may not hold' (disputes Bouzid's 'no indication', weak and hedged); "
    "'The company's statement did not mention that ...' (disputes by omission, weak, ambiguous). Tessaly's 'disputes "
    "that timeline' and Cirrodyne's 'rejected the accusation' are sources' denials, not author stances. The facts inside "
    "'did not mention that' (the 2023 Belgian fine) are the writer's own assertions (factive).",
    "Competing figures for the exposure: the AP about 310,000 users; Wollner about 480,000 records (some people listed "
    "more than once); Veldhuizen fewer than 90,000 users with medical information (the rest names and email "
    "addresses); the forum seller 'half a million Dutch medical files' (origin unverified); Meridiaan: about 140,000 of "
    "its patients use the app (a user count, not an exposure count). Fines: 4.2 million euros imposed vs more than 6 "
    "million considered (the person familiar); Belgium 180,000 euros (2023).",
    "The disputed timeline: Wollner found the database on Oct. 28 and emailed twice in the following week (she says); "
    "the AP says Tessaly received a third party's report in the first week of November; the newspaper's emails show a "
    "reply on Nov. 4; Tessaly says it first learned on Dec. 1 from Cirrodyne. Each is its own event with its source; "
    "the warnings event carries Wollner as source and the reply the writer.",
    "Relations with no exact predicate, nearest kept and flagged ambiguous: a regulator's fine or investigation and a "
    "class action (targeted with a qualifier, as business_bank_fraud_settlement), operating/configuring a server "
    "(controls), a hosting contract and client relations (works_with), users of an app (works_with), a stock-exchange "
    "listing (works_with), representing claimants (works_with). Ownership: controls + '58% shareholder' qualifier "
    "(sanctions_company convention), twice (the stake and its purchase in 2021). Blame: Cirrodyne perpetrated the data "
    "copy (source Tessaly, reported); Haverkamp's counter-account is works_with plus the 'orderer' role of Tessaly in "
    "the data_copy event. The forum listing's link to Tessaly has no predicate: it is a 'victim' participant with "
    "source two_researchers and certainty probable. Titles: director of enforcement, chief executive (alt leader_of), "
    "founder (founded, 2017), spokeswoman, managing director, partner; the MP member_of the House (alt "
    "holds_position, qualifier opposition). Implicit containment: Amsterdam's places from the names 'Euronext "
    "Amsterdam' and 'Amsterdam District Court', Utrecht/Gelderland/Overijssel/the east in the Netherlands, the "
    "Netherlands in the EU (from the GDPR).",
    "Event types: validate_gold.py's list is followed; DESIGN types it lacks are 'other' with the DESIGN word leading "
    "the subtype: sanction (AP fine 2026, Belgian fine 2023), leak (the exposure; the forum listing), investigation "
    "(the AP's), takedown (listing removed Dec. 19), founding (2017), acquisition (the 2021 stake), lawsuit (class "
    "action Monday); happenings with no DESIGN word lead with their own word (discovery, warning x3, reply, shutdown, "
    "data copy, notification, market move, suspension, demand). Future or hypothetical happenings are not events: the "
    "appeal, the independent review Oosterdam asked for, the parliamentary inquiry (an entity, object of the call), "
    "damages Tessaly might seek, the ministry's answer 'in due course'. The listing on Euronext 'since 2022' is kept as "
    "a dated relation, not an event.",
    "Entity hard cases: the database (data) is not declared; the server is a Location (facility) with the forms 'the "
    "server', 'a test server', 'the test environment'; the hacker forum is a Location (virtual venue); 'the two "
    "companies' (the suit) is a plural reference to Tessaly and Cirrodyne, not a separate entity; the GDPR (a law) and "
    "the app (a product) are not entities; 'a third party' (the AP's decision) is Wollner; 'A company that builds its "
    "business on that trust' (Verhaar) and 'health apps' / 'a sector' (Oudshoorn) are generic and not linked.",
    "cross_doc: not applicable (unrelated domain).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
