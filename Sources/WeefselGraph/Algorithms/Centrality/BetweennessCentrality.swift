/// Betweenness centrality: for each node, the share of shortest paths between other pairs of nodes
/// that pass through it: the people others go through.
///
/// Exact Brandes accumulation from every source, run on all cores, normalised as NetworkX
/// `betweenness_centrality(G)` does for undirected graphs: divided by `(n-1)(n-2)`, where every
/// unordered pair is counted from both ends. When `weighted`, a tie's length is `1 / strength`
/// (strong ties are short) and paths are found with Dijkstra; equally long paths are compared exactly.
/// Large graphs are renumbered in breadth-first order first, for cache locality. Unweighted, the
/// searches run eight sources at a time (``BatchedSweep``): sources that are neighbours in that
/// order share most of their levels, so a tie is scanned a few times per batch instead of once per
/// source.
///
/// - Parameters:
///   - graph: the simple graph to measure.
///   - weighted: whether paths follow tie strength.
/// - Returns: one score per node, in `0...1`.
/// - Complexity: O(n·m) time unweighted (with about n/8 · L · m scans of the ties, L the distinct
///   distances at which a batch reaches a node, about 2.4 on neighbourhoods), O(n·(m + D)) weighted
///   (D the largest distance), split over the cores; O(8·(n + m)) memory per core and O(32·n) for the
///   partial sums.
public func betweennessCentrality(of graph: Adjacency, weighted: Bool = false) -> [Double] {
    let n = graph.nodeCount
    guard n > 2 else { return [Double](repeating: 0, count: n) }
    let all = (0..<n).map { Int32($0) }
    let raw: [Double]
    if n >= LocalityOrder.threshold {
        let local = LocalityOrder(graph)
        raw = local.originalScores(
            brandesDependencies(of: local.graph, from: all, weighted: weighted, foldingLeaves: true))
    } else {
        raw = brandesDependencies(of: graph, from: all, weighted: weighted, foldingLeaves: true)
    }
    let scale = 1 / (Double(n - 1) * Double(n - 2))
    return raw.map { $0 * scale }
}

/// Approximate betweenness from `sample` randomly chosen source nodes (pivots), scaled up as NetworkX
/// `betweenness_centrality(G, k=sample)` does (NetworkX 3.6): a pivot's own score is divided by
/// `(k-1)(n-2)`, every other node's by `k(n-2)`. With `sample == n` the result is exact.
///
/// - Parameters:
///   - sample: the number of pivots, `2...n`.
///   - seed: seeds the choice of pivots; the same seed gives the same scores.
/// - Throws: `GraphError.invalidArgument` when `sample` is outside `2...n` on a graph of three or more
///   nodes.
/// - Complexity: O(k·(m + D)) time, D the largest distance (in tie-length units when weighted).
public func betweennessCentrality(
    of graph: Adjacency, weighted: Bool = false, sample: Int, seed: UInt64
) throws(GraphError) -> [Double] {
    let n = graph.nodeCount
    guard n > 2 else { return [Double](repeating: 0, count: n) }
    guard sample >= 2 && sample <= n else {
        throw .invalidArgument("betweenness sample must be between 2 and \(n) nodes, got \(sample)")
    }
    let pivots = samplePivots(count: sample, of: n, seed: seed)
    let raw: [Double]
    if n >= LocalityOrder.threshold {
        let local = LocalityOrder(graph)
        let sources = pivots.map { local.renumbered[Int($0)] }.sorted()
        raw = local.originalScores(brandesDependencies(of: local.graph, from: sources, weighted: weighted))
    } else {
        raw = brandesDependencies(of: graph, from: pivots, weighted: weighted)
    }
    var isPivot = [Bool](repeating: false, count: n)
    for p in pivots { isPivot[Int(p)] = true }
    let k = Double(sample)
    let pivotScale = 1 / ((k - 1) * Double(n - 2))
    let otherScale = 1 / (k * Double(n - 2))
    return (0..<n).map { raw[$0] * (isPivot[$0] ? pivotScale : otherScale) }
}

