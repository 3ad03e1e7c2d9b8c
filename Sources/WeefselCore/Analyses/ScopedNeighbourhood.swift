import WeefselGraph
import WeefselMaps

/// The wijken an analysis covers: every wijk for an admin, the team's wijken for anyone else.
public struct WijkScope: Hashable, Sendable {
    /// The wijken, sorted; nil for every wijk.
    public let wijken: [String]?

    /// The wijken `actor` may analyse, as ``Visibility`` decides.
    public init(_ actor: Actor) {
        wijken = Visibility(actor).wijken
    }

    public init(_ user: User) { self.init(.user(user, address: nil)) }

    /// Whether records of `wijk` are inside the scope (records without a wijk only for an admin).
    public func contains(_ wijk: String?) -> Bool {
        guard let wijken else { return true }
        guard let wijk else { return false }
        return wijken.contains(wijk)
    }
}

/// The part of the neighbourhood one scope may analyse on one day: the households, people and
/// organisations of its wijken and the active ties between them, plus the active ties that cross
/// the scope's border, kept apart so that an analysis can count them without naming who is on
/// the other side.
///
/// What each analysis of a team makes of a tie across the border (a household whose only friend
/// lives one street over, in another wijk):
/// - isolation (the worklist, the isolation counts of the indicators, the isolation map): judged
///   on every tie, so that household is not isolated; the friend appears as "iemand buiten uw
///   wijken", with no id and no name (on the worklist, the netwerkkaart and its map as well).
/// - degree (key figures, the share with three or more ties in the indicators): counts everyone a
///   person knows, outside too.
/// - betweenness, groups, key-player sets, cut points and communities: on the team's own wijken
///   only. Paths through another wijk cannot be shown to the team, and groups would otherwise be
///   formed around people it may not see; a person outside counts as a group of their own.
public struct ScopedNeighbourhood: Sendable {
    /// An active tie from someone inside the scope to someone outside it.
    public struct OutsideTie: Sendable {
        public let inside: Node.ID
        public let outside: Node.ID
        public let tie: Tie
        /// The kind of the person outside (a professional counts differently from a friend).
        public let outsideKind: Node.Kind
    }

    public let households: [Household]
    /// The nodes inside, with a household outside the scope left out.
    public let nodes: [Node]
    public let ties: [Tie]
    public let outsideTies: [OutsideTie]

    /// - Complexity: O(n + m) over the whole neighbourhood.
    public init(_ whole: Neighbourhood, scope: WijkScope, on day: Day) {
        households = whole.households.filter { scope.contains($0.wijk) }
        let householdWijk = Dictionary(
            whole.households.map { ($0.id, $0.wijk) }, uniquingKeysWith: { first, _ in first })
        let shownHouseholds = Set(households.map(\.id))
        var nodes: [Node] = []
        var kinds: [Node.ID: Node.Kind] = [:]
        var inside: Set<Node.ID> = []
        for var node in whole.nodes {
            kinds[node.id] = node.kind
            let wijk = node.wijk ?? node.household.flatMap { householdWijk[$0] ?? nil }
            guard scope.contains(wijk) else { continue }
            inside.insert(node.id)
            if let household = node.household, !shownHouseholds.contains(household) { node.household = nil }
            nodes.append(node)
        }
        var ties: [Tie] = []
        var outsideTies: [OutsideTie] = []
        for tie in whole.ties where tie.isActive(on: day) {
            switch (inside.contains(tie.source), inside.contains(tie.target)) {
            case (true, true): ties.append(tie)
            case (true, false):
                outsideTies.append(
                    .init(
                        inside: tie.source, outside: tie.target, tie: tie, outsideKind: kinds[tie.target] ?? .resident))
            case (false, true):
                outsideTies.append(
                    .init(
                        inside: tie.target, outside: tie.source, tie: tie, outsideKind: kinds[tie.source] ?? .resident))
            case (false, false): break
            }
        }
        self.nodes = nodes
        self.ties = ties
        self.outsideTies = outsideTies
    }

    /// The analysis graph of the scope: its own nodes and the ties between them only.
    ///
    /// - Complexity: O(n log n + m).
    public func graph() throws(GraphError) -> AnalysisGraph {
        try graph(countingOutsideAs: nil)
    }

    /// The graph for a map with names: a person who has not given (or has withdrawn) consent to
    /// appear on maps by name gets the code a pseudonymised map gives them (`P-K7QX`), and a
    /// household with such a member the household's code (`H-W2TA`) instead of its address.
    ///
    /// - Complexity: O(n log n + m), building the graph twice.
    public func graphNamedByMapsConsent(pseudonyms: Pseudonyms) throws(GraphError) -> AnalysisGraph {
        try graph(countingOutsideAs: nil, namedByMapsConsent: true, pseudonyms: pseudonyms)
    }

