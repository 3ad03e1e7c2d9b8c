import Testing
import WeefselGraph
import WeefselMatching

/// A resident asking for a maatje and a volunteer 800 m away who fits on every rule.
struct Pair {
    var street = Street()
    var need = Need.maatje("N1", person: "A")
    var offer = Offer.maatje("O1", person: "B")
    var history: [Match] = []
    var programmes = Programme.builtIn

    init(offerAt metres: Double = 800, offerKind: Node.Kind = .volunteer, needAge: Int = 40) {
        street.person("A", age: needAge, at: 0)
        street.person("B", kind: offerKind, age: 45, at: metres)
    }

    func problem() throws -> MatchingProblem {
        try street.problem(needs: [need], offers: [offer], history: history, programmes: programmes)
    }
}

@Suite struct RuleTests {
    @Test func aPairThatMeetsEveryRuleIsACandidateWithReasons() throws {
        let problem = try Pair().problem()
        let candidates = problem.candidates()
        let candidate = try #require(candidates.first)
        #expect(candidates.count == 1)
        #expect(candidate.need == "N1" && candidate.offer == "O1")
        #expect(candidate.reasons.contains { $0.dutch == "800 m uit elkaar" && $0.english == "800 m apart" })
        #expect(candidate.reasons.contains { $0.dutch == "wacht al 30 dagen" })
        #expect(candidate.reasons.contains { $0.dutch == "hulpvraag past: taal" })
        let total = candidate.reasons.map(\.points).reduce(0, +)
        #expect(abs(total - candidate.score) < 0.01)
    }

    /// Builds a pair that breaks exactly `rule`.
    static func breaking(_ rule: Rule) throws -> Pair {
        var pair = Pair()
        switch rule {
        case .samePerson:
            pair = Pair()
            pair.street.neighbourhood.nodes[0].roles = [.volunteer]
            pair.offer.person = "A"
        case .needEligibility: pair = Pair(needAge: 16)
        case .offerEligibility: pair = Pair(offerKind: .resident)
        case .capacity:
            pair.street.person("C", at: 100)
            pair.history = [
                Match(id: "M0", need: "N0", offer: "O1", programme: "maatje", proposedOn: Street.today.adding(days: -5))
            ]
            pair.offer.capacity = 1
        // The live match holds the only place, though its need is not in this problem.
        case .distance: pair = Pair(offerAt: 3_200)
        case .lifeArea: pair.need.lifeAreas = ["ziekte"]
        case .language: pair.offer.languages = ["tr"]
        case .availability:
            pair.need.availability = try WeekParts.parse("ma-ochtend").get()
            pair.offer.availability = try WeekParts.parse("di-avond|ma-middag").get()
        case .screening:
            for i in pair.programmes.indices where pair.programmes[i].id == "maatje" {
                pair.programmes[i].screening = Screening(name: "VOG", validityMonths: 36)
            }
            pair.offer.screenedOn = Day(year: 2020, month: 1, day: 1)
        case .preferences:
            pair.need.preferences.gender = .female
            pair.offer.gender = .male
        case .conflict: pair.street.tie("A", "B", .conflict)
        case .professionalTie: pair.street.tie("A", "B", .professional)
        case .declinedBefore:
            var earlier = Match(
                id: "M0", need: "N1", offer: "O1", programme: "maatje", proposedOn: Street.today.adding(days: -20))
            try earlier.decline(by: .offer, on: Street.today.adding(days: -10))
            pair.history = [earlier]
        }
        return pair
    }

    @Test(arguments: Rule.allCases)
    func aPairThatBreaksOneRuleIsNeverACandidate(_ rule: Rule) throws {
        let problem = try RuleTests.breaking(rule).problem()
        #expect(problem.candidates().isEmpty)
        #expect(try problem.brokenRules("N1", "O1") == [rule])
        #expect(throws: MatchingError.forbiddenPair("N1", "O1", rule)) { try problem.check("N1", "O1") }
        let proposal = problem.propose()
        #expect(proposal.matches.isEmpty)
        if rule != .samePerson {
            #expect(proposal.unmatched.map(\.reason) == [.noFit(rule, offers: 1)])
        }
    }

