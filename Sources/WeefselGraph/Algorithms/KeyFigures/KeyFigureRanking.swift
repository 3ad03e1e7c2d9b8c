/// A person others go through or who bridges groups, with the figures behind the ranking and the
/// reasons in words a social worker can repeat.
public struct KeyFigure: Sendable, Equatable {
    /// One reason, in Dutch (for users) and English.
    public struct Reason: Sendable, Equatable {
        public let dutch: String
        public let english: String
    }

    public let node: Int32
    /// The ranking score in `0...1`; see ``keyFigures(in:groups:groupLabels:filter:weighted:betweenness:)``.
    public let score: Double
    /// Normalised betweenness on the counted ties.
    public let betweenness: Double
    /// The number of counted ties.
    public let degree: Int
    /// The number of people (not associations) among those ties.
    public let peopleKnown: Int
    /// Burt's constraint; `nan` for someone without ties.
    public let constraint: Double
    /// The groups of the person and their contacts, most ties first, then by group number.
    public let groups: [Int32]
    /// The associations the person is a member of (through `member` ties), in node order.
    public let associations: [Int32]
    public let reasons: [Reason]
}

/// Ranks the people of a neighbourhood (every node but associations) as key figures.
///
/// Each person gets four percentile ranks among all people, in `0...1` with ties sharing their
/// average rank: `b` of betweenness, `d` of degree, `g` of the number of groups plus associations they
/// connect, and `c` of low constraint (high brokerage; no ties counts as the highest constraint).
/// The score is `(b + d + (g + c) / 2) / 3`: betweenness, degree and brokerage weigh equally.
/// People are listed by score, then betweenness, then node order.
///
/// - Parameters:
///   - groups: each node's group (community label) or -1; one per node.
///   - groupLabels: the name of each group, used in the reasons; a missing or empty name reads
///     "groep N" / "group N".
///   - filter: the ties that count (informal by default: key figures are about informal ties).
///   - weighted: whether betweenness and constraint follow tie strength.
///   - betweenness: already computed normalised betweenness for the same ties, to save the work.
/// - Throws: `GraphError.invalidArgument` when `groups` or `betweenness` do not have one entry per node.
/// - Complexity: that of betweenness, O(n·m), plus O(Σ degree² + n log n).
public func keyFigures(
    in graph: AnalysisGraph, groups: [Int32], groupLabels: [String], filter: TieFilter = .informal,
    weighted: Bool = false, betweenness: [Double]? = nil
) throws(GraphError) -> [KeyFigure] {
    let n = graph.nodeCount
    guard groups.count == n else {
        throw .invalidArgument("expected a group for each of the \(n) nodes, got \(groups.count)")
    }
    if let betweenness, betweenness.count != n {
        throw .invalidArgument("expected betweenness for each of the \(n) nodes, got \(betweenness.count)")
    }
    let adjacency = graph.adjacency(filter)
    let between = betweenness ?? betweennessCentrality(of: adjacency, weighted: weighted)
    let constraint = burtConstraint(of: adjacency, weighted: weighted)
    let people = (0..<n).filter { graph.nodeKinds[$0] != .association }

    var groupLists: [[Int32]] = []
    var associationLists: [[Int32]] = []
    var known: [Int] = []
    var tally: [Int32: Int] = [:]
    for v in people {
        tally.removeAll(keepingCapacity: true)
        if groups[v] >= 0 { tally[groups[v], default: 0] += 1 }
        var peopleCount = 0
        for w in adjacency.neighbours(of: Int(v)) {
            if graph.nodeKinds[Int(w)] != .association { peopleCount += 1 }
            if groups[Int(w)] >= 0 { tally[groups[Int(w)], default: 0] += 1 }
        }
        known.append(peopleCount)
        groupLists.append(tally.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key))
        var memberOf = Set<Int32>()
        for e in graph.entries(of: Int32(v)) where graph.tieKinds[Int(graph.entryTies[e])] == .member {
            let other = graph.neighbours[e]
            if graph.nodeKinds[Int(other)] == .association { memberOf.insert(other) }
        }
        associationLists.append(memberOf.sorted())
    }

    let b = percentileRanks(people.map { between[$0] })
    let d = percentileRanks(people.map { Double(adjacency.degree(of: $0)) })
    let g = percentileRanks(people.indices.map { Double(groupLists[$0].count + associationLists[$0].count) })
    let c = percentileRanks(people.map { constraint[$0].isNaN ? -Double.infinity : -constraint[$0] })

    var figures: [KeyFigure] = []
    figures.reserveCapacity(people.count)
    for (i, v) in people.enumerated() {
        let reasons = keyFigureReasons(
            groups: groupLists[i], groupLabels: groupLabels, betweennessRank: between[v] > 0 ? b[i] : 0,
            peopleKnown: known[i], associations: associationLists[i].count,
            brokerageRank: adjacency.degree(of: v) >= 2 ? c[i] : 0)
        figures.append(
            KeyFigure(
                node: Int32(v), score: (b[i] + d[i] + (g[i] + c[i]) / 2) / 3, betweenness: between[v],
                degree: adjacency.degree(of: v), peopleKnown: known[i], constraint: constraint[v],
                groups: groupLists[i], associations: associationLists[i], reasons: reasons))
    }
    figures.sort { a, b in
        if a.score != b.score { return a.score > b.score }
        if a.betweenness != b.betweenness { return a.betweenness > b.betweenness }
        return a.node < b.node
    }
    return figures
}

