import Foundation
import GRDB
import WeefselCore
import WeefselGraph

/// The visits of a wijkteam to households, kept with the tie a visit made: the store's
/// ``OutreachRepository``.
public struct OutreachStore: OutreachRepository, Sendable {
    /// The database the visits are kept in.
    let database: Store

    /// Records a visit, and with `tie` (for contact made) the tie between a household member and
    /// the contact, in one transaction with its audit entry: both are kept, or neither.
    ///
    /// - Throws: `StoreError.invalid` for a note that is too long, a contact-made visit without a
    ///   tie or a tie that does not join a member of the household; unknown household or person.
    public func record(_ visit: Visit, tie: Tie? = nil, audit: AuditContext? = nil) throws(StoreError) {
        guard visit.note.count <= Visit.noteLimit else {
            throw .invalid(field: "note", reason: "must be at most \(Visit.noteLimit) characters")
        }
        guard !visit.recordedBy.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .invalid(field: "recorded_by", reason: "must not be empty")
        }
        guard (visit.outcome == .contactMade) == (tie != nil) else {
            throw .invalid(field: "contact", reason: "a tie is recorded exactly when contact was made")
        }
        if let tie { try NeighbourhoodStore.validate(tie) }
        try database.write { db in try insert(visit, tie: tie, audit: audit, in: db) }
    }

    private func insert(_ visit: Visit, tie: Tie?, audit: AuditContext?, in db: Database) throws {
        guard let household = try HouseholdRecord.rowID(of: visit.household, in: db) else {
            throw StoreError.unknownHousehold(visit.household)
        }
        let members = try NodeRecord.filter(NodeRecord.Columns.householdId == household)
            .select(NodeRecord.Columns.externalId, as: String.self).fetchAll(db).map { Node.ID($0) }
        var contactRow: Int64?
        var subjects = members
        if let tie, let contact = visit.contact {
            guard
                (members.contains(tie.source) && tie.target == contact)
                    || (members.contains(tie.target) && tie.source == contact)
            else {
                throw StoreError.invalid(field: "contact", reason: "the tie must join a member and the contact")
            }
            guard !members.contains(contact) else {
                throw StoreError.invalid(field: "contact", reason: "must live outside the household")
            }
            contactRow = try NeighbourhoodStore.nodeRowID(contact, in: db)
            try NeighbourhoodStore.insert(tie, in: db)
            subjects.append(contact)
        } else if visit.outcome == .contactMade {
            throw StoreError.invalid(field: "contact", reason: "choose who the household was put in touch with")
        }
        var record = VisitRecord(householdId: household, contactId: contactRow, visit)
        try record.insert(db)
        try database.appendAudit(
            audit.map { [.init($0, .create, subjects: Array(Set(subjects)).sorted())] } ?? [], in: db)
    }

    /// The visits of households, newest first per household (by day, then by recording order).
    public func visits(to households: Set<Household.ID>) throws(StoreError) -> [Household.ID: [Visit]] {
        guard !households.isEmpty else { return [:] }
        return try database.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT household.externalId AS household, visit.day, visit.outcome, visit.note,
                           visit.recordedBy, node.externalId AS contact
                    FROM visit JOIN household ON household.id = visit.householdId
                    LEFT JOIN node ON node.id = visit.contactId
                    ORDER BY visit.day DESC, visit.id DESC
                    """)
            var visits: [Household.ID: [Visit]] = [:]
            for row in rows {
                let name: String = row["household"]
                let household = Household.ID(name)
                guard households.contains(household), let day = Day(parsing: row["day"]),
                    let outcome = Visit.Outcome(rawValue: row["outcome"])
                else { continue }
                let contact: String? = row["contact"]
                visits[household, default: []].append(
                    Visit(
                        household: household, day: day, outcome: outcome, note: row["note"],
                        recordedBy: row["recordedBy"], contact: contact.map { Node.ID($0) }))
            }
            return visits
        }
    }
}
