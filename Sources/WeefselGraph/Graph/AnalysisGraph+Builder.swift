extension AnalysisGraph {
    /// Collects nodes, households and ties in any order and builds the compact graph in one pass.
    ///
    /// The store's loader feeds it rows straight from SQLite; ``AnalysisGraph/init(_:on:)`` feeds it
    /// domain values.
    public struct Builder: Sendable {
        struct NodeColumns {
            var ids: [Node.ID] = []
            var kinds: [Node.Kind] = []
            var names: [String] = []
            var household: [Int32] = []
            var birthYear: [Int32] = []
            var volunteers: [Bool] = []
            var wijk: [Int32] = []
        }

        struct HouseholdColumns {
            var ids: [Household.ID] = []
            var streets: [String?] = []
            var addresses: [String] = []
            var numbers: [String?] = []
            var latitudes: [Double?] = []
            var longitudes: [Double?] = []
            var wijk: [Int32] = []
        }

        struct TieColumns {
            var sources: [Int32] = []
            var targets: [Int32] = []
            var kinds: [Tie.Kind] = []
            var strengths: [UInt8] = []
        }

        private var nodes = NodeColumns()
        private var nodeHouseholdIDs: [Household.ID?] = []
        private var nodeWijkNames: [String?] = []
        private var insertionIndex: [Node.ID: Int32] = [:]
        private var households = HouseholdColumns()
        private var householdWijkNames: [String?] = []
        private var tieEnds: [(source: Int32, target: Int32)] = []
        private var ties = TieColumns()
        private var firstProblem: GraphError?

        public init() {}

        /// The number of nodes added so far; the next node added gets this number.
        public var addedNodeCount: Int { nodes.ids.count }

        public mutating func reserveCapacity(nodes n: Int, households h: Int, ties m: Int) {
            nodes.ids.reserveCapacity(n)
            nodes.kinds.reserveCapacity(n)
            nodes.names.reserveCapacity(n)
            nodes.birthYear.reserveCapacity(n)
            nodes.volunteers.reserveCapacity(n)
            nodeHouseholdIDs.reserveCapacity(n)
            nodeWijkNames.reserveCapacity(n)
            insertionIndex.reserveCapacity(n)
            households.ids.reserveCapacity(h)
            tieEnds.reserveCapacity(m)
            ties.kinds.reserveCapacity(m)
            ties.strengths.reserveCapacity(m)
        }

        public mutating func add(_ household: Household) {
            households.ids.append(household.id)
            households.streets.append(household.street)
            households.addresses.append(household.address)
            households.numbers.append(household.houseNumber)
            let located = household.latitude != nil && household.longitude != nil
            households.latitudes.append(located ? household.latitude : nil)
            households.longitudes.append(located ? household.longitude : nil)
            householdWijkNames.append(household.wijk)
        }

        public mutating func add(_ node: Node) {
            add(
                id: node.id, kind: node.kind, name: node.name, household: node.household,
                birthYear: node.birthYear, volunteers: node.isVolunteer, wijk: node.wijk
            )
        }

        /// Adds a node; it gets the number ``addedNodeCount`` had before the call.
        public mutating func add(
            id: Node.ID, kind: Node.Kind, name: String, household: Household.ID?, birthYear: Int?,
            volunteers: Bool, wijk: String?
        ) {
            insertionIndex[id] = Int32(nodes.ids.count)
            nodes.ids.append(id)
            nodes.kinds.append(kind)
            nodes.names.append(name)
            nodes.birthYear.append(Int32(birthYear ?? 0))
            nodes.volunteers.append(volunteers)
            nodeHouseholdIDs.append(household)
            nodeWijkNames.append(wijk)
        }

        /// Adds a tie between two nodes named by their external ids.
        public mutating func add(_ tie: Tie) {
            guard let s = insertionIndex[tie.source] else {
                firstProblem = firstProblem ?? .unknownNode(tie.source)
                return
            }
            guard let t = insertionIndex[tie.target] else {
                firstProblem = firstProblem ?? .unknownNode(tie.target)
                return
            }
            add(source: Int(s), target: Int(t), kind: tie.kind, strength: tie.strength)
        }

        /// Adds a tie between the nodes added as numbers `source` and `target`.
        public mutating func add(source: Int, target: Int, kind: Tie.Kind, strength: Tie.Strength) {
            guard source != target else {
                firstProblem = firstProblem ?? .selfTie(nodes.ids[source])
                return
            }
            tieEnds.append((Int32(source), Int32(target)))
            ties.kinds.append(kind)
            ties.strengths.append(UInt8(strength.rawValue))
        }

        /// Builds the graph.
        ///
        /// - Throws: `GraphError` for a tie to an unknown node, a self-tie, or a node in an
        ///   unknown household.
        /// - Complexity: O(n log n + m).
        public func build() throws(GraphError) -> AnalysisGraph {
            // Households in id order.
            let hOrder = households.ids.indices.sorted { households.ids[$0] < households.ids[$1] }
            var hIndex: [Household.ID: Int32] = [:]
            hIndex.reserveCapacity(hOrder.count)
            for (newIndex, old) in hOrder.enumerated() { hIndex[households.ids[old]] = Int32(newIndex) }

            let wijken = Set(nodeWijkNames.compactMap { $0 } + householdWijkNames.compactMap { $0 }).sorted()
            var wijkIndex: [String: Int32] = [:]
            for (i, name) in wijken.enumerated() { wijkIndex[name] = Int32(i) }

            var sortedHouseholds = HouseholdColumns()
            for old in hOrder {
                sortedHouseholds.ids.append(households.ids[old])
                sortedHouseholds.streets.append(households.streets[old])
                sortedHouseholds.addresses.append(households.addresses[old])
                sortedHouseholds.numbers.append(households.numbers[old])
                sortedHouseholds.latitudes.append(households.latitudes[old])
                sortedHouseholds.longitudes.append(households.longitudes[old])
                sortedHouseholds.wijk.append(householdWijkNames[old].flatMap { wijkIndex[$0] } ?? -1)
            }

            // Nodes in id order.
            let order = nodes.ids.indices.sorted { nodes.ids[$0] < nodes.ids[$1] }
            var sortedNodes = NodeColumns()
            for old in order {
                let id = nodes.ids[old]
                sortedNodes.ids.append(id)
                sortedNodes.kinds.append(nodes.kinds[old])
                sortedNodes.names.append(nodes.names[old])
                sortedNodes.birthYear.append(nodes.birthYear[old])
                sortedNodes.volunteers.append(nodes.volunteers[old])
                var h: Int32 = -1
                if let householdID = nodeHouseholdIDs[old] {
                    guard let found = hIndex[householdID] else { throw .unknownHousehold(householdID) }
                    h = found
                }
                sortedNodes.household.append(h)
                let wijk = nodeWijkNames[old] ?? (h >= 0 ? householdWijkNames[hOrder[Int(h)]] : nil)
                sortedNodes.wijk.append(wijk.flatMap { wijkIndex[$0] } ?? -1)
            }

            if let firstProblem { throw firstProblem }
            var newIndex = [Int32](repeating: 0, count: order.count)
            for (position, old) in order.enumerated() { newIndex[old] = Int32(position) }
            var ties = self.ties
            ties.sources.reserveCapacity(tieEnds.count)
            ties.targets.reserveCapacity(tieEnds.count)
            for (source, target) in tieEnds {
                let s = newIndex[Int(source)]
                let t = newIndex[Int(target)]
                ties.sources.append(min(s, t))
                ties.targets.append(max(s, t))
            }
            return AnalysisGraph(nodes: sortedNodes, households: sortedHouseholds, wijken: wijken, ties: ties)
        }
    }
}