/// `count` distinct nodes of `0..<n`, chosen by a seeded partial Fisher-Yates shuffle, in ascending order.
func samplePivots(count: Int, of n: Int, seed: UInt64) -> [Int32] {
    var random = SeededRandom(seed: seed)
    var pool = (0..<n).map { Int32($0) }
    for i in 0..<count {
        let span = UInt64(n - i)
        // Lemire's multiply-shift with rejection: uniform in 0..<span.
        var product = random.next().multipliedFullWidth(by: span)
        if product.low < span {
            let threshold = (0 &- span) % span
            while product.low < threshold { product = random.next().multipliedFullWidth(by: span) }
        }
        pool.swapAt(i, i + Int(product.high))
    }
    return pool[0..<count].sorted()
}

/// The sum over `sources` of Brandes' dependencies of every node (each source's own entry excluded).
///
/// With `foldingLeaves` (when `sources` is every node), a node with one tie to a node with more is
/// not searched from: every path from such a leaf `s` runs through its neighbour `u`, so its
/// dependencies are `u`'s own, except that `u` itself lies on the paths to all `r - 2` other nodes
/// `s` reaches. The search from `u` is counted once more per leaf instead (after Baglioni et al.,
/// 2012), which saves one search per leaf.
///
/// Unweighted searches run eight sources at a time (``BatchedSweep``) unless `batched` is false,
/// which searches one source at a time: the reference the batched path is tested against.
func brandesDependencies(
    of graph: Adjacency, from sources: [Int32], weighted: Bool, foldingLeaves: Bool = false,
    batched: Bool = true
) -> [Double] {
    let n = graph.nodeCount
    var searched = sources
    var leaves = [Int32](repeating: 0, count: foldingLeaves ? n : 0)
    if foldingLeaves {
        searched = sources.filter { s in
            guard graph.degree(of: Int(s)) == 1 else { return true }
            let u = Int(graph.targets[Int(graph.offsets[Int(s)])])
            guard graph.degree(of: u) > 1 else { return true }
            leaves[u] += 1
            return false
        }
    }
    if batched && !weighted {
        return batchedDependencies(of: graph, from: searched, leaves: foldingLeaves ? leaves : nil)
    }
    return graph.offsets.withUnsafeBufferPointer { offsets in
        graph.targets.withUnsafeBufferPointer { targets in
            graph.strengths.withUnsafeBufferPointer { strengths in
                SourceSweep.sum(
                    nodeCount: n, sources: searched,
                    makeWorker: {
                        SweepBuffers(nodeCount: $0, entryCount: targets.count)
                    },
                    sweep: { buffers, source, partial in
                        let folded = foldingLeaves ? Double(leaves[source]) : 0
                        let reached =
                            weighted
                            ? accumulateWeighted(
                                from: source, offsets: offsets, targets: targets, strengths: strengths,
                                buffers: buffers, times: 1 + folded, into: partial)
                            : accumulateUnweighted(
                                from: source, offsets: offsets, targets: targets, buffers: buffers,
                                times: 1 + folded, into: partial)
                        if folded > 0 { partial[source] += folded * Double(reached - 2) }
                    })
            }
        }
    }
}

/// The unweighted dependencies summed over `sources`, taken ``BatchedSweep/width`` at a time in the
/// given order (consecutive sources lie close together in the breadth-first renumbering), each
/// counted once more per leaf folded into it (`leaves[s]`, as in
/// ``brandesDependencies(of:from:weighted:foldingLeaves:batched:)``).
private func batchedDependencies(of graph: Adjacency, from sources: [Int32], leaves: [Int32]?) -> [Double] {
    let n = graph.nodeCount
    let width = BatchedSweep.width
    let batches = (sources.count + width - 1) / width
    return graph.offsets.withUnsafeBufferPointer { offsets in
        graph.targets.withUnsafeBufferPointer { targets in
            SourceSweep.sum(
                nodeCount: n, sources: (0..<Int32(batches)).map { $0 },
                makeWorker: { BatchedSweep(nodeCount: $0, entryCount: targets.count) },
                sweep: { sweep, batch, partial in
                    let batchSources = sources[(batch * width)..<min(sources.count, (batch + 1) * width)]
                    var times = Lanes.zero
                    var folded = Lanes.zero
                    for (lane, s) in batchSources.enumerated() {
                        folded[lane] = leaves.map { Double($0[Int(s)]) } ?? 0
                        times[lane] = 1 + folded[lane]
                    }
                    let reached = sweep.accumulate(
                        from: batchSources, times: times, offsets: offsets, targets: targets, into: partial)
                    for (lane, s) in batchSources.enumerated() where folded[lane] > 0 {
                        partial[Int(s)] += folded[lane] * (reached[lane] - 2)
                    }
                })
        }
    }
}

