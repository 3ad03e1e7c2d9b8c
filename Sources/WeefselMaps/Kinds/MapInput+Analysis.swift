import WeefselGraph

extension HouseholdClass {
    /// The map's class for an isolation class of the analysis; a fragile household still has an
    /// informal tie outside, so it is drawn as connected.
    public init(_ isolation: HouseholdIsolation.Class) {
        switch isolation {
        case .isolated: self = .isolated
        case .professionalOnly: self = .professionalOnly
        case .fragile, .connected: self = .connected
        }
    }
}

extension MapInput {
    /// A map input with every analysis result a map can show: groups and their labels (Leiden,
    /// seeded), betweenness of the informal network, and the isolation class of every household,
    /// fragile ones included.
    ///
    /// - Parameters:
    ///   - seed: the seed of the group search.
    ///   - referenceYear: the year ages are counted in for the isolation worklist.
    ///   - betweenness: whether to compute betweenness (the key figures map needs it; it costs
    ///     O(n·m)).
    /// - Complexity: O(n·m) with betweenness, otherwise that of the group search plus O(n + m).
    public init(analysing graph: AnalysisGraph, seed: UInt64, referenceYear: Int, betweenness: Bool) throws(GraphError)
    {
        let informal = graph.adjacency(.informal)
        let partition = WeefselGraph.communities(of: informal, seed: seed)
        let names = try WeefselGraph.groupLabels(partition, in: graph)
        var classes = [HouseholdClass](repeating: .connected, count: graph.householdCount)
        var fragile = [Bool](repeating: false, count: graph.householdCount)
        for entry in isolatedHouseholds(in: graph, referenceYear: referenceYear) {
            classes[Int(entry.household)] = HouseholdClass(entry.class)
            fragile[Int(entry.household)] = entry.class == .fragile
        }
        self.init(
            graph: graph, groups: partition.membership, groupLabels: names.map(\.label),
            betweenness: betweenness ? WeefselGraph.betweennessCentrality(of: informal) : nil, isolation: classes)
        self.fragile = fragile
        groupNames = names
    }

    /// The same graph with the isolation classes a snapshot recorded, by household id; households
    /// the snapshot did not know are drawn as connected.
    public init(_ graph: AnalysisGraph, isolation: [HouseholdIsolation]) {
        var classes = [HouseholdClass](repeating: .connected, count: graph.householdCount)
        for entry in isolation {
            if let h = graph.index(of: entry.householdID) { classes[Int(h)] = HouseholdClass(entry.class) }
        }
        self.init(graph: graph, isolation: classes)
    }
}
