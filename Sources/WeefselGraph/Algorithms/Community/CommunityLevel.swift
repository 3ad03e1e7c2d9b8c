/// One level of the community search: a weighted graph whose nodes are groups of the level below,
/// kept as flat CSR arrays so the hot loops never touch a dictionary.
struct CommunityLevel {
    var offsets: [Int32]
    var targets: [Int32]
    var weights: [Double]
    /// The weight of the edges inside each node (a self-loop), counted once.
    var loops: [Double]
    /// Each node's total degree: its edges plus twice its self-loop.
    var nodeWeights: [Double]
    /// Twice the total edge weight of the graph (the same on every level).
    var totalWeight: Double

    var nodeCount: Int { nodeWeights.count }

    /// The first level: the nodes and edges of `adjacency`, weighted by strength or by 1.
    init(_ adjacency: Adjacency, weighted: Bool) {
        offsets = adjacency.offsets
        targets = adjacency.targets
        weights =
            weighted ? adjacency.strengths.map { Double($0) } : [Double](repeating: 1, count: adjacency.targets.count)
        loops = [Double](repeating: 0, count: adjacency.nodeCount)
        var nodeWeights = [Double](repeating: 0, count: adjacency.nodeCount)
        var total = 0.0
        for v in 0..<adjacency.nodeCount {
            var sum = 0.0
            for e in adjacency.range(of: v) { sum += weights[e] }
            nodeWeights[v] = sum
            total += sum
        }
        self.nodeWeights = nodeWeights
        totalWeight = total
    }

    init(
        offsets: [Int32], targets: [Int32], weights: [Double], loops: [Double], nodeWeights: [Double],
        totalWeight: Double
    ) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.loops = loops
        self.nodeWeights = nodeWeights
        self.totalWeight = totalWeight
    }

    /// The graph of the groups in `labels` (numbered `0..<groupCount`): one node per group, edge
    /// weights summed, edges inside a group becoming its self-loop.
    ///
    /// - Complexity: O(n + m).
    func aggregated(by labels: [Int32], groupCount: Int) -> CommunityLevel {
        let n = nodeCount
        // Members of each group, by counting sort.
        var memberOffsets = [Int32](repeating: 0, count: groupCount + 1)
        for v in 0..<n { memberOffsets[Int(labels[v]) + 1] += 1 }
        for g in 0..<groupCount { memberOffsets[g + 1] += memberOffsets[g] }
        var fill = memberOffsets
        var members = [Int32](repeating: 0, count: n)
        for v in 0..<n {
            let g = Int(labels[v])
            members[Int(fill[g])] = Int32(v)
            fill[g] += 1
        }

        var newOffsets = [Int32](repeating: 0, count: groupCount + 1)
        var newTargets: [Int32] = []
        var newWeights: [Double] = []
        newTargets.reserveCapacity(targets.count / 2)
        newWeights.reserveCapacity(targets.count / 2)
        var newLoops = [Double](repeating: 0, count: groupCount)
        var newNodeWeights = [Double](repeating: 0, count: groupCount)
        var scratch = [Double](repeating: 0, count: groupCount)
        var seen = [Bool](repeating: false, count: groupCount)
        var touched: [Int32] = []
        offsets.withUnsafeBufferPointer { offsets in
            targets.withUnsafeBufferPointer { targets in
                weights.withUnsafeBufferPointer { weights in
                    for g in 0..<groupCount {
                        var loop = 0.0
                        var inner = 0.0
                        var weight = 0.0
                        for i in Int(memberOffsets[g])..<Int(memberOffsets[g + 1]) {
                            let v = Int(members[i])
                            loop += loops[v]
                            weight += nodeWeights[v]
                            for e in Int(offsets[v])..<Int(offsets[v + 1]) {
                                let h = Int(labels[Int(targets[e])])
                                if h == g {
                                    inner += weights[e]
                                } else {
                                    if !seen[h] {
                                        seen[h] = true
                                        touched.append(Int32(h))
                                    }
                                    scratch[h] += weights[e]
                                }
                            }
                        }
                        for h in touched {
                            newTargets.append(h)
                            newWeights.append(scratch[Int(h)])
                            scratch[Int(h)] = 0
                            seen[Int(h)] = false
                        }
                        touched.removeAll(keepingCapacity: true)
                        newLoops[g] = loop + inner / 2
                        newNodeWeights[g] = weight
                        newOffsets[g + 1] = Int32(newTargets.count)
                    }
                }
            }
        }
        return CommunityLevel(
            offsets: newOffsets, targets: newTargets, weights: newWeights, loops: newLoops,
            nodeWeights: newNodeWeights, totalWeight: totalWeight
        )
    }
}
