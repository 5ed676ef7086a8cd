"""Giving counts, claims of responsibility and responses to the incident they belong to.

A count, a claim or a response that names no incident ("Two gunmen were also killed";
"The group said it acted alone"; "US special forces were involved") belongs to the
incident named in its own sentence (the nearest trigger), else to the latest incident named
shortly before it. `MentionIndex` answers both questions with a bisect over the mentions'
token positions, so attaching stays linear in the document.
"""

from __future__ import annotations

from bisect import bisect_right

from claimgraph.extract.events.arguments import ResponderAct, Role
from claimgraph.extract.events.cluster import EventMention, Incident
from claimgraph.extract.events.lexicon import EventLexicon
from claimgraph.extract.events.numbers import Count
from claimgraph.extract.events.responsibility import Responsibility
from claimgraph.extract.syntax import DocView

WINDOW = 3  # sentences back in which a response finds its incident
COUNT_WINDOW = 2  # sentences back in which a count finds its incident
VIOLENT = frozenset({"violent"})


class MentionIndex:
    def __init__(self, view: DocView, incidents: list[Incident]) -> None:
        self.view = view
        pairs = sorted(((m.trig.head, inc) for inc in incidents for m in inc.mentions),
                       key=lambda p: p[0])
        self.heads = [h for h, _ in pairs]
        self.owners = [inc for _, inc in pairs]
        self.by_head = dict(pairs)

    def in_sentence(self, i: int, families: frozenset[str] | None = None) -> Incident | None:
        """The incident of the trigger nearest to token `i` in its sentence."""
        v = self.view
        s = v.sent[i]
        at = bisect_right(self.heads, i)
        best, distance = None, None
        for k in (range(at - 1, -1, -1), range(at, len(self.heads))):
            for j in k:
                h = self.heads[j]
                if v.sent[h] != s:
                    break
                inc = self.owners[j]
                if families is not None and inc.family not in families:
                    continue
                d = abs(h - i)
                if distance is None or d < distance:
                    best, distance = inc, d
                break
        return best

    def latest_before(self, i: int, families: frozenset[str] | None = None,
                      window: int = WINDOW) -> Incident | None:
        """The incident of the last trigger at or before token `i`, at most `window` sentences back."""
        v = self.view
        for j in range(bisect_right(self.heads, i) - 1, -1, -1):
            h = self.heads[j]
            if v.sent[i] - v.sent[h] > window:
                return None
            inc = self.owners[j]
            if families is None or inc.family in families:
                return inc
        return None


def attach_responses(view: DocView, lex: EventLexicon, incidents: list[Incident],
                     pending: list[tuple[ResponderAct, EventMention | None]]) -> dict[int, list[ResponderAct]]:
    """Responses go to the violent incident they answer; a raid with none is an event itself."""
    index = MentionIndex(view, incidents)
    out: dict[int, list[ResponderAct]] = {}
    for act, mention in sorted(pending, key=lambda p: p[0].verb):
        home = index.in_sentence(act.verb, VIOLENT) or index.latest_before(act.verb, VIOLENT)
        if home is not None:
            out.setdefault(id(home), []).append(act)
        elif mention is not None:
            mention.roles = [Role(r.start, r.end, "agent", r.head) for r in act.roles] + [
                r for r in mention.roles if r.role != "perpetrator"]
            mention.trig.type = "raid"
            mention.family = lex.family_of("raid")
            incidents.append(Incident(mention.family or "raid", [mention]))  # noted on creation
    return out


def attach_counts(view: DocView, incidents: list[Incident], counts: list[Count]) -> dict[int, list[Count]]:
    index = MentionIndex(view, incidents)
    out: dict[int, list[Count]] = {}
    for c in counts:
        home = index.in_sentence(c.token)
        if home is None:
            home = index.latest_before(c.token, window=COUNT_WINDOW)
            if home is not None and view.para[home.last] < view.para[c.token] - 1:
                home = None
        if home is not None:
            out.setdefault(id(home), []).append(c)
    return out


def attach_claims(view: DocView, lex: EventLexicon, incidents: list[Incident],
                  found: list[Responsibility]) -> dict[int, list[Responsibility]]:
    index = MentionIndex(view, incidents)
    out: dict[int, list[Responsibility]] = {}
    for r in found:
        home = index.by_head.get(r.target) if r.target is not None else None
        if home is None:
            home = index.latest_before(r.token, lex.families_with("claimable"), window=len(view))
        if home is not None:
            out.setdefault(id(home), []).append(r)
    return out
