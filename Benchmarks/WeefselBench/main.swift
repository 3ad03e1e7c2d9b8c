// The benchmark driver; filled in as benchmarks land.
print("weefsel-bench")
