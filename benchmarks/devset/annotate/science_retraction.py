#!/usr/bin/env python3
"""Gold annotation (by hand, before any claimgraph run) for
benchmarks/devset/docs/science_retraction.txt -> benchmarks/devset/gold/science_retraction.json

Fictional science/health story: a journal retracts a high-profile study after a university
investigation finds image manipulation; the lead author disputes it.  Built with the shared goldlib
(same schema and conventions as the shared dev gold)."""
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[3]                      # project root (/work/main)
DEVSET = HERE.parents[1]                    # benchmarks/devset


from shared_gold import Gold, write_gold  # noqa: E402 - the shared builder, found beside the project

NAME = "science_retraction"
g = Gold(DEVSET / "docs" / f"{NAME}.txt", "2025-06-12")

# ------------------------------------------------------------------ entities
g.ent("baltimore", "Location", ["BALTIMORE", "Baltimore"])
g.ent("lisbon", "Location", ["Lisbon"])
g.ent("san_diego", "Location", ["San Diego"])
g.ent("osaka", "Location", ["Osaka"])
g.ent("leeds", "Location", ["Leeds"])
g.ent("england", "Location", ["England"])

g.ent("regenerative_medicine_reports", "Organization", ["Regenerative Medicine Reports"],
      ["A scientific journal", "The journal", "the journal", "Journal"], fictional=True,
      note="'a journal acting within weeks' (Mehta) is generic, not this journal")
g.ent("journal_editors", "Person", [], ["the editors"], generic=True)
g.ent("westbrook_university", "Organization", ["Westbrook University", "Westbrook"],
      ["the authors' university", "the university", "this university"], fictional=True,
      note="location not stated (the dateline is Baltimore; not encoded)")
g.ent("ashcombe_lab", "Organization", [],
      ["the laboratory of Daniel Ashcombe", "Ashcombe's lab", "the lab", "my lab", "the team"],
      note="'the team' (that named MRF-7) = the lab's research team / the paper's authors")
g.ent("marlowe_foundation", "Organization", ["Marlowe Foundation"],
      ["a Baltimore charity that supports research on ageing"], fictional=True)
g.ent("myotide_therapeutics", "Organization", ["Myotide Therapeutics", "Myotide"],
      ["a company he co-founded in 2022 to develop the treatment", "the company"], fictional=True)
g.ent("myotide_board", "Organization", [], ["the board"])
g.ent("chesapeake_herald", "Organization", ["Chesapeake Herald", "Herald"], fictional=True,
      note="news outlet; possibly this article's own publisher referring to itself (NYT-style 'told The "
           "Times'), so no 'via' is recorded through it")
g.ent("sciscope", "Organization", ["Sciscope"], ["an online forum where scientists discuss published papers"],
      fictional=True, note="website/forum")
g.ent("investigation_committee", "Organization", [],
      ["a full investigation committee", "the committee", "The committee"],
      note="Westbrook's misconduct investigation committee; 'It concluded' (para 10) = the committee")
g.ent("investigation_report", "Organization", [], ["the investigation report", "the report", "The report"],
      note="the committee's written report, cited as a source like 'Registry documents' in sanctions_company; "
           "alternative source reading: investigation_committee")
g.ent("nih", "Organization", ["National Institutes of Health"], ["agency"],
      note="real agency; the suspension and confirmation are fictional")
g.ent("hollins_medical_college", "Organization", ["Hollins Medical College"], fictional=True)
g.ent("harland_university", "Organization", ["Harland University"], fictional=True)
g.ent("biotech_company_san_diego", "Organization", [], ["a biotechnology company in San Diego"], unnamed=True)

g.ent("daniel_ashcombe", "Person", ["Daniel Ashcombe", "Ashcombe"],
      ["a professor of cell biology at Westbrook University"], fictional=True)
g.ent("ines_carvalho", "Person", ["Ines Carvalho", "Carvalho"],
      ["a microbiologist in Lisbon who has spent years searching published research for doctored images"],
      fictional=True)
g.ent("margaret_olufemi", "Person", ["Margaret Olufemi"], ["its vice president for research"], fictional=True)
g.ent("university_spokeswoman", "Person", [], ["A spokeswoman for the university"], unnamed=True)
g.ent("nih_spokesperson", "Person", [], ["an agency spokesperson"], unnamed=True)
g.ent("lucia_ferrante", "Person", ["Lucia Ferrante"], ["The paper's first author"], fictional=True)
g.ent("kenji_morita", "Person", ["Kenji Morita"], ["a co-author at Hollins Medical College in Osaka"],
      fictional=True, note="one of the 'two co-authors' who did not agree to the retraction")
