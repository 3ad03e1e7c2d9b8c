import Foundation
import GRDB
import Testing
import WeefselGraph

@testable import WeefselStore

/// The audit log holds against someone who can write the database file but not read the
/// installation key, and a log cut short shows against the heads anchored outside it.
@Suite struct AuditChainTests {
    static let worker = AuditContext(user: "anna", role: .worker, team: "Oost", address: "192.0.2.1")

    /// A database in a folder of its own, with its key and anchor files beside it.
    struct Installation: ~Copyable {
        let folder: URL
        var database: String { folder.appendingPathComponent("weefsel.sqlite").path }
        var key: String { database + ".key" }
        var anchors: String { database + ".audit-anchors" }

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("weefsel-audit-\(UUID())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        /// Opens the database, records `reads` reads each in a transaction of its own, and closes it.
        func record(reads: Int) throws {
            let store = try Store(path: database)
            for number in 1...reads {
                try store.audit.record([.init(AuditChainTests.worker, .read, subjects: [Node.ID("P\(number)")])])
            }
        }

        /// Changes the file as someone with write access to it only would: raw SQL, no key.
        func tamper(_ sql: String) throws {
            let queue = try DatabaseQueue(path: database)
            try queue.write { db in
                try db.execute(sql: "DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete")
                try db.execute(sql: sql)
            }
            try queue.close()
        }
    }

    @Test func aLogCutShortIsFoundThroughItsAnchors() throws {
        let installation = try Installation()
        try installation.record(reads: 50)
        #expect(try Store(path: installation.database, access: .readOnly).audit.verifyAudit().anchored == 50)
        try installation.tamper("DELETE FROM audit WHERE seq > 10")
        let verification = try Store(path: installation.database, access: .readOnly).audit.verifyAudit()
        #expect(!verification.isIntact)
        #expect(verification.entries == 10)
        #expect(verification.problems.map(\.seq) == [50])
        #expect(verification.problems[0].reason.contains("removed from its end"))
    }

    @Test func aChainRewrittenWithoutTheKeyIsFound() throws {
        let installation = try Installation()
        try installation.record(reads: 5)
        // Whoever rewrites entry 2 and every hash after it, with any key but the installation's.
        let forger = AuditChain(state: .present(.generate()), legacyEntries: 0, anchors: nil)
        let store = try Store(path: installation.database, access: .readOnly)
        var previous = AuditEntry.genesis
        var updates: [String] = []
        for var entry in try store.audit.auditEntries() {
            if entry.seq == 2 { entry.subjects = ["P9"] }
            entry.previousHash = previous
            entry.hash = try forger.hash(of: entry, database: installation.database)
            previous = entry.hash
            updates.append(
                "UPDATE audit SET subjects = '\(entry.subjects.map(\.rawValue).joined(separator: "|"))',"
                    + " previousHash = '\(entry.previousHash)', hash = '\(entry.hash)' WHERE seq = \(entry.seq)")
        }
        try installation.tamper(updates.joined(separator: "; "))
        try FileManager.default.removeItem(atPath: installation.anchors)
        let verification = try Store(path: installation.database, access: .readOnly).audit.verifyAudit()
        #expect(!verification.isIntact)
        #expect(verification.problems.map(\.seq) == [1, 2, 3, 4, 5])
        #expect(verification.problems.allSatisfy { $0.reason.contains("hash does not match") })
    }

    @Test func aBackupCarriesTheAnchorOfItsHead() throws {
        let installation = try Installation()
        try installation.record(reads: 3)
        let copy = installation.folder.appendingPathComponent("kopie.sqlite").path
        try Store(path: installation.database, access: .readOnly).backup(to: copy)
        #expect(try String(contentsOfFile: copy + ".audit-anchors", encoding: .utf8).hasPrefix("3 "))
        try installation.record(reads: 2)
        try installation.tamper("DELETE FROM audit WHERE seq > 2")
        // The live log's own anchor file gone too: the backup's anchor still shows the cut.
        try FileManager.default.removeItem(atPath: installation.anchors)
        let verification = try Store(path: installation.database, access: .readOnly)
            .audit.verifyAudit(extraAnchors: [AuditAnchors(path: copy + ".audit-anchors")])
        #expect(verification.problems.map(\.seq) == [3])
    }

