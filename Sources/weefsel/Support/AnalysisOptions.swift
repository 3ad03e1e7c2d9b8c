import ArgumentParser
import Foundation
import WeefselCore
import WeefselGraph
import WeefselStore

/// The day an analysis looks at the network on.
struct AnalysisOptions: ParsableArguments {
    @Option(help: "Analyse the network as it was on this day (ties have since/until); default today.")
    var at: Day?

    var day: Day { at ?? Day.today }

    /// The network `actor` may analyse as of `--at` (today when not given), as the core decides:
    /// the same part of it that the service shows the same actor.
    func loadGraph(from store: Store, for actor: Actor) throws -> AnalysisGraph {
        try Core(repositories: store.repositories).network.analysisGraph(for: actor, on: day)
    }
}

extension Day {
    /// Today in the local calendar.
    static var today: Day {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(ordinal: 0)
    }
}

extension Console {
    /// `name (id)` for a person in a listing.
    static func name(_ person: PersonRef) -> String { "\(person.name) (\(person.id))" }
}
