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
    /// A token's user, and until when the token lives.
    struct Entry {
        var user: User
        var expiresAt: Date
    }

    private struct State {
        var users: [String: Entry] = [:]
        /// Advances whenever the accounts change; a lookup that overlapped a change is not kept.
        var version: UInt64 = 0
    }

    private let state = Mutex(State())
    private let capacity: Int

    init(capacity: Int = 10_000) { self.capacity = capacity }

    /// The user of the token whose hash is `hash` at `now`, looked up by `lookUp` unless known.
    /// `lookUp` returns nil for a token that does not sign in, and the entry with whether it may be
    /// remembered (a token that ends with its session is checked against the session every time).
    func user(forTokenHash hash: String, at now: Date, lookUp: () throws -> (Entry, remember: Bool)?) rethrows
        -> User?
    {
        let (known, version) = state.withLock { ($0.users[hash], $0.version) }
        if let known { return now < known.expiresAt ? known.user : nil }
        guard let (entry, remember) = try lookUp() else { return nil }
        if remember {
            state.withLock { state in
                guard state.version == version else { return }
                if state.users.count >= capacity { state.users.removeAll(keepingCapacity: true) }
                state.users[hash] = entry
            }
        }
        return entry.user
    }

    /// Forgets every user looked up, after a change to the accounts.
    func forget() {
        state.withLock { state in
            state.version &+= 1
            state.users.removeAll()
        }
    }
}
