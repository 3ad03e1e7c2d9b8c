"""Times graph-tool's exact betweenness and closeness on one edge list, for comparison with Weefsel.
graph-tool comes from Debian (python3-graph-tool) and runs under the system Python, /usr/bin/python3.

usage: /usr/bin/python3 graphtool_baseline.py EDGES N   (prints one JSON line of seconds)
"""
import json
import sys
import time

import graph_tool.all as gt


def main():
    path, n = sys.argv[1], int(sys.argv[2])
    graph = gt.Graph(directed=False)
    graph.add_vertex(n)
    edges = []
    with open(path) as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 2:
                edges.append((int(parts[0]), int(parts[1])))
    graph.add_edge_list(edges)
    result = {"nodes": n, "edges": len(edges), "threads": gt.openmp_get_num_threads()}
    start = time.perf_counter()
    gt.betweenness(graph)
    result["graphtool_betweenness"] = time.perf_counter() - start
    start = time.perf_counter()
    gt.closeness(graph, harmonic=False)
    result["graphtool_closeness"] = time.perf_counter() - start
    print(json.dumps(result, sort_keys=True))


if __name__ == "__main__":
    main()
