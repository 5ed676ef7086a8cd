"""Name matching, as tables of (names, expected)."""

from __future__ import annotations

import pytest

from claimgraph.resolve.acronyms import definitions
from claimgraph.resolve.keys import analyse, person_parts_compatible, transliterations


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("al-Qaeda", "Al Qaeda", True),
        ("Al-Qa’ida", "Al Qaeda", True),
        ("al-Qa'ida", "al-Qaida", True),
        ("Mourabitoun", "Murabitun", True),
        ("Al Mourabitoun", "Al-Murabitun", True),
        ("al-Mulathameen", "Al Mulathamin", True),
        ("Mokhtar Belmokhtar", "Moktar Belmoktar", True),
        ("Osama bin Laden", "Usama bin Ladin", True),
        ("ash-Shabaab", "al-Shabab", True),
        ("Abdelmalek Droukdel", "Abdelmalek Drukdal", True),
        ("Moammar Qadhafi", "Muammar Gaddafi", True),
        ("Iyad Ag Ghaly", "Iyad ag Ghali", True),
        ("Hizballah", "Hezbollah", True),
        ("Mali", "Mila", False),  # too short to trust a fold
        ("Paris", "Peres", False),
        ("Hamas", "Homs", False),
        ("Austria", "Australia", False),
    ],
)
def test_transliteration_variants(a: str, b: str, same: bool) -> None:
    assert transliterations(analyse(a), analyse(b)) is same


@pytest.mark.parametrize(
    ("a", "b"),
    [("US", "U.S."), ("the U.S.’s", "US"), ("CIA’s", "the CIA"), ("Direction générale", "DIRECTION GENERALE"),
     ("Al-Qaeda", "al qaeda")],
)
def test_plain_key_folds_case_accents_punctuation_articles_possessives(a: str, b: str) -> None:
    assert analyse(a).key == analyse(b).key


@pytest.mark.parametrize(
    ("name", "country"),
    [("US", "US"), ("U.S.", "US"), ("United States", "US"), ("America", "US"), ("Mali", "ML"),
     ("the UK", "GB"), ("Britain", "GB"), ("Russian Federation", "RU"), ("Bamako", None), ("CIA", None)],
)
def test_countries(name: str, country: str | None) -> None:
    assert analyse(name).country == country


@pytest.mark.parametrize(
    ("name", "acronym", "initials"),
    [
        ("AQIM", "aqim", ""),
        ("U.S.", "us", ""),
        ("Al Qaeda in the Islamic Maghreb", None, "aqim"),
        ("Council on Foreign Relations", None, "cfr"),
        ("Direction générale de la sécurité extérieure", None, "dgse"),
        ("Central Intelligence Agency", None, "cia"),
        ("Belmokhtar", None, ""),
        ("Al", None, ""),
    ],
)
def test_acronyms_and_initials(name: str, acronym: str | None, initials: str) -> None:
    form = analyse(name)
    assert (form.acronym, form.initials) == (acronym, initials)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Robert Ford", "Robert Stephen Ford", True),
        ("Robert S. Ford", "Robert Stephen Ford", True),
        ("R. Ford", "Robert Ford", True),
        ("Gerald Ford", "Robert Ford", False),  # two people who share a surname
        ("Robert Sean Ford", "Robert Stephen Ford", False),
        ("Robert Ford", "Robert Fork", False),
        ("Mr. Robert Ford", "Robert Ford", True),
    ],
)
def test_person_names(a: str, b: str, same: bool) -> None:
    assert person_parts_compatible(analyse(a), analyse(b)) is same


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He led Al Qaeda in the Islamic Maghreb (AQIM) for years.", [("AQIM", "Al Qaeda in the Islamic Maghreb")]),
        ("the Direction générale de la sécurité extérieure (DGSE) said",
         [("DGSE", "Direction générale de la sécurité extérieure")]),
        ("the Direction du renseignement militaire (DRM)", [("DRM", "Direction du renseignement militaire")]),
        ("US Africa Command (AFRICOM) confirmed", [("AFRICOM", "Africa Command")]),
        ("the Salafist Group for Preaching and Combat (GSPC) in", [("GSPC", "Salafist Group for Preaching and Combat")]),
        ("the Armed Islamic Group (Groupe islamique armé (GIA)) in", [("GIA", "Groupe islamique armé")]),
        ("He was born in Paris (1972).", []),
        ("She said (sic) it was fine.", []),
        ("Prices rose (see Table 2).", []),
    ],
)
def test_acronym_definitions(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(text[d.short_start:d.short_end], text[d.long_start:d.long_end]) for d in definitions(text)]
    assert found == expected
