"""Claims of responsibility: who claimed an incident, how, and who relayed the claim.

`find_responsibility(view, lex, triggers)` returns one `Responsibility` per statement:

- "X claimed/took/accepted responsibility (for Y)", "responsibility was claimed by X",
  "X claimed the attack"; with a denial verb ("X denied responsibility") it is a denial;
- a self-claim: an attributed statement in which the source says it did it ("the group says
  it carried out the operation", a quote "We ... carried out the attack"): the source is the
  claimant (and a perpetrator whose status is "claimed");
- the method from the words around the claim: "in an audio recording", "an audio message and
  a written statement in which the group claimed ...", "in a statement posted online", a
  quote whose source is "The recording"; methods are audio, statement, online, video,
  social_media (`claim_methods` in events.yaml);
- relays: outlets that broadcast or received the message, in the claim's phrase ("an audio
  recording broadcast by Al Arabiya") or in a later sentence about the message ("The
  recording was released to the Al Arabiya network and simultaneously to Reuters"), which
  joins the latest claim before it.

`target` is the token of the incident noun the claim names ("for the attack"), or None; the
clustering links a claim without one to the latest incident before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimgraph.extract.events.arguments import antecedent_span, named_span
from claimgraph.extract.events.lexicon import EventLexicon
from claimgraph.extract.events.triggers import Trigger
from claimgraph.extract.syntax import DocView

RELATIVE = frozenset({"which", "that", "who", "whom"})
WE = frozenset({"we", "i"})
SAY_VERBS = frozenset({"say", "state", "announce", "claim", "declare", "insist", "boast",
                       "acknowledge", "admit", "confirm"})


@dataclass(slots=True)
class Responsibility:
    token: int  # the claim's verb (or the trigger of a self-claim)
    claimants: list[tuple[int, int]] = field(default_factory=list)
    methods: list[str] = field(default_factory=list)
    relays: list[tuple[int, int]] = field(default_factory=list)
    target: int | None = None
    denied: bool = False
    self_claim: bool = False


def find_responsibility(view: DocView, lex: EventLexicon, triggers: list[Trigger]) -> list[Responsibility]:
    heads = {t.head for t in triggers}
    found: list[Responsibility] = []
    claiming = lex.responsibility_verbs | lex.denial_verbs
    for i in range(len(view)):
        lemma = view.lemma[i]
        if lemma in lex.responsibility_nouns:
            verb = view.head[i] if view.dep[i] in ("dobj", "nsubjpass") else -1
            if verb < 0 or view.lemma[verb] not in claiming:
                verb = _verb_before(view, i, claiming)  # the parse lost "claimed responsibility"
            if verb >= 0:
                found.append(_statement(view, lex, verb, i, heads))
        elif lemma == "claim" and view.pos[i] == "VERB":
            objects = [c for c in view.children[i] if view.dep[c] == "dobj" and (
                c in heads or (view.lower[c] in lex.claimed_nouns and _definite(view, c)))]
            if objects:  # "claimed the attack", "claimed the strikes"
                found.append(_statement(view, lex, i, objects[0], heads))
    found += _self_claims(view, lex, triggers)
    found.sort(key=lambda r: r.token)
    _later_relays(view, lex, found)
    return found


def _verb_before(view: DocView, i: int, verbs: frozenset[str]) -> int:
    j = i - 1
    while j >= 0 and view.pos[j] in ("ADV", "PART") and i - j < 3:
        j -= 1
    return j if j >= 0 and view.pos[j] == "VERB" and view.lemma[j] in verbs else -1


def _subject_before(view: DocView, verb: int) -> int | None:
    """The noun right before a verb whose subject the parse lost ("which the group claimed")."""
    j = verb - 1
    if j >= 0 and view.pos[j] in ("NOUN", "PROPN") and view.sent[j] == view.sent[verb]:
        return j
    return None


def _quoted_we(view: DocView, verb: int) -> int | None:
    """'We, in the group of X, ... claim': the first-person subject of a quoted claim."""
    j = verb - 1
    while j >= 0 and view.sent[j] == view.sent[verb] and verb - j < 40:
        if view.lower[j] in WE and view.pos[j] == "PRON":
            return j
        if view.lower[j] in ("“", '"', "«"):
            return None
        j -= 1
    return None


def _statement(view: DocView, lex: EventLexicon, verb: int, noun: int, heads: set[int]) -> Responsibility:
    resp = Responsibility(token=verb, denied=view.lemma[verb] in lex.denial_verbs)
    we = _quoted_we(view, verb)
    subjects = [c for c in view.children[verb] if view.dep[c] == "nsubj"]
    if we is not None:
        subjects = [we]
    elif not subjects and not any(view.dep[c] == "agent" for c in view.children[verb]):
        before = _subject_before(view, verb)
        subjects = [before] if before is not None else []
    for c in view.children[verb]:
        if view.dep[c] == "agent":
            for g in view.children[c]:
                resp.claimants += _claimant(view, g)
    for c in subjects:
        if any(view.lower[d] in ("no", "none") for d in view.children[c]) or view.lower[c] in ("nobody", "none"):
            continue  # "No group has claimed the bombing"
        resp.claimants += _claimant(view, c)
    if noun in heads:
        resp.target = noun
    for holder in (noun, verb):
        for c in view.children[holder]:
            if view.dep[c] == "prep" and view.lower[c] == "for":
                for g in view.children[c]:
                    if view.dep[g] == "pobj":
                        resp.target = _event_in(view, g, heads) or resp.target
    scope = set(view.subtree(verb))
    if view.dep[verb] == "relcl":  # "an audio message and a statement in which X claimed ..."
        antecedent = view.head[verb]
        scope.update(_noun_phrase(view, antecedent))
        first = antecedent
        while view.dep[first] == "conj":
            first = view.head[first]
        scope.update(_noun_phrase(view, first))
        for c in view.children[first]:
            if view.dep[c] == "conj":
                scope.update(_noun_phrase(view, c))
    resp.methods = _methods(view, lex, sorted(scope))
    resp.relays = _relays_in(view, lex, sorted(scope))
    for c in view.children[verb]:  # "claimed responsibility ... through its Amaq news agency"
        if view.dep[c] == "prep" and view.lower[c] in lex.relay_claim_prepositions:
            for g in view.children[c]:
                span = _outlet_span(view, g) if view.dep[g] == "pobj" and _outlet(view, lex, g) else None
                if span and view.lemma[g] in lex.outlet_heads and span not in resp.relays:
                    resp.relays.append(span)
    return resp


def _definite(view: DocView, i: int) -> bool:
    return any(view.dep[c] in ("det", "poss") and view.lower[c] in ("the", "its", "their", "this", "these")
               for c in view.children[i])


def _event_in(view: DocView, i: int, heads: set[int]) -> int | None:
    if i in heads:
        return i
    for j in view.subtree(i):
        if j in heads:
            return j
    return None


def _noun_phrase(view: DocView, i: int) -> list[int]:
    """A noun and its left modifiers (not its relative clause)."""
    return [i] + [c for c in view.children[i] if c < i and view.dep[c] in ("amod", "compound", "det")]


def _claimant(view: DocView, i: int) -> list[tuple[int, int]]:
    lower = view.lower[i]
    if lower in RELATIVE:
        i = view.head[view.head[i]] if view.dep[view.head[i]] == "relcl" else i
    if lower in WE:  # "We, in the group of the Murabitun, ... claim"
        found = _named_in_chain(view, i)
        if found:
            return [found]
    span = named_span(view, i)
    if span is None and view.pos[i] == "PRON":
        span = antecedent_span(view, i)
    return [span] if span else []


def _named_in_chain(view: DocView, i: int) -> tuple[int, int] | None:
    """The first name down "we, in/of the group of X" (prepositions and appositions only)."""
    starts = [c for c in view.children[i] if view.dep[c] == "prep" and view.lower[c] in ("in", "of", "from")]
    starts += [c for c in view.children[i] if view.dep[c] == "appos"]
    for start in starts:
        j = start
        for _ in range(6):  # down the chain "in the group of the X"
            m = view.mention(j)
            if m is not None:
                return m.start_char, m.end_char
            nxt = [c for c in view.children[j] if view.dep[c] in ("pobj", "prep")]
            if not nxt:
                break
            j = nxt[0]
    return None


def _methods(view: DocView, lex: EventLexicon, tokens: list[int]) -> list[str]:
    methods: list[str] = []
    for j in tokens:
        word = view.lower[j]
        method = lex.claim_methods.get(view.lemma[j]) or lex.claim_methods.get(word)
        if method is None or view.pos[j] not in ("NOUN", "ADJ", "PROPN", "VERB"):
            continue
        if word in ("message",) or view.lemma[j] == "message":
            near = {view.lower[c] for c in view.children[j]} | {view.lower[j - 1] if j else ""}
            method = "audio" if near & lex.audio_partners else "statement"
        if word == "x" and view.pos[j] != "PROPN":
            continue
        if method not in methods:
            methods.append(method)
    return methods


def _relays_in(view: DocView, lex: EventLexicon, tokens: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for j in tokens:
        if view.lemma[j] in lex.relay_verbs or view.lower[j] in lex.relay_verbs:
            out += _outlets(view, lex, j)
    return out


def _outlets(view: DocView, lex: EventLexicon, verb: int) -> list[tuple[int, int]]:
    """Objects of "by/to/on/via X" under a relay verb, conjoined ones included."""
    out: list[tuple[int, int]] = []
    todo = list(view.children[verb])
    while todo:
        c = todo.pop(0)
        dep = view.dep[c]
        if dep in ("agent", "prep") and view.lower[c] in lex.relay_prepositions:
            for g in view.children[c]:
                if view.dep[g] == "pobj" and _outlet(view, lex, g):
                    span = _outlet_span(view, g)
                    if span and span not in out:
                        out.append(span)
                    todo += [x for x in view.children[g] if view.dep[x] == "conj"]
                elif view.dep[g] in ("conj", "prep"):
                    todo.append(g)
        elif dep in ("conj", "advmod", "pobj") and view.clause(c) == view.clause(verb):
            todo += list(view.children[c])
            if dep == "pobj" and _outlet(view, lex, c):
                span = _outlet_span(view, c)
                if span and span not in out:
                    out.append(span)
    return out


def _outlet_span(view: DocView, i: int) -> tuple[int, int] | None:
    """'the Al Arabiya network' -> the name it holds ('Al Arabiya'), else the phrase."""
    if view.mention(i) is None:
        for c in view.children[i]:
            m = view.mention(c)
            if view.dep[c] == "compound" and m is not None:
                return m.start_char, m.end_char
    return named_span(view, i)


def _outlet(view: DocView, lex: EventLexicon, i: int) -> bool:
    m = view.mention(i)
    if m is not None and m.label in ("Organization", "Person"):
        return True
    return view.lemma[i] in lex.outlet_heads or view.pos[i] == "PROPN"


def _self_claims(view: DocView, lex: EventLexicon, triggers: list[Trigger]) -> list[Responsibility]:
    """'The group says it carried out the operation': the source claims the incident."""
    out: list[Responsibility] = []
    attributions = view.doc._.attributions or []
    for trig in triggers:
        if trig.verbal:
            continue
        h = trig.head
        verb = view.head[h]
        if view.dep[h] not in ("dobj",) or view.lemma[verb] not in lex.self_claim_verbs | lex.perpetrator_verbs:
            continue
        subjects = [c for c in view.children[verb] if view.dep[c] == "nsubj"]
        if not subjects or not _self_subject(view, lex, subjects[0]):
            continue
        speaker = _speaker(view, verb)
        att = _attribution_over(view, attributions, view.idx[h])
        if speaker is None and (att is None or not att.get("source")):
            continue
        resp = Responsibility(token=h, target=h, self_claim=True)
        resp.claimants = [speaker] if speaker is not None else [tuple(att["source"])]
        if att is None:
            att = {"content": [view.idx[verb], view.ends[verb]], "source_text": None}
        sentence = _sentence_tokens(view, verb)
        content = att["content"]
        outside = [j for j in sentence if not content[0] <= view.idx[j] < content[1]]
        resp.methods = _methods(view, lex, outside) or _methods_of_source(lex, att)
        resp.relays = _relays_in(view, lex, outside)
        out.append(resp)
    return out


def _self_subject(view: DocView, lex: EventLexicon, i: int) -> bool:
    """'it', 'we', or 'its fighters', 'our brothers': the speaker's own side."""
    if view.lower[i] in lex.self_claim_pronouns:
        return True
    return any(view.dep[c] == "poss" and view.lower[c] in ("its", "our", "their", "my")
               for c in view.children[i])


