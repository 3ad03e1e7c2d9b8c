import Foundation
import GRDB
import WeefselGraph

extension Store {
    /// Records that `person` gave or withdrew consent for a purpose. The person's current consent
    /// changes in the same transaction, so a withdrawal takes effect at once.
    public func recordConsent(_ record: ConsentRecord, for person: Node.ID, audit: AuditContext? = nil)
        throws(StoreError)
    {
        guard !record.recordedBy.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .invalid(field: "recorded_by", reason: "must not be empty")
        }
        try write { db in
            guard var node = try Store.nodeRecord(person, in: db), let row = node.id else {
                throw StoreError.unknownNode(person)
            }
            try db.execute(
                sql: "INSERT INTO consent (nodeId, purpose, given, day, recordedBy) VALUES (?, ?, ?, ?, ?)",
                arguments: [row, record.purpose.rawValue, record.given, record.day.description, record.recordedBy])
            if record.given {
                node.record.consentPurposes.insert(record.purpose)
            } else {
                node.record.consentPurposes.remove(record.purpose)
            }
            try node.record.update(db)
            try appendAudit(audit.map { [.init($0, .consent, subjects: [person])] } ?? [], in: db)
        }
    }

    /// Every consent decision of `person`, oldest first.
    public func consentHistory(of person: Node.ID) throws(StoreError) -> [ConsentRecord] {
        try read { db in try Store.consentHistory(ofRow: try Store.nodeRowID(person, in: db), in: db) }
    }

    static func consentHistory(ofRow row: Int64, in db: Database) throws -> [ConsentRecord] {
        try Row.fetchAll(
            db, sql: "SELECT purpose, given, day, recordedBy FROM consent WHERE nodeId = ? ORDER BY id",
            arguments: [row]
        ).compactMap { row in
            guard let purpose = Consent.Purpose(rawValue: row["purpose"]), let day = Day(parsing: row["day"]) else {
                return nil
            }
            return ConsentRecord(purpose: purpose, given: row["given"], day: day, recordedBy: row["recordedBy"])
        }
    }
}
