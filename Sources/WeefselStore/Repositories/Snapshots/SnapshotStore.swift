import Foundation
import GRDB
import WeefselCore
import WeefselGraph

/// The snapshots of the SQLite database: the indicators and isolation worklist of a day, kept
/// under a label to compare over time; the store's ``SnapshotRepository``.
public struct SnapshotStore: SnapshotRepository, Sendable {
    /// The database the snapshots are kept in.
    let database: Store

    /// Stores a snapshot. - Throws: `StoreError.invalid` when the label is empty or taken.
    public func save(_ snapshot: Snapshot) throws(StoreError) {
        let label = snapshot.label.trimmingCharacters(in: .whitespaces)
        guard !label.isEmpty else { throw .invalid(field: "label", reason: "a snapshot needs a label") }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let indicators: Data
        let isolation: Data
        do {
            indicators = try encoder.encode(snapshot.indicators)
            isolation = try encoder.encode(snapshot.isolation)
        } catch {
            throw .database("cannot encode the snapshot: \(error)")
        }
        try database.write { db in
            guard try SnapshotRecord.filter(SnapshotRecord.Columns.label == label).fetchCount(db) == 0 else {
                throw StoreError.invalid(field: "label", reason: "a snapshot called '\(label)' exists already")
            }
            var record = SnapshotRecord(
                label: label, day: snapshot.day.description, createdAt: snapshot.createdAt,
                indicators: String(decoding: indicators, as: UTF8.self),
                isolation: String(decoding: isolation, as: UTF8.self))
            try record.insert(db)
        }
    }

    /// The snapshot with `label`. - Throws: `StoreError.invalid` naming the labels that exist.
    public func snapshot(_ label: String) throws(StoreError) -> Snapshot {
        let found = try database.read { db in
            try SnapshotRecord.filter(SnapshotRecord.Columns.label == label).fetchOne(db)
        }
        guard let found else {
            let labels = try snapshots().map(\.label)
            throw .invalid(
                field: "label",
                reason: "no snapshot called '\(label)'"
                    + (labels.isEmpty
                        ? " (there are none yet: 'weefsel snapshot create LABEL')"
                        : " (there are: \(labels.joined(separator: ", ")))"))
        }
        let decoder = JSONDecoder()
        do {
            guard let day = Day(parsing: found.day) else { throw StoreError.database("snapshot day '\(found.day)'") }
            return Snapshot(
                label: found.label, day: day, createdAt: found.createdAt,
                indicators: try decoder.decode(NetworkIndicators.self, from: Data(found.indicators.utf8)),
                isolation: try decoder.decode([HouseholdIsolation].self, from: Data(found.isolation.utf8)))
        } catch {
            throw .database("the snapshot '\(label)' cannot be read: \(error)")
        }
    }

    /// Labels, days and creation times of every snapshot, oldest day first.
    public func snapshots() throws(StoreError) -> [(label: String, day: Day, createdAt: Date)] {
        try database.read { db in
            let request = SnapshotRecord.select(
                SnapshotRecord.Columns.label, SnapshotRecord.Columns.day, SnapshotRecord.Columns.createdAt
            ).order(SnapshotRecord.Columns.day, SnapshotRecord.Columns.label)
            return try Row.fetchAll(db, request).compactMap { row in
                guard let day = Day(parsing: row["day"] as String) else { return nil }
                return (row["label"], day, row["createdAt"])
            }
        }
    }
}
