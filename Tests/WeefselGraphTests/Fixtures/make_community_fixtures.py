#!/usr/bin/env python3
"""Writes community_fixtures.json: published networks with the modularity NetworkX computes.

For each network (Zachary's karate club, Les Miserables, the Florentine families, and one seeded
random graph): nodes numbered 0..n-1 in sorted name order, the undirected edges (unweighted),
a few partitions with NetworkX's `modularity` of each, and the best modularity that NetworkX's
`louvain_communities` finds over seeds 0..19. Run once with networkx installed; the tests read the
JSON and need no Python.
"""
import json
import random

import networkx as nx
from networkx.algorithms import community


def describe(name, graph):
    names = sorted(graph.nodes(), key=lambda x: (str(type(x)), x))
    index = {v: i for i, v in enumerate(names)}
    edges = sorted({tuple(sorted((index[u], index[v]))) for u, v in graph.edges() if u != v})
    simple = nx.Graph()
    simple.add_nodes_from(range(len(names)))
    simple.add_edges_from(edges)

    partitions = []
    best = -1.0
    for seed in range(20):
        parts = community.louvain_communities(simple, seed=seed)
        q = community.modularity(simple, parts)
        best = max(best, q)
        if seed < 3:
            partitions.append(("louvain seed %d" % seed, parts))
    partitions.append(("greedy modularity", community.greedy_modularity_communities(simple)))
    partitions.append(("label propagation", list(community.label_propagation_communities(simple))))
    rng = random.Random(len(names))
    labels = [rng.randrange(4) for _ in names]
    partitions.append(("random four", [{v for v in range(len(names)) if labels[v] == c} for c in range(4) if c in labels]))
    partitions.append(("everyone together", [set(range(len(names)))]))
    partitions.append(("everyone alone", [{v} for v in range(len(names))]))

    def membership(parts):
        result = [0] * len(names)
        for c, part in enumerate(parts):
            for v in part:
                result[v] = c
        return result

    return {
        "name": name,
        "nodes": [str(v) for v in names],
        "edges": [list(e) for e in edges],
        "best_louvain_modularity": best,
        "partitions": [
            {
                "label": label,
                "membership": membership(parts),
                "modularity": community.modularity(simple, parts),
                "modularity_resolution_2": community.modularity(simple, parts, resolution=2),
            }
            for label, parts in partitions
        ],
    }


def main() -> None:
    networks = [
        describe("karate club", nx.karate_club_graph()),
        describe("les miserables", nx.les_miserables_graph()),
        describe("florentine families", nx.florentine_families_graph()),
        describe("random gnp 80", nx.gnp_random_graph(80, 0.08, seed=11)),
    ]
    with open("community_fixtures.json", "w") as f:
        json.dump({"networkx": nx.__version__, "networks": networks}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
