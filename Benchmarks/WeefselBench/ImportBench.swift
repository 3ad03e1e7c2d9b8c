import Foundation
import Logging
import WeefselGraph
import WeefselStore

let quietLogger: Logger = {
    var logger = Logger(label: "weefsel.bench")
    logger.logLevel = .warning
    return logger
}()

/// CSV import into SQLite and loading the analysis graph, against Python's csv + sqlite3.
func benchImport(persons: Int, report: inout Report) throws {
    print("Import of a generated neighbourhood of \(persons) persons")
    let directory = Harness.scratch + "/import-\(persons)"
    let neighbourhood = NeighbourhoodGenerator(persons: persons, seed: 7).generate()
    let files = NeighbourhoodCSV.export(neighbourhood)
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try files.nodes.write(toFile: directory + "/nodes.csv", atomically: true, encoding: .utf8)
    try files.ties.write(toFile: directory + "/ties.csv", atomically: true, encoding: .utf8)
    let rows = Double(neighbourhood.nodes.count + neighbourhood.ties.count)
    let database = directory + "/weefsel.sqlite"

    let weefsel = try Harness.median {
        for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        let store = try Store(path: database, logger: quietLogger)
        let inputs = try ["nodes.csv", "ties.csv"].map { name in
            CSVFile(name: name, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name))))
        }
        try store.neighbourhood.importCSV(inputs)
    }
    var pythonRuns: [Double] = []
    for _ in 0..<3 {
        let result = try Harness.python("import_baseline.py", [directory, directory + "/python.sqlite"])
        pythonRuns.append(result["seconds"] as? Double ?? .nan)
    }
    let python = pythonRuns.sorted()[1]
    report.note(
        "import", "\(Int(rows)) rows (nodes + ties) from CSV into SQLite",
        weefsel: String(format: "%.0f rows/s (%@)", rows / weefsel, Report.seconds(weefsel)),
        baseline: String(format: "Python csv+sqlite3 %.0f rows/s (%@)", rows / python, Report.seconds(python)),
        ratio: String(format: "%.2fx the throughput", python / weefsel))

    let inputs = try ["nodes.csv", "ties.csv"].map { name in
        CSVFile(name: name, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name))))
    }
    let parse = try Harness.median { _ = try NeighbourhoodCSV.parse(inputs) }
    report.note("import", "of which reading and checking the CSV", weefsel: Report.seconds(parse))

    let store = try Store(path: database, access: .readOnly, logger: quietLogger)
    var graph: AnalysisGraph?
    let load = try Harness.median { graph = try store.analysis.loadGraph() }
    report.note(
        "import", "load the analysis graph (\(graph?.nodeCount ?? 0) nodes, \(graph?.tieCount ?? 0) ties)",
        weefsel: Report.seconds(load), baseline: "goal < 1 s")
}
