/// Betweenness centrality: for each node, the share of shortest paths between other pairs of nodes
/// that pass through it: the people others go through.
///
/// Exact Brandes accumulation from every source, run on all cores, normalised as NetworkX
/// `betweenness_centrality(G)` does for undirected graphs: divided by `(n-1)(n-2)`, where every
/// unordered pair is counted from both ends. When `weighted`, a tie's length is `1 / strength`
/// (strong ties are short) and paths are found with Dijkstra; equally long paths are compared exactly.
///
/// - Parameters:
///   - graph: the simple graph to measure.
///   - weighted: whether paths follow tie strength.
/// - Returns: one score per node, in `0...1`.
/// Large graphs are renumbered in breadth-first order first, for cache locality.
///
/// - Complexity: O(n·m) time unweighted, O(n·m log n) weighted, split over the cores;
///   O(n + m) memory per core and O(32·n) for the partial sums.
public func betweennessCentrality(of graph: Adjacency, weighted: Bool = false) -> [Double] {
    let n = graph.nodeCount
    guard n > 2 else { return [Double](repeating: 0, count: n) }
    let all = (0..<n).map { Int32($0) }
    let raw: [Double]
    if n >= LocalityOrder.threshold {
        let local = LocalityOrder(graph)
        raw = local.originalScores(brandesDependencies(of: local.graph, from: all, weighted: weighted))
    } else {
        raw = brandesDependencies(of: graph, from: all, weighted: weighted)
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
/// - Complexity: O(k·m) time unweighted, O(k·m log n) weighted.
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
func brandesDependencies(of graph: Adjacency, from sources: [Int32], weighted: Bool) -> [Double] {
    let n = graph.nodeCount
    return graph.offsets.withUnsafeBufferPointer { offsets in
        graph.targets.withUnsafeBufferPointer { targets in
            graph.strengths.withUnsafeBufferPointer { strengths in
                SourceSweep.sum(
                    nodeCount: n, sources: sources,
                    makeWorker: {
                        SweepBuffers(
                            nodeCount: $0, entryCount: targets.count, heapCapacity: weighted ? targets.count + 1 : 0)
                    },
                    sweep: { buffers, source, partial in
                        if weighted {
                            accumulateWeighted(
                                from: source, offsets: offsets, targets: targets, strengths: strengths,
                                buffers: buffers, into: partial)
                        } else {
                            accumulateUnweighted(
                                from: source, offsets: offsets, targets: targets, buffers: buffers, into: partial)
                        }
                    })
            }
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
    buffers: SweepBuffers, into partial: UnsafeMutableBufferPointer<Double>
) {
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
        partial[w] += dependency
        coefficient[w] = (1 + dependency) / pw
        i -= 1
    }
    for j in 0..<tail { distance[Int(order[j])] = -1 }
}

/// One Dijkstra from `s` over tie lengths counting shortest paths, then the dependencies pulled back.
private func accumulateWeighted(
    from s: Int, offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>,
    strengths: UnsafeBufferPointer<UInt8>, buffers: SweepBuffers, into partial: UnsafeMutableBufferPointer<Double>
) {
    let distance = buffers.distance
    let paths = buffers.pathCount
    let coefficient = buffers.coefficient
    let order = buffers.order
    let settled = buffers.settled
    buffers.heap.removeAll()
    distance[s] = 0
    paths[s] = 1
    buffers.heap.push(distance: 0, node: Int32(s))
    var reached = 0
    while let (d, node) = buffers.heap.pop() {
        let v = Int(node)
        if settled[v] || d > distance[v] { continue }
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
                buffers.heap.push(distance: candidate, node: Int32(w))
            } else if candidate == dw {
                paths[w] += pv
            }
        }
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
        partial[w] += dependency
        coefficient[w] = (1 + dependency) / paths[w]
        i -= 1
    }
    buffers.reset(reached: reached)
}