g.ent("dissenting_coauthors", "Person", [], ["two co-authors"], unnamed=True, generic=True,
      note="the two co-authors besides Ashcombe who did not agree; includes Kenji Morita")
g.ent("arjun_mehta", "Person", ["Arjun Mehta"], fictional=True)
g.ent("former_postdoc", "Person", [], ["a former postdoctoral researcher in Ashcombe's lab"], unnamed=True)
g.ent("lab_member_2020", "Person", [], ["another lab member"], unnamed=True)
g.ent("researchers_tracking_retractions", "Person", [], ["Researchers who track retractions"], generic=True)
g.ent("person_briefed", "Person", [], ["a person briefed on the matter"], unnamed=True)
g.ent("myotide_investors", "Organization", [], ["Two of its investors"], unnamed=True, generic=True)

# events
g.ent("study_publication_2021", "Event", [],
      ["The paper", "a widely cited study", "The study", "the paper"],
      note="the study as published (publication event)")
g.ent("retraction_2025", "Event", [], ["the retraction", "retraction notice"])
g.ent("westbrook_inquiry_2022", "Event", [], ["an inquiry"])
g.ent("westbrook_investigation_2023", "Event", [], ["an investigation", "the investigation"],
      note="'an investigation by the authors' university' (lead) = the committee's investigation")
g.ent("carvalho_posts_2022", "Event", [], ["a series of posts"])
g.ent("carvalho_complaint_2022", "Event", [], ["a formal complaint"])
g.ent("image_manipulation", "Event", [], ["research misconduct"],
      note="the manipulation of the paper's images (misconduct); date not stated (before March 2021)")
g.ent("concerns_raised_2020", "Event", [], note="clausal: 'may have been told of concerns ... in 2020'")
g.ent("nih_suspension_2025", "Event", [], note="clausal: 'suspended payments last month on a $3.1 million grant'")
g.ent("nih_review_2025", "Event", [], ["its own review"])
g.ent("myotide_founding_2022", "Event", [], note="clausal: 'a company he co-founded in 2022'")
g.ent("myotide_fundraising", "Event", [], note="clausal: 'helped Ashcombe raise $45 million for Myotide'")

# ----------------------------------------------------------------- relations
g.rel("daniel_ashcombe", "holds_position", "westbrook_university",
      "Daniel Ashcombe, a professor of cell biology at Westbrook University", role="professor of cell biology")
g.rel("daniel_ashcombe", "leader_of", "ashcombe_lab", "the laboratory of Daniel Ashcombe",
      qualifier="head of the laboratory")
g.rel("ashcombe_lab", "part_of", "westbrook_university", "a professor of cell biology at Westbrook University whose lab",
      implicit=True)
g.rel("marlowe_foundation", "funded", "ashcombe_lab", "whose lab is funded largely by the Marlowe Foundation",
      qualifier="largely")
g.rel("marlowe_foundation", "located_in", "baltimore", "the Marlowe Foundation, a Baltimore charity")
g.rel("daniel_ashcombe", "founded", "myotide_therapeutics", "Myotide Therapeutics, a company he co-founded in 2022",
      time="2022", qualifier="co-founder")
g.rel("journal_editors", "member_of", "regenerative_medicine_reports",
      "the editors \"no longer have confidence in the conclusions.\"", source="regenerative_medicine_reports",
      implicit=True)
g.rel("former_postdoc", "perpetrated", "image_manipulation", "Ashcombe rejects the finding.",
      polarity="negative", source="daniel_ashcombe", implicit=True, polarity_cue="rejects",
      note="rejects the university's finding that the images were manipulated at all")
ASH_Q = ("\"I have never falsified data, and I have never asked anyone in my lab to do so,\" he told the "
         "Chesapeake Herald on Wednesday.")
g.rel("daniel_ashcombe", "perpetrated", "image_manipulation",
      "\"I have never falsified data, and I have never asked anyone in my lab to do so,\"",
      polarity="negative", source="daniel_ashcombe", polarity_cue="never")
