import Testing
import WeefselGraph
import WeefselMatching

@Suite struct LifecycleTests {
    static let day = Street.today

    /// A match brought to `state` along the usual path.
    static func match(in state: Match.State) throws -> Match {
        var match = Match(id: "M1", need: "N1", offer: "O1", programme: "maatje", proposedOn: day)
        switch state {
        case .proposed: break
        case .introduced: try match.introduce(on: day)
        case .trial:
            try match.introduce(on: day)
            try match.startTrial(on: day)
        case .active: try match.start(on: day)
        case .ended:
            try match.start(on: day)
            try match.end(on: day.adding(days: 10), reason: .completed)
        case .declined: try match.decline(by: .need, on: day)
        }
        return match
    }

    static let allowed: Set<String> = [
        "proposed-introduced", "proposed-trial", "proposed-active", "proposed-declined", "introduced-trial",
        "introduced-active", "introduced-declined", "trial-active", "trial-declined", "active-ended",
    ]

    @Test(arguments: Match.State.allCases, Match.State.allCases)
    func onlyTheLifecycleTransitionsAreAllowed(_ from: Match.State, _ to: Match.State) throws {
        var match = try LifecycleTests.match(in: from)
        let event = Match.Event(state: to, on: LifecycleTests.day.adding(days: 20))
        if LifecycleTests.allowed.contains("\(from.rawValue)-\(to.rawValue)") {
            try match.record(event)
            #expect(match.state == to)
        } else {
            #expect(throws: MatchingError.illegalTransition("M1", from: from, to: to)) { try match.record(event) }
            #expect(match.state == from)
        }
    }

    @Test func theRefusalSaysWhyInPlainWords() throws {
        var match = try LifecycleTests.match(in: .ended)
        do {
            try match.start(on: LifecycleTests.day.adding(days: 30))
            Issue.record("an ended match started again")
        } catch {
            #expect(error.description == "match 'M1' cannot go from ended to active (it is ended for good)")
        }
    }

