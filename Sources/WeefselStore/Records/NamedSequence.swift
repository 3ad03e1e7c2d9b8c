import GRDB

/// The named counters of the `sequence` table (match ids), taken inside the transaction that
/// uses the number, so that no two writes get the same one.
enum NamedSequence {
    /// The next number of the sequence `name`, taken inside the caller's write transaction.
    static func next(_ name: String, in db: Database) throws -> Int {
        try db.execute(
            sql: "INSERT INTO sequence (name, value) VALUES (?, 0) ON CONFLICT (name) DO NOTHING", arguments: [name])
        guard
            let value = try Int.fetchOne(
                db, sql: "UPDATE sequence SET value = value + 1 WHERE name = ? RETURNING value", arguments: [name])
        else { throw StoreError.database("the sequence \(name) did not advance") }
        return value
    }
}
