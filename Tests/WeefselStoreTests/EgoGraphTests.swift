import Testing
import WeefselGraph
import WeefselStore

@Suite struct EgoGraphTests {
    /// A generated neighbourhood of several wijken, with a conflict, a professional's caseload and
    /// a tie that ended, so every rule of the netwerkkaart has something to act on; read from
    /// SQLite, or from the copy in memory the service keeps when `inMemory`.
    static func store(inMemory: Bool) throws -> (store: Store, neighbourhood: Neighbourhood, ended: Tie) {
        var neighbourhood = NeighbourhoodGenerator(persons: 8_000, seed: 5, professionals: 8).generate()
        let residents = neighbourhood.nodes.filter { $0.kind == .resident }.map(\.id)
        let ended = Tie(
            source: residents[0], target: residents[residents.count - 1], kind: .friend, strength: .strong,
            until: Day(year: 2020, month: 1, day: 1))
        neighbourhood.ties.append(ended)
        neighbourhood.ties.append(
            Tie(source: residents[0], target: residents[residents.count / 2], kind: .conflict, strength: .strong))
        let store = try Store()
        try store.neighbourhood.importNeighbourhood(neighbourhood)
        if inMemory { try store.keepNetworkInMemory() }
        return (store, try store.neighbourhood.neighbourhood(), ended)
    }

    static func day(_ year: Int, _ month: Int, _ day: Int) throws -> Day {
        try #require(Day(year: year, month: month, day: day))
    }

    /// The whole network as one team sees it: only nodes of `wijken` (their own wijk, else their
    /// household's), only households of `wijken`, only ties between kept nodes.
    static func seen(_ neighbourhood: Neighbourhood, wijken: Set<String>, on day: Day) throws -> AnalysisGraph {
        let households = neighbourhood.households.filter { $0.wijk.map(wijken.contains) ?? false }
        let shown = Set(households.map(\.id))
        let householdWijk = Dictionary(
            neighbourhood.households.map { ($0.id, $0.wijk) }, uniquingKeysWith: { first, _ in first })
        var builder = AnalysisGraph.Builder()
        for household in households { builder.add(household) }
        var kept: Set<Node.ID> = []
        for node in neighbourhood.nodes {
            guard let wijk = node.wijk ?? node.household.flatMap({ householdWijk[$0] ?? nil }), wijken.contains(wijk)
            else { continue }
            kept.insert(node.id)
            var visible = node
            visible.household = node.household.flatMap { shown.contains($0) ? $0 : nil }
            builder.add(visible)
        }
        for tie in neighbourhood.ties
        where tie.isActive(on: day) && kept.contains(tie.source) && kept.contains(tie.target) {
            builder.add(tie)
        }
        return try builder.build()
    }

    @Test(arguments: [false, true]) func givesTheSameNetwerkkaartAsTheWholeNetworkAtEveryDepth(inMemory: Bool) throws {
        let (store, neighbourhood, ended) = try Self.store(inMemory: inMemory)
        let day = try Self.day(2026, 3, 1)
        let whole = try store.analysis.loadGraph(at: day)
        let centres =
            neighbourhood.nodes.map(\.id).enumerated().filter { $0.offset % 97 == 0 }.map(\.element)
            + [ended.source]
            + neighbourhood.nodes.filter { $0.kind != .resident }.map(\.id).prefix(6)
        for centre in centres {
            for depth in 1...3 {
                let part = try store.analysis.egoGraph(around: centre, depth: depth, at: day) { _ in true }
                let expected = try EgoReport(of: centre, in: whole, depth: depth)
                #expect(try EgoReport(of: centre, in: part, depth: depth) == expected, "\(centre) at depth \(depth)")
                #expect(part.nodeCount <= whole.nodeCount)
            }
        }
    }

    @Test(arguments: [false, true]) func showsATeamOnlyItsOwnWijkenAsTheWholeNetworkWould(inMemory: Bool) throws {
        let (store, neighbourhood, _) = try Self.store(inMemory: inMemory)
        let day = try Self.day(2026, 3, 1)
        let wijken = Set(neighbourhood.households.compactMap(\.wijk).sorted().prefix(1))
        #expect(!wijken.isEmpty)
        let seen = try Self.seen(neighbourhood, wijken: wijken, on: day)
        for index in stride(from: 0, to: seen.nodeCount, by: 61) {
            let centre = seen.nodeIDs[index]
            for depth in 1...3 {
                let part = try store.analysis.egoGraph(around: centre, depth: depth, at: day) {
                    $0.map(wijken.contains) ?? false
                }
                #expect(
                    try EgoReport(of: centre, in: part, depth: depth) == EgoReport(of: centre, in: seen, depth: depth),
                    "\(centre) at depth \(depth)")
                #expect(part.nodeWijk.allSatisfy { $0 >= 0 && wijken.contains(part.wijken[Int($0)]) })
            }
        }
    }

    @Test(arguments: [false, true]) func leavesOutACentreTheCallerMayNotSee(inMemory: Bool) throws {
        let (store, neighbourhood, _) = try Self.store(inMemory: inMemory)
        let centre = try #require(neighbourhood.nodes.first { $0.kind == .resident }).id
        let part = try store.analysis.egoGraph(around: centre, depth: 2, at: try Self.day(2026, 3, 1)) { _ in false }
        #expect(part.nodeCount == 0)
        #expect(throws: GraphError.unknownNode(centre)) { try EgoReport(of: centre, in: part, depth: 2) }
        let unknown = try store.analysis.egoGraph(around: "nobody", depth: 2, at: try Self.day(2026, 3, 1)) { _ in true
        }
        #expect(unknown.nodeCount == 0)
    }

    @Test(arguments: [false, true]) func followsTheDayOfTheNetwork(inMemory: Bool) throws {
        let (store, _, ended) = try Self.store(inMemory: inMemory)
        let before = try store.analysis.egoGraph(around: ended.source, depth: 1, at: try Self.day(2019, 6, 1)) { _ in
            true
        }
        let after = try store.analysis.egoGraph(around: ended.source, depth: 1, at: try Self.day(2026, 3, 1)) { _ in
            true
        }
        let friends = { (graph: AnalysisGraph) in
            try EgoReport(of: ended.source, in: graph, depth: 1).rings.flatMap(\.contacts).map(\.person.id)
        }
        #expect(try friends(before).contains(ended.target))
        #expect(try !friends(after).contains(ended.target))
    }
}
