import WeefselGraph
import WeefselMatching

/// A small street to test rules on: households at known distances along one line of latitude.
struct Street {
    static let today = Day(year: 2025, month: 6, day: 1)!
    /// Metres per degree of longitude at 52.08° N, as the matching projection computes it.
    static let metresPerDegree = 111_320 * 0.6145606

    var neighbourhood = Neighbourhood()

    /// Adds a person in their own household `metres` east of the origin.
    @discardableResult
    mutating func person(
        _ id: String, kind: Node.Kind = .resident, roles: Set<Node.Role> = [], age: Int = 40, at metres: Double? = 0,
        postcode: String = "3500 AB", languages: [String] = ["nl"], interests: [String] = []
    ) -> Node.ID {
        let household = Household.ID("H-\(id)")
        neighbourhood.households.append(
            Household(
                id: household, postcode: postcode, latitude: metres == nil ? nil : 52.08,
                longitude: metres.map { 5.1 + $0 / Street.metresPerDegree }))
        neighbourhood.nodes.append(
            Node(
                id: Node.ID(id), kind: kind, name: id, household: household, roles: roles,
                birthYear: Street.today.year - age, languages: languages, interests: interests))
        return Node.ID(id)
    }

    mutating func tie(_ a: String, _ b: String, _ kind: Tie.Kind) {
        neighbourhood.ties.append(Tie(source: Node.ID(a), target: Node.ID(b), kind: kind))
    }

    func problem(
        needs: [Need], offers: [Offer], history: [Match] = [], programmes: [Programme] = Programme.builtIn
    ) throws -> MatchingProblem {
        try MatchingProblem(
            programmes: programmes, needs: needs, offers: offers, history: history, neighbourhood: neighbourhood,
            today: Street.today)
    }
}

extension Need {
    static func maatje(_ id: String, person: String, waitingDays: Int = 30) -> Need {
        Need(
            id: Need.ID(id), person: Node.ID(person), programme: "maatje", lifeAreas: ["taal"],
            requestedOn: Street.today.adding(days: -waitingDays))
    }
}

extension Offer {
    static func maatje(_ id: String, person: String, capacity: Int? = nil) -> Offer {
        Offer(
            id: Offer.ID(id), person: Node.ID(person), programme: "maatje", lifeAreas: ["taal", "sport"],
            capacity: capacity, offeredOn: Street.today.adding(days: -100))
    }
}
