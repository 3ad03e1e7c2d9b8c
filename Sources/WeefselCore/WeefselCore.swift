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

    /// The core over `repositories`; reads go on record through `readLog`, or straight into the
    /// audit repository when nil.
    public init(repositories: Repositories, readLog: (any ReadLog)? = nil) {
        let generation = repositories.analysis.generation
        reads = Reads(log: readLog ?? StoredReadLog(audit: repositories.audit))
        network = NetworkAround(source: repositories.analysis)
        records = NeighbourhoodRecords(
            neighbourhood: repositories.neighbourhood, matching: repositories.matching,
            searchIndex: SearchIndex(generation: generation))
        desk = MatchingDesk(
            neighbourhood: repositories.neighbourhood, matching: repositories.matching, generation: generation)
        outreach = Outreach(outreach: repositories.outreach, records: records)
        privacy = PrivacyDesk(privacy: repositories.privacy, audit: repositories.audit, records: records)
        administration = Administration(
            accounts: repositories.accounts, sessions: repositories.sessions, audit: repositories.audit,
            snapshots: repositories.snapshots)
        tokens = Tokens(sessions: repositories.sessions, audit: repositories.audit)
        snapshots = Snapshots(
            snapshots: repositories.snapshots, neighbourhood: repositories.neighbourhood, source: repositories.analysis,
            network: network)
        undo = Undo(records: records, privacy: privacy)
    }
}

extension Core {
    /// The record of reads alone, for a door that shows persons without a store of its own open
    /// for writing (a command beside a running service).
    public static func reads(_ log: any ReadLog) -> Reads { Reads(log: log) }
}
