import Foundation
import GRDB
import WeefselCore

/// Keeping the database file itself: rebuilt after an erasure, copied for a backup, checked.
extension Store {
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

    /// SQLite's own consistency check: an empty list when the database is sound, else its findings.
    public func integrityProblems() throws(StoreError) -> [String] {
        try read { db in
            let lines = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            return lines == ["ok"] ? [] : lines
        }
    }
}
