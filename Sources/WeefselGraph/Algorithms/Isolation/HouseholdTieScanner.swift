/// Counts the ties of one household's members to the world outside it, reusing its buffers
/// from household to household.
struct HouseholdTieScanner {
    /// The distinct nodes outside the household with an informal tie to a member.
    private(set) var contacts: [Int32] = []
    /// The distinct nodes outside the household with a professional tie to a member.
    private(set) var professionals: [Int32] = []
    /// Conflict ties between members and nodes outside the household.
    private(set) var conflicts = 0
    // A stamp per node so a contact met through two members or two ties counts once.
    private var informalStamp: [Int32]
    private var professionalStamp: [Int32]
    private var strongest: [UInt8]

    init(nodeCount: Int) {
        informalStamp = [Int32](repeating: -1, count: nodeCount)
        professionalStamp = [Int32](repeating: -1, count: nodeCount)
        strongest = [UInt8](repeating: 0, count: nodeCount)
    }

    /// Scans household `h` and returns its class.
    ///
    /// - Complexity: O(sum of the members' ties).
    mutating func scan(_ h: Int32, in graph: AnalysisGraph) -> HouseholdIsolation.Class {
        contacts.removeAll(keepingCapacity: true)
        professionals.removeAll(keepingCapacity: true)
        conflicts = 0
        for v in graph.members(ofHousehold: h) {
            for e in graph.entries(of: v) {
                let u = Int(graph.neighbours[e])
                guard graph.nodeHousehold[u] != h else { continue }
                let t = Int(graph.entryTies[e])
                let kind = graph.tieKinds[t]
                if kind == .conflict {
                    conflicts += 1
                } else if kind == .professional {
                    if professionalStamp[u] != h {
                        professionalStamp[u] = h
                        professionals.append(Int32(u))
                    }
                } else {
                    if informalStamp[u] != h {
                        informalStamp[u] = h
                        strongest[u] = 0
                        contacts.append(Int32(u))
                    }
                    strongest[u] = max(strongest[u], graph.tieStrengths[t])
                }
            }
        }
        if contacts.isEmpty { return professionals.isEmpty ? .isolated : .professionalOnly }
        if contacts.count == 1 && strongest[Int(contacts[0])] <= 1 { return .fragile }
        return .connected
    }
}
