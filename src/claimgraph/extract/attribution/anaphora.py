"""Speakers that refer back: pronouns, "the group"-style nouns and "the report".

`resolve_anaphors(drafts)` points each referring source or relay at its antecedent, once every
attribution of the doc is known (see its doc string for the order of the candidates).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimgraph.extract.attribution.index import CharRange, DocIndex, Draft
from claimgraph.extract.attribution.lexicon import AttributionLexicon
from claimgraph.extract.attribution.sources import SAME_HEAD, SPEAKER_TYPES

SEARCH_BACK = 2500  # characters searched back for a pronoun's antecedent
# A definite description ("the lab", "the spokesman") may refer back to a name given much
# earlier ("Civic Signals Lab", "Captain X, a spokesman for ..."): searched back this far.
DESCRIPTION_BACK = 20000

def _type_of(rng: CharRange, index: DocIndex, lex: AttributionLexicon) -> str:
    mention = index.mention_exact(rng)
    if mention is not None:
        return mention.label
    head = index.span(rng).root
    if head.lemma_.lower() in lex.person_nouns or head.lower_ in lex.person_nouns:
        return "Person"
    if head.lemma_.lower() in lex.document_heads or head.lemma_.lower() in lex.document_anaphors:
        return "document"
    return "Organization"


def _fits(kind: str, wanted: tuple[str, ...]) -> bool:
    if "document" in wanted:
        return kind in ("document", "Organization")
    if kind == "document":
        return "Organization" in wanted
    return kind in wanted


def resolve_anaphors(drafts: list[Draft], index: DocIndex, lex: AttributionLexicon) -> None:
    """Point each referring source or relay (pronoun, "the group", "the report") at its
    antecedent: the latest earlier source of a fitting type in the same or the previous
    paragraph, else (not for "the report") the nearest earlier fitting mention outside
    quotations. The written words stay in `source_text`; an anaphor left unresolved keeps
    its own span."""
    refs: list[tuple[int, Draft, int | None]] = []
    for draft in drafts:
        if draft.source is not None:
            refs.append((draft.source[0], draft, None))
        refs.extend((rng[0], draft, i) for i, rng in enumerate(draft.via) if i in draft.via_anaphors)
    refs.sort(key=lambda ref: ref[0])
    resolved: list[tuple[CharRange, str]] = []  # earlier sources with their type
    for _, draft, relay in refs:
        rng = draft.source if relay is None else draft.via[relay]
        wanted = draft.anaphor if relay is None else draft.via_anaphors.pop(relay)
        assert rng is not None
        if not wanted:
            resolved.append((rng, _type_of(rng, index, lex)))
            continue
        target = _antecedent(rng, wanted, resolved, index)
        if relay is None:
            draft.anaphor = None
            if target is not None:
                draft.source = target[0]
        elif target is not None:
            draft.via[relay] = target[0]
        if target is not None:
            resolved.append(target)


def _antecedent(
    rng: CharRange, wanted: tuple[str, ...], resolved: list[tuple[CharRange, str]], index: DocIndex
) -> tuple[CharRange, str] | None:
    para = index.para_of(rng[0])
    head = index.span(rng).root
    nominal = head.pos_ != "PRON" and "document" not in wanted
    if nominal:  # "the authority": a name with that noun, an earlier source with it, then the nearest fitting name
        found = _named_with(head, rng, index) or _same_head(head, rng, resolved, index)
        if found is not None or SAME_HEAD in wanted:
            return found
        found = _nearest_mention(rng, wanted, index)
        if found is not None:
            return found
    for earlier, kind in reversed(resolved):
        if earlier[1] > rng[0]:
            continue
        if para - index.para_of(earlier[0]) > 1:
            break
        if _fits(kind, wanted):
            return earlier, kind
    if "document" in wanted or nominal:
        return None
    return _nearest_mention(rng, wanted, index)


def _named_with(head: Token, rng: CharRange, index: DocIndex) -> tuple[CharRange, str] | None:
    """The nearest earlier name with the description's noun in it or describing it: "the
    authority" -> "Red River Regional Health Authority", "the lab" -> "Civic Signals Lab",
    "the spokesman" -> "Captain X, a spokesman for the army"."""
    words = {head.lower_, head.lemma_.lower()}
    for mention in index.mentions_before(rng[0], DESCRIPTION_BACK):
        if mention.label not in SPEAKER_TYPES or index.in_quote(index.doc[index.token_at(mention.start)]):
            continue
        if words & set(index.text[mention.start : mention.end].lower().split()):
            return (mention.start, mention.end), mention.label
        if head.lemma_.lower() in _descriptions(index.span((mention.start, mention.end)).root):
            return (mention.start, mention.end), mention.label
    return None


def _same_head(
    head: Token, rng: CharRange, resolved: list[tuple[CharRange, str]], index: DocIndex
) -> tuple[CharRange, str] | None:
    """The latest earlier source with the same noun at its head: "the former employee" ->
    "A former Steppe Line employee", "the officials" -> "Malian security officials"; or a
    named one described by that noun: "the spokesman" -> "Captain X, a spokesman for the
    army" or "army spokesman X"."""
    lemma = head.lemma_.lower()
    for earlier, kind in reversed(resolved):
        if earlier[1] <= rng[0] and rng[0] - earlier[0] <= DESCRIPTION_BACK:
            other = index.span(earlier).root
            if other.pos_ == "NOUN" and other.lemma_.lower() == lemma:
                return earlier, kind
            if other.pos_ == "PROPN" and lemma in _descriptions(other):
                return earlier, kind
    return None


def _descriptions(name: Token) -> set[str]:
    """The common nouns a name is described by: its apposition ("X, a spokesman for Y") and
    the title before it ("army spokesman X")."""
    nouns = {c.lemma_.lower() for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN"}
    nouns |= {c.lemma_.lower() for c in name.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"}
    if name.dep_ == "appos" and name.head.pos_ == "NOUN":  # "a spokesman for Y, X"
        nouns.add(name.head.lemma_.lower())
    return nouns


def _nearest_mention(rng: CharRange, wanted: tuple[str, ...], index: DocIndex) -> tuple[CharRange, str] | None:
    for mention in index.mentions_before(rng[0], SEARCH_BACK):
        token = index.doc[index.token_at(mention.start)]
        if mention.label in wanted and not index.in_quote(token):
            return (mention.start, mention.end), mention.label
    return None