g.rel("ines_carvalho", "located_in", "lisbon", "a microbiologist in Lisbon")
SETUP = ("Westbrook opened an inquiry in October 2022 and set up a full investigation committee the following "
         "spring.")
g.rel("westbrook_university", "founded", "investigation_committee", SETUP, time="2023-SP",
      qualifier="set up")
g.rel("investigation_committee", "part_of", "westbrook_university", SETUP, implicit=True)
CONCL = ("It concluded that a former postdoctoral researcher in Ashcombe's lab, who is not named in the report, "
         "had committed research misconduct, and that Ashcombe had \"failed to exercise adequate oversight\" of "
         "the work.")
g.rel("former_postdoc", "member_of", "ashcombe_lab", "a former postdoctoral researcher in Ashcombe's lab",
      source="investigation_committee", qualifier="former postdoctoral researcher")
g.rel("former_postdoc", "perpetrated", "image_manipulation", CONCL, source="investigation_committee",
      note="'research misconduct' = the image manipulation found by the committee")
g.rel("lab_member_2020", "member_of", "ashcombe_lab",
      "The report said Ashcombe may have been told of concerns about the images by another lab member in 2020",
      source="investigation_report", time="2020")
g.rel("daniel_ashcombe", "perpetrated", "image_manipulation",
      "It did not find that he had manipulated any images himself.", certainty="uncertain", polarity="negative",
      source="investigation_report", polarity_cue="did not find", certainty_cue="did not find",
      note="absence of a finding, not a finding of innocence")
g.rel("margaret_olufemi", "holds_position", "westbrook_university",
      "Margaret Olufemi, its vice president for research", role="vice president for research")
g.rel("university_spokeswoman", "holds_position", "westbrook_university", "A spokeswoman for the university",
      role="spokeswoman")
NIH = ("The National Institutes of Health suspended payments last month on a $3.1 million grant to Ashcombe's lab "
       "while it conducts its own review, an agency spokesperson confirmed.")
g.rel("nih", "funded", "ashcombe_lab", "a $3.1 million grant to Ashcombe's lab", implicit=True,
      qualifier="$3.1 million grant (awarded before the suspension)")
g.rel("nih", "funded", "ashcombe_lab", NIH, polarity="negative", source="nih_spokesperson", time="2025-05/..",
      polarity_cue="suspended payments", qualifier="payments on the $3.1 million grant suspended pending review")
g.rel("nih_spokesperson", "holds_position", "nih", "an agency spokesperson", role="spokesperson", implicit=True)
g.rel("marlowe_foundation", "funded", "ashcombe_lab",
      "The Marlowe Foundation said it was \"following the situation closely\" and had not changed its support for "
      "the lab.", source="marlowe_foundation", qualifier="support unchanged",
      note="'had not changed its support' = continued funding (positive)")
FERR = ("The paper's first author, Lucia Ferrante, who now works for a biotechnology company in San Diego, said in "
        "an email that she had \"no role in preparing the figures in question\" and supported the retraction.")
g.rel("lucia_ferrante", "member_of", "biotech_company_san_diego",
      "Lucia Ferrante, who now works for a biotechnology company in San Diego", time="2025-06-12",
      qualifier="employee (now)")
g.rel("biotech_company_san_diego", "located_in", "san_diego", "a biotechnology company in San Diego")
g.rel("lucia_ferrante", "works_with", "daniel_ashcombe", "The paper's first author, Lucia Ferrante", implicit=True,
      qualifier="co-authors of the retracted paper")
g.rel("kenji_morita", "member_of", "hollins_medical_college", "a co-author at Hollins Medical College in Osaka")
g.rel("hollins_medical_college", "located_in", "osaka", "Hollins Medical College in Osaka")
g.rel("kenji_morita", "works_with", "daniel_ashcombe", "Kenji Morita, a co-author", implicit=True,
      qualifier="co-authors of the retracted paper")
g.rel("myotide_board", "part_of", "myotide_therapeutics", "a meeting with the board", implicit=True,
      source="person_briefed")
g.rel("myotide_investors", "funded", "myotide_therapeutics",
      "Two of its investors have asked for a meeting with the board, according to a person briefed on the matter.",
      source="person_briefed", implicit=True, qualifier="investors")
g.rel("arjun_mehta", "member_of", "harland_university",
      "who studies research misconduct at Harland University in Leeds, England", qualifier="researcher")
