"""What a conclusion rests on, on small hand-built stores (both dialects): its premises as a
tree, and the summary a reader sees first."""

from __future__ import annotations

from dataclasses import replace

import pytest
from click.testing import CliRunner

from claimgraph.analyze import conclusions, relation_groups
from claimgraph.cli import main
from claimgraph.errors import NotFoundError
from claimgraph.model import document_id
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
        (1, "Omar Sy –funded→ Sable Front", False, False, True, False, 0, 0),  # disputed: no origin counts
        (0, "bombing in Tarvo (2020-05-01)", False, False, False, False, 0, 1),
        (0, "Orion Agency denies any role.", True, False, False, None, 0, 0),
    ]
    leads = conclusion.premises[0].children[0]
    assert [(b.source, b.certainty, b.hedge_cues) for b in leads.backing] == [("author", "reported", ["allegedly"])]
    assert conclusion.premises[-1].negated
    summary = conclusion.summary
    assert (summary.claim, summary.standing, summary.condition, summary.premises) == (
        "Therefore Orion Agency stands behind the bombing in Tarvo.", "stated by the writer", None, 6)
    # What it rests on, each premise in one list: a copy elsewhere is no corroboration, the
    # writer's "allegedly" is corroborated by officials in another paper.
    assert summary.corroborated == summary.hedged == ["Karim Diallo –leader_of→ Sable Front"]
    assert summary.writer_alone == ["Orion Agency –trained→ Karim Diallo"]
    assert summary.sourced == ["Sable Front –perpetrated→ bombing in Tarvo (2020-05-01)", "bombing in Tarvo (2020-05-01)"]
    # What the writer disputes or a claim denies is no link it rests on, nor the weakest.
    assert summary.disputed == ["Orion Agency denies any role.", "Omar Sy –funded→ Sable Front"]
    assert summary.weakest == "Orion Agency –trained→ Karim Diallo"


def test_fewer_hops(engine) -> None:  # noqa: ANN001
    (conclusion,) = conclusions(engine, document_id(ARGUMENT), max_hops=1).conclusions
    assert all(not p.children for p in conclusion.premises)


def test_unknown_document(engine) -> None:  # noqa: ANN001
    with pytest.raises(NotFoundError, match="no document matches"):
        conclusions(engine, "ffffffffffff")


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


# A court report: no conclusion cue or heading, so its lead (headline and first paragraph) is its
# main claim, whoever asserts it; its last paragraph (what happens next) is no conclusion.
TRIAL = (
    "Ex-mayor took harbour bribes, prosecutors say\n"
    "By Lena Ostrova\n"
    "VALMORE, May 2 (Wire) - Former mayor Ilse Varga took bribes from the builder Corvan Docks, prosecutors told "
    "the court on Tuesday.\n"
    "Corvan Docks funded Pell Advisory, which funded Ilse Varga, bank records show. Pell Advisory allegedly works "
    "with Teodor Varga. If the records are right, Teodor Varga controls Pell Advisory. The Harbour Gazette wrongly "
    "says Corvan Docks controls Pell Advisory. Corvan Docks never paid Ilse Varga, her lawyer says.\n"
    "Judge Mira Kells is expected to sum up the case next week.\n"
)


def trial_articles(Article) -> list:  # noqa: ANN001, N803
    report = Article(TRIAL, publisher="Valmore Wire", title="Ex-mayor took harbour bribes, prosecutors say")
    for name, kind in [("Ilse Varga", "Person"), ("Corvan Docks", "Organization"), ("Pell Advisory", "Organization"),
                       ("Teodor Varga", "Person"), ("The Harbour Gazette", "Organization"), ("Mira Kells", "Person"),
                       ("Lena Ostrova", "Person")]:
        report.entity(name, kind)
    report.claim("Ex-mayor took harbour bribes", source="prosecutors")
    bribes = report.claim("Former mayor Ilse Varga took bribes from the builder Corvan Docks", source="prosecutors")
    report.relation(bribes, "Corvan Docks", "funded", "Ilse Varga")
    records = report.claim("Corvan Docks funded Pell Advisory, which funded Ilse Varga", source="bank records")
    report.relation(records, "Corvan Docks", "funded", "Pell Advisory")
    report.relation(records, "Pell Advisory", "funded", "Ilse Varga")
    works = report.claim("Pell Advisory allegedly works with Teodor Varga.", certainty="reported")
    report.claims[-1] = works = replace(works, hedge_cues=("allegedly",))
    report.relation(works, "Pell Advisory", "works_with", "Teodor Varga")
    gazette = report.claim("Corvan Docks controls Pell Advisory", source="The Harbour Gazette", stance="disputes")
    report.relation(gazette, "Corvan Docks", "controls", "Pell Advisory")
    owner = report.claim("If the records are right, Teodor Varga controls Pell Advisory.",
                         condition="the records are right")
    report.relation(owner, "Teodor Varga", "controls", "Pell Advisory")
    denial = report.claim("Corvan Docks never paid Ilse Varga", source="her lawyer", polarity="negative")
    report.relation(denial, "Corvan Docks", "funded", "Ilse Varga", negated=True)
    report.claim("Judge Mira Kells is expected to sum up the case next week.", certainty="probable")

    audit = Article("Pell Advisory funded Ilse Varga for years, auditors said.", publisher="Harbour Ledger")
    audit.entity("Pell Advisory", "Organization").entity("Ilse Varga", "Person")
    audit.relation(audit.claim("Pell Advisory funded Ilse Varga for years", source="auditors"), "Pell Advisory",
                   "funded", "Ilse Varga")
    return [report, audit]


