import WeefselGraph

/// Makes needs and offers for a neighbourhood of any size, the same for the same seed: people in
/// households spread over a city district, with the languages, ages, children, availability,
/// friendships, conflicts, caseloads and association memberships that matching looks at.
///
/// The district grows with the number of people so that density (and so the number of feasible
/// pairs per need) stays about the same: 5,000 needs and 5,000 offers give about 200,000 feasible
/// pairs with the built-in programmes.
public struct MatchingGenerator: Sendable {
    /// A generated neighbourhood with its needs and offers.
    public struct Sample: Sendable {
        public var neighbourhood: Neighbourhood
        public var needs: [Need]
        public var offers: [Offer]
        public var postcodes: PostcodeCentroids
        public var today: Day
    }

    private var random: SeededRandom
    public let programmes: [Programme]
    /// How many needs (or offers) share one square kilometre.
    public var density: Double = 13

    public init(seed: UInt64, programmes: [Programme] = Programme.builtIn) {
        random = SeededRandom(seed: seed)
        self.programmes = programmes.sorted { $0.id < $1.id }
    }

    static let origin = (latitude: 52.08, longitude: 5.10)
    static let interests = [
        "fietsen", "koken", "wandelen", "voetbal", "lezen", "muziek", "tuinieren", "schaken", "handwerken",
        "computers", "dieren", "film", "zwemmen", "kunst", "geschiedenis",
    ]
    static let secondLanguages = ["tr", "ar", "ber", "pl", "en", "pap", "so", "ti", "uk", "fa"]
    static let programmeShares: [String: Double] = [
        "maatje": 0.40, "klussen": 0.20, "steungezin": 0.08, "jongerencoach": 0.12, "homestart": 0.10,
        "ervaringsdeskundige": 0.10,
    ]

