import Foundation
import Testing
import WeefselCore
import WeefselGraph
import WeefselMatching
import WeefselStore

/// The rules that every door relies on, held by the core whoever calls it.
@Suite struct CoreRuleTests {
    let day = Fixture.today

    @Test func proposalsLeaveOutPeopleWithoutConsentToMatching() throws {
        let without = try Fixture(consenting: false)
        let proposal = try without.core.desk.propose(on: day, by: Fixture.operatorActor)
        #expect(proposal.matches.isEmpty)
        #expect(proposal.unmatched.isEmpty)

        let with = try Fixture()
        #expect(try with.core.desk.propose(on: day, by: Fixture.operatorActor).matches.map(\.need) == ["N1"])
        try with.store.privacy.recordConsent(
            ConsentRecord(purpose: .matching, given: false, day: day, recordedBy: "test"), for: "P1")
        #expect(try with.core.desk.propose(on: day, by: Fixture.operatorActor).matches.isEmpty)
        #expect(throws: (any Error).self) { try with.core.desk.accept("N1", "O1", on: day, by: Fixture.operatorActor) }
    }

    @Test func everyWriteOfTheOperatorIsOnRecordWithTheirName() throws {
        let fixture = try Fixture()
        let records = fixture.core.records
        try records.add(
            Node(id: "P2", kind: .resident, name: "Els", household: "H1"), household: nil, by: Fixture.operatorActor)
        try records.add(Tie(source: "P1", target: "P2", kind: .friend), by: Fixture.operatorActor)
        try records.removeTie(between: "P1", and: "P2", kind: .friend, by: Fixture.operatorActor)
        _ = try records.remove("P2", by: Fixture.operatorActor)
        let match = try fixture.core.desk.accept("N1", "O1", on: day, by: Fixture.operatorActor)
        try fixture.core.desk.advance(match.id, by: Fixture.operatorActor) { m throws(MatchingError) in
            try m.start(on: day)
        }
        let entries = try fixture.store.audit.auditEntries()
        #expect(entries.map(\.action) == [.create, .create, .delete, .delete, .create, .update])
        #expect(entries.allSatisfy { $0.user == "lokaal:alice" && $0.address == "command line" && $0.role == nil })
        #expect(entries[4].subjects == ["P1", "V1"])
        #expect(try fixture.store.audit.verifyAudit().isIntact)
    }

    @Test func aPersonWithMatchingHistoryIsErasedNotRemovedAndPastFiguresStay() throws {
        let fixture = try Fixture()
        let match = try fixture.core.desk.accept("N1", "O1", on: day, by: Fixture.operatorActor)
        try fixture.core.desk.advance(match.id, by: Fixture.operatorActor) { m throws(MatchingError) in
            try m.start(on: day)
        }
        #expect(throws: Problem.hasMatchingHistory("P1")) {
            try fixture.core.records.remove("P1", by: Fixture.operatorActor)
        }
        #expect(try fixture.store.neighbourhood.node("P1") != nil)

