import GRDB
import WeefselCore
import WeefselGraph
import WeefselMatching

/// Matches and their steps, from proposal to their end, with the tie each keeps on the map.
extension MatchingStore {
    /// Every match with its steps, by id.
    public func matches() throws(StoreError) -> [Match] {
        let rows = try database.read { db -> [(Row, [Match.Event])] in
            let matches = try Row.fetchAll(db, sql: MatchRecord.selectWithEnds + " ORDER BY matchPair.externalId")
            var events: [Int64: [Match.Event]] = [:]
            let steps = MatchEventRecord.order(MatchEventRecord.Columns.matchId, MatchEventRecord.Columns.position)
            for record in try steps.fetchAll(db) {
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
        try database.write { db in try Self.save(match, tie: tie, in: db) }
    }

    static func save(_ match: Match, tie: Tie?, in db: Database) throws {
        guard
            let needRow = try NeedRecord.rowID(of: match.need.rawValue, in: db),
            let offerRow = try OfferRecord.rowID(of: match.offer.rawValue, in: db)
        else { throw StoreError.invalid(field: "match \(match.id)", reason: "unknown need or offer") }
        let existing = try MatchRecord.filter(MatchRecord.Columns.externalId == match.id.rawValue)
            .select(MatchRecord.Columns.id, as: Int64.self).fetchOne(db)
        var record = MatchRecord(
            id: existing, externalId: match.id.rawValue, needId: needRow, offerId: offerRow,
            programme: match.programme.rawValue, score: match.score)
        try record.save(db)
        guard let matchRow = record.id else { return }
        let stored =
            try MatchEventRecord.filter(MatchEventRecord.Columns.matchId == matchRow).fetchCount(db)
        guard stored <= match.events.count else {
            throw StoreError.invalid(field: "match \(match.id)", reason: "has more stored steps than given")
        }
        for (position, event) in match.events.enumerated().dropFirst(stored) {
            var eventRecord = MatchEventRecord(matchId: matchRow, position: position, event)
            try eventRecord.insert(db)
        }
        if let tie { try Self.keep(tie, in: db) }
    }

    /// Adds the tie, or updates its dates and note when a tie of its kind between the two exists.
    private static func keep(_ tie: Tie, in db: Database) throws {
        try NeighbourhoodStore.validate(tie)
        let key = tie.key
        let low = try NeighbourhoodStore.nodeRowID(key.low, in: db)
        let high = try NeighbourhoodStore.nodeRowID(key.high, in: db)
        var stored = tie
        (stored.source, stored.target) = (key.low, key.high)
        let existing = try TieRecord.between(low, high, kind: tie.kind)
            .select(TieRecord.Columns.id, as: Int64.self).fetchOne(db)
        var record = TieRecord(id: existing, sourceId: low, targetId: high, stored)
        try record.save(db)
    }

    /// The neighbourhood, needs, offers and history as one matching problem for `today`.
    public func matchingProblem(today: Day, postcodes: PostcodeCentroids = .init()) throws(StoreError)
        -> MatchingProblem
    {
        let neighbourhood = try database.neighbourhood.neighbourhood()
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

    /// Records a new match in state `proposed` in one transaction that takes its id from the
    /// register's sequence (`M0001`, `M0002`, ...) and refuses a need that already has a live match.
    public func recordMatch(
        need: Need.ID, offer: Offer.ID, programme: Programme.ID, score: Double?, on day: Day, audit: AuditContext?
    ) throws(StoreError) -> Match {
        try database.write { db in
            let live =
                try Bool.fetchOne(
                    db,
                    sql: """
                        SELECT EXISTS (SELECT 1 FROM matchPair JOIN need ON need.id = matchPair.needId
                        WHERE need.externalId = ? AND (SELECT state FROM matchEvent WHERE matchId = matchPair.id
                            ORDER BY position DESC LIMIT 1) NOT IN ('ended', 'declined'))
                        """, arguments: [need.rawValue]) ?? false
            guard !live else {
                throw StoreError.invalid(field: "need", reason: "need '\(need)' already has a live match")
            }
            let number = try NamedSequence.next("match", in: db)
            let match = Match(
                id: Self.matchID(number), need: need, offer: offer, programme: programme, score: score,
                proposedOn: day)
            try Self.save(match, tie: nil, in: db)
            try database.appendAudit(
                audit.map { [.init($0, .create, subjects: try Self.persons(of: match, in: db))] } ?? [], in: db)
            return match
        }
    }

    /// Stores the new steps of a match in one transaction, with its tie on the map and, when
    /// `closing` is given, that need closed on the match's last day.
    public func save(_ match: Match, tie: Tie?, closing need: Need.ID?, audit: AuditContext?) throws(StoreError) {
        try database.write { db in
            try Self.save(match, tie: tie, in: db)
            if let need, let day = match.events.last?.on {
                try db.execute(
                    sql: "UPDATE need SET status = 'closed', closedOn = ? WHERE externalId = ? AND status = 'open'",
                    arguments: [day.description, need.rawValue])
            }
            try database.appendAudit(
                audit.map { [.init($0, .update, subjects: try Self.persons(of: match, in: db))] } ?? [], in: db)
        }
    }

    /// The external id of the match numbered `number` in the register: `M0001`, `M0002`, ...
    static func matchID(_ number: Int) -> Match.ID {
        let digits = String(number)
        return Match.ID("M" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits)
    }

    /// The persons on both sides of a match, for its audit entry, inside the caller's transaction.
    static func persons(of match: Match, in db: Database) throws -> [Node.ID] {
        let ids = try String.fetchAll(
            db,
            sql: """
                SELECT node.externalId FROM need JOIN node ON node.id = need.personId WHERE need.externalId = ?
                UNION SELECT node.externalId FROM offer JOIN node ON node.id = offer.personId WHERE offer.externalId = ?
                """, arguments: [match.need.rawValue, match.offer.rawValue])
        return ids.map { Node.ID($0) }.sorted()
    }
}
