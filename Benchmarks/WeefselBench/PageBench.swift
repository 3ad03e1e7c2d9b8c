import Foundation
import WeefselStore

/// The web pages against the goal of the issue: at `persons` persons every page answers within
/// 300 ms of server time with its first byte, and weighs at most 200 KB besides the map.
///
/// A generated neighbourhood (fixed seed) with needs and offers, a team for all its wijken with a
/// worker, an admin and a coordinator, and the release `weefsel serve` on loopback; then
/// `Benchmarks/python/page_client.py` opens every page a user opens, in a fixed order, and measures
/// the time to its first byte (the first, cold request apart, since analyses are cached after it)
/// and its size as it is, without its inline map, and gzipped.
///
/// Needs `.build/release/weefsel`.
func benchPages(persons: Int, report: inout Report) throws {
    let goal = (milliseconds: 300.0, bytes: 200_000)
    print("The pages a user opens, on \(persons) persons: time to the first byte and weight")
    let weefsel = FileManager.default.currentDirectoryPath + "/.build/release/weefsel"
    guard FileManager.default.isExecutableFile(atPath: weefsel) else {
        throw BenchFailure("build the service first: swift build -c release --product weefsel")
    }
    let directory = Harness.scratch + "/pages-\(persons)"
    let database = directory + "/weefsel.sqlite"
    try? FileManager.default.removeItem(atPath: directory)
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let db = ["--db", database]
    try ServiceLoad.run(
        weefsel,
        [
            "generate", "--persons", "\(persons)", "--seed", "10", "--wijk", "De Meent", "--id-prefix", "", "--out",
            directory,
        ])
    try ServiceLoad.run(weefsel, ["init"] + db)
    try ServiceLoad.run(weefsel, ["import", directory + "/nodes.csv", directory + "/ties.csv"] + db)
    // The matching board has something to propose only with needs and offers.
    try ServiceLoad.run(weefsel, ["need", "generate", "--seed", "10", "--out", directory] + db)
    try ServiceLoad.run(weefsel, ["import", directory + "/needs.csv", directory + "/offers.csv"] + db)

    // One team for the whole neighbourhood, so that every page shows all of its persons.
    let wijken = try Store(path: database, access: .readOnly, logger: quietLogger).statistics().wijken.sorted()
    try ServiceLoad.run(weefsel, ["team", "add", "wijkteam"] + wijken.flatMap { ["--wijk", $0] } + db)
    var passwords: [String] = []
    for (name, role) in [("werker", "worker"), ("beheerder", "admin"), ("coordinator", "coordinator")] {
        let password = "bench password \(UInt64.random(in: 1...UInt64.max))"
        try ServiceLoad.run(
            weefsel, ["user", "add", "--name", name, "--role", role, "--team", "wijkteam"] + db,
            input: password + "\n")
        passwords.append(password)
    }

    let server = try ServiceLoad.Server(weefsel, ["serve", "--port", "0", "--requests-per-second", "1000000"] + db)
    defer { server.stop() }
    let output = try runShowingProgress(
        ["python3", "Benchmarks/python/page_client.py", "\(server.port)", directory],
        input: passwords.joined(separator: "\n") + "\n")
    guard let line = output.split(separator: "\n").last else { throw BenchFailure("page_client.py printed nothing") }
    let measured = try JSONDecoder.snakeCase.decode(PageRun.self, from: Data(line.utf8))

    printPageTable(measured.pages, goal: goal)
    try benchWebMap(port: server.port, password: passwords[0], report: &report)
    let slow = measured.pages.filter { $0.warmWorst > goal.milliseconds }
    let coldSlow = measured.pages.filter { $0.coldMs > goal.milliseconds }
    let heavy = measured.pages.filter { $0.bytesWithoutMap > goal.bytes }
    let count = measured.pages.count
    func named(_ pages: [PageFigures]) -> String {
        pages.isEmpty ? "" : "; not: " + pages.map(\.page).joined(separator: ", ")
    }
    report.note(
        "pages", "pages whose every warm request is within 300 ms to the first byte",
        weefsel: "\(count - slow.count) of \(count)\(named(slow))", baseline: "goal: all",
        ratio: slow.isEmpty ? "goal met" : "goal missed")
    report.note(
        "pages", "pages whose first, cold request is within 300 ms",
        weefsel: "\(count - coldSlow.count) of \(count)\(named(coldSlow))", baseline: "goal: all",
        ratio: coldSlow.isEmpty ? "goal met" : "goal missed")
    report.note(
        "pages", "pages of at most 200 KB besides the map (uncompressed)",
        weefsel: "\(count - heavy.count) of \(count)\(named(heavy))", baseline: "goal: all",
        ratio: heavy.isEmpty ? "goal met" : "goal missed")
    report.note(
        "pages", "making a snapshot with the form (POST /momentopnamen)",
        weefsel: measured.snapshotsMs.map { String(format: "%.0f ms", $0) }.joined(separator: ", "))
}

