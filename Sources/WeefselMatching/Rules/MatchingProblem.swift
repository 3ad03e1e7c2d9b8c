import WeefselGraph

/// Everything needed to judge pairs on one day: the programmes, needs, offers, the match history
/// and the neighbourhood's graph, compiled once into compact arrays so that the hard rules and
/// scores of many thousands of pairs are cheap.
///
/// A need is *waiting* when it is open and has no live match (proposed, introduced, trial or
/// active). An offer's free places are its capacity minus what its live matches take.
public struct MatchingProblem: Sendable {
    /// The programmes, sorted by id.
    public let programmes: [Programme]
    /// Every need given, sorted by id.
    public let needs: [Need]
    /// Every offer given, sorted by id.
    public let offers: [Offer]
    public let today: Day

    /// Indices into `needs` of the waiting needs, in id order.
    let waiting: [Int32]
    /// Indices into `offers` of the open offers, in id order.
    let open: [Int32]
    let needSides: [Side]
    let offerSides: [Side]
    let needSets: [SideSets]
    let offerSets: [SideSets]
    /// Conflict (bit 0) and professional (bit 1) ties between two parties.
    let forbidden: [PartyPair: UInt8]
    let declined: Set<DeclinedPair>
    let languages: [String]
    let interests: [String]
    let lifeAreas: [String]
    /// Names of the associations, by graph index, for reasons.
    let nodeNames: [String]
    private let needIndex: [Need.ID: Int32]
    private let offerIndex: [Offer.ID: Int32]

    /// Compiles a problem.
    ///
    /// - Parameters:
    ///   - history: every match recorded so far, for free places, waiting needs and declined pairs.
    ///   - graph: the neighbourhood's graph when already built; built from `neighbourhood` otherwise.
    ///   - postcodes: centres of postcode areas for households without coordinates.
    /// - Throws: `MatchingError` for a need or offer in an unknown programme, naming nobody or an
    ///   unknown person or household, or ids used twice.
    /// - Complexity: O(n log n + m) for n needs, offers and nodes and m ties.
    public init(
        programmes: [Programme], needs: [Need], offers: [Offer], history: [Match] = [],
        neighbourhood: Neighbourhood, graph: AnalysisGraph? = nil, postcodes: PostcodeCentroids = .init(),
        today: Day
    ) throws(MatchingError) {
        let graph = try MatchingProblem.graph(graph, of: neighbourhood)
        var compiler = Compiler(
            programmes: programmes.sorted { $0.id < $1.id }, neighbourhood: neighbourhood, graph: graph,
            postcodes: postcodes, today: today)
        let needs = needs.sorted { $0.id < $1.id }
        let offers = offers.sorted { $0.id < $1.id }
        self.programmes = compiler.programmes
        self.needs = needs
        self.offers = offers
        self.today = today
        let needIndex = try MatchingProblem.index(needs.map(\.id))
        let offerIndex = try MatchingProblem.index(offers.map(\.id))
        self.needIndex = needIndex
        self.offerIndex = offerIndex

        var needSides: [Side] = []
        var needSets: [SideSets] = []
        needSides.reserveCapacity(needs.count)
        for need in needs {
            let (side, sets) = try compiler.side(for: need)
            needSides.append(side)
            needSets.append(sets)
        }
        var offerSides: [Side] = []
        var offerSets: [SideSets] = []
        offerSides.reserveCapacity(offers.count)
        for offer in offers {
            let (side, sets) = try compiler.side(for: offer)
            offerSides.append(side)
            offerSets.append(sets)
        }

        // Live matches hold their need and places of their offer; a pair declined or ended is never
        // proposed again (an ended match that went well closed its need already).
        var held = [Bool](repeating: false, count: needs.count)
        var declined = Set<DeclinedPair>()
        for match in history {
            let n = needIndex[match.need]
            let o = offerIndex[match.offer]
            if match.state.isLive {
                if let n { held[Int(n)] = true }
                if let o { offerSides[Int(o)].units -= n.map { needSides[Int($0)].units } ?? 1 }
            } else if match.state == .declined || match.state == .ended, let n, let o {
                declined.insert(
                    DeclinedPair(
                        need: needSides[Int(n)].party, offer: offerSides[Int(o)].party,
                        programme: needSides[Int(n)].programme))
            }
        }
        for o in offerSides.indices { offerSides[o].units = max(0, offerSides[o].units) }
        waiting = needs.indices.filter { needs[$0].status == .open && !held[$0] }.map { Int32($0) }
        open = offers.indices.filter { offers[$0].status == .open }.map { Int32($0) }

        let parties = Set(needSides.map(\.party) + offerSides.map(\.party))
        let network = compiler.network(of: parties)
        for n in needSides.indices {
            needSides[n].isolated = !network.connected.contains(needSides[n].party)
            needSets[n].associations = network.associations[needSides[n].party] ?? SmallSet()
        }
        for o in offerSides.indices {
            offerSets[o].associations = network.associations[offerSides[o].party] ?? SmallSet()
        }
        self.needSides = needSides
        self.offerSides = offerSides
        self.needSets = needSets
        self.offerSets = offerSets
        self.declined = declined
        forbidden = network.forbidden
        languages = compiler.languages.names
        interests = compiler.interests.names
        lifeAreas = compiler.lifeAreas.names
        nodeNames = graph.nodeNames
    }

