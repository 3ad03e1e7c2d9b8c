import GRDB
import Synchronization

/// The one way the store learns what its writes changed: a GRDB transaction observer on the
/// writer connection.
///
/// It sees every row a statement inserts, updates or deletes, whichever method wrote it, and the
/// tables that statements GRDB does not step itself changed (a bulk import announces them with
/// `Database.notifyChanges(in:)`). When a transaction commits, before the write returns, it
///
/// 1. brings the in-memory network (``NeighbourhoodMirror``) up to date with the rows of `node`,
///    `household` and `tie` the transaction touched, read as it left them;
/// 2. forgets the users of bearer tokens already looked up (``AccountCache``) when users, teams or
///    tokens changed;
/// 3. advances the ``StoreGeneration`` when the transaction changed any data a result is computed
///    from (everything but accounts, sessions and the audit log), which tells the analysis cache.
///
/// So a read that starts after a write returned sees that write, from SQLite and from memory
/// alike, and no result computed before it is taken for current.
final class StoreChanges: TransactionObserver, Sendable {
    private struct Pending {
        var tables: Set<String> = []
        /// Row ids touched in the network tables, by table; nil once too many to follow one by one.
        var rows: [String: Set<Int64>]? = [:]
        var count = 0
    }

    private let pending = Mutex(Pending())
    let generation: StoreGeneration
    let mirror: NeighbourhoodMirror
    let accounts: AccountCache

    /// Tables whose changes leave every computed result current.
    static let quietTables: Set<String> = ["audit", "session", "token", "user", "team", "signInFailure"]
    static let accountTables: Set<String> = ["user", "team", "token"]

    init(generation: StoreGeneration, mirror: NeighbourhoodMirror, accounts: AccountCache) {
        self.generation = generation
        self.mirror = mirror
        self.accounts = accounts
    }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool {
        !eventKind.tableName.hasPrefix("sqlite_") && !eventKind.tableName.hasPrefix("grdb_")
    }

    func databaseDidChange(with event: DatabaseEvent) {
        let table = event.tableName
        let overwhelmed = pending.withLock { pending in
            pending.tables.insert(table)
            guard NeighbourhoodMirror.tables.contains(table), pending.rows != nil else { return false }
            pending.rows?[table, default: []].insert(event.rowID)
            pending.count += 1
            if pending.count > NeighbourhoodMirror.reloadThreshold { pending.rows = nil }
            return pending.rows == nil
        }
        // Too many rows to follow one by one: the transaction counts as changing everything.
        if overwhelmed { stopObservingDatabaseChangesUntilNextTransaction() }
    }

    /// Changes GRDB did not see row by row: every table the observer was told of counts as
    /// wholly changed.
    func databaseDidChange() {
        pending.withLock { pending in pending.rows = nil }
    }

    func databaseDidCommit(_ db: Database) {
        let done = pending.withLock { pending in
            defer { pending = Pending() }
            return pending
        }
        let dataChanged = !done.tables.subtracting(Self.quietTables).isEmpty || done.rows == nil
        if dataChanged { mirror.follow(touched: done.rows, in: db) }
        if !done.tables.isDisjoint(with: Self.accountTables) || done.rows == nil { accounts.forget() }
        if dataChanged { generation.advance() }
    }

    func databaseDidRollback(_ db: Database) {
        pending.withLock { pending in pending = Pending() }
    }
}
