import GRDB

extension Store {
    /// The matching tables: programmes, needs, offers, matches and the steps of each match.
    static func registerMatchingMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v1 matching") { db in
            try db.create(table: "programme") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("externalId", .text).notNull().unique()
                t.column("definition", .text).notNull()
            }
            for table in ["need", "offer"] {
                try db.create(table: table) { t in Store.defineSide(t, table: table, anonymisable: false) }
            }
            try db.create(table: "matchPair") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("externalId", .text).notNull().unique()
                t.belongsTo("need", onDelete: .cascade).notNull()
                t.belongsTo("offer", onDelete: .cascade).notNull()
                t.column("programme", .text).notNull()
                t.column("score", .double)
            }
            try db.create(table: "matchEvent") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("match", inTable: "matchPair", onDelete: .cascade).notNull()
                t.column("position", .integer).notNull()
                t.column("state", .text).notNull()
                    .check { ["proposed", "introduced", "trial", "active", "ended", "declined"].contains($0) }
                t.column("day", .text).notNull()
                t.column("side", .text)
                t.column("endReason", .text)
                t.column("note", .text)
                t.uniqueKey(["matchId", "position"])
            }
        }
    }

    /// The columns of `need` or `offer`. Before erasure kept matching history (`anonymisable`
    /// false), a row went with its person or household; since, erasure sets the reference to null
    /// and only a closed row may name nobody.
    static func defineSide(_ t: TableDefinition, table: String, anonymisable: Bool) {
        let onDelete: Database.ForeignKeyAction = anonymisable ? .setNull : .cascade
        t.autoIncrementedPrimaryKey("id")
        t.column("externalId", .text).notNull().unique()
        t.column("programme", .text).notNull()
        t.belongsTo("person", inTable: "node", onDelete: onDelete)
        t.belongsTo("household", onDelete: onDelete)
        t.column("lifeAreas", .text).notNull().defaults(to: "")
        t.column("languages", .text).notNull().defaults(to: "")
        t.column("availability", .text).notNull().defaults(to: "altijd")
        t.column("gender", .text)
        t.column("preferredGender", .text)
        t.column("preferredAges", .text)
        if table == "need" {
            t.column("childBirthYears", .text).notNull().defaults(to: "")
            t.column("requestedOn", .text).notNull()
        } else {
            t.column("capacity", .integer).check { $0 >= 0 }
            t.column("screenedOn", .text)
            t.column("maxDistance", .double)
            t.column("offeredOn", .text).notNull()
        }
        t.column("status", .text).notNull().check { ["open", "closed"].contains($0) }
        t.column("closedOn", .text)
        t.column("notes", .text)
        t.check(
            sql: anonymisable
                ? "personId IS NOT NULL OR householdId IS NOT NULL OR status = 'closed'"
                : "personId IS NOT NULL OR householdId IS NOT NULL")
    }
}
