import Foundation
import WeefselGraph

/// Keeping the neighbourhood's records: persons and organisations, households, moving house and
/// ties, by hand or from a partner's spreadsheet. Every write checks that the actor may make it,
/// keeps the record's invariants and leaves its audit entry in the same transaction.
public struct NeighbourhoodRecords: Sendable {
    let neighbourhood: any NeighbourhoodRepository
    /// Needs and offers: a person's page lists theirs, and a person who has any is erased, not removed.
    let matching: any MatchingRepository
    /// The folded names and addresses searches compare, kept until the data change.
    let searchIndex: SearchIndex

    /// The node with `id` and its household, when `actor` may see them; anything else is not found.
    ///
    /// - Throws: `Problem.forbidden` for viewers, who see figures and pseudonymised maps only;
    ///   `Problem.notFound` for an unknown id or one outside the actor's sight.
    public func node(_ id: Node.ID, for actor: Actor) throws -> (Node, Household?) {
        guard actor.role != .viewer else { throw Problem.forbidden }
        guard let node = try neighbourhood.node(id) else { throw Problem.notFound(id.rawValue) }
        let household = try node.household.flatMap { try neighbourhood.household($0) }
        guard Visibility(actor).sees(node, household: household) else { throw Problem.notFound(id.rawValue) }
        return (node, household)
    }

    /// The node with `id` when `actor` may see them for matching: in their wijken, and for
    /// coordinators only with consent to matching (coordinators see no other person record).
    static func nodeForMatching(_ id: Node.ID, in records: any NeighbourhoodRepository, for actor: Actor) throws -> Node
    {
        guard let node = try records.node(id) else { throw Problem.notFound(id.rawValue) }
        let household = try node.household.flatMap { try records.household($0) }
        guard Visibility(actor).sees(node, household: household) else { throw Problem.notFound(id.rawValue) }
        return node
    }

    /// Adds a person or organisation, with their household when it is new.
    ///
    /// A resident's wijk is their household's: a node in a household with a wijk takes that wijk.
    ///
    /// - Throws: `Problem.forbidden` for a role that keeps no records or a wijk outside the
    ///   actor's sight; `Problem.wijkFollowsHousehold` for a wijk that differs from the household's.
    public func add(_ node: Node, household: Household?, by actor: Actor) throws {
        try requireRecordKeeper(actor)
        try Self.checkText(of: node, household: household)
        let stored = try node.household.flatMap { try neighbourhood.household($0) }
        if let stored, !Visibility(actor).sees(wijk: stored.wijk) { throw Problem.notFound(stored.id.rawValue) }
        let home = household ?? stored
        let node = try settled(node, in: home)
        try requireInSight(node, household: home, actor)
        try neighbourhood.add(node, household: household, audit: actor.auditContext)
    }

    /// Replaces what is stored about an existing node; `household`, when given, is created or its
    /// address updated. Moving to another household goes through ``move(_:to:by:)``.
    ///
    /// - Throws: `Problem.notFound` when the actor may not see the node; `Problem.forbidden` when
    ///   the change would take it out of their sight; `Problem.wijkFollowsHousehold` when only the
    ///   wijk of a resident in a household changes.
    public func update(_ node: Node, household: Household?, by actor: Actor) throws {
        try requireRecordKeeper(actor)
        _ = try self.node(node.id, for: actor)
        try Self.checkText(of: node, household: household)
        let home = try household ?? node.household.flatMap { try neighbourhood.household($0) }
        let node = try settled(node, in: home)
        try requireInSight(node, household: home, actor)
        try neighbourhood.update(node, household: household, audit: actor.auditContext)
    }

    /// Moves a person to another household (new or existing): their wijk becomes the household's.
    public func move(_ id: Node.ID, to household: Household, by actor: Actor) throws {
        try requireRecordKeeper(actor)
        try Self.checkText(of: nil, household: household)
        var (node, _) = try self.node(id, for: actor)
        let stored = try neighbourhood.household(household.id)
        let home =
            stored.map { existing in
                var merged = existing
                if let street = household.street { merged.street = street }
                if let number = household.houseNumber { merged.houseNumber = number }
                if let postcode = household.postcode { merged.postcode = postcode }
                if let wijk = household.wijk { merged.wijk = wijk }
                return merged
            } ?? household
        if let existing = stored, !Visibility(actor).sees(wijk: existing.wijk) {
            throw Problem.notFound(existing.id.rawValue)
        }
        node.household = home.id
        node.wijk = home.wijk ?? node.wijk
        try requireInSight(node, household: home, actor)
        try neighbourhood.update(node, household: home, audit: actor.auditContext)
    }

