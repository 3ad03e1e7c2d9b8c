import Foundation
import WeefselGraph
import WeefselMatching

/// Someone to introduce a household to, and why, in plain Dutch and English.
public struct Introduction: Sendable, Hashable, Codable {
    /// One reason, and what it adds to the score.
    public struct Reason: Sendable, Hashable, Codable {
        public let points: Double
        public let dutch: String
        public let english: String
    }

    public let person: Node.ID
    public let name: String
    public let kind: Node.Kind
    public let score: Double
    /// The strongest reason first.
    public let reasons: [Reason]
}

/// The best few people to introduce a household to: people in the worker's wijken who live near,
/// share a language, interests or an age, are well connected and are willing (volunteers, or
/// residents who agreed to be matched), reached by a trusted path where there is one.
///
/// Never suggested: the household's own members, anyone already tied to one of them, anyone with a
/// conflict tie to one of them, professionals and organisations. A trusted path never runs through
/// a conflict tie.
enum IntroductionFinder {
    /// A walk over informal ties from the household reaches others within this many steps.
    static let pathDepth = 3

    /// - Complexity: O(c + r) for c candidates in the index and r persons reached within
    ///   ``pathDepth`` steps, plus sorting the candidates found.
    static func introductions(
        for household: Household, in index: IntroductionIndex, top: Int
    ) -> [Introduction] {
        let members = index.members[household.id] ?? []
        let memberIDs = Set(members.map(\.id))
        guard !members.isEmpty else { return [] }
        let households = index.households
        var tiedToHousehold: Set<Node.ID> = []
        var conflicted: Set<Node.ID> = []
        for member in members {
            for tie in index.ties[member.id] ?? [] {
                tiedToHousehold.insert(tie.other)
                if tie.kind == .conflict { conflicted.insert(tie.other) }
            }
        }
        let memberships = index.memberships
        let names = index.names
        let kinds = index.kinds
        let via = trustedPaths(
            from: memberIDs, over: index.neighbours, known: tiedToHousehold, conflicted: conflicted)
        let languages = Set(members.flatMap(\.languages).map { $0.lowercased() })
        let interests = Set(members.flatMap { index.interests[$0.id] ?? [] })
        let birthYears = members.compactMap(\.birthYear)
        let memberAssociations = Set(members.flatMap { memberships[$0.id] ?? [] })

        var found: [Introduction] = []
        for candidate in index.candidates {
            guard !memberIDs.contains(candidate.id), !tiedToHousehold.contains(candidate.id) else { continue }
            var reasons: [Introduction.Reason] = []
            let home = candidate.household.flatMap { households[$0] }
            if let reason = nearness(of: home, to: household) { reasons.append(reason) }
            let spoken = candidate.languages.map { $0.lowercased() }.filter { languages.contains($0) && $0 != "nl" }
            if !spoken.isEmpty {
                let sorted = Array(Set(spoken)).sorted()
                reasons.append(
                    .init(
                        points: 2 * Double(sorted.count),
                        dutch: "spreekt ook "
                            + Wording.list(sorted.map { Wording.language($0, dutch: true) }, dutch: true),
                        english: "also speaks "
                            + Wording.list(sorted.map { Wording.language($0, dutch: false) }, dutch: false)))
            }
            let shared = Array((index.interests[candidate.id] ?? []).intersection(interests)).sorted().prefix(2)
            if !shared.isEmpty {
                let list = Array(shared)
                reasons.append(
                    .init(
                        points: Double(list.count),
                        dutch: "houdt ook van " + Wording.list(list, dutch: true),
                        english: "also likes " + Wording.list(list, dutch: false)))
            }
            if let year = candidate.birthYear, birthYears.contains(where: { abs($0 - year) <= 10 }) {
                reasons.append(.init(points: 1, dutch: "ongeveer even oud", english: "about the same age"))
            }
            let clubs = (memberships[candidate.id] ?? []).filter { !memberAssociations.contains($0) }
                .compactMap { names[$0] }.sorted()
            if let club = clubs.first {
                reasons.append(.init(points: 0.75, dutch: "lid van \(club)", english: "member of \(club)"))
            }
            let contacts = index.neighbours[candidate.id]?.count ?? 0
            if contacts >= 5 {
                reasons.append(
                    .init(
                        points: min(1.5, Double(contacts) / 8),
                        dutch: "kent veel mensen (\(contacts))", english: "knows many people (\(contacts))"))
            }
            if let bridge = via[candidate.id], let name = names[bridge] {
                reasons.append(
                    kinds[bridge] == .association
                        ? .init(
                            points: 1.5, dutch: "ook bij \(name), net als u", english: "also at \(name), as you are")
                        : .init(points: 1.5, dutch: "kent \(name), die u kent", english: "knows \(name), whom you know")
                )
            }
            // Willingness alone is no reason to introduce: something must connect them first.
            guard !reasons.isEmpty else { continue }
            if candidate.kind == .volunteer {
                reasons.append(.init(points: 0.5, dutch: "is vrijwilliger", english: "is a volunteer"))
            }
            reasons.sort { ($0.points, $1.dutch) > ($1.points, $0.dutch) }
            found.append(
                Introduction(
                    person: candidate.id, name: candidate.name, kind: candidate.kind,
                    score: reasons.reduce(0) { $0 + $1.points }, reasons: reasons))
        }
        found.sort { ($0.score, $1.person) > ($1.score, $0.person) }
        return Array(found.prefix(max(0, top)))
    }

