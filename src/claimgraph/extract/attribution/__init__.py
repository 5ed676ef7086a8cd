"""Attribution: who is the source of each piece of content (quotes, reported speech, "according to", citations, block quotes, hearsay) and the relays between."""
