import Foundation
import WeefselGraph

/// The installation's administration: teams and their wijken and the accounts that sign in.
/// Admins and the local operator only.
public struct Administration: Sendable {
    let accounts: any AccountRepository
    let sessions: any SessionRepository
    let audit: any AuditRepository
    let snapshots: any SnapshotRepository

    /// Adds a team, or replaces its wijken.
    public func save(_ team: Team, by actor: Actor) throws {
        try requireAdministrator(actor)
        guard !team.id.rawValue.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw Problem.invalid(field: "team", reason: .empty)
        }
        try RecordText.checkText(team.id.rawValue, field: "team")
        for wijk in team.wijken { try RecordText.checkText(wijk, field: "wijken") }
        try accounts.save(team)
        try audit.record([.init(actor.auditContext, .teamChanged)])
    }

    public func teams(for actor: Actor) throws -> [Team] {
        try requireAdministrator(actor)
        return try accounts.teams()
    }

    /// Adds an account with a password hash (never the password) and, when asked, a second factor.
    public func addUser(
        _ id: User.ID, role: User.Role, team: Team.ID, passwordHash: String, totpSecret: String?, by actor: Actor
    ) throws {
        try requireAdministrator(actor)
        guard !id.rawValue.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw Problem.invalid(field: "name", reason: .empty)
        }
        guard try accounts.teams().contains(where: { $0.id == team }) else {
            throw Problem.invalid(
                field: "team", reason: .unknownValue(team.rawValue, expected: try accounts.teams().map(\.id.rawValue)))
        }
        try RecordText.checkText(id.rawValue, field: "name")
        try accounts.addUser(id, role: role, team: team, passwordHash: passwordHash, totpSecret: totpSecret)
        try audit.record([.init(actor.auditContext, .accountChanged)])
    }

    public func users(for actor: Actor) throws -> [User] {
        try requireAdministrator(actor)
        return try accounts.users()
    }

    /// Disables an account (its sessions and tokens end at once) or enables it again.
    public func setDisabled(_ disabled: Bool, user id: User.ID, by actor: Actor) throws {
        try requireAdministrator(actor)
        if disabled, actor.user?.id == id { throw Problem.invalid(field: "user", reason: .ownAccount) }
        try accounts.setDisabled(disabled, user: id)
        try audit.record([.init(actor.auditContext, .accountChanged)])
    }

    /// Sets a new password (and second factor when given); the user's sessions and tokens end.
    public func resetPassword(of id: User.ID, passwordHash: String, totpSecret: String??, by actor: Actor) throws {
        try requireAdministrator(actor)
        try accounts.resetPassword(of: id, passwordHash: passwordHash, totpSecret: totpSecret)
        try audit.record([.init(actor.auditContext, .accountChanged)])
    }

    /// Gives a user another role or team. An administrator cannot take away their own role, so
    /// that an installation always keeps someone who can manage it.
    public func changeRole(of id: User.ID, to role: User.Role, team: Team.ID, by actor: Actor) throws {
        try requireAdministrator(actor)
        if actor.user?.id == id, role != .admin { throw Problem.invalid(field: "role", reason: .ownAccount) }
        try accounts.changeRole(of: id, to: role, team: team)
        try audit.record([.init(actor.auditContext, .accountChanged)])
    }

    /// Ends every session and token of a user (a lost phone, a shared computer), without
    /// changing their password.
    public func endSessions(of id: User.ID, by actor: Actor) throws {
        try requireAdministrator(actor)
        guard try accounts.users().contains(where: { $0.id == id }) else { throw Problem.notFound(id.rawValue) }
        try sessions.endAccess(of: id)
        try audit.record([.init(actor.auditContext, .accountChanged)])
    }

    private func requireAdministrator(_ actor: Actor) throws {
        guard actor.role == .admin else { throw Problem.forbidden }
    }
}

extension Administration {
    /// The indicators of the most recent snapshot, with its label and day: figures only, which
    /// every role may compare with today's; nil before the first snapshot.
    public func latestIndicators() throws -> (label: String, day: Day, indicators: NetworkIndicators)? {
        guard
            let latest = try snapshots.snapshots().max(by: { ($0.createdAt, $0.label) < ($1.createdAt, $1.label) })
        else { return nil }
        return (latest.label, latest.day, try snapshots.snapshot(latest.label).indicators)
    }
}
