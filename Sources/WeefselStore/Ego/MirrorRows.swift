import Foundation
import GRDB
import WeefselGraph

/// The neighbourhood tables in memory, by row id, with the lookups a netwerkkaart makes.
struct MirrorRows: EgoRows {
    /// A node as stored; its household's wijk is looked up when it is read, so that a household
    /// that changes wijk needs no change to its members.
    typealias NodeEntry = EgoNodeRow

    struct TieEntry {
        let source: Int64
        let target: Int64
        let kind: Tie.Kind
        let strength: Tie.Strength
        let since: Day?
        let until: Day?

        func isActive(on day: Day) -> Bool {
            (since.map { $0 <= day } ?? true) && (until.map { $0 >= day } ?? true)
        }
    }

    /// Rows by row id (SQLite's `INTEGER PRIMARY KEY`, dense as the database hands them out), so
    /// that a lookup is an index rather than a hash.
    private(set) var nodes = RowTable<NodeEntry>()
    private(set) var nodeRows: [Node.ID: Int64] = [:]
    private(set) var households = RowTable<Household>()
    /// Household row id to the row ids of its members.
    private(set) var members = RowTable<[Int64]>()
    private(set) var ties = RowTable<TieEntry>()
    /// Node row id to the row ids of its ties, either end.
    private(set) var tiesOf = RowTable<[Int64]>()

    // MARK: Reading from the database

    private static let tieColumns = "SELECT id, sourceId, targetId, kind, strength, since, until FROM tie"

    /// Every row of the three tables.
    ///
    /// - Complexity: O((n + m) log(n + m)) for n nodes and households and m ties.
    static func load(_ db: Database) throws -> MirrorRows {
        var mirror = MirrorRows()
        let householdCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM household") ?? 0
        let nodeCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM node") ?? 0
        let tieCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM tie") ?? 0
        mirror.households.reserveCapacity(householdCount)
        mirror.members.reserveCapacity(householdCount)
        mirror.nodes.reserveCapacity(nodeCount)
        mirror.nodeRows.reserveCapacity(nodeCount)
        mirror.tiesOf.reserveCapacity(nodeCount)
        mirror.ties.reserveCapacity(tieCount)
        for (row, household) in try households(nil, in: db) { mirror.insert(household, at: row) }
        for (row, node) in try nodes(nil, in: db) { mirror.insert(node, at: row) }
        for (row, tie) in try ties(nil, in: db) { mirror.insert(tie, at: row) }
        return mirror
    }

    /// The rows of `household` with ids `rows`, or all when nil.
    static func households(_ rows: Set<Int64>?, in db: Database) throws -> [(Int64, Household)] {
        try fetch("SELECT * FROM household", rows, key: "id", in: db) { row in
            (row["id"], try HouseholdRecord(row: row).household)
        }
    }

    /// The rows of `node` with ids `rows`, or all when nil.
    static func nodes(_ rows: Set<Int64>?, in db: Database) throws -> [(Int64, NodeEntry)] {
        try fetch(SQLEgoRows.nodeColumns, rows, key: "node.id", in: db) { row in
            SQLEgoRows.node(row).map { ($0.row, $0) }
        }
    }

    /// The rows of `tie` with ids `rows`, or all when nil.
    static func ties(_ rows: Set<Int64>?, in db: Database) throws -> [(Int64, TieEntry)] {
        try fetch(tieColumns, rows, key: "id", in: db) { row in
            guard let kind = Tie.Kind(rawValue: row[3] as String) else { return nil }
            let since: String? = row[5]
            let until: String? = row[6]
            let entry = TieEntry(
                source: row[1], target: row[2], kind: kind, strength: Tie.Strength(rawValue: row[4] as Int) ?? .medium,
                since: since.flatMap(Day.init(parsing:)), until: until.flatMap(Day.init(parsing:)))
            return (row[0], entry)
        }
    }

    private static func fetch<T>(
        _ select: String, _ rows: Set<Int64>?, key: String, in db: Database, _ decode: (Row) throws -> (Int64, T)?
    ) throws -> [(Int64, T)] {
        var found: [(Int64, T)] = []
        let cursor: RowCursor
        if let rows {
            guard !rows.isEmpty else { return [] }
            let list = "[" + rows.map(String.init).joined(separator: ",") + "]"
            cursor = try Row.fetchCursor(
                db, sql: select + " WHERE \(key) IN (SELECT value FROM json_each(?))", arguments: [list])
        } else {
            cursor = try Row.fetchCursor(db, sql: select)
        }
        while let row = try cursor.next() {
            if let decoded = try decode(row) { found.append(decoded) }
        }
        return found
    }

    // MARK: Keeping current