    /// Removes a person or organisation and their ties.
    ///
    /// - Throws: `Problem.hasMatchingHistory` when needs, offers or matches name them: the funder
    ///   reports count those, so the person is erased instead, which keeps them as anonymous rows.
    public func remove(_ id: Node.ID, by actor: Actor) throws -> Int {
        try requireRecordKeeper(actor)
        _ = try node(id, for: actor)
        guard try !matching.hasMatchingHistory(id) else { throw Problem.hasMatchingHistory(id) }
        return try neighbourhood.removeNode(id, audit: actor.auditContext)
    }

    /// Adds a tie between two people or organisations the actor may both see.
    ///
    /// - Throws: `Problem.invalid` for a tie that begins after today.
    public func add(_ tie: Tie, today: Day = .dutchToday, by actor: Actor) throws {
        try requireRecordKeeper(actor)
        if let since = tie.since, since > today {
            throw Problem.invalid(field: "since", reason: .inTheFuture(since.description))
        }
        try RecordText.checkText(tie.note, field: "note", multiline: true)
        _ = try node(tie.source, for: actor)
        _ = try node(tie.target, for: actor)
        try neighbourhood.add(tie, audit: actor.auditContext)
    }

    /// Changes the strength, dates or note of a tie, or ends it (its `until`).
    public func update(_ tie: Tie, by actor: Actor) throws {
        try requireRecordKeeper(actor)
        _ = try node(tie.source, for: actor)
        _ = try node(tie.target, for: actor)
        try neighbourhood.update(tie, audit: actor.auditContext)
    }

    /// Ends a tie as of `day`: from that day on it no longer counts, on any page, map or analysis
    /// (its last day, `until`, is the day before, or the day it began).
    ///
    /// - Throws: `Problem.invalid` for a day after `today`; as ``update(_:by:)`` otherwise.
    public func end(_ tie: Tie, on day: Day, today: Day = .dutchToday, by actor: Actor) throws {
        guard day <= today else { throw Problem.invalid(field: "until", reason: .inTheFuture(day.description)) }
        var ended = tie
        let last = Day(ordinal: day.ordinal - 1)
        ended.until = max(last, tie.since ?? last)
        try update(ended, by: actor)
    }

    /// Removes a tie recorded in error (ending it keeps the history instead).
    public func removeTie(between a: Node.ID, and b: Node.ID, kind: Tie.Kind, by actor: Actor) throws {
        try requireRecordKeeper(actor)
        _ = try node(a, for: actor)
        _ = try node(b, for: actor)
        try neighbourhood.removeTie(between: a, and: b, kind: kind, audit: actor.auditContext)
    }

    /// Imports a partner's nodes and ties files, all or nothing, on record as the actor's.
    ///
    /// What the file may touch is decided from what is stored, not from what the file says: a
    /// person or household that exists must be in the actor's sight (else it is not found, as if
    /// it did not exist), a new person lands in their household's stored wijk, and a tie's ends
    /// must be in sight.
    ///
    /// - Throws: `Problem.notFound` for a stored record out of sight, `Problem.outsideYourWijken`
    ///   for a new record outside the actor's wijken, the import's problems for a bad file.
    public func importNeighbourhood(_ files: [ImportFile], by actor: Actor) throws -> (Neighbourhood, ImportSummary) {
        try requireRecordKeeper(actor)
        if Visibility(actor).wijken != nil { try checkScope(of: try neighbourhood.readImport(files), for: actor) }
        return try neighbourhood.importNeighbourhood(files, audit: actor.auditContext)
    }

    private func checkScope(of file: Neighbourhood, for actor: Actor) throws {
        let visibility = Visibility(actor)
        var households: [Household.ID: Household] = [:]
        for household in file.households {
            if let stored = try neighbourhood.household(household.id) {
                let members = try neighbourhood.members(of: household.id)
                guard visibility.sees(wijk: stored.wijk), members.allSatisfy({ visibility.sees($0, household: stored) })
                else { throw Problem.notFound(household.id.rawValue) }
                households[household.id] = stored
            } else {
                households[household.id] = household
            }
        }
        var inFile: Set<Node.ID> = []
        for node in file.nodes {
            if try neighbourhood.node(node.id) != nil { _ = try self.node(node.id, for: actor) }
            let home = node.household.flatMap { households[$0] }
            let settled = try settled(node, in: home)
            try requireInSight(settled, household: home, actor)
            inFile.insert(node.id)
        }
        for tie in file.ties {
            for end in [tie.source, tie.target] where !inFile.contains(end) { _ = try node(end, for: actor) }
        }
    }

    /// The household with `id` and its members, sorted by id, when `actor` may see it.
    public func household(_ id: Household.ID, for actor: Actor) throws -> (Household, [Node]) {
        guard actor.role != .viewer, let household = try neighbourhood.household(id) else {
            throw Problem.notFound(id.rawValue)
        }
        let members = try neighbourhood.members(of: id)
        guard Visibility(actor).sees(household, members: members) else { throw Problem.notFound(id.rawValue) }
        return (household, members)
    }

