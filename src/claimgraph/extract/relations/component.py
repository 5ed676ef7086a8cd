"""Relations: who is said to lead, fund, train, arm, support, join... whom, and when.

`find_relations(doc)` yields one dict per stated link in the shape of the `doc._.relations`
contract (see `extensions.py`); the `claimgraph_relations` component (after
`claimgraph_stance`) writes them. It reads the parse, `doc.spans[MENTIONS]`, `doc._.coref`,
`doc.spans[TIMEXES]` and `doc._.claims`; it does not need `doc._.events`.

The extractors, each a single pass over the tokens with trigger words from
`data/relations.yaml`:

- `relations.nominal.noun_relations`: appositions, titles, copulas and "as" phrases around a
  relation or role noun ("X, leader of Y", "FBI director Christopher Wray");
- `relations.nominal.adjective_relations` and `possessive_relations`: "loyal to",
  "affiliated with", "X's group", "an X-led group", "formerly known as";
- `relations.verbs.verb_relations`: verb frames in both voices, participles, giving and
  receiving, "was behind", "in conjunction with";
- `relations.places.place_relations`: located_in, part_of and citizen_of from the shape of the
  parse alone ("a firm in Almaty", "the Y-based X", "Iten, in Kenya", "Britain's watchdog",
  "the Kenyan broadcaster X").

Arguments are entity mentions, reached through coreference when needed (`relations.arguments`);
time qualifiers come from the clause's timexes (`relations.time`). Then, per relation:

- `claim`: the smallest claim of `doc._.claims` whose span holds the trigger;
- no relation at all from a question (a claim of certainty "uncertain", or a sentence that
  ends with "?");
- `negated`: the trigger's own clause is negative (`polarity_of`), or its claim is negative
  and the trigger stands in that claim's main clause or a clause it governs ("did not fund",
  "denied that X armed Y", "It is not true that X armed Y").
  A parenthetical inside a negated sentence keeps its own polarity: "Smith (born in 1972)
  did not fight" gives a positive born_on and nothing from "fight".

"X's group" is read after the appositions and titles, so that the group a person is said to
lead anywhere in the document names it ("Kony's group" = the army he leads).

Decisions: "an affiliate / a branch / a wing of Y" is part_of (an affiliate has pledged
itself to Y; "an ally of Y" is allied_with); "in conjunction / cooperation with Y" is
works_with; "trained the leaders of X, including Y" links both X (its leaders stand for it)
and Y; "X's men" are the group X leads; a person who buys a company controls it, a company
that buys one takes it in (part_of); "Saudi born" states a birthplace, not a citizenship, and
gives nothing; a title with no organization or country keeps the role alone ("President
Emmanuel Macron": holds_position, role president, no object); an intention ("attempting to
take over Y") and a question give nothing.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimgraph import settings
from claimgraph.extract import extensions
from claimgraph.extract.contract import RelationEntry
from claimgraph.extract.factuality.polarity import polarity_of
from claimgraph.extract.relations.arguments import Arguments, Found
from claimgraph.extract.relations.incidents import incident_relations
from claimgraph.extract.relations.lexicon import relation_lexicon
from claimgraph.extract.relations.nominal import (
    adjective_relations,
    affiliation_relations,
    noun_relations,
    possessive_relations,
    workplace_relations,
)
from claimgraph.extract.relations.places import place_relations
from claimgraph.extract.relations.scorer import relation_scorer, scored_relations
from claimgraph.extract.relations.time import TimeQualifier, Times
from claimgraph.extract.relations.verbs import verb_relations
from claimgraph.model.vocab import LOCATION, ORGANIZATION, PERSON

__all__ = ["RelationExtractor", "find_relations"]

QUESTION_END = "?"
HOLDS = "holds_position"
PAST = "PAST_REF"  # TimeML's value for "some time before now"
CLOSERS = " \t\n\"'”’»)]"
NAME_TYPES = frozenset({ORGANIZATION, PERSON, LOCATION})


def find_relations(doc: Doc, *, scorer: bool = True) -> Iterator[RelationEntry]:
    """The relations of a doc that has been through the parser, mentions, timexes and claims
    (coreference when present). Dicts as in the `doc._.relations` contract. With `scorer`, the
    learned scorer (`relations.scorer`) adds the pairs the rules did not link."""
    if not doc.has_annotation("DEP"):
        return  # the frames read the dependency parse
    lex = relation_lexicon()
    args = Arguments(doc, lex)
    times = Times(doc, lex)
    found = list(noun_relations(doc, args, lex))
    for item in found:
        if item.predicate == "leader_of" and item.object is not None:
            args.learn_leader(item.subject, item.object)
    found += adjective_relations(doc, args, lex)
    found += workplace_relations(doc, args, lex)
    found += affiliation_relations(doc, args, lex)
    found += possessive_relations(doc, args, lex)
    found += verb_relations(doc, args, times, lex)
    found += place_relations(doc, args, lex)
    found += incident_relations(doc, args, found)
    found += scored_relations(doc, args, found, lex) if scorer else []
    found = _placed_roles(found)
    claims = doc._.claims or []
    index = _Claims(claims)
    text = doc.text  # Doc.text joins every token: read it once
    listed = {(span.start, span.end) for group in (extensions.MENTIONS, extensions.SOURCES, extensions.DESCRIBED)
              for span in doc.spans.get(group, ())}
    seen: set[tuple[Any, ...]] = set()
    for item in sorted(found, key=lambda f: (f.trigger.start, f.subject.start)):
        claim = index.of(item.trigger.start_char, item.trigger.end_char)
        if _question(text, item.clause, claims[claim] if claim is not None else None):
            continue
        obj = [item.object.start_char, item.object.end_char] if item.object is not None else None
        key = (item.subject.start_char, item.subject.end_char, item.predicate,
               tuple(obj) if obj else None, item.literal, item.role, claim)
        if key in seen:
            continue
        seen.add(key)
        time = None if item.literal else times.qualify(_anchors(item), _last(item))
        if time is None and item.past:  # "the former chief executive": the role is over
            time = TimeQualifier(PAST, "until", None)
        elif time is not None and item.past and time.kind == "at":  # "split from Y in 2021": until then
            time = time._replace(kind="until")
        yield {
            "subject": [item.subject.start_char, item.subject.end_char],
            "predicate": item.predicate,
            "object": obj,
            "object_literal": item.literal,
            "role": item.role,
            "time": time.value if time else None,
            "time_kind": time.kind if time else None,
            "trigger": [item.trigger.start_char, item.trigger.end_char],
            "claim": claim,
            "negated": _negated(item.clause, claims[claim] if claim is not None else None),
            "subject_label": _unlisted_name(item.subject, listed),
            "object_label": _unlisted_name(item.object, listed),
        }


def _placed_roles(found: list[Found]) -> list[Found]:
    """A post held nowhere named is dropped when the same sentence says where the same person
    holds it ("Director Ann Lee of the Bureau of Mines": one post, at the Bureau), which keeps
    the title as its role."""
    placed: dict[tuple[int, int, int], list[int]] = {}
    for i, item in enumerate(found):
        if item.predicate == HOLDS and item.object is not None:
            placed.setdefault((item.subject.start, item.subject.end, item.trigger.sent.start), []).append(i)
    out = list(found)
    drop = set()
    for i, item in enumerate(found):
        if item.predicate != HOLDS or item.object is not None or item.role is None:
            continue
        for j in placed.get((item.subject.start, item.subject.end, item.trigger.sent.start), ()):
            if found[j].role in (None, item.role):
                out[j] = found[j]._replace(role=item.role, past=found[j].past or item.past)
                drop.add(i)
    return [item for i, item in enumerate(out) if i not in drop]


def _unlisted_name(span: Span | None, listed: set[tuple[int, int]]) -> str | None:
    """The type of a name found by the relations that no mention covers (`Arguments` makes
    them: "the al-Nusra Brigade"), else None."""
    if span is None or (span.start, span.end) in listed or span.label_ not in NAME_TYPES:
        return None
    return span.label_ if any(t.text[:1].isupper() for t in span) else None


class _Claims:
    """The index of the smallest claim holding a span (a bisection on the claims' starts)."""

    def __init__(self, claims: list[dict[str, Any]]) -> None:
        self.order = sorted(range(len(claims)), key=lambda i: claims[i]["start"])
        self.spans = [(claims[i]["start"], claims[i]["end"]) for i in self.order]
        self.starts = [start for start, _ in self.spans]
        self.longest = max((end - start for start, end in self.spans), default=0)

    def of(self, start: int, end: int) -> int | None:
        best: tuple[int, int] | None = None  # (length, position)
        k = bisect_right(self.starts, start) - 1
        while k >= 0 and self.starts[k] >= start - self.longest:
            c_start, c_end = self.spans[k]
            if end <= c_end and (best is None or c_end - c_start < best[0]):
                best = (c_end - c_start, k)
            k -= 1
        return self.order[best[1]] if best else None


def _question(text: str, clause: Token, claim: dict[str, Any] | None) -> bool:
    if claim is not None and claim.get("certainty") == "uncertain":
        return True
    sent = clause.sent
    return text[sent.start_char : sent.end_char].rstrip(CLOSERS).endswith(QUESTION_END)


def _negated(clause: Token, claim: dict[str, Any] | None) -> bool:
    if polarity_of(clause)[0] == "negative":
        return True
    if claim is None or claim.get("polarity") != "negative" or claim.get("root") is None:
        return False
    if clause.pos_ not in ("VERB", "AUX"):
        return False  # an apposition or a title is not what the sentence asserts or denies
    # the claim's own predicate, or a clause it governs directly ("It is not true that X armed
    # Y"); attributed content is a claim of its own, so a reporting verb is not in between
    return clause.i == claim["root"] or (
        clause.dep_ in ("xcomp", "ccomp", "csubj", "conj") and clause.head.i == claim["root"])


def _anchors(item: Found) -> set[int]:
    anchors = {item.clause.i, *item.anchors, *range(item.trigger.start, item.trigger.end)}
    return anchors


def _last(item: Found) -> int:
    last = item.trigger.end - 1
    obj = item.object
    if obj is not None and obj.start > item.trigger.start and obj.sent.start == item.trigger.sent.start:
        last = max(last, obj.end - 1)
    return last


class RelationExtractor:
    """The spaCy component: writes `find_relations(doc)` to `doc._.relations`."""

    def __init__(self, scorer: bool = True) -> None:
        self.scorer = scorer

    def __call__(self, doc: Doc) -> Doc:
        doc._.relations = list(find_relations(doc, scorer=self.scorer))
        return doc


@Language.factory(
    "claimgraph_relations",
    assigns=["doc._.relations"],
    requires=["doc.spans", "doc._.coref", "doc._.claims", "doc._.events", "token.dep", "token.lemma"],
    default_config={"scorer": None},
)
def make_relation_extractor(nlp: Language, name: str, scorer: bool | None) -> RelationExtractor:
    """`scorer`: add the learned scorer's relations (None: as CLAIMGRAPH_RELATION_SCORER says, on
    by default)."""
    extensions.register()
    relation_lexicon()  # read the triggers when the pipeline is built
    use_scorer = settings.relation_scorer() if scorer is None else scorer
    if use_scorer:
        relation_scorer()  # and the scorer's weights
    return RelationExtractor(use_scorer)
