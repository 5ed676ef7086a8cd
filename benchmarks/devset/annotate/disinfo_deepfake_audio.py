#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for
benchmarks/devset/docs/disinfo_deepfake_audio.txt -> benchmarks/devset/gold/disinfo_deepfake_audio.json

Fictional information/elections wire story: less than a week before Brazil's Oct. 4 election, a fabricated 48-second
audio clip of Helena Sampaio, a leading candidate for governor of Pernambuco and leader of the Aliança Popular
Nordestina (APN), spreads on messaging apps from Sept. 23.  Corvane Ltd. (Dublin; owner of the Vizo messaging app)
removes 214 accounts and 38 broadcast channels on Friday; researchers of the Observatório de Redes e Democracia (ORD;
'a unit of the Universidade Estadual do Capibaribe in Recife') trace the earliest copies to a group administered from
a phone number registered to Alcance Marketing Digital (an Olinda firm; 'known until 2022 as Agência Alcance'; a
subsidiary of Grupo Vértice of São Paulo, which bought it in 2019) and find 63 pages posting within minutes; the
Regional Electoral Court of Pernambuco (TRE-PE) opens an inquiry on Saturday (court documents; a judge's 'may have');
federal police raid the firm's office in Olinda and two homes in Recife on Monday ('police said', a senior official
'who spoke on condition of anonymity', 'believe', 'allegedly', 'suspected').  The firm denies any role and says its
client pages were 'apparently' hacked; its founders are two brothers (Fábio and Renato Quintela); the lab reports that
Renato worked on the 2022 campaign of Rodrigo Lins (URN), Sampaio's main rival, whose campaign denies involvement (its
coordinator quoted over two sentences after the attribution) and 'suggested' a Portuguese origin.  Competing counts:
Corvane about 640,000 forwards on Vizo, the lab at least 1.8 million shares, Sampaio's campaign 'more than 10 million'
people.  The lab's director is quoted after a colon; residents of Caruaru, one of them over two sentences; a
Portuguese data scientist's 'appeared to'; an earlier fine 'Two years ago'; Corvane's agreement with the TSE 'Last
March', 'Critics say'.  The writer's own stances: Corvane's data 'confirm the lab's finding'; the firm's hacking claim
is 'a claim for which it offered no evidence'; the TSE's campaign-finance data 'confirm' the lab's report of the 2022
payment; Teles's Portuguese origin is 'an assertion not supported by the data the lab published'.  Built with the
shared goldlib; events follow the shared validator's list like mining_collapse_inquiry and tech_health_data_breach (a
DESIGN type it lacks is 'other' with the DESIGN word leading the subtype)."""
from pathlib import Path

HERE = Path(__file__).resolve()
DEVSET = HERE.parents[1]                    # benchmarks/devset

from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "disinfo_deepfake_audio"
PUB = "2026-09-29"  # dateline: RECIFE, Brazil, Sept. 29, 2026 (a Tuesday)
g = Gold(DEVSET / "docs" / f"{NAME}.txt", PUB)

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("recife", "Location", ["RECIFE", "Recife"],
  note="dateline; 'the Universidade Estadual do Capibaribe in Recife', 'two homes in Recife'")
E("brazil", "Location", ["Brazil", "Brazilian"],
  note="dateline 'RECIFE, Brazil'; the demonym in the headline's 'Brazilian marketing firm' kept as a name (as "
       "tech_health_data_breach keeps 'Dutch' and 'Belgian')")
E("pernambuco", "Location", ["Pernambuco"], ["the state", "this state"],
  note="'governor of Pernambuco' (lead), 'Pernambuco vote' (headline), inside 'Regional Electoral Court of "
       "Pernambuco'; 'the state water company' (in the fabricated clip's words), 'every voter in this state' "
       "(Sampaio's quote); 'state assembly' / 'a state deputy' are adjectival (the state's legislature)")
E("olinda", "Location", ["Olinda"],
  note="x4: 'a marketing firm in Olinda' (lead), 'an Olinda firm', 'a group run from Olinda', \"the firm's office in "
       "Olinda\"")
E("caruaru", "Location", ["Caruaru"], note="'a former mayor of Caruaru', 'In Caruaru'")
E("dublin", "Location", ["Dublin"], note="only in 'the Dublin-based owner' (Ireland is never named: not declared)")
E("sao_paulo", "Location", ["São Paulo"])
E("portugal", "Location", ["Portugal", "Portuguese"],
  note="'accounts based in Portugal' (Teles), 'a Portuguese data scientist' (demonym kept as a name, as Belgium's "
       "'Belgian' in tech_health_data_breach)")
E("jaboatao", "Location", ["Jaboatão dos Guararapes"], note="city in Pernambuco (real)")
E("interior", "Location", ["the interior"], name_kind="descriptive",
  note="Pernambuco's interior, only inside the fabricated clip's words ('let the interior dry out')")
E("alcance_office", "Location", ["the offices of a marketing firm in Olinda", "the firm's office in Olinda"],
  name_kind="descriptive", note="facility searched on Monday: 'the offices' (lead) and 'the firm's office' (police)")
E("recife_homes", "Location", ["two homes in Recife"], name_kind="descriptive",
  note="whose homes is not said")

# organizations
E("federal_police", "Organization", ["Federal police", "police", "Police"], name_kind="descriptive",
  canonical_name="Federal Police of Brazil",
  note="Brazil's Federal Police (Polícia Federal, real; the raid and every statement attributed to it are "
       "fictional), written in lower case: 'Federal police raided' (lead), 'police said' x2 (lead, 'Agents seized "
       "..., police said'), 'Police raid' (headline). Not generic (one force), as mining_collapse_inquiry's police")
E("apn", "Organization", ["Aliança Popular Nordestina", "APN"], ["her party"], fictional=True,
  note="'a statement from her party, the Aliança Popular Nordestina (APN)', 'has led the APN since 2021'")
E("sampaio_campaign", "Organization", ["Sampaio's campaign"], name_kind="descriptive",
  note="Sampaio's 2026 campaign organisation (source of the 'more than 10 million' count)")
E("urn", "Organization", ["União Republicana do Nordeste", "URN"], fictional=True)
E("lins_campaign", "Organization", ["Lins's campaign"], ["the campaign", "this campaign"], name_kind="descriptive",
  note="Lins's 2026 campaign for governor: 'Lins's campaign denied any involvement' (the second 'Lins's campaign'), "
       "\"the campaign's coordinator\", 'nobody in this campaign' (Teles's quote), 'both of us' (Teles speaking for "
       "Lins's side and Sampaio's); the FIRST 'Lins's campaign' (\"Lins's campaign paid Alcance 380,000 reais that "
       "year\") is the 2022 campaign (lins_campaign_2022)")
E("lins_campaign_2022", "Organization", ["the 2022 state assembly campaign of Rodrigo Lins"], ["Lins's campaign"],
  name_kind="descriptive",
  note="Lins's 2022 campaign for the state assembly; \"Lins's campaign paid Alcance 380,000 reais that year\" (first "
       "occurrence of 'Lins's campaign', 'that year' = 2022) refers to it. Kept as an organisation (a campaign team "
       "that employs and pays), not as an event")
E("state_assembly", "Organization", ["state assembly"], name_kind="descriptive",
  canonical_name="Legislative Assembly of Pernambuco",
  note="only adjectival-nominal in 'the 2022 state assembly campaign'; 'a state deputy' = a member of it")
E("corvane", "Organization", ["Corvane Ltd.", "Corvane"], ["the Dublin-based owner of the Vizo messaging app"],
  fictional=True,
  note="'Corvane' x4 ('a spokeswoman for Corvane', 'Data released by Corvane', 'Corvane signed'); 'it' x3 in its "
       "statement paragraph ('it had removed', 'which it said', 'It said'), 'its rules'; 'it took two days' (critics) "
       "= Corvane")
E("vizo", "Organization", ["Vizo"], ["the Vizo messaging app"], fictional=True,
  note="the messaging platform (a service/product: DESIGN has no product type; declared apart from its owner because "
       "the ownership is stated, 'the Dublin-based owner of the Vizo messaging app'); 'on Vizo' x2")
E("ord", "Organization", ["Observatório de Redes e Democracia", "ORD"],
  ["university researchers", "Researchers at the Observatório de Redes e Democracia", "the lab", "The lab"],
  fictional=True,
  note="the lead's 'university researchers' are the ORD's (named in paragraph 4); 'they traced'; \"The lab's "
       "director\", 'The lab estimates', \"the lab's finding\", \"the lab's report\", 'the data the lab published'")
E("uecap", "Organization", ["Universidade Estadual do Capibaribe"], fictional=True,
  note="university in Recife (fictional); the lead's 'university researchers' is adjectival")
E("alcance", "Organization", ["Alcance Marketing Digital", "Alcance"],
  ["a marketing firm in Olinda", "an Olinda firm", "the firm", "The firm", "Brazilian marketing firm"],
  fictional=True,
  note="'Alcance' x6 (incl. inside the full name); 'the firm' x4 ('accounts the firm has run', 'the firm denied', "
       "\"the firm's office\", 'the firm was paid'), 'The firm was founded'; 'it' (lead 'linked it', 'bought it'), "
       "'its client pages', 'Its lawyer', 'its managing partner'; headline 'Brazilian marketing firm'. Former name "
       "'Agência Alcance' kept as its own entity with renamed_to (business_acquisition_probe)")
E("agencia_alcance", "Organization", ["Agência Alcance"], fictional=True,
  note="former name of Alcance Marketing Digital ('known until 2022 as Agência Alcance')")
E("grupo_vertice", "Organization", ["Grupo Vértice"], ["a communications holding based in São Paulo"],
  fictional=True, note="parent (subsidiary relation); 'bought it in 2019'")
E("tre_pe", "Organization", ["Regional Electoral Court of Pernambuco", "TRE-PE"], ["the court"],
  note="real court (Tribunal Regional Eleitoral de Pernambuco); the inquiry, the order, the 2024 fine and every "
       "statement attributed to it are fictional. Acronym in brackets; 'TRE-PE' x2; \"the court's seven members\"")
E("tse", "Organization", ["Superior Electoral Court", "TSE"],
  note="real court (Tribunal Superior Eleitoral); its 2024 deepfake rules are real, the agreement with Corvane and the "
       "portal's figures are fictional. \"the Superior Electoral Court's campaign-finance portal\" (first), then "
       "'Superior Electoral Court (TSE)' with the acronym, 'the TSE'")
E("court_documents", "Organization", ["court documents"], name_kind="descriptive",
  note="cited documents of the TRE-PE's case ('according to court documents'; business_acquisition_probe)")
E("court_records", "Organization", ["court records"], name_kind="descriptive",
  note="'court records show' (the 2024 fine; police_murder_investigation)")
E("wire", "Organization", ["Wire"], note="the writer's agency (dateline); claims by it are source 'author'")
E("page_network", "Organization", ["a network of pages"],
  ["63 pages on several platforms that posted the clip within minutes of one another", "those pages", "the pages"],
  name_kind="descriptive",
  note="the network of pages that spread the clip (an organisation-like group of accounts, as influence_campaign_"
       "takedown's fake_network): lead 'a network of pages', the lab's '63 pages', 'Twenty-one of those pages', "
       "'sixty pages' (Rocha's quote), 'the pages were allegedly paid for' (the official)")
E("first_group", "Organization",
  ["a group administered from a phone number registered to Alcance Marketing Digital", "a group run from Olinda"],
  name_kind="descriptive",
  note="the messaging group where the earliest copies appeared (the lab), identified by the writer with 'a group run "
       "from Olinda' where 'the first copy on Vizo appeared' (Corvane's data)")
E("removed_accounts", "Organization", ["214 accounts and 38 broadcast channels that pushed the recording"],
  name_kind="descriptive", note="the Vizo accounts and channels removed by Corvane on Friday; overlap with the "
                                "lab's 63 pages is not stated (kept apart)")
E("client_accounts", "Organization", ["accounts the firm has run for paying clients since 2021"],
  name_kind="descriptive", note="the firm's client accounts that share administrators with 21 of the pages")
E("client_pages", "Organization", ["several of its client pages"], name_kind="descriptive",
  note="the firm's client pages it says were hacked in August (possibly the same as client_accounts; not stated)")
E("paying_clients", "Organization", ["paying clients"], generic=True, name_kind="descriptive")
E("portugal_accounts", "Organization", ["accounts based in Portugal"], name_kind="descriptive",
  note="in Teles's suggestion (disputed by the writer); 'no foreign accounts among the earliest posters' (the lab's "
       "data) is its negation, not a separate entity")
E("platforms", "Organization", ["platforms"], generic=True, name_kind="descriptive",
  note="'ordered platforms to take the recording down'; 'several platforms' (the lab) and 'messaging apps' are "
       "generic as well (not linked)")
E("state_water_company", "Organization", ["the state water company"], name_kind="descriptive",
  note="only inside the fabricated clip's words (Pernambuco's water utility, not named)")
E("quintela_family", "Organization", [], implicit=True,
  note="the Quintela brothers' family: no mention ('his brother' is the only kinship phrase); kinship has no "
       "predicate, member_of the family (aviation_crash_inquiry, politics_campaign_finance)")

# people
E("helena_sampaio", "Person", ["Helena Sampaio", "Sampaio"],
  ["a leading candidate for governor of Pernambuco", "a former mayor of Caruaru who has led the APN since 2021",
   "governor candidate"], fictional=True,
  note="'Sampaio' x7 besides the full name (incl. \"Sampaio's campaign\", \"Sampaio's main rival\"); 'her' x3, 'she' "
       "(in the fabricated content); 'both of us' (Teles) includes her; headline 'governor candidate'")
E("rodrigo_lins", "Person", ["Rodrigo Lins", "Lins"],
  ["a state deputy who is Sampaio's main rival and the candidate of the União Republicana do Nordeste (URN)",
   "Sampaio's main rival"], fictional=True,
  note="\"Lins's campaign\" x2 (2022 and 2026); 'both of us' (Teles) includes him")
E("niamh_keane", "Person", ["Niamh Keane"], ["a spokeswoman for Corvane"], fictional=True)
E("tiago_rocha", "Person", ["Tiago Rocha"], ["The lab's director"], fictional=True)
E("ines_figueira", "Person", ["Inês Figueira"], ["a Portuguese data scientist who co-wrote the report"],
  fictional=True)
E("fabio_quintela", "Person", ["Fábio Quintela"], ["its managing partner"], fictional=True, note="'his brother'")
E("renato_quintela", "Person", ["Renato Quintela", "Renato"], ["his brother", "a digital strategist"],
  fictional=True, note="'his brother Renato' then 'Renato Quintela'")
E("claudia_arruda", "Person", ["Cláudia Arruda"], ["Its lawyer"], fictional=True, note="'Its' = the firm's")
E("marcos_teles", "Person", ["Marcos Teles", "Teles"], ["the campaign's coordinator"], fictional=True)
E("ana_falcao", "Person", ["Ana Beatriz Falcão"], ["Judge", "one of the court's seven members"], fictional=True,
  note="title before the name ('Judge Ana Beatriz Falcão')")
E("maria_lima", "Person", ["Maria das Dores Lima"], ["a retired teacher"], fictional=True,
  note="Caruaru resident; 'me' in her quote")
E("lima_sister", "Person", ["My sister"], unnamed=True, name_kind="descriptive",
  note="in Lima's quote; kinship not encoded (no family entity stated)")
E("senior_official", "Person", ["A senior official who spoke on condition of anonymity", "The official"],
  unnamed=True, name_kind="descriptive",
  note="whose official is not stated (the police paragraph: most likely the Federal Police)")
E("agents", "Person", ["Agents"], generic=True, name_kind="descriptive", note="the federal police's agents")
E("investigators", "Person", ["investigators"], generic=True, name_kind="descriptive",
  note="'investigators believe' (relayed by the senior official): the police investigators")
E("residents", "Person", ["residents"], generic=True, name_kind="descriptive", note="Caruaru residents")
E("critics", "Person", ["Critics"], generic=True, name_kind="descriptive")
E("clip_makers", "Person", ["a single operator", "Somebody", "Whoever made this audio"], unnamed=True,
  name_kind="descriptive",
  note="the unknown maker/operator of the clip: the report's 'a single operator', Rocha's 'Somebody wrote a script, "
       "built a voice and pressed send', Teles's 'Whoever made this audio'; could be a group (typed Person as "
       "written, as tech_health_data_breach's seller)")
E("mayoral_candidate", "Person", ["a mayoral candidate in Jaboatão dos Guararapes"], unnamed=True,
  name_kind="descriptive", note="2024 municipal election")
E("voters", "Person", ["voters"], generic=True, name_kind="descriptive",
  note="'every voter in this state' (Sampaio), 'wants voters to stop trusting' (Teles)")
E("donors", "Person", ["donors"], generic=True, name_kind="descriptive", note="only in the fabricated content")

# events
E("deepfake_audio", "Event", [],
  ["a fabricated audio clip of Helena Sampaio", "fake audio", "The 48-second recording", "the clip", "the recording",
   "the audio", "this audio", "the cloned voice"],
  note="the fabricated clip and its spread (an artefact kept as the event of its making and circulation, as "
       "influence_campaign_takedown keeps the contract): 'the clip' x5, 'the recording' x3, 'the audio' x2, 'this "
       "audio' (Teles), 'the cloned voice' (Figueira), 'the voice was cloned', 'the first copy', 'the earliest "
       "copies'; headline 'fake audio'; 'it' in 'shared it'/'heard it' (Lima, Figueira)")
E("election_2026", "Event", [], ["the Oct. 4 election", "Pernambuco vote", "the vote"],
  note="Brazil's general election of Oct. 4, 2026 (real date; the Pernambuco governor's race is fictional): future "
       "at publication, no event record. 'the vote' in Arruda's quote")
E("takedown_2026", "Event", [], ["the removals"],
  note="'it had removed 214 accounts and 38 broadcast channels'; 'before the removals'")
E("ord_report", "Event", [], ["a report", "the report", "the lab's report"],
  note="'In a report released on Sunday'; 'the report says', 'the report called', 'co-wrote the report'; 'the data "
       "the lab published' belong to it")
E("tre_inquiry", "Event", [], ["an inquiry"], note="'opened an inquiry on Saturday'")
E("police_raid", "Event", [], ["the raid"], note="'Federal police raided ...' (lead), 'called the raid' (Arruda); "
                                                  "the headline's 'Police raid' is a verb")
E("alcance_founding", "Event", [], note="clausal: 'The firm was founded in 2015 by Fábio Quintela ... and his brother'")
E("vertice_acquisition", "Event", [], note="clausal: 'that bought it in 2019'")
E("alcance_renaming", "Event", [], note="clausal: 'known until 2022 as Agência Alcance'")
E("lins_payment_2022", "Event", [], note="clausal: \"Lins's campaign paid Alcance 380,000 reais that year\"; 'the firm "
                                         "was paid for the work' (the lab)")
E("tre_fine_2024", "Event", [], note="clausal: 'the TRE-PE fined Alcance 50,000 reais'")
E("client_pages_hack", "Event", [], note="clausal: 'several of its client pages had apparently been hacked in August' "
                                         "(the firm's claim, disputed by the writer)")
E("corvane_tse_agreement", "Event", [], ["an agreement"], note="'Corvane signed an agreement with the TSE'")
E("election_2024", "Event", [], implicit=True,
  note="the 2024 municipal election implied by 'a mayoral candidate' two years ago; no record")

# ----------------------------------------------------------------- relations
R = g.rel
HEAD = ("Police raid Brazilian marketing firm over fake audio of governor candidate days before Pernambuco vote")
R("federal_police", "targeted", "alcance", "Police raid Brazilian marketing firm", ambiguous=True,
  qualifier="raid", time="2026-09-28",
  note="headline (the writer's); a raid has no exact predicate: 'targeted' with a qualifier (mining_collapse_inquiry's "
       "arrests)")
R("alcance", "located_in", "brazil", "Brazilian marketing firm")
R("election_2026", "located_in", "pernambuco", "Pernambuco vote", note="an event's place (mining_collapse_inquiry)")
LEAD = ("Federal police raided the offices of a marketing firm in Olinda on Monday after university researchers linked "
        "it to a network of pages that spread a fabricated audio clip of Helena Sampaio, a leading candidate for "
        "governor of Pernambuco, less than a week before the Oct. 4 election, police said.")
R("federal_police", "targeted", "alcance", "Federal police raided the offices of a marketing firm in Olinda on Monday",
  source="federal_police", time="2026-09-28", ambiguous=True, alt_objects=["alcance_office"], qualifier="raid",
  note="'police said' covers the lead")
R("alcance_office", "located_in", "olinda", "the offices of a marketing firm in Olinda")
R("alcance", "located_in", "olinda", "a marketing firm in Olinda")
R("alcance", "controls", "page_network", "university researchers linked it to a network of pages", source="ord",
  via=["federal_police"], ambiguous=True, alt_predicates=["works_with"], qualifier="linked to (by the researchers)",
  note="the researchers' finding inside the police's lead ('police said'); 'linked' does not say how")
R("page_network", "perpetrated", "deepfake_audio", "a network of pages that spread a fabricated audio clip",
  source="federal_police", qualifier="spread the clip",
  note="spreading, not making: 'perpetrated' carries no intent (environment_chemical_spill)")
R("page_network", "targeted", "helena_sampaio", "a network of pages that spread a fabricated audio clip of Helena "
  "Sampaio", source="federal_police", implicit=True, ambiguous=True, qualifier="fabricated clip of her")
R("helena_sampaio", "citizen_of", "brazil", "Helena Sampaio, a leading candidate for governor of Pernambuco",
  implicit=True, note="a candidate in a Brazilian state election (election_disputed_count convention); the candidacy "
                      "itself (for an office she does not hold) has no predicate")
R("recife", "located_in", "brazil", "RECIFE, Brazil")
R("recife", "located_in", "pernambuco", "RECIFE, Brazil", implicit=True, ambiguous=True,
  note="world knowledge (the state capital), not stated")
R("olinda", "located_in", "pernambuco", "a marketing firm in Olinda", implicit=True, ambiguous=True,
  note="world knowledge")
R("pernambuco", "located_in", "brazil", "RECIFE, Brazil", implicit=True, note="the state of the dateline's country")
P2 = ("The 48-second recording, which began circulating on messaging apps on Sept. 23, purports to capture Sampaio "
      "telling donors that she would sell the state water company and \"let the interior dry out\" once elected.")
R("state_water_company", "located_in", "pernambuco", "the state water company", implicit=True,
  note="inside the fabricated content (the state's utility)")
R("interior", "located_in", "pernambuco", "\"let the interior dry out\"", implicit=True)
P2B = ("According to a statement from her party, the Aliança Popular Nordestina (APN), the voice was cloned from her "
       "televised debates.")
R("helena_sampaio", "member_of", "apn", "her party, the Aliança Popular Nordestina (APN)")
P2C = ("Sampaio, 54, a former mayor of Caruaru who has led the APN since 2021, called the clip \"a crime against every "
       "voter in this state.\"")
R("helena_sampaio", "holds_position", "caruaru", "Sampaio, 54, a former mayor of Caruaru", role="mayor (former)",
  qualifier="former", note="dates not stated; object the city (wire_flood_evacuation's governor of a province)")
R("helena_sampaio", "leader_of", "apn", "a former mayor of Caruaru who has led the APN since 2021", time="2021/..")
R("helena_sampaio", "born_on", "1971/1972", "Sampaio, 54", implicit=True,
  note="54 at 2026-09-29 (election_disputed_count's derived birth year)")
R("caruaru", "located_in", "pernambuco", "a former mayor of Caruaru", implicit=True, ambiguous=True,
  note="world knowledge (also 'every voter in this state' and the residents' paragraph)")
P3 = ("Corvane Ltd., the Dublin-based owner of the Vizo messaging app, said on Friday that it had removed 214 accounts "
      "and 38 broadcast channels that pushed the recording, which it said broke its rules on manipulated media.")
R("corvane", "located_in", "dublin", "the Dublin-based owner")
R("corvane", "controls", "vizo", "the Dublin-based owner of the Vizo messaging app", qualifier="owner")
R("corvane", "targeted", "removed_accounts", P3, source="corvane", time="2026-09-25", qualifier="takedown (removed)",
  note="the platform's removal (influence_campaign_takedown)")
R("removed_accounts", "perpetrated", "deepfake_audio", "214 accounts and 38 broadcast channels that pushed the "
  "recording", source="corvane", qualifier="pushed the recording")
R("removed_accounts", "part_of", "vizo", "it had removed 214 accounts and 38 broadcast channels", implicit=True,
  ambiguous=True, note="accounts on the company's app (context: 'forwarded ... on Vizo')")
P3B = "It said the audio had been forwarded about 640,000 times on Vizo before the removals."
QK = "\"We acted as soon as the pattern was clear,\" said Niamh Keane, a spokeswoman for Corvane."
R("niamh_keane", "holds_position", "corvane", "Niamh Keane, a spokeswoman for Corvane", role="spokeswoman")
P4 = ("Researchers at the Observatório de Redes e Democracia (ORD), a unit of the Universidade Estadual do Capibaribe "
      "in Recife, went further.")
R("ord", "part_of", "uecap", "Observatório de Redes e Democracia (ORD), a unit of the Universidade Estadual do "
  "Capibaribe", qualifier="unit")
R("uecap", "located_in", "recife", "the Universidade Estadual do Capibaribe in Recife",
  note="'in Recife' may attach to the lab or the university (influence_campaign_takedown); the lab follows")
R("ord", "located_in", "recife", P4, implicit=True)
P4B = ("In a report released on Sunday, they traced the earliest copies to a group administered from a phone number "
       "registered to Alcance Marketing Digital, an Olinda firm, and identified 63 pages on several platforms that "
       "posted the clip within minutes of one another, a pattern the report called likely the work of a single "
       "operator.")
R("alcance", "controls", "first_group", "a group administered from a phone number registered to Alcance Marketing "
  "Digital", source="ord", ambiguous=True, alt_predicates=["works_with"],
  qualifier="administered from a phone number registered to the firm")
R("first_group", "perpetrated", "deepfake_audio", "they traced the earliest copies to a group", source="ord",
  qualifier="posted the earliest copies")
R("alcance", "located_in", "olinda", "Alcance Marketing Digital, an Olinda firm")
R("page_network", "perpetrated", "deepfake_audio", "63 pages on several platforms that posted the clip within minutes "
  "of one another", source="ord", qualifier="posted the clip within minutes of one another")
R("clip_makers", "controls", "page_network", "a pattern the report called likely the work of a single operator",
  source="ord", certainty="probable", certainty_cue="likely", qualifier="a single operator behind the 63 pages")
P4C = ("Twenty-one of those pages share administrators with accounts the firm has run for paying clients since 2021, "
       "the report says.")
R("alcance", "controls", "client_accounts", "accounts the firm has run for paying clients since 2021", source="ord",
  time="2021/..", qualifier="runs")
R("alcance", "works_with", "paying_clients", "accounts the firm has run for paying clients since 2021", source="ord",
  time="2021/..", qualifier="runs accounts for paying clients")
R("alcance", "controls", "page_network", P4C, source="ord", implicit=True, ambiguous=True,
  qualifier="21 of the 63 pages share administrators with the firm's client accounts",
  note="the link the report draws (the lead's 'linked it'), not stated as control")
R("page_network", "works_with", "client_accounts", "Twenty-one of those pages share administrators with accounts",
  source="ord", ambiguous=True, qualifier="shared administrators (21 of the pages)")
QR = ("The lab's director, Tiago Rocha, put it bluntly: \"This was not spontaneous. Somebody wrote a script, built a "
      "voice and pressed send on sixty pages at once.\"")
R("tiago_rocha", "holds_position", "ord", "The lab's director, Tiago Rocha", role="director",
  alt_predicates=["leader_of"])
R("clip_makers", "perpetrated", "deepfake_audio", "Somebody wrote a script, built a voice and pressed send on sixty "
  "pages at once", source="tiago_rocha", qualifier="wrote a script, built a voice, posted on sixty pages")
R("clip_makers", "controls", "page_network", "pressed send on sixty pages at once", source="tiago_rocha",
  implicit=True, qualifier="posted on sixty pages at once")
P6 = "The lab estimates that the clip was shared at least 1.8 million times in messaging groups."
P6B = "Sampaio's campaign has said it reached \"more than 10 million\" people."
R("sampaio_campaign", "supported", "helena_sampaio", "Sampaio's campaign", implicit=True, ambiguous=True,
  alt_predicates=["works_with"], note="a candidate's campaign: possessive; no predicate fits exactly")
P6C = ("Data released by Corvane confirm the lab's finding that the first copy on Vizo appeared in a group run from "
       "Olinda.")
R("first_group", "located_in", "olinda", "a group run from Olinda", stance="endorses",
  note="the writer's own statement on Corvane's data, endorsing the lab's finding (stance s01)")
R("first_group", "part_of", "vizo", "the first copy on Vizo appeared in a group", implicit=True, ambiguous=True,
  note="a group on the app")
P7 = ("Alcance, known until 2022 as Agência Alcance, is a subsidiary of Grupo Vértice, a communications holding based "
      "in São Paulo that bought it in 2019.")
R("agencia_alcance", "renamed_to", "alcance", "Alcance, known until 2022 as Agência Alcance", time="2022")
R("alcance", "part_of", "grupo_vertice", "Alcance, known until 2022 as Agência Alcance, is a subsidiary of Grupo "
  "Vértice", qualifier="subsidiary", alt_predicates=["controls"],
  note="subsidiary -> part_of (labour_port_strike, mining_collapse_inquiry)")
R("grupo_vertice", "located_in", "sao_paulo", "a communications holding based in São Paulo")
R("grupo_vertice", "controls", "alcance", "a communications holding based in São Paulo that bought it in 2019",
  time="2019/..", qualifier="bought it (owner)")
R("sao_paulo", "located_in", "brazil", "São Paulo", implicit=True)
P7B = ("In a statement, the firm denied any role in making or spreading the recording and said several of its client "
       "pages had apparently been hacked in August, a claim for which it offered no evidence.")
R("alcance", "perpetrated", "deepfake_audio", "the firm denied any role in making or spreading the recording",
  source="alcance", polarity="negative", polarity_cue="denied")
R("alcance", "controls", "client_pages", "several of its client pages", source="alcance",
  qualifier="pages it runs for clients")
P7C = "Its lawyer, Cláudia Arruda, called the raid \"a spectacle staged days before the vote.\""
R("claudia_arruda", "works_with", "alcance", "Its lawyer, Cláudia Arruda", role="lawyer",
  note="a lawyer for a client: works_with, role lawyer (mining_collapse_inquiry)")
P8 = "The firm was founded in 2015 by Fábio Quintela, its managing partner, and his brother Renato."
R("fabio_quintela", "founded", "alcance", "The firm was founded in 2015 by Fábio Quintela", time="2015")
R("renato_quintela", "founded", "alcance", P8, time="2015")
R("fabio_quintela", "holds_position", "alcance", "Fábio Quintela, its managing partner", role="managing partner",
  alt_predicates=["leader_of"])
R("renato_quintela", "member_of", "quintela_family", "his brother Renato", implicit=True, ambiguous=True,
  qualifier="brother of Fábio Quintela", note="kinship has no predicate (aviation_crash_inquiry)")
R("fabio_quintela", "member_of", "quintela_family", "his brother Renato", implicit=True, ambiguous=True,
  qualifier="brother of Renato Quintela")
P8B = ("According to the lab's report, Renato Quintela worked as a digital strategist on the 2022 state assembly "
       "campaign of Rodrigo Lins, a state deputy who is Sampaio's main rival and the candidate of the União "
       "Republicana do Nordeste (URN), and the firm was paid for the work.")
R("renato_quintela", "works_with", "lins_campaign_2022", "Renato Quintela worked as a digital strategist on the 2022 "
  "state assembly campaign of Rodrigo Lins", source="ord", role="digital strategist", time="2022",
  alt_predicates=["member_of"])
R("lins_campaign_2022", "supported", "rodrigo_lins", "the 2022 state assembly campaign of Rodrigo Lins",
  implicit=True, ambiguous=True, alt_predicates=["works_with"], note="a candidate's campaign (as sampaio_campaign)")
R("rodrigo_lins", "holds_position", "state_assembly", "Rodrigo Lins, a state deputy", role="state deputy",
  alt_predicates=["member_of"], note="the state assembly of Pernambuco (implied by 'state deputy' and the 2022 state "
                                     "assembly campaign)")
R("rodrigo_lins", "member_of", "urn", "the candidate of the União Republicana do Nordeste (URN)",
  role="candidate (for governor)", alt_predicates=["holds_position"],
  note="party candidate (election_disputed_count convention)")
R("rodrigo_lins", "citizen_of", "brazil", "a state deputy who is Sampaio's main rival", implicit=True)
R("lins_campaign_2022", "funded", "alcance", "and the firm was paid for the work", source="ord", implicit=True,
  ambiguous=True, alt_predicates=["works_with"], qualifier="paid for services",
  note="who paid is implied ('the work' on Lins's campaign); payment for services has no exact predicate")
R("alcance", "works_with", "lins_campaign_2022", P8B, source="ord", implicit=True,
  qualifier="the firm's work on the campaign (through Renato Quintela)")
R("state_assembly", "located_in", "pernambuco", "state assembly", implicit=True)
P8C = ("Data from the Superior Electoral Court's campaign-finance portal confirm that Lins's campaign paid Alcance "
       "380,000 reais that year for \"digital content.\"")
R("lins_campaign_2022", "funded", "alcance", "Lins's campaign paid Alcance 380,000 reais that year for \"digital "
  "content.\"", time="2022", ambiguous=True, alt_predicates=["works_with"],
  qualifier="paid 380,000 reais for 'digital content'",
  note="the writer's own statement on the TSE's data (booster 'confirm'; stance s03); 'that year' = 2022")
P9 = "Lins's campaign denied any involvement."
R("lins_campaign", "perpetrated", "deepfake_audio", P9, source="lins_campaign", polarity="negative",
  polarity_cue="denied", qualifier="involvement")
QT = ("\"We have no contract with Alcance today and nobody in this campaign ordered anything of the kind,\" said "
      "Marcos Teles, the campaign's coordinator, at a news conference on Tuesday.")
R("lins_campaign", "works_with", "alcance", "We have no contract with Alcance today", source="marcos_teles",
  polarity="negative", polarity_cue="no", time="2026-09-29", qualifier="contract (denied, 'today')",
  note="'today' limits the denial to the present; the 2022 payment is not denied")
R("lins_campaign", "perpetrated", "deepfake_audio", "nobody in this campaign ordered anything of the kind",
  source="marcos_teles", polarity="negative", polarity_cue="nobody", qualifier="ordered (denied)")
R("marcos_teles", "holds_position", "lins_campaign", "Marcos Teles, the campaign's coordinator", role="coordinator")
QT2 = "\"Whoever made this audio wants voters to stop trusting what they hear from both of us.\""
R("clip_makers", "perpetrated", "deepfake_audio", "Whoever made this audio", source="marcos_teles",
  qualifier="made the audio")
R("clip_makers", "targeted", "rodrigo_lins", QT2, source="marcos_teles", implicit=True, ambiguous=True,
  qualifier="aim: undermine trust in both candidates")
R("clip_makers", "targeted", "helena_sampaio", QT2, source="marcos_teles", implicit=True, ambiguous=True,
  qualifier="aim: undermine trust in both candidates")
P10 = ("Teles suggested that the clip had first surfaced on accounts based in Portugal, an assertion not supported by "
       "the data the lab published, which list no foreign accounts among the earliest posters.")
R("portugal_accounts", "located_in", "portugal", "accounts based in Portugal", source="marcos_teles",
  certainty="possible", certainty_cue="suggested", stance="disputes")
R("portugal_accounts", "perpetrated", "deepfake_audio", "Teles suggested that the clip had first surfaced on accounts "
  "based in Portugal", source="marcos_teles", certainty="possible", certainty_cue="suggested", stance="disputes",
  qualifier="first surfaced on", note="disputed by the writer (stance s04)")
P11 = ("The Regional Electoral Court of Pernambuco (TRE-PE) opened an inquiry on Saturday and ordered platforms to take "
       "the recording down within two hours of notification, according to court documents.")
R("tre_pe", "located_in", "pernambuco", "Regional Electoral Court of Pernambuco", implicit=True, note="from the name")
R("tre_pe", "targeted", "deepfake_audio", "The Regional Electoral Court of Pernambuco (TRE-PE) opened an inquiry on "
  "Saturday", source="court_documents", time="2026-09-26", implicit=True, ambiguous=True,
  qualifier="opened an inquiry (its object implied: the clip)")
R("tre_pe", "targeted", "platforms", "ordered platforms to take the recording down within two hours of notification",
  source="court_documents", time="2026-09-26", ambiguous=True, qualifier="takedown order")
R("tre_pe", "part_of", "tse", "Regional Electoral Court of Pernambuco", implicit=True, ambiguous=True,
  note="world knowledge: the regional courts of Brazil's electoral justice, under the TSE; not stated")
P11B = ("Judge Ana Beatriz Falcão, one of the court's seven members, wrote that the audio \"may have been produced with "
        "artificial intelligence\" and could amount to an abuse of economic power.")
R("ana_falcao", "holds_position", "tre_pe", "Judge Ana Beatriz Falcão, one of the court's seven members", role="judge",
  alt_predicates=["member_of"], qualifier="one of the court's seven members")
P11C = "Rules adopted by the Superior Electoral Court (TSE) in 2024 ban deepfakes in campaign material."
R("tse", "located_in", "brazil", "Superior Electoral Court (TSE)", implicit=True, note="Brazil's top electoral court")
P12 = ("Agents seized computers, phones and a server at the firm's office in Olinda and searched two homes in Recife, "
       "police said.")
R("federal_police", "targeted", "alcance_office", "Agents seized computers, phones and a server at the firm's office in "
  "Olinda", source="federal_police", time="2026-09-28", ambiguous=True, alt_objects=["alcance"],
  qualifier="search and seizure")
R("federal_police", "targeted", "recife_homes", "searched two homes in Recife", source="federal_police",
  time="2026-09-28", ambiguous=True, qualifier="searched")
R("agents", "member_of", "federal_police", P12, implicit=True, note="the police's agents (context)")
R("alcance", "located_in", "alcance_office", "the firm's office in Olinda", alt_predicates=["controls"],
  qualifier="the firm's premises")
R("recife_homes", "located_in", "recife", "two homes in Recife")
P12B = ("A senior official who spoke on condition of anonymity said investigators believe the voice was generated with "
        "off-the-shelf cloning software and that the pages were allegedly paid for in cash.")
R("investigators", "member_of", "federal_police", "investigators believe", implicit=True, ambiguous=True,
  note="the police investigation (context)")
R("senior_official", "member_of", "federal_police", "A senior official who spoke on condition of anonymity",
  implicit=True, ambiguous=True, note="whose official is not said (the police paragraph)")
P12C = "The official would not say who is suspected of paying."
P13 = ("Two years ago, the TRE-PE fined Alcance 50,000 reais for running unlabelled political ads for a mayoral "
       "candidate in Jaboatão dos Guararapes, court records show.")
R("tre_pe", "targeted", "alcance", "the TRE-PE fined Alcance 50,000 reais", source="court_records", time="2024",
  ambiguous=True, qualifier="fine of 50,000 reais")
R("alcance", "supported", "mayoral_candidate", "running unlabelled political ads for a mayoral candidate",
  source="court_records", time="2024", alt_predicates=["works_with"], qualifier="ran unlabelled political ads for")
R("mayoral_candidate", "located_in", "jaboatao", "a mayoral candidate in Jaboatão dos Guararapes",
  qualifier="candidate for mayor of the city")
R("jaboatao", "located_in", "pernambuco", "Jaboatão dos Guararapes", implicit=True, ambiguous=True,
  note="world knowledge (the TRE-PE's jurisdiction)")
P14 = "In Caruaru, residents said the clip had reached them through family and church groups."
R("residents", "located_in", "caruaru", "In Caruaru, residents said")
QL = ("\"My sister sent it to me at six in the morning, and by lunch the whole street had heard it,\" said Maria das "
      "Dores Lima, a retired teacher.")
QL2 = "\"Some people here still believe it.\""
R("maria_lima", "located_in", "caruaru", QL, implicit=True, note="'In Caruaru' (paragraph context), 'here' in her quote")
P15 = ("Inês Figueira, a Portuguese data scientist who co-wrote the report, said the cloned voice had flaws a trained "
       "ear could catch, but that most people appeared to have heard it on cheap phones over poor connections.")
R("ines_figueira", "citizen_of", "portugal", "Inês Figueira, a Portuguese data scientist", note="demonym")
R("ines_figueira", "member_of", "ord", "a Portuguese data scientist who co-wrote the report", implicit=True,
  ambiguous=True, alt_predicates=["works_with"], note="co-author of the lab's report (employment implied)")
P16 = "Last March, Corvane signed an agreement with the TSE pledging to act within hours on election deepfakes."
R("corvane", "works_with", "tse", P16, time="2026-03/..", qualifier="agreement: act within hours on election "
                                                                     "deepfakes")
P16B = "Critics say it took two days."

# -------------------------------------------------------------- attributions
A = g.attr
A(LEAD, "federal_police", "said", False, content=LEAD[:LEAD.index(", police said")],
  note="reporting clause after the content ('police said'); the researchers' link inside it is the lab's finding")
A(P2B, "apn", "According to", False, content="the voice was cloned from her televised debates",
  note="'a statement from her party': the APN's statement")
A(P2C, "helena_sampaio", "called", False, partial_quote=True, content="\"a crime against every voter in this state.\"",
  on_behalf_of="apn", note="quoted noun phrase as the whole content: partial quote")
A(P3[:P3.index(", which it said")], "corvane", "said", False,
  content="it had removed 214 accounts and 38 broadcast channels that pushed the recording")
A("which it said broke its rules on manipulated media", "corvane", "said", False,
  note="second report verb in the relative clause (the rules breach)")
A(P3B, "corvane", "said", False)
A(QK, "niamh_keane", "said", True, on_behalf_of="corvane")
A(P4B[:P4B.index(", a pattern the report")], "ord", "traced", False,
  note="'In a report released on Sunday, they traced ... and identified ...': the lab's findings in its report "
       "(as influence_campaign_takedown's 'the lab attributed'); 'they' = the ORD's researchers")
A("a pattern the report called likely the work of a single operator", "ord", "called", False,
  note="the report's judgement, hedged 'likely'")
A(P4C, "ord", "says", False, note="reporting clause after the content ('the report says')")
A(QR, "tiago_rocha", "put it bluntly", True, on_behalf_of="ord",
  note="quote introduced by a colon, two sentences ('This was not spontaneous' negative)")
A(P6, "ord", "estimates", False, content="the clip was shared at least 1.8 million times in messaging groups")
A(P6B, "sampaio_campaign", "has said", False, partial_quote=True)
A(P6C, "corvane", "confirm", False,
  content="the first copy on Vizo appeared in a group run from Olinda",
  note="Corvane's data, which the writer relies on ('Data released by Corvane confirm the lab's finding'): the "
       "writer endorses both (stance s01); alt source author (as mining_collapse_inquiry's inspection log)")
A(P7B[:P7B.index(" and said several")], "alcance", "denied", False, polarity="negative",
  content="any role in making or spreading the recording")
A("said several of its client pages had apparently been hacked in August", "alcance", "said", False,
  note="hedged by the firm ('apparently'); disputed by the writer (stance s02)")
A(P7C, "claudia_arruda", "called", False, partial_quote=True, on_behalf_of="alcance",
  content="\"a spectacle staged days before the vote.\"")
A(P8B, "ord", "According to", False, note="the lab's report (the medium); content: Renato's work and the payment")
A(P8C, "tse", "confirm", False,
  content="Lins's campaign paid Alcance 380,000 reais that year for \"digital content.\"",
  note="the TSE's campaign-finance data, cited by the writer, who endorses the lab's report with them (stance s03); "
       "alt source author")
A(P9, "lins_campaign", "denied", False, polarity="negative", content="any involvement")
A(QT, "marcos_teles", "said", True, polarity="negative", on_behalf_of="lins_campaign")
A(QT2, "marcos_teles", "said", True, cue_ctx="of the kind,\" said Marcos Teles", continuation=True,
  on_behalf_of="lins_campaign", note="quote continued after the attribution")
A(P10[:P10.index(", an assertion")], "marcos_teles", "suggested", False, on_behalf_of="lins_campaign",
  content="the clip had first surfaced on accounts based in Portugal", note="disputed by the writer (stance s04)")
A("the data the lab published, which list no foreign accounts among the earliest posters", "ord", "list", False,
  polarity="negative", note="the lab's published data, cited by the writer against Teles")
A(P11, "court_documents", "according to", False, note="reporting clause after the content")
A(P11B, "ana_falcao", "wrote", False, partial_quote=True, on_behalf_of="tre_pe",
  content="the audio \"may have been produced with artificial intelligence\" and could amount to an abuse of economic "
          "power")
A(P12, "federal_police", "said", False, note="reporting clause after the content")
A(P12B, "senior_official", "said", False,
  note="unnamed official 'who spoke on condition of anonymity' (not on anyone's behalf)")
A("investigators believe the voice was generated with off-the-shelf cloning software and that the pages were "
  "allegedly paid for in cash", "investigators", "believe", False, via=["senior_official"],
  note="the investigators' belief relayed by the official (via); 'allegedly' inside it")
A(P13, "court_records", "show", False, note="cited records ('court records show'), police_murder_investigation")
A(P14, "residents", "said", False)
A(QL, "maria_lima", "said", True)
A(QL2, "maria_lima", "said", True, cue_ctx="heard it,\" said Maria das Dores Lima", continuation=True,
  note="quote continued after the attribution")
A(P15, "ines_figueira", "said", False, on_behalf_of="ord")
A(P16B, "critics", "say", False, content="it took two days",
  note="'it' = Corvane; 'two days' against the pledge to act 'within hours' (Sept. 23 -> Friday Sept. 25)")

# ------------------------------------------------------------------- hedges
H = g.hedge
H("purports to", "purports to capture Sampaio telling donors", "reported",
  note="distancing: the content is the clip's, which the writer calls fabricated (the writer does not assert it)")
H("likely", "a pattern the report called likely the work of a single operator", "probable")
H("apparently", "several of its client pages had apparently been hacked in August", "probable",
  note="the firm's own hedge (evidential)")
H("suggested", "Teles suggested that the clip had first surfaced on accounts based in Portugal", "possible",
  note="a weak assertion of a named source")
H("may have", "the audio \"may have been produced with artificial intelligence\"", "possible")
H("could", "could amount to an abuse of economic power", "possible", note="the judge's (the legal qualification)")
H("believe", "investigators believe the voice was generated with off-the-shelf cloning software", "probable",
  note="a belief, not a report")
H("allegedly", "the pages were allegedly paid for in cash", "reported")
H("suspected", "who is suspected of paying", "possible", note="DESIGN 'suspected' = possible")
H("appeared to", "most people appeared to have heard it on cheap phones over poor connections", "probable")
H("confirm", P6C, "certain", note="booster (data; also the cue of stance s01)")
H("confirm", P8C, "certain", note="booster (data; also the cue of stance s03)")
H("show", "court records show", "certain", note="booster (documentary evidence)")

# ------------------------------------------------------------------ stances
S = g.stance
S(P6C, "ord", "endorses", "confirm the lab's finding",
  note="the writer's own judgement: Corvane's data corroborate the lab's tracing of the first copy to Olinda")
S("said several of its client pages had apparently been hacked in August, a claim for which it offered no evidence",
  "alcance", "disputes", "a claim for which it offered no evidence",
  note="the writer's judgement on the firm's hacking claim (the hack event carries author_stance 'disputes')")
S(P8C, "ord", "endorses", "confirm",
  note="the TSE's data confirm the lab's report that the firm was paid for its work on Lins's 2022 campaign; implicitly "
       "also weighs against Teles's 'We have no contract with Alcance today' (not contradicted: 'today')")
S(P10, "marcos_teles", "disputes", "an assertion not supported by the data the lab published",
  note="the writer's judgement on Teles's Portuguese-origin suggestion, on the lab's data")

# ------------------------------------------------------------------- events
V = g.event
V("deepfake_audio", "other", "2026-09-23", "pernambuco", {"shares": 1800000},
  [("clip_makers", "perpetrator", {"qualifier": "made it (unknown: 'a single operator', 'Somebody', 'Whoever')"}),
   ("page_network", "perpetrator", {"qualifier": "spread it"}),
   ("first_group", "perpetrator", {"source": "ord", "qualifier": "earliest copies"}),
   ("removed_accounts", "perpetrator", {"source": "corvane", "qualifier": "pushed the recording"}),
   ("alcance", "suspected_source", {"source": "ord", "certainty": "probable",
                                    "qualifier": "linked through the earliest group and shared administrators"}),
   ("alcance", "perpetrator", {"source": "alcance", "polarity": "negative", "qualifier": "denied any role"}),
   ("lins_campaign", "orderer", {"source": "marcos_teles", "polarity": "negative",
                                 "qualifier": "'nobody in this campaign ordered anything of the kind'"}),
   ("portugal_accounts", "suspected_source", {"source": "marcos_teles", "certainty": "possible",
                                              "qualifier": "first surfaced there (disputed by the writer)"}),
   ("helena_sampaio", "target"), ("rodrigo_lins", "target", {"source": "marcos_teles", "qualifier": "'both of us'"}),
   ("voters", "target", {"source": "marcos_teles"}), ("residents", "recipient"), ("maria_lima", "recipient"),
   ("corvane", "responder"), ("tre_pe", "responder"), ("federal_police", "responder")],
  "a fabricated audio clip of Helena Sampaio",
  subtype="publication: fabricated (deepfake) audio clip of a candidate spread on messaging apps (disinformation; no "
          "exact DESIGN word, 'publication' leads as the clip's posting)",
  place_alt=["olinda", "brazil"],
  note="'began circulating on messaging apps on Sept. 23'; the first copy on Vizo in a group run from Olinda (the lab; "
       "Corvane's data); the voice cloned from her debates (the APN), generated with off-the-shelf cloning software "
       "(investigators, 'believe'), 'may have been produced with artificial intelligence' (the judge). Competing reach "
       "figures by source below; 'numbers' keep the lab's (independent researchers') count",
  numbers_by_source=[
      {"source": "corvane", "numbers": {"forwards_on_vizo": 640000}, "qualifier": "about; on Vizo only, before the "
       "removals", "evidence": "It said the audio had been forwarded about 640,000 times on Vizo before the removals."},
      {"source": "ord", "numbers": {"shares": 1800000}, "qualifier": "at least; in messaging groups",
       "evidence": "the clip was shared at least 1.8 million times in messaging groups"},
      {"source": "sampaio_campaign", "numbers": {"people_reached": 10000000}, "qualifier": "more than",
       "evidence": "Sampaio's campaign has said it reached \"more than 10 million\" people."},
      {"source": "ord", "numbers": {"pages": 63}, "qualifier": "pages that posted the clip within minutes",
       "evidence": "identified 63 pages on several platforms"}])
V("takedown_2026", "other", "2026-09-25", None, {"accounts": 214, "channels": 38},
  [("corvane", "actor"), ("vizo", "venue"), ("removed_accounts", "target")], P3[:P3.index(", which it said")],
  subtype="takedown: the platform removes 214 accounts and 38 broadcast channels that pushed the clip (manipulated-"
          "media rules)", source="corvane",
  note="'on Friday' = 2026-09-25 (the statement's day, read as the removal's); two days after the clip appeared "
       "(critics: 'it took two days')")
V("ord_report", "other", "2026-09-27", None, {"pages": 63},
  [("ord", "actor"), ("tiago_rocha", "actor"), ("ines_figueira", "actor", {"qualifier": "co-wrote the report"}),
   ("alcance", "target"), ("page_network", "target")], "In a report released on Sunday",
  subtype="publication: research report tracing the clip to a group linked to the firm and 63 coordinated pages",
  place_alt=["recife"], note="'on Sunday' = 2026-09-27 (past; not the election Sunday)")
V("tre_inquiry", "other", "2026-09-26", "pernambuco", {"takedown_deadline_hours": 2},
  [("tre_pe", "actor"), ("ana_falcao", "actor"), ("deepfake_audio", "target"), ("platforms", "target",
                                                                                 {"qualifier": "takedown order"})],
  P11[:P11.index(", according to")],
  subtype="investigation: electoral court inquiry into the clip, with an order to platforms to take it down within "
          "two hours of notification (possible abuse of economic power)",
  source="court_documents", note="'on Saturday' = 2026-09-26; the order is kept inside this record (same act)")
V("police_raid", "other", "2026-09-28", "alcance_office", {"homes_searched": 2},
  [("federal_police", "actor"), ("agents", "actor"), ("alcance", "target"), ("alcance_office", "target"),
   ("recife_homes", "target")], "Federal police raided the offices of a marketing firm in Olinda on Monday",
  subtype="raid: federal police search of the firm's office in Olinda (computers, phones and a server seized) and of "
          "two homes in Recife", source="federal_police", place_alt=["olinda", "recife"],
  note="'on Monday' = 2026-09-28; no arrest is reported")
V("alcance_founding", "other", "2015", None, {},
  [("fabio_quintela", "actor"), ("renato_quintela", "actor"), ("alcance", "result")], P8,
  subtype="founding: the firm founded by the two brothers", note="under its former name, presumably (not stated)")
V("vertice_acquisition", "other", "2019", None, {},
  [("grupo_vertice", "actor"), ("alcance", "target")], "a communications holding based in São Paulo that bought it in "
  "2019", subtype="acquisition: the holding bought the firm")
V("alcance_renaming", "renaming", "2022", None, {},
  [("agencia_alcance", "target"), ("alcance", "result")], "Alcance, known until 2022 as Agência Alcance",
  subtype="name change from Agência Alcance to Alcance Marketing Digital")
V("lins_payment_2022", "other", "2022", None, {"amount_brl": 380000},
  [("lins_campaign_2022", "payer"), ("alcance", "recipient"), ("renato_quintela", "actor",
                                                                {"source": "ord", "qualifier": "digital strategist"})],
  "Lins's campaign paid Alcance 380,000 reais that year",
  subtype="payment: the 2022 campaign paid the firm 380,000 reais for 'digital content' (campaign-finance data)",
  numbers_by_source=[{"source": "author", "numbers": {"amount_brl": 380000}, "qualifier": "TSE portal data",
                      "evidence": "Lins's campaign paid Alcance 380,000 reais that year"}],
  note="the lab's 'the firm was paid for the work' (no sum); the writer's data give the sum (stance s03)")
V("tre_fine_2024", "other", "2024", "jaboatao", {"fine_brl": 50000},
  [("tre_pe", "actor"), ("alcance", "target"), ("alcance", "payer"),
   ("mayoral_candidate", "beneficiary", {"qualifier": "the ads were run for him or her"})],
  "the TRE-PE fined Alcance 50,000 reais", subtype="sanction: fine of 50,000 reais for unlabelled political ads",
  source="court_records", place_alt=["pernambuco"],
  note="'Two years ago' from 2026-09-29 = 2024 (Brazil's municipal election year); the place is that of the ads")
V("client_pages_hack", "other", "2026-08", None, {},
  [("client_pages", "target")], "several of its client pages had apparently been hacked in August",
  subtype="attack: hacking of the firm's client pages (cyber; the firm's claim)", source="alcance",
  author_stance="disputes",
  note="the firm's claim, hedged 'apparently' and disputed by the writer ('offered no evidence'); who hacked is "
       "not said")
V("corvane_tse_agreement", "other", "2026-03", None, {},
  [("corvane", "actor"), ("tse", "actor")], P16,
  subtype="agreement: the platform pledges to act within hours on election deepfakes")

# ------------------------------------------------------------------ timexes
T = g.timex
T("Sept. 29, 2026", "2026-09-29", function="publication_date")
T("days", "PXD", ctx="candidate days before Pernambuco vote", type="duration", note="headline 'days before ... vote'")
T("Monday", "2026-09-28")
T("less than a week", "P1W", type="duration", mod="LESS_THAN", note="Monday Sept. 28 -> Sunday Oct. 4 (six days)")
T("Oct. 4", "2026-10-04", note="election day (future)")
T("Sept. 23", "2026-09-23")
T("2021", "2021", ctx="has led the APN since 2021", signal="since", note="2021/..")
T("Friday", "2026-09-25")
T("Sunday", "2026-09-27", note="the report's release (past Sunday), not the Oct. 4 election")
T("2021", "2021", ctx="paying clients since 2021", signal="since", note="2021/..")
T("2022", "2022", ctx="known until 2022", signal="until")
T("2019", "2019")
T("August", "2026-08")
T("days", "PXD", ctx="staged days before the vote", type="duration")
T("2015", "2015")
T("2022", "2022", ctx="the 2022 state assembly", note="the campaign's year")
T("that year", "2022", anchor="2022")
T("today", "2026-09-29", note="in Teles's quote on Tuesday: the present reference (PRESENT_REF), the publication day")
T("Tuesday", "2026-09-29")
T("Saturday", "2026-09-26")
T("two hours", "PT2H", type="duration")
T("2024", "2024", ctx="(TSE) in 2024")
T("Two years ago", "2024", anchor="2026-09-29")
T("Last March", "2026-03")
T("hours", "PTXH", ctx="act within hours", type="duration")
T("two days", "P2D", type="duration", note="Sept. 23 -> Sept. 25 (the removal on Friday)")

# ------------------------------------------------------------------- notes
g.notes += [
    "FICTIONAL dev document (own wording), written for benchmarks/devset and annotated by hand before any claimgraph "
    "run: Helena Sampaio, Rodrigo Lins, the Aliança Popular Nordestina (APN), the União Republicana do Nordeste (URN), "
    "Corvane Ltd. and its Vizo app, the Observatório de Redes e Democracia (ORD), the Universidade Estadual do "
    "Capibaribe, Alcance Marketing Digital (formerly Agência Alcance), Grupo Vértice, Niamh Keane, Tiago Rocha, Inês "
    "Figueira, Fábio and Renato Quintela, Cláudia Arruda, Marcos Teles, Ana Beatriz Falcão, Maria das Dores Lima, the "
    "clip, the takedown, the report, the inquiry, the raid, the payments and the fines are invented; Recife, Olinda, "
    "Caruaru, Jaboatão dos Guararapes, Pernambuco, São Paulo, Brazil, Dublin and Portugal are real places; Brazil's "
    "Federal Police, the Regional Electoral Court of Pernambuco (TRE-PE) and the Superior Electoral Court (TSE) are "
    "real, but every action and statement attributed to them here is fictional. errors: none (the checkable "
    "background is correct: Brazil's 2026 general election is on Oct. 4; the TSE adopted rules banning deepfakes in "
    "campaign material in 2024; a regional electoral court has seven members; 2024 was a municipal election year; "
    "Olinda, Caruaru and Jaboatão dos Guararapes are in Pernambuco, whose capital is Recife).",
    "published = dateline 2026-09-29 (Tuesday): 'Sept. 23' (Wednesday) = first circulation; 'Friday' = 2026-09-25 "
    "(takedown); 'Saturday' = 2026-09-26 (inquiry); 'Sunday' = 2026-09-27 (report, past); 'Monday' = 2026-09-28 "
    "(raid); 'Tuesday' and Teles's 'today' = 2026-09-29; 'Oct. 4' = 2026-10-04 (the election, future: 'less than a "
    "week' from Monday); 'August' = 2026-08 (the claimed hack); 'Last March' = 2026-03; 'Two years ago' = 2024; 'that "
    "year' = 2022 (anchor: the 2022 campaign); 'two days' fits Sept. 23 -> Sept. 25. 'since 2021' x2 and 'until 2022' "
    "are kept as years with their signal.",
    "Not timexes: '48-second' (a length of the recording: PT48S is not in the shared validator's duration pattern), "
    "'six in the morning' and 'by lunch' (times of an unstated day, in Lima's quote), 'within minutes of one another' "
    "(relative spacing, no anchor), 'once elected' (conditional), 'still' (aspect), 'first' (order). 'days' x2 "
    "(headline, Arruda's quote), 'two hours', 'hours' and 'two days' are kept as durations.",
    "Aliases: 'Aliança Popular Nordestina (APN)' and 'Regional Electoral Court of Pernambuco (TRE-PE)' and "
    "'Observatório de Redes e Democracia (ORD)' - acronyms in brackets; 'Superior Electoral Court' is first used in a "
    "possessive, its acronym defined at its second mention ('Superior Electoral Court (TSE)'), then 'the TSE'; "
    "'Corvane Ltd.' then 'Corvane'; 'Alcance Marketing Digital' then 'Alcance', 'the firm', 'an Olinda firm', 'a "
    "marketing firm in Olinda' (lead, before the name) and 'Brazilian marketing firm' (headline); former name 'Agência "
    "Alcance' (renamed_to, 2022); 'the lab' = ORD, whose researchers are the lead's 'university researchers'; 'the "
    "court' = TRE-PE; \"Lins's campaign\" is the 2022 campaign in the TSE data sentence and the 2026 campaign in 'Lins's "
    "campaign denied' (kept as two entities). Persons named in full then by surname: Sampaio, Lins, Teles; 'his "
    "brother Renato' then 'Renato Quintela'.",
    "Attributions: the police (lead, reporting clause after the content; the search paragraph), the APN ('According to "
    "a statement from her party'), Sampaio's 'called' (quoted noun phrase: partial quote), Corvane ('said' x3 incl. "
    "the relative 'which it said') and its spokeswoman (direct, on its behalf), the ORD ('traced' in its report, "
    "'called', 'the report says', 'estimates', 'According to the lab's report', its published data 'list' no foreign "
    "accounts), the lab's director after a colon (two sentences, one attribution), Sampaio's campaign ('has said'), "
    "the data of Corvane and of the TSE ('confirm': the data owners as sources, alt author; the writer's stances), "
    "Alcance ('denied', negative; 'said' the pages were hacked), its lawyer, Lins's campaign ('denied'), its "
    "coordinator quoted over two sentences (continuation=True) and his 'suggested', court documents ('according "
    "to'), the judge ('wrote', partial quote, on behalf of the court), the unnamed senior official and the "
    "investigators' belief relayed through him (via), court records ('show'), residents, Lima (two sentences, "
    "continuation=True), Figueira (on behalf of the lab, as a co-author), critics ('say'). Non-statement without "
    "attribution: 'The official would not say who is suspected of paying' (as 'declined to comment'). 'apologised' "
    "absent; the clip's fabricated content ('telling donors that she would sell ...') is nobody's claim (hedge "
    "'purports to').",
    "Certainty per source: plain statements of named or descriptive sources are 'certain' for that source. 'likely' "
    "(the report), 'apparently' (the firm), 'believe' (investigators), 'appeared to' (Figueira) = probable; 'may have' "
    "and 'could' (the judge), 'suggested' (Teles), 'suspected' (the official) = possible; 'allegedly' and 'purports "
    "to' = reported. 'confirm' x2 and 'court records show' are boosters. Approximators and bounds ('about', 'at "
    "least', 'more than', 'less than') and 'estimates' (a figure) are not hedges (shared convention); 'could catch' "
    "is ability; 'pledging to act' is a commitment, not a hedge. 'denied', 'no contract', 'nobody', 'not "
    "spontaneous', 'no foreign accounts' are polarity, not certainty.",
    "The writer's own stances: 'Data released by Corvane confirm the lab's finding ...' (endorses ORD); '... a claim "
    "for which it offered no evidence' (disputes Alcance's hacking claim; the hack event carries author_stance "
    "'disputes'); 'Data from the Superior Electoral Court's campaign-finance portal confirm that Lins's campaign paid "
    "Alcance 380,000 reais that year' (endorses the lab's report that the firm was paid for the work; it also weighs "
    "against the Lins campaign's denial, which is limited to 'today' and is not contradicted outright); '... an "
    "assertion not supported by the data the lab published' (disputes Teles). The writer's own labels 'fabricated' "
    "(lead) and 'fake audio' (headline) assert the clip's falsity as fact (no stance record: no source's claim is "
    "judged); Alcance's and the Lins campaign's denials and Arruda's 'spectacle' are sources' counter-claims, not "
    "author stances; 'Critics say it took two days' is the critics' judgement, not the writer's.",
    "Competing figures for the clip's reach, all in the deepfake_audio event's numbers_by_source: Corvane about "
    "640,000 forwards on Vizo before the removals (one platform only); the lab at least 1.8 million shares in "
    "messaging groups (kept in 'numbers': the independent researchers' count across groups); Sampaio's campaign "
    "'more than 10 million' people reached (unexplained). Other figures: 214 accounts and 38 channels removed "
    "(Corvane), 63 pages and 21 sharing administrators (the lab), 380,000 reais paid in 2022 (TSE data), 50,000 reais "
    "fined in 2024 (court records), two homes searched (police).",
    "Relations with no exact predicate, nearest kept and flagged ambiguous: the raid and searches, the takedown, the "
    "court's inquiry and takedown order and the 2024 fine (targeted with a qualifier, as mining_collapse_inquiry); "
    "spreading or pushing the clip (perpetrated, no intent implied); the researchers' 'linked it to a network of "
    "pages' and shared administrators (controls, alt works_with); payment for campaign services (funded, alt "
    "works_with); a campaign for its candidate (supported, alt works_with); a party candidate (member_of with role, "
    "election_disputed_count); running ads for a candidate (supported); a platform's agreement with a court (works_with); "
    "a lawyer for the firm (works_with, role lawyer); kinship of the Quintela brothers (member_of an implicit family "
    "entity); a former mayor (holds_position of the city, qualifier former); 'Sampaio, 54' -> born_on 1971/1972 "
    "(implicit, derived). Ownership: Corvane controls Vizo ('owner of'); Grupo Vértice controls Alcance ('bought it "
    "in 2019', 2019/..) and Alcance part_of Grupo Vértice ('a subsidiary of'). Containment: the firm in Olinda (x2) "
    "and in Brazil (headline demonym), its office in Olinda, Vértice in São Paulo, Corvane in Dublin, ORD part_of "
    "the university in Recife; world-knowledge containment (Recife, Olinda, Caruaru, Jaboatão in Pernambuco; the "
    "TRE-PE under the TSE) implicit and ambiguous.",
    "Event types: validate_gold.py's list is followed; 'renaming' is in it (Agência Alcance -> Alcance, 2022); DESIGN "
    "types it lacks are 'other' with the DESIGN word leading the subtype: publication (the clip's circulation; the "
    "lab's report), takedown (Corvane's removals), investigation (the court's inquiry, with its takedown order), raid "
    "(the police search), founding (2015), acquisition (2019), payment (2022), sanction (the 2024 fine), attack (the "
    "claimed hack of client pages, disputed), agreement (Corvane and the TSE, last March). Future or unstated "
    "happenings are not events: the Oct. 4 election (an entity), the sale of the water company and drying out of the "
    "interior (fabricated content), the cash payment for the pages ('allegedly', payer unknown: kept in the clip's "
    "note and the attribution), a possible disqualification, the TSE's 2024 rules (a rule, no record). Teles's news "
    "conference and the firm's statement are speech, kept as attributions.",
    "Entity hard cases: the clip is kept as the Event of its making and spread (an artefact, as "
    "influence_campaign_takedown's contract); the pages, the first group, the removed accounts, the firm's client "
    "accounts and client pages and the 'accounts based in Portugal' are organisation-like groups of accounts (kept "
    "apart: overlaps are not stated); Vizo (an app) is declared apart from its owner because ownership is stated; "
    "'a single operator', 'Somebody' and 'Whoever made this audio' are one unknown maker (clip_makers); 'both of us' "
    "(Teles) is the two candidates; 'messaging apps', 'several platforms', 'family and church groups', 'the whole "
    "street', 'most people', 'the earliest posters' are generic and not declared; 'reporters' and 'a news "
    "conference' are not declared (as in the rest of the set). The senior official and the investigators are "
    "linked to the police only implicitly.",
    "cross_doc: not applicable (unrelated domain; influence_campaign_takedown shares the genre, not the entities).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
