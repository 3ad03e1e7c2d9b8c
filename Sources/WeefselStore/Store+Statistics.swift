import GRDB
import WeefselGraph

/// What is in a database, counted.
public struct Statistics: Sendable, Codable, Equatable {
    public var nodes: [String: Int]
    public var households: Int
    public var volunteers: Int
    public var ties: [String: Int]
    public var wijken: [String]
    public var sqliteVersion: String

    public var nodeCount: Int { nodes.values.reduce(0, +) }
    public var tieCount: Int { ties.values.reduce(0, +) }
}

extension Store {
    /// Counts of nodes by kind, households, volunteers and ties by kind.
    public func statistics() throws(StoreError) -> Statistics {
        try read { db in
            var nodes: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT kind, count(*) FROM node GROUP BY kind") {
                nodes[row[0]] = row[1]
            }
            var ties: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT kind, count(*) FROM tie GROUP BY kind") {
                ties[row[0]] = row[1]
            }
            let volunteers =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM node WHERE kind = 'volunteer'
                            OR '|' || roles || '|' LIKE '%|volunteer|%'
                        """) ?? 0
            let wijken = try String.fetchAll(
                db,
                sql: """
                    SELECT wijk FROM node WHERE wijk IS NOT NULL UNION SELECT wijk FROM household WHERE wijk IS NOT NULL
                    ORDER BY 1
                    """)
            return Statistics(
                nodes: nodes,
                households: try Int.fetchOne(db, sql: "SELECT count(*) FROM household") ?? 0,
                volunteers: volunteers,
                ties: ties,
                wijken: wijken,
                sqliteVersion: try String.fetchOne(db, sql: "SELECT sqlite_version()") ?? "?"
            )
        }
    }
}
