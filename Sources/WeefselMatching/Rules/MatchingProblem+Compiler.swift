import WeefselGraph

extension MatchingProblem {
    /// Turns needs and offers into compiled sides, interning names as it goes.
    struct Compiler {
        let programmes: [Programme]
        let programmeIndex: [Programme.ID: Int32]
        let graph: AnalysisGraph
        let nodes: [Node.ID: Node]
        let households: [Household.ID: Household]
        let postcodes: PostcodeCentroids
        let today: Day
        /// Metres per degree of longitude and latitude around the neighbourhood.
        let metresPerDegree: (x: Double, y: Double)
        var languages = Interner()
        var interests = Interner()
        var lifeAreas = Interner()

        init(
            programmes: [Programme], neighbourhood: Neighbourhood, graph: AnalysisGraph, postcodes: PostcodeCentroids,
            today: Day
        ) {
            self.programmes = programmes
            var programmeIndex: [Programme.ID: Int32] = [:]
            for (i, p) in programmes.enumerated() { programmeIndex[p.id] = Int32(i) }
            self.programmeIndex = programmeIndex
            self.graph = graph
            var nodes: [Node.ID: Node] = [:]
            nodes.reserveCapacity(neighbourhood.nodes.count)
            for node in neighbourhood.nodes { nodes[node.id] = node }
            self.nodes = nodes
            var households: [Household.ID: Household] = [:]
            households.reserveCapacity(neighbourhood.households.count)
            for household in neighbourhood.households { households[household.id] = household }
            self.households = households
            self.postcodes = postcodes
            self.today = today
            // An equirectangular projection around the mean latitude: within a city the error is far
            // below a street's width.
            let latitudes = neighbourhood.households.compactMap(\.latitude)
            let meanLatitude = latitudes.isEmpty ? 52.1 : latitudes.reduce(0, +) / Double(latitudes.count)
            let radians = meanLatitude * Double.pi / 180
            metresPerDegree = (x: 111_320 * Compiler.cosine(radians), y: 110_574)
        }

        /// cos(x) by its Taylor series around 0 (|x| < 1.6 for any latitude), to stay in the stdlib.
        static func cosine(_ x: Double) -> Double {
            var term = 1.0
            var sum = 1.0
            for k in 1...12 {
                term *= -x * x / Double((2 * k - 1) * (2 * k))
                sum += term
            }
            return sum
        }

        mutating func side(for need: Need) throws(MatchingError) -> (Side, SideSets) {
            guard let p = programmeIndex[need.programme] else { throw .unknownProgramme(need.programme) }
            let programme = programmes[Int(p)]
            var (side, sets) = try common(
                id: need.id.rawValue, person: need.person, household: need.household, programme: p,
                languages: need.languages, availability: need.availability, gender: need.gender,
                preferences: need.preferences, lifeAreas: need.lifeAreas)
            side.eligible = eligible(side, programme.needSide, children: need.childBirthYears)
            side.units = programme.capacity.unit == .child ? Int32(max(1, need.childBirthYears.count)) : 1
            side.maxDistance = programme.maxDistance ?? .infinity
            side.waited = Int32(max(0, need.requestedOn.days(until: today)))
            return (side, sets)
        }

        mutating func side(for offer: Offer) throws(MatchingError) -> (Side, SideSets) {
            guard let p = programmeIndex[offer.programme] else { throw .unknownProgramme(offer.programme) }
            let programme = programmes[Int(p)]
            var (side, sets) = try common(
                id: offer.id.rawValue, person: offer.person, household: offer.household, programme: p,
                languages: offer.languages, availability: offer.availability, gender: offer.gender,
                preferences: offer.preferences, lifeAreas: offer.lifeAreas)
            side.eligible = eligible(side, programme.offerSide, children: [])
            side.units = Int32(clamping: max(0, offer.capacity ?? programme.capacity.defaultCapacity))
            side.maxDistance = min(
                programme.maxDistance ?? .infinity, offer.maxDistance.map { max(0, $0) } ?? .infinity)
            if let screening = programme.screening {
                side.screened = screening.isValid(doneOn: offer.screenedOn, on: today)
            }
            return (side, sets)
        }

