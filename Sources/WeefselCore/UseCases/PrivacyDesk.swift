import Foundation
import WeefselGraph

/// A person's rights over what Weefsel keeps about them: consent per purpose, the right of
/// access and erasure.
public struct PrivacyDesk: Sendable {
    let privacy: any PrivacyRepository
    let audit: any AuditRepository
    let records: NeighbourhoodRecords

    /// A person's current consent and its history, for someone who may see the person.
    public func consent(of id: Node.ID, for actor: Actor) throws -> (Node, [ConsentRecord]) {
        let (node, _) = try records.node(id, for: actor)
        return (node, try privacy.consentHistory(of: node.id))
    }

    /// Records consent given or withdrawn, as of `day`; a withdrawal applies at once.
    ///
    /// - Throws: `Problem.forbidden` for roles that keep no records, `Problem.notFound` for a person
    ///   out of sight, `Problem.invalid` for a day in the future.
    public func recordConsent(
        _ purpose: Consent.Purpose, given: Bool, on day: Day, today: Day, for id: Node.ID, by actor: Actor
    ) throws -> (Node, [ConsentRecord]) {
        guard [.admin, .worker].contains(actor.role) else { throw Problem.forbidden }
        let (node, _) = try records.node(id, for: actor)
        guard day <= today else { throw Problem.invalid(field: "day", reason: .inTheFuture(day.description)) }
        let recordedBy = actor.user?.id.rawValue ?? actor.auditContext.user?.rawValue ?? "lokaal"
        try privacy.recordConsent(
            ConsentRecord(purpose: purpose, given: given, day: day, recordedBy: recordedBy), for: node.id,
            audit: actor.auditContext)
        // The decision is the actor's to record, whatever it does to who may see the person next.
        let updated = try records.neighbourhood.node(node.id) ?? node
        return (updated, try privacy.consentHistory(of: node.id))
    }

    /// Right of access: everything stored about a person and who looked at it. Admins only, and
    /// only for people in their sight.
    public func export(_ id: Node.ID, by actor: Actor) throws -> PersonalData {
        guard actor.role == .admin else { throw Problem.forbidden }
        let (node, _) = try records.node(id, for: actor)
        return try privacy.personalData(of: node.id, audit: actor.auditContext)
    }

    /// Erasure: forgets a person everywhere, leaving a pseudonymous tombstone in the audit log and
    /// their matching history as anonymous rows. Admins only, for people in their sight.
    public func erase(_ id: Node.ID, by actor: Actor) throws -> ErasureReport {
        guard actor.role == .admin else { throw Problem.forbidden }
        let (node, _) = try records.node(id, for: actor)
        return try privacy.erase(node.id, audit: actor.auditContext)
    }
}

extension PrivacyDesk {
    /// Entries of the audit log: who read or changed what, and when. Admins and the local operator.
    public func auditEntries(_ query: AuditQuery, for actor: Actor) throws -> [AuditEntry] {
        guard actor.role == .admin else { throw Problem.forbidden }
        return try audit.auditEntries(query)
    }

    /// Whether the audit log's chain is intact. Admins and the local operator.
    public func verifyAudit(for actor: Actor) throws -> AuditVerification {
        guard actor.role == .admin else { throw Problem.forbidden }
        return try audit.verifyAudit()
    }

    /// Persons no write touched since `cutoff`, for a retention review. Admins and the local
    /// operator, of the persons in their sight.
    public func untouchedPersons(since cutoff: Date, for actor: Actor) throws -> [Node.ID] {
        guard actor.role == .admin else { throw Problem.forbidden }
        let visibility = Visibility(actor)
        guard visibility.wijken != nil else { return try privacy.untouchedPersons(since: cutoff) }
        return try privacy.untouchedPersons(since: cutoff).filter { (try? records.node($0, for: actor)) != nil }
    }
}

extension PrivacyDesk {
    /// Since when an erasure's clean-up waits for readers to end (the erased data may still be
    /// in the database's write-ahead log until then); nil when none waits. Admins and the local
    /// operator, who erase.
    public func cleanUpPendingSince(for actor: Actor) throws -> Date? {
        guard actor.role == .admin else { throw Problem.forbidden }
        return privacy.cleanUpPendingSince
    }
}
