"""`python -m claimgraph.cli` runs the command line."""

from claimgraph.cli.main import main

main()
