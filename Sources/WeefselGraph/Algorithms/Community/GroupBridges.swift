/// Where groups meet: the ties between communities and the people who link them.
public struct GroupBridges: Sendable, Hashable, Codable {
    /// A tie whose two ends are in different communities.
    public struct Crossing: Sendable, Hashable, Codable {
        public let source: Int32
        public let target: Int32
        public let sourceCommunity: Int32
        public let targetCommunity: Int32
    }

    /// A node with ties into communities other than its own.
    public struct Bridge: Sendable, Hashable, Codable {
        public let node: Int32
        public let community: Int32
        /// The other communities it has ties into, ascending.
        public let reaches: [Int32]
        /// How many of its ties cross into another community.
        public let crossingTies: Int
    }

    /// Every crossing tie, ordered by its ends (lower index first).
    public let ties: [Crossing]
    /// The bridges, the one reaching most other communities first; then by crossing ties
    /// (most first) and index.
    public let people: [Bridge]
}

/// Finds the ties between the communities of `partition` and the nodes that reach into the most
/// other communities.
///
/// - Parameters:
///   - partition: a split of the nodes of `adjacency`.
///   - adjacency: the graph the split was made on.
///   - graph: when given, only residents and volunteers are listed as bridge people (associations
///     and professionals are left out); crossing ties are listed whatever their ends.
/// - Throws: `GraphError.invalidArgument` when the partition does not cover the graph's nodes.
/// - Complexity: O(m log m).
public func groupBridges(
    _ partition: Partition, of adjacency: Adjacency, in graph: AnalysisGraph? = nil
) throws(GraphError) -> GroupBridges {
    let n = adjacency.nodeCount
    let membership = partition.membership
    guard membership.count == n, graph.map({ $0.nodeCount == n }) ?? true else {
        throw .invalidArgument("the partition has \(membership.count) nodes, the graph \(n)")
    }
    var crossings: [GroupBridges.Crossing] = []
    var people: [GroupBridges.Bridge] = []
    var reached: [Int32] = []
    for v in 0..<n {
        let own = membership[v]
        reached.removeAll(keepingCapacity: true)
        var crossingTies = 0
        for e in adjacency.range(of: v) {
            let u = Int(adjacency.targets[e])
            let other = membership[u]
            guard other != own else { continue }
            crossingTies += 1
            reached.append(other)
            if v < u {
                crossings.append(
                    .init(source: Int32(v), target: Int32(u), sourceCommunity: own, targetCommunity: other))
            }
        }
        guard crossingTies > 0 else { continue }
        if let graph, graph.nodeKinds[v] != .resident && graph.nodeKinds[v] != .volunteer { continue }
        reached.sort()
        var distinct: [Int32] = []
        for c in reached where distinct.last != c { distinct.append(c) }
        people.append(.init(node: Int32(v), community: own, reaches: distinct, crossingTies: crossingTies))
    }
    people.sort {
        if $0.reaches.count != $1.reaches.count { return $0.reaches.count > $1.reaches.count }
        if $0.crossingTies != $1.crossingTies { return $0.crossingTies > $1.crossingTies }
        return $0.node < $1.node
    }
    return GroupBridges(ties: crossings, people: people)
}
