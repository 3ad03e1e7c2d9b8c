import Foundation

/// A bearer token as its user and the admins see it: what it is for and how long it lives, never
/// its secret (shown once, when it is made).
public struct BearerToken: Sendable, Hashable, Codable, Identifiable {
    public var id: Int64
    public var user: User.ID
    public var label: String
    public var createdAt: Date
    public var expiresAt: Date
    public var revoked: Bool
    /// Whether the token ends with the sign-in session it was made in.
    public var endsWithSession: Bool

    public init(
        id: Int64, user: User.ID, label: String, createdAt: Date, expiresAt: Date, revoked: Bool,
        endsWithSession: Bool
    ) {
        self.id = id
        self.user = user
        self.label = label
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revoked = revoked
        self.endsWithSession = endsWithSession
    }

    /// Whether the token still signs requests in at `now` (as far as its own dates and state go).
    public func isActive(at now: Date) -> Bool { !revoked && now < expiresAt }
}

/// How long a new token lives, and whether it ends with the session it was made in.
public struct TokenTerms: Sendable, Hashable {
    /// The days a token lives when its user does not say.
    public static let defaultDays = 90
    /// The longest life a token can have: a year.
    public static let maximumDays = 365

    public var days: Int
    public var endsWithSession: Bool

    public init(days: Int = TokenTerms.defaultDays, endsWithSession: Bool = false) {
        self.days = days
        self.endsWithSession = endsWithSession
    }
}
