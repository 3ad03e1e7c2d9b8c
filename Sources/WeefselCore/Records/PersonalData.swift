import WeefselGraph
import WeefselMatching

/// One recorded decision of a person about one purpose: consent given or withdrawn.
public struct ConsentRecord: Sendable, Hashable, Codable {
    public var purpose: Consent.Purpose
    public var given: Bool
    public var day: Day
    /// Who recorded it (the user, or the person's worker as written on the form).
    public var recordedBy: String

    public init(purpose: Consent.Purpose, given: Bool, day: Day, recordedBy: String) {
        self.purpose = purpose
        self.given = given
        self.day = day
        self.recordedBy = recordedBy
    }
}

/// Everything Weefsel stores about one person, for the right of access: their record, household,
/// ties, consent decisions, needs, offers and matches, the visits to their household, and every
/// audit entry about them (who looked, when, in which role).
public struct PersonalData: Sendable, Hashable, Codable {
    /// One look at or change to the person's data, as the person is shown it.
    public struct Access: Sendable, Hashable, Codable {
        public var time: String
        public var user: User.ID?
        public var role: User.Role?
        public var team: Team.ID?
        public var action: AuditEntry.Action
        public var purpose: String?

        public init(
            time: String, user: User.ID?, role: User.Role?, team: Team.ID?, action: AuditEntry.Action, purpose: String?
        ) {
            self.time = time
            self.user = user
            self.role = role
            self.team = team
            self.action = action
            self.purpose = purpose
        }
    }

    public var person: Node
    public var household: Household?
    public var ties: [Tie]
    public var consent: [ConsentRecord]
    public var needs: [Need] = []
    public var offers: [Offer] = []
    public var matches: [Match] = []
    public var visits: [Visit] = []
    /// The person's own fields from partners' files (`telefoon`, `e-mail`), by name.
    public var ownFields: [String: String] = [:]
    public var accesses: [Access]

    public init(person: Node, household: Household?, ties: [Tie], consent: [ConsentRecord], accesses: [Access]) {
        self.person = person
        self.household = household
        self.ties = ties
        self.consent = consent
        self.accesses = accesses
    }
}

/// What an erasure removed.
public struct ErasureReport: Sendable, Hashable, Codable {
    public var person: Node.ID
    public var ties: Int
    public var consentRecords: Int
    /// Whether the household went too, because nobody else lived there.
    public var householdRemoved: Bool
    /// Whether the write-ahead log could be emptied (false while a long read held it).
    public var checkpointed: Bool

    public init(person: Node.ID, ties: Int, consentRecords: Int, householdRemoved: Bool, checkpointed: Bool) {
        self.person = person
        self.ties = ties
        self.consentRecords = consentRecords
        self.householdRemoved = householdRemoved
        self.checkpointed = checkpointed
    }
}
