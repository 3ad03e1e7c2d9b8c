/// Generates a fictional Dutch neighbourhood for demonstrations, tests and benchmarks: residents in
/// households on named streets in one or more wijken, associations, professionals, and the ties
/// between them, as an opbouwwerker would map them.
///
/// The output depends only on `persons`, `seed` and `wijkName`: the same values give the same
/// neighbourhood on every run and every machine.
///
/// What a generated neighbourhood holds, per the Dutch practice it imitates:
/// - households of 1-5 people (many singles and couples, families with children), 2-5% of residents
///   aged 75 or over, names and home languages of the backgrounds found in Dutch cities;
/// - one wijk per about 5,000 residents, one association per about 300 residents, one professional
///   per about 1,000 residents (buurtcoach first), about 10% of residents volunteering;
/// - household, family, neighbour (mostly within the street), friend (clustered: friends of friends
///   meet), acquaintance, member, volunteer, professional (caseloads favour vulnerable households)
///   and a few conflict ties, about 4-5 per resident;
/// - about 4% isolated households: no informal tie to anyone outside their walls, some of them
///   elderly people living alone, some known only to a professional.
public struct NeighbourhoodGenerator: Sendable {
    /// The largest number of residents generated; larger requests are capped to it.
    public static let maximumPersons = 5_000_000

    /// The number of residents.
    public let persons: Int
    public let seed: UInt64
    /// The name of the (first) wijk; a name from a fixed list when `nil`.
    public let wijkName: String?

    /// - Parameters:
    ///   - persons: the number of residents, capped to `0...maximumPersons`.
    ///   - seed: the seed of every random choice.
    ///   - wijkName: the name of the (first) wijk.
    /// How many associations to make, when not the default of one per about 300 residents.
    public var associations: Int?
    /// How many professionals to make, when not the default of one per about 1,000 residents.
    public var professionals: Int?

    public init(
        persons: Int, seed: UInt64, wijkName: String? = nil, associations: Int? = nil, professionals: Int? = nil
    ) {
        self.associations = associations.map { min(max($0, 0), 10_000) }
        self.professionals = professionals.map { min(max($0, 0), 10_000) }
        self.persons = min(max(persons, 0), NeighbourhoodGenerator.maximumPersons)
        self.seed = seed
        let trimmed = wijkName?.trimmingSpaces()
        self.wijkName = trimmed?.isEmpty == false ? trimmed : nil
    }

    /// Generates the neighbourhood: associations (`A0001`...), residents (`P000001`...) and
    /// professionals (`W0001`...) in id order, households (`H00001`...) in id order, and ties.
    ///
    /// - Complexity: O(n) expected for n residents, with about 4-5 ties per resident.
    public func generate() -> Neighbourhood {
        var synthesis = NeighbourhoodSynthesis(persons: persons, seed: seed, wijkName: wijkName)
        synthesis.associationCount = associations
        synthesis.professionalCount = professionals
        synthesis.weave()
        return synthesis.neighbourhood()
    }
}

extension Neighbourhood {
    /// The same neighbourhood with `prefix` before every node and household id (and so before both
    /// ends of every tie): a second generated neighbourhood then never reuses the first one's ids.
    ///
    /// - Complexity: O(n + h + t).
    public func prefixingIDs(with prefix: String) -> Neighbourhood {
        guard !prefix.isEmpty else { return self }
        func node(_ id: Node.ID) -> Node.ID { Node.ID(prefix + id.rawValue) }
        return Neighbourhood(
            nodes: nodes.map { node in
                var prefixed = node
                prefixed.id = Node.ID(prefix + node.id.rawValue)
                prefixed.household = node.household.map { Household.ID(prefix + $0.rawValue) }
                return prefixed
            },
            households: households.map { household in
                var prefixed = household
                prefixed.id = Household.ID(prefix + household.id.rawValue)
                return prefixed
            },
            ties: ties.map { tie in
                var prefixed = tie
                prefixed.source = node(tie.source)
                prefixed.target = node(tie.target)
                return prefixed
            })
    }

    /// The id prefix of a generated neighbourhood whose (first) wijk is `wijk`: the initials of its
    /// words and a hyphen, `DM-` for De Meent.
    public static func idPrefix(forWijk wijk: String) -> String {
        let initials = wijk.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).compactMap(\.first)
        return initials.isEmpty ? "" : String(initials).uppercased() + "-"
    }
}
