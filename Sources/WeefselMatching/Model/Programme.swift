import WeefselGraph

/// A matching programme a volunteer centre runs (maatje, steungezin, jongerencoach, ...): who may be
/// helped, who may help, and how pairs are judged. Programmes are data, loaded from
/// `Data/programmes.json`, so a centre can change them without a new release.
public struct Programme: Sendable, Hashable, Codable, Identifiable {
    public typealias ID = TaggedID<Programme>

    public var id: ID
    /// The name shown to coordinators, in Dutch.
    public var name: String
    /// The kind of tie an active match of this programme becomes on the map.
    public var tieKind: Tie.Kind
    /// The life areas a need in this programme can be about (for maatje: ontmoeten, taal, ...).
    public var lifeAreas: [String]
    /// Who may be helped.
    public var needSide: Eligibility
    /// Who may help.
    public var offerSide: Eligibility
    /// Screening the helper needs (a VOG), or `nil` when none is needed.
    public var screening: Screening?
    /// The largest distance in metres between the two addresses, or `nil` for no limit.
    public var maxDistance: Double?
    /// How long a match usually lasts, in days.
    public var typicalDuration: Int
    public var capacity: CapacityRule
    public var weights: ScoreWeights

    public init(
        id: ID, name: String, tieKind: Tie.Kind, lifeAreas: [String] = [], needSide: Eligibility = .init(),
        offerSide: Eligibility = .init(), screening: Screening? = nil, maxDistance: Double? = nil,
        typicalDuration: Int = 365, capacity: CapacityRule = .init(), weights: ScoreWeights = .init()
    ) {
        self.id = id
        self.name = name
        self.tieKind = tieKind
        self.lifeAreas = lifeAreas
        self.needSide = needSide
        self.offerSide = offerSide
        self.screening = screening
        self.maxDistance = maxDistance
        self.typicalDuration = typicalDuration
        self.capacity = capacity
        self.weights = weights
    }
}

extension Programme {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ID.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? id.rawValue
        tieKind = try c.decode(Tie.Kind.self, forKey: .tieKind)
        guard tieKind.isMatch else {
            throw DecodingError.dataCorruptedError(
                forKey: .tieKind, in: c, debugDescription: "'\(tieKind.rawValue)' is not a kind of match tie")
        }
        lifeAreas = try c.decodeIfPresent([String].self, forKey: .lifeAreas) ?? []
        needSide = try c.decodeIfPresent(Eligibility.self, forKey: .needSide) ?? Eligibility()
        offerSide = try c.decodeIfPresent(Eligibility.self, forKey: .offerSide) ?? Eligibility()
        screening = try c.decodeIfPresent(Screening.self, forKey: .screening)
        maxDistance = try c.decodeIfPresent(Double.self, forKey: .maxDistance)
        typicalDuration = try c.decodeIfPresent(Int.self, forKey: .typicalDuration) ?? 365
        capacity = try c.decodeIfPresent(CapacityRule.self, forKey: .capacity) ?? CapacityRule()
        weights = try c.decodeIfPresent(ScoreWeights.self, forKey: .weights) ?? ScoreWeights()
    }
}

/// Who may take part on one side of a programme. Every condition that is set must hold.
public struct Eligibility: Sendable, Hashable, Codable {
    /// The kinds of node allowed; `nil` allows every kind of person.
    public var kinds: [Node.Kind]?
    /// Whether the person must volunteer (by kind or by role).
    public var mustVolunteer: Bool
    /// Roles of which the person needs at least one; empty for none.
    public var roles: [Node.Role]
    /// The ages allowed, in whole years on the day of matching.
    public var ages: AgeRange?
    /// When set, the household must have a child younger than this many years.
    public var childYoungerThan: Int?