    @Test func aDatabaseWithoutItsKeyIsNotOpenedForWriting() throws {
        let installation = try Installation()
        try installation.record(reads: 1)
        try FileManager.default.moveItem(atPath: installation.key, toPath: installation.key + ".elders")
        #expect {
            try Store(path: installation.database)
        } throws: { error in
            "\(error)".contains("installation key \(installation.key) is missing")
        }
        #expect(throws: StoreError.self) {
            try Store(path: installation.database, access: .readOnly).audit.verifyAudit()
        }
        // Another installation's key is refused as well.
        let other = try Installation()
        try other.record(reads: 1)
        try FileManager.default.copyItem(atPath: other.key, toPath: installation.key)
        #expect {
            try Store(path: installation.database)
        } throws: { error in
            "\(error)".contains("belongs to another database")
        }
        try FileManager.default.removeItem(atPath: installation.key)
        try FileManager.default.moveItem(atPath: installation.key + ".elders", toPath: installation.key)
        #expect(try Store(path: installation.database).audit.verifyAudit().isIntact)
    }

    @Test func aLogRemovedWithItsKeyRecordIsNotStartedAfresh() throws {
        let installation = try Installation()
        try installation.record(reads: 3)
        try installation.tamper("DELETE FROM audit; DELETE FROM installationKey")
        #expect {
            try Store(path: installation.database)
        } throws: { error in
            "\(error)".contains("audit anchors \(installation.anchors) belong to a database with an installation key")
        }
        // A database made anew on purpose, once the old anchors are moved away.
        try FileManager.default.moveItem(atPath: installation.anchors, toPath: installation.anchors + ".oud")
        #expect(try Store(path: installation.database).audit.verifyAudit().isIntact)
    }

    @Test func theKeyFileIsReadableByItsOwnerOnly() throws {
        let installation = try Installation()
        try installation.record(reads: 1)
        let attributes = try FileManager.default.attributesOfItem(atPath: installation.key)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func totpSecretsAreSealedAtRest() throws {
        let installation = try Installation()
        let store = try Store(path: installation.database)
        try store.accounts.save(Team(id: "Oost", wijken: ["Oost"]))
        try store.accounts.addUser(
            "anna", role: .worker, team: "Oost", passwordHash: "$2b$04$hash", totpSecret: "JBSWY3DPEHPK3PXP")
        let stored = try DatabaseQueue(path: installation.database).read { db in
            try String.fetchOne(db, sql: "SELECT totpSecret FROM user")
        }
        #expect(stored?.contains("JBSWY3DPEHPK3PXP") == false)
        #expect(try store.sessions.credentials(of: "anna")?.totpSecret == "JBSWY3DPEHPK3PXP")
    }

    @Test func entriesFromBeforeTheKeyStayValidAndAreVouchedForByTheFirstKeyedOne() throws {
        let installation = try Installation()
        try installation.record(reads: 3)
        // As a database from before installation keys: its three entries hashed with plain SHA-256.
        let legacy = AuditChain(state: .notYetAdopted, legacyEntries: .max, anchors: nil)
        let store = try Store(path: installation.database, access: .readOnly)
        var previous = AuditEntry.genesis
        var updates: [String] = []
        for var entry in try store.audit.auditEntries() {
            entry.previousHash = previous
            entry.hash = try legacy.hash(of: entry, database: installation.database)
            previous = entry.hash
            updates.append(
                "UPDATE audit SET previousHash = '\(entry.previousHash)', hash = '\(entry.hash)' WHERE seq = \(entry.seq)"
            )
        }
        try installation.tamper(
            updates.joined(separator: "; ") + "; DELETE FROM installationKey;"
                + " DELETE FROM grdb_migrations WHERE identifier = 'v6 installation key'; DROP TABLE installationKey")
        try FileManager.default.removeItem(atPath: installation.key)
        try FileManager.default.removeItem(atPath: installation.anchors)
        try installation.record(reads: 2)
        let verification = try Store(path: installation.database, access: .readOnly).audit.verifyAudit()
        #expect(verification.isIntact)
        #expect(verification.entries == 5)
        // Editing a legacy entry shows at the keyed entry that follows it.
        try installation.tamper("UPDATE audit SET subjects = 'P9' WHERE seq = 3")
        let tampered = try Store(path: installation.database, access: .readOnly).audit.verifyAudit()
        #expect(!tampered.isIntact)
        #expect(tampered.problems.contains { $0.seq == 3 })
    }
}
