extension MatchingProblem {
    /// The feasible pairs of the waiting needs, with scores, as an assignment instance whose rows
    /// are `rows` (indices into `needs`) and whose columns are the open offers (indices into `offers`
    /// via `columns`).
    struct CandidateGraph: Sendable {
        let rows: [Int32]
        let columns: [Int32]
        let instance: AssignmentInstance
    }

    /// Finds every pair that meets all hard rules and scores it.
    ///
    /// Offers of each programme are put in a grid of cells as wide as the programme's maximum
    /// distance, so a need only looks at the offers in its own and the eight surrounding cells, plus
    /// offers without a position in its postcode area.
    ///
    /// - Complexity: O(n + o + c · k) for n needs, o offers, c pairs within reach and k the cost of
    ///   the rules of one pair.
    func candidateGraph(programme: Programme.ID? = nil, needs selected: [Int32]? = nil) -> CandidateGraph {
        let wanted = programme.flatMap { id in programmes.firstIndex { $0.id == id } }.map(Int32.init)
        let rows = (selected ?? waiting).filter { wanted == nil || needSides[Int($0)].programme == wanted }
        let columns = open.filter { wanted == nil || offerSides[Int($0)].programme == wanted }
        var column = [Int32](repeating: -1, count: offers.count)
        for (c, o) in columns.enumerated() { column[Int(o)] = Int32(c) }

        let index = SpatialIndex(problem: self, offers: columns)
        var offsets = [Int](repeating: 0, count: rows.count + 1)
        var pairOffers: [Int32] = []
        var pairScores: [Int64] = []
        var reach: [Int32] = []
        var found: [(column: Int32, score: Int64)] = []
        for (r, n) in rows.enumerated() {
            reach.removeAll(keepingCapacity: true)
            found.removeAll(keepingCapacity: true)
            index.offers(near: needSides[Int(n)], into: &reach)
            for o in reach where brokenRules(need: Int(n), offer: Int(o), all: false) == 0 {
                found.append((column[Int(o)], scaledScore(need: Int(n), offer: Int(o))))
            }
            // Columns follow offer ids, so rows come out in id order whatever the grid's order.
            found.sort { $0.column < $1.column }
            for pair in found {
                pairOffers.append(pair.column)
                pairScores.append(pair.score)
            }
            offsets[r + 1] = pairOffers.count
        }
        let instance = AssignmentInstance(
            unchecked: rows.map { needSides[Int($0)].units }, capacities: columns.map { offerSides[Int($0)].units },
            offsets: offsets, offers: pairOffers, scores: pairScores)
        return CandidateGraph(rows: rows, columns: columns, instance: instance)
    }

    func candidate(need n: Int, offer o: Int, score: Int64? = nil) -> Candidate {
        Candidate(
            need: needs[n].id, offer: offers[o].id, programme: needs[n].programme,
            score: Double(score ?? scaledScore(need: n, offer: o)) / MatchingProblem.scoreScale,
            reasons: reasons(need: n, offer: o))
    }

    /// Every feasible pair of the waiting needs (of one programme, or all), by need id and then
    /// best score first, each with its reasons.
    public func candidates(programme: Programme.ID? = nil) -> [Candidate] {
        let graph = candidateGraph(programme: programme)
        var out: [Candidate] = []
        out.reserveCapacity(graph.instance.pairCount)
        for (r, n) in graph.rows.enumerated() {
            out.append(contentsOf: ranked(graph, row: r, need: n, top: nil))
        }
        return out
    }

    /// The best offers for one need, best first, each with its reasons.
    ///
    /// - Throws: `MatchingError.unknownNeed`, or `invalidArgument` when the need is not waiting.
    public func candidates(for need: Need.ID, top: Int? = nil) throws(MatchingError) -> [Candidate] {
        guard let n = index(of: need) else { throw .unknownNeed(need) }
        guard waiting.contains(n) else {
            throw .invalidArgument("need '\(need)' is not waiting (closed, or it already has a live match)")
        }
        let graph = candidateGraph(needs: [n])
        return ranked(graph, row: 0, need: n, top: top)
    }

