import Foundation
import Testing
import WeefselGraph

@Suite struct IndicatorsTests {
    /// Noord: p1 alone (H1), p2 (H2). Zuid: p3 (H3), p4 and p5 (H4).
    static func sketch() -> CommunitySketch {
        var sketch = CommunitySketch()
        sketch.household("H1", wijk: "Noord")
        sketch.household("H2", wijk: "Noord")
        sketch.household("H3", wijk: "Zuid")
        sketch.household("H4", wijk: "Zuid")
        sketch.person("p1", in: "H1")
        sketch.person("p2", in: "H2")
        sketch.person("p3", in: "H3")
        sketch.person("p4", in: "H4")
        sketch.person("p5", in: "H4")
        sketch.tie("p2", "p3", .friend)
        sketch.tie("p3", "p4", .neighbour, strength: 1)
        sketch.tie("p4", "p5", .household, strength: 3)
        return sketch
    }

    static let membership: [Int32] = [0, 1, 1, 2, 2]

    @Test func overallIndicatorsCountHouseholdsTiesAndGroups() throws {
        let values = try indicators(of: Self.sketch().graph(), membership: Self.membership).overall
        #expect(values.persons == 5)
        #expect(values.households == 4)
        #expect(values.isolatedHouseholds == 1)
        #expect(values.isolatedShare == 0.25)
        #expect(values.fragileHouseholds == 1)
        #expect(values.fragileShare == 0.25)
        #expect(values.meanInformalTiesPerHousehold == 1)
        #expect(values.shareWithThreeOrMoreTies == 0)
        #expect(abs(values.density - 0.3) < 1e-12)
        #expect(abs((values.crossGroupShare ?? -1) - 1.0 / 3.0) < 1e-12)
        #expect(abs((values.modularity ?? -1) - 1.0 / 6.0) < 1e-12)
    }

    @Test func eachWijkHasItsOwnFigures() throws {
        let result = try indicators(of: Self.sketch().graph(), membership: Self.membership)
        #expect(result.wijken.map(\.wijk) == ["Noord", "Zuid"])
        let noord = result.wijken[0].values
        #expect(noord.persons == 2)
        #expect(noord.isolatedShare == 0.5)
        #expect(noord.meanInformalTiesPerHousehold == 0.5)
        #expect(noord.density == 0)
        #expect(noord.crossGroupShare == 0)
        let zuid = result.wijken[1].values
        #expect(zuid.persons == 3)
        #expect(zuid.fragileShare == 0.5)
        #expect(zuid.meanInformalTiesPerHousehold == 1.5)
        #expect(abs(zuid.density - 2.0 / 3.0) < 1e-12)
        #expect(abs((zuid.crossGroupShare ?? -1) - 1.0 / 3.0) < 1e-12)
        #expect(abs((zuid.modularity ?? 0) - -0.125) < 1e-12)
    }

    @Test func withoutGroupsTheGroupFiguresAreMissing() throws {
        let values = try indicators(of: Self.sketch().graph()).overall
        #expect(values.crossGroupShare == nil)
        #expect(values.modularity == nil)
        #expect(throws: GraphError.self) { try indicators(of: Self.sketch().graph(), membership: [0]) }
    }

    @Test func indicatorsEncodeWithStableKeys() throws {
        let result = try indicators(of: Self.sketch().graph(), membership: Self.membership)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(result.overall), as: UTF8.self)
        #expect(text.hasPrefix(#"{"cross_group_share":"#))
        for key in [
            "isolated_share", "fragile_households", "mean_informal_ties_per_household", "share_with_three_or_more_ties",
        ] {
            #expect(text.contains("\"\(key)\""))
        }
        let decoded = try JSONDecoder().decode(NetworkIndicators.self, from: try encoder.encode(result))
        #expect(decoded == result)
    }

    @Test func aNewTieShowsAsChange() throws {
        let before = try Self.sketch().graph()
        var later = Self.sketch()
        later.tie("p1", "p2", .friend)
        later.household("H5", wijk: "Oost")
        later.person("p6", in: "H5")
        let after = try later.graph()

        let changes = indicatorChanges(
            from: try indicators(of: before), to: try indicators(of: after))
        let isolatedShare = try #require(changes.first { $0.wijk == nil && $0.indicator == "isolated_share" })
        #expect(isolatedShare.before == 0.25)
        #expect(isolatedShare.after == 0.2)
        #expect(abs((isolatedShare.difference ?? 0) - -0.05) < 1e-12)
        let noord = try #require(changes.first { $0.wijk == "Noord" && $0.indicator == "isolated_households" })
        #expect(noord.difference == -1)
        let oost = try #require(changes.first { $0.wijk == "Oost" && $0.indicator == "persons" })
        #expect(oost.before == nil && oost.after == 1 && oost.difference == nil)
        #expect(changes.map(\.wijk) == changes.map(\.wijk).sorted { ($0 ?? "") < ($1 ?? "") })

        let isolation = isolationChange(
            from: isolatedHouseholds(in: before, referenceYear: 2025),
            to: isolatedHouseholds(in: after, referenceYear: 2025))
        #expect(isolation.noLongerIsolated == ["H1"])
        #expect(isolation.becameIsolated.isEmpty)
        #expect(isolation.newlyRecordedIsolated == ["H5"])
        #expect(isolation.isolatedBefore == 1)
        #expect(isolation.isolatedAfter == 1)
    }

    @Test func losingTheOnlyContactMakesAHouseholdIsolated() throws {
        var sketch = CommunitySketch()
        sketch.household("H1")
        sketch.household("H2")
        sketch.person("p", in: "H1")
        sketch.person("q", in: "H2")
        let lonely = try sketch.graph()
        sketch.tie("p", "q", .friend)
        let together = try sketch.graph()
        let change = isolationChange(
            from: isolatedHouseholds(in: together, referenceYear: 2025),
            to: isolatedHouseholds(in: lonely, referenceYear: 2025))
        #expect(change.becameIsolated == ["H1", "H2"])
        #expect(change.noLongerIsolated.isEmpty)
    }
}
