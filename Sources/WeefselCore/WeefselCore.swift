/// The application behind Weefsel's three doors (the command line, the JSON API and the web
/// pages): use cases grouped by what users do, each taking the actor who does it.
///
/// The doors translate arguments, JSON and forms into calls of the core and its answers back;
/// who may see or change what, consent, the audit trail and the invariants of each write are
/// decided here, over storage interfaces that the SQLite store (and later others) implement.
public struct Core: Sendable {
    /// Persons, households and ties.
    public let records: NeighbourhoodRecords
    /// Proposals and the register of matches.
    public let desk: MatchingDesk
    /// Visits to households and the contacts they make.
    public let outreach: Outreach
    /// Consent, the right of access and erasure.
    public let privacy: PrivacyDesk
    /// Teams, accounts and snapshots of the installation.
    public let administration: Administration
    /// The record of every read of personal data.
    public let reads: Reads
    /// The netwerkkaart of one person, and the wijken an actor works in.
    public let network: NetworkAround
    /// Bearer tokens for scripts.
    public let tokens: Tokens
    /// Snapshots of the network and what changed between two of them.
    public let snapshots: Snapshots
    /// Taking back a change shortly after it was made.
    public let undo: Undo

    /// The core over `storage`; reads go on record through `readLog`, or straight into the
    /// storage's audit log when nil.
    public init(storage: any Storage, readLog: (any ReadLog)? = nil) {
        reads = Reads(log: readLog ?? StoredReadLog(storage: storage))
        network = NetworkAround(source: storage)
        records = NeighbourhoodRecords(storage: storage, searchIndex: SearchIndex(generation: storage.generation))
        desk = MatchingDesk(storage: storage, generation: storage.generation)
        outreach = Outreach(storage: storage, records: records)
        privacy = PrivacyDesk(storage: storage, records: records)
        administration = Administration(storage: storage)
        tokens = Tokens(storage: storage)
        snapshots = Snapshots(storage: storage, network: network)
        undo = Undo(records: records, privacy: privacy)
    }
}

/// Everything the core keeps, behind the interfaces of each aggregate: one database object that
/// implements them all (SQLite by default).
public typealias Storage = NeighbourhoodRepository & MatchingRepository & OutreachRepository & PrivacyRepository
    & AccountRepository & AuditRepository & SessionRepository & SnapshotRepository & AnalysisSource

extension Core {
    /// The record of reads alone, for a door that shows persons without a store of its own open
    /// for writing (a command beside a running service).
    public static func reads(_ log: any ReadLog) -> Reads { Reads(log: log) }
}
