/// The outreach worklist: every household with at least one member, classed by its ties outside
/// its own walls and ordered by risk, each with a plain reason in Dutch and English.
///
/// Order: class (isolated, professional-only, fragile, connected); then fewer informal contacts
/// outside; a single-person household before a larger one; a household with a member aged 75 or
/// over before one without; more conflict ties first; then household id.
///
/// - Parameters:
///   - graph: the neighbourhood.
///   - referenceYear: the year ages are computed for (usually the current year).
/// - Returns: one entry per household that has members.
/// - Complexity: O(n + m + h log h) for h households.
public func isolatedHouseholds(in graph: AnalysisGraph, referenceYear: Int) -> [HouseholdIsolation] {
    let elderlyAge = 75
    var scanner = HouseholdTieScanner(nodeCount: graph.nodeCount)
    // Entries, and a small sort key per entry so the sort moves integers, not entries.
    var entries: [HouseholdIsolation] = []
    entries.reserveCapacity(graph.householdCount)
    var keys: [(rank: UInt64, household: Int32, entry: Int32)] = []
    keys.reserveCapacity(graph.householdCount)
    for h in 0..<Int32(graph.householdCount) {
        let members = graph.members(ofHousehold: h)
        guard !members.isEmpty else { continue }
        let klass = scanner.scan(h, in: graph)
        let contacts = scanner.contacts
        let professionals = scanner.professionals
        let conflicts = scanner.conflicts
        var oldestBirthYear = Int32.max
        for v in members where graph.nodeBirthYear[Int(v)] > 0 {
            oldestBirthYear = min(oldestBirthYear, graph.nodeBirthYear[Int(v)])
        }
        let oldestAge = oldestBirthYear == .max ? nil : referenceYear - Int(oldestBirthYear)
        let reason = IsolationReason(
            size: members.count, oldestAge: oldestAge, contacts: contacts.count, professionals: professionals.count,
            conflicts: conflicts, class: klass)
        let entry = HouseholdIsolation(
            household: h, householdID: graph.householdIDs[Int(h)], members: Array(members), class: klass,
            contacts: contacts.sorted(), professionals: professionals.sorted(), conflicts: conflicts,
            oldestAge: oldestAge, reason: reason.dutch, reasonEnglish: reason.english)
        // Lower ranks first: class, fewer contacts, single, elderly, more conflicts (stored inverted).
        let classRank = UInt64(HouseholdIsolation.Class.allCases.firstIndex(of: klass) ?? 0)
        let rank =
            classRank << 56 | UInt64(min(contacts.count, 0xFF_FFFF)) << 32
            | (members.count == 1 ? 0 : 1) << 31 | ((oldestAge ?? 0) >= elderlyAge ? 0 : 1) << 30
            | UInt64(0x3FFF_FFFF - min(conflicts, 0x3FFF_FFFF))
        keys.append((rank, h, Int32(entries.count)))
        entries.append(entry)
    }
    keys.sort { $0.rank != $1.rank ? $0.rank < $1.rank : $0.household < $1.household }
    return keys.map { entries[Int($0.entry)] }
}

/// The plain-language reason for a household's place on the worklist.
struct IsolationReason {
    let size: Int
    let oldestAge: Int?
    let contacts: Int
    let professionals: Int
    let conflicts: Int
    let `class`: HouseholdIsolation.Class

    var dutch: String {
        var parts: [String] = [size == 1 ? "alleenwonend" : "huishouden van \(size) personen"]
        if let oldestAge { parts.append(size == 1 ? "\(oldestAge) jaar" : "oudste \(oldestAge) jaar") }
        switch (contacts, self.class) {
        case (0, _): parts.append("geen contacten buiten het huis")
        case (1, .fragile): parts.append("één zwak contact buiten het huis")
        case (1, _): parts.append("één contact buiten het huis")
        default: parts.append("\(contacts) contacten buiten het huis")
        }
        if professionals == 1 {
            parts.append(contacts == 0 ? "alleen bekend bij 1 professional" : "bekend bij 1 professional")
        } else if professionals > 1 {
            parts.append(
                contacts == 0
                    ? "alleen bekend bij \(professionals) professionals" : "bekend bij \(professionals) professionals")
        }
        if conflicts > 0 { parts.append(conflicts == 1 ? "1 conflict" : "\(conflicts) conflicten") }
        return parts.joined(separator: ", ")
    }

    var english: String {
        var parts: [String] = [size == 1 ? "lives alone" : "household of \(size)"]
        if let oldestAge { parts.append(size == 1 ? "aged \(oldestAge)" : "oldest aged \(oldestAge)") }
        switch (contacts, self.class) {
        case (0, _): parts.append("no contacts outside the home")
        case (1, .fragile): parts.append("one weak contact outside the home")
        case (1, _): parts.append("one contact outside the home")
        default: parts.append("\(contacts) contacts outside the home")
        }
        if professionals > 0 {
            let who = professionals == 1 ? "1 professional" : "\(professionals) professionals"
            parts.append(contacts == 0 ? "known only to \(who)" : "known to \(who)")
        }
        if conflicts > 0 { parts.append(conflicts == 1 ? "1 conflict" : "\(conflicts) conflicts") }
        return parts.joined(separator: ", ")
    }
}
