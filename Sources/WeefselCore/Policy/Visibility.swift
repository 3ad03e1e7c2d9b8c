import WeefselGraph
import WeefselMatching

/// What one actor may see of the neighbourhood: the one place where the team's wijken, the role
/// and consent decide whether a person, a household, a need or an offer is shown.
///
/// - Every signed-in user, admins included, sees only their team's wijken: an admin manages the
///   accounts and teams of the whole installation, but sees, exports, changes and erases personal
///   data only where their team works. The local operator, who holds the database file, sees
///   every wijk, and alone sees records without a wijk.
/// - A resident's wijk is their household's: the address decides, so a person whose own wijk was
///   written differently is still judged by where they live.
/// - Coordinators see only people who consented to matching (a household through a member who did).
public struct Visibility: Sendable, Hashable {
    /// The wijken in sight, sorted; nil for every wijk.
    public let wijken: [String]?
    /// Whether only people who consented to matching are in sight.
    public let matchingConsentOnly: Bool

    public init(_ actor: Actor) {
        switch actor {
        case .localOperator:
            wijken = nil
            matchingConsentOnly = false
        case .user(let user, _):
            wijken = user.team.wijken.sorted()
            matchingConsentOnly = user.role == .coordinator
        }
    }

    /// Whether records of `wijk` are in sight (records without a wijk only for every-wijk actors).
    public func sees(wijk: String?) -> Bool {
        guard let wijken else { return true }
        guard let wijk else { return false }
        return wijken.contains(wijk)
    }

    /// The wijk a node belongs to: its household's when it has one with a wijk, else its own.
    public static func wijk(of node: Node, household: Household?) -> String? {
        household?.wijk ?? node.wijk
    }

    /// Whether `node`, living in `household`, is in sight.
    public func sees(_ node: Node, household: Household?) -> Bool {
        guard sees(wijk: Visibility.wijk(of: node, household: household)) else { return false }
        return !matchingConsentOnly || node.consent.contains(.matching)
    }

    /// Whether a household is in sight, given its members (for the consent of coordinators).
    public func sees(_ household: Household, members: [Node]) -> Bool {
        guard sees(wijk: household.wijk) else { return false }
        return !matchingConsentOnly || members.contains { $0.consent.contains(.matching) }
    }
}

/// Consent per purpose, the same on every door.
public enum ConsentRule {
    /// Whether a need or offer of `person` (or of a household with `members`) may take part in
    /// matching: only people who consented to matching are proposed, whoever asks.
    public static func mayMatch(person: Node?, members: [Node]) -> Bool {
        if let person { return person.consent.contains(.matching) }
        return members.contains { $0.consent.contains(.matching) }
    }
}
