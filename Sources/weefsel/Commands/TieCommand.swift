import ArgumentParser
import WeefselGraph
import WeefselStore

struct TieCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tie",
        abstract: "Add, list or remove ties between persons and organisations.",
        subcommands: [Add.self, List.self, Remove.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a tie between two nodes.")
        @OptionGroup var global: GlobalOptions
        @Argument var source: String
        @Argument var target: String
        @Option(
            help: "family, household, neighbour, friend, acquaintance, member, volunteer, professional, conflict, ...")
        var kind: Tie.Kind
        @Option(help: "1 (weak) to 3 (strong).") var strength: Tie.Strength = .medium
        @Option(help: "Since when (2024-03-31 or 31-03-2024).") var since: Day?
        @Option(help: "Until when.") var until: Day?
        @Option(name: .customLong("recorded-by")) var recordedBy: String?
        @Option var note: String?

        func run() async throws {
            let tie = Tie(
                source: Node.ID(source), target: Node.ID(target), kind: kind, strength: strength, since: since,
                until: until, recordedBy: recordedBy, note: note
            )
            try global.openCore().records.add(tie, by: global.actor)
            print("Added \(kind.dutchName) tie \(source) - \(target).")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List ties, sorted by their ends and kind.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "Only ties of this node.") var node: String?
        @Option(help: "Only this kind.") var kind: Tie.Kind?

        func run() async throws {
            let records = try global.openCore(.readOnly).records
            let ties =
                try node.map { try records.ties(of: Node.ID($0), kind: kind, for: global.actor).map(\.tie) }
                ?? records.ties(kind: kind, for: global.actor)
            try await global.recordRead(.search, of: Set(ties.flatMap { [$0.source, $0.target] }).sorted())
            if output.json { return try Console.json(ties.map(TieEntry.init)) }
            Console.table(
                ["van", "naar", "soort", "sterkte", "sinds"],
                ties.map {
                    [
                        $0.source.rawValue, $0.target.rawValue, $0.kind.dutchName, String($0.strength.rawValue),
                        $0.since?.description ?? "-",
                    ]
                }
            )
            print("\(ties.count) gevonden")
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a tie.")
        @OptionGroup var global: GlobalOptions
        @Argument var source: String
        @Argument var target: String
        @Option var kind: Tie.Kind

        func run() async throws {
            try global.openCore().records.removeTie(
                between: Node.ID(source), and: Node.ID(target), kind: kind, by: global.actor)
            print("Removed \(kind.dutchName) tie \(source) - \(target).")
        }
    }
}
