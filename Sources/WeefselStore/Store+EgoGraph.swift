import GRDB
import WeefselGraph

extension Store {
    /// The part of the network an ego network of `depth` steps around `centre` looks at, as the
    /// network was on `day`, read with indexed queries instead of loading the whole network.
    ///
    /// It holds the centre, its household and the members of it, every node within `depth` steps
    /// and the ties an ego network follows: every tie of the centre, and the informal ties of the
    /// nodes up to `depth - 1` steps away. Other households are left out; each node keeps the wijk
    /// it belongs to. `egoNetwork(of:in:depth:)` on it gives the same netwerkkaart as on the whole
    /// network, since nodes are numbered in id order in both.
    ///
    /// - Parameters:
    ///   - visible: whether a wijk (a node's own, else its household's; `nil` for none) may be
    ///     shown. A node or household that is not visible is left out with its ties, so nothing
    ///     computed on the graph can name it.
    /// - Returns: the graph, without the centre when it is unknown or not visible.
    /// - Complexity: O(s log s) for the s ties and nodes within `depth` steps, in `depth` rounds of
    ///   indexed queries; it does not grow with the size of the whole network.
    public func egoGraph(
        around centre: Node.ID, depth: Int, at day: Day, visible: @escaping (String?) -> Bool
    ) throws(StoreError) -> AnalysisGraph {
        try egoNetwork(around: centre, depth: depth, at: day, visible: visible).graph
    }

    /// ``egoGraph(around:depth:at:visible:)``, and how many people the caller may not see the
    /// centre has an active tie with (of any kind), counted from the same reads.
    public func egoNetwork(
        around centre: Node.ID, depth: Int, at day: Day, visible: @escaping (String?) -> Bool
    ) throws(StoreError) -> (graph: AnalysisGraph, outsideContacts: Int) {
        let built: Result<(AnalysisGraph, Int), GraphError> = try read { db in
            var walk = EgoGraphWalk(db: db, day: day, visible: visible)
            guard let centreRow = try walk.node(externalID: centre) else {
                return Result { () throws(GraphError) in (try AnalysisGraph.Builder().build(), 0) }
            }
            // One step: every tie of the centre, and the members of its household.
            var expanded: Set<Int64> = [centreRow]
            var frontier = Set(try walk.ties(of: [centreRow], informalOnly: false))
            let outside = walk.hiddenEnds.count
            if let centreNode = walk.nodes[centreRow], let household = centreNode.household,
                centreNode.householdVisible
            {
                frontier.formUnion(try walk.members(ofHousehold: household))
            }
            frontier.subtract(expanded)
            // Further steps follow informal ties only.
            var distance = 1
            while distance < depth && !frontier.isEmpty {
                let rows = frontier.sorted()
                expanded.formUnion(rows)
                frontier = Set(try walk.ties(of: rows, informalOnly: true)).subtracting(expanded)
                distance += 1
            }
            return try walk.build(centre: centreRow).map { ($0, outside) }
        }
        switch built {
        case .success(let (graph, outside)): return (graph, outside)
        case .failure(let error): throw .database("the stored network is inconsistent: \(error)")
        }
    }
}

/// The rows an ego graph is built from, fetched step by step within one read transaction.
private struct EgoGraphWalk {
    struct NodeRow {
        let id: Node.ID
        let kind: Node.Kind
        let name: String
        let household: Int64?
        let householdVisible: Bool
        let householdWijk: String?
        let birthYear: Int?
        let volunteers: Bool
        let wijk: String?
    }

    struct TieRow {
        let source: Int64
        let target: Int64
        let kind: Tie.Kind
        let strength: Tie.Strength
    }

    let db: Database
    let day: Day
    let visible: (String?) -> Bool
    /// Visible nodes by row id.
    private(set) var nodes: [Int64: NodeRow] = [:]
    /// Rows looked at and found not visible.
    private var hidden: Set<Int64> = []
    /// The ends of the ties read so far that the caller may not see.
    private(set) var hiddenEnds: Set<Int64> = []
    private var ties: [Int64: TieRow] = [:]

    init(db: Database, day: Day, visible: @escaping (String?) -> Bool) {
        self.db = db
        self.day = day
        self.visible = visible
    }

    private static let nodeColumns =
        "SELECT node.id, node.externalId, node.kind, node.name, node.householdId, node.birthYear, node.roles, "
        + "node.wijk, household.wijk FROM node LEFT JOIN household ON household.id = node.householdId"

    private static let informalKinds = Tie.Kind.allCases.filter(\.isInformal).map { "'\($0.rawValue)'" }
        .joined(separator: ", ")

