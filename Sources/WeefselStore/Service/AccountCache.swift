import Foundation
import Synchronization

/// The users of bearer tokens already looked up, so that a script's every request does not read
/// the token, the user and the team from SQLite.
///
/// Only a store that writes its database keeps one: the store's change observer
/// (``StoreChanges``) makes it forget everything once a transaction touches the users, teams or
/// tokens, before that write returns. A revoked token, a disabled user or a team's new wijken
/// therefore apply to the very next request.
final class AccountCache: Sendable {
    private struct State {
        var users: [String: User] = [:]
        /// Advances whenever the accounts change; a lookup that overlapped a change is not kept.
        var version: UInt64 = 0
    }

    private let state = Mutex(State())
    private let capacity: Int

    init(capacity: Int = 10_000) { self.capacity = capacity }

    /// The user of the token whose hash is `hash`, looked up by `lookUp` unless known.
    func user(forTokenHash hash: String, lookUp: () throws -> User?) rethrows -> User? {
        let (known, version) = state.withLock { ($0.users[hash], $0.version) }
        if let known { return known }
        let user = try lookUp()
        if let user {
            state.withLock { state in
                guard state.version == version else { return }
                if state.users.count >= capacity { state.users.removeAll(keepingCapacity: true) }
                state.users[hash] = user
            }
        }
        return user
    }

    /// Forgets every user looked up, after a change to the accounts.
    func forget() {
        state.withLock { state in
            state.version &+= 1
            state.users.removeAll()
        }
    }
}
