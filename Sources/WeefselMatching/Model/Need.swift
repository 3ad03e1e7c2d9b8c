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
/// family, a coach.
public struct Need: Sendable, Hashable, Codable, Identifiable {
    public typealias ID = TaggedID<Need>

    public var id: ID
    /// The person who is helped; `nil` when the need is a household's.
    public var person: Node.ID?
    /// The household that is helped; when `nil`, the person's household.
    public var household: Household.ID?
    public var programme: Programme.ID
    /// The life areas the need is about, from the programme's list.
    public var lifeAreas: [String]
    /// Languages, most preferred first; empty to use the person's languages.
    public var languages: [String]
    public var availability: WeekParts
    /// The gender of the person helped, for the other side's preferences.
    public var gender: Gender?
    /// What the person helped asks of the helper.
    public var preferences: Preferences
    /// Birth years of the children involved (steungezin, Home-Start).
    public var childBirthYears: [Int]
    /// The day the need was registered; waiting time counts from here.
    public var requestedOn: Day
    public var status: Status
    /// The day the need was closed, when it is.
    public var closedOn: Day?
    public var notes: String?

    public init(
        id: ID, person: Node.ID? = nil, household: Household.ID? = nil, programme: Programme.ID,
        lifeAreas: [String] = [], languages: [String] = [], availability: WeekParts = .all, gender: Gender? = nil,
        preferences: Preferences = .init(), childBirthYears: [Int] = [], requestedOn: Day, status: Status = .open,
        closedOn: Day? = nil, notes: String? = nil
    ) {
        self.id = id
        self.person = person
        self.household = household
        self.programme = programme
        self.lifeAreas = lifeAreas
        self.languages = languages
        self.availability = availability
        self.gender = gender
        self.preferences = preferences
        self.childBirthYears = childBirthYears
        self.requestedOn = requestedOn
        self.status = status
        self.closedOn = closedOn
        self.notes = notes
    }
}

/// Someone's offer of help in one programme: a volunteer, a support family, a coach.
public struct Offer: Sendable, Hashable, Codable, Identifiable {
    public typealias ID = TaggedID<Offer>

    public var id: ID
    /// The person who helps; `nil` when a household offers (a support family).
    public var person: Node.ID?
    public var household: Household.ID?
    public var programme: Programme.ID
    /// The life areas the helper wants to help with; empty for any.
    public var lifeAreas: [String]
    public var languages: [String]
    public var availability: WeekParts
    public var gender: Gender?
    public var preferences: Preferences
    /// How many places the offer has (in the programme's capacity unit); `nil` for the programme's default.
    public var capacity: Int?
    /// The day of the helper's screening (VOG), when one was done.
    public var screenedOn: Day?
    /// The largest distance in metres the helper will travel; `nil` for the programme's limit.
    public var maxDistance: Double?
    public var offeredOn: Day
    public var status: Status
    public var closedOn: Day?
    public var notes: String?

    public init(
        id: ID, person: Node.ID? = nil, household: Household.ID? = nil, programme: Programme.ID,
        lifeAreas: [String] = [], languages: [String] = [], availability: WeekParts = .all, gender: Gender? = nil,
        preferences: Preferences = .init(), capacity: Int? = nil, screenedOn: Day? = nil, maxDistance: Double? = nil,
        offeredOn: Day, status: Status = .open, closedOn: Day? = nil, notes: String? = nil
    ) {
        self.id = id
        self.person = person
        self.household = household
        self.programme = programme
        self.lifeAreas = lifeAreas
        self.languages = languages
        self.availability = availability
        self.gender = gender
        self.preferences = preferences
        self.capacity = capacity
        self.screenedOn = screenedOn
        self.maxDistance = maxDistance
        self.offeredOn = offeredOn
        self.status = status
        self.closedOn = closedOn
        self.notes = notes
    }
}
