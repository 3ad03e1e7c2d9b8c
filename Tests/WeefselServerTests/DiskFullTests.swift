import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import WeefselGraph
import WeefselServer
import WeefselStore

#if canImport(Glibc)
    import Glibc
#endif

/// Fills a small tmpfs with writes through the API: the service answers a clear error, writes
/// nothing partial, and keeps serving reads. Needs root to mount the tmpfs.
@Suite struct DiskFullTests {
    static func run(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    static let canMount: Bool = {
        guard geteuid() == 0 else { return false }
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("weefsel-probe-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: probe) }
        guard run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.path]) else { return false }
        return run(["umount", probe.path])
    }()

    @Test(.enabled(if: canMount, "mounting a tmpfs needs root"))
    func aFullDiskAnswersAClearErrorWritesNothingPartialAndServesReads() async throws {
        let mountPoint = FileManager.default.temporaryDirectory.appendingPathComponent(
            "weefsel-full-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        #expect(Self.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mountPoint.path]))
        defer {
            _ = Self.run(["umount", "-l", mountPoint.path])
            try? FileManager.default.removeItem(at: mountPoint)
        }
        let store = try Store(path: mountPoint.appendingPathComponent("weefsel.sqlite").path)
        let fixture = try Fixture(store: store)
        var bearer = try fixture.bearer(.worker)
        bearer[.contentType] = "application/json"
        let headers = bearer
        let skills = (0..<400).map { "\"vaardigheid \($0) \(String(repeating: "x", count: 100))\"" }.joined(
            separator: ",")
        try await fixture.application.test(.router) { client in
            var refused: TestResponse?
            var failedID = ""
            for index in 0..<200 {
                failedID = "F\(index)"
                let body =
                    #"{"id": "\#(failedID)", "kind": "resident", "name": "Vol \#(index)", "wijk": "Oost", "skills": [\#(skills)]}"#
                let response = try await client.execute(
                    uri: "/api/persons", method: .post, headers: headers, body: ByteBuffer(string: body))
                if response.status != .created {
                    refused = response
                    break
                }
            }
            let answer = try #require(refused, "the disk never filled")
            #expect(answer.status.code == 507, "\(answer.status)")
            #expect(answer.errorMessage?.contains("disk is full") == true)
            #expect(try store.neighbourhood.node(Node.ID(failedID)) == nil, "the refused write left nothing behind")
            #expect(try store.integrityProblems().isEmpty)
            let statistics = try await client.execute(uri: "/api/statistics", method: .get, headers: headers)
            #expect(statistics.status == .ok, "reads go on: \(statistics.status)")
            #expect(statistics.text.contains("resident"))
            #expect(try store.neighbourhood.node("P1")?.name == "Jan de Vries")
        }
    }
}
