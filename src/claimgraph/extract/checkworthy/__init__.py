"""Check-worthiness: how much a fact-checker should look at each claim."""
