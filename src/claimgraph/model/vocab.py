"""Closed vocabularies shared by every stage."""

from __future__ import annotations

PERSON = "Person"
ORGANIZATION = "Organization"
LOCATION = "Location"
EVENT = "Event"

ENTITY_TYPES = (PERSON, ORGANIZATION, LOCATION, EVENT)

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
