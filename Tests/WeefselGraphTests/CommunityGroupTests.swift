import Testing
import WeefselGraph

@Suite struct CommunityGroupTests {
    /// Merelstraat: A, B (household H1) and C, D (H2) all know each other. Lindelaan: E, G (H3) and
    /// F, H (H4) play at the football club V and are friends. D and E are friends: the one bridge.
    static func twoGroups() throws -> AnalysisGraph {
        var sketch = CommunitySketch()
        sketch.household("H1", street: "Merelstraat")
        sketch.household("H2", street: "Merelstraat")
        sketch.household("H3", street: "Lindelaan")
        sketch.household("H4", street: "Lindelaan")
        for (id, h) in [
            ("A", "H1"), ("B", "H1"), ("C", "H2"), ("D", "H2"), ("E", "H3"), ("G", "H3"), ("F", "H4"), ("H", "H4"),
        ] {
            sketch.person(id, in: h)
        }
        sketch.association("V", name: "Voetbalclub")
        let street = ["A", "B", "C", "D"]
        let club = ["E", "F", "G", "H"]
        for group in [street, club] {
            for i in 0..<group.count {
                for j in (i + 1)..<group.count { sketch.tie(group[i], group[j], .friend) }
            }
        }
        for member in club { sketch.tie(member, "V", .member) }
        sketch.tie("D", "E", .friend)
        return try sketch.graph()
    }

    @Test func groupsAreNamedAfterTheirAssociationOrTheirStreet() throws {
        let graph = try Self.twoGroups()
        let adjacency = graph.adjacency(.informal)
        let partition = communities(of: adjacency, seed: 3)
        #expect(partition.count == 2)
        let labels = try groupLabels(partition, in: graph)
        #expect(labels.map(\.label) == ["Voetbalclub", "Merelstraat e.o."])
        #expect(labels[0].basis == .association)
        #expect(labels[0].association == graph.node("V"))
        #expect(labels[0].support == 4)
        #expect(labels[1].basis == .street)
        #expect(labels[1].street == "Merelstraat")
        #expect(labels[1].support == 4)
    }

    @Test func aGroupWithoutStreetOrAssociationIsNumbered() throws {
        var sketch = CommunitySketch()
        sketch.person("P")
        sketch.person("Q")
        sketch.tie("P", "Q", .friend)
        let graph = try sketch.graph()
        let labels = try groupLabels(communities(of: graph.adjacency(.informal)), in: graph)
        #expect(labels.map(\.label) == ["Groep 1"])
    }

    @Test func labelsRefuseAPartitionOfAnotherGraph() throws {
        let graph = try Self.twoGroups()
        #expect(throws: GraphError.self) { try groupLabels(Partition(labels: [0, 0], modularity: 0), in: graph) }
    }

    @Test func theTieBetweenTheGroupsAndItsEndsAreTheBridges() throws {
        let graph = try Self.twoGroups()
        let adjacency = graph.adjacency(.informal)
        let partition = communities(of: adjacency, seed: 3)
        let bridges = try groupBridges(partition, of: adjacency, in: graph)
        let d = graph.node("D")
        let e = graph.node("E")
        #expect(bridges.ties.map { [$0.source, $0.target] } == [[d, e]])
        #expect(bridges.ties[0].sourceCommunity == partition.membership[Int(d)])
        #expect(bridges.people.map(\.node) == [d, e])
        #expect(bridges.people[0].reaches == [partition.membership[Int(e)]])
    }

    @Test func thePersonReachingMostGroupsComesFirst() throws {
        // Three triangles; node 9 ties into the first two, node 0 only into the third.
        var edges: [(Int32, Int32, UInt8)] = [(0, 1, 1), (1, 2, 1), (0, 2, 1), (3, 4, 1), (4, 5, 1), (3, 5, 1)]
        edges += [(6, 7, 1), (7, 8, 1), (6, 8, 1), (8, 9, 1), (6, 9, 1), (7, 9, 1)]
        edges += [(9, 1, 1), (9, 4, 1), (0, 6, 1)]
        let adjacency = Adjacency(nodeCount: 10, edges: edges)
        let partition = Partition(labels: [0, 0, 0, 1, 1, 1, 2, 2, 2, 2], modularity: 0)
        let bridges = try groupBridges(partition, of: adjacency)
        #expect(bridges.people.first?.node == 9)
        #expect(bridges.people.first?.reaches.count == 2)
        #expect(bridges.ties.count == 3)
        #expect(Set(bridges.people.map(\.node)) == [0, 1, 4, 6, 9])
    }
}
