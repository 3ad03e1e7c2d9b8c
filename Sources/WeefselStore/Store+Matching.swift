import Foundation
import GRDB
import WeefselGraph
import WeefselMatching

extension Store {
    /// The matching tables: programmes, needs, offers, matches and the steps of each match.
    static func registerMatchingMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v1 matching") { db in
            try db.create(table: "programme") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("externalId", .text).notNull().unique()
                t.column("definition", .text).notNull()
            }
            for table in ["need", "offer"] {
                try db.create(table: table) { t in Store.defineSide(t, table: table, anonymisable: false) }
            }
            try db.create(table: "matchPair") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("externalId", .text).notNull().unique()
                t.belongsTo("need", onDelete: .cascade).notNull()
                t.belongsTo("offer", onDelete: .cascade).notNull()
                t.column("programme", .text).notNull()
                t.column("score", .double)
            }
            try db.create(table: "matchEvent") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("match", inTable: "matchPair", onDelete: .cascade).notNull()
                t.column("position", .integer).notNull()
                t.column("state", .text).notNull()
                    .check { ["proposed", "introduced", "trial", "active", "ended", "declined"].contains($0) }
                t.column("day", .text).notNull()
                t.column("side", .text)
                t.column("endReason", .text)
                t.column("note", .text)
                t.uniqueKey(["matchId", "position"])
            }
        }
    }

    /// The columns of `need` or `offer`. Before erasure kept matching history (`anonymisable`
    /// false), a row went with its person or household; since, erasure sets the reference to null
    /// and only a closed row may name nobody.
    static func defineSide(_ t: TableDefinition, table: String, anonymisable: Bool) {
        let onDelete: Database.ForeignKeyAction = anonymisable ? .setNull : .cascade
        t.autoIncrementedPrimaryKey("id")
        t.column("externalId", .text).notNull().unique()
        t.column("programme", .text).notNull()
        t.belongsTo("person", inTable: "node", onDelete: onDelete)
        t.belongsTo("household", onDelete: onDelete)
        t.column("lifeAreas", .text).notNull().defaults(to: "")
        t.column("languages", .text).notNull().defaults(to: "")
        t.column("availability", .text).notNull().defaults(to: "altijd")
        t.column("gender", .text)
        t.column("preferredGender", .text)
        t.column("preferredAges", .text)
        if table == "need" {
            t.column("childBirthYears", .text).notNull().defaults(to: "")
            t.column("requestedOn", .text).notNull()
        } else {
            t.column("capacity", .integer).check { $0 >= 0 }
            t.column("screenedOn", .text)
            t.column("maxDistance", .double)
            t.column("offeredOn", .text).notNull()
        }
        t.column("status", .text).notNull().check { ["open", "closed"].contains($0) }
        t.column("closedOn", .text)
        t.column("notes", .text)
        t.check(
            sql: anonymisable
                ? "personId IS NOT NULL OR householdId IS NOT NULL OR status = 'closed'"
                : "personId IS NOT NULL OR householdId IS NOT NULL")
    }

    // MARK: Programmes

    /// The stored programmes by id; the built-in ones until a programme file was loaded.
    public func programmes() throws(StoreError) -> [Programme] {
        let stored = try read { db in try ProgrammeRecord.fetchAll(db, sql: "SELECT * FROM programme") }
        return stored.isEmpty
            ? Programme.builtIn.sorted { $0.id < $1.id } : stored.map(\.programme).sorted { $0.id < $1.id }
    }

    /// Replaces the stored programmes with `programmes` (for example `Data/programmes.json`).
    public func replaceProgrammes(_ programmes: [Programme]) throws(StoreError) {
        try write { db in
            try db.execute(sql: "DELETE FROM programme")
            for programme in programmes.sorted(by: { $0.id < $1.id }) {
                var record = ProgrammeRecord(programme)
                try record.insert(db)
            }
        }
    }

    // MARK: Needs and offers

    /// Adds a need, or replaces the need with the same id.
    ///
    /// - Throws: `StoreError` for an unknown programme, person or household, or a need naming nobody.
    public func save(_ need: Need, audit: AuditContext? = nil) throws(StoreError) {
        try write { db in
            try Store.save(need, in: db)
            try appendAudit(
                audit.map { [.init($0, .update, subjects: need.person.map { [$0] } ?? [])] } ?? [], in: db)
        }
    }

    /// Adds an offer, or replaces the offer with the same id.
    public func save(_ offer: Offer, audit: AuditContext? = nil) throws(StoreError) {
        try write { db in
            try Store.save(offer, in: db)
            try appendAudit(
                audit.map { [.init($0, .update, subjects: offer.person.map { [$0] } ?? [])] } ?? [], in: db)
        }
    }

    static func save(_ need: Need, in db: Database) throws {
        let (person, household) = try Store.who(need.id.rawValue, need.person, need.household, need.programme, in: db)
        let existing = try Int64.fetchOne(
            db, sql: "SELECT id FROM need WHERE externalId = ?", arguments: [need.id.rawValue])
        var record = NeedRecord(id: existing, personId: person, householdId: household, need)
        try record.save(db)
    }

    static func save(_ offer: Offer, in db: Database) throws {
        guard (offer.capacity ?? 1) >= 0 else {
            throw StoreError.invalid(field: "capacity", reason: "cannot be negative")
        }
        let (person, household) = try Store.who(
            offer.id.rawValue, offer.person, offer.household, offer.programme, in: db)
        let existing = try Int64.fetchOne(
            db, sql: "SELECT id FROM offer WHERE externalId = ?", arguments: [offer.id.rawValue])
        var record = OfferRecord(id: existing, personId: person, householdId: household, offer)
        try record.save(db)
    }

    /// Needs by id, optionally of one programme or status.
    public func needs(programme: Programme.ID? = nil, status: WeefselMatching.Status? = nil) throws(StoreError)
        -> [Need]
    {
        try read { db in try NeedRecord.fetchAll(db, sql: NeedRecord.selectWithWho + " ORDER BY need.externalId") }
            .map(\.need).filter {
                (programme == nil || $0.programme == programme) && (status == nil || $0.status == status)
            }
    }

    /// Offers by id, optionally of one programme or status.
    public func offers(programme: Programme.ID? = nil, status: WeefselMatching.Status? = nil) throws(StoreError)
        -> [Offer]
    {
        try read { db in try OfferRecord.fetchAll(db, sql: OfferRecord.selectWithWho + " ORDER BY offer.externalId") }
            .map(\.offer).filter {
                (programme == nil || $0.programme == programme) && (status == nil || $0.status == status)
            }
    }

    public func need(_ id: Need.ID) throws(StoreError) -> Need? {
        try read { db in
            try NeedRecord.fetchOne(
                db, sql: NeedRecord.selectWithWho + " WHERE need.externalId = ?", arguments: [id.rawValue])
        }?.need
    }

    public func offer(_ id: Offer.ID) throws(StoreError) -> Offer? {
        try read { db in
            try OfferRecord.fetchOne(
                db, sql: OfferRecord.selectWithWho + " WHERE offer.externalId = ?", arguments: [id.rawValue])
        }?.offer
    }

    private static func who(
        _ id: String, _ person: Node.ID?, _ household: Household.ID?, _ programme: Programme.ID, in db: Database
    ) throws -> (Int64?, Int64?) {
        guard person != nil || household != nil else {
            throw StoreError.invalid(field: id, reason: "names neither a person nor a household")
        }
        let known = try Store.programmeIDs(in: db)
        guard known.contains(programme) else {
            throw StoreError.invalid(field: "programme", reason: "unknown programme '\(programme)'")
        }
        let personRow = try person.map { id throws in try Store.nodeRowID(id, in: db) }
        let householdRow = try household.map { id throws -> Int64 in
            guard
                let row = try Int64.fetchOne(
                    db, sql: "SELECT id FROM household WHERE externalId = ?", arguments: [id.rawValue])
            else { throw StoreError.unknownHousehold(id) }
            return row
        }
        return (personRow, householdRow)
    }

    private static func programmeIDs(in db: Database) throws -> Set<Programme.ID> {
        let stored = try String.fetchAll(db, sql: "SELECT externalId FROM programme").map { Programme.ID($0) }
        return Set(stored.isEmpty ? Programme.builtIn.map(\.id) : stored)
    }

    // MARK: Matches

    /// Every match with its steps, by id.
    public func matches() throws(StoreError) -> [Match] {
        let rows = try read { db -> [(Row, [Match.Event])] in
            let matches = try Row.fetchAll(db, sql: MatchRecord.selectWithEnds + " ORDER BY matchPair.externalId")
            var events: [Int64: [Match.Event]] = [:]
            for record in try MatchEventRecord.fetchAll(db, sql: "SELECT * FROM matchEvent ORDER BY matchId, position")
            {
                events[record.matchId, default: []].append(record.event)
            }
            return matches.map { ($0, events[$0["id"] as Int64] ?? []) }
        }
        var out: [Match] = []
        for (row, events) in rows {
            do {
                out.append(
                    try Match(
                        id: Match.ID(row["externalId"] as String), need: Need.ID(row["needExternalId"] as String),
                        offer: Offer.ID(row["offerExternalId"] as String),
                        programme: Programme.ID(row["programme"] as String),
                        score: row["score"], events: events))
            } catch {
                throw .invalid(field: "match \(row["externalId"] as String)", reason: error.description)
            }
        }
        return out
    }

    public func match(_ id: Match.ID) throws(StoreError) -> Match? { try matches().first { $0.id == id } }

    /// Stores a match and its steps (adding it, or appending the steps recorded since it was
    /// loaded), and keeps its tie on the map: from its start the match is a tie of the programme's
    /// kind between the two people; when it ends the tie gets its end date.
    ///
    /// - Throws: `StoreError` for an unknown need or offer, or when the stored steps are not the
    ///   beginning of the match's steps.
    public func save(_ match: Match, tie: Tie? = nil) throws(StoreError) {
        try write { db in try Store.save(match, tie: tie, in: db) }
    }

    static func save(_ match: Match, tie: Tie?, in db: Database) throws {
        guard
            let needRow = try Int64.fetchOne(
                db, sql: "SELECT id FROM need WHERE externalId = ?", arguments: [match.need.rawValue]),
            let offerRow = try Int64.fetchOne(
                db, sql: "SELECT id FROM offer WHERE externalId = ?", arguments: [match.offer.rawValue])
        else { throw StoreError.invalid(field: "match \(match.id)", reason: "unknown need or offer") }
        let existing = try Int64.fetchOne(
            db, sql: "SELECT id FROM matchPair WHERE externalId = ?", arguments: [match.id.rawValue])
        var record = MatchRecord(
            id: existing, externalId: match.id.rawValue, needId: needRow, offerId: offerRow,
            programme: match.programme.rawValue, score: match.score)
        try record.save(db)
        guard let matchRow = record.id else { return }
        let stored =
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM matchEvent WHERE matchId = ?", arguments: [matchRow])
            ?? 0
        guard stored <= match.events.count else {
            throw StoreError.invalid(field: "match \(match.id)", reason: "has more stored steps than given")
        }
        for (position, event) in match.events.enumerated().dropFirst(stored) {
            var eventRecord = MatchEventRecord(matchId: matchRow, position: position, event)
            try eventRecord.insert(db)
        }
        if let tie { try Store.keep(tie, in: db) }
    }

    /// Adds the tie, or updates its dates and note when a tie of its kind between the two exists.
    private static func keep(_ tie: Tie, in db: Database) throws {
        try Store.validate(tie)
        let key = tie.key
        let low = try Store.nodeRowID(key.low, in: db)
        let high = try Store.nodeRowID(key.high, in: db)
        var stored = tie
        (stored.source, stored.target) = (key.low, key.high)
        let existing = try Int64.fetchOne(
            db, sql: "SELECT id FROM tie WHERE sourceId = ? AND targetId = ? AND kind = ?",
            arguments: [low, high, tie.kind])
        var record = TieRecord(id: existing, sourceId: low, targetId: high, stored)
        try record.save(db)
    }

    /// The neighbourhood, needs, offers and history as one matching problem for `today`.
    public func matchingProblem(today: Day, postcodes: PostcodeCentroids = .init()) throws(StoreError)
        -> MatchingProblem
    {
        let neighbourhood = try neighbourhood()
        do {
            return try MatchingProblem(
                programmes: try programmes(), needs: try needs(), offers: try offers(), history: try matches(),
                neighbourhood: neighbourhood, postcodes: postcodes, today: today)
        } catch let error as StoreError {
            throw error
        } catch let error as MatchingError {
            throw .invalid(field: "matching", reason: error.description)
        } catch {
            throw .database(Store.describe(error))
        }
    }
}