    public init(
        kinds: [Node.Kind]? = nil, mustVolunteer: Bool = false, roles: [Node.Role] = [], ages: AgeRange? = nil,
        childYoungerThan: Int? = nil
    ) {
        self.kinds = kinds
        self.mustVolunteer = mustVolunteer
        self.roles = roles
        self.ages = ages
        self.childYoungerThan = childYoungerThan
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kinds = try c.decodeIfPresent([Node.Kind].self, forKey: .kinds)
        mustVolunteer = try c.decodeIfPresent(Bool.self, forKey: .mustVolunteer) ?? false
        roles = try c.decodeIfPresent([Node.Role].self, forKey: .roles) ?? []
        ages = try c.decodeIfPresent(AgeRange.self, forKey: .ages)
        childYoungerThan = try c.decodeIfPresent(Int.self, forKey: .childYoungerThan)
    }
}

/// An inclusive range of ages in whole years; either end may be open.
public struct AgeRange: Sendable, Hashable, Codable, CustomStringConvertible {
    public var min: Int?
    public var max: Int?

    public init(min: Int? = nil, max: Int? = nil) {
        self.min = min
        self.max = max
    }

    public func contains(_ age: Int) -> Bool {
        if let min, age < min { return false }
        if let max, age > max { return false }
        return true
    }

    /// `13-23`, `18+` or `-65`.
    public var description: String {
        switch (min, max) {
        case (let low?, let high?): "\(low)-\(high)"
        case (let low?, nil): "\(low)+"
        case (nil, let high?): "-\(high)"
        case (nil, nil): "0+"
        }
    }

    /// Parses `13-23`, `18+`, `-65` or a single age.
    public init?(parsing text: String) {
        let t = text.filter { !$0.isWhitespace }
        if t.isEmpty { return nil }
        if t.hasSuffix("+"), let low = Int(t.dropLast()) {
            self.init(min: low)
        } else if t.hasPrefix("-"), let high = Int(t.dropFirst()) {
            self.init(min: nil, max: high)
        } else if let dash = t.firstIndex(of: "-"), let low = Int(t[..<dash]),
            let high = Int(t[t.index(after: dash)...]), low <= high
        {
            self.init(min: low, max: high)
        } else if let age = Int(t) {
            self.init(min: age, max: age)
        } else {
            return nil
        }
    }
}

/// The screening a helper needs: a certificate of conduct (VOG) that stays valid for some months.
public struct Screening: Sendable, Hashable, Codable {
    /// What the screening is called (`VOG`).
    public var name: String
    /// How many months a screening stays valid after its date.
    public var validityMonths: Int

    public init(name: String = "VOG", validityMonths: Int = 36) {
        self.name = name
        self.validityMonths = validityMonths
    }

    /// Whether a screening done on `date` is still valid on `day`.
    public func isValid(doneOn date: Day?, on day: Day) -> Bool {
        guard let date, date <= day else { return false }
        let months = (day.year - date.year) * 12 + (day.month - date.month) - (day.day < date.day ? 1 : 0)
        return months < validityMonths
    }
}

/// How much an offer can take on and how much a need asks of it.
public struct CapacityRule: Sendable, Hashable, Codable {
    public enum Unit: String, Sendable, Hashable, Codable {
        /// One need takes one place.
        case person
        /// A need takes one place per child; a support family counts the children it hosts.
        case child
    }

    /// What a place is. With `child`, siblings always stay together: all of a need's children go
    /// to one offer, or the need waits.
    public var unit: Unit
    /// The capacity of an offer that does not state one.
    public var defaultCapacity: Int

    public init(unit: Unit = .person, defaultCapacity: Int = 1) {
        self.unit = unit
        self.defaultCapacity = defaultCapacity
    }
}

/// How much each criterion counts in a pair's score, in points for a perfect fit.
public struct ScoreWeights: Sendable, Hashable, Codable {
    public var distance: Double
    public var lifeArea: Double
    public var interests: Double
    public var language: Double
    public var age: Double
    public var waiting: Double
    /// A bonus when the match connects an isolated household to the neighbourhood.
    public var isolation: Double
    public var associations: Double

    public init(
        distance: Double = 30, lifeArea: Double = 20, interests: Double = 10, language: Double = 10,
        age: Double = 5, waiting: Double = 15, isolation: Double = 8, associations: Double = 2
    ) {
        self.distance = distance
        self.lifeArea = lifeArea
        self.interests = interests
        self.language = language
        self.age = age
        self.waiting = waiting
        self.isolation = isolation
        self.associations = associations
    }
}
