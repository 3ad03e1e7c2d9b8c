import Foundation
import WeefselCore
import WeefselGraph
import WeefselMatching
import WeefselStore

/// Two wijken, De Meent and Noord, with a resident who asks for a maatje, two volunteers who offer
/// one, and the teams and users of every role; over an in-memory store.
struct Fixture {
    static let today = Day(year: 2025, month: 6, day: 1)!
    static let meent = Team(id: "meent", wijken: ["De Meent"])
    static let noord = Team(id: "noord", wijken: ["Noord"])

    let store: Store
    let core: Core

    init(consenting: Bool = true) throws {
        store = try Store()
        let consent: Set<Consent.Purpose> = consenting ? [.matching] : []
        try store.neighbourhood.importNeighbourhood(
            Neighbourhood(
                nodes: [
                    Node(
                        id: "P1", kind: .resident, name: "Jan", household: "H1", birthYear: 1950, languages: ["nl"],
                        wijk: "De Meent", consent: consent),
                    Node(
                        id: "V1", kind: .volunteer, name: "Fatma", household: "H2", birthYear: 1980,
                        languages: ["nl", "tr"], wijk: "De Meent", consent: consent),
                    Node(
                        id: "V2", kind: .volunteer, name: "Kees", household: "H3", birthYear: 1970, languages: ["nl"],
                        wijk: "De Meent", consent: consent),
                    Node(id: "N9", kind: .resident, name: "Noor", household: "H9", birthYear: 1990, wijk: "Noord"),
                ],
                households: [
                    Household(
                        id: "H1", street: "Mussenweg", houseNumber: "1", postcode: "1234 AB", wijk: "De Meent",
                        latitude: 52.08, longitude: 5.100),
                    Household(id: "H2", postcode: "1234 AB", wijk: "De Meent", latitude: 52.08, longitude: 5.105),
                    Household(id: "H3", postcode: "1234 AC", wijk: "De Meent", latitude: 52.08, longitude: 5.110),
                    Household(id: "H9", street: "Noorderweg", houseNumber: "9", wijk: "Noord"),
                ]))
        try store.matching.save(
            Need(
                id: "N1", person: "P1", programme: "maatje", lifeAreas: ["taal"], languages: ["nl"],
                requestedOn: Day(year: 2025, month: 3, day: 1)!))
        try store.matching.save(
            Offer(
                id: "O1", person: "V1", programme: "maatje", lifeAreas: ["taal"], capacity: 1,
                screenedOn: Day(year: 2024, month: 1, day: 1), maxDistance: 2_000,
                offeredOn: Day(year: 2025, month: 1, day: 1)!))
        try store.matching.save(
            Offer(
                id: "O2", person: "V2", programme: "maatje", capacity: 1, maxDistance: 5_000,
                offeredOn: Day(year: 2025, month: 1, day: 1)!))
        core = Core(repositories: store.repositories)
    }

    static let operatorActor = Actor.localOperator("alice")

    static func user(_ role: User.Role, of team: Team = meent) -> Actor {
        .user(User(id: User.ID("\(team.id)-\(role.rawValue)"), role: role, team: team), address: "127.0.0.1")
    }
}
