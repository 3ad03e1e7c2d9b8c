import WeefselGraph
import WeefselMatching

/// Intake: the codes of new needs and offers, and partners' files of them.
extension MatchingDesk {
    /// A free code for a new need or offer of `owner` (a person or household), in the register's
    /// style: `N-P000046` for a need (hulpvraag), `A-P000015` for an offer (aanbod), then `-2`, `-3`.
    public func newID(offer: Bool, for owner: String, by actor: Actor) throws -> String {
        try requireMatcher(actor)
        let taken = Set(
            offer
                ? try matching.offers(programme: nil, status: nil).map(\.id.rawValue)
                : try matching.needs(programme: nil, status: nil).map(\.id.rawValue))
        let base = (offer ? "A-" : "N-") + owner
        var code = base
        var number = 1
        while taken.contains(code) {
            number += 1
            code = "\(base)-\(number)"
        }
        return code
    }

    /// Imports a partner's needs and offers files, all or nothing, on record as the actor's.
    ///
    /// The files may name anyone in the installation, so only the local operator imports them (a
    /// signed-in user registers needs and offers one by one, within their wijken).
    ///
    /// - Throws: `Problem.forbidden` for anyone but the local operator; the files' problems.
    public func importNeedsAndOffers(_ files: [ImportFile], today: Day, by actor: Actor) throws -> (
        needs: Int, offers: Int
    ) {
        guard actor.user == nil, Visibility(actor).wijken == nil else { throw Problem.forbidden }
        return try matching.importMatching(files, today: today, audit: actor.auditContext)
    }
}
