import Foundation
import GRDB

/// The users of bearer tokens already looked up, so that a script's every request does not read
/// the token, the user and the team from SQLite.
///
/// Only a store that writes its database keeps one: the store's change observer
/// (``StoreChanges``) makes it forget everything once a transaction touches the users, teams or
/// tokens, before that write returns. A revoked token, a disabled user or a team's new wijken
/// therefore apply to the very next request.
final class AccountCache: @unchecked Sendable {
    private let lock = NSLock()
    private var users: [String: User] = [:]
    /// Advances whenever the accounts change; a lookup that overlapped a change is not kept.
    private var version: UInt64 = 0
    private let capacity: Int

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

    /// Forgets every user looked up, after a change to the accounts.
    func forget() {
        lock.withLock {
            version &+= 1
            users.removeAll()
        }
    }
}
