import Foundation
import Testing
import WeefselGraph
import WeefselStore

@Suite struct StoreTests {
    static let sample = Neighbourhood(
        nodes: [
            Node(
                id: "P1", kind: .resident, name: "Jan de Vries", household: "H1", birthYear: 1941,
                languages: ["nl"], consent: [.matching]),
            Node(
                id: "P2", kind: .resident, name: "Kees de Vries", household: "H1", roles: [.volunteer],
                skills: ["administratie", "koken"]),
            Node(id: "P3", kind: .resident, name: "Fatma Yilmaz", household: "H2", languages: ["nl", "tr"]),
            Node(id: "A1", kind: .association, name: "Speeltuinvereniging De Wip", wijk: "Oost"),
        ],
        households: [
            Household(id: "H1", street: "Merelstraat", houseNumber: "2", postcode: "1234 AB", wijk: "Oost"),
            Household(id: "H2", street: "Merelstraat", houseNumber: "4a", postcode: "1234 AB", wijk: "Oost"),
        ],
        ties: [
            Tie(source: "P2", target: "P1", kind: .household, strength: .strong),
            Tie(
                source: "P3", target: "P1", kind: .neighbour, strength: .weak, since: Day(year: 2024, month: 5, day: 1),
                recordedBy: "buurtcoach", note: "groet elkaar, \"soms\" koffie"),
            Tie(source: "P3", target: "A1", kind: .member),
        ]
    )

    @Test func importThenReadBackGivesTheSameNeighbourhood() throws {
        let store = try Store()
        let summary = try store.neighbourhood.importNeighbourhood(Self.sample)
        #expect(summary.nodesAdded == 4 && summary.householdsAdded == 2 && summary.tiesAdded == 3)
        let back = try store.neighbourhood.neighbourhood()
        #expect(back.nodes == Self.sample.sorted().nodes)
        #expect(back.households == Self.sample.sorted().households)
        #expect(Set(back.ties.map(\.key)) == Set(Self.sample.ties.map(\.key)))
        let neighbour = try #require(back.ties.first { $0.kind == .neighbour })
        #expect(neighbour.note == "groet elkaar, \"soms\" koffie" && neighbour.since?.description == "2024-05-01")
    }

    @Test func reimportingTheSameDataChangesNothing() throws {
        let store = try Store()
        try store.neighbourhood.importNeighbourhood(Self.sample)
        let again = try store.neighbourhood.importNeighbourhood(Self.sample)
        #expect(again.changedNothing)
        #expect(again.nodesUnchanged == 4 && again.tiesUnchanged == 3)
        let stats = try store.statistics()
        #expect(stats.nodeCount == 4 && stats.tieCount == 3 && stats.households == 2)
    }

    @Test func reimportUpdatesByExternalIdWithoutDuplicating() throws {
        let store = try Store()
        try store.neighbourhood.importNeighbourhood(Self.sample)
        var changed = Self.sample
        changed.nodes[0].name = "Jan de Vries sr."
        changed.ties[0] = Tie(source: "P1", target: "P2", kind: .household, strength: .medium)
        let summary = try store.neighbourhood.importNeighbourhood(changed)
        #expect(summary.nodesUpdated == 1 && summary.nodesAdded == 0)
        #expect(summary.tiesUpdated == 1 && summary.tiesAdded == 0, "a reversed tie is the same undirected tie")
        #expect(try store.neighbourhood.node("P1")?.name == "Jan de Vries sr.")
        #expect(try store.statistics().tieCount == 3)
    }

    @Test func aFileWithoutAddressesKeepsTheStoredAddress() throws {
        let store = try Store()
        try store.neighbourhood.importNeighbourhood(Self.sample)
        let withoutAddress = Neighbourhood(
            nodes: [
                Node(
                    id: "P1", kind: .resident, name: "Jan de Vries", household: "H1", birthYear: 1941,
                    languages: ["nl"], consent: [.matching])
            ],
            households: [Household(id: "H1")]
        )
        #expect(try store.neighbourhood.importNeighbourhood(withoutAddress).changedNothing)
        #expect(try store.neighbourhood.household("H1")?.address == "Merelstraat 2, 1234 AB")
    }

    @Test func aFailedImportWritesNothing() throws {
        let store = try Store()
        try store.neighbourhood.importNeighbourhood(Self.sample)
        var bad = Neighbourhood(nodes: [Node(id: "P9", kind: .resident, name: "Nieuw")])
        bad.ties = [Tie(source: "P9", target: "P404", kind: .friend)]
        #expect(throws: StoreError.unknownNode("P404")) { try store.neighbourhood.importNeighbourhood(bad) }
        let stats = try store.statistics()
        #expect(stats.nodeCount == 4 && stats.tieCount == 3, "the new node P9 was rolled back too")
        #expect(try store.neighbourhood.node("P9") == nil)
    }

