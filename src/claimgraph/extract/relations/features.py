"""Relation candidates and their parse features, for the learned scorer (`relations.scorer`).

`candidates(doc, args)` yields every ordered pair of entity arguments of one sentence whose
types allow some predicate of `ALLOWED` (subject type, object type -> predicates):

- the entity mentions of the sentence (`doc.spans[MENTIONS]`);
- a pronoun or description of the sentence that coreference links to a mention elsewhere
  ("He was born in Lyon": the person it stands for); the nearest occurrence of an entity in
  the sentence is its argument (the shortest dependency path);
- a nationality adjective ("the Kenyan broadcaster") as the object, standing for the country
  when the document names that country.

Arguments linked through an apposition or a relative clause are in one sentence, and the
dependency path between them goes through that apposition or clause.

`features(pair, lex)` describes a candidate by strings: the types; the dependency path between
the two heads (labels, with and without the lemmas on it); the lemmas on the path and the lowest
common ancestor; the words between; distance and order; prepositions; a nationality adjective;
trigger words of `data/relations.yaml` on the path (relation nouns, role nouns, verbs). Names
of other entities are replaced by their type, so that no feature is a name.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from claimgraph.extract.mentions.lexicon import lexicon as mention_lexicon
from claimgraph.extract.relations.arguments import Arguments
from claimgraph.extract.relations.lexicon import RelationLexicon, relation_lexicon
from claimgraph.extract.relations.places import countries_named
from claimgraph.lexicon.places import demonym_country, gazetteer, place_key
from claimgraph.model.vocab import LOCATION, ORGANIZATION, PERSON

__all__ = ["ALLOWED", "Argument", "Pair", "candidates", "features"]

# (subject type, object type) -> the predicates the scorer may give such a pair.
ALLOWED: dict[tuple[str, str], tuple[str, ...]] = {
    (PERSON, LOCATION): ("citizen_of", "holds_position", "leader_of"),
    (PERSON, ORGANIZATION): ("member_of", "holds_position", "leader_of", "founded", "controls", "works_with"),
    (PERSON, PERSON): ("works_with",),
    (ORGANIZATION, LOCATION): ("located_in", "part_of", "controls"),
    (ORGANIZATION, ORGANIZATION): ("member_of", "part_of", "founded", "controls", "works_with"),
    (ORGANIZATION, PERSON): ("works_with",),
    (LOCATION, LOCATION): ("located_in", "part_of"),
    (LOCATION, ORGANIZATION): ("part_of",),
}
TYPE_LETTER = {PERSON: "P", ORGANIZATION: "O", LOCATION: "L"}
MAX_BETWEEN = 8  # words between the two arguments read one by one
MAX_PATH = 7  # longer dependency paths are only "long"


class Argument(NamedTuple):
    entity: Span  # the mention a relation names (for a pronoun: its antecedent)
    head: Token  # the token of this sentence that stands for it
    kind: str  # mention | coref | demonym


class Pair(NamedTuple):
    subject: Argument
    object: Argument
    path: list[Token]  # from the subject's head to the object's head, both included
    top: int  # the position of the lowest common ancestor in `path`


def candidates(doc: Doc, args: Arguments, *, max_edges: int = 99) -> Iterator[Pair]:
    """Every ordered pair of arguments of one sentence whose types allow a predicate, at most
    `max_edges` dependency edges apart."""
    countries = countries_named(doc)
    for sent in doc.sents:
        found = _arguments(sent, args, countries)
        for a in found:
            for b in found:
                if a.entity.label_ == b.entity.label_ and a.entity.text.lower() == b.entity.text.lower():
                    continue  # one entity named twice, or itself
                if a.kind == "demonym" or (a.entity.label_, b.entity.label_) not in ALLOWED:
                    continue
                if b.kind == "demonym" and a.entity.start <= b.head.i < a.entity.end:
                    continue
                pair = _pair(a, b)
                if len(pair.path) - 1 <= max_edges:
                    yield pair


def _arguments(sent: Span, args: Arguments, countries: dict[str, Span]) -> list[Argument]:
    """The nearest-to-the-root occurrence of each entity in the sentence."""
    best: dict[tuple[int, int, str], Argument] = {}
    for token in sent:
        entity, kind = args.mention_of[token.i], "mention"
        if entity is None and token.i in args.coref:
            entity, kind = args.coref[token.i], "coref"
        elif entity is not None and entity.root.i != token.i:
            continue  # a mention stands at its root
        if entity is None and (token.pos_ == "ADJ" or token.ent_type_ == "NORP") and token.dep_ != "appos":
            # (a nationality noun in apposition, "X, a Frenchman", is read by the rules)
            code = demonym_country(token.text) if token.text[:1].isupper() else None
            if code in countries and args.mention_of[token.i] is None:
                entity, kind = countries[code], "demonym"
        if entity is None or entity.label_ not in TYPE_LETTER:
            continue
        key = (entity.start, entity.end, kind if kind == "demonym" else "")
        here = Argument(entity, token, kind)
        if key not in best or _depth(token) < _depth(best[key].head):
            best[key] = here
    return sorted(best.values(), key=lambda a: a.head.i)


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token = token.head
        depth += 1
    return depth


def _pair(a: Argument, b: Argument) -> Pair:
    up = [a.head, *a.head.ancestors]
    down = [b.head, *b.head.ancestors]
    on_up = {t.i: k for k, t in enumerate(up)}
    for k, token in enumerate(down):
        if token.i in on_up:
            top = on_up[token.i]
            path = up[: top + 1] + list(reversed(down[:k]))
            return Pair(a, b, path, top)
    return Pair(a, b, up + list(reversed(down)), len(up) - 1)  # two roots: no common ancestor


def _word(token: Token, pair: Pair) -> str:
    """A token as a feature reads it: a lemma, a preposition's form, another entity's type."""
    if pair.subject.entity.start <= token.i < pair.subject.entity.end:
        return "<S>"
    if pair.object.entity.start <= token.i < pair.object.entity.end or token.i == pair.object.head.i:
        return "<O>"
    if token.pos_ == "PROPN" and token.lower_ not in _known_words():
        return f"<{token.ent_type_ or 'PROPN'}>"  # a name, or part of one
    if token.like_num:
        return "<NUM>"
    return token.lemma_.lower() if token.pos_ not in ("ADP", "PROPN") else token.lower_


@cache
def _known_words() -> frozenset[str]:
    """Capitalized words that are no names: titles, relation nouns, the heads of names."""
    lex = relation_lexicon()
    return frozenset(lex.roles) | frozenset(lex.nouns) | lex.name_heads | lex.place_heads | _organization_heads()


def features(pair: Pair, lex: RelationLexicon) -> list[str]:
    """The candidate described by strings (see the module docstring)."""
    s, o = pair.subject, pair.object
    types = f"{TYPE_LETTER[s.entity.label_]}{TYPE_LETTER[o.entity.label_]}"
    path, top = pair.path, pair.top
    steps = [f"{t.dep_}^" for t in path[:top]] + [f"{t.dep_}v" for t in path[top + 1 :]]
    inner = path[1:-1]
    words = [_word(t, pair) for t in inner]
    feats = [f"T={types}", f"len={min(len(path) - 1, MAX_PATH)}|{types}"]
    feats += _kinds(s.entity, o.entity, types, lex)
    if len(path) - 1 <= MAX_PATH:
        plain = " ".join(steps)
        lexical = " ".join(_interleave(steps, words, top))
        feats += [f"P={plain}", f"P={plain}|{types}", f"L={lexical}", f"L={lexical}|{types}"]
    else:
        feats.append(f"P=long|{types}")
    for token, word in zip(inner, words):
        feats += [f"w={word}", f"w={word}|{types}"]
        if token.dep_ == "prep" or token.pos_ == "ADP":
            feats.append(f"prep={word}|{types}")
        feats += [f"trig={t}|{types}" for t in _triggers(token, lex)]
    lca = path[top]
    if lca.i == s.head.i:
        feats.append(f"lca=S|{types}")
    elif lca.i == o.head.i:
        feats.append(f"lca=O|{types}")
    else:
        feats += [f"lca={_word(lca, pair)}/{lca.pos_}|{types}", f"lcapos={lca.pos_}|{types}"]
    feats += _surface(pair, types, lex)
    feats += _around(s, "s", types, lex) + _around(o, "o", types, lex)
    if o.kind == "demonym":
        feats += [f"demonym|{types}", f"demonym={o.head.dep_}|{types}", f"demonym^={_word(o.head.head, pair)}|{types}"]
    born = _born(o.head if o.kind == "demonym" else o.entity[-1])
    if born:
        feats.append(f"born|{types}")  # "Kenyan-born", "Saudi Arabia-born": a birthplace
    if s.kind == "coref":
        feats.append(f"coref_s|{types}")
    if o.kind == "coref":
        feats.append(f"coref_o|{types}")
    return feats


def _kinds(subject: Span, obj: Span, types: str, lex: RelationLexicon) -> list[str]:
    """What the gazetteer knows of the two: country, state, region, city; a city of that country;
    and the last word of each name when it says what the name names ("County", "University",
    "Party"; never a name itself)."""
    s_kind, s_codes = _place_kind(subject)
    o_kind, o_codes = _place_kind(obj)
    feats = [f"K={s_kind}>{o_kind}|{types}"]
    for side, span in (("sh", subject), ("oh", obj)):
        word = span[-1].lower_
        if word in _known_words():
            feats.append(f"{side}={word}|{types}")
    if s_kind in ("city", "state") and o_kind == "country" and s_codes & o_codes:
        feats.append(f"geo=in|{types}")
    if o_kind in ("city", "state") and s_kind == "country" and s_codes & o_codes:
        feats.append(f"geo=holds|{types}")
    return feats


@cache
def _organization_heads() -> frozenset[str]:
    return mention_lexicon().organization_heads


def _place_kind(span: Span) -> tuple[str, frozenset[str]]:
    if span.label_ != LOCATION:
        return "-", frozenset()
    places = gazetteer()
    key = place_key(span.text)
    if key in places.countries:
        return "country", frozenset({places.countries[key].split("-")[0]})
    if key in places.us_states:
        return "state", frozenset({"US"})
    if key in places.regions:
        return "region", frozenset()
    if key in places.cities:
        return "city", places.cities[key]
    if key in places.subdivisions:
        return "subdivision", frozenset()
    return "place", frozenset()


def _born(token: Token) -> bool:
    doc = token.doc
    after = [t.lower_ for t in doc[token.i + 1 : token.i + 3]]
    return after[:1] == ["born"] or after == ["-", "born"]


def _interleave(steps: list[str], words: list[str], top: int) -> list[str]:
    out: list[str] = []
    for k, step in enumerate(steps):
        out.append(step)
        if k < len(words):
            out.append(f"[{words[k]}]")
    return out


def _triggers(token: Token, lex: RelationLexicon) -> list[str]:
    lemma = token.lemma_.lower()
    out = []
    if token.pos_ in ("NOUN", "PROPN"):
        if lemma in lex.nouns:
            out.append(f"noun:{lex.nouns[lemma]}")
        if lemma in lex.roles:
            out.append("role")
    if token.pos_ in ("VERB", "AUX") and lemma in lex.verbs:
        out += [f"verb:{f.predicate}" for f in lex.verbs[lemma]]
    if lemma in lex.compound_participles:
        out.append(f"participle:{lex.compound_participles[lemma]}")
    return out


def _surface(pair: Pair, types: str, lex: RelationLexicon) -> list[str]:
    """The words between the two arguments, their order and distance."""
    s, o = pair.subject.entity, pair.object.entity
    if pair.object.kind == "demonym":
        o = pair.object.head.doc[pair.object.head.i : pair.object.head.i + 1]
    if pair.subject.kind == "coref":
        s = pair.subject.head.doc[pair.subject.head.i : pair.subject.head.i + 1]
    if pair.object.kind == "coref":
        o = pair.object.head.doc[pair.object.head.i : pair.object.head.i + 1]
    first, second, order = (s, o, "SO") if s.start <= o.start else (o, s, "OS")
    doc = s.doc
    between = doc[first.end : second.start] if first.end <= second.start else doc[0:0]
    words = [_word(t, pair) for t in between]
    feats = [f"order={order}|{types}", f"gap={_bucket(len(words))}|{types}"]
    if len(words) <= MAX_BETWEEN:
        feats += [f"b={w}|{types}" for w in words]
        feats += [f"b={w}|{order}" for w in words if w in (",", "(", "of", "in", "'s")]
    if len(words) <= 3:
        feats.append(f"B={' '.join(words)}|{order}|{types}")
    others = sum(1 for t in between if t.ent_type_ and t.ent_iob_ == "B")
    feats.append(f"others={min(others, 3)}|{types}")
    before = doc[first.start - 1] if first.start > 0 else None
    after = doc[second.end] if second.end < len(doc) else None
    feats.append(f"pre={_word(before, pair) if before is not None else '^'}|{types}")
    feats.append(f"post={_word(after, pair) if after is not None else '$'}|{types}")
    return feats


def _around(arg: Argument, side: str, types: str, lex: RelationLexicon) -> list[str]:
    """What an argument's head carries: its label, its modifiers, the noun it stands beside."""
    head = arg.head
    feats = [f"{side}dep={head.dep_}|{types}"]
    for child in head.children:
        if child.dep_ in ("compound", "amod", "appos", "poss") and not (arg.entity.start <= child.i < arg.entity.end):
            lemma = child.lemma_.lower() if child.pos_ != "PROPN" or child.lower_ in _known_words() \
                else f"<{child.ent_type_ or 'PROPN'}>"
            feats.append(f"{side}{child.dep_}={lemma}|{types}")
            if lemma in lex.roles or lemma in lex.nouns:
                feats.append(f"{side}{child.dep_}:trigger|{types}")
    if head.dep_ in ("appos", "compound", "poss"):
        feats.append(f"{side}up={head.dep_}:{head.head.lemma_.lower()}|{types}")
    return feats


def _bucket(n: int) -> str:
    return str(n) if n <= 4 else "5-8" if n <= 8 else "9-15" if n <= 15 else "16+"
