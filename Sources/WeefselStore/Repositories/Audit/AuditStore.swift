import Foundation
import GRDB
import WeefselCore
import WeefselGraph

/// The hash-chained, append-only audit log of the SQLite database: the store's ``AuditRepository``.
///
/// Other repositories append the entry of each write in that write's transaction
/// (``Store/appendAudit(_:in:)``); this one appends reads, lists entries and checks the chain.
public struct AuditStore: AuditRepository, Sendable {
    /// The database the log is kept in.
    let database: Store

    /// Appends entries to the audit log in a transaction of their own.
    public func record(_ drafts: [AuditEntry.Draft]) throws(StoreError) {
        try database.write { db in try database.appendAudit(drafts, in: db) }
    }

    /// Audit entries in order, filtered by `query`.
    public func auditEntries(_ query: AuditQuery = AuditQuery()) throws(StoreError) -> [AuditEntry] {
        try database.read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let person = query.person {
                conditions.append("('|' || subjects || '|') LIKE ? ESCAPE '\\'")
                arguments += ["%|" + LikePattern.escaped(person.rawValue) + "|%"]
            }
            if let user = query.user {
                conditions.append("user = ?")
                arguments += [user.rawValue]
            }
            if let from = query.from {
                conditions.append("time >= ?")
                arguments += [AuditClock.timestamp(from)]
            }
            if let to = query.to {
                conditions.append("time < ?")
                arguments += [AuditClock.timestamp(to)]
            }
            var sql = "SELECT * FROM audit"
            if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
            sql += " ORDER BY seq"
            if let limit = query.limit {
                sql += " LIMIT ?"
                arguments += [max(0, limit)]
            }
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.entry)
        }
    }

    /// Checks every entry's hash and its link to the one before, and the log against the heads
    /// anchored outside the database (its own anchor file and `extraAnchors`, such as a backup's);
    /// names each entry that was edited, inserted or follows a removed one, and a log cut short.
    ///
    /// - Throws: `StoreError.cannotOpen` when the log is keyed and the installation key is missing.
    /// - Complexity: O(n + a) for n entries and a anchors, streaming the entries.
    public func verifyAudit(extraAnchors: [AuditAnchors]) throws(StoreError) -> AuditVerification {
        let files = (database.auditChain.anchors.map { [$0] } ?? []) + extraAnchors
        var expected: [Int64: String] = [:]
        for file in files {
            for anchor in file.read() { expected[anchor.seq] = anchor.hash }
        }
        return try database.read { db in
            var verification = AuditVerification(entries: 0, head: AuditEntry.genesis, problems: [])
            var expectedSeq: Int64 = 1
            var previous = AuditEntry.genesis
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM audit ORDER BY seq")
            while let row = try rows.next() {
                let entry = Self.entry(row)
                verification.entries += 1
                if entry.seq != expectedSeq {
                    let missing =
                        entry.seq > expectedSeq
                        ? "entries \(expectedSeq)...\(entry.seq - 1) are missing" : "out of order"
                    verification.problems.append(.init(seq: entry.seq, reason: missing))
                }
                if entry.previousHash != previous {
                    verification.problems.append(
                        .init(
                            seq: entry.seq, reason: "does not follow the entry before it (removed, inserted or edited)")
                    )
                }
                if try database.auditChain.hash(of: entry, database: database.path) != entry.hash {
                    verification.problems.append(.init(seq: entry.seq, reason: "was edited: its hash does not match"))
                }
                if let anchored = expected[entry.seq] {
                    if anchored != entry.hash {
                        verification.problems.append(
                            .init(seq: entry.seq, reason: "differs from the head anchored outside the database"))
                    }
                    verification.anchored = max(verification.anchored ?? 0, entry.seq)
                }
                previous = entry.hash
                expectedSeq = entry.seq + 1
            }
            if let last = expected.keys.max(), last >= expectedSeq {
                verification.problems.append(
                    .init(
                        seq: last,
                        reason: "was anchored outside the database, but the log ends at entry \(expectedSeq - 1):"
                            + " entries were removed from its end"))
            }
            verification.head = previous
            return verification
        }
    }

    /// Checks the audit log against its own anchors; see ``verifyAudit(extraAnchors:)``.
    public func verifyAudit() throws(StoreError) -> AuditVerification { try verifyAudit(extraAnchors: []) }

    /// The entry of one row of `audit`.
    static func entry(_ row: Row) -> AuditEntry {
        let user: String? = row["user"]
        let role: String? = row["role"]
        let team: String? = row["team"]
        let action: String = row["action"]
        let subjects: String? = row["subjects"]
        let seq: Int64 = row["seq"]
        let time: String = row["time"]
        let address: String? = row["address"]
        let previousHash: String = row["previousHash"]
        let hash: String = row["hash"]
        return AuditEntry(
            seq: seq, time: time, user: user.map { User.ID($0) }, role: role.flatMap { User.Role(rawValue: $0) },
            team: team.map { Team.ID($0) }, action: AuditEntry.Action(rawValue: action) ?? .read,
            subjects: ListColumn.decode(subjects).map { Node.ID($0) }, address: address,
            previousHash: previousHash, hash: hash)
    }
}
