import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import WeefselGraph
import WeefselStore

/// What an import may touch is decided from what is stored, not from what the file says.
@Suite struct ImportScopeTests {
    @Test func anotherTeamsHouseholdCannotBeTakenOverByAFile() async throws {
        let fixture = try Fixture()
        let before = try fixture.store.neighbourhood.household("HW")
        try await fixture.application.test(.router) { client in
            let session = try await client.signIn("worker")
            var headers = session.changing
            headers[.contentType] = "text/csv"
            let file = "id,kind,name,household,street,wijk\nNX900,resident,Mallory,HW,Valse straat,Oost\n"
            try await client.execute(
                uri: "/api/import/nodes", method: .post, headers: headers, body: ByteBuffer(string: file)
            ) { response in
                #expect(response.status == .notFound)
                #expect(!response.text.contains("West"))
            }
        }
        #expect(try fixture.store.neighbourhood.household("HW") == before)
        #expect(try fixture.store.neighbourhood.node("NX900") == nil)
        #expect(try fixture.store.neighbourhood.members(of: "HW").map(\.id) == ["W1", "W2"])
    }

    @Test func aNewPersonLandsInTheStoredWijkOfTheirHousehold() async throws {
        let fixture = try Fixture()
        try await fixture.application.test(.router) { client in
            let session = try await client.signIn("worker")
            var headers = session.changing
            headers[.contentType] = "text/csv"
            let file = "id,kind,name,household\nP9,resident,Nieuwe huisgenoot,H1\n"
            try await client.execute(
                uri: "/api/import/nodes", method: .post, headers: headers, body: ByteBuffer(string: file)
            ) { response in
                #expect(response.status == .ok, "\(response.text)")
            }
        }
        #expect(try fixture.store.neighbourhood.node("P9")?.wijk == "Oost")
    }
}
