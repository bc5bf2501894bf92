"""`python -m tiltak …` is the `tiltak` command."""

from tiltak.cli import main

main()