    @Test func aStepCannotBeDatedBeforeTheLastOne() throws {
        var match = try LifecycleTests.match(in: .introduced)
        #expect(throws: MatchingError.dateBeforeLastStep("M1", LifecycleTests.day.adding(days: -1))) {
            try match.start(on: LifecycleTests.day.adding(days: -1))
        }
    }

    @Test func anActiveMatchIsATieOfItsProgrammesKindUntilItEnds() throws {
        var match = try LifecycleTests.match(in: .introduced)
        #expect(match.tie(between: "A", and: "B", kind: .maatje) == nil)
        try match.start(on: LifecycleTests.day.adding(days: 3))
        let tie = try #require(match.tie(between: "A", and: "B", kind: .maatje))
        #expect(tie.kind == .maatje && tie.since == LifecycleTests.day.adding(days: 3) && tie.until == nil)
        try match.end(on: LifecycleTests.day.adding(days: 200), reason: .moved, note: "verhuisd naar Zwolle")
        let ended = try #require(match.tie(between: "A", and: "B", kind: .maatje))
        #expect(ended.until == LifecycleTests.day.adding(days: 200))
        #expect(match.endReason == .moved)
        #expect(match.events.map(\.state) == [.proposed, .introduced, .active, .ended])
    }

    @Test func aRecordedHistoryIsCheckedWhenLoaded() throws {
        let day = LifecycleTests.day
        let good = try Match(
            id: "M1", need: "N1", offer: "O1", programme: "maatje",
            events: [.init(state: .proposed, on: day), .init(state: .active, on: day)])
        #expect(good.state == .active)
        #expect(throws: MatchingError.self) {
            try Match(
                id: "M2", need: "N1", offer: "O1", programme: "maatje",
                events: [.init(state: .proposed, on: day), .init(state: .ended, on: day)])
        }
    }

    @Test func afterAnEndTheNeedIsMatchedAgainButNotWhileLive() throws {
        var street = Street()
        street.person("A", at: 0)
        street.person("B", kind: .volunteer, at: 300)
        street.person("C", kind: .volunteer, at: 600)
        let needs = [Need.maatje("N1", person: "A")]
        let offers = [Offer.maatje("O1", person: "B"), .maatje("O2", person: "C")]
        var match = Match(id: "M1", need: "N1", offer: "O1", programme: "maatje", proposedOn: Street.today)
        try match.start(on: Street.today)
        let live = try street.problem(needs: needs, offers: offers, history: [match])
        #expect(live.propose().matches.isEmpty)
        #expect(live.propose().unmatched.isEmpty)
        #expect(live.freePlaces(of: "O1") == 0)

        try match.end(on: Street.today, reason: .mismatch)
        let after = try street.problem(needs: needs, offers: offers, history: [match])
        #expect(after.propose().matches.map(\.need) == ["N1"])
        #expect(after.propose().matches.map(\.offer) == ["O2"], "the pair that ended is not proposed again")
        #expect(after.freePlaces(of: "O1") == 1)
    }

    @Test func aDeclinedPairIsNeverProposedAgain() throws {
        var street = Street()
        street.person("A", at: 0)
        street.person("B", kind: .volunteer, at: 300)
        street.person("C", kind: .volunteer, at: 2_000)
        let needs = [Need.maatje("N1", person: "A")]
        let offers = [Offer.maatje("O1", person: "B"), .maatje("O2", person: "C")]
        let first = try street.problem(needs: needs, offers: offers).propose()
        #expect(first.matches.map(\.offer) == ["O1"])

        var match = Match(id: "M1", need: "N1", offer: "O1", programme: "maatje", proposedOn: Street.today)
        try match.decline(by: .offer, on: Street.today, note: "geen tijd")
        let second = try street.problem(needs: needs, offers: offers, history: [match])
        #expect(second.propose().matches.map(\.offer) == ["O2"])
        #expect(try second.candidates(for: "N1").map(\.offer) == ["O2"])
        // A new need of the same person does not bring the declined pair back.
        let again = try street.problem(needs: needs + [.maatje("N2", person: "A")], offers: offers, history: [match])
        #expect(try again.brokenRules("N2", "O1") == [.declinedBefore])
    }

    @Test func theReportGivesWaitingListsAndEndsByReason() throws {
        var street = Street()
        for id in ["A", "B", "C"] { street.person(id) }
        let start = Day(year: 2025, month: 1, day: 1)!
        let end = Day(year: 2025, month: 6, day: 30)!
        let needs = [
            Need(id: "N1", person: "A", programme: "maatje", requestedOn: Day(year: 2024, month: 12, day: 1)!),
            Need(id: "N2", person: "B", programme: "maatje", requestedOn: Day(year: 2025, month: 6, day: 20)!),
            Need(id: "N3", person: "C", programme: "maatje", requestedOn: Day(year: 2025, month: 1, day: 10)!),
            Need(
                id: "N4", person: "C", programme: "klussen", requestedOn: start, status: .closed,
                closedOn: Day(year: 2025, month: 2, day: 1)!),
        ]
        var ended = Match(id: "M1", need: "N1", offer: "O1", programme: "maatje", proposedOn: start)
        try ended.start(on: Day(year: 2025, month: 1, day: 10)!)
        try ended.end(on: Day(year: 2025, month: 3, day: 1)!, reason: .moved)
        var active = Match(id: "M2", need: "N3", offer: "O2", programme: "maatje", proposedOn: start)
        try active.start(on: Day(year: 2025, month: 2, day: 1)!)
        var declined = Match(id: "M3", need: "N2", offer: "O2", programme: "maatje", proposedOn: end)
        try declined.decline(by: .coordinator, on: end)
        let report = try MatchingReport(
            programmes: Programme.builtIn, needs: needs, matches: [ended, active, declined], from: start, to: end)
        let maatje = try #require(report.programmes.first { $0.programme == "maatje" })
        // N1 waits again since its match ended on 1 March (121 days); N2 since 20 June (10 days).
        #expect(maatje.waiting == 2)
        #expect(maatje.longestWait == 121)
        #expect(maatje.medianWait == 65.5)
        #expect(maatje.started == 2 && maatje.active == 1)
        #expect(maatje.ended == ["moved": 1] && maatje.endedTotal == 1 && maatje.declined == 1)
        #expect(maatje.meanDuration == 50)
        let klussen = try #require(report.programmes.first { $0.programme == "klussen" })
        #expect(klussen.waiting == 0 && klussen.medianWait == nil)
        #expect(throws: MatchingError.self) {
            try MatchingReport(programmes: Programme.builtIn, needs: needs, matches: [], from: end, to: start)
        }
    }
}
