/// Burt's constraint: how much a person's contacts are tied to each other. Low constraint means
/// the person's contacts do not know each other, so the person is a broker between them.
///
/// As NetworkX `constraint` on an undirected graph: with `p(u,v)` the share of `u`'s tie weight that
/// goes to `v`, `c(u) = Σ_v (p(u,v) + Σ_w p(u,w)·p(w,v))²` over `u`'s neighbours `v` and `w`. Weights
/// are tie strengths when `weighted`, else 1. A node without ties has no constraint: `nan`.
///
/// - Complexity: O(Σ degree²) time, O(n) memory.
public func burtConstraint(of graph: Adjacency, weighted: Bool = false) -> [Double] {
    let n = graph.nodeCount
    let weights: [Double] = graph.strengths.map { weighted ? clampedStrength($0) : 1 }
    var total = [Double](repeating: 0, count: n)
    for v in 0..<n {
        for e in graph.range(of: v) { total[v] += weights[e] }
    }
    // share[w] = p(u, w) for the neighbours of the node being scored, 0 elsewhere.
    var share = [Double](repeating: 0, count: n)
    var result = [Double](repeating: .nan, count: n)
    for u in 0..<n where graph.degree(of: u) > 0 {
        for e in graph.range(of: u) { share[Int(graph.targets[e])] = weights[e] / total[u] }
        var sum = 0.0
        for e in graph.range(of: u) {
            let v = Int(graph.targets[e])
            var indirect = 0.0
            // p(u,w)·p(w,v) over the neighbours w of v that are also neighbours of u.
            for f in graph.range(of: v) {
                let w = Int(graph.targets[f])
                indirect += share[w] * (weights[f] / total[w])
            }
            let local = share[v] + indirect
            sum += local * local
        }
        result[u] = sum
        for w in graph.neighbours(of: u) { share[Int(w)] = 0 }
    }
    return result
}
