extension NeighbourhoodSynthesis {
    /// `prefix` and `number` zero-padded to `width` digits, so that string order is numeric order.
    static func identifier(_ prefix: String, _ number: Int, width: Int) -> String {
        let digits = String(number)
        return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The number of digits ids need for `count` items, at least `minimum`.
    static func width(for count: Int, minimum: Int) -> Int { max(minimum, String(count).count) }

    /// The neighbourhood as domain values: nodes and households in id order, ties in the order they
    /// were woven.
    func neighbourhood() -> Neighbourhood {
        var random = seed.stream(13)
        let personWidth = NeighbourhoodSynthesis.width(for: personCount, minimum: 6)
        let householdWidth = NeighbourhoodSynthesis.width(for: population.householdCount, minimum: 5)
        let associationWidth = NeighbourhoodSynthesis.width(for: associations.count, minimum: 4)
        let professionalWidth = NeighbourhoodSynthesis.width(for: professionals.count, minimum: 4)

        let householdIDs = (0..<population.householdCount).map {
            Household.ID(NeighbourhoodSynthesis.identifier("H", $0 + 1, width: householdWidth))
        }
        var ids: [Node.ID] = []
        ids.reserveCapacity(personCount + associations.count + professionals.count)
        for p in 0..<personCount {
            ids.append(Node.ID(NeighbourhoodSynthesis.identifier("P", p + 1, width: personWidth)))
        }
        for a in associations.indices {
            ids.append(Node.ID(NeighbourhoodSynthesis.identifier("A", a + 1, width: associationWidth)))
        }
        for k in professionals.indices {
            ids.append(Node.ID(NeighbourhoodSynthesis.identifier("W", k + 1, width: professionalWidth)))
        }

        var nodes: [Node] = []
        nodes.reserveCapacity(ids.count)
        for (a, association) in associations.enumerated() {
            nodes.append(
                Node(
                    id: ids[personCount + a], kind: .association, name: association.name,
                    interests: [association.kind.activity], wijk: population.wijkNames[association.wijk]))
        }
        for p in 0..<personCount {
            nodes.append(resident(p, id: ids[p], household: householdIDs[population.household(of: p)], random: &random))
        }
        for (k, professional) in professionals.enumerated() {
            nodes.append(
                Node(
                    id: ids[personCount + associations.count + k], kind: .professional, name: professional.name,
                    birthYear: professional.birthYear, languages: professional.languages,
                    skills: professional.profession.skills, wijk: population.wijkNames[professional.wijk],
                    consent: [.maps, .sharing]))
        }

        let households = (0..<population.householdCount).map { h in
            let street = Int(population.householdStreet[h])
            return Household(
                id: householdIDs[h], street: population.streetNames[street],
                houseNumber: String(population.householdNumber[h]), postcode: population.streetPostcodes[street],
                wijk: population.wijkNames[population.streetWijk[street]], latitude: population.householdLatitude[h],
                longitude: population.householdLongitude[h])
        }

        var ties: [Tie] = []
        ties.reserveCapacity(ledger.count)
        for t in 0..<ledger.count {
            ties.append(
                Tie(
                    source: ids[Int(ledger.sources[t])], target: ids[Int(ledger.targets[t])], kind: ledger.kinds[t],
                    strength: Tie.Strength(rawValue: Int(ledger.strengths[t])) ?? .medium,
                    since: Day(ordinal: Int(ledger.since[t])), recordedBy: ledger.recorders[t], note: ledger.notes[t]))
        }
        return Neighbourhood(nodes: nodes, households: households, ties: ties)
    }

    private func resident(_ p: Int, id: Node.ID, household: Household.ID, random: inout SeededRandom) -> Node {
        let age = population.age(p)
        let bits = population.roles[p]
        var roles: Set<Node.Role> = []
        if bits.contains(.parent) { roles.insert(.parent) }
        if bits.contains(.caregiver) { roles.insert(.caregiver) }
        if bits.contains(.volunteer) { roles.insert(.volunteer) }
        if bits.contains(.coordinator) { roles.insert(.coordinator) }

        var skills: [String] = []
        if age >= 18 {
            let weights = age >= 75 ? [50, 35, 15, 0] : [25, 35, 25, 15]
            let count = max(random.index(weights: weights), bits.contains(.volunteer) ? 1 : 0)
            let speaksDutch = population.speaksDutch(p)
            let multilingual = population.languages[p].count > 1
            let offered = GeneratorVocabulary.skills.filter { skill in
                (speaksDutch || !GeneratorVocabulary.dutchSkills.contains(skill))
                    && (multilingual || skill != "vertalen")
            }
            skills = random.sample(count, of: offered)
        } else if age >= 12 {
            let offers = random.percent(40) || bits.contains(.volunteer)
            skills = random.sample(offers ? 1 : 0, of: GeneratorVocabulary.youthSkills)
        }
        let interests =
            switch age {
            case ..<12: random.sample(random.int(in: 1...2), of: GeneratorVocabulary.childInterests)
            case ..<18: random.sample(random.int(in: 1...3), of: GeneratorVocabulary.youthInterests)
            default: random.sample(random.int(in: 0...3), of: GeneratorVocabulary.interests)
            }

        var consent: Set<Consent.Purpose> = []
        if random.percent(85) { consent.insert(.matching) }
        if random.percent(80) { consent.insert(.maps) }
        if random.percent(60) { consent.insert(.sharing) }

        return Node(
            id: id, kind: .resident, name: population.name(of: p), household: household, roles: roles,
            birthYear: Int(population.birthYear[p]), languages: population.languages[p], skills: skills,
            interests: interests, wijk: population.wijkNames[population.wijk(of: p)], consent: consent)
    }
}
