#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for
benchmarks/devset/docs/court_appeal_conviction.txt -> benchmarks/devset/gold/court_appeal_conviction.json

Fictional court wire story: Kenya's Court of Appeal (a three-judge bench led by Justice Margaret Nduta) quashes the
terrorism conviction of Hassan Omar Warsame, a Mombasa businessman (founder and managing director of Pwani Freight
Logistics, formerly Warsame Transporters) jailed for allegedly financing al-Shabaab, and orders a retrial before a
different magistrate.  The bench's findings (a co-accused's retracted confession recorded without a lawyer; mobile-money
records admitted without the certificate required for electronic evidence), a colon-introduced quote from the
judgment over two sentences and the bench's 'appeared to'; the original conviction two years earlier at the Shanzu Law
Courts (25 years) and the High Court's dismissal of a first appeal 'last March'; the prosecution's account from court
documents (about 38 million shillings moved to the group between 2019 and 2021 through mobile money and hawala brokers;
'allegedly' reaching a finance officer, 'believed to' have been killed in an air strike in 2023); the ODPP's statement;
the defence lawyer's quote over three sentences, his competing figure (no more than 4.2 million shillings) and his
account of 40 days' detention before charge; a co-accused (a former clearing agent of the company) still serving 15
years; an unnamed senior court official ('on condition of anonymity': 'may not begin before July', 'likely to');
police and an ATPU spokesman (a unit of the DCI); a rights group (CHRF) and its director ('could rest'), its accusation
and the unit's denial; the company's former name, its Kismayo subsidiary closed after an asset freeze, the brother
who runs it, the wife's quote over two sentences, Old Town residents; background on al-Shabaab (an al-Qaeda
affiliate) and Kenya's 2011 intervention; the businessman's citizenship and denial.
The writer's own stances: the ODPP's description of the ruling is 'a description the 41-page judgment, reviewed by
this newspaper, does not support' (disputes); 'Court records confirm' the lawyer's 40 days (endorses); the ATPU
spokesman 'offered no evidence' that a lawyer was present (disputes).  Built with the shared goldlib; events follow the
shared validator's list like mining_collapse_inquiry and tech_health_data_breach (a DESIGN type it lacks is 'other'
with the DESIGN word leading the subtype)."""
from pathlib import Path

HERE = Path(__file__).resolve()
DEVSET = HERE.parents[1]                    # benchmarks/devset

from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "court_appeal_conviction"
PUB = "2026-04-16"  # dateline: MOMBASA, Kenya, April 16, 2026 (a Thursday)
g = Gold(DEVSET / "docs" / f"{NAME}.txt", PUB)

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("mombasa", "Location", ["MOMBASA", "Mombasa"], ["the port city"],
  note="dateline; 'Mombasa businessman' (headline), 'a Mombasa businessman', 'a Mombasa-based group', \"Mombasa's Old "
       "Town\"; 'the port city' (the company's base)")
E("kenya", "Location", ["Kenya", "Kenyan"],
  note="'Kenya' x4 (dateline, \"Kenya's Court of Appeal\", 'attacks in Kenya'; also inside nothing else); demonym "
       "'Kenyan' x3 ('Kenyan appeals court' in the headline, 'Kenyan troops', 'a Kenyan citizen'), kept as a name as "
       "tech_health_data_breach keeps 'Dutch'")
E("somalia", "Location", ["Somalia", "Somali"],
  note="'Somalia' x2 ('based in Somalia', 'crossed into Somalia'); demonym 'Somali' x2 ('the Somali militant group', "
       "'the Somali port of Kismayo')")
E("kismayo", "Location", ["Kismayo"], ["the Somali port of Kismayo"],
  note="x3: the port the cargo was said to go to, 'drivers' wages in Kismayo', 'Its Kismayo subsidiary'")
E("lower_juba", "Location", ["Lower Juba"], ["the Lower Juba region"], note="Somali region (in the prosecution's words)")
E("jamaame", "Location", ["Jamaame"], note="town in Lower Juba, Somalia (air strike)")
E("garissa", "Location", ["Garissa"], note="Kenyan town; Warsame's birthplace (no predicate: note only)")
E("old_town", "Location", ["Old Town"], ["Mombasa's Old Town"], note="district of Mombasa")
E("shimo_la_tewa", "Location", ["Shimo La Tewa"], ["Shimo La Tewa prison"],
  note="real prison in Mombasa (facility): 'at Shimo La Tewa prison' (Mwinyi), 'remains at Shimo La Tewa' (Warsame)")
E("coast", "Location", ["the coast"], name_kind="descriptive",
  note="Kenya's coast ('terrorism cases on the coast'); 'coastal courts' is adjectival")
E("police_cell", "Location", ["a police cell"], name_kind="descriptive",
  note="in Shee's quote: where the co-accused's statement was taken")
E("warsame_home", "Location", ["the Warsame home"], name_kind="descriptive",
  note="the family's house (Old Town, implied by context)")

# organizations
E("court_of_appeal", "Organization", ["Court of Appeal"], ["Kenyan appeals court", "the court"],
  note="real Kenyan court; the case and the ruling are fictional. Headline 'Kenyan appeals court'; \"Kenya's Court of "
       "Appeal\"; 'the court' x2 outside the judges' quote ('told reporters outside the court', 'today the court told "
       "the truth' in Noor's quote); 'the court' inside the judges' quote ('evidence the court should never have "
       "admitted') means the trial court and is listed there in this note only")
E("appeal_bench", "Organization", ["A three-judge bench", "The judges", "the appeal judges"],
  name_kind="descriptive",
  note="the bench of the Court of Appeal that heard the case, 'led by Justice Margaret Nduta' (the other two judges are "
       "not named); 'They added'; the judgment ('the 41-page judgment', 'it calls') is its document")
E("shanzu_court", "Organization", ["Shanzu Law Courts", "Shanzu"], ["the trial court"],
  note="real Mombasa court (magistrates' courts that hear terrorism cases); the trial is fictional. 'the trial court' "
       "(the bench's finding), 'the case file must first be returned to Shanzu' (metonymic use of the place name for "
       "the court, kept as a name); 'the court should never have admitted' in the judges' quote")
E("high_court", "Organization", ["High Court"], note="Kenya's High Court (first appeal dismissed 'last March')")
E("odpp", "Organization", ["Office of the Director of Public Prosecutions", "ODPP"],
  ["prosecutors", "Prosecutors", "the prosecution"],
  note="real Kenyan prosecuting authority; its statements here are fictional. Acronym in brackets; 'It said' = the "
       "ODPP; 'prosecutors' x2 ('prosecutors told the original trial', 'whom prosecutors described'), 'Prosecutors are "
       "likely to seek' (the official's words), 'the prosecution' x2 (\"the prosecution's money trail\", 'the transfers "
       "the prosecution relied on'): the state's prosecutors are the ODPP's (as court_fraud_trial keeps 'prosecutors' "
       "under the Crown)")
E("kenyan_state", "Organization", ["The state"], name_kind="descriptive",
  note="in Shee's quote ('The state could not prove its case'): the prosecuting state, i.e. the ODPP's side; kept apart "
       "as a descriptive source-side entity")
E("al_shabaab", "Organization", ["al-Shabaab", "Al-Shabaab"],
  ["the Somali militant group al-Shabaab", "the group", "an al-Qaeda affiliate based in Somalia"],
  note="real armed group; the financing case is fictional. 'al-Shabaab' x2 (lead, 'a finance officer for al-Shabaab'), "
       "'Al-Shabaab' (last paragraph); 'the group' x2 ('to the group through mobile-money accounts', 'any link to the "
       "group'); 'terror-financing' (headline) and 'terrorism' refer to it implicitly. 'a Mombasa-based group' is the "
       "CHRF")
E("al_qaeda", "Organization", ["al-Qaeda"], note="only in 'an al-Qaeda affiliate'")
E("pwani_freight", "Organization", ["Pwani Freight Logistics", "Pwani Freight"],
  ["a clearing and forwarding company based in the port city", "the company", "The company"], fictional=True,
  note="'Pwani Freight Logistics' x1, 'Pwani Freight' x2 (Mwinyi's employer; 'Pwani Freight, which traded as'); 'Its "
       "Kismayo subsidiary'; \"the company's bank accounts\", 'The company now employs'; 'the business' in Noor's quote "
       "(the family's loss) and 'a frightened employee' (Shee) refer to it implicitly")
E("warsame_transporters", "Organization", ["Warsame Transporters"], fictional=True,
  note="the company's former name ('traded as Warsame Transporters until 2015'): its own entity linked by renamed_to "
       "(business_acquisition_probe's convention)")
E("jubba_cargo", "Organization", ["Jubba Cargo Services"], ["Its Kismayo subsidiary"], fictional=True,
  note="the company's Kismayo subsidiary, closed in 2022")
E("atpu", "Organization", ["Anti-Terrorism Police Unit", "ATPU"],
  ["a unit of the Directorate of Criminal Investigations", "the unit"],
  note="real Kenyan police unit; statements fictional. Acronym in brackets, then 'the ATPU' ('accused the ATPU'), "
       "'the unit denies'")
E("dci", "Organization", ["Directorate of Criminal Investigations"], note="real Kenyan police directorate")
E("police", "Organization", ["Police"], name_kind="descriptive",
  note="Kenya's police ('Police said the confession had been recorded lawfully'); 'a police cell' is adjectival; the "
       "National Police Service is not named. Kilonzo's rank (Chief Inspector) is a police rank")
E("chrf", "Organization", ["Coast Human Rights Forum", "CHRF"],
  ["a Mombasa-based group that has monitored terrorism cases on the coast since 2014", "The forum"], fictional=True,
  note="acronym in brackets; 'Its executive director'; 'The forum has accused'")
E("assets_recovery_agency", "Organization", ["Assets Recovery Agency"],
  note="real Kenyan agency; the freeze is fictional")
E("mobile_money_operator", "Organization", ["the mobile-money operator"], name_kind="descriptive",
  note="not named (the official's words)")
E("court_documents", "Organization", ["court documents", "Court records"], name_kind="descriptive",
  note="documentary source, typed Organization as court_fraud_trial's 'court filings': 'According to court documents' "
       "(the prosecution's case at trial) and 'Court records confirm' (the writer's evidence for Shee's 40 days); read "
       "as the one body of court records of the case")
E("this_newspaper", "Organization", ["this newspaper"], name_kind="descriptive",
  note="the writer's outlet ('reviewed by this newspaper'; the dateline's 'Wire'); claims by it are source 'author'")
E("kenyan_troops", "Organization", ["Kenyan troops"], name_kind="descriptive",
  note="Kenya's armed forces (not named): 'when Kenyan troops crossed into Somalia' (2011)")

# people
E("hassan_warsame", "Person", ["Hassan Omar Warsame", "Warsame"],
  ["Mombasa businessman", "a Mombasa businessman jailed for allegedly financing the Somali militant group al-Shabaab",
   "the founder and managing director of Pwani Freight Logistics", "his client", "this man",
   "a Kenyan citizen born in Garissa"], fictional=True,
  note="'Warsame' alone x7 ('Warsame, 52', 'Warsame moved', \"Warsame's lawyer\", 'Warsame had been held', 'alongside "
       "Warsame', 'Warsame remains', 'Warsame, a Kenyan citizen'); 'Warsame' is also inside 'Ibrahim Omar Warsame', "
       "'Ibrahim Warsame', 'Warsame Transporters' and 'the Warsame home' (other entities). 'his client', 'this man' "
       "(Shee); 'he', 'him', 'his' (his arrest, his younger brother, His wife, his first appeal); 'terrorist' (Shee: "
       "'called a terrorist') is a label his lawyer rejects, not a descriptor")
E("margaret_nduta", "Person", ["Margaret Nduta"], ["Justice"], fictional=True,
  note="'Justice Margaret Nduta' (title before the name), presiding judge of the bench")
E("grace_odera", "Person", ["Grace Achieng Odera", "Odera"], ["Senior Principal Magistrate", "the trial magistrate"],
  fictional=True,
  note="'Senior Principal Magistrate Grace Achieng Odera' (title before the name); 'the trial magistrate' (the bench); "
       "'Odera has since retired' (the official). 'a different magistrate' (the retrial) and 'a magistrate' (first "
       "appearance after arrest) are not she (not said)")
E("abdiweli_gure", "Person", ["Abdiweli Ahmed Gure", "Gure"],
  ["a finance officer for al-Shabaab in the Lower Juba region"], fictional=True,
  note="described so by prosecutors; believed killed in 2023")
E("abubakar_shee", "Person", ["Abubakar Shee", "Shee"], ["Warsame's lawyer"], fictional=True,
  note="'Shee' x2 ('Shee told reporters', 'Shee said'); 'He also said'")
E("rashid_mwinyi", "Person", ["Rashid Kombo Mwinyi", "Mwinyi"],
  ["a co-accused", "The co-accused", "a former clearing agent at Pwani Freight", "a frightened employee"],
  fictional=True,
  note="'a co-accused' (the bench's finding, before the name), 'The co-accused, Rashid Kombo Mwinyi'; 'a frightened "
       "employee' in Shee's quote; 'Mwinyi' x2 ('Mwinyi retracted', 'when Mwinyi gave his statement'); 'He did not "
       "appeal', 'to him'")
E("court_official", "Person", ["a senior court official"], ["The official"], unnamed=True, name_kind="descriptive",
  note="'who spoke on condition of anonymity because he was not authorised to discuss the case'; 'The official said', "
       "'he said'")
E("daniel_kilonzo", "Person", ["Daniel Kilonzo"],
  ["Chief Inspector", "a spokesman for the Anti-Terrorism Police Unit (ATPU)"], fictional=True,
  note="rank before the name and apposition; 'he offered no evidence'")
E("officers", "Person", ["officers"], generic=True, name_kind="descriptive",
  note="the ATPU's officers ('officers had \"followed every procedure\"', Kilonzo)")
E("zainab_mwero", "Person", ["Zainab Mwero"], ["Its executive director"], fictional=True)
E("ibrahim_warsame", "Person", ["Ibrahim Omar Warsame", "Ibrahim Warsame"], ["his younger brother"], fictional=True,
  note="Hassan Warsame's younger brother (kinship: no predicate, see notes)")
E("fardosa_noor", "Person", ["Fardosa Abdi Noor"], ["His wife"], fictional=True,
  note="Hassan Warsame's wife; 'she said' x2; 'We', 'our' (the family)")
E("warsame_family", "Person", ["the family"], name_kind="descriptive",
  note="'where the family has run shops since the 1970s': the Warsame family; 'We' in Noor's quote")
E("residents", "Person", ["Residents of Mombasa's Old Town"], generic=True, name_kind="descriptive")
E("neighbours", "Person", ["dozens of neighbours"], generic=True, name_kind="descriptive")
E("hawala_brokers", "Person", ["informal hawala brokers"], generic=True, name_kind="descriptive",
  note="channel of the transfers in the prosecution's account")
E("suspects", "Person", ["suspects held without access to lawyers", "suspects"], generic=True,
  name_kind="descriptive",
  note="'confessions taken from suspects held without access to lawyers' (CHRF) and 'holding suspects beyond legal "
       "limits' (the forum's accusation): terrorism suspects in general")
E("pwani_staff", "Person", ["about 90 people"], generic=True, name_kind="descriptive",
  note="the company's workforce now ('down from more than 300 before the case')")

# events
E("appeal_ruling_2026", "Event", [], ["the ruling", "Wednesday's ruling", "the 41-page judgment"],
  note="'quashed the terrorism conviction ... and ordered that he be tried again' (lead); 'the ruling' x3 (ODPP, CHRF, "
       "'news of the ruling'), \"Wednesday's ruling\", 'the 41-page judgment' (its document); headline 'quashes ... "
       "orders retrial'")
E("retrial", "Event", [], ["retrial", "the retrial"],
  note="ordered, not yet begun ('may not begin before July'): an entity without an event record; 'tried again before a "
       "different magistrate', 'the second time' (Shee)")
E("original_trial", "Event", [], ["the original trial", "the trial"],
  note="the first trial at the Shanzu Law Courts ('prosecutors told the original trial', 'retracted his confession at "
       "the trial', 'the first time' in Shee's quote); dates not stated (after the 2021 charge, before the 2024 "
       "conviction)")
E("conviction_2024", "Event", [], ["terror-financing conviction", "the terrorism conviction"],
  note="'was convicted two years ago' (Warsame), 'was convicted alongside Warsame' (Mwinyi): one conviction of both")
E("sentences_2024", "Event", [], note="clausal: 'sentenced to 25 years in prison'; Mwinyi's '15-year sentence'")
E("high_court_appeal_2025", "Event", [], ["his first appeal"],
  note="'The High Court dismissed his first appeal last March'")
E("transfers_2019_2021", "Event", [], ["the transfers"],
  note="'Warsame moved about 38 million shillings ... to the group' (prosecutors), 'disguising the transfers', 'the "
       "transfers the prosecution relied on' (Shee), \"the prosecution's money trail\" (the judgment), 'The money'")
E("gure_strike_2023", "Event", [], ["an air strike"], note="'killed in an air strike near Jamaame in 2023'")
E("arrest_2021", "Event", [], ["his arrest"],
  note="'his arrest in September 2021' (Shee), 'since his arrest' (the brother runs the company)")
E("charge_2021", "Event", [], note="clausal: 'before he was charged'; 'he first appeared before a magistrate 40 days "
                                   "after he was detained' (court records)")
E("mwinyi_confession", "Event", [], ["a confession", "his confession", "the confession"],
  note="'a confession by a co-accused that was recorded without a lawyer present and later retracted'; 'the retracted "
       "confession'; 'a statement taken from a frightened employee in a police cell' (Shee); 'his confession' "
       "(retracted); 'the confession had been recorded lawfully' (police); 'his statement' (Kilonzo). Date not stated "
       "(after the September 2021 arrests, presumably)")
E("asset_freeze", "Event", [], note="clausal: 'the Assets Recovery Agency froze the company's bank accounts'")
E("jubba_closure_2022", "Event", [], note="clausal: 'Its Kismayo subsidiary, Jubba Cargo Services, closed in 2022'")
E("renaming_2015", "Event", [], note="clausal: 'which traded as Warsame Transporters until 2015'")
E("gathering_2026", "Event", [],
  note="clausal: 'dozens of neighbours gathered outside the Warsame home on Wednesday evening'")
E("shabaab_attacks_kenya", "Event", ["attacks"], name_kind="descriptive",
  note="'has carried out attacks in Kenya since 2011': a series (generic plural), one record")
E("kenya_intervention_2011", "Event", [], note="clausal: 'when Kenyan troops crossed into Somalia'")
E("bail_hearing", "Event", [], ["a bail hearing"], note="set for Monday (future): an entity without an event record")

# ----------------------------------------------------------------- relations
R = g.rel
HEAD = "Kenyan appeals court quashes terror-financing conviction of Mombasa businessman, orders retrial"
R("court_of_appeal", "located_in", "kenya", "Kenyan appeals court", alt_predicates=["part_of"],
  note="demonym in the headline: the national appeals court")
R("hassan_warsame", "located_in", "mombasa", "Mombasa businessman", occ=0, qualifier="businessman of Mombasa (residence/base)",
  note="headline; the same apposition recurs in the lead (next relation set)")
LEAD = ("Kenya's Court of Appeal on Wednesday quashed the terrorism conviction of Hassan Omar Warsame, a Mombasa "
        "businessman jailed for allegedly financing the Somali militant group al-Shabaab, and ordered that he be tried "
        "again before a different magistrate.")
R("court_of_appeal", "located_in", "kenya", "Kenya's Court of Appeal", alt_predicates=["part_of"])
R("hassan_warsame", "located_in", "mombasa", "Hassan Omar Warsame, a Mombasa businessman",
  qualifier="businessman of Mombasa")
R("hassan_warsame", "funded", "al_shabaab",
  "a Mombasa businessman jailed for allegedly financing the Somali militant group al-Shabaab", certainty="reported",
  certainty_cue="allegedly", stance="neutral", time="2019/2021",
  note="the writer's agentless 'allegedly' (hearsay, the prosecution's case behind it): reported; the time comes from "
       "paragraph 5")
R("al_shabaab", "located_in", "somalia", "the Somali militant group al-Shabaab", alt_predicates=["part_of"],
  note="demonym 'Somali': a Somalia-based group (restated in the last paragraph)")
P2 = ("A three-judge bench led by Justice Margaret Nduta found that the trial court had leaned on a confession by a "
      "co-accused that was recorded without a lawyer present and later retracted, and on mobile-money records admitted "
      "without the certificate the law requires for electronic evidence.")
R("margaret_nduta", "leader_of", "appeal_bench", "A three-judge bench led by Justice Margaret Nduta",
  alt_predicates=["holds_position"], qualifier="presiding judge")
R("margaret_nduta", "holds_position", "court_of_appeal", "Justice Margaret Nduta", role="judge (Justice of Appeal)",
  implicit=True, note="her title on the Court of Appeal's bench: the court is implied by context")
R("appeal_bench", "part_of", "court_of_appeal", "A three-judge bench", implicit=True,
  note="the bench of the Court of Appeal (context: the lead)")
QJ = ("The judges wrote: \"The gravity of a charge is no substitute for proof of it. A conviction that rests on "
      "evidence the court should never have admitted cannot stand.\"")
P3 = "They added that the trial magistrate appeared to have treated the retracted confession as corroboration of itself."
P4 = ("Warsame, 52, the founder and managing director of Pwani Freight Logistics, a clearing and forwarding company "
      "based in the port city, was convicted two years ago by Senior Principal Magistrate Grace Achieng Odera at the "
      "Shanzu Law Courts and sentenced to 25 years in prison.")
R("hassan_warsame", "born_on", "1973/1974", "Warsame, 52", implicit=True,
  note="derived: 52 on 2026-04-16 -> born between April 1973 and April 1974 (election_disputed_count's 'Mwansa, 61')")
R("hassan_warsame", "founded", "pwani_freight", "the founder and managing director of Pwani Freight Logistics",
  note="date not stated (the company traded under its former name until 2015: the founding may be of Warsame "
       "Transporters; alt object warsame_transporters)", alt_objects=["warsame_transporters"])
R("hassan_warsame", "holds_position", "pwani_freight",
  "the founder and managing director of Pwani Freight Logistics", role="managing director",
  alt_predicates=["leader_of"],
  note="stated in the present/apposition; his brother has run the company since his arrest (paragraph 13)")
R("pwani_freight", "located_in", "mombasa", "a clearing and forwarding company based in the port city",
  note="'the port city' = Mombasa (the dateline and the lead)")
R("grace_odera", "holds_position", "shanzu_court",
  "Senior Principal Magistrate Grace Achieng Odera at the Shanzu Law Courts", role="Senior Principal Magistrate",
  note="'at the Shanzu Law Courts' attaches to the conviction; her court is that court. She 'has since retired' "
       "(the official): the position is past")
R("shanzu_court", "located_in", "mombasa", "the Shanzu Law Courts", implicit=True, ambiguous=True,
  note="world knowledge (Shanzu is in Mombasa) and context (the case file 'returned to Shanzu' from the Mombasa "
       "appeal); not stated")
P4B = "The High Court dismissed his first appeal last March."
R("high_court", "located_in", "kenya", "The High Court dismissed his first appeal", implicit=True,
  note="Kenya's High Court (context)")
P5 = ("According to court documents, prosecutors told the original trial that between 2019 and 2021 Warsame moved about "
      "38 million shillings (roughly $290,000) to the group through mobile-money accounts and informal hawala brokers, "
      "disguising the transfers as payments for cargo shipped to the Somali port of Kismayo.")
R("hassan_warsame", "funded", "al_shabaab", P5, source="odpp", via=["court_documents"], time="2019/2021",
  qualifier="about 38 million shillings (roughly $290,000) through mobile money and hawala brokers",
  note="the prosecution's plain assertion at trial (certain for its source), known from court documents (via); the "
       "writer takes no side here, the judgment's 'incomplete and in places contradictory' comes later")
R("hawala_brokers", "works_with", "hassan_warsame", "through mobile-money accounts and informal hawala brokers",
  source="odpp", ambiguous=True, qualifier="channel of the transfers",
  note="no predicate for a money channel: works_with (the brokers handled his transfers)")
R("kismayo", "located_in", "somalia", "the Somali port of Kismayo")
P5B = ("The money allegedly reached Abdiweli Ahmed Gure, whom prosecutors described as a finance officer for al-Shabaab "
       "in the Lower Juba region.")
R("hassan_warsame", "funded", "abdiweli_gure", "The money allegedly reached Abdiweli Ahmed Gure", certainty="reported",
  certainty_cue="allegedly", stance="neutral", alt_objects=["al_shabaab"],
  note="the writer's 'allegedly' (hearsay; the prosecution's case is the context): reported, source author, neutral")
R("abdiweli_gure", "holds_position", "al_shabaab", "whom prosecutors described as a finance officer for al-Shabaab",
  role="finance officer (Lower Juba)", source="odpp", certainty="reported", certainty_cue="described as",
  alt_predicates=["member_of"],
  note="'described as': a distancing frame on a named source's label (reported)")
R("abdiweli_gure", "located_in", "lower_juba", "a finance officer for al-Shabaab in the Lower Juba region",
  source="odpp", alt_objects=["somalia"])
R("lower_juba", "located_in", "somalia", "the Lower Juba region", implicit=True,
  note="world knowledge (a region of southern Somalia) and context")
P5C = "Gure is believed to have been killed in an air strike near Jamaame in 2023."
R("abdiweli_gure", "died_on", "2023", P5C, certainty="probable", certainty_cue="is believed to", place="jamaame",
  note="agentless belief (the writer's): probable")
R("jamaame", "located_in", "lower_juba", "near Jamaame", implicit=True, ambiguous=True,
  note="world knowledge (Jamaame is in Lower Juba), not stated")
R("jamaame", "located_in", "somalia", "near Jamaame", implicit=True)
P6 = ("In a statement on Wednesday, the Office of the Director of Public Prosecutions (ODPP) said it respected the "
      "ruling and was ready to \"present its evidence afresh\".")
R("odpp", "located_in", "kenya", "the Office of the Director of Public Prosecutions (ODPP)", implicit=True,
  alt_predicates=["part_of"], note="Kenya's prosecuting authority (context)")
P6B = ("It said the appeal judges had \"raised no doubt about the strength of the case\", a description the 41-page "
       "judgment, reviewed by this newspaper, does not support: it calls the prosecution's money trail \"incomplete and "
       "in places contradictory\".")
P7 = "Warsame's lawyer, Abubakar Shee, said his client had been vindicated."
R("abubakar_shee", "works_with", "hassan_warsame", "Warsame's lawyer, Abubakar Shee", role="lawyer",
  note="a lawyer for a client: works_with, role lawyer (mining_collapse_inquiry, environment_chemical_spill)")
R("abubakar_shee", "works_with", "hassan_warsame", "his client", ctx="said his client had been vindicated",
  role="lawyer", source="abubakar_shee", note="restated by Shee himself ('his client')")
QS = ("\"For four and a half years this man has been called a terrorist on the strength of a statement taken from a "
      "frightened employee in a police cell,\" Shee told reporters outside the court.")
R("rashid_mwinyi", "member_of", "pwani_freight", "a frightened employee", source="abubakar_shee", implicit=True,
  alt_predicates=["works_with"], qualifier="employee (of Warsame's company)",
  note="'employee' in Shee's quote: Warsame's employee, i.e. of his company (context); employment -> member_of "
       "(mining_collapse_inquiry)")
R("mwinyi_confession", "located_in", "police_cell", "a statement taken from a frightened employee in a police cell",
  source="abubakar_shee", note="an event's place, kept as located_in (mining_collapse_inquiry)")
QS2 = "\"The state could not prove its case the first time. It will not prove it the second time.\""
P8 = ("Shee said the transfers the prosecution relied on totalled no more than 4.2 million shillings and paid for fuel, "
      "port fees and drivers' wages in Kismayo.")
R("hassan_warsame", "funded", "al_shabaab", P8, source="abubakar_shee", polarity="negative", implicit=True,
  ambiguous=True, polarity_cue="paid for fuel, port fees and drivers' wages",
  qualifier="transfers of no more than 4.2 million shillings were legitimate business costs",
  note="the defence's counter-account implies the money did not fund the group (not an explicit denial)")
P8B = ("He also said Warsame had been held for 40 days after his arrest in September 2021 before he was charged.")
P8C = "Court records confirm that he first appeared before a magistrate 40 days after he was detained."
P9 = ("The co-accused, Rashid Kombo Mwinyi, a former clearing agent at Pwani Freight, was convicted alongside Warsame "
      "and is still serving a 15-year sentence at Shimo La Tewa prison.")
R("rashid_mwinyi", "holds_position", "pwani_freight", "a former clearing agent at Pwani Freight",
  role="clearing agent (former)", alt_predicates=["member_of", "works_with"], time="../2021",
  note="'former': the job ended (by the 2021 arrests, presumably); time approximate")
R("rashid_mwinyi", "located_in", "shimo_la_tewa", "is still serving a 15-year sentence at Shimo La Tewa prison",
  qualifier="imprisoned")
R("shimo_la_tewa", "located_in", "mombasa", "Shimo La Tewa prison", implicit=True, ambiguous=True,
  note="world knowledge, not stated")
P9B = "Mwinyi retracted his confession at the trial, saying he had signed it under duress."
P9C = ("He did not appeal, and Wednesday's ruling does not apply to him, according to a senior court official who spoke "
       "on condition of anonymity because he was not authorised to discuss the case.")
R("court_official", "member_of", "court_of_appeal", "a senior court official", implicit=True, ambiguous=True,
  alt_objects=["shanzu_court"], alt_predicates=["holds_position"],
  note="which court is not said ('court official'); the Court of Appeal is the nearer context")
P10 = ("The official said the retrial may not begin before July, because the case file must first be returned to "
       "Shanzu, and that Odera has since retired.")
P10B = "Prosecutors are likely to seek fresh testimony from the mobile-money operator, he said."
P10C = "Warsame remains at Shimo La Tewa pending a bail hearing set for Monday."
R("hassan_warsame", "located_in", "shimo_la_tewa", P10C, qualifier="held in custody pending a bail hearing",
  note="the writer's statement (no cue)")
P11 = "Police said the confession had been recorded lawfully."
P11B = ("Chief Inspector Daniel Kilonzo, a spokesman for the Anti-Terrorism Police Unit (ATPU), a unit of the "
        "Directorate of Criminal Investigations, said officers had \"followed every procedure\" when Mwinyi gave his "
        "statement, but he offered no evidence that a lawyer had been present.")
R("daniel_kilonzo", "holds_position", "atpu", "Daniel Kilonzo, a spokesman for the Anti-Terrorism Police Unit (ATPU)",
  role="spokesman")
R("daniel_kilonzo", "holds_position", "police", "Chief Inspector Daniel Kilonzo", role="Chief Inspector",
  note="police rank (mining_collapse_inquiry's Deputy Superintendent)")
R("atpu", "part_of", "dci", "the Anti-Terrorism Police Unit (ATPU), a unit of the Directorate of Criminal "
  "Investigations", qualifier="unit")
R("dci", "part_of", "police", "Directorate of Criminal Investigations", implicit=True, ambiguous=True,
  note="world knowledge (the DCI is part of Kenya's National Police Service), not stated")
R("dci", "located_in", "kenya", "Directorate of Criminal Investigations", implicit=True)
R("officers", "member_of", "atpu", "said officers had \"followed every procedure\"", implicit=True,
  note="the unit's officers (context)")
P12 = ("The Coast Human Rights Forum (CHRF), a Mombasa-based group that has monitored terrorism cases on the coast since "
       "2014, said the ruling exposed \"a pattern\" of confessions taken from suspects held without access to lawyers.")
R("chrf", "located_in", "mombasa", "a Mombasa-based group")
R("coast", "located_in", "kenya", "terrorism cases on the coast", implicit=True)
P12B = ("Its executive director, Zainab Mwero, said at least 23 terrorism convictions in coastal courts since 2021 could "
        "rest on similar statements.")
R("zainab_mwero", "holds_position", "chrf", "Its executive director, Zainab Mwero", role="executive director",
  alt_predicates=["leader_of"])
P12C = "The forum has accused the ATPU of holding suspects beyond legal limits, a charge the unit denies."
R("atpu", "targeted", "suspects", "The forum has accused the ATPU of holding suspects beyond legal limits",
  source="chrf", certainty="reported", certainty_cue="accused", ambiguous=True,
  qualifier="detention beyond legal limits",
  note="detention has no predicate: targeted with a qualifier (as arrests in mining_collapse_inquiry); an accusation "
       "verb from a named source: reported")
R("atpu", "targeted", "suspects", "a charge the unit denies", source="atpu", polarity="negative",
  polarity_cue="denies", ambiguous=True, qualifier="detention beyond legal limits (denied)")
P13 = ("Pwani Freight, which traded as Warsame Transporters until 2015, has been run since his arrest by his younger "
       "brother, Ibrahim Omar Warsame.")
R("warsame_transporters", "renamed_to", "pwani_freight", "Pwani Freight, which traded as Warsame Transporters until "
  "2015", time="2015", note="former trading name until 2015 (the new name from then)")
R("ibrahim_warsame", "leader_of", "pwani_freight",
  "has been run since his arrest by his younger brother, Ibrahim Omar Warsame", time="2021-09/..",
  alt_predicates=["controls", "holds_position"], qualifier="runs the company since his brother's arrest",
  note="'since his arrest' = since September 2021 (paragraph 8). Kinship ('his younger brother') has no predicate: "
       "kept in the descriptors and notes")
P13B = ("Its Kismayo subsidiary, Jubba Cargo Services, closed in 2022 after the Assets Recovery Agency froze the "
        "company's bank accounts.")
R("jubba_cargo", "part_of", "pwani_freight", "Its Kismayo subsidiary, Jubba Cargo Services", qualifier="subsidiary",
  alt_predicates=["controls"], time="../2022", note="subsidiary -> part_of (mining_collapse_inquiry); closed in 2022")
R("jubba_cargo", "located_in", "kismayo", "Its Kismayo subsidiary, Jubba Cargo Services")
R("assets_recovery_agency", "targeted", "pwani_freight",
  "the Assets Recovery Agency froze the company's bank accounts", ambiguous=True, qualifier="bank accounts frozen",
  note="an asset freeze has no predicate: targeted with a qualifier (as regulators' sanctions in "
       "mining_collapse_inquiry); date not stated (before the 2022 closure)")
R("assets_recovery_agency", "located_in", "kenya", "Assets Recovery Agency", implicit=True)
P13C = ("The company now employs about 90 people, down from more than 300 before the case, Ibrahim Warsame said.")
R("pwani_staff", "member_of", "pwani_freight", "The company now employs about 90 people", source="ibrahim_warsame",
  alt_predicates=["works_with"], qualifier="employees (about 90, down from more than 300)")
P14 = ("Residents of Mombasa's Old Town, where the family has run shops since the 1970s, said dozens of neighbours "
       "gathered outside the Warsame home on Wednesday evening as news of the ruling spread.")
R("old_town", "located_in", "mombasa", "Mombasa's Old Town")
R("residents", "located_in", "old_town", "Residents of Mombasa's Old Town")
R("warsame_family", "located_in", "old_town", "Mombasa's Old Town, where the family has run shops since the 1970s",
  time="1970/..", qualifier="has run shops there since the 1970s")
R("warsame_home", "located_in", "old_town", "the Warsame home", implicit=True, ambiguous=True,
  note="the residents of the Old Town report the gathering: the house is there by implication")
R("hassan_warsame", "member_of", "warsame_family", "the Warsame home", implicit=True, ambiguous=True,
  note="family membership: 'the family' of the man named Warsame; kinship has no predicate (notes)")
R("ibrahim_warsame", "member_of", "warsame_family", "his younger brother, Ibrahim Omar Warsame", implicit=True,
  ambiguous=True, note="kinship (younger brother of Hassan Warsame) kept as family membership")
P14B = "His wife, Fardosa Abdi Noor, said she would ask for him to be released on bail."
R("fardosa_noor", "member_of", "warsame_family", "His wife, Fardosa Abdi Noor", implicit=True, ambiguous=True,
  note="kinship (wife of Hassan Warsame) kept as family membership")
QF = "\"We have lost the business, our savings and four years of our lives,\" she said."
QF2 = "\"But today the court told the truth.\""
P15 = ("Al-Shabaab, an al-Qaeda affiliate based in Somalia, has carried out attacks in Kenya since 2011, when Kenyan "
       "troops crossed into Somalia.")
R("al_shabaab", "allied_with", "al_qaeda", "Al-Shabaab, an al-Qaeda affiliate", alt_predicates=["part_of"],
  qualifier="affiliate")
R("al_shabaab", "located_in", "somalia", "an al-Qaeda affiliate based in Somalia")
R("al_shabaab", "perpetrated", "shabaab_attacks_kenya", "has carried out attacks in Kenya since 2011", time="2011/..")
R("al_shabaab", "targeted", "kenya", "has carried out attacks in Kenya since 2011", time="2011/..")
R("kenyan_troops", "targeted", "somalia", "when Kenyan troops crossed into Somalia", time="2011", ambiguous=True,
  alt_predicates=["located_in"], qualifier="crossed into (military intervention)")
R("kenyan_troops", "part_of", "kenya", "Kenyan troops", implicit=True, note="demonym: Kenya's armed forces")
P15B = "Warsame, a Kenyan citizen born in Garissa, has always denied any link to the group."
R("hassan_warsame", "citizen_of", "kenya", "Warsame, a Kenyan citizen",
  note="'born in Garissa': birthplace has no predicate (born_on is a date); kept in the note of garissa")
R("garissa", "located_in", "kenya", "a Kenyan citizen born in Garissa", implicit=True)
R("hassan_warsame", "works_with", "al_shabaab", P15B, source="hassan_warsame", polarity="negative",
  polarity_cue="has always denied", alt_predicates=["funded", "member_of", "supported"],
  qualifier="'any link' (denied)",
  note="the denial covers any link to the group (financing, membership, support): works_with with alternatives")
R("mombasa", "located_in", "kenya", "MOMBASA, Kenya")

# -------------------------------------------------------------- attributions
A = g.attr
A(P2, "appeal_bench", "found", False,
  note="the bench's finding (the court's holding), reported by the writer without quotation")
A(QJ, "appeal_bench", "wrote", True,
  content="\"The gravity of a charge is no substitute for proof of it. A conviction that rests on evidence the court "
          "should never have admitted cannot stand.\"",
  note="colon-introduced quote from the written judgment, two sentences; 'cannot stand' (negative)")
A(P3, "appeal_bench", "added", False,
  content="the trial magistrate appeared to have treated the retracted confession as corroboration of itself",
  note="'They' = the judges; their own hedge 'appeared to'")
A(P5, "odpp", "told", False, via=["court_documents"],
  content=P5[P5.index("between 2019"):],
  note="'According to court documents, prosecutors told the original trial that ...': the prosecution's case at trial, "
       "relayed by court documents (via)")
A("whom prosecutors described as a finance officer for al-Shabaab in the Lower Juba region", "odpp", "described as",
  False, note="distancing frame (tech_health_data_breach's 'described as'); the writer's 'allegedly' precedes it")
A(P6, "odpp", "said", False, partial_quote=True,
  content="it respected the ruling and was ready to \"present its evidence afresh\"",
  note="'In a statement on Wednesday': a statement from the ODPP")
A("It said the appeal judges had \"raised no doubt about the strength of the case\"", "odpp", "said", False,
  partial_quote=True, polarity="negative",
  note="'It' = the ODPP; disputed by the writer in the same sentence (stance s01)")
A("it calls the prosecution's money trail \"incomplete and in places contradictory\"", "appeal_bench", "calls", False,
  partial_quote=True,
  note="'it' = the 41-page judgment (the bench's document), reviewed by this newspaper: the writer relies on it "
       "(endorses) against the ODPP")
A(P7, "abubakar_shee", "said", False, on_behalf_of="hassan_warsame", content="his client had been vindicated")
A(QS, "abubakar_shee", "told", True, on_behalf_of="hassan_warsame")
A(QS2, "abubakar_shee", "told", True, cue_ctx="Shee told reporters", continuation=True, polarity="negative",
  on_behalf_of="hassan_warsame",
  note="quote continued over two more sentences after the attribution ('could not prove', 'will not prove')")
A(P8, "abubakar_shee", "said", False, on_behalf_of="hassan_warsame")
A(P8B, "abubakar_shee", "said", False, on_behalf_of="hassan_warsame",
  content="Warsame had been held for 40 days after his arrest in September 2021 before he was charged",
  note="endorsed by the writer in the next sentence (stance s02)")
A(P8C, "court_documents", "confirm", False,
  note="the writer's documentary evidence ('Court records confirm'): endorses Shee (stance s02); alt source author, as "
       "tech_health_data_breach's 'emails reviewed by this newspaper show'")
A(P9B, "rashid_mwinyi", "saying", False, content="he had signed it under duress",
  note="'retracted his confession' (a negative speech act) and his reason; at the trial (2021-2024)")
A(P9C, "court_official", "according to", False, polarity="negative",
  content="He did not appeal, and Wednesday's ruling does not apply to him",
  note="unnamed official 'who spoke on condition of anonymity because he was not authorised to discuss the case' (not "
       "on behalf of any court)")
A(P10, "court_official", "said", False)
A(P10B, "court_official", "said", False, cue_ctx="operator, he said",
  note="'he' = the official; 'likely to' (probable)")
A(P11, "police", "said", False)
A(P11B[:P11B.index(", but he offered")], "daniel_kilonzo", "said", False, partial_quote=True, on_behalf_of="atpu",
  content="officers had \"followed every procedure\" when Mwinyi gave his statement",
  note="disputed by the writer ('but he offered no evidence', stance s03)")
A(P12, "chrf", "said", False, partial_quote=True,
  content="the ruling exposed \"a pattern\" of confessions taken from suspects held without access to lawyers")
A(P12B, "zainab_mwero", "said", False, on_behalf_of="chrf")
A("The forum has accused the ATPU of holding suspects beyond legal limits", "chrf", "accused", False,
  content="the ATPU of holding suspects beyond legal limits", note="accusation (reported)")
A("a charge the unit denies", "atpu", "denies", False, polarity="negative", content="a charge",
  note="the unit's denial, content by reference (the forum's accusation)")
A(P13C, "ibrahim_warsame", "said", False, on_behalf_of="pwani_freight",
  note="reporting clause after the content; the brother runs the company")
A(P14, "residents", "said", False,
  content="dozens of neighbours gathered outside the Warsame home on Wednesday evening as news of the ruling spread",
  note="'residents said' (descriptive, generic source)")
A(P14B, "fardosa_noor", "said", False, content="she would ask for him to be released on bail")
A(QF, "fardosa_noor", "said", True,
  note="'We' = the family; 'the business' = the company's trade")
A(QF2, "fardosa_noor", "said", True, cue_ctx="our lives,\" she said", continuation=True,
  note="quote continued after the attribution")
A(P15B, "hassan_warsame", "has always denied", False, polarity="negative", content="any link to the group",
  note="his denial, content by reference")

# ------------------------------------------------------------------- hedges
H = g.hedge
H("allegedly", "a Mombasa businessman jailed for allegedly financing the Somali militant group al-Shabaab", "reported",
  note="the writer's hearsay marker (the prosecution's case behind it)")
H("appeared to", P3, "probable", note="the judges' own hedge on the magistrate's reasoning")
H("allegedly", "The money allegedly reached Abdiweli Ahmed Gure", "reported")
H("is believed to", P5C, "probable", note="agentless belief (the writer's; no source named)")
H("may not", "the retrial may not begin before July", "possible",
  note="the official's hedge (possible), negative polarity")
H("likely to", "Prosecutors are likely to seek fresh testimony from the mobile-money operator", "probable",
  note="the official's forecast")
H("could", "at least 23 terrorism convictions in coastal courts since 2021 could rest on similar statements",
  "possible", note="Mwero's hedge; 'at least' is a bound, not a hedge")
H("accused", "The forum has accused the ATPU of holding suspects beyond legal limits", "reported",
  note="accusation verb of a named source (cyber_ransomware_attack's 'accuse')")
H("confirm", P8C, "certain", note="booster (documentary evidence; also the cue of the writer's stance s02)")

# ------------------------------------------------------------------ stances
g.stance(P6B[:P6B.index(": it calls")], "odpp", "disputes",
         "a description the 41-page judgment, reviewed by this newspaper, does not support",
         note="the writer's own judgement on the ODPP's account of the ruling, on the newspaper's reading of the "
              "judgment ('incomplete and in places contradictory')")
g.stance(P8B + " " + P8C, "abubakar_shee", "endorses", "Court records confirm",
         note="the writer confirms the lawyer's 40 days of detention before charge from court records")
g.stance("said officers had \"followed every procedure\" when Mwinyi gave his statement, but he offered no evidence "
         "that a lawyer had been present", "daniel_kilonzo", "disputes", "offered no evidence",
         note="the writer's judgement of the spokesman's (and the police's) claim that the confession was recorded "
              "lawfully; alt target: police ('Police said the confession had been recorded lawfully')")

# ------------------------------------------------------------------- events
V = g.event
V("appeal_ruling_2026", "other", "2026-04-15", "court_of_appeal", {"judges": 3, "judgment_pages": 41},
  [("court_of_appeal", "venue"), ("appeal_bench", "actor"), ("margaret_nduta", "actor", {"qualifier": "presiding"}),
   ("hassan_warsame", "defendant", {"qualifier": "appellant"}), ("hassan_warsame", "beneficiary"),
   ("odpp", "actor", {"qualifier": "prosecution (respondent)"}), ("conviction_2024", "target"),
   ("retrial", "result")], LEAD,
  subtype="trial: appeal ruling - the Court of Appeal quashes the 2024 terrorism-financing conviction and orders a "
          "retrial before a different magistrate (no DESIGN word for an appeal ruling; 'trial' leads, as "
          "court_fraud_trial's rulings)",
  place_alt=["mombasa"],
  note="'on Wednesday' = 2026-04-15; the court's seat is not stated (dateline Mombasa; 'outside the court'). Grounds: a "
       "co-accused's confession recorded without a lawyer and retracted; mobile-money records admitted without the "
       "certificate for electronic evidence. The ruling does not cover Mwinyi (the official)")
V("conviction_2024", "other", "2024", "shanzu_court", {"convicted": 2},
  [("shanzu_court", "venue"), ("grace_odera", "actor"), ("hassan_warsame", "defendant"),
   ("rashid_mwinyi", "defendant"), ("odpp", "actor", {"qualifier": "prosecution"})], P4,
  subtype="conviction: terrorism (financing al-Shabaab) conviction of Warsame and his co-accused at the Shanzu Law "
          "Courts", place_alt=["mombasa"],
  note="'two years ago' from 2026-04-16 = 2024 (month not stated). Mwinyi 'was convicted alongside Warsame' (same "
       "event). Quashed for Warsame on 2026-04-15; stands for Mwinyi")
V("sentences_2024", "other", "2024", "shanzu_court", {"sentence_years": 25, "co_accused_sentence_years": 15},
  [("grace_odera", "actor"), ("hassan_warsame", "target"), ("rashid_mwinyi", "target", {"qualifier": "15 years"})],
  "sentenced to 25 years in prison",
  subtype="sentence: 25 years in prison for Warsame; 15 years for the co-accused", place_alt=["mombasa"],
  note="Mwinyi's 15-year sentence ('is still serving a 15-year sentence at Shimo La Tewa prison') is read as passed "
       "with the joint conviction")
V("high_court_appeal_2025", "other", "2025-03", "high_court", {},
  [("high_court", "venue"), ("high_court", "actor"), ("hassan_warsame", "requester", {"qualifier": "appellant"}),
   ("conviction_2024", "target")], P4B,
  subtype="trial: first appeal dismissed by the High Court (hearing/ruling; no DESIGN word for an appeal)",
  alt_dates=["2026-03"], note="'last March' read as March 2025 (the March before the last, as court_fraud_trial's "
                              "'Last March'); March 2026 is a possible reading")
V("transfers_2019_2021", "other", "2019/2021", None, {"amount_kes": 38000000, "amount_usd": 290000},
  [("hassan_warsame", "payer", {"source": "odpp"}), ("hassan_warsame", "funder", {"source": "odpp"}),
   ("al_shabaab", "recipient", {"source": "odpp"}),
   ("abdiweli_gure", "recipient", {"certainty": "reported"}), ("hawala_brokers", "actor", {"source": "odpp"})],
  P5,
  subtype="payment: about 38 million shillings moved to al-Shabaab via mobile money and hawala brokers, disguised as "
          "cargo payments (the prosecution's account)",
  source="odpp", place_alt=["kismayo"],
  note="disputed: the defence says no more than 4.2 million shillings for fuel, port fees and wages in Kismayo; the "
       "judgment calls the money trail 'incomplete and in places contradictory'. 'numbers' keep the prosecution's "
       "figure (the only total given for the alleged financing)",
  numbers_by_source=[
      {"source": "odpp", "numbers": {"amount_kes": 38000000, "amount_usd": 290000},
       "qualifier": "about 38 million shillings (roughly $290,000), via court documents",
       "evidence": "Warsame moved about 38 million shillings (roughly $290,000) to the group"},
      {"source": "abubakar_shee", "numbers": {"amount_kes": 4200000},
       "qualifier": "no more than; legitimate payments for fuel, port fees and drivers' wages",
       "evidence": "totalled no more than 4.2 million shillings"}])
V("gure_strike_2023", "attack", "2023", "jamaame", {"killed": 1},
  [("abdiweli_gure", "victim", {"certainty": "probable"})], P5C,
  subtype="air strike (perpetrator not stated)", place_alt=["lower_juba", "somalia"],
  note="'is believed to have been killed': the death is probable; who carried out the strike is not said")
V("arrest_2021", "other", "2021-09", None, {},
  [("hassan_warsame", "target")], P8B,
  subtype="arrest: Warsame arrested and held 40 days before being charged (who arrested him is not stated)",
  source="abubakar_shee", place_alt=["mombasa"],
  note="date from Shee's 'his arrest in September 2021'; the 40 days' detention is confirmed by the writer from court "
       "records. The co-accused's arrest is not described")
V("charge_2021", "other", "2021-10/2021-11", None, {"days_after_arrest": 40},
  [("hassan_warsame", "defendant")], P8C,
  subtype="charge: first appearance before a magistrate, 40 days after detention",
  note="40 days after a September 2021 arrest: between Oct. 11 and Nov. 9, 2021 (interval)")
V("mwinyi_confession", "other", None, "police_cell", {},
  [("rashid_mwinyi", "actor"), ("officers", "actor", {"source": "daniel_kilonzo", "qualifier": "recorded it"}),
   ("atpu", "actor", {"source": "daniel_kilonzo"}), ("hassan_warsame", "target")],
  "a confession by a co-accused that was recorded without a lawyer present and later retracted",
  subtype="confession: the co-accused's statement recorded by police without a lawyer (retracted at trial as signed "
          "under duress; no DESIGN word)",
  source="appeal_bench",
  note="date not stated; place 'a police cell' per Shee. Police and the ATPU spokesman say it was recorded lawfully "
       "(disputed by the writer, s03)")
V("asset_freeze", "other", None, None, {},
  [("assets_recovery_agency", "actor"), ("pwani_freight", "target")],
  "the Assets Recovery Agency froze the company's bank accounts",
  subtype="sanction: bank accounts frozen by the Assets Recovery Agency",
  note="date not stated (before the subsidiary's closure in 2022)")
V("jubba_closure_2022", "other", "2022", "kismayo", {},
  [("jubba_cargo", "target"), ("pwani_freight", "actor")], P13B,
  subtype="closure: the Kismayo subsidiary closed after the asset freeze (no DESIGN word; 'bankruptcy' not stated)")
V("renaming_2015", "renaming", "2015", None, {},
  [("warsame_transporters", "target"), ("pwani_freight", "result")],
  "which traded as Warsame Transporters until 2015", note="'until 2015': the new name from 2015")
V("gathering_2026", "other", "2026-04-15", "warsame_home", {},
  [("neighbours", "attendee")], "dozens of neighbours gathered outside the Warsame home on Wednesday evening",
  subtype="gathering: neighbours gather outside the family home as news of the ruling spreads (no DESIGN word)",
  source="residents", place_alt=["old_town"], note="TIMEX3 2026-04-15TEV")
V("shabaab_attacks_kenya", "attack", "2011/..", "kenya", {},
  [("al_shabaab", "perpetrator"), ("kenya", "target")], "has carried out attacks in Kenya since 2011",
  subtype="series of attacks in Kenya since 2011 (background)")
V("kenya_intervention_2011", "intervention", "2011", "somalia", {},
  [("kenyan_troops", "actor"), ("kenya", "actor"), ("somalia", "target")], "when Kenyan troops crossed into Somalia",
  subtype="military incursion into Somalia")

# ------------------------------------------------------------------ timexes
T = g.timex
T("April 16, 2026", "2026-04-16", function="publication_date")
T("Wednesday", "2026-04-15", ctx="Court of Appeal on Wednesday quashed")
T("two years ago", "2024", anchor="2026-04-16")
T("last March", "2025-03", alt_values=["2026-03"],
  note="read as the March of the previous year (court_fraud_trial's 'Last March'); March 2026 is possible")
T("2019", "2019", note="'between 2019 and 2021' (interval 2019/2021)")
T("2021", "2021", ctx="between 2019 and 2021")
T("2023", "2023")
T("Wednesday", "2026-04-15", ctx="In a statement on Wednesday")
T("four and a half years", "P4Y6M", type="duration",
  note="Shee: since the September 2021 arrest (4 years 7 months by April 2026: consistent)")
T("40 days", "P40D", type="duration", ctx="held for 40 days")
T("September 2021", "2021-09")
T("40 days", "P40D", type="duration", ctx="magistrate 40 days after")
T("Wednesday", "2026-04-15", ctx="Wednesday's ruling")
T("July", "2026-07", note="future ('may not begin before July')")
T("Monday", "2026-04-20", note="future: the bail hearing (the next Monday after the dateline)")
T("2014", "2014", signal="since", note="'since 2014' (2014/..)")
T("2021", "2021", ctx="coastal courts since 2021", signal="since")
T("2015", "2015", signal="until")
T("2022", "2022")
T("the 1970s", "1970/1979", alt_values=["197"], signal="since", note="decade; TIMEX3 value 197")
T("Wednesday evening", "2026-04-15", note="TIMEX3 2026-04-15TEV")
T("four years", "P4Y", type="duration", note="Noor: 'four years of our lives' (since the 2021 arrest)")
T("today", "2026-04-15", note="in Noor's quote, spoken on the day of the ruling (Wednesday), not the dateline")
T("2011", "2011", signal="since")

# ------------------------------------------------------------------- notes
g.notes += [
    "FICTIONAL dev document (own wording), written for benchmarks/devset and annotated by hand before any claimgraph "
    "run: Hassan Omar Warsame, Pwani Freight Logistics (formerly Warsame Transporters), Jubba Cargo Services, the Coast "
    "Human Rights Forum (CHRF), Margaret Nduta, Grace Achieng Odera, Abdiweli Ahmed Gure, Abubakar Shee, Rashid Kombo "
    "Mwinyi, Daniel Kilonzo, Zainab Mwero, Ibrahim Omar Warsame, Fardosa Abdi Noor, the case, its rulings, the "
    "transfers, the asset freeze and the air strike are invented; Mombasa, its Old Town, Garissa, Kismayo, the Lower "
    "Juba region, Jamaame, Kenya and Somalia are real places; Kenya's Court of Appeal, High Court, the Shanzu Law "
    "Courts, Shimo La Tewa prison, the Office of the Director of Public Prosecutions (ODPP), the Anti-Terrorism Police "
    "Unit (ATPU), the Directorate of Criminal Investigations, the Assets Recovery Agency, al-Shabaab and al-Qaeda are "
    "real, but every statement and action attributed to them here is fictional. errors: none (the checkable "
    "background is correct: al-Shabaab is an al-Qaeda affiliate based in Somalia and has attacked Kenya since Kenyan "
    "troops entered Somalia in 2011; Kismayo and Jamaame are in Lower Juba; Garissa is in Kenya; Kenyan law requires a "
    "certificate for electronic evidence).",
    "published = dateline 2026-04-16 (Thursday): 'Wednesday' (x3, incl. \"Wednesday's ruling\") and 'Wednesday "
    "evening' = 2026-04-15 (ruling, ODPP statement, gathering); 'today' in Noor's quote = the day she spoke (the "
    "ruling's day); 'Monday' = 2026-04-20 and 'July' = 2026-07 (future: bail hearing, earliest retrial); 'two years "
    "ago' = 2024 (conviction and sentence); 'last March' = 2025-03 (alt 2026-03); 'between 2019 and 2021' = "
    "2019/2021 (two timexes, as court_fraud_trial); 'September 2021' (arrest) + '40 days' -> charge between Oct. 11 "
    "and Nov. 9, 2021; 'four and a half years' (Shee) and 'four years' (Noor) fit the September 2021 arrest; 'since "
    "2014', 'since 2021', 'since 2011', 'until 2015', 'since the 1970s' keep their signal.",
    "Not timexes: 'now' (the company now employs: present reference, not annotated in this set), 'the first time' / "
    "'the second time' (ordinals: the two trials), 'since his arrest' (anchored on an event: the time of the "
    "relation is 2021-09/..), 'later' (retracted later), 'still' (aspect), 'always' ('has always denied'), 'before the "
    "case'.",
    "Aliases: 'Office of the Director of Public Prosecutions (ODPP)' - acronym in brackets, 'It said', 'prosecutors' / "
    "'Prosecutors' / 'the prosecution' (the ODPP's side, as court_fraud_trial's Crown); 'Anti-Terrorism Police Unit "
    "(ATPU)' then 'the ATPU', 'the unit'; 'Coast Human Rights Forum (CHRF)' then 'The forum', 'Its executive "
    "director'; 'Pwani Freight Logistics' then 'Pwani Freight', 'the company' / 'The company', 'Its Kismayo "
    "subsidiary'; former name 'Warsame Transporters' (own entity + renamed_to); 'al-Shabaab' / 'Al-Shabaab' / 'the "
    "group' (x2) / 'the Somali militant group' / 'an al-Qaeda affiliate based in Somalia'; 'the group' is never the "
    "CHRF ('a Mombasa-based group'); 'Court of Appeal' / 'Kenyan appeals court' / 'the court' (outside the judges' "
    "quote); the bench: 'A three-judge bench', 'The judges', 'They', 'the appeal judges', its document 'the 41-page "
    "judgment', 'it calls'; the trial court: 'Shanzu Law Courts', 'the trial court', 'Shanzu' (metonymic). Persons "
    "named in full then by surname: Warsame (x7 alone), Odera, Gure, Shee, Mwinyi; 'Ibrahim Warsame' is the brother "
    "(never 'Warsame' alone). Demonyms 'Kenyan' and 'Somali' kept as names of the countries.",
    "Roles: 'the founder and managing director of Pwani Freight Logistics' -> founded + holds_position (alt "
    "leader_of); 'Senior Principal Magistrate Grace Achieng Odera at the Shanzu Law Courts' -> holds_position (the "
    "title as role); 'A three-judge bench led by Justice Margaret Nduta' -> leader_of the bench + holds_position of the "
    "Court of Appeal (implicit); 'a finance officer for al-Shabaab' -> holds_position, reported ('described as', "
    "source the ODPP; alt member_of); 'Warsame's lawyer' -> works_with role lawyer (and again from 'his client'); 'a "
    "former clearing agent at Pwani Freight' -> holds_position (alt member_of/works_with), and 'a frightened "
    "employee' (Shee) -> member_of (implicit); 'Chief Inspector Daniel Kilonzo, a spokesman for the ATPU' -> two "
    "holds_position (rank in the police, spokesman of the unit); 'Its executive director, Zainab Mwero' -> "
    "holds_position (alt leader_of); 'has been run ... by his younger brother' -> leader_of (alt controls, "
    "holds_position) since 2021-09.",
    "Family ties have no predicate (politics_minister_resignation, court_fraud_trial): 'his younger brother, Ibrahim "
    "Omar Warsame', 'His wife, Fardosa Abdi Noor' are kept as descriptors; each of the three is linked to the "
    "descriptive 'the family' entity by an implicit, ambiguous member_of (the family that 'has run shops since the "
    "1970s' in the Old Town). Birthplace ('born in Garissa') has no predicate either (maritime_tanker_sanctions); "
    "citizenship is explicit ('a Kenyan citizen' -> citizen_of). Age 52 -> born_on 1973/1974 (implicit, derived).",
    "Attributions: the bench ('found', 'wrote' with a colon-introduced two-sentence quote, 'added', and its judgment "
    "'calls' with a partial quote); the ODPP ('told' the trial via court documents, 'described as', 'said' in its "
    "statement x2, partial quotes); Shee ('said', 'told' with a quote continued over two sentences after the "
    "attribution (continuation=True), 'said' x2), on behalf of Warsame; court records 'confirm' (the writer's "
    "documentary evidence, endorsing Shee); Mwinyi's 'saying' (retraction); the unnamed senior court official "
    "('according to', 'said', 'he said'; not on anyone's behalf: 'not authorised to discuss the case'); police "
    "('Police said'); Kilonzo on behalf of the ATPU (partial quote); the CHRF ('said', 'has accused') and Mwero on its "
    "behalf; the unit's denial ('a charge the unit denies', negative); Ibrahim Warsame on behalf of the company; "
    "residents ('said'); Noor ('said' and a quote continued after the attribution); Warsame's own denial ('has always "
    "denied', negative). The lead, the convictions, the sentences, the High Court's dismissal, 'Warsame remains at "
    "Shimo La Tewa' and the background paragraph are the writer's.",
    "Certainty per source: plain statements of named or descriptive sources are 'certain' for that source (the "
    "prosecution's 38 million shillings is certain for the ODPP, neutral for the writer). 'allegedly' (x2, the "
    "writer's hearsay markers) and 'accused' (the forum) and 'described as' (distancing frame on the ODPP's label: "
    "relation certainty reported, not a hedge record, as tech_health_data_breach) = reported; 'appeared to' (the "
    "judges), 'is believed to' (agentless) and 'likely to' (the official) = probable; 'may not' (the official) and "
    "'could' (Mwero) = possible; 'confirm' = booster (certain). Bounds ('about', 'roughly', 'no more than', 'at "
    "least', 'more than') are not hedges. Intentions and schedules ('ready to \"present its evidence afresh\"', 'would "
    "ask for him to be released on bail', 'a bail hearing set for Monday') are not hedges. 'could not prove' / 'will "
    "not prove' (Shee's quote) are ability/prediction with negative polarity, not hedges. 'denies', 'did not appeal', "
    "'does not apply', 'raised no doubt' are polarity.",
    "The writer's own stances: (s01) the ODPP's 'raised no doubt about the strength of the case' is 'a description the "
    "41-page judgment, reviewed by this newspaper, does not support' -> disputes the ODPP (evidence: the judgment calls "
    "the money trail 'incomplete and in places contradictory'); (s02) 'Court records confirm that he first appeared "
    "before a magistrate 40 days after he was detained' -> endorses Shee's 40 days; (s03) the ATPU spokesman 'offered "
    "no evidence that a lawyer had been present' -> disputes Kilonzo (and the police's 'recorded lawfully'). Sources' "
    "counter-claims are not author stances: Shee's 'vindicated', Mwinyi's retraction, the unit's denial, Warsame's "
    "denial, the CHRF's 'a pattern'.",
    "Competing figures: the alleged transfers - the ODPP about 38 million shillings (roughly $290,000, the writer's "
    "conversion inside the ODPP's account) vs Shee no more than 4.2 million shillings for legitimate costs (both in "
    "transfers_2019_2021's numbers_by_source; 'numbers' keep the prosecution's total); sentences 25 years (Warsame) "
    "and 15 years (Mwinyi); the company's workforce about 90 now vs more than 300 before (Ibrahim Warsame); the CHRF's "
    "'at least 23' convictions that could rest on similar statements (a count of cases, no event).",
    "Relations with no exact predicate, nearest kept and flagged ambiguous: financing (funded: Warsame -> al-Shabaab "
    "(the writer's 'allegedly', the ODPP's account, Shee's implicit negative counter-account) and -> Gure ('allegedly "
    "reached')); Warsame's denial of 'any link' (works_with negative, alt funded/member_of/supported); a money channel "
    "(hawala brokers works_with Warsame); detention beyond legal limits (targeted: the forum's accusation, reported, "
    "and the unit's denial, negative); an asset freeze (targeted with a qualifier); a military incursion (targeted, alt "
    "located_in); subsidiary (Jubba part_of Pwani, alt controls); employment (holds_position / member_of); a "
    "prisoner's or detainee's place (located_in with a qualifier). The appeal court's quashing of the conviction, the "
    "conviction and the sentences are events (participants with roles), not relations: no predicate links a court to a "
    "defendant's conviction. Containment: Mombasa, Garissa, the coast, the DCI, the ODPP, the High Court and the "
    "Assets Recovery Agency in Kenya; the Old Town, the CHRF, the company, Shanzu and Shimo La Tewa in Mombasa (the "
    "last two implicit); Kismayo, Lower Juba and Jamaame in Somalia; the ATPU part_of the DCI, the DCI part_of the "
    "police (implicit, world knowledge).",
    "Event types: validate_gold.py's list is followed; DESIGN types it lacks are 'other' with the DESIGN word leading "
    "the subtype: trial (the 2026 appeal ruling; the 2025 High Court appeal - no DESIGN word for an appeal, 'trial' "
    "leads as court_fraud_trial's rulings), conviction (2024), sentence (2024), payment (the alleged transfers "
    "2019-2021), arrest (September 2021), charge (40 days later), sanction (asset freeze); happenings with no DESIGN "
    "word lead with their own word (confession, closure, gathering). 'attack' (the 2023 air strike that is believed to "
    "have killed Gure - his death is kept in that event and in a died_on relation, not a separate death event; the "
    "series of al-Shabaab attacks in Kenya since 2011), 'intervention' (Kenyan troops into Somalia, 2011) and "
    "'renaming' (2015) are validator types. Future or unstated happenings are not events: the retrial (an entity, "
    "ordered; 'may not begin before July'), the bail hearing on Monday, the prosecution's fresh testimony, Noor's bail "
    "request; the original trial ('the original trial', 'the trial') is an entity without a dated record (dates not "
    "stated), its conviction and sentences being the dated events; Mwinyi's retraction at the trial is speech (an "
    "attribution); the ODPP's statement is speech.",
    "Entity hard cases: 'the court' inside the judges' quote is the trial court (listed under shanzu_court's note), "
    "elsewhere the Court of Appeal; 'a different magistrate' (the retrial) and 'a magistrate' (first appearance) are "
    "not declared (unnamed, not said to be Odera); 'the trial magistrate' = Odera; 'a co-accused' (the bench) = "
    "Mwinyi, named later, and 'a frightened employee' (Shee) = Mwinyi too; 'this man', 'his client' = Warsame; 'The "
    "state' (Shee) is the prosecuting state (declared descriptive, no relation); 'the certificate the law requires', "
    "'mobile-money records', 'mobile-money accounts', 'the case file' and 'the 41-page judgment' are documents (the "
    "judgment is listed as a name of the ruling event); 'the business' (Noor) = the company's trade, not linked; "
    "'reporters' not declared (as in the rest of the set); 'drivers' in 'drivers' wages' not declared.",
    "cross_doc: not applicable (unrelated domain).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
