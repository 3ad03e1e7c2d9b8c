/// The parts of a network that are not tied to each other at all.
public struct ConnectedComponents: Sendable, Equatable {
    /// The component of each node. Components are numbered by their lowest node, so component 0
    /// holds node 0.
    public let labels: [Int32]
    /// The number of nodes in each component.
    public let sizes: [Int]

    public var count: Int { sizes.count }

    /// The component with the most nodes (the lowest-numbered among equals), or `nil` for an empty graph.
    public var largest: Int32? {
        sizes.indices.max { a, b in sizes[a] != sizes[b] ? sizes[a] < sizes[b] : a > b }.map { Int32($0) }
    }

    /// The nodes of each component, in node order.
    public var members: [[Int32]] {
        var result = sizes.map { [Int32]().reserved($0) }
        for (v, label) in labels.enumerated() { result[Int(label)].append(Int32(v)) }
        return result
    }
}

extension Array {
    fileprivate func reserved(_ capacity: Int) -> Array {
        var copy = self
        copy.reserveCapacity(capacity)
        return copy
    }
}

/// Splits a graph into its connected components by breadth-first search.
///
/// - Complexity: O(n + m).
public func connectedComponents(of graph: Adjacency) -> ConnectedComponents {
    let n = graph.nodeCount
    var labels = [Int32](repeating: -1, count: n)
    var sizes: [Int] = []
    var queue = [Int32](repeating: 0, count: n)
    for start in 0..<n where labels[start] < 0 {
        let label = Int32(sizes.count)
        labels[start] = label
        queue[0] = Int32(start)
        var head = 0
        var tail = 1
        while head < tail {
            let v = Int(queue[head])
            head += 1
            for w in graph.neighbours(of: v) where labels[Int(w)] < 0 {
                labels[Int(w)] = label
                queue[tail] = w
                tail += 1
            }
        }
        sizes.append(tail)
    }
    return ConnectedComponents(labels: labels, sizes: sizes)
}
