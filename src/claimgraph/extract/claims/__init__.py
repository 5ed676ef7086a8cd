"""Claims: the document cut into assertions, each with its attribution."""
