import Testing
import WeefselGraph
import WeefselMaps

@Suite struct ScaleGuardTests {
    /// A ring of `count` residents, each in their own household.
    static func ring(_ count: Int) throws -> MapInput {
        var neighbourhood = Neighbourhood()
        for index in 0..<count {
            let household = Household.ID("H\(index)")
            neighbourhood.households.append(Household(id: household))
            neighbourhood.nodes.append(
                Node(id: Node.ID("P\(index)"), kind: .resident, name: "R\(index)", household: household))
            neighbourhood.ties.append(
                Tie(source: Node.ID("P\(index)"), target: Node.ID("P\((index + 1) % count)"), kind: .neighbour))
        }
        return MapInput(graph: try AnalysisGraph(neighbourhood))
    }

    @Test func mapsAboveTheNodeLimitAreRefusedWithAClearError() throws {
        var options = MapOptions()
        options.nodeLimit = 100
        #expect(throws: MapError.tooLarge(nodes: 120, limit: 100)) {
            try neighbourhoodMap(of: try Self.ring(120), options: options)
        }
        let message = MapError.tooLarge(nodes: 120, limit: 100).description
        #expect(message.contains("120") && message.contains("100"))
    }

    @Test func theEngineIsChosenBySize() throws {
        #expect(try neighbourhoodMap(of: try Self.ring(50)).engine == .neato)
        #expect(try neighbourhoodMap(of: try Self.ring(400)).engine == .sfdp)
        #expect(
            try communitiesMap(of: MapInput(graph: try Self.ring(20).graph, groups: Array(repeating: 0, count: 20)))
                .engine == .fdp)
    }

    @Test func dotIsRefusedForLargeMaps() throws {
        var options = MapOptions()
        options.engine = .dot
        #expect(throws: MapError.engineTooSlow(.dot, nodes: 600, limit: 500)) {
            try neighbourhoodMap(of: try Self.ring(600), options: options)
        }
        #expect(try neighbourhoodMap(of: try Self.ring(30), options: options).engine == .dot)
    }

    @Test func largeMapsDrawSmallUnlabelledNodesWithTooltips() throws {
        let text = try neighbourhoodMap(of: try Self.ring(400), options: MapOptions(names: true)).text
        #expect(text.contains("n0 [label=\"\", tooltip=\"R0 · bewoner · H0\""))
        #expect(text.contains("fixedsize=\"true\""))
    }

    @Test func resultsThatDoNotFitTheGraphAreRefused() throws {
        let graph = try Fixture.graph()
        #expect(throws: MapError.self) { try keyFiguresMap(of: MapInput(graph: graph, betweenness: [1, 2])) }
        #expect(throws: MapError.self) { try keyFiguresMap(of: MapInput(graph: graph)) }
        #expect(throws: MapError.unknownNode("nobody")) { try egoMap(of: graph, centre: "nobody") }
        #expect(throws: MapError.self) {
            try matchesMap(of: MapInput(graph: graph), matches: [MatchPair(need: 0, offer: 99, state: .active)])
        }
    }
}
