"""Relations stated by nouns and adjectives: appositions, titles, copulas, "as", possessives.

A relation noun ("leader", "member", "affiliate", "citizen") or role noun ("ambassador",
"director": holds_position with that role) relates the entity it describes (its holder) to
the object of its preposition, its possessor or its name modifier:

- holders: "X, leader of Y" (apposition either way round: "the leader of Y, X"), "X is /
  has been the leader of Y" and "The leader of Y is X" (copula), "FBI director Christopher Wray"
  / "President Emmanuel Macron" (a title before a name), "the appointment of X as US
  ambassador to Kenya", "X was approved as ambassador to Chile", "X served as director"
  ("as"), "X was named minister" (predicative complement); conjoined nouns share the holder
  ("The group's top leader, or emir, ... has been X");
- objects: the preposition's object ("leader of Y", "ambassador to Y", "operative for Y"),
  else the possessor ("The group's top leader" through coreference), else a name modifier
  ("FBI director"). An unnamed object noun takes the name set beside it: "X, leader of an
  affiliate of Y, the Z Brigade" gives leader_of(X, Z) and part_of(Z, Y). A role with no
  object keeps the role alone ("President Ronald Reagan").

Adjectives: "X is loyal to Y" (member_of), turned round on a group noun: "a group loyal to Y"
(leader_of(Y, group)); "affiliated with". Possessives: "Kony's group/men" and "a Kony-led
group" are leader_of(Kony, G) when G is named (on the spot, or as the group Kony is said to
lead elsewhere in the document). "Saudi-backed rebels" and other
compound participles. "Y, formerly known as X": renamed_to(X, Y).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from claimgraph.extract.extensions import MENTIONS
from claimgraph.extract.relations.arguments import Arguments, Found
from claimgraph.extract.relations.lexicon import RelationLexicon
from claimgraph.extract.relations.verbs import is_passive, subjects
from claimgraph.lexicon.places import gazetteer, place_key
from claimgraph.model.vocab import LOCATION, ORGANIZATION, PERSON

__all__ = ["adjective_relations", "noun_relations", "possessive_relations"]

HOLDS = "holds_position"
WORKS_WITH = "works_with"
SUBJECT_AS = frozenset({"join", "rejoin", "enter", "lead", "head", "run", "leave", "quit",
                        "found", "serve", "start", "begin", "take"})  # "X joined Y as CEO"
COPULAS = frozenset({"be", "become", "remain", "serve"})


def _lookup(token: Token, table: dict[str, str]) -> tuple[str | None, Span]:
    """The entry for "<modifier> <noun>", "<a>-<noun>", "<noun> of (the) <b>" or "<noun>",
    and the trigger words."""
    if token.lower_ not in _words(table) and token.lemma_.lower() not in _words(table):
        return None, token.doc[token.i : token.i + 1]  # most nouns: no entry ends or starts here
    doc = token.doc
    i = token.i
    if i > 1 and doc[i - 1].text in "-–" and f"{doc[i - 2].lower_}-{token.lower_}" in table:
        return table[f"{doc[i - 2].lower_}-{token.lower_}"], doc[i - 2 : i + 1]
    for size in (2, 1):  # "chief executive officer", "prime minister"
        if i >= size and all(t.head.i in range(i - size + 1, i + 1) for t in doc[i - size : i]):
            words = " ".join(t.lower_ for t in doc[i - size : i + 1])
            if words in table:
                return table[words], doc[i - size : i + 1]
    for skip in (2, 3):
        words = [t.lower_ for t in doc[i : i + skip + 1]]
        if len(words) == skip + 1 and words[1] == "of" and " ".join(words) in table:
            return table[" ".join(words)], doc[i : i + skip + 1]
    return table.get(token.lower_) or table.get(token.lemma_.lower()), doc[i : i + 1]


_WORDS: dict[int, frozenset[str]] = {}


def _words(table: dict[str, str]) -> frozenset[str]:
    """The first and last words of a table's entries (tables are read once per process)."""
    found = _WORDS.get(id(table))
    if found is None:
        found = _WORDS[id(table)] = frozenset(
            w for key in table for w in (re.split(r"[ -]", key)[0], re.split(r"[ -]", key)[-1]))
    return found


