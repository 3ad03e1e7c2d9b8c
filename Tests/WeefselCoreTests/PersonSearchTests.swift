import Foundation
import Testing
import WeefselCore
import WeefselGraph
import WeefselStore

/// Search finds people the way a social worker remembers them.
@Suite struct PersonSearchTests {
    let core: Core
    let worker = Fixture.user(.worker)

    init() throws {
        let store = try Store()
        let households = [
            Household(id: "H21", street: "Mussenweg", houseNumber: "21", postcode: "1644 DE", wijk: "De Meent"),
            Household(id: "H39", street: "Mussenweg", houseNumber: "39", postcode: "1644 DE", wijk: "De Meent"),
            Household(id: "H90", street: "Kievitlaan", houseNumber: "9", postcode: "1644 DF", wijk: "De Meent"),
            Household(id: "HN", street: "Mussenweg", houseNumber: "39", postcode: "1700 AA", wijk: "Noord"),
        ]
        let people: [(String, String, String)] = [
            ("P1", "Sanne de Jong", "H21"), ("P2", "Sander de Jong", "H21"), ("P3", "Ahmet Öztürk", "H90"),
            ("P4", "Bilal Aït Ali", "H90"), ("P5", "Ayşe Aydın", "H39"), ("P6", "Jongeneel", "H39"),
            ("P7", "Anna de Jong", "HN"),
        ]
        try store.importNeighbourhood(
            Neighbourhood(
                nodes: people.map { id, name, household in
                    Node(id: Node.ID(id), kind: .resident, name: name, household: Household.ID(household))
                },
                households: households))
        core = Core(storage: store)
    }

    func names(_ text: String) throws -> [String] {
        try core.records.search(text, for: worker).hits.map(\.node.name)
    }

    @Test func twoWordsInAnyOrderFindTheFamily() throws {
        #expect(try names("de Jong") == ["Sander de Jong", "Sanne de Jong", "Jongeneel"])
        #expect(try names("jong de") == ["Sander de Jong", "Sanne de Jong", "Jongeneel"])
        #expect(try names("Sanne de Jong") == ["Sanne de Jong"])
    }

    @Test func accentsAndCaseAreFolded() throws {
        #expect(try names("ozturk") == ["Ahmet Öztürk"])
        #expect(try names("Ait") == ["Bilal Aït Ali"])
        #expect(try names("aydin") == ["Ayşe Aydın"])
    }

    @Test func anAddressIsFoundWithItsNumberAndPostcodeEitherWay() throws {
        #expect(try names("Mussenweg 39") == ["Ayşe Aydın", "Jongeneel"])
        #expect(try names("1644DF") == ["Ahmet Öztürk", "Bilal Aït Ali"])
        #expect(try names("1644 df") == ["Ahmet Öztürk", "Bilal Aït Ali"])
    }

    @Test func whatSheRemembersIsEnough() throws {
        // The de Jongs of the Mussenweg first; Jongeneel lives there too, and comes after.
        #expect(try names("mevrouw de Jong van de Mussenweg") == ["Sander de Jong", "Sanne de Jong", "Jongeneel"])
        #expect(try names("Jansen").isEmpty)
    }

    @Test func resultsComeInPagesWithTheirCountAndStayInTheTeamsWijken() throws {
        let first = try core.records.search("Mussenweg", limit: 2, for: worker)
        #expect(first.total == 4, "Anna de Jong lives in Noord")
        #expect(first.hits.count == 2)
        let second = try core.records.search("Mussenweg", offset: 2, limit: 2, for: worker)
        #expect(Set(first.hits.map(\.node.id)).isDisjoint(with: second.hits.map(\.node.id)))
        #expect(second.offset == 2)
        #expect(try core.records.search("P7", for: worker).total == 0)
    }

    @Test func aCoordinatorFindsByCodeOnly() throws {
        let coordinator = Fixture.user(.coordinator)
        #expect(try core.records.search("Jong", for: coordinator).total == 0)
    }
}
