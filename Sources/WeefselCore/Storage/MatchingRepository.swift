import WeefselGraph
import WeefselMatching

/// The stored matching register: programmes, needs, offers and matches with their steps.
public protocol MatchingRepository: Sendable {
    func programmes() throws -> [Programme]
    /// Replaces the programmes of the register.
    func replaceProgrammes(_ programmes: [Programme]) throws
    func needs(programme: Programme.ID?, status: Status?) throws -> [Need]
    func offers(programme: Programme.ID?, status: Status?) throws -> [Offer]
    func need(_ id: Need.ID) throws -> Need?
    func offer(_ id: Offer.ID) throws -> Offer?
    /// Every match with its steps, by id.
    func matches() throws -> [Match]
    /// Whether any need, offer or match names this person: their history, which a funder report counts.
    func hasMatchingHistory(_ person: Node.ID) throws -> Bool

    /// Records a new match in state `proposed` in one transaction that takes its id from the
    /// register's sequence (`M0001`, `M0002`, ...) and refuses a need that already has a live match.
    func recordMatch(
        need: Need.ID, offer: Offer.ID, programme: Programme.ID, score: Double?, on day: Day, audit: AuditContext?
    ) throws -> Match
    /// Stores the new steps of a match in one transaction, with its tie on the map and, when
    /// `closing` is given, that need closed on the match's last day.
    func save(_ match: Match, tie: Tie?, closing need: Need.ID?, audit: AuditContext?) throws
    /// Adds a need, or replaces the need with the same id, with its audit entry.
    func save(_ need: Need, audit: AuditContext?) throws
    /// Adds an offer, or replaces the offer with the same id, with its audit entry.
    func save(_ offer: Offer, audit: AuditContext?) throws
    /// Imports needs and offers files all or nothing.
    func importMatching(_ files: [ImportFile], today: Day, audit: AuditContext?) throws -> (needs: Int, offers: Int)
}
