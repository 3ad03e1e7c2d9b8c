import ArgumentParser
import Foundation
import WeefselGraph
import WeefselMaps
import WeefselStore

extension ExchangeFormat: ExpressibleByArgument {}

/// What `export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, graphml, gexf
}

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the whole network as canonical nodes.csv and ties.csv.",
        discussion: """
            csv: nodes.csv and ties.csv, which import back to the same data; cells that a spreadsheet would             run as a formula are prefixed with '. graphml or gexf: network.graphml or network.gexf for Gephi,             Cytoscape or yEd, with kind, group, betweenness and isolation class; pseudonymised unless --names.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var analysis: AnalysisOptions
    @Option(help: "The folder to write into (created when missing).") var dir: String
    @Option(help: "csv, graphml or gexf.") var format: ExportFormat = .csv
    @Flag(help: "Write real names and addresses in GraphML or GEXF.") var names = false
    @Option(help: "The seed of the group search (GraphML, GEXF).") var seed: UInt64 = 1

    func run() async throws {
        let store = try global.openStore(.readOnly)
        if let exchange = ExchangeFormat(rawValue: format.rawValue) {
            let input = try MapInput(
                analysing: try analysis.loadGraph(from: store, for: global.actor), seed: seed,
                referenceYear: analysis.day.year,
                betweenness: true)
            let name = "network.\(exchange.fileExtension)"
            if names { try await global.recordRead(.export, of: input.graph.nodeIDs) }
            let pseudonyms = Pseudonyms(key: try store.requirePseudonymKey())
            try Folder.write(
                try exchangeDocument(of: input, as: exchange, names: names, pseudonyms: pseudonyms), to: name, in: dir)
            print(
                "Wrote \(input.graph.nodeCount) nodes and \(input.graph.tieCount) ties to \(dir)/\(name)"
                    + (names ? "." : ", pseudonymised."))
            return
        }
        let neighbourhood = try store.neighbourhood.neighbourhood()
        try await global.recordRead(.export, of: neighbourhood.nodes.map(\.id))
        let files = NeighbourhoodCSV.export(neighbourhood, ownFields: try store.neighbourhood.allOwnFields())
        try Folder.write(files.nodes, to: "nodes.csv", in: dir)
        try Folder.write(files.ties, to: "ties.csv", in: dir)
        print(
            "Wrote \(neighbourhood.nodes.count) nodes to \(dir)/nodes.csv and \(neighbourhood.ties.count) ties to \(dir)/ties.csv."
        )
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
