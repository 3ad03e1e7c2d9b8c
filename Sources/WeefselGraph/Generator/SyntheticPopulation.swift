/// The wijken, streets, households and residents of a generated neighbourhood, as parallel arrays
/// indexed by number. Residents are numbered household by household and households street by
/// street, wijk by wijk, so that every wijk, street and household is a contiguous range.
struct SyntheticPopulation {
    /// How the people in a household are related.
    enum Composition: Sendable {
        case single, couple, singleParent, family, housemates, parentWithAdultChild, threeGenerations
    }

    /// Roles as bits, mirroring ``Node/Role``.
    struct RoleBits: OptionSet, Sendable {
        let rawValue: UInt8
        static let parent = RoleBits(rawValue: 1)
        static let caregiver = RoleBits(rawValue: 2)
        static let volunteer = RoleBits(rawValue: 4)
        static let coordinator = RoleBits(rawValue: 8)
    }

    // Wijken: households of wijk `w` are `wijkHouseholdStart[w]..<wijkHouseholdStart[w + 1]`, persons alike.
    var wijkNames: [String] = []
    var wijkHouseholdStart: [Int] = [0]
    var wijkPersonStart: [Int] = [0]
    var wijkStreetStart: [Int] = [0]

    // Streets: households of street `s` are `streetHouseholdStart[s]..<streetHouseholdStart[s + 1]`.
    var streetNames: [String] = []
    var streetPostcodes: [String] = []
    var streetWijk: [Int] = []
    var streetHouseholdStart: [Int] = [0]

    // Households: persons of household `h` are `householdPersonStart[h]..<householdPersonStart[h + 1]`.
    var householdStreet: [Int32] = []
    var householdNumber: [Int32] = []
    var householdPersonStart: [Int] = [0]
    var householdBackground: [CulturalBackground] = []
    var householdComposition: [Composition] = []
    var householdLatitude: [Double] = []
    var householdLongitude: [Double] = []
    /// Households without any informal tie outside their own walls.
    var householdIsolated: [Bool] = []
    /// Isolated households a professional knows about.
    var householdKnownToProfessional: [Bool] = []

    // Persons.
    var personHousehold: [Int32] = []
    var birthYear: [Int32] = []
    var female: [Bool] = []
    var background: [CulturalBackground] = []
    var firstName: [Int16] = []
    var surnameBackground: [CulturalBackground] = []
    var surname: [Int16] = []
    var roles: [RoleBits] = []
    var languages: [[String]] = []

    var personCount: Int { personHousehold.count }
    var householdCount: Int { householdStreet.count }
    var wijkCount: Int { wijkNames.count }

    @inline(__always) func age(_ person: Int) -> Int { GeneratorCalendar.referenceYear - Int(birthYear[person]) }

    @inline(__always) func isAdult(_ person: Int) -> Bool { age(person) >= 18 }

    @inline(__always) func household(of person: Int) -> Int { Int(personHousehold[person]) }

    @inline(__always) func members(of household: Int) -> Range<Int> {
        householdPersonStart[household]..<householdPersonStart[household + 1]
    }

    @inline(__always) func households(inStreet street: Int) -> Range<Int> {
        streetHouseholdStart[street]..<streetHouseholdStart[street + 1]
    }

    @inline(__always) func persons(inWijk wijk: Int) -> Range<Int> {
        wijkPersonStart[wijk]..<wijkPersonStart[wijk + 1]
    }

    @inline(__always) func households(inWijk wijk: Int) -> Range<Int> {
        wijkHouseholdStart[wijk]..<wijkHouseholdStart[wijk + 1]
    }

    @inline(__always) func wijk(ofHousehold household: Int) -> Int { streetWijk[Int(householdStreet[household])] }

    @inline(__always) func wijk(of person: Int) -> Int { wijk(ofHousehold: household(of: person)) }

    /// Whether the person lives in a household that has no informal tie outside its walls.
    @inline(__always) func isIsolated(_ person: Int) -> Bool { householdIsolated[household(of: person)] }

    /// Whether the person speaks Dutch.
    func speaksDutch(_ person: Int) -> Bool { languages[person].first == "nl" }

    /// The person's full name, for example `Fatima El Amrani` or `Jan de Vries`.
    func name(of person: Int) -> String {
        let b = background[person].rawValue
        let first = female[person] ? CulturalBackground.femaleNameTable[b] : CulturalBackground.maleNameTable[b]
        let last = CulturalBackground.surnameTable[surnameBackground[person].rawValue]
        return first[Int(firstName[person])] + " " + last[Int(surname[person])]
    }

    /// An adult of the household, or its first member when it has none.
    func adult(of household: Int, random: inout SeededRandom) -> Int {
        let range = members(of: household)
        var adults = 0
        for p in range where isAdult(p) { adults += 1 }
        guard adults > 0 else { return range.lowerBound }
        var chosen = random.below(adults)
        for p in range where isAdult(p) {
            if chosen == 0 { return p }
            chosen -= 1
        }
        return range.lowerBound
    }

    /// A member of the household, an adult seven times out of ten.
    func member(of household: Int, random: inout SeededRandom) -> Int {
        let range = members(of: household)
        if random.percent(70) { return adult(of: household, random: &random) }
        return range.lowerBound + random.below(range.count)
    }

    /// Whether someone in the household is 75 or older.
    func hasElderly(_ household: Int) -> Bool { members(of: household).contains { age($0) >= 75 } }
}
