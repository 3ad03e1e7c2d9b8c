import Testing
import WeefselCore
import WeefselGraph
import WeefselMatching
import WeefselStore

/// Consent, the right of access and erasure through the core, the same for every door.
@Suite struct PrivacyDeskTests {
    @Test func consentIsADatedDecisionThatAppliesAtOnceAndIsOnRecord() throws {
        let fixture = try Fixture()
        let privacy = fixture.core.privacy
        let (node, history) = try privacy.recordConsent(
            .matching, given: false, on: Fixture.today, today: Fixture.today, for: "P1", by: Fixture.user(.worker))
        #expect(!node.consent.contains(.matching))
        #expect(history.map(\.given) == [false] && history[0].recordedBy == "meent-worker")
        #expect(try fixture.store.audit.auditEntries().last?.action == .consent)
        let tomorrow = Day(ordinal: Fixture.today.ordinal + 1)
        #expect(throws: Problem.self) {
            try privacy.recordConsent(
                .maps, given: true, on: tomorrow, today: Fixture.today, for: "P1", by: Fixture.user(.worker))
        }
        #expect(throws: Problem.forbidden) {
            try privacy.recordConsent(
                .maps, given: true, on: Fixture.today, today: Fixture.today, for: "P1", by: Fixture.user(.coordinator))
        }
        #expect(throws: Problem.notFound("N9")) {
            try privacy.recordConsent(
                .maps, given: true, on: Fixture.today, today: Fixture.today, for: "N9", by: Fixture.user(.worker))
        }
    }

    @Test func onlyAdminsExportAndErase() throws {
        let fixture = try Fixture()
        let privacy = fixture.core.privacy
        for role in [User.Role.worker, .coordinator, .viewer] {
            #expect(throws: Problem.forbidden) { try privacy.export("P1", by: Fixture.user(role)) }
            #expect(throws: Problem.forbidden) { try privacy.erase("P1", by: Fixture.user(role)) }
        }
        let data = try privacy.export("P1", by: Fixture.user(.admin))
        #expect(data.person.name == "Jan" && data.needs.map(\.id) == ["N1"])
        let report = try privacy.erase("P1", by: Fixture.user(.admin))
        #expect(report.person == "P1")
        #expect(try fixture.store.neighbourhood.node("P1") == nil)
        #expect(try fixture.store.audit.auditEntries().contains { $0.action == .erase && $0.subjects == ["P1"] })
    }
}
