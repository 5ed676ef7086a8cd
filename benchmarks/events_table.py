"""Per-field accuracy of the event component on the hand-written table of `tests/extract/test_events.py`.

    .venv/bin/python benchmarks/events_table.py [--errors]

The table is ours (written by the claimgraph team for the tests, and the rules were tuned until
it passed), so these numbers show coverage of the cases we thought of, not accuracy on unseen
text. For each expected incident: `type` is whether an event of the expected type holds the
expected trigger words; every other field is scored only on the incidents where the table
checks it (date with precision, place with precision/country, numbers as a subset, roles, claim
fields, perpetrator status, subtypes), and an incident not found counts wrong on all its fields.
`count` is whether a passage gives exactly the expected number of events.

A sentence baseline is printed beside date and place: the first date timex / the first Location
mention of the sentence that holds the trigger words.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TABLE = REPO / "tests" / "extract" / "test_events.py"
FIELDS = ("type", "date", "place", "numbers", "roles", "claims", "status", "subtypes")


def _load_table():  # noqa: ANN202 - the test module
    spec = importlib.util.spec_from_file_location("events_table_cases", TABLE)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _baseline(doc, want) -> dict[str, bool]:  # noqa: ANN001 - spaCy Doc, table row
    """First date / first Location of the trigger's sentence."""
    lower = doc.text.lower()
    at = lower.find(want.trigger.lower())
    out: dict[str, bool] = {}
    if at < 0:
        return out
    sent = next((s for s in doc.sents if s.start_char <= at < s.end_char), None)
    if sent is None:
        return out
    if want.date is not ...:
        dates = [t for t in doc.spans["claimgraph_timexes"]
                 if sent.start_char <= t.start_char < sent.end_char and t.label_ in ("DATE", "TIME")]
        value = dates[0]._.timex_value[:10] if dates and dates[0]._.timex_value else None
        out["date"] = value == want.date
    if want.place is not ...:
        places = [m for m in doc.spans["claimgraph_mentions"]
                  if sent.start_char <= m.start_char < sent.end_char and m.label_ == "Location"]
        found = places[0].text if places else None
        out["place"] = (found is None) if want.place is None else (
            found is not None and want.place.lower() in found.lower())
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", action="store_true", help="print each wrong field")
    args = parser.parse_args()
    table = _load_table()
    nlp = table.make_nlp()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from events_heldout import cases, cases_2

    for title, rows in (("tuned table (tests/extract/test_events.py)", table.CASES),
                        ("held-out round 1 (benchmarks/events_heldout.py `cases`)",
                         cases(table.Ev, table.Case)),
                        ("held-out round 2 (benchmarks/events_heldout.py `cases_2`)",
                         cases_2(table.Ev, table.Case))):
        print(f"### {title}\n")
        _score(table, nlp, rows, args.errors)
        print()


def _score(table, nlp, rows, errors: bool) -> None:  # noqa: ANN001 - test module, Language
    right, total = Counter(), Counter()
    base_right, base_total = Counter(), Counter()
    counts_ok = counts_total = 0
    started = time.perf_counter()
    for case in rows:
        doc = table.run(nlp, case.text, case.published)
        for want in case.events:
            event = table.find_event(doc, want)
            for name, ok in table.field_checks(doc, event, want).items():
                total[name] += 1
                right[name] += ok
                if not ok and errors:
                    print(f"{case.name}: {want.type} {want.trigger!r} wrong {name}")
            for name, ok in _baseline(doc, want).items():
                base_total[name] += 1
                base_right[name] += ok
        if case.count is not None:
            counts_total += 1
            counts_ok += len(doc._.events) == case.count
    elapsed = time.perf_counter() - started
    print(f"{len(rows)} passages, {total['type']} expected incidents, {elapsed:.1f} s\n")
    print("| field | checked | claimgraph | sentence baseline |")
    print("|---|---|---|---|")
    for name in FIELDS:
        if total[name]:
            base = (f"{base_right[name] / base_total[name]:.2f}" if base_total[name] else "–")
            print(f"| {name} | {total[name]} | {right[name] / total[name]:.2f} "
                  f"({right[name]}/{total[name]}) | {base} |")
    print(f"| count (exact number of events) | {counts_total} | {counts_ok / counts_total:.2f} "
          f"({counts_ok}/{counts_total}) | – |")


if __name__ == "__main__":
    main()
