import ArgumentParser
import WeefselGraph
import WeefselStore

struct Stats: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Count what is in the database.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let statistics = try global.openStore(.readOnly).statistics()
        if output.json { return try Console.json(statistics) }
        print("Weefsel database \(global.databasePath)")
        print("  personen en organisaties (nodes): \(statistics.nodeCount)")
        for kind in Node.Kind.allCases {
            print("    \(kind.dutchName) (\(kind.rawValue)): \(statistics.nodes[kind.rawValue] ?? 0)")
        }
        print("  huishoudens (households): \(statistics.households)")
        print("  vrijwilligers (volunteers, by kind or role): \(statistics.volunteers)")
        print("  banden (ties): \(statistics.tieCount)")
        for kind in Tie.Kind.allCases where statistics.ties[kind.rawValue] != nil {
            print("    \(kind.dutchName) (\(kind.rawValue)): \(statistics.ties[kind.rawValue] ?? 0)")
        }
        if !statistics.wijken.isEmpty { print("  wijken: \(statistics.wijken.joined(separator: ", "))") }
    }
}
