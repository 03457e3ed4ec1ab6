"""Subcommands of the ``actormap`` command line, one module per group."""
