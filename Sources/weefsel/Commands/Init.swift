import ArgumentParser
import WeefselStore

struct Init: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create the database (or bring it up to date).")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let store = try global.openStore()
        let statistics = try store.statistics()
        print(
            "Database \(store.path) is ready (SQLite \(statistics.sqliteVersion)): "
                + "\(statistics.nodeCount) nodes, \(statistics.households) households, \(statistics.tieCount) ties.")
    }
}
