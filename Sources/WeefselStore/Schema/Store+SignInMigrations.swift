import GRDB

extension Store {
    /// What sign-in needs of the schema:
    /// - `signInFailure`: failed sign-ins by account and by address, so that the lockout holds
    ///   across restarts of the service and across its instances;
    /// - `user.totpLastStep`: the time step of the last one-time code used, so that no code is
    ///   used twice.
    static func registerSignInMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5 sign-in") { db in
            try db.create(table: "signInFailure") { t in
                t.column("key", .text).notNull()
                t.column("at", .double).notNull()
            }
            try db.create(index: "signInFailure_on_key_at", on: "signInFailure", columns: ["key", "at"])
            try db.alter(table: "user") { t in t.add(column: "totpLastStep", .integer) }
        }
    }
}
