import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WeefselGraph
import WeefselServer
import WeefselStore

/// The analyses and maps of the service: computed on the caller's wijken only, audited, and
/// pseudonymised for viewers.
@Suite struct AnalysisRouteTests {
    static let teamWest = ["W1", "W2", "W3", "W9", "West"]
    static let teamOost = ["P1", "P2", "P3", "P9", "Vries", "Yilmaz", "Alleen"]

    @Test(arguments: [
        "/api/analyses/keyfigures?top=10&set=2", "/api/analyses/isolated", "/api/analyses/communities?seed=7",
        "/api/analyses/indicators",
    ])
    func aTeamNeverSeesAnotherTeamsPeopleInAnAnalysis(uri: String) async throws {
        let fixture = try Fixture()
        // Friends across the border between the two wijken, and a lone resident on each side.
        try fixture.store.neighbourhood.add(Tie(source: "P2", target: "W2", kind: .friend))
        try fixture.store.neighbourhood.add(Node(id: "P9", kind: .resident, name: "Piet Alleen", wijk: "Oost"))
        try fixture.store.neighbourhood.add(Node(id: "W9", kind: .resident, name: "Wim Westerman", wijk: "West"))
        let oost = try fixture.bearer(.worker)
        let west: HTTPFields = [
            .authorization:
                "Bearer \(try fixture.store.sessions.createToken(for: "westerling", label: "test", expiresAt: .distantFuture).rawValue)"
        ]
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: uri, method: .get, headers: oost) { response in
                #expect(response.status == .ok, "\(response.text)")
                for word in Self.teamWest { #expect(!response.text.contains(word), "\(word) in \(response.text)") }
            }
            try await client.execute(uri: uri, method: .get, headers: west) { response in
                #expect(response.status == .ok, "\(response.text)")
                for word in Self.teamOost { #expect(!response.text.contains(word), "\(word) in \(response.text)") }
            }
        }
    }

    @Test func theWorklistListsTheOwnLoneResidentAndNamesNoContactAcrossTheBorder() async throws {
        let fixture = try Fixture()
        try fixture.store.neighbourhood.add(
            Node(id: "P9", kind: .resident, name: "Piet Alleen", household: "H9"),
            household: Household(id: "H9", street: "Lijsterlaan", houseNumber: "1", postcode: "1234 AC", wijk: "Oost"))
        try fixture.store.neighbourhood.add(
            Node(id: "P8", kind: .resident, name: "Els Grens", household: "H8"),
            household: Household(id: "H8", street: "Grensweg", houseNumber: "3", postcode: "1234 AD", wijk: "Oost"))
        try fixture.store.neighbourhood.add(Tie(source: "P8", target: "W3", kind: .friend, strength: .strong))
        try await fixture.application.test(.router) { client in
            let response = try await client.execute(
                uri: "/api/analyses/isolated", method: .get, headers: try fixture.bearer(.worker))
            let entries = try #require(response.json as? [[String: Any]])
            let households = entries.compactMap { $0["household"] as? String }
            #expect(households.contains("H9"))
            #expect(!households.contains("HW") && !response.text.contains("W3") && !response.text.contains("West"))
        }
        let read = try #require(try fixture.store.audit.auditEntries().last { $0.action == .read })
        #expect(read.subjects.contains("P9") && read.user == "worker")
    }

    @Test func aPersonWithoutTiesHasNoConstraintInTheKeyFigures() async throws {
        let fixture = try Fixture()
        try fixture.store.neighbourhood.add(Node(id: "P9", kind: .resident, name: "Piet Alleen", wijk: "Oost"))
        try await fixture.application.test(.router) { client in
            let response = try await client.execute(
                uri: "/api/analyses/keyfigures?top=10", method: .get, headers: try fixture.bearer(.worker))
            #expect(response.status == .ok)
            let figures = try #require((response.json as? [String: Any])?["key_figures"] as? [[String: Any]])
            let lone = try #require(figures.first { ($0["person"] as? [String: Any])?["id"] as? String == "P9" })
            #expect(lone["constraint"] is NSNull)
        }
    }