    /// Generates `needs` needs and `offers` offers on `today`.
    ///
    /// - Complexity: O(n) for n needs and offers.
    public mutating func sample(needs needCount: Int, offers offerCount: Int, today: Day) -> Sample {
        let people = max(1, needCount + offerCount)
        let side = (Double(people) / 2 / density).squareRoot() * 1_000  // metres
        let metresPerDegree = (x: 111_320 * 0.6149, y: 110_574.0)
        let areaSize = 700.0
        let areasPerRow = max(1, Int((side / areaSize).rounded(.up)))
        var neighbourhood = Neighbourhood()
        var centres: [String: PostcodeCentroids.Point] = [:]
        var needList: [Need] = []
        var offerList: [Offer] = []
        let shares = programmes.map { MatchingGenerator.programmeShares[$0.id.rawValue] ?? 0.1 }
        let associations = (0..<max(3, people / 400)).map { Node.ID("V\(pad($0 + 1, 4))") }
        for (i, id) in associations.enumerated() {
            neighbourhood.nodes.append(Node(id: id, kind: .association, name: "Vereniging \(i + 1)"))
        }
        var householdsSoFar: [(id: Household.ID, person: Node.ID)] = []

        func place(_ id: Household.ID) -> Household {
            let x = random.nextUnit() * side
            let y = random.nextUnit() * side
            let ax = min(areasPerRow - 1, Int(x / areaSize))
            let ay = min(areasPerRow - 1, Int(y / areaSize))
            let area = 1000 + (ay * areasPerRow + ax) % 9000
            let code = String(area)
            if centres[code] == nil {
                centres[code] = PostcodeCentroids.Point(
                    latitude: MatchingGenerator.origin.latitude + (Double(ay) + 0.5) * areaSize / metresPerDegree.y,
                    longitude: MatchingGenerator.origin.longitude + (Double(ax) + 0.5) * areaSize / metresPerDegree.x)
            }
            let letters = ["AB", "CD", "EF", "GH", "JK"][Int(random.next() % 5)]
            // One household in twenty has no coordinates: its postcode area stands in.
            let located = random.nextUnit() >= 0.05
            return Household(
                id: id, street: "Straat \(Int(random.next() % 60) + 1)",
                houseNumber: String(Int(random.next() % 150) + 1),
                postcode: "\(code) \(letters)",
                latitude: located ? MatchingGenerator.origin.latitude + y / metresPerDegree.y : nil,
                longitude: located ? MatchingGenerator.origin.longitude + x / metresPerDegree.x : nil)
        }

        func languages() -> [String] {
            let roll = random.nextUnit()
            let other = MatchingGenerator.secondLanguages[
                Int(random.next() % UInt64(MatchingGenerator.secondLanguages.count))]
            if roll < 0.65 { return ["nl"] }
            if roll < 0.92 { return random.nextUnit() < 0.5 ? ["nl", other] : [other, "nl"] }
            return [other]
        }

        func availability(_ parts: Int) -> WeekParts {
            var mask: UInt32 = 0
            for _ in 0..<parts { mask |= 1 << UInt32(random.next() % 21) }
            return WeekParts(mask: mask)
        }

        func pick<T>(_ items: [T], _ count: Int) -> [T] {
            var chosen: [T] = []
            var indices = Array(items.indices)
            for _ in 0..<min(count, items.count) {
                let k = Int(random.next() % UInt64(indices.count))
                chosen.append(items[indices.remove(at: k)])
            }
            return chosen
        }

        func programmeIndex() -> Int {
            var roll = random.nextUnit() * shares.reduce(0, +)
            for (i, share) in shares.enumerated() {
                roll -= share
                if roll < 0 { return i }
            }
            return shares.count - 1
        }

        func person(_ id: Node.ID, kind: Node.Kind, household: Household.ID, age: Int, roles: Set<Node.Role>) -> Node {
            Node(
                id: id, kind: kind, name: "Persoon \(id.rawValue)", household: household, roles: roles,
                birthYear: today.year - age, languages: languages(), interests: pick(MatchingGenerator.interests, 3),
                consent: [.matching])
        }

        func memberships(_ id: Node.ID) {
            if random.nextUnit() < 0.3 {
                let a = associations[Int(random.next() % UInt64(associations.count))]
                neighbourhood.ties.append(Tie(source: id, target: a, kind: .member))
            }
        }

        for k in 0..<needCount {
            let p = programmes[programmeIndex()]
            let householdID = Household.ID("HN\(pad(k + 1, 6))")
            neighbourhood.households.append(place(householdID))
            let personID = Node.ID("RN\(pad(k + 1, 6))")
            let age: Int
            var children: [Int] = []
            switch p.id.rawValue {
            case "jongerencoach": age = 13 + Int(random.next() % 11)
            case "homestart", "steungezin":
                age = 22 + Int(random.next() % 22)
                let count = 1 + Int(random.next() % (p.id == "steungezin" ? 3 : 2))
                children = (0..<count).map { _ in today.year - Int(random.next() % (p.id == "homestart" ? 7 : 14)) }
            default: age = 18 + Int(random.next() % 70)
            }
            var node = person(
                personID, kind: .resident, household: householdID, age: age, roles: children.isEmpty ? [] : [.parent])
            if p.id == "jongerencoach" {
                node.languages = node.languages.contains("nl") ? node.languages : node.languages + ["nl"]
            }
            neighbourhood.nodes.append(node)
            memberships(personID)
            // Most households know someone outside their walls; the rest are isolated.
            if random.nextUnit() < 0.7, let other = householdsSoFar.randomElement(using: &random) {
                neighbourhood.ties.append(Tie(source: personID, target: other.person, kind: .friend))
            }
            householdsSoFar.append((householdID, personID))
            var preferences = Preferences()
            if random.nextUnit() < 0.15 { preferences.gender = random.nextUnit() < 0.8 ? .female : .male }
            if random.nextUnit() < 0.10 {
                preferences.ages = AgeRange(min: 20 + Int(random.next() % 20), max: 55 + Int(random.next() % 25))
            }
            needList.append(
                Need(
                    id: Need.ID("N\(pad(k + 1, 6))"), person: personID, programme: p.id,
                    lifeAreas: pick(p.lifeAreas, 1), languages: [], availability: availability(8),
                    gender: random.nextUnit() < 0.55 ? .female : .male, preferences: preferences,
                    childBirthYears: children, requestedOn: today.adding(days: -Int(random.next() % 400))))
        }

        for k in 0..<offerCount {
            let p = programmes[programmeIndex()]
            let householdID = Household.ID("HV\(pad(k + 1, 6))")
            neighbourhood.households.append(place(householdID))
            let personID = Node.ID("RV\(pad(k + 1, 6))")
            let age = 21 + Int(random.next() % 55)
            var roles: Set<Node.Role> = [.volunteer]
            if random.nextUnit() < 0.5 { roles.insert(.parent) }
            let kind: Node.Kind = random.nextUnit() < 0.5 ? .volunteer : .resident
            neighbourhood.nodes.append(person(personID, kind: kind, household: householdID, age: age, roles: roles))
            memberships(personID)
            if random.nextUnit() < 0.8, let other = householdsSoFar.randomElement(using: &random) {
                neighbourhood.ties.append(Tie(source: personID, target: other.person, kind: .neighbour))
            }
            // A few volunteers are at war with a neighbour who asks for help, or already work with them.
            if random.nextUnit() < 0.05, let other = householdsSoFar.randomElement(using: &random) {
                neighbourhood.ties.append(Tie(source: personID, target: other.person, kind: .conflict))
            }
            if random.nextUnit() < 0.02, let other = householdsSoFar.randomElement(using: &random) {
                neighbourhood.ties.append(Tie(source: personID, target: other.person, kind: .professional))
            }
            householdsSoFar.append((householdID, personID))
            var preferences = Preferences()
            if random.nextUnit() < 0.10 { preferences.gender = random.nextUnit() < 0.7 ? .female : .male }
            let screened = random.nextUnit() < 0.9 ? today.adding(days: -Int(random.next() % 900)) : nil
            offerList.append(
                Offer(
                    id: Offer.ID("A\(pad(k + 1, 6))"), person: personID, programme: p.id,
                    lifeAreas: random.nextUnit() < 0.25 ? [] : pick(p.lifeAreas, 2), languages: [],
                    availability: availability(9), gender: random.nextUnit() < 0.6 ? .female : .male,
                    preferences: preferences, capacity: random.nextUnit() < 0.3 ? 1 + Int(random.next() % 3) : nil,
                    screenedOn: screened, offeredOn: today.adding(days: -Int(random.next() % 300))))
        }
        return Sample(
            neighbourhood: neighbourhood, needs: needList, offers: offerList, postcodes: PostcodeCentroids(centres),
            today: today)
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

extension MatchingGenerator {
    /// Needs and offers for the people of an existing neighbourhood: about `share` of the residents
    /// who consented to matching ask for help in a programme that fits them (a coach for the young,
    /// Home-Start for parents of small children, a maatje or practical help for others), and the
    /// volunteers offer help.
    ///
    /// - Complexity: O(n log n) for n nodes.
    public mutating func needsAndOffers(
        for neighbourhood: Neighbourhood, today: Day, share: Double = 0.12
    ) -> (needs: [Need], offers: [Offer]) {
        let byID = Dictionary(neighbourhood.nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var members: [Household.ID: [Node]] = [:]
        for node in neighbourhood.nodes { if let h = node.household { members[h, default: []].append(node) } }
        let programme = Dictionary(uniqueKeysWithValues: programmes.map { ($0.id, $0) })
        var needs: [Need] = []
        var offers: [Offer] = []
        for node in byID.values.sorted(by: { $0.id < $1.id }) where node.isPerson {
            let age = node.birthYear.map { today.year - $0 }
            if node.isVolunteer, node.kind != .professional, let age, age >= 18, random.nextUnit() < 0.7 {
                let choices: [Programme.ID] =
                    node.roles.contains(.parent)
                    ? ["homestart", "steungezin", "maatje"]
                    : ["maatje", "klussen", "jongerencoach", "ervaringsdeskundige"]
                let id = choices[Int(random.next() % UInt64(choices.count))]
                let areas = programme[id]?.lifeAreas ?? []
                offers.append(
                    Offer(
                        id: Offer.ID("A-\(node.id.rawValue)"), person: node.id, programme: id,
                        lifeAreas: random.nextUnit() < 0.3 ? [] : Array(areas.shuffled(using: &random).prefix(2)),
                        gender: random.nextUnit() < 0.55 ? .female : .male,
                        screenedOn: random.nextUnit() < 0.85 ? today.adding(days: -Int(random.next() % 800)) : nil,
                        offeredOn: today.adding(days: -Int(random.next() % 300))))
                continue
            }
            guard node.kind == .resident, node.consent.contains(.matching), let age, random.nextUnit() < share else {
                continue
            }
            let children = (node.household.flatMap { members[$0] } ?? []).compactMap(\.birthYear)
                .filter { today.year - $0 < 18 && $0 != node.birthYear }
            let id: Programme.ID
            if (13...23).contains(age) {
                id = "jongerencoach"
            } else if node.roles.contains(.parent), children.contains(where: { today.year - $0 < 7 }) {
                id = "homestart"
            } else if age >= 18 {
                id = ["maatje", "maatje", "klussen", "ervaringsdeskundige"][Int(random.next() % 4)]
            } else {
                continue
            }
            let areas = programme[id]?.lifeAreas ?? []
            needs.append(
                Need(
                    id: Need.ID("N-\(node.id.rawValue)"), person: node.id, programme: id,
                    lifeAreas: areas.isEmpty ? [] : [areas[Int(random.next() % UInt64(areas.count))]],
                    gender: random.nextUnit() < 0.55 ? .female : .male,
                    childBirthYears: id == "homestart" ? children : [],
                    requestedOn: today.adding(days: -Int(random.next() % 300))))
        }
        return (needs, offers)
    }
}
