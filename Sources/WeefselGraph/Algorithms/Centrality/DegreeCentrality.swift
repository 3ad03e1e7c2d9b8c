/// Degree centrality: the share of the other nodes a node is tied to, `degree / (n-1)`, as NetworkX
/// `degree_centrality`; a graph of one node gives it 1.
///
/// When `weighted`, the tie strengths are summed instead of counted (strength / (n-1)), so a node
/// with three strong ties scores like one with nine weak ones.
///
/// - Complexity: O(n + m).
public func degreeCentrality(of graph: Adjacency, weighted: Bool = false) -> [Double] {
    let n = graph.nodeCount
    guard n > 1 else { return [Double](repeating: 1, count: n) }
    let scale = 1 / Double(n - 1)
    return (0..<n).map { v in
        if weighted {
            var strength = 0.0
            for e in graph.range(of: v) { strength += clampedStrength(graph.strengths[e]) }
            return strength * scale
        }
        return Double(graph.degree(of: v)) * scale
    }
}