def noun_relations(doc: Doc, args: Arguments, lex: RelationLexicon) -> Iterator[Found]:
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        role, trigger = _lookup(token, lex.roles)
        predicate = HOLDS if role else None
        if predicate is None:
            predicate, trigger = _lookup(token, lex.nouns)
            if predicate is not None and (chief := _chief(token)) is not None:
                role, predicate, trigger = doc[chief.i : token.i + 1].text.lower(), HOLDS, doc[chief.i : token.i + 1]
        inside = args.mention_of[token.i]
        if predicate is None or (inside is not None and not (
                predicate == HOLDS and inside.label_ == PERSON and inside.start == trigger.start)):
            continue  # a word of a name ("General Directorate"), but a title may lead a name
        if predicate == HOLDS and token.tag_ in ("NNS", "NNPS"):
            continue  # "acting as military advisers": a role is held by a person
        holders, clause = ([inside], token) if inside is not None else _holders(token, args)
        if not holders:
            continue
        if predicate == "leader_of" and _portfolio(token, args):  # "the FCA's head of enforcement"
            predicate, role = HOLDS, trigger.text.lower()
        objects = [o for o in _objects(token, args, lex, exclude=holders, skip=range(trigger.start, trigger.end))
                   if o.end <= trigger.start or o.start >= trigger.end]
        if not objects:  # "the founder and chief executive of X": a conjunct's object is every one's
            for conjunct in sorted(token.conjuncts, key=lambda c: -c.i):
                objects = objects or _objects(conjunct, args, lex, exclude=holders)
        if not objects and holders[0] is args.described.get(token.i):
            continue  # "the coach told reporters": the description says no more than itself
        past = any(c.dep_ in ("amod", "compound", "advmod") and c.lower_.rstrip("-") in lex.past_modifiers
                   for c in token.children) or token.lower_.startswith("ex-")
        for holder in holders:
            for obj in objects if predicate != HOLDS else objects or [None]:  # a role alone when held nowhere named
                if obj is not None and (obj.start, obj.end) == (holder.start, holder.end):
                    continue
                if obj is None and predicate != HOLDS:
                    continue
                if obj is not None and predicate != HOLDS and _placed(token, obj):
                    continue  # "its subsidiary in Riga": where it is (place_relations), not what it is part of
                held = _held_for_person(token, predicate, role, obj, lex) if obj is not None and obj.label_ == PERSON \
                    else predicate
                if held == HOLDS and obj is not None and _posted_at(token, obj):
                    held = "located_in"  # "a WHO spokesperson in Geneva": where, not whose
                yield Found(holder, held, obj, trigger, clause, anchors=(token.i,),
                            role=role if held == HOLDS else None, past=past)


def _held_for_person(token: Token, predicate: str, role: str | None, obj: Span, lex: RelationLexicon) -> str:
    """A relation noun whose object is a person: a lawyer works with them ("a lawyer for X"), a
    coach trains them ("her coach"), and one's own agent or employee works with them
    ("Ashdown's agent"); other roles stay, and so does "a Steppe Line employee" (the tagger often
    calls an organization a person)."""
    if predicate == HOLDS and role in lex.training_roles:
        return "trained"
    possessor = obj.root.dep_ == "poss" and obj.root.head.i == token.i
    if (predicate == HOLDS and role in lex.roles_for_persons) or (predicate == "member_of" and possessor):
        return WORKS_WITH
    return predicate


def _posted_at(token: Token, obj: Span) -> bool:
    """The object of a role is a place below a country the role is "in" or "at": where its
    holder works ("a spokesperson in Geneva"), not the body they serve ("ambassador in Kenya")."""
    return _placed(token, obj) and place_key(obj.text) not in gazetteer().countries


