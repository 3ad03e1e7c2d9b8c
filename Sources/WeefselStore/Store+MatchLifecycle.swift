import GRDB
import WeefselGraph
import WeefselMatching

extension Store {
    /// Takes up a pair a coordinator chose: checks every hard rule again today and records a new
    /// match in state `proposed` with the next free id (`M0001`, `M0002`, ...).
    ///
    /// - Throws: `StoreError.invalid` naming the broken rule, or when the need is not waiting.
    public func accept(_ need: Need.ID, _ offer: Offer.ID, on day: Day) throws(StoreError) -> Match {
        let problem = try matchingProblem(today: day)
        let candidate: Candidate
        do {
            candidate = try problem.check(need, offer)
        } catch {
            throw .invalid(field: "match", reason: error.description)
        }
        let taken = Set(try matches().map(\.id))
        var number = taken.count + 1
        while taken.contains(Store.matchID(number)) { number += 1 }
        let match = Match(
            id: Store.matchID(number), need: need, offer: offer, programme: candidate.programme, score: candidate.score,
            proposedOn: day)
        try save(match)
        return match
    }

    static func matchID(_ number: Int) -> Match.ID {
        let digits = String(number)
        return Match.ID("M" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits)
    }

    /// Records the next step of a match (`step` changes it by the lifecycle rules) and keeps its tie:
    /// from the start the match is a tie of its programme's kind between the two people (for a
    /// household, its first member by id); its end dates the tie.
    ///
    /// - Throws: `StoreError.invalid` for an unknown match or a step the lifecycle refuses.
    @discardableResult
    public func advance(
        _ id: Match.ID, _ step: (inout Match) throws(MatchingError) -> Void
    ) throws(StoreError) -> Match {
        guard var match = try match(id) else { throw .invalid(field: "match", reason: "unknown match '\(id)'") }
        do {
            try step(&match)
        } catch {
            throw .invalid(field: "match", reason: error.description)
        }
        var tie: Tie?
        if match.startedOn != nil {
            let kind = try programmes().first { $0.id == match.programme }?.tieKind ?? .maatje
            guard let need = try need(match.need), let offer = try offer(match.offer),
                let needSide = try person(need.person, need.household),
                let offerSide = try person(offer.person, offer.household)
            else { throw .invalid(field: "match", reason: "match '\(id)': cannot tell who the two people are") }
            tie = match.tie(between: needSide, and: offerSide, kind: kind)
        }
        try save(match, tie: tie)
        return match
    }

    private func person(_ person: Node.ID?, _ household: Household.ID?) throws(StoreError) -> Node.ID? {
        if let person { return person }
        guard let household else { return nil }
        return try members(of: household).map(\.id).min()
    }
}
