"""Mentions of one document resolved to entities, with stable ids and the reason of each join.

An entity's id is a hash of its type and its name's key, so the same name gets the same id in
every document and on every run; ids are then joined across documents as each document is
stored (`cross_document.py`). One exception keeps people apart: a person named in a document
only by one word ("Ford") gets an id of that document alone, since two documents' "Ford" may
be two people; the linker joins it to a full name only on evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from claimgraph.model import PERSON, Entity, Extraction, Mention, record_id
from claimgraph.resolve.document import cluster_mentions
from claimgraph.resolve.keys import analyse
from claimgraph.resolve.names import name_key

# up to three capitalised words ending where a name starts, after a space, an opening quote or bracket
_WORDS_BEFORE = re.compile(r"(?:(?<=[\s\"“‘'(\[])|^)((?:[A-Z][\w.-]*\s+){1,3})$")


def entity_id(type: str, key: str, document: str | None = None) -> str:
    if document:
        return record_id("entity", type, key, document)
    return record_id("entity", type, key)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a mention belongs to its entity when its own name is not the entity's name."""

    document: str
    start: int
    end: int
    entity: str
    reason: str


@dataclass(frozen=True, slots=True)
class ResolvedExtraction(Extraction):
    """An extraction after resolution, with the evidence behind each join."""

    evidence: tuple[Evidence, ...] = ()


def resolve_entities(
    mentions: Sequence[Mention], text: str = "", coref: Iterable[Sequence[int]] = ()
) -> tuple[tuple[Mention, ...], tuple[Entity, ...], tuple[Evidence, ...]]:
    """Entity ids for mentions, the entities they name, and the evidence for each join."""
    mentions = tuple(mentions)
    resolved: list[Mention] = list(mentions)
    found: dict[str, Entity] = {}
    evidence: list[Evidence] = []
    for group in cluster_mentions(mentions, text, coref):
        key = name_key(group.name)
        if not key:
            continue
        document = mentions[group.members[0]].document
        single = len(analyse(group.name).tokens) < 2 and not analyse(group.name).acronym
        descriptive = all(mentions[i].descriptive for i in group.members)
        scoped = (group.type == PERSON and single) or descriptive  # a description names no one beyond its document
        ident = entity_id(group.type, key, document if scoped else None)
        names = tuple(sorted(set(group.names) | titled_names([mentions[i] for i in group.members], text)))
        if ident in found:  # two groups whose names fold to one key: one entity
            names = tuple(sorted(set(found[ident].aliases) | set(names)))
            descriptive = descriptive and found[ident].descriptive
        found[ident] = Entity(ident, found[ident].name if ident in found else group.name, group.type, names, descriptive)
        for i in group.members:
            resolved[i] = replace(mentions[i], entity=ident, type=group.type)
            if i in group.reasons:
                m = mentions[i]
                evidence.append(Evidence(m.document, m.start, m.end, ident, group.reasons[i]))
    return tuple(resolved), tuple(found.values()), tuple(evidence)


def titled_names(mentions: Iterable[Mention], text: str) -> set[str]:
    """The names of a person as written with the titles before them ("Dr. Helen Marchetti",
    "President Nathan Mwansa", "Mr. Orlovtsev"): forms the documents use, kept as aliases so a
    reader's search for them finds the person (names compare without their titles: the words
    before are titles when `analyse` strips them all)."""
    found = set()
    for mention in mentions:
        if mention.type != PERSON or not text:
            continue
        before = _WORDS_BEFORE.search(text, max(0, mention.start - 60), mention.start)
        if before is None:
            continue
        words = before.group(1).split()
        bare = analyse(mention.text).tokens
        titled = (f"{' '.join(words[k:])} {mention.text}" for k in range(len(words)))  # longest first
        name = next((name for name in titled if analyse(name).tokens == bare), None)
        if name is not None:
            found.add(name)
    return found


def assign_entities(mentions: Iterable[Mention], text: str = "") -> tuple[tuple[Mention, ...], tuple[Entity, ...]]:
    """Give each mention an entity id; return the mentions and the entities they name."""
    resolved, found, _ = resolve_entities(tuple(mentions), text)
    return resolved, found
