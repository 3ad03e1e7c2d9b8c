import GRDB

extension Store {
    /// The size of the files from which a first import writes through SQLite's rollback journal
    /// (see `writeFirstImport`); below it, switching journal modes costs more than it saves.
    static let firstImportThreshold = 1 << 20

    /// Runs `body` in one write transaction, as `write` does, but when the database holds no nodes
    /// yet and no other connection has it open, with SQLite's rollback journal instead of WAL.
    ///
    /// In WAL mode every page of a first import is written twice: into the WAL, then by the
    /// checkpoint into the database. With the rollback journal a page that did not exist before the
    /// transaction is written once, straight into the database, and the journal holds only the few
    /// pages the empty database had. The transaction stays atomic and durable (`synchronous=FULL`):
    /// a failed import rolls back, and after a crash the next connection that opens the database
    /// rolls the hot journal back before anything reads it. The database returns to WAL mode when
    /// the transaction ends, whether it committed or not.
    ///
    /// Leaving WAL mode needs every other connection closed: this store's idle readers are closed
    /// first; when another process has the database open, SQLite refuses the switch and `body`
    /// runs in WAL mode as usual.
    func writeFirstImport<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        guard let pool = writer as? DatabasePool else { return try write(body) }
        // Idle readers keep a shared lock on a WAL database, which would refuse the switch.
        pool.releaseMemory()
        do {
            return try pool.writeWithoutTransaction { db in
                let empty = try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM node)") ?? false
                let rollbackJournal = empty && Store.leaveWAL(db)
                defer { if rollbackJournal { Store.returnToWAL(db) } }
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else { throw StoreError.database("the import transaction returned nothing") }
                return result
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(Store.describe(error))
        }
    }

    /// Switches the connection to the rollback journal; `false` when SQLite refuses because
    /// another connection has the database open.
    private static func leaveWAL(_ db: Database) -> Bool {
        do {
            return try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE") == "delete"
        } catch {
            return false
        }
    }

    /// Switches the connection back to WAL mode, waiting for readers that opened the database in
    /// the meantime (the busy timeout). Should even that fail, the database stays correct in
    /// rollback-journal mode, and the next store that opens it switches it to WAL.
    private static func returnToWAL(_ db: Database) {
        for _ in 0..<3 {
            guard (try? String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")) == "wal" else { continue }
            // A non-empty WAL file lets read-only connections open the database at once.
            try? db.inTransaction(.immediate) {
                try db.execute(sql: "CREATE TABLE weefsel_wal (id INTEGER PRIMARY KEY); DROP TABLE weefsel_wal")
                return .commit
            }
            return
        }
    }
}

extension Store {
    /// How the writer connection journals and synchronises, as SQLite reports it: `wal` and 2
    /// (FULL) outside an import.
    func writerSettings() throws(StoreError) -> (journalMode: String, synchronous: Int) {
        do {
            return try writer.writeWithoutTransaction { db in
                (
                    try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "",
                    try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1
                )
            }
        } catch {
            throw .database(Store.describe(error))
        }
    }
}
