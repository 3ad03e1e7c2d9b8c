import Foundation
import WeefselGraph

/// The installation's administration: teams and their wijken, the accounts that sign in, and the
/// snapshots a whole installation keeps. Admins and the local operator only.
public struct Administration: Sendable {
    let storage: any AccountRepository & SnapshotRepository & AnalysisSource

    /// Adds a team, or replaces its wijken.
    public func save(_ team: Team, by actor: Actor) throws {
        try requireAdministrator(actor)
        guard !team.id.rawValue.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw Problem.invalid(field: "team", reason: .empty)
        }
        try storage.save(team)
    }

    public func teams(for actor: Actor) throws -> [Team] {
        try requireAdministrator(actor)
        return try storage.teams()
    }

    /// Adds an account with a password hash (never the password) and, when asked, a second factor.
    public func addUser(
        _ id: User.ID, role: User.Role, team: Team.ID, passwordHash: String, totpSecret: String?, by actor: Actor
    ) throws {
        try requireAdministrator(actor)
        guard !id.rawValue.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw Problem.invalid(field: "name", reason: .empty)
        }
        guard try storage.teams().contains(where: { $0.id == team }) else {
            throw Problem.invalid(
                field: "team", reason: .unknownValue(team.rawValue, expected: try storage.teams().map(\.id.rawValue)))
        }
        try storage.addUser(id, role: role, team: team, passwordHash: passwordHash, totpSecret: totpSecret)
    }

    public func users(for actor: Actor) throws -> [User] {
        try requireAdministrator(actor)
        return try storage.users()
    }

    /// Disables an account (its sessions and tokens end at once) or enables it again.
    public func setDisabled(_ disabled: Bool, user id: User.ID, by actor: Actor) throws {
        try requireAdministrator(actor)
        try storage.setDisabled(disabled, user: id)
    }

    /// Sets a new password (and second factor when given); the user's sessions and tokens end.
    public func resetPassword(of id: User.ID, passwordHash: String, totpSecret: String??, by actor: Actor) throws {
        try requireAdministrator(actor)
        try storage.resetPassword(of: id, passwordHash: passwordHash, totpSecret: totpSecret)
    }

    /// Keeps the indicators and the isolation worklist of the whole network on `day` under
    /// `label`. A snapshot names every household, so it is made for the whole installation.
    public func createSnapshot(label: String, on day: Day, seed: UInt64, by actor: Actor) throws -> Snapshot {
        try requireAdministrator(actor)
        guard !label.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw Problem.invalid(field: "label", reason: .empty)
        }
        let graph = try storage.loadGraph(at: day)
        let partition = communities(of: graph.adjacency(.informal), seed: seed)
        let snapshot = Snapshot(
            label: label, day: day,
            indicators: try indicators(of: graph, membership: partition.membership),
            isolation: isolatedHouseholds(in: graph, referenceYear: day.year))
        try storage.save(snapshot)
        return snapshot
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
            let latest = try storage.snapshots().max(by: { ($0.createdAt, $0.label) < ($1.createdAt, $1.label) })
        else { return nil }
        return (latest.label, latest.day, try storage.snapshot(latest.label).indicators)
    }
}
