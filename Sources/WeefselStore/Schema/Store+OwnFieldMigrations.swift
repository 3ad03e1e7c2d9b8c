import GRDB

extension Store {
    /// What a partner's own columns need of the schema: `nodeField`, one row per person and column
    /// name (`telefoon`, `e-mail`), removed with the person.
    static func registerOwnFieldMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v8 own fields") { db in
            try db.create(table: "nodeField") { t in
                t.column("nodeId", .integer).notNull().references("node", onDelete: .cascade)
                t.column("name", .text).notNull()
                t.column("value", .text).notNull()
                t.primaryKey(["nodeId", "name"])
            }
        }
    }
}
