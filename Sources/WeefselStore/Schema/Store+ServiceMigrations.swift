import GRDB

extension Store {
    /// The tables of the Weefsel service: teams and their wijken, user accounts, sessions and bearer
    /// tokens, consent per person and purpose, and the hash-chained audit log.
    ///
    /// Tables that hold data about a person reference `node` with `ON DELETE CASCADE`, so erasing a
    /// person removes them everywhere; later tables about persons (needs, offers, matches) do the same.
    static func registerServiceMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2 service") { db in
            try db.create(table: "team") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique().check { length($0) > 0 }
                t.column("wijken", .text).notNull().defaults(to: "")
            }
            try db.create(table: "user") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique().check { length($0) > 0 }
                t.column("role", .text).notNull()
                    .check { ["admin", "coordinator", "worker", "viewer"].contains($0) }
                t.belongsTo("team", onDelete: .restrict).notNull()
                t.column("passwordHash", .text).notNull()
                t.column("disabled", .boolean).notNull().defaults(to: false)
                t.column("totpSecret", .text)
                t.column("createdAt", .text).notNull()
            }
            try db.create(table: "session") { t in
                t.column("tokenHash", .text).primaryKey()
                t.belongsTo("user", onDelete: .cascade).notNull()
                t.column("createdAt", .double).notNull()
                t.column("lastSeenAt", .double).notNull()
            }
            try db.create(table: "token") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("tokenHash", .text).notNull().unique()
                t.belongsTo("user", onDelete: .cascade).notNull()
                t.column("label", .text).notNull()
                t.column("createdAt", .double).notNull()
                t.column("revoked", .boolean).notNull().defaults(to: false)
            }
            try db.create(table: "consent") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("node", onDelete: .cascade).notNull()
                t.column("purpose", .text).notNull().check { ["matching", "maps", "sharing"].contains($0) }
                t.column("given", .boolean).notNull()
                t.column("day", .text).notNull()
                t.column("recordedBy", .text).notNull()
            }
            try db.create(table: "audit") { t in
                t.primaryKey("seq", .integer)
                t.column("time", .text).notNull()
                t.column("user", .text)
                t.column("role", .text)
                t.column("team", .text)
                t.column("action", .text).notNull()
                t.column("subjects", .text).notNull().defaults(to: "")
                t.column("address", .text)
                t.column("previousHash", .text).notNull()
                t.column("hash", .text).notNull()
            }
            try db.create(index: "audit_on_time", on: "audit", columns: ["time"])
            // The log is append-only inside SQLite too; `audit verify` catches whoever drops these.
            try db.execute(
                sql: """
                    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                    """)
        }
    }
}
