import Foundation
import Testing
import WeefselCore
import WeefselGraph
import WeefselStore

/// Taking back a change: once, by the user who made it, within the window, and on record.
@Suite struct UndoTests {
    @Test func aTieAddedByMistakeIsTakenBackOnceByWhoeverAddedIt() throws {
        let fixture = try Fixture()
        let worker = Fixture.user(.worker)
        let tie = Tie(source: "P1", target: "V2", kind: .friend, strength: .medium, since: Fixture.today)
        try fixture.core.records.add(tie, today: Fixture.today, by: worker)
        let token = fixture.core.undo.remember(.tieAdded(tie), by: worker)
        // A colleague cannot use it, and it does not outlive its window.
        let colleague = Fixture.user(.admin)
        #expect(throws: Problem.invalid(field: "undo", reason: .expired)) {
            try fixture.core.undo.undo(token, by: colleague)
        }
        let late = fixture.core.undo.remember(.tieAdded(tie), by: worker)
        #expect(throws: Problem.invalid(field: "undo", reason: .expired)) {
            try fixture.core.undo.undo(late, by: worker, at: Date() + Undo.window + 1)
        }
        let before = try fixture.store.audit.auditEntries().count
        try fixture.core.undo.undo(token, by: worker)
        #expect(try fixture.store.neighbourhood.ties(of: "P1", kind: .friend).isEmpty)
        let entries = try fixture.store.audit.auditEntries()
        #expect(entries.count == before + 1 && entries.last?.action == .delete && entries.last?.user == worker.user?.id)
        #expect(throws: Problem.invalid(field: "undo", reason: .expired)) {
            try fixture.core.undo.undo(token, by: worker)
        }
    }

    @Test func aWithdrawalIsUndoneByGivingConsentAgainOnTheSameDay() throws {
        let fixture = try Fixture()
        let worker = Fixture.user(.worker)
        let day = Fixture.today
        _ = try fixture.core.privacy.recordConsent(.maps, given: true, on: day, today: day, for: "P1", by: worker)
        let token = fixture.core.undo.remember(.consent(.maps, person: "P1", given: true, day: day), by: worker)
        try fixture.core.undo.undo(token, by: worker)
        let node = try #require(try fixture.store.neighbourhood.node("P1"))
        #expect(!node.consent.contains(.maps))
        #expect(try fixture.store.privacy.consentHistory(of: "P1").map(\.given) == [true, false])
    }

    @Test func changedDetailsArePutBack() throws {
        let fixture = try Fixture()
        let worker = Fixture.user(.worker)
        let (before, _) = try fixture.core.records.node("P1", for: worker)
        var changed = before
        changed.name = "Jan de Vries"
        changed.skills = ["koken"]
        try fixture.core.records.update(changed, household: nil, by: worker)
        try fixture.core.undo.undo(fixture.core.undo.remember(.personChanged(before: before), by: worker), by: worker)
        let (after, _) = try fixture.core.records.node("P1", for: worker)
        #expect(after.name == "Jan" && after.skills.isEmpty)
    }
}
