/// One household on the outreach worklist, named for people and scripts.
///
/// `isolated --json` prints an array of these: at least `household`, `members` and `class`.
public struct IsolationEntry: Sendable, Hashable, Codable {
    public let household: Household.ID
    public let members: [PersonRef]
    public let `class`: HouseholdIsolation.Class
    public let address: String
    public let wijk: String?
    public let contacts: [PersonRef]
    public let professionals: [PersonRef]
    public let conflicts: Int
    public let oldestAge: Int?
    public let reason: String
    public let reasonEnglish: String

    public init(_ isolation: HouseholdIsolation, in graph: AnalysisGraph) {
        household = isolation.householdID
        members = isolation.members.map { PersonRef($0, in: graph) }
        `class` = isolation.class
        address = graph.householdAddresses[Int(isolation.household)]
        let w = graph.householdWijk[Int(isolation.household)]
        wijk = w >= 0 ? graph.wijken[Int(w)] : nil
        contacts = isolation.contacts.map { PersonRef($0, in: graph) }
        professionals = isolation.professionals.map { PersonRef($0, in: graph) }
        conflicts = isolation.conflicts
        oldestAge = isolation.oldestAge
        reason = isolation.reason
        reasonEnglish = isolation.reasonEnglish
    }

    enum CodingKeys: String, CodingKey {
        case household, members, `class`, address, wijk, contacts, professionals, conflicts, reason
        case oldestAge = "oldest_age"
        case reasonEnglish = "reason_en"
    }
}

/// The outreach worklist: households that are isolated, known only to professionals, or hang by
/// one weak tie, in order of risk.
///
/// - Parameter includeConnected: also list connected households (for maps and exports).
/// - Complexity: O(n + m).
public func isolationReport(of graph: AnalysisGraph, referenceYear: Int, includeConnected: Bool = false)
    -> [IsolationEntry]
{
    isolatedHouseholds(in: graph, referenceYear: referenceYear)
        .filter { includeConnected || $0.class != .connected }
        .map { IsolationEntry($0, in: graph) }
}