    /// Replaces the households `touched` by what `read` found of them (absent: deleted).
    mutating func apply(households touched: Set<Int64>, read: [(Int64, Household)]) {
        for row in touched { households[row] = nil }
        for (row, household) in read { insert(household, at: row) }
    }

    /// Replaces the nodes `touched` by what `read` found of them (absent: deleted, with their ties).
    mutating func apply(nodes touched: Set<Int64>, read: [(Int64, NodeEntry)]) {
        let found = Set(read.map(\.0))
        for row in touched { removeNode(at: row, withTies: !found.contains(row)) }
        for (row, node) in read { insert(node, at: row) }
    }

    /// Replaces the ties `touched` by what `read` found of them (absent: deleted).
    mutating func apply(ties touched: Set<Int64>, read: [(Int64, TieEntry)]) {
        for row in touched { removeTie(at: row) }
        for (row, tie) in read { insert(tie, at: row) }
    }

    private mutating func insert(_ household: Household, at row: Int64) {
        households[row] = household
    }

    private mutating func insert(_ node: NodeEntry, at row: Int64) {
        nodes[row] = node
        nodeRows[node.id] = row
        if let household = node.household { members[household, default: []].append(row) }
    }

    private mutating func insert(_ tie: TieEntry, at row: Int64) {
        ties[row] = tie
        tiesOf[tie.source, default: []].append(row)
        tiesOf[tie.target, default: []].append(row)
    }

    private mutating func removeNode(at row: Int64, withTies: Bool) {
        guard let node = nodes.removeValue(forKey: row) else { return }
        if nodeRows[node.id] == row { nodeRows[node.id] = nil }
        if let household = node.household {
            members[household]?.removeAll { $0 == row }
            if members[household]?.isEmpty == true { members[household] = nil }
        }
        if withTies {
            for tie in tiesOf[row] ?? [] { removeTie(at: tie) }
            tiesOf[row] = nil
        }
    }

    private mutating func removeTie(at row: Int64) {
        guard let tie = ties.removeValue(forKey: row) else { return }
        for end in [tie.source, tie.target] {
            tiesOf[end]?.removeAll { $0 == row }
            if tiesOf[end]?.isEmpty == true { tiesOf[end] = nil }
        }
    }

    // MARK: EgoRows

    private func egoNode(_ row: Int64) -> EgoNodeRow? {
        guard var node = nodes[row] else { return nil }
        node.householdWijk = node.household.flatMap { households[$0]?.wijk }
        return node
    }

    func node(externalID id: Node.ID) -> EgoNodeRow? {
        nodeRows[id].flatMap(egoNode)
    }

    func nodes(_ rows: some Collection<Int64>) -> [EgoNodeRow] {
        rows.compactMap(egoNode)
    }

    func members(ofHousehold household: Int64) -> [EgoNodeRow] {
        (members[household] ?? []).compactMap(egoNode)
    }

    func ties(of rows: [Int64], on day: Day, informalOnly: Bool) -> [EgoTieRow] {
        var found: [EgoTieRow] = []
        for node in rows {
            for row in tiesOf[node] ?? [] {
                guard let tie = ties[row], tie.isActive(on: day), !informalOnly || tie.kind.isInformal else { continue }
                found.append(
                    EgoTieRow(row: row, source: tie.source, target: tie.target, kind: tie.kind, strength: tie.strength))
            }
        }
        return found
    }

    func household(_ row: Int64) -> Household? {
        households[row]
    }
}

/// Values by SQLite row id, in an array indexed by the id: row ids are handed out from 1 upwards,
/// so the array has few holes.
struct RowTable<Value> {
    private var values: [Value?] = []

    mutating func reserveCapacity(_ count: Int) { values.reserveCapacity(count + 1) }

    subscript(row: Int64) -> Value? {
        get { row >= 0 && row < values.count ? values[Int(row)] : nil }
        set {
            guard row >= 0, row < values.count || newValue != nil else { return }
            grow(to: row)
            values[Int(row)] = newValue
        }
    }

    subscript(row: Int64, default value: @autoclosure () -> Value) -> Value {
        get { self[row] ?? value() }
        _modify {
            precondition(row >= 0, "row ids are positive")
            grow(to: row)
            if values[Int(row)] == nil { values[Int(row)] = value() }
            yield &values[Int(row)]!
        }
    }

    private mutating func grow(to row: Int64) {
        if row >= values.count { values.append(contentsOf: repeatElement(nil, count: Int(row) - values.count + 1)) }
    }

    /// Removes and returns the value at `row`.
    mutating func removeValue(forKey row: Int64) -> Value? {
        let value = self[row]
        if value != nil { self[row] = nil }
        return value
    }
}
