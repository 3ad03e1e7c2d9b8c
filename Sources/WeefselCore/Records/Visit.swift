import WeefselGraph

/// A visit of an outreach worker to a household on the worklist: what happened at the door, and
/// when contact was made with someone nearby, the tie that came of it.
public struct Visit: Sendable, Hashable, Codable {
    /// What happened at the door.
    public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
        /// Someone opened and talked; no new contact yet.
        case doorOpen = "door-open"
        /// Nobody was home.
        case notHome = "not-home"
        /// The household was put in touch with someone nearby: the visit also records a tie.
        case contactMade = "contact-made"
        /// The household does not want contact now.
        case declined

        /// The Dutch words a worker uses for it.
        public var dutch: String {
            switch self {
            case .doorOpen: "deur open"
            case .notHome: "niet thuis"
            case .contactMade: "contact gelegd"
            case .declined: "wil geen contact"
            }
        }

        public var english: String {
            switch self {
            case .doorOpen: "door opened"
            case .notHome: "not at home"
            case .contactMade: "contact made"
            case .declined: "declined contact"
            }
        }
    }

    public var household: Household.ID
    public var day: Day
    public var outcome: Outcome
    /// The worker's note; at most ``Visit/noteLimit`` characters.
    public var note: String
    /// The user who recorded the visit.
    public var recordedBy: String
    /// The person the household was put in touch with, for ``Outcome/contactMade``.
    public var contact: Node.ID?

    public static let noteLimit = 1_000

    enum CodingKeys: String, CodingKey {
        case household, day, outcome, note, contact
        case recordedBy = "recorded_by"
    }

    public init(
        household: Household.ID, day: Day, outcome: Outcome, note: String = "", recordedBy: String,
        contact: Node.ID? = nil
    ) {
        self.household = household
        self.day = day
        self.outcome = outcome
        self.note = note
        self.recordedBy = recordedBy
        self.contact = contact
    }
}
