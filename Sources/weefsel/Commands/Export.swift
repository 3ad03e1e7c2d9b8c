import ArgumentParser
import Foundation
import WeefselGraph
import WeefselStore

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the whole network as canonical nodes.csv and ties.csv.",
        discussion: "The files import back to the same data. Cells that a spreadsheet would run as a formula are prefixed with '."
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "The folder to write into (created when missing).") var dir: String

    func run() async throws {
        let neighbourhood = try global.openStore(.readOnly).neighbourhood()
        let files = NeighbourhoodCSV.export(neighbourhood)
        try Folder.write(files.nodes, to: "nodes.csv", in: dir)
        try Folder.write(files.ties, to: "ties.csv", in: dir)
        print("Wrote \(neighbourhood.nodes.count) nodes to \(dir)/nodes.csv and \(neighbourhood.ties.count) ties to \(dir)/ties.csv.")
    }
}

/// Writing output files into a folder the user names.
enum Folder {
    static func write(_ text: String, to name: String, in directory: String) throws {
        try write(Data(text.utf8), to: name, in: directory)
    }

    static func write(_ data: Data, to name: String, in directory: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try data.write(to: URL(fileURLWithPath: directory).appendingPathComponent(name), options: .atomic)
        } catch {
            throw CommandFailure("cannot write \(directory)/\(name): \(error.localizedDescription)")
        }
    }
}
