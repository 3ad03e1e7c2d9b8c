import GRDB

extension Store {
    /// What the installation key and bearer tokens need of the schema:
    /// - `installationKey`: one row naming how many audit entries came before the log was keyed,
    ///   with the key's fingerprint over that number;
    /// - `token.expiresAt`: every token ends (those from before get 90 days from their making);
    ///   `token.sessionHash`: the session a token ends with, when its user asked for that.
    static func registerSecretMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v6 installation key") { db in
            try db.create(table: "installationKey") { t in
                t.column("legacyEntries", .integer).notNull()
                t.column("fingerprint", .text).notNull()
            }
        }
        migrator.registerMigration("v7 token lifetime") { db in
            try db.alter(table: "token") { t in
                t.add(column: "expiresAt", .double).notNull().defaults(to: 0)
                t.add(column: "sessionHash", .text)
            }
            try db.execute(sql: "UPDATE token SET expiresAt = createdAt + ?", arguments: [90 * 24 * 3600])
            try db.create(index: "token_on_sessionHash", on: "token", columns: ["sessionHash"])
        }
    }
}