        let from = Day(year: 2025, month: 1, day: 1)!
        func report() throws -> MatchingReport {
            try MatchingReport(
                programmes: try fixture.store.matching.programmes(), needs: try fixture.store.matching.needs(),
                matches: try fixture.store.matching.matches(), from: from, to: day)
        }
        let before = try report()
        _ = try fixture.store.privacy.erase("P1", audit: .localOperator("alice"))
        #expect(try fixture.store.neighbourhood.node("P1") == nil)
        #expect(try report() == before)
        let need = try #require(try fixture.store.matching.need("N1"))
        #expect(need.person == nil && need.household == nil && need.status == .closed)
        #expect(try fixture.store.matching.match(match.id)?.state == .ended)
        #expect(try fixture.core.desk.propose(on: day, by: Fixture.operatorActor).unmatched.isEmpty)
    }

    @Test func aMatchEndedAsCompletedClosesItsNeed() throws {
        let fixture = try Fixture()
        let desk = fixture.core.desk
        let match = try desk.accept("N1", "O1", on: day, by: Fixture.operatorActor)
        try desk.advance(match.id, by: Fixture.operatorActor) { m throws(MatchingError) in try m.start(on: day) }
        let later = Day(ordinal: day.ordinal + 200)
        try desk.advance(match.id, by: Fixture.operatorActor) { m throws(MatchingError) in
            try m.end(on: later, reason: .completed)
        }
        #expect(try fixture.store.matching.need("N1")?.status == .closed)
        #expect(try fixture.store.matching.need("N1")?.closedOn == later)
        let proposal = try desk.propose(on: later, by: Fixture.operatorActor)
        #expect(proposal.matches.isEmpty && proposal.unmatched.isEmpty)
    }

    @Test func aMatchEndedForAnotherReasonLeavesItsNeedWaiting() throws {
        let fixture = try Fixture()
        let desk = fixture.core.desk
        let match = try desk.accept("N1", "O1", on: day, by: Fixture.operatorActor)
        try desk.advance(match.id, by: Fixture.operatorActor) { m throws(MatchingError) in try m.start(on: day) }
        try desk.advance(match.id, by: Fixture.operatorActor) { m throws(MatchingError) in
            try m.end(on: day, reason: .moved)
        }
        #expect(try fixture.store.matching.need("N1")?.status == .open)
    }

    @Test(arguments: ["onbekend", "Maat", ""])
    func anUnknownProgrammeIsAnError(name: String) throws {
        let fixture = try Fixture()
        #expect(throws: Problem.self) {
            try fixture.core.desk.propose(programme: name, on: day, by: Fixture.operatorActor)
        }
        #expect(throws: Problem.self) {
            try fixture.core.desk.candidates(programme: name, on: day, by: Fixture.operatorActor)
        }
    }

    @Test func aProgrammeIsFoundWhateverItsCase() throws {
        let fixture = try Fixture()
        let proposal = try fixture.core.desk.propose(programme: "Maatje", on: day, by: Fixture.operatorActor)
        #expect(proposal.matches.map(\.need) == ["N1"])
        let other = try fixture.core.desk.propose(programme: "homestart", on: day, by: Fixture.operatorActor)
        #expect(other.matches.isEmpty && other.unmatched.isEmpty)
    }

    @Test func matchIdsComeFromTheRegistersSequenceEvenWhenAcceptsRace() async throws {
        let fixture = try Fixture()
        try fixture.store.neighbourhood.add(
            Node(
                id: "P3", kind: .resident, name: "Piet", household: "H1", birthYear: 1952, languages: ["nl"],
                consent: [.matching]))
        try fixture.store.matching.save(
            Need(
                id: "N2", person: "P3", programme: "maatje", lifeAreas: ["taal"], languages: ["nl"],
                requestedOn: Day(year: 2025, month: 3, day: 1)!))
        let core = fixture.core
        let day = day
        async let first = Task.detached { try core.desk.accept("N1", "O1", on: day, by: Fixture.operatorActor) }.value
        async let second = Task.detached { try core.desk.accept("N2", "O2", on: day, by: Fixture.operatorActor) }.value
        let ids = Set([try await first.id, try await second.id])
        #expect(ids == ["M0001", "M0002"])
        #expect(try fixture.store.matching.matches().count == 2)
        #expect(throws: (any Error).self) { try core.desk.accept("N1", "O1", on: day, by: Fixture.operatorActor) }
    }

    @Test func aResidentsWijkIsTheirHouseholds() throws {
        let fixture = try Fixture()
        let records = fixture.core.records
        var jan = try #require(try fixture.store.neighbourhood.node("P1"))
        jan.wijk = "Noord"
        #expect(throws: Problem.wijkFollowsHousehold("P1", household: "H1")) {
            try records.update(jan, household: nil, by: Fixture.operatorActor)
        }
        #expect(try fixture.store.neighbourhood.node("P1")?.wijk == "De Meent")

        try records.move("P1", to: Household(id: "H9"), by: Fixture.operatorActor)
        #expect(try fixture.store.neighbourhood.node("P1")?.wijk == "Noord")
        #expect(throws: Problem.notFound("P1")) { try records.node("P1", for: Fixture.user(.worker)) }
        #expect(try records.node("P1", for: Fixture.user(.worker, of: Fixture.noord)).0.household == "H9")

        // A household that moves takes every member along.
        try records.move("P1", to: Household(id: "H9", wijk: "De Meent"), by: Fixture.operatorActor)
        #expect(try fixture.store.neighbourhood.node("N9")?.wijk == "De Meent")
        #expect(try fixture.store.neighbourhood.node("P1")?.wijk == "De Meent")
    }
}

