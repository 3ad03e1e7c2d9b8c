import WeefselCore

/// The repositories over this database, one per aggregate: each a small value that reads and
/// writes its tables through the store's transactions.
extension Store {
    /// Persons and organisations, households, ties and the persons' own fields.
    public var neighbourhood: NeighbourhoodStore { NeighbourhoodStore(database: self) }
    /// Programmes, needs, offers and matches with their steps.
    public var matching: MatchingStore { MatchingStore(database: self) }
    /// Visits to households.
    public var outreach: OutreachStore { OutreachStore(database: self) }
    /// Consent, the right of access and erasure.
    public var privacy: PrivacyStore { PrivacyStore(database: self) }
    /// Teams and the accounts that sign in.
    public var accounts: AccountStore { AccountStore(database: self) }
    /// Sign-in, sessions and bearer tokens.
    public var sessions: SessionStore { SessionStore(database: self) }
    /// The hash-chained audit log.
    public var audit: AuditStore { AuditStore(database: self) }
    /// Indicators and worklists kept under a label.
    public var snapshots: SnapshotStore { SnapshotStore(database: self) }
    /// The network as the analyses read it.
    public var analysis: AnalysisStore { AnalysisStore(database: self) }

    /// Every repository of this database, as the core takes them.
    public var repositories: Repositories {
        Repositories(
            neighbourhood: neighbourhood, matching: matching, outreach: outreach, privacy: privacy,
            accounts: accounts, sessions: sessions, audit: audit, snapshots: snapshots, analysis: analysis)
    }
}
