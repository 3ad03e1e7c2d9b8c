import GRDB
import WeefselCore
import WeefselGraph
import WeefselMatching

/// The SQLite store is the default implementation of the core's storage interfaces.
extension Store: NeighbourhoodRepository, MatchingRepository, OutreachRepository, PrivacyRepository {
    public func importNeighbourhood(_ files: [ImportFile], audit: AuditContext?) throws -> (
        Neighbourhood, ImportSummary
    ) {
        try importCSV(files.map(CSVFile.init), audit: audit)
    }

    public func readImport(_ files: [ImportFile]) throws -> Neighbourhood {
        do {
            return try NeighbourhoodCSV.parse(files.map(CSVFile.init), existing: try nodeIDs())
        } catch let failure as ImportFailure {
            throw StoreError.importRefused(failure)
        }
    }

    public func importMatching(_ files: [ImportFile], today: Day, audit: AuditContext?) throws -> (
        needs: Int, offers: Int
    ) {
        try importMatchingCSV(files.map(CSVFile.init), today: today, audit: audit)
    }

    public func hasMatchingHistory(_ person: Node.ID) throws -> Bool {
        try read { db in
            guard
                let row = try Int64.fetchOne(
                    db, sql: "SELECT id FROM node WHERE externalId = ?", arguments: [person.rawValue])
            else { return false }
            return try Bool.fetchOne(
                db,
                sql: """
                    SELECT EXISTS (SELECT 1 FROM need WHERE personId = ?) OR EXISTS (SELECT 1 FROM offer WHERE personId = ?)
                    """, arguments: [row, row]) ?? false
        }
    }

    public func recordMatch(
        need: Need.ID, offer: Offer.ID, programme: Programme.ID, score: Double?, on day: Day, audit: AuditContext?
    ) throws -> Match {
        try write { db in
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
            let number = try Store.nextNumber(of: "match", in: db)
            let match = Match(
                id: Store.matchID(number), need: need, offer: offer, programme: programme, score: score,
                proposedOn: day)
            try Store.save(match, tie: nil, in: db)
            try appendAudit(
                audit.map { [.init($0, .create, subjects: try Store.persons(of: match, in: db))] } ?? [], in: db)
            return match
        }
    }

    public func save(_ match: Match, tie: Tie?, closing need: Need.ID?, audit: AuditContext?) throws {
        try write { db in
            try Store.save(match, tie: tie, in: db)
            if let need, let day = match.events.last?.on {
                try db.execute(
                    sql: "UPDATE need SET status = 'closed', closedOn = ? WHERE externalId = ? AND status = 'open'",
                    arguments: [day.description, need.rawValue])
            }
            try appendAudit(
                audit.map { [.init($0, .update, subjects: try Store.persons(of: match, in: db))] } ?? [], in: db)
        }
    }

    /// The next number of a named sequence, taken inside the caller's write transaction.
    static func nextNumber(of sequence: String, in db: Database) throws -> Int {
        try db.execute(
            sql: "INSERT INTO sequence (name, value) VALUES (?, 0) ON CONFLICT (name) DO NOTHING", arguments: [sequence]
        )
        guard
            let value = try Int.fetchOne(
                db, sql: "UPDATE sequence SET value = value + 1 WHERE name = ? RETURNING value", arguments: [sequence])
        else { throw StoreError.database("the sequence \(sequence) did not advance") }
        return value
    }

    /// The persons on both sides of a match, for its audit entry.
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

extension CSVFile {
    init(_ file: ImportFile) {
        self.init(
            name: file.name, bytes: file.bytes, kind: file.table.map { $0 == .nodes ? .nodes : .ties },
            keepsOwnColumns: file.keepsOwnColumns)
    }
}

extension Store: AnalysisSource, AccountRepository, AuditRepository, SnapshotRepository {}
