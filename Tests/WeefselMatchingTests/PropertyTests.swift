import Foundation
import Testing
import WeefselGraph
import WeefselMatching

/// Checks proposals against the hard rules, computed again here from the domain values.
@Suite struct PropertyTests {
    static let today = Day(year: 2025, month: 6, day: 1)!

    struct Checker {
        let sample: MatchingGenerator.Sample
        let nodes: [Node.ID: Node]
        let households: [Household.ID: Household]
        let programmes: [Programme.ID: Programme]
        let needs: [Need.ID: Need]
        let offers: [Offer.ID: Offer]
        /// Pairs of households with a conflict or professional tie.
        let forbidden: Set<[Household.ID]>

        init(_ sample: MatchingGenerator.Sample) {
            self.sample = sample
            nodes = Dictionary(uniqueKeysWithValues: sample.neighbourhood.nodes.map { ($0.id, $0) })
            households = Dictionary(uniqueKeysWithValues: sample.neighbourhood.households.map { ($0.id, $0) })
            programmes = Dictionary(uniqueKeysWithValues: Programme.builtIn.map { ($0.id, $0) })
            needs = Dictionary(uniqueKeysWithValues: sample.needs.map { ($0.id, $0) })
            offers = Dictionary(uniqueKeysWithValues: sample.offers.map { ($0.id, $0) })
            var forbidden = Set<[Household.ID]>()
            let householdOf = nodes.mapValues(\.household)
            for tie in sample.neighbourhood.ties where tie.kind == .conflict || tie.kind == .professional {
                if let a = householdOf[tie.source] ?? nil, let b = householdOf[tie.target] ?? nil {
                    forbidden.insert([a, b].sorted())
                }
            }
            self.forbidden = forbidden
        }

        func point(_ household: Household) -> (Double, Double)? {
            if let lat = household.latitude, let lon = household.longitude { return (lat, lon) }
            return sample.postcodes.centre(of: household.postcode).map { ($0.latitude, $0.longitude) }
        }

        /// Great-circle distance in metres.
        func metres(_ a: (Double, Double), _ b: (Double, Double)) -> Double {
            let r = 6_371_000.0
            let (p1, p2) = (a.0 * .pi / 180, b.0 * .pi / 180)
            let dp = p2 - p1
            let dl = (b.1 - a.1) * .pi / 180
            let h = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
            return 2 * r * asin(min(1, h.squareRoot()))
        }

        func age(_ id: Node.ID?) -> Int? {
            id.flatMap { nodes[$0]?.birthYear }.map { PropertyTests.today.year - $0 }
        }

