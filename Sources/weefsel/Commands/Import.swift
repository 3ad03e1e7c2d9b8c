import ArgumentParser
import Foundation
import WeefselGraph
import WeefselStore

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import nodes.csv and ties.csv files (all or nothing).",
        discussion: """
            Which table a file holds is read from its header (id,kind,name for nodes; source,target,kind \
            for ties), or given with --nodes and --ties. Semicolons, Windows-1252, a BOM and Dutch headers \
            are accepted. When any problem is found, nothing is written and every problem is listed as \
            file:line: column: problem.
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "CSV files; the header tells which table each holds.") var files: [String] = []
    @Option(name: .customLong("nodes"), help: "A file that holds nodes, whatever its header.") var nodeFiles: [String] = []
    @Option(name: .customLong("ties"), help: "A file that holds ties, whatever its header.") var tieFiles: [String] = []
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !(files.isEmpty && nodeFiles.isEmpty && tieFiles.isEmpty) else {
            throw ValidationError("name at least one CSV file")
        }
    }

    func run() async throws {
        let inputs = try files.map { try CSVInput.read($0, kind: nil) }
            + nodeFiles.map { try CSVInput.read($0, kind: .nodes) }
            + tieFiles.map { try CSVInput.read($0, kind: .ties) }
        let neighbourhood: Neighbourhood
        let summary: ImportSummary
        do {
            (neighbourhood, summary) = try global.openStore().importCSV(inputs)
        } catch StoreError.importRefused(let failure) {
            Console.error(failure.description)
            let count = failure.problems.count + failure.omitted
            Console.error("Nothing was imported: \(count) problem\(count == 1 ? "" : "s") found.")
            throw ExitCode(1)
        }
        if output.json { return try Console.json(summary) }
        if summary.changedNothing {
            print("Nothing changed: the database already holds these \(neighbourhood.nodes.count) nodes and "
                + "\(neighbourhood.ties.count) ties.")
            return
        }
        print("Imported: \(summary.nodesAdded) nodes added, \(summary.nodesUpdated) updated, "
            + "\(summary.nodesUnchanged) unchanged; \(summary.householdsAdded) households added, "
            + "\(summary.householdsUpdated) updated; \(summary.tiesAdded) ties added, "
            + "\(summary.tiesUpdated) updated, \(summary.tiesUnchanged) unchanged.")
    }
}

/// Reading a CSV file named on the command line.
enum CSVInput {
    static func read(_ path: String, kind: CSVTableKind?) throws -> CSVFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw CommandFailure(
                "\(path): " + (exists ? (isDirectory.boolValue ? "is a folder, not a file" : "cannot be read") : "no such file"))
        }
        return CSVFile(name: path, bytes: [UInt8](data), kind: kind)
    }
}
