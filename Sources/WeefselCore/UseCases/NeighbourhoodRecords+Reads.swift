import WeefselGraph
import WeefselMatching

/// A tie of a person in the actor's sight. The other end is there only when the actor may see
/// them too; otherwise a door shows the tie anonymously ("someone outside your wijken").
public struct TieInSight: Sendable {
    public let tie: Tie
    /// The other end, when in sight.
    public let other: Node?
}

extension NeighbourhoodRecords {
    /// The ties of the person `id`, who must be in the actor's sight, optionally of one kind.
    public func ties(of id: Node.ID, kind: Tie.Kind? = nil, for actor: Actor) throws -> [TieInSight] {
        _ = try node(id, for: actor)
        var seen: [Node.ID: Node?] = [:]
        return try neighbourhood.ties(of: id, kind: kind).map { tie in
            let otherID = tie.source == id ? tie.target : tie.source
            if seen[otherID] == nil { seen[otherID] = try? node(otherID, for: actor).0 }
            return TieInSight(tie: tie, other: seen[otherID] ?? nil)
        }
    }

    /// Every tie whose two ends are in the actor's sight, optionally of one kind, sorted by its ends
    /// and kind.
    public func ties(kind: Tie.Kind? = nil, for actor: Actor) throws -> [Tie] {
        guard actor.role != .viewer else { throw Problem.forbidden }
        let visible = Set(try nodes(for: actor).map(\.id))
        return try neighbourhood.ties(of: nil, kind: kind).filter {
            visible.contains($0.source) && visible.contains($0.target)
        }
    }

    /// A person's own fields from partners' files (`telefoon`, `e-mail`), sorted by name, when the
    /// actor may see the person.
    public func ownFields(of id: Node.ID, for actor: Actor) throws -> [(name: String, value: String)] {
        _ = try node(id, for: actor)
        return try neighbourhood.ownFields(of: id).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The needs and offers of the person `id`, who must be in the actor's sight.
    public func needsAndOffers(of id: Node.ID, for actor: Actor) throws -> (needs: [Need], offers: [Offer]) {
        _ = try node(id, for: actor)
        return (
            try matching.needs(programme: nil, status: nil).filter { $0.person == id },
            try matching.offers(programme: nil, status: nil).filter { $0.person == id }
        )
    }

    /// The streets of the households in the actor's sight, by household.
    public func streets(for actor: Actor) throws -> [Household.ID: String] {
        var streets: [Household.ID: String] = [:]
        for node in try nodes(for: actor) {
            guard let id = node.household, streets[id] == nil, let household = try neighbourhood.household(id) else {
                continue
            }
            streets[id] = household.street ?? ""
        }
        return streets
    }
}

/// The netwerkkaart of one person, as a team may see it.
public struct NetworkAround: Sendable {
    let source: any AnalysisSource
    /// The scoped neighbourhoods of the teams, until the data change.
    let scoped: GenerationCache<ScopeOnDay, ScopedNeighbourhood>
    /// The graphs the teams analyse and draw, until the data change.
    let graphs: GenerationCache<ScopeOnDay, AnalysisGraph>
    /// What the introductions of each team's households are found in, until the data change.
    let introductionIndexes: GenerationCache<ScopeOnDay, IntroductionIndex>
    /// The introductions found for the households last shown, until the data change.
    let introductions: GenerationCache<IntroductionsKey, [Introduction]>

    struct IntroductionsKey: Hashable, Sendable {
        let scope: ScopeOnDay
        let household: Household.ID
        let top: Int
    }

    struct ScopeOnDay: Hashable, Sendable {
        let scope: WijkScope
        let day: Day
    }

    init(source: any AnalysisSource) {
        self.source = source
        scoped = GenerationCache()
        graphs = GenerationCache()
        introductionIndexes = GenerationCache()
        introductions = GenerationCache(limit: 64)
    }

    /// The part of the network within `depth` steps of `id` on `day`, holding only persons the
    /// actor may see, and how many contacts were left out.
    ///
    /// - Throws: `Problem.notFound` when the person is not in the actor's sight.
    public func network(around id: Node.ID, depth: Int, at day: Day, for actor: Actor) throws -> (
        graph: AnalysisGraph, outsideContacts: Int
    ) {
        let visibility = Visibility(actor)
        let found = try source.egoNetwork(around: id, depth: depth, at: day) { visibility.sees(wijk: $0) }
        guard actor.role != .viewer, found.graph.index(of: id) != nil else { throw Problem.notFound(id.rawValue) }
        return found
    }

    /// The wijken the actor works in: their team's, or every wijk in the data for the operator and
    /// teams that see all.
    public func wijken(for actor: Actor) throws -> [String] {
        try Visibility(actor).wijken ?? source.wijken()
    }
}

extension NetworkAround {
    /// The network `actor` may analyse as it was on `day`: every wijk for the operator and
    /// admins who see all, for anyone else only the people, organisations and households of their
    /// team's wijken and the ties between them. Another team's people are never in it, so no
    /// result computed on it can name them.
    ///
    /// - Complexity: O(n log n + m) for n nodes and m ties in the store.
    public func analysisGraph(for actor: Actor, on day: Day) throws -> AnalysisGraph {
        let scope = WijkScope(actor)
        return try graphs.value(ScopeOnDay(scope: scope, day: day), at: source.generation.current) {
            if scope.wijken == nil { return try source.loadGraph(at: day) }
            return try scopedNeighbourhood(for: actor, on: day).graph()
        }
    }

    /// The part of the neighbourhood `actor` may analyse on `day`, with the ties across its border.
    ///
    /// - Complexity: O(n + m) for n nodes and m ties in the store.
    public func scopedNeighbourhood(for actor: Actor, on day: Day) throws -> ScopedNeighbourhood {
        let scope = WijkScope(actor)
        return try scoped.value(ScopeOnDay(scope: scope, day: day), at: source.generation.current) {
            ScopedNeighbourhood(try source.neighbourhood(), scope: scope, on: day)
        }
    }
}
