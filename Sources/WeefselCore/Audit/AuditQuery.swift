import Foundation
import WeefselGraph

/// Which audit entries to list.
public struct AuditQuery: Sendable, Hashable {
    public var person: Node.ID?
    public var user: User.ID?
    /// Entries at or after this time.
    public var from: Date?
    /// Entries before this time.
    public var to: Date?
    public var limit: Int?

    public init(person: Node.ID? = nil, user: User.ID? = nil, from: Date? = nil, to: Date? = nil, limit: Int? = nil) {
        self.person = person
        self.user = user
        self.from = from
        self.to = to
        self.limit = limit
    }
}

/// The outcome of checking the audit log's hash chain.
public struct AuditVerification: Sendable, Hashable, Codable {
    /// One entry that breaks the chain, and how.
    public struct Problem: Sendable, Hashable, Codable, CustomStringConvertible {
        public var seq: Int64
        public var reason: String
        public var description: String { "entry \(seq): \(reason)" }

        public init(seq: Int64, reason: String) {
            self.seq = seq
            self.reason = reason
        }
    }

    public var entries: Int
    /// The hash of the last entry: write it down elsewhere to detect a log cut short later.
    public var head: String
    public var problems: [Problem]
    /// The last entry whose hash a record outside the database confirms, if any.
    public var anchored: Int64?
    public var isIntact: Bool { problems.isEmpty }

    public init(entries: Int, head: String, problems: [Problem], anchored: Int64? = nil) {
        self.entries = entries
        self.head = head
        self.problems = problems
        self.anchored = anchored
    }
}
