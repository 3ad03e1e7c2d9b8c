import Foundation
import Testing
import WeefselGraph

@testable import WeefselStore

@Suite struct ServiceStoreTests {
    static let worker = AuditContext(user: "anna", role: .worker, team: "Oost", address: "192.0.2.1")

    static func store() throws -> Store {
        let store = try Store()
        try store.neighbourhood.importNeighbourhood(StoreTests.sample)
        try store.accounts.save(Team(id: "Oost", wijken: ["Oost"]))
        try store.accounts.addUser("anna", role: .worker, team: "Oost", passwordHash: "$2b$04$hash")
        return store
    }

    @Test func writesThroughTheServiceAreAuditedInOneChain() throws {
        let store = try Self.store()
        try store.neighbourhood.add(
            Node(id: "P9", kind: .resident, name: "Nieuwe bewoner", wijk: "Oost"), audit: Self.worker)
        try store.neighbourhood.add(Tie(source: "P9", target: "P1", kind: .neighbour), audit: Self.worker)
        try store.audit.record([.init(Self.worker, .read, subjects: ["P1"])])
        let entries = try store.audit.auditEntries()
        #expect(entries.map(\.action) == [.create, .create, .read])
        #expect(entries.map(\.seq) == [1, 2, 3])
        #expect(entries[1].subjects == ["P1", "P9"])
        #expect(entries[1].previousHash == entries[0].hash)
        #expect(try store.audit.verifyAudit().isIntact)
        #expect(try store.audit.auditEntries(AuditQuery(person: "P9")).count == 2)
        #expect(try store.audit.auditEntries(AuditQuery(person: "P")).isEmpty, "a person filter matches whole ids only")
    }

