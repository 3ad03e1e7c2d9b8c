import Crypto
import Foundation
import GRDB
import WeefselCore

/// How one store hashes and anchors its audit log.
///
/// Entries written before the database had an installation key (`legacyEntries`, hashed with
/// plain SHA-256) stay as they were; every later entry is keyed. The first keyed entry names the
/// last legacy hash, so the keyed chain also vouches for the entries before it.
struct AuditChain: Sendable {
    /// Why a store cannot check or continue its keyed chain.
    enum KeyState: Sendable {
        case present(InstallationKey)
        /// A database that was never opened for writing since keys came: its log is all legacy.
        case notYetAdopted
        case missing(path: String)
        case foreign(path: String)
    }

    var state: KeyState
    var legacyEntries: Int64
    /// Where heads are anchored; `nil` for a store in memory.
    var anchors: AuditAnchors?

    var key: InstallationKey? {
        if case .present(let key) = state { key } else { nil }
    }

    /// The hash of `entry` under this chain.
    ///
    /// - Throws: `StoreError.cannotOpen` when a keyed entry must be hashed and the key is absent.
    func hash(of entry: AuditEntry, database: String) throws(StoreError) -> String {
        let text = entry.previousHash + "\n" + entry.canonical
        if entry.seq <= legacyEntries { return SHA256.hash(data: Data(text.utf8)).hexadecimal }
        return try requireKey(database: database).authenticate(text)
    }

    /// The key, or why there is none.
    func requireKey(database: String) throws(StoreError) -> InstallationKey {
        if case .present(let key) = state { return key }
        throw refusal(database: database)
    }

    /// Why the key cannot be used; for a chain whose key is present, nothing to refuse.
    private func refusal(database: String) -> StoreError {
        switch state {
        case .present, .notYetAdopted:
            .cannotOpen(
                path: database, reason: "the database needs an update: run a writing command such as 'weefsel init'")
        case .missing(let path):
            .cannotOpen(
                path: database,
                reason: "the installation key \(path) is missing: put back the copy you keep safe"
                    + " (or set WEEFSEL_KEY_FILE); without it the audit log can be neither checked nor continued")
        case .foreign(let path):
            .cannotOpen(path: database, reason: "the installation key \(path) belongs to another database")
        }
    }

    /// The chain of the database open in `db` for writing: takes the key at `keyPath` (made when
    /// the database has none yet), and on first use records how many entries were there before
    /// and seals the TOTP secrets with it.
    static func adopt(keyPath: String, database: String, anchors: AuditAnchors?, in db: Database) throws -> AuditChain {
        if let row = try Row.fetchOne(db, sql: "SELECT legacyEntries, fingerprint FROM installationKey") {
            let legacy: Int64 = row["legacyEntries"]
            guard let key = try InstallationKey.load(from: keyPath, database: database) else {
                throw AuditChain(state: .missing(path: keyPath), legacyEntries: legacy, anchors: anchors)
                    .refusal(database: database)
            }
            guard key.fingerprint(legacyEntries: legacy) == row["fingerprint"] else {
                throw AuditChain(state: .foreign(path: keyPath), legacyEntries: legacy, anchors: anchors)
                    .refusal(database: database)
            }
            return AuditChain(state: .present(key), legacyEntries: legacy, anchors: anchors)
        }
        // Anchors without a key record: an earlier database's, or this one's with its record and
        // log removed. Either way a person decides, not the store.
        if let anchors, !anchors.read().isEmpty {
            throw StoreError.cannotOpen(
                path: database,
                reason: "the audit anchors \(anchors.path) belong to a database with an installation key, and this"
                    + " one has none: if this database is new on purpose, move that file away; else restore the"
                    + " database from a backup and check it with 'weefsel audit verify'")
        }
        let key =
            try InstallationKey.load(from: keyPath, database: database)
            ?? InstallationKey.create(at: keyPath, database: database)
        return try adopt(key, anchors: anchors, in: db)
    }

    /// The chain of a database in memory, keyed by `key` from its first entry.
    static func adopt(_ key: InstallationKey, anchors: AuditAnchors?, in db: Database) throws -> AuditChain {
        let legacy = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM audit") ?? 0
        try db.execute(
            sql: "INSERT INTO installationKey (legacyEntries, fingerprint) VALUES (?, ?)",
            arguments: [legacy, key.fingerprint(legacyEntries: legacy)])
        let secrets = try Row.fetchAll(db, sql: "SELECT id, totpSecret FROM user WHERE totpSecret IS NOT NULL")
        for row in secrets {
            let secret: String = row["totpSecret"]
            guard !InstallationKey.isSealed(secret) else { continue }
            try db.execute(
                sql: "UPDATE user SET totpSecret = ? WHERE id = ?", arguments: [key.seal(secret), row["id"] as Int64])
        }
        return AuditChain(state: .present(key), legacyEntries: legacy, anchors: anchors)
    }

    /// The chain of a database open read-only: the key when its file is there and fits.
    static func inspect(keyPath: String, database: String, anchors: AuditAnchors, in db: Database) throws -> AuditChain
    {
        guard let row = try Row.fetchOne(db, sql: "SELECT legacyEntries, fingerprint FROM installationKey") else {
            return AuditChain(state: .notYetAdopted, legacyEntries: .max, anchors: anchors)
        }
        let legacy: Int64 = row["legacyEntries"]
        guard let key = try InstallationKey.load(from: keyPath, database: database) else {
            return AuditChain(state: .missing(path: keyPath), legacyEntries: legacy, anchors: anchors)
        }
        guard key.fingerprint(legacyEntries: legacy) == row["fingerprint"] else {
            return AuditChain(state: .foreign(path: keyPath), legacyEntries: legacy, anchors: anchors)
        }
        return AuditChain(state: .present(key), legacyEntries: legacy, anchors: anchors)
    }
}
