"""Gould-Fernandez brokerage: brute-force triples, hand counts, and R's sna::brokerage.

The R cross-check was run against sna 2.7-1 (Debian package r-cran-sna,
R 4.2); it is skipped where Rscript or sna is missing.
"""

import itertools
import json
import random
import shutil
import subprocess

import networkx as nx
import pytest

from actormap.core.analysis.brokerage import ROLES, gould_fernandez

SNA_COLUMNS = ("w_I", "w_O", "b_IO", "b_OI", "b_O", "t")
# sna column -> our role name (b_IO = representative, b_OI = gatekeeper)
SNA_TO_ROLE = dict(zip(SNA_COLUMNS, (*ROLES, "total"), strict=True))


def brute_force(D, group):
    """Enumerate every ordered triple (i, j, k) of distinct nodes."""
    res = {v: dict.fromkeys((*ROLES, "total"), 0) for v in D}
    for i, j, k in itertools.permutations(D, 3):
        if not (D.has_edge(i, j) and D.has_edge(j, k)) or D.has_edge(i, k):
            continue
        gi, gj, gk = group[i], group[j], group[k]
        if gi == gj == gk:
            role = "coordinator"
        elif gi == gk:
            role = "itinerant"
        elif gi == gj:
            role = "representative"
        elif gj == gk:
            role = "gatekeeper"
        else:
            role = "liaison"
        res[j][role] += 1
        res[j]["total"] += 1
    return res


def random_case(rng, n_max=12):
    n = rng.randint(1, n_max)
    D = nx.gnp_random_graph(n, rng.uniform(0.05, 0.7), seed=rng.randint(0, 10**6), directed=True)
    k = rng.randint(1, 4)
    group = {v: f"g{rng.randrange(k)}" for v in D}
    return D, group


def test_single_two_paths_land_in_the_documented_role():
    D = nx.DiGraph([(1, 2), (2, 3)])
    cases = {
        ("A", "A", "A"): "coordinator",
        ("A", "B", "A"): "itinerant",
        ("A", "A", "B"): "representative",
        ("A", "B", "B"): "gatekeeper",
        ("A", "B", "C"): "liaison",
    }
    for (a, b, c), role in cases.items():
        r = gould_fernandez(D, {1: a, 2: b, 3: c})
        assert r[2][role] == 1 and r[2]["total"] == 1
        assert r[1]["total"] == r[3]["total"] == 0


def test_hand_counted_example():
    # Groups: a1, a2 in A; b1, b2 in B; c in C.
    # Arcs: a1->b1, b1->b2, b1->c, a2->b1, b2->a1, c->b1 (mutual b1<->c), a1->b2.
    D = nx.DiGraph([("a1", "b1"), ("b1", "b2"), ("b1", "c"), ("a2", "b1"),
                    ("b2", "a1"), ("c", "b1"), ("a1", "b2")])
    g = {"a1": "A", "a2": "A", "b1": "B", "b2": "B", "c": "C"}
    r = gould_fernandez(D, g)
    # b1's two-paths i -> b1 -> k with no i -> k:
    #   a1->b1->b2: a1->b2 exists, not counted; a1->b1->c: A,B,C liaison
    #   a2->b1->b2: A,B,B gatekeeper;           a2->b1->c: liaison
    #   c->b1->b2:  C,B,B gatekeeper;           c->b1->c: i == k, not counted
    assert r["b1"] == {"coordinator": 0, "itinerant": 0, "representative": 0,
                       "gatekeeper": 2, "liaison": 2, "total": 4}
    # b2: b1->b2->a1 (B,B,A representative); a1->b2->a1 is i == k.
    assert r["b2"]["representative"] == 1 and r["b2"]["total"] == 1
    # a1: b2->a1->b1 (b2 has no arc to b1): B,A,B itinerant.
    # b2->a1->b2 is i == k.
    assert r["a1"]["itinerant"] == 1 and r["a1"]["total"] == 1
    # c: b1->c->b1 is i == k only.
    assert r["c"]["total"] == 0 and r["a2"]["total"] == 0


def test_reverse_arc_does_not_suppress_a_two_path():
    # i->j->k with k->i (a 3-cycle): still brokered, as in sna.
    D = nx.DiGraph([(1, 2), (2, 3), (3, 1)])
    r = gould_fernandez(D, {1: "A", 2: "B", 3: "C"})
    assert [r[v]["liaison"] for v in (1, 2, 3)] == [1, 1, 1]


def test_against_brute_force_on_random_digraphs():
    rng = random.Random(1989)
    for _ in range(300):
        D, group = random_case(rng)
        assert gould_fernandez(D, group) == brute_force(D, group)


def _sna_available():
    if not shutil.which("Rscript"):
        return False
    code = "cat(requireNamespace('sna', quietly=TRUE) && requireNamespace('jsonlite', quietly=TRUE))"
    p = subprocess.run(["Rscript", "-e", code],
                       capture_output=True, text=True, timeout=120)
    return p.stdout.strip().endswith("TRUE")


R_SCRIPT = r"""
suppressMessages(library(sna))
args <- commandArgs(trailingOnly = TRUE)
cases <- jsonlite::fromJSON(args[1], simplifyVector = FALSE)
out <- list()
for (cs in cases) {
  n <- cs$n
  g <- matrix(0, n, n)
  for (a in cs$arcs) g[a[[1]] + 1, a[[2]] + 1] <- 1
  cl <- unlist(cs$cl)
  out[[length(out) + 1]] <- unname(brokerage(g, cl)$raw.nli)
}
cat(jsonlite::toJSON(out))
"""


def test_against_r_sna_brokerage(tmp_path):
    if not _sna_available():  # checked here, not at collection: starting R takes seconds
        pytest.skip("R with the sna and jsonlite packages is not installed")
    rng = random.Random(2008)
    cases, expected = [], []
    while len(cases) < 150:
        D, group = random_case(rng, n_max=15)
        if len(D) < 3 or D.number_of_edges() == 0:
            continue  # sna's edgelist coercion needs at least one arc
        nodes = list(D)
        idx = {v: i for i, v in enumerate(nodes)}
        cases.append({"n": len(nodes), "arcs": [[idx[u], idx[v]] for u, v in D.edges],
                      "cl": [group[v] for v in nodes]})
        expected.append((nodes, gould_fernandez(D, group)))
    data = tmp_path / "cases.json"
    data.write_text(json.dumps(cases))
    script = tmp_path / "brokerage.R"
    script.write_text(R_SCRIPT)
    p = subprocess.run(["Rscript", str(script), str(data)], capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    results = json.loads(p.stdout)
    assert len(results) == len(cases)
    compared = 0
    for (nodes, ours), raw in zip(expected, results, strict=True):
        for i, v in enumerate(nodes):
            row = dict(zip(SNA_COLUMNS, raw[i], strict=True))
            assert {SNA_TO_ROLE[c]: int(x) for c, x in row.items()} == ours[v]
            compared += 1
    assert compared > 500
