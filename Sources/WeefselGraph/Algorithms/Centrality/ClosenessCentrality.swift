/// Closeness centrality: how near a node is to everyone it can reach.
///
/// As NetworkX `closeness_centrality(G, wf_improved=True)`: for a node reaching `r - 1` others at a
/// total distance `D`, the score is `(r-1)/D × (r-1)/(n-1)` (Wasserman and Faust's correction for
/// graphs in several parts); 0 for a node that reaches nobody. When `weighted`, a tie's length is
/// `1 / strength`.
///
/// - Returns: one score per node, in `0...1` unweighted.
/// - Complexity: O(n·m) time unweighted, O(n·m log n) weighted, split over the cores; O(n) memory per core.
public func closenessCentrality(of graph: Adjacency, weighted: Bool = false) -> [Double] {
    let n = graph.nodeCount
    guard n > 1 else { return [Double](repeating: 0, count: n) }
    var scores = [Double](repeating: 0, count: n)
    let blocks = min(n, 256)
    graph.offsets.withUnsafeBufferPointer { offsets in
        graph.targets.withUnsafeBufferPointer { targets in
            graph.strengths.withUnsafeBufferPointer { strengths in
                scores.withUnsafeMutableBufferPointer { out in
                    let result = out
                    concurrentlyPerform(iterations: blocks) { block in
                        let buffers = SweepBuffers(nodeCount: n, heapCapacity: weighted ? targets.count + 1 : 0)
                        var s = block
                        while s < n {
                            let (reached, total) =
                                weighted
                                ? weightedDistanceSum(
                                    from: s, offsets: offsets, targets: targets, strengths: strengths, buffers: buffers)
                                : distanceSum(from: s, offsets: offsets, targets: targets, buffers: buffers)
                            if total > 0 {
                                let others = Double(reached - 1)
                                let length = weighted ? Double(total) / tieLengthUnitsPerStep : Double(total)
                                result[s] = others / length * (others / Double(n - 1))
                            }
                            s += blocks
                        }
                    }
                }
            }
        }
    }
    return scores
}

/// The number of nodes a BFS from `s` reaches (itself included) and the sum of their distances.
@inline(__always) private func distanceSum(
    from s: Int, offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>, buffers: SweepBuffers
) -> (reached: Int, total: Int) {
    let distance = buffers.distance
    let order = buffers.order
    distance[s] = 0
    order[0] = Int32(s)
    var head = 0
    var tail = 1
    var total = 0
    while head < tail {
        let v = Int(order[head])
        head += 1
        let next = distance[v] + 1
        var e = Int(offsets[v])
        let end = Int(offsets[v + 1])
        while e < end {
            let w = Int(targets[e])
            if distance[w] < 0 {
                distance[w] = next
                order[tail] = Int32(w)
                tail += 1
                total += Int(next)
            }
            e += 1
        }
    }
    for j in 0..<tail { distance[Int(order[j])] = -1 }
    return (tail, total)
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
