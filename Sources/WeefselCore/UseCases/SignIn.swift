import Foundation
import WeefselGraph

/// How a password and a one-time code are checked (bcrypt and TOTP in the service).
public protocol CredentialCheck: Sendable {
    func verify(_ password: String, hash: String) -> Bool
    /// A new hash of `password`, to store.
    func hash(_ password: String) -> String
    /// The time step (of 30 seconds) whose code for `secret` is `code`, within one step of `now`;
    /// nil when `code` is no such code.
    func step(of code: String, secret: String, at now: Date) -> Int64?
}

/// How many failed sign-ins are allowed, per account and per client address, within a window.
public struct SignInLimits: Sendable, Equatable {
    public var perAccount: Int
    public var perAddress: Int
    public var window: TimeInterval

    public init(perAccount: Int = 5, perAddress: Int = 20, window: TimeInterval = 15 * 60) {
        self.perAccount = perAccount
        self.perAddress = perAddress
        self.window = window
    }
}

/// Signing in and out, sessions and bearer tokens: who a request comes from.
///
/// One rule for every failure: an unknown name, a wrong password, a missing, wrong or reused code
/// and a disabled account all get ``Problem/signInRefused``, in the same time (an unknown name
/// checks a decoy hash), and all count towards the lockout of the account as stored (whatever
/// spelling reached it) and of the client's address. The lockout is kept in the database, so it
/// holds across restarts. A name with control characters never reaches the database.
public struct SignIn: Sendable {
    let sessions: any SessionRepository
    /// A user's own password and second factor are changed here.
    let accounts: any AccountRepository
    let audit: any AuditRepository
    let check: any CredentialCheck
    let limits: SignInLimits
    let decoyHash: String

    /// Sign-in over the repositories of `repositories` that keep accounts, sessions and the audit log.
    public init(repositories: Repositories, check: any CredentialCheck, limits: SignInLimits, decoyHash: String) {
        sessions = repositories.sessions
        accounts = repositories.accounts
        audit = repositories.audit
        self.check = check
        self.limits = limits
        self.decoyHash = decoyHash
    }

    /// Checks a sign-in from `address` and starts a session.
    ///
    /// - Throws: `Problem.tooManyAttempts` while the account or the address is locked out,
    ///   `Problem.signInRefused` for every other failure.
    public func signIn(name: String, password: String, code: String?, from address: String, at now: Date = Date())
        throws -> (user: User, session: Secret)
    {
        let name = Self.normalised(name)
        let credentials = try name.flatMap { try sessions.credentials(of: User.ID($0)) }
        let keys = [
            "account:" + (credentials?.user.id.rawValue ?? name?.lowercased() ?? "?"), "address:" + address,
        ]
        if let wait = try wait(for: keys, at: now) { throw Problem.tooManyAttempts(retryAfter: wait) }
        let passwordRight = check.verify(password, hash: credentials?.passwordHash ?? decoyHash)
        var codeRight = true
        if let credentials, let secret = credentials.totpSecret {
            let step = code.flatMap { check.step(of: $0, secret: secret, at: now) }
            codeRight =
                try passwordRight && step.map { try sessions.useCode(step: $0, of: credentials.user.id) } ?? false
        }
        guard let credentials, passwordRight, codeRight, !credentials.user.disabled else {
            try sessions.recordSignInFailure(keys: keys, at: now)
            try audit.record([.init(AuditContext(user: nil, role: nil, team: nil, address: address), .loginFailed)])
            throw Problem.signInRefused
        }
        try sessions.clearSignInFailures(key: keys[0])
        let session = try sessions.startSession(for: credentials.user.id, at: now)
        try audit.record([.init(AuditContext(credentials.user, address: address), .login)])
        return (credentials.user, session)
    }

    /// Ends the actor's session, when they have one, and records the sign-out.
    public func signOut(_ actor: Actor, session: Secret?) throws {
        if let session { try sessions.endSession(session) }
        try audit.record([.init(actor.auditContext, .logout)])
    }

    /// The user of a live session, or nil.
    public func user(forSession secret: Secret, policy: SessionPolicy, at now: Date = Date()) throws -> User? {
        try sessions.sessionUser(secret, at: now, policy: policy)
    }

    /// The name as typed, without surrounding spaces and in canonical Unicode form; nil when it is
    /// empty or holds a control character.
    static func normalised(_ name: String) -> String? {
        let trimmed = name.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
        guard !trimmed.isEmpty, !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { return nil }
        return trimmed
    }

    /// Seconds to wait before the next attempt under any of `keys`, or nil to go ahead.
    private func wait(for keys: [String], at now: Date) throws -> Int? {
        let since = now.addingTimeInterval(-limits.window)
        var waits: [TimeInterval] = []
        for (key, limit) in zip(keys, [limits.perAccount, limits.perAddress]) {
            let failures = try sessions.signInFailures(key: key, since: since)
            if failures.count >= limit, let first = failures.first { waits.append(first.timeIntervalSince(since)) }
        }
        return waits.max().map { max(1, Int($0.rounded(.up))) }
    }
}
