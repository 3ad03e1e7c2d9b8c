import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing
import WeefselServer
import WeefselStore

/// Every route × every role × own and other wijk. The expectations are written here, apart from
/// the routes' own rules, and a route the router serves that is missing here fails the test.
@Suite struct AuthorisationMatrixTests {
    enum Scope: CaseIterable { case own, other }

    /// Who may call each route; nil means anyone, without signing in.
    static let allowed: [String: Set<User.Role>?] = [
        "GET /healthz": nil,
        "GET /openapi.json": nil,
        "POST /api/login": nil,
        "POST /api/logout": Set(User.Role.allCases),
        "GET /api/me": Set(User.Role.allCases),
        "POST /api/tokens": Set(User.Role.allCases),
        "GET /api/tokens": Set(User.Role.allCases),
        "DELETE /api/tokens/{id}": Set(User.Role.allCases),
        "GET /api/statistics": Set(User.Role.allCases),
        "GET /api/persons": [.admin, .worker, .coordinator],
        "POST /api/persons": [.admin, .worker],
        "GET /api/persons/{id}": [.admin, .worker, .coordinator],
        "PUT /api/persons/{id}": [.admin, .worker],
        "DELETE /api/persons/{id}": [.admin],
        "GET /api/persons/{id}/export": [.admin],
        "GET /api/persons/{id}/ties": [.admin, .worker],
        "GET /api/persons/{id}/consent": [.admin, .worker, .coordinator],
        "POST /api/persons/{id}/consent": [.admin, .worker],
        "POST /api/ties": [.admin, .worker],
        "DELETE /api/ties/{source}/{target}/{kind}": [.admin, .worker],
        "GET /api/households/{id}": [.admin, .worker],
        "GET /api/households/{id}/introductions": [.admin, .worker],
        "GET /api/audit": [.admin],
        "GET /api/retention": [.admin],
        "POST /api/import/{table}": [.admin, .worker],
        "GET /api/analyses/keyfigures": [.admin, .worker],
        "GET /api/analyses/isolated": [.admin, .worker],
        "GET /api/analyses/communities": [.admin, .worker],
        "GET /api/analyses/indicators": [.admin, .worker, .viewer],
        "GET /api/persons/{id}/network": [.admin, .worker],
        "GET /api/maps/{kind}": [.admin, .worker, .viewer],
        "GET /api/persons/{id}/map": [.admin, .worker],
        "GET /api/needs": [.admin, .coordinator],
        "GET /api/offers": [.admin, .coordinator],
        "GET /api/matching/proposals": [.admin, .coordinator],
        "POST /api/matches": [.admin, .coordinator],
        "POST /api/matches/{id}/{step}": [.admin, .coordinator],
        "POST /api/needs": [.admin, .coordinator],
        "PUT /api/needs/{id}": [.admin, .coordinator],
        "POST /api/offers": [.admin, .coordinator],
        "PUT /api/offers/{id}": [.admin, .coordinator],
    ]

    /// Routes whose path parameter names no object of a wijk: another team's data is left out of
    /// the answer rather than answered with 404.
    static let filtered: Set<String> = ["GET /api/maps/{kind}"]

