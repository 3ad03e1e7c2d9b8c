import Foundation
import GRDB
import WeefselGraph
import WeefselMatching

extension Gender: DatabaseValueConvertible {}
extension WeefselMatching.Status: DatabaseValueConvertible {}
extension Match.State: DatabaseValueConvertible {}
extension Match.Side: DatabaseValueConvertible {}
extension Match.EndReason: DatabaseValueConvertible {}

/// One row of `programme`: a programme's definition as the JSON users edit in `Data/programmes.json`.
struct ProgrammeRecord: FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "programme"

    var id: Int64?
    var programme: Programme

    init(id: Int64? = nil, _ programme: Programme) {
        self.id = id
        self.programme = programme
    }

    init(row: Row) throws {
        id = row["id"]
        let definition: String = row["definition"]
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        programme = try decoder.decode(Programme.self, from: Data(definition.utf8))
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["externalId"] = programme.id.rawValue
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys]
        container["definition"] = String(decoding: try encoder.encode(programme), as: UTF8.self)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// The columns needs and offers share: who, languages, availability, preferences, status.
enum SideColumns {
    static func encodeAges(_ ages: AgeRange?) -> String? { ages?.description }
    static func decodeAges(_ text: String?) -> AgeRange? { text.flatMap(AgeRange.init(parsing:)) }
    static func decodeParts(_ text: String?) -> WeekParts {
        guard let text else { return .all }
        if text == "nooit" { return .none }
        return (try? WeekParts.parse(text == "altijd" ? "" : text).get()) ?? .all
    }
    static func day(_ text: String?) -> Day? { text.flatMap(Day.init(parsing:)) }
}

/// A need or an offer as the matching tables store it: the columns they share, and their own.
protocol StoredSide: MatchingSide {
    static var databaseTableName: String { get }
    /// A value with `externalID` and the columns of `row` that only this side has; the shared
    /// columns are set afterwards.
    init(externalID: String, ownColumnsOf row: Row)
    func encodeOwnColumns(to container: inout PersistenceContainer)
}

/// One row of `need` or `offer`; the person and household are stored as row ids and read back by
/// external id.
struct SideRecord<Side: StoredSide>: FetchableRecord, MutablePersistableRecord, Sendable {
    static var databaseTableName: String { Side.databaseTableName }
    /// The columns a need or an offer is looked up by.
    enum Columns {
        static var id: Column { Column("id") }
        static var externalId: Column { Column("externalId") }
        static var personId: Column { Column("personId") }
    }

    var id: Int64?
    var personId: Int64?
    var householdId: Int64?
    var side: Side

    init(id: Int64? = nil, personId: Int64?, householdId: Int64?, _ side: Side) {
        self.id = id
        self.personId = personId
        self.householdId = householdId
        self.side = side
    }

