import WeefselGraph
import WeefselMatching

/// `match propose --json`: `{"total_score", "matches": [{"need", "offer", "score", "reasons"}], "unmatched": [...]}`.
struct ProposalJSON: Encodable {
    let total_score: Double
    let method: String
    let matches: [CandidateJSON]
    let unmatched: [UnmatchedJSON]

    init(_ proposal: Proposal) {
        total_score = proposal.totalScore
        method = proposal.method.rawValue
        matches = proposal.matches.map(CandidateJSON.init)
        unmatched = proposal.unmatched.map(UnmatchedJSON.init)
    }
}

/// A pair with its score and reasons, as `match propose` and `match candidates` print it.
struct CandidateJSON: Encodable {
    struct ReasonJSON: Encodable {
        let criterion: String
        let points: Double
        let nl: String
        let en: String
    }

    let need: String
    let offer: String
    let programme: String
    let score: Double
    let reasons: [ReasonJSON]

    init(_ candidate: Candidate) {
        need = candidate.need.rawValue
        offer = candidate.offer.rawValue
        programme = candidate.programme.rawValue
        score = candidate.score
        reasons = candidate.reasons.map {
            ReasonJSON(criterion: $0.criterion.rawValue, points: $0.points, nl: $0.dutch, en: $0.english)
        }
    }
}

struct UnmatchedJSON: Encodable {
    let need: String
    let programme: String
    let reason: String
    let nl: String
    let en: String

    init(_ unmatched: Unmatched) {
        need = unmatched.need.rawValue
        programme = unmatched.programme.rawValue
        switch unmatched.reason {
        case .noOffers: reason = "no_offers"
        case .noFit(let rule, _): reason = rule.rawValue
        case .outscored: reason = "outscored"
        }
        nl = unmatched.dutch
        en = unmatched.english
    }
}
