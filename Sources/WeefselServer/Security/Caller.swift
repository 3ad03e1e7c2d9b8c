import WeefselStore

/// Who is making a request, and how they proved it.
public struct Caller: Sendable {
    public enum Proof: Sendable {
        /// A session cookie: state-changing requests also need the CSRF token.
        case session(Secret)
        /// A bearer token from a script: no cookie, so no CSRF check.
        case bearer
    }

    public var user: User
    public var proof: Proof
}

extension Caller.Proof {
    /// The session's secret, for a caller with a session cookie.
    var session: Secret? {
        if case .session(let secret) = self { return secret }
        return nil
    }
}
