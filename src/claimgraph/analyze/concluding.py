"""Where a document states its conclusions, and what a conclusion's main claim is.

- `find_conclusions(text, views)`: the concluding claims of a document, those of one paragraph
  together, each run with why it concludes. A writer marks a conclusion with a cue ("therefore",
  "inasmuch as") or a short section after a conclusion heading ("Concluding Remarks", "THE
  VERDICT: ..."); an article so argued closes on its conclusion, so its last paragraph is one
  too. An article with none of these reads as a report, whose main claim is its lead: the
  headline and the first paragraph, whoever their source. The cues and headings are data:
  `data/conclusions.yaml`.
- `main_claim(run, reasons, names)`: the claim of a run that states the conclusion, and
  `without_condition` / `closed_condition` to read it as "Y, only if X".
"""

from __future__ import annotations

import re

from claimgraph.analyze.data import load_data
from claimgraph.model import AUTHOR
from claimgraph.resolve.names import name_key

LEAD = "the lead: no conclusion cue or heading, read as a report"  # why a report's lead stands for its claim


def _pattern(phrases: list[str], initial: bool, unless: list[str]) -> re.Pattern[str]:
    """A cue as a whole phrase, not where it opens one of `unless` ("as a result of": a cause)."""
    words, exceptions = ("|".join(re.escape(p) for p in sorted(found, key=len, reverse=True)) or "(?!)"
                         for found in (phrases, unless))
    lead = r"(?:^\W*(?:(?:and|so|but)\s+)?|[;:]\s+)" if initial else r"(?<!\w)"
    return re.compile(rf"{lead}(?!(?:{exceptions})(?!\w))(?P<cue>{words})(?!\w)", re.IGNORECASE)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each non-blank line."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _heading(line: str, headings: set[str]) -> tuple[str, bool] | None:
    """The conclusion heading a line is ("Concluding Remarks") or opens with as a label
    ("THE VERDICT: Misleading."), and whether the line is the heading alone."""
    bare = line.strip().strip("#*").strip()
    if len(bare.split()) <= 6 and not re.search(r"[.!?;\"”]$", bare) and name_key(bare) in headings:
        return bare, True
    label = re.match(r"([^:.!?\n]{1,40}):\s+\S", bare)
    if label and name_key(label.group(1)) in headings:
        return label.group(1).strip(), False
    return None


def _full(line: str) -> bool:
    """A paragraph of sentences, not a headline, deck or byline: it ends as a sentence ends."""
    return bool(re.search(r"[.!?][\"”’')]*$", line.strip()))


