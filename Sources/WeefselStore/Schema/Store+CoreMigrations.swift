import GRDB

extension Store {
    /// What the core's rules need of the schema:
    /// - `sequence`: named counters taken inside the transaction that uses them (match ids);
    /// - needs and offers outlive the person or household they name: erasure sets the reference to
    ///   null and leaves the row (closed, anonymous), so the figures of past periods stay the same;
    /// - every resident lives in their household's wijk.
    static func registerCoreMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4 core rules") { db in
            try db.create(table: "sequence") { t in
                t.column("name", .text).primaryKey()
                t.column("value", .integer).notNull()
            }
            let highest =
                try String.fetchAll(db, sql: "SELECT externalId FROM matchPair")
                .compactMap { $0.hasPrefix("M") ? Int($0.dropFirst()) : nil }.max() ?? 0
            try db.execute(sql: "INSERT INTO sequence (name, value) VALUES ('match', ?)", arguments: [highest])

            for table in ["need", "offer"] {
                let replacement = table + "_anonymisable"
                try db.create(table: replacement) { t in Store.defineSide(t, table: table, anonymisable: true) }
                try db.execute(sql: "INSERT INTO \(replacement) SELECT * FROM \(table)")
                try db.drop(table: table)
                try db.rename(table: replacement, to: table)
            }
            try NeighbourhoodStore.settleWijken(in: db)
        }
    }
}
