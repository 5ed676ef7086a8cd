"""Context votes for an entity's type."""

from __future__ import annotations

import pytest

from claimgraph.model import Mention
from claimgraph.resolve.types import context_type


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Al Mourabitoun, the group led by Mokhtar Belmokhtar, claimed it.", "Al Mourabitoun", "Organization"),
        ("Boko Haram, a jihadist movement, denied it.", "Boko Haram", "Organization"),
        ("Kestrel Biotech, a Boston-based maker of drugs, agreed.", "Kestrel Biotech", None),
        ("Helen Marsh, the leader of the group, spoke.", "Helen Marsh", None),
        # a name ending in an outlet's word is an outlet's
        ("The Daily Telegraph reported it.", "Daily Telegraph", "Organization"),
        ("The story ran in The Independent on Sunday.", "The Independent", "Organization"),
        # a person's role for a body, a comma, then the name: the name is the person's
        ("A spokeswoman for the company, Nadia Bouzid, said so.", "Nadia Bouzid", "Person"),
        ("The parent company, Orvane Holdings, said so.", "Orvane Holdings", "Organization"),
        # whose role it is is not what the name is; nor is the body a role is held at
        ("Ignacio Salgado, the party's treasurer, said so.", "Ignacio Salgado", None),
        ("Eline Brandsma, a partner at the firm, said so.", "Eline Brandsma", None),
        # a company named after what it does for a living
        ("The distributor, Medikon Pharma Vertrieb, said so.", "Medikon Pharma Vertrieb", "Organization"),
        ("The litigation funder Rheinland Prozessfinanz pays the costs.", "Rheinland Prozessfinanz", "Organization"),
        ("A lawyer for the distributor, Jan Oort, said so.", "Jan Oort", "Person"),
        ("The crane operator Hector Quiroga led the strike.", "Hector Quiroga", None),
        # a name that opens with the kind of body it is
        ("The Partido Fuerza Regional denied it.", "Partido Fuerza Regional", "Organization"),
    ],
)
def test_an_apposition_votes_for_the_type(text: str, name: str, expected: str | None) -> None:
    start = text.index(name)
    mention = Mention("d", start, start + len(name), name, "Person")
    assert context_type(mention, text) == expected