    /// The need's position in `needs`.
    func index(of id: Need.ID) -> Int32? { needIndex[id] }
    func index(of id: Offer.ID) -> Int32? { offerIndex[id] }

    /// The needs waiting for a match, in id order.
    public var waitingNeeds: [Need] { waiting.map { needs[Int($0)] } }

    /// How many places an offer has free today.
    public func freePlaces(of id: Offer.ID) -> Int? { offerIndex[id].map { Int(offerSides[Int($0)].units) } }

    /// How many places a need takes (its number of children in a programme that counts children).
    public func places(takenBy id: Need.ID) -> Int? { needIndex[id].map { Int(needSides[Int($0)].units) } }

    private static func graph(_ graph: AnalysisGraph?, of neighbourhood: Neighbourhood) throws(MatchingError)
        -> AnalysisGraph
    {
        if let graph { return graph }
        do {
            return try AnalysisGraph(neighbourhood)
        } catch {
            throw .invalidArgument(error.description)
        }
    }

    private static func index<Tag>(_ ids: [TaggedID<Tag>]) throws(MatchingError) -> [TaggedID<Tag>: Int32] {
        var index: [TaggedID<Tag>: Int32] = [:]
        index.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() {
            guard index.updateValue(Int32(i), forKey: id) == nil else { throw .duplicateID(id.rawValue) }
        }
        return index
    }
}

/// The sets of one side (languages, life areas, interests, associations), kept apart from ``Side``
/// so that the rules copy no reference-counted storage.
struct SideSets: Sendable {
    var languages = SmallSet()
    /// The languages in the order given, most preferred first.
    var languageOrder: [Int32] = []
    var lifeAreas = SmallSet()
    var interests = SmallSet()
    var associations = SmallSet()
}

/// One side of a pair (a need or an offer), compiled into plain values.
struct Side: Sendable {
    var programme: Int32 = -1
    /// The household's index in the graph, or `householdCount + node` for a person without one.
    var party: Int32 = -1
    var person: Int32 = -1
    var age: Int32 = -1
    var gender: Int8 = -1
    var preferredGender: Int8 = -1
    var preferredMinAge: Int32 = .min
    var preferredMaxAge: Int32 = .max
    var x = Double.nan
    var y = Double.nan
    var area: Int32 = -1
    /// The filters of `SideSets.languages` and `.lifeAreas` (0 when empty).
    var languageFilter: UInt64 = 0
    var lifeAreaFilter: UInt64 = 0
    /// Whether both filters are exact (the usual case: fewer than 64 languages and life areas).
    var filtersExact = true
    var availability: UInt32 = 0
    var eligible = false
    var screened = true
    /// For a need the places it takes; for an offer its free places.
    var units: Int32 = 1
    /// The largest distance allowed, in metres (infinity for none).
    var maxDistance = Double.infinity
    var waited: Int32 = 0
    var isolated = false

    var hasPoint: Bool { !x.isNaN }
}

struct PartyPair: Sendable, Hashable {
    let low: Int32
    let high: Int32
    init(_ a: Int32, _ b: Int32) { (low, high) = a <= b ? (a, b) : (b, a) }
}

struct DeclinedPair: Sendable, Hashable {
    let need: Int32
    let offer: Int32
    let programme: Int32
}