    /// Persons and organisations in `actor`'s sight, sorted by id, optionally of a kind or matching
    /// a text (a name, a street or an id).
    ///
    /// A search looks only at what the actor may read: coordinators, who see people by their code,
    /// find them by their code alone, never by a name or a street they may not see.
    public func nodes(kind: Node.Kind? = nil, matching text: String? = nil, for actor: Actor) throws -> [Node] {
        guard actor.role != .viewer else { throw Problem.forbidden }
        let visibility = Visibility(actor)
        let byCodeOnly = visibility.matchingConsentOnly && text.map { !$0.isEmpty } == true
        let searched = byCodeOnly ? nil : text
        let nodes: [Node]
        if let wijken = visibility.wijken {
            nodes = try wijken.flatMap { try neighbourhood.nodes(kind: kind, wijk: $0, matching: searched) }.sorted {
                $0.id < $1.id
            }
        } else {
            nodes = try neighbourhood.nodes(kind: kind, wijk: nil, matching: searched)
        }
        return nodes.filter { node in
            guard !visibility.matchingConsentOnly || node.consent.contains(.matching) else { return false }
            guard byCodeOnly, let text else { return true }
            return node.id.rawValue.range(of: text.trimmingCharacters(in: .whitespaces), options: .caseInsensitive)
                != nil
        }
    }

    /// The persons and organisations in `actor`'s sight that answer `search`, best first (then by
    /// name and code), `limit` from `offset`, with how many answer in all. Coordinators search
    /// codes only, among people who consented to matching.
    ///
    /// - Throws: `Problem.forbidden` for viewers.
    /// - Complexity: O(n·w) for n persons in sight and w words, plus sorting the hits.
    public func search(
        _ text: String, kind: Node.Kind? = nil, offset: Int = 0, limit: Int = 25, for actor: Actor
    ) throws -> SearchResults {
        guard actor.role != .viewer else { throw Problem.forbidden }
        let visibility = Visibility(actor)
        let search = PersonSearch(text, codesOnly: visibility.matchingConsentOnly)
        guard !search.isEmpty else { return SearchResults(hits: [], total: 0, offset: 0) }
        var scored: [(hit: PersonHit, score: Int, name: String)] = []
        for entry in try searchIndex.entries({ try neighbourhood.neighbourhood() }) {
            let node = entry.node
            guard kind == nil || node.kind == kind, visibility.sees(node, household: entry.household) else { continue }
            guard !visibility.matchingConsentOnly || node.consent.contains(.matching) else { continue }
            guard let score = search.score(entry.fields) else { continue }
            scored.append((PersonHit(node: node, household: entry.household), score, entry.fields.name))
        }
        scored.sort {
            ($0.score, $1.name, $1.hit.node.id) > ($1.score, $0.name, $0.hit.node.id)
        }
        let start = min(max(0, offset), scored.count)
        let count = min(max(1, limit), scored.count - start)
        let hits = scored[start..<start + count].map(\.hit)
        return SearchResults(hits: hits, total: scored.count, offset: start)
    }

    /// How many persons and organisations of each kind, and how many households, are in the
    /// actor's wijken: counts only, which every role may see.
    public func counts(for actor: Actor) throws -> (nodes: [Node.Kind: Int], households: Int) {
        let visibility = Visibility(actor)
        let nodes: [Node]
        if let wijken = visibility.wijken {
            nodes = try wijken.flatMap { try neighbourhood.nodes(kind: nil, wijk: $0, matching: nil) }
        } else {
            nodes = try neighbourhood.nodes(kind: nil, wijk: nil, matching: nil)
        }
        let counted = nodes.filter { !visibility.matchingConsentOnly || $0.consent.contains(.matching) }
        var kinds: [Node.Kind: Int] = [:]
        for node in counted { kinds[node.kind, default: 0] += 1 }
        return (kinds, Set(counted.compactMap(\.household)).count)
    }

    /// A record the actor writes must stay in their sight: in their wijken, and in a wijk at all.
    private func requireInSight(_ node: Node, household: Household?, _ actor: Actor) throws {
        let visibility = Visibility(actor)
        guard visibility.sees(node, household: household) else {
            throw Problem.outsideYourWijken(visibility.wijken ?? [])
        }
    }

    /// Workers and admins keep records, and the local operator; coordinators and viewers do not.
    func requireRecordKeeper(_ actor: Actor) throws {
        guard [.admin, .worker].contains(actor.role) else { throw Problem.forbidden }
    }

    /// `node` with the wijk of its household: a resident's wijk is where they live. Another wijk
    /// for someone in a household is refused, since it would put the person and their address in
    /// two different wijken (and so in sight of two different teams).
    private func settled(_ node: Node, in household: Household?) throws -> Node {
        guard let household, let wijk = household.wijk else { return node }
        var node = node
        if let given = node.wijk, given != wijk {
            throw Problem.wijkFollowsHousehold(node.id, household: household.id)
        }
        node.wijk = wijk
        return node
    }
}
