"""Coreference: pronouns and definite descriptions linked to the mention they refer to."""
