import GRDB
import WeefselCore
import WeefselGraph

/// The bulk writes of an import: households, nodes and ties added or updated by their external
/// ids with prepared statements, inside the caller's transaction.
extension NeighbourhoodStore {
    static func importNeighbourhood(_ neighbourhood: Neighbourhood, into db: Database) throws -> ImportSummary {
        var summary = try importNodes(neighbourhood.nodes, households: neighbourhood.households, into: db)
        try importTies(neighbourhood.ties, into: db, summary: &summary)
        return summary
    }

    /// Adds or updates households and then nodes; the first half of `importNeighbourhood`.
    static func importNodes(_ nodes: [Node], households: [Household], into db: Database) throws -> ImportSummary {
        var summary = ImportSummary()

        let householdsBefore = try Int.fetchOne(db, sql: "SELECT count(*) FROM household") ?? 0
        var upsertHousehold = try BulkInsert(
            db, into: "household",
            "INSERT INTO household (externalId, street, houseNumber, postcode, wijk, latitude, longitude)",
            columns: 7,
            """
            ON CONFLICT (externalId) DO UPDATE SET
                street = coalesce(excluded.street, street),
                houseNumber = coalesce(excluded.houseNumber, houseNumber),
                postcode = coalesce(excluded.postcode, postcode), wijk = coalesce(excluded.wijk, wijk),
                latitude = coalesce(excluded.latitude, latitude), longitude = coalesce(excluded.longitude, longitude)
            WHERE coalesce(excluded.street, street) IS NOT street
                OR coalesce(excluded.houseNumber, houseNumber) IS NOT houseNumber
                OR coalesce(excluded.postcode, postcode) IS NOT postcode OR coalesce(excluded.wijk, wijk) IS NOT wijk
                OR coalesce(excluded.latitude, latitude) IS NOT latitude
                OR coalesce(excluded.longitude, longitude) IS NOT longitude
            """)
        for household in households {
            upsertHousehold.bind(1, household.id.rawValue)
            upsertHousehold.bind(2, household.street)
            upsertHousehold.bind(3, household.houseNumber)
            upsertHousehold.bind(4, household.postcode)
            upsertHousehold.bind(5, household.wijk)
            upsertHousehold.bind(6, household.latitude)
            upsertHousehold.bind(7, household.longitude)
            try upsertHousehold.addRow(db)
        }
        let householdChanges = try upsertHousehold.finish(db)
        let householdsAfter = try Int.fetchOne(db, sql: "SELECT count(*) FROM household") ?? 0
        summary.householdsAdded = householdsAfter - householdsBefore
        summary.householdsUpdated = householdChanges - summary.householdsAdded

        var householdRow: [String: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, externalId FROM household") {
            householdRow[row[1]] = row[0]
        }

        let nodesBefore = try Int.fetchOne(db, sql: "SELECT count(*) FROM node") ?? 0
        let nodeIndexes = try SecondaryIndexes(
            ["node_on_name", "node_on_householdId"], deferredIf: nodesBefore == 0 && nodes.count > 10_000,
            in: db)
        var upsertNode = try BulkInsert(
            db, into: "node",
            """
            INSERT INTO node (externalId, kind, name, householdId, roles, birthYear, languages, skills, interests,
                wijk, consent)
            """,
            columns: 11,
            """
            ON CONFLICT (externalId) DO UPDATE SET
                kind = excluded.kind, name = excluded.name, householdId = excluded.householdId,
                roles = excluded.roles, birthYear = excluded.birthYear, languages = excluded.languages,
                skills = excluded.skills, interests = excluded.interests, wijk = excluded.wijk,
                consent = excluded.consent
            WHERE kind IS NOT excluded.kind OR name IS NOT excluded.name
                OR householdId IS NOT excluded.householdId OR roles IS NOT excluded.roles
                OR birthYear IS NOT excluded.birthYear OR languages IS NOT excluded.languages
                OR skills IS NOT excluded.skills OR interests IS NOT excluded.interests
                OR wijk IS NOT excluded.wijk OR consent IS NOT excluded.consent
            """)
        for node in nodes {
            var householdId: Int64?
            if let household = node.household {
                guard let row = householdRow[household.rawValue] else {
                    throw StoreError.unknownHousehold(household)
                }
                householdId = row
            }
            upsertNode.bind(1, node.id.rawValue)
            upsertNode.bind(2, node.kind.rawValue)
            upsertNode.bind(3, node.name)
            upsertNode.bind(4, householdId)
            upsertNode.bind(5, ListColumn.encode(node.roles.sorted().map(\.rawValue)))
            upsertNode.bind(6, node.birthYear.map(Int64.init))
            upsertNode.bind(7, ListColumn.encode(node.languages))
            upsertNode.bind(8, ListColumn.encode(node.skills))
            upsertNode.bind(9, ListColumn.encode(node.interests))
            upsertNode.bind(10, node.wijk)
            upsertNode.bind(11, ListColumn.encode(node.consent.sorted().map(\.rawValue)))
            try upsertNode.addRow(db)
        }
        let nodeChanges = try upsertNode.finish(db)
        try nodeIndexes.rebuild(in: db)
        let nodesAfter = try Int.fetchOne(db, sql: "SELECT count(*) FROM node") ?? 0
        summary.nodesAdded = nodesAfter - nodesBefore
        summary.nodesUpdated = nodeChanges - summary.nodesAdded
        summary.nodesUnchanged = nodes.count - nodeChanges
        return summary
    }