def test_a_court_report_rests_on_its_lead(db_url: str, make_store, new_article) -> None:  # noqa: ANN001
    engine = make_store(db_url, *trial_articles(new_article))
    (lead,) = conclusions(engine, document_id(TRIAL)).conclusions
    assert lead.reasons == ["the lead: no conclusion cue or heading, read as a report"]
    assert lead.text == ("Ex-mayor took harbour bribes … Former mayor Ilse Varga took bribes from the builder "
                         "Corvan Docks")
    assert lead.entities == ["Ilse Varga", "Corvan Docks"]  # not the byline's writer
    summary = lead.summary
    assert (summary.claim, summary.source, summary.standing, summary.condition) == (
        "Ex-mayor took harbour bribes", "prosecutors", "said by prosecutors", None)
    assert summary.premises == 6
    assert summary.corroborated == ["Pell Advisory –funded→ Ilse Varga"]  # an auditor in another paper
    assert summary.sourced == ["Corvan Docks –funded→ Pell Advisory"]  # bank records, here only
    assert summary.writer_alone == ["Teodor Varga –controls→ Pell Advisory", "Pell Advisory –works_with→ Teodor Varga"]
    assert summary.hedged == ["Pell Advisory –works_with→ Teodor Varga"]
    assert summary.conditional == ["Teodor Varga –controls→ Pell Advisory"]
    # The Gazette the writer disputes, and the lawyer's denial.
    assert summary.disputed == ["Corvan Docks –controls→ Pell Advisory", "NOT Corvan Docks –funded→ Ilse Varga"]
    assert summary.weakest == "Teodor Varga –controls→ Pell Advisory"  # conditional: it raises no strength
    (denial,) = [p for p in lead.premises if p.negated]
    assert [b.standing for b in denial.backing] == ["denied by her lawyer"]


# A business analysis: a conclusion section, a cue, and a conclusion that holds only on a
# condition, which rests on a hedged claim of the writer's.
TAKEOVER = (
    "Why Halden's takeover of Brisk Foods looks shaky\n"
    "Halden Capital agreed to buy Brisk Foods in March. Analysts at Norvik Research say Brisk Foods funded its "
    "sister company Lumo Farms. Lumo Farms reportedly controls the dairy Arvo.\n"
    "Halden Capital is led by Petra Lind, who also leads Lumo Farms. A Brisk Foods filing falsely says Lumo Farms "
    "is part of Brisk Foods.\n"
    "Bottom line\n"
    "If Lumo Farms controls Arvo, Halden Capital will own a conflict of interest. Shareholders should therefore ask "
    "for an independent review.\n"
)


