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
        private var households = HouseholdColumns()
        private var householdWijkNames: [String?] = []
        private var pendingTies: [(source: Node.ID, target: Node.ID, kind: Tie.Kind, strength: UInt8)] = []

        public init() {}

        public mutating func reserveCapacity(nodes n: Int, households h: Int, ties m: Int) {
            nodes.ids.reserveCapacity(n)
            nodes.kinds.reserveCapacity(n)
            nodes.names.reserveCapacity(n)
            nodes.birthYear.reserveCapacity(n)
            nodes.volunteers.reserveCapacity(n)
            nodeHouseholdIDs.reserveCapacity(n)
            nodeWijkNames.reserveCapacity(n)
            households.ids.reserveCapacity(h)
            pendingTies.reserveCapacity(m)
        }

        public mutating func add(_ household: Household) {
            households.ids.append(household.id)
            households.streets.append(household.street)
            households.addresses.append(household.address)
            householdWijkNames.append(household.wijk)
        }

        public mutating func add(_ node: Node) {
            add(
                id: node.id, kind: node.kind, name: node.name, household: node.household,
                birthYear: node.birthYear, volunteers: node.isVolunteer, wijk: node.wijk
            )
        }

        public mutating func add(
            id: Node.ID, kind: Node.Kind, name: String, household: Household.ID?, birthYear: Int?,
            volunteers: Bool, wijk: String?
        ) {
            nodes.ids.append(id)
            nodes.kinds.append(kind)
            nodes.names.append(name)
            nodes.birthYear.append(Int32(birthYear ?? 0))
            nodes.volunteers.append(volunteers)
            nodeHouseholdIDs.append(household)
            nodeWijkNames.append(wijk)
        }

        public mutating func add(_ tie: Tie) {
            add(source: tie.source, target: tie.target, kind: tie.kind, strength: tie.strength)
        }

        public mutating func add(source: Node.ID, target: Node.ID, kind: Tie.Kind, strength: Tie.Strength) {
            pendingTies.append((source, target, kind, UInt8(strength.rawValue)))
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
                sortedHouseholds.wijk.append(householdWijkNames[old].flatMap { wijkIndex[$0] } ?? -1)
            }

            // Nodes in id order.
            let order = nodes.ids.indices.sorted { nodes.ids[$0] < nodes.ids[$1] }
            var index: [Node.ID: Int32] = [:]
            index.reserveCapacity(order.count)
            var sortedNodes = NodeColumns()
            for (newIndex, old) in order.enumerated() {
                let id = nodes.ids[old]
                index[id] = Int32(newIndex)
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

            var ties = TieColumns()
            ties.sources.reserveCapacity(pendingTies.count)
            ties.targets.reserveCapacity(pendingTies.count)
            ties.kinds.reserveCapacity(pendingTies.count)
            ties.strengths.reserveCapacity(pendingTies.count)
            for tie in pendingTies {
                guard let s = index[tie.source] else { throw .unknownNode(tie.source) }
                guard let t = index[tie.target] else { throw .unknownNode(tie.target) }
                guard s != t else { throw .selfTie(tie.source) }
                ties.sources.append(min(s, t))
                ties.targets.append(max(s, t))
                ties.kinds.append(tie.kind)
                ties.strengths.append(tie.strength)
            }
            return AnalysisGraph(nodes: sortedNodes, households: sortedHouseholds, wijken: wijken, ties: ties)
        }
    }
}