    @Test func aFailedWriteLeavesNoAuditEntry() throws {
        let store = try Self.store()
        #expect(throws: StoreError.duplicateNode("P1")) {
            try store.neighbourhood.add(Node(id: "P1", kind: .resident, name: "Dubbel"), audit: Self.worker)
        }
        #expect(try store.audit.auditEntries().isEmpty)
    }

    @Test func theAuditLogRefusesUpdatesAndDeletesInsideSQLite() throws {
        let store = try Self.store()
        try store.audit.record([.init(Self.worker, .read, subjects: ["P1"])])
        #expect(throws: StoreError.self) { try store.execute(sql: "UPDATE audit SET user = 'x'") }
        #expect(throws: StoreError.self) { try store.execute(sql: "DELETE FROM audit") }
    }

    @Test(arguments: ["UPDATE audit SET subjects = 'P9' WHERE seq = 2", "DELETE FROM audit WHERE seq = 2"])
    func verifyNamesTheTamperedEntry(tampering: String) throws {
        let store = try Self.store()
        for id in ["P1", "P2", "P3"] { try store.audit.record([.init(Self.worker, .read, subjects: [Node.ID(id)])]) }
        try store.execute(sql: "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; " + tampering)
        let verification = try store.audit.verifyAudit()
        #expect(!verification.isIntact)
        #expect(verification.problems.contains { $0.seq == 2 || $0.seq == 3 })
        #expect(verification.problems.allSatisfy { $0.seq == 2 || $0.seq == 3 })
    }

    @Test func consentWithdrawalTakesEffectAtOnceAndKeepsItsHistory() throws {
        let store = try Self.store()
        let day = try #require(Day(parsing: "2025-01-10"))
        try store.privacy.recordConsent(.init(purpose: .maps, given: true, day: day, recordedBy: "anna"), for: "P1")
        #expect(try store.neighbourhood.node("P1")?.consent == [.matching, .maps])
        try store.privacy.recordConsent(
            .init(purpose: .matching, given: false, day: day, recordedBy: "anna"), for: "P1",
            audit: Self.worker)
        #expect(try store.neighbourhood.node("P1")?.consent == [.maps])
        #expect(try store.privacy.consentHistory(of: "P1").map(\.given) == [true, false])
        #expect(try store.audit.auditEntries().map(\.action) == [.consent])
    }

    @Test func sessionsExpireWhenIdleAndAfterTheirAbsoluteLifetime() throws {
        let store = try Self.store()
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        let policy = SessionPolicy(idle: 600, absolute: 3600)
        let session = try store.sessions.startSession(for: "anna", at: start)
        #expect(
            try store.sessions.sessionUser(session, at: start.addingTimeInterval(500), policy: policy)?.id == "anna")
        #expect(
            try store.sessions.sessionUser(session, at: start.addingTimeInterval(1000), policy: policy)?.id == "anna")
        #expect(
            try store.sessions.sessionUser(session, at: start.addingTimeInterval(1700), policy: policy) == nil, "idle")
        let second = try store.sessions.startSession(for: "anna", at: start)
        for minutes in stride(from: 5, through: 55, by: 5) {
            _ = try store.sessions.sessionUser(
                second, at: start.addingTimeInterval(Double(minutes * 60)), policy: policy)
        }
        #expect(
            try store.sessions.sessionUser(second, at: start.addingTimeInterval(3700), policy: policy) == nil,
            "absolute")
        #expect(try store.sessions.sessionUser(Secret("made up"), policy: policy) == nil)
    }

    @Test func disablingAUserEndsTheirSessionsAndTokens() throws {
        let store = try Self.store()
        let session = try store.sessions.startSession(for: "anna")
        let token = try store.sessions.createToken(for: "anna", label: "script", expiresAt: .distantFuture)
        #expect(try store.sessions.tokenUser(token)?.id == "anna")
        try store.accounts.setDisabled(true, user: "anna")
        #expect(try store.sessions.sessionUser(session) == nil)
        #expect(try store.sessions.tokenUser(token) == nil)
    }

    @Test func aTokenAnswersWithItsTeamsWijkenAsTheyAreNow() throws {
        // On a database file as the service opens it, and in memory as the tests do.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("weefsel-token-\(UUID()).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        for store in [try Store(path: path), try Self.store()] {
            try store.accounts.save(Team(id: "Oost", wijken: ["Oost"]))
            if try store.accounts.users().isEmpty {
                try store.accounts.addUser("anna", role: .worker, team: "Oost", passwordHash: "$2b$04$hash")
            }
            let token = try store.sessions.createToken(for: "anna", label: "script", expiresAt: .distantFuture)
            #expect(try store.sessions.tokenUser(token)?.team.wijken == ["Oost"])
            #expect(try store.sessions.tokenUser(token)?.team.wijken == ["Oost"])
            try store.accounts.save(Team(id: "Oost", wijken: ["Oost", "West"]))
            #expect(try store.sessions.tokenUser(token)?.team.wijken == ["Oost", "West"])
            try store.accounts.resetPassword(of: "anna", passwordHash: "$2b$04$other")
            #expect(try store.sessions.tokenUser(token) == nil, "a new password ends the old tokens")
        }
    }

    @Test func theRightOfAccessExportListsWhoLookedAndWhy() throws {
        let store = try Self.store()
        try store.audit.record([.init(Self.worker, .read, subjects: ["P1"])])
        let data = try store.privacy.personalData(of: "P1", audit: .commandLine)
        #expect(data.person.name == "Jan de Vries")
        #expect(data.household?.street == "Merelstraat")
        #expect(data.ties.count == 2)
        #expect(data.accesses.map(\.action) == [.read, .export])
        #expect(data.accesses[0].user == "anna" && data.accesses[0].purpose == User.Role.worker.purpose)
    }

    @Test func erasureRemovesThePersonTheirTiesAndConsentAndLeavesATombstone() throws {
        let store = try Self.store()
        let day = try #require(Day(parsing: "2025-01-10"))
        try store.privacy.recordConsent(.init(purpose: .maps, given: true, day: day, recordedBy: "anna"), for: "P3")
        let report = try store.privacy.erase("P3", audit: Self.worker)
        #expect(report.ties == 2 && report.consentRecords == 1 && report.householdRemoved)
        #expect(try store.neighbourhood.node("P3") == nil)
        #expect(try store.neighbourhood.household("H2") == nil)
        #expect(try store.neighbourhood.ties().count == 1)
        let tombstone = try #require(try store.audit.auditEntries().last)
        #expect(tombstone.action == .erase && tombstone.subjects == ["P3"])
        #expect(try store.audit.verifyAudit().isIntact)
    }

    @Test func groupCommitWritesManyReadsInFewTransactions() async throws {
        let store = try Self.store()
        let recorder = AuditRecorder(store: store, interval: .milliseconds(20), batchLimit: 1000)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<200 {
                group.addTask { try await recorder.record(.init(Self.worker, .read, subjects: [Node.ID("P\(index)")])) }
            }
            try await group.waitForAll()
        }
        #expect(try store.audit.auditEntries().count == 200)
        #expect(await recorder.commits < 200)
        #expect(try store.audit.verifyAudit().isIntact)
    }
}
