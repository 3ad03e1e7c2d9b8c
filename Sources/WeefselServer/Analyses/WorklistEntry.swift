import WeefselGraph
import WeefselStore

/// A household on the outreach worklist as the service answers it: the library's entry, with
/// contacts and professionals the caller may not see left out of the lists (the counts in the
/// reason still include them, so a worker knows the household has contact elsewhere).
struct WorklistEntry: Encodable {
    let household: Household.ID
    let members: [PersonRef]
    let `class`: HouseholdIsolation.Class
    let address: String
    let wijk: String?
    let contacts: [PersonRef]
    let professionals: [PersonRef]
    let conflicts: Int
    let oldestAge: Int?
    let reason: String
    let reasonEnglish: String

    enum CodingKeys: String, CodingKey {
        case household, members, `class`, address, wijk, contacts, professionals, conflicts, reason
        case oldestAge = "oldest_age"
        case reasonEnglish = "reason_en"
    }

    init(_ entry: IsolationEntry, keeping visible: (PersonRef) -> Bool) {
        household = entry.household
        members = entry.members
        self.class = entry.class
        address = entry.address
        wijk = entry.wijk
        contacts = entry.contacts.filter(visible)
        professionals = entry.professionals.filter(visible)
        conflicts = entry.conflicts
        oldestAge = entry.oldestAge
        reason = entry.reason
        reasonEnglish = entry.reasonEnglish
    }
}

extension Service {
    /// The outreach worklist of `user`'s wijken, judged on the whole network: a household whose
    /// only friend lives in another wijk is not isolated; that friend is just not named.
    ///
    /// - Complexity: O(n + m) after loading the graph.
    func worklist(for user: User, on day: Day) throws -> [WorklistEntry] {
        let graph = try store.loadGraph(at: day)
        func wijk(of id: Node.ID) -> String? {
            guard let v = graph.index(of: id) else { return nil }
            let own = graph.nodeWijk[Int(v)]
            if own >= 0 { return graph.wijken[Int(own)] }
            let h = graph.nodeHousehold[Int(v)]
            guard h >= 0 else { return nil }
            let householdWijk = graph.householdWijk[Int(h)]
            return householdWijk >= 0 ? graph.wijken[Int(householdWijk)] : nil
        }
        return isolationReport(of: graph, referenceYear: day.year)
            .filter { user.sees(wijk: $0.wijk) }
            .map { WorklistEntry($0, keeping: { user.sees(wijk: wijk(of: $0.id)) }) }
    }
}

extension [WorklistEntry] {
    var subjects: [Node.ID] {
        var people: Set<Node.ID> = []
        for entry in self {
            for person in entry.members + entry.contacts + entry.professionals { people.insert(person.id) }
        }
        return people.sorted()
    }
}
