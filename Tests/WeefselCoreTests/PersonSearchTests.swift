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
        try store.neighbourhood.importNeighbourhood(
            Neighbourhood(
                nodes: people.map { id, name, household in
                    Node(id: Node.ID(id), kind: .resident, name: name, household: Household.ID(household))
                },
                households: households))
        core = Core(repositories: store.repositories)
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

/// The folded names a search compares are kept between searches, and never outlive a change.
@Suite struct PersonSearchAfterChangeTests {
    @Test func aPersonAddedOrRenamedIsFoundAtOnce() throws {
        let store = try Store()
        let core = Core(repositories: store.repositories)
        let worker = Fixture.user(.worker)
        let home = Household(id: "H1", street: "Mussenweg", houseNumber: "1", postcode: "1644 DE", wijk: "De Meent")
        try core.records.add(
            Node(id: "P1", kind: .resident, name: "Sanne de Jong", household: "H1"), household: home, by: worker)
        #expect(try core.records.search("de jong", for: worker).total == 1)
        try core.records.add(
            Node(id: "P2", kind: .resident, name: "Kees de Jong", household: "H1"), household: nil, by: worker)
        #expect(
            try core.records.search("de jong", for: worker).hits.map(\.node.name) == ["Kees de Jong", "Sanne de Jong"])
        var renamed = try #require(try store.neighbourhood.node("P1"))
        renamed.name = "Sanne Öztürk"
        try core.records.update(renamed, household: nil, by: worker)
        #expect(try core.records.search("ozturk", for: worker).hits.map(\.node.id) == ["P1"])
        #expect(try core.records.search("de jong", for: worker).hits.map(\.node.id) == ["P2"])
    }
}

/// The cache of results computed from the data: kept while the data stay as they were.
@Suite struct GenerationCacheTests {
    @Test func aValueIsKeptUntilTheDataChange() throws {
        let cache = GenerationCache<String, Int>()
        var made = 0
        func value(_ key: String, at generation: UInt64) throws -> Int {
            try cache.value(key, at: generation) {
                made += 1
                return made
            }
        }
        #expect(try value("a", at: 1) == 1)
        #expect(try value("a", at: 1) == 1, "kept")
        #expect(try value("a", at: 2) == 2, "made again after a change")
        // A value made from the data before the change is never kept for after it.
        cache.keep(99, for: "b", at: 1)
        #expect(cache["b", at: 2] == nil)
        #expect(cache["a", at: 1] == nil, "nothing older is answered once a change was seen")
    }

    @Test func theLeastRecentlyUsedLeavesFirst() throws {
        let cache = GenerationCache<Int, Int>(limit: 2)
        cache.keep(1, for: 1, at: 5)
        cache.keep(2, for: 2, at: 5)
        #expect(cache[1, at: 5] == 1)
        cache.keep(3, for: 3, at: 5)
        #expect(cache[2, at: 5] == nil, "the least recently used went")
        #expect(cache[1, at: 5] == 1)
        #expect(cache[3, at: 5] == 3)
    }
}
