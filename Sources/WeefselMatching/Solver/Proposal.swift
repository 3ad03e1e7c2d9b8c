/// A feasible pair with its score and the reasons for it.
public struct Candidate: Sendable, Hashable, Codable {
    public var need: Need.ID
    public var offer: Offer.ID
    public var programme: Programme.ID
    public var score: Double
    public var reasons: [Reason]

    public init(need: Need.ID, offer: Offer.ID, programme: Programme.ID, score: Double, reasons: [Reason]) {
        self.need = need
        self.offer = offer
        self.programme = programme
        self.score = score
        self.reasons = reasons
    }
}

/// A waiting need left without a match in a proposal, and why.
public struct Unmatched: Sendable, Hashable, Codable {
    public var need: Need.ID
    public var programme: Programme.ID
    public var reason: UnmatchedReason
    public var dutch: String { reason.dutch }
    public var english: String { reason.english }

    public init(need: Need.ID, programme: Programme.ID, reason: UnmatchedReason) {
        self.need = need
        self.programme = programme
        self.reason = reason
    }
}

/// The set of pairs the software proposes for everybody waiting at once; people decide.
public struct Proposal: Sendable, Hashable, Codable {
    public var method: AssignmentMethod
    /// The sum of the scores of the proposed pairs.
    public var totalScore: Double
    /// The proposed pairs, by need id.
    public var matches: [Candidate]
    /// Waiting needs without a proposal, by need id.
    public var unmatched: [Unmatched]
    /// How many feasible pairs there were to choose from.
    public var feasiblePairs: Int

    public init(
        method: AssignmentMethod, totalScore: Double, matches: [Candidate], unmatched: [Unmatched], feasiblePairs: Int
    ) {
        self.method = method
        self.totalScore = totalScore
        self.matches = matches
        self.unmatched = unmatched
        self.feasiblePairs = feasiblePairs
    }
}
