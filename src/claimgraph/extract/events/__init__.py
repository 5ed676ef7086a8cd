"""Events: incidents with type, date, place, participants, numbers and claims of responsibility."""
