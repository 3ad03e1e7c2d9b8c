import Foundation
import WeefselGraph
import WeefselStore

/// The service under load: the release `weefsel serve` on loopback over a generated neighbourhood
/// of `persons` persons, auditing on; `wrk` asks for the netwerkkaart of many persons of one
/// worker's wijken at 32 connections while a writer adds and removes ties at 20 writes per second.
///
/// Needs `wrk` (scripts/bootstrap.sh --bench) and `.build/release/weefsel`.
func benchService(persons: Int, report: inout Report) throws {
    let goal = (requestsPerSecond: 2_000.0, p99Milliseconds: 50.0)
    let seconds = 20
    let connections = 32
    let writesPerSecond = 20
    print(
        "The service under load: ego-network reads at \(connections) connections for \(seconds) s, "
            + "\(writesPerSecond) writes/s, on \(persons) persons")
    let weefsel = FileManager.default.currentDirectoryPath + "/.build/release/weefsel"
    guard FileManager.default.isExecutableFile(atPath: weefsel) else {
        throw BenchFailure("build the service first: swift build -c release --product weefsel")
    }
    guard let wrk = ServiceLoad.which("wrk") else {
        throw BenchFailure("wrk is missing: run scripts/bootstrap.sh --bench")
    }

    let directory = Harness.scratch + "/service-\(persons)"
    let database = directory + "/weefsel.sqlite"
    try? FileManager.default.removeItem(atPath: directory)
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let db = ["--db", database]
    try ServiceLoad.run(weefsel, ["generate", "--persons", "\(persons)", "--seed", "8", "--out", directory])
    try ServiceLoad.run(weefsel, ["init"] + db)
    try ServiceLoad.run(weefsel, ["import", directory + "/nodes.csv", directory + "/ties.csv"] + db)

    // One worker of a team that works in two of the wijken, reading the persons of those wijken.
    let store = try Store(path: database, access: .readOnly, logger: quietLogger)
    let wijken = Array(try store.statistics().wijken.sorted().prefix(2))
    let people = try wijken.flatMap { try store.neighbourhood.nodes(kind: .resident, wijk: $0) }.map(\.id.rawValue).sorted()
    guard people.count >= 2 else { throw BenchFailure("the generated neighbourhood has no residents") }
    var random = SeededRandom(seed: 8)
    let shuffled = people.shuffled(using: &random)
    let paths = shuffled.map { "/api/persons/\(ServiceLoad.pathComponent($0))/network" }
    try (paths.joined(separator: "\n") + "\n").write(
        toFile: directory + "/paths.txt", atomically: true, encoding: .utf8)
    try (people.joined(separator: "\n") + "\n").write(toFile: directory + "/ids.txt", atomically: true, encoding: .utf8)
    let password = "bench password \(UInt64.random(in: 1...UInt64.max))"
    try ServiceLoad.run(weefsel, ["team", "add", "wijkteam"] + wijken.flatMap { ["--wijk", $0] } + db)
    try ServiceLoad.run(
        weefsel, ["user", "add", "--name", "werker", "--role", "worker", "--team", "wijkteam"] + db,
        input: password + "\n")

    let server = try ServiceLoad.Server(weefsel, ["serve", "--port", "0", "--requests-per-second", "1000000"] + db)
    defer { server.stop() }
    let token =
        try ServiceLoad.json(
            try ServiceLoad.run(
                "/usr/bin/env",
                ["python3", "Benchmarks/python/service_client.py", "token", "\(server.port)", "werker"],
                input: password + "\n"))["token"] as? String
    guard let token else { throw BenchFailure("no bearer token from the service") }

    // Warm up: the first requests of a fresh process pay for its caches.
    _ = try ServiceLoad.run(
        wrk,
        ["-t1", "-c4", "-d2s", "-s", "Benchmarks/wrk/ego_reads.lua", server.url, "--", directory + "/paths.txt", token])

    let cpuBefore = try server.cpuSeconds()
    let writer = try ServiceLoad.start(
        "/usr/bin/env",
        [
            "python3", "Benchmarks/python/service_client.py", "write", "\(server.port)", token, directory + "/ids.txt",
            "\(writesPerSecond)", "\(seconds)",
        ])
    let started = DispatchTime.now().uptimeNanoseconds
    let readOutput = try ServiceLoad.run(
        wrk,
        [
            "-t1", "-c\(connections)", "-d\(seconds)s", "--latency", "--timeout", "5s", "-s",
            "Benchmarks/wrk/ego_reads.lua",
            server.url, "--", directory + "/paths.txt", token,
        ])
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    let cpu = try server.cpuSeconds() - cpuBefore
    let writes = try ServiceLoad.json(try writer.finish())
    let reads = try ServiceLoad.json(readOutput)

    let requests = reads["requests"] as? Double ?? 0
    let duration = (reads["duration_us"] as? Double ?? 1) / 1e6
    let throughput = requests / duration
    let p50 = (reads["p50_us"] as? Double ?? 0) / 1000
    let p99 = (reads["p99_us"] as? Double ?? 0) / 1000
    let errors = ["connect_errors", "read_errors", "write_errors", "status_errors", "timeouts"]
        .reduce(0) { $0 + Int(reads[$1] as? Double ?? 0) }
    let acknowledged = writes["acknowledged"] as? Double ?? 0
    let writeSeconds = writes["seconds"] as? Double ?? Double(seconds)
    let met = throughput >= goal.requestsPerSecond && p99 < goal.p99Milliseconds && errors == 0
    report.note(
        "service", "ego-network reads, \(connections) connections, \(paths.count) persons, audited",
        weefsel: String(format: "%.0f req/s, p50 %.1f ms, p99 %.1f ms, %d errors", throughput, p50, p99, errors),
        baseline: String(format: "goal >= %.0f req/s, p99 < %.0f ms", goal.requestsPerSecond, goal.p99Milliseconds),
        ratio: met ? "goal met" : "goal missed")
    report.note(
        "service", "writes alongside (add or remove a tie), aimed at \(writesPerSecond)/s",
        weefsel: String(
            format: "%.1f writes/s acknowledged (%.0f of %.0f, %.0f errors)", acknowledged / writeSeconds,
            acknowledged, writes["attempted"] as? Double ?? 0, writes["errors"] as? Double ?? 0))
    report.note(
        "service", "server CPU during the run (2 cores, wrk on one)",
        weefsel: String(format: "%.2f cores (%.1f s in %.1f s)", cpu / elapsed, cpu, elapsed))
}

