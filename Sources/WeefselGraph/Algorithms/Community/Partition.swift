/// A split of the nodes of a graph into communities (groups that know each other more than they
/// know the rest), with its modularity.
///
/// Communities are numbered by size, largest first, ties broken by their smallest member, so the
/// same split always prints the same way whatever labels produced it.
public struct Partition: Sendable, Hashable, Codable {
    /// The community of each node: an index into `communities`.
    public let membership: [Int32]
    /// The members of each community, ascending; largest community first, then by smallest member.
    public let communities: [[Int32]]
    /// The modularity of the split on the graph it was computed for.
    public let modularity: Double

    /// The number of communities.
    public var count: Int { communities.count }

    /// Puts an arbitrary labelling into canonical order.
    ///
    /// - Parameters:
    ///   - labels: a label per node; equal labels mean the same community. Any `Int32` values.
    ///   - modularity: the modularity of the split, as computed by the caller.
    /// - Complexity: O(n log n).
    public init(labels: [Int32], modularity: Double) {
        let n = labels.count
        // Group nodes by label with one sort of (label, node) keys.
        let order = (0..<n).sorted { labels[$0] != labels[$1] ? labels[$0] < labels[$1] : $0 < $1 }
        var groups: [[Int32]] = []
        var start = 0
        while start < n {
            var end = start + 1
            while end < n && labels[order[end]] == labels[order[start]] { end += 1 }
            groups.append(order[start..<end].map { Int32($0) })
            start = end
        }
        groups.sort { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        var membership = [Int32](repeating: 0, count: n)
        for (c, group) in groups.enumerated() {
            for v in group { membership[Int(v)] = Int32(c) }
        }
        self.membership = membership
        self.communities = groups
        self.modularity = modularity
    }
}
