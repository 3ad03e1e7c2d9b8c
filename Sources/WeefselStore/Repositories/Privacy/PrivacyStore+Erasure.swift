import Foundation
import GRDB
import GRDBSQLite
import Synchronization
import WeefselCore
import WeefselGraph

/// Erasure: a person forgotten everywhere, and the database files cleaned of what they held.
extension PrivacyStore {
    /// Forgets a person: removes their record, ties, consent decisions and everything else that
    /// references them (tables about persons cascade from `node`), and their household when nobody
    /// else lives there; leaves only a pseudonymous tombstone (their id, no name) in the audit log.
    /// Then rebuilds the database file and empties the write-ahead log, so the removed text is gone
    /// from the files on disk (`secure_delete` zeroes freed pages as well).
    public func erase(_ person: Node.ID, audit: AuditContext) throws(StoreError) -> ErasureReport {
        var report = try database.write { db in
            guard let record = try NeighbourhoodStore.nodeRow(person, in: db), let row = record.id else {
                throw StoreError.unknownNode(person)
            }
            let ties =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM tie WHERE sourceId = ? OR targetId = ?", arguments: [row, row]) ?? 0
            let consent =
                try Int.fetchOne(db, sql: "SELECT count(*) FROM consent WHERE nodeId = ?", arguments: [row]) ?? 0
            try Self.anonymiseMatchingHistory(ofPerson: row, household: record.householdId, in: db)
            _ = try NodeRecord.deleteOne(db, key: row)
            var householdRemoved = false
            if let household = record.householdId,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM node WHERE householdId = ?", arguments: [household])
                    == 0
            {
                householdRemoved = try HouseholdRecord.deleteOne(db, key: household)
            }
            try database.appendAudit([.init(audit, .erase, subjects: [person])], in: db)
            return ErasureReport(
                person: person, ties: ties, consentRecords: consent, householdRemoved: householdRemoved,
                checkpointed: false)
        }
        report.checkpointed = try database.compact()
        if !report.checkpointed { database.pendingCleanUp.withLock { $0 = $0 ?? Date() } }
        return report
    }

    /// Keeps the matching history of a person about to be erased as anonymous rows: their open
    /// needs and offers (and those of their household when they are its last member) close today,
    /// their live matches end today (declined when they never became active), and the rows stay
    /// for the figures of past periods; the references to the person go with them.
    static func anonymiseMatchingHistory(ofPerson row: Int64, household: Int64?, in db: Database) throws {
        let alone =
            try household.map { id in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM node WHERE householdId = ?", arguments: [id]) == 1
            } ?? false
        let owners = alone ? "(personId = \(row) OR householdId = \(household ?? -1))" : "personId = \(row)"
        let today = Day(Date()).description
        let live = try Row.fetchAll(
            db,
            sql: """
                SELECT matchPair.id AS id, last.state AS state, last.position AS position, last.day AS day
                FROM matchPair JOIN matchEvent AS last ON last.matchId = matchPair.id
                WHERE last.position = (SELECT max(position) FROM matchEvent WHERE matchId = matchPair.id)
                  AND last.state NOT IN ('ended', 'declined')
                  AND (matchPair.needId IN (SELECT id FROM need WHERE \(owners))
                    OR matchPair.offerId IN (SELECT id FROM offer WHERE \(owners)))
                """)
        for match in live {
            let state: String = match["state"]
            let last: String = match["day"]
            let day = max(today, last)
            let ending = state == "active" ? "ended" : "declined"
            try db.execute(
                sql: """
                    INSERT INTO matchEvent (matchId, position, state, day, side, endReason, note)
                    VALUES (?, ?, ?, ?, ?, ?, 'persoon gewist / person erased')
                    """,
                arguments: [
                    match["id"] as Int64, (match["position"] as Int) + 1, ending, day,
                    ending == "declined" ? "coordinator" : nil, ending == "ended" ? "other" : nil,
                ])
        }
        for table in ["need", "offer"] {
            try db.execute(
                sql: "UPDATE \(table) SET status = 'closed', closedOn = ? WHERE \(owners) AND status = 'open'",
                arguments: [today])
        }
    }

    /// Since when an erasure's clean-up waits for readers to end: until then the erased data can
    /// still be in the write-ahead log (and the database file's old pages). Nil when none waits.
    public var cleanUpPendingSince: Date? { database.pendingCleanUp.withLock { $0 } }

    /// Tries again to empty the write-ahead log for an erasure that could not; returns true once
    /// nothing waits any more. Cheap when nothing waits; the service calls it every few seconds.
    @discardableResult
    public func finishCleanUp() -> Bool {
        guard cleanUpPendingSince != nil else { return true }
        let emptied =
            (try? database.writer.writeWithoutTransaction { db -> Bool in
                // Without waiting for readers: the writer must not stall while one still reads.
                sqlite3_busy_timeout(db.sqliteConnection, 0)
                defer { sqlite3_busy_timeout(db.sqliteConnection, Store.busyTimeoutMilliseconds) }
                guard let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") else { return true }
                return (row[0] as Int? ?? 0) == 0
            }) ?? false
        if emptied { database.pendingCleanUp.withLock { $0 = nil } }
        return emptied
    }
}
