/// The netwerkkaart (eco-map) of one person: the people around them in rings by relation, their
/// conflicts listed apart, and the people two or three steps away with the first-step person
/// they are reached through.
public struct EgoNetwork: Sendable, Hashable, Codable {
    /// The rings of a netwerkkaart, closest first.
    public enum Ring: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case household, family, friends, neighbours, associations, professionals, others

        /// The Dutch name of the ring, as on a netwerkkaart.
        public var dutchName: String {
            switch self {
            case .household: "huishouden"
            case .family: "familie"
            case .friends: "vrienden"
            case .neighbours: "buren"
            case .associations: "verenigingen"
            case .professionals: "professionals"
            case .others: "overig"
            }
        }

        public static func < (lhs: Ring, rhs: Ring) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Someone one step from the centre.
    public struct Contact: Sendable, Hashable, Codable {
        public let node: Int32
        public let ring: Ring
        /// The kinds of the positive ties between the centre and this node, in kind order (empty
        /// for a household member without a recorded tie).
        public let kinds: [Tie.Kind]
        /// The strongest of those ties (1...3), or 0 for a household member without a tie.
        public let strength: Int
    }

    /// Someone two or three steps from the centre.
    public struct Reached: Sendable, Hashable, Codable {
        public let node: Int32
        public let distance: Int
        /// The first-step person (or organisation) the path goes through.
        public let via: Int32
    }

    public let centre: Int32
    public let depth: Int
    /// The first ring, ordered by ring and then by node.
    public let contacts: [Contact]
    /// The nodes with a conflict tie to the centre, ascending.
    public let conflicts: [Int32]
    /// The nodes two or more steps away, ordered by distance, then node.
    public let further: [Reached]

    /// The nodes in one ring, ascending.
    public func members(of ring: Ring) -> [Int32] { contacts.filter { $0.ring == ring }.map(\.node) }
}

/// The netwerkkaart of `node` up to `depth` steps.
///
/// The first ring holds every node with a positive tie to the centre and every member of the
/// centre's household, each in the closest ring its ties allow: household, family, friends,
/// neighbours, associations (a member or volunteer tie to an association), professionals
/// (a professional tie), others (acquaintances, matches, membership ties between people). Further
/// steps follow informal ties only: conflict ties never carry a path, and a professional's
/// caseload is not a way into other households. A node further away is reached through the
/// first-step node that comes first in ring order (then by index).
///
/// - Parameters:
///   - node: the centre's index.
///   - graph: the neighbourhood.
///   - depth: 1, 2 or 3.
/// - Throws: `GraphError.invalidArgument` for an index outside the graph or a depth outside 1...3.
/// - Complexity: O(sum of the degrees of the nodes within `depth - 1` steps), with hashing; the
///   cost does not grow with the size of the whole graph.
public func egoNetwork(of node: Int32, in graph: AnalysisGraph, depth: Int = 1) throws(GraphError) -> EgoNetwork {
    guard node >= 0, Int(node) < graph.nodeCount else {
        throw .invalidArgument("no node with index \(node)")
    }
    guard (1...3).contains(depth) else { throw .invalidArgument("the depth must be 1, 2 or 3, not \(depth)") }

    // First step: the kinds of tie to each neighbour, as a bit set.
    var kindsByNeighbour: [Int32: UInt32] = [:]
    var strongest: [Int32: UInt8] = [:]
    for e in graph.entries(of: node) {
        let u = graph.neighbours[e]
        let t = Int(graph.entryTies[e])
        kindsByNeighbour[u, default: 0] |= 1 << UInt32(graph.tieKinds[t].ordinal)
        if !graph.tieKinds[t].isNegative { strongest[u] = max(strongest[u] ?? 0, graph.tieStrengths[t]) }
    }
    let household = graph.nodeHousehold[Int(node)]
    if household >= 0 {
        for v in graph.members(ofHousehold: household) where v != node && kindsByNeighbour[v] == nil {
            kindsByNeighbour[v] = 0
        }
    }
    var contacts: [EgoNetwork.Contact] = []
    var conflicts: [Int32] = []
    for (u, bits) in kindsByNeighbour {
        let kinds = Tie.Kind.allCases.filter { bits & (1 << UInt32($0.ordinal)) != 0 }
        if kinds.contains(.conflict) { conflicts.append(u) }
        let positive = kinds.filter { !$0.isNegative }
        let sameHousehold = household >= 0 && graph.nodeHousehold[Int(u)] == household
        guard !positive.isEmpty || sameHousehold else { continue }
        let ring = egoRing(
            of: positive, sameHousehold: sameHousehold, isAssociation: graph.nodeKinds[Int(u)] == .association)
        contacts.append(.init(node: u, ring: ring, kinds: positive, strength: Int(strongest[u] ?? 0)))
    }
    contacts.sort { $0.ring != $1.ring ? $0.ring < $1.ring : $0.node < $1.node }
    conflicts.sort()

    // Further steps, breadth first over informal ties, remembering the first-step node of each path.
    var reached: [Int32: (distance: Int, via: Int32)] = [node: (0, node)]
    var frontier: [(node: Int32, via: Int32)] = []
    for contact in contacts {
        reached[contact.node] = (1, contact.node)
        let bits = kindsByNeighbour[contact.node] ?? 0
        let informal = contact.kinds.contains { $0.isInformal } || bits == 0
        if informal { frontier.append((contact.node, contact.node)) }
    }
    for conflict in conflicts where reached[conflict] == nil { reached[conflict] = (1, conflict) }
    var further: [EgoNetwork.Reached] = []
    var distance = 1
    while distance < depth && !frontier.isEmpty {
        distance += 1
        var next: [(node: Int32, via: Int32)] = []
        for (v, via) in frontier {
            for e in graph.entries(of: v) {
                let u = graph.neighbours[e]
                guard graph.tieKinds[Int(graph.entryTies[e])].isInformal, reached[u] == nil else { continue }
                reached[u] = (distance, via)
                further.append(.init(node: u, distance: distance, via: via))
                next.append((u, via))
            }
        }
        frontier = next
    }
    further.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.node < $1.node }
    return EgoNetwork(centre: node, depth: depth, contacts: contacts, conflicts: conflicts, further: further)
}

/// The netwerkkaart of the node with external id `id`.
///
/// - Throws: `GraphError.unknownNode` when the graph does not have `id`, or as
///   ``egoNetwork(of:in:depth:)`` does.
public func egoNetwork(of id: Node.ID, in graph: AnalysisGraph, depth: Int = 1) throws(GraphError) -> EgoNetwork {
    guard let node = graph.index(of: id) else { throw .unknownNode(id) }
    return try egoNetwork(of: node, in: graph, depth: depth)
}

/// The closest ring a set of positive tie kinds allows.
func egoRing(of kinds: [Tie.Kind], sameHousehold: Bool, isAssociation: Bool) -> EgoNetwork.Ring {
    if sameHousehold || kinds.contains(.household) { return .household }
    if kinds.contains(.family) { return .family }
    if kinds.contains(.friend) { return .friends }
    if kinds.contains(.neighbour) { return .neighbours }
    if isAssociation && (kinds.contains(.member) || kinds.contains(.volunteer)) { return .associations }
    if kinds.contains(.professional) { return .professionals }
    return .others
}
