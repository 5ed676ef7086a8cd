#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for
benchmarks/devset/docs/cyber_ransomware_attack.txt -> benchmarks/devset/gold/cyber_ransomware_attack.json

Fictional technology/news-desk story: a ransomware attack on a regional New South Wales council, a
leak-site claim by a rebranded criminal group, hedged attribution by a government cyber agency and a
private incident-response firm, a disputed ransom figure, a denied payment, a data leak, a privacy
regulator's inquiry and an earlier arrest abroad of an alleged affiliate.  Built with the shared goldlib
(same schema and conventions as the shared dev gold and the other devset scripts)."""
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[3]                      # project root (/work/main)
DEVSET = HERE.parents[1]                    # benchmarks/devset

from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "cyber_ransomware_attack"
PUB = "2025-04-02"  # dateline: SYDNEY, April 2, 2025 (a Wednesday)
g = Gold(DEVSET / "docs" / f"{NAME}.txt", PUB)

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("sydney", "Location", ["SYDNEY"], note="dateline")
E("new_south_wales", "Location", ["New South Wales", "NSW"],
  note="'NSW' in the headline ('NSW shire') and inside 'NSW Police'")
E("hunter_region", "Location", ["Hunter region"], note="'the Hunter region west of Newcastle'")
E("newcastle", "Location", ["Newcastle"], note="Newcastle, New South Wales (reference point only)")
E("tarrawong_shire", "Location", ["Tarrawong"], ["the shire"], fictional=True,
  note="the (fictional) local-government area; 'Tarrawong' alone occurs in 'Tarrawong's mayor' and 'the attack "
       "on Tarrawong', where it stands metonymically for the council (listed as a metonymic name there); "
       "'Tarrawong' inside 'Tarrawong Shire Council' is part of the council's name")
E("council_admin_centre", "Location", ["its administration centre"], name_kind="descriptive",
  note="facility: the council's administration centre, where the servers were encrypted")
E("council_chambers", "Location", ["the council chambers"], name_kind="descriptive", note="facility")
E("shire_water_plants", "Location", ["the shire's water and sewage plants"], name_kind="descriptive",
  note="facilities; 'the systems that run the shire's water and sewage plants' are their control systems")
E("moonveil_leak_site", "Location", ["its dark-web leak site"], ["its site"], name_kind="descriptive",
  note="a website (virtual venue where the claim and the files were posted); typed Location as a facility-like "
       "venue, Organization would also be defensible. 'there' = the leak site ('The files appeared there')")
E("melbourne", "Location", ["Melbourne"], note="only inside 'the Melbourne incident-response firm'")
E("australia", "Location", [], implicit=True,
  note="only the adjective 'Australian' (inside the names of the ACSC, ASD and OAIC)")
E("spain", "Location", ["Spain"], note="also the adjective 'Spanish' ('Spanish police')")
E("alicante", "Location", ["Alicante"])
E("madrid", "Location", ["Madrid"])
E("moldova", "Location", [], implicit=True, note="only the adjective 'Moldovan'")
E("united_states", "Location", ["U.S."], note="'U.S. prosecutors', 'a U.S. request' (attributive use of the name)")

# organizations
E("tarrawong_council", "Organization", ["Tarrawong Shire Council"],
  ["NSW shire", "the regional New South Wales council", "The council", "the council"],
  metonymic_names=["Tarrawong"], fictional=True,
  note="'NSW shire' (headline) = the council as an actor ('insists it paid nothing'); 'council' also inside "
       "'council \"representatives\"' (Moonveil's post). 'its' in 'its administration centre', 'its review' = "
       "the council")
E("council_staff", "Person", ["staff"], generic=True, name_kind="descriptive",
  note="the council's staff ('staff detected the intrusion'; 'staff payroll records')")
E("council_representatives", "Person", ["representatives"], unnamed=True, name_kind="descriptive",
  note="quoted word from Moonveil's post: council 'representatives' who allegedly 'agreed to terms'")
E("moonveil", "Organization", ["Moonveil"],
  ["Ransomware gang", "A ransomware group", "A group calling itself Moonveil", "the same operation",
   "the group", "these criminals"],
  fictional=True,
  note="'the group' (x2, paragraphs 8 and 10) = Moonveil; 'these criminals' in Ferreira's quote = the extortionists "
       "(Moonveil); 'This is the same crew with a new logo' (Kirwan) and 'the same operation under a new name' "
       "describe it as Crux Locker renamed. 'the program' in Kirwan's generic quote and 'such groups' are generic, "
       "not this group")
E("crux_locker", "Organization", ["Crux Locker"], fictional=True,
  note="former name per researchers and Blackwattle; kept as its own entity linked by renamed_to (as the seed gold "
       "does for GIA -> AQIM and business_acquisition_probe for Aldgate Mapping)")
E("tarrawong_attackers", "Organization", ["the attackers", "a Moonveil affiliate"], name_kind="descriptive",
  note="the intruders who carried out the attack: 'the attackers' (Blackwattle, x2) and, per the ACSC's assessment, "
       "'a Moonveil affiliate' (the same referent under that assessment). Could be one person or a crew; typed "
       "Organization like the 'attackers' of conflict_militia_attack")
E("blackwattle", "Organization", ["Blackwattle Security", "Blackwattle"],
  ["the Melbourne incident-response firm the council hired to investigate", "her firm"], fictional=True)
E("acsc", "Organization", ["Australian Cyber Security Centre"], ["the centre"],
  note="real agency; the advisory and assessment attributed to it are fictional")
E("asd", "Organization", ["Australian Signals Directorate"], note="real agency (parent of the ACSC)")
E("acsc_spokesperson", "Person", ["A spokesperson for the centre"], unnamed=True, name_kind="descriptive")
E("local_governments", "Organization", ["local governments", "councils"], generic=True, name_kind="descriptive",
  note="addressees of the ACSC advisory ('urged councils to ...')")
E("person_familiar", "Person", ["A person familiar with the investigation",
                                "The person familiar with the investigation"],
  unnamed=True, name_kind="descriptive", note="anonymous source, quoted twice (paragraphs 8 and 10); 'they'")
E("two_people_examined", "Person", ["two people who have examined the files"], unnamed=True,
  name_kind="descriptive")
E("researchers", "Person", ["researchers"], generic=True, name_kind="descriptive",
  note="'researchers widely regard it as the same operation' (security researchers, unnamed)")
E("foreign_police", "Organization", ["police in several countries"], generic=True, name_kind="descriptive",
  note="the law-enforcement agencies that seized Crux Locker's servers (not named)")
E("council_insurer", "Organization", ["the council's insurer"], unnamed=True,
  name_kind="descriptive", note="'much of it covered by insurance' = the insurer's cover (same insurer, inferred)")
E("negotiator", "Person", ["a negotiator engaged by the council's insurer"], unnamed=True, name_kind="descriptive")
E("outside_contractor", "Organization", ["an outside contractor"], unnamed=True, name_kind="descriptive",
  note="person or firm (not stated); owner of the remote-access account Blackwattle suspects was the way in")
E("residents", "Person", ["residents"], ["the people affected", "every ratepayer"],
  generic=True, name_kind="descriptive",
  note="the shire's residents (86,000 people served); 'the people affected' (OAIC), 'every ratepayer'; "
       "'People'/'them' in Ferreira's closing quote also refer to them (pronoun/generic, not listed); 'its residents' in Moonveil's accusation")
E("oaic", "Organization", ["Office of the Australian Information Commissioner"],
  note="real privacy regulator; the inquiry and statement are fictional")
E("nsw_police", "Organization", ["NSW Police"], note="real force (NSW Police Force); the investigation is fictional")
E("cybercrime_squad", "Organization", ["Cybercrime Squad"], note="unit of NSW Police ('its Cybercrime Squad')")
E("spanish_police", "Organization", ["Spanish police"], name_kind="descriptive",
  note="the force is not named (Policia Nacional or Guardia Civil)")
E("us_prosecutors", "Organization", ["U.S. prosecutors"], name_kind="descriptive")
E("national_court", "Organization", ["National Court"], ["the court"],
  canonical_name="Audiencia Nacional", note="real Spanish court (Madrid); the case is fictional")
E("spanish_judge", "Person", ["a judge at Spain's National Court"], unnamed=True, name_kind="descriptive")
E("court_papers", "Organization", ["court papers"], name_kind="descriptive",
  note="documentary source of Rusu's name (as 'court documents' in business_acquisition_probe)")

# people
E("joanna_kirwan", "Person", ["Joanna Kirwan", "Kirwan"], ["chief executive of Blackwattle Security"],
  fictional=True, note="'she'/'She' in paragraphs 6 and 15")
E("louise_ferreira", "Person", ["Louise Ferreira", "Ferreira"], ["the general manager"], fictional=True)
E("dean_holloway", "Person", ["Dean Holloway"], ["Tarrawong's mayor"], fictional=True)
E("vadim_rusu", "Person", ["Vadim Rusu", "Rusu"], ["a 27-year-old Moldovan man", "the man"], fictional=True,
  note="'he', 'his' in paragraph 14")
E("marta_quiroga", "Person", ["Marta Quiroga"], ["His lawyer"], fictional=True)

# events (entities; records below)
E("tarrawong_attack_2025", "Event", [],
  ["an attack", "the intrusion", "The attack", "the attack on Tarrawong", "the breach", "the council's case"],
  note="the ransomware attack (intrusion, data theft, encryption); 'the breach' (OAIC) is the data breach it caused; "
       "'the council's case' (ACSC spokesperson) = the incident")
E("ransom_demand_2025", "Event", [], ["the demand"], note="ransom demand ('the ransom note demanded ...')")
E("ransom_payment", "Event", [], note="clausal and negated: 'paid nothing', 'would not pay', 'have not paid a cent'")
E("leak_site_listing_2025", "Event", [],
  note="clausal: 'listed the council on its dark-web leak site on March 27 and gave it seven days to pay'")
E("data_leak_2025", "Event", [], ["The leaked material"],
  note="publication of the stolen files on the leak site ('The files appeared there on Tuesday'); 'The leaked "
       "material' designates the leaked data")
E("email_restoration_2025", "Event", [], note="clausal: 'email was restored on Friday'")
E("crux_locker_takedown", "Event", [], note="clausal: 'police in several countries seized servers belonging to Crux Locker'")
E("moonveil_rebrand", "Event", [], ["a new name"], note="'Moonveil surfaced in mid-2024' as 'the same operation under a new name'")
E("acsc_advisory_2025", "Event", [], ["an advisory to local governments"])
E("council_first_statement_2025", "Event", [], ["the council's first public statement", "an assurance"])
E("claimed_agreement", "Event", [], note="clausal (Moonveil's claim): council 'representatives' had 'agreed to terms'")
E("negotiation_contact", "Event", [], note="clausal: 'a negotiator ... had exchanged messages with the group to buy time'")
E("attack_investigation_2025", "Event", [], ["the investigation"],
  note="the investigation of the attack (Blackwattle's incident response, the NSW Police Cybercrime Squad)")
E("oaic_inquiry_2025", "Event", [], ["preliminary inquiries"])
E("rusu_arrest_2025", "Event", [], ["the arrest"], note="also 'arrests of individual affiliates' (generic, not this one)")
E("rusu_court_appearance_2025", "Event", [], note="clausal: 'he appeared before a judge ... on Feb. 11 and was remanded in custody'")
E("rusu_extradition_request", "Event", [], ["a U.S. request for his extradition"])

# ----------------------------------------------------------------- relations
R = g.rel
HEAD = "Ransomware gang dumps council files online as NSW shire insists it paid nothing"
R("moonveil", "perpetrated", "data_leak_2025", "Ransomware gang dumps council files online",
  note="headline; the gang is named in the body")
R("tarrawong_council", "funded", "moonveil", HEAD, polarity="negative", source="tarrawong_council",
  polarity_cue="insists it paid nothing", implicit=True, qualifier="ransom payment (denied)",
  note="ransom payment encoded as funded(payer -> group); the payee is implicit in the headline")
R("tarrawong_council", "located_in", "new_south_wales", "NSW shire")
LEAD = ("A ransomware group has published what it says are 412 gigabytes of files stolen from Tarrawong Shire "
        "Council, 10 days after an attack that knocked the regional New South Wales council's payment systems, "
        "libraries and phone lines offline.")
R("moonveil", "perpetrated", "data_leak_2025",
  "A ransomware group has published what it says are 412 gigabytes of files stolen from Tarrawong Shire Council",
  qualifier="published the files on its leak site (size and provenance as the group says)")
R("moonveil", "targeted", "tarrawong_council",
  "what it says are 412 gigabytes of files stolen from Tarrawong Shire Council", source="moonveil",
  qualifier="files stolen from the council (the group's own claim)",
  note="'what it says are' puts the size and provenance of the files on the group")
R("tarrawong_attackers", "targeted", "tarrawong_council", LEAD, implicit=True,
  qualifier="knocked payment systems, libraries and phone lines offline",
  note="agent implicit in 'an attack that knocked ... offline'")
R("tarrawong_council", "located_in", "new_south_wales", "the regional New South Wales council")
P2 = ("The council, which serves about 86,000 people in the Hunter region west of Newcastle, said staff detected "
      "the intrusion in the early hours of Saturday, March 22, when files on servers at its administration centre "
      "began to be encrypted.")
R("tarrawong_council", "located_in", "hunter_region",
  "The council, which serves about 86,000 people in the Hunter region west of Newcastle",
  qualifier="serves about 86,000 people west of Newcastle")
R("tarrawong_shire", "located_in", "hunter_region",
  "serves about 86,000 people in the Hunter region west of Newcastle", implicit=True,
  note="the area the council serves")
R("hunter_region", "located_in", "new_south_wales", "the Hunter region", implicit=True,
  note="the regional New South Wales council serves people in the Hunter region")
R("tarrawong_council", "located_in", "tarrawong_shire", "Tarrawong Shire Council", implicit=True,
  note="from the name")
R("council_staff", "member_of", "tarrawong_council", "said staff detected the intrusion", implicit=True,
  alt_predicates=["works_with"], note="'staff' = the council's staff")
R("tarrawong_council", "controls", "council_admin_centre", "servers at its administration centre",
  qualifier="owns/operates")
R("tarrawong_attackers", "targeted", "council_admin_centre", P2, source="tarrawong_council", implicit=True,
  qualifier="files on servers there were encrypted", time="2025-03-22")
P4 = ("A group calling itself Moonveil listed the council on its dark-web leak site on March 27 and gave it seven "
      "days to pay.")
R("moonveil", "claimed_responsibility", "tarrawong_attack_2025", P4, time="2025-03-27", implicit=True,
  qualifier="listed the victim on its leak site with a payment deadline",
  note="a leak-site listing of a victim is the group's claim of the attack; the text never says 'claimed'")
R("moonveil", "targeted", "tarrawong_council", P4, time="2025-03-27",
  qualifier="extortion: leak-site listing, seven days to pay")
R("moonveil", "controls", "moonveil_leak_site", "its dark-web leak site", qualifier="operates")
P5 = ("Moonveil surfaced in mid-2024, months after police in several countries seized servers belonging to Crux "
      "Locker, and researchers widely regard it as the same operation under a new name.")
R("foreign_police", "targeted", "crux_locker",
  "police in several countries seized servers belonging to Crux Locker", qualifier="seized its servers")
R("crux_locker", "renamed_to", "moonveil", P5, source="researchers", certainty="probable", time="2024",
  certainty_cue="widely regard", note="rebrand: 'the same operation under a new name'")
KQ = ("\"This is the same crew with a new logo,\" said Joanna Kirwan, chief executive of Blackwattle Security, the "
      "Melbourne incident-response firm the council hired to investigate.")
R("crux_locker", "renamed_to", "moonveil", "\"This is the same crew with a new logo,\" said Joanna Kirwan",
  source="joanna_kirwan", implicit=True,
  note="'This' = Moonveil, 'the same crew' = Crux Locker (from the preceding sentence); figurative")
R("joanna_kirwan", "holds_position", "blackwattle", "Joanna Kirwan, chief executive of Blackwattle Security",
  role="chief executive", alt_predicates=["leader_of"])
R("blackwattle", "located_in", "melbourne", "the Melbourne incident-response firm")
R("tarrawong_council", "works_with", "blackwattle", "the Melbourne incident-response firm the council hired to investigate",
  qualifier="hired to investigate the attack (incident response)")
P6A = ("Kirwan said the encryption tool and the wording of the ransom note closely matched Crux Locker cases her "
       "firm had handled in 2023.")
R("moonveil", "perpetrated", "tarrawong_attack_2025", P6A, source="joanna_kirwan", certainty="probable",
  implicit=True, qualifier="tooling and ransom note match earlier Crux Locker cases",
  note="inference a reader draws: with Moonveil = Crux Locker renamed, the match points to the group's operation; "
       "Kirwan never says it in so many words")
P6B = ("Blackwattle believes the attackers were likely inside the council's network for at least three weeks "
       "before they launched the ransomware, she said, probably entering through a remote-access account "
       "belonging to an outside contractor.")
R("tarrawong_attackers", "perpetrated", "tarrawong_attack_2025", P6B, source="blackwattle", via=["joanna_kirwan"],
  qualifier="launched the ransomware", note="presupposed ('before they launched the ransomware'), not hedged")
R("tarrawong_attackers", "targeted", "tarrawong_council", P6B, source="blackwattle", via=["joanna_kirwan"],
  certainty="probable", certainty_cue="likely",
  qualifier="inside the council's network for at least three weeks before deployment")
R("tarrawong_attackers", "targeted", "outside_contractor", P6B, source="blackwattle", via=["joanna_kirwan"],
  certainty="probable", certainty_cue="probably", qualifier="entry through the contractor's remote-access account")
R("outside_contractor", "works_with", "tarrawong_council", P6B, source="blackwattle", via=["joanna_kirwan"],
  qualifier="outside contractor holding a remote-access account to the council's network",
  note="presupposed by the hedged clause; the relationship itself is not hedged")
P7 = ("In an advisory to local governments on Monday, it said it had assessed \"with moderate confidence\" that the "
      "intrusion was the work of a Moonveil affiliate, and urged councils to enforce multi-factor authentication on "
      "remote access.")
R("acsc", "part_of", "asd", "The Australian Cyber Security Centre, part of the Australian Signals Directorate")
R("asd", "part_of", "australia", "Australian Signals Directorate", implicit=True, note="from the name")
R("oaic", "part_of", "australia", "Office of the Australian Information Commissioner", implicit=True,
  note="from the name")
R("tarrawong_attackers", "perpetrated", "tarrawong_attack_2025", P7, source="acsc", certainty="probable",
  certainty_cue="with moderate confidence", time="2025-03-22",
  note="subject = 'a Moonveil affiliate'; the ACSC does not name the group itself as the perpetrator")
R("tarrawong_attackers", "member_of", "moonveil", P7, source="acsc", certainty="probable",
  certainty_cue="with moderate confidence", alt_predicates=["works_with"],
  qualifier="affiliate (ransomware-as-a-service partner)")
R("acsc_spokesperson", "holds_position", "acsc", "A spokesperson for the centre", role="spokesperson",
  alt_predicates=["member_of"])
P8 = ("A person familiar with the investigation, who spoke on condition of anonymity because they were not "
      "authorised to discuss it, said the ransom note demanded US$3 million in bitcoin and that the group later "
      "lowered its price to US$1.9 million.")
R("moonveil", "targeted", "tarrawong_council", P8, source="person_familiar",
  qualifier="ransom demand: US$3 million in bitcoin, later lowered to US$1.9 million",
  note="'the group' = Moonveil; the ransom note's addressee (the council) is implicit")
R("moonveil", "targeted", "tarrawong_council", "Moonveil's own post put the demand at US$2 million.",
  source="moonveil", qualifier="ransom demand: US$2 million (the group's own figure)", implicit=True)
P9 = ("\"We have not paid a cent to these criminals, and we are not going to,\" the general manager, Louise "
      "Ferreira, told reporters outside the council chambers on Monday.")
R("tarrawong_council", "funded", "moonveil", "The council has said from the start that it would not pay.",
  polarity="negative", source="tarrawong_council", polarity_cue="would not pay", implicit=True,
  qualifier="ransom (stated intention not to pay)")
R("tarrawong_council", "funded", "moonveil", P9, polarity="negative", source="louise_ferreira",
  polarity_cue="have not paid a cent", time="2025-03-31", qualifier="ransom payment (denied; none planned)",
  note="'we' = the council; 'these criminals' = the extortionists (Moonveil)")
R("louise_ferreira", "holds_position", "tarrawong_council", "the general manager, Louise Ferreira",
  role="general manager", alt_predicates=["leader_of"],
  note="the council is implicit ('the general manager' of the council in context)")
P10A = ("On Sunday, Moonveil claimed on its site that council \"representatives\" had \"agreed to terms\" and then "
        "\"walked away,\"")
R("moonveil", "controls", "moonveil_leak_site", "Moonveil claimed on its site", qualifier="operates")
R("tarrawong_council", "works_with", "moonveil", P10A, source="moonveil", time="2025-03-30",
  qualifier="'agreed to terms' and then 'walked away' (ransom negotiation)",
  note="the author adds 'That claim could not be verified' (hedge uncertain); no predicate for an agreement, "
       "works_with is the nearest; ambiguous", ambiguous=True)
R("council_representatives", "member_of", "tarrawong_council", P10A, source="moonveil",
  alt_predicates=["works_with"])
P10C = ("The person familiar with the investigation said a negotiator engaged by the council's insurer had exchanged "
        "messages with the group to buy time but had made no offer.")
R("negotiator", "works_with", "council_insurer", P10C, source="person_familiar", qualifier="engaged by the insurer")
R("council_insurer", "works_with", "tarrawong_council", "the council's insurer", qualifier="insurer",
  note="the possessive is inside the anonymous source's statement but is background, not the point of it")
P12C = "Ferreira said the recovery had so far cost about A$1.4 million, much of it covered by insurance."
R("council_insurer", "funded", "tarrawong_council", P12C, source="louise_ferreira", implicit=True,
  qualifier="insurance cover for much of the A$1.4 million recovery cost")
R("dean_holloway", "holds_position", "tarrawong_council", "Tarrawong's mayor, Dean Holloway", role="mayor",
  alt_objects=["tarrawong_shire"], alt_predicates=["leader_of"])
P13 = ("The Office of the Australian Information Commissioner said on Tuesday that it had opened preliminary "
       "inquiries into the breach and was \"engaging with the council\" about notifying the people affected.")
R("oaic", "works_with", "tarrawong_council", P13, source="oaic", time="2025-04-01",
  qualifier="'engaging with the council' about notifying affected people (regulator contact, under inquiry)")
R("cybercrime_squad", "part_of", "nsw_police", "NSW Police said its Cybercrime Squad was investigating.",
  source="nsw_police")
R("nsw_police", "part_of", "new_south_wales", "NSW Police", implicit=True, note="from the name")
P14A = ("The attack follows the arrest in Spain in early February of a 27-year-old Moldovan man whom U.S. "
        "prosecutors accuse of working as an affiliate of both Crux Locker and Moonveil.")
R("vadim_rusu", "citizen_of", "moldova", "a 27-year-old Moldovan man")
R("vadim_rusu", "member_of", "crux_locker", P14A, certainty="reported", source="us_prosecutors",
  certainty_cue="accuse", alt_predicates=["works_with"], qualifier="affiliate")
R("vadim_rusu", "member_of", "moonveil", P14A, certainty="reported", source="us_prosecutors",
  certainty_cue="accuse", alt_predicates=["works_with"], qualifier="affiliate")
R("us_prosecutors", "part_of", "united_states", "U.S. prosecutors", implicit=True)
P14B = ("Spanish police detained the man, named in court papers as Vadim Rusu, in Alicante; he appeared before a "
        "judge at Spain's National Court in Madrid on Feb. 11 and was remanded in custody while the court considers "
        "a U.S. request for his extradition.")
R("spanish_police", "part_of", "spain", "Spanish police", implicit=True, note="adjective")
R("alicante", "located_in", "spain", "the arrest in Spain in early February", implicit=True,
  note="the arrest 'in Spain' took place in Alicante")
R("national_court", "part_of", "spain", "Spain's National Court")
R("national_court", "located_in", "madrid", "Spain's National Court in Madrid")
R("madrid", "located_in", "spain", "Spain's National Court in Madrid", implicit=True)
R("spanish_judge", "holds_position", "national_court", "a judge at Spain's National Court", role="judge",
  alt_predicates=["member_of"])
R("marta_quiroga", "works_with", "vadim_rusu", "His lawyer, Marta Quiroga", qualifier="legal counsel")
DENY = "His lawyer, Marta Quiroga, has said he denies the allegations."
R("vadim_rusu", "member_of", "crux_locker", DENY, polarity="negative", source="vadim_rusu", via=["marta_quiroga"],
  polarity_cue="denies", implicit=True, note="'the allegations' = the U.S. accusation (affiliate of both groups)")
R("vadim_rusu", "member_of", "moonveil", DENY, polarity="negative", source="vadim_rusu", via=["marta_quiroga"],
  polarity_cue="denies", implicit=True)
R("vadim_rusu", "perpetrated", "tarrawong_attack_2025",
  "There is no suggestion that Rusu was involved in the attack on Tarrawong.", polarity="negative",
  certainty="probable", polarity_cue="no suggestion",
  note="the writer's disclaimer: nobody links him to this attack; read as a probable negative, not a denial of fact")
P15C = ("She added that Blackwattle had found no sign the attackers had reached the systems that run the shire's "
        "water and sewage plants, which sit on a separate network.")
R("tarrawong_attackers", "targeted", "shire_water_plants", P15C, polarity="negative", certainty="probable",
  source="blackwattle", via=["joanna_kirwan"], polarity_cue="found no sign",
  qualifier="did not reach the plants' control systems (separate network)")
R("shire_water_plants", "located_in", "tarrawong_shire", "the shire's water and sewage plants")

# -------------------------------------------------------------- attributions
A = g.attr
A("A ransomware group has published what it says are 412 gigabytes of files stolen from Tarrawong Shire Council",
  "moonveil", "says", False, content="412 gigabytes of files stolen from Tarrawong Shire Council",
  note="distancing 'what it says are': size and provenance are the group's")
A(P2, "tarrawong_council", "said", False,
  content="staff detected the intrusion in the early hours of Saturday, March 22, when files on servers at its "
          "administration centre began to be encrypted")
A("researchers widely regard it as the same operation under a new name", "researchers", "widely regard", False)
A(KQ, "joanna_kirwan", "said", True, content="This is the same crew with a new logo", on_behalf_of="blackwattle")
A("\"They change the name when the heat gets too much. They don't change the people.\"", "joanna_kirwan", "said",
  True, cue_ctx="said Joanna Kirwan", continuation=True, on_behalf_of="blackwattle",
  note="second half of the same quotation; cue is the 'said' of the preceding sentence")
A(P6A, "joanna_kirwan", "said", False, on_behalf_of="blackwattle")
A(P6B, "blackwattle", "believes", False, via=["joanna_kirwan"],
  note="the firm's belief relayed by its chief executive ('she said'); see next record")
A(P6B, "joanna_kirwan", "she said", False, on_behalf_of="blackwattle",
  note="same span, the relaying speaker (two sources on one span, as 'the companies said' in business_acquisition_probe)")
A(P7, "acsc", "said", False, partial_quote=True,
  content="it had assessed \"with moderate confidence\" that the intrusion was the work of a Moonveil affiliate",
  note="'it' = the ACSC; via its advisory to local governments")
A("urged councils to enforce multi-factor authentication on remote access", "acsc", "urged", False)
A(P8, "person_familiar", "said", False)
A("Moonveil's own post put the demand at US$2 million.", "moonveil", "put", False,
  note="figure stated in the group's leak-site post ('put the demand at')")
A("The council has said from the start that it would not pay.", "tarrawong_council", "has said", False)
A(P9, "louise_ferreira", "told", True, content="We have not paid a cent to these criminals, and we are not going to",
  on_behalf_of="tarrawong_council")
A(P10A, "moonveil", "claimed", False, partial_quote=True, via=["moonveil_leak_site"],
  note="claim made in a post on its leak site ('on its site'); 'via' lists the site as the medium")
A("and accused the council of \"lying to its residents.\"", "moonveil", "accused", False, partial_quote=True)
A(P10C, "person_familiar", "said", False)
A("The leaked material appears to include rates notices, staff payroll records and scans of driver licences that "
  "residents submitted with parking-permit applications, according to two people who have examined the files.",
  "two_people_examined", "according to", False)
A("the council's first public statement, on March 23, which said there was \"no evidence\" that residents' personal "
  "information had been taken", "tarrawong_council", "said", False, partial_quote=True,
  note="the author disputes it ('an assurance that has since proved wrong')")
A("Tarrawong's mayor, Dean Holloway, urged residents to treat unexpected calls and emails with suspicion.",
  "dean_holloway", "urged", False, on_behalf_of="tarrawong_council")
A("\"I'm not going to stand here and pretend this is anything other than serious,\" he said.", "dean_holloway",
  "said", True)
A(P12C, "louise_ferreira", "said", False, on_behalf_of="tarrawong_council")
A(P13, "oaic", "said", False, partial_quote=True)
A("NSW Police said its Cybercrime Squad was investigating.", "nsw_police", "said", False)
A("whom U.S. prosecutors accuse of working as an affiliate of both Crux Locker and Moonveil", "us_prosecutors",
  "accuse", False)
A("the man, named in court papers as Vadim Rusu", "court_papers", "named in", False,
  note="source of the identification only")
A(DENY, "marta_quiroga", "has said", False, on_behalf_of="vadim_rusu")
A(DENY, "vadim_rusu", "denies", False, via=["marta_quiroga"], content="he denies the allegations")
A("Kirwan said arrests of individual affiliates rarely slowed such groups for long.", "joanna_kirwan", "said", False,
  on_behalf_of="blackwattle")
A("\"You take out one affiliate and the program recruits two more,\" she said.", "joanna_kirwan", "said", True)
A(P15C, "joanna_kirwan", "added", False, on_behalf_of="blackwattle",
  note="content is the firm's finding ('Blackwattle had found no sign ...')")
A("Ferreira said the council expected online rates payments to resume by mid-April and would write to every "
  "ratepayer once its review of the stolen files was complete.", "louise_ferreira", "said", False,
  on_behalf_of="tarrawong_council")
A("\"People are entitled to be angry,\" she said.", "louise_ferreira", "said", True)
A("\"We will tell them exactly what was taken.\"", "louise_ferreira", "said", True,
  cue_ctx="\"People are entitled to be angry,\" she said", continuation=True,
  note="second sentence of the same quotation; cue is the preceding 'she said'")

# ------------------------------------------------------------------- hedges
H = g.hedge
H("widely regard", "researchers widely regard it as the same operation under a new name", "probable",
  note="a belief held by (unnamed) researchers")
H("believes", "Blackwattle believes the attackers were likely inside the council's network", "probable")
H("likely", "the attackers were likely inside the council's network for at least three weeks", "probable")
H("probably", "probably entering through a remote-access account belonging to an outside contractor", "probable")
H("with moderate confidence",
  "it had assessed \"with moderate confidence\" that the intrusion was the work of a Moonveil affiliate", "probable",
  note="intelligence-assessment language (as in influence_campaign_takedown)")
H("could not be verified", "That claim could not be verified.", "uncertain",
  note="the author's hedge on Moonveil's 'agreed to terms' claim (shared convention: 'could not be verified/"
       "confirmed' -> uncertain hedge, no stance record)")
H("appears to", "The leaked material appears to include rates notices, staff payroll records and scans of driver "
  "licences", "probable")
H("accuse", "whom U.S. prosecutors accuse of working as an affiliate of both Crux Locker and Moonveil", "reported",
  note="allegation verb (shared convention: 'accused' -> reported)")
H("found no sign", "Blackwattle had found no sign the attackers had reached the systems", "probable",
  note="evidential negative: probably not (PR-)")
H("expected", "the council expected online rates payments to resume by mid-April", "probable")

# ------------------------------------------------------------------- stances
g.stance("the council's first public statement, on March 23, which said there was \"no evidence\" that residents' "
         "personal information had been taken - an assurance that has since proved wrong",
         "tarrawong_council", "disputes", "has since proved wrong",
         note="introduced by 'That sits uneasily with' (also a disputing cue); the writer judges the council's "
              "March 23 assurance false in the light of the leaked licence scans")

# ------------------------------------------------------------------- events
V = g.event
V("tarrawong_attack_2025", "attack", "2025-03-22", "tarrawong_shire",
  {"recovery_cost_aud": 1400000, "dwell_time_weeks_min": 3},
  [("tarrawong_attackers", "perpetrator", {"source": "acsc", "certainty": "probable",
                                          "qualifier": "'a Moonveil affiliate' (moderate confidence)"}),
   ("tarrawong_attackers", "perpetrator", {"source": "blackwattle", "via": ["joanna_kirwan"]}),
   ("moonveil", "claimant", {"source": "author", "qualifier": "leak-site listing on 2025-03-27 (implicit claim)"}),
   ("moonveil", "perpetrator", {"source": "joanna_kirwan", "certainty": "probable", "implicit": True}),
   ("tarrawong_council", "target"), ("council_admin_centre", "target", {"source": "tarrawong_council"}),
   ("outside_contractor", "target", {"source": "blackwattle", "certainty": "probable",
                                     "qualifier": "remote-access account used as the way in"}),
   ("residents", "victim", {"qualifier": "personal data stolen (leaked files)"}),
   ("council_staff", "victim", {"qualifier": "payroll records stolen"}),
   ("blackwattle", "responder"), ("acsc", "responder"), ("cybercrime_squad", "responder"),
   ("oaic", "responder"),
   ("vadim_rusu", "perpetrator", {"source": "author", "polarity": "negative", "certainty": "probable",
                                  "qualifier": "'no suggestion' he was involved"})],
  P2, subtype="ransomware attack (cyberattack: intrusion, data theft, encryption)",
  time_note="detected in the early hours of Saturday 2025-03-22; attackers inside the network for at least three "
            "weeks before (Blackwattle), i.e. since about 2025-03-01 or earlier",
  place_note="servers at the council's administration centre (facility); place given at shire level",
  services_disrupted=["online rates payments", "development-application portal", "library catalogue",
                      "after-hours customer line", "payment systems, libraries and phone lines"],
  numbers_by_source=[
      {"source": "louise_ferreira", "numbers": {"recovery_cost_aud": 1400000},
       "qualifier": "so far; about; much of it covered by insurance",
       "evidence": "the recovery had so far cost about A$1.4 million"},
      {"source": "blackwattle", "via": ["joanna_kirwan"], "numbers": {"dwell_time_weeks_min": 3},
       "qualifier": "likely; at least three weeks",
       "evidence": "likely inside the council's network for at least three weeks before they launched the ransomware"}])
V("ransom_demand_2025", "other", None, None, {"ransom_demand_usd": 1900000},
  [("moonveil", "requester"), ("tarrawong_council", "target")],
  P8, subtype="ransom demand (extortion, in bitcoin)",
  date_note="not stated: the ransom note came with the attack (2025-03-22); the reduction came later",
  numbers_by_source=[
      {"source": "person_familiar", "numbers": {"ransom_demand_usd": 3000000},
       "qualifier": "initial demand in the ransom note, in bitcoin",
       "evidence": "the ransom note demanded US$3 million in bitcoin"},
      {"source": "person_familiar", "numbers": {"ransom_demand_usd": 1900000},
       "qualifier": "later lowered price (the document's latest figure)",
       "evidence": "the group later lowered its price to US$1.9 million"},
      {"source": "moonveil", "numbers": {"ransom_demand_usd": 2000000},
       "qualifier": "the group's own post",
       "evidence": "Moonveil's own post put the demand at US$2 million"}],
  note="competing figures: US$3m -> US$1.9m (anonymous source) vs US$2m (Moonveil's post)")
V("ransom_payment", "other", None, None, {},
  [("tarrawong_council", "payer", {"source": "tarrawong_council", "polarity": "negative"}),
   ("moonveil", "recipient", {"source": "tarrawong_council", "polarity": "negative"})],
  "\"We have not paid a cent to these criminals, and we are not going to,\"",
  subtype="payment of the ransom (denied by the council; not made)", modality="denied", polarity="negative",
  source="louise_ferreira",
  note="the event did not happen according to the council (headline, paragraph 9); Moonveil's 'agreed to terms' "
       "is a different claim (claimed_agreement); the negotiator 'made no offer' (person familiar)")
V("leak_site_listing_2025", "other", "2025-03-27", "moonveil_leak_site", {"deadline_days": 7},
  [("moonveil", "claimant"), ("tarrawong_council", "target")], P4,
  subtype="publication: leak-site listing of the victim (claim of the attack, seven-day payment deadline)",
  note="deadline = 2025-04-03 (seven days), 'two days' after the 2025-04-01 publication")
V("data_leak_2025", "other", "2025-04-01", "moonveil_leak_site", {"data_gb": 412},
  [("moonveil", "perpetrator"), ("tarrawong_council", "victim"),
   ("residents", "victim", {"source": "two_people_examined", "certainty": "probable",
                            "qualifier": "rates notices, driver-licence scans"}),
   ("council_staff", "victim", {"source": "two_people_examined", "certainty": "probable",
                                "qualifier": "payroll records"})],
  "The files appeared there on Tuesday, two days before that deadline was due to expire.",
  subtype="leak: publication of the stolen council files on the group's leak site",
  numbers_by_source=[
      {"source": "moonveil", "numbers": {"data_gb": 412}, "qualifier": "'what it says are'",
       "evidence": "what it says are 412 gigabytes of files"}])
V("email_restoration_2025", "other", "2025-03-28", None, {},
  [("tarrawong_council", "actor")], "email was restored on Friday",
  subtype="restoration of the council's email (recovery)")
V("crux_locker_takedown", "other", "2023/2024", None, {},
  [("foreign_police", "actor"), ("crux_locker", "target")],
  "police in several countries seized servers belonging to Crux Locker",
  subtype="takedown: police seizure of Crux Locker's servers (raid)",
  date_note="'months' before Moonveil surfaced in mid-2024; year not stated (late 2023 or early 2024)")
V("moonveil_rebrand", "renaming", "2024", None, {},
  [("crux_locker", "actor", {"source": "researchers", "certainty": "probable"}),
   ("moonveil", "result", {"source": "researchers", "certainty": "probable"})],
  P5, subtype="rebrand of a ransomware group", source="researchers", certainty="probable", mod="MID",
  note="date = Moonveil surfacing 'in mid-2024'")
V("acsc_advisory_2025", "other", "2025-03-31", None, {},
  [("acsc", "actor"), ("local_governments", "recipient")],
  "In an advisory to local governments on Monday",
  subtype="publication: security advisory (attribution assessment, MFA guidance)")
V("council_first_statement_2025", "other", "2025-03-23", None, {},
  [("tarrawong_council", "actor")], "the council's first public statement, on March 23",
  subtype="publication: the council's first public statement ('no evidence' personal data taken)")
V("claimed_agreement", "other", None, None, {},
  [("council_representatives", "actor", {"source": "moonveil"}), ("moonveil", "actor", {"source": "moonveil"})],
  P10A, subtype="agreement: 'agreed to terms' then 'walked away' (Moonveil's claim)", source="moonveil",
  certainty="uncertain", note="author: 'That claim could not be verified'; date not stated (before 2025-03-30)")
V("negotiation_contact", "other", None, None, {},
  [("negotiator", "actor"), ("moonveil", "attendee"), ("council_insurer", "requester")],
  P10C, subtype="meeting: negotiation contact (messages exchanged to buy time; no offer made)",
  source="person_familiar", note="date not stated (between the attack and the leak)")
V("attack_investigation_2025", "other", None, None, {},
  [("blackwattle", "actor"), ("tarrawong_council", "requester"), ("cybercrime_squad", "actor"),
   ("nsw_police", "actor"), ("tarrawong_attack_2025", "target")],
  "NSW Police said its Cybercrime Squad was investigating.",
  subtype="investigation of the attack (incident response by Blackwattle; criminal investigation by the NSW "
          "Police Cybercrime Squad)",
  note="'the investigation' that the anonymous source is familiar with; ongoing, start not stated")
V("oaic_inquiry_2025", "other", "2025-04-01", "australia", {},
  [("oaic", "actor"), ("tarrawong_council", "target"), ("residents", "beneficiary")],
  P13, subtype="investigation: preliminary inquiries by the privacy regulator into the data breach",
  note="date = Tuesday announcement ('had opened'); opening date itself not given")
V("rusu_arrest_2025", "other", "2025-02", "alicante", {},
  [("spanish_police", "actor"), ("vadim_rusu", "target")],
  "the arrest in Spain in early February of a 27-year-old Moldovan man",
  subtype="arrest (alleged Crux Locker / Moonveil affiliate)", mod="START",
  note="'early February' (2025); place from 'detained the man ... in Alicante'")
V("rusu_court_appearance_2025", "other", "2025-02-11", "madrid", {},
  [("vadim_rusu", "defendant"), ("spanish_judge", "actor"), ("national_court", "venue")],
  "he appeared before a judge at Spain's National Court in Madrid on Feb. 11 and was remanded in custody",
  subtype="trial: court hearing (remand in custody pending extradition)")
V("rusu_extradition_request", "other", None, "spain", {},
  [("united_states", "requester"), ("vadim_rusu", "target"), ("national_court", "actor")],
  "while the court considers a U.S. request for his extradition",
  subtype="extradition request (pending before the National Court)",
  note="request date not stated; the U.S. accusation itself is kept as relations (no dated charge event)")

# ------------------------------------------------------------------ timexes
T = g.timex
T("April 2, 2025", "2025-04-02", function="publication_date")
T("10 days", "P10D", type="duration", note="from the attack (2025-03-22) to the leak (2025-04-01)")
T("Saturday, March 22", "2025-03-22",
  note="'the early hours of Saturday, March 22' (TIMEX3 part of day not encoded; value of the day)")
T("that morning", "2025-03-22", anaphoric=True, note="morning of 2025-03-22 (TIMEX3 2025-03-22TMO)")
T("Friday", "2025-03-28")
T("March 27", "2025-03-27")
T("seven days", "P7D", type="duration")
T("Tuesday", "2025-04-01", occ=0)
T("two days", "P2D", type="duration", note="before the deadline (2025-04-03)")
T("mid-2024", "2024", mod="MID")
T("months", "PXM", type="duration", note="vague duration: 'months after' the seizure")
T("2023", "2023")
T("three weeks", "P3W", type="duration", mod="EQUAL_OR_MORE", note="'at least three weeks'")
T("Monday", "2025-03-31", occ=0)
T("Monday", "2025-03-31", occ=1)
T("Sunday", "2025-03-30")
T("March 23", "2025-03-23")
T("Tuesday", "2025-04-01", occ=1)
T("early February", "2025-02", mod="START")
T("Feb. 11", "2025-02-11")
T("mid-April", "2025-04", mod="MID", note="signal 'by'")

# ------------------------------------------------------------------- notes
g.notes += [
    "FICTIONAL dev document (own wording), written for benchmarks/devset and annotated by hand before any claimgraph "
    "run: Tarrawong Shire Council and the shire, Moonveil, Crux Locker, Blackwattle Security and every named person "
    "(Joanna Kirwan, Louise Ferreira, Dean Holloway, Vadim Rusu, Marta Quiroga) are invented; Sydney, New South Wales, "
    "the Hunter region, Newcastle, Melbourne, Spain, Alicante, Madrid, Moldova and the U.S. are real, and so are the "
    "institutions named (Australian Cyber Security Centre within the Australian Signals Directorate, the Office of "
    "the Australian Information Commissioner, NSW Police and its Cybercrime Squad, Spain's National Court), but the "
    "case and every statement attributed to them are fictional. errors: none (the checkable background - the ACSC is "
    "part of the ASD; the Hunter lies west of Newcastle; the Audiencia Nacional sits in Madrid and hears extraditions "
    "- is correct).",
    "published = dateline date 2025-04-02 (Wednesday): 'Saturday, March 22' = 2025-03-22, 'Friday' = 2025-03-28, "
    "'March 27' = 2025-03-27 (Thursday), 'Sunday' = 2025-03-30, 'Monday' (x2) = 2025-03-31, 'Tuesday' (x2) = "
    "2025-04-01, 'March 23' = 2025-03-23, 'early February' = 2025-02 (START), 'Feb. 11' = 2025-02-11, 'mid-April' = "
    "2025-04 (MID). The leak deadline (March 27 + seven days = April 3) is two days after the Tuesday publication, "
    "and the lead's '10 days after an attack' runs from 2025-03-22 to 2025-04-01: the text is consistent.",
    "Not timexes: ages ('27-year-old'), 'from the start', 'so far', 'for long' (vague, no anchor), 'the early "
    "hours' (kept inside the day value). Straight ASCII quotes throughout.",
    "Certainty per source (FactBank, shared convention): plain statements of named or descriptive sources (Kirwan, "
    "Ferreira, the council, the anonymous source, the two people who examined the files, NSW Police, the OAIC) are "
    "'certain' for that source with author_stance neutral. 'widely regard', 'believes', 'likely', 'probably', "
    "'with moderate confidence', 'appears to', 'expected' = probable; 'found no sign' = probable negative; "
    "'accuse' (U.S. prosecutors) = reported; 'could not be verified' = uncertain hedge (no stance record, as in "
    "conflict_militia_attack and influence_campaign_takedown). Approximators ('about 86,000', 'about A$1.4 million', "
    "'at least three weeks') are not hedges.",
    "Attribution of the attack, kept apart from the claim (terrorism-database convention): Moonveil claimed it "
    "implicitly by listing the council on its leak site (claimed_responsibility, author, implicit) and published "
    "the files (perpetrated the leak event, author). Who did the intrusion: the ACSC says a Moonveil affiliate "
    "(probable, 'moderate confidence'; the affiliate = 'the attackers' entity, member_of moonveil); Blackwattle/"
    "Kirwan say 'the attackers' (presupposed, with hedged dwell time and way in) and Kirwan's tooling match implies "
    "Moonveil's operation (implicit, probable). The ACSC is not read as naming Moonveil itself as perpetrator.",
    "Rebrand: Crux Locker renamed_to Moonveil (researchers, probable, 2024; Kirwan, implicit) plus a renaming event; "
    "the former name is its own entity, as the seed gold does for GIA -> AQIM.",
    "Ransom: the demand is an 'other' event (subtype ransom demand) with competing figures in numbers_by_source "
    "(anonymous source: US$3m then US$1.9m; Moonveil's post: US$2m); event numbers = the latest figure the document "
    "gives (US$1.9m). Extortion of the council is targeted(moonveil -> council) with a qualifier. The payment the "
    "council denies is funded(council -> moonveil) with negative polarity (council and Ferreira) plus a denied "
    "payment event. Moonveil's 'agreed to terms' claim is works_with (ambiguous) from source moonveil, hedged "
    "uncertain by the author.",
    "Only explicit author stance: 'an assurance that has since proved wrong' (introduced by 'That sits uneasily "
    "with') -> disputes the council's March 23 statement. 'went less far' (the ACSC vs Blackwattle) compares "
    "strengths of attribution and is not a judgement of truth; 'There is no suggestion that Rusu was involved' is the "
    "writer's disclaimer, encoded as a probable negative perpetrated relation, not a stance.",
    "Arrest abroad: Rusu member_of Crux Locker and Moonveil (U.S. prosecutors, reported, alt works_with: "
    "'affiliate'), denied via his lawyer (negative, source rusu via quiroga; the lawyer's attribution has "
    "on_behalf_of rusu); citizen_of moldova from the demonym; arrest (Alicante, 2025-02 START), court appearance "
    "(Madrid, 2025-02-11, remand) and pending U.S. extradition request as events. The U.S. accusation has no date, so "
    "no charge event.",
    "Speakers for organisations: Kirwan for Blackwattle (on_behalf_of; 'Blackwattle believes ..., she said' gets two "
    "attributions on one span: the firm with via Kirwan and Kirwan herself), Ferreira and Holloway for the council. "
    "'A spokesperson for the centre declined to comment' is a non-statement (no attribution), as in court_fraud_trial.",
    "Appositions and possessives of the author's own noun phrases ('the Melbourne incident-response firm the council "
    "hired', 'part of the Australian Signals Directorate', 'Spain's National Court in Madrid', 'the council's "
    "insurer') are author claims; relations inside an attributed sentence take its source.",
    "Insurance: 'much of it covered by insurance' -> funded(council_insurer -> council), implicit (the insurer is "
    "the one that engaged the negotiator). The OAIC's 'engaging with the council' -> works_with with a qualifier "
    "(regulator contact), the inquiry itself an investigation event; no 'investigated' predicate exists.",
    "Event types: validate_gold.py accepts only attack, intervention, war, renaming, killing, kidnapping, appointment "
    "and other, so DESIGN's finer types are written as type 'other' with the DESIGN type word at the head of the "
    "subtype (arrest, trial, investigation, publication, leak, payment, takedown/raid, meeting, agreement, "
    "extradition), which score.py's type matching reads; roles are kept to the validator's lists (perpetrator, "
    "target, responder, claimant, actor, victim, requester, recipient, payer, result, defendant, venue, attendee, "
    "beneficiary). Future and hypothetical happenings (rates payments to resume by mid-April, the council writing to "
    "ratepayers) are not events.",
    "Entity hard cases: 'Tarrawong' alone is the shire (Location name) and, in 'Tarrawong's mayor' / 'the attack on "
    "Tarrawong', a metonym for the council (metonymic_names); the leak site is typed Location (virtual venue); "
    "'the attackers' and 'a Moonveil affiliate' are one descriptive entity; 'these criminals' (Ferreira) = Moonveil; "
    "'the program' and 'such groups' (Kirwan) are generic and not linked; 'the breach' (OAIC) = the attack's data "
    "breach (attack event descriptor).",
    "cross_doc: not applicable (unrelated domain).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