    /// Adds or updates ties between stored nodes; the second half of `importNeighbourhood`.
    static func importTies(_ ties: [Tie], into db: Database, summary: inout ImportSummary) throws {
        guard !ties.isEmpty else { return }
        let nodesAfter = try Int.fetchOne(db, sql: "SELECT count(*) FROM node") ?? 0
        var nodeRow: [String: Int64] = [:]
        nodeRow.reserveCapacity(nodesAfter)
        let rows = try Row.fetchCursor(db, sql: "SELECT id, externalId FROM node")
        while let row = try rows.next() {
            nodeRow[row[1]] = row[0]
        }
        let tiesBefore = try Int.fetchOne(db, sql: "SELECT count(*) FROM tie") ?? 0
        let tieIndexes = try SecondaryIndexes(
            ["tie_on_targetId"], deferredIf: tiesBefore == 0 && ties.count > 10_000, in: db)
        var upsertTie = try BulkInsert(
            db, into: "tie", "INSERT INTO tie (sourceId, targetId, kind, strength, since, until, recordedBy, note)",
            columns: 8,
            """
            ON CONFLICT (sourceId, targetId, kind) DO UPDATE SET
                strength = excluded.strength, since = excluded.since, until = excluded.until,
                recordedBy = excluded.recordedBy, note = excluded.note
            WHERE strength IS NOT excluded.strength OR since IS NOT excluded.since
                OR until IS NOT excluded.until OR recordedBy IS NOT excluded.recordedBy
                OR note IS NOT excluded.note
            """)
        // Ties in the order of their stored ends, so the unique index grows at its end.
        var tieRows: [(low: Int64, high: Int64, tie: Int)] = []
        tieRows.reserveCapacity(ties.count)
        for (index, tie) in ties.enumerated() {
            let key = tie.key
            guard let low = nodeRow[key.low.rawValue] else { throw StoreError.unknownNode(key.low) }
            guard let high = nodeRow[key.high.rawValue] else { throw StoreError.unknownNode(key.high) }
            guard low != high else {
                throw StoreError.invalid(field: "tie", reason: "a tie from '\(key.low)' to itself")
            }
            tieRows.append((low, high, index))
        }
        tieRows.sort { ($0.low, $0.high, $0.tie) < ($1.low, $1.high, $1.tie) }
        for row in tieRows {
            let tie = ties[row.tie]
            upsertTie.bind(1, row.low)
            upsertTie.bind(2, row.high)
            upsertTie.bind(3, tie.kind.rawValue)
            upsertTie.bind(4, Int64(tie.strength.rawValue))
            upsertTie.bind(5, tie.since)
            upsertTie.bind(6, tie.until)
            upsertTie.bind(7, tie.recordedBy)
            upsertTie.bind(8, tie.note)
            try upsertTie.addRow(db)
        }
        let tieChanges = try upsertTie.finish(db)
        try tieIndexes.rebuild(in: db)
        let tiesAfter = try Int.fetchOne(db, sql: "SELECT count(*) FROM tie") ?? 0
        summary.tiesAdded = tiesAfter - tiesBefore
        summary.tiesUpdated = tieChanges - summary.tiesAdded
        summary.tiesUnchanged = ties.count - tieChanges
    }
}
