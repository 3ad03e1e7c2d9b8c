import GRDB

extension Store {
    /// The schema, as append-only named migrations: a released migration is never edited, only
    /// followed by a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 neighbourhood") { db in
            try db.create(table: "household") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("externalId", .text).notNull().unique()
                t.column("street", .text)
                t.column("houseNumber", .text)
                t.column("postcode", .text)
                t.column("wijk", .text)
                t.column("latitude", .double)
                t.column("longitude", .double)
            }
            try db.create(table: "node") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("externalId", .text).notNull().unique()
                t.column("kind", .text).notNull()
                    .check { ["resident", "volunteer", "association", "professional"].contains($0) }
                t.column("name", .text).notNull().check { length($0) > 0 }
                t.belongsTo("household", onDelete: .setNull)
                t.column("roles", .text).notNull().defaults(to: "")
                t.column("birthYear", .integer)
                t.column("languages", .text).notNull().defaults(to: "")
                t.column("skills", .text).notNull().defaults(to: "")
                t.column("interests", .text).notNull().defaults(to: "")
                t.column("wijk", .text)
                t.column("consent", .text).notNull().defaults(to: "")
            }
            try db.create(index: "node_on_name", on: "node", columns: ["name"])
            try db.create(table: "tie") { t in
                t.autoIncrementedPrimaryKey("id")
                // The unique key (sourceId, targetId, kind) also serves lookups by sourceId.
                t.column("sourceId", .integer).notNull().references("node", onDelete: .cascade)
                t.belongsTo("target", inTable: "node", onDelete: .cascade).notNull()
                t.column("kind", .text).notNull()
                t.column("strength", .integer).notNull().check { $0 >= 1 && $0 <= 3 }
                t.column("since", .text)
                t.column("until", .text)
                t.column("recordedBy", .text)
                t.column("note", .text)
                t.check(sql: "sourceId <> targetId")
                t.uniqueKey(["sourceId", "targetId", "kind"])
            }
        }
        registerSnapshotMigrations(&migrator)
        registerMatchingMigrations(&migrator)
        registerServiceMigrations(&migrator)
        registerVisitMigrations(&migrator)
        registerCoreMigrations(&migrator)
        registerSignInMigrations(&migrator)
        registerSecretMigrations(&migrator)
        registerOwnFieldMigrations(&migrator)
        return migrator
    }
}
