import ArgumentParser
import Foundation
import WeefselCore
import WeefselGraph
import WeefselStore

struct SnapshotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Keep the indicators of a day under a label, and compare two of them.",
        subcommands: [Create.self, List.self, Compare.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Store the indicators and worklist of a day.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var analysis: AnalysisOptions
        @Argument(help: "A label, e.g. 2026-Q4 or 'nulmeting'.") var label: String
        @Option(help: "The seed of the group search.") var seed: UInt64 = 1

        func run() async throws {
            let snapshot = try global.openCore().snapshots.create(
                label: label, on: analysis.day, seed: seed, by: global.actor)
            let isolated = snapshot.isolation.filter { $0.class.isIsolated }.count
            print(
                "Snapshot '\(label)' of \(analysis.day): \(snapshot.indicators.overall.persons) persons, "
                    + "\(snapshot.indicators.overall.households) households, "
                    + "\(isolated) isolated or known only to professionals.")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the snapshots.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let snapshots = try global.openCore(.readOnly).snapshots.list(for: global.actor).sorted {
                ($0.createdAt, $0.label) < ($1.createdAt, $1.label)
            }
            if output.json {
                return try Console.json(snapshots.map { ["label": $0.label, "day": $0.day.description] })
            }
            Console.table(["label", "dag"], snapshots.map { [$0.label, $0.day.description] })
        }
    }

    struct Compare: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what changed between two snapshots: every indicator and the households that "
                + "became or stopped being isolated.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument var before: String
        @Argument var after: String

        func run() async throws {
            let change = try global.openCore(.readOnly).snapshots.compare(before, after, for: global.actor)
            if output.json { return try Console.json(SnapshotChangeOutput(change)) }
            SnapshotChangeOutput(change).show()
        }
    }
}

/// `weefsel compare A B`, the same as `weefsel snapshot compare A B`.
struct Compare: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Compare two snapshots (see 'snapshot compare').")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument var before: String
    @Argument var after: String

    func run() async throws {
        var command = SnapshotCommand.Compare()
        command.global = global
        command.output = output
        command.before = before
        command.after = after
        try await command.run()
    }
}

/// What changed between two snapshots, as `snapshot compare` prints it and its JSON.
struct SnapshotChangeOutput: Encodable {
    let before: String
    let after: String
    let indicators: [IndicatorChange]
    let isolation: IsolationChange

    init(_ change: SnapshotChange) {
        before = change.before
        after = change.after
        indicators = change.indicators
        isolation = change.isolation
    }

    func show() {
        print("Verandering van '\(before)' naar '\(after)' (change)")
        Console.table(
            ["wijk", "indicator", "voor", "na", "verschil"],
            indicators.map {
                [
                    $0.wijk ?? "overall", $0.indicator, IndicatorTable.format($0.before.map(NSNumber.init(value:))),
                    IndicatorTable.format($0.after.map(NSNumber.init(value:))),
                    $0.difference.map { String(format: "%+.3f", $0) } ?? "-",
                ]
            })
        print("\nGeïsoleerde huishoudens: \(isolation.isolatedBefore) -> \(isolation.isolatedAfter)")
        if !isolation.noLongerIsolated.isEmpty {
            print(
                "niet meer geïsoleerd (no longer isolated): "
                    + isolation.noLongerIsolated.map(\.rawValue).joined(separator: ", "))
        }
        if !isolation.becameIsolated.isEmpty {
            print(
                "geïsoleerd geraakt (became isolated): "
                    + isolation.becameIsolated.map(\.rawValue).joined(separator: ", "))
        }
        if !isolation.newlyRecordedIsolated.isEmpty {
            print(
                "nieuw en geïsoleerd (new and isolated): "
                    + isolation.newlyRecordedIsolated.map(\.rawValue).joined(separator: ", "))
        }
    }
}
