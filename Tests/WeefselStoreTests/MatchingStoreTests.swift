import Foundation
import Testing
import WeefselGraph
import WeefselMatching
import WeefselStore

@Suite struct MatchingStoreTests {
    static let today = Day(year: 2025, month: 6, day: 1)!

    static func store() throws -> Store {
        let store = try Store()
        try store.neighbourhood.importNeighbourhood(
            Neighbourhood(
                nodes: [
                    Node(id: "P1", kind: .resident, name: "Jan", household: "H1", birthYear: 1950, languages: ["nl"]),
                    Node(
                        id: "V1", kind: .volunteer, name: "Fatma", household: "H2", birthYear: 1980,
                        languages: ["nl", "tr"]),
                    Node(id: "V2", kind: .volunteer, name: "Kees", household: "H3", birthYear: 1970, languages: ["nl"]),
                ],
                households: [
                    Household(id: "H1", postcode: "1234 AB", latitude: 52.08, longitude: 5.100),
                    Household(id: "H2", postcode: "1234 AB", latitude: 52.08, longitude: 5.105),
                    Household(id: "H3", postcode: "1234 AC", latitude: 52.08, longitude: 5.110),
                ]))
        return store
    }

    static let need = Need(
        id: "N1", person: "P1", programme: "maatje", lifeAreas: ["taal"], languages: ["nl"],
        availability: (try? WeekParts.parse("ma-ochtend|wo-middag").get()) ?? .all, gender: .male,
        preferences: Preferences(ages: AgeRange(min: 30, max: 70)), requestedOn: Day(year: 2025, month: 3, day: 1)!,
        notes: "wil graag wandelen")
    static let offers = [
        Offer(
            id: "O1", person: "V1", programme: "maatje", lifeAreas: ["taal", "ontmoeten"], capacity: 2,
            screenedOn: Day(year: 2024, month: 1, day: 1), maxDistance: 2_000,
            offeredOn: Day(year: 2025, month: 1, day: 1)!),
        Offer(id: "O2", person: "V2", programme: "maatje", offeredOn: Day(year: 2025, month: 1, day: 1)!),
    ]

    @Test func needsAndOffersReadBackAsSaved() throws {
        let store = try Self.store()
        try store.matching.save(Self.need)
        for offer in Self.offers { try store.matching.save(offer) }
        #expect(try store.matching.needs() == [Self.need])
        #expect(try store.matching.offers() == Self.offers)
        var closed = Self.need
        closed.status = .closed
        closed.closedOn = Self.today
        try store.matching.save(closed)
        #expect(try store.matching.need("N1") == closed)
        #expect(try store.matching.needs(status: .open).isEmpty)
    }

    @Test func aNeedForSomebodyUnknownIsRefused() throws {
        let store = try Self.store()
        var need = Self.need
        need.person = "X9"
        #expect(throws: StoreError.unknownNode("X9")) { try store.matching.save(need) }
        need.person = "P1"
        need.programme = "schaken"
        #expect(throws: StoreError.self) { try store.matching.save(need) }
    }

    @Test func programmesDefaultToTheBuiltInOnesAndCanBeReplaced() throws {
        let store = try Self.store()
        #expect(try store.matching.programmes().map(\.id) == Programme.builtIn.map(\.id).sorted())
        var taal = Programme.builtIn[0]
        taal.id = "taalmaatje"
        taal.maxDistance = 1_234
        try store.matching.replaceProgrammes([taal])
        #expect(try store.matching.programmes() == [taal])
    }

