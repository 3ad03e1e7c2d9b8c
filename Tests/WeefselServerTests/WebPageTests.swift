import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing
import WeefselGraph
import WeefselStore

@testable import WeefselServer

/// The web pages: every page × every role × own and other wijk (a page missing here fails), the
/// CSRF token on every form, escaped output, and the words of both languages.
@Suite struct WebPageTests {
    enum Scope: CaseIterable { case own, other }

    /// Who may open each page; nil means anyone.
    static let allowed: [String: Set<User.Role>?] = [
        "GET /": nil,
        "GET /aanmelden": nil,
        "POST /aanmelden": nil,
        "POST /afmelden": Set(User.Role.allCases),
        "GET /taal/{lang}": nil,
        "GET /static/weefsel.css": nil,
        "GET /static/weefsel.js": nil,
        "GET /static/favicon.svg": nil,
        "GET /static/webmap.js": nil,
        "GET /static/webmap-export.js": nil,
        "GET /static/webmap-view.js": nil,
        "GET /wijk": [.admin, .worker, .viewer],
        "GET /wijk/kaart.json": [.admin, .worker, .viewer],
        "GET /sleutelfiguren": [.admin, .worker],
        "GET /geisoleerd": [.admin, .worker],
        "GET /zoeken": [.admin, .worker],
        "GET /mijn-account": Set(User.Role.allCases),
        "POST /mijn-account/wachtwoord": Set(User.Role.allCases),
        "POST /mijn-account/tokens": Set(User.Role.allCases),
        "POST /mijn-account/overal-afmelden": Set(User.Role.allCases),
        "GET /personen/{id}": [.admin, .worker],
        "POST /personen/{id}/banden": [.admin, .worker],
        "POST /personen/{id}/banden/wijzig": [.admin, .worker],
        "POST /personen/{id}/toestemming": [.admin, .worker],
        "GET /personen/{id}/wissen": [.admin],
        "POST /personen/{id}/wissen": [.admin],
        "GET /huishoudens/{id}": [.admin, .worker],
        "POST /huishoudens/{id}/bezoek": [.admin, .worker],
        "GET /matching": [.admin, .coordinator],
        "POST /matching/koppelen": [.admin, .coordinator],
        "POST /matching/{id}/{step}": [.admin, .coordinator],
        "GET /import": [.admin, .worker],
        "POST /import": [.admin, .worker],
        "GET /audit": [.admin],
        "GET /personen/nieuw": [.admin, .worker],
        "POST /personen/nieuw": [.admin, .worker],
        "GET /personen/{id}/bewerken": [.admin, .worker],
        "POST /personen/{id}/bewerken": [.admin, .worker],
        "GET /huishoudens/{id}/bewerken": [.admin, .worker],
        "POST /huishoudens/{id}/bewerken": [.admin, .worker],
        "GET /momentopnamen": [.admin, .worker],
        "POST /momentopnamen": [.admin, .worker],
        "GET /momentopnamen/vergelijk": [.admin, .worker],
        "POST /ongedaan-maken": [.admin, .worker],
        "GET /hulp": Set(User.Role.allCases),
        "GET /beheer": [.admin],
        "POST /beheer/gebruikers": [.admin],
        "POST /beheer/gebruikers/{name}/{step}": [.admin],
        "POST /beheer/teams": [.admin],
        "GET /mijn-account/tweede-factor": Set(User.Role.allCases),
        "POST /mijn-account/tweede-factor": Set(User.Role.allCases),
    ]

    static func pages() throws -> [Route] {
        try buildRouter(
            store: Store(), configuration: ServiceConfiguration(bcryptCost: 4), logger: Logger(label: "test")
        ).1.filter(\.isPage)
    }

