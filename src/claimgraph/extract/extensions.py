"""Every `Doc._` / `Span._` extension and span-group key claimgraph uses, declared in one place.

Values are plain strings or None so that docs keep them through `Doc.to_bytes()` (which is how
`nlp.pipe(n_process=N)` hands docs back from worker processes).

- `doc._.published`: the document date (ISO "2015-11-21") that relative dates are anchored on;
  set it before the pipeline runs.
- `doc.spans[MENTIONS]`: entity mentions; each span's label is an entity type (Person, ...).
- `doc.spans[TIMEXES]`: temporal expressions; label is the TimeML type (DATE, TIME, DURATION,
  SET) and `span._.timex_value` the normalized ISO value (or None when unknown).
- `doc._.attributions`: list of dicts, one per attributed piece of content:
    kind          "direct_quote" | "reported_speech" | "according_to" | "citation" | "block_quote"
                  | "hearsay" (no named source: "allegedly", "it was reported")
    content       [start_char, end_char] of what is attributed (quote marks excluded)
    cue           [start_char, end_char] of the cue ("said", "according to", "Quoted in") or None
    cue_text      the cue normalized: lemma of the verb ("say", "confirm", "acknowledge") or
                  the fixed phrase ("according to", "quoted in")
    source        [start_char, end_char] of the source (for a pronoun: its antecedent) or None
    source_text   the source as written ("A member of Al Qaeda in Africa", "he") or None
    direct_quote  bool
    via           list of [start_char, end_char]: relays between source and author, nearest
                  to the source first ("cited by Le Canard enchaîné, quoted by Jeune Afrique")
    frame         [start_char, end_char] of the introducing text outside the content
                  ("The Council on Foreign Relations erroneously describes") or None
- `doc._.claims`: list of dicts, one per assertion, in text order:
    start, end    character span of the claim
    attribution   index into doc._.attributions, or None when the author asserts it
    outer         index of the attribution whose passage encloses this one (a quote inside a
                  block quote), or None; its source relays this claim
    root          token index of the claim's main predicate, or None
    certainty     "certain" | "probable" | "possible" | "reported" | "uncertain"
    hedge_cues    list of cue strings found in scope ("allegedly", "could have been")
    booster_cues  list of boosters in scope ("unequivocally", "clearly"); they keep "certain"
    polarity      "positive" | "negative";  polarity_cues: list of cue strings
    author_stance "endorses" | "neutral" | "disputes";  stance_cues: list of cue strings
    stance_target for an author claim that disputes or endorses an earlier attribution (“The
                  story could have been planted”), that attribution's index, else None
  The claims component creates the entries with certainty "certain", polarity "positive" and
  author_stance "neutral"; the certainty, polarity and stance components refine them.
- `doc._.coref`: list of [anaphor_start, anaphor_end, antecedent_start, antecedent_end]:
  pronouns ("he", "its", "they") and definite descriptions ("the group", "the company", "the
  latter", "Ms Okafor") linked to the entity mention they refer to (its char span).
- `doc._.relations`: list of dicts, one per stated link (DESIGN.md "Relation"):
    subject       [start_char, end_char] of the subject's entity mention (after coreference)
    predicate     one of model.vocab.PREDICATES
    object        [start_char, end_char] of the object's entity mention, or None
    object_literal a literal object (a date "1972", a number) or None
    role          for holds_position: "ambassador", "director", "emir"...; else None
    time          ISO/TimeML value qualifying the link ("2004" for "since 2004", "2006/2008")
                  or None; time_kind: "since" | "until" | "during" | "at" | None
    trigger       [start_char, end_char] of the words that state it ("trained", "leader of")
    claim         index into doc._.claims of the claim that states it (None if outside any)
    negated       bool: stated as not holding ("did not fight", "denied funding")
- `doc._.events`: list of dicts, one per incident mention (DESIGN.md "Event"):
    type          "attack" | "hostage_taking" | "kidnapping" | "air_strike" | "intervention"
                  | "war" | "renaming" | "appointment" | "death" | ...
    trigger       [start_char, end_char]
    date          TimeML value or None; date_precision "day" | "month" | "year" | "span" | None
    place         [start_char, end_char] of a Location mention or None;
                  place_precision "facility" | "city" | "region" | "country" | None
    participants  list of {"span": [start, end], "role": "perpetrator" | "target" | "responder"
                  | "claimant" | "victim"}
    numbers       {"killed": 21, "injured": 7, "hostages": 170} as stated
    claimed_by    list of [start, end] of claimants; claim_method "audio" | "statement" |
                  "online" | "video" | None; relayed_by: list of [start, end] (outlets)
    perpetrator_status "suspected" | "confirmed" | "claimed" | None (each perpetrator
                  participant also carries its own "status")
    claim         index into doc._.claims, or None; claims: indices of every mention's claim
    mentions      [start, end] of every trigger of the incident (`trigger` is the first one
                  outside a headline)
    subtypes      specific forms inside the incident ("hostage_taking" in an attack)
    date_span     [start, end] of the timex the date comes from, or None
    places        {"facility" | "city" | "region" | "country": [start, end]}
    number_qualifiers {"killed": "at least"}; numbers_stated: every count with its claim
    claim_methods every method named (claim_method is the first); denied_by: [start, end] list
  Participant roles also include "agent", "appointee", "new_name", "winner"; claim methods
  also "social_media".
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
    for name in ("attributions", "claims", "coref", "relations", "events"):
        if not Doc.has_extension(name):
            # A getter-free list default would be shared by every Doc; a fresh list per Doc
            # is made by the components, which always assign the attribute.
            Doc.set_extension(name, default=None)


register()
