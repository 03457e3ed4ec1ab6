"""Declared factions (kind fallback) and Louvain groups on the trust layer."""

import networkx as nx

from actormap.core.analysis.factions import declared_factions, detected_factions
from actormap.core.analysis.layers import trust_graph
from actormap.core.model import Actor, ActorMap, Tie


def _map():
    actors = [
        Actor(id="a1", name="A1", kind="gang", faction="MS-13"),
        Actor(id="a2", name="A2", kind="gang", faction="MS-13"),
        Actor(id="c1", name="Church", kind="religious"),
        Actor(id="c2", name="Parish", kind="religious"),
        Actor(id="m", name="Mayor", kind="political", faction="Municipality"),
        Actor(id="x", name="Loner", kind="other"),
    ]
    ties = [
        Tie(id="t1", source="a1", target="a2", kind="symbiotic", strength=3),
        Tie(id="t2", source="c1", target="c2", kind="symbiotic", strength=3),
        Tie(id="t3", source="c1", target="m", kind="protective", strength=1),
        Tie(id="t4", source="a1", target="m", kind="conflict"),
    ]
    return ActorMap(actors=actors, ties=ties)


def test_declared_groups_fall_back_to_kind():
    d = declared_factions(_map())
    assert d == {
        "(other)": ["x"],
        "(religious)": ["c1", "c2"],
        "MS-13": ["a1", "a2"],
        "Municipality": ["m"],
    }
    assert sum(len(v) for v in d.values()) == 6


def test_detected_groups_cover_everyone_and_are_deterministic():
    G = trust_graph(_map())
    groups = detected_factions(G)
    assert sorted(v for g in groups for v in g) == sorted(G)  # a partition
    assert ["x"] in groups  # isolate as a singleton
    assert ["a1", "a2"] in groups  # the conflict tie is not a trust tie
    assert groups == detected_factions(trust_graph(_map()))
    assert [len(g) for g in groups] == sorted((len(g) for g in groups), reverse=True)


def test_two_cliques_joined_by_a_weak_bridge_split():
    G = nx.Graph()
    for clique in (range(0, 5), range(5, 10)):
        for u in clique:
            for v in clique:
                if u < v:
                    G.add_edge(u, v, weight=3)
    G.add_edge(4, 5, weight=1)
    assert detected_factions(G) == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]


def test_empty():
    assert detected_factions(nx.Graph()) == []
    assert declared_factions(ActorMap()) == {}