g.rel("harland_university", "located_in", "leeds", "Harland University in Leeds")
g.rel("leeds", "located_in", "england", "Leeds, England")

# -------------------------------------------------------------- attributions
g.attr("Journal retracts muscle-repair study after university finds manipulated images", "westbrook_university",
       "finds", False, content="manipulated images", note="headline")
g.attr("A scientific journal has retracted a widely cited study that claimed a single protein could reverse "
       "age-related muscle loss in mice", "ashcombe_lab", "claimed", False,
       content="a single protein could reverse age-related muscle loss in mice",
       note="the study's claim (its authors: Ashcombe's lab/team)")
g.attr("after an investigation by the authors' university concluded that images in the paper had been "
       "manipulated.", "westbrook_university", "concluded", False)
g.attr("It reported that injecting elderly mice with a protein the team called MRF-7 restored their muscle "
       "strength to youthful levels within six weeks.", "ashcombe_lab", "reported", False,
       note="'It' = the paper; source its authors")
g.attr("The journal's retraction notice, posted on Tuesday, said that \"multiple figures contain duplicated and "
       "manipulated images\" and that the editors \"no longer have confidence in the conclusions.\"",
       "regenerative_medicine_reports", "said", False, partial_quote=True,
       note="the journal's own notice -> the journal")
g.attr("Four of the paper's seven authors agreed to the retraction. Ashcombe and two co-authors did not, "
       "according to the notice.", "regenerative_medicine_reports", "according to", False)
g.attr("Ashcombe rejects the finding.", "daniel_ashcombe", "rejects", False)
g.attr("\"I have never falsified data, and I have never asked anyone in my lab to do so,\" he told the Chesapeake "
       "Herald on Wednesday. \"The committee looked at compressed copies of copies and drew conclusions that the "
       "original files simply do not support.\n\n\"We stand by the central result. Two other groups have reproduced "
       "it, and we intend to publish a corrected version.\"", "daniel_ashcombe", "told the Chesapeake Herald", True,
       note="quote continued across a paragraph break (no closing quote at the end of the first paragraph)")
g.attr("In a series of posts on Sciscope, an online forum where scientists discuss published papers, she pointed "
       "out that several microscope images of muscle tissue appeared to have been duplicated, in some cases "
       "rotated or stretched so that they would look like different samples.", "ines_carvalho", "pointed out",
       False, note="medium: posts on Sciscope")
g.attr("\"It took me about twenty minutes to find the first duplication,\" Carvalho said in an email. \"It then "
       "took nearly three years for the paper to come down.\"", "ines_carvalho", "said in an email", True)
FOUNDQ = ("According to the investigation report, which was completed in April and reviewed by the Herald, the "
          "committee found that at least 11 images in the paper had been duplicated or altered and that raw data "
          "for two of the main experiments could not be located.")
g.attr(FOUNDQ, "investigation_report", "According to", False)
g.attr(FOUNDQ, "investigation_committee", "found", False, via=["investigation_report"])
g.attr(CONCL, "investigation_committee", "concluded", False, partial_quote=True)
g.attr("The report said Ashcombe may have been told of concerns about the images by another lab member in 2020, "
       "but that the committee was unable to establish this.", "investigation_report", "said", False)
g.attr("It did not find that he had manipulated any images himself.", "investigation_report", "did not find", False)
g.attr("In a statement, Westbrook University said it had \"followed its policies at every stage\" and had "
       "informed the journal and federal funders once the investigation was complete.", "westbrook_university",
       "said", False, partial_quote=True)
g.attr("\"Research integrity is central to everything this university does,\" said Margaret Olufemi, its vice "
       "president for research.", "margaret_olufemi", "said", True, on_behalf_of="westbrook_university")
g.attr(NIH, "nih_spokesperson", "confirmed", False, on_behalf_of="nih")
g.attr("The Marlowe Foundation said it was \"following the situation closely\" and had not changed its support "
       "for the lab.", "marlowe_foundation", "said", False, partial_quote=True)
g.attr(FERR, "lucia_ferrante", "said in an email", False, partial_quote=True)
g.attr("Kenji Morita, a co-author at Hollins Medical College in Osaka who also declined to sign the retraction, "
       "said he had not seen the full report and could not comment on its findings.", "kenji_morita", "said",
       False)