    @Test func communitiesListOnlyTheOwnTeamsPeopleAndTheReadIsOnRecord() async throws {
        let fixture = try Fixture()
        try await fixture.application.test(.router) { client in
            let response = try await client.execute(
                uri: "/api/analyses/communities", method: .get, headers: try fixture.bearer(.worker))
            let report = try #require(response.json as? [String: Any])
            let groups = try #require(report["communities"] as? [[String: Any]])
            let members = Set(groups.flatMap { $0["members"] as? [String] ?? [] })
            #expect(members == ["P1", "P2", "P3"])
        }
        let read = try #require(try fixture.store.audit.auditEntries().last { $0.action == .read })
        #expect(read.subjects == ["P1", "P2", "P3"] && read.user == "worker")
    }

    @Test func theNetworkOfAPersonShowsTheirContactsAndAnotherTeamsPersonIsNotFound() async throws {
        let fixture = try Fixture()
        let headers = try fixture.bearer(.worker)
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/api/persons/P1/network?depth=1", method: .get, headers: headers) {
                response in
                #expect(response.status == .ok)
                let centre = (response.json as? [String: Any])?["centre"] as? [String: Any]
                #expect(centre?["id"] as? String == "P1")
                #expect(response.text.contains("\"P2\"") && response.text.contains("\"P3\""))
            }
            try await client.execute(uri: "/api/persons/W1/network", method: .get, headers: headers) { response in
                #expect(response.status == .notFound && !response.text.contains("West"))
            }
        }
    }

    @Test(arguments: [
        ("/api/analyses/keyfigures?top=0", "top"), ("/api/analyses/keyfigures?set=many", "set"),
        ("/api/analyses/communities?seed=-1", "seed"), ("/api/analyses/isolated?at=gisteren", "at"),
        ("/api/persons/P1/network?depth=9", "depth"), ("/api/maps/map?format=gif", "format"),
        ("/api/maps/everything", "kind"), ("/api/persons/P1/map?names=ja", "names"),
        ("/api/maps/isolated?lang=fr", "lang"),
    ])
    func badQueryValuesAnswer400NamingTheParameter(uri: String, field: String) async throws {
        let fixture = try Fixture()
        try await fixture.application.test(.router) { client in
            let response = try await client.execute(uri: uri, method: .get, headers: try fixture.bearer(.worker))
            #expect(response.status == .badRequest, "\(uri): \(response.status)")
            #expect(response.errorField == field && response.errorMessage != nil)
        }
    }

    @Test(arguments: ["map", "keyfigures", "isolated", "communities", "streets", "groups"])
    func aViewerGetsAnSVGMapWithoutAnyName(kind: String) async throws {
        let fixture = try Fixture()
        try await fixture.application.test(.router) { client in
            let response = try await client.execute(
                uri: "/api/maps/\(kind)?names=true", method: .get, headers: try fixture.bearer(.viewer))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "image/svg+xml")
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
            #expect(response.headers[.contentSecurityPolicy] != nil)
            #expect(response.text.contains("<svg"))
            // Not the ids: every SVG names the W3C in its doctype.
            for word in ["Jan de", "Kees de", "Vries", "Fatma", "Merelstraat", "West", "Wendy", "Wouter"] {
                #expect(!response.text.contains(word), "\(kind) map shows \(word)")
            }
        }
    }

    @Test func aWorkerSeesNamesOnAMapOnlyWhenAskingForThem() async throws {
        let fixture = try Fixture()
        for person in ["P1", "P2"] {
            try fixture.store.privacy.recordConsent(
                .init(purpose: .maps, given: true, day: Day(ordinal: 20_000), recordedBy: "wijkteam"),
                for: Node.ID(person))
        }
        let headers = try fixture.bearer(.worker)
        try await fixture.application.test(.router) { client in
            for uri in ["/api/maps/map", "/api/persons/P1/map"] {
                let plain = try await client.execute(uri: uri, method: .get, headers: headers)
                #expect(plain.status == .ok && plain.text.contains("<svg"))
                #expect(!plain.text.contains("Vries"), "\(uri) shows names unasked")
                let named = try await client.execute(uri: uri + "?names=true", method: .get, headers: headers)
                #expect(named.status == .ok && named.text.contains("Vries"), "\(uri) hides names asked for")
                #expect(!named.text.contains("West"))
            }
        }
    }

    @Test func aMapCanBeAPNG() async throws {
        let fixture = try Fixture()
        try await fixture.application.test(.router) { client in
            let response = try await client.execute(
                uri: "/api/maps/communities?format=png", method: .get, headers: try fixture.bearer(.worker))
            #expect(response.status == .ok && response.headers[.contentType] == "image/png")
            #expect(Array(response.body.readableBytesView.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        }
    }
}
