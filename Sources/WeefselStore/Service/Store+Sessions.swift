import Crypto
import Foundation
import GRDB

/// A secret handed to a client once (a session cookie or a bearer token); the store keeps only its
/// SHA-256 hash.
public struct Secret: Sendable, Hashable, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// 32 random bytes from the system's generator, base64url without padding.
    public static func random() -> Secret {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let text = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return Secret(text)
    }

    /// The hex SHA-256 of the secret, as stored.
    public var hashed: String { SHA256.hash(data: Data(rawValue.utf8)).hexadecimal }

    /// Never prints the secret itself.
    public var description: String { "Secret(…)" }
}

/// How long a session lasts: it ends after `idle` without a request, and after `absolute` in any case.
public struct SessionPolicy: Sendable, Equatable {
    public var idle: TimeInterval
    public var absolute: TimeInterval
    public init(idle: TimeInterval = 30 * 60, absolute: TimeInterval = 12 * 60 * 60) {
        self.idle = idle
        self.absolute = absolute
    }
}

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

extension Sequence<UInt8> {
    /// Lower-case hexadecimal digits.
    var hexadecimal: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in self {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
