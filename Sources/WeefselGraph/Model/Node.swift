/// A person or organisation on the map of a neighbourhood: a resident, a volunteer, an association
/// or place, or a professional.
public struct Node: Sendable, Hashable, Codable, Identifiable {
    /// The stable external id a team uses in its own spreadsheet (for example `P0012`).
    public typealias ID = TaggedID<Node>

    /// What a node is. A resident who also volunteers stays a `resident` with the `volunteer` role.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case resident, volunteer, association, professional

        /// The Dutch word social workers use for this kind.
        public var dutchName: String {
            switch self {
            case .resident: "bewoner"
            case .volunteer: "vrijwilliger"
            case .association: "vereniging"
            case .professional: "professional"
            }
        }

        /// Parses the English or Dutch name of a kind, ignoring case and surrounding spaces.
        public init?(parsing text: String) {
            let key = text.trimmingSpaces().lowercased()
            if let kind = Kind(rawValue: key) {
                self = kind
                return
            }
            switch key {
            case "bewoner", "inwoner": self = .resident
            case "vrijwilliger": self = .volunteer
            case "vereniging", "organisatie", "plek", "place": self = .association
            case "professional", "prof", "beroepskracht": self = .professional
            default: return nil
            }
        }

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// A role a node plays besides its kind; a resident can volunteer or be a key contact.
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case volunteer, coordinator, caregiver, parent

        public init?(parsing text: String) {
            let key = text.trimmingSpaces().lowercased()
            if let role = Role(rawValue: key) {
                self = role
                return
            }
            switch key {
            case "vrijwilliger": self = .volunteer
            case "coordinator", "coördinator": self = .coordinator
            case "mantelzorger": self = .caregiver
            case "ouder": self = .parent
            default: return nil
            }
        }

        public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var id: ID
    public var kind: Kind
    public var name: String
    public var household: Household.ID?
    public var roles: Set<Role>
    public var birthYear: Int?
    public var languages: [String]
    public var skills: [String]
    public var interests: [String]
    /// The neighbourhood (*wijk*) the node belongs to; for residents the household's wijk by default.
    public var wijk: String?
    /// The purposes the person consented to.
    public var consent: Set<Consent.Purpose>

    public init(
        id: ID, kind: Kind, name: String, household: Household.ID? = nil, roles: Set<Role> = [],
        birthYear: Int? = nil, languages: [String] = [], skills: [String] = [], interests: [String] = [],
        wijk: String? = nil, consent: Set<Consent.Purpose> = []
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.household = household
        self.roles = roles
        self.birthYear = birthYear
        self.languages = languages
        self.skills = skills
        self.interests = interests
        self.wijk = wijk
        self.consent = consent
    }

    /// Whether this node volunteers, by kind or by role.
    public var isVolunteer: Bool { kind == .volunteer || roles.contains(.volunteer) }

    /// Whether this node is a person (not an association or place).
    public var isPerson: Bool { kind != .association }
}

/// Consent a person gave, per purpose.
public enum Consent {
    public enum Purpose: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        /// Being proposed for matches in a programme.
        case matching
        /// Appearing with name on maps.
        case maps
        /// Sharing data with the volunteer centre.
        case sharing

        public init?(parsing text: String) {
            let key = text.trimmingSpaces().lowercased()
            if let purpose = Purpose(rawValue: key) {
                self = purpose
                return
            }
            switch key {
            case "koppelen", "matchen": self = .matching
            case "kaarten", "kaart": self = .maps
            case "delen": self = .sharing
            default: return nil
            }
        }

        public static func < (lhs: Purpose, rhs: Purpose) -> Bool { lhs.rawValue < rhs.rawValue }
    }
}
