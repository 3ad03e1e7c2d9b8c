import Foundation
import WeefselGraph

/// Who did something through the service, and from where: what every audit entry records.
public struct AuditContext: Sendable, Hashable {
    public var user: User.ID?
    public var role: User.Role?
    public var team: Team.ID?
    /// The client's address.
    public var address: String?

    public init(user: User.ID?, role: User.Role?, team: Team.ID?, address: String?) {
        self.user = user
        self.role = role
        self.team = team
        self.address = address
    }

    /// Signed in as `user`, from `address`.
    public init(_ user: User, address: String?) {
        self.init(user: user.id, role: user.role, team: user.team.id, address: address)
    }

    /// The command line on the database's own machine, when nobody is named.
    public static let commandLine = AuditContext(user: nil, role: nil, team: nil, address: "command line")
}

/// One entry of the append-only, hash-chained audit log.
public struct AuditEntry: Sendable, Hashable, Codable {
    /// What was done.
    public enum Action: String, Sendable, Hashable, Codable, CaseIterable {
        case read, search, create, update, delete, erase, export, consent
        case login, loginFailed = "login-failed", logout, createToken = "create-token", revokeToken = "revoke-token"
        case passwordChanged = "password-changed", signOutEverywhere = "sign-out-everywhere"
        /// An administrator added, changed, disabled or reset an account, or ended its sessions.
        case accountChanged = "account-changed"
        /// An administrator added a team or changed its wijken.
        case teamChanged = "team-changed"
    }

    /// An entry before it has its place in the chain.
    public struct Draft: Sendable, Hashable {
        public var context: AuditContext
        public var action: Action
        /// Pseudonymous ids of the persons concerned, never names.
        public var subjects: [Node.ID]
        public var time: Date

        public init(_ context: AuditContext, _ action: Action, subjects: [Node.ID] = [], time: Date = Date()) {
            self.context = context
            self.action = action
            self.subjects = subjects
            self.time = time
        }
    }

    public var seq: Int64
    /// UTC, ISO 8601 with milliseconds, as stored and hashed.
    public var time: String
    public var user: User.ID?
    public var role: User.Role?
    public var team: Team.ID?
    public var action: Action
    public var subjects: [Node.ID]
    public var address: String?
    public var previousHash: String
    public var hash: String

    public init(
        seq: Int64, time: String, user: User.ID?, role: User.Role?, team: Team.ID?, action: Action,
        subjects: [Node.ID], address: String?, previousHash: String, hash: String
    ) {
        self.seq = seq
        self.time = time
        self.user = user
        self.role = role
        self.team = team
        self.action = action
        self.subjects = subjects
        self.address = address
        self.previousHash = previousHash
        self.hash = hash
    }

    /// The hash that starts the chain.
    public static let genesis = String(repeating: "0", count: 64)
}
