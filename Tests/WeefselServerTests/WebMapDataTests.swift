import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WeefselGraph
import WeefselServer
import WeefselStore

/// The data of the explorable map: the team's own wijken only, names for those who see names,
/// codes for viewers, and every look on record.
@Suite struct WebMapDataTests {
    func mapData(as role: String, _ fixture: Fixture) async throws -> [String: Any] {
        let body = try await fixture.application.test(.router) { client -> String in
            let session = try await client.signIn(role)
            let response = try await client.execute(uri: "/wijk/kaart.json", method: .get, headers: session.headers)
            #expect(response.status == .ok)
            #expect(response.headers[.cacheControl]?.contains("no-store") == true)
            return response.text
        }
        return try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
    }

    @Test func aWorkerSeesTheNamesOfTheTeamsWijkenAndTheReadIsRecorded() async throws {
        let fixture = try Fixture()
        let before = try await mapData(as: "worker", fixture)
        // Without consent to maps a person is drawn under their code, and their street is not listed.
        #expect((before["labels"] as? [String])?.allSatisfy { $0.hasPrefix("P-") } == true)
        #expect((before["streets"] as? [String])?.isEmpty == true)
        for id in ["P1", "P2", "P3"] {
            var node = try #require(try fixture.store.neighbourhood.node(Node.ID(id)))
            node.consent.insert(.maps)
            try fixture.store.neighbourhood.update(node)
        }
        let data = try await mapData(as: "worker", fixture)
        let labels = try #require(data["labels"] as? [String])
        #expect(Set(labels) == ["Jan de Vries", "Kees de Vries", "Fatma Yilmaz"], "nobody of West")
        #expect(data["ids"] as? [String] == ["P1", "P2", "P3"])
        #expect((data["x"] as? [Int])?.count == 3 && (data["kinds"] as? String)?.count == 3)
        #expect(data["streets"] as? [String] == ["Merelstraat"])
        let ties = try #require(data["ties"] as? [Int])
        #expect(ties.count == 6, "two ties as triples: P1–P2 and P1–P3")
        let read = try #require(try fixture.store.audit.auditEntries().last { $0.action == .read })
        #expect(read.user == "worker" && Set(read.subjects) == ["P1", "P2", "P3"])
    }

    @Test func aViewerSeesCodesWithoutAddressesOrLinks() async throws {
        let fixture = try Fixture()
        let data = try await mapData(as: "viewer", fixture)
        let labels = try #require(data["labels"] as? [String])
        #expect(labels.count == 3)
        #expect(!labels.contains { $0.contains("Vries") || $0.contains("Yilmaz") })
        #expect((data["ids"] as? [String])?.isEmpty == true)
        #expect((data["streets"] as? [String])?.isEmpty == true)
        #expect(data["named"] as? Bool == false)
    }

    @Test func theOverviewPlacesTheMapAndItsScriptsButNoData() async throws {
        let fixture = try Fixture()
        try await fixture.application.test(.router) { client in
            let session = try await client.signIn("worker")
            let page = try await client.execute(uri: "/wijk?focus=P1", method: .get, headers: session.headers)
            #expect(page.text.contains("data-source=\"/wijk/kaart.json\""))
            #expect(page.text.contains("data-focus=\"P1\""))
            #expect(page.text.contains("/static/webmap.js?v="))
            #expect(!page.text.contains("Jan de Vries"), "names come with the data, on record")
        }
    }
}
