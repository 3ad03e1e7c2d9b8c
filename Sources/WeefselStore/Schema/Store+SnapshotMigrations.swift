import GRDB

extension Store {
    /// The table of snapshots: indicators and the isolation worklist kept under a label.
    static func registerSnapshotMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v1 snapshots") { db in
            try db.create(table: "snapshot") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("label", .text).notNull().unique()
                t.column("day", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("indicators", .jsonText).notNull()
                t.column("isolation", .jsonText).notNull()
            }
        }
    }
}
