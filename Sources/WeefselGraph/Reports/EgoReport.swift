/// The netwerkkaart of one person: who is around them, ring by ring, who is further away, and who
/// within two steps has a skill that fits what they need.
public struct EgoReport: Sendable, Hashable, Codable {
    public struct Contact: Sendable, Hashable, Codable {
        public let person: PersonRef
        public let kinds: [Tie.Kind]
        public let strength: Int
    }

    public struct Ring: Sendable, Hashable, Codable {
        public let ring: EgoNetwork.Ring
        public let contacts: [Contact]
    }

    public struct Further: Sendable, Hashable, Codable {
        public let person: PersonRef
        public let distance: Int
        public let via: PersonRef
    }

    public struct Helper: Sendable, Hashable, Codable {
        public let person: PersonRef
        public let distance: Int
        public let via: PersonRef
        public let skills: [String]
    }

    public let centre: PersonRef
    public let household: Household.ID?
    public let depth: Int
    public let rings: [Ring]
    public let conflicts: [PersonRef]
    public let further: [Further]
    /// People within two steps with a wanted skill.
    public let helpers: [Helper]

    /// - Parameters:
    ///   - wanted: skills that fit a need of the person (for example from their open needs).
    ///   - skills: the skills of a node.
    public init(
        of id: Node.ID, in graph: AnalysisGraph, depth: Int, wanted: [String] = [],
        skills: (Int32) -> [String] = { _ in [] }
    ) throws(GraphError) {
        let ego = try egoNetwork(of: id, in: graph, depth: depth)
        centre = PersonRef(ego.centre, in: graph)
        let h = graph.nodeHousehold[Int(ego.centre)]
        household = h >= 0 ? graph.householdIDs[Int(h)] : nil
        self.depth = depth
        rings = EgoNetwork.Ring.allCases.compactMap { ring in
            let contacts = ego.contacts.filter { $0.ring == ring }
            guard !contacts.isEmpty else { return nil }
            return Ring(
                ring: ring,
                contacts: contacts.map {
                    Contact(person: PersonRef($0.node, in: graph), kinds: $0.kinds, strength: $0.strength)
                })
        }
        conflicts = ego.conflicts.map { PersonRef($0, in: graph) }
        further = ego.further.map {
            Further(person: PersonRef($0.node, in: graph), distance: $0.distance, via: PersonRef($0.via, in: graph))
        }
        helpers =
            wanted.isEmpty
            ? []
            : try peopleWithSkills(wanted, near: ego.centre, in: graph, skills: skills).map {
                Helper(
                    person: PersonRef($0.node, in: graph), distance: $0.distance, via: PersonRef($0.via, in: graph),
                    skills: $0.skills)
            }
    }
}
