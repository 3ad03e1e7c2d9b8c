/// The modularity of a split of `adjacency` into communities, as NetworkX's `modularity` computes
/// it: the sum over communities of `L_c / m - resolution * (d_c / 2m)^2`, where `L_c` is the edge
/// weight inside community `c`, `d_c` its total degree and `m` the total edge weight.
///
/// - Parameters:
///   - membership: the community label of each node (any non-negative numbers).
///   - adjacency: the graph.
///   - weighted: count each edge with its strength (1...3) instead of 1.
///   - resolution: above 1 favours smaller communities, below 1 larger ones.
/// - Returns: a value in [-0.5, 1]; 0 for a graph without edges.
/// - Throws: `GraphError.invalidArgument` when `membership` does not have one non-negative label
///   per node.
/// - Complexity: O(n + m).
public func modularity(
    _ membership: [Int32], of adjacency: Adjacency, weighted: Bool = false, resolution: Double = 1
) throws(GraphError) -> Double {
    let n = adjacency.nodeCount
    guard membership.count == n else {
        throw .invalidArgument("membership has \(membership.count) labels for \(n) nodes")
    }
    var labelCount = 0
    for label in membership {
        guard label >= 0 else { throw .invalidArgument("community labels must not be negative") }
        labelCount = max(labelCount, Int(label) + 1)
    }
    var membership = membership
    if labelCount > n {
        // Sparse labels: number them densely so the tallies stay O(n).
        (membership, labelCount) = renumbered(membership)
    }
    var inside = [Double](repeating: 0, count: labelCount)
    var degree = [Double](repeating: 0, count: labelCount)
    var total = 0.0
    for v in 0..<n {
        let cv = Int(membership[v])
        for e in adjacency.range(of: v) {
            let w = weighted ? Double(adjacency.strengths[e]) : 1
            degree[cv] += w
            total += w
            if membership[Int(adjacency.targets[e])] == membership[v] { inside[cv] += w }
        }
    }
    guard total > 0 else { return 0 }
    // `total` is 2m and each inside edge was seen from both ends.
    var q = 0.0
    for c in 0..<labelCount {
        let share = degree[c] / total
        q += inside[c] / total - resolution * share * share
    }
    return q
}