    @Test func aPreferenceTheOtherSideCannotShowIsNotMet() throws {
        var pair = Pair()
        pair.offer.preferences.ages = AgeRange(min: 30, max: 50)
        pair.street.neighbourhood.nodes[0].birthYear = nil
        #expect(try pair.problem().brokenRules("N1", "O1") == [.needEligibility, .preferences])
    }

    @Test func withoutCoordinatesTheSamePostcodeAreaCountsAsNear() throws {
        var street = Street()
        street.person("A", at: nil, postcode: "3500 AB")
        street.person("B", kind: .volunteer, at: nil, postcode: "3500 ZZ")
        street.person("C", kind: .volunteer, at: nil, postcode: "3511 AA")
        let problem = try street.problem(
            needs: [.maatje("N1", person: "A")], offers: [.maatje("O1", person: "B"), .maatje("O2", person: "C")])
        let candidates = problem.candidates()
        #expect(candidates.map(\.offer) == ["O1"])
        #expect(candidates.first?.reasons.contains { $0.dutch == "zelfde postcodegebied" } == true)
        #expect(try problem.brokenRules("N1", "O2") == [.distance])
    }

    @Test func postcodeCentresPlaceHouseholdsWithoutCoordinates() throws {
        var street = Street()
        street.person("A", at: nil, postcode: "3500 AB")
        street.person("B", kind: .volunteer, at: nil, postcode: "3511 AA")
        let centres = PostcodeCentroids([
            "3500": .init(latitude: 52.08, longitude: 5.10), "3511": .init(latitude: 52.09, longitude: 5.10),
        ])
        let problem = try MatchingProblem(
            programmes: Programme.builtIn, needs: [.maatje("N1", person: "A")], offers: [.maatje("O1", person: "B")],
            neighbourhood: street.neighbourhood, postcodes: centres, today: Street.today)
        let candidate = try #require(problem.candidates().first)
        #expect(candidate.reasons.contains { $0.dutch == "1,1 km uit elkaar" && $0.english == "1.1 km apart" })
    }

    @Test func reasonsNameTheSharedLanguageAndTheWait() throws {
        var street = Street()
        street.person("A", at: 0, languages: ["tr", "nl"], interests: ["fietsen", "koken"])
        street.person("B", kind: .volunteer, at: 300, languages: ["nl", "tr"], interests: ["fietsen"])
        let problem = try street.problem(
            needs: [.maatje("N1", person: "A", waitingDays: 94)], offers: [.maatje("O1", person: "B")])
        let reasons = try #require(problem.candidates().first?.reasons)
        let dutch = Set(reasons.map(\.dutch))
        #expect(dutch.isSuperset(of: ["spreken allebei Turks", "wacht al 94 dagen", "allebei interesse in fietsen"]))
        #expect(reasons.contains { $0.english == "both speak Turkish" })
    }

    @Test func anIsolatedHouseholdGetsTheNetworkBonus() throws {
        var street = Street()
        street.person("A", at: 0)
        street.person("A2", at: 0)
        street.person("B", kind: .volunteer, at: 500)
        street.person("Friend", at: 900)
        street.tie("A2", "Friend", .friend)
        let problem = try street.problem(
            needs: [.maatje("N1", person: "A"), .maatje("N2", person: "A2")],
            offers: [.maatje("O1", person: "B", capacity: 2)])
        let candidates = problem.candidates()
        let isolated = try #require(candidates.first { $0.need == "N1" })
        let connected = try #require(candidates.first { $0.need == "N2" })
        #expect(isolated.reasons.contains { $0.criterion == .isolation })
        #expect(!connected.reasons.contains { $0.criterion == .isolation })
        #expect(isolated.score > connected.score)
    }

    @Test func homeStartAsksForAChildUnderSeven() throws {
        var street = Street()
        street.person("P", roles: [.parent], age: 30, at: 0)
        street.person("Q", roles: [.parent], age: 30, at: 0)
        street.person("V", kind: .volunteer, roles: [.parent], age: 50, at: 400)
        let young = Need(
            id: "N1", person: "P", programme: "homestart", childBirthYears: [2022], requestedOn: Street.today)
        let older = Need(
            id: "N2", person: "Q", programme: "homestart", childBirthYears: [2016], requestedOn: Street.today)
        let offer = Offer(
            id: "O1", person: "V", programme: "homestart", capacity: 2, screenedOn: Day(year: 2024, month: 1, day: 1),
            offeredOn: Street.today)
        let problem = try street.problem(needs: [young, older], offers: [offer])
        #expect(problem.candidates().map(\.need) == ["N1"])
        #expect(try problem.brokenRules("N2", "O1") == [.needEligibility])
    }

