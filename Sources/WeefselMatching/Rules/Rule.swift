/// A hard rule a pair must meet; a pair that breaks one is never proposed.
///
/// The order is the order in which rules are checked, cheapest first, and breaks ties when the most
/// common failing rule is reported for a need nobody fits.
public enum Rule: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// The two sides are the same person or household.
    case samePerson
    /// Someone on the need side does not meet the programme's conditions (age band, child under 7, ...).
    case needEligibility
    /// The helper does not meet the programme's conditions (volunteer, age, role).
    case offerEligibility
    /// The offer has fewer free places than the need takes.
    case capacity
    /// The addresses are farther apart than the programme or the helper allows, or unknown.
    case distance
    /// The need's life areas are not among those the helper offers.
    case lifeArea
    /// They have no language in common.
    case language
    /// They are never available at the same time.
    case availability
    /// The helper's screening (VOG) is missing or expired.
    case screening
    /// One side's preferences (gender, age) rule out the other.
    case preferences
    /// There is a conflict tie between the two households.
    case conflict
    /// There is a professional tie between them already (no dual relationships).
    case professionalTie
    /// The pair was declined before, or was matched before and that match ended.
    case declinedBefore

    public var dutch: String {
        switch self {
        case .samePerson: "zelfde persoon of huishouden aan beide kanten"
        case .needEligibility: "hulpvrager voldoet niet aan de voorwaarden van het programma"
        case .offerEligibility: "vrijwilliger voldoet niet aan de voorwaarden van het programma"
        case .capacity: "geen plaats meer bij de vrijwilliger"
        case .distance: "te ver weg (of adres onbekend)"
        case .lifeArea: "hulpvraag past niet bij wat de vrijwilliger aanbiedt"
        case .language: "geen gemeenschappelijke taal"
        case .availability: "nooit tegelijk beschikbaar"
        case .screening: "geen geldige VOG"
        case .preferences: "past niet bij de wensen (geslacht, leeftijd)"
        case .conflict: "conflict tussen de huishoudens"
        case .professionalTie: "al een professionele relatie"
        case .declinedBefore: "eerder afgewezen of al eens gekoppeld"
        }
    }

    public var english: String {
        switch self {
        case .samePerson: "the same person or household on both sides"
        case .needEligibility: "the person helped does not meet the programme's conditions"
        case .offerEligibility: "the helper does not meet the programme's conditions"
        case .capacity: "the helper has no place left"
        case .distance: "too far apart (or address unknown)"
        case .lifeArea: "the need is not what the helper offers"
        case .language: "no language in common"
        case .availability: "never available at the same time"
        case .screening: "no valid certificate of conduct (VOG)"
        case .preferences: "does not fit the preferences (gender, age)"
        case .conflict: "a conflict between the households"
        case .professionalTie: "already a professional relationship"
        case .declinedBefore: "declined or matched before"
        }
    }

    public static func < (lhs: Rule, rhs: Rule) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Why a need is left without a match.
public enum UnmatchedReason: Sendable, Hashable, Codable {
    /// The programme has no open offer at all.
    case noOffers
    /// No offer meets every rule; the rule most offers break.
    case noFit(Rule, offers: Int)
    /// Offers fit, but their places went to pairs that scored higher.
    case outscored(candidates: Int)

    public var dutch: String {
        switch self {
        case .noOffers: "geen open aanbod in dit programma"
        case .noFit(let rule, let offers): "niemand past: \(rule.dutch) (bij \(offers) van de aanbieders)"
        case .outscored(let n):
            "\(n) passende aanbieder\(n == 1 ? "" : "s"), maar die plaatsen gaan naar koppels met een hogere score"
        }
    }

    public var english: String {
        switch self {
        case .noOffers: "no open offer in this programme"
        case .noFit(let rule, let offers): "nobody fits: \(rule.english) (for \(offers) of the offers)"
        case .outscored(let n):
            "\(n) fitting offer\(n == 1 ? "" : "s"), but their places go to pairs with a higher score"
        }
    }
}
