import Foundation
import WeefselGraph

/// A snapshot as a list shows it: its label, the day it describes and when it was made.
public struct SnapshotSummary: Sendable, Hashable, Encodable {
    public let label: String
    public let day: Day
    public let createdAt: Date
}

/// What changed between two snapshots: every indicator, and the households (of the actor's
/// wijken) that became isolated, are no longer isolated, or were recorded new and isolated.
public struct SnapshotChange: Sendable, Encodable {
    public let before: String
    public let beforeDay: Day
    public let after: String
    public let afterDay: Day
    public let indicators: [IndicatorChange]
    public let isolation: IsolationChange
}

/// The network of two snapshots' days as the actor may see it, with each day's isolation
/// classes: what a change map draws.
public struct SnapshotGraphs: Sendable {
    public let before: AnalysisGraph
    public let beforeIsolation: [HouseholdIsolation]
    public let after: AnalysisGraph
    public let afterIsolation: [HouseholdIsolation]
}

/// Snapshots: the indicators and isolation worklist of the whole network on a day, kept under a
/// label, and what changed between two of them ("did our work this year change the fabric?").
///
/// A snapshot is made for the whole installation, since its figures are the baseline of every
/// team; what each actor is shown of it is limited to their own wijken: the overall figures, and
/// only the households they may see by name. Admins and workers make snapshots; every role lists
/// them; admins and workers compare them (coordinators and viewers see no household).
public struct Snapshots: Sendable {
    let snapshots: any SnapshotRepository
    let neighbourhood: any NeighbourhoodRepository
    let source: any AnalysisSource
    let network: NetworkAround
    /// Snapshots as read, until the data change (an erasure takes its household out of them).
    private let kept = GenerationCache<String, Snapshot>(limit: 4)

    /// Keeps the indicators and the isolation worklist of the whole network on `day` under `label`.
    ///
    /// - Throws: `Problem.forbidden` for coordinators and viewers; `Problem.invalid` for an empty
    ///   label, one that is taken, or a day after `today`.
    public func create(label: String, on day: Day, today: Day = .dutchToday, seed: UInt64, by actor: Actor) throws
        -> Snapshot
    {
        guard [.admin, .worker].contains(actor.role) else { throw Problem.forbidden }
        let label = label.trimmingCharacters(in: .whitespaces)
        guard !label.isEmpty else { throw Problem.invalid(field: "label", reason: .empty) }
        try RecordText.checkText(label, field: "label")
        guard day <= today else { throw Problem.invalid(field: "day", reason: .inTheFuture(day.description)) }
        guard try !snapshots.snapshots().contains(where: { $0.label == label }) else {
            throw Problem.invalid(field: "label", reason: .taken(label))
        }
        let graph = try source.loadGraph(at: day)
        let partition = communities(of: graph.adjacency(.informal), seed: seed)
        let snapshot = Snapshot(
            label: label, day: day,
            indicators: try indicators(of: graph, membership: partition.membership),
            isolation: isolatedHouseholds(in: graph, referenceYear: day.year))
        try snapshots.save(snapshot)
        return snapshot
    }

    /// Every snapshot, the latest made first.
    public func list(for actor: Actor) throws -> [SnapshotSummary] {
        try snapshots.snapshots().map { SnapshotSummary(label: $0.label, day: $0.day, createdAt: $0.createdAt) }
            .sorted { ($0.createdAt, $0.label) > ($1.createdAt, $1.label) }
    }

    /// What changed from snapshot `before` to snapshot `after`, as `actor` may see it.
    ///
    /// - Throws: `Problem.invalid` for a label that is not a snapshot, naming those there are.
    public func compare(_ before: String, _ after: String, for actor: Actor) throws -> SnapshotChange {
        let (old, new) = (try snapshot(before), try snapshot(after))
        let change = isolationChange(
            from: try inSight(old.isolation, for: actor), to: try inSight(new.isolation, for: actor))
        return SnapshotChange(
            before: old.label, beforeDay: old.day, after: new.label, afterDay: new.day,
            indicators: indicatorChanges(from: old.indicators, to: new.indicators), isolation: change)
    }

    /// The network on both snapshots' days, limited to the actor's wijken, with their isolation
    /// classes: for the change map.
    ///
    /// - Throws: `Problem.forbidden` for coordinators and viewers, who see no households;
    ///   `Problem.invalid` for a label that is not a snapshot.
    public func graphs(_ before: String, _ after: String, for actor: Actor) throws -> SnapshotGraphs {
        guard [.admin, .worker].contains(actor.role) else { throw Problem.forbidden }
        let (old, new) = (try snapshot(before), try snapshot(after))
        return SnapshotGraphs(
            before: try network.analysisGraph(for: actor, on: old.day),
            beforeIsolation: try inSight(old.isolation, for: actor),
            after: try network.analysisGraph(for: actor, on: new.day),
            afterIsolation: try inSight(new.isolation, for: actor))
    }

    /// The snapshot called `label`; an unknown label is answered with the labels there are.
    private func snapshot(_ label: String) throws -> Snapshot {
        let labels = try snapshots.snapshots().map(\.label)
        guard labels.contains(label) else {
            throw Problem.invalid(field: "snapshot", reason: .unknownValue(label, expected: labels.sorted()))
        }
        return try kept.value(label, at: source.generation.current) { try snapshots.snapshot(label) }
    }

    /// The entries of households the actor may see by name: none for coordinators and viewers.
    private func inSight(_ isolation: [HouseholdIsolation], for actor: Actor) throws -> [HouseholdIsolation] {
        guard [.admin, .worker].contains(actor.role) else { return [] }
        guard let wijken = Visibility(actor).wijken else { return isolation }
        let households = Set(try wijken.flatMap { try neighbourhood.households(wijk: $0).map(\.id) })
        return isolation.filter { households.contains($0.householdID) }
    }
}
