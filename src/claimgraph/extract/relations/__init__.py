"""Relations: typed links between entities stated in the text."""
