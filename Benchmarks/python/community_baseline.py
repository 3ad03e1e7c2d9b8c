#!/usr/bin/env python3
"""Times the community searches a Weefsel user would otherwise pick, on one edge list.

Usage: community_baseline.py EDGES N [SEED]
EDGES is a whitespace edge list `u v` of 0-based node numbers, N the number of nodes. Runs
python-igraph's `community_multilevel` and `community_leiden(objective_function="modularity")`, and
NetworkX's `louvain_communities` only for N <= 20,000. Prints one JSON line with seconds and
modularity for each.
"""
import json
import random
import sys
import time

import igraph as ig
import networkx as nx


def main() -> None:
    path, n = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    edges = []
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                edges.append((int(parts[0]), int(parts[1])))
    result = {"nodes": n, "edges": len(edges)}

    graph = ig.Graph(n=n, edges=edges)
    graph.simplify()
    random.seed(seed)
    ig.set_random_number_generator(random)
    start = time.perf_counter()
    multilevel = graph.community_multilevel()
    result["igraph_multilevel"] = {
        "seconds": time.perf_counter() - start,
        "modularity": graph.modularity(multilevel.membership),
    }
    start = time.perf_counter()
    leiden = graph.community_leiden(objective_function="modularity")
    result["igraph_leiden"] = {
        "seconds": time.perf_counter() - start,
        "modularity": graph.modularity(leiden.membership),
    }
    if n <= 20_000:
        g = nx.Graph()
        g.add_nodes_from(range(n))
        g.add_edges_from(edges)
        start = time.perf_counter()
        parts = nx.community.louvain_communities(g, seed=seed)
        result["networkx_louvain"] = {
            "seconds": time.perf_counter() - start,
            "modularity": nx.community.modularity(g, parts),
        }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