def _chief(token: Token) -> Token | None:
    """ "chief" opening the words before a member's noun, which make it a post: "its chief
    medical officer", "the chief risk officer"."""
    before = [c for c in token.lefts if c.dep_ in ("amod", "compound")]
    return before[0] if before and before[0].lower_ == "chief" else None


def _holders(token: Token, args: Arguments) -> tuple[list[Span], Token]:
    """The entities a relation noun describes, and the clause predicate that states it."""
    node = token
    while node.dep_ == "conj" and args.mention_of[node.head.i] is None and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head  # "leader, or emir,": the first conjunct's place (not "Airbus and its CEO");
        # a description the coreference links to a name ("the founder and chief executive") is no name
    head = node.head
    if node.dep_ == "appos":
        before = _name_before(node, args)
        if before is not None and not before.start <= head.i < before.end:
            return [before], node  # hung on a word further back: the name before the comma
        if _subject_misread(node):
            return [], node
        return args.entities(head), head
    named = [c for c in node.children if c.dep_ == "appos" and args.mention(c) is not None]
    for prep in (c for c in node.children if c.dep_ == "prep"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):  # "the spokesman for the
            target = args.mention(pobj)  # Kremlin, Dmitry Peskov,": the name is the spokesman's
            named += [c for c in pobj.children if c.dep_ == "appos" and (target is not None or pobj.pos_ == "NOUN")
                      and (m := args.mention(c)) is not None and m.label_ == PERSON]
            # ("a lawyer for X, Jane Doe": a name needs no apposition, so Jane Doe is the lawyer;
            # so is she in "a spokeswoman for the company, Jane Doe", the company being X)
    if named:
        return [args.mention(c) for c in named], node
    before = _name_before(node, args)
    if before is not None:
        return [before], node
    if node.dep_ in ("attr", "acomp") and head.lemma_ in COPULAS:
        return _entities(subjects(head), args), head
    if node.dep_ == "nsubj" and head.lemma_ == "be":
        return _entities([c for c in head.children if c.dep_ == "attr"], args), head
    if node.dep_ == "compound" and head.pos_ == "PROPN" and args.mention(head) is not None:
        return [args.mention(head)], head
    if node.i + 1 < len(node.doc) and node.text[:1].isupper():
        after = args.mention_of[node.i + 1]
        if after is not None and after.start == node.i + 1 and after.label_ == PERSON:
            return [after], node  # "President Emmanuel Macron"
    if node.dep_ == "pobj" and head.lower_ == "as":
        return _as_holders(head.head, args), head.head
    if node.dep_ == "oprd":
        deps = ("nsubjpass",) if is_passive(head) else ("dobj",)
        return _entities([c for c in head.children if c.dep_ in deps], args), head
    if node.dep_ == "pobj" and args.entity(node) is None:
        found = _sibling_name(node, args)
        return ([found], node) if found is not None else ([], node)
    if token.i in args.described:  # a source described by the noun: "a WHO spokesperson said"
        return [args.described[token.i]], token
    return [], node


def _name_before(node: Token, args: Arguments) -> Span | None:
    """The name a description follows right after a comma, where the parser attached the
    description elsewhere in a long sentence: "... in the custody of the Northern Special
    Operations Group (GOEN), a unit of the Mozambique Armed Defence Forces"; a bracketed short
    name between them is skipped. Not a clause's subject ("X, the leader of Y said": a list)."""
    if node.dep_ in ("nsubj", "nsubjpass", "conj") or node.pos_ != "NOUN":
        return None
    doc, start = node.doc, node.left_edge.i
    if start < 2 or doc[start - 1].text != "," or node.right_edge.i + 1 < len(doc) and doc[node.right_edge.i + 1].dep_ == "cc":
        return None
    last = start - 2
    if doc[last].text == ")":
        opening = next((i for i in range(last - 1, max(last - 6, 0), -1) if doc[i].text == "("), None)
        if opening is None:
            return None
        last = opening - 1
    found = args.mention_of[last]
    return found if found is not None and found.end == last + 1 else None


