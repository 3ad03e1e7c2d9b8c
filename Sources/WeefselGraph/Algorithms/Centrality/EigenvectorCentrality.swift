/// Eigenvector centrality: a node is central when its neighbours are central.
///
/// As NetworkX `eigenvector_centrality`: power iteration on `A + I` from the uniform vector, scaled to
/// unit Euclidean length after every round, stopping when the summed absolute change is below
/// `n × tolerance`. The default tolerance is far tighter than NetworkX's `1e-6`, so the scores are the
/// converged values NetworkX approaches. When `weighted`, `A` holds tie strengths.
///
/// - Parameters:
///   - tolerance: per-node change at which the iteration stops.
///   - maxIterations: rounds before giving up.
/// - Returns: one score per node (unit length); empty for an empty graph.
/// - Throws: `GraphError.invalidArgument` when the iteration does not settle within `maxIterations`.
/// - Complexity: O((n + m) × rounds).
public func eigenvectorCentrality(
    of graph: Adjacency, weighted: Bool = false, tolerance: Double = 1e-12, maxIterations: Int = 10_000
) throws(GraphError) -> [Double] {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    let weights: [Double] = weighted ? graph.strengths.map(clampedStrength) : []
    var x = [Double](repeating: 1 / Double(n), count: n)
    var next = x
    for _ in 0..<maxIterations {
        for v in 0..<n {
            var sum = x[v]
            if weighted {
                for e in graph.range(of: v) { sum += x[Int(graph.targets[e])] * weights[e] }
            } else {
                for e in graph.range(of: v) { sum += x[Int(graph.targets[e])] }
            }
            next[v] = sum
        }
        var squares = 0.0
        for value in next { squares += value * value }
        let norm = squares > 0 ? squares.squareRoot() : 1
        var change = 0.0
        for v in 0..<n {
            next[v] /= norm
            change += abs(next[v] - x[v])
        }
        swap(&x, &next)
        if change < Double(n) * tolerance { return x }
    }
    throw .invalidArgument("eigenvector centrality did not settle within \(maxIterations) rounds")
}
