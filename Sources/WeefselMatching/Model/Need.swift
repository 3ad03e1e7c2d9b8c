import WeefselGraph

/// Someone's gender as recorded at intake, for the preferences of the other side.
public enum Gender: String, Sendable, Hashable, Codable, CaseIterable {
    case female, male, other

    /// Parses English or Dutch (`vrouw`, `man`, `v`, `m`, `anders`).
    public init?(parsing text: String) {
        switch text.lowercased().filter({ !$0.isWhitespace }) {
        case "female", "f", "vrouw", "v": self = .female
        case "male", "m", "man": self = .male
        case "other", "x", "anders": self = .other
        default: return nil
        }
    }
}

/// What one side asks of the person on the other side. Every preference set must hold.
public struct Preferences: Sendable, Hashable, Codable {
    /// The gender the other must have; `nil` for no preference.
    public var gender: Gender?
    /// The ages the other must have.
    public var ages: AgeRange?

    public init(gender: Gender? = nil, ages: AgeRange? = nil) {
        self.gender = gender
        self.ages = ages
    }
}

/// Whether a need or offer is still to be matched.
public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    case open, closed
}

/// A request for help in one programme: a person or household waiting for a maatje, a support
/// family, a coach. What it shares with an offer is in ``terms``, read as `need.programme`.
public struct Need: MatchingSide, Hashable, Identifiable {
    public typealias ID = TaggedID<Need>

    public var id: ID
    public var terms: MatchingTerms
    /// Birth years of the children involved (steungezin, Home-Start).
    public var childBirthYears: [Int]
    /// The day the need was registered; waiting time counts from here.
    public var requestedOn: Day

    public init(
        id: ID, person: Node.ID? = nil, household: Household.ID? = nil, programme: Programme.ID,
        lifeAreas: [String] = [], languages: [String] = [], availability: WeekParts = .all, gender: Gender? = nil,
        preferences: Preferences = .init(), childBirthYears: [Int] = [], requestedOn: Day, status: Status = .open,
        closedOn: Day? = nil, notes: String? = nil
    ) {
        self.id = id
        terms = MatchingTerms(
            person: person, household: household, programme: programme, lifeAreas: lifeAreas, languages: languages,
            availability: availability, gender: gender, preferences: preferences, status: status,
            closedOn: closedOn, notes: notes)
        self.childBirthYears = childBirthYears
        self.requestedOn = requestedOn
    }

    public var externalID: String { id.rawValue }
}

/// Someone's offer of help in one programme: a volunteer, a support family, a coach. What it
/// shares with a need is in ``terms``, read as `offer.programme`.
public struct Offer: MatchingSide, Hashable, Identifiable {
    public typealias ID = TaggedID<Offer>

    public var id: ID
    public var terms: MatchingTerms
    /// How many places the offer has (in the programme's capacity unit); `nil` for the programme's default.
    public var capacity: Int?
    /// The day of the helper's screening (VOG), when one was done.
    public var screenedOn: Day?
    /// The largest distance in metres the helper will travel; `nil` for the programme's limit.
    public var maxDistance: Double?
    public var offeredOn: Day

    public init(
        id: ID, person: Node.ID? = nil, household: Household.ID? = nil, programme: Programme.ID,
        lifeAreas: [String] = [], languages: [String] = [], availability: WeekParts = .all, gender: Gender? = nil,
        preferences: Preferences = .init(), capacity: Int? = nil, screenedOn: Day? = nil, maxDistance: Double? = nil,
        offeredOn: Day, status: Status = .open, closedOn: Day? = nil, notes: String? = nil
    ) {
        self.id = id
        terms = MatchingTerms(
            person: person, household: household, programme: programme, lifeAreas: lifeAreas, languages: languages,
            availability: availability, gender: gender, preferences: preferences, status: status,
            closedOn: closedOn, notes: notes)
        self.capacity = capacity
        self.screenedOn = screenedOn
        self.maxDistance = maxDistance
        self.offeredOn = offeredOn
    }

    public var externalID: String { id.rawValue }
}
