import Foundation
import GRDB
import WeefselCore
import WeefselGraph

extension NeighbourhoodStore {
    /// Adds a node, and its household when given and new; with `audit`, records who did it in the
    /// same transaction.
    ///
    /// - Throws: `StoreError.duplicateNode` when the id is taken, `.unknownHousehold` when the
    ///   node names a household that neither exists nor is given.
    public func add(_ node: Node, household: Household? = nil, audit: AuditContext? = nil) throws(StoreError) {
        try Self.validate(node)
        try database.write { db in
            guard try Self.nodeRow(node.id, in: db) == nil else { throw StoreError.duplicateNode(node.id) }
            let householdId = try Self.resolveHousehold(of: node, given: household, in: db)
            var record = NodeRecord(householdId: householdId, node)
            try record.insert(db)
            if let household = record.householdId { try Self.settleWijken(ofHousehold: household, in: db) }
            try database.appendAudit(audit.map { [.init($0, .create, subjects: [node.id])] } ?? [], in: db)
        }
    }

    /// Replaces what is stored about a node (found by its id) with `node`; with `audit`, records who
    /// did it in the same transaction.
    public func update(_ node: Node, household: Household? = nil, audit: AuditContext? = nil) throws(StoreError) {
        try Self.validate(node)
        try database.write { db in
            guard let stored = try Self.nodeRow(node.id, in: db) else { throw StoreError.unknownNode(node.id) }
            let record = NodeRecord(
                id: stored.id, householdId: try Self.resolveHousehold(of: node, given: household, in: db), node)
            try record.update(db)
            if let household = record.householdId { try Self.settleWijken(ofHousehold: household, in: db) }
            try database.appendAudit(audit.map { [.init($0, .update, subjects: [node.id])] } ?? [], in: db)
        }
    }

    /// Removes a node and every tie it has; returns how many ties went with it. With `audit`,
    /// records who did it in the same transaction.
    @discardableResult
    public func removeNode(_ id: Node.ID, audit: AuditContext? = nil) throws(StoreError) -> Int {
        try database.write { db in
            guard let record = try Self.nodeRow(id, in: db), let rowID = record.id else {
                throw StoreError.unknownNode(id)
            }
            let ties =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM tie WHERE sourceId = ? OR targetId = ?",
                    arguments: [rowID, rowID]) ?? 0
            _ = try NodeRecord.deleteOne(db, key: rowID)
            try database.appendAudit(audit.map { [.init($0, .delete, subjects: [id])] } ?? [], in: db)
            return ties
        }
    }

    /// Keeps every resident in their household's wijk (of one household, or of all): the address
    /// decides which wijk, and so which team, a person belongs to.
    static func settleWijken(ofHousehold household: Int64? = nil, in db: Database) throws {
        let which = household.map { "householdId = \($0)" } ?? "householdId IS NOT NULL"
        try db.execute(
            sql: """
                UPDATE node SET wijk = (SELECT wijk FROM household WHERE household.id = node.householdId)
                WHERE \(which) AND (SELECT wijk FROM household WHERE household.id = node.householdId) IS NOT NULL
                  AND wijk IS NOT (SELECT wijk FROM household WHERE household.id = node.householdId)
                """)
    }

    /// The row of the node with external id `id`, with its household's external id, or nil.
    static func nodeRow(_ id: Node.ID, in db: Database) throws -> NodeRow? {
        try NodeRow.fetchOne(
            db, sql: NodeRow.selectWithHousehold + " WHERE node.externalId = ?",
            arguments: [id.rawValue])
    }

    /// The row id of the node with external id `id`.
    ///
    /// - Throws: `StoreError.unknownNode` when there is none.
    static func nodeRowID(_ id: Node.ID, in db: Database) throws -> Int64 {
        guard let rowID = try NodeRecord.rowID(of: id, in: db) else { throw StoreError.unknownNode(id) }
        return rowID
    }

    private static func resolveHousehold(of node: Node, given household: Household?, in db: Database) throws -> Int64? {
        guard let householdID = node.household else { return nil }
        if var existing = try HouseholdRecord.filter(HouseholdRecord.Columns.externalId == householdID.rawValue)
            .fetchOne(db)
        {
            if let household, household.id == householdID, household != existing.household {
                existing.household = household
                try existing.update(db)
            }
            if let id = existing.id { try Self.settleWijken(ofHousehold: id, in: db) }
            return existing.id
        }
        guard let household, household.id == householdID else { throw StoreError.unknownHousehold(householdID) }
        var record = HouseholdRecord(household)
        try record.insert(db)
        return record.id
    }

    static func validate(_ node: Node) throws(StoreError) {
        guard !node.id.rawValue.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .invalid(field: "id", reason: "must not be empty")
        }
        guard !node.name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .invalid(field: "name", reason: "must not be empty")
        }
        if let year = node.birthYear, !(1900...2100).contains(year) {
            throw .invalid(field: "birth_year", reason: "\(year) is not a plausible birth year")
        }
    }
}
