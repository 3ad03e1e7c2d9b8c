/// Closeness centrality: how near a node is to everyone it can reach.
///
/// As NetworkX `closeness_centrality(G, wf_improved=True)`: for a node reaching `r - 1` others at a
/// total distance `D`, the score is `(r-1)/D × (r-1)/(n-1)` (Wasserman and Faust's correction for
/// graphs in several parts); 0 for a node that reaches nobody. When `weighted`, a tie's length is
/// `1 / strength`.
///
/// Unweighted, 64 sources are searched at once, one bit each; weighted, one Dijkstra per source.
/// Large graphs are renumbered in breadth-first order first, for cache locality.
///
/// - Returns: one score per node, in `0...1` unweighted.
/// - Complexity: O(n·m) time unweighted (in practice several times less, as a tie serves up to 64
///   searches at once), O(n·m log n) weighted, split over the cores; O(n) memory per core.
public func closenessCentrality(of graph: Adjacency, weighted: Bool = false) -> [Double] {
    let n = graph.nodeCount
    guard n > 1 else { return [Double](repeating: 0, count: n) }
    if n >= LocalityOrder.threshold {
        let local = LocalityOrder(graph)
        return local.originalScores(closenessScores(of: local.graph, weighted: weighted))
    }
    return closenessScores(of: graph, weighted: weighted)
}

/// Closeness on the graph as numbered.
private func closenessScores(of graph: Adjacency, weighted: Bool) -> [Double] {
    let n = graph.nodeCount
    var scores = [Double](repeating: 0, count: n)
    func score(reached: Int, total: Int) -> Double {
        guard total > 0 else { return 0 }
        let others = Double(reached - 1)
        let length = weighted ? Double(total) / tieLengthUnitsPerStep : Double(total)
        return others / length * (others / Double(n - 1))
    }
    graph.offsets.withUnsafeBufferPointer { offsets in
        graph.targets.withUnsafeBufferPointer { targets in
            graph.strengths.withUnsafeBufferPointer { strengths in
                scores.withUnsafeMutableBufferPointer { result in
                    if weighted {
                        let blocks = min(n, 256)
                        concurrentlyPerform(iterations: blocks) { block in
                            let buffers = SweepBuffers(nodeCount: n, heapCapacity: targets.count + 1)
                            var s = block
                            while s < n {
                                let (reached, total) = weightedDistanceSum(
                                    from: s, offsets: offsets, targets: targets, strengths: strengths,
                                    buffers: buffers)
                                result[s] = score(reached: reached, total: total)
                                s += blocks
                            }
                        }
                    } else {
                        let batches = (n + 63) / 64
                        let tasks = min(batches, 64)
                        concurrentlyPerform(iterations: tasks) { task in
                            var search = BatchSearch(nodeCount: n)
                            var batch = task
                            while batch < batches {
                                let first = batch * 64
                                let sums = search.distanceSums(
                                    from: first..<min(first + 64, n), offsets: offsets, targets: targets)
                                for (i, sum) in sums.enumerated() {
                                    result[first + i] = score(reached: sum.reached, total: sum.total)
                                }
                                batch += tasks
                            }
                        }
                    }
                }
            }
        }
    }
    return scores
}

/// Breadth-first search from up to 64 sources at once, one bit per source (multi-source BFS after
/// Then et al., 2014): a tie is followed once per level for all sources whose search is at its end.
struct BatchSearch {
    private var seen: [UInt64]
    private var frontier: [UInt64]
    private var next: [UInt64]
    private var active: [Int32] = []
    private var touched: [Int32] = []

    init(nodeCount n: Int) {
        seen = [UInt64](repeating: 0, count: n)
        frontier = [UInt64](repeating: 0, count: n)
        next = [UInt64](repeating: 0, count: n)
    }

    /// For each source, the nodes reached (itself included) and the sum of their distances.
    ///
    /// - Complexity: O(Σ over levels of the ties of nodes on that level's frontier, + 64·n).
    mutating func distanceSums(
        from sources: Range<Int>, offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>
    ) -> [(reached: Int, total: Int)] {
        var reached = [Int](repeating: 1, count: sources.count)
        var totals = [Int](repeating: 0, count: sources.count)
        active.removeAll(keepingCapacity: true)
        seen.withUnsafeMutableBufferPointer { seen in
            frontier.withUnsafeMutableBufferPointer { frontier in
                next.withUnsafeMutableBufferPointer { next in
                    for (bit, s) in sources.enumerated() {
                        seen[s] |= 1 << UInt64(bit)
                        frontier[s] |= 1 << UInt64(bit)
                        active.append(Int32(s))
                    }
                    var level = 0
                    while !active.isEmpty {
                        level += 1
                        touched.removeAll(keepingCapacity: true)
                        for v in active {
                            let bits = frontier[Int(v)]
                            frontier[Int(v)] = 0
                            for e in Int(offsets[Int(v)])..<Int(offsets[Int(v) + 1]) {
                                let w = Int(targets[e])
                                if next[w] == 0 { touched.append(Int32(w)) }
                                next[w] |= bits
                            }
                        }
                        active.removeAll(keepingCapacity: true)
                        for w in touched {
                            let i = Int(w)
                            var fresh = next[i] & ~seen[i]
                            next[i] = 0
                            guard fresh != 0 else { continue }
                            seen[i] |= fresh
                            frontier[i] = fresh
                            active.append(w)
                            while fresh != 0 {
                                let bit = fresh.trailingZeroBitCount
                                reached[bit] += 1
                                totals[bit] += level
                                fresh &= fresh &- 1
                            }
                        }
                    }
                    // Forget the batch: every node this batch saw has a nonzero `seen`.
                    for i in 0..<seen.count where seen[i] != 0 { seen[i] = 0 }
                }
            }
        }
        return zip(reached, totals).map { ($0, $1) }
    }
}

/// The number of nodes Dijkstra from `s` reaches and the sum of their distances in tie-length units.
private func weightedDistanceSum(
    from s: Int, offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>,
    strengths: UnsafeBufferPointer<UInt8>, buffers: SweepBuffers
) -> (reached: Int, total: Int) {
    let distance = buffers.distance
    let settled = buffers.settled
    buffers.heap.removeAll()
    distance[s] = 0
    buffers.heap.push(distance: 0, node: Int32(s))
    var reached = 0
    var total = 0
    while let (d, node) = buffers.heap.pop() {
        let v = Int(node)
        if settled[v] || d > distance[v] { continue }
        settled[v] = true
        buffers.order[reached] = node
        reached += 1
        total += Int(d)
        for e in Int(offsets[v])..<Int(offsets[v + 1]) {
            let w = Int(targets[e])
            let candidate = d + tieLength(strengths[e])
            if distance[w] < 0 || candidate < distance[w] {
                distance[w] = candidate
                buffers.heap.push(distance: candidate, node: Int32(w))
            }
        }
    }
    buffers.reset(reached: reached)
    return (reached, total)
}
