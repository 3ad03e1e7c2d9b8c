import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import WeefselGraph
import WeefselMatching
import WeefselServer
import WeefselStore

/// Two teams in two wijken, one user per role in team Oost (the admin sees every wijk), and a
/// small neighbourhood on each side.
struct Fixture {
    static let password = "correct horse battery"
    let store: Store
    let configuration: ServiceConfiguration

    static let neighbourhood = Neighbourhood(
        nodes: [
            Node(
                id: "P1", kind: .resident, name: "Jan de Vries", household: "H1", birthYear: 1950, languages: ["nl"],
                consent: [.matching]),
            Node(id: "P2", kind: .resident, name: "Kees de Vries", household: "H1"),
            Node(
                id: "P3", kind: .volunteer, name: "Fatma Yilmaz", birthYear: 1980, wijk: "Oost", consent: [.matching]),
            Node(
                id: "W1", kind: .resident, name: "Willemijn West", household: "HW", birthYear: 1950,
                consent: [.matching]),
            Node(id: "W2", kind: .resident, name: "Wouter West", household: "HW"),
            Node(
                id: "W3", kind: .volunteer, name: "Wendy Westra", birthYear: 1980, wijk: "West", consent: [.matching]),
        ],
        households: [
            Household(id: "H1", street: "Merelstraat", houseNumber: "2", postcode: "1234 AB", wijk: "Oost"),
            Household(id: "HW", street: "Westerstraat", houseNumber: "9", postcode: "5678 CD", wijk: "West"),
        ],
        ties: [
            Tie(source: "P1", target: "P2", kind: .friend),
            Tie(source: "P1", target: "P3", kind: .acquaintance),
            Tie(source: "W1", target: "W2", kind: .friend),
            Tie(source: "W1", target: "W3", kind: .acquaintance),
        ]
    )

    init(store: Store? = nil, configuration: ServiceConfiguration? = nil) throws {
        let store = try store ?? Store()
        try store.neighbourhood.importNeighbourhood(Self.neighbourhood)
        try store.accounts.save(Team(id: "Oost", wijken: ["Oost"]))
        try store.accounts.save(Team(id: "West", wijken: ["West"]))
        let hash = try Passwords.hash(Self.password, cost: 4)
        for role in User.Role.allCases {
            try store.accounts.addUser(User.ID(role.rawValue), role: role, team: "Oost", passwordHash: hash)
        }
        try store.accounts.addUser("westerling", role: .worker, team: "West", passwordHash: hash)
        self.store = store
        self.configuration =
            configuration
            ?? ServiceConfiguration(requestBurst: 100_000, auditInterval: .milliseconds(1), bcryptCost: 4)
    }

    /// Needs, offers and one proposed match on each side: N1/N2 of P1 with offer O1 of P3 and
    /// match M0001 in Oost; NW/NW2 of W1 with offer OW of W3 and match M0002 in West.
    func addMatching() throws {
        let day = Day(ordinal: 20_000)
        // The helpers live in the same postcode area as the people they help.
        for (id, household, postcode, wijk) in [("P3", "H3", "1234 AB", "Oost"), ("W3", "HW3", "5678 CD", "West")] {
            guard var node = try store.neighbourhood.node(Node.ID(id)) else { continue }
            node.household = Household.ID(household)
            try store.neighbourhood.update(
                node,
                household: Household(
                    id: Household.ID(household), street: "Hoofdweg", houseNumber: "1", postcode: postcode, wijk: wijk))
        }
        for (id, person) in [("N1", "P1"), ("N2", "P1"), ("NW", "W1"), ("NW2", "W1")] {
            try store.matching.save(
                Need(id: Need.ID(id), person: Node.ID(person), programme: "maatje", languages: ["nl"], requestedOn: day)
            )
        }
        for (id, person) in [("O1", "P3"), ("OW", "W3")] {
            try store.matching.save(
                Offer(
                    id: Offer.ID(id), person: Node.ID(person), programme: "maatje", languages: ["nl"], capacity: 2,
                    offeredOn: day))
        }
        try store.matching.save(Match(id: "M0001", need: "N1", offer: "O1", programme: "maatje", proposedOn: day))
        try store.matching.save(Match(id: "M0002", need: "NW", offer: "OW", programme: "maatje", proposedOn: day))
    }

    var application: some ApplicationProtocol {
        buildApplication(store: store, configuration: configuration, logger: Logger(label: "test"))
    }

    /// Headers carrying a bearer token for the user named after `role`.
    func bearer(_ role: User.Role) throws -> HTTPFields {
        let token = try store.sessions.createToken(
            for: User.ID(role.rawValue), label: "test", expiresAt: .distantFuture)
        return [.authorization: "Bearer \(token.rawValue)"]
    }
}

/// A signed-in cookie session: the cookie header and the CSRF token.
struct Session {
    let cookie: String
    let csrf: String

    var headers: HTTPFields { [.cookie: cookie] }
    var changing: HTTPFields {
        [.cookie: cookie, HTTPField.Name("X-CSRF-Token")!: csrf, .contentType: "application/json"]
    }
}

extension TestClientProtocol {
    func signIn(_ name: String, password: String = Fixture.password) async throws -> Session {
        try await execute(
            uri: "/api/login", method: .post, headers: [.contentType: "application/json"],
            body: ByteBuffer(string: #"{"name": "\#(name)", "password": "\#(password)"}"#)
        ) { response in
            guard response.status == .ok, let setCookie = response.headers[.setCookie],
                let cookie = setCookie.split(separator: ";").first
            else { throw SessionFailure(status: response.status.code) }
            let body = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
            return Session(cookie: String(cookie), csrf: body?["csrf_token"] as? String ?? "")
        }
    }
}

struct SessionFailure: Error {
    let status: Int
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var json: Any? { try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) }
    var errorMessage: String? { ((json as? [String: Any])?["error"] as? [String: Any])?["message"] as? String }
    var errorField: String? { ((json as? [String: Any])?["error"] as? [String: Any])?["field"] as? String }
}
