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

extension MatchingDesk {
    /// The persons on either side of `pairs` of needs and offers, for the record of who was read.
    public func persons(in pairs: [(Need.ID, Offer.ID)]) throws -> [Node.ID] {
        var people: Set<Node.ID> = []
        for (need, offer) in pairs {
            if let person = try matching.need(need)?.person { people.insert(person) }
            if let person = try matching.offer(offer)?.person { people.insert(person) }
        }
        return people.sorted()
    }

    /// The persons a proposal names: both sides of every pair, and who still waits.
    public func persons(in proposal: Proposal) throws -> [Node.ID] {
        var people = Set(try persons(in: proposal.matches.map { ($0.need, $0.offer) }))
        for unmatched in proposal.unmatched {
            if let person = try matching.need(unmatched.need)?.person { people.insert(person) }
        }
        return people.sorted()
    }
}

extension MatchingDesk {
    /// The programmes of the register, by id: what every role may know.
    public func programmes() throws -> [Programme] { try matching.programmes().sorted { $0.id < $1.id } }

    /// Replaces the programmes of the register (their rules and weights): the installation's
    /// administration, for admins and the local operator.
    public func replaceProgrammes(_ programmes: [Programme], by actor: Actor) throws {
        guard actor.role == .admin else { throw Problem.forbidden }
        try matching.replaceProgrammes(programmes)
    }

    /// The funder report from `start` to `end`: per programme the waiting list, new, active and
    /// ended matches and their durations, over the needs and matches the actor may see. Figures
    /// only, with matches of erased persons counted as the anonymous rows they became.
    ///
    /// - Throws: `Problem.forbidden` for roles that do not match; `Problem.invalid` for a period
    ///   that ends before it starts.
    public func report(from start: Day, to end: Day, for actor: Actor) throws -> MatchingReport {
        guard start <= end else { throw Problem.invalid(field: "from", reason: .periodReversed) }
        do {
            return try MatchingReport(
                programmes: try programmes(), needs: try needs(for: actor), matches: try matches(for: actor),
                from: start, to: end)
        } catch let error as MatchingError {
            throw Problem.invalid(field: "from", reason: .unknownValue(error.description, expected: []))
        }
    }
}
