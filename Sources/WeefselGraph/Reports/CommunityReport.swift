/// The groups of a neighbourhood, their labels and the people and ties that bridge them, as
/// `communities --json` prints them: `{"modularity": Q, "communities": [{"members": [...], ...}]}`.
public struct CommunityReport: Sendable, Hashable, Codable {
    public struct Group: Sendable, Hashable, Codable {
        public let number: Int
        public let label: String
        public let size: Int
        public let members: [Node.ID]
        /// The people of this group with ties into the most other groups.
        public let bridges: [PersonRef]
    }

    public struct BridgePerson: Sendable, Hashable, Codable {
        public let person: PersonRef
        public let group: Int
        /// The other groups this person has ties into.
        public let reaches: [Int]
        public let crossingTies: Int

        enum CodingKeys: String, CodingKey {
            case person, group, reaches
            case crossingTies = "crossing_ties"
        }
    }

    public let modularity: Double
    public let seed: UInt64
    public let communities: [Group]
    /// People whose ties reach into other groups, most groups first.
    public let bridges: [BridgePerson]
    /// How many ties run between different groups.
    public let crossingTies: Int

    enum CodingKeys: String, CodingKey {
        case modularity, seed, communities, bridges
        case crossingTies = "crossing_ties"
    }

    /// Finds the groups of the informal network and describes them.
    ///
    /// - Complexity: that of ``communities(of:seed:weighted:resolution:iterations:)`` plus O(n + m).
    public init(of graph: AnalysisGraph, seed: UInt64, bridgesPerGroup: Int = 3) throws(GraphError) {
        let informal = graph.adjacency(.informal)
        let partition = WeefselGraph.communities(of: informal, seed: seed)
        try self.init(partition, of: informal, in: graph, seed: seed, bridgesPerGroup: bridgesPerGroup)
    }

    public init(
        _ partition: Partition, of adjacency: Adjacency, in graph: AnalysisGraph, seed: UInt64,
        bridgesPerGroup: Int = 3
    ) throws(GraphError) {
        let labels = try groupLabels(partition, in: graph)
        let found = try groupBridges(partition, of: adjacency, in: graph)
        var bridgesByGroup: [Int: [PersonRef]] = [:]
        for bridge in found.people where (bridgesByGroup[Int(bridge.community)]?.count ?? 0) < bridgesPerGroup {
            bridgesByGroup[Int(bridge.community), default: []].append(PersonRef(bridge.node, in: graph))
        }
        modularity = partition.modularity
        self.seed = seed
        communities = partition.communities.enumerated().map { number, members in
            Group(
                number: number, label: number < labels.count ? labels[number].label : "Groep \(number + 1)",
                size: members.count, members: members.map { graph.nodeIDs[Int($0)] }.sorted(),
                bridges: bridgesByGroup[number] ?? [])
        }
        bridges = found.people.prefix(25).map {
            BridgePerson(
                person: PersonRef($0.node, in: graph), group: Int($0.community),
                reaches: $0.reaches.map(Int.init), crossingTies: $0.crossingTies)
        }
        crossingTies = found.ties.count
    }
}
