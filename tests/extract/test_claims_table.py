"""Claims end to end: news passages through the whole pipeline, then `extraction_from`.

Each row is a passage written for this test and the claim expected for one piece of its
content, found by a distinctive substring of the claim's text (the shortest claim holding it):
who asserts it (`source_text`, or the author), with which cue, whether it is a direct quote,
how sure it is (with a hedge cue when hedged), its polarity and the author's stance (with a
stance cue), and the relays (`via`). FactBank's principle holds throughout (DESIGN.md, "Claim"):
a named source that plainly asserts something gives a `certain` claim of that source; `reported`
is hearsay with no named source behind it. Then the founding article.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest
from spacy.language import Language

from claimgraph.extract.extraction import extraction_from
from claimgraph.extract.pipeline import build_pipeline
from claimgraph.model import (
    AUTHOR,
    CERTAINTIES,
    POLARITIES,
    STANCES,
    Claim,
    Document,
    document_id,
)

FOUNDING = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "000_6f85065b0e6838fc.txt"
PUBLISHED = "2024-03-01"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline()


def extract(nlp: Language, text: str, published: str = PUBLISHED) -> tuple[Claim, ...]:
    """The claims of `text` as the pipeline and the record layer give them."""
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    document = Document(id=document_id(text), text=text, source="test", published=published)
    return extraction_from(doc, document).claims


def claim_with(claims: tuple[Claim, ...], words: str) -> Claim:
    """The shortest claim whose text holds `words`."""
    found = [c for c in claims if words in c.text]
    assert found, f"no claim holds {words!r}:\n" + "\n".join(_show(c) for c in claims)
    return min(found, key=lambda c: c.end - c.start)


def _show(claim: Claim) -> str:
    return (
        f"  {claim.text!r}\n    source={claim.source!r} source_text={claim.source_text!r} cue={claim.cue!r} "
        f"quote={claim.direct_quote} {claim.certainty} {list(claim.hedge_cues)} {claim.polarity} "
        f"{list(claim.polarity_cues)} {claim.author_stance} {list(claim.stance_cues)} via={list(claim.via_text)}"
    )


class Row(NamedTuple):
    """One expected claim. `source` is "author" or the claim's `source_text` (as written: "she");
    `resolved`, when given, the entity mention the source refers to; `exact`, when given, the
    claim's whole text; `hedge`, `negation` and `stance_cue` must be among the claim's hedge,
    polarity and stance cues."""

    text: str
    find: str
    source: str = AUTHOR
    cue: str | None = None
    quote: bool = False
    certainty: str = "certain"
    hedge: str | None = None
    polarity: str = "positive"
    negation: str | None = None
    stance: str = "neutral"
    stance_cue: str | None = None
    via: tuple[str, ...] = ()
    resolved: str | None = None
    exact: str | None = None


ROWS: list[Row] = [
    # -- direct quotes: speaker after, speaker before, split, curly and straight marks
    Row('"We will not tolerate any further attacks on our forces," the defence minister said on Tuesday.',
        "further attacks", "the defence minister", "say", True, polarity="negative", negation="will not"),
    Row('The army spokesman, Colonel Ahmed Diallo, said: "Our troops have retaken the town of Kidal '
        'after two days of fighting."', "retaken the town", "Ahmed Diallo", "say", True),
    Row('"The ceasefire is holding in most areas," said Jan Egeland, the head of the Norwegian Refugee '
        'Council. "But aid convoys are still being blocked at the border."', "aid convoys", "Jan Egeland", "say", True),
    Row('"This merger will create the largest steelmaker in Europe," Chief Executive Anna Berg told '
        'reporters, "and it will protect thousands of jobs."', "protect thousands of jobs", "Anna Berg", "tell", True),
    Row("“We have no plans to raise interest rates this year,” the central bank governor said.",
        "raise interest rates", "the central bank governor", "say", True, polarity="negative", negation="no"),
    Row('"The vaccine cut hospital admissions by half," Dr. Maria Lopez said.',
        "hospital admissions", "Maria Lopez", "say", True),
    Row("“We did not fire on civilians,” the army denied.",  # the quotation is the denial itself
        "fire on civilians", "the army", "deny", True, polarity="negative", negation="did not"),
    Row("“We are not for sale,” the club's owner insisted, dismissing reports of a takeover.",
        "not for sale", "the club's owner", "insist", True, polarity="negative", negation="not"),
    Row("“There is no doubt that the vaccine works,” said the lead researcher.",  # "no doubt" negates nothing
        "the vaccine works", "the lead researcher", "say", True),
    Row('"Who will pay for all this?" asked the mayor.',
        "Who will pay", "the mayor", "ask", True, certainty="uncertain", hedge="?"),
    Row("“Is the ceasefire over?” asked Ahmed Khan, a resident of the town.",
        "ceasefire over", "Ahmed Khan", "ask", True, certainty="uncertain", hedge="?"),
    Row("Angela Weber, the finance minister, spoke in Berlin on Monday. “The figures are accurate,” she said.",
        "figures are accurate", "she", "say", True, resolved="Angela Weber"),
    # -- reported speech
    Row("Prime Minister Mark Rutte said the coalition would present its budget in September.",
        "present its budget", "Mark Rutte", "say", certainty="probable", hedge="would"),
    Row("The Interior Ministry told Reuters that 14 people had been arrested in the raids.",
        "14 people had been arrested", "Interior Ministry", "tell"),
    Row("The World Health Organization warned that the outbreak could spread to neighbouring countries.",
        "outbreak could spread", "World Health Organization", "warn", certainty="possible", hedge="could"),
    Row("Police confirmed that the suspect had travelled to Syria in 2014.",
        "travelled to Syria", "Police", "confirm"),
    Row("The company acknowledged that customer data had been exposed for several months.",
        "customer data", "The company", "acknowledge"),
    Row("The opposition leader claimed that the election had been rigged in three provinces.",
        "election had been rigged", "The opposition leader", "claim", certainty="reported", hedge="claimed"),
    Row("An internal audit revealed that the charity had spent half its donations on salaries.",
        "half its donations", "An internal audit", "reveal", stance="endorses", stance_cue="revealed"),
    # what a source left out is the writer's to state ("did not disclose that Q" presupposes Q);
    # the source said nothing, so it is no attribution
    Row("The charity did not disclose that it had spent half its donations on salaries.",
        "half its donations", polarity="negative", negation="did not"),
    Row("The charity did not say that it had spent half its donations on salaries.",
        "half its donations", "The charity", "say", certainty="uncertain", hedge="did not say"),
    Row("The investigators concluded that the crash was caused by a faulty sensor.",
        "faulty sensor", "The investigators", "conclude"),
    Row("The footballer told the BBC he had never taken performance-enhancing drugs.",
        "performance-enhancing", "The footballer", "tell", polarity="negative", negation="had never"),
    Row("The Pentagon acknowledged that the strike had killed ten civilians, including seven children.",
        "ten civilians", "Pentagon", "acknowledge"),
    Row("The researchers concluded that the drug had no effect on survival rates.",
        "survival rates", "The researchers", "conclude", polarity="negative", negation="no"),
    Row("NASA confirmed on Friday that the probe had landed safely on the asteroid.",
        "landed safely", "NASA", "confirm"),
    Row("The coach revealed that the captain had played the final with a broken wrist.",
        "broken wrist", "The coach", "reveal", stance="endorses", stance_cue="revealed"),
    Row("Nobody was injured in the explosion, the fire brigade said.",
        "injured in the explosion", "the fire brigade", "say", polarity="negative", negation="nobody"),
    Row("Climate scientists warned that sea levels could rise by a metre by 2100.",
        "sea levels", "Climate scientists", "warn", certainty="possible", hedge="could"),
    Row("The outbreak is likely to peak in early February, the health ministry said.",
        "peak in early February", "the health ministry", "say", certainty="probable", hedge="likely"),
    Row("Investigators said the pilot might have lost consciousness before the crash.",
        "lost consciousness", "Investigators", "say", certainty="possible", hedge="might"),
    Row("Police suspect that the fire was started deliberately.",
        "started deliberately", "Police", "suspect", certainty="possible", hedge="suspect"),
    Row("Seymour Hersh, an investigative journalist, claimed in a blog post that US Navy divers had planted "
        "the explosives.", "US Navy divers", "Seymour Hersh", "claim", certainty="reported", hedge="claim"),
    Row("The ministry said in a statement that it had opened an investigation into the leak.",
        "opened an investigation", "The ministry", "say"),
    Row("Islamic State claimed that its fighters had carried out the attack.",
        "its fighters", "Islamic State", "claim", certainty="reported", hedge="claimed"),
    Row("The minister misled parliament, the report said.",  # one named document, not hearsay
        "misled parliament", "the report", "say"),
    Row("The coach said it was unclear whether the captain would play on Sunday.",
        "the captain would play", "The coach", "say", certainty="uncertain", hedge="unclear"),
    Row("The WHO said the virus was probably transmitted by bats.",
        "transmitted by bats", "WHO", "say", certainty="probable", hedge="probably"),
    Row("A new study suggests that regular coffee drinking protects against liver disease.",
        "liver disease", "A new study", "suggest", certainty="possible", hedge="suggest"),
    Row("Analysts speculated that the bank would be sold to a foreign rival.",
        "foreign rival", "Analysts", "speculate", certainty="possible", hedge="speculated"),
    Row("The minister hinted that he would resign after the budget.",
        "resign after the budget", "The minister", "hint", certainty="possible", hedge="hinted"),
    # a participle on the content's subject, read as a clause of its own, does not cut the content
    Row("Sanctions specialists said the arrangement described in the filings appears to follow a familiar pattern.",
        "familiar pattern", "Sanctions specialists", "say", certainty="probable", hedge="appears to",
        exact="the arrangement described in the filings appears to follow a familiar pattern"),
    Row("The central bank governor said the bank would keep rates on hold, adding that inflation was falling.",
        "inflation was falling", "The central bank governor", "add"),  # not relayed by its own source
    Row("The central bank governor said the bank would keep rates on hold, adding that inflation was falling.",
        "keep rates on hold", "The central bank governor", "say", exact="the bank would keep rates on hold",
        certainty="probable", hedge="would"),
    Row("The company said on Monday it had no plans to close the plant.", "no plans", "The company", "say",
        polarity="negative", negation="no", exact="it had no plans to close the plant"),
    Row("The rebels say they have shot down a government helicopter, a claim the army denies.",
        "government helicopter", "The rebels", "say", exact="they have shot down a government helicopter"),
    Row("Manchester City have been charged with more than 100 breaches of financial rules, the Premier League "
        "announced.", "100 breaches", "Premier League", "announce", certainty="reported",
        hedge="been charged"),  # what is charged is alleged
    Row("Mr Johnson has repeatedly said he did nothing wrong.",
        "nothing wrong", "Johnson", "say", polarity="negative", negation="nothing"),
    Row("Scientists believe the asteroid could hit Earth in 2032.",
        "hit Earth", "Scientists", "believe", certainty="possible", hedge="could"),
    # -- a reporting verb that is negated: the source commits to nothing
    Row("Officials did not confirm that the ambassador had been recalled.",
        "ambassador had been recalled", "Officials", "confirm", certainty="uncertain", hedge="did not confirm"),
    Row("The spokesman would not say whether the minister had resigned.",
        "minister had resigned", "The spokesman", "say", certainty="uncertain", hedge="would not say"),
    Row("Nobody has claimed that the vote was rigged.",  # nobody speaks: the writer's claim; an allegation verb reports
        "vote was rigged", certainty="reported", polarity="negative", negation="nobody"),
    # -- denials: the source rejects the content
    Row("The minister denied that the government had paid a ransom for the hostages.",
        "paid a ransom", "The minister", "deny", polarity="negative", negation="denied"),
    Row("The defence ministry denied reports that its troops had shelled the village.",
        "shelled the village", "The defence ministry", "deny", polarity="negative", negation="denied"),
    Row("Reports of the general's arrest were denied by the army.",
        "the general's arrest", "the army", "deny", polarity="negative", negation="denied"),
    Row("The government rejected claims that it had used chemical weapons.",
        "chemical weapons", "The government", "reject", polarity="negative", negation="rejected"),
    Row("The army did not deny that its troops had entered the village.",
        "entered the village", "The army", "deny", negation="did not"),
    # -- relays (via), nearest to the source first
    Row('"We were never told about the risks," a former employee said in an interview quoted by Le Monde.',
        "told about the risks", "a former employee", "say", True, polarity="negative", negation="were never",
        via=("Le Monde",)),
    Row('"Inflation has peaked," the governor, quoted by Le Figaro, said on Monday.',
        "Inflation has peaked", "the governor", "say", True, via=("Le Figaro",)),
    Row("A leaked Pentagon memo, cited by The Washington Post, said that the drone strike had killed four civilians.",
        "four civilians", "A leaked Pentagon memo", "say", via=("The Washington Post",)),
    Row("Al Jazeera quoted a senior Hamas official as saying that the group had accepted the truce.",
        "accepted the truce", "a senior Hamas official", "say", via=("Al Jazeera",)),
    Row("The coach told Marca, in comments reported by the BBC, that the club would not sell its captain.",
        "sell its captain", "The coach", "tell", polarity="negative", negation="would not", via=("BBC",),
        certainty="probable", hedge="would"),
    Row("A confidential UN report, seen by Reuters, says the sanctions have been violated repeatedly.",
        "violated repeatedly", "UN", "say", via=("Reuters",)),
    Row("An Interior Ministry statement, carried by the state news agency, said 12 militants had been killed.",
        "12 militants", "Interior Ministry", "say", via=("the state news agency",)),
    Row("The study, published in Nature, found that the new battery lasts twice as long as lithium-ion cells.",
        "twice as long", "The study", "find", via=("Nature",)),
    Row("A French intelligence report, cited by Le Canard enchaîné and quoted by Jeune Afrique, says that "
        "Qatar funded the rebels.", "Qatar funded", "A French intelligence report", "say",
        via=("Le Canard enchaîné", "Jeune Afrique")),
    # -- according to
    Row("According to the United Nations, more than 2 million people have fled the fighting.",
        "fled the fighting", "United Nations", "according to"),
    Row("The attack killed at least 27 people, according to local health officials.",
        "at least 27 people", "local health officials", "according to"),
    Row("According to a spokesman for the rebels, the commander was killed in an air strike on Sunday.",
        "killed in an air strike", "a spokesman for the rebels", "according to"),
    Row("The company's shares rose 8 percent after the announcement, according to Bloomberg.",
        "rose 8 percent", "Bloomberg", "according to"),
    # -- parenthetical citations
    Row("“We will rebuild every school in the province,” the governor said. (Quoted in The Times, March 3, 2020)",
        "rebuild every school", "the governor", "say", True, via=("The Times",)),
    Row("“Growth has stalled across the whole eurozone.” (The Economist, June 5, 2019)",
        "Growth has stalled", "The Economist", "citation", True),
    Row("Unemployment fell to 3.5 percent in March. (Bureau of Labor Statistics, April 5, 2024)",
        "Unemployment fell", "Bureau of Labor Statistics", "citation"),
    Row("The militia was never disarmed after the war. (See Human Rights Watch, Arms Unchecked, 2019)",
        "never disarmed", "Human Rights Watch", "see", polarity="negative", negation="was never"),
    Row("The vaccine cut deaths among older patients by 40 percent (The Lancet, May 2021).",
        "older patients", "The Lancet", "citation"),
    # -- block quotations introduced by a paragraph ending with ":"
    Row("Acknowledged by the International Monetary Fund:\n\n"
        "Public debt in the region has risen faster than in any other emerging market since 2019.",
        "Public debt", "International Monetary Fund", "acknowledge", stance="endorses", stance_cue="acknowledged by"),
    Row("Amnesty International concludes in its latest report:\n\n"
        "Detainees at the facility were beaten, denied medical care and held without charge for months.",
        "Detainees at the facility", "Amnesty International", "conclude"),
    Row("According to the club's doctor, Dr. Paul Weiss:\n\n"
        '"The injury is less serious than we feared. He should be back in training within three weeks."',
        "back in training", "Paul Weiss", "according to", True),
    Row("The ministry's statement reads:\n\n"
        '"No civilians were harmed in the operation. All targets were military installations."',
        "No civilians were harmed", "The ministry's statement", "read", True, polarity="negative", negation="no"),
    Row("The coach told the club's website:\n\n"
        '"We need two new defenders. The squad is too thin for three competitions."',
        "too thin", "The coach", "tell", True),
    Row("In a statement, the ministry said:\n\n"
        '"The operation targeted only military positions. No civilians were harmed."',
        "targeted only military positions", "the ministry", "say", True),
    # -- hearsay: no named source
    Row("The militants allegedly received weapons from a neighbouring government.",
        "received weapons", certainty="reported", hedge="allegedly"),
    Row("The company reportedly plans to cut 5,000 jobs in Germany.",
        "5,000 jobs", certainty="reported", hedge="reportedly"),
    Row("The former rebel commander is said to be hiding in the mountains near the border.",
        "hiding in the mountains", certainty="reported", hedge="is said to"),
    Row("It was reported that the bank had frozen the accounts of several ministers.",
        "frozen the accounts", certainty="reported", hedge="was reported"),
    Row("The hackers are believed to be linked to a foreign intelligence service.",
        "foreign intelligence service", certainty="reported", hedge="are believed to"),
    Row("The hospital was reported to have run out of oxygen.",
        "run out of oxygen", certainty="reported", hedge="was reported to"),
    Row("It is alleged that the company bribed officials to win the contract.",
        "bribed officials", certainty="reported", hedge="is alleged"),
    Row("The minister is thought to have known about the payments since 2019.",
        "the payments", certainty="reported", hedge="is thought to"),
    # an unnamed source told apart from others is an entity (DESIGN), still no named source
    Row("Sources close to the investigation said the gunman had been radicalised online.",
        "radicalised online", source="Sources close to the investigation", cue="say", certainty="reported",
        hedge="sources said"),
    Row("Unconfirmed reports say the president has left the country.",
        "left the country", certainty="reported", hedge="reports say"),
    Row("According to sources, the merger talks have collapsed.",
        "merger talks", certainty="reported", hedge="according to sources"),
    # -- probable
    Row("The fire was most likely started by an electrical fault.",
        "electrical fault", certainty="probable", hedge="most likely"),
    Row("The talks will probably resume after the elections.",
        "resume after the elections", certainty="probable", hedge="probably"),
    # what a subject expects or fears of its own is as sure as the attitude; questioning is no weighing
    Row("The bank said it expected no further penalties.",
        "no further penalties", "The bank", "say", certainty="probable", hedge="expected", polarity="negative",
        negation="no"),
    Row("The senator questioned the figures on Monday.", "questioned the figures"),
    Row("Scientists have probably underestimated the rate at which the ice sheet is melting.",
        "underestimated", certainty="probable", hedge="probably"),
    Row("The outbreak is likely to peak in early February.",
        "peak in early February", certainty="probable", hedge="likely"),
    Row("The striker apparently suffered a hamstring injury in training.",
        "hamstring injury", certainty="probable", hedge="apparently"),
    Row("The striker, 24, is expected to sign a five-year contract on Friday.",
        "five-year contract", certainty="probable", hedge="is expected to"),
    Row("The drug does not appear to work in children.",
        "work in children", certainty="probable", hedge="appear to", polarity="negative", negation="does not"),
    # -- possible
    Row("The virus may have spread through contaminated water supplies.",
        "contaminated water", certainty="possible", hedge="may"),
    Row("The video could have been edited before it was posted online.",
        "could have been edited", certainty="possible", hedge="could have been"),
    Row("Foul play is suspected in the death of the journalist.",
        "Foul play", certainty="possible", hedge="is suspected"),
    Row("The club has not ruled out selling its top scorer in January.",
        "top scorer", certainty="possible", hedge="not ruled out"),
    Row("It is possible that the virus jumped from bats to humans.",
        "bats to humans", certainty="possible", hedge="possible"),
    # -- uncertain: questions, headlines, "unclear"
    Row("Will the ceasefire hold?", "ceasefire hold", certainty="uncertain", hedge="?"),
    Row("A Hidden Hand Behind the Coup?", "Hidden Hand", certainty="uncertain", hedge="?"),
    Row("Is Russia behind the cyberattack on the election commission?",
        "cyberattack", certainty="uncertain", hedge="?"),
    Row("Did Moscow Order the Pipeline Sabotage?\nThe explosions were carried out by a team of six divers.",
        "Pipeline Sabotage", certainty="uncertain", hedge="?"),
    Row("Did Moscow Order the Pipeline Sabotage?\nThe explosions were carried out by a team of six divers.",
        "six divers"),
    Row("It is not clear whether the drug works in children.",
        "drug works", certainty="uncertain", hedge="not clear"),
    Row("It remains unclear who fired the first shot.", "first shot", certainty="uncertain", hedge="unclear"),
    Row("Investors are unlikely to welcome the decision.",
        "welcome the decision", certainty="probable", hedge="unlikely", polarity="negative", negation="unlikely"),
    # -- negation
    Row("The government did not consult local communities before approving the pipeline.",
        "local communities", polarity="negative", negation="did not"),
    Row("The club has never won a European trophy.", "European trophy", polarity="negative", negation="has never"),
    Row("Investigators found no evidence that the fire was started deliberately.",
        "found no evidence", polarity="negative", negation="no"),
    Row("The rebel leader was reported killed in an air strike in June. His death was later denied.",
        "His death", polarity="negative", negation="denied"),
    Row("No group has claimed responsibility for the bombing.",
        "claimed responsibility", polarity="negative", negation="no"),
    Row("The opposition leader has not been seen in public since March.",
        "seen in public", polarity="negative", negation="has not"),
    Row("The factory no longer produces diesel engines.",
        "diesel engines", polarity="negative", negation="no longer"),
    Row('His account, based on a single anonymous source, was dismissed by the White House as "utter fiction."',
        "His account", polarity="negative", negation="dismissed"),
    Row("The referee failed to notice the handball in the final minute.",
        "the handball", polarity="negative", negation="failed to"),
    Row("The athlete's appeal against the doping ban was rejected by the court.",  # no statement denied
        "doping ban"),
    # -- the author endorses
    Row("Amply documented, the militia has received arms and training from foreign governments.",
        "arms and training", stance="endorses", stance_cue="amply documented"),
    Row("Confirmed by the Financial Times, the bank was fined 2 billion dollars for money laundering.",
        "money laundering", "Financial Times", "confirm", stance="endorses", stance_cue="confirmed by"),
    Row("As confirmed by the WHO, the new variant spreads faster than earlier strains.",
        "earlier strains", "WHO", "confirm", stance="endorses", stance_cue="as confirmed by"),
    Row("As documented by Human Rights Watch, the militia has recruited child soldiers since 2019.",
        "child soldiers", "Human Rights Watch", "document", stance="endorses", stance_cue="as documented by"),
    Row("As the Financial Times rightly pointed out, the bank's losses were hidden for years.",
        "hidden for years", "Financial Times", "point out", stance="endorses", stance_cue="rightly pointed out"),
    Row("The auditor correctly noted that the charity had overstated its income.",
        "overstated its income", "The auditor", "note", stance="endorses", stance_cue="correctly noted"),
    # -- the author disputes
    Row('The campaign erroneously describes the tax increase as "the largest in history."',
        "the largest in history", "The campaign", "describe", True, stance="disputes", stance_cue="erroneously"),
    Row("The senator falsely claims that millions of votes were cast illegally.",
        "cast illegally", "The senator", "claim", certainty="reported", stance="disputes", stance_cue="falsely"),
    Row("The website wrongly stated that the vaccine contained microchips.",
        "microchips", "The website", "state", stance="disputes", stance_cue="wrongly"),
    Row("The minister said the border was secure, though he offered no evidence.",
        "border was secure", "The minister", "say", stance="disputes", stance_cue="no evidence"),
    Row("The viral video falsely claims that the floods were caused by cloud seeding.",
        "cloud seeding", "The viral video", "claim", certainty="reported", stance="disputes", stance_cue="falsely"),
    Row("Based on shaky evidence, the tabloid concluded that the minister had an offshore account.",
        "offshore account", "the tabloid", "conclude", stance="disputes", stance_cue="based on shaky evidence"),
    Row("The ministry said the protesters were armed with rifles. It has provided no substantive evidence for the claim.",
        "no substantive evidence", polarity="negative", negation="no",
        stance="disputes", stance_cue="no substantive evidence"),
    Row("The ministry said the video showed rebel fighters executing prisoners. The footage could have been staged.",
        "The footage", certainty="possible", hedge="could have been",
        stance="disputes", stance_cue="could have been staged"),
    Row("An unsubstantiated report said that the minister had resigned.",
        "minister had resigned", "An unsubstantiated report", "say", stance="disputes", stance_cue="unsubstantiated"),
    Row("Without providing evidence, the president said the election had been stolen.",
        "election had been stolen", "the president", "say", stance="disputes", stance_cue="without providing evidence"),
    Row("The militia's statement, widely dismissed as propaganda, said its fighters had captured the airport.",
        "captured the airport", "The militia's statement", "say", stance="disputes", stance_cue="widely dismissed"),
    Row("The agency said the drone had been launched from Iran. The claim is false.",
        "The claim is false", stance="disputes", stance_cue="false"),
    Row("The “volunteers” are said to be serving soldiers.",
        "serving soldiers", certainty="reported", hedge="are said to", stance="disputes", stance_cue="“volunteers”"),
    Row('The group is presented as an "independent" watchdog.',
        "watchdog", certainty="reported", hedge="is presented as", stance="disputes", stance_cue='"independent"'),
    Row('The so-called "peacekeepers" allegedly opened fire on protesters.',
        "opened fire", certainty="reported", hedge="allegedly", stance="disputes", stance_cue="so-called"),
    # -- scope: a hedge in one clause stays out of the other claims
    Row("While the rebels reportedly control the northern districts, the army holds the capital.",
        "the army holds the capital"),
    Row("While the rebels reportedly control the northern districts, the army holds the capital.",
        "rebels reportedly control", certainty="reported", hedge="reportedly"),
    Row("Although the talks may collapse, both sides have agreed to meet again on Friday.",
        "both sides have agreed"),
    Row("Although the talks may collapse, both sides have agreed to meet again on Friday.",
        "Although the talks may collapse", certainty="possible", hedge="may"),
    Row("The minister resigned on Monday, and the party will probably choose a new leader in June.",
        "The minister resigned"),
    Row("The minister resigned on Monday, and the party will probably choose a new leader in June.",
        "the party will probably", certainty="probable", hedge="probably"),
    Row("Officials insisted the dam was safe, but engineers warned that it could fail within weeks.",
        "dam was safe", "Officials", "insist"),
    Row("Officials insisted the dam was safe, but engineers warned that it could fail within weeks.",
        "could fail within weeks", "engineers", "warn", certainty="possible", hedge="could"),
    Row("The suspect, who allegedly bought the explosives online, was arrested in Lyon.", "arrested in Lyon"),
    Row("A suspected militant was arrested at the airport on Friday.", "arrested at the airport"),
    Row("The ministry said the ceasefire may collapse within days. Fighting resumed on Sunday in the east.",
        "Fighting resumed"),
    Row("The ministry said the ceasefire may collapse within days. Fighting resumed on Sunday in the east.",
        "ceasefire may collapse", "The ministry", "say", certainty="possible", hedge="may"),
]


@pytest.mark.parametrize("row", ROWS, ids=[f"{i:02d}-{row.find[:28]}" for i, row in enumerate(ROWS)])
def test_claim(nlp: Language, row: Row) -> None:
    claims = extract(nlp, row.text)
    claim = claim_with(claims, row.find)
    shown = _show(claim)
    if row.source == AUTHOR:
        assert (claim.source, claim.cue) == (AUTHOR, None), shown
    else:
        assert claim.source_text == row.source, shown
        assert claim.cue == row.cue, shown
    assert claim.direct_quote is row.quote, shown
    assert claim.certainty == row.certainty, shown
    if row.hedge is not None:
        assert row.hedge in claim.hedge_cues, shown
    if row.certainty == "certain":
        assert claim.hedge_cues == (), shown
    assert claim.polarity == row.polarity, shown
    if row.negation is not None:
        assert row.negation in claim.polarity_cues, shown
    assert claim.author_stance == row.stance, shown
    if row.stance_cue is not None:
        assert row.stance_cue in claim.stance_cues, shown
    assert claim.via_text == row.via, shown
    if row.exact is not None:
        assert claim.text == row.exact, shown
    if row.resolved is not None:
        assert claim.source_span is not None, shown
        start, end = claim.source_span
        assert row.text[start:end] == row.resolved, shown


def test_table_covers_every_value() -> None:
    assert len(ROWS) >= 60
    assert {row.certainty for row in ROWS} == set(CERTAINTIES)
    assert {row.polarity for row in ROWS} == set(POLARITIES)
    assert {row.stance for row in ROWS} == set(STANCES)
    assert {row.quote for row in ROWS} == {True, False}
    assert any(row.via for row in ROWS)
    cues = {row.cue for row in ROWS}
    assert {"say", "tell", "warn", "confirm", "acknowledge", "deny", "claim", "reveal", "conclude",
            "according to", "citation"} <= cues


# -- the founding article ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def article(nlp: Language) -> tuple[Claim, ...]:
    if not FOUNDING.exists():
        pytest.skip(f"{FOUNDING} is not beside the project")
    return extract(nlp, FOUNDING.read_text(encoding="utf-8"), published="2015-11-21")


def _starting(claims: tuple[Claim, ...], words: str) -> Claim:
    found = [c for c in claims if c.text.startswith(words)]
    assert found, f"no claim begins with {words!r}"
    return found[0]


def test_article_cfr_acknowledged_block(article: tuple[Claim, ...]) -> None:
    claim = _starting(article, "Most of AQIM’s major leaders")
    assert "Council on Foreign Relations" in (claim.source_text or ""), _show(claim)
    assert (claim.cue, claim.author_stance) == ("acknowledge", "endorses"), _show(claim)


def test_article_belmokhtar_allegedly_coordinated(article: tuple[Claim, ...]) -> None:
    claim = claim_with(article, "was allegedly coordinated by Mokhtar Belmokhtar")
    assert claim.certainty == "reported" and "allegedly" in claim.hedge_cues, _show(claim)


def test_article_story_could_have_been_planted(article: tuple[Claim, ...]) -> None:
    claim = claim_with(article, "The story could have been planted")
    assert claim.certainty == "possible", _show(claim)


def test_article_cfr_erroneous_description(article: tuple[Claim, ...]) -> None:
    claim = claim_with(article, "Mokhtar Belmokhtar as the one-eyed veteran")
    assert claim.author_stance == "disputes", _show(claim)
    assert "Council on Foreign Relations" in (claim.source_text or ""), _show(claim)


def test_article_death_denied(article: tuple[Claim, ...]) -> None:
    claim = claim_with(article, "His death was subsequently denied")
    assert claim.polarity == "negative", _show(claim)


def test_article_brennan_quote_via_the_telegraph(article: tuple[Claim, ...]) -> None:
    claim = claim_with(article, "ISIL is planning additional attacks")
    assert claim.direct_quote, _show(claim)
    assert "John Brennan" in (claim.source_text or ""), _show(claim)
    assert any("Daily Telegraph" in relay for relay in claim.via_text), _show(claim)
