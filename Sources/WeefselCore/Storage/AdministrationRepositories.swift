import Foundation
import WeefselGraph

/// The teams and the accounts that sign in to the service.
public protocol AccountRepository: Sendable {
    /// Adds a team, or replaces its wijken.
    func save(_ team: Team) throws
    func teams() throws -> [Team]
    func addUser(_ id: User.ID, role: User.Role, team: Team.ID, passwordHash: String, totpSecret: String?) throws
    func users() throws -> [User]
    /// Disables (ending their sessions and tokens) or enables a user.
    func setDisabled(_ disabled: Bool, user id: User.ID) throws
    /// Sets a new password hash (ending the user's sessions and tokens), and a new second factor
    /// when given.
    func resetPassword(of id: User.ID, passwordHash: String, totpSecret: String??) throws
    /// Gives a user another role or team; their sessions go on with the new role.
    func changeRole(of id: User.ID, to role: User.Role, team: Team.ID) throws
}

/// The indicators and worklists kept under a label, to compare over time.
public protocol SnapshotRepository: Sendable {
    func save(_ snapshot: Snapshot) throws
    func snapshot(_ label: String) throws -> Snapshot
    func snapshots() throws -> [(label: String, day: Day, createdAt: Date)]
}
