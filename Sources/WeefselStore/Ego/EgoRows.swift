import GRDB
import WeefselGraph

/// A node as a netwerkkaart reads it, before the caller's wijken are applied.
struct EgoNodeRow {
    let row: Int64
    let id: Node.ID
    let kind: Node.Kind
    let name: String
    let household: Int64?
    let birthYear: Int?
    /// A volunteer, by kind or by role.
    let volunteers: Bool
    let wijk: String?
    var householdWijk: String?
}

/// A tie as a netwerkkaart reads it.
struct EgoTieRow {
    let row: Int64
    let source: Int64
    let target: Int64
    let kind: Tie.Kind
    let strength: Tie.Strength
}

/// Where the rows of a netwerkkaart come from: the database itself (``SQLEgoRows``) or the copy the
/// service keeps in memory (``NeighbourhoodMirror``). Both give the same rows for the same data.
protocol EgoRows {
    /// The node with external id `id`, or nil.
    func node(externalID id: Node.ID) throws -> EgoNodeRow?
    /// The nodes with row ids `rows` that exist, in any order.
    func nodes(_ rows: some Collection<Int64>) throws -> [EgoNodeRow]
    /// The members of the household with row id `household`.
    func members(ofHousehold household: Int64) throws -> [EgoNodeRow]
    /// The ties of the nodes `rows` active on `day` (only informal ones when asked); a tie between
    /// two of them may come twice.
    func ties(of rows: [Int64], on day: Day, informalOnly: Bool) throws -> [EgoTieRow]
    /// The household with row id `row`, or nil.
    func household(_ row: Int64) throws -> Household?
}

/// The rows of a netwerkkaart read with indexed queries, within one read transaction.
struct SQLEgoRows: EgoRows {
    let db: Database

    static let nodeColumns =
        "SELECT node.id, node.externalId, node.kind, node.name, node.householdId, node.birthYear, node.roles, "
        + "node.wijk, household.wijk FROM node LEFT JOIN household ON household.id = node.householdId"

    private static let informalKinds = Tie.Kind.allCases.filter(\.isInformal).map { "'\($0.rawValue)'" }
        .joined(separator: ", ")

    /// Row ids as the JSON array `json_each` reads, so that one cached statement serves any list.
    private static func list(_ rows: some Sequence<Int64>) -> String {
        "[" + rows.map(String.init).joined(separator: ",") + "]"
    }

    private static func tieStatement(informalOnly: Bool) -> String {
        let condition =
            "(since IS NULL OR since <= ?2) AND (until IS NULL OR until >= ?2)"
            + (informalOnly ? " AND kind IN (\(informalKinds))" : "")
        return "SELECT id, sourceId, targetId, kind, strength FROM tie "
            + "WHERE sourceId IN (SELECT value FROM json_each(?1)) AND \(condition) UNION ALL "
            + "SELECT id, sourceId, targetId, kind, strength FROM tie "
            + "WHERE targetId IN (SELECT value FROM json_each(?1)) AND \(condition)"
    }

    private static let allTies = tieStatement(informalOnly: false)
    private static let informalTies = tieStatement(informalOnly: true)

    func node(externalID id: Node.ID) throws -> EgoNodeRow? {
        let statement = try db.cachedStatement(sql: Self.nodeColumns + " WHERE node.externalId = ?")
        return try Self.decode(Row.fetchCursor(statement, arguments: [id.rawValue])).first
    }

    func nodes(_ rows: some Collection<Int64>) throws -> [EgoNodeRow] {
        guard !rows.isEmpty else { return [] }
        let statement = try db.cachedStatement(
            sql: Self.nodeColumns + " WHERE node.id IN (SELECT value FROM json_each(?))")
        return try Self.decode(Row.fetchCursor(statement, arguments: [Self.list(rows)]))
    }

    func members(ofHousehold household: Int64) throws -> [EgoNodeRow] {
        let statement = try db.cachedStatement(sql: Self.nodeColumns + " WHERE node.householdId = ?")
        return try Self.decode(Row.fetchCursor(statement, arguments: [household]))
    }

    func ties(of rows: [Int64], on day: Day, informalOnly: Bool) throws -> [EgoTieRow] {
        let statement = try db.cachedStatement(sql: informalOnly ? Self.informalTies : Self.allTies)
        let cursor = try Row.fetchCursor(statement, arguments: [Self.list(rows), day.description])
        var ties: [EgoTieRow] = []
        while let row = try cursor.next() {
            guard let kind = Tie.Kind(rawValue: row[3] as String) else { continue }
            ties.append(
                EgoTieRow(
                    row: row[0], source: row[1], target: row[2], kind: kind,
                    strength: Tie.Strength(rawValue: row[4] as Int) ?? .medium))
        }
        return ties
    }

    func household(_ row: Int64) throws -> Household? {
        let statement = try db.cachedStatement(sql: "SELECT * FROM household WHERE id = ?")
        return try HouseholdRecord.fetchOne(statement, arguments: [row])?.household
    }

    private static func decode(_ rows: RowCursor) throws -> [EgoNodeRow] {
        var nodes: [EgoNodeRow] = []
        while let row = try rows.next() {
            if let node = node(row) { nodes.append(node) }
        }
        return nodes
    }

    /// A row of ``nodeColumns``.
    static func node(_ row: Row) -> EgoNodeRow? {
        guard let kind = Node.Kind(rawValue: row[2] as String) else { return nil }
        let roles: String = row[6]
        return EgoNodeRow(
            row: row[0], id: Node.ID(row[1] as String), kind: kind, name: row[3], household: row[4],
            birthYear: row[5],
            volunteers: kind == .volunteer || ListColumn.decode(roles).contains(Node.Role.volunteer.rawValue),
            wijk: row[7], householdWijk: row[8])
    }
}