    /// For each person reached from the household within ``pathDepth`` steps over informal ties,
    /// the first person on the way (someone the household knows); never through anyone with a
    /// conflict tie to the household (`neighbours` holds informal ties only).
    private static func trustedPaths(
        from members: Set<Node.ID>, over neighbours: [Node.ID: [Node.ID]], known direct: Set<Node.ID>,
        conflicted: Set<Node.ID>
    ) -> [Node.ID: Node.ID] {
        var first: [Node.ID: Node.ID] = [:]
        var frontier: [(Node.ID, Node.ID)] = []
        var seen = members.union(conflicted)
        for member in members.sorted() {
            for next in neighbours[member] ?? [] where !seen.contains(next) {
                seen.insert(next)
                frontier.append((next, next))
            }
        }
        for _ in 1..<pathDepth {
            var nextFrontier: [(Node.ID, Node.ID)] = []
            for (node, bridge) in frontier {
                for next in neighbours[node] ?? [] where !seen.contains(next) {
                    seen.insert(next)
                    if !direct.contains(next) { first[next] = bridge }
                    nextFrontier.append((next, bridge))
                }
            }
            frontier = nextFrontier
        }
        return first
    }

    /// "woont in dezelfde straat (nr. 45)", "woont 300 m verder", from the two addresses.
    private static func nearness(of home: Household?, to household: Household) -> Introduction.Reason? {
        guard let home else { return nil }
        if let street = home.street, street == household.street, let number = home.houseNumber {
            return .init(
                points: 3, dutch: "woont in dezelfde straat (nr. \(number))",
                english: "lives in the same street (no. \(number))")
        }
        guard let lat1 = home.latitude, let lon1 = home.longitude, let lat2 = household.latitude,
            let lon2 = household.longitude
        else { return nil }
        let metres = distance(lat1, lon1, lat2, lon2)
        guard metres <= 1_500 else { return nil }
        return .init(
            points: 3 * (1 - metres / 1_500), dutch: "woont \(Wording.distance(metres, dutch: true)) verderop",
            english: "lives \(Wording.distance(metres, dutch: false)) away")
    }

    /// Metres between two points, on a local flat projection (enough within a city).
    private static func distance(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let metresPerDegree = 111_320.0
        let dy = (lat2 - lat1) * metresPerDegree
        let dx = (lon2 - lon1) * metresPerDegree * cos((lat1 + lat2) / 2 * .pi / 180)
        return (dx * dx + dy * dy).squareRoot()
    }
}

extension NetworkAround {
    /// The best `top` people to introduce household `id` to, with their reasons, among the persons
    /// in `actor`'s wijken.
    ///
    /// - Throws: `Problem.notFound` for a household out of sight, `Problem.forbidden` for roles that
    ///   do not work with households (coordinators, viewers).
    public func introductions(for id: Household.ID, top: Int = 3, on day: Day, by actor: Actor) throws
        -> [Introduction]
    {
        guard actor.role != .viewer, actor.role != .coordinator else { throw Problem.forbidden }
        let scope = ScopeOnDay(scope: WijkScope(actor), day: day)
        let generation = source.generation.current
        let index = try introductionIndexes.value(scope, at: generation) {
            IntroductionIndex(try scopedNeighbourhood(for: actor, on: day), on: day)
        }
        guard let household = index.households[id], index.members[id] != nil else {
            throw Problem.notFound(id.rawValue)
        }
        return try introductions.value(IntroductionsKey(scope: scope, household: id, top: top), at: generation) {
            IntroductionFinder.introductions(for: household, in: index, top: top)
        }
    }
}
