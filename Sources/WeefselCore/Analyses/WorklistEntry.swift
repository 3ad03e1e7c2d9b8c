import WeefselGraph

/// Someone on a list of a household's contacts: a person the caller may see, by id and name, or
/// someone outside the caller's wijken, counted but with no id and no name.
public struct ContactRef: Encodable, Sendable {
    public static let outsideLabel = "iemand buiten uw wijken"
    public static let outsideLabelEnglish = "someone outside your wijken"

    /// The person, or nil for someone outside the caller's wijken.
    public let person: PersonRef?

    public init(person: PersonRef?) { self.person = person }

    public func encode(to encoder: any Encoder) throws {
        if let person {
            try person.encode(to: encoder)
        } else {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(true, forKey: .outside)
            try container.encode(Self.outsideLabel, forKey: .label)
            try container.encode(Self.outsideLabelEnglish, forKey: .labelEnglish)
        }
    }

    enum CodingKeys: String, CodingKey {
        case outside, label
        case labelEnglish = "label_en"
    }
}

/// A household on the outreach worklist as the service answers it: the library's entry, with
/// contacts and professionals the caller may not see replaced by an anonymous "iemand buiten uw
/// wijken" each, so a worker sees the household has contact elsewhere but not with whom.
public struct WorklistEntry: Encodable, Sendable {
    public let household: Household.ID
    public let members: [PersonRef]
    public let `class`: HouseholdIsolation.Class
    public let address: String
    public let wijk: String?
    public let contacts: [ContactRef]
    public let professionals: [ContactRef]
    public let conflicts: Int
    public let oldestAge: Int?
    public let reason: String
    public let reasonEnglish: String

    enum CodingKeys: String, CodingKey {
        case household, members, `class`, address, wijk, contacts, professionals, conflicts, reason
        case oldestAge = "oldest_age"
        case reasonEnglish = "reason_en"
    }

    /// - Parameter visible: whether the caller may see a person; the others are listed anonymously,
    ///   after the named ones.
    public init(_ entry: IsolationEntry, keeping visible: (PersonRef) -> Bool) {
        func listed(_ people: [PersonRef]) -> [ContactRef] {
            let shown = people.filter(visible)
            return shown.map { ContactRef(person: $0) }
                + Array(repeating: ContactRef(person: nil), count: people.count - shown.count)
        }
        household = entry.household
        members = entry.members
        self.class = entry.class
        address = entry.address
        wijk = entry.wijk
        contacts = listed(entry.contacts)
        professionals = listed(entry.professionals)
        conflicts = entry.conflicts
        oldestAge = entry.oldestAge
        reason = entry.reason
        reasonEnglish = entry.reasonEnglish
    }
}

extension [WorklistEntry] {
    /// The persons the worklist names, for the read audit.
    public var subjects: [Node.ID] {
        var people: Set<Node.ID> = []
        for entry in self {
            for person in entry.members { people.insert(person.id) }
            for contact in entry.contacts + entry.professionals {
                if let person = contact.person { people.insert(person.id) }
            }
        }
        return people.sorted()
    }
}