g.attr("Myotide said its drug program \"does not depend on any single publication.\"", "myotide_therapeutics",
       "said", False, partial_quote=True)
g.attr("Two of its investors have asked for a meeting with the board, according to a person briefed on the "
       "matter.", "person_briefed", "according to", False)
g.attr("Researchers who track retractions said the case was unusual mainly for its speed once the report was "
       "finished.", "researchers_tracking_retractions", "said", False)
g.attr("\"Three years from complaint to retraction is, sadly, fairly typical,\" said Arjun Mehta, who studies "
       "research misconduct at Harland University in Leeds, England. \"What is rare is a journal acting within "
       "weeks of an institution's findings.\"", "arjun_mehta", "said", True)
g.attr("Carvalho said she was glad the record had been corrected but worried about work that other labs may have "
       "built on the paper.", "ines_carvalho", "said", False)
g.attr("\"People designed experiments around this,\" she said. \"Some of them probably spent years on it.\"",
       "ines_carvalho", "she said", True)

# ------------------------------------------------------------------- hedges
g.hedge("claimed", "a widely cited study that claimed a single protein could reverse age-related muscle loss in mice",
        "reported", note="distancing reporting verb, treated like 'alleges' (sanctions_company convention)")
g.hedge("no longer have confidence", "the editors \"no longer have confidence in the conclusions.\"", "uncertain")
g.hedge("appeared to", "several microscope images of muscle tissue appeared to have been duplicated", "probable",
        note="as 'appears to' in sanctions_company")
g.hedge("may have", "Ashcombe may have been told of concerns about the images by another lab member in 2020",
        "possible")
g.hedge("unable to establish", "the committee was unable to establish this", "uncertain")
g.hedge("did not find", "It did not find that he had manipulated any images himself.", "uncertain",
        note="negated finding: the proposition is left open, not denied")
g.hedge("It is unclear whether", "It is unclear whether the company's planned first trial in patients, which had "
        "been expected to begin next year, will go ahead.", "uncertain")
g.hedge("may have", "work that other labs may have built on the paper", "possible")
g.hedge("probably", "Some of them probably spent years on it.", "probable")

# ------------------------------------------------------------------- stances
g.stance("Journal retracts muscle-repair study after university finds manipulated images", "westbrook_university",
         "endorses", "finds", note="factive reporting verb in the headline (as 'revealed' in the seed gold)")
g.stance("the committee found that at least 11 images in the paper had been duplicated or altered",
         "investigation_committee", "endorses", "found", note="factive reporting verb")
g.stance("He did not name the groups, and no independent replication of the result has been published.",
         "daniel_ashcombe", "disputes", "no independent replication of the result has been published",
         note="the writer undercuts Ashcombe's 'Two other groups have reproduced it'; stated as fact, not as "
              "an opinion (alt reading: neutral context)")

# ------------------------------------------------------------------- events
g.event("study_publication_2021", "publication", "2021-03", None, {"citations": 400},
        [("ashcombe_lab", "actor"), ("daniel_ashcombe", "actor"), ("lucia_ferrante", "actor"),
         ("kenji_morita", "actor"), ("regenerative_medicine_reports", "venue")],
        "The paper, published in March 2021 in Regenerative Medicine Reports", subtype="journal article",
        qualifier="cited more than 400 times")
g.event("retraction_2025", "publication", "2025-06-10", None, {"authors_agreeing": 4, "authors_total": 7},
        [("regenerative_medicine_reports", "actor"), ("study_publication_2021", "target"),
         ("daniel_ashcombe", "opponent"), ("dissenting_coauthors", "opponent"), ("kenji_morita", "opponent"),
         ("lucia_ferrante", "supporter")],
        "The journal's retraction notice, posted on Tuesday", subtype="retraction (retraction notice)",
        alt_types=["takedown", "other"],
        note="DESIGN has no 'retraction' type: 'publication' (the notice; score.py maps 'retraction' to it), "
             "'takedown' also defensible")
g.event("carvalho_posts_2022", "publication", "2022-08", None, {},
        [("ines_carvalho", "actor"), ("sciscope", "venue"), ("study_publication_2021", "target")],
        "Problems with the paper were first raised in August 2022 by Ines Carvalho",
        subtype="online forum posts flagging duplicated images")
