"""Subcommands of the `officina` command line, one module each."""