/// The explorable map of the wijk overview in Chromium (`webmap_client.py`): the time from the
/// navigation until the map is drawn, and what travels over the wire, the first time after a
/// change (the service lays the map out) and the next (it answers from what it kept).
func benchWebMap(port: Int, password: String, report: inout Report) throws {
    let output = try runShowingProgress(
        ["python3", "Benchmarks/python/webmap_client.py", "\(port)"], input: password + "\n")
    guard let line = output.split(separator: "\n").last else { throw BenchFailure("webmap_client.py printed nothing") }
    let loads = try JSONDecoder.snakeCase.decode(WebMapRun.self, from: Data(line.utf8)).loads
    for (index, load) in loads.enumerated() {
        let met = load.interactiveMs <= 1_000 && load.transferBytes <= 500_000
        report.note(
            "pages",
            "explorable wijk map of \(load.people) persons, \(index == 0 ? "first load after a change" : "next load")",
            weefsel: String(
                format: "interactive in %.0f ms; %.0f KB over the wire (page %.0f KB, map data %.0f KB)",
                load.interactiveMs, Double(load.transferBytes) / 1000, Double(load.pageBytes) / 1000,
                Double(load.dataBytes) / 1000),
            baseline: "goal: 1 s, 500 KB", ratio: met ? "goal met" : "goal missed")
    }
}

/// What `webmap_client.py` prints on its last line.
struct WebMapRun: Decodable {
    struct Load: Decodable {
        let interactiveMs: Double
        let pageBytes: Int
        let dataBytes: Int
        let transferBytes: Int
        let people: Int
    }

    let loads: [Load]
}

/// What `page_client.py` prints on its last line.
struct PageRun: Decodable {
    let pages: [PageFigures]
    let snapshotsMs: [Double]
}

/// One page as `page_client.py` measured it: milliseconds to the first byte and sizes in bytes.
struct PageFigures: Decodable {
    let page: String
    let role: String
    let status: Int
    let coldMs: Double
    let warmMs: [Double]
    let bytes: Int
    let bytesWithoutMap: Int
    let mapLinksBytes: Int
    let gzipBytes: Int
    let gzipWithoutMapBytes: Int

    var warmMedian: Double { warmMs.sorted()[warmMs.count / 2] }
    var warmWorst: Double { warmMs.max() ?? 0 }
}

extension JSONDecoder {
    /// A decoder of the snake_case keys the Python scripts print.
    static var snakeCase: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }
}

/// Prints the pages as a table in the order they were opened; sizes in KB of 1,000 bytes. "map
/// links" is the part of the map that is not its drawing: the links of its elements, as JSON.
/// "300 ms" is judged on the worst warm request ("cold misses" when just the cold one is slower),
/// "200 KB" on the uncompressed page without its map.
func printPageTable(_ pages: [PageFigures], goal: (milliseconds: Double, bytes: Int)) {
    let headers = [
        "page", "as", "cold ms", "warm median ms", "warm worst ms", "KB", "KB w/o map", "map links KB", "gzip KB",
        "gzip KB w/o map", "300 ms", "200 KB",
    ]
    func kilobytes(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1000) }
    let rows: [[String]] = pages.map { page in
        let time =
            page.warmWorst > goal.milliseconds ? "no" : page.coldMs > goal.milliseconds ? "cold misses" : "yes"
        return [
            page.page, page.role, String(format: "%.0f", page.coldMs), String(format: "%.1f", page.warmMedian),
            String(format: "%.1f", page.warmWorst), kilobytes(page.bytes), kilobytes(page.bytesWithoutMap),
            kilobytes(page.mapLinksBytes), kilobytes(page.gzipBytes), kilobytes(page.gzipWithoutMapBytes), time,
            page.bytesWithoutMap > goal.bytes ? "no" : "yes",
        ]
    }
    var widths = headers.map(\.count)
    for row in rows {
        for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
    }
    // Names to the left, figures to the right.
    func line(_ cells: [String]) -> String {
        cells.enumerated().map { column, cell in
            let padding = String(repeating: " ", count: widths[column] - cell.count)
            return (2...9).contains(column) ? padding + cell : cell + padding
        }.joined(separator: " | ")
    }
    print("\n" + line(headers))
    for row in rows { print(line(row)) }
    print("")
}

/// Runs a command through `env` with its standard error passed on (the progress of a long run) and
/// returns its standard output.
func runShowingProgress(_ command: [String], input: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = command
    let output = Pipe()
    let stdin = Pipe()
    process.standardOutput = output
    process.standardInput = stdin
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw BenchFailure(
            "\(command.prefix(2).joined(separator: " ")) failed with status \(process.terminationStatus)")
    }
    return String(decoding: data, as: UTF8.self)
}
