/// How one indicator changed between two dates: the evidence of change a team can show.
public struct IndicatorChange: Sendable, Hashable, Codable {
    /// The wijk, or `nil` for the whole neighbourhood.
    public let wijk: String?
    /// The indicator's stable key, as in the encoded ``NetworkIndicators``.
    public let indicator: String
    public let before: Double?
    public let after: Double?
    /// `after - before`, when both are known.
    public let difference: Double?
}

/// Every indicator before and after, overall first, then per wijk by name (a wijk present in only
/// one set has `nil` on the other side).
///
/// - Complexity: O(w log w) for w wijken.
public func indicatorChanges(from before: NetworkIndicators, to after: NetworkIndicators) -> [IndicatorChange] {
    func changes(_ wijk: String?, _ old: NetworkIndicators.Values?, _ new: NetworkIndicators.Values?)
        -> [IndicatorChange]
    {
        let oldEntries = old?.entries
        let newEntries = new?.entries
        let keys = (oldEntries ?? newEntries ?? []).map(\.key)
        return keys.enumerated().map { i, key in
            let a = oldEntries?[i].value
            let b = newEntries?[i].value
            return IndicatorChange(
                wijk: wijk, indicator: key, before: a, after: b, difference: a.flatMap { a in b.map { $0 - a } })
        }
    }
    var result = changes(nil, before.overall, after.overall)
    let oldByWijk = Dictionary(before.wijken.map { ($0.wijk, $0.values) }, uniquingKeysWith: { first, _ in first })
    let newByWijk = Dictionary(after.wijken.map { ($0.wijk, $0.values) }, uniquingKeysWith: { first, _ in first })
    for wijk in Set(oldByWijk.keys).union(newByWijk.keys).sorted() {
        result += changes(wijk, oldByWijk[wijk], newByWijk[wijk])
    }
    return result
}

/// Which households became isolated and which stopped being isolated between two worklists.
public struct IsolationChange: Sendable, Hashable, Codable {
    /// In both lists; not isolated before, isolated after.
    public let becameIsolated: [Household.ID]
    /// In both lists; isolated before, not after ("the curtains are open again").
    public let noLongerIsolated: [Household.ID]
    /// Only in the later list, and isolated there.
    public let newlyRecordedIsolated: [Household.ID]
    /// The number of isolated households before and after.
    public let isolatedBefore: Int
    public let isolatedAfter: Int
}

/// Compares two isolation worklists (for example of two snapshots) by household id. Isolated means
/// no informal tie outside the household (``HouseholdIsolation/Class/isIsolated``).
///
/// - Complexity: O(h log h) for h households.
public func isolationChange(from before: [HouseholdIsolation], to after: [HouseholdIsolation]) -> IsolationChange {
    var wasIsolated: [Household.ID: Bool] = [:]
    for entry in before { wasIsolated[entry.householdID] = entry.class.isIsolated }
    var became: [Household.ID] = []
    var stopped: [Household.ID] = []
    var new: [Household.ID] = []
    for entry in after {
        let isolated = entry.class.isIsolated
        switch wasIsolated[entry.householdID] {
        case nil where isolated: new.append(entry.householdID)
        case false? where isolated: became.append(entry.householdID)
        case true? where !isolated: stopped.append(entry.householdID)
        default: break
        }
    }
    return IsolationChange(
        becameIsolated: became.sorted(), noLongerIsolated: stopped.sorted(), newlyRecordedIsolated: new.sorted(),
        isolatedBefore: before.count { $0.class.isIsolated }, isolatedAfter: after.count { $0.class.isIsolated })
}