    /// The row id of the node with `externalID` when it is visible.
    mutating func node(externalID: Node.ID) throws -> Int64? {
        let statement = try db.cachedStatement(sql: Self.nodeColumns + " WHERE node.externalId = ?")
        return try remember(Row.fetchCursor(statement, arguments: [externalID.rawValue])).first
    }

    /// The visible members of the household with row id `household`.
    mutating func members(ofHousehold household: Int64) throws -> [Int64] {
        let statement = try db.cachedStatement(sql: Self.nodeColumns + " WHERE node.householdId = ?")
        return try remember(Row.fetchCursor(statement, arguments: [household]))
    }

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

    /// Fetches the ties active on the day of the nodes `rows` (only informal ones when asked)
    /// between visible nodes, and returns the ends of those ties.
    mutating func ties(of rows: [Int64], informalOnly: Bool) throws -> [Int64] {
        var fetched: [(id: Int64, tie: TieRow)] = []
        let statement = try db.cachedStatement(sql: informalOnly ? Self.informalTies : Self.allTies)
        let cursor = try Row.fetchCursor(statement, arguments: [Self.list(rows), day.description])
        while let row = try cursor.next() {
            guard let kind = Tie.Kind(rawValue: row[3] as String) else { continue }
            let tie = TieRow(
                source: row[1], target: row[2], kind: kind, strength: Tie.Strength(rawValue: row[4] as Int) ?? .medium)
            fetched.append((row[0], tie))
        }
        var unknown: Set<Int64> = []
        for (_, tie) in fetched {
            for end in [tie.source, tie.target] where nodes[end] == nil && !hidden.contains(end) { unknown.insert(end) }
        }
        if !unknown.isEmpty {
            let statement = try db.cachedStatement(
                sql: Self.nodeColumns + " WHERE node.id IN (SELECT value FROM json_each(?))")
            try remember(Row.fetchCursor(statement, arguments: [Self.list(unknown)]))
        }
        for (_, tie) in fetched {
            for end in [tie.source, tie.target] where hidden.contains(end) { hiddenEnds.insert(end) }
        }
        var ends: [Int64] = []
        for (id, tie) in fetched where nodes[tie.source] != nil && nodes[tie.target] != nil {
            ties[id] = tie
            ends += [tie.source, tie.target]
        }
        return ends
    }

    /// Keeps the visible nodes of `rows` and returns their row ids.
    @discardableResult
    private mutating func remember(_ rows: RowCursor) throws -> [Int64] {
        var kept: [Int64] = []
        while let row = try rows.next() {
            let rowID: Int64 = row[0]
            let wijk: String? = row[7]
            let householdWijk: String? = row[8]
            guard visible(wijk ?? householdWijk), let kind = Node.Kind(rawValue: row[2] as String) else {
                hidden.insert(rowID)
                continue
            }
            let roles: String = row[6]
            nodes[rowID] = NodeRow(
                id: Node.ID(row[1] as String), kind: kind, name: row[3],
                household: row[4], householdVisible: visible(householdWijk), householdWijk: householdWijk,
                birthYear: row[5],
                volunteers: kind == .volunteer || ListColumn.decode(roles).contains(Node.Role.volunteer.rawValue),
                wijk: wijk)
            kept.append(rowID)
        }
        return kept
    }

    /// The graph of the nodes and ties found, with the centre's household when it is visible; every
    /// other node carries the wijk it belongs to (its own, else its household's) instead.
    func build(centre: Int64) throws -> Result<AnalysisGraph, GraphError> {
        var builder = AnalysisGraph.Builder()
        // A netwerkkaart looks only at the centre's household: who shares it, and its id.
        var shared: (row: Int64, id: Household.ID)?
        if let centreNode = nodes[centre], let row = centreNode.household, centreNode.householdVisible {
            let statement = try db.cachedStatement(sql: "SELECT * FROM household WHERE id = ?")
            if let record = try HouseholdRecord.fetchOne(statement, arguments: [row]) {
                builder.add(record.household)
                shared = (row, record.household.id)
            }
        }
        var numbers: [Int64: Int] = [:]
        for (rowID, node) in nodes {
            numbers[rowID] = builder.addedNodeCount
            builder.add(
                id: node.id, kind: node.kind, name: node.name,
                household: shared.flatMap { node.household == $0.row ? $0.id : nil }, birthYear: node.birthYear,
                volunteers: node.volunteers, wijk: node.wijk ?? (node.householdVisible ? node.householdWijk : nil))
        }
        for (_, tie) in ties {
            guard let source = numbers[tie.source], let target = numbers[tie.target] else { continue }
            builder.add(source: source, target: target, kind: tie.kind, strength: tie.strength)
        }
        return Result { () throws(GraphError) in try builder.build() }
    }
}