/// One BFS from `s` counting shortest paths and listing each node's successors, then the
/// dependencies pulled back from those lists.
///
/// The successor lists are written in the order nodes are reached, so the backward pass reads them as
/// one contiguous run, touching only the ties on shortest paths and no distances. The forward loop
/// writes every neighbour to the list and advances only past successors, instead of branching.
@inline(__always) private func accumulateUnweighted(
    from s: Int, offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>,
    buffers: SweepBuffers, times: Double, into partial: UnsafeMutableBufferPointer<Double>
) -> Int {
    let distance = buffers.distance
    let paths = buffers.pathCount
    let coefficient = buffers.coefficient
    let order = buffers.order
    let successors = buffers.successors
    let blockEnd = buffers.blockEnd
    distance[s] = 0
    paths[s] = 1
    order[0] = Int32(s)
    var head = 0
    var tail = 1
    var listed = 0
    while head < tail {
        let v = Int(order[head])
        let next = distance[v] + 1
        let pv = paths[v]
        var e = Int(offsets[v])
        let end = Int(offsets[v + 1])
        while e < end {
            let w = Int(targets[e])
            let dw = distance[w]
            if dw < 0 {
                distance[w] = next
                paths[w] = 0
                order[tail] = Int32(w)
                tail += 1
            }
            let onPath = dw < 0 || dw == next
            if onPath { paths[w] += pv }
            successors[listed] = Int32(w)
            listed &+= onPath ? 1 : 0
            e += 1
        }
        blockEnd[head] = Int32(listed)
        head += 1
    }
    var i = tail - 1
    while i > 0 {
        let w = Int(order[i])
        var sum = 0.0
        var j = Int(blockEnd[i - 1])
        let end = Int(blockEnd[i])
        while j < end {
            sum += coefficient[Int(successors[j])]
            j += 1
        }
        let pw = paths[w]
        let dependency = pw * sum
        partial[w] += times * dependency
        coefficient[w] = (1 + dependency) / pw
        i -= 1
    }
    for j in 0..<tail { distance[Int(order[j])] = -1 }
    return tail
}

/// One Dijkstra from `s` over tie lengths counting shortest paths, then the dependencies pulled back.
///
/// Tie lengths are small whole numbers, so the queue is a ring of buckets (Dial's algorithm): O(m + D)
/// per source for a largest distance D, instead of a heap's O(m log n).
private func accumulateWeighted(
    from s: Int, offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>,
    strengths: UnsafeBufferPointer<UInt8>, buffers: SweepBuffers, times: Double,
    into partial: UnsafeMutableBufferPointer<Double>
) -> Int {
    let distance = buffers.distance
    let paths = buffers.pathCount
    let coefficient = buffers.coefficient
    let order = buffers.order
    let settled = buffers.settled
    var buckets = buffers.buckets
    buffers.buckets = []
    defer { buffers.buckets = buckets }
    let ring = Int32(buckets.count)
    distance[s] = 0
    paths[s] = 1
    buckets[0].append(Int32(s))
    var pending = 1
    var reached = 0
    var d: Int32 = 0
    while pending > 0 {
        let b = Int(d % ring)
        var k = 0
        while k < buckets[b].count {
            let node = buckets[b][k]
            k += 1
            pending -= 1
            let v = Int(node)
            if settled[v] || distance[v] != d { continue }
            settled[v] = true
            order[reached] = node
            reached += 1
            let pv = paths[v]
            for e in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(targets[e])
                let candidate = d + tieLength(strengths[e])
                let dw = distance[w]
                if dw < 0 || candidate < dw {
                    distance[w] = candidate
                    paths[w] = pv
                    buckets[Int(candidate % ring)].append(Int32(w))
                    pending += 1
                } else if candidate == dw {
                    paths[w] += pv
                }
            }
        }
        buckets[b].removeAll(keepingCapacity: true)
        d += 1
    }
    var i = reached - 1
    while i > 0 {
        let w = Int(order[i])
        let dw = distance[w]
        var sum = 0.0
        for e in Int(offsets[w])..<Int(offsets[w + 1]) {
            let x = Int(targets[e])
            if distance[x] == dw + tieLength(strengths[e]) { sum += coefficient[x] }
        }
        let dependency = paths[w] * sum
        partial[w] += times * dependency
        coefficient[w] = (1 + dependency) / paths[w]
        i -= 1
    }
    buffers.reset(reached: reached)
    return reached
}