    @Test(arguments: [(12, false), (13, true), (23, true), (24, false)])
    func aJongerencoachIsForThirteenToTwentyThree(_ age: Int, _ eligible: Bool) throws {
        var street = Street()
        street.person("Y", age: age, at: 0)
        street.person("C", kind: .volunteer, age: 40, at: 400)
        let need = Need(id: "N1", person: "Y", programme: "jongerencoach", requestedOn: Street.today)
        let offer = Offer(
            id: "O1", person: "C", programme: "jongerencoach", screenedOn: Day(year: 2024, month: 1, day: 1),
            offeredOn: Street.today)
        let problem = try street.problem(needs: [need], offers: [offer])
        #expect(problem.candidates().isEmpty == !eligible)
    }

    @Test func siblingsStayTogetherAtOneSupportFamily() throws {
        var street = Street()
        street.person("P1", roles: [.parent], at: 0)
        street.person("P2", roles: [.parent], at: 100)
        street.person("F1", kind: .volunteer, at: 500)
        street.person("F2", kind: .volunteer, at: 600)
        func need(_ id: String, _ person: String, children: Int, waited: Int) -> Need {
            Need(
                id: Need.ID(id), person: Node.ID(person), programme: "steungezin",
                childBirthYears: Array(repeating: 2018, count: children),
                requestedOn: Street.today.adding(days: -waited))
        }
        func offer(_ id: String, _ person: String, capacity: Int) -> Offer {
            Offer(
                id: Offer.ID(id), person: Node.ID(person), programme: "steungezin", capacity: capacity,
                screenedOn: Day(year: 2024, month: 1, day: 1), offeredOn: Street.today)
        }
        let problem = try street.problem(
            needs: [need("N1", "P1", children: 3, waited: 200), need("N2", "P2", children: 2, waited: 10)],
            offers: [offer("O1", "F1", capacity: 2), offer("O2", "F2", capacity: 3)])
        #expect(try problem.brokenRules("N1", "O1") == [.capacity])
        #expect(problem.places(takenBy: "N1") == 3)
        let proposal = problem.propose()
        let pairs = Set(proposal.matches.map { "\($0.need)-\($0.offer)" })
        #expect(pairs == ["N1-O2", "N2-O1"])
    }

    @Test func aHouseholdCanAskWithoutNamingAPerson() throws {
        var street = Street()
        street.person("A", at: 0)
        street.person("B", kind: .volunteer, at: 200)
        let need = Need(id: "N1", household: "H-A", programme: "klussen", requestedOn: Street.today)
        let offer = Offer(id: "O1", person: "B", programme: "klussen", offeredOn: Street.today)
        let problem = try street.problem(needs: [need], offers: [offer])
        #expect(problem.candidates().count == 1)
        let nobody = Need(id: "N2", programme: "klussen", requestedOn: Street.today)
        #expect(throws: MatchingError.nobody("N2")) { try street.problem(needs: [nobody], offers: [offer]) }
        let unknown = Need(id: "N3", programme: "schaak", requestedOn: Street.today)
        #expect(throws: MatchingError.unknownProgramme("schaak")) { try street.problem(needs: [unknown], offers: []) }
    }

    @Test func aNeedNobodyFitsNamesTheRuleMostOffersBreak() throws {
        var street = Street()
        street.person("A", at: 0)
        street.person("B", kind: .volunteer, at: 5_000)
        street.person("C", kind: .volunteer, at: 6_000)
        street.person("D", kind: .volunteer, at: 100, languages: ["pl"])
        let offers = [Offer.maatje("O1", person: "B"), .maatje("O2", person: "C"), .maatje("O3", person: "D")]
        let problem = try street.problem(needs: [.maatje("N1", person: "A")], offers: offers)
        let reason = try problem.reasonUnmatched("N1")
        #expect(reason == .noFit(.distance, offers: 2))
        #expect(reason?.dutch.contains("te ver weg") == true)
        let alone = try street.problem(needs: [.maatje("N1", person: "A")], offers: [])
        #expect(alone.propose().unmatched.first?.reason == .noOffers)
    }
}
