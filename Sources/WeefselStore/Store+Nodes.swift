import Foundation
import GRDB
import WeefselGraph

extension Store {
    /// The node with external id `id`, or nil.
    public func node(_ id: Node.ID) throws(StoreError) -> Node? {
        try read { db in try Store.nodeRecord(id, in: db)?.node }
    }

    /// The household with external id `id`, or nil.
    public func household(_ id: Household.ID) throws(StoreError) -> Household? {
        try read { db in
            try HouseholdRecord.filter(HouseholdRecord.Columns.externalId == id.rawValue).fetchOne(db)?.household
        }
    }

    /// The households of a wijk (of every wijk when nil), sorted by id.
    public func households(wijk: String?) throws(StoreError) -> [Household] {
        try read { db in
            var request = HouseholdRecord.order(HouseholdRecord.Columns.externalId)
            if let wijk { request = request.filter(HouseholdRecord.Columns.wijk == wijk) }
            return try request.fetchAll(db).map(\.household)
        }
    }

    /// The members of a household, sorted by id.
    public func members(of household: Household.ID) throws(StoreError) -> [Node] {
        try read { db in
            try NodeRow.fetchAll(
                db, sql: NodeRow.selectWithHousehold + " WHERE household.externalId = ? ORDER BY node.externalId",
                arguments: [household.rawValue]
            ).map(\.node)
        }
    }

    /// Nodes, sorted by id, optionally of one kind, in one wijk, or whose name or address contains
    /// `text` (case-insensitive).
    public func nodes(kind: Node.Kind? = nil, wijk: String? = nil, matching text: String? = nil)
        throws(StoreError) -> [Node]
    {
        try read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let kind {
                conditions.append("node.kind = ?")
                arguments += [kind]
            }
            if let wijk {
                conditions.append("coalesce(node.wijk, household.wijk) = ?")
                arguments += [wijk]
            }
            if let text, !text.isEmpty {
                conditions.append(
                    "(node.name LIKE ? ESCAPE '\\' OR household.street LIKE ? ESCAPE '\\' OR node.externalId = ?)")
                let pattern = "%" + Store.escapeLike(text) + "%"
                arguments += [pattern, pattern, text]
            }
            let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            return try NodeRow.fetchAll(
                db, sql: NodeRow.selectWithHousehold + filter + " ORDER BY node.externalId", arguments: arguments
            ).map(\.node)
        }
    }

    /// Adds a node, and its household when given and new; with `audit`, records who did it in the
    /// same transaction.
    ///
    /// - Throws: `StoreError.duplicateNode` when the id is taken, `.unknownHousehold` when the
    ///   node names a household that neither exists nor is given.
    public func add(_ node: Node, household: Household? = nil, audit: AuditContext? = nil) throws(StoreError) {
        try Store.validate(node)
        try write { db in
            guard try Store.nodeRecord(node.id, in: db) == nil else { throw StoreError.duplicateNode(node.id) }
            let householdId = try Store.resolveHousehold(of: node, given: household, in: db)
            var record = NodeRecord(householdId: householdId, node)
            try record.insert(db)
            if let household = record.householdId { try Store.settleWijken(ofHousehold: household, in: db) }
            try appendAudit(audit.map { [.init($0, .create, subjects: [node.id])] } ?? [], in: db)
        }
    }

    /// Replaces what is stored about a node (found by its id) with `node`; with `audit`, records who
    /// did it in the same transaction.
    public func update(_ node: Node, household: Household? = nil, audit: AuditContext? = nil) throws(StoreError) {
        try Store.validate(node)
        try write { db in
            guard let stored = try Store.nodeRecord(node.id, in: db) else { throw StoreError.unknownNode(node.id) }
            let record = NodeRecord(
                id: stored.id, householdId: try Store.resolveHousehold(of: node, given: household, in: db), node)
            try record.update(db)
            if let household = record.householdId { try Store.settleWijken(ofHousehold: household, in: db) }
            try appendAudit(audit.map { [.init($0, .update, subjects: [node.id])] } ?? [], in: db)
        }
    }

    /// Removes a node and every tie it has; returns how many ties went with it. With `audit`,
    /// records who did it in the same transaction.
    @discardableResult
    public func removeNode(_ id: Node.ID, audit: AuditContext? = nil) throws(StoreError) -> Int {
        try write { db in
            guard let record = try Store.nodeRecord(id, in: db), let rowID = record.id else {
                throw StoreError.unknownNode(id)
            }
            let ties =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM tie WHERE sourceId = ? OR targetId = ?",
                    arguments: [rowID, rowID]) ?? 0
            _ = try NodeRecord.deleteOne(db, key: rowID)
            try appendAudit(audit.map { [.init($0, .delete, subjects: [id])] } ?? [], in: db)
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

    static func nodeRecord(_ id: Node.ID, in db: Database) throws -> NodeRow? {
        try NodeRow.fetchOne(
            db, sql: NodeRow.selectWithHousehold + " WHERE node.externalId = ?",
            arguments: [id.rawValue])
    }

    static func nodeRowID(_ id: Node.ID, in db: Database) throws -> Int64 {
        guard
            let rowID = try Int64.fetchOne(
                db, sql: "SELECT id FROM node WHERE externalId = ?", arguments: [id.rawValue])
        else { throw StoreError.unknownNode(id) }
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
            if let id = existing.id { try Store.settleWijken(ofHousehold: id, in: db) }
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

    static func escapeLike(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}

extension Store {
    /// The skills and talents of the given nodes, for finding help near a person.
    public func skills(of ids: [Node.ID]) throws(StoreError) -> [Node.ID: [String]] {
        try read { db in
            var result: [Node.ID: [String]] = [:]
            for chunk in stride(from: 0, to: ids.count, by: 500) {
                let part = ids[chunk..<min(chunk + 500, ids.count)].map(\.rawValue)
                let placeholders = Array(repeating: "?", count: part.count).joined(separator: ",")
                for row in try Row.fetchAll(
                    db, sql: "SELECT externalId, skills FROM node WHERE externalId IN (\(placeholders))",
                    arguments: StatementArguments(part))
                {
                    result[Node.ID(row[0] as String)] = ListColumn.decode(row[1])
                }
            }
            return result
        }
    }
}
