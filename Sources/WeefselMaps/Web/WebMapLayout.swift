import WeefselGraph

/// Where every person and organisation of a wijk stands on the explorable map in the browser,
/// computed once per change of the data and sent to the page as compact numbers.
///
/// The people of one group (a community of informal ties) share a disc, its size by its members;
/// the discs are packed around the largest, and within a disc a short spring layout pulls the
/// people who know each other together and pushes the others apart. Everybody without a group
/// (no informal tie, or a pair on their own) stands in one disc of their own, household by
/// household, so that the isolated are easy to find. Deterministic: the same network gives the same map.
public struct WebMapLayout: Sendable, Codable {
    /// One group's disc, and what it is named after.
    public struct Group: Sendable, Codable, Hashable {
        public let x: Float
        public let y: Float
        public let radius: Float
        public let members: Int
        /// The association most of its members belong to, or the street most of them live in;
        /// empty for the disc of those without a group.
        public let name: String
        /// Whether the group is named after a street ("Mussenweg e.o.").
        public let byStreet: Bool
        /// The disc of everybody without a group.
        public let loose: Bool
    }

    /// The node ids, by index, as in the graph the layout was made for.
    public let nodeIDs: [Node.ID]
    /// Position of each node, in map units (one unit is about a pixel at the first zoom).
    public let x: [Float]
    public let y: [Float]
    /// The group of each node: an index into ``groups``.
    public let group: [Int32]
    public let groups: [Group]

    /// Space per person in a disc, in map units.
    static let spacing: Float = 16

    /// - Complexity: O(n + m) for the groups and discs, plus O(s²) per spring step in a group of
    ///   s members (groups above ``springLimit`` keep their first placement).
    public init(_ graph: AnalysisGraph, membership: [Int32]) {
        let (groupsOfNodes, hasLoose) = WebMapLayout.groupsOfNodes(graph, membership: membership)
        var x = [Float](repeating: 0, count: graph.nodeCount)
        var y = [Float](repeating: 0, count: graph.nodeCount)
        let informal = graph.adjacency(.informal)
        // Each group laid out on its own around its centre, then the groups packed.
        let shapes = groupsOfNodes.enumerated().map { index, members in
            SpringLayout.shape(members, loose: hasLoose && index == groupsOfNodes.count - 1, graph: graph, informal)
        }
        let centres = DiscPacking.pack(shapes.map(\.radius))
        var candidates: [[(name: String, byStreet: Bool)]] = []
        for (index, shape) in shapes.enumerated() {
            for (member, point) in zip(shape.members, shape.points) {
                x[Int(member)] = centres[index].x + point.x
                y[Int(member)] = centres[index].y + point.y
            }
            let loose = hasLoose && index == shapes.count - 1
            candidates.append(loose ? [] : GroupNaming.candidates(of: shape.members, in: graph))
        }
        let names = GroupNaming.names(candidates)
        let groups = shapes.indices.map { index in
            Group(
                x: centres[index].x, y: centres[index].y, radius: shapes[index].radius,
                members: shapes[index].members.count, name: names[index].name, byStreet: names[index].byStreet,
                loose: hasLoose && index == shapes.count - 1)
        }
        var group = [Int32](repeating: 0, count: graph.nodeCount)
        for (index, members) in groupsOfNodes.enumerated() {
            for member in members { group[Int(member)] = Int32(index) }
        }
        nodeIDs = graph.nodeIDs
        self.x = x
        self.y = y
        self.group = group
        self.groups = groups
    }

    /// The members of each group, largest first, and whether the last holds those of the groups of
    /// one or two members together.
    static func groupsOfNodes(_ graph: AnalysisGraph, membership: [Int32]) -> (groups: [[Int32]], hasLoose: Bool) {
        var byCommunity: [Int32: [Int32]] = [:]
        for v in 0..<graph.nodeCount { byCommunity[membership[v], default: []].append(Int32(v)) }
        var groups: [[Int32]] = []
        var loose: [Int32] = []
        for members in byCommunity.values {
            if members.count <= 2 { loose += members } else { groups.append(members.sorted()) }
        }
        groups.sort { ($0.count, $1[0]) > ($1.count, $0[0]) }
        guard !loose.isEmpty else { return (groups, false) }
        return (groups + [loose.sorted()], true)
    }

    /// Members in the order of their households' ids, so a household stands together.
    static func byHousehold(_ members: [Int32], _ graph: AnalysisGraph) -> [Int32] {
        members.sorted { a, b in
            let (ha, hb) = (graph.nodeHousehold[Int(a)], graph.nodeHousehold[Int(b)])
            return (ha < 0 ? Int32.max : ha, a) < (hb < 0 ? Int32.max : hb, b)
        }
    }
}
