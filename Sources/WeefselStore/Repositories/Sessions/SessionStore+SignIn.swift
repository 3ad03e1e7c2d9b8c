import Foundation
import GRDB
import WeefselCore
import WeefselGraph

/// What holds back guessing: failed sign-ins by account and address, and one-time codes used once.
extension SessionStore {
    public func recordSignInFailure(keys: [String], at now: Date) throws(StoreError) {
        try database.write { db in
            for key in keys {
                try db.execute(
                    sql: "INSERT INTO signInFailure (key, at) VALUES (?, ?)",
                    arguments: [key, now.timeIntervalSince1970])
            }
            // Failures older than a day count for nothing.
            try db.execute(
                sql: "DELETE FROM signInFailure WHERE at < ?", arguments: [now.timeIntervalSince1970 - 86_400])
        }
    }

    public func signInFailures(key: String, since: Date) throws(StoreError) -> [Date] {
        try database.read { db in
            try Double.fetchAll(
                db, sql: "SELECT at FROM signInFailure WHERE key = ? AND at >= ? ORDER BY at",
                arguments: [key, since.timeIntervalSince1970]
            ).map(Date.init(timeIntervalSince1970:))
        }
    }

    public func clearSignInFailures(key: String) throws(StoreError) {
        try database.write { db in try db.execute(sql: "DELETE FROM signInFailure WHERE key = ?", arguments: [key]) }
    }

    public func useCode(step: Int64, of user: User.ID) throws(StoreError) -> Bool {
        try database.write { db in
            try db.execute(
                sql: "UPDATE user SET totpLastStep = ? WHERE name = ? AND (totpLastStep IS NULL OR totpLastStep < ?)",
                arguments: [step, user.rawValue, step])
            return db.changesCount > 0
        }
    }
}
