import Testing
import WeefselGraph

@testable import WeefselStore

/// The service answers netwerkkaarten from the neighbourhood in memory; after every kind of write
/// it must give what the database gives.
@Suite struct NeighbourhoodMirrorTests {
    static let day = Day(year: 2026, month: 3, day: 1)!

    /// The netwerkkaart of `centre` from the store's ego graph (in memory once turned on) equals the
    /// one computed on the whole network loaded from SQLite.
    static func expectCurrent(_ store: Store, around centres: [Node.ID], after step: String) throws {
        let whole = try store.analysis.loadGraph(at: day)
        for centre in centres {
            let part = try store.analysis.egoGraph(around: centre, depth: 2, at: day) { _ in true }
            guard whole.index(of: centre) != nil else {
                #expect(part.index(of: centre) == nil, "\(centre) is gone after \(step)")
                continue
            }
            #expect(
                try EgoReport(of: centre, in: part, depth: 2) == EgoReport(of: centre, in: whole, depth: 2),
                "\(centre) after \(step)")
        }
    }

    static func sample(_ store: Store) throws -> [Node.ID] {
        try store.neighbourhood.nodeIDs().sorted().enumerated().filter { $0.offset % 41 == 0 }.map(\.element)
    }

    @Test func keepsTheNetwerkkaartCurrentThroughEveryKindOfWrite() throws {
        let store = try Store()
        try store.keepNetworkInMemory()
        // An import large enough to reload the whole copy.
        let neighbourhood = NeighbourhoodGenerator(persons: 1_500, seed: 11, professionals: 2).generate()
        try store.neighbourhood.importNeighbourhood(neighbourhood)
        try Self.expectCurrent(store, around: try Self.sample(store), after: "the import")

        let residents = neighbourhood.nodes.filter { $0.kind == .resident }.map(\.id).sorted()
        let (a, b, c) = (residents[3], residents[700], residents[1_200])
        let friends = Tie(source: a, target: b, kind: .friend, strength: .strong)
        try store.neighbourhood.add(friends)
        try Self.expectCurrent(store, around: [a, b], after: "adding a tie")

        var ended = friends
        ended.until = Day(year: 2025, month: 12, day: 31)
        ended.strength = .weak
        try store.neighbourhood.update(ended)
        try Self.expectCurrent(store, around: [a, b], after: "ending a tie")

        try store.neighbourhood.removeTie(between: a, and: b, kind: .friend)
        try Self.expectCurrent(store, around: [a, b], after: "removing a tie")

        let household = Household(id: "H-NEW", street: "Nieuwstraat", houseNumber: "1", wijk: "Elders")
        let newcomer = Node(id: "P-NEW", kind: .resident, name: "Nieuwe Bewoner", household: household.id)
        try store.neighbourhood.add(newcomer, household: household)
        try store.neighbourhood.add(Tie(source: newcomer.id, target: c, kind: .neighbour))
        try Self.expectCurrent(store, around: [newcomer.id, c], after: "a new person in a new household")

        var moved = try #require(try store.neighbourhood.node(c))
        moved.household = household.id
        moved.roles.insert(.volunteer)
        try store.neighbourhood.update(moved)
        try Self.expectCurrent(store, around: [newcomer.id, c, a], after: "moving house")

        try store.neighbourhood.removeNode(newcomer.id)
        try Self.expectCurrent(store, around: [newcomer.id, c], after: "removing a person with their ties")

        let erased = residents[900]
        let around = try store.neighbourhood.ties(of: erased).flatMap { [$0.source, $0.target] }
        _ = try store.privacy.erase(erased, audit: .commandLine)
        try Self.expectCurrent(store, around: [erased] + around, after: "erasure")

        try Self.expectCurrent(store, around: try Self.sample(store), after: "all of it")
    }

    @Test func followsAChangeOfAnyStatementOnTheDatabaseAndAnnouncesItOnce() throws {
        let store = try Store()
        try store.neighbourhood.importNeighbourhood(StoreTests.sample)
        try store.keepNetworkInMemory()
        let before = store.generation.current
        // A statement no method of the store wrote: the one change observer still sees its rows.
        try store.execute(
            sql: """
                INSERT INTO tie (sourceId, targetId, kind, strength)
                SELECT a.id, b.id, 'friend', 3 FROM node a, node b WHERE a.externalId = 'P1' AND b.externalId = 'P3'
                """)
        #expect(store.generation.current == before + 1)
        try Self.expectCurrent(store, around: ["P1", "P3"], after: "a statement of its own")
        try store.execute(sql: "UPDATE node SET name = 'Anna' WHERE externalId = 'P1'")
        #expect(store.generation.current == before + 2)
        let part = try store.analysis.egoGraph(around: "P3", depth: 1, at: Self.day) { _ in true }
        #expect(part.index(of: Node.ID("P1")).map { part.nodeNames[Int($0)] } == "Anna")
    }

    @Test func keepsTheHouseholdsWijkAsTheDatabaseHasIt() throws {
        let store = try Store()
        let home = Household(id: "H1", street: "Dorpsstraat", houseNumber: "2", wijk: "Oost")
        try store.neighbourhood.add(Node(id: "P1", kind: .resident, name: "Ans", household: home.id), household: home)
        try store.neighbourhood.add(Node(id: "P2", kind: .resident, name: "Bert", wijk: "Oost"))
        try store.neighbourhood.add(Tie(source: "P1", target: "P2", kind: .friend))
        try store.keepNetworkInMemory()
        let seesOost = { (wijk: String?) in wijk == "Oost" }
        #expect(
            try store.analysis.egoGraph(around: "P1", depth: 1, at: Self.day, visible: seesOost).index(
                of: Node.ID("P1")) != nil)

        var moved = home
        moved.wijk = "West"
        try store.neighbourhood.add(Node(id: "P3", kind: .resident, name: "Cor", household: home.id), household: moved)
        #expect(try store.neighbourhood.household("H1")?.wijk == "West")
        let after = try store.analysis.egoNetwork(around: "P2", depth: 1, at: Self.day, visible: seesOost)
        #expect(after.graph.index(of: Node.ID("P1")) == nil, "P1's household moved out of the caller's wijken")
        #expect(after.outsideContacts == 1)
    }
}