    @Test func removingANodeRemovesItsTies() throws {
        let store = try Store()
        try store.neighbourhood.importNeighbourhood(Self.sample)
        #expect(try store.neighbourhood.removeNode("P1") == 2)
        #expect(try store.neighbourhood.ties().map(\.kind) == [.member])
        #expect(throws: StoreError.unknownNode("P1")) { try store.neighbourhood.removeNode("P1") }
    }

    @Test func addingAndEditingNodesAndTiesByHand() throws {
        let store = try Store()
        try store.neighbourhood.importNeighbourhood(Self.sample)
        let household = Household(id: "H3", street: "Lindelaan", houseNumber: "1", postcode: "1235 CD")
        try store.neighbourhood.add(
            Node(id: "P4", kind: .resident, name: "Anna Bakker", household: "H3"), household: household)
        #expect(throws: StoreError.duplicateNode("P4")) {
            try store.neighbourhood.add(Node(id: "P4", kind: .resident, name: "Ander"))
        }
        #expect(throws: StoreError.unknownHousehold("H9")) {
            try store.neighbourhood.add(Node(id: "P5", kind: .resident, name: "Piet", household: "H9"))
        }
        #expect(throws: StoreError.self) { try store.neighbourhood.add(Node(id: "P6", kind: .resident, name: "  ")) }
        try store.neighbourhood.add(Tie(source: "P4", target: "P3", kind: .friend))
        #expect(throws: StoreError.duplicateTie("P3", "P4", .friend)) {
            try store.neighbourhood.add(Tie(source: "P3", target: "P4", kind: .friend))
        }
        #expect(throws: StoreError.self) { try store.neighbourhood.add(Tie(source: "P4", target: "P4", kind: .friend)) }
        var anna = try #require(try store.neighbourhood.node("P4"))
        anna.skills = ["tuinieren"]
        try store.neighbourhood.update(anna)
        #expect(try store.neighbourhood.node("P4")?.skills == ["tuinieren"])
        #expect(try store.neighbourhood.ties(of: "P4").count == 1)
        try store.neighbourhood.removeTie(between: "P3", and: "P4", kind: .friend)
        #expect(try store.neighbourhood.ties(of: "P4").isEmpty)
        #expect(try store.neighbourhood.nodes(matching: "lindelaan").map(\.id) == ["P4"])
        #expect(try store.neighbourhood.nodes(matching: "%").isEmpty, "LIKE wildcards in a search are literal")
        #expect(try store.neighbourhood.nodes(kind: .association).map(\.id) == ["A1"])
    }

    @Test func loadsTheAnalysisGraphAsOfADay() throws {
        let store = try Store()
        try store.neighbourhood.importNeighbourhood(Self.sample)
        let graph = try store.analysis.loadGraph()
        #expect(graph.nodeIDs == ["A1", "P1", "P2", "P3"] && graph.tieCount == 3)
        #expect(graph.nodeVolunteers == [false, false, true, false])
        let before = try store.analysis.loadGraph(at: Day(year: 2024, month: 1, day: 1))
        #expect(before.tieCount == 2, "the neighbour tie was recorded from May 2024")
        let direct = try AnalysisGraph(Self.sample)
        #expect(direct.tieSources == graph.tieSources && direct.tieTargets == graph.tieTargets)
    }

    @Test func aSecondWriterIsRefusedWhileTheFirstHoldsTheDatabase() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("weefsel-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("wijk.sqlite").path
        do {
            let first = try Store(path: path)
            try first.neighbourhood.importNeighbourhood(Self.sample)
            #expect {
                _ = try Store(path: path)
            } throws: { error in
                guard case StoreError.databaseLocked(let lockedPath, let holder)? = error as? StoreError else {
                    return false
                }
                return lockedPath == path && holder.hasPrefix("pid ")
            }
            let reader = try Store(path: path, access: .readOnly)
            #expect(try reader.statistics().nodeCount == 4, "readers work beside the writer")
        }
        let again = try Store(path: path)
        #expect(try again.statistics().tieCount == 3, "the lock is released when the writer closes")
    }

    @Test func readOnlyOpeningOfAMissingDatabaseSaysWhatToDo() {
        #expect {
            _ = try Store(path: "/nonexistent/weefsel.sqlite", access: .readOnly)
        } throws: { error in
            "\(error)".contains("weefsel init")
        }
    }
}