g.event("carvalho_complaint_2022", "other", "2022-09", None, {},
        [("ines_carvalho", "actor"), ("westbrook_university", "recipient"), ("ashcombe_lab", "target")],
        "She filed a formal complaint with Westbrook the following month.",
        subtype="formal research-misconduct complaint")
g.event("westbrook_inquiry_2022", "investigation", "2022-10", None, {},
        [("westbrook_university", "actor"), ("ashcombe_lab", "target")],
        "Westbrook opened an inquiry in October 2022", subtype="preliminary misconduct inquiry")
g.event("westbrook_investigation_2023", "investigation", "2023-SP/2025-04", None,
        {"images_duplicated_or_altered": 11, "experiments_without_raw_data": 2},
        [("investigation_committee", "actor"), ("westbrook_university", "actor"), ("ashcombe_lab", "target"),
         ("former_postdoc", "target", {"source": "investigation_committee"}), ("daniel_ashcombe", "target")],
        FOUNDQ, subtype="research-misconduct investigation",
        note="committee set up spring 2023, report completed April 2025; 11 is 'at least 11'")
g.event("image_manipulation", "other", None, None, {"images": 11},
        [("former_postdoc", "perpetrator", {"source": "investigation_committee", "certainty": "certain"}),
         ("daniel_ashcombe", "perpetrator", {"source": "investigation_report", "certainty": "uncertain",
                                             "polarity": "negative"}),
         ("daniel_ashcombe", "perpetrator", {"source": "daniel_ashcombe", "polarity": "negative"}),
         ("study_publication_2021", "target")],
        CONCL, subtype="research misconduct (image duplication/manipulation)",
        note="date not stated (before the March 2021 publication); Ashcombe disputes that manipulation occurred")
g.event("concerns_raised_2020", "other", "2020", None, {},
        [("lab_member_2020", "actor", {"source": "investigation_report", "certainty": "possible"}),
         ("daniel_ashcombe", "recipient", {"source": "investigation_report", "certainty": "possible"})],
        "Ashcombe may have been told of concerns about the images by another lab member in 2020",
        subtype="internal warning (possible, not established)", certainty="possible")
g.event("nih_suspension_2025", "sanction", "2025-05", None, {"grant_usd": 3100000},
        [("nih", "actor"), ("ashcombe_lab", "target")],
        "The National Institutes of Health suspended payments last month on a $3.1 million grant to Ashcombe's lab",
        subtype="grant payment suspension pending review", source="nih_spokesperson",
        note="administrative sanction; 'payment' with negative polarity or 'other' also defensible")
g.event("nih_review_2025", "investigation", "2025-05/..", None, {},
        [("nih", "actor"), ("ashcombe_lab", "target")], "while it conducts its own review",
        subtype="funder review (ongoing)")
g.event("myotide_founding_2022", "founding", "2022", None, {},
        [("daniel_ashcombe", "actor"), ("myotide_therapeutics", "result")],
        "a company he co-founded in 2022 to develop the treatment")
g.event("myotide_fundraising", "payment", None, None, {"raised_usd": 45000000},
        [("myotide_therapeutics", "recipient"), ("daniel_ashcombe", "actor"), ("myotide_investors", "payer")],
        "helped Ashcombe raise $45 million for Myotide Therapeutics", subtype="venture fundraising",
        note="date not stated (after the 2022 founding)")

# ------------------------------------------------------------------ timexes
g.timex("June 12, 2025", "2025-06-12", function="publication_date")
g.timex("March 2021", "2021-03")
g.timex("six weeks", "P6W", type="duration", note="signal 'within'")
g.timex("2022", "2022", ctx="co-founded in 2022")
g.timex("Tuesday", "2025-06-10")
g.timex("Wednesday", "2025-06-11")
g.timex("August 2022", "2022-08")
g.timex("years", "PXY", ctx="spent years searching", type="duration", vague=True)
g.timex("the following month", "2022-09", anchor="2022-08")
g.timex("twenty minutes", "PT20M", type="duration", mod="APPROX", note="'about'")
g.timex("three years", "P3Y", ctx="nearly three years", type="duration", mod="APPROX",
        note="'nearly' (alt mod LESS_THAN)")
