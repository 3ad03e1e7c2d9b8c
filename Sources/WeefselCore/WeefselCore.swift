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

    public init(storage: any NeighbourhoodRepository & MatchingRepository & OutreachRepository) {
        records = NeighbourhoodRecords(storage: storage)
        desk = MatchingDesk(storage: storage)
        outreach = Outreach(storage: storage, records: records)
    }
}
