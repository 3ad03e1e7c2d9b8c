/// How well a household is known outside its own walls: one line of the outreach worklist.
public struct HouseholdIsolation: Sendable, Hashable, Codable {
    /// The isolation class, from most to least at risk.
    public enum Class: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        /// No informal tie outside the household and no professional who knows it.
        case isolated
        /// No informal tie outside the household, but known to at least one professional.
        case professionalOnly = "professional-only"
        /// Exactly one informal tie outside the household, and a weak one.
        case fragile
        /// Anything else.
        case connected

        /// The Dutch word for the class, as a social worker says it.
        public var dutchName: String {
            switch self {
            case .isolated: "geïsoleerd"
            case .professionalOnly: "alleen professionals"
            case .fragile: "kwetsbaar"
            case .connected: "verbonden"
            }
        }

        /// Whether the household is isolated in the domain's sense: no informal tie outside its
        /// walls (whether or not a professional knows it).
        public var isIsolated: Bool { self == .isolated || self == .professionalOnly }

        public static func < (lhs: Class, rhs: Class) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// The household's index in the graph.
    public let household: Int32
    public let householdID: Household.ID
    /// The members' indices, ascending.
    public let members: [Int32]
    public let `class`: Class
    /// The distinct people and organisations outside the household its members have an informal
    /// tie with, ascending.
    public let contacts: [Int32]
    /// The distinct professionals (or other nodes) with a professional tie to a member, ascending.
    public let professionals: [Int32]
    /// The number of conflict ties between members and people outside the household.
    public let conflicts: Int
    /// The age of the oldest member in the reference year, when a birth year is known.
    public let oldestAge: Int?
    /// Why the household is where it is on the list, in Dutch.
    public let reason: String
    /// The same reason in English.
    public let reasonEnglish: String
}