    /// The address and form of a request to `page` about the caller's own wijk or another.
    static func request(for page: Route, _ scope: Scope) -> (uri: String, form: String?) {
        let own = scope == .own
        let person = own ? "P1" : "W1"
        switch page.description {
        case "POST /aanmelden": return ("/aanmelden", nil)
        case "GET /taal/{lang}": return ("/taal/en?terug=/wijk", nil)
        case "GET /zoeken": return ("/zoeken?q=\(own ? "Vries" : "West")", nil)
        case "POST /personen/{id}/banden":
            return ("/personen/\(person)/banden", "other=\(own ? "P3" : "W3")&kind=neighbour&strength=2")
        case "POST /personen/{id}/banden/wijzig":
            return ("/personen/\(person)/banden/wijzig", "other=\(own ? "P2" : "W2")&kind=friend&strength=3")
        case "POST /personen/{id}/toestemming": return ("/personen/\(person)/toestemming", "purpose=maps&given=true")
        case "POST /personen/{id}/wissen": return ("/personen/\(person)/wissen", "confirm=\(person)")
        case "GET /huishoudens/{id}": return ("/huishoudens/\(own ? "H1" : "HW")", nil)
        case "POST /huishoudens/{id}/bezoek": return ("/huishoudens/\(own ? "H1" : "HW")/bezoek", "outcome=not-home")
        case "POST /matching/koppelen": return ("/matching/koppelen", own ? "need=N2&offer=O1" : "need=NW2&offer=OW")
        case "POST /matching/{id}/{step}": return ("/matching/\(own ? "M0001" : "M0002")/introduce", "")
        case "POST /import": return ("/import", nil)
        // A new neighbour in the caller's wijk, or in a household of the other wijk.
        case "POST /personen/nieuw":
            return (
                "/personen/nieuw",
                own ? "name=Nieuwe+Buur&street=Merelstraat&number=4&wijk=Oost" : "name=X&household=HW"
            )
        case "POST /personen/{id}/bewerken": return ("/personen/\(person)/bewerken", "name=Nieuwe+naam&kind=resident")
        case "GET /huishoudens/{id}/bewerken": return ("/huishoudens/\(own ? "H1" : "HW")/bewerken", nil)
        case "POST /huishoudens/{id}/bewerken":
            return ("/huishoudens/\(own ? "H1" : "HW")/bewerken", "street=Merelstraat&number=7")
        case "POST /momentopnamen": return ("/momentopnamen", "label=\(own ? "q4" : "q3")")
        case "POST /beheer/gebruikers":
            return (
                "/beheer/gebruikers", "name=nieuw-\(own ? "a" : "b")&password=een-lang-wachtwoord&role=worker&team=Oost"
            )
        // Another user's sessions, or those of a user who does not exist.
        case "POST /beheer/gebruikers/{name}/{step}":
            return ("/beheer/gebruikers/\(own ? "worker" : "onbekend")/afmelden", "")
        case "POST /beheer/teams": return ("/beheer/teams", "team=Zuid&wijken=Zuidrand")
        // A code that does not fit: refused, for every role.
        case "POST /mijn-account/tweede-factor":
            return ("/mijn-account/tweede-factor", "secret=JBSWY3DPEHPK3PXP&code=000000&current_password=fout")
        // Snapshots that do not exist: refused, naming those there are, whoever asks.
        case "GET /momentopnamen/vergelijk": return ("/momentopnamen/vergelijk?voor=a&na=b", nil)
        case "POST /mijn-account/wachtwoord":
            return (
                "/mijn-account/wachtwoord",
                "current_password=\(Fixture.password)&new_password=nieuw-wachtwoord&repeat_password=nieuw-wachtwoord"
            )
        // A token the caller does not have: not found, whoever asks.
        case "POST /mijn-account/tokens": return ("/mijn-account/tokens", "token=999")
        default: return (page.path.replacingOccurrences(of: "{id}", with: person), page.method == .post ? "" : nil)
        }
    }

    @Test func everyPageHasARowInTheMatrix() throws {
        let served = Set(try Self.pages().map(\.description))
        #expect(served.subtracting(Self.allowed.keys).isEmpty, "pages without a row in the matrix")
        #expect(Set(Self.allowed.keys).subtracting(served).isEmpty, "rows for pages the router does not serve")
    }

