"""What a conclusion rests on, on small hand-built stores (both dialects), and where a document
states its conclusions."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest

from claimgraph.analyze import conclusions, relation_groups
from claimgraph.analyze.support import find_conclusions
from claimgraph.errors import NotFoundError
from claimgraph.model import AUTHOR, Claim, document_id
from claimgraph.store.graph_queries import find_relations

ARGUMENT = (
    "Orion Agency trained Karim Diallo in 2001. Karim Diallo allegedly leads the Sable Front.\n"
    "Police said the Sable Front carried out the bombing in Tarvo. The Ledger wrongly says Omar Sy funds the Sable Front. "
    "Orion Agency denies any role.\n"
    "Concluding remarks\n"
    "Therefore Orion Agency stands behind the bombing in Tarvo.\n"
)


def articles(Article) -> list:  # noqa: ANN001, N803
    argument = Article(ARGUMENT, publisher="Harbor Post", title="Who is behind the Tarvo bombing?")
    for name, kind in [("Orion Agency", "Organization"), ("Karim Diallo", "Person"), ("Sable Front", "Organization"),
                       ("Omar Sy", "Person"), ("Tarvo", "Location")]:
        argument.entity(name, kind)
    trained = argument.claim("Orion Agency trained Karim Diallo in 2001.")
    leads = argument.claim("Karim Diallo allegedly leads the Sable Front.", certainty="reported")
    argument.claims[-1] = leads = replace(leads, hedge_cues=("allegedly",))
    police = argument.claim("the Sable Front carried out the bombing in Tarvo", source="Police")
    ledger = argument.claim("Omar Sy funds the Sable Front", source="The Ledger", stance="disputes")
    argument.claim("Orion Agency denies any role.", polarity="negative")
    conclusion = argument.claim("Therefore Orion Agency stands behind the bombing in Tarvo.")
    argument.relation(trained, "Orion Agency", "trained", "Karim Diallo")
    argument.relation(leads, "Karim Diallo", "leader_of", "Sable Front")
    argument.relation(police, "Sable Front", "perpetrated", "bombing")
    argument.relation(ledger, "Omar Sy", "funded", "Sable Front")
    argument.event(police, "bombing", type="bombing", date="2020-05-01", place="Tarvo",
                   people=(("perpetrator", "Sable Front"),), refs=((conclusion, "bombing"),))

    news = Article("Karim Diallo leads the Sable Front, officials said.", publisher="Daily Ledger")
    news.entity("Karim Diallo", "Person").entity("Sable Front", "Organization")
    news.relation(news.claim("Karim Diallo leads the Sable Front", source="officials"), "Karim Diallo", "leader_of",
                  "Sable Front")
    copy = Article("Orion Agency trained Karim Diallo in 2001.", publisher="Coast Times")  # the same sentence, relayed
    copy.entity("Orion Agency", "Organization").entity("Karim Diallo", "Person")
    copy.relation(copy.claim("Orion Agency trained Karim Diallo in 2001."), "Orion Agency", "trained", "Karim Diallo")
    return [argument, news, copy]


@pytest.fixture
def engine(db_url: str, make_store, new_article):  # noqa: ANN001, ANN201
    return make_store(db_url, *articles(new_article))


def tree(premises: list, depth: int = 0) -> list:
    rows = []
    for p in premises:
        rows.append((depth, p.statement, p.author_only, p.hedged, p.disputed, p.corroborated, p.other_documents,
                     p.origins))
        rows += tree(p.children, depth + 1)
    return rows


def test_conclusion_and_the_chain_of_premises(engine) -> None:  # noqa: ANN001
    found = conclusions(engine, document_id(ARGUMENT)[:8])  # an id prefix
    assert found.title == "Who is behind the Tarvo bombing?"
    (conclusion,) = found.conclusions
    assert conclusion.text == "Therefore Orion Agency stands behind the bombing in Tarvo."
    assert conclusion.reasons == ["in the section 'Concluding remarks'", "last paragraph", "cue 'therefore'"]
    assert conclusion.entities == ["Orion Agency", "bombing in Tarvo (2020-05-01)", "Tarvo"]
    assert tree(conclusion.premises) == [
        # depth, statement, author only, hedged, disputed, corroborated, other documents, origins
        (0, "Orion Agency –trained→ Karim Diallo", True, False, False, False, 1, 1),  # a copy is no corroboration
        (1, "Karim Diallo –leader_of→ Sable Front", True, True, False, True, 1, 2),
        (0, "Sable Front –perpetrated→ bombing in Tarvo (2020-05-01)", False, False, False, False, 0, 1),
        (1, "Omar Sy –funded→ Sable Front", False, False, True, False, 0, 1),
        (0, "bombing in Tarvo (2020-05-01)", False, False, False, False, 0, 1),
        (0, "Orion Agency denies any role.", True, False, False, None, 0, 0),
    ]
    leads = conclusion.premises[0].children[0]
    assert [(b.source, b.certainty, b.hedge_cues) for b in leads.backing] == [("author", "reported", ["allegedly"])]
    assert conclusion.premises[-1].negated
    assert conclusion.counts == {"premises": 6, "author_only": 3, "hedged": 1, "disputed": 1, "negated": 1,
                                 "corroborated": 1}
    assert conclusion.weakest == "Omar Sy –funded→ Sable Front"  # a claim the writer disputes


def test_fewer_hops(engine) -> None:  # noqa: ANN001
    (conclusion,) = conclusions(engine, document_id(ARGUMENT), max_hops=1).conclusions
    assert all(not p.children for p in conclusion.premises)


def test_unknown_document(engine) -> None:  # noqa: ANN001
    with pytest.raises(NotFoundError, match="no document matches"):
        conclusions(engine, "ffffffffffff")


def views(text: str, *claims: tuple[str, str, str]) -> list:
    """ClaimViews of (sentence, source, certainty) claims of `text`."""
    out = []
    for n, (sentence, source, certainty) in enumerate(claims):
        start = text.index(sentence)
        claim = Claim(f"c{n}", "d", start, start + len(sentence), sentence, source=source, certainty=certainty)
        out.append(SimpleNamespace(claim=claim, source_name=source))
    return out


def test_where_conclusions_are() -> None:
    text = ("The group was founded in 2012. It grew fast, as a result of its funding.\n"
            "Officials concluded that it is dangerous. Thus its leaders are guilty. Is it over?\n"
            "We met its leaders in June.\n")
    found = find_conclusions(text, views(
        text, ("The group was founded in 2012.", AUTHOR, "certain"),
        ("It grew fast, as a result of its funding.", AUTHOR, "certain"),  # "as a result" not at a clause start
        ("it is dangerous", "Officials", "certain"),  # a source's conclusion, not the writer's
        ("Thus its leaders are guilty.", AUTHOR, "certain"),
        ("Is it over?", AUTHOR, "uncertain"),
        ("We met its leaders in June.", AUTHOR, "certain")))
    assert [([v.claim.text for v in run], reasons) for run, reasons in found] == [
        (["Thus its leaders are guilty."], ["cue 'thus'"]),
        (["We met its leaders in June."], ["last paragraph"]),
    ]


def test_relations_grouped_by_predicate(engine) -> None:  # noqa: ANN001
    found = find_relations(engine, about="Karim Diallo")
    karim = next(v.relation.subject for v in found if v.subject_name == "Karim Diallo")
    groups = {(g.predicate, g.direction): g for g in relation_groups(engine, karim, found)}
    assert set(groups) == {("leader_of", "out"), ("trained", "in")}
    leads = groups[("leader_of", "out")]
    assert (leads.claims, leads.documents, leads.origins) == (2, 2, 2)
    (fact,) = leads.facts
    assert fact.other == "Sable Front" and fact.support.strength == 0.88
    assert (fact.support.strongest.source_name, fact.support.weakest.source_name) == ("officials", "author")
    trained = groups[("trained", "in")]
    assert (trained.claims, trained.documents, trained.origins) == (2, 2, 1)  # one sentence, relayed
    assert trained.facts[0].other == "Orion Agency"
