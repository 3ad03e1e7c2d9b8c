import WeefselGraph

/// Who does something through any of Weefsel's doors: a user signed in to the service, or the
/// local operator who runs the `weefsel` command on the machine that holds the database.
///
/// Every use case of the core takes an actor: it decides what the actor may see and change, and
/// it names the actor in the audit entry of every read and write of personal data.
public enum Actor: Sendable, Hashable {
    /// Signed in to the service, from `address` (the client's, for the audit log).
    case user(User, address: String?)
    /// The local operator: whoever may open the database file on its own machine, named by their
    /// system account. The operator administers the installation and sees every wijk.
    case localOperator(String)

    /// The signed-in user, or nil for the local operator.
    public var user: User? {
        if case .user(let user, _) = self { return user }
        return nil
    }

    /// The role whose rules apply; the local operator acts as the installation's administrator.
    public var role: User.Role {
        switch self {
        case .user(let user, _): user.role
        case .localOperator: .admin
        }
    }

    /// How the audit log records this actor.
    public var auditContext: AuditContext {
        switch self {
        case .user(let user, let address): AuditContext(user, address: address)
        case .localOperator(let name): .localOperator(name)
        }
    }
}

extension AuditContext {
    /// The command line on the database's own machine, run by the system account `name`.
    public static func localOperator(_ name: String) -> AuditContext {
        AuditContext(user: User.ID("lokaal:" + name), role: nil, team: nil, address: "command line")
    }
}