/// The rank of each value among all, scaled to `0...1` (lowest 0, highest 1); equal values share
/// their average rank, and a single value ranks 0.5.
///
/// - Complexity: O(n log n).
func percentileRanks(_ values: [Double]) -> [Double] {
    let count = values.count
    guard count > 1 else { return [Double](repeating: 0.5, count: count) }
    let order = values.indices.sorted { values[$0] != values[$1] ? values[$0] < values[$1] : $0 < $1 }
    var ranks = [Double](repeating: 0, count: count)
    var start = 0
    while start < count {
        var end = start + 1
        while end < count && values[order[end]] == values[order[start]] { end += 1 }
        let average = Double(start + end - 1) / 2
        for i in start..<end { ranks[order[i]] = average / Double(count - 1) }
        start = end
    }
    return ranks
}

/// The reasons a person is a key figure, most telling first.
func keyFigureReasons(
    groups: [Int32], groupLabels: [String], betweennessRank: Double, peopleKnown: Int, associations: Int,
    brokerageRank: Double
) -> [KeyFigure.Reason] {
    var reasons: [KeyFigure.Reason] = []
    if groups.count >= 2 {
        let shown = groups.prefix(5)
        func names(_ fallback: String) -> [String] {
            shown.map { g in
                let label = Int(g) < groupLabels.count ? groupLabels[Int(g)] : ""
                return label.isEmpty ? "\(fallback) \(g + 1)" : label
            }
        }
        let more = groups.count - shown.count
        let dutchMore = more > 0 ? " en \(more) andere" : ""
        let englishMore = more > 0 ? " and \(more) more" : ""
        reasons.append(
            KeyFigure.Reason(
                dutch: "verbindt \(groups.count) groepen: \(names("groep").joined(separator: ", "))\(dutchMore)",
                english: "links \(groups.count) groups: \(names("group").joined(separator: ", "))\(englishMore)"))
    }
    if betweennessRank >= 0.9 {
        reasons.append(
            KeyFigure.Reason(
                dutch: "ligt op veel kortste verbindingen tussen anderen",
                english: "lies on many of the shortest links between others"))
    }
    if peopleKnown > 0 {
        reasons.append(
            peopleKnown == 1
                ? KeyFigure.Reason(dutch: "kent 1 persoon", english: "knows 1 person")
                : KeyFigure.Reason(dutch: "kent \(peopleKnown) mensen", english: "knows \(peopleKnown) people"))
    }
    if associations > 0 {
        reasons.append(
            associations == 1
                ? KeyFigure.Reason(dutch: "lid van 1 vereniging", english: "member of 1 association")
                : KeyFigure.Reason(
                    dutch: "lid van \(associations) verenigingen", english: "member of \(associations) associations"))
    }
    if brokerageRank >= 0.9 {
        reasons.append(
            KeyFigure.Reason(
                dutch: "kent mensen die elkaar niet kennen", english: "knows people who do not know each other"))
    }
    return reasons
}
