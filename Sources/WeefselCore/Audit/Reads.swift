import WeefselGraph

/// Where the record of a read of personal data is written before the data is shown: the
/// database itself, or a recorder that commits the reads of many requests together.
public protocol ReadLog: Sendable {
    /// Returns once `draft` is on record.
    func record(_ draft: AuditEntry.Draft) async throws
}

/// The audit log as the core writes and reads it.
public protocol AuditRepository: Sendable {
    /// Appends entries to the audit log in a transaction of their own.
    func record(_ drafts: [AuditEntry.Draft]) throws
    /// Audit entries in order, filtered by `query`.
    func auditEntries(_ query: AuditQuery) throws -> [AuditEntry]
    /// Checks the hash chain from the first entry to the last.
    func verifyAudit() throws -> AuditVerification
}

/// A read log that writes each read in a transaction of its own.
struct StoredReadLog: ReadLog {
    let audit: any AuditRepository
    func record(_ draft: AuditEntry.Draft) async throws { try audit.record([draft]) }
}

/// Reads of personal data, through any door: each goes on record, with who read whom and from
/// where, before anything is shown.
///
/// A door that shows persons (a list, a page, a map, the output of a command) records them here,
/// with the actor the use case was run for; the entry never holds names, only the persons'
/// pseudonymous ids.
public struct Reads: Sendable {
    let log: any ReadLog

    /// Records that `actor` read (`.read`) or searched and saw (`.search`) the persons `subjects`;
    /// returns once the entry is on record.
    public func record(_ action: AuditEntry.Action, of subjects: [Node.ID], by actor: Actor) async throws {
        try await log.record(AuditEntry.Draft(actor.auditContext, action, subjects: subjects))
    }
}
