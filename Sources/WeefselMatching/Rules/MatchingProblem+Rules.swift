extension MatchingProblem {
    /// The distance in metres between two sides: from coordinates (or postcode centres), else 0 when
    /// both are in the same 4-digit postcode area; `nil` when unknown.
    @inline(__always) func distance(_ n: Side, _ o: Side) -> (metres: Double, approximate: Bool)? {
        if n.hasPoint, o.hasPoint {
            let dx = n.x - o.x
            let dy = n.y - o.y
            return ((dx * dx + dy * dy).squareRoot(), false)
        }
        if n.area >= 0, n.area == o.area { return (0, true) }
        return nil
    }

    /// The hard rules the pair breaks, as a bit set over `Rule.allCases` (bit `i` for the `i`th
    /// rule); 0 when the pair may be proposed. With `all == false` it stops at the first broken rule.
    ///
    /// - Complexity: O(k) for k languages, life areas and availability words of the two sides.
    func brokenRules(need n: Int, offer o: Int, all: Bool) -> UInt32 {
        let need = needSides[n]
        let offer = offerSides[o]
        var broken: UInt32 = 0
        @inline(__always) func fail(_ rule: Rule) -> Bool {
            broken |= 1 << UInt32(rule.bit)
            return !all
        }
        if need.party == offer.party || (need.person >= 0 && need.person == offer.person) {
            if fail(.samePerson) { return broken }
        }
        if !need.eligible, fail(.needEligibility) { return broken }
        if !offer.eligible, fail(.offerEligibility) { return broken }
        if offer.units < need.units, fail(.capacity) { return broken }
        let limit = min(need.maxDistance, offer.maxDistance)
        if limit.isFinite {
            let d = distance(need, offer)
            if d == nil || d!.metres > limit, fail(.distance) { return broken }
        }
        let exact = need.filtersExact && offer.filtersExact
        if need.lifeAreaFilter != 0, offer.lifeAreaFilter != 0,
            need.lifeAreaFilter & offer.lifeAreaFilter == 0
                || (!exact && !needSets[n].lifeAreas.intersects(offerSets[o].lifeAreas))
        {
            if fail(.lifeArea) { return broken }
        }
        if need.languageFilter & offer.languageFilter == 0
            || (!exact && !needSets[n].languages.intersects(offerSets[o].languages))
        {
            if fail(.language) { return broken }
        }
        if need.availability & offer.availability == 0, fail(.availability) { return broken }
        if !offer.screened, fail(.screening) { return broken }
        if !accepts(need, offer) || !accepts(offer, need), fail(.preferences) { return broken }
        if !forbidden.isEmpty, let bits = forbidden[PartyPair(need.party, offer.party)] {
            if bits & 1 != 0, fail(.conflict) { return broken }
            if bits & 2 != 0, fail(.professionalTie) { return broken }
        }
        if !declined.isEmpty,
            declined.contains(DeclinedPair(need: need.party, offer: offer.party, programme: need.programme))
        {
            if fail(.declinedBefore) { return broken }
        }
        return broken
    }

    /// Whether `side`'s preferences allow `other`; an unknown gender or age never meets a preference.
    @inline(__always) private func accepts(_ side: Side, _ other: Side) -> Bool {
        if side.preferredGender >= 0, other.gender != side.preferredGender { return false }
        if side.preferredMinAge != .min || side.preferredMaxAge != .max {
            guard other.age >= 0, other.age >= side.preferredMinAge, other.age <= side.preferredMaxAge else {
                return false
            }
        }
        return true
    }

    /// The rules broken by a pair, by name.
    public func brokenRules(_ need: Need.ID, _ offer: Offer.ID) throws(MatchingError) -> [Rule] {
        guard let n = index(of: need) else { throw .unknownNeed(need) }
        guard let o = index(of: offer) else { throw .unknownOffer(offer) }
        var broken = brokenRules(need: Int(n), offer: Int(o), all: true)
        if needSides[Int(n)].programme != offerSides[Int(o)].programme {
            broken |= 1 << UInt32(Rule.needEligibility.bit)
        }
        return Rule.allCases.filter { broken & (1 << UInt32($0.bit)) != 0 }
    }

    /// Why nobody fits a need: the rule most open offers of its programme break (ties go to the
    /// rule checked first), or `noOffers`.
    ///
    /// - Complexity: O(offers in the programme).
    func reasonNobodyFits(need n: Int) -> UnmatchedReason {
        let programme = needSides[n].programme
        var counts = [Int](repeating: 0, count: Rule.allCases.count)
        var offersSeen = 0
        for o in open where offerSides[Int(o)].programme == programme {
            offersSeen += 1
            let broken = brokenRules(need: n, offer: Int(o), all: true)
            for rule in Rule.allCases where broken & (1 << UInt32(rule.bit)) != 0 { counts[rule.bit] += 1 }
        }
        guard offersSeen > 0 else { return .noOffers }
        var best = 0
        for i in counts.indices where counts[i] > counts[best] { best = i }
        return .noFit(Rule.allCases[best], offers: counts[best])
    }
}

extension Rule {
    /// The rule's position in `allCases`, used as its bit.
    var bit: Int {
        switch self {
        case .samePerson: 0
        case .needEligibility: 1
        case .offerEligibility: 2
        case .capacity: 3
        case .distance: 4
        case .lifeArea: 5
        case .language: 6
        case .availability: 7
        case .screening: 8
        case .preferences: 9
        case .conflict: 10
        case .professionalTie: 11
        case .declinedBefore: 12
        }
    }
}
