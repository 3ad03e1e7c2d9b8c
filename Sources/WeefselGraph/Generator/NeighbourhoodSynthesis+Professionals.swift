extension NeighbourhoodSynthesis {
    /// Residents per professional.
    static let residentsPerProfessional = 1_000

    /// One professional per about 1,000 residents, spread over the wijken (each wijk gets a buurtcoach
    /// first), with caseloads that favour vulnerable households. Isolated households known to a
    /// professional get their one tie here.
    mutating func addProfessionals() {
        var random = seed.stream(11)
        let wijkCount = population.wijkCount
        guard personCount > 0, wijkCount > 0 else { return }
        let count =
            professionalCount
            ?? max(
                1,
                (personCount + NeighbourhoodSynthesis.residentsPerProfessional / 2)
                    / NeighbourhoodSynthesis.residentsPerProfessional)
        let professions = SyntheticProfessional.Profession.allCases
        for k in 0..<count {
            let background: CulturalBackground =
                random.percent(75) ? .dutch : CulturalBackground.allCases[random.below(5) + 1]
            let female = random.percent(65)
            let names =
                female
                ? CulturalBackground.femaleNameTable[background.rawValue]
                : CulturalBackground.maleNameTable[background.rawValue]
            let profession = professions[(k / wijkCount) % professions.count]
            let birthYear = random.int(in: 1965...1998)
            let first = names[background.firstNameIndex(female: female, birthYear: birthYear, random: &random)]
            let name = first + " " + random.element(of: CulturalBackground.surnameTable[background.rawValue])
            var languages = background.languages(birthYear: birthYear, random: &random)
            if !languages.contains("nl") { languages.insert("nl", at: 0) }
            professionals.append(
                SyntheticProfessional(
                    profession: profession, wijk: k % wijkCount, name: "\(name) (\(profession.rawValue))",
                    birthYear: birthYear, languages: languages))
        }
        addKnownIsolatedHouseholds(random: &random)
        var inConflict = [Bool](repeating: false, count: personCount)
        for t in 0..<ledger.count where ledger.kinds[t] == .conflict {
            inConflict[Int(ledger.sources[t])] = true
            inConflict[Int(ledger.targets[t])] = true
        }
        for k in professionals.indices {
            addCaseload(of: k, inConflict: inConflict, random: &random)
        }
    }

    private func professionalNode(_ k: Int) -> Int { personCount + associations.count + k }

    private mutating func addCaseTie(_ p: Int, _ k: Int, random: inout SeededRandom) {
        let recent = Day(year: 2022, month: 1, day: 1) ?? GeneratorCalendar.firstDay
        ledger.add(
            p, professionalNode(k), kind: .professional, strength: random.strength(weak: 30, medium: 50, strong: 20),
            since: NeighbourhoodSynthesis.day(from: recent, random: &random),
            recordedBy: professionals[k].profession.rawValue)
    }

    /// The isolated households a professional knows: the wijkverpleegkundige for the elderly, the
    /// buurtcoach for the others, whoever serves the wijk when neither does.
    private mutating func addKnownIsolatedHouseholds(random: inout SeededRandom) {
        for h in 0..<population.householdCount
        where population.householdIsolated[h] && population.householdKnownToProfessional[h] {
            let wijk = population.wijk(ofHousehold: h)
            let wanted: SyntheticProfessional.Profession = population.hasElderly(h) ? .wijkverpleegkundige : .buurtcoach
            let serving = professionals.indices.filter { professionals[$0].wijk == wijk }
            let k =
                serving.first { professionals[$0].profession == wanted }
                ?? serving.first { professionals[$0].profession == .buurtcoach } ?? serving.first ?? 0
            addCaseTie(population.adult(of: h, random: &random), k, random: &random)
        }
    }

    /// Draws the caseload by weight, without repeats, from the professional's wijk.
    ///
    /// - Complexity: O(w + c log w) for w residents in the wijk and a caseload of c.
    private mutating func addCaseload(of k: Int, inConflict: [Bool], random: inout SeededRandom) {
        let professional = professionals[k]
        let residents = population.persons(inWijk: professional.wijk)
        let population = self.population
        var cumulative: [Int] = []
        cumulative.reserveCapacity(residents.count)
        var total = 0
        for p in residents {
            total += population.caseloadWeight(of: p, for: professional.profession, inConflict: inConflict[p])
            cumulative.append(total)
        }
        guard total > 0 else { return }
        let wanted = random.int(in: professional.profession.caseload)
        var added = 0
        var attempts = 0
        while added < wanted && attempts < wanted * 20 {
            attempts += 1
            let draw = random.below(total)
            var low = 0
            var high = cumulative.count - 1
            while low < high {
                let mid = (low + high) / 2
                if cumulative[mid] > draw { high = mid } else { low = mid + 1 }
            }
            let p = residents.lowerBound + low
            guard !ledger.contains(p, professionalNode(k), kind: .professional) else { continue }
            addCaseTie(p, k, random: &random)
            added += 1
        }
    }

    /// Makes sure every household that is not meant to be isolated has at least one informal tie
    /// outside its walls: a neighbour tie to the nearest household that is not isolated.
    mutating func reachEveryHouseholdNotIsolated() {
        var random = seed.stream(12)
        let population = self.population
        for h in 0..<population.householdCount where !population.householdIsolated[h] && !ledger.householdReached[h] {
            let wijk = population.households(inWijk: population.wijk(ofHousehold: h))
            var distance = 1
            search: while h - distance >= wijk.lowerBound || h + distance < wijk.upperBound {
                for other in [h + distance, h - distance]
                where wijk.contains(other) && !population.householdIsolated[other] {
                    let added = ledger.add(
                        population.member(of: h, random: &random), population.member(of: other, random: &random),
                        kind: .neighbour, strength: 1,
                        since: NeighbourhoodSynthesis.day(from: GeneratorCalendar.firstDay, random: &random),
                        recordedBy: random.element(of: GeneratorVocabulary.informalRecorders))
                    if added { break search }
                }
                distance += 1
            }
        }
    }
}
