import Foundation
import GRDB
import GRDBSQLite
import Synchronization
import WeefselGraph
import WeefselMatching

extension Store {
    /// Everything stored about `person`, including the audit entries about them; the export itself
    /// is recorded in the same transaction.
    public func personalData(of person: Node.ID, audit: AuditContext? = nil) throws(StoreError) -> PersonalData {
        var data = try personalRecord(of: person, audit: audit)
        data.needs = try needs().filter { $0.person == person }
        data.offers = try offers().filter { $0.person == person }
        let needIDs = Set(data.needs.map(\.id))
        let offerIDs = Set(data.offers.map(\.id))
        data.matches = try matches().filter { needIDs.contains($0.need) || offerIDs.contains($0.offer) }
        if let household = data.person.household { data.visits = try visits(to: [household])[household] ?? [] }
        data.ownFields = try ownFields(of: person)
        return data
    }

    private func personalRecord(of person: Node.ID, audit: AuditContext?) throws(StoreError) -> PersonalData {
        try write { db in
            guard let record = try Store.nodeRecord(person, in: db), let row = record.id else {
                throw StoreError.unknownNode(person)
            }
            let household = try record.householdId.flatMap { try HouseholdRecord.fetchOne(db, key: $0)?.household }
            let ties = try TieRow.fetchAll(
                db, sql: TieRow.selectWithEnds + " WHERE tie.sourceId = ? OR tie.targetId = ?",
                arguments: [row, row]
            ).map(\.tie).sorted { $0.key < $1.key }
            let consent = try Store.consentHistory(ofRow: row, in: db)
            try appendAudit(audit.map { [.init($0, .export, subjects: [person])] } ?? [], in: db)
            let entries = try Row.fetchAll(
                db, sql: "SELECT * FROM audit WHERE ('|' || subjects || '|') LIKE ? ESCAPE '\\' ORDER BY seq",
                arguments: ["%|" + Store.escapeLike(person.rawValue) + "|%"]
            ).map(Store.auditEntry)
            let accesses = entries.map { entry in
                PersonalData.Access(
                    time: entry.time, user: entry.user, role: entry.role, team: entry.team, action: entry.action,
                    purpose: entry.role?.purpose)
            }
            return PersonalData(
                person: record.node, household: household, ties: ties, consent: consent, accesses: accesses)
        }
    }

    /// Forgets a person: removes their record, ties, consent decisions and everything else that
    /// references them (tables about persons cascade from `node`), and their household when nobody
    /// else lives there; leaves only a pseudonymous tombstone (their id, no name) in the audit log.
    /// Then rebuilds the database file and empties the write-ahead log, so the removed text is gone
    /// from the files on disk (`secure_delete` zeroes freed pages as well).
    public func erase(_ person: Node.ID, audit: AuditContext) throws(StoreError) -> ErasureReport {
        var report = try write { db in
            guard let record = try Store.nodeRecord(person, in: db), let row = record.id else {
                throw StoreError.unknownNode(person)
            }
            let ties =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM tie WHERE sourceId = ? OR targetId = ?", arguments: [row, row]) ?? 0
            let consent =
                try Int.fetchOne(db, sql: "SELECT count(*) FROM consent WHERE nodeId = ?", arguments: [row]) ?? 0
            try Store.anonymiseMatchingHistory(ofPerson: row, household: record.householdId, in: db)
            _ = try NodeRecord.deleteOne(db, key: row)
            var householdRemoved = false
            if let household = record.householdId,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM node WHERE householdId = ?", arguments: [household])
                    == 0
            {
                householdRemoved = try HouseholdRecord.deleteOne(db, key: household)
            }
            try appendAudit([.init(audit, .erase, subjects: [person])], in: db)
            return ErasureReport(
                person: person, ties: ties, consentRecords: consent, householdRemoved: householdRemoved,
                checkpointed: false)
        }
        report.checkpointed = try compact()
        if !report.checkpointed { pendingCleanUp.withLock { $0 = $0 ?? Date() } }
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

    /// Rebuilds the database file (`VACUUM`) and truncates the write-ahead log; returns whether the
    /// log could be emptied.
    @discardableResult
    public func compact() throws(StoreError) -> Bool {
        do {
            return try writer.writeWithoutTransaction { db in
                try db.execute(sql: "VACUUM")
                guard let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") else { return true }
                return (row[0] as Int? ?? 0) == 0
            }
        } catch {
            throw .database(Store.describe(error))
        }
    }

    /// Since when an erasure's clean-up waits for readers to end: until then the erased data can
    /// still be in the write-ahead log (and the database file's old pages). Nil when none waits.
    public var cleanUpPendingSince: Date? { pendingCleanUp.withLock { $0 } }

    /// Tries again to empty the write-ahead log for an erasure that could not; returns true once
    /// nothing waits any more. Cheap when nothing waits; the service calls it every few seconds.
    @discardableResult
    public func finishCleanUp() -> Bool {
        guard cleanUpPendingSince != nil else { return true }
        let emptied =
            (try? writer.writeWithoutTransaction { db -> Bool in
                // Without waiting for readers: the writer must not stall while one still reads.
                sqlite3_busy_timeout(db.sqliteConnection, 0)
                defer { sqlite3_busy_timeout(db.sqliteConnection, Store.busyTimeoutMilliseconds) }
                guard let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") else { return true }
                return (row[0] as Int? ?? 0) == 0
            }) ?? false
        if emptied { pendingCleanUp.withLock { $0 = nil } }
        return emptied
    }

    /// Copies the database to a new file at `path` with SQLite's online backup: a consistent copy
    /// even while the service writes. The head of the copy's audit log is anchored beside it
    /// (`<path>.audit-anchors`), so that the copy, and the live log it came from, can be checked
    /// against it later. The installation key is not copied: keep it safe apart from backups.
    ///
    /// - Throws: `StoreError.invalid` when `path` exists (a backup never overwrites).
    public func backup(to path: String) throws(StoreError) {
        guard !FileSystem.exists(path) else {
            throw .invalid(field: "file", reason: "\(path) exists; choose a new file")
        }
        do {
            let target = try DatabaseQueue(path: path)
            try writer.backup(to: target)
            let head = try target.read { db in
                try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
            }
            try target.close()
            if let head {
                let anchors = AuditAnchors(forDatabase: path)
                guard anchors.append(.init(seq: head["seq"], hash: head["hash"])) else {
                    throw StoreError.invalid(field: "file", reason: "cannot write \(anchors.path)")
                }
            }
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            try? FileManager.default.removeItem(atPath: AuditAnchors(forDatabase: path).path)
            throw error as? StoreError ?? .database(Store.describe(error))
        }
    }

    /// Persons with no audit entry (no read, no change) since `cutoff`, for a retention review;
    /// sorted by id.
    public func untouchedPersons(since cutoff: Date) throws(StoreError) -> [Node.ID] {
        try read { db in
            let lists = try String.fetchAll(
                db, sql: "SELECT subjects FROM audit WHERE time >= ?", arguments: [AuditClock.timestamp(cutoff)])
            let touched = Set(lists.flatMap { ListColumn.decode($0) })
            let ids = try String.fetchAll(db, sql: "SELECT externalId FROM node ORDER BY externalId")
            return ids.filter { !touched.contains($0) }.map { Node.ID($0) }
        }
    }
}

extension Store {
    /// SQLite's own consistency check: an empty list when the database is sound, else its findings.
    public func integrityProblems() throws(StoreError) -> [String] {
        try read { db in
            let lines = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            return lines == ["ok"] ? [] : lines
        }
    }
}
