import Testing
import WeefselGraph

@Suite struct AnalysisGraphTests {
    static let street = Neighbourhood(
        nodes: [
            Node(id: "P3", kind: .resident, name: "Fatma Yilmaz", household: "H2", birthYear: 1980),
            Node(id: "P1", kind: .resident, name: "Jan de Vries", household: "H1", birthYear: 1941),
            Node(id: "P2", kind: .resident, name: "Kees de Vries", household: "H1", birthYear: 1970),
            Node(id: "A1", kind: .association, name: "Speeltuinvereniging"),
            Node(id: "W1", kind: .professional, name: "Buurtcoach Noor"),
        ],
        households: [
            Household(id: "H2", street: "Merelstraat", houseNumber: "4", postcode: "1234 AB", wijk: "Oost"),
            Household(id: "H1", street: "Merelstraat", houseNumber: "2", postcode: "1234 AB", wijk: "Oost"),
        ],
        ties: [
            Tie(source: "P2", target: "P1", kind: .household, strength: .strong),
            Tie(source: "P1", target: "P3", kind: .neighbour, strength: .weak),
            Tie(source: "P1", target: "P3", kind: .conflict),
            Tie(source: "P3", target: "A1", kind: .member),
            Tie(source: "W1", target: "P1", kind: .professional),
            Tie(
                source: "P2", target: "P3", kind: .friend, since: Day(year: 2025, month: 6, day: 1),
                until: Day(year: 2025, month: 12, day: 31)
            ),
        ]
    )

    @Test func numbersNodesAndHouseholdsInIdOrder() throws {
        let graph = try AnalysisGraph(Self.street)
        #expect(graph.nodeIDs == ["A1", "P1", "P2", "P3", "W1"])
        #expect(graph.householdIDs == ["H1", "H2"])
        let p1 = try #require(graph.index(of: Node.ID("P1")))
        #expect(graph.nodeHousehold[Int(p1)] == 0)
        #expect(graph.members(ofHousehold: 0).map { graph.nodeIDs[Int($0)] } == ["P1", "P2"])
        #expect(graph.wijken == ["Oost"])
        #expect(graph.nodeWijk[Int(p1)] == 0, "a resident belongs to the wijk of its household")
    }

    @Test func keepsEveryTieSeenFromBothEnds() throws {
        let graph = try AnalysisGraph(Self.street)
        #expect(graph.tieCount == 6)
        let p3 = try #require(graph.index(of: Node.ID("P3")))
        let kinds = graph.entries(of: p3).map { graph.tieKinds[Int(graph.entryTies[$0])] }.sorted()
        #expect(kinds == [.neighbour, .friend, .member, .conflict])
    }

    @Test func dropsTiesThatWereNotActiveOnTheDay() throws {
        let graph = try AnalysisGraph(Self.street, on: Day(year: 2026, month: 1, day: 1))
        #expect(graph.tieCount == 5)
        #expect(!graph.tieKinds.contains(.friend))
    }

    @Test func informalAdjacencyLeavesOutProfessionalAndConflictTies() throws {
        let graph = try AnalysisGraph(Self.street)
        let informal = graph.adjacency(.informal)
        let p1 = Int(try #require(graph.index(of: Node.ID("P1"))))
        let p3 = Int(try #require(graph.index(of: Node.ID("P3"))))
        let w1 = Int(try #require(graph.index(of: Node.ID("W1"))))
        #expect(informal.degree(of: w1) == 0)
        #expect(informal.contains(p1, p3), "the neighbour tie counts even though a conflict exists too")
        #expect(informal.edgeCount == 4)
        let positive = graph.adjacency(.positive)
        #expect(positive.degree(of: w1) == 1)
        let conflicts = graph.adjacency(.conflict)
        #expect(conflicts.edgeCount == 1 && conflicts.contains(p3, p1))
        #expect(graph.adjacency(TieFilter([.conflict, .friend])).edgeCount == 1, "conflict never carries a path")
    }

    @Test func mergesParallelTiesKeepingTheStrongest() {
        let adjacency = Adjacency(nodeCount: 3, edges: [(0, 1, 1), (1, 0, 3), (1, 2, 2), (2, 2, 1)])
        #expect(adjacency.edgeCount == 2)
        #expect(Array(adjacency.neighbours(of: 1)) == [0, 2])
        #expect(adjacency.strengths[adjacency.range(of: 0).lowerBound] == 3)
        #expect(adjacency.degree(of: 2) == 1, "self-loops are dropped")
    }

    @Test func refusesTiesToUnknownNodesAndSelfTies() {
        var unknown = Self.street
        unknown.ties.append(Tie(source: "P1", target: "P9", kind: .friend))
        #expect(throws: GraphError.unknownNode("P9")) { try AnalysisGraph(unknown) }
        var selfTie = Self.street
        selfTie.ties.append(Tie(source: "P1", target: "P1", kind: .friend))
        #expect(throws: GraphError.selfTie("P1")) { try AnalysisGraph(selfTie) }
        var homeless = Self.street
        homeless.nodes.append(Node(id: "P4", kind: .resident, name: "Piet", household: "H9"))
        #expect(throws: GraphError.unknownHousehold("H9")) { try AnalysisGraph(homeless) }
    }

    @Test func anEmptyNeighbourhoodGivesAnEmptyGraph() throws {
        let graph = try AnalysisGraph(Neighbourhood())
        #expect(graph.nodeCount == 0 && graph.tieCount == 0)
        #expect(graph.adjacency(.informal).nodeCount == 0)
    }
}
