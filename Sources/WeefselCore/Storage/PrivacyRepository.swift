import Foundation
import WeefselGraph

/// What the store keeps for a person's rights: consent per purpose with its history, everything
/// stored about them, and erasure.
public protocol PrivacyRepository: Sendable {
    /// Records a decision about consent; the person's current consent changes in the same transaction.
    func recordConsent(_ record: ConsentRecord, for person: Node.ID, audit: AuditContext?) throws
    /// Every consent decision of a person, oldest first.
    func consentHistory(of person: Node.ID) throws -> [ConsentRecord]
    /// Everything stored about a person; the export is on record in the same transaction.
    func personalData(of person: Node.ID, audit: AuditContext?) throws -> PersonalData
    /// Forgets a person everywhere, keeping their matching history as anonymous rows.
    func erase(_ person: Node.ID, audit: AuditContext) throws -> ErasureReport
    /// Persons no write touched since `cutoff`, for a retention review.
    func untouchedPersons(since cutoff: Date) throws -> [Node.ID]
    /// Since when an erasure waits for readers to end before its data leaves the database's log.
    var cleanUpPendingSince: Date? { get }
    /// Tries the clean-up again; true once nothing waits.
    func finishCleanUp() -> Bool
}
