import WeefselGraph

/// What a need and an offer have in common: who asks or offers, in which programme, for which
/// life areas, in which languages, when, with which preferences, and whether they are still open.
public protocol MatchingSide: Sendable {
    /// The need's or offer's id as the user wrote it.
    var externalID: String { get }
    var person: Node.ID? { get set }
    var household: Household.ID? { get set }
    var programme: Programme.ID { get set }
    var lifeAreas: [String] { get set }
    var languages: [String] { get set }
    var availability: WeekParts { get set }
    var gender: Gender? { get set }
    var preferences: Preferences { get set }
    var status: Status { get set }
    var closedOn: Day? { get set }
    var notes: String? { get set }
}

extension Need: MatchingSide {
    public var externalID: String { id.rawValue }
}

extension Offer: MatchingSide {
    public var externalID: String { id.rawValue }
}
