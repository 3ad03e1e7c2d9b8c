extension NeighbourhoodSynthesis {
    /// A few conflicts, three in four between people living a few doors apart.
    mutating func addConflictTies() {
        var random = seed.stream(5)
        let population = self.population
        let wanted = (personCount + 150) / 250
        let recent = Day(year: 2023, month: 1, day: 1) ?? GeneratorCalendar.firstDay
        var added = 0
        var attempts = 0
        while added < wanted && attempts < wanted * 50 {
            attempts += 1
            let h = random.below(population.householdCount)
            var other: Int
            if random.percent(75) {
                other = h + random.int(in: 1...3) * (random.percent(50) ? 1 : -1)
                guard other >= 0, other < population.householdCount,
                    population.householdStreet[other] == population.householdStreet[h]
                else { continue }
            } else {
                let wijk = population.households(inWijk: population.wijk(ofHousehold: h))
                other = wijk.lowerBound + random.below(wijk.count)
            }
            guard other != h else { continue }
            let a = population.adult(of: h, random: &random)
            let b = population.adult(of: other, random: &random)
            let recorder = random.percent(30) ? "wijkagent" : random.element(of: GeneratorVocabulary.informalRecorders)
            if ledger.add(
                a, b, kind: .conflict, strength: random.int(in: 1...3),
                since: NeighbourhoodSynthesis.day(from: recent, random: &random), recordedBy: recorder,
                note: random.element(of: GeneratorVocabulary.conflictNotes))
            {
                added += 1
            }
        }
    }

    /// Family in other households: adult children and their parents (sharing the surname where the
    /// child heads its household), siblings and other relatives of the same background.
    ///
    /// - Complexity: O(n) with a counting sort by birth year.
    mutating func addFamilyTies() {
        var random = seed.stream(6)
        let minYear = GeneratorCalendar.referenceYear - 100
        let years = 101
        // Adults outside isolated households, per background, sorted by birth year.
        var counts = [[Int]](repeating: [Int](repeating: 0, count: years + 1), count: CulturalBackground.allCases.count)
        for p in 0..<personCount where population.isAdult(p) && !population.isIsolated(p) {
            let year = min(years - 1, max(0, Int(population.birthYear[p]) - minYear))
            counts[population.background[p].rawValue][year + 1] += 1
        }
        for b in counts.indices {
            for y in 0..<years { counts[b][y + 1] += counts[b][y] }
        }
        let starts = counts
        var fill = counts
        var byYear = [[Int32]](repeating: [], count: CulturalBackground.allCases.count)
        for b in byYear.indices { byYear[b] = [Int32](repeating: 0, count: starts[b][years]) }
        for p in 0..<personCount where population.isAdult(p) && !population.isIsolated(p) {
            let b = population.background[p].rawValue
            let year = min(years - 1, max(0, Int(population.birthYear[p]) - minYear))
            byYear[b][fill[b][year]] = Int32(p)
            fill[b][year] += 1
        }

        func relative(of p: Int, years range: ClosedRange<Int>, random: inout SeededRandom) -> Int? {
            let b = population.background[p].rawValue
            let low = min(years, max(0, range.lowerBound - minYear))
            let high = min(years, max(0, range.upperBound - minYear + 1))
            let from = starts[b][low]
            let to = starts[b][high]
            guard to > from else { return nil }
            let candidate = Int(byYear[b][from + random.below(to - from)])
            return population.household(of: candidate) == population.household(of: p) ? nil : candidate
        }

        // Oldest first, so that a surname passes down the generations.
        for b in byYear.indices {
            for person in byYear[b] {
                let p = Int(person)
                guard (25...55).contains(population.age(p)) else { continue }
                let born = Int(population.birthYear[p])
                if random.percent(35), let parent = relative(of: p, years: (born - 40)...(born - 22), random: &random) {
                    let strength = random.percent(70) ? 3 : 2
                    if addFamily(p, parent, strength: strength, random: &random) { takeSurname(of: parent, into: p) }
                }
                if random.percent(25), let sibling = relative(of: p, years: (born - 6)...(born + 6), random: &random) {
                    addFamily(p, sibling, strength: random.int(in: 2...3), random: &random)
                }
                if random.percent(10), let other = relative(of: p, years: (born - 15)...(born + 15), random: &random) {
                    addFamily(p, other, strength: random.int(in: 1...2), random: &random)
                }
            }
        }
    }

    @discardableResult
    private mutating func addFamily(_ a: Int, _ b: Int, strength: Int, random: inout SeededRandom) -> Bool {
        ledger.add(
            a, b, kind: .family, strength: strength,
            since: NeighbourhoodSynthesis.day(from: GeneratorCalendar.firstDay, random: &random),
            recordedBy: random.percent(50) ? "buurtcoach" : random.element(of: GeneratorVocabulary.informalRecorders))
    }

    /// When `child` heads its household, the household members carrying the child's surname take the
    /// parent's surname.
    private mutating func takeSurname(of parent: Int, into child: Int) {
        let household = population.household(of: child)
        let members = population.members(of: household)
        guard members.lowerBound == child else { return }
        let old = (population.surnameBackground[child], population.surname[child])
        let new = (population.surnameBackground[parent], population.surname[parent])
        for m in members where (population.surnameBackground[m], population.surname[m]) == old {
            population.surnameBackground[m] = new.0
            population.surname[m] = new.1
        }
    }

    /// Neighbours know the people next door and a few doors down; a few know someone round the
    /// corner in the next street.
    mutating func addNeighbourTies() {
        var random = seed.stream(7)
        let population = self.population
        let chancePerDistance = [75, 45, 25]
        for street in 0..<population.streetNames.count {
            let households = population.households(inStreet: street)
            for h in households where !population.householdIsolated[h] {
                for distance in 1...3 {
                    let other = h + distance
                    guard other < households.upperBound, !population.householdIsolated[other],
                        random.percent(chancePerDistance[distance - 1])
                    else { continue }
                    addNeighbours(h, other, population, random: &random)
                    if random.percent(25) { addNeighbours(h, other, population, random: &random) }
                }
                if random.percent(8) {
                    let wijk = population.wijk(ofHousehold: h)
                    let next = street + (random.percent(50) ? 1 : -1)
                    guard next >= population.wijkStreetStart[wijk], next < population.wijkStreetStart[wijk + 1] else {
                        continue
                    }
                    let round = population.households(inStreet: next)
                    let other = round.lowerBound + random.below(round.count)
                    if !population.householdIsolated[other] { addNeighbours(h, other, population, random: &random) }
                }
            }
        }
    }

    private mutating func addNeighbours(
        _ h: Int, _ other: Int, _ population: SyntheticPopulation, random: inout SeededRandom
    ) {
        let a = population.member(of: h, random: &random)
        let b = population.member(of: other, random: &random)
        let strength = random.strength(weak: 70, medium: 25, strong: 5)
        ledger.add(
            a, b, kind: .neighbour, strength: strength,
            since: NeighbourhoodSynthesis.day(from: GeneratorCalendar.firstDay, random: &random),
            recordedBy: random.element(of: GeneratorVocabulary.informalRecorders))
    }
}
