"""A generated news corpus for speed benchmarks: fictional, deterministic, varied enough for NER.

Each article strings together sentences from templates filled with invented people,
organizations, places and dates, so that the pipeline meets mentions, quotes and timexes at a
realistic rate (about 350 words an article).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

PEOPLE = ["Helen Marsh", "Tomas Lind", "Aminata Keita", "Jonas Weber", "Claire Dumont", "Marc Aubry",
          "Priya Natarajan", "Daniel Osei", "Youssef Haddad", "Ines Carvalho", "Kenji Watanabe",
          "Olga Petrova", "Samuel Mensah", "Laura Bianchi", "Farid Benali", "Grace Okafor"]
ORGS = ["Norvale Pharmaceuticals", "Kestrel Biotech", "the World Health Organization", "Valmont Construction",
        "the Interior Ministry", "Harbor Securities", "the United Nations", "Open Ledger", "the central bank",
        "the European Commission", "Red Crescent", "the Supreme Court", "Atlas Mining", "the army"]
PLACES = ["Lagos", "Nairobi", "Lisbon", "Kyiv", "Bogota", "Jakarta", "Cairo", "Manila", "Lima", "Accra",
          "Mali", "Kenya", "Brazil", "Germany", "Canada", "India"]
VERBS = ["said", "told reporters", "confirmed", "denied", "warned", "announced"]
SENTENCES = [
    "{p1} {verb} on {weekday} that {o1} would review the contract signed in {month} {year}.",
    "According to {o1}, at least {n} people were killed in {pl1} {rel}.",
    "\"We will not accept these terms,\" {p1} said in {pl1}, adding that talks could resume {rel}.",
    "{o1} allegedly paid {o2} more than ${n} million between {year} and {year2}.",
    "{p2}, a spokesman for {o2}, declined to comment on the reports.",
    "The agreement, first reported by {o1} on {month} {day}, {year}, was later denied by {p1}.",
    "Officials in {pl2} said the operation had probably been planned for months.",
    "{p1} has led {o1} since {year} and previously worked for {o2} in {pl2}.",
    "Shares of {o1} fell {n} percent on {weekday} after the announcement.",
    "Five days later, {o2} opened an investigation into the payments.",
    "The protests, which began in {pl1} in {month}, spread to {pl2} within two weeks.",
    "{p2} told the committee that the figures may have been inflated.",
    "In a statement, {o1} said it had never received funds from {o2}.",
    "Aid workers from {o2} reached {pl1} on {weekday}, three days after the floods.",
    "The minister is expected to visit {pl2} next month, her office said.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
RELATIVE = ["last week", "next year", "earlier this month", "on Friday", "in the coming days", "yesterday"]


def article(rng: random.Random, index: int) -> tuple[str, str]:
    """(text, published ISO date) of the index-th article."""
    published = date(2015, 1, 1) + timedelta(days=rng.randrange(3000))
    lines = [f"Report {index}: {_upper_first(rng.choice(ORGS))} under scrutiny in {rng.choice(PLACES)}"]
    for _ in range(18):
        year = rng.randrange(1990, published.year + 1)
        lines.append(_upper_first(rng.choice(SENTENCES).format(
            p1=rng.choice(PEOPLE), p2=rng.choice(PEOPLE), o1=rng.choice(ORGS), o2=rng.choice(ORGS),
            pl1=rng.choice(PLACES), pl2=rng.choice(PLACES), verb=rng.choice(VERBS),
            weekday=rng.choice(WEEKDAYS), month=rng.choice(MONTHS), day=rng.randrange(1, 29),
            year=year, year2=min(year + rng.randrange(1, 6), published.year), n=rng.randrange(2, 90),
            rel=rng.choice(RELATIVE),
        )))
    body = [" ".join(lines[i : i + 3]) for i in range(1, len(lines), 3)]
    return lines[0] + "\n" + "\n".join(body) + "\n", published.isoformat()


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def corpus(size: int, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    return [article(rng, i) for i in range(size)]
