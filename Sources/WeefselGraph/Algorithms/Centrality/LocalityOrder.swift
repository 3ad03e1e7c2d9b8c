/// The same graph with nodes renumbered in breadth-first order, so that neighbours get nearby
/// numbers and a search touches fewer cache lines; scores computed on it are mapped back with
/// ``originalScores(_:)``.
struct LocalityOrder {
    /// The renumbered graph.
    let graph: Adjacency
    /// `original[new]` is the node's number in the caller's graph.
    let original: [Int32]
    /// `renumbered[old]` is the node's number in `graph`.
    let renumbered: [Int32]

    /// Below this many nodes everything fits in cache and renumbering does not pay.
    static let threshold = 4096

    /// Renumbers by breadth-first search from the lowest unvisited node, neighbours in ascending order.
    ///
    /// - Complexity: O(n + m log d).
    init(_ graph: Adjacency) {
        let n = graph.nodeCount
        var renumbered = [Int32](repeating: -1, count: n)
        var original = [Int32](repeating: 0, count: n)
        var next = 0
        for root in 0..<n where renumbered[root] < 0 {
            renumbered[root] = Int32(next)
            original[next] = Int32(root)
            var head = next
            next += 1
            while head < next {
                let v = Int(original[head])
                head += 1
                for w in graph.neighbours(of: v) where renumbered[Int(w)] < 0 {
                    renumbered[Int(w)] = Int32(next)
                    original[next] = w
                    next += 1
                }
            }
        }
        var edges: [(Int32, Int32, UInt8)] = []
        edges.reserveCapacity(graph.edgeCount)
        for v in 0..<n {
            for e in graph.range(of: v) where graph.targets[e] > Int32(v) {
                edges.append((renumbered[v], renumbered[Int(graph.targets[e])], graph.strengths[e]))
            }
        }
        self.graph = Adjacency(nodeCount: n, edges: edges)
        self.original = original
        self.renumbered = renumbered
    }

    /// Scores per renumbered node, back in the caller's order.
    func originalScores(_ scores: [Double]) -> [Double] {
        renumbered.map { scores[Int($0)] }
    }
}
