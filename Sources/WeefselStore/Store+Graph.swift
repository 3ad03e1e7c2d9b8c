import GRDB
import WeefselGraph

extension Store {
    /// Loads the compact analysis graph in one pass over the tables, as the network was on `day`
    /// (every tie when `day` is nil).
    ///
    /// - Complexity: O(n log n + m) for n nodes and m ties.
    public func loadGraph(at day: Day? = nil) throws(StoreError) -> AnalysisGraph {
        let built: Result<AnalysisGraph, GraphError> = try read { db in
            var builder = AnalysisGraph.Builder()
            let counts = try Row.fetchOne(
                db, sql: "SELECT (SELECT count(*) FROM node), (SELECT count(*) FROM household), (SELECT count(*) FROM tie)")
            builder.reserveCapacity(nodes: counts?[0] ?? 0, households: counts?[1] ?? 0, ties: counts?[2] ?? 0)

            var householdByRow: [Int64: Household.ID] = [:]
            for record in try HouseholdRecord.fetchAll(db, sql: "SELECT * FROM household") {
                builder.add(record.household)
                if let id = record.id { householdByRow[id] = record.household.id }
            }

            var numberByRow: [Int64: Int] = [:]
            numberByRow.reserveCapacity(counts?[0] ?? 0)
            let nodes = try Row.fetchCursor(
                db, sql: "SELECT id, externalId, kind, name, householdId, birthYear, roles, wijk FROM node ORDER BY externalId")
            while let row = try nodes.next() {
                let roles: String = row[6]
                let kind: Node.Kind = row[2]
                numberByRow[row[0]] = builder.addedNodeCount
                builder.add(
                    id: Node.ID(row[1] as String), kind: kind, name: row[3],
                    household: (row[4] as Int64?).flatMap { householdByRow[$0] }, birthYear: row[5],
                    volunteers: kind == .volunteer || ListColumn.decode(roles).contains(Node.Role.volunteer.rawValue),
                    wijk: row[7]
                )
            }

            var sql = "SELECT sourceId, targetId, kind, strength FROM tie"
            var arguments: StatementArguments = []
            if let day {
                sql += " WHERE (since IS NULL OR since <= ?) AND (until IS NULL OR until >= ?)"
                arguments = [day.description, day.description]
            }
            let ties = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try ties.next() {
                guard let source = numberByRow[row[0]], let target = numberByRow[row[1]] else { continue }
                builder.add(source: source, target: target, kind: row[2], strength: Tie.Strength(rawValue: row[3]) ?? .medium)
            }
            return Result { () throws(GraphError) in try builder.build() }
        }
        switch built {
        case .success(let graph): return graph
        case .failure(let error): throw .database("the stored network is inconsistent: \(error)")
        }
    }
}
