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

PREDICATES = (
    "leader_of", "member_of", "founded", "part_of", "allied_with", "merged_into", "renamed_to",
    "trained", "recruited", "funded", "armed", "supported", "controls", "works_with",
    "holds_position", "perpetrated", "claimed_responsibility", "targeted", "located_in",
    "born_on", "citizen_of", "died_on",
)
# Forms of an attack: an event's subtypes, never its type (DESIGN: `attack` with a subtype).
ATTACK_FORMS = ("bombing", "shooting", "hostage_taking", "air_strike")
EVENT_TYPES = (
    # conflict (bombing, shooting, hostage_taking and air_strike are forms of an attack)
    "attack", "bombing", "shooting", "hostage_taking", "air_strike", "killing", "kidnapping", "war",
    "intervention", "protest", "raid",
    # justice
    "arrest", "charge", "trial", "conviction", "sentence", "acquittal", "lawsuit", "investigation",
    "release", "extradition",
    # politics
    "election", "appointment", "resignation", "sanction", "agreement", "meeting",
    # money
    "payment", "contract", "acquisition", "merger", "founding", "bankruptcy",
    # life
    "death", "injury", "outbreak", "disaster",
    # information
    "leak", "publication", "takedown",
    "renaming", "other",
)
