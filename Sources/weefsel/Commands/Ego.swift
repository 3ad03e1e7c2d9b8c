import ArgumentParser
import WeefselGraph
import WeefselStore

struct Ego: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The netwerkkaart of one person: who is around them, and who within two steps can help.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The person's id.") var id: String
    @Option(help: "How many steps out (1-3).") var depth: Int = 2
    @Option(help: "Skills that would help this person, e.g. administratie,klussen.") var need: ListArgument?

    func validate() throws {
        guard (1...3).contains(depth) else { throw ValidationError("--depth must be 1, 2 or 3") }
    }

    func run() async throws {
        let store = try global.openStore(.readOnly)
        let graph = try analysis.loadGraph(from: store, for: global.actor)
        let wanted = need?.items ?? []
        var skills: [Int32: [String]] = [:]
        if !wanted.isEmpty {
            let nearby = try egoNetwork(of: Node.ID(id), in: graph, depth: 2)
            let ids = nearby.contacts.map(\.node) + nearby.further.map(\.node)
            for (node, list) in try store.neighbourhood.skills(of: ids.map { graph.nodeIDs[Int($0)] }) {
                if let index = graph.index(of: node) { skills[index] = list }
            }
        }
        let report = try EgoReport(of: Node.ID(id), in: graph, depth: depth, wanted: wanted) { skills[$0] ?? [] }
        try await global.recordRead(.read, of: report.subjects)
        if output.json { return try Console.json(report) }
        print("Netwerkkaart van \(Console.name(report.centre))" + (report.household.map { ", huishouden \($0)" } ?? ""))
        for ring in report.rings {
            print("  \(ring.ring.dutchName) (\(ring.ring.rawValue)):")
            for contact in ring.contacts {
                print("    \(Console.name(contact.person)): \(contact.kinds.map(\.dutchName).joined(separator: ", "))")
            }
        }
        if !report.conflicts.isEmpty {
            print("  conflict: \(report.conflicts.map(Console.name).joined(separator: ", "))")
        }
        if report.depth > 1 { print("  verder weg (further away): \(report.further.count) personen") }
        if !wanted.isEmpty {
            print("  kan helpen met \(wanted.joined(separator: ", ")) (within two steps):")
            if report.helpers.isEmpty { print("    niemand gevonden (nobody found)") }
            for helper in report.helpers {
                print(
                    "    \(Console.name(helper.person)), \(helper.skills.joined(separator: ", ")), "
                        + (helper.distance == 1 ? "direct contact" : "via \(Console.name(helper.via))"))
            }
        }
    }
}