g.timex("October 2022", "2022-10")
g.timex("the following spring", "2023-SP", anchor="2022-10")
g.timex("April", "2025-04", note="most recent April before the publication date; see notes")
g.timex("2020", "2020")
g.timex("now", "2025-06-12", note="TIMEX3 PRESENT_REF, given as the publication date")
g.timex("last month", "2025-05")
g.timex("next year", "2026")
g.timex("Three years", "P3Y", type="duration")
g.timex("weeks", "PXW", ctx="within weeks", type="duration", vague=True)
g.timex("years", "PXY", ctx="spent years on it", type="duration", vague=True)

# ------------------------------------------------------------------- notes
g.notes += [
    "FICTIONAL dev document (own wording), written for benchmarks/devset before any claimgraph run: the journal "
    "(Regenerative Medicine Reports), Westbrook University, the Marlowe Foundation, Myotide Therapeutics, the "
    "Chesapeake Herald, Sciscope, Hollins Medical College, Harland University, MRF-7 and every named person are "
    "invented; cities and countries are real. The National Institutes of Health is real; the grant, suspension "
    "and spokesperson's confirmation are fictional. errors: none.",
    "published = dateline date 2025-06-12 (Thursday): 'on Tuesday' = 2025-06-10 (retraction notice), 'on "
    "Wednesday' = 2025-06-11, 'last month' = 2025-05, 'next year' = 2026, 'the following month' after August "
    "2022 = 2022-09, 'the following spring' after October 2022 = 2023-SP, 'April' = 2025-04 (report completed "
    "weeks before the retraction, consistent with Mehta's 'within weeks').",
    "Quote continued across paragraphs: Ashcombe's quote opens in paragraph 4, has no closing mark at the end of "
    "the paragraph and resumes with an opening mark in paragraph 5 (one attribution spanning both, cue 'told the "
    "Chesapeake Herald'). Straight quotes are used throughout this document.",
    "Certainty per source (FactBank): plain statements by named/descriptive sources are certain for them; "
    "'claimed' (the study's claim) is 'reported' like 'alleges'; 'appeared to' probable; 'may have' possible; "
    "'probably' probable; 'It is unclear whether', 'unable to establish', 'no longer have confidence' and the "
    "negated finding 'did not find' uncertain. 'had been expected to begin next year' lies inside the 'unclear "
    "whether' sentence and is not listed separately. Approximators (about, nearly, at least, more than) are not "
    "hedges.",
    "Documents as sources: the journal's retraction notice -> the journal (owner named: 'The journal's retraction "
    "notice'); 'the investigation report' (owner not named in the phrase) -> a descriptive source entity, with "
    "the committee's 'found'/'concluded' attributed to investigation_committee (via the report). 'the Herald' may "
    "be this article's own publisher, so no via through it.",
    "Misconduct is an Event (image_manipulation) so that 'perpetrated' can carry the committee's finding (the "
    "former postdoc, certain), Ashcombe's denial (negative) and the report's non-finding about Ashcombe "
    "(negative, uncertain). Co-authorship is works_with (implicit). Funding: Marlowe funded the lab (author; "
    "again from Marlowe: support unchanged), NIH funded the lab (implicit, the grant) and the suspension as "
    "funded with negative polarity from 2025-05.",
    "Author stances: 'finds' (headline) and 'the committee found' are factive reporting verbs -> endorses (as "
    "'revealed' in the seed gold); 'no independent replication of the result has been published' right after "
    "Ashcombe's 'Two other groups have reproduced it' -> disputes. 'Ashcombe rejects the finding' is neutral.",
    "Not encoded: Westbrook's location (not stated; the dateline is Baltimore), MRF-7 (a protein, not an entity "
    "type), the planned clinical trial and the investors' requested meeting (future/hypothetical, not events), "
    "'federal funders' (generic), 'The remaining co-authors' (no content).",
    "Events use DESIGN.md's full event vocabulary (publication, investigation, sanction, founding, payment) plus "
    "'other' with a subtype for the complaint, the misconduct and the 2020 warning; the retraction is typed "
    "'publication' (retraction notice) with alt_types takedown/other. shared/eval/validate_gold.py still lists "
    "the older closed set and would need these types and roles added before validating this file there.",
    "Event roles beyond the brief's list: actor, venue, target, opponent, supporter, recipient, perpetrator, payer, "
    "result.",
    "cross_doc: not applicable (unrelated domain).",
]

if __name__ == "__main__":
    write_gold(g, DEVSET, NAME)
