import ArgumentParser
import Foundation
import WeefselGraph
import WeefselStore

struct Indicators: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Indicators of the social fabric, overall and per wijk.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "The seed of the group search used for the share of ties across groups.") var seed: UInt64 = 1

    func run() async throws {
        let graph = try analysis.loadGraph(from: global.openStore(.readOnly), for: global.actor)
        let values = try IndicatorTable.compute(graph, seed: seed)
        if output.json { return try Console.json(values) }
        print("Indicatoren op \(analysis.day)")
        IndicatorTable.print(values)
    }
}

/// Computing and printing indicators the same way for `indicators` and `snapshot`.
enum IndicatorTable {
    static func compute(_ graph: AnalysisGraph, seed: UInt64) throws -> NetworkIndicators {
        let partition = communities(of: graph.adjacency(.informal), seed: seed)
        return try indicators(of: graph, membership: partition.membership)
    }

    static func print(_ values: NetworkIndicators) {
        let columns = [("overall", values.overall)] + values.wijken.map { ($0.wijk, $0.values) }
        let rows = rowsOf(columns.map(\.1))
        Console.table(["indicator"] + columns.map(\.0), rows)
    }

    static func rowsOf(_ columns: [NetworkIndicators.Values]) -> [[String]] {
        let encoder = JSONEncoder()
        let dictionaries = columns.map { values -> [String: Any] in
            guard let data = try? encoder.encode(values),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { return [:] }
            return object
        }
        let keys = dictionaries.first.map { Array($0.keys).sorted() } ?? []
        return keys.map { key in
            [key] + dictionaries.map { format($0[key]) }
        }
    }

    static func format(_ value: Any?) -> String {
        switch value {
        case let number as NSNumber:
            let double = number.doubleValue
            return double == double.rounded() && abs(double) < 1e12
                ? String(Int(double)) : String(format: "%.3f", double)
        default: return "-"
        }
    }
}
