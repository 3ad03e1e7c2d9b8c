/// The immutable, compact form of a neighbourhood that every analysis runs on.
///
/// Nodes are numbered `0..<nodeCount` in order of their external id, so results are deterministic.
/// Ties are kept once each in an edge list and twice (once per end) in a CSR adjacency, with their
/// kind and strength in parallel arrays. Analyses ask for ``adjacency(_:)`` to get the simple graph
/// of the tie kinds they count.
public struct AnalysisGraph: Sendable {
    // Nodes.
    public let nodeIDs: [Node.ID]
    public let nodeKinds: [Node.Kind]
    public let nodeNames: [String]
    /// Index into `householdIDs`, or -1 for a node without a household.
    public let nodeHousehold: [Int32]
    /// Birth year, or 0 when unknown.
    public let nodeBirthYear: [Int32]
    /// Whether the node volunteers (by kind or role).
    public let nodeVolunteers: [Bool]
    /// Index into `wijken`, or -1 when unknown.
    public let nodeWijk: [Int32]

    // Households.
    public let householdIDs: [Household.ID]
    public let householdStreets: [String?]
    public let householdAddresses: [String]
    /// The house number as written (`12`, `12a`), when known.
    public let householdNumbers: [String?]
    /// The position in degrees (WGS 84), when both latitude and longitude are known.
    public let householdLatitudes: [Double?]
    public let householdLongitudes: [Double?]
    /// Index into `wijken`, or -1 when unknown.
    public let householdWijk: [Int32]
    /// The members of each household, as CSR: members of `h` are `householdMembers[householdOffsets[h]..<householdOffsets[h+1]]`.
    public let householdOffsets: [Int32]
    public let householdMembers: [Int32]

    /// The distinct neighbourhood names, sorted.
    public let wijken: [String]

    // Ties, once each (source < target).
    public let tieSources: [Int32]
    public let tieTargets: [Int32]
    public let tieKinds: [Tie.Kind]
    public let tieStrengths: [UInt8]

    // Every tie seen from both ends.
    public let offsets: [Int32]
    public let neighbours: [Int32]
    /// For each adjacency entry, the tie it comes from (an index into the tie arrays).
    public let entryTies: [Int32]

    private let indexByNode: [Node.ID: Int32]
    private let indexByHousehold: [Household.ID: Int32]

    public var nodeCount: Int { nodeIDs.count }
    public var householdCount: Int { householdIDs.count }
    public var tieCount: Int { tieSources.count }

    /// The index of a node, or `nil` when the graph does not have it.
    public func index(of id: Node.ID) -> Int32? { indexByNode[id] }

    /// The index of a household, or `nil` when the graph does not have it.
    public func index(of id: Household.ID) -> Int32? { indexByHousehold[id] }

    /// The members of household `h`.
    public func members(ofHousehold h: Int32) -> ArraySlice<Int32> {
        householdMembers[Int(householdOffsets[Int(h)])..<Int(householdOffsets[Int(h) + 1])]
    }

    /// The adjacency entries of node `v`: indices into `neighbours` and `entryTies`.
    @inline(__always) public func entries(of v: Int32) -> Range<Int> {
        Int(offsets[Int(v)])..<Int(offsets[Int(v) + 1])
    }

    /// Builds the graph of a neighbourhood as it was on `day` (every tie when `day` is nil).
    ///
    /// - Throws: `GraphError` when a tie names an unknown node or ties a node to itself, or a
    ///   node names an unknown household.
    /// - Complexity: O(n log n + m) for n nodes and m ties.
    public init(_ neighbourhood: Neighbourhood, on day: Day? = nil) throws(GraphError) {
        var builder = Builder()
        for household in neighbourhood.households { builder.add(household) }
        for node in neighbourhood.nodes { builder.add(node) }
        for tie in neighbourhood.ties where day.map(tie.isActive(on:)) ?? true {
            builder.add(tie)
        }
        self = try builder.build()
    }

    init(
        nodes: Builder.NodeColumns, households: Builder.HouseholdColumns, wijken: [String],
        ties: Builder.TieColumns
    ) {
        nodeIDs = nodes.ids
        nodeKinds = nodes.kinds
        nodeNames = nodes.names
        nodeHousehold = nodes.household
        nodeBirthYear = nodes.birthYear
        nodeVolunteers = nodes.volunteers
        nodeWijk = nodes.wijk
        householdIDs = households.ids
        householdStreets = households.streets
        householdAddresses = households.addresses
        householdNumbers = households.numbers
        householdLatitudes = households.latitudes
        householdLongitudes = households.longitudes
        householdWijk = households.wijk
        self.wijken = wijken
        tieSources = ties.sources
        tieTargets = ties.targets
        tieKinds = ties.kinds
        tieStrengths = ties.strengths

        let n = nodes.ids.count
        var indexByNode: [Node.ID: Int32] = [:]
        indexByNode.reserveCapacity(n)
        for (i, id) in nodes.ids.enumerated() { indexByNode[id] = Int32(i) }
        self.indexByNode = indexByNode
        var indexByHousehold: [Household.ID: Int32] = [:]
        indexByHousehold.reserveCapacity(households.ids.count)
        for (i, id) in households.ids.enumerated() { indexByHousehold[id] = Int32(i) }
        self.indexByHousehold = indexByHousehold

        // Household membership as CSR, by counting sort.
        let hCount = households.ids.count
        var hOffsets = [Int32](repeating: 0, count: hCount + 1)
        for h in nodes.household where h >= 0 { hOffsets[Int(h) + 1] += 1 }
        for h in 0..<hCount { hOffsets[h + 1] += hOffsets[h] }
        var hFill = hOffsets
        var hMembers = [Int32](repeating: 0, count: Int(hOffsets[hCount]))
        for (v, h) in nodes.household.enumerated() where h >= 0 {
            hMembers[Int(hFill[Int(h)])] = Int32(v)
            hFill[Int(h)] += 1
        }
        householdOffsets = hOffsets
        householdMembers = hMembers

        // Tie adjacency as CSR, by counting sort; entries of a node are in tie order.
        let m = ties.sources.count
        var offsets = [Int32](repeating: 0, count: n + 1)
        for t in 0..<m {
            offsets[Int(ties.sources[t]) + 1] += 1
            offsets[Int(ties.targets[t]) + 1] += 1
        }
        for v in 0..<n { offsets[v + 1] += offsets[v] }
        var fill = offsets
        var neighbours = [Int32](repeating: 0, count: 2 * m)
        var entryTies = [Int32](repeating: 0, count: 2 * m)
        for t in 0..<m {
            let s = Int(ties.sources[t])
            let d = Int(ties.targets[t])
            neighbours[Int(fill[s])] = Int32(d)
            entryTies[Int(fill[s])] = Int32(t)
            fill[s] += 1
            neighbours[Int(fill[d])] = Int32(s)
            entryTies[Int(fill[d])] = Int32(t)
            fill[d] += 1
        }
        self.offsets = offsets
        self.neighbours = neighbours
        self.entryTies = entryTies
    }
}
