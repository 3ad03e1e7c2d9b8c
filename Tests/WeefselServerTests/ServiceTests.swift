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

@Suite struct ServiceTests {
    @Test func cookieRequestsThatChangeStateNeedTheCSRFToken() async throws {
        let fixture = try Fixture()
        try await fixture.application.test(.router) { client in
            let session = try await client.signIn("worker")
            let body = ByteBuffer(string: #"{"label": "script"}"#)
            var withoutToken = session.headers
            withoutToken[.contentType] = "application/json"
            try await client.execute(uri: "/api/tokens", method: .post, headers: withoutToken, body: body) { response in
                #expect(response.status == .forbidden)
                #expect(response.errorMessage?.contains("CSRF") == true)
            }
            var wrongToken = session.changing
            wrongToken[HTTPField.Name("X-CSRF-Token")!] = "forged"
            try await client.execute(uri: "/api/tokens", method: .post, headers: wrongToken, body: body) { response in
                #expect(response.status == .forbidden)
            }
            var foreignOrigin = session.changing
            foreignOrigin[.origin] = "https://evil.example"
            try await client.execute(uri: "/api/tokens", method: .post, headers: foreignOrigin, body: body) {
                response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/api/tokens", method: .post, headers: session.changing, body: body) {
                response in
                #expect(response.status == .created)
            }
        }
    }

    @Test(arguments: ["/healthz", "/api/me", "/api/persons/P1", "/no/such/route"])
    func everyAnswerCarriesTheSecurityHeaders(uri: String) async throws {
        let fixture = try Fixture()
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                let csp = response.headers[.contentSecurityPolicy] ?? ""
                #expect(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"))
                #expect(!csp.contains("unsafe-inline"))
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
                #expect(response.headers[.cacheControl] == "no-store")
                #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
            }
        }
    }

    @Test(arguments: [
        ("{", nil as String?), ("[]", nil), (#"{"kind": "resident", "name": "X"}"#, "id"),
        (#"{"id": 5, "kind": "resident", "name": "X"}"#, "id"),
        (#"{"id": "N", "kind": "alien", "name": "X", "wijk": "Oost"}"#, "kind"),
        (#"{"id": "N", "kind": "resident", "name": " ", "wijk": "Oost"}"#, "name"),
        (#"{"id": "N", "kind": "resident", "name": "X", "wijk": "Oost", "birth_year": 1200}"#, "birth_year"),
        (#"{"id": "P1", "kind": "resident", "name": "X", "wijk": "Oost"}"#, nil),
    ])
    func badInputAnswers4xxWithAMessageNeverA500(body: String, field: String?) async throws {
        let fixture = try Fixture()
        let headers = try fixture.bearer(.worker)
        try await fixture.application.test(.router) { client in
            try await client.execute(
                uri: "/api/persons", method: .post, headers: headers, body: ByteBuffer(string: body)
            ) {
                response in
                #expect((400..<500).contains(response.status.code), "\(body): \(response.status)")
                #expect(response.errorMessage?.isEmpty == false)
                if let field { #expect(response.errorField == field) }
                #expect(!response.text.contains("SQL") && !response.text.contains("sqlite"))
            }
        }
    }

    @Test func anOversizedBodyIsRefusedWith413() async throws {
        let fixture = try Fixture(configuration: ServiceConfiguration(maxBodySize: 1024, bcryptCost: 4))
        let headers = try fixture.bearer(.worker)
        let body = #"{"id": "N", "kind": "resident", "name": ""# + String(repeating: "x", count: 4096) + #""}"#
        try await fixture.application.test(.router) { client in
            try await client.execute(
                uri: "/api/persons", method: .post, headers: headers, body: ByteBuffer(string: body)
            ) {
                response in
                #expect(response.status == .contentTooLarge)
                #expect(response.errorMessage != nil)
            }
        }
    }

    @Test func tooManyRequestsFromOneAddressAnswer429() async throws {
        let fixture = try Fixture(
            configuration: ServiceConfiguration(requestBurst: 3, requestsPerSecond: 0.01, bcryptCost: 4))
        try await fixture.application.test(.router) { client in
            for _ in 0..<3 { #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok) }
            let refused = try await client.execute(uri: "/healthz", method: .get)
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers[.retryAfter] != nil)
        }
    }

    @Test func everyReadOfPersonalDataIsOnRecordBeforeTheAnswer() async throws {
        let fixture = try Fixture()
        let headers = try fixture.bearer(.worker)
        try await fixture.application.test(.router) { client in
            #expect(try await client.execute(uri: "/api/persons/P1", method: .get, headers: headers).status == .ok)
            let entry = try #require(try fixture.store.audit.auditEntries(AuditQuery(person: "P1")).last)
            #expect(entry.action == .read && entry.user == "worker" && entry.role == .worker && entry.team == "Oost")
            #expect(try await client.execute(uri: "/api/persons/P1/ties", method: .get, headers: headers).status == .ok)
            #expect(try fixture.store.audit.auditEntries(AuditQuery(person: "P2")).map(\.action) == [.read])
        }
        #expect(try fixture.store.audit.verifyAudit().isIntact)
    }

    @Test func theExportShowsWhoLookedAndConsentWithdrawalTakesEffectAtOnce() async throws {
        let fixture = try Fixture()
        let worker = try fixture.bearer(.worker)
        let admin = try fixture.bearer(.admin)
        let coordinator = try fixture.bearer(.coordinator)
        try await fixture.application.test(.router) { client in
            _ = try await client.execute(uri: "/api/persons/P1", method: .get, headers: worker)
            var changing = worker
            changing[.contentType] = "application/json"
            let withdrawn = try await client.execute(
                uri: "/api/persons/P1/consent", method: .post, headers: changing,
                body: ByteBuffer(string: #"{"purpose": "matching", "given": false, "day": "2025-02-01"}"#))
            #expect(withdrawn.status == .created)
            #expect(
                try await client.execute(uri: "/api/persons/P1", method: .get, headers: coordinator).status == .notFound
            )
            let export = try await client.execute(uri: "/api/persons/P1/export", method: .get, headers: admin)
            #expect(export.status == .ok)
            let accesses = try #require((export.json as? [String: Any])?["accesses"] as? [[String: Any]])
            #expect(
                accesses.contains {
                    $0["user"] as? String == "worker" && $0["action"] as? String == "read"
                        && $0["purpose"] as? String == User.Role.worker.purpose
                })
            #expect(export.text.contains("Merelstraat"))
        }
    }

    @Test func aCSVUploadImportsAllOrNothingAndReportsProblemsByLine() async throws {
        let fixture = try Fixture()
        let headers = try fixture.bearer(.worker)
        try await fixture.application.test(.router) { client in
            let good = "id;soort;naam;wijk\r\nN1;bewoner;Nieuwe Buur;Oost\r\nN2;vrijwilliger;Hulp;Oost\r\n"
            let imported = try await client.execute(
                uri: "/api/import/nodes", method: .post, headers: headers, body: ByteBuffer(string: good))
            #expect(imported.status == .ok, "\(imported.text)")
            #expect(imported.text.contains(#""nodes_added":2"#))
            let bad = "source,target,kind\nN1,N2,vriend\nN1,NX,friend\nN1,N2,enemy\n"
            let refused = try await client.execute(
                uri: "/api/import/ties?name=banden.csv", method: .post, headers: headers, body: ByteBuffer(string: bad))
            #expect(refused.status == .badRequest)
            let problems = try #require(
                ((refused.json as? [String: Any])?["error"] as? [String: Any])?["problems"] as? [[String: Any]])
            #expect(problems.count == 2)
            #expect(problems.compactMap { $0["line"] as? Int } == [3, 4])
            #expect(problems.allSatisfy { $0["file"] as? String == "banden.csv" })
            #expect(try fixture.store.neighbourhood.ties(of: "N1").count == 0, "nothing was written")
            let elsewhere = try await client.execute(
                uri: "/api/import/nodes", method: .post, headers: headers,
                body: ByteBuffer(string: "id,kind,name,wijk\nN3,resident,Ver Weg,West\n"))
            #expect(elsewhere.status == .badRequest && elsewhere.errorField == "wijk")
        }
        let created = try #require(try fixture.store.audit.auditEntries().last { $0.action == .create })
        #expect(created.subjects == ["N1", "N2"] && created.user == "worker")
    }

    @Test func theOpenAPIDocumentListsExactlyTheRoutesTheRouterServes() async throws {
        let fixture = try Fixture()
        let routes = try AuthorisationMatrixTests.routes()
        try await fixture.application.test(.router) { client in
            let response = try await client.execute(uri: "/openapi.json", method: .get)
            let document = try #require(response.json as? [String: Any])
            #expect(document["openapi"] as? String == "3.0.3")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let documented = Set(
                paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
            #expect(documented == Set(routes.map(\.description)))
            for route in routes {
                let uri = AuthorisationMatrixTests.request(for: route, .own).uri
                let answer = try await client.execute(uri: uri, method: route.method)
                #expect(
                    answer.errorMessage != "not found" || route.access != .anyone,
                    "\(route) is documented but not served")
                #expect(answer.status != .notFound || route.access == .anyone, "\(route) is documented but not served")
            }
        }
    }

    @Test func theServiceAnswersOnLoopback() async throws {
        let fixture = try Fixture(configuration: ServiceConfiguration(port: 0, requestBurst: 1000, bcryptCost: 4))
        try await fixture.application.test(.live) { client in
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok && health.text.contains("ok"))
            let session = try await client.signIn("worker")
            let person = try await client.execute(uri: "/api/persons/P1", method: .get, headers: session.headers)
            #expect(person.status == .ok && person.text.contains("Jan de Vries"))
        }
    }
}
