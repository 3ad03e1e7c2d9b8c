import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import WeefselGraph
import WeefselServer
import WeefselStore

@Suite struct ErasureTests {
    /// Every file of the database: the main file, the write-ahead log and its index.
    static func bytes(of path: String) -> [(String, Data)] {
        ["", "-wal", "-shm", "-journal"].compactMap { suffix in
            FileManager.default.contents(atPath: path + suffix).map { (path + suffix, $0) }
        }
    }

    @Test func anErasedNameIsFoundNowhereInTheDatabaseFiles() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "weefsel-erasure-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("weefsel.sqlite").path
        let canary = "Kanarie" + UUID().uuidString.replacingOccurrences(of: "-", with: "")
        let street = "Vogelsteeg" + String(canary.suffix(8))

        let store = try Store(path: path)
        let fixture = try Fixture(store: store)
        try store.neighbourhood.add(
            Node(id: "C1", kind: .resident, name: canary, household: "HC", skills: [canary + " kookt"], wijk: "Oost"),
            household: Household(id: "HC", street: street, houseNumber: "1", wijk: "Oost"))
        try store.neighbourhood.add(Tie(source: "C1", target: "P1", kind: .neighbour, note: "buurman van " + canary))
        try store.privacy.recordConsent(
            ConsentRecord(
                purpose: .maps, given: true, day: try #require(Day(parsing: "2025-01-01")), recordedBy: "worker"),
            for: "C1")
        // Rewrite the record a few times so old versions sit in freed pages and in the log.
        for round in 0..<5 {
            try store.neighbourhood.update(
                Node(
                    id: "C1", kind: .resident, name: canary, household: "HC", skills: ["ronde \(round)", canary],
                    wijk: "Oost"))
        }
        #expect(
            Self.bytes(of: path).contains { $0.1.range(of: Data(canary.utf8)) != nil },
            "the canary is on disk before erasure, so the check below can fail")

        let admin = try fixture.bearer(.admin)
        try await fixture.application.test(.router) { client in
            #expect(try await client.execute(uri: "/api/persons/C1", method: .get, headers: admin).status == .ok)
            let erased = try await client.execute(uri: "/api/persons/C1", method: .delete, headers: admin)
            #expect(erased.status == .ok, "\(erased.text)")
            #expect(try await client.execute(uri: "/api/persons/C1", method: .get, headers: admin).status == .notFound)
        }
        try store.compact()

        for (file, data) in Self.bytes(of: path) {
            #expect(data.range(of: Data(canary.utf8)) == nil, "the canary is still in \(file)")
            #expect(data.range(of: Data(street.utf8)) == nil, "the address is still in \(file)")
        }
        let tombstone = try #require(try store.audit.auditEntries(AuditQuery(person: "C1")).last)
        #expect(tombstone.action == .erase && tombstone.user == "admin")
        #expect(try store.audit.verifyAudit().isIntact)
    }
}
