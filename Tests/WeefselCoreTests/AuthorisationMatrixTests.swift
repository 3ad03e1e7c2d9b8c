import Testing
import WeefselCore
import WeefselGraph
import WeefselMatching
import WeefselStore

/// Every use case of the core for every role, on a record of the actor's own wijk and of another
/// team's: what is allowed works, the rest is refused (another team's records as not found).
@Suite struct CoreAuthorisationMatrixTests {
    enum Outcome: Equatable { case allowed, forbidden, notFound }

    /// A use case on a fresh fixture, about P1 (De Meent) or N9 (Noord).
    typealias UseCase = @Sendable (Core, Actor, _ ownWijk: Bool) throws -> Void

    static let useCases: [(String, UseCase)] = [
        ("see a person", { core, actor, own in _ = try core.records.node(own ? "P1" : "N9", for: actor) }),
        (
            "edit a person",
            { core, actor, own in
                let (node, _) = try core.records.node(own ? "P1" : "N9", for: .localOperator("test"))
                var edited = node
                edited.name += " (bewerkt)"
                try core.records.update(edited, household: nil, by: actor)
            }
        ),
        (
            "add a tie",
            { core, actor, own in
                try core.records.add(Tie(source: "V1", target: own ? "P1" : "N9", kind: .friend), by: actor)
            }
        ),
        (
            "add a person",
            { core, actor, own in
                try core.records.add(
                    Node(id: "NEW", kind: .resident, name: "Nieuw", household: own ? "H1" : "H9"), household: nil,
                    by: actor)
            }
        ),
        (
            "propose matches",
            { core, actor, own in
                guard own else { throw Problem.notFound("no other wijk to propose in") }
                _ = try core.desk.propose(on: Fixture.today, by: actor)
            }
        ),
        (
            "accept a pair to match",
            { core, actor, own in
                guard own else { throw Problem.notFound("no other wijk to match in") }
                _ = try core.desk.accept("N1", "O1", on: Fixture.today, by: actor)
            }
        ),
    ]

    static let expected: [String: [User.Role: Outcome]] = [
        "see a person": [.admin: .allowed, .worker: .allowed, .coordinator: .allowed, .viewer: .forbidden],
        "edit a person": [.admin: .allowed, .worker: .allowed, .coordinator: .forbidden, .viewer: .forbidden],
        "add a tie": [.admin: .allowed, .worker: .allowed, .coordinator: .forbidden, .viewer: .forbidden],
        "add a person": [.admin: .allowed, .worker: .allowed, .coordinator: .forbidden, .viewer: .forbidden],
        "propose matches": [.admin: .allowed, .worker: .forbidden, .coordinator: .allowed, .viewer: .forbidden],
        "accept a pair to match": [.admin: .allowed, .worker: .forbidden, .coordinator: .allowed, .viewer: .forbidden],
    ]

    static func outcome(_ body: () throws -> Void) -> Outcome {
        do {
            try body()
            return .allowed
        } catch Problem.forbidden {
            return .forbidden
        } catch Problem.notFound {
            return .notFound
        } catch {
            Issue.record("unexpected \(error)")
            return .forbidden
        }
    }

    @Test(arguments: User.Role.allCases)
    func everyUseCaseHoldsItsRuleForEveryRole(role: User.Role) throws {
        for (name, useCase) in Self.useCases {
            let own = try Fixture()
            let mine = Self.outcome { try useCase(own.core, Fixture.user(role), true) }
            #expect(mine == Self.expected[name]?[role], "\(name) by a \(role) in their own wijk")

            let other = try Fixture()
            let theirs = Self.outcome { try useCase(other.core, Fixture.user(role), false) }
            // Admins too see personal data only in their own team's wijken.
            let expectedOther: Outcome = Self.expected[name]?[role] == .forbidden ? .forbidden : .notFound
            // Needs and offers are all in De Meent: matching has no other team's records to try.
            if !name.contains("match") {
                #expect(theirs == expectedOther, "\(name) by a \(role) in another team's wijk")
            }
        }
    }

    @Test func theLocalOperatorMayDoEverythingEverywhere() throws {
        for (name, useCase) in Self.useCases {
            for own in [true, false] where own || !name.contains("match") {
                let fixture = try Fixture()
                #expect(Self.outcome { try useCase(fixture.core, Fixture.operatorActor, own) } == .allowed, "\(name)")
            }
        }
    }
}

/// Teams and accounts are the installation's administration: admins and the local operator only;
/// snapshots are made by admins and workers.
@Suite struct AdministrationTests {
    @Test(arguments: [User.Role.worker, .coordinator, .viewer])
    func onlyAdministratorsManageTeamsAccountsAndSnapshots(role: User.Role) throws {
        let fixture = try Fixture()
        let administration = fixture.core.administration
        let actor = Fixture.user(role)
        #expect(throws: Problem.forbidden) { try administration.save(Team(id: "nieuw", wijken: ["Noord"]), by: actor) }
        #expect(throws: Problem.forbidden) { try administration.users(for: actor) }
        if role != .worker {
            #expect(throws: Problem.forbidden) {
                try fixture.core.snapshots.create(
                    label: "q4", on: Fixture.today, today: Fixture.today, seed: 1, by: actor)
            }
        }
        #expect(try fixture.store.accounts.teams().isEmpty)
    }

    @Test func theOperatorAddsATeamAUserAndASnapshot() throws {
        let fixture = try Fixture()
        let administration = fixture.core.administration
        try administration.save(Team(id: "noord", wijken: ["Noord"]), by: Fixture.operatorActor)
        #expect(throws: Problem.self) {
            try administration.addUser(
                "iemand", role: .worker, team: "onbekend", passwordHash: "x", totpSecret: nil, by: Fixture.operatorActor
            )
        }
        try administration.addUser(
            "noor", role: .worker, team: "noord", passwordHash: "x", totpSecret: nil, by: Fixture.operatorActor)
        #expect(try administration.users(for: Fixture.operatorActor).map(\.id) == ["noor"])
        let snapshot = try fixture.core.snapshots.create(
            label: "nulmeting", on: Fixture.today, today: Fixture.today, seed: 1, by: Fixture.operatorActor)
        #expect(try fixture.store.snapshots.snapshot("nulmeting").indicators == snapshot.indicators)
        #expect(snapshot.indicators.overall.persons == 4)
    }
}
