import GRDB
import WeefselGraph

// Enumerations are stored as their raw text, so the database stays readable with `sqlite3`.
extension Node.Kind: DatabaseValueConvertible {}
extension Tie.Kind: DatabaseValueConvertible {}

/// One row of `household`.
struct HouseholdRecord: FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "household"
    enum Columns {
        static let id = Column("id")
        static let externalId = Column("externalId")
    }

    var id: Int64?
    var household: Household

    init(id: Int64? = nil, _ household: Household) {
        self.id = id
        self.household = household
    }

    init(row: Row) throws {
        id = row["id"]
        household = Household(
            id: Household.ID(row["externalId"] as String), street: row["street"], houseNumber: row["houseNumber"],
            postcode: row["postcode"], wijk: row["wijk"], latitude: row["latitude"], longitude: row["longitude"]
        )
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["externalId"] = household.id.rawValue
        container["street"] = household.street
        container["houseNumber"] = household.houseNumber
        container["postcode"] = household.postcode
        container["wijk"] = household.wijk
        container["latitude"] = household.latitude
        container["longitude"] = household.longitude
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One row of `node`. List columns hold their items joined by `|`, as in the CSV files.
struct NodeRecord: FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "node"
    enum Columns {
        static let id = Column("id")
        static let externalId = Column("externalId")
        static let kind = Column("kind")
        static let name = Column("name")
        static let householdId = Column("householdId")
        static let wijk = Column("wijk")
    }

    var id: Int64?
    var householdId: Int64?
    var node: Node

    init(id: Int64? = nil, householdId: Int64?, _ node: Node) {
        self.id = id
        self.householdId = householdId
        self.node = node
    }

    /// Reads a node row; `household` is the household's external id when the query joined it.
    init(row: Row) throws {
        id = row["id"]
        householdId = row["householdId"]
        let householdExternalId: String? = row["householdExternalId"]
        node = Node(
            id: Node.ID(row["externalId"] as String),
            kind: row["kind"],
            name: row["name"],
            household: householdExternalId.map { Household.ID($0) },
            roles: Set(ListColumn.decode(row["roles"]).compactMap(Node.Role.init(rawValue:))),
            birthYear: row["birthYear"],
            languages: ListColumn.decode(row["languages"]),
            skills: ListColumn.decode(row["skills"]),
            interests: ListColumn.decode(row["interests"]),
            wijk: row["wijk"],
            consent: Set(ListColumn.decode(row["consent"]).compactMap(Consent.Purpose.init(rawValue:)))
        )
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["externalId"] = node.id.rawValue
        container["kind"] = node.kind
        container["name"] = node.name
        container["householdId"] = householdId
        container["roles"] = ListColumn.encode(node.roles.sorted().map(\.rawValue))
        container["birthYear"] = node.birthYear
        container["languages"] = ListColumn.encode(node.languages)
        container["skills"] = ListColumn.encode(node.skills)
        container["interests"] = ListColumn.encode(node.interests)
        container["wijk"] = node.wijk
        container["consent"] = ListColumn.encode(node.consent.sorted().map(\.rawValue))
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// Selects nodes with their household's external id as `householdExternalId`.
    static let selectWithHousehold = """
        SELECT node.*, household.externalId AS householdExternalId
        FROM node LEFT JOIN household ON household.id = node.householdId
        """
}

/// One row of `tie`. The two ends are stored in the order of their external ids, so an undirected
/// tie has exactly one row per kind.
struct TieRecord: FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "tie"

    var id: Int64?
    var sourceId: Int64
    var targetId: Int64
    var tie: Tie

    init(id: Int64? = nil, sourceId: Int64, targetId: Int64, _ tie: Tie) {
        self.id = id
        self.sourceId = sourceId
        self.targetId = targetId
        self.tie = tie
    }

    init(row: Row) throws {
        id = row["id"]
        sourceId = row["sourceId"]
        targetId = row["targetId"]
        let since: String? = row["since"]
        let until: String? = row["until"]
        tie = Tie(
            source: Node.ID(row["sourceExternalId"] as String),
            target: Node.ID(row["targetExternalId"] as String),
            kind: row["kind"],
            strength: Tie.Strength(rawValue: row["strength"] as Int) ?? .medium,
            since: since.flatMap(Day.init(parsing:)),
            until: until.flatMap(Day.init(parsing:)),
            recordedBy: row["recordedBy"],
            note: row["note"]
        )
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["sourceId"] = sourceId
        container["targetId"] = targetId
        container["kind"] = tie.kind
        container["strength"] = tie.strength.rawValue
        container["since"] = tie.since?.description
        container["until"] = tie.until?.description
        container["recordedBy"] = tie.recordedBy
        container["note"] = tie.note
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

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
