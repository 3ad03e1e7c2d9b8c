import WeefselCore
import WeefselGraph
import WeefselStore

struct LoginRequest: Decodable {
    let name: String
    let password: String
    /// The six-digit code from the authenticator app, for users with a second factor.
    let totp: String?
}

struct UserResponse: Encodable {
    let name: String
    let role: String
    let team: String
    let wijken: [String]

    init(_ user: User) {
        name = user.id.rawValue
        role = user.role.rawValue
        team = user.team.id.rawValue
        wijken = user.team.wijken
    }
}

/// The signed-in user and, for a cookie session, the token to send as `X-CSRF-Token`.
struct SessionResponse: Encodable {
    let user: UserResponse
    let csrfToken: String?

    enum CodingKeys: String, CodingKey {
        case user
        case csrfToken = "csrf_token"
    }
}

struct TokenRequest: Decodable {
    let label: String
}

struct TokenResponse: Encodable {
    let token: String
    let label: String
}

struct StatusResponse: Encodable {
    let status: String
}

/// What a CSV import changed.
struct ImportResponse: Encodable {
    let nodesAdded, nodesUpdated, nodesUnchanged: Int
    let householdsAdded, householdsUpdated: Int
    let tiesAdded, tiesUpdated, tiesUnchanged: Int

    init(_ summary: ImportSummary) {
        nodesAdded = summary.nodesAdded
        nodesUpdated = summary.nodesUpdated
        nodesUnchanged = summary.nodesUnchanged
        householdsAdded = summary.householdsAdded
        householdsUpdated = summary.householdsUpdated
        tiesAdded = summary.tiesAdded
        tiesUpdated = summary.tiesUpdated
        tiesUnchanged = summary.tiesUnchanged
    }

    enum CodingKeys: String, CodingKey {
        case nodesAdded = "nodes_added", nodesUpdated = "nodes_updated", nodesUnchanged = "nodes_unchanged"
        case householdsAdded = "households_added", householdsUpdated = "households_updated"
        case tiesAdded = "ties_added", tiesUpdated = "ties_updated", tiesUnchanged = "ties_unchanged"
    }
}
