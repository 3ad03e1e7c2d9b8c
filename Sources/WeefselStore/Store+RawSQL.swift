import GRDB

extension Store {
    /// Runs SQL statements outside any record type, in one transaction: for tests that play an
    /// attacker with direct access to the file.
    func execute(sql: String) throws(StoreError) {
        try write { db in try db.execute(sql: sql) }
    }
}
