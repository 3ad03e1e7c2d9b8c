#!/usr/bin/env python3
"""SciPy baselines for Weefsel's matching solver.

Reads the instance file MatchingBench.swift writes (header `needs offers pairs`, a line of offer
capacities, then `need offer score` per feasible pair, scores in whole thousandths of a point, every
need taking one place), expands each offer into one column per place, and finds the assignment with
the largest total score where a need may stay unmatched:

* sparse: scipy.sparse.csgraph.min_weight_full_bipartite_matching on weights BIG - score, with one
  private dummy column of weight BIG per need so that a full matching of the needs always exists;
  the optimum is needs * BIG - total weight.
* dense: scipy.optimize.linear_sum_assignment(maximize=True) on the needs x places matrix with 0 for
  "no pair" (the same as staying unmatched); only when the matrix is not too large.

Prints one JSON line: {"sparse_seconds", "sparse_optimum", "dense_seconds", "dense_optimum", ...}.
Only the solver calls are timed.
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching


def read(path):
    with open(path) as f:
        n, m, p = map(int, f.readline().split())
        capacities = np.array(f.readline().split(), dtype=np.int64) if m else np.zeros(0, dtype=np.int64)
        data = np.loadtxt(f, dtype=np.int64, ndmin=2) if p else np.zeros((0, 3), dtype=np.int64)
    return n, m, capacities, data


def expand(n, capacities, data):
    """Rows, columns and scores of the needs x places instance."""
    first = np.concatenate(([0], np.cumsum(capacities)))
    rows, cols, scores = [], [], []
    for k in range(int(capacities.max()) if len(capacities) else 0):
        mask = capacities[data[:, 1]] > k
        rows.append(data[mask, 0])
        cols.append(first[data[mask, 1]] + k)
        scores.append(data[mask, 2])
    if rows:
        return np.concatenate(rows), np.concatenate(cols), np.concatenate(scores), int(first[-1])
    return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64), 0


def sparse(n, rows, cols, scores, places):
    big = float(scores.max() + 1) if len(scores) else 1.0
    r = np.concatenate((rows, np.arange(n)))
    c = np.concatenate((cols, places + np.arange(n)))
    w = np.concatenate((big - scores.astype(np.float64), np.full(n, big)))
    matrix = csr_matrix((w, (r, c)), shape=(n, places + n))
    start = time.perf_counter()
    row_ind, col_ind = min_weight_full_bipartite_matching(matrix)
    seconds = time.perf_counter() - start
    total = float(matrix[row_ind, col_ind].sum())
    return seconds, int(round(n * big - total))


def dense(n, rows, cols, scores, places):
    matrix = np.zeros((n, max(places, 1)), dtype=np.float64)
    matrix[rows, cols] = scores
    start = time.perf_counter()
    row_ind, col_ind = linear_sum_assignment(matrix, maximize=True)
    seconds = time.perf_counter() - start
    return seconds, int(round(matrix[row_ind, col_ind].sum()))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "matching-instance.txt"
    n, m, capacities, data = read(path)
    rows, cols, scores, places = expand(n, capacities, data)
    out = {"needs": n, "offers": m, "pairs": int(len(data)), "places": places}
    out["sparse_seconds"], out["sparse_optimum"] = sparse(n, rows, cols, scores, places)
    if n * places <= 60_000_000:
        out["dense_seconds"], out["dense_optimum"] = dense(n, rows, cols, scores, places)
    print(json.dumps(out, sort_keys=True))


if __name__ == "__main__":
    main()
