import Foundation
import GRDB
import WeefselCore
import WeefselGraph

/// The audit chain as every repository writes to it: an entry appended in the transaction of the
/// change it records, hashed with the installation key.
extension Store {
    /// Appends entries to the audit log inside the transaction `db` (so they commit with the change
    /// they record), and anchors the new head once the transaction has committed.
    func appendAudit(_ drafts: [AuditEntry.Draft], in db: Database) throws {
        guard !drafts.isEmpty else { return }
        let last = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
        var seq: Int64 = last?["seq"] ?? 0
        var previous: String = last?["hash"] ?? AuditEntry.genesis
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO audit (seq, time, user, role, team, action, subjects, address, previousHash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for draft in drafts {
            seq += 1
            var entry = AuditEntry(
                seq: seq, time: AuditClock.timestamp(draft.time), user: draft.context.user, role: draft.context.role,
                team: draft.context.team, action: draft.action, subjects: draft.subjects.sorted(),
                address: draft.context.address, previousHash: previous, hash: "")
            entry.hash = try auditChain.hash(of: entry, database: path)
            try insert.execute(arguments: [
                entry.seq, entry.time, entry.user?.rawValue, entry.role?.rawValue, entry.team?.rawValue,
                entry.action.rawValue, ListColumn.encode(entry.subjects.map(\.rawValue)), entry.address,
                entry.previousHash, entry.hash,
            ])
            previous = entry.hash
        }
        if let anchors = auditChain.anchors {
            let head = AuditAnchors.Anchor(seq: seq, hash: previous)
            db.afterNextTransaction(onCommit: { _ in anchors.append(head) })
        }
    }

    /// The key of the codes on pseudonymised maps; nil only for a database opened read-only whose
    /// installation key is missing.
    public var pseudonymKey: [UInt8]? { auditChain.key?.pseudonymKey }

    /// The pseudonym key, or why there is none.
    public func requirePseudonymKey() throws(StoreError) -> [UInt8] {
        try auditChain.requireKey(database: path).pseudonymKey
    }

    /// The installation key, or why there is none (a database opened read-only without its key).
    func requireInstallationKey() throws(StoreError) -> InstallationKey {
        try auditChain.requireKey(database: path)
    }
}
