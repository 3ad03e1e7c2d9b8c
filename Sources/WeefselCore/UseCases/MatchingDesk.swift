import Foundation
import WeefselGraph
import WeefselMatching

/// The matching desk of a vrijwilligerscentrale: proposals with their reasons, and the register
/// of matches from acceptance to their end.
///
/// Only people who consented to matching take part, whoever asks and through whichever door; an
/// actor sees only the pairs and needs of their wijken; a match ended as completed closes its need.
public struct MatchingDesk: Sendable {
    let neighbourhood: any NeighbourhoodRepository
    let matching: any MatchingRepository
    /// Advances with every committed change, matching included.
    let generation: StoreGeneration
    /// The register as last read, until the data change.
    private let registers = GenerationCache<Int, Register>(limit: 1)
    /// The proposals of every programme and day asked for, before each actor's sight is applied.
    private let proposals = GenerationCache<ProposalKey, Proposal>()

    private struct ProposalKey: Hashable, Sendable {
        let programme: Programme.ID?
        let day: Day
        let method: AssignmentMethod
    }

    /// The register of needs, offers and matches with the neighbourhood they are in.
    func register() throws -> Register {
        try registers.value(0, at: generation.current) { try Register(neighbourhood, matching) }
    }

    /// The programme named `text` (its id, in any case), or nil for no text.
    ///
    /// - Throws: `Problem.unknownProgramme` naming the programmes there are.
    public func programme(named text: String?) throws -> Programme.ID? {
        guard let text else { return nil }
        let known = try matching.programmes().map(\.id)
        let folded = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let id = known.first(where: { $0.rawValue.lowercased() == folded }) else {
            throw Problem.unknownProgramme(text, known: known)
        }
        return id
    }

    /// Needs, offers, the neighbourhood and the history as one matching problem on `day`, with
    /// only the needs and offers of people who consented to matching.
    public func problem(on day: Day) throws -> MatchingProblem {
        try problem(of: register(), on: day)
    }

    private func problem(of register: Register, on day: Day) throws -> MatchingProblem {
        let consent = ConsentIndex(register.neighbourhood)
        return try MatchingProblem(
            programmes: try matching.programmes(),
            needs: register.needs.filter { consent.mayMatch($0.person, $0.household) },
            offers: register.offers.filter { consent.mayMatch($0.person, $0.household) },
            history: register.matches, neighbourhood: register.neighbourhood, today: day)
    }

    /// The best pairs for everybody waiting (of one programme when given), as `actor` may see them.
    ///
    /// - Throws: `Problem.unknownProgramme`; `Problem.forbidden` for a role without matching.
    public func propose(
        programme text: String? = nil, on day: Day, using method: AssignmentMethod = .optimal, by actor: Actor
    ) throws -> Proposal {
        try requireMatcher(actor)
        let programme = try programme(named: text)
        let generation = generation.current
        let register = try register()
        var proposal = try proposals.value(ProposalKey(programme: programme, day: day, method: method), at: generation)
        {
            try problem(of: register, on: day).propose(programme: programme, using: method)
        }
        let sight = MatchingSight(actor, register)
        proposal.matches = proposal.matches.filter { sight.sees($0.need) && sight.sees($0.offer) }
        proposal.unmatched = proposal.unmatched.filter { sight.sees($0.need) }
        proposal.totalScore = proposal.matches.reduce(0) { $0 + $1.score }
        return proposal
    }

    /// Every feasible pair (for one need, or of one programme), best first, as `actor` may see them.
    public func candidates(
        for need: Need.ID? = nil, programme text: String? = nil, top: Int? = nil, on day: Day, by actor: Actor
    ) throws -> [Candidate] {
        try requireMatcher(actor)
        let programme = try programme(named: text)
        let register = try register()
        let sight = MatchingSight(actor, register)
        let problem = try problem(of: register, on: day)
        if let need {
            guard sight.sees(need) else { throw Problem.notFound(need.rawValue) }
            return try problem.candidates(for: need, top: top).filter { sight.sees($0.offer) }
        }
        return problem.candidates(programme: programme).filter { sight.sees($0.need) && sight.sees($0.offer) }
    }

    /// The needs `actor` may see, by id.
    public func needs(for actor: Actor) throws -> [Need] {
        try requireMatcher(actor)
        let register = try register()
        let sight = MatchingSight(actor, register)
        return register.needs.filter { sight.sees($0.id) }
    }

    /// The offers `actor` may see, by id.
    public func offers(for actor: Actor) throws -> [Offer] {
        try requireMatcher(actor)
        let register = try register()
        let sight = MatchingSight(actor, register)
        return register.offers.filter { sight.sees($0.id) }
    }

    /// The matches whose two sides `actor` may see, by id.
    public func matches(for actor: Actor) throws -> [Match] {
        try requireMatcher(actor)
        let register = try register()
        let sight = MatchingSight(actor, register)
        return register.matches.filter { sight.sees($0.need) && sight.sees($0.offer) }
    }

