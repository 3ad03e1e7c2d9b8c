import Foundation

/// What every user does with their own account: change their password, sign out everywhere.
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
        guard let credentials = try storage.credentials(of: user.id),
            check.verify(current, hash: credentials.passwordHash)
        else { throw Problem.invalid(field: "current_password", reason: .wrong) }
        guard new.count >= Self.minimumPasswordLength else {
            throw Problem.invalid(field: "new_password", reason: .tooShort(Self.minimumPasswordLength))
        }
        guard new == repeated else { throw Problem.invalid(field: "repeat_password", reason: .mismatch) }
        try storage.resetPassword(of: user.id, passwordHash: check.hash(new), totpSecret: .none)
        try storage.record([.init(actor.auditContext, .passwordChanged)])
    }

    /// Ends every session and token of the actor, on every device.
    public func signOutEverywhere(_ actor: Actor) throws {
        guard let user = actor.user else { throw Problem.forbidden }
        try storage.endAccess(of: user.id)
        try storage.record([.init(actor.auditContext, .signOutEverywhere)])
    }
}
