import ArgumentParser
import Foundation
import WeefselGraph
import WeefselStore

extension CentralityMeasure: ExpressibleByArgument {}

struct Centrality: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank people by a centrality measure of the informal network.",
        discussion: """
            Scores are normalised as NetworkX does by default for undirected graphs. Conflict ties never \
            carry a path. --weighted treats a strong tie as a short distance (1/strength).
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "degree, betweenness, closeness, eigenvector or pagerank.") var measure: CentralityMeasure
    @Option(help: "Show the highest N.") var top: Int?
    @Option(help: "Also count ties of these kinds, e.g. professional.") var include: ListArgument?
    @Flag(help: "Let tie strength count.") var weighted = false
    @Option(help: "Approximate betweenness from K random sources (very large networks).") var sample: Int?
    @Option(help: "The seed of --sample.") var seed: UInt64 = 1

    func run() async throws {
        let graph = try analysis.loadGraph(from: global.openStore(.readOnly), for: global.actor)
        var kinds = TieFilter.informal.kinds
        for item in include?.items ?? [] {
            guard let kind = Tie.Kind(parsing: item) else { throw ValidationError("unknown tie kind '\(item)'") }
            kinds.append(kind)
        }
        let scores = try centralityScores(
            measure, of: graph.adjacency(TieFilter(kinds)), weighted: weighted, sample: sample, seed: seed)
        let entries = CentralityEntry.ranking(scores, in: graph, top: top)
        try await global.recordRead(.read, of: entries.map(\.id))
        if output.json { return try Console.json(entries) }
        Console.table(
            ["#", "id", "naam", "soort", measure.rawValue],
            entries.map {
                [String($0.rank), $0.id.rawValue, $0.name, $0.kind.dutchName, String(format: "%.6f", $0.score)]
            })
    }
}

struct KeyFigures: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keyfigures",
        abstract: "The sleutelfiguren: who others go through and who bridges groups, with the reason why.",
        discussion: """
            The score mixes betweenness, the number of people known, and brokerage (groups and associations \
            a person connects; Burt's constraint). --set K finds the K people who together reach the most \
            residents within two steps, e.g. for a panel.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "How many key figures to list.") var top: Int = 15
    @Option(name: .customLong("set"), help: "Find a key-player set of this size.") var setSize: Int?
    @Option(help: "The seed of the group search.") var seed: UInt64 = 1

    func run() async throws {
        let graph = try analysis.loadGraph(from: global.openStore(.readOnly), for: global.actor)
        let report = try KeyFigureReport(of: graph, top: top, setSize: setSize, seed: seed)
        try await global.recordRead(.read, of: report.subjects)
        if output.json { return try Console.json(report) }
        print("Sleutelfiguren (key figures)")
        for figure in report.keyFigures {
            print(String(format: "%2d. %@  score %.2f", figure.rank, Console.name(figure.person), figure.score))
            print("    \(figure.reason)")
            print("    \(figure.reasonEnglish)")
        }
        if let set = report.keyPlayerSet {
            print(
                String(
                    format: "\nSamen bereiken deze %d binnen twee stappen %d van de %d bewoners (%.0f%%):",
                    set.members.count, set.reach, set.residents, set.share * 100))
            for (member, gain) in zip(set.members, set.gains) { print("  \(Console.name(member)) (+\(gain))") }
        }
        if !report.articulationPoints.isEmpty {
            print("\nWie niet weg mag vallen (whose departure cuts households off):")
            for point in report.articulationPoints.prefix(15) {
                print("  \(Console.name(point.person)): \(point.householdsCutOff) huishouden(s) raken los")
            }
        }
    }
}

struct Path: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The shortest trusted introduction path between two people (never through a conflict).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var output: OutputOptions
    @Argument var from: String
    @Argument var to: String

    func run() async throws {
        let graph = try analysis.loadGraph(from: global.openStore(.readOnly), for: global.actor)
        let path = try shortestPath(from: Node.ID(from), to: Node.ID(to), in: graph)
        let people = path?.compactMap { graph.index(of: $0) }.map { PersonRef($0, in: graph) }
        try await global.recordRead(.read, of: path ?? [])
        if output.json { return try Console.json(["path": people ?? []]) }
        guard let people else {
            print("Geen pad zonder conflict gevonden (no trusted path) van \(from) naar \(to).")
            return
        }
        print("Introductiepad (\(people.count - 1) stap\(people.count == 2 ? "" : "pen")):")
        print("  " + people.map(Console.name).joined(separator: " -> "))
    }
}
