/// A simple undirected graph over the nodes of an ``AnalysisGraph``, counting only the tie kinds of
/// one ``TieFilter``: at most one edge between two nodes, no self-loops.
///
/// Algorithms are free functions over this type. Node `v`'s neighbours are
/// `targets[offsets[v]..<offsets[v+1]]`, sorted ascending, each with the strongest strength among
/// the counted ties between the two (1...3) in `strengths`.
public struct Adjacency: Sendable {
    public let offsets: [Int32]
    public let targets: [Int32]
    public let strengths: [UInt8]

    public var nodeCount: Int { offsets.count - 1 }
    /// The number of undirected edges.
    public var edgeCount: Int { targets.count / 2 }

    @inline(__always) public func degree(of v: Int) -> Int { Int(offsets[v + 1] - offsets[v]) }

    @inline(__always) public func neighbours(of v: Int) -> ArraySlice<Int32> {
        targets[Int(offsets[v])..<Int(offsets[v + 1])]
    }

    @inline(__always) public func range(of v: Int) -> Range<Int> { Int(offsets[v])..<Int(offsets[v + 1]) }

    /// Whether `u` and `v` are adjacent. - Complexity: O(log degree(u)).
    public func contains(_ u: Int, _ v: Int) -> Bool {
        var low = Int(offsets[u])
        var high = Int(offsets[u + 1])
        let key = Int32(v)
        while low < high {
            let mid = (low + high) / 2
            if targets[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < Int(offsets[u + 1]) && targets[low] == key
    }

    /// Builds a simple graph from an undirected edge list on `nodeCount` nodes; duplicate edges
    /// keep the strongest strength and self-loops are dropped.
    ///
    /// - Complexity: O(n + m log d) for m edges and maximum degree d.
    public init(nodeCount: Int, edges: some Sequence<(Int32, Int32, UInt8)>) {
        var pairs: [(Int32, Int32, UInt8)] = []
        for (u, v, w) in edges where u != v {
            pairs.append((u, v, w))
        }
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        for (u, v, _) in pairs {
            offsets[Int(u) + 1] += 1
            offsets[Int(v) + 1] += 1
        }
        for v in 0..<nodeCount { offsets[v + 1] += offsets[v] }
        var fill = offsets
        var targets = [Int32](repeating: 0, count: Int(offsets[nodeCount]))
        var strengths = [UInt8](repeating: 0, count: targets.count)
        for (u, v, w) in pairs {
            targets[Int(fill[Int(u)])] = v
            strengths[Int(fill[Int(u)])] = w
            fill[Int(u)] += 1
            targets[Int(fill[Int(v)])] = u
            strengths[Int(fill[Int(v)])] = w
            fill[Int(v)] += 1
        }
        // Sort each row and merge duplicates, keeping the strongest strength.
        var newOffsets = [Int32](repeating: 0, count: nodeCount + 1)
        var write = 0
        var row: [(Int32, UInt8)] = []
        for v in 0..<nodeCount {
            row.removeAll(keepingCapacity: true)
            for e in Int(offsets[v])..<Int(offsets[v + 1]) { row.append((targets[e], strengths[e])) }
            row.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 > $1.1) }
            var previous: Int32 = -1
            for (t, w) in row where t != previous {
                targets[write] = t
                strengths[write] = w
                write += 1
                previous = t
            }
            newOffsets[v + 1] = Int32(write)
        }
        targets.removeLast(targets.count - write)
        strengths.removeLast(strengths.count - write)
        self.offsets = newOffsets
        self.targets = targets
        self.strengths = strengths
    }
}

extension AnalysisGraph {
    /// The simple graph of the ties `filter` counts; conflict ties only when asked for alone.
    ///
    /// - Complexity: O(n + m log d).
    public func adjacency(_ filter: TieFilter) -> Adjacency {
        let counted = filter == .conflict ? filter : filter.withoutConflict
        var edges: [(Int32, Int32, UInt8)] = []
        edges.reserveCapacity(tieCount)
        for t in 0..<tieCount where counted.contains(tieKinds[t]) {
            edges.append((tieSources[t], tieTargets[t], tieStrengths[t]))
        }
        return Adjacency(nodeCount: nodeCount, edges: edges)
    }
}
