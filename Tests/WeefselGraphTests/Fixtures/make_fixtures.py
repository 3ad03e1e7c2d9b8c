"""Writes centrality_fixtures.json: published networks with the scores NetworkX gives them.

Run once with NetworkX installed (python3 make_fixtures.py); the Swift tests only read the JSON.
Nodes are numbered in NetworkX's node order. Each edge carries a strength 1..3: the network's own
weight clamped to 1..3 where it has one, otherwise a fixed pattern. Weighted path measures use the
distance 1/strength as an exact fraction, so equally long paths compare equal, as they do in Weefsel.
"""

import json
import math
from fractions import Fraction
from pathlib import Path

import networkx as nx


def with_strengths(G, weighted_source):
    H = nx.Graph()
    nodes = list(G.nodes())
    index = {v: i for i, v in enumerate(nodes)}
    H.add_nodes_from(range(len(nodes)))
    for u, v, data in G.edges(data=True):
        a, b = sorted((index[u], index[v]))
        if weighted_source and "weight" in data:
            s = min(3, max(1, int(data["weight"])))
        else:
            s = 1 + (a * 7 + b * 13) % 3
        H.add_edge(a, b, strength=s, dist=Fraction(1, s))
    return [str(v) for v in nodes], H


def floats(d, n):
    out = []
    for i in range(n):
        x = float(d[i])
        out.append(None if math.isnan(x) else x)
    return out


def expected(H):
    n = H.number_of_nodes()
    e = {}
    e["degree"] = floats(nx.degree_centrality(H), n)
    e["degree_weighted"] = [
        (H.degree(v, weight="strength") / (n - 1)) if n > 1 else 1.0 for v in range(n)
    ]
    e["betweenness"] = floats(nx.betweenness_centrality(H), n)
    e["betweenness_weighted"] = floats(nx.betweenness_centrality(H, weight="dist"), n)
    e["closeness"] = floats(nx.closeness_centrality(H, wf_improved=True), n)
    e["closeness_weighted"] = floats(nx.closeness_centrality(H, distance="dist", wf_improved=True), n)
    e["eigenvector"] = floats(nx.eigenvector_centrality(H, max_iter=100000, tol=1e-13), n)
    e["eigenvector_weighted"] = floats(
        nx.eigenvector_centrality(H, max_iter=100000, tol=1e-13, weight="strength"), n
    )
    unit = nx.Graph()
    unit.add_nodes_from(H.nodes())
    unit.add_edges_from(H.edges())
    e["pagerank"] = floats(nx.pagerank(unit, tol=1e-14, max_iter=100000), n)
    e["pagerank_weighted"] = floats(nx.pagerank(H, weight="strength", tol=1e-14, max_iter=100000), n)
    e["constraint"] = floats(nx.constraint(H), n)
    e["constraint_weighted"] = floats(nx.constraint(H, weight="strength"), n)
    e["articulation_points"] = sorted(nx.articulation_points(H))
    e["component_count"] = nx.number_connected_components(H)
    e["distances_from_0"] = [
        nx.single_source_shortest_path_length(H, 0).get(v, -1) for v in range(n)
    ]
    return e


def mixed():
    """Florentine families, a star and a path side by side, plus two isolates: several parts."""
    G = nx.disjoint_union_all(
        [nx.florentine_families_graph(), nx.star_graph(4), nx.path_graph(5), nx.empty_graph(2)]
    )
    return G


def main():
    davis = nx.davis_southern_women_graph()
    women = [v for v, d in davis.nodes(data=True) if d["bipartite"] == 0]
    graphs = [
        ("karate", nx.karate_club_graph(), True),
        ("florentine", nx.florentine_families_graph(), False),
        ("les_miserables", nx.les_miserables_graph(), True),
        ("davis_bipartite", davis, False),
        ("davis_women", nx.bipartite.weighted_projected_graph(davis, women), True),
        ("mixed_parts", mixed(), False),
    ]
    out = {"networkx": nx.__version__, "graphs": []}
    for name, G, weighted in graphs:
        nodes, H = with_strengths(G, weighted)
        out["graphs"].append(
            {
                "name": name,
                "nodes": nodes,
                "edges": [[u, v, d["strength"]] for u, v, d in sorted(H.edges(data=True))],
                "expected": expected(H),
            }
        )
    path = Path(__file__).with_name("centrality_fixtures.json")
    path.write_text(json.dumps(out, indent=None, separators=(",", ":"), sort_keys=True) + "\n")
    print("wrote", path, path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
