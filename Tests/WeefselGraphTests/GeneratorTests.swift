import Testing
import WeefselGraph

@Suite struct GeneratorTests {
    static let small = NeighbourhoodGenerator(persons: 2_000, seed: 2026).generate()
    static let large = NeighbourhoodGenerator(persons: 20_000, seed: 7).generate()

    static func sample(_ persons: Int) -> Neighbourhood { persons == 2_000 ? small : large }

    /// Households without any informal tie to someone outside them, and those of them that have a
    /// professional tie.
    static func isolatedHouseholds(_ graph: AnalysisGraph) -> (all: [Int32], knownToProfessional: [Int32]) {
        var all: [Int32] = []
        var known: [Int32] = []
        for h in 0..<Int32(graph.householdCount) {
            var outside = false
            var professional = false
            for member in graph.members(ofHousehold: h) {
                for entry in graph.entries(of: member) {
                    let kind = graph.tieKinds[Int(graph.entryTies[entry])]
                    if kind == .professional { professional = true }
                    if kind.isInformal && graph.nodeHousehold[Int(graph.neighbours[entry])] != h { outside = true }
                }
            }
            if !outside {
                all.append(h)
                if professional { known.append(h) }
            }
        }
        return (all, known)
    }

    @Test func theSameSeedGivesTheSameNeighbourhood() {
        let again = NeighbourhoodGenerator(persons: 2_000, seed: 2026).generate()
        #expect(again == GeneratorTests.small)
    }

    @Test func anotherSeedGivesAnotherNeighbourhood() {
        let other = NeighbourhoodGenerator(persons: 2_000, seed: 2027).generate()
        #expect(other.nodes.map(\.name) != GeneratorTests.small.nodes.map(\.name))
        #expect(other.ties.map(\.key) != GeneratorTests.small.ties.map(\.key))
    }