/// Child processes of the service benchmark.
enum ServiceLoad {
    /// Runs `executable` to its end and returns its standard output; a failure names its standard error.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], input: String? = nil) throws -> String {
        try start(executable, arguments, input: input).finish()
    }

    static func start(_ executable: String, _ arguments: [String], input: String? = nil) throws -> Child {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        return Child(process: process, output: output, errors: errors, name: (executable as NSString).lastPathComponent)
    }

    struct Child {
        let process: Process
        let output: Pipe
        let errors: Pipe
        let name: String

        func finish() throws -> String {
            // Read both pipes before waiting, so a child with much output never blocks on a full pipe.
            let group = DispatchGroup()
            nonisolated(unsafe) var errorData = Data()
            DispatchQueue.global().async(group: group) { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
            let data = output.fileHandleForReading.readDataToEndOfFile()
            group.wait()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw BenchFailure(
                    "\(name) \(process.arguments?.prefix(3).joined(separator: " ") ?? "") failed with status "
                        + "\(process.terminationStatus): \(String(decoding: errorData, as: UTF8.self))")
            }
            return String(decoding: data, as: UTF8.self)
        }
    }

    /// `weefsel serve` as a child process on a free loopback port.
    final class Server {
        let process = Process()
        let port: Int
        var url: String { "http://127.0.0.1:\(port)" }

        init(_ executable: String, _ arguments: [String]) throws {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            // "Weefsel serves http://127.0.0.1:PORT" once it listens.
            var text = ""
            var found: Int?
            while found == nil {
                let data = output.fileHandleForReading.availableData
                guard !data.isEmpty else { break }
                text += String(decoding: data, as: UTF8.self)
                if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Weefsel serves ") }),
                    let last = line.split(separator: ":").last
                {
                    found = Int(last)
                }
            }
            guard let found else {
                process.terminate()
                throw BenchFailure("weefsel serve did not start: \(text)")
            }
            port = found
        }

        /// The processor time the service used so far (user and system), from /proc.
        func cpuSeconds() throws -> Double {
            let stat = try String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8)
            // Fields after the command name, which is in parentheses and may hold spaces.
            guard let close = stat.lastIndex(of: ")") else { throw BenchFailure("unreadable /proc stat") }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
            guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else {
                throw BenchFailure("unreadable /proc stat")
            }
            return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
        }

        /// Asks the service to stop, and kills it when requests still in flight keep it longer than 5 s.
        func stop() {
            guard process.isRunning else { return }
            process.terminate()
            let deadline = Date().addingTimeInterval(5)
            while process.isRunning && Date() < deadline { usleep(50_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
    }

    static func which(_ name: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The JSON object on the last line of `text`.
    static func json(_ text: String) throws -> [String: Any] {
        guard let line = text.split(separator: "\n").last,
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        else { throw BenchFailure("expected a JSON line, got: \(text.suffix(300))") }
        return object.mapValues { ($0 as? NSNumber).map { $0.doubleValue as Any } ?? $0 }
    }

    static func pathComponent(_ id: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return id.addingPercentEncoding(withAllowedCharacters: allowed) ?? id
    }
}
