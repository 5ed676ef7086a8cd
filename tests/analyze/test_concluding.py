"""Where a document states its conclusions (analyze/concluding.py): tables of text and claims,
and what the concluding claims are, with why."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from claimgraph.analyze.concluding import LEAD, closed_condition, find_conclusions, without_condition
from claimgraph.model import AUTHOR, Claim


def views(text: str, *claims: tuple[str, str, str]) -> list:
    """ClaimViews of (sentence, source, certainty) claims of `text`."""
    out = []
    for n, (sentence, source, certainty) in enumerate(claims):
        start = text.index(sentence)
        claim = Claim(f"c{n}", "d", start, start + len(sentence), sentence, source=source, certainty=certainty)
        out.append(SimpleNamespace(claim=claim, source_name=source))
    return out


def test_where_conclusions_are() -> None:
    text = ("The group was founded in 2012. It grew fast, as a result of its funding.\n"
            "Officials concluded that it is dangerous. Thus its leaders are guilty. Is it over?\n"
            "We met its leaders in June.\n")
    found = find_conclusions(text, views(
        text, ("The group was founded in 2012.", AUTHOR, "certain"),
        ("It grew fast, as a result of its funding.", AUTHOR, "certain"),  # "as a result" not at a clause start
        ("it is dangerous", "Officials", "certain"),  # a source's conclusion, not the writer's
        ("Thus its leaders are guilty.", AUTHOR, "certain"),
        ("Is it over?", AUTHOR, "uncertain"),
        ("We met its leaders in June.", AUTHOR, "certain")))
    assert [([v.claim.text for v in run], reasons) for run, reasons in found] == [
        (["Thus its leaders are guilty."], ["cue 'thus'"]),
        (["We met its leaders in June."], ["last paragraph"]),
    ]


@pytest.mark.parametrize(("text", "claims", "expected"), [
    # A report: its lead (headline, first paragraph), whoever asserts it; not its closing line.
    ("Mill closes, union says\nBy A. Writer\nThe Kerr mill will close in May, the union said. Talks failed.\n"
     "Output fell last year.\nThe council meets on Friday.\n",
     [("Mill closes", "union", "certain"), ("The Kerr mill will close in May", "the union", "certain"),
      ("Talks failed.", AUTHOR, "certain"), ("Output fell last year.", AUTHOR, "certain"),
      ("The council meets on Friday.", AUTHOR, "certain")],
     [(["Mill closes", "The Kerr mill will close in May", "Talks failed."], [LEAD])]),
    # A question for a headline is not the lead's claim, nor its first paragraph.
    ("Did the mill close?\nThe Kerr mill closed in May\nOutput fell.\n",
     [("Did the mill close?", AUTHOR, "uncertain"), ("The Kerr mill closed in May", AUTHOR, "certain"),
      ("Output fell.", AUTHOR, "certain")],
     [(["The Kerr mill closed in May", "Output fell."], [LEAD])]),
    # A fact-check's verdict, a label opening its paragraph; the claim checked is no conclusion.
    ("THE CLAIM: The mill closed in May.\nRecords show it closed in June.\nTHE VERDICT: False. It closed in June.\n",
     [("The mill closed in May.", AUTHOR, "reported"), ("Records show it closed in June.", AUTHOR, "certain"),
      ("It closed in June.", AUTHOR, "certain")],
     [(["It closed in June."], ["in the section 'THE VERDICT'", "last paragraph"])]),
    # A long section after the heading is more argument, not the conclusion.
    ("Conclusion\nThe mill closed.\nTalks failed.\nOutput fell.\nThus the town must act.\n",
     [("The mill closed.", AUTHOR, "certain"), ("Talks failed.", AUTHOR, "certain"),
      ("Output fell.", AUTHOR, "certain"), ("Thus the town must act.", AUTHOR, "certain")],
     [(["Thus the town must act."], ["last paragraph", "cue 'thus'"])]),
    # A cause or a time that opens with a cue's words states a premise: the essay concludes on
    # its cue, not on "As a result of the strike" or "thus far".
    ("As a result of the strike, the mill closed. Thus far no buyer came.\nHence the town must act.\n"
     "The council meets on Friday.\n",
     [("As a result of the strike, the mill closed.", AUTHOR, "certain"),
      ("Thus far no buyer came.", AUTHOR, "certain"), ("Hence the town must act.", AUTHOR, "certain"),
      ("The council meets on Friday.", AUTHOR, "certain")],
     [(["Hence the town must act."], ["cue 'hence'"]), (["The council meets on Friday."], ["last paragraph"])]),
    # Without a cue but those, it is a report: its lead is its claim.
    ("As a result of the strike, the mill closed.\nThus far no buyer came.\n",
     [("As a result of the strike, the mill closed.", AUTHOR, "certain"),
      ("Thus far no buyer came.", AUTHOR, "certain")],
     [(["As a result of the strike, the mill closed."], [LEAD])]),
])
def test_conclusions_of_reports_and_arguments(text: str, claims: list, expected: list) -> None:
    found = find_conclusions(text, views(text, *claims))
    assert [([v.claim.text for v in run], reasons) for run, reasons in found] == expected


@pytest.mark.parametrize(("text", "condition", "main"), [
    ("Inasmuch as X is a proxy, Y is behind it.", "X is a proxy", "Y is behind it."),
    ("If the rates rise, then banks will profit.", "the rates rise", "Banks will profit."),
    ("Insofar as “the data hold”, the drug works.", "“the data hold”", "The drug works."),
    ("The drug works if the data hold.", "the data hold", "The drug works if the data hold."),  # condition after
    ("The drug works.", "the data hold", "The drug works."),  # not in the claim
    ("The drug works.", None, "The drug works."),
])
def test_a_conclusion_without_its_condition(text: str, condition: str | None, main: str) -> None:
    assert without_condition(text, condition) == main


def test_a_condition_closes_the_quotes_it_opens() -> None:
    text = "Inasmuch as X and Y are “intelligence assets”, Z is behind it."
    assert closed_condition(text, "X and Y are “intelligence assets") == "X and Y are “intelligence assets”"
    assert closed_condition(text, "X and Y are “intelligence assets”") == "X and Y are “intelligence assets”"
    assert closed_condition(text, None) is None