    private func ranked(_ graph: CandidateGraph, row r: Int, need n: Int32, top: Int?) -> [Candidate] {
        let pairs = graph.instance.pairs(of: r).sorted {
            graph.instance.scores[$0] != graph.instance.scores[$1]
                ? graph.instance.scores[$0] > graph.instance.scores[$1] : $0 < $1
        }
        return pairs.prefix(max(0, top ?? pairs.count)).map { e in
            candidate(
                need: Int(n), offer: Int(graph.columns[Int(graph.instance.offers[e])]), score: graph.instance.scores[e])
        }
    }

    /// Why a waiting need cannot be matched today, or `nil` when some offer fits.
    public func reasonUnmatched(_ need: Need.ID) throws(MatchingError) -> UnmatchedReason? {
        guard let n = index(of: need) else { throw .unknownNeed(need) }
        let graph = candidateGraph(needs: [n])
        return graph.instance.pairCount > 0 ? nil : reasonNobodyFits(need: Int(n))
    }

    /// The pair as a candidate when it meets every hard rule.
    ///
    /// - Throws: `MatchingError.forbiddenPair` with the first rule it breaks, or when the need is
    ///   not waiting or the offer is closed.
    public func check(_ need: Need.ID, _ offer: Offer.ID) throws(MatchingError) -> Candidate {
        guard let n = index(of: need) else { throw .unknownNeed(need) }
        guard let o = index(of: offer) else { throw .unknownOffer(offer) }
        guard waiting.contains(n) else {
            throw .invalidArgument("need '\(need)' is not waiting (closed, or it already has a live match)")
        }
        guard offers[Int(o)].status == .open else { throw .invalidArgument("offer '\(offer)' is closed") }
        if let rule = try brokenRules(need, offer).first { throw .forbiddenPair(need, offer, rule) }
        return candidate(need: Int(n), offer: Int(o))
    }

    /// The best set of pairs for all waiting needs (of one programme, or all) at once.
    ///
    /// - Parameter method: `.optimal` for the largest total score under every capacity, `.greedy`
    ///   (best pair first) for comparison.
    /// - Complexity: candidate generation plus the solver (see ``AssignmentInstance/solve(using:)``).
    public func propose(programme: Programme.ID? = nil, using method: AssignmentMethod = .optimal) -> Proposal {
        let graph = candidateGraph(programme: programme)
        let assignment = graph.instance.solve(using: method)
        var matches: [Candidate] = []
        var unmatched: [Unmatched] = []
        for (r, n) in graph.rows.enumerated() {
            let e = assignment.pairOfNeed[r]
            if e >= 0 {
                let o = graph.columns[Int(graph.instance.offers[e])]
                matches.append(candidate(need: Int(n), offer: Int(o), score: graph.instance.scores[e]))
            } else {
                let count = graph.instance.pairs(of: r).count
                let reason = count > 0 ? UnmatchedReason.outscored(candidates: count) : reasonNobodyFits(need: Int(n))
                unmatched.append(Unmatched(need: needs[Int(n)].id, programme: needs[Int(n)].programme, reason: reason))
            }
        }
        return Proposal(
            method: method, totalScore: Double(assignment.totalScore) / MatchingProblem.scoreScale, matches: matches,
            unmatched: unmatched, feasiblePairs: graph.instance.pairCount)
    }
}

extension MatchingProblem {
    /// The feasible pairs of the waiting needs as an assignment instance: row `r` is
    /// `rowNeeds[r]`, column `c` is `columnOffers[c]`, capacities are free places and demands the
    /// places each need takes.
    public func assignmentInstance(programme: Programme.ID? = nil) -> (
        instance: AssignmentInstance, rowNeeds: [Need.ID], columnOffers: [Offer.ID]
    ) {
        let graph = candidateGraph(programme: programme)
        return (graph.instance, graph.rows.map { needs[Int($0)].id }, graph.columns.map { offers[Int($0)].id })
    }
}
