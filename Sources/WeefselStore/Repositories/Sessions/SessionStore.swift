import Crypto
import Foundation
import GRDB
import WeefselCore
import WeefselGraph

/// Sign-in, sessions and bearer tokens in the SQLite database: the store's ``SessionRepository``.
///
/// Only secrets' hashes are stored. A store that writes remembers the users of bearer tokens
/// until the accounts change (``AccountCache``).
public struct SessionStore: SessionRepository, Sendable {
    /// The database the sessions are kept in.
    let database: Store

    /// The user named `id` with what is needed to check a sign-in, or nil.
    ///
    /// - Throws: `StoreError.cannotOpen` when the user has a TOTP secret and the installation key
    ///   that sealed it is missing.
    public func credentials(of id: User.ID) throws(StoreError) -> Credentials? {
        let found = try database.read { db in
            try AccountStore.userRows(db, where: "WHERE user.name = ?", arguments: [id.rawValue]).first
        }
        guard var credentials = found, let sealed = credentials.totpSecret else { return found }
        guard let secret = try database.requireInstallationKey().unseal(sealed) else {
            throw .database("the TOTP secret of user '\(id)' cannot be decrypted with the installation key")
        }
        credentials.totpSecret = secret
        return credentials
    }

    /// Starts a session for an enabled user and returns its secret for the cookie.
    public func startSession(for id: User.ID, at now: Date = Date()) throws(StoreError) -> Secret {
        let secret = Secret.random()
        try database.write { db in
            let row = try AccountStore.userRowID(id, in: db)
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
        let found: (User, Double, Double)? = try database.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql:
                        "SELECT user.name, session.createdAt, session.lastSeenAt FROM session JOIN user ON user.id = session.userId WHERE tokenHash = ?",
                    arguments: [hash]),
                let credentials = try AccountStore.userRows(
                    db, where: "WHERE user.name = ?", arguments: [row[0] as String]
                )
                .first
            else { return nil }
            return (credentials.user, row[1], row[2])
        }
        guard let (user, created, lastSeen) = found else { return nil }
        let time = now.timeIntervalSince1970
        if user.disabled || time - created > policy.absolute || time - lastSeen > policy.idle {
            try database.write { db in
                try db.execute(sql: "DELETE FROM session WHERE tokenHash = ?", arguments: [hash])
                try db.execute(sql: "UPDATE token SET revoked = 1 WHERE sessionHash = ?", arguments: [hash])
            }
            return nil
        }
        if time - lastSeen > 60 {
            try database.write { db in
                try db.execute(sql: "UPDATE session SET lastSeenAt = ? WHERE tokenHash = ?", arguments: [time, hash])
            }
        }
        return user
    }

    /// Ends a session (signing out) and revokes the tokens that end with it; unknown sessions are
    /// ignored.
    public func endSession(_ secret: Secret) throws(StoreError) {
        try database.write { db in
            try db.execute(sql: "DELETE FROM session WHERE tokenHash = ?", arguments: [secret.hashed])
            try db.execute(sql: "UPDATE token SET revoked = 1 WHERE sessionHash = ?", arguments: [secret.hashed])
        }
    }

    /// Ends every session and revokes every token of `user`.
    public func endAccess(of user: User.ID) throws(StoreError) {
        try database.write { db in
            try AccountStore.endAccess(ofUserRow: try AccountStore.userRowID(user, in: db), in: db)
        }
    }
}