def _speaker(view: DocView, verb: int) -> tuple[int, int] | None:
    """The subject of the reporting verb whose clause holds `verb` ("the group said it ...")."""
    if view.dep[verb] != "ccomp":
        return None
    say = view.head[verb]
    if view.lemma[say] not in SAY_VERBS:
        return None
    for c in view.children[say]:
        if view.dep[c] == "nsubj":
            return named_span(view, c)
    return None


def _attribution_over(view: DocView, attributions: list[dict], char: int) -> dict | None:
    best = None
    for att in attributions:
        content = att.get("content") or [-1, -1]
        if content[0] <= char < content[1]:
            if best is None or content[1] - content[0] < best["content"][1] - best["content"][0]:
                best = att
    return best


def _methods_of_source(lex: EventLexicon, att: dict) -> list[str]:
    words = (att.get("source_text") or "").lower().split()
    return [lex.claim_methods[w] for w in words if w in lex.claim_methods][:1]


def _sentence_tokens(view: DocView, i: int) -> list[int]:
    s = view.sent[i]
    first = view.sent_starts[s]
    last = view.sent_starts[s + 1] if s + 1 < len(view.sent_starts) else len(view)
    return list(range(first, last))


def _later_relays(view: DocView, lex: EventLexicon, found: list[Responsibility]) -> None:
    """'The recording was released to X': relays of the latest claim before the sentence."""
    if not found:
        return
    for i in range(len(view)):
        if view.pos[i] != "VERB" or view.lemma[i] not in lex.relay_verbs:
            continue
        message = [c for c in view.children[i] if view.dep[c] in ("nsubjpass", "dobj")
                   and (view.lemma[c] in lex.claim_methods or view.lower[c] in lex.claim_methods)
                   and any(view.lower[d] in ("the", "this", "that", "its") for d in view.children[c])]
        if not message:
            continue
        earlier = [r for r in found if r.token < i and view.sent[r.token] != view.sent[i]]
        if not earlier or view.sent[i] - view.sent[earlier[-1].token] > 4:
            continue
        outlets = _outlets(view, lex, i)
        subjects = [c for c in view.children[i] if view.dep[c] == "nsubj" and _outlet(view, lex, c)]
        outlets += [s for s in (named_span(view, c) for c in subjects) if s]
        for span in outlets:
            if span not in earlier[-1].relays:
                earlier[-1].relays.append(span)
