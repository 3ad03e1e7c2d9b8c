/// A relation between two nodes, observed on a date by someone. Ties are undirected.
public struct Tie: Sendable, Hashable, Codable {
    /// What kind of relation a tie is. `conflict` is the one negative kind: it never carries a path,
    /// a reach or a match.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case family, household, neighbour, friend, acquaintance, member, volunteer, professional, conflict
        // An active match in a programme is a tie of the programme's kind.
        case maatje, steungezin, jongerencoach, homestart, klussen, ervaringsdeskundige

        public init?(parsing text: String) {
            let key = text.trimmingSpaces().lowercased()
            if let kind = Kind(rawValue: key) {
                self = kind
                return
            }
            switch key {
            case "familie": self = .family
            case "huishouden", "gezin": self = .household
            case "buur", "buren", "buurman", "buurvrouw", "neighbor": self = .neighbour
            case "vriend", "vriendin", "vriendschap": self = .friend
            case "kennis", "bekende": self = .acquaintance
            case "lid", "lidmaatschap": self = .member
            case "vrijwilliger", "vrijwilligerswerk": self = .volunteer
            case "professioneel", "hulpverlening", "caseload": self = .professional
            case "conflict", "ruzie": self = .conflict
            case "home-start": self = .homestart
            default: return nil
            }
        }

        /// `conflict` is negative; every other kind is positive.
        public var isNegative: Bool { self == .conflict }
        /// Informal ties are every positive kind except `professional`.
        public var isInformal: Bool { self != .conflict && self != .professional }
        /// Whether the kind records an active match of a programme.
        public var isMatch: Bool { Kind.matchKinds.contains(self) }

        public static let matchKinds: Set<Kind> = [
            .maatje, .steungezin, .jongerencoach, .homestart, .klussen, .ervaringsdeskundige,
        ]

        /// The Dutch word for the kind, used in listings and on maps.
        public var dutchName: String {
            switch self {
            case .family: "familie"
            case .household: "huishouden"
            case .neighbour: "buren"
            case .friend: "vriendschap"
            case .acquaintance: "kennis"
            case .member: "lid"
            case .volunteer: "vrijwilliger"
            case .professional: "professioneel"
            case .conflict: "conflict"
            case .maatje: "maatje"
            case .steungezin: "steungezin"
            case .jongerencoach: "jongerencoach"
            case .homestart: "Home-Start"
            case .klussen: "klussen"
            case .ervaringsdeskundige: "ervaringsdeskundige"
            }
        }

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// How strong a tie is: 1 (weak) to 3 (strong).
    public struct Strength: Sendable, Hashable, Comparable, Codable, RawRepresentable {
        public let rawValue: Int
        public init?(rawValue: Int) {
            guard Strength.range.contains(rawValue) else { return nil }
            self.rawValue = rawValue
        }
        public init(from decoder: any Decoder) throws {
            let value = try decoder.singleValueContainer().decode(Int.self)
            guard let strength = Strength(rawValue: value) else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: decoder.codingPath, debugDescription: "strength must be 1, 2 or 3")
                )
            }
            self = strength
        }
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }
        public static let range = 1...3
        public static let weak = Strength(rawValue: 1)!
        public static let medium = Strength(rawValue: 2)!
        public static let strong = Strength(rawValue: 3)!
        public static func < (lhs: Strength, rhs: Strength) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var source: Node.ID
    public var target: Node.ID
    public var kind: Kind
    public var strength: Strength
    public var since: Day?
    public var until: Day?
    public var recordedBy: String?
    public var note: String?

    public init(
        source: Node.ID, target: Node.ID, kind: Kind, strength: Strength = .medium, since: Day? = nil,
        until: Day? = nil, recordedBy: String? = nil, note: String? = nil
    ) {
        self.source = source
        self.target = target
        self.kind = kind
        self.strength = strength
        self.since = since
        self.until = until
        self.recordedBy = recordedBy
        self.note = note
    }

    /// The identity of an undirected tie: its kind and its two ends in sorted order.
    public struct Key: Sendable, Hashable, Comparable {
        public let low: Node.ID
        public let high: Node.ID
        public let kind: Kind
        public init(_ a: Node.ID, _ b: Node.ID, kind: Kind) {
            (low, high) = a <= b ? (a, b) : (b, a)
            self.kind = kind
        }
        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.low, lhs.high, lhs.kind) < (rhs.low, rhs.high, rhs.kind)
        }
    }

    public var key: Key { Key(source, target, kind: kind) }

    /// Whether the tie existed on `day`: it started on or before that day and had not ended yet.
    public func isActive(on day: Day) -> Bool {
        if let since, since > day { return false }
        if let until, until < day { return false }
        return true
    }
}
