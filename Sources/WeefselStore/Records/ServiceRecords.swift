import Foundation
import GRDB
import WeefselCore
import WeefselGraph

extension User.Role: DatabaseValueConvertible {}
extension Visit.Outcome: DatabaseValueConvertible {}

/// One row of `team`, column for column: a team and the wijken it works in, joined by `|`.
struct TeamRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "team"
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let name = Column(CodingKeys.name)
    }

    var id: Int64?
    var name: String
    var wijken: String

    var team: Team { Team(id: Team.ID(name), wijken: ListColumn.decode(wijken)) }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The row id of the team named `name`, or nil.
    static func rowID(of name: Team.ID, in db: Database) throws -> Int64? {
        try TeamRecord.filter(Columns.name == name.rawValue).select(Columns.id, as: Int64.self).fetchOne(db)
    }
}

/// One row of `user` as an account is added: its name, role, team, password hash and sealed
/// second factor. Whether it is disabled, and the last one-time code used, keep their defaults.
struct UserRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "user"
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let name = Column(CodingKeys.name)
    }

    var id: Int64?
    var name: String
    var role: User.Role
    var teamId: Int64
    var passwordHash: String
    var totpSecret: String?
    /// UTC, as the audit log writes times.
    var createdAt: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The row id of the user named `name`, or nil.
    static func rowID(of name: User.ID, in db: Database) throws -> Int64? {
        try UserRecord.filter(Columns.name == name.rawValue).select(Columns.id, as: Int64.self).fetchOne(db)
    }
}

/// One row of `consent`: a decision about consent for one purpose, as it was recorded.
/// Purpose and day stay text, so that a row no version of Weefsel knows is passed over when read.
struct ConsentDecisionRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "consent"
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let nodeId = Column(CodingKeys.nodeId)
    }

    var id: Int64?
    var nodeId: Int64
    var purpose: String
    var given: Bool
    var day: String
    var recordedBy: String

    init(nodeId: Int64, _ record: ConsentRecord) {
        self.nodeId = nodeId
        purpose = record.purpose.rawValue
        given = record.given
        day = record.day.description
        recordedBy = record.recordedBy
    }

    /// The decision, or nil for a purpose or day this version cannot read.
    var decision: ConsentRecord? {
        guard let purpose = Consent.Purpose(rawValue: purpose), let day = Day(parsing: day) else { return nil }
        return ConsentRecord(purpose: purpose, given: given, day: day, recordedBy: recordedBy)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One row of `visit`, column for column; the household and the contact are row ids.
struct VisitRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "visit"

    var id: Int64?
    var householdId: Int64
    var day: Day
    var outcome: Visit.Outcome
    var note: String
    var recordedBy: String
    var contactId: Int64?

    init(householdId: Int64, contactId: Int64?, _ visit: Visit) {
        self.householdId = householdId
        self.contactId = contactId
        day = visit.day
        outcome = visit.outcome
        note = visit.note
        recordedBy = visit.recordedBy
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One row of `snapshot`, column for column; the indicators and the isolation worklist are JSON
/// text with sorted keys.
struct SnapshotRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "snapshot"
    enum Columns {
        static let label = Column(CodingKeys.label)
        static let day = Column(CodingKeys.day)
        static let createdAt = Column(CodingKeys.createdAt)
    }

    var id: Int64?
    var label: String
    var day: String
    var createdAt: Date
    var indicators: String
    var isolation: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
