import WeefselGraph

/// A team of social workers and the neighbourhoods (*wijken*) it works in; its users see only those.
public struct Team: Sendable, Hashable, Codable, Identifiable {
    /// A team is known by its unique name.
    public typealias ID = TaggedID<Team>

    public var id: ID
    /// The wijken the team works in, sorted.
    public var wijken: [String]

    public init(id: ID, wijken: [String]) {
        self.id = id
        self.wijken = Array(Set(wijken)).sorted()
    }
}

/// Someone who signs in to the Weefsel service.
public struct User: Sendable, Hashable, Codable, Identifiable {
    /// A user is known by their unique sign-in name.
    public typealias ID = TaggedID<User>

    /// What a user may do.
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        /// *Functioneel beheerder*: accounts, audit, right of access and erasure, every wijk.
        case admin
        /// Volunteer centre coordinator: needs, offers and matching; sees only what matching needs.
        case coordinator
        /// Wijkteam member or opbouwwerker: map, analyses, persons and ties of the team's wijken.
        case worker
        /// Indicators and pseudonymised maps only.
        case viewer

        /// Why a user in this role looks at personal data, as the right-of-access export states it.
        public var purpose: String {
            switch self {
            case .admin: "functioneel beheer"
            case .coordinator: "koppelen (matching)"
            case .worker: "wijkwerk"
            case .viewer: "indicatoren"
            }
        }

        public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var id: ID
    public var role: Role
    public var team: Team
    public var disabled: Bool
    /// Whether signing in needs a one-time code besides the password.
    public var hasSecondFactor: Bool

    public init(id: ID, role: Role, team: Team, disabled: Bool = false, hasSecondFactor: Bool = false) {
        self.id = id
        self.role = role
        self.team = team
        self.disabled = disabled
        self.hasSecondFactor = hasSecondFactor
    }

    /// Whether the user may see records of `wijk`: admins see every wijk, others their team's.
    public func sees(wijk: String?) -> Bool {
        if role == .admin { return true }
        guard let wijk else { return false }
        return team.wijken.contains(wijk)
    }
}

/// What the service needs to check a sign-in: the stored bcrypt hash and the TOTP secret.
public struct Credentials: Sendable {
    public var user: User
    public var passwordHash: String
    public var totpSecret: String?

    public init(user: User, passwordHash: String, totpSecret: String?) {
        self.user = user
        self.passwordHash = passwordHash
        self.totpSecret = totpSecret
    }
}
