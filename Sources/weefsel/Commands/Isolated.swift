import ArgumentParser
import WeefselGraph
import WeefselStore

struct Isolated: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The outreach worklist: isolated, professional-only and fragile households, by risk.",
        discussion: """
            isolated (geïsoleerd): no informal tie outside the household and no professional; \
            professional-only (alleen professionals): known only to professionals; \
            fragile (kwetsbaar): one weak informal tie outside the household.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Only this wijk.") var wijk: String?
    @Option(help: "Show at most this many households.") var top: Int?

    func run() async throws {
        let graph = try analysis.loadGraph(from: global.openStore(.readOnly), for: global.actor)
        var entries = isolationReport(of: graph, referenceYear: analysis.day.year)
        if let wijk { entries = entries.filter { $0.wijk == wijk } }
        let total = entries.count
        if let top { entries = Array(entries.prefix(max(0, top))) }
        try await global.recordRead(.read, of: entries.subjects)
        if output.json { return try Console.json(entries) }
        print(
            "Werklijst: \(total) huishoudens zonder of met weinig contact (worklist, by risk), \(analysis.day)"
                + (entries.count < total ? "; de eerste \(entries.count):" : ""))
        for (rank, entry) in entries.enumerated() {
            print(
                "\n\(rank + 1). \(entry.household)  \(entry.address)  [\(entry.class.dutchName) / \(entry.class.rawValue)]"
            )
            print("   \(entry.members.map(Console.name).joined(separator: ", "))")
            print("   \(entry.reason)  /  \(entry.reasonEnglish)")
            if !entry.contacts.isEmpty {
                print("   contact: \(entry.contacts.map(Console.name).joined(separator: ", "))")
            }
            if !entry.professionals.isEmpty {
                print("   bekend bij: \(entry.professionals.map(Console.name).joined(separator: ", "))")
            }
        }
    }
}
