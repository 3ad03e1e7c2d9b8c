import Foundation
import Testing
import WeefselCore
import WeefselGraph
import WeefselStore

/// Bearer tokens end: on their day, with the session they were made in when asked, and when their
/// user or an admin revokes them; nobody else sees or revokes them.
@Suite struct TokensTests {
    let store: Store
    let core: Core
    let anna: Actor
    let bram: Actor
    let admin: Actor
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let policy = SessionPolicy()

    init() throws {
        store = try Store()
        try store.accounts.save(Fixture.meent)
        for (name, role) in [("anna", User.Role.worker), ("bram", .worker), ("beheer", .admin)] {
            try store.accounts.addUser(User.ID(name), role: role, team: Fixture.meent.id, passwordHash: "$2b$04$hash")
        }
        core = Core(repositories: store.repositories)
        func actor(_ name: String, _ role: User.Role) -> Actor {
            .user(User(id: User.ID(name), role: role, team: Fixture.meent), address: "127.0.0.1")
        }
        anna = actor("anna", .worker)
        bram = actor("bram", .worker)
        admin = actor("beheer", .admin)
    }

    @Test func aTokenEndsOnItsLastDay() throws {
        let token = try core.tokens.createToken(
            label: "export", terms: TokenTerms(days: 7), session: nil, by: anna, at: now
        ).secret
        let sixDays = now.addingTimeInterval(6 * 24 * 3600)
        #expect(try core.tokens.user(forToken: token, policy: policy, at: sixDays)?.id == "anna")
        #expect(try core.tokens.user(forToken: token, policy: policy, at: sixDays.addingTimeInterval(24 * 3600)) == nil)
        let listed = try core.tokens.tokens(of: nil, by: anna)
        #expect(listed.map(\.label) == ["export"])
        #expect(listed[0].expiresAt == now.addingTimeInterval(7 * 24 * 3600))
    }

    @Test(arguments: [0, 366])
    func aTokenLivesADayToAYear(days: Int) throws {
        #expect(throws: Problem.invalid(field: "days", reason: .outOfRange(low: 1, high: 365))) {
            try core.tokens.createToken(label: "x", terms: TokenTerms(days: days), session: nil, by: anna, at: now)
        }
    }

    @Test func aTokenAskedToEndWithItsSessionEndsAtSignOutAndWhenTheSessionIdles() throws {
        let session = try store.sessions.startSession(for: "anna", at: now)
        let token = try core.tokens.createToken(
            label: "browser script", terms: TokenTerms(endsWithSession: true), session: session, by: anna, at: now
        ).secret
        #expect(try core.tokens.user(forToken: token, policy: policy, at: now)?.id == "anna")
        let idle = now.addingTimeInterval(policy.idle + 1)
        #expect(try core.tokens.user(forToken: token, policy: policy, at: idle) == nil, "the session idled out")

        let second = try store.sessions.startSession(for: "anna", at: now)
        let other = try core.tokens.createToken(
            label: "second", terms: TokenTerms(endsWithSession: true), session: second, by: anna, at: now
        ).secret
        try store.sessions.endSession(second)
        #expect(try core.tokens.user(forToken: other, policy: policy, at: now) == nil, "signed out")
        #expect(try core.tokens.tokens(of: "anna", by: anna).first { $0.label == "second" }?.revoked == true)
        #expect(throws: Problem.invalid(field: "end_with_session", reason: .needsSession)) {
            try core.tokens.createToken(
                label: "x", terms: TokenTerms(endsWithSession: true), session: nil, by: anna, at: now)
        }
    }

    @Test func aTokenIsRevokedByItsUserOrAnAdminAndNobodyElse() throws {
        let token = try core.tokens.createToken(label: "rapport", session: nil, by: anna, at: now).secret
        #expect(try core.tokens.user(forToken: token, policy: policy, at: now)?.id == "anna", "and now remembered")
        let id = try #require(try core.tokens.tokens(of: nil, by: anna).first?.id)

        #expect(throws: Problem.forbidden) { try core.tokens.tokens(of: "anna", by: bram) }
        #expect(throws: Problem.notFound("token \(id)")) { try core.tokens.revokeToken(id, by: bram) }
        #expect(try core.tokens.user(forToken: token, policy: policy, at: now)?.id == "anna")

        #expect(try core.tokens.tokens(of: "anna", by: admin).count == 1)
        try core.tokens.revokeToken(id, by: admin)
        #expect(try core.tokens.user(forToken: token, policy: policy, at: now) == nil, "the very next request")
        #expect(try store.audit.auditEntries().map(\.action) == [.createToken, .revokeToken])
        #expect(throws: Problem.notFound("token 999")) { try core.tokens.revokeToken(999, by: admin) }
    }
}
