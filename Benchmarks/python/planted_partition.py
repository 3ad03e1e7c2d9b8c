#!/usr/bin/env python3
"""Writes a seeded random graph with community structure as a whitespace edge list `u v`.

Usage: planted_partition.py N M SEED OUT
Communities of 20 to 200 nodes; each edge picks a random node and, with probability 0.7, a partner in
the same community, otherwise anywhere. Duplicate edges and self-loops are dropped, so the file holds
slightly fewer than M edges. Used to compare Weefsel's community search with python-igraph.
"""
import random
import sys


def main() -> None:
    n, m, seed, out = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    rng = random.Random(seed)
    community, starts, sizes = [0] * n, [], []
    v = 0
    while v < n:
        size = min(rng.randint(20, 200), n - v)
        starts.append(v)
        sizes.append(size)
        for u in range(v, v + size):
            community[u] = len(starts) - 1
        v += size
    edges = set()
    for _ in range(m):
        u = rng.randrange(n)
        if rng.random() < 0.7:
            c = community[u]
            w = starts[c] + rng.randrange(sizes[c])
        else:
            w = rng.randrange(n)
        if u != w:
            edges.add((min(u, w), max(u, w)))
    with open(out, "w") as f:
        for u, w in sorted(edges):
            f.write(f"{u} {w}\n")


if __name__ == "__main__":
    main()
