#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for
benchmarks/devset/docs/environment_chemical_spill.txt -> benchmarks/devset/gold/environment_chemical_spill.json

Fictional environment/industry wire story: a chromium solution leaks from a chemical plant in Turda (Cluj county,
Romania) into the Aries River; the operator's chief operating officer against the regional head of the National
Environmental Guard (a delayed alert, a fine), an unnamed person familiar with the inspection (a cracked valve that
'may have' leaked for days), residents' lawsuit with its lawyer's hedge ('is believed to'), a 2021 nickel spill by the
same plant, the Austrian owner, a trout farmer, the water company and the downstream basin administration.
Built with the shared goldlib; events follow the shared validator's list like police_murder_investigation (a DESIGN
type it lacks is 'other' with the DESIGN word leading the subtype)."""
from pathlib import Path

HERE = Path(__file__).resolve()
DEVSET = HERE.parents[1]                    # benchmarks/devset

from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "environment_chemical_spill"
PUB = "2025-05-14"  # dateline: CLUJ-NAPOCA, Romania, May 14, 2025 (a Wednesday)
g = Gold(DEVSET / "docs" / f"{NAME}.txt", PUB)

# ------------------------------------------------------------------ entities
E = g.ent
# places
E("cluj_napoca", "Location", ["CLUJ-NAPOCA"], note="dateline city only")
E("romania", "Location", ["Romania", "Romanian"],
  note="dateline; 'Romanian chemical plant' (headline, demonym); 'Romania's inspections'")
E("cluj_county", "Location", ["Cluj region", "Cluj county"],
  note="'a town in the Cluj region of Romania' and 'the Guard's commissariat for Cluj county' are the same county; "
       "'Cluj' is also inside 'Cluj Tribunal' and 'CLUJ-NAPOCA'")
E("turda", "Location", ["Turda"], note="'the Turda plant'")
E("campia_turzii", "Location", ["Campia Turzii"], note="x3; downstream town")
E("aries_river", "Location", ["Aries River", "Aries"], ["the river", "river"],
  note="'Aries' also inside 'Clean Aries Association'; 'the river' (x4), 'the river's edge'")
E("mures_river", "Location", ["Mures"], ["the larger river"],
  note="'Mures' also inside 'Mures Water Basin Administration'")
E("linz", "Location", ["Linz"])
E("austria", "Location", ["Austria"])
E("valcor_plant", "Location", [], ["a chemical plant", "a plant in Turda", "the plant", "the Turda plant"],
  note="facility typed Location (as the bar in police_murder_investigation); 'the operator of a chemical plant'")
E("storage_tank", "Location", [], ["a storage tank", "the tank"], note="facility; 'the tank's level'")
E("drainage_channel", "Location", [], ["a drainage channel that empties into the Aries", "the channel"])
E("trout_farm", "Location", [], ["a trout farm on the river's edge near Campia Turzii"],
  note="'my ponds' in Pop's quote")
E("wells", "Location", [], ["wells near the river"], note="'two of them', 'the well water'")

# organizations
E("valcor", "Organization", ["Valcor Chimie"],
  ["the operator of a chemical plant", "a maker of pigments and metal-finishing chemicals", "the company",
   "The company"], fictional=True,
  note="'the company' x7 and 'The company' x1 are all Valcor; 'an operator of this kind' in Lungu's quote is generic; "
       "'we' in Dragomir's quote = the company")
E("guard", "Organization", ["National Environmental Guard", "the Guard", "The Guard"],
  ["the national environmental regulator"],
  note="real Romanian agency (Garda Nationala de Mediu); every statement here is fictional. 'us' in Lungu's quote "
       "and 'We will ask for the maximum penalty' = the Guard")
E("guard_cluj", "Organization", [], ["the Guard's commissariat for Cluj county"], note="regional office of the Guard")
E("angling_association", "Organization", [], ["the local angling association"])
E("water_company", "Organization", [], ["The municipal water company in Campia Turzii"],
  note="'It said on Tuesday' = the water company")
E("cluj_tribunal", "Organization", ["Cluj Tribunal"], note="real court; the case is fictional")
E("clean_aries", "Organization", ["Clean Aries Association"],
  ["a residents' group founded in 2021", "the association", "the group"], fictional=True,
  note="'the association's lawyer', 'the group would ask'")
E("brenner", "Organization", ["Brenner Industrieholding", "Brenner"],
  ["an investment group based in Linz, Austria"], fictional=True)
E("mures_admin", "Organization", ["Mures Water Basin Administration"],
  note="Romanian basin administrations are real bodies; the statement is fictional")
E("environmental_groups", "Organization", ["Environmental groups"], generic=True, name_kind="descriptive")
E("prosecutors", "Organization", ["prosecutors"], generic=True, name_kind="descriptive")

# people
E("residents", "Person", ["Residents of two towns on the Aries River"], ["Residents downstream", "people"],
  generic=True, name_kind="descriptive",
  note="the plaintiffs' communities; 'people had already called us' (Lungu) is taken to be these residents")
E("households", "Person", ["146 households and fish farmers"], generic=True, name_kind="descriptive",
  note="those on whose behalf the suit is filed")
E("adriana_lungu", "Person", ["Adriana Lungu", "Lungu"], ["who heads the Guard's commissariat for Cluj county"],
  fictional=True, note="'she said' (last paragraph)")
E("mihai_dragomir", "Person", ["Mihai Dragomir"], ["chief operating officer of Valcor Chimie"], fictional=True,
  note="'he said', 'He said'")
E("night_shift", "Person", ["night-shift staff"], generic=True, name_kind="descriptive")
E("inspection_source", "Person", ["A person familiar with the inspection"], ["The person"], unnamed=True,
  name_kind="descriptive")
E("inspectors", "Person", ["inspectors"], generic=True, name_kind="descriptive",
  note="the Guard's inspectors (context)")
E("radu_ciobanu", "Person", ["Radu Ciobanu"], ["the association's lawyer"], fictional=True)
E("sorin_pop", "Person", ["Sorin Pop"], ["who runs a trout farm on the river's edge near Campia Turzii"],
  fictional=True, note="'he said' x2; 'I', 'me' in his quote")

# events
E("spill_2025", "Event", [], ["The leak", "Chromium leak", "the spill", "the larger release", "the case"],
  note="the May 2025 leak; 'the case showed' (environmental groups) and 'refer the case to prosecutors' = the matter "
       "of the spill")
E("lawsuit_2025", "Event", [], ["a lawsuit", "The lawsuit"])
E("fine_2025", "Event", [], note="clausal: 'The Guard has fined Valcor Chimie 300,000 lei'")
E("inspection_2025", "Event", [], ["the inspection", "its investigation"],
  note="the Guard's inspection/investigation of the plant after the leak; 'the inspection report' (not published)")
E("well_suspension", "Event", [], note="clausal: 'suspended pumping from two of them on Saturday as a precaution'")
E("spill_2021", "Event", [], ["a pipe failure"], note="March 2021 nickel wastewater spill")
E("fine_2021", "Event", [], note="clausal: 'the Guard fined the company 120,000 lei'")
E("acquisition_2019", "Event", [], note="clausal: 'which bought it in 2019'")
E("inspection_2022", "Event", [], note="clausal: 'the Turda plant had last been fully inspected in 2022'")

# ----------------------------------------------------------------- relations
R = g.rel
R("cluj_napoca", "located_in", "romania", "CLUJ-NAPOCA, Romania")
R("valcor_plant", "located_in", "romania", "Chromium leak from Romanian chemical plant", note="headline demonym")
LEAD = ("Residents of two towns on the Aries River filed a lawsuit on Tuesday against the operator of a chemical plant "
        "that leaked a solution containing chromium into the river last week")
R("valcor", "perpetrated", "spill_2025", LEAD, alt_predicates=["controls"],
  qualifier="operator of the plant that leaked",
  note="industrial pollution: the operator is the responsible party (perpetrated is the nearest predicate)")
P2 = ("The leak came from a storage tank at a plant in Turda, a town in the Cluj region of Romania, run by Valcor "
      "Chimie, a maker of pigments and metal-finishing chemicals.")
R("storage_tank", "located_in", "valcor_plant", "a storage tank at a plant in Turda")
R("valcor_plant", "located_in", "turda", "a plant in Turda")
R("turda", "located_in", "cluj_county", "Turda, a town in the Cluj region of Romania")
R("cluj_county", "located_in", "romania", "the Cluj region of Romania", alt_predicates=["part_of"])
R("turda", "located_in", "romania", "Turda, a town in the Cluj region of Romania", implicit=True,
  note="transitive containment stated in one phrase")
R("valcor", "controls", "valcor_plant", P2, qualifier="'run by' (operator)")
R("valcor", "perpetrated", "spill_2025", P2, implicit=True, qualifier="the leak came from its plant")
P2B = ("The company said on Monday that about 38 cubic metres of the solution escaped late on Friday, May 9, through a "
       "drainage channel that empties into the Aries.")
R("drainage_channel", "located_in", "valcor_plant", P2B, implicit=True, ambiguous=True,
  note="the channel runs from the plant to the river; not stated as inside the plant")
P4 = ("Samples taken on Saturday near Campia Turzii, about 10 kilometres downstream of the plant, showed hexavalent "
      "chromium at 0.21 milligrams per litre, more than four times the legal limit of 0.05, the National Environmental "
      "Guard said.")
QL = ("\"The company knew on Friday night that the tank was losing liquid. We were told on Saturday afternoon, after "
      "people had already called us,\" said Adriana Lungu, who heads the Guard's commissariat for Cluj county.")
R("adriana_lungu", "holds_position", "guard_cluj", "Adriana Lungu, who heads the Guard's commissariat for Cluj county",
  role="head of the Cluj county commissariat", alt_predicates=["leader_of"])
R("adriana_lungu", "leader_of", "guard_cluj", "Adriana Lungu, who heads the Guard's commissariat for Cluj county")
R("guard_cluj", "part_of", "guard", "the Guard's commissariat for Cluj county")
R("guard_cluj", "located_in", "cluj_county", "the Guard's commissariat for Cluj county", alt_predicates=["controls"],
  note="regional office for (covering) the county")
R("guard", "part_of", "romania", "the national environmental regulator", implicit=True,
  note="national agency of Romania (context)")
P6 = ("The Guard has fined Valcor Chimie 300,000 lei, about $66,000, and ordered the tank emptied and sealed.")
R("guard", "targeted", "valcor", P6, qualifier="fined 300,000 lei", ambiguous=True,
  note="a regulatory sanction; 'targeted' is the nearest predicate (also the fine event)")
P6B = ("A person familiar with the inspection said inspectors had found a cracked valve at the base of the tank and that "
       "it may have been leaking for several days before the larger release.")
R("inspectors", "part_of", "guard", "inspectors had found a cracked valve", implicit=True, alt_predicates=["member_of"],
  note="the Guard's inspectors (context)")
P7 = ("Mihai Dragomir, chief operating officer of Valcor Chimie, said night-shift staff had first believed the drop in "
      "the tank's level was a faulty gauge.")
R("mihai_dragomir", "holds_position", "valcor", "Mihai Dragomir, chief operating officer of Valcor Chimie",
  role="chief operating officer")
R("night_shift", "member_of", "valcor", P7, source="mihai_dragomir", implicit=True, alt_predicates=["works_with"],
  note="the plant's night-shift staff")
P8 = ("The municipal water company in Campia Turzii, which draws part of its supply from wells near the river, "
      "suspended pumping from two of them on Saturday as a precaution and supplied about 4,000 households by tanker for "
      "two days.")
R("water_company", "located_in", "campia_turzii", "The municipal water company in Campia Turzii")
R("water_company", "controls", "wells", P8, qualifier="draws part of its supply from the wells", ambiguous=True)
P9 = ("The lawsuit was filed at the Cluj Tribunal by the Clean Aries Association, a residents' group founded in 2021, "
      "on behalf of 146 households and fish farmers.")
R("households", "member_of", "clean_aries", P9, implicit=True, ambiguous=True, alt_predicates=["supported"],
  note="the group sues on their behalf; membership is not stated")
R("cluj_tribunal", "located_in", "cluj_county", "Cluj Tribunal", implicit=True, ambiguous=True,
  note="from the name (the tribunal sits in Cluj-Napoca)")
P9B = ("Radu Ciobanu, the association's lawyer, said the plant \"is believed to have released smaller amounts "
       "repeatedly\" and that the group would ask the court to order the company to hand over its maintenance records.")
R("radu_ciobanu", "works_with", "clean_aries", "Radu Ciobanu, the association's lawyer", qualifier="lawyer",
  alt_predicates=["holds_position"], role="lawyer")
P10 = ("In March 2021 a pipe failure sent wastewater containing nickel into the Aries, and the Guard fined the company "
       "120,000 lei.")
R("valcor", "perpetrated", "spill_2021", "It is not the first time the plant has polluted the river.", implicit=True,
  time="2021-03", qualifier="the plant polluted the river before", alt_predicates=["controls"])
R("guard", "targeted", "valcor", P10, time="2021-03", qualifier="fined 120,000 lei", ambiguous=True)
P11 = ("Valcor Chimie is owned by Brenner Industrieholding, an investment group based in Linz, Austria, which bought it "
       "in 2019.")
R("valcor", "part_of", "brenner", P11, alt_predicates=["controls"], qualifier="owned by (since 2019)", time="2019",
  note="ownership as part_of child -> parent (as a subsidiary in business_acquisition_probe); controls would be "
       "brenner -> valcor")
R("brenner", "controls", "valcor", P11, alt_predicates=["part_of"], qualifier="owner")
R("brenner", "located_in", "linz", "an investment group based in Linz, Austria")
R("linz", "located_in", "austria", "Linz, Austria")
R("brenner", "located_in", "austria", "an investment group based in Linz, Austria", implicit=True)
P12 = "Sorin Pop, who runs a trout farm on the river's edge near Campia Turzii, said he had lost about three tonnes of fish."
R("sorin_pop", "controls", "trout_farm", "Sorin Pop, who runs a trout farm", alt_predicates=["leader_of", "holds_position"],
  qualifier="runs the farm")
R("trout_farm", "located_in", "aries_river", "a trout farm on the river's edge", ambiguous=True,
  note="on the bank; 'near Campia Turzii' is nearness, not containment")
P13 = "The Aries flows into the Mures"
R("aries_river", "part_of", "mures_river", P13, ambiguous=True, qualifier="tributary",
  note="a tributary is the nearest to part_of; no exact predicate")
R("mures_admin", "controls", "mures_river", "the Mures Water Basin Administration said it was monitoring the larger river",
  ambiguous=True, qualifier="monitors the river's basin")
R("valcor_plant", "located_in", "romania", "Lungu said the Turda plant had last been fully inspected in 2022",
  implicit=True, note="the plant among 'Romania's ... older industrial sites' (previous sentence); kept as a second "
                       "statement of the country")

# -------------------------------------------------------------- attributions
A = g.attr
A(LEAD + ", as the national environmental regulator said the company had waited almost a day before reporting the spill.",
  "guard", "said", False, content="the company had waited almost a day before reporting the spill")
A(P2B, "valcor", "said", False)
A("Residents downstream saw the water turn a dull yellow on Saturday morning, and dead fish were found along a stretch "
  "of roughly 12 kilometres, according to the local angling association.", "angling_association", "according to", False)
A(P4, "guard", "said", False)
A("A second set taken on Monday showed levels had fallen to 0.07.", "guard", "said", False, cue_ctx=P4,
  continuation=True, note="continues the Guard's figures; cue is the previous sentence's 'said'")
A(QL, "adriana_lungu", "said", True, on_behalf_of="guard",
  content="The company knew on Friday night that the tank was losing liquid. We were told on Saturday afternoon, after "
          "people had already called us")
A("\"That is not how an operator of this kind is supposed to behave. We will ask for the maximum penalty.\"",
  "adriana_lungu", "said", True, cue_ctx=QL, continuation=True, on_behalf_of="guard",
  note="the quote continues after the attribution of the previous sentence")
A(P6B, "inspection_source", "said", False)
A("The person spoke on condition of anonymity because the inspection report has not been published.",
  "inspection_source", "spoke", False, note="conditions of the source; no claim content beyond the report's status")
A("Valcor Chimie denied that it had delayed the alert.", "valcor", "denied", False,
  content="it had delayed the alert", polarity="negative")
A(P7, "mihai_dragomir", "said", False, on_behalf_of="valcor")
A("\"As soon as we understood what had happened, we closed the channel and called the authorities,\" he said.",
  "mihai_dragomir", "said", True, on_behalf_of="valcor")
A("He said the company's own measurements at the outflow had never exceeded the limit and that no drinking water had "
  "been affected.", "mihai_dragomir", "said", False, on_behalf_of="valcor")
A("It said on Tuesday that tests of the well water had found no chromium above the limit.", "water_company", "said",
  False)
A(P9B, "radu_ciobanu", "said", False, partial_quote=True, on_behalf_of="clean_aries")
A("Valcor Chimie said afterwards that it had replaced the plant's piping.", "valcor", "said", False)
A("Brenner did not respond to a request for comment.", "brenner", "did not respond", False,
  note="no content: a non-response")
A(P12, "sorin_pop", "said", False)
A("\"They told us in 2021 it would never happen again. Now my ponds are empty,\" he said.", "sorin_pop", "said", True)
A("\"They told us in 2021 it would never happen again.", "valcor", "told", False, via=["sorin_pop"],
  content="it would never happen again", note="'They' = the company (reported speech inside Pop's quote)")
A("\"I have been here for twenty years. Nobody from the company has come to see me.\"", "sorin_pop", "said", True,
  cue_ctx="Now my ponds are empty,\" he said", continuation=True)
A("the Mures Water Basin Administration said it was monitoring the larger river but had detected no chromium at its "
  "stations further downstream", "mures_admin", "said", False)
A("Environmental groups said the case showed that Romania's inspections of older industrial sites were too infrequent.",
  "environmental_groups", "said", False)
A("Lungu said the Turda plant had last been fully inspected in 2022.", "adriana_lungu", "said", False,
  on_behalf_of="guard")
A("The Guard expects to complete its investigation by the end of June, she said, and could refer the case to "
  "prosecutors.", "adriana_lungu", "she said", False, on_behalf_of="guard")

# ------------------------------------------------------------------- hedges
H = g.hedge
H("may have", "it may have been leaking for several days before the larger release", "possible")
H("is believed to", "the plant \"is believed to have released smaller amounts repeatedly\"", "probable",
  note="agentless belief inside Ciobanu's partial quote: probable for that source")
H("believed", "night-shift staff had first believed the drop in the tank's level was a faulty gauge", "probable",
  note="a past belief the speaker says was wrong (a faulty gauge); marks the staff's belief, not a fact")
H("expects", "The Guard expects to complete its investigation by the end of June", "probable")
H("could", "could refer the case to prosecutors", "possible")
H("as a precaution", "suspended pumping from two of them on Saturday as a precaution", "possible",
  note="precautionary: contamination of the wells was possible, not established")

# ------------------------------------------------------------------- events
V = g.event
V("spill_2025", "other", "2025-05-09", "valcor_plant",
  {"volume_m3": 38, "river_km_fish_kill": 12, "chromium_mg_per_l": 0.21},
  [("valcor", "actor"), ("aries_river", "target"), ("residents", "victim"), ("sorin_pop", "victim")],
  P2B, subtype="disaster: industrial chemical spill (hexavalent chromium solution into a river)",
  place_alt=["storage_tank", "turda", "aries_river"], mod="END",
  note="'late on Friday, May 9'; discovered by residents Saturday 2025-05-10; figures: about 38 m3 (company), fish "
       "dead along roughly 12 km (angling association), 0.21 mg/l Saturday falling to 0.07 Monday (Guard)",
  numbers_by_source=[
      {"source": "valcor", "numbers": {"volume_m3": 38}, "qualifier": "about",
       "evidence": "about 38 cubic metres of the solution escaped"},
      {"source": "guard", "time": "2025-05-10", "numbers": {"chromium_mg_per_l": 0.21, "legal_limit_mg_per_l": 0.05},
       "evidence": "showed hexavalent chromium at 0.21 milligrams per litre, more than four times the legal limit of 0.05"},
      {"source": "guard", "time": "2025-05-12", "numbers": {"chromium_mg_per_l": 0.07},
       "evidence": "A second set taken on Monday showed levels had fallen to 0.07."},
      {"source": "angling_association", "numbers": {"river_km_fish_kill": 12}, "qualifier": "roughly",
       "evidence": "dead fish were found along a stretch of roughly 12 kilometres"},
      {"source": "sorin_pop", "numbers": {"fish_lost_tonnes": 3}, "qualifier": "about; his farm only",
       "evidence": "he had lost about three tonnes of fish"}])
V("lawsuit_2025", "other", "2025-05-13", "cluj_tribunal", {"damages_sought_lei": 2400000, "households": 146},
  [("clean_aries", "plaintiff"), ("households", "beneficiary"), ("residents", "plaintiff"), ("valcor", "defendant"),
   ("radu_ciobanu", "actor"), ("cluj_tribunal", "venue")],
  LEAD, subtype="lawsuit: damages (2.4 million lei) and five years of independent monitoring",
  note="filed 'on Tuesday' = 2025-05-13")
V("fine_2025", "other", None, None, {"fine_lei": 300000, "fine_usd": 66000},
  [("guard", "actor"), ("valcor", "target")], P6,
  subtype="sanction: regulatory fine of 300,000 lei and order to empty and seal the tank",
  note="date not stated (between the leak and publication)")
V("inspection_2025", "other", None, "valcor_plant", {},
  [("guard", "actor"), ("inspectors", "actor"), ("valcor", "target")], P6B,
  subtype="investigation: inspection of the plant after the leak (cracked valve found)", source="inspection_source",
  note="date not stated; ongoing, to be completed by the end of June 2025")
V("well_suspension", "other", "2025-05-10", "campia_turzii", {"wells": 2, "households_supplied": 4000},
  [("water_company", "actor"), ("wells", "target")], P8,
  subtype="shutdown: precautionary suspension of pumping; tanker supply for two days", source="water_company")
V("spill_2021", "other", "2021-03", "aries_river", {},
  [("valcor", "actor"), ("aries_river", "target")], P10,
  subtype="disaster: industrial spill (pipe failure, nickel wastewater)")
V("fine_2021", "other", "2021-03", None, {"fine_lei": 120000},
  [("guard", "actor"), ("valcor", "target")], "the Guard fined the company 120,000 lei",
  subtype="sanction: regulatory fine", note="year from the same sentence; month may be later than March")
V("acquisition_2019", "other", "2019", None, {},
  [("brenner", "actor"), ("valcor", "target")], P11, subtype="acquisition: Brenner bought Valcor Chimie")
V("inspection_2022", "other", "2022", "valcor_plant", {},
  [("guard", "actor")], "the Turda plant had last been fully inspected in 2022",
  subtype="investigation: full inspection of the plant", source="adriana_lungu")

# ------------------------------------------------------------------ timexes
T = g.timex
T("May 14, 2025", "2025-05-14", function="publication_date")
T("Tuesday", "2025-05-13", ctx="filed a lawsuit on Tuesday")
T("last week", "2025-W19")
T("almost a day", "P1D", type="duration", mod="LESS_THAN")
T("Monday", "2025-05-12", ctx="The company said on Monday")
T("Friday, May 9", "2025-05-09", mod="END", note="'late on Friday, May 9'")
T("Saturday morning", "2025-05-10", note="TIMEX3 2025-05-10TMO")
T("Saturday", "2025-05-10", ctx="Samples taken on Saturday")
T("Monday", "2025-05-12", ctx="A second set taken on Monday")
T("Friday night", "2025-05-09", note="TIMEX3 2025-05-09TNI")
T("Saturday afternoon", "2025-05-10", note="TIMEX3 2025-05-10TAF")
T("several days", "PXD", type="duration")
T("Saturday", "2025-05-10", ctx="two of them on Saturday")
T("two days", "P2D", type="duration")
T("Tuesday", "2025-05-13", ctx="It said on Tuesday")
T("2021", "2021", ctx="a residents' group founded in 2021")
T("five years", "P5Y", type="duration")
T("March 2021", "2021-03")
T("2019", "2019")
T("2021", "2021", ctx="They told us in 2021")
T("twenty years", "P20Y", type="duration")
T("2022", "2022")
T("the end of June", "2025-06", mod="END")

# ------------------------------------------------------------------- notes
g.notes += [
    "Approximators and bounds ('about', 'at least', 'fewer than') are not hedges (the shared gold's convention, "
    "as in the rest of this set).",
    "FICTIONAL dev document (own wording), written for benchmarks/devset and annotated by hand before any claimgraph "
    "run: Valcor Chimie, Brenner Industrieholding, the Clean Aries Association, Adriana Lungu, Mihai Dragomir, Radu "
    "Ciobanu, Sorin Pop and the spills are invented; Cluj-Napoca, Turda, Campia Turzii, the Aries and Mures rivers, "
    "Linz, Austria and Romania are real, and the institutions named (National Environmental Guard, Cluj Tribunal, a "
    "Mures Water Basin Administration) exist in some form, but every statement attributed to them is fictional. "
    "Place names are written without Romanian diacritics. errors: none.",
    "published = dateline 2025-05-14 (Wednesday): 'Friday, May 9' / 'Friday night' = 2025-05-09 (leak, late), "
    "'Saturday' (x4, incl. morning/afternoon) = 2025-05-10, 'Monday' (x2) = 2025-05-12, 'Tuesday' (x2) = 2025-05-13 "
    "(lawsuit filed; water company's test results), 'last week' = 2025-W19, 'the end of June' = 2025-06 (mod END).",
    "Not timexes: 'As soon as' (relative to an event), 'afterwards' (after the 2021 fine, no value), 'again', ages none.",
    "Certainty per source: 'may have' = possible (unnamed inspection source); 'is believed to' (inside Ciobanu's partial "
    "quote, agentless) = probable; 'expects' = probable; 'could refer' = possible; 'as a precaution' marks a possible "
    "contamination, not a fact. Plain statements of the Guard, the company, the water company, the angling "
    "association and Pop are certain for their source. Valcor's denial ('denied that it had delayed the alert') is an "
    "attribution with polarity negative (no predicate fits a delayed alert); the Guard's accusation it contradicts is "
    "the lead's attribution. The author takes no side: stances empty.",
    "Quote continued across sentences: Lungu's quote resumes after 'said Adriana Lungu, ...' ('That is not how ... We "
    "will ask for the maximum penalty.'), and Pop's third quote sentence follows his 'he said' (continuation=True, "
    "cue_ctx the earlier cue); the Guard's second set of samples continues its own 'said'.",
    "Title and company: 'Mihai Dragomir, chief operating officer of Valcor Chimie' -> holds_position role chief "
    "operating officer; 'Adriana Lungu, who heads the Guard's commissariat for Cluj county' -> holds_position (head) "
    "and leader_of the commissariat, which is part_of the Guard. Containment: plant located_in Turda, Turda located_in "
    "the Cluj region (= Cluj county), the region located_in Romania; Brenner in Linz, Linz in Austria; ownership "
    "'is owned by' -> valcor part_of brenner and brenner controls valcor (both, alt predicates given).",
    "Relations with no exact predicate, nearest kept and flagged ambiguous: a regulator's fine (guard targeted valcor), "
    "a tributary (aries part_of mures), a utility's wells and a basin authority's monitoring (controls), a lawyer for a "
    "group (works_with, role lawyer). Industrial pollution: the operator 'perpetrated' the spill (no intent implied).",
    "Event types: validate_gold.py's list is followed; DESIGN types it lacks are 'other' with the DESIGN word leading "
    "the subtype: disaster (spill, 2025 and 2021), lawsuit, sanction (fines), investigation (inspection 2025, 2022), "
    "acquisition (2019), shutdown of wells (no DESIGN word; 'shutdown' leads). Future happenings (the court ordering "
    "records, completing the investigation by end of June, a referral to prosecutors) are not events.",
    "cross_doc: not applicable (unrelated domain).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
