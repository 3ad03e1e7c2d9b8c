import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import WeefselGraph
import WeefselServer
import WeefselStore

/// A named map shows a person by name only while they consent to it: a withdrawal applies to the
/// next map drawn, and someone who never gave consent is drawn under their code.
@Suite struct MapConsentTests {
    static let maps = [
        "/api/maps/map?names=true", "/api/maps/keyfigures?names=true", "/api/maps/isolated?names=true",
        "/api/maps/communities?names=true", "/api/persons/P1/map?names=true", "/api/persons/P2/map?names=true",
    ]

    static func giveMapsConsent(_ fixture: Fixture, to people: [String]) throws {
        for person in people {
            try fixture.store.privacy.recordConsent(
                .init(purpose: .maps, given: true, day: Day(ordinal: 20_000), recordedBy: "wijkteam"),
                for: Node.ID(person))
        }
    }

    @Test(arguments: maps)
    func aWithdrawalOfMapsConsentHidesTheNameOnTheNextMap(uri: String) async throws {
        let fixture = try Fixture()
        try Self.giveMapsConsent(fixture, to: ["P1", "P2", "P3"])
        let headers = try fixture.bearer(.worker)
        try await fixture.application.test(.router) { client in
            let before = try await client.execute(uri: uri, method: .get, headers: headers)
            #expect(before.status == .ok && before.text.contains("Jan de Vries"), "\(uri) hides a consenting name")
            let withdrawal = try await client.execute(
                uri: "/api/persons/P1/consent", method: .post,
                headers: headers.adding(.contentType, "application/json"),
                body: ByteBuffer(string: #"{"purpose": "maps", "given": false}"#))
            #expect(withdrawal.status == .created, "\(withdrawal.text)")
            let after = try await client.execute(uri: uri, method: .get, headers: headers)
            #expect(after.status == .ok && after.text.contains("<svg"))
            #expect(!after.text.contains("Jan de Vries"), "\(uri) names P1 after the withdrawal")
            #expect(!after.text.contains("Merelstraat"), "\(uri) shows the address of P1's household")
            // Fatma still consents and stays named wherever she is drawn.
            if !uri.contains("/P2/") { #expect(after.text.contains("Fatma Yilmaz"), "\(uri) lost a consenting name") }
        }
    }

    @Test func theStreetAndGroupMapsHideTheAddressOfAHouseholdWhoseMemberWithdrewConsent() async throws {
        let fixture = try Fixture()
        try Self.giveMapsConsent(fixture, to: ["P1", "P2", "P3"])
        let headers = try fixture.bearer(.worker)
        try await fixture.application.test(.router) { client in
            let uri = "/api/maps/streets?names=true"
            let before = try await client.execute(uri: uri, method: .get, headers: headers)
            #expect(before.status == .ok && before.text.contains("Merelstraat") && before.text.contains("Jan de Vries"))
            let withdrawal = try await client.execute(
                uri: "/api/persons/P1/consent", method: .post,
                headers: headers.adding(.contentType, "application/json"),
                body: ByteBuffer(string: #"{"purpose": "maps", "given": false}"#))
            #expect(withdrawal.status == .created)
            let after = try await client.execute(uri: uri, method: .get, headers: headers)
            #expect(after.status == .ok && after.text.contains("adres onbekend"))
            #expect(!after.text.contains("Merelstraat") && !after.text.contains("Jan de Vries"))
            let groups = try await client.execute(uri: "/api/maps/groups?names=true", method: .get, headers: headers)
            #expect(groups.status == .ok && !groups.text.contains("Merelstraat"))
            #expect(!groups.text.contains("H&#45;"), "a group is never named after a household's code")
        }
    }

    @Test func anAssociationKeepsItsNameWithoutConsent() async throws {
        let fixture = try Fixture()
        try fixture.store.neighbourhood.add(
            Node(id: "A1", kind: .association, name: "Buurthuis De Schakel", wijk: "Oost"))
        try fixture.store.neighbourhood.add(Tie(source: "P1", target: "A1", kind: .member))
        try await fixture.application.test(.router) { client in
            let response = try await client.execute(
                uri: "/api/persons/P1/map?names=true", method: .get, headers: try fixture.bearer(.worker))
            #expect(response.status == .ok)
            #expect(response.text.contains("Buurthuis De Schakel"), "consent is a person's, not a place's")
            #expect(!response.text.contains("Jan de Vries"))
        }
    }

    @Test func someoneWhoNeverGaveMapsConsentIsDrawnUnderTheirCode() async throws {
        let fixture = try Fixture()
        try Self.giveMapsConsent(fixture, to: ["P3"])
        try await fixture.application.test(.router) { client in
            let response = try await client.execute(
                uri: "/api/maps/map?names=true", method: .get, headers: try fixture.bearer(.admin))
            #expect(response.status == .ok)
            for name in ["Jan de Vries", "Kees de Vries", "Willemijn West", "Wouter West", "Wendy Westra"] {
                #expect(!response.text.contains(name), "\(name) is on the map without consent")
            }
            #expect(response.text.contains("Fatma Yilmaz"))
            // Graphviz writes the hyphen of a code as a character reference. Codes are keyed, never
            // the position or the id shortened.
            #expect(
                response.text.contains(/P&#45;[A-HJ-NP-Z][2-9A-HJ-NP-Z]{3}/),
                "the people without consent have no code on the map")
            #expect(!response.text.contains("P&#45;001"))
        }
    }
}

extension HTTPFields {
    func adding(_ name: HTTPField.Name, _ value: String) -> HTTPFields {
        var fields = self
        fields[name] = value
        return fields
    }
}
