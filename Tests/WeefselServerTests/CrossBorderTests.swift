import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WeefselGraph
import WeefselServer
import WeefselStore

/// A household in Oost whose only friend lives in West: a team in Oost sees it is not isolated and
/// that its resident knows someone, without learning who or where.
@Suite struct CrossBorderTests {
    /// Els Grens of household H8 in Oost, whose one friend is Wendy Westra (W3) in West.
    static func fixture() throws -> Fixture {
        let fixture = try Fixture()
        try fixture.store.neighbourhood.add(
            Node(id: "P8", kind: .resident, name: "Els Grens", household: "H8"),
            household: Household(id: "H8", street: "Grensweg", houseNumber: "3", postcode: "1234 AD", wijk: "Oost"))
        try fixture.store.neighbourhood.add(Tie(source: "P8", target: "W3", kind: .friend, strength: .strong))
        return fixture
    }

    static let outsiders = ["W3", "Wendy", "Westra", "W1", "W2", "Willemijn", "Wouter", "HW", "Westerstraat"]

    @Test func theWorklistCountsAFriendInAnotherWijkAsSomeoneOutsideTheTeamsWijken() async throws {
        let fixture = try Self.fixture()
        try await fixture.application.test(.router) { client in
            let response = try await client.execute(
                uri: "/api/analyses/isolated", method: .get, headers: try fixture.bearer(.worker))
            let entries = try #require(response.json as? [[String: Any]])
            for word in Self.outsiders { #expect(!response.text.contains(word), "\(word) in \(response.text)") }
            // The household is on the worklist as fragile at worst, never as isolated.
            if let entry = entries.first(where: { $0["household"] as? String == "H8" }) {
                #expect(entry["class"] as? String != "isolated")
                let contacts = try #require(entry["contacts"] as? [[String: Any]])
                #expect(contacts.count == 1)
                let friend = try #require(contacts.first)
                #expect(friend["id"] == nil && friend["name"] == nil && friend["kind"] == nil)
                #expect(friend["outside"] as? Bool == true && friend["label"] as? String == "iemand buiten uw wijken")
                #expect(friend["label_en"] as? String == "someone outside your wijken")
            }
            let admin = try await client.execute(
                uri: "/api/analyses/isolated", method: .get, headers: try fixture.bearer(.admin))
            let adminEntry = (admin.json as? [[String: Any]])?.first { $0["household"] as? String == "H8" }
            let workerEntry = entries.first { $0["household"] as? String == "H8" }
            #expect(adminEntry?["class"] as? String == workerEntry?["class"] as? String)
        }
    }

    @Test func aKeyFiguresDegreeCountsTiesIntoAnotherWijkWithoutNamingThem() async throws {
        let fixture = try Self.fixture()
        try await fixture.application.test(.router) { client in
            let response = try await client.execute(
                uri: "/api/analyses/keyfigures?top=50&set=2", method: .get, headers: try fixture.bearer(.worker))
            #expect(response.status == .ok)
            for word in Self.outsiders { #expect(!response.text.contains(word), "\(word) in \(response.text)") }
            let figures = try #require((response.json as? [String: Any])?["key_figures"] as? [[String: Any]])
            let els = try #require(figures.first { ($0["person"] as? [String: Any])?["id"] as? String == "P8" })
            #expect(els["degree"] as? Int == 1)
            let jan = try #require(figures.first { ($0["person"] as? [String: Any])?["id"] as? String == "P1" })
            #expect(jan["degree"] as? Int == 2)
        }
    }

    @Test func aTeamsIndicatorsOfItsWijkAreThoseOfTheWholeCityForThatWijk() async throws {
        let fixture = try Self.fixture()
        try await fixture.application.test(.router) { client in
            let worker = try await client.execute(
                uri: "/api/analyses/indicators", method: .get, headers: try fixture.bearer(.worker))
            let admin = try await client.execute(
                uri: "/api/analyses/indicators", method: .get, headers: try fixture.bearer(.admin))
            #expect(!worker.text.contains("West"))
            let team = try #require(worker.json as? [String: Any])
            let city = try #require(admin.json as? [String: Any])
            let teamWijken = try #require(team["wijken"] as? [[String: Any]])
            #expect(teamWijken.count == 1)
            let teamOost = try #require(teamWijken.first?["values"] as? [String: Any])
            let cityOost = try #require(
                (city["wijken"] as? [[String: Any]])?.first { $0["wijk"] as? String == "Oost" }?["values"]
                    as? [String: Any])
            for key in [
                "persons", "households", "isolated_households", "fragile_households",
                "mean_informal_ties_per_household", "share_with_three_or_more_ties", "density",
            ] {
                #expect(
                    (teamOost[key] as? NSNumber) == (cityOost[key] as? NSNumber),
                    "\(key): team \(teamOost[key] ?? "none"), city \(cityOost[key] ?? "none")")
            }
            #expect((teamOost["isolated_households"] as? Int) == 0, "H8 counted as isolated")
            // One wijk: the team's overall figures are those of its wijk.
            let overall = try #require(team["overall"] as? [String: Any])
            #expect((overall["households"] as? Int) == (teamOost["households"] as? Int))
        }
    }