def _subject_misread(node: Token) -> bool:
    """An "apposition" that is its clause's subject: "After a meeting with Kenya, the leader of
    the bloc said ...", where the verb right after it has no subject of its own."""
    after = node.right_edge.i + 1
    if after >= len(node.doc) or node.doc[after - 1].is_punct:
        return False
    verb = node.doc[after]
    return verb.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _as_holders(governor: Token, args: Arguments) -> list[Span]:
    """ "X was approved as ambassador", "appointed X as", "X served as", "the appointment of X as"."""
    children = list(governor.children)
    if governor.pos_ in ("NOUN", "PROPN"):
        for child in children:
            if child.dep_ == "prep" and child.lower_ == "of":
                return _entities([c for c in child.children if c.dep_ == "pobj"], args)
        return _entities([c for c in children if c.dep_ == "poss"], args)
    if is_passive(governor):
        return _entities([c for c in children if c.dep_ == "nsubjpass"], args)
    objects = [c for c in children if c.dep_ in ("dobj", "oprd")]
    if objects and governor.lemma_ not in SUBJECT_AS:  # "named X as", "announced X as"
        return _entities(objects, args)
    return _entities(subjects(governor), args)  # "X served as", "X joined Y as"


def _entities(tokens: list[Token], args: Arguments) -> list[Span]:
    return [span for token in tokens for span in args.entities(token)]


def _sibling_name(token: Token, args: Arguments) -> Span | None:
    """ "X, leader of an affiliate of Y, the Z Brigade": "an affiliate" is the Brigade."""
    governor = token.head.head if token.head.dep_ == "prep" else None
    while governor is not None and governor.dep_ == "pobj" and governor.head.dep_ == "prep":
        governor = governor.head.head
    if governor is None or governor.dep_ != "appos":
        return None
    for sibling in governor.head.children:
        if sibling.dep_ == "appos" and sibling.i > token.i:
            found = args.entity(sibling)
            if found is not None:
                return found
    return None


def _objects(token: Token, args: Arguments, lex: RelationLexicon, exclude: list[Span],
             skip: range = range(0)) -> list[Span]:
    doc = token.doc
    found: list[Span] = []
    where = False  # only places "in" / "at" found: where the holder is, unless a body is named
    for child in token.children:
        if child.dep_ != "prep" or child.lower_ not in lex.noun_preps or child.i in skip:
            continue
        pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            spans = args.entities(pobj) or ([s] if (s := _sibling_name(pobj, args)) else []) or _body_of(pobj, args)
            where = (not found or where) and child.lower_ in ("in", "at") and all(s.label_ == LOCATION for s in spans)
            found += spans
        elif child.i + 1 < len(doc) and args.mention_of[child.i + 1] is not None:
            found.append(args.mention_of[child.i + 1])  # "Ambassador to Syria Robert Ford"
    possessors = [s for c in token.children if c.dep_ == "poss" for s in args.entities(c)]
    if not found:
        found = possessors
    if not found or where:  # "FBI director X", "Crown prosecutor X", "a Red Cross spokesperson in Geneva"
        found = [
            m for c in token.children
            if c.dep_ in ("compound", "nmod", "amod") and (m := args.mention(c) or args.body_word(c)) is not None
            and (c.dep_ != "amod" or m.label_ == ORGANIZATION)
        ] or (possessors if where else []) or found  # "its subsidiary in Riga": whose, not where
    keys = {(s.start, s.end) for s in exclude}
    return [s for s in found if (s.start, s.end) not in keys]


def _body_of(pobj: Token, args: Arguments) -> list[Span]:
    """The organization a portfolio is held in: "director of Africa programmes at the Institute"."""
    return [s for prep in pobj.children if prep.dep_ == "prep" and prep.lower_ in ("at", "of", "for", "with")
            for g in prep.children if g.dep_ == "pobj" for s in args.entities(g) if s.label_ == ORGANIZATION]


