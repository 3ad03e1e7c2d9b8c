import Foundation

/// Sign-in, sessions and bearer tokens as the core keeps them.
public protocol SessionRepository: Sendable {
    /// The user named `id` with their password hash and second factor, or nil.
    func credentials(of id: User.ID) throws -> Credentials?
    /// Starts a session for an enabled user and returns its secret for the cookie.
    func startSession(for id: User.ID, at now: Date) throws -> Secret
    /// The user of a live session, or nil when it is unknown, expired or the user disabled.
    func sessionUser(_ secret: Secret, at now: Date, policy: SessionPolicy) throws -> User?
    /// Ends a session, and the tokens that end with it; unknown sessions are ignored.
    func endSession(_ secret: Secret) throws
    /// Ends every session and revokes every token of `user`.
    func endAccess(of user: User.ID) throws
    /// Creates a bearer token for scripts acting as `id`, living until `expiresAt` and, when
    /// `session` is given, no longer than that session; the secret is shown once.
    func createToken(for id: User.ID, label: String, expiresAt: Date, session: Secret?, at now: Date) throws -> Secret
    /// The enabled user a bearer token belongs to, or nil for an unknown, revoked or expired token
    /// or one whose session ended.
    func tokenUser(_ secret: Secret, at now: Date, policy: SessionPolicy) throws -> User?
    /// The token whose secret is `secret`, or nil.
    func token(_ secret: Secret) throws -> BearerToken?
    /// The tokens of `user` (of every user when nil), newest first.
    func tokens(of user: User.ID?) throws -> [BearerToken]
    /// Revokes the token `id` and returns it as it was, or nil when there is no such token.
    func revokeToken(_ id: Int64) throws -> BearerToken?

    /// Counts one failed sign-in under each of `keys` (an account, an address).
    func recordSignInFailure(keys: [String], at now: Date) throws
    /// The failed sign-ins under `key` since `since`, oldest first.
    func signInFailures(key: String, since: Date) throws -> [Date]
    /// Forgets the failed sign-ins under `key` (after a sign-in that succeeded).
    func clearSignInFailures(key: String) throws
    /// Takes the one-time code of time step `step` for `user`: false when that step or a later one
    /// was used already, so that no code signs in twice.
    func useCode(step: Int64, of user: User.ID) throws -> Bool
}