/// Needs and offers are registered through the desk, with the same rules for every door.
@Suite struct RegistrationTests {
    static let day = Fixture.today

    @Test func aNeedIsRegisteredOnlyInAKnownProgrammeForSomebodyInSight() throws {
        let fixture = try Fixture()
        let desk = fixture.core.desk
        let coordinator = Fixture.user(.coordinator)
        var need = Need(id: "N5", person: "V2", programme: "Maatje", requestedOn: Self.day)
        try desk.register(need, replacing: false, by: coordinator)
        #expect(try fixture.store.matching.need("N5")?.programme == "maatje")
        #expect(try fixture.store.audit.auditEntries().last?.subjects == ["V2"])
        #expect(throws: Problem.invalid(field: "id", reason: .taken("N5"))) {
            try desk.register(need, replacing: false, by: coordinator)
        }
        need.programme = "onbekend"
        #expect(throws: Problem.self) { try desk.register(need, replacing: true, by: coordinator) }
        let elsewhere = Need(id: "N6", person: "N9", programme: "maatje", requestedOn: Self.day)
        #expect(throws: Problem.notFound("N9")) { try desk.register(elsewhere, replacing: false, by: coordinator) }
        let nobody = Need(id: "N7", programme: "maatje", requestedOn: Self.day)
        #expect(throws: Problem.invalid(field: "person", reason: .empty)) {
            try desk.register(nobody, replacing: false, by: coordinator)
        }
        #expect(throws: Problem.forbidden) {
            try desk.register(
                Need(id: "N8", person: "V2", programme: "maatje", requestedOn: Self.day), replacing: false,
                by: Fixture.user(.worker))
        }
    }

    @Test func anOfferCannotHaveNegativePlaces() throws {
        let fixture = try Fixture()
        let offer = Offer(id: "O9", person: "P1", programme: "maatje", capacity: -1, offeredOn: Self.day)
        #expect(throws: Problem.invalid(field: "capacity", reason: .negative)) {
            try fixture.core.desk.register(offer, replacing: false, by: Fixture.operatorActor)
        }
    }

    /// A coordinator sees people by their code: a search by name or street finds nobody, letter
    /// by letter or whole, while the code finds them.
    @Test func aCoordinatorSearchesByCodeAloneNeverByNameOrStreet() throws {
        let fixture = try Fixture()
        let records = fixture.core.records
        let coordinator = Fixture.user(.coordinator)
        for text in ["J", "Ja", "Jan", "Mussenweg", "Muss", "Fatma"] {
            #expect(try records.nodes(matching: text, for: coordinator).isEmpty, "\(text) found someone")
        }
        #expect(try records.nodes(matching: "P1", for: coordinator).map(\.id) == ["P1"])
        #expect(try records.nodes(matching: "v", for: coordinator).map(\.id) == ["V1", "V2"])
        // A worker, who reads names and addresses, finds them by both.
        #expect(try records.nodes(matching: "Mussenweg", for: Fixture.user(.worker)).map(\.id) == ["P1"])
    }

    /// Ids hold no separator an audit entry or a list could be split on, and names no control
    /// character: the same rule on every door and in every file.
    @Test func idsWithSeparatorsAndNamesWithControlCharactersAreRefused() throws {
        let fixture = try Fixture()
        let records = fixture.core.records
        let worker = Fixture.user(.worker)
        let home = Household(id: "H1", wijk: "De Meent")
        for id in ["PIPE2|P1", "P 1", "P1,P2", "P1;", "P\u{0}1", String(repeating: "P", count: 65)] {
            #expect(throws: Problem.invalid(field: "id", reason: .notAnID(id))) {
                try records.add(
                    Node(id: Node.ID(id), kind: .resident, name: "X", household: "H1"), household: home, by: worker)
            }
        }
        for name in ["Anna\u{0}x", "Anna\u{1B}[31m", "twee\nregels", "Anna\u{9B}x", "Anna\u{7F}"] {
            #expect(throws: Problem.invalid(field: "name", reason: .controlCharacter)) {
                try records.add(
                    Node(id: "P77", kind: .resident, name: name, household: "H1"), household: home, by: worker)
            }
        }
        #expect(throws: Problem.invalid(field: "name", reason: .tooLong(RecordText.maxTextLength))) {
            try records.add(
                Node(id: "P78", kind: .resident, name: String(repeating: "a", count: 5_000), household: "H1"),
                household: home, by: worker)
        }
        try records.add(
            Node(id: "P-79_b.c", kind: .resident, name: "Zoë Öztürk", household: "H1"), household: home, by: worker)
        #expect {
            try records.importNeighbourhood(
                [
                    ImportFile(
                        name: "nodes.csv",
                        bytes: Array("id,kind,name,household,wijk\nPIPE2|P1,resident,Mallory,H1,De Meent\n".utf8))
                ],
                by: worker)
        } throws: { error in
            "\(error)".contains("nodes.csv:2: id: the id 'PIPE2|P1' is not a valid code")
        }
    }

    @Test func aVisitIsRecordedOnTheDayItHappenedNeverLater() throws {
        let fixture = try Fixture()
        let worker = Fixture.user(.worker)
        let yesterday = Day(ordinal: Fixture.today.ordinal - 1)
        try fixture.core.outreach.recordVisit(
            Visit(household: "H1", day: yesterday, outcome: .notHome, note: "", recordedBy: "anna"), contact: nil,
            today: Fixture.today, by: worker)
        #expect(try fixture.core.outreach.visits(to: ["H1"], for: worker)["H1"]?.map(\.day) == [yesterday])
        let tomorrow = Day(ordinal: Fixture.today.ordinal + 1)
        #expect(throws: Problem.invalid(field: "day", reason: .inTheFuture(tomorrow.description))) {
            try fixture.core.outreach.recordVisit(
                Visit(household: "H1", day: tomorrow, outcome: .notHome, note: "", recordedBy: "anna"), contact: nil,
                today: Fixture.today, by: worker)
        }
    }

    @Test func aTieEndedTodayNoLongerCountsToday() throws {
        let fixture = try Fixture()
        let worker = Fixture.user(.worker)
        let tie = Tie(source: "P1", target: "V1", kind: .friend, since: Day(year: 2024, month: 1, day: 1))
        try fixture.core.records.add(tie, by: worker)
        try fixture.core.records.end(tie, on: Fixture.today, today: Fixture.today, by: worker)
        let stored = try #require(try fixture.core.records.ties(of: "P1", for: worker).first { $0.tie.kind == .friend })
        #expect(!stored.tie.isActive(on: Fixture.today))
        #expect(stored.tie.isActive(on: Day(ordinal: Fixture.today.ordinal - 1)), "its history stays")
        #expect(throws: Problem.invalid(field: "until", reason: .inTheFuture("2025-06-02"))) {
            try fixture.core.records.end(
                tie, on: Day(ordinal: Fixture.today.ordinal + 1), today: Fixture.today, by: worker)
        }
    }
}
