extension NeighbourhoodSynthesis {
    private static let ageBands = 7

    /// Age bands within which friendships mostly form: 4-12, 13-19, 20-34, 35-54, 55-74, 75+
    /// (band 0, the under-fours, make no friends of their own).
    private static func ageBand(_ age: Int) -> Int {
        switch age {
        case ..<4: 0
        case ..<13: 1
        case ..<20: 2
        case ..<35: 3
        case ..<55: 4
        case ..<75: 5
        default: 6
        }
    }

    /// Whether two people could plausibly be friends or acquaintances: both minors or both adults,
    /// at most twenty years apart.
    private static func plausiblePair(_ a: Int, _ b: Int, _ population: SyntheticPopulation) -> Bool {
        let ageA = population.age(a)
        let ageB = population.age(b)
        return (ageA < 18) == (ageB < 18) && abs(ageA - ageB) <= 20 && ageA >= 4 && ageB >= 4
    }

    /// Friendships in two rounds: first between people of the same wijk and age band (often of the
    /// same background, from the same association or street), then between friends of friends, which
    /// gives the clustering of real friendship networks.
    ///
    /// - Complexity: O(n) expected, for n residents.
    mutating func addFriendTies() {
        var random = seed.stream(9)
        let population = self.population
        let memberships = self.memberships
        let associations = self.associations
        let wijkCount = population.wijkCount
        let backgrounds = CulturalBackground.allCases.count
        var bandPools = [[Int32]](repeating: [], count: wijkCount * NeighbourhoodSynthesis.ageBands)
        var backgroundPools = [[Int32]](repeating: [], count: wijkCount * backgrounds)
        var wanted = [UInt8](repeating: 0, count: personCount)
        for p in 0..<personCount where !population.isIsolated(p) {
            let band = NeighbourhoodSynthesis.ageBand(population.age(p))
            guard band > 0 else { continue }
            let wijk = population.wijk(of: p)
            bandPools[wijk * NeighbourhoodSynthesis.ageBands + band].append(Int32(p))
            backgroundPools[wijk * backgrounds + population.background[p].rawValue].append(Int32(p))
            wanted[p] = UInt8(
                band == 6 ? random.index(weights: [30, 35, 25, 10, 0]) : random.index(weights: [5, 20, 30, 25, 20]))
        }
        var friends = [[Int32]](repeating: [], count: personCount)

        func befriend(_ a: Int, _ b: Int, random: inout SeededRandom) {
            guard population.household(of: a) != population.household(of: b) else { return }
            let strength = random.strength(weak: 20, medium: 45, strong: 35)
            if ledger.add(
                a, b, kind: .friend, strength: strength,
                since: NeighbourhoodSynthesis.day(from: GeneratorCalendar.firstDay, random: &random),
                recordedBy: random.element(of: GeneratorVocabulary.informalRecorders))
            {
                friends[a].append(Int32(b))
                friends[b].append(Int32(a))
            }
        }

        // Round one: people who meet in the same places.
        for p in 0..<personCount where wanted[p] >= 1 {
            let wijk = population.wijk(of: p)
            let bandPool = bandPools[
                wijk * NeighbourhoodSynthesis.ageBands + NeighbourhoodSynthesis.ageBand(population.age(p))]
            for _ in 0..<((Int(wanted[p]) + 1) / 2) {
                var candidate = Int(random.element(of: bandPool))
                let draw = random.below(100)
                if draw >= 55 && draw < 70 && population.background[p] != .dutch {
                    let pool = backgroundPools[wijk * backgrounds + population.background[p].rawValue]
                    candidate = Int(random.element(of: pool))
                } else if draw >= 70 && draw < 85 && !memberships[p].isEmpty {
                    let members = associations[Int(random.element(of: memberships[p]))].members
                    candidate = Int(random.element(of: members))
                } else if draw >= 85 {
                    candidate = NeighbourhoodSynthesis.nearbyResident(of: p, within: 12, population, random: &random)
                }
                guard candidate != p, !population.isIsolated(candidate),
                    NeighbourhoodSynthesis.plausiblePair(p, candidate, population)
                else { continue }
                befriend(p, candidate, random: &random)
            }
        }

        // Round two: friends of friends become friends.
        for p in 0..<personCount where !friends[p].isEmpty {
            let missing = max(0, Int(wanted[p]) - friends[p].count) + (random.percent(30) ? 1 : 0)
            for _ in 0..<missing {
                let friend = Int(random.element(of: friends[p]))
                let candidate = Int(random.element(of: friends[friend]))
                guard candidate != p, NeighbourhoodSynthesis.plausiblePair(p, candidate, population) else { continue }
                befriend(p, candidate, random: &random)
            }
        }
    }

    /// Acquaintances: people from a few doors down, from the wijk, or from the same association.
    mutating func addAcquaintanceTies() {
        var random = seed.stream(10)
        let population = self.population
        let memberships = self.memberships
        let associations = self.associations
        for p in 0..<personCount where population.age(p) >= 12 && !population.isIsolated(p) {
            let count = random.index(weights: [30, 40, 30])
            for _ in 0..<count {
                var candidate: Int
                let draw = random.below(100)
                if draw < 45 {
                    candidate = NeighbourhoodSynthesis.nearbyResident(of: p, within: 15, population, random: &random)
                } else if draw < 75 || memberships[p].isEmpty {
                    let wijk = population.persons(inWijk: population.wijk(of: p))
                    candidate = wijk.lowerBound + random.below(wijk.count)
                } else {
                    candidate = Int(random.element(of: associations[Int(random.element(of: memberships[p]))].members))
                }
                guard candidate != p, population.age(candidate) >= 12, !population.isIsolated(candidate),
                    population.household(of: candidate) != population.household(of: p)
                else { continue }
                ledger.add(
                    p, candidate, kind: .acquaintance, strength: random.percent(85) ? 1 : 2,
                    since: NeighbourhoodSynthesis.day(from: GeneratorCalendar.firstDay, random: &random),
                    recordedBy: random.element(of: GeneratorVocabulary.informalRecorders))
            }
        }
    }

    /// A resident of a household at most `within` households away in the same wijk.
    private static func nearbyResident(
        of p: Int, within distance: Int, _ population: SyntheticPopulation, random: inout SeededRandom
    ) -> Int {
        let household = population.household(of: p)
        let wijk = population.households(inWijk: population.wijk(ofHousehold: household))
        let low = max(wijk.lowerBound, household - distance)
        let high = min(wijk.upperBound - 1, household + distance)
        let other = random.int(in: low...high)
        return population.members(of: other).lowerBound + random.below(population.members(of: other).count)
    }
}