    init(row: Row) throws {
        id = row["id"]
        personId = row["personId"]
        householdId = row["householdId"]
        let person: String? = row["personExternalId"]
        let household: String? = row["householdExternalId"]
        side = Side(externalID: row["externalId"], ownColumnsOf: row)
        side.person = person.map { Node.ID($0) }
        side.household = household.map { Household.ID($0) }
        side.programme = Programme.ID(row["programme"] as String)
        side.lifeAreas = ListColumn.decode(row["lifeAreas"])
        side.languages = ListColumn.decode(row["languages"])
        side.availability = SideColumns.decodeParts(row["availability"])
        side.gender = row["gender"]
        side.preferences = Preferences(
            gender: row["preferredGender"], ages: SideColumns.decodeAges(row["preferredAges"]))
        side.status = row["status"]
        side.closedOn = SideColumns.day(row["closedOn"])
        side.notes = row["notes"]
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["externalId"] = side.externalID
        container["programme"] = side.programme.rawValue
        container["personId"] = personId
        container["householdId"] = householdId
        container["lifeAreas"] = ListColumn.encode(side.lifeAreas)
        container["languages"] = ListColumn.encode(side.languages)
        container["availability"] = side.availability.description
        container["gender"] = side.gender
        container["preferredGender"] = side.preferences.gender
        container["preferredAges"] = SideColumns.encodeAges(side.preferences.ages)
        container["status"] = side.status
        container["closedOn"] = side.closedOn?.description
        container["notes"] = side.notes
        side.encodeOwnColumns(to: &container)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The row id of the need or offer with external id `externalID`, or nil.
    static func rowID(of externalID: String, in db: Database) throws -> Int64? {
        try Self.filter(Columns.externalId == externalID).select(Columns.id, as: Int64.self).fetchOne(db)
    }

    static var selectWithWho: String {
        let table = Side.databaseTableName
        return """
            SELECT \(table).*, node.externalId AS personExternalId, household.externalId AS householdExternalId
            FROM \(table) LEFT JOIN node ON node.id = \(table).personId
            LEFT JOIN household ON household.id = \(table).householdId
            """
    }
}

typealias NeedRecord = SideRecord<Need>
typealias OfferRecord = SideRecord<Offer>

extension SideRecord where Side == Need {
    var need: Need { side }
}

extension SideRecord where Side == Offer {
    var offer: Offer { side }
}

extension Need: StoredSide {
    static let databaseTableName = "need"

    init(externalID: String, ownColumnsOf row: Row) {
        self.init(
            id: Need.ID(externalID), programme: "", requestedOn: SideColumns.day(row["requestedOn"]) ?? Day(ordinal: 0))
        childBirthYears = ListColumn.decode(row["childBirthYears"]).compactMap { Int($0) }
    }

    func encodeOwnColumns(to container: inout PersistenceContainer) {
        container["childBirthYears"] = ListColumn.encode(childBirthYears.map(String.init))
        container["requestedOn"] = requestedOn.description
    }
}

extension Offer: StoredSide {
    static let databaseTableName = "offer"

    init(externalID: String, ownColumnsOf row: Row) {
        self.init(
            id: Offer.ID(externalID), programme: "", offeredOn: SideColumns.day(row["offeredOn"]) ?? Day(ordinal: 0))
        capacity = row["capacity"]
        screenedOn = SideColumns.day(row["screenedOn"])
        maxDistance = row["maxDistance"]
    }

    func encodeOwnColumns(to container: inout PersistenceContainer) {
        container["capacity"] = capacity
        container["screenedOn"] = screenedOn?.description
        container["maxDistance"] = maxDistance
        container["offeredOn"] = offeredOn.description
    }
}

/// One row of `matchPair` (a match; `match` is an SQLite keyword), column for column; its steps
/// are rows of `matchEvent`.
struct MatchRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "matchPair"
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let externalId = Column(CodingKeys.externalId)
    }

    var id: Int64?
    var externalId: String
    var needId: Int64
    var offerId: Int64
    var programme: String
    var score: Double?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    static let selectWithEnds = """
        SELECT matchPair.*, need.externalId AS needExternalId, offer.externalId AS offerExternalId
        FROM matchPair JOIN need ON need.id = matchPair.needId JOIN offer ON offer.id = matchPair.offerId
        """
}

/// One row of `matchEvent`, column for column: one step of a match, in order.
struct MatchEventRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "matchEvent"
    enum Columns {
        static let matchId = Column(CodingKeys.matchId)
        static let position = Column(CodingKeys.position)
    }

    var id: Int64?
    var matchId: Int64
    var position: Int
    var state: Match.State
    var day: Day
    var side: Match.Side?
    var endReason: Match.EndReason?
    var note: String?

    init(id: Int64? = nil, matchId: Int64, position: Int, _ event: Match.Event) {
        self.id = id
        self.matchId = matchId
        self.position = position
        state = event.state
        day = event.on
        side = event.side
        endReason = event.endReason
        note = event.note
    }

    var event: Match.Event { Match.Event(state: state, on: day, side: side, endReason: endReason, note: note) }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
