"""Every `Doc._` / `Span._` extension and span-group key claimgraph uses, declared in one place.

What each holds is typed in `contract.py`. Values are plain strings, numbers, lists and dicts (or
None) so that docs keep them through `Doc.to_bytes()`, which is how `nlp.pipe(n_process=N)`
hands docs back from worker processes.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

MENTIONS = "claimgraph_mentions"
TIMEXES = "claimgraph_timexes"
SOURCES = "claimgraph_sources"  # sources named otherwise than by a tagged name (attribution)
DESCRIBED = "claimgraph_described"  # incident participants named only by a description (events)
DESCRIPTIVE = "descriptive"  # the kb_id of a mention that is a description, not a name


def register() -> None:
    """Declare the extensions; safe to call many times."""
    if not Doc.has_extension("published"):
        Doc.set_extension("published", default=None)
    if not Span.has_extension("timex_value"):
        Span.set_extension("timex_value", default=None)
    for name in ("attributions", "claims", "coref", "relations", "events"):
        if not Doc.has_extension(name):
            # A getter-free list default would be shared by every Doc; a fresh list per Doc
            # is made by the components, which always assign the attribute.
            Doc.set_extension(name, default=None)


register()
