"""Splinter lists within a memory budget: cut lists are the first ids of the full sorted pieces,
sizes stay exact, and the flag says so; under the budget nothing changes."""

from __future__ import annotations

import random

import networkx as nx

from actormap.core.analysis.fragmentation import removal_impact
from actormap.core.analysis.splinter_lists import splinter_lists, total_members


def _graph(seed: int) -> nx.Graph:
    rng = random.Random(seed)
    g = nx.barabasi_albert_graph(60, 2, seed=seed)
    for i in range(60, 120):  # pendant leaves and short chains: many cut points
        g.add_edge(i, rng.randrange(i))
    return nx.relabel_nodes(g, {v: f"n{v:03d}" for v in g})


def _brute_pieces(g: nx.Graph, v) -> list[list]:
    """The pieces v's removal leaves, from the definition: components of its component minus v."""
    comp = nx.node_connected_component(g, v) - {v}
    h = g.subgraph(comp)
    pieces = [sorted(c) for c in nx.connected_components(h)]
    return sorted(pieces, key=lambda p: (-len(p), p)) if len(pieces) >= 2 else []


def test_under_the_budget_every_piece_is_listed_in_full():
    g = _graph(1)
    lists, cut = splinter_lists(removal_impact(g))
    assert not cut
    assert all(lists[v] == _brute_pieces(g, v) for v in g)


def test_over_the_budget_each_piece_is_its_first_ids():
    g = _graph(2)
    impacts = removal_impact(g)
    need = total_members(impacts.values())
    assert need == sum(sum(map(len, _brute_pieces(g, v))) for v in g)
    lists, cut = splinter_lists(impacts, budget=need - 1, piece_max=7)
    assert cut
    for v in g:
        full = _brute_pieces(g, v)
        assert lists[v] == [p[:7] for p in full]
        assert [len(p) for p in full] == list(impacts[v].splinter_sizes)


def test_cut_lists_build_no_full_piece_lists():
    g = _graph(3)
    impacts = removal_impact(g)
    splinter_lists(impacts, budget=0, piece_max=3)
    source = next(r._source for r in impacts.values() if r._source is not None)
    assert source._cache == {}  # only heads were computed: nothing quadratic kept