    /// Registers a new need (`existing` false) or changes one, for a person or household in the
    /// actor's sight, in a programme of the register.
    ///
    /// - Throws: `Problem.unknownProgramme`, `Problem.notFound` for a need or person out of sight,
    ///   `Problem.invalid` for a need that names nobody or an id that is taken.
    @discardableResult
    public func register(_ need: Need, replacing existing: Bool, by actor: Actor) throws -> Need {
        try requireMatcher(actor)
        var need = need
        need.programme = try checked(need, replacing: existing, stored: try matching.need(need.id), by: actor)
        try matching.save(need, audit: actor.auditContext)
        return need
    }

    /// Registers a new offer or changes one, as ``register(_:replacing:by:)`` does for needs.
    @discardableResult
    public func register(_ offer: Offer, replacing existing: Bool, by actor: Actor) throws -> Offer {
        try requireMatcher(actor)
        var offer = offer
        offer.programme = try checked(offer, replacing: existing, stored: try matching.offer(offer.id), by: actor)
        guard (offer.capacity ?? 1) >= 0 else {
            throw Problem.invalid(field: "capacity", reason: .negative)
        }
        try matching.save(offer, audit: actor.auditContext)
        return offer
    }

    /// The programme of a need or offer as the register spells it, once the side may be written.
    private func checked<Side: MatchingSide>(
        _ side: Side, replacing existing: Bool, stored: Side?, by actor: Actor
    ) throws -> Programme.ID {
        try RecordText.checkID(side.externalID, field: "id")
        try RecordText.checkText(side.notes, field: "notes", multiline: true)
        if existing {
            guard let stored, MatchingSight(actor, try register()).sees(stored.person, stored.household) else {
                throw Problem.notFound(side.externalID)
            }
        } else if stored != nil {
            throw Problem.invalid(field: "id", reason: .taken(side.externalID))
        }
        guard side.person != nil || side.household != nil else {
            throw Problem.invalid(field: "person", reason: .empty)
        }
        if let person = side.person {
            _ = try NeighbourhoodRecords.nodeForMatching(person, in: neighbourhood, for: actor)
        } else if let household = side.household {
            guard let home = try neighbourhood.household(household),
                Visibility(actor).sees(home, members: try neighbourhood.members(of: household))
            else { throw Problem.notFound(household.rawValue) }
        }
        guard let programme = try programme(named: side.programme.rawValue) else {
            throw Problem.invalid(field: "programme", reason: .empty)
        }
        return programme
    }

    /// Takes up a pair a coordinator chose: every hard rule is checked again on `day`, and the
    /// match is recorded with the next id of the register in the same transaction.
    public func accept(_ need: Need.ID, _ offer: Offer.ID, on day: Day, by actor: Actor) throws -> Match {
        try requireMatcher(actor)
        let register = try register()
        let sight = MatchingSight(actor, register)
        guard sight.sees(need) else { throw Problem.notFound(need.rawValue) }
        guard sight.sees(offer) else { throw Problem.notFound(offer.rawValue) }
        let candidate = try problem(of: register, on: day).check(need, offer)
        return try matching.recordMatch(
            need: need, offer: offer, programme: candidate.programme, score: candidate.score, on: day,
            audit: actor.auditContext)
    }

    /// Records the next step of a match (`step` changes it by the lifecycle rules) and keeps its
    /// tie: from its start the match is a tie of its programme's kind between the two people (for a
    /// household, its first member by id), and its end dates the tie. A match ended as completed
    /// closes its need, so the need is not proposed again.
    @discardableResult
    public func advance(
        _ id: Match.ID, by actor: Actor, _ step: (inout Match) throws(MatchingError) -> Void
    ) throws -> Match {
        try requireMatcher(actor)
        let register = try register()
        guard var match = register.matches.first(where: { $0.id == id }) else {
            throw MatchingError.unknownMatch(id)
        }
        let sight = MatchingSight(actor, register)
        guard sight.sees(match.need), sight.sees(match.offer) else { throw Problem.notFound(id.rawValue) }
        try step(&match)
        var tie: Tie?
        if match.startedOn != nil {
            let kind = try matching.programmes().first { $0.id == match.programme }?.tieKind ?? .maatje
            guard let need = try matching.need(match.need), let offer = try matching.offer(match.offer),
                let needSide = try person(need.person, need.household),
                let offerSide = try person(offer.person, offer.household)
            else { throw MatchingError.invalidArgument("match '\(id)': cannot tell who the two people are") }
            tie = match.tie(between: needSide, and: offerSide, kind: kind)
        }
        let closing = match.state == .ended && match.endReason == .completed ? match.need : nil
        try matching.save(match, tie: tie, closing: closing, audit: actor.auditContext)
        return match
    }

    private func person(_ person: Node.ID?, _ household: Household.ID?) throws -> Node.ID? {
        if let person { return person }
        guard let household else { return nil }
        return try neighbourhood.members(of: household).map(\.id).min()
    }

    /// Coordinators and admins match, and the local operator.
    func requireMatcher(_ actor: Actor) throws {
        guard [.admin, .coordinator].contains(actor.role) else { throw Problem.forbidden }
    }
}
