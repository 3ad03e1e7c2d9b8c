import Foundation
import GRDB
import WeefselCore
import WeefselGraph
import WeefselMatching

/// What the SQLite database keeps for a person's rights: consent per purpose with its history,
/// everything stored about them, and erasure; the store's ``PrivacyRepository``.
public struct PrivacyStore: PrivacyRepository, Sendable {
    /// The database the persons are kept in.
    let database: Store

    /// Records that `person` gave or withdrew consent for a purpose. The person's current consent
    /// changes in the same transaction, so a withdrawal takes effect at once.
    public func recordConsent(_ record: ConsentRecord, for person: Node.ID, audit: AuditContext? = nil)
        throws(StoreError)
    {
        guard !record.recordedBy.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .invalid(field: "recorded_by", reason: "must not be empty")
        }
        try database.write { db in
            guard var node = try NeighbourhoodStore.nodeRow(person, in: db), let row = node.id else {
                throw StoreError.unknownNode(person)
            }
            var decision = ConsentDecisionRecord(nodeId: row, record)
            try decision.insert(db)
            if record.given {
                node.record.consentPurposes.insert(record.purpose)
            } else {
                node.record.consentPurposes.remove(record.purpose)
            }
            try node.record.update(db)
            try database.appendAudit(audit.map { [.init($0, .consent, subjects: [person])] } ?? [], in: db)
        }
    }

    /// Every consent decision of `person`, oldest first.
    public func consentHistory(of person: Node.ID) throws(StoreError) -> [ConsentRecord] {
        try database.read { db in
            try Self.consentHistory(ofRow: try NeighbourhoodStore.nodeRowID(person, in: db), in: db)
        }
    }

    /// The consent decisions of the person in row `row`, oldest first, inside the caller's transaction.
    static func consentHistory(ofRow row: Int64, in db: Database) throws -> [ConsentRecord] {
        try ConsentDecisionRecord.filter(ConsentDecisionRecord.Columns.nodeId == row)
            .order(ConsentDecisionRecord.Columns.id).fetchAll(db).compactMap(\.decision)
    }

    /// Everything stored about `person`, including the audit entries about them; the export itself
    /// is recorded in the same transaction.
    public func personalData(of person: Node.ID, audit: AuditContext? = nil) throws(StoreError) -> PersonalData {
        var data = try personalRecord(of: person, audit: audit)
        data.needs = try database.matching.needs().filter { $0.person == person }
        data.offers = try database.matching.offers().filter { $0.person == person }
        let needIDs = Set(data.needs.map(\.id))
        let offerIDs = Set(data.offers.map(\.id))
        data.matches = try database.matching.matches().filter {
            needIDs.contains($0.need) || offerIDs.contains($0.offer)
        }
        if let household = data.person.household {
            data.visits = try database.outreach.visits(to: [household])[household] ?? []
        }
        data.ownFields = try database.neighbourhood.ownFields(of: person)
        return data
    }

    private func personalRecord(of person: Node.ID, audit: AuditContext?) throws(StoreError) -> PersonalData {
        try database.write { db in
            guard let record = try NeighbourhoodStore.nodeRow(person, in: db), let row = record.id else {
                throw StoreError.unknownNode(person)
            }
            let household = try record.householdId.flatMap { try HouseholdRecord.fetchOne(db, key: $0)?.household }
            let ties = try TieRow.fetchAll(
                db, sql: TieRow.selectWithEnds + " WHERE tie.sourceId = ? OR tie.targetId = ?",
                arguments: [row, row]
            ).map(\.tie).sorted { $0.key < $1.key }
            let consent = try PrivacyStore.consentHistory(ofRow: row, in: db)
            try database.appendAudit(audit.map { [.init($0, .export, subjects: [person])] } ?? [], in: db)
            let entries = try Row.fetchAll(
                db, sql: "SELECT * FROM audit WHERE ('|' || subjects || '|') LIKE ? ESCAPE '\\' ORDER BY seq",
                arguments: ["%|" + LikePattern.escaped(person.rawValue) + "|%"]
            ).map(AuditStore.entry)
            let accesses = entries.map { entry in
                PersonalData.Access(
                    time: entry.time, user: entry.user, role: entry.role, team: entry.team, action: entry.action,
                    purpose: entry.role?.purpose)
            }
            return PersonalData(
                person: record.node, household: household, ties: ties, consent: consent, accesses: accesses)
        }
    }

    /// Persons with no audit entry (no read, no change) since `cutoff`, for a retention review;
    /// sorted by id.
    public func untouchedPersons(since cutoff: Date) throws(StoreError) -> [Node.ID] {
        try database.read { db in
            let lists = try String.fetchAll(
                db, sql: "SELECT subjects FROM audit WHERE time >= ?", arguments: [AuditClock.timestamp(cutoff)])
            let touched = Set(lists.flatMap { ListColumn.decode($0) })
            let ids = try NodeRecord.select(NodeRecord.Columns.externalId, as: String.self)
                .order(NodeRecord.Columns.externalId).fetchAll(db)
            return ids.filter { !touched.contains($0) }.map { Node.ID($0) }
        }
    }
}
