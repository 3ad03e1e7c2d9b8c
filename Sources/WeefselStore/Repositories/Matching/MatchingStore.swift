import GRDB
import WeefselCore
import WeefselGraph
import WeefselMatching

/// The matching register of the SQLite database: programmes, needs, offers and matches with their
/// steps; the store's ``MatchingRepository``.
///
/// Every write is one transaction of ``database`` that also appends the audit entry it is given.
public struct MatchingStore: MatchingRepository, Sendable {
    /// The database the register is kept in.
    let database: Store

    /// The stored programmes by id; the built-in ones until a programme file was loaded.
    public func programmes() throws(StoreError) -> [Programme] {
        let stored = try database.read { db in try ProgrammeRecord.fetchAll(db, sql: "SELECT * FROM programme") }
        return stored.isEmpty
            ? Programme.builtIn.sorted { $0.id < $1.id } : stored.map(\.programme).sorted { $0.id < $1.id }
    }

    /// Replaces the stored programmes with `programmes` (for example `Data/programmes.json`).
    public func replaceProgrammes(_ programmes: [Programme]) throws(StoreError) {
        try database.write { db in
            try db.execute(sql: "DELETE FROM programme")
            for programme in programmes.sorted(by: { $0.id < $1.id }) {
                var record = ProgrammeRecord(programme)
                try record.insert(db)
            }
        }
    }

    /// Whether any need or offer names this person: their history, which a funder report counts.
    public func hasMatchingHistory(_ person: Node.ID) throws(StoreError) -> Bool {
        try database.read { db in
            guard let row = try NodeRecord.rowID(of: person, in: db) else { return false }
            return try !NeedRecord.filter(NeedRecord.Columns.personId == row).isEmpty(db)
                || !OfferRecord.filter(OfferRecord.Columns.personId == row).isEmpty(db)
        }
    }
}
