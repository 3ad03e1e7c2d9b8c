import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WeefselGraph
import WeefselStore

@testable import WeefselServer

/// What a worker records through the web pages and the API, and finds back: visits with the
/// contacts they make, the access export that holds them, and uploads refused line by line.
@Suite struct WebRecordTests {
    @Test func aVisitWithContactMadeAddsATieAndTakesTheHouseholdOffTheList() async throws {
        let fixture = try Fixture()
        // H1's members know only P3 (acquaintance); end that tie so H1 is isolated.
        try fixture.store.neighbourhood.removeTie(between: "P1", and: "P3", kind: .acquaintance)
        try await fixture.application.test(.router) { client in
            let session = try await client.signIn("worker")
            let list = try await client.execute(uri: "/geisoleerd", method: .get, headers: session.headers)
            #expect(list.text.contains("/huishoudens/H1"))
            let notHome = try await client.form("/huishoudens/H1/bezoek", "outcome=not-home&note=briefje", session)
            #expect(notHome.status == .seeOther)
            let still = try await client.execute(uri: "/geisoleerd", method: .get, headers: session.headers)
            #expect(still.text.contains("/huishoudens/H1") && still.text.contains("niet thuis"))
            let missing = try await client.form("/huishoudens/H1/bezoek", "outcome=contact-made", session)
            #expect(missing.status == .badRequest, "contact made names the contact")
            let contact = try await client.form(
                "/huishoudens/H1/bezoek", "outcome=contact-made&member=P1&contact=P3&kind=neighbour&strength=2", session
            )
            #expect(contact.status == .seeOther)
            let after = try await client.execute(uri: "/geisoleerd", method: .get, headers: session.headers)
            #expect(!after.text.contains("/huishoudens/H1"), "the household with a new contact left the worklist")
        }
        #expect(try fixture.store.neighbourhood.ties(of: "P1", kind: .neighbour).count == 1)
        let visits = try fixture.store.outreach.visits(to: ["H1"])["H1"] ?? []
        #expect(visits.map(\.outcome).sorted { $0.rawValue < $1.rawValue } == [.contactMade, .notHome])
        #expect(visits.contains { $0.note == "briefje" && $0.recordedBy == "worker" })
    }

    @Test func aVisitWhoseTieCannotBeAddedIsNotRecordedEither() throws {
        let fixture = try Fixture()
        let tie = Tie(source: "P1", target: "P3", kind: .acquaintance)
        #expect(throws: StoreError.self) {
            try fixture.store.outreach.record(
                Visit(
                    household: "H1", day: Day(ordinal: 20_000), outcome: .contactMade, recordedBy: "worker",
                    contact: "P3"),
                tie: tie)
        }
        #expect(
            try fixture.store.outreach.visits(to: ["H1"]).isEmpty, "the tie exists already, so nothing was recorded")
        #expect(throws: StoreError.self) {
            try fixture.store.outreach.record(
                Visit(
                    household: "H1", day: Day(ordinal: 20_000), outcome: .notHome,
                    note: String(repeating: "x", count: 1_001),
                    recordedBy: "worker"))
        }
    }

    @Test func theAccessExportHoldsNeedsOffersMatchesAndVisits() async throws {
        let fixture = try Fixture()
        try fixture.addMatching()
        try fixture.store.outreach.record(
            Visit(
                household: "H1", day: Day(ordinal: 20_001), outcome: .doorOpen, note: "koffie gedronken",
                recordedBy: "worker"))
        try await fixture.application.test(.router) { client in
            let response = try await client.execute(
                uri: "/api/persons/P1/export", method: .get, headers: try fixture.bearer(.admin))
            let export = try #require(response.json as? [String: Any])
            let needs = (export["needs"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
            #expect(needs == ["N1", "N2"])
            #expect((export["matches"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["M0001"])
            #expect((export["offers"] as? [Any])?.isEmpty == true)
            let visits = export["visits"] as? [[String: Any]]
            #expect(visits?.first?["note"] as? String == "koffie gedronken")
            #expect(visits?.first?["recorded_by"] as? String == "worker")
        }
    }

    @Test func aBadUploadShowsItsProblemsByLineInDutch() async throws {
        let fixture = try Fixture()
        let nodes = try fixture.store.neighbourhood.nodeIDs().count
        try await fixture.application.test(.router) { client in
            let session = try await client.signIn("worker")
            let csv = "id;soort;naam;wijk\nP7;bewoner;Een Bewoner;Oost\nP8;bewonr;Twee Bewoner;Oost\n"
            let response = try await client.upload(csv, named: "nodes.csv", session)
            #expect(response.status == .badRequest)
            #expect(response.text.contains("<td>3</td>"), "the problem's line")
            #expect(response.text.contains("onbekende soort"), "in Dutch")
            let good = try await client.upload(
                "id,kind,name,wijk\nP7,resident,Een Bewoner,Oost\n", named: "nodes.csv", session)
            #expect(good.status == .ok && good.text.contains("Personen toegevoegd"))
        }
        #expect(try fixture.store.neighbourhood.nodeIDs().count == nodes + 1)
    }
}