    @Test func aTeamOfTwoWijkenGetsOverallFiguresOfBothTogether() async throws {
        let fixture = try Self.fixture()
        try fixture.store.accounts.save(Team(id: "Oost", wijken: ["Oost", "West"]))
        try await fixture.application.test(.router) { client in
            let worker = try await client.execute(
                uri: "/api/analyses/indicators", method: .get, headers: try fixture.bearer(.worker))
            let admin = try await client.execute(
                uri: "/api/analyses/indicators", method: .get, headers: try fixture.bearer(.admin))
            let team = try #require((worker.json as? [String: Any])?["overall"] as? [String: Any])
            let city = try #require((admin.json as? [String: Any])?["overall"] as? [String: Any])
            for key in ["persons", "households", "isolated_households", "density", "share_with_three_or_more_ties"] {
                #expect((team[key] as? NSNumber) == (city[key] as? NSNumber), "\(key)")
            }
        }
    }

    @Test(arguments: ["/api/maps/isolated?names=true", "/api/maps/isolated", "/api/maps/isolated?names=true&lang=en"])
    func theIsolationMapDrawsAFriendInAnotherWijkAnonymously(uri: String) async throws {
        let fixture = try Self.fixture()
        try fixture.store.privacy.recordConsent(
            .init(purpose: .maps, given: true, day: Day(ordinal: 20_000), recordedBy: "wijkteam"), for: "P8")
        try await fixture.application.test(.router) { client in
            let response = try await client.execute(uri: uri, method: .get, headers: try fixture.bearer(.worker))
            #expect(response.status == .ok && response.text.contains("<svg"))
            // Not "W3": every SVG names the W3C in its doctype. The codes of a pseudonymised map are
            // random letters, which may spell an id by chance: they are left out of the search.
            let text = response.text.replacing(/[PAH]&#45;[A-Z][2-9A-Z]{3,}/, with: "code")
            for word in Self.outsiders.filter({ $0 != "W3" }) + ["buiten-"] {
                #expect(!text.contains(word), "\(word) on \(uri)")
            }
            if uri.contains("names=true") {
                #expect(response.text.contains("Els Grens"))
                #expect(
                    !response.text.contains("Els Grens · geïsoleerd") && !response.text.contains("Els Grens · isolated")
                )
                let label = uri.contains("lang=en") ? "someone outside your wijken" : "iemand buiten uw wijken"
                #expect(response.text.contains(label), "the friend in West is not drawn on \(uri)")
            }
        }
        let read = try #require(try fixture.store.audit.auditEntries().last { $0.action == .read })
        #expect(read.subjects.contains("P8") && !read.subjects.contains { $0.rawValue.contains("buiten") })
        #expect(!read.subjects.contains("W3"))
    }

    @Test func theNetwerkkaartOfAPersonListsAFriendInAnotherWijkAnonymously() async throws {
        let fixture = try Self.fixture()
        try await fixture.application.test(.router) { client in
            let headers = try fixture.bearer(.worker)
            let els = try await client.execute(uri: "/api/persons/P8/network", method: .get, headers: headers)
            #expect(els.status == .ok)
            for word in Self.outsiders { #expect(!els.text.contains(word), "\(word) in \(els.text)") }
            let outside = try #require((els.json as? [String: Any])?["outside_contacts"] as? [[String: Any]])
            #expect(outside.count == 1)
            #expect(outside.first?["label"] as? String == "iemand buiten uw wijken" && outside.first?["id"] == nil)
            let jan = try await client.execute(uri: "/api/persons/P1/network", method: .get, headers: headers)
            #expect(((jan.json as? [String: Any])?["outside_contacts"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func theNetwerkkaartMapDrawsAFriendInAnotherWijkAnonymously() async throws {
        let fixture = try Self.fixture()
        try fixture.store.privacy.recordConsent(
            .init(purpose: .maps, given: true, day: Day(ordinal: 20_000), recordedBy: "wijkteam"), for: "P8")
        try await fixture.application.test(.router) { client in
            let response = try await client.execute(
                uri: "/api/persons/P8/map?names=true", method: .get, headers: try fixture.bearer(.worker))
            #expect(response.status == .ok && response.text.contains("Els Grens"))
            #expect(response.text.contains("iemand buiten uw wijken"))
            for word in Self.outsiders.filter({ $0 != "W3" }) + ["buiten-"] {
                #expect(!response.text.contains(word), "\(word) on the map")
            }
        }
        let read = try #require(try fixture.store.audit.auditEntries().last { $0.action == .read })
        #expect(read.subjects == ["P8"])
    }
}
