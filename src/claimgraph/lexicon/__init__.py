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
