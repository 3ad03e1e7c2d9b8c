import WeefselGraph

/// How isolated a household is, as the isolation analysis classes it.
public enum HouseholdClass: String, Sendable, Hashable, CaseIterable, Codable {
    /// At least one informal tie outside the household.
    case connected
    /// Known only to professionals.
    case professionalOnly = "professional-only"
    /// No tie outside the household at all.
    case isolated

    /// Parses the class as the analysis or a spreadsheet writes it (English or Dutch).
    public init?(parsing text: String) {
        switch text.lowercased() {
        case "connected", "verbonden": self = .connected
        case "professional-only", "professional_only", "professionalonly", "alleen professionals":
            self = .professionalOnly
        case "isolated", "geïsoleerd", "geisoleerd": self = .isolated
        default: return nil
        }
    }
}

/// A ring of the netwerkkaart, from the centre outwards.
public enum Ring: Int, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case household = 1, family, friends, neighbours, associations, professionals

    public static func < (lhs: Ring, rhs: Ring) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The ring a tie of `kind` puts the other end in.
    public init?(tie kind: Tie.Kind) {
        switch kind {
        case .household: self = .household
        case .family: self = .family
        case .friend, .acquaintance: self = .friends
        case .neighbour: self = .neighbours
        case .member, .volunteer: self = .associations
        case .professional: self = .professionals
        case .conflict: return nil
        default: self = .friends
        }
    }
}

/// A match between two people, in the state the match register has it.
public struct MatchPair: Sendable, Hashable {
    public enum State: String, Sendable, Hashable, CaseIterable, Codable { case proposed, active }

    /// The node index of the person asking for help.
    public var need: Int32
    /// The node index of the person offering it.
    public var offer: Int32
    public var state: State
    /// The programme, drawn as the tie's kind (a match kind such as `maatje`).
    public var programme: Tie.Kind

    public init(need: Int32, offer: Int32, state: State, programme: Tie.Kind = .maatje) {
        self.need = need
        self.offer = offer
        self.state = state
        self.programme = programme
    }
}

/// A neighbourhood graph with the analysis results a map shows, as plain values indexed like the
/// graph's nodes and households.
public struct MapInput: Sendable {
    public var graph: AnalysisGraph
    /// The group (community) of each node, -1 for none; `nil` when not computed.
    public var groups: [Int32]?
    /// A name per group number, shown in the legend of maps that show names.
    public var groupLabels: [String]
    /// Betweenness centrality of each node.
    public var betweenness: [Double]?
    /// The isolation class of each household.
    public var isolation: [HouseholdClass]?
    /// Whether each household is fragile: known outside its walls through one weak informal tie only.
    public var fragile: [Bool]?
    /// What each group is named after (association, street or number), for maps that word the
    /// name in the reader's language; `groupLabels` is used when this is empty.
    public var groupNames: [GroupLabel] = []

    public init(
        graph: AnalysisGraph, groups: [Int32]? = nil, groupLabels: [String] = [], betweenness: [Double]? = nil,
        isolation: [HouseholdClass]? = nil
    ) {
        self.graph = graph
        self.groups = groups
        self.groupLabels = groupLabels
        self.betweenness = betweenness
        self.isolation = isolation
    }

    /// Checks that every per-node and per-household array has one entry per node or household.
    ///
    /// - Throws: ``MapError/invalidInput(_:)`` naming the array that does not fit.
    public func validate() throws(MapError) {
        let n = graph.nodeCount
        if let groups, groups.count != n {
            throw .invalidInput("groups has \(groups.count) entries for \(n) nodes")
        }
        if let betweenness, betweenness.count != n {
            throw .invalidInput("betweenness has \(betweenness.count) entries for \(n) nodes")
        }
        if let fragile, fragile.count != graph.householdCount {
            throw .invalidInput("fragile has \(fragile.count) entries for \(graph.householdCount) households")
        }
        if let isolation, isolation.count != graph.householdCount {
            throw .invalidInput(
                "isolation has \(isolation.count) entries for \(graph.householdCount) households")
        }
    }

    /// The group of node `v`, -1 when there is none.
    func group(of v: Int32) -> Int32 {
        guard let groups, Int(v) < groups.count else { return -1 }
        return groups[Int(v)]
    }
}
