import Foundation
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

/// A new bearer token: what it is for, how many days it lives (90 unless said, at most 365), and
/// whether it ends with the session of the request.
struct TokenRequest: Decodable {
    let label: String
    let days: Int?
    let endWithSession: Bool?

    enum CodingKeys: String, CodingKey {
        case label, days
        case endWithSession = "end_with_session"
    }

    var terms: TokenTerms { TokenTerms(days: days ?? TokenTerms.defaultDays, endsWithSession: endWithSession ?? false) }
}

/// A token just made: its secret, shown this once, and what it is.
struct TokenResponse: Encodable {
    let token: String
    let info: TokenInfo

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: TokenInfo.CodingKeys.self)
        try container.encode(token, forKey: .token)
        try info.encode(to: encoder)
    }
}

/// A bearer token as its user and admins see it.
struct TokenInfo: Encodable {
    let id: Int64
    let user: String
    let label: String
    let createdAt: String
    let expiresAt: String
    /// `active`, `revoked` or `expired`.
    let state: String
    let endsWithSession: Bool

    enum CodingKeys: String, CodingKey {
        case token, id, user, label, state
        case createdAt = "created_at", expiresAt = "expires_at", endsWithSession = "ends_with_session"
    }

    init(_ token: BearerToken, at now: Date = Date()) {
        let format = Date.ISO8601FormatStyle(timeZone: .gmt)
        id = token.id
        user = token.user.rawValue
        label = token.label
        createdAt = token.createdAt.formatted(format)
        expiresAt = token.expiresAt.formatted(format)
        state = token.revoked ? "revoked" : token.isActive(at: now) ? "active" : "expired"
        endsWithSession = token.endsWithSession
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(user, forKey: .user)
        try container.encode(label, forKey: .label)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(expiresAt, forKey: .expiresAt)
        try container.encode(state, forKey: .state)
        try container.encode(endsWithSession, forKey: .endsWithSession)
    }
}

struct StatusResponse: Encodable {
    let status: String
}

/// What a CSV import changed.
struct ImportResponse: Encodable {
    let nodesAdded, nodesUpdated, nodesUnchanged: Int
    let householdsAdded, householdsUpdated: Int
    let tiesAdded, tiesUpdated, tiesUnchanged: Int
    /// The partner's own columns kept with the persons, and those left out, as `FILE: COLUMN`.
    let ownColumnsKept, columnsLeftOut: [String]?

    init(_ summary: ImportSummary) {
        nodesAdded = summary.nodesAdded
        nodesUpdated = summary.nodesUpdated
        nodesUnchanged = summary.nodesUnchanged
        householdsAdded = summary.householdsAdded
        householdsUpdated = summary.householdsUpdated
        tiesAdded = summary.tiesAdded
        tiesUpdated = summary.tiesUpdated
        tiesUnchanged = summary.tiesUnchanged
        ownColumnsKept = summary.ownColumnsKept
        columnsLeftOut = summary.columnsLeftOut
    }

    enum CodingKeys: String, CodingKey {
        case nodesAdded = "nodes_added", nodesUpdated = "nodes_updated", nodesUnchanged = "nodes_unchanged"
        case householdsAdded = "households_added", householdsUpdated = "households_updated"
        case tiesAdded = "ties_added", tiesUpdated = "ties_updated", tiesUnchanged = "ties_unchanged"
        case ownColumnsKept = "own_columns_kept", columnsLeftOut = "columns_left_out"
    }
}
