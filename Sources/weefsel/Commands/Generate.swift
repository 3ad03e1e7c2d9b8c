import ArgumentParser
import WeefselGraph
import WeefselStore

struct Generate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic neighbourhood of fictional people as nodes.csv and ties.csv.",
        discussion: "The same --persons and --seed always give the same files."
    )

    @Option(help: "How many residents.") var persons: Int
    @Option(help: "The seed; the same seed gives the same neighbourhood.") var seed: UInt64 = 1
    @Option(help: "The folder to write into (created when missing).") var out: String
    @Option(help: "How many associations (default: one per about 300 residents).") var associations: Int?
    @Option(help: "How many professionals (default: one per about 1,000 residents).") var professionals: Int?
    @Option(help: "The name of the (first) wijk.") var wijk: String?

    func validate() throws {
        guard (1...NeighbourhoodGenerator.maximumPersons).contains(persons) else {
            throw ValidationError("--persons must be between 1 and \(NeighbourhoodGenerator.maximumPersons)")
        }
    }

    func run() async throws {
        let generator = NeighbourhoodGenerator(
            persons: persons, seed: seed, wijkName: wijk, associations: associations, professionals: professionals)
        let neighbourhood = generator.generate()
        let files = NeighbourhoodCSV.export(neighbourhood)
        try Folder.write(files.nodes, to: "nodes.csv", in: out)
        try Folder.write(files.ties, to: "ties.csv", in: out)
        print(
            "Wrote \(neighbourhood.nodes.count) nodes in \(neighbourhood.households.count) households and "
                + "\(neighbourhood.ties.count) ties to \(out)/nodes.csv and \(out)/ties.csv.")
    }
}
