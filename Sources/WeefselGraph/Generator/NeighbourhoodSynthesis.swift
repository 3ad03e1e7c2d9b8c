/// One run of the ``NeighbourhoodGenerator``: the population, the organisations and the ties woven
/// between them, by node number. Residents are nodes `0..<personCount`, associations follow, then
/// professionals. Each step draws from its own random stream, so a change in one step leaves the
/// others as they were.
struct NeighbourhoodSynthesis {
    let seed: SeededRandom
    var population: SyntheticPopulation
    var ledger: TieLedger
    var associations: [SyntheticAssociation] = []
    var professionals: [SyntheticProfessional] = []
    /// Per resident: the associations they are a member of (indices into `associations`).
    var memberships: [[Int32]]

    /// How many associations and professionals to make; by default one per about 300 and 1,000
    /// residents.
    var associationCount: Int?
    var professionalCount: Int?

    var personCount: Int { population.personCount }

    init(persons: Int, seed: UInt64, wijkName: String?) {
        self.seed = SeededRandom(seed: seed)
        var random = self.seed.stream(1)
        population = SyntheticPopulation(persons: persons, wijkName: wijkName, random: &random)
        ledger = TieLedger(population: population, expectedTies: persons * 9 / 2 + 16)
        memberships = Array(repeating: [], count: persons)
    }

    /// Runs every step in a fixed order.
    mutating func weave() {
        chooseIsolatedHouseholds()
        chooseVolunteersAndCaregivers()
        addHouseholdTies()
        addConflictTies()
        addFamilyTies()
        addNeighbourTies()
        addAssociations()
        addFriendTies()
        addAcquaintanceTies()
        addProfessionals()
        reachEveryHouseholdNotIsolated()
    }

    /// A random start day from `first` up to the last day of 2025, as an ordinal.
    static func day(from first: Day, random: inout SeededRandom) -> Int {
        let low = first.ordinal
        return random.int(in: low...max(low, GeneratorCalendar.lastDay.ordinal))
    }

    /// About 4% of households are isolated: a third of them elderly people living alone where there
    /// are enough, the rest mostly other singles. Two in five are known to a professional.
    mutating func chooseIsolatedHouseholds() {
        var random = seed.stream(2)
        let households = population.householdCount
        let quota = (households * 4 + 50) / 100
        guard quota > 0 else { return }
        var singles: [Int] = []
        var elderlySingles: [Int] = []
        for h in 0..<households where population.members(of: h).count == 1 {
            singles.append(h)
            if population.age(population.members(of: h).lowerBound) >= 75 { elderlySingles.append(h) }
        }
        var chosen = 0
        for h in random.sample(quota / 3, of: elderlySingles) {
            population.householdIsolated[h] = true
            chosen += 1
        }
        var attempts = 0
        while chosen < quota && attempts < households * 20 {
            attempts += 1
            let h = random.percent(70) && !singles.isEmpty ? random.element(of: singles) : random.below(households)
            guard !population.householdIsolated[h] else { continue }
            population.householdIsolated[h] = true
            chosen += 1
        }
        for h in 0..<households where population.householdIsolated[h] {
            population.householdKnownToProfessional[h] = random.percent(40)
        }
    }

    /// About 10% of residents volunteer (adults 16-80 outside isolated households), a few of them as
    /// coordinator; some adults care for someone (*mantelzorger*).
    mutating func chooseVolunteersAndCaregivers() {
        var random = seed.stream(3)
        var candidates: [Int] = []
        for p in 0..<personCount where (16...80).contains(population.age(p)) && !population.isIsolated(p) {
            candidates.append(p)
            if population.age(p) >= 35, random.percent(5) { population.roles[p].insert(.caregiver) }
        }
        let quota = (personCount + 5) / 10
        for p in random.sample(quota, of: candidates) {
            population.roles[p].insert(.volunteer)
            if random.percent(5) { population.roles[p].insert(.coordinator) }
        }
    }

    /// Every pair of people in a household is tied strongly, since the youngest of the two was born
    /// or the household moved in.
    mutating func addHouseholdTies() {
        var random = seed.stream(4)
        for h in 0..<population.householdCount {
            let members = population.members(of: h)
            guard members.count > 1 else { continue }
            let movedIn = NeighbourhoodSynthesis.day(from: GeneratorCalendar.firstDay, random: &random)
            for a in members {
                for b in members where b > a {
                    let youngest = max(population.birthYear[a], population.birthYear[b])
                    let born = Day(year: Int(youngest), month: 1, day: 1).map(\.ordinal) ?? movedIn
                    let since = max(movedIn, born + random.below(365))
                    ledger.add(
                        a, b, kind: .household, strength: 3, since: min(since, GeneratorCalendar.lastDay.ordinal),
                        recordedBy: random.element(of: GeneratorVocabulary.householdRecorders))
                }
            }
        }
    }
}
