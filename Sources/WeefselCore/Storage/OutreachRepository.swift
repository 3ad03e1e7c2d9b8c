import WeefselGraph

/// The stored visits to households, written with the tie a visit made in one transaction.
public protocol OutreachRepository: Sendable {
    /// Records a visit, and the tie that came of it when contact was made, with its audit entry.
    func record(_ visit: Visit, tie: Tie?, audit: AuditContext?) throws
    /// The visits to each of `households`, oldest first.
    func visits(to households: Set<Household.ID>) throws -> [Household.ID: [Visit]]
}
