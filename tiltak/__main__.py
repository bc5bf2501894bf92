"""`python -m tiltak …` is the `tiltak` command."""

from tiltak.cli import entry

entry()
