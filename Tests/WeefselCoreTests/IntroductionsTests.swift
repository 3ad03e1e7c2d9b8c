import Foundation
import Testing
import WeefselCore
import WeefselGraph
import WeefselStore

/// Introductions for an isolated household: the right people, for reasons a worker can say aloud,
/// and never someone it should not meet.
@Suite struct IntroductionsTests {
    let core: Core
    let worker = Fixture.user(.worker)

    init() throws {
        let store = try Store()
        func home(_ id: String, _ street: String, _ number: String, latitude: Double, wijk: String = "De Meent")
            -> Household
        {
            Household(
                id: Household.ID(id), street: street, houseNumber: number, postcode: "1644 DE", wijk: wijk,
                latitude: latitude, longitude: 5.05)
        }
        func person(
            _ id: String, _ name: String, _ kind: Node.Kind = .resident, in household: String, born: Int? = nil,
            languages: [String] = ["nl"], interests: [String] = [], willing: Bool = true
        ) -> Node {
            Node(
                id: Node.ID(id), kind: kind, name: name, household: Household.ID(household), birthYear: born,
                languages: languages, interests: interests, consent: willing ? [.matching] : [])
        }
        try store.neighbourhood.importNeighbourhood(
            Neighbourhood(
                nodes: [
                    person("P0", "Henk", in: "H0", born: 1944, languages: ["nl", "tr"], interests: ["yoga"]),
                    person(
                        "V1", "Ayla", .volunteer, in: "H1", born: 1950, languages: ["nl", "tr"], interests: ["Yoga"]),
                    person("R2", "Ruzie", in: "H2"), person("R3", "Vriend", in: "H3"),
                    person("R4", "Onwillig", in: "H4", languages: ["nl", "tr"], willing: false),
                    person("R5", "Ver weg", in: "H5"), person("W6", "Wijkcoach", .professional, in: "H6"),
                    person("R7", "Noorderling", in: "H7", languages: ["nl", "tr"]),
                    person("R8", "Vriend van een vriend", in: "H8"), person("R9", "Vriend van de ruzie", in: "H9"),
                    person("R10", "Tuinier", in: "H8"),
                    Node(id: "A1", kind: .association, name: "Buurtmoestuin", wijk: "De Meent"),
                ],
                households: [
                    home("H0", "Mussenweg", "1", latitude: 52.0500), home("H1", "Mussenweg", "5", latitude: 52.0501),
                    home("H2", "Mussenweg", "7", latitude: 52.0502), home("H3", "Kievitlaan", "2", latitude: 52.0520),
                    home("H4", "Mussenweg", "9", latitude: 52.0503), home("H5", "Verre Weg", "1", latitude: 52.1500),
                    home("H6", "Mussenweg", "11", latitude: 52.0504),
                    home("H7", "Poolsterweg", "1", latitude: 52.0500, wijk: "Noord"),
                    home("H8", "Verre Weg", "3", latitude: 52.1500), home("H9", "Verre Weg", "5", latitude: 52.1500),
                ],
                ties: [
                    Tie(source: "P0", target: "R2", kind: .conflict), Tie(source: "P0", target: "R3", kind: .friend),
                    Tie(source: "R3", target: "R8", kind: .friend), Tie(source: "R2", target: "R9", kind: .friend),
                    Tie(source: "P0", target: "W6", kind: .professional),
                    Tie(source: "P0", target: "A1", kind: .member), Tie(source: "R10", target: "A1", kind: .member),
                ]))
        core = Core(repositories: store.repositories)
    }

    func introductions() throws -> [Introduction] {
        try core.network.introductions(for: "H0", top: 10, on: Fixture.today, by: worker)
    }

    @Test func theNeighbourWhoSpeaksTheLanguageAndSharesAnInterestComesFirstWithHerReasons() throws {
        let first = try #require(try introductions().first)
        #expect(first.person == "V1")
        #expect(first.reasons.map(\.dutch).contains("woont in dezelfde straat (nr. 5)"))
        #expect(first.reasons.map(\.dutch).contains("spreekt ook Turks"))
        #expect(first.reasons.map(\.english).contains("also likes yoga"))
        #expect(first.reasons.map(\.dutch).contains("ongeveer even oud"))
    }

    @Test func someoneTheHouseholdKnowsOpensTheWayToTheirFriends() throws {
        let friendOfAFriend = try #require(try introductions().first { $0.person == "R8" })
        #expect(friendOfAFriend.reasons.map(\.dutch) == ["kent Vriend, die u kent"])
    }

    @Test func aFellowMemberIsSaidToBeThereToo() throws {
        let gardener = try #require(try introductions().first { $0.person == "R10" })
        #expect(gardener.reasons.map(\.dutch).contains("ook bij Buurtmoestuin, net als u"))
    }

    @Test func nobodyItShouldNotMeetOrAlreadyKnows() throws {
        let suggested = Set(try introductions().map(\.person))
        #expect(!suggested.contains("R2"), "a conflict")
        #expect(!suggested.contains("R3"), "already a friend")
        #expect(!suggested.contains("R4"), "did not agree to be matched")
        #expect(!suggested.contains("R5"), "nothing connects them")
        #expect(!suggested.contains("W6"), "a professional")
        #expect(!suggested.contains("R7"), "another team's wijk")
        #expect(!suggested.contains("R9"), "reached only through the conflict")
        #expect(!suggested.contains("P0"))
    }

    @Test func onlyWorkersAndAdminsOfTheWijkAsk() throws {
        #expect(throws: Problem.forbidden) {
            try core.network.introductions(for: "H0", on: Fixture.today, by: Fixture.user(.coordinator))
        }
        #expect(throws: Problem.notFound("H0")) {
            try core.network.introductions(for: "H0", on: Fixture.today, by: Fixture.user(.worker, of: Fixture.noord))
        }
    }

    @Test func someoneIntroducedIsNotSuggestedAgainOnceTheirTieIsRecorded() throws {
        #expect(try introductions().first?.person == "V1")
        try core.records.add(
            Tie(source: "P0", target: "V1", kind: .acquaintance), by: worker)
        #expect(try !introductions().contains { $0.person == "V1" })
    }
}
