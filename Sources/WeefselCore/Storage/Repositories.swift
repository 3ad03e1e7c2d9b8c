/// Everything the core keeps, one interface per aggregate: what a storage backend (SQLite by
/// default, PostgreSQL for a city) hands to ``Core``.
///
/// The repositories of one backend share one database, so that a write and its audit entry
/// commit together; the core never assumes more than the interface of each.
public struct Repositories: Sendable {
    /// Persons and organisations, households, ties and the persons' own fields.
    public var neighbourhood: any NeighbourhoodRepository
    /// Programmes, needs, offers and matches with their steps.
    public var matching: any MatchingRepository
    /// Visits to households.
    public var outreach: any OutreachRepository
    /// Consent, the right of access and erasure.
    public var privacy: any PrivacyRepository
    /// Teams and the accounts that sign in.
    public var accounts: any AccountRepository
    /// Sign-in, sessions and bearer tokens.
    public var sessions: any SessionRepository
    /// The hash-chained audit log.
    public var audit: any AuditRepository
    /// Indicators and worklists kept under a label.
    public var snapshots: any SnapshotRepository
    /// The network as the analyses read it.
    public var analysis: any AnalysisSource

    public init(
        neighbourhood: any NeighbourhoodRepository, matching: any MatchingRepository, outreach: any OutreachRepository,
        privacy: any PrivacyRepository, accounts: any AccountRepository, sessions: any SessionRepository,
        audit: any AuditRepository, snapshots: any SnapshotRepository, analysis: any AnalysisSource
    ) {
        self.neighbourhood = neighbourhood
        self.matching = matching
        self.outreach = outreach
        self.privacy = privacy
        self.accounts = accounts
        self.sessions = sessions
        self.audit = audit
        self.snapshots = snapshots
        self.analysis = analysis
    }
}
