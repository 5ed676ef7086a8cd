"""Closed vocabularies shared by every stage."""

from __future__ import annotations

PERSON = "Person"
ORGANIZATION = "Organization"
LOCATION = "Location"
EVENT = "Event"

ENTITY_TYPES = (PERSON, ORGANIZATION, LOCATION, EVENT)

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")

CERTAINTIES = ("certain", "probable", "possible", "reported", "uncertain")
POLARITIES = ("positive", "negative")
STANCES = ("endorses", "neutral", "disputes")
AUTHOR = "author"  # the source of a claim the writer makes in their own voice
