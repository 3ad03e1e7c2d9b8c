import ArgumentParser
import WeefselCore
import WeefselGraph
import WeefselStore

struct Introductions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The best people to introduce a household to, with their reasons (kennismaken).",
        discussion: """
            Among the people of the wijken: who lives near, speaks the household's language, shares its \
            interests or age, knows many people or someone the household knows, and is willing \
            (a volunteer, or agreed to be matched). Never a member, someone already tied to the \
            household, or someone with a conflict tie to it; a path never runs through a conflict.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The household's id.") var household: String
    @Option(help: "How many people to suggest.") var top = 3

    func validate() throws {
        guard (1...50).contains(top) else { throw ValidationError("--top must be 1 to 50") }
    }

    func run() async throws {
        let id = Household.ID(household)
        let found = try global.openCore(.readOnly).network.introductions(
            for: id, top: top, on: analysis.day, by: global.actor)
        try await global.recordRead(.read, of: found.map(\.person))
        if output.json { return try Console.json(found) }
        guard !found.isEmpty else {
            print("Geen voorstel voor \(household): niemand in de wijk past (no one to suggest).")
            return
        }
        print("Kennismaken voor huishouden \(household) (introductions):")
        for (rank, introduction) in found.enumerated() {
            print("\n\(rank + 1). \(introduction.name) (\(introduction.person))")
            print("   " + introduction.reasons.map(\.dutch).joined(separator: ", "))
            print("   " + introduction.reasons.map(\.english).joined(separator: ", "))
        }
    }
}
