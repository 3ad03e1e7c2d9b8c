import WeefselGraph
import WeefselMatching

/// Who consented to matching, by person and by household.
struct ConsentIndex {
    private var persons: Set<Node.ID> = []
    private var households: Set<Household.ID> = []

    init(_ neighbourhood: Neighbourhood) {
        for node in neighbourhood.nodes where node.consent.contains(.matching) {
            persons.insert(node.id)
            if let household = node.household { households.insert(household) }
        }
    }

    func mayMatch(_ person: Node.ID?, _ household: Household.ID?) -> Bool {
        if let person { return persons.contains(person) }
        return household.map { households.contains($0) } ?? false
    }
}

/// What one call of the desk reads once: the neighbourhood, and the needs, offers and matches.
struct Register: Sendable {
    let neighbourhood: Neighbourhood
    let needs: [Need]
    let offers: [Offer]
    let matches: [Match]

    init(_ records: any NeighbourhoodRepository, _ matching: any MatchingRepository) throws {
        neighbourhood = try records.neighbourhood()
        needs = try matching.needs(programme: nil, status: nil)
        offers = try matching.offers(programme: nil, status: nil)
        matches = try matching.matches()
    }
}

/// The needs and offers one actor may see: of people and households in their wijken (and, for
/// coordinators, with consent to matching).
struct MatchingSight {
    private let visibility: Visibility
    private let nodes: [Node.ID: Node]
    private let households: [Household.ID: Household]
    private let members: [Household.ID: [Node]]
    private var needs: Set<Need.ID>?
    private var offers: Set<Offer.ID>?

    init(_ actor: Actor, _ register: Register) {
        visibility = Visibility(actor)
        guard visibility.wijken != nil || visibility.matchingConsentOnly else {
            (nodes, households, members) = ([:], [:], [:])
            return
        }
        households = Dictionary(
            register.neighbourhood.households.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var members: [Household.ID: [Node]] = [:]
        var nodes: [Node.ID: Node] = [:]
        for node in register.neighbourhood.nodes {
            nodes[node.id] = node
            if let household = node.household { members[household, default: []].append(node) }
        }
        self.nodes = nodes
        self.members = members
        needs = []
        offers = []
        needs = Set(register.needs.filter { sees($0.person, $0.household) }.map(\.id))
        offers = Set(register.offers.filter { sees($0.person, $0.household) }.map(\.id))
    }

    func sees(_ need: Need.ID) -> Bool { needs?.contains(need) ?? true }
    func sees(_ offer: Offer.ID) -> Bool { offers?.contains(offer) ?? true }

    /// Whether the person (or, for nobody named, the household) of a need or offer is in sight.
    func sees(_ person: Node.ID?, _ household: Household.ID?) -> Bool {
        guard needs != nil else { return true }
        if let person, let node = nodes[person] {
            return visibility.sees(node, household: node.household.flatMap { households[$0] })
        }
        guard person == nil, let household, let home = households[household] else { return false }
        return visibility.sees(home, members: members[household] ?? [])
    }
}
