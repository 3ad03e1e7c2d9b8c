import Crypto
import Foundation
import GRDB

extension Store {
    /// Starts a session for an enabled user and returns its secret for the cookie.
    public func startSession(for id: User.ID, at now: Date = Date()) throws(StoreError) -> Secret {
        let secret = Secret.random()
        try write { db in
            let row = try Store.userRowID(id, in: db)
            try db.execute(
                sql: "INSERT INTO session (tokenHash, userId, createdAt, lastSeenAt) VALUES (?, ?, ?, ?)",
                arguments: [secret.hashed, row, now.timeIntervalSince1970, now.timeIntervalSince1970])
        }
        return secret
    }

    /// The user of a live session, or nil when the session is unknown, expired or the user disabled.
    ///
    /// An expired session is removed; a live one is marked seen (at most once a minute, so reads
    /// stay reads).
    public func sessionUser(_ secret: Secret, at now: Date = Date(), policy: SessionPolicy = SessionPolicy())
        throws(StoreError) -> User?
    {
        let hash = secret.hashed
        let found: (User, Double, Double)? = try read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql:
                        "SELECT user.name, session.createdAt, session.lastSeenAt FROM session JOIN user ON user.id = session.userId WHERE tokenHash = ?",
                    arguments: [hash]),
                let credentials = try Store.userRows(db, where: "WHERE user.name = ?", arguments: [row[0] as String])
                    .first
            else { return nil }
            return (credentials.user, row[1], row[2])
        }
        guard let (user, created, lastSeen) = found else { return nil }
        let time = now.timeIntervalSince1970
        if user.disabled || time - created > policy.absolute || time - lastSeen > policy.idle {
            try write { db in
                try db.execute(sql: "DELETE FROM session WHERE tokenHash = ?", arguments: [hash])
            }
            return nil
        }
        if time - lastSeen > 60 {
            try write { db in
                try db.execute(sql: "UPDATE session SET lastSeenAt = ? WHERE tokenHash = ?", arguments: [time, hash])
            }
        }
        return user
    }

    /// Ends a session (signing out); unknown sessions are ignored.
    public func endSession(_ secret: Secret) throws(StoreError) {
        try write { db in
            try db.execute(sql: "DELETE FROM session WHERE tokenHash = ?", arguments: [secret.hashed])
        }
    }

    /// Creates a bearer token for scripts acting as `id`; the secret is shown once.
    public func createToken(for id: User.ID, label: String, at now: Date = Date()) throws(StoreError) -> Secret {
        let secret = Secret.random()
        try write { db in
            let row = try Store.userRowID(id, in: db)
            try db.execute(
                sql: "INSERT INTO token (tokenHash, userId, label, createdAt) VALUES (?, ?, ?, ?)",
                arguments: [secret.hashed, row, label, now.timeIntervalSince1970])
        }
        return secret
    }

    /// The enabled user a bearer token belongs to, or nil for an unknown or revoked token.
    /// A store that writes remembers the answers until the accounts change.
    public func tokenUser(_ secret: Secret) throws(StoreError) -> User? {
        let hash = secret.hashed
        guard let accounts else { return try lookUpToken(hash) }
        do {
            return try accounts.user(forTokenHash: hash) { try lookUpToken(hash) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(Store.describe(error))
        }
    }

    private func lookUpToken(_ hash: String) throws(StoreError) -> User? {
        try read { db in
            guard
                let name = try String.fetchOne(
                    db,
                    sql:
                        "SELECT user.name FROM token JOIN user ON user.id = token.userId WHERE tokenHash = ? AND NOT revoked",
                    arguments: [hash]),
                let user = try Store.userRows(db, where: "WHERE user.name = ?", arguments: [name]).first?.user,
                !user.disabled
            else { return nil }
            return user
        }
    }
}