    /// Pinned values: a change here means a neighbourhood generated on another machine or with
    /// another version would differ from the one a team demonstrated or benchmarked with.
    @Test func theSameSeedGivesTheSameNeighbourhoodEverywhere() throws {
        let neighbourhood = NeighbourhoodGenerator(persons: 400, seed: 2026).generate()
        #expect(neighbourhood.nodes.count == 402)
        #expect(neighbourhood.households.count == 174)
        #expect(neighbourhood.ties.count == 1_869)
        let first = try #require(neighbourhood.nodes.first { $0.kind == .resident })
        #expect(first.id == "P000001")
        #expect(first.name == "Hafsa Ouali")
        #expect(first.birthYear == 1984)
        #expect(neighbourhood.households.first?.address == "Mussenweg 1, 1644 DE")
        let last = try #require(neighbourhood.ties.last)
        #expect(
            "\(last.source) \(last.target) \(last.kind) \(last.since.map(\.description) ?? "")"
                == "P000110 W0001 professional 2023-11-20")
        #expect(GeneratorTests.fingerprint(of: neighbourhood) == 3_572_420_740_018_633_990)
    }

    /// FNV-1a over a canonical text of everything generated, with sets sorted.
    static func fingerprint(of neighbourhood: Neighbourhood) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        for node in neighbourhood.nodes {
            mix("\(node.id)|\(node.kind)|\(node.name)|\(node.household?.rawValue ?? "")|\(node.birthYear ?? 0)|")
            mix(
                node.roles.map(\.rawValue).sorted().joined(separator: ",") + "|" + node.languages.joined(separator: ",")
            )
            mix("|" + node.skills.joined(separator: ",") + "|" + node.interests.joined(separator: ","))
            mix("|\(node.wijk ?? "")|" + node.consent.map(\.rawValue).sorted().joined(separator: ",") + "\n")
        }
        for household in neighbourhood.households {
            mix("\(household.id)|\(household.address)|\(household.wijk ?? "")|")
            mix("\(household.latitude ?? 0)|\(household.longitude ?? 0)\n")
        }
        for tie in neighbourhood.ties {
            mix("\(tie.source)|\(tie.target)|\(tie.kind)|\(tie.strength.rawValue)|\(tie.since?.description ?? "")|")
            mix("\(tie.recordedBy ?? "")|\(tie.note ?? "")\n")
        }
        return hash
    }

    @Test(arguments: [2_000, 20_000])
    func countsStayInTheRangesOfDutchPractice(persons: Int) throws {
        let neighbourhood = GeneratorTests.sample(persons)
        let residents = neighbourhood.nodes.filter { $0.kind == .resident }
        #expect(residents.count == persons)

        var sizes: [Household.ID: Int] = [:]
        for resident in residents { sizes[try #require(resident.household), default: 0] += 1 }
        #expect(sizes.count == neighbourhood.households.count)
        #expect(sizes.values.allSatisfy { (1...5).contains($0) })
        let singles = sizes.values.filter { $0 == 1 }.count
        #expect((0.3...0.45).contains(Double(singles) / Double(sizes.count)))

        let associations = neighbourhood.nodes.filter { $0.kind == .association }.count
        #expect(abs(associations - persons / 300) <= 1)
        let professionals = neighbourhood.nodes.filter { $0.kind == .professional }.count
        #expect(abs(professionals - persons / 1_000) <= 1)

        let volunteers = residents.filter(\.isVolunteer).count
        #expect((0.08...0.12).contains(Double(volunteers) / Double(persons)))
        let elderly = residents.filter { 2025 - ($0.birthYear ?? 2025) >= 75 }.count
        #expect((0.02...0.05).contains(Double(elderly) / Double(persons)))

        let perResident = Double(neighbourhood.ties.count) / Double(persons)
        #expect((3.8...5.2).contains(perResident))
        for kind in [
            Tie.Kind.household, .family, .neighbour, .friend, .acquaintance, .member, .volunteer, .professional,
            .conflict,
        ] {
            #expect(neighbourhood.ties.contains { $0.kind == kind }, "no \(kind) ties")
        }

        let graph = try AnalysisGraph(neighbourhood)
        let isolated = GeneratorTests.isolatedHouseholds(graph)
        #expect((0.03...0.05).contains(Double(isolated.all.count) / Double(graph.householdCount)))
        #expect(!isolated.knownToProfessional.isEmpty)
        #expect(isolated.knownToProfessional.count < isolated.all.count)
        let elderlyAlone = isolated.all.filter { h in
            let members = graph.members(ofHousehold: h)
            return members.count == 1 && members.allSatisfy { 2025 - graph.nodeBirthYear[Int($0)] >= 75 }
        }
        #expect(!elderlyAlone.isEmpty)
    }

    @Test(arguments: [2_000, 20_000])
    func everyTieJoinsTwoDifferentExistingNodesOnce(persons: Int) throws {
        let neighbourhood = GeneratorTests.sample(persons)
        let ids = Set(neighbourhood.nodes.map(\.id))
        #expect(ids.count == neighbourhood.nodes.count)
        var keys: Set<Tie.Key> = []
        let first = try #require(Day(year: 2015, month: 1, day: 1))
        let last = try #require(Day(year: 2025, month: 12, day: 31))
        for tie in neighbourhood.ties {
            #expect(ids.contains(tie.source) && ids.contains(tie.target))
            #expect(tie.source != tie.target)
            #expect(keys.insert(tie.key).inserted, "repeated \(tie.key)")
            let since = try #require(tie.since)
            #expect(since >= first && since <= last)
            #expect(tie.recordedBy?.isEmpty == false)
        }
        let graph = try AnalysisGraph(neighbourhood)
        #expect(graph.nodeCount == neighbourhood.nodes.count)
        #expect(graph.tieCount == neighbourhood.ties.count)
        #expect(graph.householdCount == neighbourhood.households.count)
    }

    @Test func idsAreZeroPaddedSoThatStringOrderIsNumericOrder() {
        let neighbourhood = GeneratorTests.large
        #expect(neighbourhood.nodes.map(\.id) == neighbourhood.nodes.map(\.id).sorted())
        #expect(neighbourhood.households.map(\.id) == neighbourhood.households.map(\.id).sorted())
        let residents = neighbourhood.nodes.filter { $0.kind == .resident }
        #expect(residents.first?.id == "P000001")
        #expect(residents.last?.id == "P020000")
        #expect(neighbourhood.nodes.first?.id == "A0001")
        #expect(neighbourhood.nodes.last?.id == "W0020")
        #expect(neighbourhood.households.first?.id == "H00001")
        #expect(Set(neighbourhood.households.map(\.id.rawValue.count)).count == 1)
    }

    @Test func neighbourTiesAreMostlyWithinAStreetAndNearby() throws {
        let neighbourhood = GeneratorTests.large
        let households = Dictionary(uniqueKeysWithValues: neighbourhood.households.map { ($0.id, $0) })
        var home: [Node.ID: Household] = [:]
        for node in neighbourhood.nodes {
            if let h = node.household { home[node.id] = households[h] }
        }
        var within = 0
        var nearby = 0
        let neighbourTies = neighbourhood.ties.filter { $0.kind == .neighbour }
        for tie in neighbourTies {
            let a = try #require(home[tie.source])
            let b = try #require(home[tie.target])
            guard a.street == b.street else { continue }
            within += 1
            if abs((Int(a.houseNumber ?? "") ?? 0) - (Int(b.houseNumber ?? "") ?? 0)) <= 3 { nearby += 1 }
        }
        #expect(Double(within) / Double(neighbourTies.count) >= 0.85)
        #expect(Double(nearby) / Double(within) >= 0.95)
    }

    @Test func everyStreetHasOnePostcodeInOneWijk() {
        let neighbourhood = GeneratorTests.large
        var postcodes: [String: Set<String>] = [:]
        var wijken: [String: Set<String>] = [:]
        for household in neighbourhood.households {
            let street = household.street ?? ""
            postcodes[street, default: []].insert(household.postcode ?? "")
            wijken[street, default: []].insert(household.wijk ?? "")
        }
        #expect(postcodes.values.allSatisfy { $0.count == 1 })
        #expect(wijken.values.allSatisfy { $0.count == 1 })
        #expect(Set(postcodes.values.compactMap(\.first)).count == postcodes.count)
        for postcode in postcodes.values.compactMap(\.first) {
            let characters = Array(postcode)
            #expect(characters.count == 7)
            #expect(characters[0] != "0" && characters[0...3].allSatisfy(\.isNumber))
            #expect(characters[4] == " " && characters[5...6].allSatisfy { $0.isUppercase && $0.isASCII })
        }
        #expect(Set(neighbourhood.households.compactMap(\.wijk)).count == 4)
    }

    @Test func childrenAreYoungerThanTheirParentsAndShareTheirSurname() throws {
        let neighbourhood = GeneratorTests.small
        var members: [Household.ID: [Node]] = [:]
        for node in neighbourhood.nodes where node.kind == .resident {
            members[try #require(node.household), default: []].append(node)
        }
        var sharing = 0
        var multiPerson = 0
        for people in members.values {
            #expect(people.contains { 2025 - ($0.birthYear ?? 2025) >= 18 }, "a household without an adult")
            let parents = people.filter { $0.roles.contains(.parent) }
            for child in people where 2025 - (child.birthYear ?? 0) < 18 {
                #expect(!parents.isEmpty)
                for parent in parents { #expect((child.birthYear ?? 0) - (parent.birthYear ?? 0) >= 18) }
            }
            guard people.count > 1 else { continue }
            multiPerson += 1
            let surnames = people.map { $0.name.drop { $0 != " " }.dropFirst() }
            if Set(surnames).count < people.count { sharing += 1 }
        }
        #expect(Double(sharing) / Double(multiPerson) >= 0.8)
    }

    @Test func residentsSpeakTheLanguagesOfTheirBackgroundsAndOfferTalents() {
        let residents = GeneratorTests.small.nodes.filter { $0.kind == .resident }
        #expect(residents.allSatisfy { !$0.languages.isEmpty })
        let languages = Set(residents.flatMap(\.languages))
        #expect(languages.isSuperset(of: ["nl", "tr", "ar", "pl", "en"]))
        #expect(residents.filter(\.isVolunteer).allSatisfy { !$0.skills.isEmpty })
        let skills = Set(residents.flatMap(\.skills))
        #expect(skills.isSuperset(of: ["administratie", "klussen", "taalles", "computerhulp", "oppassen"]))
        let matching = residents.filter { $0.consent.contains(.matching) }.count
        let maps = residents.filter { $0.consent.contains(.maps) }.count
        #expect(matching > residents.count * 7 / 10 && matching < residents.count)
        #expect(maps > residents.count * 7 / 10 && maps < residents.count)
    }

    @Test func friendshipsClusterBecauseFriendsOfFriendsMeet() throws {
        let graph = try AnalysisGraph(GeneratorTests.large)
        let friends = graph.adjacency(TieFilter([.friend]))
        var triangles = 0
        var pairs = 0
        for v in 0..<friends.nodeCount {
            let around = Array(friends.neighbours(of: v))
            for i in around.indices {
                for j in around.indices where j > i {
                    pairs += 1
                    if friends.contains(Int(around[i]), Int(around[j])) { triangles += 1 }
                }
            }
        }
        // A random graph this sparse would have a transitivity near 0.001.
        #expect(Double(triangles) / Double(pairs) > 0.1)
    }

    @Test func caseloadsFavourVulnerableResidents() throws {
        let neighbourhood = GeneratorTests.large
        let residents = Dictionary(
            uniqueKeysWithValues: neighbourhood.nodes.filter { $0.kind == .resident }.map { ($0.id, $0) })
        let elderlyShare =
            Double(residents.values.filter { 2025 - ($0.birthYear ?? 2025) >= 75 }.count)
            / Double(residents.count)
        let clients = neighbourhood.ties.filter { $0.kind == .professional }.compactMap {
            residents[$0.source] ?? residents[$0.target]
        }
        #expect(!clients.isEmpty)
        let elderlyClients =
            Double(clients.filter { 2025 - ($0.birthYear ?? 2025) >= 75 }.count) / Double(clients.count)
        #expect(elderlyClients > 2 * elderlyShare)
        let professionals = Set(neighbourhood.nodes.filter { $0.kind == .professional }.map(\.id))
        #expect(
            neighbourhood.ties.filter { $0.kind == .professional }.allSatisfy { tie in
                professionals.contains(tie.source) || professionals.contains(tie.target)
            })
    }

    @Test func aSmallNeighbourhoodTakesTheGivenWijkName() throws {
        let neighbourhood = NeighbourhoodGenerator(persons: 300, seed: 1, wijkName: " De Horst ").generate()
        #expect(Set(neighbourhood.households.compactMap(\.wijk)) == ["De Horst"])
        #expect(neighbourhood.nodes.allSatisfy { $0.wijk == "De Horst" })
        _ = try AnalysisGraph(neighbourhood)
    }

    @Test(arguments: [-5, 0, 1, 2, 7])
    func tinyOrNegativeSizesGiveAValidNeighbourhood(persons: Int) throws {
        let neighbourhood = NeighbourhoodGenerator(persons: persons, seed: 3).generate()
        #expect(neighbourhood.nodes.filter { $0.kind == .resident }.count == max(0, persons))
        let graph = try AnalysisGraph(neighbourhood)
        #expect(graph.tieCount == neighbourhood.ties.count)
    }
}
