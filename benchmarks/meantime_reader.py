"""Read MEANTIME (English, NewsReader CAT XML) documents into text with character offsets.

One `MeantimeDoc` per file: the text of sentences 0-`last_sentence` (the fully annotated part),
rebuilt from the gold tokens with the same spacing rules as `timex_meantime.py` (title, date
line and body on separate lines, no space before closing punctuation; PTB quote tokens `` and ''
written as “ and ”), each token's character
range, and the markables and relations needed by the attribution and factuality scorers:

- `entity_mentions` / `event_mentions`: m_id -> `Markable` (token ids, char range, attributes);
- `instance_of`: mention m_id -> the ENTITY/EVENT instance m_ids it REFERS_TO;
- `instance_class` / `instance_type`: EVENT class (SPEECH_COGNITIVE, OTHER, ...) and ENTITY
  ent_type (PER, ORG, ...) by instance m_id;
- `participants`: event mention m_id -> [(sem_role, target mention m_id)] (HAS_PARTICIPANT).

Markables with a token outside the kept sentences are dropped.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path("/work/shared/benchmarks/meantime-en/intra_cross-doc_annotation")
TOPICS = ("airbus", "apple", "gm", "stock")
LAST_SENTENCE = 5
_NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", ")", "]", "'s", "’s", "n't", "%", "'re", "'ve",
                    "'ll", "'d", "'m", "'", "”"}
_NO_SPACE_AFTER = {"(", "[", "$", "``", "“"}
# MEANTIME writes double quotes as PTB tokens; news text has real quote marks, which is what
# claimgraph and textacy look for.
_PTB_QUOTES = {"``": "“", "''": "”"}


@dataclass(frozen=True)
class Markable:
    m_id: str
    tokens: tuple[str, ...]
    start: int  # char offset of the first token
    end: int  # char offset after the last token
    attrs: dict[str, str]

    def overlaps(self, start: int, end: int, offsets: dict[str, tuple[int, int]]) -> bool:
        """Whether [start, end) overlaps one of the markable's own tokens (not the gaps)."""
        return any(offsets[t][0] < end and start < offsets[t][1] for t in self.tokens)


@dataclass
class MeantimeDoc:
    name: str
    topic: str
    text: str
    token_offsets: dict[str, tuple[int, int]]
    token_sentence: dict[str, int]
    entity_mentions: dict[str, Markable] = field(default_factory=dict)
    event_mentions: dict[str, Markable] = field(default_factory=dict)
    instance_of: dict[str, list[str]] = field(default_factory=dict)
    instance_class: dict[str, str] = field(default_factory=dict)
    instance_type: dict[str, str] = field(default_factory=dict)
    participants: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def mentions_of_instance(self, instance: str) -> list[Markable]:
        """Entity mentions (in the kept sentences) that refer to `instance`."""
        return [m for m_id, m in self.entity_mentions.items() if instance in self.instance_of.get(m_id, ())]


def detokenize(tokens: list[tuple[str, int, str]]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Text and char offsets from (t_id, sentence, word) triples: sentences 0-2 (title, date
    line, body) on their own lines, then sentences joined by spaces; PTB quotes `` and '' become
    “ and ”; straight " tokens are spaced as alternately opening and closing marks."""
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    length = 0
    previous: tuple[int, str] | None = None
    quote_open = False  # inside a straight-quote pair: '"' opens, then closes
    after_opening = False
    for t_id, sentence, word in tokens:
        word = _PTB_QUOTES.get(word, word)
        closing = word == '"' and quote_open
        if previous is not None:
            if sentence != previous[0] and sentence <= 2:
                sep = "\n"
            elif word in _NO_SPACE_BEFORE or previous[1] in _NO_SPACE_AFTER or closing or after_opening:
                sep = ""
            else:
                sep = " "
            parts.append(sep)
            length += len(sep)
        offsets[t_id] = (length, length + len(word))
        parts.append(word)
        length += len(word)
        previous = (sentence, word)
        after_opening = word == '"' and not quote_open
        if word == '"':
            quote_open = not quote_open
    return "".join(parts), offsets


def _markable(element: ET.Element, offsets: dict[str, tuple[int, int]]) -> Markable | None:
    ids = tuple(a.get("t_id", "") for a in element.iter("token_anchor"))
    if not ids or any(i not in offsets for i in ids):
        return None
    ordered = sorted(ids, key=lambda i: offsets[i][0])
    return Markable(
        m_id=element.get("m_id", ""),
        tokens=tuple(ordered),
        start=offsets[ordered[0]][0],
        end=offsets[ordered[-1]][1],
        attrs={k: v for k, v in element.attrib.items() if k != "m_id"},
    )


def load(path: Path, *, last_sentence: int = LAST_SENTENCE) -> MeantimeDoc:
    root = ET.parse(path).getroot()
    tokens = [
        (t.get("t_id", ""), int(t.get("sentence", "0")), t.text or "")
        for t in root.iter("token")
        if int(t.get("sentence", "0")) <= last_sentence
    ]
    text, offsets = detokenize(tokens)
    doc = MeantimeDoc(
        name=path.stem,
        topic=path.parent.name.removeprefix("corpus_"),
        text=text,
        token_offsets=offsets,
        token_sentence={t: s for t, s, _ in tokens},
    )
    markables = root.find("Markables")
    relations = root.find("Relations")
    if markables is not None:
        for tag, target in (("ENTITY_MENTION", doc.entity_mentions), ("EVENT_MENTION", doc.event_mentions)):
            for element in markables.iter(tag):
                markable = _markable(element, offsets)
                if markable is not None:
                    target[markable.m_id] = markable
        doc.instance_class = {e.get("m_id", ""): e.get("class", "") for e in markables.iter("EVENT")}
        doc.instance_type = {e.get("m_id", ""): e.get("ent_type", "") for e in markables.iter("ENTITY")}
    instance_of: dict[str, list[str]] = defaultdict(list)
    participants: dict[str, list[tuple[str, str]]] = defaultdict(list)
    if relations is not None:
        for rel in relations.iter("REFERS_TO"):
            target = rel.find("target")
            if target is None:
                continue
            for source in rel.iter("source"):
                instance_of[source.get("m_id", "")].append(target.get("m_id", ""))
        for rel in relations.iter("HAS_PARTICIPANT"):
            source, target = rel.find("source"), rel.find("target")
            if source is None or target is None:
                continue
            participants[source.get("m_id", "")].append((rel.get("sem_role", ""), target.get("m_id", "")))
    doc.instance_of = dict(instance_of)
    doc.participants = dict(participants)
    return doc


def load_corpus(
    topics: tuple[str, ...] = TOPICS, *, data: Path = DATA, last_sentence: int = LAST_SENTENCE
) -> list[MeantimeDoc]:
    """Every document of the given topic corpora, in file-name order."""
    return [
        load(path, last_sentence=last_sentence)
        for topic in topics
        for path in sorted((data / f"corpus_{topic}").glob("*.xml"))
    ]
