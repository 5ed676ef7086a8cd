"""Sources (files, folders, corpora, URLs) turned into Documents."""
