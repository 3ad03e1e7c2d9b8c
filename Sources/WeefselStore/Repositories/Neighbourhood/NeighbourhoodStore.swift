import Foundation
import GRDB
import WeefselCore
import WeefselGraph

/// The persons and organisations, households and ties of the SQLite database, with the persons'
/// own fields: the store's ``NeighbourhoodRepository``.
///
/// Every write is one transaction of ``database`` that also appends the audit entry it is given.
public struct NeighbourhoodStore: NeighbourhoodRepository, Sendable {
    /// The database the neighbourhood is kept in.
    let database: Store

    /// The node with external id `id`, or nil.
    public func node(_ id: Node.ID) throws(StoreError) -> Node? {
        try database.read { db in try NeighbourhoodStore.nodeRow(id, in: db)?.node }
    }

    /// The household with external id `id`, or nil.
    public func household(_ id: Household.ID) throws(StoreError) -> Household? {
        try database.read { db in
            try HouseholdRecord.filter(HouseholdRecord.Columns.externalId == id.rawValue).fetchOne(db)?.household
        }
    }

    /// The households of a wijk (of every wijk when nil), sorted by id.
    public func households(wijk: String?) throws(StoreError) -> [Household] {
        try database.read { db in
            var request = HouseholdRecord.order(HouseholdRecord.Columns.externalId)
            if let wijk { request = request.filter(HouseholdRecord.Columns.wijk == wijk) }
            return try request.fetchAll(db).map(\.household)
        }
    }

    /// The members of a household, sorted by id.
    public func members(of household: Household.ID) throws(StoreError) -> [Node] {
        try database.read { db in
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
        try database.read { db in
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
                let pattern = "%" + LikePattern.escaped(text) + "%"
                arguments += [pattern, pattern, text]
            }
            let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            return try NodeRow.fetchAll(
                db, sql: NodeRow.selectWithHousehold + filter + " ORDER BY node.externalId", arguments: arguments
            ).map(\.node)
        }
    }

    /// The skills and talents of the given nodes, for finding help near a person.
    public func skills(of ids: [Node.ID]) throws(StoreError) -> [Node.ID: [String]] {
        try database.read { db in
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

    /// The external ids of every node in the database, for validating ties in files that name
    /// people imported earlier.
    public func nodeIDs() throws(StoreError) -> Set<Node.ID> {
        try database.read { db in
            Set(try NodeRecord.select(NodeRecord.Columns.externalId, as: String.self).fetchAll(db).map { Node.ID($0) })
        }
    }

    /// The external ids of every household in the database.
    public func householdIDs() throws(StoreError) -> Set<Household.ID> {
        try database.read { db in
            Set(
                try HouseholdRecord.select(HouseholdRecord.Columns.externalId, as: String.self).fetchAll(db)
                    .map { Household.ID($0) })
        }
    }
}
