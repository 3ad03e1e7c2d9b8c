import WeefselGraph

/// What a need and an offer have in common: who asks or offers, in which programme, for which
/// life areas, in which languages, when, with which preferences, and whether they are still open.
/// A field added here is a field of both.
public struct MatchingTerms: Sendable, Hashable, Codable {
    /// The person who is helped or helps; `nil` when it is a household's.
    public var person: Node.ID?
    /// The household; for a person's need or offer, `nil` means the person's household.
    public var household: Household.ID?
    public var programme: Programme.ID
    /// The life areas, from the programme's list; for an offer, empty for any.
    public var lifeAreas: [String]
    /// Languages, most preferred first; empty to use the person's languages.
    public var languages: [String]
    public var availability: WeekParts
    /// The gender of the person, for the other side's preferences.
    public var gender: Gender?
    /// What this side asks of the other.
    public var preferences: Preferences
    public var status: Status
    /// The day it was closed, when it is.
    public var closedOn: Day?
    public var notes: String?
}

/// A need or an offer: its id and its ``MatchingTerms``, whose fields read as its own
/// (`need.programme`, `offer.status = .closed`).
@dynamicMemberLookup
public protocol MatchingSide: Sendable, Codable {
    /// The need's or offer's id as the user wrote it.
    var externalID: String { get }
    var terms: MatchingTerms { get set }
}

extension MatchingSide {
    public subscript<Value>(dynamicMember field: WritableKeyPath<MatchingTerms, Value>) -> Value {
        get { terms[keyPath: field] }
        set { terms[keyPath: field] = newValue }
    }
}
