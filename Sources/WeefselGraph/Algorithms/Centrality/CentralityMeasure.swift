/// The centrality measures Weefsel computes; the raw values are the `--measure` names of the CLI.
public enum CentralityMeasure: String, Sendable, Hashable, CaseIterable, Codable {
    case degree, betweenness, closeness, eigenvector, pagerank
}

/// The scores of one measure for every node of a graph, in node order.
public struct CentralityScores: Sendable, Equatable {
    public let measure: CentralityMeasure
    public let scores: [Double]

    public init(measure: CentralityMeasure, scores: [Double]) {
        self.measure = measure
        self.scores = scores
    }

    /// Node indices from highest to lowest score, ties by lowest index; at most `limit` of them.
    ///
    /// - Complexity: O(n log n).
    public func ranking(limit: Int? = nil) -> [Int32] {
        let order = scores.indices.sorted { a, b in
            scores[a] != scores[b] ? scores[a] > scores[b] : a < b
        }
        return order.prefix(limit.map { max(0, $0) } ?? order.count).map { Int32($0) }
    }
}

/// Computes one centrality measure for every node, normalised as NetworkX does by default for
/// undirected graphs.
///
/// - Parameters:
///   - measure: which measure.
///   - graph: the simple graph to measure.
///   - weighted: whether tie strength counts (as distance `1/strength` for betweenness and closeness,
///     as weight for degree, eigenvector and PageRank).
///   - sample: for betweenness only, the number of random pivots for an approximation; `nil` is exact.
///   - seed: seeds the pivots.
/// - Throws: `GraphError.invalidArgument` for a sample outside `2...n`, a sample for another measure,
///   or an iteration that does not settle.
/// - Complexity: that of the measure; see the individual functions.
public func centrality(
    _ measure: CentralityMeasure, of graph: Adjacency, weighted: Bool = false, sample: Int? = nil,
    seed: UInt64 = 0
) throws(GraphError) -> [Double] {
    if sample != nil && measure != .betweenness {
        throw .invalidArgument("only betweenness can be approximated from a sample")
    }
    switch measure {
    case .degree: return degreeCentrality(of: graph, weighted: weighted)
    case .betweenness:
        if let sample {
            return try betweennessCentrality(of: graph, weighted: weighted, sample: sample, seed: seed)
        }
        return betweennessCentrality(of: graph, weighted: weighted)
    case .closeness: return closenessCentrality(of: graph, weighted: weighted)
    case .eigenvector: return try eigenvectorCentrality(of: graph, weighted: weighted)
    case .pagerank: return try pageRank(of: graph, weighted: weighted)
    }
}

/// Computes one centrality measure and keeps which measure it was.
///
/// - Throws: as ``centrality(_:of:weighted:sample:seed:)``.
public func centralityScores(
    _ measure: CentralityMeasure, of graph: Adjacency, weighted: Bool = false, sample: Int? = nil,
    seed: UInt64 = 0
) throws(GraphError) -> CentralityScores {
    CentralityScores(
        measure: measure, scores: try centrality(measure, of: graph, weighted: weighted, sample: sample, seed: seed))
}
