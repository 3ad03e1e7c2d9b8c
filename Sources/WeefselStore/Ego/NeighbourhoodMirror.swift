import Foundation
import GRDB
import WeefselGraph

/// The rows a netwerkkaart reads (nodes, households and ties), held in memory and kept current
/// with every write of the store, so that the service answers the netwerkkaart, its most read
/// route, without going to SQLite.
///
/// Off until ``Store/keepNetworkInMemory()`` loads it. From then on the store's one change
/// observer (``StoreChanges``) hands it the row ids of every row of `node`, `household` and `tie`
/// a committed transaction inserted, updated or deleted, whichever way the statement ran, and it
/// reads those rows as the transaction left them (``follow(touched:in:)``) before the write
/// returns: a read that starts after a write returned sees it, as it would in the database, and
/// an erased person leaves memory with the write that erases them. A transaction that touches
/// many rows (an import) reloads everything instead.
final class NeighbourhoodMirror: @unchecked Sendable {
    /// What the mirror holds; only touched under `lock`.
    private var rows: MirrorRows?
    private let lock = NSLock()
    /// Above this many touched rows a write reloads everything rather than row by row.
    static let reloadThreshold = 5_000

    /// The tables the mirror holds.
    static let tables: Set<String> = ["node", "household", "tie"]

    /// Whether the mirror is on.
    var isActive: Bool { lock.withLock { rows != nil } }

    /// Runs `body` on the rows in memory, holding the mirror still; nil when the mirror is off.
    func withRows<T>(_ body: (MirrorRows) throws -> T) rethrows -> T? {
        lock.lock()
        defer { lock.unlock() }
        guard let rows else { return nil }
        return try body(rows)
    }

    /// Loads every row through `db`.
    func start(in db: Database) throws {
        let loaded = try MirrorRows.load(db)
        lock.withLock { rows = loaded }
    }

    /// Follows a committed transaction: reads the rows of `touched` (row ids by table) through the
    /// writer connection `db`, or every row when `touched` is nil. When the rows cannot be read,
    /// the mirror turns off and netwerkkaarten are read from SQLite again.
    func follow(touched: [String: Set<Int64>]?, in db: Database) {
        guard isActive else { return }
        do {
            guard let touched else {
                let loaded = try MirrorRows.load(db)
                return lock.withLock { rows = loaded }
            }
            let households = touched["household"] ?? []
            let nodes = touched["node"] ?? []
            let ties = touched["tie"] ?? []
            guard !households.isEmpty || !nodes.isEmpty || !ties.isEmpty else { return }
            let readHouseholds = try MirrorRows.households(households, in: db)
            let readNodes = try MirrorRows.nodes(nodes, in: db)
            let readTies = try MirrorRows.ties(ties, in: db)
            lock.withLock {
                rows?.apply(households: households, read: readHouseholds)
                rows?.apply(nodes: nodes, read: readNodes)
                rows?.apply(ties: ties, read: readTies)
            }
        } catch {
            lock.withLock { rows = nil }
        }
    }
}
