import Testing
import WeefselGraph

@Suite struct IsolationTests {
    static func street() throws -> AnalysisGraph {
        var sketch = CommunitySketch()
        for h in ["HA", "HB", "HC", "HD", "HE", "HF", "HX"] { sketch.household(h, street: "Merelstraat") }
        sketch.person("a1", in: "HA", born: 1940)
        sketch.person("b1", in: "HB", born: 1980)
        sketch.person("c1", in: "HC")
        sketch.person("c2", in: "HC")
        sketch.person("d1", in: "HD")
        sketch.person("e1", in: "HE", born: 1990)
        sketch.person("f1", in: "HF")
        sketch.person("f2", in: "HF")
        sketch.person("x1", in: "HX")
        sketch.person("x2", in: "HX")
        sketch.person("coach", kind: .professional)
        sketch.tie("a1", "x1", .conflict)
        sketch.tie("b1", "coach", .professional)
        sketch.tie("c1", "c2", .household, strength: 3)
        sketch.tie("c1", "x1", .acquaintance, strength: 1)
        sketch.tie("c2", "x1", .acquaintance, strength: 1)
        sketch.tie("d1", "x1", .friend)
        sketch.tie("d1", "x2", .neighbour)
        sketch.tie("f1", "f2", .household, strength: 3)
        sketch.tie("x1", "x2", .household, strength: 3)
        return try sketch.graph()
    }

    @Test func everyHouseholdGetsItsClass() throws {
        let graph = try Self.street()
        let list = isolatedHouseholds(in: graph, referenceYear: 2025)
        let classes = Dictionary(uniqueKeysWithValues: list.map { ($0.householdID.rawValue, $0.class) })
        #expect(classes["HA"] == .isolated)
        #expect(classes["HB"] == .professionalOnly)
        #expect(classes["HC"] == .fragile)
        #expect(classes["HD"] == .connected)
        #expect(classes["HE"] == .isolated)
        #expect(classes["HF"] == .isolated)
        #expect(classes["HX"] == .connected)
        #expect(list.count == 7)
    }

    @Test func theWorklistPutsTheMostAtRiskFirst() throws {
        let list = isolatedHouseholds(in: try Self.street(), referenceYear: 2025)
        // Isolated single elderly with a conflict, then isolated single, then the isolated couple.
        #expect(list.map(\.householdID.rawValue) == ["HA", "HE", "HF", "HB", "HC", "HD", "HX"])
    }

    @Test func theReasonSaysWhyInDutchAndEnglish() throws {
        let list = isolatedHouseholds(in: try Self.street(), referenceYear: 2025)
        let first = try #require(list.first)
        #expect(first.reason == "alleenwonend, 85 jaar, geen contacten buiten het huis, 1 conflict")
        #expect(first.reasonEnglish == "lives alone, aged 85, no contacts outside the home, 1 conflict")
        #expect(first.oldestAge == 85)
        #expect(first.conflicts == 1)
        let professionalOnly = try #require(list.first { $0.class == .professionalOnly })
        #expect(
            professionalOnly.reason
                == "alleenwonend, 45 jaar, geen contacten buiten het huis, alleen bekend bij 1 professional")
        #expect(professionalOnly.reasonEnglish.hasSuffix("known only to 1 professional"))
        let fragile = try #require(list.first { $0.class == .fragile })
        #expect(fragile.reason == "huishouden van 2 personen, één zwak contact buiten het huis")
    }

    @Test func aContactKnownThroughTwoMembersCountsOnce() throws {
        let graph = try Self.street()
        let list = isolatedHouseholds(in: graph, referenceYear: 2025)
        let couple = try #require(list.first { $0.householdID == "HC" })
        #expect(couple.contacts == [graph.node("x1")])
        #expect(couple.members == [graph.node("c1"), graph.node("c2")])
    }

    @Test func aStrongSecondTieToTheOnlyContactIsNotFragile() throws {
        var sketch = CommunitySketch()
        sketch.household("H1")
        sketch.household("H2")
        sketch.person("p", in: "H1")
        sketch.person("q", in: "H2")
        sketch.tie("p", "q", .acquaintance, strength: 1)
        sketch.tie("p", "q", .family, strength: 3)
        let list = isolatedHouseholds(in: try sketch.graph(), referenceYear: 2025)
        #expect(list.map(\.class) == [.connected, .connected])
    }

    @Test func aTieInsideTheHouseholdDoesNotCount() throws {
        var sketch = CommunitySketch()
        sketch.household("H1")
        sketch.person("p", in: "H1")
        sketch.person("q", in: "H1")
        sketch.tie("p", "q", .friend, strength: 3)
        let list = isolatedHouseholds(in: try sketch.graph(), referenceYear: 2025)
        #expect(list.map(\.class) == [.isolated])
    }

    @Test func householdsWithoutMembersAreLeftOut() throws {
        var sketch = CommunitySketch()
        sketch.household("EMPTY")
        sketch.household("H1")
        sketch.person("p", in: "H1")
        let list = isolatedHouseholds(in: try sketch.graph(), referenceYear: 2025)
        #expect(list.map(\.householdID.rawValue) == ["H1"])
    }
}