        private mutating func common(
            id: String, person: Node.ID?, household: Household.ID?, programme: Int32, languages: [String],
            availability: WeekParts, gender: Gender?, preferences: Preferences, lifeAreas: [String]
        ) throws(MatchingError) -> (Side, SideSets) {
            var side = Side()
            var sets = SideSets()
            side.programme = programme
            var householdID = household
            var node: Node?
            if let person {
                guard let v = graph.index(of: person), let found = nodes[person] else {
                    throw .invalidArgument("'\(id)': unknown person '\(person)'")
                }
                node = found
                side.person = v
                householdID = householdID ?? found.household
                if let year = found.birthYear, year > 0 { side.age = Int32(today.year - year) }
            }
            guard person != nil || householdID != nil else { throw .nobody(id) }
            if let householdID {
                guard let h = graph.index(of: householdID), let record = households[householdID] else {
                    throw .invalidArgument("'\(id)': unknown household '\(householdID)'")
                }
                side.party = h
                if let lat = record.latitude, let lon = record.longitude, lat.isFinite, lon.isFinite {
                    (side.x, side.y) = (lon * metresPerDegree.x, lat * metresPerDegree.y)
                } else if let centre = postcodes.centre(of: record.postcode) {
                    (side.x, side.y) = (centre.longitude * metresPerDegree.x, centre.latitude * metresPerDegree.y)
                }
                side.area = Int32(PostcodeCentroids.area(of: record.postcode) ?? -1)
            } else {
                side.party = Int32(graph.householdCount) + side.person
            }
            // Without languages of its own, a side speaks its person's languages, or those of the
            // household's members.
            var spoken = languages.isEmpty ? (node?.languages ?? []) : languages
            if spoken.isEmpty, node == nil, side.party < graph.householdCount {
                for v in graph.members(ofHousehold: side.party) {
                    for language in nodes[graph.nodeIDs[Int(v)]]?.languages ?? [] where !spoken.contains(language) {
                        spoken.append(language)
                    }
                }
            }
            sets.languageOrder = spoken.filter { !$0.isEmpty }.map { self.languages.number($0) }
            sets.languages = SmallSet(sets.languageOrder)
            side.languageFilter = sets.languages.filter
            side.availability = availability.mask
            side.gender = gender.map { Int8(Gender.allCases.firstIndex(of: $0) ?? 0) } ?? -1
            side.preferredGender = preferences.gender.map { Int8(Gender.allCases.firstIndex(of: $0) ?? 0) } ?? -1
            if let ages = preferences.ages {
                side.preferredMinAge = Int32(clamping: ages.min ?? Int(Int32.min))
                side.preferredMaxAge = Int32(clamping: ages.max ?? Int(Int32.max))
            }
            sets.lifeAreas = self.lifeAreas.set(lifeAreas)
            side.lifeAreaFilter = sets.lifeAreas.filter
            sets.interests = interests.set(node?.interests ?? [])
            side.filtersExact = sets.languages.isExact && sets.lifeAreas.isExact
            return (side, sets)
        }

        /// Whether the side meets a programme's conditions: the person, or (for a household without
        /// a person) at least one member, and a child young enough when asked.
        private func eligible(_ side: Side, _ rule: Eligibility, children: [Int]) -> Bool {
            var people: [Int32] = []
            if side.person >= 0 {
                people = [side.person]
            } else if side.party < graph.householdCount {
                people = Array(graph.members(ofHousehold: side.party))
            }
            let personOK = people.contains { v in
                let id = graph.nodeIDs[Int(v)]
                let kind = graph.nodeKinds[Int(v)]
                if let kinds = rule.kinds, !kinds.contains(kind) { return false }
                if rule.mustVolunteer, !graph.nodeVolunteers[Int(v)] { return false }
                if !rule.roles.isEmpty, !(nodes[id]?.roles ?? []).contains(where: rule.roles.contains) { return false }
                if let ages = rule.ages {
                    let year = Int(graph.nodeBirthYear[Int(v)])
                    guard year > 0, ages.contains(today.year - year) else { return false }
                }
                return true
            }
            guard personOK else { return false }
            if let limit = rule.childYoungerThan {
                var years = children
                if years.isEmpty, side.party < graph.householdCount {
                    years = graph.members(ofHousehold: side.party).filter { $0 != side.person }
                        .map { Int(graph.nodeBirthYear[Int($0)]) }.filter { $0 > 0 }
                }
                guard years.contains(where: { today.year - $0 < limit && $0 <= today.year }) else { return false }
            }
            return true
        }

        /// Which parties have an informal tie outside their own walls, the associations each party
        /// takes part in, and the conflict and professional ties between parties.
        ///
        /// - Complexity: O(m) for m ties.
        func network(of parties: Set<Int32>) -> (
            connected: Set<Int32>, associations: [Int32: SmallSet], forbidden: [PartyPair: UInt8]
        ) {
            var connected = Set<Int32>()
            var memberships: [Int32: [Int32]] = [:]
            var forbidden: [PartyPair: UInt8] = [:]
            let householdCount = Int32(graph.householdCount)
            func party(_ v: Int32) -> Int32 {
                let h = graph.nodeHousehold[Int(v)]
                return h >= 0 ? h : householdCount + v
            }
            for t in 0..<graph.tieCount {
                let s = graph.tieSources[t]
                let d = graph.tieTargets[t]
                let kind = graph.tieKinds[t]
                let ps = party(s)
                let pd = party(d)
                if kind == .conflict || kind == .professional {
                    if ps != pd { forbidden[PartyPair(ps, pd), default: 0] |= kind == .conflict ? 1 : 2 }
                    continue
                }
                guard kind.isInformal, ps != pd else { continue }
                connected.insert(ps)
                connected.insert(pd)
                if kind == .member || kind == .volunteer {
                    if graph.nodeKinds[Int(d)] == .association, parties.contains(ps) {
                        memberships[ps, default: []].append(d)
                    }
                    if graph.nodeKinds[Int(s)] == .association, parties.contains(pd) {
                        memberships[pd, default: []].append(s)
                    }
                }
            }
            return (connected, memberships.mapValues { SmallSet($0) }, forbidden)
        }
    }
}
