import WeefselGraph

/// What can go wrong when matching needs with offers or recording what happens to a match.
public enum MatchingError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownProgramme(Programme.ID)
    case unknownNeed(Need.ID)
    case unknownOffer(Offer.ID)
    case unknownMatch(Match.ID)
    /// A need or offer that names neither a person nor a household.
    case nobody(String)
    case duplicateID(String)
    /// A match cannot go from one state to the other.
    case illegalTransition(Match.ID, from: Match.State, to: Match.State)
    /// A step is dated before the step it follows.
    case dateBeforeLastStep(Match.ID, Day)
    /// A pair the hard rules forbid, with the rule in plain words.
    case forbiddenPair(Need.ID, Offer.ID, Rule)
    case invalidProgrammes(String)
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .unknownProgramme(let id): "unknown programme '\(id)'"
        case .unknownNeed(let id): "unknown need '\(id)'"
        case .unknownOffer(let id): "unknown offer '\(id)'"
        case .unknownMatch(let id): "unknown match '\(id)'"
        case .nobody(let id): "'\(id)' names neither a person nor a household"
        case .duplicateID(let id): "the id '\(id)' is used twice"
        case .illegalTransition(let id, let from, let to):
            "match '\(id)' cannot go from \(from.rawValue) to \(to.rawValue)"
                + (from.isFinal ? " (it is \(from.rawValue) for good)" : "")
        case .dateBeforeLastStep(let id, let day): "match '\(id)': \(day) is before its last step"
        case .forbiddenPair(let need, let offer, let rule):
            "need '\(need)' and offer '\(offer)' may not be matched: \(rule.english)"
        case .invalidProgrammes(let text): "programmes: \(text)"
        case .invalidArgument(let text): text
        }
    }
}
