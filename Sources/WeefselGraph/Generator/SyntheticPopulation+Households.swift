extension SyntheticPopulation {
    /// Household sizes 1...5 per hundred households, close to the Dutch distribution (CBS): many
    /// singles and couples, fewer families.
    static let sizeWeights = [38, 33, 13, 11, 5]

    /// Residents per wijk: a large neighbourhood is split into wijken of about this size.
    static let residentsPerWijk = 5_000

    /// Lays out wijken, streets and households and fills them with residents.
    ///
    /// - Complexity: O(persons).
    init(persons: Int, wijkName: String?, random: inout SeededRandom) {
        let wijkCount =
            persons == 0
            ? 0 : max(1, (persons + SyntheticPopulation.residentsPerWijk / 2) / SyntheticPopulation.residentsPerWijk)
        wijkNames = SyntheticPopulation.wijkNames(count: wijkCount, first: wijkName, random: &random)
        var namer = SyntheticStreetNames(random: &random)
        let letterPairs = SyntheticPopulation.postcodeLetterPairs()
        let postcodeBase = 1011 + random.below(6000)

        for w in 0..<wijkCount {
            var remaining = persons / wijkCount + (w < persons % wijkCount ? 1 : 0)
            let pairOffset = random.below(letterPairs.count)
            var localStreet = 0
            while remaining > 0 {
                let street = streetNames.count
                streetNames.append(namer.next())
                let digits = 1000 + (postcodeBase - 1000 + w * 4 + localStreet / letterPairs.count) % 9000
                streetPostcodes.append("\(digits) " + letterPairs[(pairOffset + localStreet) % letterPairs.count])
                streetWijk.append(w)
                let lean =
                    CulturalBackground(rawValue: random.index(weights: CulturalBackground.householdWeights)) ?? .dutch
                let length = random.int(in: 20...140)
                var position = 0
                while position < length && remaining > 0 {
                    let drawn = random.index(weights: SyntheticPopulation.sizeWeights) + 1
                    let size = min(drawn, remaining)
                    let background =
                        random.percent(30)
                        ? lean
                        : CulturalBackground(rawValue: random.index(weights: CulturalBackground.householdWeights))
                            ?? .dutch
                    addHousehold(
                        size: size, background: background, street: street, position: position, random: &random)
                    setCoordinates(wijk: w, localStreet: localStreet, position: position, wijkCount: wijkCount)
                    remaining -= size
                    position += 1
                }
                streetHouseholdStart.append(householdCount)
                localStreet += 1
            }
            wijkHouseholdStart.append(householdCount)
            wijkPersonStart.append(personCount)
            wijkStreetStart.append(self.streetNames.count)
        }
        householdIsolated = Array(repeating: false, count: householdCount)
        householdKnownToProfessional = Array(repeating: false, count: householdCount)
    }

    private static func wijkNames(count: Int, first: String?, random: inout SeededRandom) -> [String] {
        var pool = GeneratorVocabulary.wijkNames
        random.shuffle(&pool)
        if let first {
            pool.removeAll { $0 == first }
            pool.insert(first, at: 0)
        }
        return (0..<count).map { w in
            let round = w / pool.count
            return round == 0 ? pool[w] : "\(pool[w % pool.count]) \(round + 1)"
        }
    }

    /// Two-letter postcode suffixes in use (PostNL skips SA, SD and SS).
    private static func postcodeLetterPairs() -> [String] {
        var pairs: [String] = []
        for a in GeneratorVocabulary.postcodeLetters {
            for b in GeneratorVocabulary.postcodeLetters where !(a == "S" && (b == "A" || b == "D" || b == "S")) {
                pairs.append(String([a, b]))
            }
        }
        return pairs
    }

    /// Coordinates on a fictional city grid: wijken side by side, streets in blocks of six, houses on
    /// both sides about 7 metres apart. Plain arithmetic, rounded to six decimals.
    private mutating func setCoordinates(wijk: Int, localStreet: Int, position: Int, wijkCount: Int) {
        var columns = 1
        while columns * columns < wijkCount { columns += 1 }
        let latitude =
            52.05 + Double(wijk / columns) * 0.04 + Double(localStreet / 6) * 0.0025
            + Double(position % 2) * 0.0002
        let longitude =
            5.05 + Double(wijk % columns) * 0.05 + Double(localStreet % 6) * 0.0075
            + Double(position / 2) * 0.0001
        householdLatitude.append((latitude * 1_000_000).rounded() / 1_000_000)
        householdLongitude.append((longitude * 1_000_000).rounded() / 1_000_000)
    }

    private mutating func addHousehold(
        size: Int, background: CulturalBackground, street: Int, position: Int, random: inout SeededRandom
    ) {
        let household = Int32(householdCount)
        householdStreet.append(Int32(street))
        householdNumber.append(Int32(position + 1))
        householdBackground.append(background)
        let composition = SyntheticPopulation.composition(size: size, random: &random)
        householdComposition.append(composition)
        var people = SyntheticHouseholdMembers(background: background)
        people.fill(composition, size: size, random: &random)
        for person in people.members {
            personHousehold.append(household)
            birthYear.append(Int32(GeneratorCalendar.referenceYear - person.age))
            female.append(person.female)
            self.background.append(person.background)
            let first = person.background.firstNameIndex(
                female: person.female, birthYear: GeneratorCalendar.referenceYear - person.age, random: &random)
            firstName.append(Int16(first))
            surnameBackground.append(person.surnameBackground)
            surname.append(Int16(person.surname))
            roles.append(person.roles)
            languages.append(
                person.background.languages(birthYear: GeneratorCalendar.referenceYear - person.age, random: &random))
        }
        householdPersonStart.append(personCount)
    }

    private static func composition(size: Int, random: inout SeededRandom) -> Composition {
        switch size {
        case 1: return .single
        case 2:
            return [Composition.couple, .singleParent, .housemates, .parentWithAdultChild][
                random.index(weights: [65, 20, 8, 7])]
        case 3: return random.percent(80) ? .family : .singleParent
        case 4: return random.percent(88) ? .family : .singleParent
        default:
            return [Composition.family, .threeGenerations, .singleParent][random.index(weights: [80, 15, 5])]
        }
    }
}

/// Street names drawn without repeating: every stem with every kind of street, in a seeded order;
/// when a very large city runs out, the names come round again with a compass suffix.
struct SyntheticStreetNames {
    private var names: [String]
    private var count = 0

    init(random: inout SeededRandom) {
        names = GeneratorVocabulary.streetStems.flatMap { stem in GeneratorVocabulary.streetKinds.map { stem + $0 } }
        random.shuffle(&names)
    }

    mutating func next() -> String {
        let round = count / names.count
        let base = names[count % names.count]
        let suffixes = ["", "-Noord", "-Zuid", "-Oost", "-West"]
        count += 1
        return round < suffixes.count ? base + suffixes[round] : "\(base) \(round - suffixes.count + 2)"
    }
}
