import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import WeefselGraph
import WeefselMatching
import WeefselServer
import WeefselStore

/// Matching through the service: a coordinator sees and pairs only the needs and offers of their wijken.
@Suite struct MatchingRouteTests {
    @Test func aCoordinatorSeesOnlyTheOwnWijksNeedsOffersAndProposals() async throws {
        let fixture = try Fixture()
        try fixture.addMatching()
        let headers = try fixture.bearer(.coordinator)
        try await fixture.application.test(.router) { client in
            let needs = try await client.execute(uri: "/api/needs", method: .get, headers: headers)
            let ids = (needs.json as? [[String: Any]])?.compactMap { $0["id"] as? String }
            #expect(ids == ["N1", "N2"])
            let offers = try await client.execute(uri: "/api/offers", method: .get, headers: headers)
            #expect(offers.text.contains("O1") && !offers.text.contains("OW") && !offers.text.contains("W3"))
            let proposals = try await client.execute(uri: "/api/matching/proposals", method: .get, headers: headers)
            #expect(proposals.status == .ok)
            #expect(!proposals.text.contains("NW") && !proposals.text.contains("OW"), "\(proposals.text)")
            let pairs = (proposals.json as? [String: Any])?["matches"] as? [[String: Any]]
            #expect(pairs?.map { $0["offer"] as? String } == ["O1"], "\(proposals.text)")
            // One JSON shape: the keys of the needs and offers files and of `match propose --json`.
            let proposal = proposals.json as? [String: Any]
            #expect(proposal?["total_score"] is Double && proposal?["totalScore"] == nil, "\(proposals.text)")
            #expect(proposal?["feasible_pairs"] != nil)
            let need = (needs.json as? [[String: Any]])?.first
            #expect(need?["requested_on"] as? String != nil && need?["requestedOn"] == nil, "\(needs.text)")
            let unknown = try await client.execute(
                uri: "/api/matching/proposals?programme=nothing", method: .get, headers: headers)
            #expect(unknown.status == .badRequest && unknown.errorField == "programme")
        }
    }

    @Test func aMatchIsTakenUpAndMovesThroughItsStepsAndAWrongStepAnswers400() async throws {
        let fixture = try Fixture()
        try fixture.addMatching()
        var headers = try fixture.bearer(.coordinator)
        headers[.contentType] = "application/json"
        let requestHeaders = headers
        try await fixture.application.test(.router) { client in
            let accepted = try await client.execute(
                uri: "/api/matches", method: .post, headers: requestHeaders,
                body: ByteBuffer(string: #"{"need": "N2", "offer": "O1"}"#))
            #expect(accepted.status == .created)
            let id = try #require((accepted.json as? [String: Any])?["id"] as? String)
            let introduced = try await client.execute(
                uri: "/api/matches/\(id)/introduce", method: .post, headers: requestHeaders,
                body: ByteBuffer(string: #"{"note": "kennismaking bij de koffie"}"#))
            #expect(introduced.status == .ok && introduced.text.contains("introduced"), "\(introduced.text)")
            let wrong = try await client.execute(
                uri: "/api/matches/\(id)/marry", method: .post, headers: requestHeaders, body: ByteBuffer(string: "{}"))
            #expect(wrong.status == .badRequest && wrong.errorField == "step")
            let noReason = try await client.execute(
                uri: "/api/matches/\(id)/end", method: .post, headers: requestHeaders, body: ByteBuffer(string: "{}"))
            #expect(noReason.status == .badRequest && noReason.errorField == "reason")
            let elsewhere = try await client.execute(
                uri: "/api/matches/M0002/introduce", method: .post, headers: requestHeaders,
                body: ByteBuffer(string: "{}"))
            #expect(elsewhere.status == .notFound)
        }
        let steps = try fixture.store.audit.auditEntries().filter { $0.action == .create || $0.action == .update }
        #expect(steps.map(\.subjects) == [["P1", "P3"], ["P1", "P3"]])
    }
}

/// Intake through the API: a need or offer registered and changed one at a time, with the columns
/// of needs.csv and offers.csv as fields and the checks of an import.
@Suite struct IntakeRouteTests {
    @Test func aNeedIsRegisteredWithItsCodeMadeAndChangedLater() async throws {
        let fixture = try Fixture()
        try fixture.addMatching()
        var headers = try fixture.bearer(.coordinator)
        headers[.contentType] = "application/json"
        let requestHeaders = headers
        try await fixture.application.test(.router) { client in
            let made = try await client.execute(
                uri: "/api/needs", method: .post, headers: requestHeaders,
                body: ByteBuffer(
                    string:
                        #"{"person": "P1", "programme": "maatje", "life_areas": ["taal", "wandelen"], "languages": "nl|tr", "notes": "belt liever 's ochtends"}"#
                ))
            #expect(made.status == .created, "\(made.text)")
            let need = try #require(made.json as? [String: Any])
            #expect(need["id"] as? String == "N-P1")
            let stored = try #require(try fixture.store.matching.need("N-P1"))
            #expect(stored.terms.lifeAreas == ["taal", "wandelen"] && stored.terms.languages == ["nl", "tr"])
            let changed = try await client.execute(
                uri: "/api/needs/N-P1", method: .put, headers: requestHeaders,
                body: ByteBuffer(string: #"{"person": "P1", "programme": "maatje", "status": "closed"}"#))
            #expect(changed.status == .ok, "\(changed.text)")
            #expect(try fixture.store.matching.need("N-P1")?.status == .closed)
            // A second need of the same person gets a code of its own.
            let second = try await client.execute(
                uri: "/api/needs", method: .post, headers: requestHeaders,
                body: ByteBuffer(string: #"{"person": "P1", "programme": "maatje"}"#))
            #expect((second.json as? [String: Any])?["id"] as? String == "N-P1-2")
        }
    }

    @Test func badFieldsAreNamedInDutchAndEnglishAndNothingIsSaved() async throws {
        let fixture = try Fixture()
        try fixture.addMatching()
        var headers = try fixture.bearer(.coordinator)
        headers[.contentType] = "application/json"
        let requestHeaders = headers
        try await fixture.application.test(.router) { client in
            let bad = try await client.execute(
                uri: "/api/offers", method: .post, headers: requestHeaders,
                body: ByteBuffer(
                    string: #"{"person": "P3", "programme": "maatje", "capacity": "veel", "screened": "gisteren"}"#))
            #expect(bad.status == .badRequest)
            let problems = ((bad.json as? [String: Any])?["error"] as? [String: Any])?["problems"] as? [[String: Any]]
            let columns = Set(problems?.compactMap { $0["column"] as? String } ?? [])
            #expect(columns.isSuperset(of: ["capacity", "screened"]), "\(bad.text)")
            #expect(problems?.allSatisfy { ($0["message_nl"] as? String)?.isEmpty == false } == true)
            #expect(try fixture.store.matching.offers(programme: nil, status: nil).count == 2)
            let unknown = try await client.execute(
                uri: "/api/needs", method: .post, headers: requestHeaders,
                body: ByteBuffer(string: #"{"person": "P1", "programme": "onbekend"}"#))
            #expect(unknown.status == .badRequest && unknown.errorField == "programme", "\(unknown.text)")
        }
    }
}
