/// PageRank: the chance that a walker who follows ties, and now and then jumps anywhere, is at a node.
///
/// As NetworkX `pagerank` with its defaults: damping `alpha = 0.85`, a uniform start and jump
/// vector, and a node without ties spreading its share over every node. The iteration stops when
/// the summed absolute change is below `n × tolerance`; the default tolerance is far tighter than
/// NetworkX's `1e-6`, so these are the values NetworkX approaches. When `weighted`, a walker follows a
/// tie in proportion to its strength. The scores sum to 1.
///
/// - Complexity: O((n + m) × rounds); rounds grow with log(1/tolerance) / log(1/alpha).
public func pageRank(
    of graph: Adjacency, weighted: Bool = false, alpha: Double = 0.85, tolerance: Double = 1e-13,
    maxIterations: Int = 10_000
) throws(GraphError) -> [Double] {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    guard alpha >= 0 && alpha < 1 else { throw .invalidArgument("PageRank damping must be in 0..<1, got \(alpha)") }
    let weights: [Double] = graph.strengths.map { weighted ? clampedStrength($0) : 1 }
    // A node's outgoing share per unit of tie weight: 1 / its total weight (0 when it has no ties).
    var share = [Double](repeating: 0, count: n)
    var dangling: [Int] = []
    for v in 0..<n {
        var total = 0.0
        for e in graph.range(of: v) { total += weights[e] }
        if total > 0 { share[v] = 1 / total } else { dangling.append(v) }
    }
    let uniform = 1 / Double(n)
    var x = [Double](repeating: uniform, count: n)
    var next = x
    var spread = [Double](repeating: 0, count: n)
    for _ in 0..<maxIterations {
        var danglingSum = 0.0
        for v in dangling { danglingSum += x[v] }
        for v in 0..<n { spread[v] = x[v] * share[v] }
        let base = alpha * danglingSum * uniform + (1 - alpha) * uniform
        var change = 0.0
        for v in 0..<n {
            var sum = 0.0
            for e in graph.range(of: v) { sum += spread[Int(graph.targets[e])] * weights[e] }
            next[v] = alpha * sum + base
            change += abs(next[v] - x[v])
        }
        swap(&x, &next)
        if change < Double(n) * tolerance { return x }
    }
    throw .invalidArgument("PageRank did not settle within \(maxIterations) rounds")
}
