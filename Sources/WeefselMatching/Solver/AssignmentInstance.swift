/// A weighted bipartite assignment problem: needs (rows) that each take `demands[i]` places of at
/// most one offer, offers (columns) with `capacities[j]` places, and the feasible pairs with integer
/// scores in compressed rows (the pairs of need `i` are `offsets[i]..<offsets[i+1]`).
///
/// The goal is the largest total score; a need may stay unmatched (it then adds 0).
public struct AssignmentInstance: Sendable, Hashable {
    public let demands: [Int32]
    public let capacities: [Int32]
    public let offsets: [Int]
    public let offers: [Int32]
    public let scores: [Int64]

    public var needCount: Int { demands.count }
    public var offerCount: Int { capacities.count }
    public var pairCount: Int { offers.count }

    /// Builds an instance from a list of pairs in any order; a repeated pair keeps its best score.
    ///
    /// - Throws: `MatchingError.invalidArgument` for a pair outside the ranges, a demand below 1 or
    ///   a negative capacity.
    /// - Complexity: O(p log p) for p pairs.
    public init(
        demands: [Int], capacities: [Int], pairs: [(need: Int, offer: Int, score: Int64)]
    ) throws(MatchingError) {
        guard demands.allSatisfy({ $0 >= 1 && $0 <= Int(Int32.max) }) else {
            throw .invalidArgument("every need takes at least one place")
        }
        guard capacities.allSatisfy({ $0 >= 0 && $0 <= Int(Int32.max) }) else {
            throw .invalidArgument("capacities cannot be negative")
        }
        for pair in pairs {
            guard demands.indices.contains(pair.need), capacities.indices.contains(pair.offer) else {
                throw .invalidArgument("pair (\(pair.need), \(pair.offer)) is outside the instance")
            }
        }
        let sorted = pairs.sorted { ($0.need, $0.offer, $1.score) < ($1.need, $1.offer, $0.score) }
        var offsets = [Int](repeating: 0, count: demands.count + 1)
        var offers: [Int32] = []
        var scores: [Int64] = []
        offers.reserveCapacity(sorted.count)
        scores.reserveCapacity(sorted.count)
        var previous: (Int, Int) = (-1, -1)
        for pair in sorted where (pair.need, pair.offer) != previous {
            previous = (pair.need, pair.offer)
            offsets[pair.need + 1] += 1
            offers.append(Int32(pair.offer))
            scores.append(pair.score)
        }
        for i in 0..<demands.count { offsets[i + 1] += offsets[i] }
        self.init(
            unchecked: demands.map { Int32($0) }, capacities: capacities.map { Int32($0) }, offsets: offsets,
            offers: offers, scores: scores)
    }

    /// An instance whose rows are already compressed and sorted by offer, without checks.
    init(unchecked demands: [Int32], capacities: [Int32], offsets: [Int], offers: [Int32], scores: [Int64]) {
        self.demands = demands
        self.capacities = capacities
        self.offsets = offsets
        self.offers = offers
        self.scores = scores
    }

    /// The pairs of need `i`: indices into `offers` and `scores`.
    public func pairs(of need: Int) -> Range<Int> { offsets[need]..<offsets[need + 1] }
}

/// How an assignment is found.
public enum AssignmentMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// The largest total score (min-cost flow).
    case optimal
    /// Best pair first, for comparison.
    case greedy
}

/// Which offer each need got.
public struct Assignment: Sendable, Hashable {
    /// The offer of each need, or -1 when the need stays unmatched.
    public let offerOfNeed: [Int32]
    /// The pair (an index into the instance's pairs) of each need, or -1.
    public let pairOfNeed: [Int]
    public let totalScore: Int64

    public var matchedCount: Int { offerOfNeed.lazy.filter { $0 >= 0 }.count }
}

extension AssignmentInstance {
    /// Solves the instance.
    ///
    /// With `.optimal`, the total score is the largest possible when every need takes one place;
    /// a need that takes several places (children who stay together) is placed by the same flow
    /// and, when the flow splits it over offers, re-placed afterwards best pair first.
    ///
    /// - Complexity: `.optimal` runs one Dijkstra per place asked (successive shortest paths with
    ///   potentials, stopped at the first free place), O(P (p + n) log n) at worst for P places, p
    ///   pairs and n nodes, far less in practice; `.greedy` is O(p log p).
    public func solve(using method: AssignmentMethod = .optimal) -> Assignment {
        switch method {
        case .optimal:
            var flow = FlowSolver(self)
            return flow.solve()
        case .greedy:
            return greedy()
        }
    }

    /// Best pair first: pairs by score (then need, then offer), taken while both sides are free.
    ///
    /// - Complexity: O(p log p).
    func greedy(
        skipping taken: [Int32]? = nil, remaining: [Int32]? = nil, only needs: [Int]? = nil
    ) -> Assignment {
        var free = remaining ?? capacities
        var offerOfNeed = taken ?? [Int32](repeating: -1, count: needCount)
        var pairOfNeed = [Int](repeating: -1, count: needCount)
        var order: [Int] = []
        for i in needs ?? Array(0..<needCount) { order.append(contentsOf: pairs(of: i)) }
        var needOfPair = [Int32](repeating: 0, count: pairCount)
        for i in 0..<needCount { for e in pairs(of: i) { needOfPair[e] = Int32(i) } }
        order.sort { a, b in
            scores[a] != scores[b] ? scores[a] > scores[b] : a < b
        }
        var total: Int64 = 0
        for e in order {
            let i = Int(needOfPair[e])
            let j = Int(offers[e])
            guard offerOfNeed[i] < 0, free[j] >= demands[i] else { continue }
            offerOfNeed[i] = Int32(j)
            pairOfNeed[i] = e
            free[j] -= demands[i]
            total += scores[e]
        }
        return Assignment(offerOfNeed: offerOfNeed, pairOfNeed: pairOfNeed, totalScore: total)
    }
}
