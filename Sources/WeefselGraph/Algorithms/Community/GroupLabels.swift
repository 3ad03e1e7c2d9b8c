/// What a community is called in a listing or on a map: after the association most of its members
/// belong to, or after the street most of them live in ("Merelstraat e.o.").
public struct GroupLabel: Sendable, Hashable, Codable {
    /// What the label is based on.
    public enum Basis: String, Sendable, Hashable, Codable {
        case association, street, number
    }

    /// The community's index in the partition.
    public let community: Int
    /// The label to show: an association's name, "<street> e.o." or "Groep <n>".
    public let label: String
    public let basis: Basis
    /// The association the label names, when `basis` is `.association`.
    public let association: Int32?
    /// The dominant street of the members' households, if any member has one.
    public let street: String?
    /// How many members back the label: members tied to the association or living in the street.
    public let support: Int
}

/// Labels each community of `partition` by its dominant association or street.
///
/// The association candidates are the associations inside the community and those its members
/// have a `member` or `volunteer` tie to; the one with most such members wins (one inside the
/// community first, then the lowest index). The street is the one most members' households are in
/// (ties: alphabetical). The association is used when at least as many members back it as the
/// street; without either the label is "Groep <n>" (1-based). Labels that would repeat get a number
/// ("Mussenweg e.o. 1", "Mussenweg e.o. 2", in group order).
///
/// - Throws: `GraphError.invalidArgument` when the partition is not over this graph's nodes.
/// - Complexity: O(n + m) with hashing of street names.
public func groupLabels(_ partition: Partition, in graph: AnalysisGraph) throws(GraphError) -> [GroupLabel] {
    guard partition.membership.count == graph.nodeCount else {
        throw .invalidArgument("the partition has \(partition.membership.count) nodes, the graph \(graph.nodeCount)")
    }
    var labels: [GroupLabel] = []
    labels.reserveCapacity(partition.count)
    var associationCount: [Int32: Int] = [:]
    var streetCount: [String: Int] = [:]
    // The member last counted for each association, so two ties from one member count once.
    var lastCounted = [Int32](repeating: -1, count: graph.nodeCount)
    for (c, members) in partition.communities.enumerated() {
        associationCount.removeAll(keepingCapacity: true)
        streetCount.removeAll(keepingCapacity: true)
        for v in members {
            let kind = graph.nodeKinds[Int(v)]
            if kind == .association {
                associationCount[v, default: 0] += 0
                continue
            }
            let h = graph.nodeHousehold[Int(v)]
            if h >= 0, let street = graph.householdStreets[Int(h)], !street.isEmpty {
                streetCount[street, default: 0] += 1
            }
            for e in graph.entries(of: v) {
                let t = Int(graph.entryTies[e])
                let a = graph.neighbours[e]
                let tieKind = graph.tieKinds[t]
                guard tieKind == .member || tieKind == .volunteer, graph.nodeKinds[Int(a)] == .association,
                    lastCounted[Int(a)] != v
                else { continue }
                lastCounted[Int(a)] = v
                associationCount[a, default: 0] += 1
            }
        }

        let street = streetCount.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }
        let inside = { (a: Int32) in partition.membership[Int(a)] == Int32(c) }
        let association = associationCount.max { lhs, rhs in
            if lhs.value != rhs.value { return lhs.value < rhs.value }
            if inside(lhs.key) != inside(rhs.key) { return !inside(lhs.key) }
            return lhs.key > rhs.key
        }
        let streetSupport = street?.value ?? 0
        if let association, association.value >= streetSupport, association.value > 0 || inside(association.key) {
            labels.append(
                GroupLabel(
                    community: c, label: graph.nodeNames[Int(association.key)], basis: .association,
                    association: association.key, street: street?.key, support: association.value))
        } else if let street {
            labels.append(
                GroupLabel(
                    community: c, label: "\(street.key) e.o.", basis: .street, association: nil, street: street.key,
                    support: street.value))
        } else {
            labels.append(
                GroupLabel(
                    community: c, label: "Groep \(c + 1)", basis: .number, association: nil, street: nil, support: 0))
        }
    }
    // Several groups around one street or association are told apart by a number: "Mussenweg e.o. 2".
    var uses: [String: Int] = [:]
    for label in labels { uses[label.label, default: 0] += 1 }
    var seen: [String: Int] = [:]
    return labels.map { label in
        guard (uses[label.label] ?? 0) > 1 else { return label }
        seen[label.label, default: 0] += 1
        return GroupLabel(
            community: label.community, label: "\(label.label) \(seen[label.label] ?? 1)", basis: label.basis,
            association: label.association, street: label.street, support: label.support)
    }
}
