import GRDB
import WeefselCore

extension Store {
    /// The table of household visits. A visit goes with its household; the contact it names is
    /// forgotten (set to null) when that person is erased.
    static func registerVisitMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3 visits") { db in
            try db.create(table: "visit") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("household", onDelete: .cascade).notNull()
                t.column("day", .text).notNull()
                t.column("outcome", .text).notNull()
                    .check { Visit.Outcome.allCases.map(\.rawValue).contains($0) }
                t.column("note", .text).notNull().defaults(to: "")
                t.column("recordedBy", .text).notNull()
                t.belongsTo("contact", inTable: "node", onDelete: .setNull)
            }
        }
    }
}
