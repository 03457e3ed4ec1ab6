"""The :class:`~actormap.core.io.MapStore` every subcommand reads and writes with.

One place, so that passphrase sources for encrypted maps (environment,
``--passphrase-file``, a terminal prompt) plug in here for every command.
"""

from __future__ import annotations

from ..core.io import MapStore


def store_for(args=None) -> MapStore:
    """The store for a command run with ``args`` (today: a plain store)."""
    return MapStore()
