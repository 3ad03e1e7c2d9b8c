/// Key figures with their reasons, the key-player set, and the people whose departure would cut
/// households off: what an opbouwwerker brings to a team meeting.
public struct KeyFigureReport: Sendable, Hashable, Codable {
    public struct Figure: Sendable, Hashable, Codable {
        public let rank: Int
        public let person: PersonRef
        public let score: Double
        public let betweenness: Double
        public let degree: Int
        public let constraint: Double
        public let groups: [String]
        public let associations: [String]
        public let reason: String
        public let reasonEnglish: String

        enum CodingKeys: String, CodingKey {
            case rank, person, score, betweenness, degree, constraint, groups, associations, reason
            case reasonEnglish = "reason_en"
        }
    }

    public struct PlayerSet: Sendable, Hashable, Codable {
        public let members: [PersonRef]
        /// Residents reached within two steps by the set together.
        public let reach: Int
        public let residents: Int
        public let share: Double
        /// How many more residents each member adds, in the order they were chosen.
        public let gains: [Int]
    }

    public struct CutPoint: Sendable, Hashable, Codable {
        public let person: PersonRef
        public let householdsCutOff: Int
        public let nodesCutOff: Int

        enum CodingKeys: String, CodingKey {
            case person
            case householdsCutOff = "households_cut_off"
            case nodesCutOff = "nodes_cut_off"
        }
    }

    public let keyFigures: [Figure]
    public let keyPlayerSet: PlayerSet?
    public let articulationPoints: [CutPoint]

    enum CodingKeys: String, CodingKey {
        case keyFigures = "key_figures"
        case keyPlayerSet = "key_player_set"
        case articulationPoints = "articulation_points"
    }

    /// - Parameters:
    ///   - top: how many key figures to list.
    ///   - setSize: the size of the key-player set to find, or nil for none.
    ///   - seed: the seed of the group search that tells which groups a person connects.
    /// - Complexity: dominated by exact betweenness, O(n·m) over the available cores.
    public init(of graph: AnalysisGraph, top: Int, setSize: Int?, seed: UInt64) throws(GraphError) {
        let informal = graph.adjacency(.informal)
        let partition = WeefselGraph.communities(of: informal, seed: seed)
        let labels = try groupLabels(partition, in: graph).map(\.label)
        let figures = try WeefselGraph.keyFigures(in: graph, groups: partition.membership, groupLabels: labels)
        keyFigures = figures.prefix(max(0, top)).enumerated().map { rank, figure in
            Figure(
                rank: rank + 1, person: PersonRef(figure.node, in: graph), score: figure.score,
                betweenness: figure.betweenness, degree: figure.degree, constraint: figure.constraint,
                groups: figure.groups.map { Int($0) < labels.count ? labels[Int($0)] : "groep \($0 + 1)" },
                associations: figure.associations.map { graph.nodeNames[Int($0)] },
                reason: figure.reasons.map(\.dutch).joined(separator: "; "),
                reasonEnglish: figure.reasons.map(\.english).joined(separator: "; "))
        }
        if let setSize {
            let set = try WeefselGraph.keyPlayerSet(k: setSize, in: graph)
            keyPlayerSet = PlayerSet(
                members: set.members.map { PersonRef($0, in: graph) }, reach: set.reach, residents: set.residents,
                share: set.share, gains: set.gains)
        } else {
            keyPlayerSet = nil
        }
        articulationPoints = WeefselGraph.articulationPoints(in: graph)
            .filter { $0.householdsCutOff > 0 }
            .sorted { ($1.householdsCutOff, $0.node) < ($0.householdsCutOff, $1.node) }
            .map {
                CutPoint(
                    person: PersonRef($0.node, in: graph), householdsCutOff: $0.householdsCutOff,
                    nodesCutOff: $0.nodesCutOff)
            }
    }
}

/// One line of `centrality --json`: at least `id` and `score`, highest score first.
public struct CentralityEntry: Sendable, Hashable, Codable {
    public let rank: Int
    public let id: Node.ID
    public let name: String
    public let kind: Node.Kind
    public let score: Double

    /// Ranks every node by one measure (ties by node order) and names them.
    public static func ranking(_ scores: CentralityScores, in graph: AnalysisGraph, top: Int? = nil)
        -> [CentralityEntry]
    {
        scores.ranking(limit: top).enumerated().map { rank, node in
            CentralityEntry(
                rank: rank + 1, id: graph.nodeIDs[Int(node)], name: graph.nodeNames[Int(node)],
                kind: graph.nodeKinds[Int(node)], score: scores.scores[Int(node)])
        }
    }
}