    @Test(arguments: User.Role.allCases, Scope.allCases)
    func eachRoleOpensExactlyThePagesItsRoleAndWijkAllow(role: User.Role, scope: Scope) async throws {
        for page in try Self.pages() {
            let fixture = try Fixture()
            try fixture.addMatching()
            let allowed = try #require(Self.allowed[page.description], "no row for \(page)")
            try await fixture.application.test(.router) { client in
                let session = try await client.signIn(role.rawValue)
                let response = try await client.page(page, Self.request(for: page, scope), session, role: role, scope)
                let status = response.status.code
                let label = "\(role) \(scope) \(page)"
                if let allowed, !allowed.contains(role) {
                    #expect(status == 403, "\(label): \(status)")
                    #expect(response.text.contains("Uw rol mag dit niet"), "\(label): no page saying why")
                } else if scope == .other && !page.parameters.isEmpty && page.path != "/taal/{lang}" {
                    #expect(status == 404, "\(label): \(status)")
                    #expect(!response.text.contains("West"), "\(label) leaked: \(response.text)")
                } else if page.description == "POST /mijn-account/tokens" {
                    #expect(status == 404, "\(label): \(status)")
                } else if ["GET /momentopnamen/vergelijk", "POST /mijn-account/tweede-factor", "POST /ongedaan-maken"]
                    .contains(page.description)
                {
                    #expect(status == 400, "\(label): \(status)")
                } else if scope == .other
                    && ["POST /matching/koppelen", "POST /import", "POST /personen/nieuw"].contains(page.description)
                {
                    #expect([400, 404].contains(status), "\(label): \(status)")
                    #expect(!response.text.contains("Westerstraat"), "\(label) leaked")
                } else {
                    #expect([200, 303].contains(status), "\(label): \(status) \(response.text.prefix(600))")
                    if page.method == .get {
                        #expect(
                            !response.text.contains("Willemijn") && !response.text.contains("Westerstraat"),
                            "\(label) leaked")
                    }
                }
                if page.path.hasPrefix("/static") == false, status == 200 {
                    #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
                }
            }
        }
    }

    @Test func anAnonymousVisitorIsSentToSignInAndBack() async throws {
        let fixture = try Fixture()
        try await fixture.application.test(.router) { client in
            let response = try await client.execute(uri: "/personen/P1", method: .get)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/aanmelden?terug=/personen/P1")
            let signIn = try await client.execute(
                uri: "/aanmelden", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "name=worker&password=correct+horse+battery&returnTo=%2Fpersonen%2FP1"))
            #expect(signIn.status == .seeOther)
            #expect(signIn.headers[.location] == "/personen/P1")
            #expect(signIn.headers[.setCookie]?.contains("HttpOnly") == true)
            let elsewhere = try await client.execute(
                uri: "/aanmelden", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "name=worker&password=correct+horse+battery&returnTo=%2F%2Fevil.example"))
            #expect(elsewhere.headers[.location] == "/wijk", "a sign-in never leads to another site")
            let wrong = try await client.execute(
                uri: "/aanmelden", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "name=worker&password=wrong"))
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("Naam, wachtwoord of code klopt niet"))
        }
    }

    @Test func aFormWithoutTheSessionsTokenChangesNothing() async throws {
        let fixture = try Fixture()
        let before = try fixture.store.neighbourhood.ties().count
        try await fixture.application.test(.router) { client in
            let session = try await client.signIn("worker")
            for token in ["", "csrf=wrong&"] {
                let response = try await client.execute(
                    uri: "/personen/P1/banden", method: .post,
                    headers: [.cookie: session.cookie, .contentType: "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: token + "other=P3&kind=neighbour"))
                #expect(response.status == .forbidden)
                #expect(response.text.contains("<html"), "a page, not JSON")
            }
        }
        #expect(try fixture.store.neighbourhood.ties().count == before)
    }

    @Test func namesAreEscapedAndPagesRunNoScriptOfTheirOwn() async throws {
        let fixture = try Fixture()
        let hostile = #"<script>alert("x")</script><img src=x onerror=alert(1)>"#
        guard var node = try fixture.store.neighbourhood.node("P2") else { throw SessionFailure(status: 0) }
        node.name = hostile
        try fixture.store.neighbourhood.update(node)
        try await fixture.application.test(.router) { client in
            let session = try await client.signIn("worker")
            for uri in ["/personen/P1", "/personen/P2", "/huishoudens/H1", "/wijk", "/zoeken?q=script"] {
                let response = try await client.execute(uri: uri, method: .get, headers: session.headers)
                #expect(response.status == .ok, "\(uri): \(response.status)")
                #expect(!response.text.contains("<script>alert"), "\(uri) placed the name unescaped")
                #expect(!response.text.contains("<img src=x"), "\(uri) placed the name unescaped")
                let scripts = response.text.components(separatedBy: "<script").dropFirst()
                #expect(
                    scripts.allSatisfy { $0.hasPrefix(" src=\"/static/") },
                    "\(uri): only the service's own script files")
                #expect(!response.text.contains("<img"), "\(uri): the name's markup became an element")
                #expect(response.text.contains("&lt;script&gt;") || uri == "/wijk", "\(uri) does not show the name")
            }
        }
    }

    @Test func theWordsOfEveryTemplateExistInBothLanguages() throws {
        let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/WeefselServer/Web/Templates").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: templates.path).filter {
            $0.hasSuffix(".mustache")
        }
        #expect(files.count >= 10)
        let pattern = try Regex(#"\{\{[#^/]?t\.([A-Za-z0-9_-]+)\}\}"#)
        for file in files {
            let text = try String(contentsOf: templates.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: pattern) {
                let key = String(match.output[1].substring ?? "")
                #expect(Texts.dutch[key] != nil && Texts.english[key] != nil, "\(file): no words for \(key)")
            }
        }
        #expect(Set(Texts.dutch.keys) == Set(Texts.english.keys))
    }

    @Test func multipartFormsAreReadWithTheirFiles() throws {
        let body =
            "--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc+/=\r\n--XyZ\r\n"
            + "Content-Disposition: form-data; name=\"files\"; filename=\"C:\\\\data\\\\nodes.csv\"\r\nContent-Type: text/csv\r\n\r\n"
            + "id,name\r\nP1,Jan\r\n\r\n--XyZ--\r\n"
        let form = try Form.multipart(Array(body.utf8), boundary: "XyZ")
        #expect(form["csrf"] == "abc+/=")
        #expect(form.files.count == 1)
        #expect(form.files.first?.name == "nodes.csv", "only the file's own name, no path")
        #expect(form.files.first.map { String(decoding: $0.bytes, as: UTF8.self) } == "id,name\r\nP1,Jan\r\n")
        #expect(throws: ServiceError.self) { try Form.multipart(Array("garbage".utf8), boundary: "XyZ") }
        #expect(Form.urlEncoded("a=1+2&b=%C3%AF&c").fields == ["a": ["1 2"], "b": ["ï"], "c": [""]])
    }
}
