import WeefselGraph

/// A file a user hands to an import, as read from disk or an upload; which table it holds is
/// told by its header unless the user said so.
public struct ImportFile: Sendable {
    /// The tables an import file can hold.
    public enum Table: String, Sendable, Hashable {
        case nodes, ties
    }

    public var name: String
    public var bytes: [UInt8]
    public var table: Table?
    /// Whether the columns of a persons file that no table knows (a partner's `telefoon`) are kept
    /// as the person's own fields, or left out.
    public var keepsOwnColumns: Bool

    public init(name: String, bytes: [UInt8], table: Table? = nil, keepsOwnColumns: Bool = true) {
        self.name = name
        self.bytes = bytes
        self.table = table
        self.keepsOwnColumns = keepsOwnColumns
    }
}

/// The stored neighbourhood: persons and organisations, households and ties. Every write is one
/// transaction that also appends the audit entry it is given, so a change is never without its trace.
///
/// Implemented by the SQLite store (and later by a PostgreSQL one); the core depends on this only.
public protocol NeighbourhoodRepository: Sendable {
    func node(_ id: Node.ID) throws -> Node?
    func household(_ id: Household.ID) throws -> Household?
    /// The households of a wijk (of every wijk when nil), sorted by id.
    func households(wijk: String?) throws -> [Household]
    /// The members of a household, sorted by id.
    func members(of household: Household.ID) throws -> [Node]
    /// Nodes sorted by id, optionally of a kind, a wijk or whose name, street or id matches `text`.
    func nodes(kind: Node.Kind?, wijk: String?, matching text: String?) throws -> [Node]
    /// The ties of a node (or every tie), optionally of one kind.
    func ties(of node: Node.ID?, kind: Tie.Kind?) throws -> [Tie]
    /// Every node, household and tie.
    func neighbourhood() throws -> Neighbourhood
    /// A person's own fields (the columns of a partner's file that no table knows), by name.
    func ownFields(of id: Node.ID) throws -> [String: String]

    func add(_ node: Node, household: Household?, audit: AuditContext?) throws
    func update(_ node: Node, household: Household?, audit: AuditContext?) throws
    /// Removes a node and its ties; returns how many ties went with it.
    func removeNode(_ id: Node.ID, audit: AuditContext?) throws -> Int
    func add(_ tie: Tie, audit: AuditContext?) throws
    func update(_ tie: Tie, audit: AuditContext?) throws
    func removeTie(between a: Node.ID, and b: Node.ID, kind: Tie.Kind, audit: AuditContext?) throws
    /// What nodes and ties files hold, read and checked but not written.
    ///
    /// - Throws: the import's problems (`ImportFailure`) when the files cannot be imported.
    func readImport(_ files: [ImportFile]) throws -> Neighbourhood
    /// Imports nodes and ties files all or nothing; the audit entry names every person it changed.
    func importNeighbourhood(_ files: [ImportFile], audit: AuditContext?) throws -> (Neighbourhood, ImportSummary)
}
