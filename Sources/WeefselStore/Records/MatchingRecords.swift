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

/// One row of `need`; the person and household are stored as row ids and read back by external id.
struct NeedRecord: FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "need"

    var id: Int64?
    var personId: Int64?
    var householdId: Int64?
    var need: Need

    init(id: Int64? = nil, personId: Int64?, householdId: Int64?, _ need: Need) {
        self.id = id
        self.personId = personId
        self.householdId = householdId
        self.need = need
    }

    init(row: Row) throws {
        id = row["id"]
        personId = row["personId"]
        householdId = row["householdId"]
        let person: String? = row["personExternalId"]
        let household: String? = row["householdExternalId"]
        need = Need(
            id: Need.ID(row["externalId"] as String), person: person.map { Node.ID($0) },
            household: household.map { Household.ID($0) }, programme: Programme.ID(row["programme"] as String),
            lifeAreas: ListColumn.decode(row["lifeAreas"]), languages: ListColumn.decode(row["languages"]),
            availability: SideColumns.decodeParts(row["availability"]), gender: row["gender"],
            preferences: Preferences(
                gender: row["preferredGender"], ages: SideColumns.decodeAges(row["preferredAges"])),
            childBirthYears: ListColumn.decode(row["childBirthYears"]).compactMap { Int($0) },
            requestedOn: SideColumns.day(row["requestedOn"]) ?? Day(ordinal: 0), status: row["status"],
            closedOn: SideColumns.day(row["closedOn"]), notes: row["notes"])
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["externalId"] = need.id.rawValue
        container["programme"] = need.programme.rawValue
        container["personId"] = personId
        container["householdId"] = householdId
        container["lifeAreas"] = ListColumn.encode(need.lifeAreas)
        container["languages"] = ListColumn.encode(need.languages)
        container["availability"] = need.availability.description
        container["gender"] = need.gender
        container["preferredGender"] = need.preferences.gender
        container["preferredAges"] = SideColumns.encodeAges(need.preferences.ages)
        container["childBirthYears"] = ListColumn.encode(need.childBirthYears.map(String.init))
        container["requestedOn"] = need.requestedOn.description
        container["status"] = need.status
        container["closedOn"] = need.closedOn?.description
        container["notes"] = need.notes
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    static let selectWithWho = """
        SELECT need.*, node.externalId AS personExternalId, household.externalId AS householdExternalId
        FROM need LEFT JOIN node ON node.id = need.personId LEFT JOIN household ON household.id = need.householdId
        """
}

/// One row of `offer`.
struct OfferRecord: FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "offer"

    var id: Int64?
    var personId: Int64?
    var householdId: Int64?
    var offer: Offer

    init(id: Int64? = nil, personId: Int64?, householdId: Int64?, _ offer: Offer) {
        self.id = id
        self.personId = personId
        self.householdId = householdId
        self.offer = offer
    }

    init(row: Row) throws {
        id = row["id"]
        personId = row["personId"]
        householdId = row["householdId"]
        let person: String? = row["personExternalId"]
        let household: String? = row["householdExternalId"]
        offer = Offer(
            id: Offer.ID(row["externalId"] as String), person: person.map { Node.ID($0) },
            household: household.map { Household.ID($0) }, programme: Programme.ID(row["programme"] as String),
            lifeAreas: ListColumn.decode(row["lifeAreas"]), languages: ListColumn.decode(row["languages"]),
            availability: SideColumns.decodeParts(row["availability"]), gender: row["gender"],
            preferences: Preferences(
                gender: row["preferredGender"], ages: SideColumns.decodeAges(row["preferredAges"])),
            capacity: row["capacity"], screenedOn: SideColumns.day(row["screenedOn"]), maxDistance: row["maxDistance"],
            offeredOn: SideColumns.day(row["offeredOn"]) ?? Day(ordinal: 0), status: row["status"],
            closedOn: SideColumns.day(row["closedOn"]), notes: row["notes"])
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["externalId"] = offer.id.rawValue
        container["programme"] = offer.programme.rawValue
        container["personId"] = personId
        container["householdId"] = householdId
        container["lifeAreas"] = ListColumn.encode(offer.lifeAreas)
        container["languages"] = ListColumn.encode(offer.languages)
        container["availability"] = offer.availability.description
        container["gender"] = offer.gender
        container["preferredGender"] = offer.preferences.gender
        container["preferredAges"] = SideColumns.encodeAges(offer.preferences.ages)
        container["capacity"] = offer.capacity
        container["screenedOn"] = offer.screenedOn?.description
        container["maxDistance"] = offer.maxDistance
        container["offeredOn"] = offer.offeredOn.description
        container["status"] = offer.status
        container["closedOn"] = offer.closedOn?.description
        container["notes"] = offer.notes
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    static let selectWithWho = """
        SELECT offer.*, node.externalId AS personExternalId, household.externalId AS householdExternalId
        FROM offer LEFT JOIN node ON node.id = offer.personId LEFT JOIN household ON household.id = offer.householdId
        """
}

/// One row of `matchPair` (a match; `match` is an SQLite keyword); its steps are rows of `matchEvent`.
struct MatchRecord: FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "matchPair"

    var id: Int64?
    var externalId: String
    var needId: Int64
    var offerId: Int64
    var programme: String
    var score: Double?

    init(id: Int64? = nil, externalId: String, needId: Int64, offerId: Int64, programme: String, score: Double?) {
        self.id = id
        self.externalId = externalId
        self.needId = needId
        self.offerId = offerId
        self.programme = programme
        self.score = score
    }

    init(row: Row) throws {
        id = row["id"]
        externalId = row["externalId"]
        needId = row["needId"]
        offerId = row["offerId"]
        programme = row["programme"]
        score = row["score"]
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["externalId"] = externalId
        container["needId"] = needId
        container["offerId"] = offerId
        container["programme"] = programme
        container["score"] = score
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    static let selectWithEnds = """
        SELECT matchPair.*, need.externalId AS needExternalId, offer.externalId AS offerExternalId
        FROM matchPair JOIN need ON need.id = matchPair.needId JOIN offer ON offer.id = matchPair.offerId
        """
}

/// One row of `matchEvent`: one step of a match, in order.
struct MatchEventRecord: FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "matchEvent"

    var id: Int64?
    var matchId: Int64
    var position: Int
    var event: Match.Event

    init(id: Int64? = nil, matchId: Int64, position: Int, _ event: Match.Event) {
        self.id = id
        self.matchId = matchId
        self.position = position
        self.event = event
    }

    init(row: Row) throws {
        id = row["id"]
        matchId = row["matchId"]
        position = row["position"]
        event = Match.Event(
            state: row["state"], on: SideColumns.day(row["day"]) ?? Day(ordinal: 0), side: row["side"],
            endReason: row["endReason"], note: row["note"])
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["matchId"] = matchId
        container["position"] = position
        container["state"] = event.state
        container["day"] = event.on.description
        container["side"] = event.side
        container["endReason"] = event.endReason
        container["note"] = event.note
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
