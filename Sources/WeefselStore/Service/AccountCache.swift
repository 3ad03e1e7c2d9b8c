import Foundation
import GRDB

/// The users of bearer tokens already looked up, so that a script's every request does not read
/// the token, the user and the team from SQLite.
///
/// Only a store that writes its database keeps one: it follows the writer connection's commits
/// (a GRDB transaction observer) and forgets everything once a transaction touches the users,
/// teams or tokens, before that write returns. A revoked token, a disabled user or a team's new
/// wijken therefore apply to the very next request.
final class AccountCache: TransactionObserver, @unchecked Sendable {
    private let lock = NSLock()
    private var users: [String: User] = [:]
    /// Advances whenever the accounts change; a lookup that overlapped a change is not kept.
    private var version: UInt64 = 0
    private var touched = false
    private let capacity: Int
    private static let tables: Set<String> = ["user", "team", "token"]

    init(capacity: Int = 10_000) { self.capacity = capacity }

    /// The user of the token whose hash is `hash`, looked up by `lookUp` unless known.
    func user(forTokenHash hash: String, lookUp: () throws -> User?) rethrows -> User? {
        let (known, version) = lock.withLock { (users[hash], self.version) }
        if let known { return known }
        let user = try lookUp()
        if let user {
            lock.withLock {
                guard self.version == version else { return }
                if users.count >= capacity { users.removeAll(keepingCapacity: true) }
                users[hash] = user
            }
        }
        return user
    }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool {
        Self.tables.contains(eventKind.tableName)
    }

    func databaseDidChange(with event: DatabaseEvent) { touched = true }

    func databaseDidCommit(_ db: Database) {
        guard touched else { return }
        touched = false
        lock.withLock {
            version &+= 1
            users.removeAll()
        }
    }

    func databaseDidRollback(_ db: Database) { touched = false }
}
