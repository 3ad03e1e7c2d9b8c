/// The ties of a neighbourhood being generated, by node number. It refuses self-ties and repeats:
/// two residents get at most one tie (of whatever kind), a resident and an organisation at most one
/// tie of each kind. It also keeps, per household, whether the household has an informal tie
/// outside its own walls.
struct TieLedger {
    private(set) var sources: [Int32] = []
    private(set) var targets: [Int32] = []
    private(set) var kinds: [Tie.Kind] = []
    private(set) var strengths: [UInt8] = []
    /// Start days as ``Day/ordinal``.
    private(set) var since: [Int32] = []
    private(set) var recorders: [String] = []
    private(set) var notes: [String?] = []
    /// Per household: whether it has an informal tie to someone outside it.
    private(set) var householdReached: [Bool]

    private var seen: Set<UInt64> = []
    private let personHousehold: [Int32]

    var count: Int { sources.count }

    init(population: SyntheticPopulation, expectedTies: Int) {
        personHousehold = population.personHousehold
        householdReached = Array(repeating: false, count: population.householdCount)
        seen.reserveCapacity(expectedTies)
        sources.reserveCapacity(expectedTies)
        targets.reserveCapacity(expectedTies)
        kinds.reserveCapacity(expectedTies)
        strengths.reserveCapacity(expectedTies)
        since.reserveCapacity(expectedTies)
        recorders.reserveCapacity(expectedTies)
        notes.reserveCapacity(expectedTies)
    }

    private func key(_ a: Int, _ b: Int, _ kind: Tie.Kind) -> UInt64 {
        let (low, high) = a < b ? (a, b) : (b, a)
        let bothResidents = high < personHousehold.count
        let kindBits = bothResidents ? 0 : UInt64(kind.ordinal) + 1
        return UInt64(low) << 36 | UInt64(high) << 8 | kindBits
    }

    /// Whether a tie between `a` and `b` would be a repeat (for two residents: any tie at all).
    func contains(_ a: Int, _ b: Int, kind: Tie.Kind) -> Bool { seen.contains(key(a, b, kind)) }

    /// Adds a tie unless it ties a node to itself or repeats one; returns whether it was added.
    @discardableResult
    mutating func add(
        _ a: Int, _ b: Int, kind: Tie.Kind, strength: Int, since day: Int, recordedBy: String, note: String? = nil
    ) -> Bool {
        guard a != b, seen.insert(key(a, b, kind)).inserted else { return false }
        sources.append(Int32(a))
        targets.append(Int32(b))
        kinds.append(kind)
        strengths.append(UInt8(min(3, max(1, strength))))
        since.append(Int32(day))
        recorders.append(recordedBy)
        notes.append(note)
        if kind.isInformal {
            let residents = personHousehold.count
            let ha = a < residents ? Int(personHousehold[a]) : -1
            let hb = b < residents ? Int(personHousehold[b]) : -1
            if ha != hb {
                if ha >= 0 { householdReached[ha] = true }
                if hb >= 0 { householdReached[hb] = true }
            }
        }
        return true
    }
}
