import WeefselGraph

/// What the search for introductions needs of a team's neighbourhood on one day, made once per
/// change of the data: the active ties of every person, the informal ones sorted for the walk
/// along trusted paths, memberships, and interests folded as a search folds them. Each household
/// page then only weighs the candidates.
struct IntroductionIndex: Sendable {
    struct TieEnd: Sendable {
        let other: Node.ID
        let kind: Tie.Kind
    }

    let households: [Household.ID: Household]
    /// The members of each household.
    let members: [Household.ID: [Node]]
    /// Every active tie of each person, from their side.
    let ties: [Node.ID: [TieEnd]]
    /// The other ends of each person's informal ties, sorted, once per tie.
    let neighbours: [Node.ID: [Node.ID]]
    /// The associations each person is a member of.
    let memberships: [Node.ID: [Node.ID]]
    let names: [Node.ID: String]
    let kinds: [Node.ID: Node.Kind]
    /// Interests and skills, folded.
    let interests: [Node.ID: Set<String>]
    /// Who may be introduced at all: persons who are not professionals, volunteers or residents
    /// who agreed to be matched, by id.
    let candidates: [Node]

    /// - Complexity: O(n + m log m) for n nodes and m active ties in scope.
    init(_ scoped: ScopedNeighbourhood, on day: Day) {
        households = Dictionary(scoped.households.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        members = Dictionary(grouping: scoped.nodes.filter { $0.household != nil }, by: { $0.household! })
        var ties: [Node.ID: [TieEnd]] = [:]
        var neighbours: [Node.ID: [Node.ID]] = [:]
        var memberships: [Node.ID: [Node.ID]] = [:]
        for tie in scoped.ties where tie.isActive(on: day) {
            for (a, b) in [(tie.source, tie.target), (tie.target, tie.source)] {
                ties[a, default: []].append(TieEnd(other: b, kind: tie.kind))
                guard tie.kind.isInformal else { continue }
                neighbours[a, default: []].append(b)
                if tie.kind == .member { memberships[a, default: []].append(b) }
            }
        }
        self.ties = ties
        self.neighbours = neighbours.mapValues { $0.sorted() }
        self.memberships = memberships
        names = Dictionary(scoped.nodes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        kinds = Dictionary(scoped.nodes.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        var interests: [Node.ID: Set<String>] = [:]
        for node in scoped.nodes where !(node.interests.isEmpty && node.skills.isEmpty) {
            interests[node.id] = Set((node.interests + node.skills).map(PersonSearch.fold))
        }
        self.interests = interests
        candidates = scoped.nodes.filter { candidate in
            candidate.isPerson && candidate.kind != .professional
                && (candidate.kind == .volunteer || candidate.consent.contains(.matching))
        }
        .sorted { $0.id < $1.id }
    }
}