    /// The request for a route against an object of the caller's wijk or of another team's.
    static func request(for route: Route, _ scope: Scope) -> (uri: String, body: String?) {
        let own = scope == .own
        let person = own ? "P1" : "W1"
        let friend = own ? "P2" : "W2"
        switch route.description {
        case "POST /api/login": return ("/api/login", #"{"name": "worker", "password": "\#(Fixture.password)"}"#)
        case "POST /api/tokens": return ("/api/tokens", #"{"label": "script"}"#)
        // The caller's own token (the fixture's only one), or none of theirs.
        case "DELETE /api/tokens/{id}": return ("/api/tokens/" + (own ? "1" : "999"), nil)
        case "GET /api/persons": return ("/api/persons?q=" + (own ? "Vries" : "West"), nil)
        case "POST /api/persons":
            return (
                "/api/persons",
                #"{"id": "N1", "kind": "resident", "name": "Nieuw", "wijk": "\#(own ? "Oost" : "West")"}"#
            )
        case "PUT /api/persons/{id}":
            return (
                "/api/persons/\(person)",
                #"{"id": "\#(person)", "kind": "resident", "name": "Hersteld", "household": "\#(own ? "H1" : "HW")"}"#
            )
        case "POST /api/persons/{id}/consent":
            return ("/api/persons/\(person)/consent", #"{"purpose": "maps", "given": true}"#)
        case "POST /api/ties":
            return ("/api/ties", #"{"source": "\#(friend)", "target": "\#(own ? "P3" : "W3")", "kind": "neighbour"}"#)
        case "DELETE /api/ties/{source}/{target}/{kind}": return ("/api/ties/\(person)/\(friend)/friend", nil)
        case "GET /api/households/{id}": return ("/api/households/" + (own ? "H1" : "HW"), nil)
        case "GET /api/households/{id}/introductions":
            return ("/api/households/" + (own ? "H1" : "HW") + "/introductions", nil)
        case "POST /api/import/{table}":
            return ("/api/import/nodes", "id,kind,name,wijk\n\(person),resident,Ingelezen,\(own ? "Oost" : "West")\n")
        case "GET /api/maps/{kind}": return ("/api/maps/map?format=svg", nil)
        case "POST /api/matches":
            return ("/api/matches", #"{"need": "\#(own ? "N2" : "NW2")", "offer": "\#(own ? "O1" : "OW")"}"#)
        case "POST /api/matches/{id}/{step}": return ("/api/matches/\(own ? "M0001" : "M0002")/introduce", "{}")
        // A need or offer registered for someone of the caller's wijk, or of another team's.
        case "POST /api/needs":
            return ("/api/needs", #"{"person": "\#(own ? "P1" : "W1")", "programme": "maatje", "languages": ["nl"]}"#)
        case "PUT /api/needs/{id}":
            return ("/api/needs/\(own ? "N2" : "NW2")", #"{"person": "\#(own ? "P1" : "W1")", "programme": "maatje"}"#)
        case "POST /api/offers":
            return ("/api/offers", #"{"person": "\#(own ? "P3" : "W3")", "programme": "maatje", "capacity": 1}"#)
        case "PUT /api/offers/{id}":
            return ("/api/offers/\(own ? "O1" : "OW")", #"{"person": "\#(own ? "P3" : "W3")", "programme": "maatje"}"#)
        default: return (route.path.replacingOccurrences(of: "{id}", with: person), nil)
        }
    }

    /// The API's routes; the web pages have their own matrix (`WebPageTests`).
    static func routes() throws -> [Route] {
        try buildRouter(
            store: Store(), configuration: ServiceConfiguration(bcryptCost: 4), logger: Logger(label: "test")
        ).1.filter { !$0.isPage }
    }

    @Test func everyRouteHasARowInTheMatrix() throws {
        let served = Set(try Self.routes().map(\.description))
        #expect(served.subtracting(Self.allowed.keys).isEmpty, "routes without a row in the authorisation matrix")
        #expect(Set(Self.allowed.keys).subtracting(served).isEmpty, "rows for routes the router does not serve")
    }

    @Test(arguments: User.Role.allCases, Scope.allCases)
    func eachRoleGetsExactlyWhatItsRoleAndWijkAllow(role: User.Role, scope: Scope) async throws {
        for route in try Self.routes() {
            let fixture = try Fixture()
            try fixture.addMatching()
            let headers = try fixture.bearer(role)
            let (uri, body) = Self.request(for: route, scope)
            var headersWithBody = headers
            if body != nil { headersWithBody[.contentType] = "application/json" }
            let requestHeaders = headersWithBody
            let allowed = try #require(Self.allowed[route.description], "no row for \(route)")
            try await fixture.application.test(.router) { client in
                try await client.execute(
                    uri: uri, method: route.method, headers: requestHeaders, body: body.map { ByteBuffer(string: $0) }
                ) { response in
                    let status = response.status.code
                    let label = "\(role) \(scope) \(route)"
                    if let allowed, !allowed.contains(role) {
                        #expect(status == 403, "\(label): \(status)")
                    } else if scope == .other && !route.parameters.isEmpty
                        && !Self.filtered.contains(route.description)
                    {
                        #expect(status == 404, "\(label): \(status)")
                        #expect(!response.text.contains("West"), "\(label) leaked data: \(response.text)")
                    } else if scope == .other && route.description == "POST /api/persons" {
                        #expect(status == 400, "\(label): \(status)")
                    } else if scope == .other
                        && ["POST /api/ties", "POST /api/matches", "POST /api/needs", "POST /api/offers"].contains(
                            route.description)
                    {
                        #expect(status == 404, "\(label): \(status)")
                    } else {
                        #expect((200..<300).contains(status), "\(label): \(status) \(response.text)")
                        #expect(!response.text.contains("West"), "\(label) leaked: \(response.text)")
                    }
                }
            }
        }
    }

    @Test func withoutSigningInOnlyPublicRoutesAnswer() async throws {
        let fixture = try Fixture()
        try await fixture.application.test(.router) { client in
            for route in try Self.routes() {
                let (uri, body) = Self.request(for: route, .own)
                try await client.execute(
                    uri: uri, method: route.method, headers: [.contentType: "application/json"],
                    body: body.map { ByteBuffer(string: $0) }
                ) { response in
                    if Self.allowed[route.description] ?? nil == nil {
                        #expect((200..<300).contains(response.status.code), "\(route): \(response.status)")
                    } else {
                        #expect(response.status == .unauthorized, "\(route): \(response.status)")
                        #expect(!response.text.contains("Vries"))
                    }
                }
            }
        }
    }

    @Test func aCoordinatorSeesOnlyTheMatchingProfileOfPersonsWhoConsented() async throws {
        let fixture = try Fixture()
        let headers = try fixture.bearer(.coordinator)
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/api/persons/P1", method: .get, headers: headers) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains("Jan") && !response.text.contains("Merelstraat"))
                #expect(response.text.contains("\"languages\":[\"nl\"]"))
            }
            try await client.execute(uri: "/api/persons/P2", method: .get, headers: headers) { response in
                #expect(response.status == .notFound, "P2 gave no consent to matching")
            }
            try await client.execute(uri: "/api/persons", method: .get, headers: headers) { response in
                let ids = (response.json as? [[String: Any]])?.compactMap { $0["id"] as? String }
                #expect(ids == ["P1", "P3"])
            }
        }
    }
}
