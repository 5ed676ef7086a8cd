"""The `claimgraph` command line: thin commands that call the stages."""

from claimgraph.cli.main import main

__all__ = ["main"]
