import GRDB
import WeefselCore
import WeefselGraph

extension NeighbourhoodStore {
    /// Adds a tie. - Throws: `StoreError` for unknown ends, a self-tie, or a tie that exists.
    /// With `audit`, records who did it in the same transaction.
    public func add(_ tie: Tie, audit: AuditContext? = nil) throws(StoreError) {
        try Self.validate(tie)
        try database.write { db in
            try Self.insert(tie, in: db)
            try database.appendAudit(
                audit.map { [.init($0, .create, subjects: [tie.key.low, tie.key.high])] } ?? [], in: db)
        }
    }

    /// Inserts a validated tie with its ends in key order.
    /// - Throws: `StoreError.duplicateTie` when it exists, `unknownNode` for an unknown end.
    static func insert(_ tie: Tie, in db: Database) throws {
        let key = tie.key
        let low = try Self.nodeRowID(key.low, in: db)
        let high = try Self.nodeRowID(key.high, in: db)
        guard try TieRecord.between(low, high, kind: tie.kind).fetchCount(db) == 0 else {
            throw StoreError.duplicateTie(key.low, key.high, tie.kind)
        }
        var stored = tie
        (stored.source, stored.target) = (key.low, key.high)
        var record = TieRecord(sourceId: low, targetId: high, stored)
        try record.insert(db)
    }

    /// Changes the strength, dates and note of an existing tie (the tie of the same two ends and
    /// kind); ending a tie is setting its `until`, which keeps it in the history.
    /// - Throws: `StoreError.unknownTie` when there is no such tie; invalid values.
    public func update(_ tie: Tie, audit: AuditContext? = nil) throws(StoreError) {
        try Self.validate(tie)
        try database.write { db in
            let key = tie.key
            let low = try Self.nodeRowID(key.low, in: db)
            let high = try Self.nodeRowID(key.high, in: db)
            let changed = try TieRecord.between(low, high, kind: tie.kind).updateAll(
                db,
                TieRecord.Columns.strength.set(to: tie.strength.rawValue),
                TieRecord.Columns.since.set(to: tie.since?.description),
                TieRecord.Columns.until.set(to: tie.until?.description),
                TieRecord.Columns.recordedBy.set(to: tie.recordedBy), TieRecord.Columns.note.set(to: tie.note))
            guard changed == 1 else { throw StoreError.unknownTie(key.low, key.high, tie.kind) }
            try database.appendAudit(audit.map { [.init($0, .update, subjects: [key.low, key.high])] } ?? [], in: db)
        }
    }

    /// Ties sorted by their ends and kind, optionally only those of one node or one kind.
    public func ties(of node: Node.ID? = nil, kind: Tie.Kind? = nil) throws(StoreError) -> [Tie] {
        try database.read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let node {
                let rowID = try Self.nodeRowID(node, in: db)
                conditions.append("(tie.sourceId = ? OR tie.targetId = ?)")
                arguments += [rowID, rowID]
            }
            if let kind {
                conditions.append("tie.kind = ?")
                arguments += [kind]
            }
            let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            return try TieRow.fetchAll(db, sql: TieRow.selectWithEnds + filter, arguments: arguments)
                .map(\.tie).sorted { $0.key < $1.key }
        }
    }

    /// Removes the tie of `kind` between `a` and `b`; with `audit`, records who did it in the same
    /// transaction.
    public func removeTie(between a: Node.ID, and b: Node.ID, kind: Tie.Kind, audit: AuditContext? = nil)
        throws(StoreError)
    {
        try database.write { db in
            let key = Tie.Key(a, b, kind: kind)
            let low = try Self.nodeRowID(key.low, in: db)
            let high = try Self.nodeRowID(key.high, in: db)
            guard try TieRecord.between(low, high, kind: kind).deleteAll(db) == 1 else {
                throw StoreError.unknownTie(a, b, kind)
            }
            try database.appendAudit(audit.map { [.init($0, .delete, subjects: [key.low, key.high])] } ?? [], in: db)
        }
    }

    static func validate(_ tie: Tie) throws(StoreError) {
        guard tie.source != tie.target else {
            throw .invalid(field: "target", reason: "a tie from '\(tie.source)' to itself")
        }
        if let since = tie.since, let until = tie.until, until < since {
            throw .invalid(field: "until", reason: "\(until) is before since \(since)")
        }
    }
}
