extension NeighbourhoodSynthesis {
    /// Residents per association.
    static let residentsPerAssociation = 300

    /// One association per about 300 residents, spread over the wijken, each wijk getting a buurthuis
    /// first, then a speeltuinvereniging, a voetbalclub, a school and so on. Members come from the
    /// association's wijk (isolated households stay out); some volunteers volunteer at one.
    mutating func addAssociations() {
        var random = seed.stream(8)
        let wijkCount = population.wijkCount
        guard personCount > 0, wijkCount > 0 else { return }
        let count =
            associationCount
            ?? max(
                1,
                (personCount + NeighbourhoodSynthesis.residentsPerAssociation / 2)
                    / NeighbourhoodSynthesis.residentsPerAssociation)
        var usedNames: Set<String> = []
        let kinds = SyntheticAssociation.Kind.allCases
        for a in 0..<count {
            let wijk = a % wijkCount
            let local = a / wijkCount
            let kind = kinds[local % kinds.count]
            let streets = population.wijkStreetStart[wijk]..<population.wijkStreetStart[wijk + 1]
            let street = streets.lowerBound + random.below(streets.count)
            let template = kind.names[(local / kinds.count + wijk) % kind.names.count]
            var name = template.replacing("{w}", with: population.wijkNames[wijk])
                .replacing("{s}", with: population.streetNames[street])
            if usedNames.contains(name) { name += " (\(population.wijkNames[wijk]))" }
            var suffix = 2
            let plain = name
            while usedNames.contains(name) {
                name = "\(plain) \(suffix)"
                suffix += 1
            }
            usedNames.insert(name)
            var association = SyntheticAssociation(kind: kind, name: name, wijk: wijk, street: street)
            association.members = chooseMembers(of: association, random: &random)
            let node = personCount + a
            for member in association.members {
                let p = Int(member)
                let strength = random.strength(weak: 50, medium: 40, strong: 10)
                ledger.add(
                    p, node, kind: .member, strength: strength,
                    since: NeighbourhoodSynthesis.day(from: GeneratorCalendar.firstDay, random: &random),
                    recordedBy: random.element(of: GeneratorVocabulary.membershipRecorders))
                memberships[p].append(Int32(a))
            }
            associations.append(association)
        }
        addVolunteerTies(random: &random)
    }

    private func chooseMembers(of association: SyntheticAssociation, random: inout SeededRandom) -> [Int32] {
        var candidates: [Int32] = []
        for p in population.persons(inWijk: association.wijk)
        where !population.isIsolated(p) && population.mayJoin(association.kind, person: p, street: association.street) {
            candidates.append(Int32(p))
        }
        let wanted = random.int(in: association.kind.memberRange)
        var members = random.sample(wanted, of: candidates)
        if association.kind == .school {
            // Some parents are involved too (the ouderraad, the schoolplein).
            for child in members {
                guard random.percent(30) else { continue }
                let household = population.household(of: Int(child))
                if let parent = population.members(of: household).first(where: {
                    population.roles[$0].contains(.parent)
                }) {
                    members.append(Int32(parent))
                }
            }
        }
        var seen: Set<Int32> = []
        return members.filter { seen.insert($0).inserted }
    }

    /// Half of the volunteers who are a member somewhere volunteer there; a third of the others
    /// volunteer at an association in their wijk.
    private mutating func addVolunteerTies(random: inout SeededRandom) {
        let wijkCount = population.wijkCount
        for p in 0..<personCount where population.roles[p].contains(.volunteer) {
            var association: Int?
            if !memberships[p].isEmpty, random.percent(50) {
                association = Int(random.element(of: memberships[p]))
            } else if random.percent(33) {
                let wijk = population.wijk(of: p)
                let inWijk = wijk < associations.count ? (associations.count - wijk + wijkCount - 1) / wijkCount : 0
                if inWijk > 0 { association = wijk + random.below(inWijk) * wijkCount }
            }
            guard let association else { continue }
            ledger.add(
                p, personCount + association, kind: .volunteer, strength: random.int(in: 2...3),
                since: NeighbourhoodSynthesis.day(from: GeneratorCalendar.firstDay, random: &random),
                recordedBy: "vrijwilligerscentrale")
        }
    }
}
