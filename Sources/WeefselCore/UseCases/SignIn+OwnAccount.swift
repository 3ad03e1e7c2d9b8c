import Foundation

/// What every user does with their own account: change their password, set up a second factor,
/// sign out everywhere.
extension SignIn {
    /// The shortest password accepted.
    public static let minimumPasswordLength = 10

    /// Changes the actor's own password after checking the current one, and ends every session
    /// and token of theirs (this one too): whoever knew the old password is out.
    ///
    /// - Throws: `Problem.invalid` for a current password that is not right, a new one that is too
    ///   short or typed differently the second time; `Problem.forbidden` for the local operator.
    public func changePassword(current: String, new: String, repeated: String, by actor: Actor) throws {
        guard let user = actor.user else { throw Problem.forbidden }
        guard let credentials = try sessions.credentials(of: user.id),
            check.verify(current, hash: credentials.passwordHash)
        else { throw Problem.invalid(field: "current_password", reason: .wrong) }
        try Self.checkNewPassword(new, field: "new_password")
        guard new == repeated else { throw Problem.invalid(field: "repeat_password", reason: .mismatch) }
        try accounts.resetPassword(of: user.id, passwordHash: check.hash(new), totpSecret: .none)
        try audit.record([.init(actor.auditContext, .passwordChanged)])
    }

    /// Whether `password` may be a new password: at least ``minimumPasswordLength`` characters.
    /// The same rule for a password a user chooses and one an administrator sets.
    public static func checkNewPassword(_ password: String, field: String) throws {
        guard password.count >= minimumPasswordLength else {
            throw Problem.invalid(field: field, reason: .tooShort(minimumPasswordLength))
        }
    }

    /// Sets up a second factor for the actor's own account: `secret` becomes theirs once they
    /// prove, with their password and a code their authenticator app shows for it, that the app
    /// holds it. Their other sessions and tokens end, as after a new password.
    ///
    /// - Throws: `Problem.invalid` for a wrong password or a code that does not fit the secret.
    public func enrolSecondFactor(
        secret: String, code: String, password: String, by actor: Actor, at now: Date = Date()
    )
        throws
    {
        guard let user = actor.user else { throw Problem.forbidden }
        guard let credentials = try sessions.credentials(of: user.id),
            check.verify(password, hash: credentials.passwordHash)
        else { throw Problem.invalid(field: "current_password", reason: .wrong) }
        guard check.step(of: code, secret: secret, at: now) != nil else {
            throw Problem.invalid(field: "code", reason: .wrong)
        }
        try accounts.resetPassword(of: user.id, passwordHash: credentials.passwordHash, totpSecret: .some(secret))
        try audit.record([.init(actor.auditContext, .passwordChanged)])
    }

    /// Ends every session and token of the actor, on every device.
    public func signOutEverywhere(_ actor: Actor) throws {
        guard let user = actor.user else { throw Problem.forbidden }
        try sessions.endAccess(of: user.id)
        try audit.record([.init(actor.auditContext, .signOutEverywhere)])
    }
}
