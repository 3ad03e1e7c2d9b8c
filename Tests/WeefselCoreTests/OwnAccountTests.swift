import Foundation
import Testing
import WeefselCore
import WeefselGraph
import WeefselStore

/// A user changes their own password and signs out everywhere; whoever held the old one is out.
@Suite struct OwnAccountTests {
    /// Passwords kept as they are: enough to test the rules around them.
    struct PlainCheck: CredentialCheck {
        func verify(_ password: String, hash: String) -> Bool { password == hash }
        func hash(_ password: String) -> String { password }
        func step(of code: String, secret: String, at now: Date) -> Int64? { nil }
    }

    let store: Store
    let signIn: SignIn
    let anna = Actor.user(User(id: "anna", role: .worker, team: Fixture.meent), address: "127.0.0.1")

    init() throws {
        store = try Store()
        try store.accounts.save(Fixture.meent)
        try store.accounts.addUser("anna", role: .worker, team: Fixture.meent.id, passwordHash: "oud-wachtwoord")
        signIn = SignIn(repositories: store.repositories, check: PlainCheck(), limits: SignInLimits(), decoyHash: "x")
    }

    @Test func aNewPasswordEndsEverySessionAndToken() throws {
        let session = try store.sessions.startSession(for: "anna")
        let token = try store.sessions.createToken(for: "anna", label: "script", expiresAt: .distantFuture)
        try signIn.changePassword(
            current: "oud-wachtwoord", new: "nieuw-wachtwoord", repeated: "nieuw-wachtwoord", by: anna)
        #expect(try store.sessions.sessionUser(session) == nil)
        #expect(try store.sessions.tokenUser(token) == nil)
        #expect(
            try signIn.signIn(name: "anna", password: "nieuw-wachtwoord", code: nil, from: "127.0.0.1").user.id
                == "anna")
        #expect(try store.audit.auditEntries().map(\.action).contains(.passwordChanged))
    }

    @Test func theRulesOfANewPasswordSayWhatIsWrong() throws {
        #expect(throws: Problem.invalid(field: "current_password", reason: .wrong)) {
            try signIn.changePassword(
                current: "geraden", new: "nieuw-wachtwoord", repeated: "nieuw-wachtwoord", by: anna)
        }
        #expect(throws: Problem.invalid(field: "new_password", reason: .tooShort(10))) {
            try signIn.changePassword(current: "oud-wachtwoord", new: "kort", repeated: "kort", by: anna)
        }
        #expect(throws: Problem.invalid(field: "repeat_password", reason: .mismatch)) {
            try signIn.changePassword(
                current: "oud-wachtwoord", new: "nieuw-wachtwoord", repeated: "nieuw-wachtwoordd", by: anna)
        }
    }

    @Test func signingOutEverywhereEndsEverySession() throws {
        let phone = try store.sessions.startSession(for: "anna")
        let laptop = try store.sessions.startSession(for: "anna")
        try signIn.signOutEverywhere(anna)
        #expect(try store.sessions.sessionUser(phone) == nil)
        #expect(try store.sessions.sessionUser(laptop) == nil)
    }
}
