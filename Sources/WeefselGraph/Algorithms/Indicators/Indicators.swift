/// Computes the network indicators of a neighbourhood, overall and per wijk.
///
/// A node belongs to the wijk recorded for it (for residents, their household's by default); a
/// household to its own wijk. Persons are residents and volunteers. Ties are the informal ones.
///
/// - Parameters:
///   - graph: the neighbourhood.
///   - membership: a group per node (for example ``Partition/membership``); without it the
///     cross-group share and modularity are `nil`.
/// - Throws: `GraphError.invalidArgument` when `membership` does not have one non-negative label
///   per node.
/// - Complexity: O(n + m log d), with hashing per tie inside a wijk for the modularity.
public func indicators(of graph: AnalysisGraph, membership: [Int32]? = nil) throws(GraphError) -> NetworkIndicators {
    let n = graph.nodeCount
    if let membership {
        guard membership.count == n, membership.allSatisfy({ $0 >= 0 }) else {
            throw .invalidArgument("the membership must have one non-negative label for each of \(n) nodes")
        }
    }
    let wijkCount = graph.wijken.count
    // Scope `wijkCount` is the whole graph; scope w < wijkCount is one wijk.
    var tally = [IndicatorTally](repeating: IndicatorTally(), count: wijkCount + 1)
    let all = wijkCount

    var scanner = HouseholdTieScanner(nodeCount: n)
    for h in 0..<Int32(graph.householdCount) where !graph.members(ofHousehold: h).isEmpty {
        let klass = scanner.scan(h, in: graph)
        let outside = scanner.contacts.count
        let wijk = Int(graph.householdWijk[Int(h)])
        for scope in [all, wijk] where scope >= 0 {
            tally[scope].households += 1
            tally[scope].outsideTies += outside
            if klass.isIsolated { tally[scope].isolated += 1 }
            if klass == .fragile { tally[scope].fragile += 1 }
        }
    }

    let adjacency = graph.adjacency(.informal)
    let isPerson = graph.nodeKinds.map { $0 == .resident || $0 == .volunteer }
    for v in 0..<n where isPerson[v] {
        let wellConnected = adjacency.degree(of: v) >= 3
        for scope in [all, Int(graph.nodeWijk[v])] where scope >= 0 {
            tally[scope].persons += 1
            if wellConnected { tally[scope].wellConnected += 1 }
        }
    }

    var groupWeight: [Int64: Double] = [:]
    for v in 0..<n {
        let wv = Int(graph.nodeWijk[v])
        for e in adjacency.range(of: v) {
            let u = Int(adjacency.targets[e])
            guard v < u else { continue }
            let wu = Int(graph.nodeWijk[u])
            let crossing = membership.map { $0[v] != $0[u] } ?? false
            let personPair = isPerson[v] && isPerson[u]
            // Every tie counts overall; a tie counts for each wijk it touches.
            var scopes = [all]
            if wv >= 0 { scopes.append(wv) }
            if wu >= 0 && wu != wv { scopes.append(wu) }
            for scope in scopes {
                tally[scope].touchingTies += 1
                if crossing { tally[scope].crossingTies += 1 }
                let inside = scope == all || wv == wu
                guard inside else { continue }
                if personPair { tally[scope].personTies += 1 }
                tally[scope].insideTies += 1
                if let membership {
                    let cv = Int64(membership[v])
                    let cu = Int64(membership[u])
                    let base = Int64(scope) << 32
                    groupWeight[base | (cv << 1), default: 0] += 1
                    groupWeight[base | (cu << 1), default: 0] += 1
                    if cv == cu { groupWeight[base | (cv << 1) | 1, default: 0] += 1 }
                }
            }
        }
    }
    // groupWeight keys: scope << 32 | community << 1 | (1 for ties inside the community, 0 for degree).
    var modularities = [Double](repeating: 0, count: wijkCount + 1)
    if membership != nil {
        for (key, weight) in groupWeight {
            let scope = Int(key >> 32)
            let m = Double(tally[scope].insideTies)
            guard m > 0 else { continue }
            if key & 1 == 1 {
                modularities[scope] += weight / m
            } else {
                let share = weight / (2 * m)
                modularities[scope] -= share * share
            }
        }
    }

    func values(_ scope: Int) -> NetworkIndicators.Values {
        tally[scope].values(modularity: membership == nil ? nil : modularities[scope])
    }
    return NetworkIndicators(
        overall: values(all),
        wijken: graph.wijken.enumerated().map { NetworkIndicators.Wijk(wijk: $0.element, values: values($0.offset)) }
    )
}

/// The counts behind the indicators of one scope.
struct IndicatorTally {
    var persons = 0
    var households = 0
    var isolated = 0
    var fragile = 0
    var outsideTies = 0
    var wellConnected = 0
    var personTies = 0
    var insideTies = 0
    var touchingTies = 0
    var crossingTies = 0

    func values(modularity: Double?) -> NetworkIndicators.Values {
        func share(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
        let pairs = persons * (persons - 1) / 2
        return NetworkIndicators.Values(
            persons: persons, households: households, isolatedHouseholds: isolated,
            isolatedShare: share(isolated, households), fragileHouseholds: fragile,
            fragileShare: share(fragile, households),
            meanInformalTiesPerHousehold: share(outsideTies, households),
            shareWithThreeOrMoreTies: share(wellConnected, persons), density: share(personTies, pairs),
            crossGroupShare: modularity == nil ? nil : share(crossingTies, touchingTies), modularity: modularity)
    }
}