def find_conclusions(text: str, views: list) -> list[tuple[list, list[str]]]:  # noqa: ANN001 - ClaimViews
    """The concluding claims (those of one paragraph together), each with why.

    A writer marks a conclusion with a cue ("therefore", "inasmuch as") or a short section after a
    conclusion heading; an article so argued closes on its conclusion, so its last paragraph is one
    too. An article with none of these reads as a report, whose main claim is its lead: the
    headline and the first paragraph, whoever their source.
    """
    data = load_data("conclusions.yaml")
    unless = data.get("not_cues") or []
    cues = [_pattern(data.get("cues") or [], True, unless), _pattern(data.get("adverbs") or [], False, unless)]
    headings = {name_key(h) for h in data.get("headings") or []}
    usable = [v for v in views if v.claim.certainty != "uncertain"]
    own = [v for v in usable if v.claim.source == AUTHOR]
    lines = paragraphs(text)
    claimed = [p for p in lines if any(p[0] <= v.claim.start < p[1] for v in views)]  # paragraphs with claims
    para = {v.claim.id: next((i for i, p in enumerate(claimed) if p[0] <= v.claim.start < p[1]), -1) for v in usable}
    marks = [(p, found) for p in lines if (found := _heading(text[p[0]:p[1]], headings))]
    section: dict[str, str] = {}
    if marks:
        (mark_start, mark_end), (heading, alone) = marks[-1]
        after = [i for i, p in enumerate(claimed) if p[0] >= (mark_end if alone else mark_start)]
        if len(after) <= 2:
            section = {v.claim.id: f"in the section '{heading}'" for v in own if para[v.claim.id] in after}
    marked = {v.claim.id: [f"cue '{found.group('cue').lower()}'" for cue in cues if (found := cue.search(v.claim.text))]
              for v in own}
    reasons: dict[str, list[str]] = {}
    lead: set[str] = set()
    if section or any(marked.values()):  # an argued article: its last paragraph concludes it too
        for v in own:
            closing = ["last paragraph"] if para[v.claim.id] == len(claimed) - 1 else []
            if why := [*filter(None, [section.get(v.claim.id)]), *closing, *marked[v.claim.id]]:
                reasons[v.claim.id] = why
    else:
        held = {para[v.claim.id] for v in usable}
        first = next((i for i, p in enumerate(claimed) if i in held and _full(text[p[0]:p[1]])), 0)
        lead = {v.claim.id for v in usable if 0 <= para[v.claim.id] <= first}
        reasons = {c: [LEAD] for c in lead}
    chosen = [v for v in usable if v.claim.id in reasons]
    span = {v.claim.id: (v.claim.start, -v.claim.end, i) for i, v in enumerate(chosen)}
    chosen = [v for v in chosen if not any(span[o.claim.id] < span[v.claim.id] and v.claim.end <= o.claim.end
                                           for o in chosen)]  # outermost claims
    runs: list[tuple[list, list[str]]] = []
    for v in chosen:
        last = runs[-1][0][-1].claim.id if runs else None
        if last and (para[last] == para[v.claim.id] or {last, v.claim.id} <= lead):
            runs[-1][0].append(v)
            runs[-1][1].extend(r for r in reasons[v.claim.id] if r not in runs[-1][1])
        else:
            runs.append(([v], list(reasons[v.claim.id])))
    return runs


def joined(run: list) -> str:  # noqa: ANN001 - ClaimViews
    """The text of a conclusion's claims; a headline or a fragment ends with "…"."""
    return " ".join(v.claim.text + ("" if _full(v.claim.text) or i == len(run) - 1 else " …")
                    for i, v in enumerate(run))


def closed_condition(text: str, condition: str | None) -> str | None:
    """The condition as written in the claim, with the quotes or brackets it opens closed."""
    at = text.find(condition) if condition else -1
    if condition is None or at < 0:
        return condition
    end = at + len(condition)
    for opening, closing in ("“”", "‘’", "()", "[]"):
        while condition.count(opening) > condition.count(closing) and text.startswith(closing, end):
            condition, end = condition + closing, end + 1
    return condition


def without_condition(text: str, condition: str | None) -> str:
    """A claim's main clause: "Inasmuch as X, Y" or "If X, then Y" without "Inasmuch as X"; a
    claim whose condition follows its main clause, or one not found in it, stays whole."""
    at = text.find(condition) if condition else -1
    if at < 0 or len(text[:at].split()) > 3 or "," not in text[at + len(condition or ""):]:
        return text
    rest = re.sub(r"^\s*(?:then\s+)?", "", text[at + len(condition or ""):].split(",", 1)[1])
    return rest[:1].upper() + rest[1:] if rest else text


def main_claim(run: list, reasons: list[str], names: list[tuple[int, int]]):  # noqa: ANN001, ANN201 - ClaimViews
    """The claim of a run that states its conclusion: a report's first (the headline); else the
    one with a condition ("Inasmuch as X, Y"); else the first that names something (`names`:
    spans of the mentions of entities), as "The implications are obvious." only announces it."""
    if LEAD in reasons:
        return run[0]
    conditional = next((v for v in run if v.claim.condition), None)
    return conditional or next((v for v in run if any(v.claim.start <= a and b <= v.claim.end for a, b in names)),
                               run[0])
