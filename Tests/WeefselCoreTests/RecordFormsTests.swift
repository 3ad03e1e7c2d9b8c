import Foundation
import Testing
import WeefselGraph
import WeefselStore

@testable import WeefselCore

/// What the browser's record forms rely on: codes the worker never has to invent, a warning
/// before a person is recorded twice, an address change kept within the team's wijken, and
/// snapshots compared as far as the actor may see.
@Suite struct RecordFormsTests {
    @Test func aNewCodeFollowsTheNeighbourhoodsOwnStyle() throws {
        let fixture = try Fixture()
        let worker = Fixture.user(.worker)
        // P1 is the only person code with the letter P: the next is P2, as wide as it.
        #expect(try fixture.core.records.newID(for: .resident, by: worker) == "P2")
        #expect(try fixture.core.records.newID(for: .association, by: worker) == "A0001")
        #expect(try fixture.core.records.newHouseholdID(by: worker) == "H10")
        #expect(throws: Problem.forbidden) { try fixture.core.records.newID(for: .resident, by: Fixture.user(.viewer)) }
    }

    @Test func theNextCodeKeepsTheStemAndWidthOfMostCodes() {
        #expect(
            NeighbourhoodRecords.nextCode(after: ["P000041", "P000400", "A0001", "DM-P000001"], letter: "P", width: 6)
                == "P000401")
        #expect(
            NeighbourhoodRecords.nextCode(after: ["DM-P000009", "DM-P000010", "P1"], letter: "P", width: 6)
                == "DM-P000011")
        #expect(NeighbourhoodRecords.nextCode(after: [], letter: "P", width: 6) == "P000001")
    }

    @Test func theSamePersonAtTheSameAddressIsFoundBeforeTheyAreAddedTwice() throws {
        let fixture = try Fixture()
        let worker = Fixture.user(.worker)
        let again = Node(id: "P2", kind: .resident, name: "  jan ", household: "H1")
        let h1 = try #require(try fixture.store.neighbourhood.household("H1"))
        #expect(try fixture.core.records.lookalikes(of: again, at: h1, for: worker).map(\.id) == ["P1"])
        // The same address typed again as a new household, written otherwise.
        var typed = Household(id: "H99", street: "mussenweg", houseNumber: " 1")
        #expect(try fixture.core.records.lookalikes(of: again, at: typed, for: worker).map(\.id) == ["P1"])
        typed.houseNumber = "3"
        #expect(try fixture.core.records.lookalikes(of: again, at: typed, for: worker).isEmpty)
        // Someone of another team's wijk is never named.
        let noor = Node(id: "X", kind: .resident, name: "Noor", household: "H9")
        let h9 = try #require(try fixture.store.neighbourhood.household("H9"))
        #expect(try fixture.core.records.lookalikes(of: noor, at: h9, for: worker).isEmpty)
    }

    @Test func anAddressChangesWithinTheTeamsWijkenOnly() throws {
        let fixture = try Fixture()
        let worker = Fixture.user(.worker)
        var h1 = try #require(try fixture.store.neighbourhood.household("H1"))
        h1.houseNumber = "1a"
        h1.latitude = 52.09
        try fixture.core.records.update(h1, by: worker)
        #expect(try fixture.store.neighbourhood.household("H1")?.houseNumber == "1a")
        h1.wijk = "Noord"
        #expect(throws: Problem.self) { try fixture.core.records.update(h1, by: worker) }
        #expect(try fixture.store.neighbourhood.household("H1")?.wijk == "De Meent")
        let h9 = try #require(try fixture.store.neighbourhood.household("H9"))
        #expect(throws: Problem.notFound("H9")) { try fixture.core.records.update(h9, by: worker) }
    }

    @Test func aComparisonNamesOnlyTheHouseholdsTheActorMaySee() throws {
        let fixture = try Fixture()
        let snapshots = fixture.core.snapshots
        let before = Day(year: 2025, month: 5, day: 1)!
        _ = try snapshots.create(label: "mei", on: before, today: Fixture.today, seed: 1, by: Fixture.user(.worker))
        #expect(throws: Problem.self) {
            try snapshots.create(
                label: "later", on: Fixture.today.adding(days: 1), today: Fixture.today, seed: 1,
                by: Fixture.operatorActor)
        }
        _ = try snapshots.create(
            label: "juni", on: Fixture.today, today: Fixture.today, seed: 1, by: Fixture.operatorActor)
        #expect(try snapshots.list(for: Fixture.user(.viewer)).map(\.label) == ["juni", "mei"])
        // Every household is new and isolated in this fixture's ties; a worker of De Meent
        // sees only those of De Meent, a viewer none.
        let worker = try snapshots.compare("mei", "juni", for: Fixture.user(.worker))
        let all = try snapshots.compare("mei", "juni", for: Fixture.operatorActor)
        #expect(!all.indicators.isEmpty)
        #expect(!worker.isolation.noLongerIsolated.contains("H9") && !worker.isolation.becameIsolated.contains("H9"))
        #expect(try snapshots.compare("mei", "juni", for: Fixture.user(.viewer)).isolation.isolatedAfter == 0)
        #expect(all.isolation.isolatedAfter >= worker.isolation.isolatedAfter)
        #expect(throws: Problem.invalid(field: "snapshot", reason: .unknownValue("april", expected: ["juni", "mei"]))) {
            try snapshots.compare("april", "juni", for: Fixture.operatorActor)
        }
        #expect(throws: Problem.forbidden) { try snapshots.graphs("mei", "juni", for: Fixture.user(.viewer)) }
    }
}
