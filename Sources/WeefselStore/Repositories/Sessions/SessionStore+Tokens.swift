import Foundation
import GRDB
import WeefselCore
import WeefselGraph

/// Bearer tokens for scripts: made, looked up, listed and revoked.
extension SessionStore {
    /// Creates a bearer token for scripts acting as `id`, living until `expiresAt` and, when
    /// `session` is given, no longer than that session; the secret is shown once.
    public func createToken(
        for id: User.ID, label: String, expiresAt: Date, session: Secret? = nil, at now: Date = Date()
    ) throws(StoreError) -> Secret {
        let secret = Secret.random()
        try database.write { db in
            let row = try AccountStore.userRowID(id, in: db)
            try db.execute(
                sql: """
                    INSERT INTO token (tokenHash, userId, label, createdAt, expiresAt, sessionHash)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    secret.hashed, row, label, now.timeIntervalSince1970, expiresAt.timeIntervalSince1970,
                    session?.hashed,
                ])
        }
        return secret
    }

    /// The enabled user a bearer token belongs to at `now`, or nil for an unknown, revoked or
    /// expired token, or one whose session ended or expired under `policy`.
    /// A store that writes remembers the answers until the accounts change.
    public func tokenUser(_ secret: Secret, at now: Date = Date(), policy: SessionPolicy = SessionPolicy())
        throws(StoreError) -> User?
    {
        let hash = secret.hashed
        let lookUp = { () throws(StoreError) -> (AccountCache.Entry, remember: Bool)? in
            try self.lookUpToken(hash, at: now, policy: policy)
        }
        guard let accounts = database.accountCache else { return try lookUp()?.0.user }
        do {
            return try accounts.user(forTokenHash: hash, at: now, lookUp: lookUp)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(Store.describe(error))
        }
    }

    private func lookUpToken(_ hash: String, at now: Date, policy: SessionPolicy) throws(StoreError)
        -> (AccountCache.Entry, remember: Bool)?
    {
        try database.read { db in
            let time = now.timeIntervalSince1970
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT user.name, token.expiresAt, token.sessionHash,
                            session.createdAt AS sessionCreatedAt, session.lastSeenAt AS sessionLastSeenAt
                        FROM token JOIN user ON user.id = token.userId
                        LEFT JOIN session ON session.tokenHash = token.sessionHash
                        WHERE token.tokenHash = ? AND NOT token.revoked AND token.expiresAt > ?
                        """,
                    arguments: [hash, time]),
                let user = try AccountStore.userRows(
                    db, where: "WHERE user.name = ?", arguments: [row["name"] as String]
                )
                .first?.user,
                !user.disabled
            else { return nil }
            let entry = AccountCache.Entry(user: user, expiresAt: Date(timeIntervalSince1970: row["expiresAt"]))
            guard (row["sessionHash"] as String?) != nil else { return (entry, remember: true) }
            guard let created = row["sessionCreatedAt"] as Double?, let lastSeen = row["sessionLastSeenAt"] as Double?,
                time - created <= policy.absolute, time - lastSeen <= policy.idle
            else { return nil }
            return (entry, remember: false)
        }
    }

    /// The token whose secret is `secret`, or nil.
    public func token(_ secret: Secret) throws(StoreError) -> BearerToken? {
        try database.read { db in
            try Row.fetchOne(db, sql: Self.tokenSelect + " WHERE token.tokenHash = ?", arguments: [secret.hashed])
                .map(Self.bearerToken)
        }
    }

    /// The tokens of `user` (of every user when nil), newest first.
    public func tokens(of user: User.ID?) throws(StoreError) -> [BearerToken] {
        try database.read { db in
            var sql = Self.tokenSelect
            var arguments: StatementArguments = []
            if let user {
                sql += " WHERE user.name = ?"
                arguments += [user.rawValue]
            }
            sql += " ORDER BY token.createdAt DESC, token.id DESC"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.bearerToken)
        }
    }

    /// The columns of a ``BearerToken``, with its user's name.
    private static let tokenSelect = """
        SELECT token.id, user.name, token.label, token.createdAt, token.expiresAt, token.revoked,
            token.sessionHash IS NOT NULL AS endsWithSession
        FROM token JOIN user ON user.id = token.userId
        """

    /// Revokes the token `id` and returns it as it was, or nil when there is no such token.
    public func revokeToken(_ id: Int64) throws(StoreError) -> BearerToken? {
        try database.write { db in
            guard let row = try Row.fetchOne(db, sql: Self.tokenSelect + " WHERE token.id = ?", arguments: [id])
            else { return nil }
            try db.execute(sql: "UPDATE token SET revoked = 1 WHERE id = ?", arguments: [id])
            return Self.bearerToken(row)
        }
    }

    private static func bearerToken(_ row: Row) -> BearerToken {
        BearerToken(
            id: row["id"], user: User.ID(row["name"] as String), label: row["label"],
            createdAt: Date(timeIntervalSince1970: row["createdAt"]),
            expiresAt: Date(timeIntervalSince1970: row["expiresAt"]), revoked: row["revoked"],
            endsWithSession: row["endsWithSession"])
    }
}
