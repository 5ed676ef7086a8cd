"""Every `Doc._` / `Span._` extension and span-group key claimgraph uses, declared in one place.

Values are plain strings or None so that docs keep them through `Doc.to_bytes()` (which is how
`nlp.pipe(n_process=N)` hands docs back from worker processes).

- `doc._.published`: the document date (ISO "2015-11-21") that relative dates are anchored on;
  set it before the pipeline runs.
- `doc.spans[MENTIONS]`: entity mentions; each span's label is an entity type (Person, ...).
- `doc.spans[TIMEXES]`: temporal expressions; label is the TimeML type (DATE, TIME, DURATION,
  SET) and `span._.timex_value` the normalized ISO value (or None when unknown).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

MENTIONS = "claimgraph_mentions"
TIMEXES = "claimgraph_timexes"


def register() -> None:
    """Declare the extensions; safe to call many times."""
    if not Doc.has_extension("published"):
        Doc.set_extension("published", default=None)
    if not Span.has_extension("timex_value"):
        Span.set_extension("timex_value", default=None)


register()
