import GRDB
import WeefselCore
import WeefselGraph

/// The persons' own fields: the columns of partners' files that no table knows (`telefoon`,
/// `e-mail`), kept per person and column name in `nodeField`.
extension NeighbourhoodStore {
    /// Keeps the values of partners' own columns with their persons, replacing what a column held.
    static func saveOwnFields(_ fields: [Node.ID: [String: String]], in db: Database) throws {
        guard !fields.isEmpty else { return }
        let statement = try db.makeStatement(
            sql: """
                INSERT INTO nodeField (nodeId, name, value) SELECT id, ?, ? FROM node WHERE externalId = ?
                ON CONFLICT (nodeId, name) DO UPDATE SET value = excluded.value
                """)
        for (id, values) in fields.sorted(by: { $0.key < $1.key }) {
            for (name, value) in values.sorted(by: { $0.key < $1.key }) {
                try statement.execute(arguments: [name, value, id.rawValue])
            }
        }
    }

    /// A person's own fields, by name.
    public func ownFields(of id: Node.ID) throws(StoreError) -> [String: String] {
        try database.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT nodeField.name, nodeField.value FROM nodeField JOIN node ON node.id = nodeField.nodeId
                    WHERE node.externalId = ?
                    """, arguments: [id.rawValue])
            return Dictionary(
                rows.map { ($0["name"] as String, $0["value"] as String) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// Every person's own fields, by person and name: what an export writes back.
    public func allOwnFields() throws(StoreError) -> [Node.ID: [String: String]] {
        try database.read { db in
            var fields: [Node.ID: [String: String]] = [:]
            let rows = try Row.fetchAll(
                db,
                sql:
                    "SELECT node.externalId, nodeField.name, nodeField.value FROM nodeField JOIN node ON node.id = nodeField.nodeId"
            )
            for row in rows {
                fields[Node.ID(row["externalId"] as String), default: [:]][row["name"]] = row["value"] as String
            }
            return fields
        }
    }
}
