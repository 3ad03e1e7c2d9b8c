import WeefselGraph

/// Outreach (*eropaf*): the visits of a wijkteam to the households on its worklist, and the
/// contacts those visits make.
public struct Outreach: Sendable {
    let outreach: any OutreachRepository
    let records: NeighbourhoodRecords

    /// Who a visit put the household in touch with, for a visit that made contact.
    public struct Contact: Sendable {
        /// The member of the household (the first by id when nil).
        public var member: Node.ID?
        public var person: Node.ID
        public var kind: Tie.Kind
        public var strength: Tie.Strength
        /// The note on the tie, in the worker's language.
        public var note: String

        public init(member: Node.ID?, person: Node.ID, kind: Tie.Kind, strength: Tie.Strength, note: String) {
            self.member = member
            self.person = person
            self.kind = kind
            self.strength = strength
            self.note = note
        }
    }

    /// Records a visit to a household of the actor's wijken; a visit that made contact records the
    /// tie between a member and the contact in the same transaction, dated the day of the visit.
    ///
    /// - Throws: `Problem.notFound` for a household or contact out of sight; `Problem.invalid` for
    ///   a visit after `today`, a member who does not live there or a kind of tie that is not informal.
    public func recordVisit(_ visit: Visit, contact: Contact?, today: Day = .dutchToday, by actor: Actor) throws {
        guard [.admin, .worker].contains(actor.role) else { throw Problem.forbidden }
        guard visit.day <= today else {
            throw Problem.invalid(field: "day", reason: .inTheFuture(visit.day.description))
        }
        let (_, members) = try records.household(visit.household, for: actor)
        var visit = visit
        var tie: Tie?
        if visit.outcome == .contactMade {
            guard let contact else { throw Problem.invalid(field: "contact", reason: .empty) }
            let (other, _) = try records.node(contact.person, for: actor)
            guard let member = contact.member ?? members.first?.id, members.contains(where: { $0.id == member }) else {
                throw Problem.invalid(
                    field: "member",
                    reason: .unknownValue(contact.member?.rawValue ?? "", expected: members.map(\.id.rawValue)))
            }
            guard contact.kind.isInformal else {
                throw Problem.invalid(
                    field: "kind",
                    reason: .unknownValue(
                        contact.kind.rawValue, expected: Tie.Kind.allCases.filter(\.isInformal).map(\.rawValue)))
            }
            visit.contact = other.id
            tie = Tie(
                source: member, target: other.id, kind: contact.kind, strength: contact.strength, since: visit.day,
                recordedBy: visit.recordedBy, note: contact.note)
        }
        try outreach.record(visit, tie: tie, audit: actor.auditContext)
    }
}

extension Outreach {
    /// The visits to each of `households` the actor may see, newest last; households out of sight
    /// are left out.
    public func visits(to households: Set<Household.ID>, for actor: Actor) throws -> [Household.ID: [Visit]] {
        let inSight = households.filter { (try? records.household($0, for: actor)) != nil }
        return try outreach.visits(to: inSight)
    }
}
