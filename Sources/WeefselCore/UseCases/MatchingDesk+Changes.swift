import WeefselGraph
import WeefselMatching

extension MatchingDesk {
    /// Changes the need `id`, which must be in the actor's sight, and registers the change with
    /// every check of a registration.
    ///
    /// - Throws: `Problem.notFound` for a need out of sight, and what ``register(_:replacing:by:)``
    ///   throws.
    @discardableResult
    public func change(need id: Need.ID, by actor: Actor, _ change: (inout Need) throws -> Void) throws -> Need {
        var need = try found(try needs(for: actor), id.rawValue)
        try change(&need)
        return try register(need, replacing: true, by: actor)
    }

    /// Changes the offer `id`, as ``change(need:by:_:)`` does for needs.
    @discardableResult
    public func change(offer id: Offer.ID, by actor: Actor, _ change: (inout Offer) throws -> Void) throws -> Offer {
        var offer = try found(try offers(for: actor), id.rawValue)
        try change(&offer)
        return try register(offer, replacing: true, by: actor)
    }

    private func found<Side: MatchingSide>(_ sides: [Side], _ id: String) throws -> Side {
        guard let side = sides.first(where: { $0.externalID == id }) else { throw Problem.notFound(id) }
        return side
    }
}

extension MatchingSide {
    /// Closes the need or offer on `day`: it waits no longer and takes no new matches.
    public mutating func close(on day: Day) {
        terms.status = .closed
        terms.closedOn = day
    }
}
