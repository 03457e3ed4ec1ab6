"""Splinter member lists within a memory budget.

The pieces an actor's removal leaves apart are known for every actor at once in
O(n + m) (:func:`.fragmentation.removal_impact`), but *listing their members*
for every actor can be quadratic: on a map with many cut points each one's
largest piece is nearly the whole map. 20,000 actors of which a few thousand
are cut points made ``analyze`` build lists of ~10^8 ids (gigabytes, issue 13).

:func:`splinter_lists` lists every piece in full while the total stays within
:data:`BUDGET` ids (every map of ordinary size); above it, each piece is cut to
its first :data:`PIECE_MAX` ids (sorted) and the caller flags the splinters as
approximate. The true piece sizes are always given beside the lists.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

BUDGET = 4_000_000
"""Most member ids listed in full over all actors' splinters (~30 MB of references; every map
of up to 2,000 actors fits, since n actors' pieces hold fewer than n^2 ids)."""
PIECE_MAX = 500
"""Members listed per piece once the budget is exceeded."""


def total_members(impacts: Iterable) -> int:
    """How many ids listing every piece of every impact in full would take."""
    return sum(sum(r.splinter_sizes) for r in impacts if r is not None and len(r.splinter_sizes) >= 2)


def splinter_lists(impacts: Mapping, budget: float | None = None, piece_max: int = PIECE_MAX
                   ) -> tuple[dict, bool]:
    """node -> its pieces as sorted id lists (largest first), and whether any piece was cut.

    ``impacts`` maps nodes to :class:`~.fragmentation.RemovalImpact` or
    :class:`~.fragmentation.FactionImpact` (or ``None``).
    """
    cut = total_members(impacts.values()) > (BUDGET if budget is None else budget)
    out = {}
    for v, r in impacts.items():
        if r is None or len(r.splinter_sizes) < 2:
            out[v] = []
            continue
        if cut and r._source is not None:  # the first ids of each piece, never the whole piece
            out[v] = r._source.heads(r._index, piece_max)
        else:
            out[v] = [sorted(p, key=str) for p in r.splinters]
    return out, cut
