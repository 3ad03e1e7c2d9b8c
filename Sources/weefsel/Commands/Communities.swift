import ArgumentParser
import Foundation
import WeefselGraph
import WeefselStore

struct Communities: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The groups in the neighbourhood (Leiden modularity) and who bridges them.",
        discussion: "The same network and seed always give the same groups."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "The seed of the search.") var seed: UInt64 = 1

    func run() async throws {
        let graph = try analysis.loadGraph(from: global.openStore(.readOnly), for: global.actor)
        let report = try CommunityReport(of: graph, seed: seed)
        try await global.recordRead(.read, of: report.subjects)
        if output.json { return try Console.json(report) }
        print(
            String(
                format: "%d groepen (groups), modulariteit %.4f, %d banden tussen groepen (ties across groups)",
                report.communities.count, report.modularity, report.crossingTies))
        for group in report.communities where group.size > 1 {
            print("\n\(group.number + 1). \(group.label): \(group.size) leden (members)")
            if !group.bridges.isEmpty {
                print("   bruggen (bridges): \(group.bridges.map(Console.name).joined(separator: ", "))")
            }
        }
        let singles = report.communities.filter { $0.size == 1 }.count
        if singles > 0 { print("\n\(singles) personen zonder groep (people in no group)") }
        if !report.bridges.isEmpty {
            print("\nVerbinders tussen groepen (people linking groups):")
            for bridge in report.bridges.prefix(10) {
                let labels = bridge.reaches.map { report.communities[$0].label }
                print(
                    "  \(Console.name(bridge.person)): verbindt \(report.communities[bridge.group].label) met "
                        + labels.joined(separator: ", "))
            }
        }
    }
}
