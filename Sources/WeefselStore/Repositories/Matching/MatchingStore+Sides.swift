import GRDB
import WeefselCore
import WeefselGraph
import WeefselMatching

/// Needs and offers: who asks and who offers, in which programme.
extension MatchingStore {
    /// Adds a need, or replaces the need with the same id.
    ///
    /// - Throws: `StoreError` for an unknown programme, person or household, or a need naming nobody.
    public func save(_ need: Need, audit: AuditContext? = nil) throws(StoreError) {
        try database.write { db in
            try Self.save(need, in: db)
            try database.appendAudit(
                audit.map { [.init($0, .update, subjects: need.person.map { [$0] } ?? [])] } ?? [], in: db)
        }
    }

    /// Adds an offer, or replaces the offer with the same id.
    public func save(_ offer: Offer, audit: AuditContext? = nil) throws(StoreError) {
        try database.write { db in
            try Self.save(offer, in: db)
            try database.appendAudit(
                audit.map { [.init($0, .update, subjects: offer.person.map { [$0] } ?? [])] } ?? [], in: db)
        }
    }

    static func save(_ need: Need, in db: Database) throws {
        let (person, household) = try Self.who(need.id.rawValue, need.person, need.household, need.programme, in: db)
        let existing = try NeedRecord.rowID(of: need.id.rawValue, in: db)
        var record = NeedRecord(id: existing, personId: person, householdId: household, need)
        try record.save(db)
    }

    static func save(_ offer: Offer, in db: Database) throws {
        guard (offer.capacity ?? 1) >= 0 else {
            throw StoreError.invalid(field: "capacity", reason: "cannot be negative")
        }
        let (person, household) = try Self.who(
            offer.id.rawValue, offer.person, offer.household, offer.programme, in: db)
        let existing = try OfferRecord.rowID(of: offer.id.rawValue, in: db)
        var record = OfferRecord(id: existing, personId: person, householdId: household, offer)
        try record.save(db)
    }

    /// Needs by id, optionally of one programme or status.
    public func needs(programme: Programme.ID? = nil, status: WeefselMatching.Status? = nil) throws(StoreError)
        -> [Need]
    {
        try database.read { db in
            try NeedRecord.fetchAll(db, sql: NeedRecord.selectWithWho + " ORDER BY need.externalId")
        }
        .map(\.need).filter {
            (programme == nil || $0.programme == programme) && (status == nil || $0.status == status)
        }
    }

    /// Offers by id, optionally of one programme or status.
    public func offers(programme: Programme.ID? = nil, status: WeefselMatching.Status? = nil) throws(StoreError)
        -> [Offer]
    {
        try database.read { db in
            try OfferRecord.fetchAll(db, sql: OfferRecord.selectWithWho + " ORDER BY offer.externalId")
        }
        .map(\.offer).filter {
            (programme == nil || $0.programme == programme) && (status == nil || $0.status == status)
        }
    }

    public func need(_ id: Need.ID) throws(StoreError) -> Need? {
        try database.read { db in
            try NeedRecord.fetchOne(
                db, sql: NeedRecord.selectWithWho + " WHERE need.externalId = ?", arguments: [id.rawValue])
        }?.need
    }

    public func offer(_ id: Offer.ID) throws(StoreError) -> Offer? {
        try database.read { db in
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
        let known = try Self.programmeIDs(in: db)
        guard known.contains(programme) else {
            throw StoreError.invalid(field: "programme", reason: "unknown programme '\(programme)'")
        }
        let personRow = try person.map { id throws in try NeighbourhoodStore.nodeRowID(id, in: db) }
        let householdRow = try household.map { id throws -> Int64 in
            guard let row = try HouseholdRecord.rowID(of: id, in: db) else { throw StoreError.unknownHousehold(id) }
            return row
        }
        return (personRow, householdRow)
    }

    private static func programmeIDs(in db: Database) throws -> Set<Programme.ID> {
        let stored = try String.fetchAll(db, sql: "SELECT externalId FROM programme").map { Programme.ID($0) }
        return Set(stored.isEmpty ? Programme.builtIn.map(\.id) : stored)
    }
}
