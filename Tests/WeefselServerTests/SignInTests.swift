import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing
import WeefselGraph
import WeefselServer
import WeefselStore

/// Signing in to the service: the session cookie, one answer for every failure, the lockout per
/// account and per address, the second factor, and sign-ins from another site.
@Suite struct SignInTests {
    @Test func signingInSetsAStrictHttpOnlyCookieAndTheSessionWorks() async throws {
        let fixture = try Fixture()
        try await fixture.application.test(.router) { client in
            try await client.execute(
                uri: "/api/login", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"name": "worker", "password": "\#(Fixture.password)"}"#)
            ) { response in
                #expect(response.status == .ok)
                let cookie = try #require(response.headers[.setCookie])
                #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"))
                #expect(!cookie.contains("Secure"), "Secure only when configured")
            }
            let session = try await client.signIn("worker")
            try await client.execute(uri: "/api/me", method: .get, headers: session.headers) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains(#""name":"worker""#) && response.text.contains(session.csrf))
            }
            try await client.execute(uri: "/api/logout", method: .post, headers: session.changing) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/api/me", method: .get, headers: session.headers) { response in
                #expect(response.status == .unauthorized, "the session ended")
            }
        }
    }

    @Test func theCookieIsSecureWhenConfigured() async throws {
        let fixture = try Fixture(configuration: ServiceConfiguration(secureCookies: true, bcryptCost: 4))
        try await fixture.application.test(.router) { client in
            try await client.execute(
                uri: "/api/login", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"name": "worker", "password": "\#(Fixture.password)"}"#)
            ) { response in
                #expect(response.headers[.setCookie]?.contains("Secure") == true)
            }
        }
    }

    @Test func aWrongPasswordOrUnknownNameIsRefusedAlike() async throws {
        let fixture = try Fixture()
        try await fixture.application.test(.router) { client in
            for name in ["worker", "nobody"] {
                await #expect(throws: SessionFailure.self) { try await client.signIn(name, password: "wrong password") }
            }
        }
        #expect(try fixture.store.audit.auditEntries().filter { $0.action == .loginFailed }.count == 2)
    }

    @Test func repeatedFailuresLockTheAccountEvenForTheRightPassword() async throws {
        let fixture = try Fixture()
        try await fixture.application.test(.router) { client in
            for _ in 0..<5 { _ = try? await client.signIn("worker", password: "wrong password") }
            try await client.execute(
                uri: "/api/login", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"name": "worker", "password": "\#(Fixture.password)"}"#)
            ) { response in
                #expect(response.status == .tooManyRequests)
                #expect(Int(response.headers[.retryAfter] ?? "") ?? 0 > 0)
            }
            _ = try await client.signIn("admin")
        }
    }

    @Test func repeatedFailuresFromOneAddressLockThatAddress() async throws {
        let fixture = try Fixture(
            configuration: ServiceConfiguration(
                loginFailuresPerAccount: 100, loginFailuresPerAddress: 3,
                trustForwardedFor: true, bcryptCost: 4))
        try await fixture.application.test(.router) { client in
            func attempt(_ name: String, from address: String, password: String = "wrong password") async throws
                -> HTTPResponse.Status
            {
                try await client.execute(
                    uri: "/api/login", method: .post,
                    headers: [.contentType: "application/json", HTTPField.Name("X-Forwarded-For")!: address],
                    body: ByteBuffer(string: #"{"name": "\#(name)", "password": "\#(password)"}"#)
                ) { $0.status }
            }
            for name in ["a", "b", "c"] {
                let status = try await attempt(name, from: "192.0.2.7")
                #expect(status == .unauthorized)
            }
            let locked = try await attempt("admin", from: "192.0.2.7", password: Fixture.password)
            #expect(locked == .tooManyRequests)
            let elsewhere = try await attempt("admin", from: "192.0.2.8", password: Fixture.password)
            #expect(elsewhere == .ok)
        }
    }

    @Test func aSecondFactorIsRequiredWhenEnrolled() async throws {
        let store = try Store()
        let fixture = try Fixture(store: store)
        let factor = Passwords.newSecondFactor(for: "anna")
        try store.accounts.addUser(
            "anna", role: .worker, team: "Oost", passwordHash: try Passwords.hash(Fixture.password, cost: 4),
            totpSecret: factor.secret)
        try await fixture.application.test(.router) { client in
            func login(_ code: String?) async throws -> TestResponse {
                let totp = code.map { #", "totp": "\#($0)""# } ?? ""
                return try await client.execute(
                    uri: "/api/login", method: .post, headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: #"{"name": "anna", "password": "\#(Fixture.password)"\#(totp)}"#))
            }
            let missing = try await login(nil)
            // The same answer as for a wrong password: nothing tells that the password was right.
            #expect(missing.status == .unauthorized && missing.errorField == nil)
            #expect(try await login("000000x").status == .unauthorized)
            let code = Passwords.currentCode(secret: factor.secret)
            #expect(try await login(code).status == .ok)
            // A code signs in once: seen over a shoulder or in a proxy's log, it is worth nothing.
            #expect(try await login(code).status == .unauthorized)
        }
    }

    @Test func theLockoutHoldsForEverySpellingOfTheAccountAndAfterARestart() async throws {
        let store = try Store()
        let fixture = try Fixture(store: store)
        try await fixture.application.test(.router) { client in
            for _ in 0..<5 { _ = try? await client.signIn("worker", password: "wrong password") }
            for name in ["worker\\u0000x", " worker", "worker\\u0000"] {
                try await client.execute(
                    uri: "/api/login", method: .post, headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: #"{"name": "\#(name)", "password": "\#(Fixture.password)"}"#)
                ) { response in
                    #expect(response.status != .ok, "\(name) signed in past the lockout")
                }
            }
        }
        // A new application on the same database: a service that restarted.
        try await fixture.application.test(.router) { client in
            try await client.execute(
                uri: "/api/login", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"name": "worker", "password": "\#(Fixture.password)"}"#)
            ) { response in
                #expect(response.status == .tooManyRequests)
            }
        }
    }

    @Test func aSignInFromAnotherSiteIsRefused() async throws {
        let fixture = try Fixture()
        try await fixture.application.test(.router) { client in
            let form = ByteBuffer(string: "name=worker&password=correct+horse+battery")
            let formType: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            var fromElsewhere = formType
            fromElsewhere[.origin] = "http://evil.example"
            let elsewhere = try await client.execute(
                uri: "/aanmelden", method: .post, headers: fromElsewhere, body: form)
            #expect(elsewhere.status == .forbidden && elsewhere.headers[.setCookie] == nil)
            var crossSite = formType
            crossSite[HTTPField.Name("Sec-Fetch-Site")!] = "cross-site"
            let fetched = try await client.execute(uri: "/aanmelden", method: .post, headers: crossSite, body: form)
            #expect(fetched.status == .forbidden && fetched.headers[.setCookie] == nil)
            // A text/plain body is what a cross-site form can send without asking first.
            let plain = try await client.execute(
                uri: "/api/login", method: .post, headers: [.contentType: "text/plain"],
                body: ByteBuffer(string: #"{"name": "worker", "password": "\#(Fixture.password)"}"#))
            #expect(plain.status == .unsupportedMediaType && plain.headers[.setCookie] == nil)
            // A browser's own form: same-origin, with the origin `null` of the no-referrer policy.
            var sameSite = formType
            sameSite[HTTPField.Name("Sec-Fetch-Site")!] = "same-origin"
            sameSite[.origin] = "null"
            let own = try await client.execute(uri: "/aanmelden", method: .post, headers: sameSite, body: form)
            #expect(own.status == .seeOther)
        }
    }

    @Test func aClientChosenForwardedForHopDoesNotResetTheLockoutOfItsAddress() async throws {
        let fixture = try Fixture(
            configuration: ServiceConfiguration(
                loginFailuresPerAccount: 100, loginFailuresPerAddress: 3, trustForwardedFor: true, bcryptCost: 4))
        try await fixture.application.test(.router) { client in
            func attempt(_ forwarded: String, password: String = "wrong password") async throws -> HTTPResponse.Status {
                try await client.execute(
                    uri: "/api/login", method: .post,
                    headers: [.contentType: "application/json", HTTPField.Name("X-Forwarded-For")!: forwarded],
                    body: ByteBuffer(string: #"{"name": "admin", "password": "\#(password)"}"#)
                ) { $0.status }
            }
            // The proxy appends the address it saw; what comes before is the client's own say.
            for spoofed in ["10.0.0.1", "10.0.0.2", "10.0.0.3"] {
                let status = try await attempt("\(spoofed), 192.0.2.9")
                #expect(status == .unauthorized)
            }
            let locked = try await attempt("10.0.0.4, 192.0.2.9", password: Fixture.password)
            #expect(locked == .tooManyRequests)
        }
    }
}
