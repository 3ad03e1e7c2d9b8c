import Foundation
import Testing
import WeefselGraph
import WeefselStore

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// Kills a running `weefsel serve` with SIGKILL while it takes writes, many times, and checks that
/// the database opens, passes SQLite's integrity check, holds every write that was acknowledged,
/// and that its audit log is intact.
@Suite(.serialized) struct CrashTests {
    static let trials = 100

    /// The `weefsel` executable built beside this test bundle.
    static func executable() throws -> URL {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = bundle.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("weefsel")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        throw CrashTestFailure("no weefsel executable near \(bundle.path)")
    }

    /// A database with a team, a worker and a bearer token for the worker.
    static func prepare(_ path: String) throws -> String {
        let store = try Store(path: path)
        try store.accounts.save(Team(id: "Oost", wijken: ["Oost"]))
        try store.accounts.addUser(
            "worker", role: .worker, team: "Oost",
            passwordHash: "$2b$04$unusedunusedunusedunuseduO5Ik/eO.sJ4lKHqN8b0m6ZK/8W7pZu")
        return try store.sessions.createToken(for: "worker", label: "crash test", expiresAt: .distantFuture).rawValue
    }

    @Test func everyAcknowledgedWriteSurvivesAKill() async throws {
        let weefsel = try Self.executable()
        var random = SeededRandom(seed: 20_251_125)
        var trialsWithWrites = 0
        for trial in 0..<Self.trials {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
                "weefsel-crash-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let path = directory.appendingPathComponent("weefsel.sqlite").path
            let token = try Self.prepare(path)
            let process = Process()
            process.executableURL = weefsel
            process.arguments = ["serve", "--db", path, "--port", "0"]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            let base = try Self.address(printedBy: output.fileHandleForReading)
            try await Self.waitUntilServing(base)

            let killAfter = 0.02 + random.nextUnit() * 0.3
            let acknowledged = try await Self.write(
                to: base, token: token, trial: trial, killing: process, after: killAfter)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal, "trial \(trial): the service was killed")
            if !acknowledged.isEmpty { trialsWithWrites += 1 }

            let store = try Store(path: path)
            #expect(try store.integrityProblems().isEmpty, "trial \(trial)")
            for id in acknowledged {
                #expect(
                    try store.neighbourhood.node(Node.ID(id)) != nil, "trial \(trial): acknowledged \(id) is missing")
            }
            #expect(try store.audit.verifyAudit().isIntact, "trial \(trial)")
        }
        #expect(trialsWithWrites >= Self.trials / 2, "most trials were killed in the middle of writing")
    }

    /// The address `weefsel serve` prints once it listens (it was given port 0: any free port).
    static func address(printedBy output: FileHandle) throws -> String {
        var text = ""
        while !text.contains("\n") {
            let data = output.availableData
            guard !data.isEmpty else { throw CrashTestFailure("the service ended before it listened: \(text)") }
            text += String(decoding: data, as: UTF8.self)
        }
        guard let line = text.split(separator: "\n").first, let range = line.range(of: "http://") else {
            throw CrashTestFailure("unexpected start message: \(text)")
        }
        return String(line[range.lowerBound...])
    }

    static func waitUntilServing(_ base: String) async throws {
        let url = try #require(URL(string: base + "/healthz"))
        for _ in 0..<250 {
            if let (_, response) = try? await URLSession.shared.data(from: url),
                (response as? HTTPURLResponse)?.statusCode == 200
            {
                return
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw CrashTestFailure("the service did not start")
    }

    /// Writes persons one after another until the process is killed; returns the ids acknowledged.
    static func write(to base: String, token: String, trial: Int, killing process: Process, after delay: Double)
        async throws -> [String]
    {
        let pid = process.processIdentifier
        let killer = Task {
            try? await Task.sleep(for: .seconds(delay))
            kill(pid, SIGKILL)
        }
        defer { killer.cancel() }
        var acknowledged: [String] = []
        let url = try #require(URL(string: base + "/api/persons"))
        for index in 0..<10_000 {
            let id = "T\(trial)-\(index)"
            var request = URLRequest(url: url)
            request.httpMethod = "POST"
            request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(
                #"{"id": "\#(id)", "kind": "resident", "name": "Bewoner \#(index)", "wijk": "Oost"}"#.utf8)
            guard let (_, response) = try? await URLSession.shared.data(for: request) else { break }
            if (response as? HTTPURLResponse)?.statusCode == 201 { acknowledged.append(id) }
        }
        return acknowledged
    }
}

struct CrashTestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
