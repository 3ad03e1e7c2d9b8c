import Foundation

/// Bearer tokens for scripts: each lives for a chosen number of days (at most a year), and if its
/// user asks, no longer than the session it was made in. Its user lists and revokes their own; an
/// admin, and the local operator, those of every user.
public struct Tokens: Sendable {
    let sessions: any SessionRepository
    let audit: any AuditRepository

    public init(sessions: any SessionRepository, audit: any AuditRepository) {
        self.sessions = sessions
        self.audit = audit
    }

    /// The user of a bearer token at `now`, or nil.
    public func user(forToken secret: Secret, policy: SessionPolicy, at now: Date = Date()) throws -> User? {
        try sessions.tokenUser(secret, at: now, policy: policy)
    }

    /// A new bearer token for scripts that act as the signed-in actor; the secret is shown once.
    ///
    /// - Parameter session: the session the request came with; required when the token is to end
    ///   with it.
    /// - Throws: `Problem.invalid` for an empty label, a life outside 1...365 days, or a token to
    ///   end with a session the request did not come with; `Problem.forbidden` for the local operator.
    public func createToken(
        label: String, terms: TokenTerms = TokenTerms(), session: Secret?, by actor: Actor, at now: Date = Date()
    ) throws -> (secret: Secret, token: BearerToken) {
        guard let user = actor.user else { throw Problem.forbidden }
        let label = label.trimmingCharacters(in: .whitespaces)
        guard !label.isEmpty else { throw Problem.invalid(field: "label", reason: .empty) }
        try RecordText.checkText(label, field: "label")
        guard (1...TokenTerms.maximumDays).contains(terms.days) else {
            throw Problem.invalid(field: "days", reason: .outOfRange(low: 1, high: TokenTerms.maximumDays))
        }
        guard !terms.endsWithSession || session != nil else {
            throw Problem.invalid(field: "end_with_session", reason: .needsSession)
        }
        let expiresAt = now.addingTimeInterval(TimeInterval(terms.days) * 24 * 3600)
        let secret = try sessions.createToken(
            for: user.id, label: label, expiresAt: expiresAt, session: terms.endsWithSession ? session : nil, at: now)
        guard let token = try sessions.token(secret) else { throw Problem.notFound(label) }
        try audit.record([.init(actor.auditContext, .createToken)])
        return (secret, token)
    }

    /// The tokens of `user` (the actor's own when nil), newest first.
    ///
    /// - Throws: `Problem.forbidden` when someone other than an admin or the local operator asks
    ///   for another user's tokens, or for every user's.
    public func tokens(of user: User.ID?, by actor: Actor) throws -> [BearerToken] {
        let wanted = user ?? actor.user?.id
        guard mayManageTokens(of: wanted, actor: actor) else { throw Problem.forbidden }
        return try sessions.tokens(of: wanted)
    }

    /// Revokes the token `id`, on record.
    ///
    /// - Throws: `Problem.notFound` for no such token, and for another user's token when the actor
    ///   may not manage it (so that its existence does not show).
    @discardableResult
    public func revokeToken(_ id: Int64, by actor: Actor) throws -> BearerToken {
        let found = try sessions.tokens(of: mayManageTokens(of: nil, actor: actor) ? nil : actor.user?.id)
            .first { $0.id == id }
        guard let found, try sessions.revokeToken(id) != nil else { throw Problem.notFound("token \(id)") }
        try audit.record([.init(actor.auditContext, .revokeToken)])
        return found
    }

    /// Whether `actor` may list and revoke the tokens of `user` (of every user when nil).
    private func mayManageTokens(of user: User.ID?, actor: Actor) -> Bool {
        guard let me = actor.user else { return true }
        return me.role == .admin || (user != nil && user == me.id)
    }
}
