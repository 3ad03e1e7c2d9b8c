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
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM snapshot WHERE label = ?", arguments: [label]) == nil else {
                throw StoreError.invalid(field: "label", reason: "a snapshot called '\(label)' exists already")
            }
            try db.execute(
                sql: "INSERT INTO snapshot (label, day, createdAt, indicators, isolation) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    label, snapshot.day.description, snapshot.createdAt,
                    String(decoding: indicators, as: UTF8.self), String(decoding: isolation, as: UTF8.self),
                ])
        }
    }

    /// The snapshot with `label`. - Throws: `StoreError.invalid` naming the labels that exist.
    public func snapshot(_ label: String) throws(StoreError) -> Snapshot {
        let row = try database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM snapshot WHERE label = ?", arguments: [label])
        }
        guard let row else {
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
            let dayText: String = row["day"]
            guard let day = Day(parsing: dayText) else { throw StoreError.database("snapshot day '\(dayText)'") }
            return Snapshot(
                label: row["label"], day: day, createdAt: row["createdAt"],
                indicators: try decoder.decode(NetworkIndicators.self, from: Data((row["indicators"] as String).utf8)),
                isolation: try decoder.decode([HouseholdIsolation].self, from: Data((row["isolation"] as String).utf8)))
        } catch {
            throw .database("the snapshot '\(label)' cannot be read: \(error)")
        }
    }

    /// Labels, days and creation times of every snapshot, oldest day first.
    public func snapshots() throws(StoreError) -> [(label: String, day: Day, createdAt: Date)] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT label, day, createdAt FROM snapshot ORDER BY day, label").compactMap {
                row in
                guard let day = Day(parsing: row["day"] as String) else { return nil }
                return (row["label"], day, row["createdAt"])
            }
        }
    }
}