def takeover_articles(Article) -> list:  # noqa: ANN001, N803
    analysis = Article(TAKEOVER, publisher="Market Letter", title="Why Halden's takeover of Brisk Foods looks shaky")
    for name, kind in [("Halden Capital", "Organization"), ("Brisk Foods", "Organization"),
                       ("Norvik Research", "Organization"), ("Lumo Farms", "Organization"), ("Arvo", "Organization"),
                       ("Petra Lind", "Person")]:
        analysis.entity(name, kind)
    buy = analysis.claim("Halden Capital agreed to buy Brisk Foods in March.")
    analysis.event(buy, "buy", type="acquisition", date="2024-03",
                   people=(("acquirer", "Halden Capital"), ("target", "Brisk Foods")))
    funded = analysis.claim("Brisk Foods funded its sister company Lumo Farms", source="Norvik Research")
    analysis.relation(funded, "Brisk Foods", "funded", "Lumo Farms")
    controls = analysis.claim("Lumo Farms reportedly controls the dairy Arvo.", certainty="reported")
    analysis.claims[-1] = controls = replace(controls, hedge_cues=("reportedly",))
    analysis.relation(controls, "Lumo Farms", "controls", "Arvo")
    led = analysis.claim("Halden Capital is led by Petra Lind, who also leads Lumo Farms.")
    analysis.relation(led, "Petra Lind", "leader_of", "Halden Capital")
    analysis.relation(led, "Petra Lind", "leader_of", "Lumo Farms")
    filing = analysis.claim("Lumo Farms is part of Brisk Foods", source="A Brisk Foods filing", stance="disputes")
    analysis.relation(filing, "Lumo Farms", "part_of", "Brisk Foods")
    conflict = analysis.claim("If Lumo Farms controls Arvo, Halden Capital will own a conflict of interest.")
    analysis.claims[-1] = replace(conflict, condition="Lumo Farms controls Arvo")
    analysis.claim("Shareholders should therefore ask for an independent review.")

    wire = Article("Petra Lind leads Lumo Farms, the company said.", publisher="Nordic Wire")
    wire.entity("Petra Lind", "Person").entity("Lumo Farms", "Organization")
    wire.relation(wire.claim("Petra Lind leads Lumo Farms", source="the company"), "Petra Lind", "leader_of",
                  "Lumo Farms")
    return [analysis, wire]


def test_a_business_conclusion_on_a_condition(db_url: str, make_store, new_article) -> None:  # noqa: ANN001
    engine = make_store(db_url, *takeover_articles(new_article))
    (conclusion,) = conclusions(engine, document_id(TAKEOVER)).conclusions
    assert conclusion.reasons == ["in the section 'Bottom line'", "last paragraph", "cue 'therefore'"]
    summary = conclusion.summary
    assert (summary.claim, summary.standing, summary.condition) == (
        "Halden Capital will own a conflict of interest.", "stated by the writer, only on a condition",
        "Lumo Farms controls Arvo")
    assert summary.premises == 6
    assert summary.writer_alone == [  # the weakest first
        "Lumo Farms –controls→ Arvo", "Petra Lind –leader_of→ Halden Capital", "acquisition (2024-03)"]
    assert summary.sourced == ["Brisk Foods –funded→ Lumo Farms"]  # Norvik Research
    assert summary.hedged == ["Lumo Farms –controls→ Arvo"]
    assert summary.conditional == []  # the conclusion is conditional, none of its premises
    assert summary.disputed == ["Lumo Farms –part_of→ Brisk Foods"]
    assert summary.corroborated == ["Petra Lind –leader_of→ Lumo Farms"]  # the company, in a wire story
    assert summary.weakest == "Lumo Farms –controls→ Arvo"  # the condition itself, hedged, the writer's alone


def test_the_summary_reads_at_a_glance(sqlite_url: str, make_store, new_article) -> None:  # noqa: ANN001
    make_store(sqlite_url, *takeover_articles(new_article))
    result = CliRunner().invoke(main, ["support", document_id(TAKEOVER)[:8], "--db", sqlite_url])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"""Why Halden's takeover of Brisk Foods looks shaky [{document_id(TAKEOVER)[:16]}]

1. “Halden Capital will own a conflict of interest.” — stated by the writer, only on a condition \
(in the section 'Bottom line'; last paragraph; cue 'therefore')
   only if: Lumo Farms controls Arvo
   rests on 5 premises: 1 corroborated elsewhere · 3 on the writer's word alone · 1 on sources of this document \
only (1 more disputed or denied)
   weakest link: Lumo Farms –controls→ Arvo (strength 0.40; alleged by the writer)
   corroborated elsewhere: Petra Lind –leader_of→ Lumo Farms (2 independent origins, 1 other document)
   on the writer's word alone: Lumo Farms –controls→ Arvo; Petra Lind –leader_of→ Halden Capital; acquisition (2024-03)
   on sources of this document only: Brisk Foods –funded→ Lumo Farms (said by Norvik Research)
   hedged: Lumo Farms –controls→ Arvo (alleged by the writer)
   disputed or denied: Lumo Farms –part_of→ Brisk Foods (said by A Brisk Foods filing, disputed by the writer)

--detail shows all 6 premises as trees, with the claims behind each.
"""
    detail = CliRunner().invoke(main, ["support", document_id(TAKEOVER)[:8], "--detail", "--db", sqlite_url]).stdout
    assert detail.startswith(result.stdout[: result.stdout.index("--detail")])
    assert ("└─ acquisition (2024-03)\n        the writer's word alone · not hedged · not corroborated elsewhere · "
            "strength 0.80\n        · stated by the writer: “Halden Capital agreed to buy Brisk Foods in March.”") in detail