        /// Every hard rule this checker can see is met by the pair.
        func expectAllowed(_ candidate: Candidate) {
            guard let need = needs[candidate.need], let offer = offers[candidate.offer],
                let programme = programmes[need.programme],
                let needPerson = need.person.flatMap({ nodes[$0] }),
                let offerPerson = offer.person.flatMap({ nodes[$0] }),
                let needHome = needPerson.household.flatMap({ households[$0] }),
                let offerHome = offerPerson.household.flatMap({ households[$0] })
            else {
                Issue.record("proposal names unknown people: \(candidate)")
                return
            }
            #expect(offer.programme == need.programme)
            #expect(need.status == .open && offer.status == .open)
            #expect(needHome.id != offerHome.id)
            let needLanguages = need.languages.isEmpty ? needPerson.languages : need.languages
            let offerLanguages = offer.languages.isEmpty ? offerPerson.languages : offer.languages
            #expect(
                !Set(needLanguages).isDisjoint(with: offerLanguages), "language \(candidate.need)-\(candidate.offer)")
            #expect(need.availability.overlaps(offer.availability))
            if !need.lifeAreas.isEmpty, !offer.lifeAreas.isEmpty {
                #expect(!Set(need.lifeAreas).isDisjoint(with: offer.lifeAreas))
            }
            if let limit = programme.maxDistance {
                if let a = point(needHome), let b = point(offerHome) {
                    // The solver projects onto a plane; allow its error of well under 1%.
                    #expect(metres(a, b) <= limit * 1.005, "distance \(candidate.need)-\(candidate.offer)")
                } else {
                    #expect(
                        PostcodeCentroids.area(of: needHome.postcode) == PostcodeCentroids.area(of: offerHome.postcode))
                }
            }
            if let screening = programme.screening {
                #expect(screening.isValid(doneOn: offer.screenedOn, on: PropertyTests.today))
            }
            if let ages = programme.needSide.ages { #expect(age(need.person).map(ages.contains) == true) }
            if let ages = programme.offerSide.ages { #expect(age(offer.person).map(ages.contains) == true) }
            if programme.offerSide.mustVolunteer { #expect(offerPerson.isVolunteer) }
            if let gender = need.preferences.gender { #expect(offer.gender == gender) }
            if let gender = offer.preferences.gender { #expect(need.gender == gender) }
            if let ages = need.preferences.ages { #expect(age(offer.person).map(ages.contains) == true) }
            #expect(!forbidden.contains([needHome.id, offerHome.id].sorted()), "conflict or professional tie")
            #expect(!candidate.reasons.isEmpty)
        }

        /// No offer takes more places than it has.
        func expectCapacities(_ proposal: Proposal) {
            var used: [Offer.ID: Int] = [:]
            for match in proposal.matches {
                guard let need = needs[match.need], let programme = programmes[need.programme] else { continue }
                used[match.offer, default: 0] +=
                    programme.capacity.unit == .child ? max(1, need.childBirthYears.count) : 1
            }
            for (id, places) in used {
                let offer = offers[id]
                let capacity =
                    offer?.capacity ?? programmes[offer?.programme ?? "maatje"]?.capacity.defaultCapacity ?? 0
                #expect(places <= capacity, "offer \(id) takes \(places) of \(capacity)")
            }
            #expect(Set(proposal.matches.map(\.need)).count == proposal.matches.count)
        }
    }

    static func sample(seed: UInt64, size: Int) -> MatchingGenerator.Sample {
        var generator = MatchingGenerator(seed: seed)
        generator.density = 60
        return generator.sample(needs: size, offers: size, today: today)
    }

    static func problem(_ sample: MatchingGenerator.Sample, history: [Match] = []) throws -> MatchingProblem {
        try MatchingProblem(
            programmes: Programme.builtIn, needs: sample.needs, offers: sample.offers, history: history,
            neighbourhood: sample.neighbourhood, postcodes: sample.postcodes, today: today)
    }

    @Test(arguments: 1...12)
    func proposalsNeverBreakAHardRule(seed: Int) throws {
        let sample = PropertyTests.sample(seed: UInt64(seed), size: 40 + 10 * seed)
        let checker = Checker(sample)
        let problem = try PropertyTests.problem(sample)
        for method in AssignmentMethod.allCases {
            let proposal = problem.propose(using: method)
            proposal.matches.forEach(checker.expectAllowed)
            checker.expectCapacities(proposal)
            #expect(proposal.matches.count + proposal.unmatched.count == problem.waitingNeeds.count)
        }
        problem.candidates().forEach(checker.expectAllowed)
        #expect(problem.propose().totalScore >= problem.propose(using: .greedy).totalScore - 1e-9)
    }

    @Test(arguments: 1...4)
    func declinedPairsStayOutOfLaterProposals(seed: Int) throws {
        let sample = PropertyTests.sample(seed: UInt64(100 + seed), size: 120)
        let first = try PropertyTests.problem(sample).propose()
        try #require(first.matches.count > 10)
        var history: [Match] = []
        for (k, pair) in first.matches.enumerated() where k % 3 == 0 {
            var match = Match(
                id: Match.ID("M\(k)"), need: pair.need, offer: pair.offer, programme: pair.programme,
                proposedOn: PropertyTests.today)
            try match.decline(by: .coordinator, on: PropertyTests.today)
            history.append(match)
        }
        let declined = Set(history.map { "\($0.need)-\($0.offer)" })
        let second = try PropertyTests.problem(sample, history: history)
        let again = Set(second.propose().matches.map { "\($0.need)-\($0.offer)" })
        #expect(again.isDisjoint(with: declined))
        #expect(Set(second.candidates().map { "\($0.need)-\($0.offer)" }).isDisjoint(with: declined))
    }

    @Test func theSameSeedGivesTheSameProposal() throws {
        let a = try PropertyTests.problem(PropertyTests.sample(seed: 5, size: 150)).propose()
        let b = try PropertyTests.problem(PropertyTests.sample(seed: 5, size: 150)).propose()
        #expect(a == b)
        #expect(!a.matches.isEmpty && !a.unmatched.isEmpty)
    }

    @Test func theTopCandidatesForOneNeedAreItsBestPairs() throws {
        let problem = try PropertyTests.problem(PropertyTests.sample(seed: 9, size: 150))
        let all = problem.candidates()
        let need = try #require(all.first?.need)
        let mine = all.filter { $0.need == need }
        let top = try problem.candidates(for: need, top: 2)
        #expect(top == Array(mine.prefix(2)))
        #expect(zip(mine, mine.dropFirst()).allSatisfy { $0.score >= $1.score })
    }
}
