"""Factuality of each claim: certainty (hedges, boosters), polarity (negation) and the author's stance, judged in the claim's dependency scope."""
