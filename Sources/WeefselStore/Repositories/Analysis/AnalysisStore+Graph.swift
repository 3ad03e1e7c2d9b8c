import GRDB
import WeefselCore
import WeefselGraph

extension AnalysisStore {
    /// Loads the compact analysis graph in one pass over the tables, as the network was on `day`
    /// (every tie when `day` is nil).
    ///
    /// - Complexity: O(n log n + m) for n nodes and m ties.
    public func loadGraph(at day: Day? = nil) throws(StoreError) -> AnalysisGraph {
        let built: Result<AnalysisGraph, GraphError> = try database.read { db in
            var builder = AnalysisGraph.Builder()
            let counts = try Row.fetchOne(
                db,
                sql: "SELECT (SELECT count(*) FROM node), (SELECT count(*) FROM household), (SELECT count(*) FROM tie)")
            builder.reserveCapacity(nodes: counts?[0] ?? 0, households: counts?[1] ?? 0, ties: counts?[2] ?? 0)

            // Households by position, as the nodes and ties below: the one hot path that reads
            // every row skips the decoding by name that `HouseholdRecord` does.
            var householdByRow: [Int64: Household.ID] = [:]
            let households = try Row.fetchCursor(
                db,
                sql: "SELECT id, externalId, street, houseNumber, postcode, wijk, latitude, longitude FROM household")
            while let row = try households.next() {
                let household = Household(
                    id: Household.ID(row[1] as String), street: row[2], houseNumber: row[3], postcode: row[4],
                    wijk: row[5], latitude: row[6], longitude: row[7])
                builder.add(household)
                householdByRow[row[0]] = household.id
            }

            // Node numbers by row id, in an array: row ids are dense, so this beats hashing.
            let maxRowID = try Int.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM node") ?? 0
            var numberByRow = [Int32](repeating: -1, count: maxRowID + 1)
            let nodes = try Row.fetchCursor(
                db,
                sql:
                    "SELECT id, externalId, kind, name, householdId, birthYear, roles, wijk FROM node ORDER BY externalId"
            )
            while let row = try nodes.next() {
                let roles: String = row[6]
                let kind: Node.Kind = row[2]
                numberByRow[Int(row[0] as Int64)] = Int32(builder.addedNodeCount)
                builder.add(
                    id: Node.ID(row[1] as String), kind: kind, name: row[3],
                    household: (row[4] as Int64?).flatMap { householdByRow[$0] }, birthYear: row[5],
                    volunteers: kind == .volunteer || ListColumn.decode(roles).contains(Node.Role.volunteer.rawValue),
                    wijk: row[7]
                )
            }

            // Ties with their kind as a small number, read straight from SQLite.
            let kindNumber =
                "CASE kind "
                + Tie.Kind.allCases.map { "WHEN '\($0.rawValue)' THEN \($0.ordinal)" }
                .joined(separator: " ") + " ELSE -1 END"
            var sql = "SELECT sourceId, targetId, \(kindNumber), strength FROM tie"
            var arguments: StatementArguments = []
            if let day {
                sql += " WHERE (since IS NULL OR since <= ?) AND (until IS NULL OR until >= ?)"
                arguments = [day.description, day.description]
            }
            let ties = try db.makeStatement(sql: sql)
            try ties.setArguments(arguments)
            try RowReader.forEachRow(of: ties, in: db) { columns in
                let source = Int(columns.int64(0))
                let target = Int(columns.int64(1))
                let kind = columns.int64(2)
                guard source < numberByRow.count, target < numberByRow.count, kind >= 0,
                    kind < Tie.Kind.allCases.count, numberByRow[source] >= 0, numberByRow[target] >= 0
                else { return }
                builder.add(
                    source: Int(numberByRow[source]), target: Int(numberByRow[target]),
                    kind: Tie.Kind(ordinal: UInt8(kind)),
                    strength: Tie.Strength(rawValue: Int(columns.int64(3))) ?? .medium)
            }
            return Result { () throws(GraphError) in try builder.build() }
        }
        switch built {
        case .success(let graph): return graph
        case .failure(let error): throw .database("the stored network is inconsistent: \(error)")
        }
    }
}