    @Test func aMatchKeepsItsHistoryAndIsATieWhileActive() throws {
        let store = try Self.store()
        try store.matching.save(Self.need)
        for offer in Self.offers { try store.matching.save(offer) }
        let problem = try store.matching.matchingProblem(today: Self.today)
        let proposal = problem.propose()
        let best = try #require(proposal.matches.first)
        #expect(best.offer == "O1")

        var match = Match(
            id: "M1", need: best.need, offer: best.offer, programme: best.programme, score: best.score,
            proposedOn: Self.today)
        try store.matching.save(match)
        try match.introduce(on: Self.today.adding(days: 7))
        try match.start(on: Self.today.adding(days: 14))
        try store.matching.save(match, tie: match.tie(between: "P1", and: "V1", kind: .maatje))
        #expect(try store.matching.matches() == [match])
        let tie = try #require(try store.neighbourhood.ties(kind: .maatje).first)
        #expect(tie.since == Self.today.adding(days: 14) && tie.until == nil)

        // While the match is live the need waits for nobody else.
        #expect(try store.matching.matchingProblem(today: Self.today).propose().matches.isEmpty)

        try match.end(on: Self.today.adding(days: 100), reason: .completed)
        try store.matching.save(match, tie: match.tie(between: "P1", and: "V1", kind: .maatje))
        #expect(try store.neighbourhood.ties(kind: .maatje).first?.until == Self.today.adding(days: 100))
        #expect(try store.matching.match("M1")?.state == .ended)
        #expect(try store.matching.matchingProblem(today: Self.today).propose().matches.map(\.need) == ["N1"])
    }
}

@Suite struct MatchingCSVTests {
    static func file(_ name: String, _ text: String) -> CSVFile { CSVFile(name: name, bytes: Array(text.utf8)) }

    @Test func needsAndOffersImportFromDutchSpreadsheets() throws {
        let store = try MatchingStoreTests.store()
        let needs = """
            id;persoon;programma;levensgebieden;talen;beschikbaar;geslacht;aangevraagd
            N1;P1;maatje;taal;nl|tr;ma-ochtend|wo-middag;man;01-03-2025
            """
        let offers = "id,person,programme,capacity,screened,max_distance\r\nO1,V1,maatje,2,2024-01-01,2000\r\n"
        let counts = try store.matching.importMatchingCSV(
            [Self.file("needs.csv", needs), Self.file("offers.csv", offers)], today: MatchingStoreTests.today)
        #expect(counts.needs == 1 && counts.offers == 1)
        let need = try #require(try store.matching.need("N1"))
        #expect(
            need.languages == ["nl", "tr"] && need.gender == .male
                && need.requestedOn == Day(year: 2025, month: 3, day: 1))
        #expect(need.availability == (try WeekParts.parse("ma-ochtend|wo-middag").get()))
        #expect(try store.matching.offer("O1")?.capacity == 2)
        // Importing the same files again changes nothing.
        try store.matching.importMatchingCSV(
            [Self.file("needs.csv", needs), Self.file("offers.csv", offers)], today: MatchingStoreTests.today)
        #expect(try store.matching.needs().count == 1)
    }

    @Test func exportedFilesImportToTheSameNeedsAndOffers() throws {
        let store = try MatchingStoreTests.store()
        try store.matching.save(MatchingStoreTests.need)
        for offer in MatchingStoreTests.offers { try store.matching.save(offer) }
        let files = MatchingCSV.export(needs: try store.matching.needs(), offers: try store.matching.offers())
        let other = try MatchingStoreTests.store()
        try other.matching.importMatchingCSV(
            [Self.file("needs.csv", files.needs), Self.file("offers.csv", files.offers)],
            today: MatchingStoreTests.today)
        #expect(try other.matching.needs() == store.matching.needs())
        #expect(try other.matching.offers() == store.matching.offers())
    }

    @Test func aBadRowRefusesTheWholeImportWithItsLine() throws {
        let store = try MatchingStoreTests.store()
        let needs = """
            id,person,programme,gender,requested
            N1,P1,maatje,man,2025-03-01
            N2,P1,maatje,robot,gisteren
            N3,X9,maatje,,
            """
        let error = #expect(throws: StoreError.self) {
            try store.matching.importMatchingCSV([Self.file("needs.csv", needs)], today: MatchingStoreTests.today)
        }
        let lines = (error?.description ?? "").split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("needs.csv:3: gender: unknown gender 'robot'") })
        #expect(lines.contains { $0.hasPrefix("needs.csv:3: requested: not a date") })
        #expect(try store.matching.needs().isEmpty)
        let unknown = "id,person,programme\nN3,X9,maatje\n"
        #expect(throws: StoreError.self) {
            try store.matching.importMatchingCSV([Self.file("needs.csv", unknown)], today: MatchingStoreTests.today)
        }
        #expect(try store.matching.needs().isEmpty)
    }
}
