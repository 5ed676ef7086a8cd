"""Claims against claims: a fact asserted and denied, and the author disputing a source.

- denial: an incident one claim states and another denies — a claim whose negation is a denial
  of the trigger ("His death was subsequently denied"; "denied that he was killed"; "was not
  killed"; not "did not fight in the war", where the war itself is not denied), or a denial that
  names no incident right after the claim stating one, in its paragraph ("Libya's government
  said the commander had been killed. His group denied that he was dead."); and a relation stated
  both negated and not.
- dispute: claims the author disputes ("erroneously describes", "based on shaky evidence"),
  against the author's words: the author's own claim aimed at them (`stance_target`), else the
  sentence holding the stance cue. Claims disputed by one sentence are one dispute.

Cue words are in `data/contradictions.yaml`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from claimgraph.analyze.analysis_store import AnalysisStore
from claimgraph.analyze.candidates import words
from claimgraph.analyze.contradictions import Contradiction, side
from claimgraph.analyze.corroboration import origin_label
from claimgraph.analyze.data import load_data
from claimgraph.analyze.evidence import Evidence, independent_origins
from claimgraph.analyze.facts import relation_key, support_evidence
from claimgraph.analyze.incidents import (
    incident_ids,
    incident_name,
    row_evidence,
)
from claimgraph.model import AUTHOR
from claimgraph.store.graph_queries import EventView, RelationView


def denies(row, spans: Iterable[tuple[int, int]]) -> bool:  # noqa: ANN001 - a claim row
    """The negative claim `row` denies the event its trigger spans name."""
    if row.polarity != "negative":
        return False
    data = load_data("contradictions.yaml")
    denial, negation = set(data.get("denial_cues") or ()), set(data.get("negation_cues") or ())
    window = int(data.get("negation_window", 3))
    for start, end in spans:
        if not (row.start_char <= start and end <= row.end_char):
            continue
        before = words(row.text[:start - row.start_char])
        after = words(row.text[end - row.start_char:])
        if denial & set(after) or negation & set(before[-window:]):
            return True  # "His death was denied", "he was not killed"
        if any(w in denial and "that" in before[i + 1:i + 3] for i, w in enumerate(before)):
            return True  # "denied that he was killed"
    return False


def denials(store: AnalysisStore, groups: list[list[EventView]]) -> Iterable[Contradiction]:
    for group in groups:
        # the claims first, their evidence only for the few incidents both stated and denied
        pro: list[tuple[str | None, EventView]] = []
        con: list = []  # claim rows
        for view in group:
            e = view.event
            for claim in dict.fromkeys([view.support.claim, *(e.details.get("claims") or ())]):
                row = store.claims.get(claim) if claim else None
                if row is not None and denies(row, e.mentions or ((e.start, e.end),)):
                    con.append(row)
                elif row is None or row.polarity != "negative":
                    pro.append((claim, view))
            con += [store.claims[i] for i in store.following.get(view.event.id, ())]
        if pro and con:
            yield Contradiction("denial", incident_name(group),
                                side("asserted", [store.evidence(claim, view) for claim, view in pro]),
                                side("denied", [row_evidence(row, negated=True) for row in con]),
                                "stated, and denied", incident_ids(group))
    facts: dict[tuple, list[RelationView]] = defaultdict(list)
    for view in store.relations:
        facts[relation_key(view)].append(view)
    for views in facts.values():
        pro = [support_evidence(v.support, store.publisher) for v in views if not v.relation.negated]
        con = [support_evidence(v.support, store.publisher, negated=True) for v in views if v.relation.negated]
        if pro and con:
            r, v = views[0].relation, views[0]
            yield Contradiction("denial", f"{v.subject_name} {r.predicate} {v.object_name or r.object_literal or '?'}",
                                side("asserted", pro), side("denied", con), "stated, and denied",
                                [i for i in (r.subject, r.object) if i])


def disputes(store: AnalysisStore) -> Iterable[Contradiction]:
    by_target: dict[str, list] = defaultdict(list)
    by_sentence: dict[tuple[str, str], list] = defaultdict(list)
    for row in store.claims.values():
        if row.author_stance != "disputes":
            continue
        if row.stance_target and row.stance_target in store.claims and row.stance_target != row.id:
            by_target[row.stance_target].append(row)
        elif row.source != AUTHOR or not row.stance_target:
            by_sentence[(row.document, cue_sentence(store.texts.get(row.document, ""), row))].append(row)
    for target, rows in by_target.items():
        t = store.claims[target]
        for key, members in list(by_sentence.items()):  # the target is reported with its rebuttal
            by_sentence[key] = [m for m in members if m.id != t.id]
            if not by_sentence[key]:
                del by_sentence[key]
        yield Contradiction(
            "dispute", t.text, side(_who(t), [row_evidence(t, negated=False)]),
            side("the author disputes it", [row_evidence(r, negated=False) for r in rows]),
            "; ".join(dict.fromkeys(c for r in (t, *rows) for c in r.stance_cues or ())),
            [*([t.source_id] if t.source_id else []), *store.named_in(t)])
    for (doc, sentence), rows in by_sentence.items():
        author = Evidence(None, doc, sentence, AUTHOR, AUTHOR, (), "certain", "disputes", False,
                          rows[0].publisher, rows[0].title)
        fact = " / ".join(_short(r.text) for r in rows[:3]) + (" …" if len(rows) > 3 else "")
        disputed = [row_evidence(r, negated=False) for r in rows]
        if all(r.source == AUTHOR for r in rows):
            who = _who(rows[0])
        else:  # by origin: a report quoting several is one, named after the report
            who = "; ".join(origin_label(group) for group in independent_origins(disputed))
        yield Contradiction(
            "dispute", fact, side(who, disputed),
            side("the author disputes it", [author]), "; ".join(dict.fromkeys(c for r in rows for c in r.stance_cues or ())),
            [i for r in rows for i in ([r.source_id] if r.source_id else []) + store.named_in(r)])


def _who(row) -> str:  # noqa: ANN001
    if row.source == AUTHOR:
        return "author (relaying an unnamed source)" if row.certainty == "reported" else AUTHOR
    return row.source_name if row.source_id and not row.rejected else (row.source_text or "unnamed source")


def cue_sentence(text: str, row) -> str:  # noqa: ANN001 - a claim row
    """The sentence holding the author's stance cue: in the claim, or the nearest one before it."""
    folded = text.casefold()
    for cue in row.stance_cues or ():
        at = folded.rfind(cue.casefold(), max(0, row.start_char - 1500), row.end_char)
        if at >= 0:
            left = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at) + 1) + 1
            right = text.find("\n", at)
            return text[left:right if right >= 0 else len(text)].strip()
    return row.text


def _short(text: str, width: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
