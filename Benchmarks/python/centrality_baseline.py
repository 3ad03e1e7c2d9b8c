"""Times the centrality measures Weefsel users would otherwise run in python-igraph (and NetworkX on
small graphs), for comparison with the Swift benchmark.

usage: python3 centrality_baseline.py EDGES N [--repeat R]
EDGES is a whitespace edge list (`u v` per line, 0-based ints), N the number of nodes. Prints one JSON
line: seconds per measure (the median of R runs, default 1), plus the graph's size.
"""

import argparse
import json
import statistics
import time


def timed(fn, repeat):
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("edges")
    parser.add_argument("n", type=int)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    pairs = []
    with open(args.edges) as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                pairs.append((int(parts[0]), int(parts[1])))
    result = {"nodes": args.n, "edges": len(pairs)}

    import igraph

    g = igraph.Graph(n=args.n, edges=pairs, directed=False)
    g.simplify()
    result["igraph_betweenness"] = timed(lambda: g.betweenness(directed=False), args.repeat)
    result["igraph_closeness"] = timed(lambda: g.closeness(), args.repeat)
    result["igraph_pagerank"] = timed(lambda: g.pagerank(), args.repeat)
    result["igraph_eigenvector"] = timed(lambda: g.eigenvector_centrality(), args.repeat)

    if args.n <= 2000:
        import networkx as nx

        G = nx.Graph()
        G.add_nodes_from(range(args.n))
        G.add_edges_from(pairs)
        result["networkx_betweenness"] = timed(lambda: nx.betweenness_centrality(G), args.repeat)
        result["networkx_closeness"] = timed(lambda: nx.closeness_centrality(G), args.repeat)
        result["networkx_pagerank"] = timed(lambda: nx.pagerank(G), args.repeat)
        result["networkx_eigenvector"] = timed(lambda: nx.eigenvector_centrality(G), args.repeat)
    print(json.dumps(result, sort_keys=True))


if __name__ == "__main__":
    main()
