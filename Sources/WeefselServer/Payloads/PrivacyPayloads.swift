import WeefselCore
import WeefselGraph
import WeefselMatching
import WeefselStore

struct ConsentRequest: Decodable {
    let purpose: String
    let given: Bool
    /// The day of the decision; today when absent.
    let day: String?
}

struct ConsentResponse: Encodable {
    struct Decision: Encodable {
        let purpose: String
        let given: Bool
        let day: String
        let recordedBy: String

        enum CodingKeys: String, CodingKey {
            case purpose, given, day
            case recordedBy = "recorded_by"
        }
    }
    let person: String
    let current: [String]
    let history: [Decision]

    init(person: Node, history: [ConsentRecord]) {
        self.person = person.id.rawValue
        current = person.consent.sorted().map(\.rawValue)
        self.history = history.map {
            Decision(purpose: $0.purpose.rawValue, given: $0.given, day: $0.day.description, recordedBy: $0.recordedBy)
        }
    }
}

struct AuditEntryResponse: Encodable {
    let seq: Int64
    let time: String
    let user: String?
    let role: String?
    let team: String?
    let action: String
    let subjects: [String]
    let address: String?
    let hash: String

    init(_ entry: AuditEntry) {
        seq = entry.seq
        time = entry.time
        user = entry.user?.rawValue
        role = entry.role?.rawValue
        team = entry.team?.rawValue
        action = entry.action.rawValue
        subjects = entry.subjects.map(\.rawValue)
        address = entry.address
        hash = entry.hash
    }
}

/// The right-of-access answer: everything stored about the person, and every look at it.
struct ExportResponse: Encodable {
    struct Access: Encodable {
        let time: String
        let user: String?
        let role: String?
        let team: String?
        let action: String
        let purpose: String?
    }
    let person: PersonResponse
    let ties: [TieResponse]
    let consent: ConsentResponse
    let needs: [Need]
    let offers: [Offer]
    let matches: [Match]
    let visits: [Visit]
    /// The person's own fields from partners' files, by name.
    let ownFields: [String: String]
    let accesses: [Access]

    enum CodingKeys: String, CodingKey {
        case person, ties, consent, needs, offers, matches, visits, accesses
        case ownFields = "own_fields"
    }

    init(_ data: PersonalData) {
        person = PersonResponse(data.person, household: data.household)
        ties = data.ties.map(TieResponse.init)
        consent = ConsentResponse(person: data.person, history: data.consent)
        needs = data.needs
        offers = data.offers
        matches = data.matches
        visits = data.visits
        ownFields = data.ownFields
        accesses = data.accesses.map {
            Access(
                time: $0.time, user: $0.user?.rawValue, role: $0.role?.rawValue, team: $0.team?.rawValue,
                action: $0.action.rawValue, purpose: $0.purpose)
        }
    }
}

struct ErasureResponse: Encodable {
    let person: String
    let ties: Int
    let consentRecords: Int
    let householdRemoved: Bool

    init(_ report: ErasureReport) {
        person = report.person.rawValue
        ties = report.ties
        consentRecords = report.consentRecords
        householdRemoved = report.householdRemoved
    }

    enum CodingKeys: String, CodingKey {
        case person, ties
        case consentRecords = "consent_records"
        case householdRemoved = "household_removed"
    }
}

struct RetentionResponse: Encodable {
    let days: Int
    let persons: [String]
}
