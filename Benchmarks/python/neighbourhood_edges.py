"""Writes a seeded, neighbourhood-like edge list for the centrality benchmarks.

usage: python3 neighbourhood_edges.py PERSONS SEED OUT  (prints the node count)

Households of 1-5 people tied within; neighbour ties along the street; friendships, mostly nearby;
about one association per hundred residents, with members. Roughly 4.2 ties per person, like the
generated neighbourhoods Weefsel is measured on. Nodes are 0-based; associations come last.
"""

import random
import sys


def main():
    persons, seed, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rng = random.Random(seed)
    households = []
    p = 0
    while p < persons:
        size = min(persons - p, rng.choices([1, 2, 3, 4, 5], weights=[35, 30, 15, 14, 6])[0])
        households.append(list(range(p, p + size)))
        p += size
    edges = set()

    def tie(a, b):
        if a != b:
            edges.add((min(a, b), max(a, b)))

    for members in households:
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                tie(a, b)
    h = len(households)
    for i, members in enumerate(households):
        for step in (1, 2, 3):
            if rng.random() < 0.7:
                other = households[(i + step) % h]
                tie(rng.choice(members), rng.choice(other))
    for a in range(persons):
        for _ in range(2):
            if rng.random() < 0.75:
                b = min(persons - 1, max(0, a + int(rng.gauss(0, 60))))
            else:
                b = rng.randrange(persons)
            tie(a, b)
    associations = max(1, persons // 100)
    for a in range(persons):
        for _ in range(rng.choices([0, 1, 2], weights=[50, 35, 15])[0]):
            tie(a, persons + rng.randrange(associations))
    with open(out, "w") as f:
        for a, b in sorted(edges):
            f.write(f"{a} {b}\n")
    print(persons + associations, len(edges))


if __name__ == "__main__":
    main()
