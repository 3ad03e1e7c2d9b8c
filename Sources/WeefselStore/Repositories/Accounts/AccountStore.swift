import Foundation
import GRDB
import WeefselCore
import WeefselGraph

/// The teams of the SQLite database and the accounts that sign in: the store's
/// ``AccountRepository``. Second factors are sealed with the installation key before they are stored.
public struct AccountStore: AccountRepository, Sendable {
    /// The database the accounts are kept in.
    let database: Store

    /// Adds a team or replaces the wijken of an existing one.
    public func save(_ team: Team) throws(StoreError) {
        guard !team.id.rawValue.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .invalid(field: "team", reason: "must not be empty")
        }
        try database.write { db in
            try db.execute(
                sql:
                    "INSERT INTO team (name, wijken) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET wijken = excluded.wijken",
                arguments: [team.id.rawValue, ListColumn.encode(team.wijken)])
        }
    }

    /// Every team, sorted by name.
    public func teams() throws(StoreError) -> [Team] {
        try database.read { db in
            try TeamRecord.order(TeamRecord.Columns.name).fetchAll(db).map(\.team)
        }
    }

    /// Adds a user to an existing team.
    ///
    /// - Parameter passwordHash: a bcrypt hash; the store never sees a password.
    /// - Throws: `StoreError.invalid` for an empty or taken name or an unknown team.
    public func addUser(_ id: User.ID, role: User.Role, team: Team.ID, passwordHash: String, totpSecret: String? = nil)
        throws(StoreError)
    {
        guard !id.rawValue.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .invalid(field: "name", reason: "must not be empty")
        }
        let sealed = try totpSecret.map { secret throws(StoreError) in
            try database.requireInstallationKey().seal(secret)
        }
        try database.write { db in
            guard let teamRow = try TeamRecord.rowID(of: team, in: db) else {
                throw StoreError.invalid(field: "team", reason: "no team '\(team)' (add it with 'weefsel team add')")
            }
            guard try UserRecord.rowID(of: id, in: db) == nil else {
                throw StoreError.invalid(field: "name", reason: "a user '\(id)' already exists")
            }
            var record = UserRecord(
                name: id.rawValue, role: role, teamId: teamRow, passwordHash: passwordHash, totpSecret: sealed,
                createdAt: AuditClock.timestamp(Date()))
            try record.insert(db)
        }
    }

    /// Every user, sorted by name.
    public func users() throws(StoreError) -> [User] {
        try database.read { db in try Self.userRows(db, where: "", arguments: []).map(\.user) }
    }

    /// Disables or enables a user; disabling also ends their sessions and revokes their tokens.
    public func setDisabled(_ disabled: Bool, user id: User.ID) throws(StoreError) {
        try database.write { db in
            let row = try Self.userRowID(id, in: db)
            try db.execute(sql: "UPDATE user SET disabled = ? WHERE id = ?", arguments: [disabled, row])
            if disabled { try Self.endAccess(ofUserRow: row, in: db) }
        }
    }

    /// Replaces a user's password (and optionally their TOTP secret); ends their sessions and tokens.
    public func resetPassword(of id: User.ID, passwordHash: String, totpSecret: String?? = .none) throws(StoreError) {
        var sealed: String?? = .none
        if case .some(let secret) = totpSecret {
            sealed = .some(
                try secret.map { secret throws(StoreError) in try database.requireInstallationKey().seal(secret) })
        }
        try database.write { db in
            let row = try Self.userRowID(id, in: db)
            try db.execute(sql: "UPDATE user SET passwordHash = ? WHERE id = ?", arguments: [passwordHash, row])
            if case .some(let secret) = sealed {
                try db.execute(sql: "UPDATE user SET totpSecret = ? WHERE id = ?", arguments: [secret, row])
            }
            try Self.endAccess(ofUserRow: row, in: db)
        }
    }

    /// Gives a user another role or team.
    ///
    /// - Throws: `StoreError.invalid` for an unknown user or team.
    public func changeRole(of id: User.ID, to role: User.Role, team: Team.ID) throws(StoreError) {
        try database.write { db in
            let row = try Self.userRowID(id, in: db)
            guard let teamRow = try TeamRecord.rowID(of: team, in: db) else {
                throw StoreError.invalid(field: "team", reason: "no team '\(team)'")
            }
            try db.execute(
                sql: "UPDATE user SET role = ?, teamId = ? WHERE id = ?", arguments: [role.rawValue, teamRow, row])
        }
    }

    /// The row id of the user named `id`.
    static func userRowID(_ id: User.ID, in db: Database) throws -> Int64 {
        guard let row = try UserRecord.rowID(of: id, in: db) else {
            throw StoreError.invalid(field: "user", reason: "no user '\(id)'")
        }
        return row
    }

    /// Ends every session and revokes every token of the user in row `row`.
    static func endAccess(ofUserRow row: Int64, in db: Database) throws {
        try db.execute(sql: "DELETE FROM session WHERE userId = ?", arguments: [row])
        try db.execute(sql: "UPDATE token SET revoked = 1 WHERE userId = ?", arguments: [row])
    }

    /// The users of `filter` (a `WHERE` clause over `user` and `team`), with their credentials, by name.
    static func userRows(_ db: Database, where filter: String, arguments: StatementArguments) throws -> [Credentials] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT user.name, user.role, user.disabled, user.passwordHash, user.totpSecret,
                    team.name AS teamName, team.wijken
                FROM user JOIN team ON team.id = user.teamId
                \(filter) ORDER BY user.name
                """, arguments: arguments
        ).map { row in
            let team = Team(id: Team.ID(row["teamName"] as String), wijken: ListColumn.decode(row["wijken"]))
            let secret: String? = row["totpSecret"]
            let user = User(
                id: User.ID(row["name"] as String), role: User.Role(rawValue: row["role"]) ?? .viewer, team: team,
                disabled: row["disabled"], hasSecondFactor: secret != nil)
            return Credentials(user: user, passwordHash: row["passwordHash"], totpSecret: secret)
        }
    }
}