    /// Per person inside, how many distinct people outside the scope they have an informal tie with.
    ///
    /// - Complexity: O(b) for b ties across the border.
    public var outsideInformalDegrees: [Node.ID: Int] {
        var pairs: Set<[Node.ID]> = []
        for crossing in outsideTies where crossing.tie.kind.isInformal {
            pairs.insert([crossing.inside, crossing.outside])
        }
        var degrees: [Node.ID: Int] = [:]
        for pair in pairs { degrees[pair[0], default: 0] += 1 }
        return degrees
    }

    /// The graph of the scope, optionally with everyone outside it whom someone inside has an
    /// active tie with: each such person becomes a bare node with an id of its own (`~buiten-1`,
    /// never their real id), the name `outsideName`, no household, no wijk and only the ties into
    /// the scope. Figures of the scope's wijken computed on it count the ties across the border.
    ///
    /// - Parameters:
    ///   - outsideName: what to call a person outside, or nil to leave them (and their ties) out.
    ///   - merged: a name to give every wijk of the scope, so that the figures of that one wijk
    ///     are those of the whole scope.
    ///   - namedByMapsConsent: as in ``graphNamedByMapsConsent(pseudonyms:)``; persons outside keep
    ///     `outsideName`.
    ///   - pseudonyms: the codes of persons named by consent.
    /// - Complexity: O(n log n + m + b) for b ties across the border; twice when naming by consent.
    public func graph(
        countingOutsideAs outsideName: String?, mergingWijkenInto merged: String? = nil,
        namedByMapsConsent: Bool = false, pseudonyms: Pseudonyms = .byPosition
    ) throws(GraphError) -> AnalysisGraph {
        var households = households
        var nodes = nodes
        if let merged {
            households = households.map {
                var household = $0
                household.wijk = merged
                return household
            }
            nodes = nodes.map {
                var node = $0
                if node.wijk != nil { node.wijk = merged }
                return node
            }
        }
        var crossing: [Tie] = []
        var outsiders: Set<Node.ID> = []
        if let outsideName {
            var kinds: [Node.ID: Node.Kind] = [:]
            for tie in outsideTies { kinds[tie.outside] = tie.outsideKind }
            var codes: [Node.ID: Node.ID] = [:]
            let inside = Set(nodes.map(\.id))
            var prefix = "~buiten-"
            while inside.contains(where: { $0.rawValue.hasPrefix(prefix) }) { prefix = "~" + prefix }
            for (number, (id, kind)) in kinds.sorted(by: { $0.key < $1.key }).enumerated() {
                let code = Node.ID("\(prefix)\(number + 1)")
                codes[id] = code
                outsiders.insert(code)
                nodes.append(Node(id: code, kind: kind, name: outsideName))
            }
            crossing = outsideTies.map { outside in
                var tie = outside.tie
                if let code = codes[tie.source] { tie.source = code }
                if let code = codes[tie.target] { tie.target = code }
                return tie
            }
        }
        let plain = try build(households: households, nodes: nodes, extraTies: crossing)
        guard namedByMapsConsent else { return plain }
        let nodeCodes = pseudonyms.nodeCodes(in: plain)
        let householdCodes = pseudonyms.householdCodes(in: plain)
        var hiddenHouseholds: Set<Household.ID> = []
        let renamed = nodes.map { node -> Node in
            // Consent is a person's: an association or place keeps its name.
            guard !outsiders.contains(node.id), node.isPerson, !node.consent.contains(.maps),
                let v = plain.index(of: node.id)
            else {
                return node
            }
            if let household = node.household { hiddenHouseholds.insert(household) }
            var coded = node
            coded.name = nodeCodes[Int(v)]
            return coded
        }
        households = households.map { household -> Household in
            guard hiddenHouseholds.contains(household.id), let h = plain.index(of: household.id) else {
                return household
            }
            // The code stands where the address would, without a street or a position: no group
            // is named after it and the street map draws it among the households of unknown address.
            return Household(id: household.id, houseNumber: householdCodes[Int(h)], wijk: household.wijk)
        }
        return try build(households: households, nodes: renamed, extraTies: crossing)
    }

    private func build(households: [Household], nodes: [Node], extraTies: [Tie]) throws(GraphError)
        -> AnalysisGraph
    {
        var builder = AnalysisGraph.Builder()
        builder.reserveCapacity(
            nodes: nodes.count, households: households.count, ties: ties.count + extraTies.count)
        for household in households { builder.add(household) }
        for node in nodes { builder.add(node) }
        for tie in ties + extraTies { builder.add(tie) }
        return try builder.build()
    }
}
