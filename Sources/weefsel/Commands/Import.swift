import ArgumentParser
import Foundation
import WeefselCore
import WeefselGraph
import WeefselStore

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import nodes.csv and ties.csv files (all or nothing).",
        discussion: """
            Which table a file holds is read from its header (id,kind,name for nodes; source,target,kind \
            for ties), or given with --nodes and --ties. Files named needs.csv and offers.csv (or vraag, \
            aanbod) are imported after the nodes and ties, as 'weefsel need import' does. Semicolons, \
            Windows-1252, a BOM and Dutch headers are accepted. When any problem is found in a file, \
            nothing of that import is written and every problem is listed as file:line: column: problem.
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "CSV files or Excel workbooks; the header tells which table each holds.") var files: [String] = []
    @Option(name: .customLong("nodes"), help: "A file that holds nodes, whatever its header.") var nodeFiles: [String] =
        []
    @Option(name: .customLong("ties"), help: "A file that holds ties, whatever its header.") var tieFiles: [String] = []
    @Flag(help: "Leave out the columns no table knows, rather than keep them as the persons' own fields.")
    var leaveOutOwnColumns = false
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !(files.isEmpty && nodeFiles.isEmpty && tieFiles.isEmpty) else {
            throw ValidationError("name at least one CSV file")
        }
    }

    func run() async throws {
        var inputs: [CSVFile] = []
        var matchingFiles: [CSVFile] = []
        for path in files {
            if CSVInput.isMatchingFile(path) {
                matchingFiles.append(try CSVInput.read(path, kind: nil))
            } else {
                inputs.append(try CSVInput.read(path, kind: nil))
            }
        }
        for path in nodeFiles { inputs.append(try CSVInput.read(path, kind: .nodes)) }
        for path in tieFiles { inputs.append(try CSVInput.read(path, kind: .ties)) }
        for index in inputs.indices { inputs[index].keepsOwnColumns = !leaveOutOwnColumns }
        let core = try global.openCore()
        if !inputs.isEmpty { try importNeighbourhood(inputs, into: core) }
        if !matchingFiles.isEmpty {
            do {
                let (needs, offers) = try core.desk.importNeedsAndOffers(
                    matchingFiles.map(ImportFile.init), today: Day.today, by: global.actor)
                print("Imported \(needs) needs and \(offers) offers.")
            } catch StoreError.importRefused(let failure) {
                CSVInput.report(failure)
                throw ExitCode(1)
            }
        }
    }

    private func importNeighbourhood(_ inputs: [CSVFile], into core: Core) throws {
        do {
            let (neighbourhood, summary) = try core.records.importNeighbourhood(
                inputs.map(ImportFile.init), by: global.actor)
            try report(summary, of: neighbourhood)
        } catch StoreError.importRefused(let failure) {
            CSVInput.report(failure)
            throw ExitCode(1)
        }
    }

    private func report(_ summary: ImportSummary, of neighbourhood: Neighbourhood) throws {
        if output.json { return try Console.json(summary) }
        for column in summary.ownColumnsKept ?? [] {
            print("Eigen kolom bewaard bij de personen (own column kept with the persons): \(column)")
        }
        for column in summary.columnsLeftOut ?? [] {
            print("Kolom overgeslagen (column left out): \(column)")
        }
        if summary.changedNothing {
            print(
                "Nothing changed: the database already holds these \(neighbourhood.nodes.count) nodes and "
                    + "\(neighbourhood.ties.count) ties.")
            return
        }
        print(
            "Imported: \(summary.nodesAdded) nodes added, \(summary.nodesUpdated) updated, "
                + "\(summary.nodesUnchanged) unchanged; \(summary.householdsAdded) households added, "
                + "\(summary.householdsUpdated) updated; \(summary.tiesAdded) ties added, "
                + "\(summary.tiesUpdated) updated, \(summary.tiesUnchanged) unchanged.")
    }
}

/// Reading a CSV file named on the command line.
enum CSVInput {
    /// Whether a file holds needs or offers: by its header (a needs or offers table has a programme,
    /// a nodes or ties table none), else by its name.
    static func isMatchingFile(_ path: String) -> Bool {
        if let data = FileManager.default.contents(atPath: Invocation.resolve(path)), !data.starts(with: [0x50, 0x4B]) {
            let header = String(decoding: data.prefix(4_096), as: UTF8.self).lowercased()
                .split(whereSeparator: \.isNewline).first { !$0.hasPrefix("sep=") && !$0.hasPrefix("\"sep=") }
            let cells =
                header.map {
                    $0.split(whereSeparator: { ",;\t\"".contains($0) }).map {
                        $0.trimmingCharacters(in: .whitespaces)
                    }
                } ?? []
            if cells.contains(where: { ["programme", "programma", "program"].contains($0) }) { return true }
            if cells.contains(where: {
                ["source", "target", "van", "naar", "kind", "soort", "name", "naam"].contains($0)
            }) {
                return false
            }
        }
        let name = URL(fileURLWithPath: path).lastPathComponent.lowercased()
        return ["need", "offer", "vraag", "aanbod"].contains { name.contains($0) }
    }

    /// Reports a refused import on stderr.
    static func report(_ failure: ImportFailure) {
        for problem in failure.problems {
            let place = "\(problem.file):\(problem.line): \(problem.column): "
            Console.error(place + problem.dutch)
            Console.error(place + problem.message)
        }
        if failure.omitted > 0 {
            Console.error("... en nog \(failure.omitted) / and \(failure.omitted) more")
        }
        let count = failure.problems.count + failure.omitted
        Console.error("Er is niets geïmporteerd: \(count) probleem\(count == 1 ? "" : "en") gevonden.")
        Console.error("Nothing was imported: \(count) problem\(count == 1 ? "" : "s") found.")
    }

    static func read(_ path: String, kind: CSVTableKind?) throws -> CSVFile {
        guard let data = FileManager.default.contents(atPath: Invocation.resolve(path)) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: Invocation.resolve(path), isDirectory: &isDirectory)
            throw CommandFailure(
                "\(path): "
                    + (exists ? (isDirectory.boolValue ? "is a folder, not a file" : "cannot be read") : "no such file")
            )
        }
        return CSVFile(name: path, bytes: [UInt8](data), kind: kind)
    }
}

extension ImportFile {
    /// A file read from the command line, as the core takes it.
    init(_ file: CSVFile) {
        self.init(
            name: file.name, bytes: file.bytes, table: file.kind.map { $0 == .nodes ? .nodes : .ties },
            keepsOwnColumns: file.keepsOwnColumns)
    }
}
