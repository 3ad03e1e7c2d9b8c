import Foundation
import GRDB
import Logging
import Synchronization
@_exported import WeefselCore
import WeefselGraph

/// The SQLite database of one Weefsel installation: it opens, migrates and locks the file, runs
/// every read and write transaction, learns what each commit changed, and keeps the audit chain.
///
/// What is stored is read and written through one repository per aggregate (``neighbourhood``,
/// ``matching``, ``outreach``, ``privacy``, ``accounts``, ``sessions``, ``audit``, ``snapshots``
/// and ``analysis``), all over this one database, so that a write and its audit entry commit
/// together; ``repositories`` hands them to the core.
///
/// A store opened for writing holds the database's writer lock for its lifetime, so exactly one
/// process writes to a database at a time. Every write method is one transaction.
public final class Store: Sendable {
    /// How a store is opened.
    public enum Access: Sendable {
        /// Readers and the one writer; takes the writer lock.
        case readWrite
        /// Readers only; never writes, never takes the lock, and can run beside a writing process.
        case readOnly
    }

    let writer: any DatabaseWriter
    private let lock: WriterLock?
    /// Where the database lives, or `:memory:`.
    public let path: String
    /// Advances with every committed change to the neighbourhood data, for caches of results.
    public let generation = StoreGeneration()
    /// The neighbourhood in memory for netwerkkaarten, once ``keepNetworkInMemory()`` turned it on.
    let mirror = NeighbourhoodMirror()
    /// The whole neighbourhood as last read, with the ``generation`` it was read at: read again only
    /// after a committed change, rather than on every page that shows a map or a list.
    let neighbourhoodCache = Mutex<(generation: UInt64, neighbourhood: Neighbourhood)?>(nil)
    /// The users of bearer tokens, for a store that writes (and so sees every change to accounts).
    let accountCache: AccountCache?
    /// Since when an erasure waits for readers to end before its data leaves the write-ahead log.
    let pendingCleanUp = Mutex<Date?>(nil)
    /// What each committed write changed, for the store that writes: it keeps ``mirror``,
    /// ``accountCache`` and ``generation`` current.
    private let changes: StoreChanges?
    /// How the audit log is keyed and anchored.
    let auditChain: AuditChain

    /// Opens (and creates and migrates, when writing) the database at `path`.
    ///
    /// - Parameter keyFile: the installation key (default: ``InstallationKey/location(forDatabase:)``);
    ///   made when a database opened for writing has none yet.
    /// - Throws: `StoreError.databaseLocked` when another process writes to it,
    ///   `StoreError.cannotOpen` when it cannot be opened or its installation key is missing.
    public init(
        path: String, access: Access = .readWrite, keyFile: String? = nil,
        logger: Logger = Logger(label: "weefsel.store")
    ) throws(StoreError) {
        self.path = path
        let keyPath = keyFile ?? InstallationKey.location(forDatabase: path)
        var configuration = Store.configuration()
        switch access {
        case .readWrite:
            lock = try WriterLock(path: DatabaseFile.realPath(path) + ".lock", databasePath: path)
            let accounts = AccountCache()
            accountCache = accounts
            changes = StoreChanges(generation: generation, mirror: mirror, accounts: accounts)
        case .readOnly:
            lock = nil
            accountCache = nil
            changes = nil
            configuration.readonly = true
        }
        do {
            if access == .readOnly {
                guard FileSystem.exists(path) else {
                    throw StoreError.cannotOpen(path: path, reason: "no such file (run 'weefsel init' first)")
                }
            }
            let pool = try DatabasePool(path: path, configuration: configuration)
            writer = pool
            if access == .readWrite {
                // GRDB sets synchronous=NORMAL on the writer when it enables WAL; Weefsel commits
                // with synchronous=FULL, so that a commit survives a power cut too.
                try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
                try Store.migrator.migrate(pool)
                auditChain = try pool.write { db in
                    try AuditChain.adopt(
                        keyPath: keyPath, database: path, anchors: AuditAnchors(forDatabase: path), in: db)
                }
                if let changes { pool.writeWithoutTransaction { db in db.add(transactionObserver: changes) } }
            } else {
                let complete = try pool.read { db in try Store.migrator.hasCompletedMigrations(db) }
                guard complete else {
                    throw StoreError.cannotOpen(
                        path: path, reason: "the database needs an update: run a writing command such as 'weefsel init'"
                    )
                }
                auditChain = try pool.read { db in
                    try AuditChain.inspect(
                        keyPath: keyPath, database: path, anchors: AuditAnchors(forDatabase: path), in: db)
                }
            }
            let version = try pool.read { db in try String.fetchOne(db, sql: "SELECT sqlite_version()") } ?? "?"
            logger.info("database opened", metadata: ["sqlite": "\(version)", "access": "\(access)"])
        } catch let error as StoreError {
            throw error
        } catch {
            if access == .readOnly, FileSystem.exists(path + "-journal") {
                throw .cannotOpen(
                    path: path,
                    reason: "an import was interrupted and must be rolled back first:"
                        + " run a writing command such as 'weefsel init' once")
            }
            throw .cannotOpen(path: path, reason: Store.describe(error))
        }
    }

    /// A fresh in-memory database, migrated; for tests and throwaway analyses.
    public init() throws(StoreError) {
        path = ":memory:"
        lock = nil
        let accounts = AccountCache()
        accountCache = accounts
        let changes = StoreChanges(generation: generation, mirror: mirror, accounts: accounts)
        self.changes = changes
        do {
            let queue = try DatabaseQueue(configuration: Store.configuration())
            try Store.migrator.migrate(queue)
            auditChain = try queue.write { db in try AuditChain.adopt(.generate(), anchors: nil, in: db) }
            queue.writeWithoutTransaction { db in db.add(transactionObserver: changes) }
            writer = queue
        } catch {
            throw .database(Store.describe(error))
        }
    }

    /// How long a statement waits for another connection's lock before it fails.
    static let busyTimeoutMilliseconds: Int32 = 5_000

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(Double(busyTimeoutMilliseconds) / 1000)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // 32 MiB of page cache: an import of a whole city touches every page of the tie indexes.
            try db.execute(sql: "PRAGMA cache_size = -32768")
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        return configuration
    }

    /// Runs `body` in one write transaction, converting database errors once, here.
    ///
    /// Once the transaction has committed, and before this returns, the store's change observer
    /// has brought the in-memory network, the account cache and the ``generation`` up to date.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(Store.describe(error))
        }
    }

    /// Keeps the nodes, households and ties in memory from now on, current with every commit, so
    /// that ``AnalysisStore/egoNetwork(around:depth:at:visible:)`` answers without SQLite: for a
    /// long-running service. Costs memory in proportion to the network (about 250 bytes a tie) and
    /// a moment to load.
    ///
    /// A store opened read-only keeps reading from SQLite, since another process writes.
    ///
    /// - Throws: `StoreError.database` when the tables cannot be read; the store then goes on
    ///   reading from SQLite.
    public func keepNetworkInMemory() throws(StoreError) {
        // Only the writer sees every commit; a read-only store cannot tell when its copy is old.
        guard accountCache != nil, !mirror.isActive else { return }
        do {
            try writer.writeWithoutTransaction { db in try mirror.start(in: db) }
        } catch {
            throw .database(Store.describe(error))
        }
    }

    /// Runs `body` with a read-only view of the database.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(Store.describe(error))
        }
    }

    /// A message for a foreign error that names what failed without SQL arguments (personal data).
    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return "\(error.resultCode): \(error.message ?? "unknown")"
        }
        return "\(error)"
    }
}

enum FileSystem {
    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}
