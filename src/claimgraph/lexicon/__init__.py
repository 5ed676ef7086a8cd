"""Vocabularies every stage shares, each kept once: the place gazetteer (`places`) and the words
around names (`names`: person titles, organization heads). Read from packaged data, once per
process; components keep their own cue lists beside their code."""


import unicodedata


def lookup_key(text: str) -> str:
    """The lookup form of a word or name: lowercase, single spaces, typographic apostrophes plain,
    accents dropped ("Campia Turzii" finds the gazetteer's "Câmpia Turzii")."""
    key = " ".join(text.replace("’", "'").lower().split())
    if key.isascii():
        return key
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


def mixed_case_acronym(word: str) -> bool:
    """An acronym written in mixed case: "BfArM", "DoJ", "FinCEN" — capitals for the first letter
    and at least 40 % of them, at least two ("McDonald", "DeSantis" are names, "MONUSCO" no mix)."""
    if not (2 <= len(word) <= 10 and word.isalnum()) or word.isupper() or not word[0].isupper():
        return False
    capitals = sum(ch.isupper() for ch in word)
    return capitals >= 2 and capitals >= 0.4 * len(word)
