import Testing
@testable import WeefselGraph

@Suite struct KeyFiguresTests {
    /// Two triangles of residents (Merelstraat: p1 p2 p3; the football club: p5 p6 p7) and p4, who
    /// knows p3 and p5 and is a member of the football club and the mosque.
    static func neighbourhood() throws -> AnalysisGraph {
        var nodes = [
            Node(id: "a1", kind: .association, name: "Voetbalclub"),
            Node(id: "a2", kind: .association, name: "Moskee"),
        ]
        nodes += (1...7).map { Node(id: Node.ID("p\($0)"), kind: .resident, name: "bewoner \($0)") }
        let ties = [
            Tie(source: "p1", target: "p2", kind: .neighbour), Tie(source: "p2", target: "p3", kind: .neighbour),
            Tie(source: "p1", target: "p3", kind: .neighbour), Tie(source: "p5", target: "p6", kind: .friend),
            Tie(source: "p6", target: "p7", kind: .friend), Tie(source: "p5", target: "p7", kind: .friend),
            Tie(source: "p4", target: "p3", kind: .friend), Tie(source: "p4", target: "p5", kind: .friend),
            Tie(source: "p4", target: "a1", kind: .member), Tie(source: "p4", target: "a2", kind: .member),
            Tie(source: "p5", target: "a1", kind: .member), Tie(source: "p6", target: "a1", kind: .member),
            Tie(source: "p1", target: "a2", kind: .member),
        ]
        return try AnalysisGraph(Neighbourhood(nodes: nodes, ties: ties))
    }

    /// Nodes in id order: a1 a2 p1 ... p7. Groups: 0 Merelstraat, 1 Voetbalclub, 2 Moskee.
    static let groups: [Int32] = [1, 2, 0, 0, 0, 2, 1, 1, 1]
    static let labels = ["Merelstraat", "Voetbalclub", "Moskee"]

    @Test func theBridgeBetweenGroupsRanksFirstWithItsReasons() throws {
        let graph = try Self.neighbourhood()
        let figures = try keyFigures(in: graph, groups: Self.groups, groupLabels: Self.labels)
        let first = try #require(figures.first)
        #expect(graph.nodeIDs[Int(first.node)] == "p4")
        #expect(first.groups == [1, 2, 0])
        #expect(first.associations.map { graph.nodeIDs[Int($0)] } == ["a1", "a2"])
        #expect(first.peopleKnown == 2)
        #expect(first.degree == 4)
        #expect(first.reasons.map(\.dutch).contains("verbindt 3 groepen: Voetbalclub, Moskee, Merelstraat"))
        #expect(first.reasons.map(\.english).contains("links 3 groups: Voetbalclub, Moskee, Merelstraat"))
        #expect(first.reasons.map(\.dutch).contains("kent 2 mensen"))
        #expect(first.reasons.map(\.dutch).contains("lid van 2 verenigingen"))
        #expect(first.reasons.map(\.english).contains("member of 2 associations"))
    }

    @Test func associationsAreNotRankedAndEveryPersonIs() throws {
        let graph = try Self.neighbourhood()
        let figures = try keyFigures(in: graph, groups: Self.groups, groupLabels: Self.labels)
        #expect(Set(figures.map { graph.nodeIDs[Int($0.node)].rawValue }) == Set((1...7).map { "p\($0)" }))
        #expect(figures.allSatisfy { $0.score >= 0 && $0.score <= 1 })
        #expect(zip(figures, figures.dropFirst()).allSatisfy { $0.score >= $1.score })
    }

    @Test func groupsWithoutANameAreNumbered() throws {
        let graph = try Self.neighbourhood()
        let figures = try keyFigures(in: graph, groups: Self.groups, groupLabels: [])
        let first = try #require(figures.first)
        #expect(first.reasons.map(\.english).contains("links 3 groups: group 2, group 3, group 1"))
        #expect(first.reasons.map(\.dutch).contains("verbindt 3 groepen: groep 2, groep 3, groep 1"))
    }

    @Test func aGroupForEachNodeIsRequired() throws {
        let graph = try Self.neighbourhood()
        #expect(throws: GraphError.self) { try keyFigures(in: graph, groups: [0, 1], groupLabels: Self.labels) }
    }

    @Test func percentileRanksShareTiesAndSpanZeroToOne() {
        let ranks = percentileRanks([3, 1, 1, 7])
        let expected: [Double] = [2.0 / 3, 1.0 / 6, 1.0 / 6, 1]
        #expect(ranks == expected)
    }

    @Test func theKeyPlayerSetReachesTheMostResidentsWithinTwoSteps() throws {
        let graph = try Self.neighbourhood()
        let one = try keyPlayerSet(k: 1, in: graph)
        // p4 reaches within two steps every resident: p3, p5 (1 step), p1, p2, p6, p7 (2 steps), and himself.
        #expect(one.members.map { graph.nodeIDs[Int($0)] } == ["p4"])
        #expect(one.reach == 7)
        #expect(one.residents == 7)
        #expect(one.share == 1)
        // Nobody adds anyone after that, so a larger set stops early.
        #expect(try keyPlayerSet(k: 3, in: graph).members.count == 1)
        #expect(throws: GraphError.self) { try keyPlayerSet(k: 0, in: graph) }
    }

    @Test func theGreedyChoiceTakesTheLargestGainFirstAndTheLowestNodeAmongEquals() throws {
        // Two separate stars of residents, centres r00 (4 leaves) and r10 (3 leaves).
        var nodes: [Node] = []
        var ties: [Tie] = []
        for (centre, leaves) in [("r00", 4), ("r10", 3)] {
            nodes.append(Node(id: Node.ID(centre), kind: .resident, name: centre))
            for leaf in 1...leaves {
                let id = Node.ID("\(centre)-\(leaf)")
                nodes.append(Node(id: id, kind: .resident, name: id.rawValue))
                ties.append(Tie(source: Node.ID(centre), target: id, kind: .neighbour))
            }
        }
        let graph = try AnalysisGraph(Neighbourhood(nodes: nodes, ties: ties))
        let set = try keyPlayerSet(k: 2, in: graph)
        // Any node of a star reaches the whole star; r00 is the lowest node of the larger one.
        #expect(set.members.map { graph.nodeIDs[Int($0)] } == ["r00", "r10"])
        #expect(set.gains == [5, 4])
        #expect(set.reach == 9)
    }
}
