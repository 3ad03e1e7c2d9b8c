import GRDB
import WeefselGraph

// Enumerations, days, strengths and ids are stored as their raw text or number, so the database
// stays readable with `sqlite3`.
extension Node.Kind: DatabaseValueConvertible {}
extension Tie.Kind: DatabaseValueConvertible {}

/// One row of `household`, column for column.
struct HouseholdRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "household"
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let externalId = Column(CodingKeys.externalId)
        static let wijk = Column(CodingKeys.wijk)
    }

    var id: Int64?
    var externalId: Household.ID
    var street: String?
    var houseNumber: String?
    var postcode: String?
    var wijk: String?
    var latitude: Double?
    var longitude: Double?

    init(id: Int64? = nil, _ household: Household) {
        self.id = id
        externalId = household.id
        street = household.street
        houseNumber = household.houseNumber
        postcode = household.postcode
        wijk = household.wijk
        latitude = household.latitude
        longitude = household.longitude
    }

    var household: Household {
        get {
            Household(
                id: externalId, street: street, houseNumber: houseNumber, postcode: postcode, wijk: wijk,
                latitude: latitude, longitude: longitude)
        }
        set { self = HouseholdRecord(id: id, newValue) }
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The row id of the household with external id `id`, or nil.
    static func rowID(of id: Household.ID, in db: Database) throws -> Int64? {
        try HouseholdRecord.filter(Columns.externalId == id.rawValue).select(Columns.id, as: Int64.self).fetchOne(db)
    }
}

/// One row of `node`, column for column. List columns hold their items joined by `|`, as in the
/// CSV files; the household is a row id, read back by external id through `NodeRow`.
struct NodeRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "node"
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let externalId = Column(CodingKeys.externalId)
        static let kind = Column(CodingKeys.kind)
        static let name = Column(CodingKeys.name)
        static let householdId = Column(CodingKeys.householdId)
        static let wijk = Column(CodingKeys.wijk)
    }

    var id: Int64?
    var externalId: Node.ID
    var kind: Node.Kind
    var name: String
    var householdId: Int64?
    var roles: String
    var birthYear: Int?
    var languages: String
    var skills: String
    var interests: String
    var wijk: String?
    var consent: String

    init(id: Int64? = nil, householdId: Int64?, _ node: Node) {
        self.id = id
        self.householdId = householdId
        externalId = node.id
        kind = node.kind
        name = node.name
        roles = ListColumn.encode(node.roles.sorted().map(\.rawValue))
        birthYear = node.birthYear
        languages = ListColumn.encode(node.languages)
        skills = ListColumn.encode(node.skills)
        interests = ListColumn.encode(node.interests)
        wijk = node.wijk
        consent = ""
        consentPurposes = node.consent
    }

    /// The node, living in the household with external id `household`.
    func node(household: Household.ID?) -> Node {
        Node(
            id: externalId, kind: kind, name: name, household: household,
            roles: Set(ListColumn.decode(roles).compactMap(Node.Role.init(rawValue:))), birthYear: birthYear,
            languages: ListColumn.decode(languages), skills: ListColumn.decode(skills),
            interests: ListColumn.decode(interests), wijk: wijk, consent: consentPurposes)
    }

    /// The row id of the node with external id `id`, or nil.
    static func rowID(of id: Node.ID, in db: Database) throws -> Int64? {
        try NodeRecord.filter(Columns.externalId == id.rawValue).select(Columns.id, as: Int64.self).fetchOne(db)
    }

    /// The purposes the person consented to.
    var consentPurposes: Set<Consent.Purpose> {
        get { Set(ListColumn.decode(consent).compactMap(Consent.Purpose.init(rawValue:))) }
        set { consent = ListColumn.encode(newValue.sorted().map(\.rawValue)) }
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A node as `selectWithHousehold` reads it: its row and its household's external id.
struct NodeRow: Decodable, FetchableRecord, Sendable {
    var record: NodeRecord
    var householdExternalId: Household.ID?

    var node: Node { record.node(household: householdExternalId) }
    var id: Int64? { record.id }
    var householdId: Int64? { record.householdId }

    /// Selects nodes with their household's external id as `householdExternalId`.
    static let selectWithHousehold = """
        SELECT node.*, household.externalId AS householdExternalId
        FROM node LEFT JOIN household ON household.id = node.householdId
        """
}

/// One row of `tie`, column for column. The two ends are stored in the order of their external
/// ids, so an undirected tie has exactly one row per kind; `TieRow` reads them back by external id.
struct TieRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "tie"
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let sourceId = Column(CodingKeys.sourceId)
        static let targetId = Column(CodingKeys.targetId)
        static let kind = Column(CodingKeys.kind)
        static let strength = Column(CodingKeys.strength)
        static let since = Column(CodingKeys.since)
        static let until = Column(CodingKeys.until)
        static let recordedBy = Column(CodingKeys.recordedBy)
        static let note = Column(CodingKeys.note)
    }

    var id: Int64?
    var sourceId: Int64
    var targetId: Int64
    var kind: Tie.Kind
    var strength: Tie.Strength
    var since: Day?
    var until: Day?
    var recordedBy: String?
    var note: String?

    init(id: Int64? = nil, sourceId: Int64, targetId: Int64, _ tie: Tie) {
        self.id = id
        self.sourceId = sourceId
        self.targetId = targetId
        kind = tie.kind
        strength = tie.strength
        since = tie.since
        until = tie.until
        recordedBy = tie.recordedBy
        note = tie.note
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The tie of `kind` between the nodes in rows `low` and `high` (its ends in key order).
    static func between(_ low: Int64, _ high: Int64, kind: Tie.Kind) -> QueryInterfaceRequest<TieRecord> {
        TieRecord.filter(Columns.sourceId == low && Columns.targetId == high && Columns.kind == kind)
    }
}

/// A tie as `selectWithEnds` reads it: its row and both ends' external ids.
struct TieRow: Decodable, FetchableRecord, Sendable {
    var record: TieRecord
    var sourceExternalId: Node.ID
    var targetExternalId: Node.ID

    var tie: Tie {
        Tie(
            source: sourceExternalId, target: targetExternalId, kind: record.kind, strength: record.strength,
            since: record.since, until: record.until, recordedBy: record.recordedBy, note: record.note)
    }

    /// Selects ties with both ends' external ids.
    static let selectWithEnds = """
        SELECT tie.*, s.externalId AS sourceExternalId, t.externalId AS targetExternalId
        FROM tie JOIN node s ON s.id = tie.sourceId JOIN node t ON t.id = tie.targetId
        """
}

/// Lists in one text column, items joined by `|` as in the CSV files.
enum ListColumn {
    static func encode(_ items: [String]) -> String { items.joined(separator: "|") }
    static func decode(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.split(separator: "|", omittingEmptySubsequences: true).map(String.init)
    }
}