def _portfolio(token: Token, args: Arguments) -> bool:
    """Whether a relation noun heads a portfolio, not a body: "head of financial crime enforcement"
    (a post in the body that holds it), not "head of the agency"."""
    return any(pobj.dep_ == "pobj" and args.entity(pobj) is None and _sibling_name(pobj, args) is None
               and pobj.pos_ == "NOUN"
               for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of" for pobj in prep.children)


def _placed(token: Token, obj: Span) -> bool:
    """A place the relation noun is "in" or "at" ("its subsidiary in Riga"): where, not whose."""
    prep = obj.root.head
    return obj.label_ == LOCATION and prep.dep_ == "prep" and prep.head.i == token.i and prep.lower_ in ("in", "at")


def workplace_relations(doc: Doc, args: Arguments, lex: RelationLexicon) -> Iterator[Found]:
    """A person described in apposition by a noun the tables do not hold, with an organization:
    "Amrit Sandhu, a microbiologist at the University of Manitoba" (any noun "at"), "the
    institute's coordinator, Jane Roe", "Jane Roe, coordinator of / for the institute" (a noun
    that names an occupation by its form: "-or", "-er", "-ist"...) holds that post there (the
    nouns of relations.yaml are read by `noun_relations`)."""
    for token in doc:
        if token.pos_ != "NOUN" or token.tag_ != "NN" or args.mention_of[token.i] is not None:
            continue
        if _lookup(token, lex.roles)[0] or _lookup(token, lex.nouns)[0]:
            continue
        if token.dep_ == "appos":
            holder = args.mention(token.head)
        else:
            holder = next((m for c in token.children if c.dep_ == "appos" and (m := args.mention(c)) is not None), None)
        if holder is None or holder.label_ != PERSON:
            continue
        occupation = token.lower_.endswith(lex.occupation_endings) and token.lemma_.lower() not in lex.no_posts
        bodies = [pobj for prep in token.children if prep.dep_ == "prep" and (
                  prep.lower_ == "at" or (occupation and prep.lower_ in ("of", "for", "with")))
                  for pobj in prep.children if pobj.dep_ == "pobj"]
        bodies += [c for c in token.children if c.dep_ == "poss" and occupation]
        role = " ".join([t.lower_ for t in token.lefts if t.dep_ == "compound"] + [token.lemma_.lower()])
        for body in bodies:
            place = args.entity(body)
            if place is not None and place.label_ == ORGANIZATION:
                yield Found(holder, HOLDS, place, doc[token.i : token.i + 1], token.head if token.dep_ == "appos" else token,
                            anchors=(token.i,), role=role)


def affiliation_relations(doc: Doc, args: Arguments, lex: RelationLexicon) -> Iterator[Found]:
    """ "Professor Anna Berg of the University of Oslo", "Sophie Lindqvist of Northline Sports",
    "a spokesman from Oxfam"'s name: a person named with "of" or "from" an organization holds a
    post there (the title before the name, when it is a role, is the post)."""
    for person in doc.spans.get(MENTIONS, ()):
        if person.label_ != PERSON:
            continue
        for prep in (c for c in person.root.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            body = args.entity(pobj) if pobj is not None else None
            if body is None or body.label_ != ORGANIZATION:
                continue
            title = doc[person.start - 1] if person.start > 0 else None
            role = _lookup(title, lex.roles)[0] if title is not None and title.pos_ in ("NOUN", "PROPN") else None
            yield Found(person, HOLDS, body, doc[prep.i : prep.i + 1], person.root, anchors=(prep.i,), role=role)


def adjective_relations(doc: Doc, args: Arguments, lex: RelationLexicon) -> Iterator[Found]:
    """ "X is loyal to Y", "a group loyal to Y", "its affiliated groups including Z"."""
    for token in doc:
        spec = lex.adjectives.get(token.lower_)
        if spec is None or token.pos_ not in ("ADJ", "VERB"):
            continue
        targets = [c for p in token.children if p.dep_ == "prep" and p.lower_ in spec["preps"]
                   for c in p.children if c.dep_ == "pobj"]
        head = token.head
        trigger = doc[token.i : token.i + 1]
        if token.dep_ == "amod" and not targets:  # "its affiliated groups": the possessor
            targets = [c for c in head.children if c.dep_ == "poss"]
        if token.dep_ == "acomp" or (token.dep_ == "ROOT"):
            holders, clause = _entities(subjects(head if token.dep_ == "acomp" else token), args), head
        elif token.dep_ in ("amod", "acl"):
            clause = head
            if "group" in spec and head.lower_ in lex.group_nouns:
                group = args.entity(head)
                for leader in _entities(targets, args):
                    if group is not None and group.start != leader.start:
                        yield Found(leader, spec["group"], group, trigger, head)
                continue
            holders = args.entities(head)
        else:
            continue
        for holder in holders:
            for obj in _entities(targets, args):
                if (obj.start, obj.end) != (holder.start, holder.end):
                    yield Found(holder, spec["predicate"], obj, trigger, clause)


def possessive_relations(doc: Doc, args: Arguments, lex: RelationLexicon) -> Iterator[Found]:
    """ "Kony's group", "a Kony-led group", "Saudi-backed rebels", "formerly known as"."""
    for token in doc:
        lower = token.lower_
        if lower in lex.group_nouns and args.mention_of[token.i] is None:
            for child in token.children:
                owner = args.mention(child) if child.dep_ == "poss" else None
                group = args.entity(token) if owner is not None else None
                if group is not None and (group.start, group.end) != (owner.start, owner.end):
                    yield Found(owner, "leader_of", group, doc[child.i : token.i + 1], token)
        predicate = lex.compound_participles.get(lower)
        if predicate and token.i >= 2 and doc[token.i - 1].text in ("-", "–"):
            actor = args.mention(doc[token.i - 2])
            noun = token.head
            target = args.entity(noun) if noun.pos_ in ("NOUN", "PROPN") else None
            if actor is not None and target is not None and target.start != actor.start:
                yield Found(actor, predicate, target, doc[token.i - 2 : token.i + 1], noun)
        if lower in lex.formerly and token.head.lemma_ in lex.naming_verbs:
            yield from _formerly(token, args)
        elif lower == "until" and token.dep_ == "prep" and token.head.lemma_ in lex.naming_verbs | {"trade"} \
                and any(t.ent_type_ == "DATE" for t in token.subtree):
            yield from _formerly(token, args)  # "which was known until 2015 as X", "traded as X until 2015"


def _formerly(token: Token, args: Arguments) -> Iterator[Found]:
    """ "Y, formerly known as X", "Y, which was known until 2015 as X" -> renamed_to(X, Y)."""
    verb = token.head
    new = args.entity(verb.head) if verb.dep_ in ("acl", "relcl") else None
    if new is None:
        return
    doc = token.doc
    olds = [(prep, old) for prep in verb.children if prep.lower_ == "as"
            for pobj in prep.children if pobj.dep_ == "pobj" for old in [args.entity(pobj)] if old is not None]
    if not olds:  # "known until 2015 as X, recalled ...": the parser hung "as X" on the next verb
        after = next((t for t in doc[verb.i + 1 : min(verb.i + 6, len(doc))] if t.lower_ == "as"), None)
        old = args.mention_of[after.i + 1] if after is not None and after.i + 1 < len(doc) else None
        olds = [(after, old)] if after is not None and old is not None and old.start == after.i + 1 else []
    for prep, old in olds:
        if old.start != new.start:
            yield Found(old, "renamed_to", new, doc[min(token.i, prep.i) : max(token.i, prep.i) + 1], verb)
