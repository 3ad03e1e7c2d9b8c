import ArgumentParser
import WeefselCore
import WeefselGraph
import WeefselStore

struct Generate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic neighbourhood of fictional people as nodes.csv and ties.csv.",
        discussion: """
            The same --persons, --seed and --wijk always give the same files. Ids start with the \
            initials of the (first) wijk (DM-P000001 for De Meent), so that a second neighbourhood \
            never reuses the first one's ids and overwrites its people on import; --id-prefix "" \
            gives plain ids (P000001), as in the sample.
            """
    )

    @Option(help: "How many residents.") var persons: Int
    @Option(help: "The seed; the same seed gives the same neighbourhood.") var seed: UInt64 = 1
    @Option(help: "The folder to write into (created when missing).") var out: String
    @Option(help: "How many associations (default: one per about 300 residents).") var associations: Int?
    @Option(help: "How many professionals (default: one per about 1,000 residents).") var professionals: Int?
    @Option(help: "The name of the (first) wijk.") var wijk: String?
    @Option(help: "What every id starts with (default: the initials of the first wijk and '-').")
    var idPrefix: String?

    func validate() throws {
        guard (1...NeighbourhoodGenerator.maximumPersons).contains(persons) else {
            throw ValidationError("--persons must be between 1 and \(NeighbourhoodGenerator.maximumPersons)")
        }
    }

    func run() async throws {
        let generator = NeighbourhoodGenerator(
            persons: persons, seed: seed, wijkName: wijk, associations: associations, professionals: professionals)
        let generated = generator.generate()
        let firstWijk = generator.wijkName ?? generated.households.first?.wijk ?? ""
        let prefix = idPrefix ?? Neighbourhood.idPrefix(forWijk: firstWijk)
        if !prefix.isEmpty { try RecordText.checkID(prefix, field: "--id-prefix") }
        let neighbourhood = generated.prefixingIDs(with: prefix)
        let files = NeighbourhoodCSV.export(neighbourhood)
        try Folder.write(files.nodes, to: "nodes.csv", in: out)
        try Folder.write(files.ties, to: "ties.csv", in: out)
        print(
            "Wrote \(neighbourhood.nodes.count) nodes in \(neighbourhood.households.count) households and "
                + "\(neighbourhood.ties.count) ties to \(out)/nodes.csv and \(out)/ties.csv.")
    }
}
