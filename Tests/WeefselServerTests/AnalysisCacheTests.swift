import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing
import WeefselGraph
import WeefselServer
import WeefselStore

/// Key figures, communities, the worklist and the indicators come from a cache: computed once per
/// scope until a write, never stale after a write returns, and forgetful of an erased person.
@Suite struct AnalysisCacheTests {
    static let analyses = [
        "/api/analyses/keyfigures?top=10", "/api/analyses/communities", "/api/analyses/isolated",
        "/api/analyses/indicators",
    ]

    /// The fixture's service with `cache`; the background refresh waits `refreshDelay`.
    static func application(_ fixture: Fixture, cache: AnalysisCache) -> some ApplicationProtocol {
        buildApplication(
            store: fixture.store, configuration: fixture.configuration, logger: Logger(label: "test"),
            analysisCache: cache)
    }

    /// Waits (up to a minute) until `condition` holds; for work the service does in the background.
    static func eventually(_ condition: () -> Bool) async throws {
        for _ in 0..<6_000 where !condition() { try await Task.sleep(for: .milliseconds(10)) }
    }

    @Test(arguments: analyses)
    func aSecondRequestIsAnsweredFromTheCache(uri: String) async throws {
        let fixture = try Fixture()
        let cache = AnalysisCache(store: fixture.store.analysis, refreshDelay: .seconds(3_600))
        let headers = try fixture.bearer(.worker)
        try await Self.application(fixture, cache: cache).test(.router) { client in
            let first = try await client.execute(uri: uri, method: .get, headers: headers)
            #expect(first.status == .ok && cache.computations == 1)
            let second = try await client.execute(uri: uri, method: .get, headers: headers)
            #expect(second.status == .ok && second.text == first.text)
            #expect(cache.computations == 1, "\(uri) computed again without a write")
            // Another team's scope is another analysis.
            let west: HTTPFields = [
                .authorization:
                    "Bearer \(try fixture.store.sessions.createToken(for: "westerling", label: "test", expiresAt: .distantFuture).rawValue)"
            ]
            let other = try await client.execute(uri: uri, method: .get, headers: west)
            #expect(other.status == .ok && cache.computations == 2)
        }
        // Every answer from the cache is on record as a read all the same.
        if !uri.contains("indicators") {
            #expect(
                try fixture.store.audit.auditEntries().filter { $0.action == .read && $0.user == "worker" }.count == 2)
        }
    }

    @Test func aWriteMakesTheNextAnswerIncludeIt() async throws {
        let fixture = try Fixture()
        let cache = AnalysisCache(store: fixture.store.analysis, refreshDelay: .seconds(3_600))
        let headers = try fixture.bearer(.worker)
        try await Self.application(fixture, cache: cache).test(.router) { client in
            let before = try await client.execute(uri: "/api/analyses/communities", method: .get, headers: headers)
            #expect(!before.text.contains("P7"))
            let added = try await client.execute(
                uri: "/api/persons", method: .post, headers: headers.adding(.contentType, "application/json"),
                body: ByteBuffer(string: #"{"id": "P7", "kind": "resident", "name": "Nieuwe Buur", "wijk": "Oost"}"#))
            #expect(added.status == .created, "\(added.text)")
            let tie = try await client.execute(
                uri: "/api/ties", method: .post, headers: headers.adding(.contentType, "application/json"),
                body: ByteBuffer(string: #"{"source": "P7", "target": "P3", "kind": "friend"}"#))
            #expect(tie.status == .created, "\(tie.text)")
            let after = try await client.execute(uri: "/api/analyses/communities", method: .get, headers: headers)
            #expect(after.text.contains("\"P7\""), "an answer from before the write: \(after.text)")
            #expect(cache.computations == 2)
        }
    }

    @Test func aRequestAfterAWriteNeverGetsTheAnswerOfAComputationStartedBeforeIt() async throws {
        let fixture = try Fixture()
        // Enough people in Oost that key figures take a while to compute.
        let people = (0..<600).map {
            Node(id: Node.ID("Q\($0)"), kind: .resident, name: "Bewoner \($0)", wijk: "Oost")
        }
        let ties = (0..<600).flatMap { i in
            [1, 7].map { Tie(source: Node.ID("Q\(i)"), target: Node.ID("Q\((i + $0) % 600)"), kind: .friend) }
        }
        try fixture.store.neighbourhood.importNeighbourhood(Neighbourhood(nodes: people, ties: ties))
        let cache = AnalysisCache(store: fixture.store.analysis, refreshDelay: .seconds(3_600))
        let headers = try fixture.bearer(.worker)
        let uri = "/api/analyses/keyfigures?top=1000"
        try await Self.application(fixture, cache: cache).test(.router) { client in
            async let early = client.execute(uri: uri, method: .get, headers: headers)
            // The write comes while the first computation is under way.
            try await Self.eventually { cache.computations == 1 }
            // A newcomer who knows fifty people at once is among the key figures.
            try fixture.store.neighbourhood.importNeighbourhood(
                Neighbourhood(
                    nodes: [Node(id: "P7", kind: .resident, name: "Nieuwe Buur", wijk: "Oost")],
                    ties: (0..<50).map { Tie(source: "P7", target: Node.ID("Q\($0 * 12)"), kind: .friend) }))
            let late = try await client.execute(uri: uri, method: .get, headers: headers)
            #expect(late.status == .ok && late.text.contains("\"P7\""), "an answer from before the write")
            #expect(try await early.status == .ok)
        }
    }

    @Test func manyRequestsAfterAWriteShareOneComputation() async throws {
        let fixture = try Fixture()
        let cache = AnalysisCache(store: fixture.store.analysis, refreshDelay: .seconds(3_600))
        let headers = try fixture.bearer(.worker)
        try await Self.application(fixture, cache: cache).test(.router) { client in
            _ = try await client.execute(uri: "/api/analyses/keyfigures", method: .get, headers: headers)
            try fixture.store.neighbourhood.add(Tie(source: "P2", target: "P3", kind: .neighbour))
            let bodies = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        try await client.execute(uri: "/api/analyses/keyfigures", method: .get, headers: headers).text
                    }
                }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(Set(bodies).count == 1)
            #expect(cache.computations == 2, "8 requests after one write computed \(cache.computations - 1) times")
        }
    }

    @Test func aWriteRecomputesTheAnalysesInTheBackground() async throws {
        let fixture = try Fixture()
        let cache = AnalysisCache(store: fixture.store.analysis, refreshDelay: .milliseconds(10))
        let headers = try fixture.bearer(.worker)
        try await Self.application(fixture, cache: cache).test(.router) { client in
            _ = try await client.execute(uri: "/api/analyses/communities", method: .get, headers: headers)
            try fixture.store.neighbourhood.add(Node(id: "P7", kind: .resident, name: "Nieuwe Buur", wijk: "Oost"))
            try fixture.store.neighbourhood.add(Tie(source: "P7", target: "P3", kind: .friend))
            // No request comes in, yet the analysis is computed again, with the new neighbour.
            try await Self.eventually { cache.holds("P7") }
            #expect(cache.holds("P7"))
            let computed = cache.computations
            let answer = try await client.execute(uri: "/api/analyses/communities", method: .get, headers: headers)
            #expect(answer.text.contains("\"P7\"") && cache.computations == computed)
        }
    }

    @Test func aBurstOfWritesIsFollowedByOneRecomputation() async throws {
        let fixture = try Fixture()
        let cache = AnalysisCache(store: fixture.store.analysis, refreshDelay: .seconds(1))
        let headers = try fixture.bearer(.worker)
        try await Self.application(fixture, cache: cache).test(.router) { client in
            _ = try await client.execute(uri: "/api/analyses/communities", method: .get, headers: headers)
            for number in 0..<10 {
                try fixture.store.neighbourhood.add(
                    Node(id: Node.ID("P7\(number)"), kind: .resident, name: "Buur", wijk: "Oost"))
                try fixture.store.neighbourhood.add(Tie(source: Node.ID("P7\(number)"), target: "P3", kind: .friend))
            }
            try await Self.eventually { cache.holds("P79") }
            #expect(cache.holds("P79"))
            #expect(cache.computations == 2, "20 writes in a row led to \(cache.computations - 1) recomputations")
        }
    }

    @Test func erasureLeavesNothingOfThePersonInTheCache() async throws {
        let fixture = try Fixture()
        let cache = AnalysisCache(store: fixture.store.analysis, refreshDelay: .milliseconds(10))
        let headers = try fixture.bearer(.admin)
        try await Self.application(fixture, cache: cache).test(.router) { client in
            for uri in Self.analyses {
                _ = try await client.execute(uri: uri, method: .get, headers: headers)
            }
            #expect(cache.holds("Jan de Vries") && cache.holds("P1"))
            let erased = try await client.execute(uri: "/api/persons/P1", method: .delete, headers: headers)
            #expect(erased.status == .ok, "\(erased.text)")
            #expect(!cache.holds("Jan de Vries") && !cache.holds("P1"))
            // The analyses come back in the background, without the person.
            try await Self.eventually { cache.holds("Kees de Vries") }
            #expect(cache.holds("Kees de Vries"))
            #expect(!cache.holds("Jan de Vries") && !cache.holds("P1"))
            for uri in Self.analyses {
                let answer = try await client.execute(uri: uri, method: .get, headers: headers)
                #expect(!answer.text.contains("Jan de Vries") && !answer.text.contains("\"P1\""))
            }
        }
    }
}
