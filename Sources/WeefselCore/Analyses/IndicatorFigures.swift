import WeefselGraph

/// The indicators of the caller's wijken: overall (over their wijken together) and per wijk.
public struct IndicatorFigures: Encodable, Sendable {
    public let overall: NetworkIndicators.Values
    public let wijken: [NetworkIndicators.Wijk]

    public init(_ figures: NetworkIndicators) {
        overall = figures.overall
        wijken = figures.wijken
    }

    public init(overall: NetworkIndicators.Values, wijken: [NetworkIndicators.Wijk]) {
        self.overall = overall
        self.wijken = wijken
    }
}

extension ScopedNeighbourhood {
    /// The indicators of the scope's wijken, counting the ties across its border: a household whose
    /// friends all live in another wijk is not isolated, and those friends count in a person's
    /// number of ties. Groups are those of the scope's own network (as the communities analysis
    /// finds them); a tie to someone outside counts as a tie across groups.
    ///
    /// - Complexity: O(n + m log d) per indicator run, plus the group search; twice for a scope
    ///   of more than one wijk (once per wijk, once for the wijken together).
    public func indicators(seed: UInt64) throws(GraphError) -> IndicatorFigures {
        let own = try graph()
        let groups = communities(of: own.adjacency(.informal), seed: seed).membership
        func membership(of extended: AnalysisGraph) -> [Int32] {
            var next = (groups.max() ?? -1) + 1
            return extended.nodeIDs.map { id in
                if let v = own.index(of: id) { return groups[Int(v)] }
                defer { next += 1 }
                return next
            }
        }
        let extended = try graph(countingOutsideAs: "")
        let perWijk = try analyse { () throws(GraphError) in
            try WeefselGraph.indicators(of: extended, membership: membership(of: extended))
        }
        let overall: NetworkIndicators.Values
        if perWijk.wijken.count <= 1 {
            overall = perWijk.wijken.first?.values ?? perWijk.overall
        } else {
            let merged = try graph(countingOutsideAs: "", mergingWijkenInto: "scope")
            let together = try analyse { () throws(GraphError) in
                try WeefselGraph.indicators(of: merged, membership: membership(of: merged))
            }
            overall = together.wijken.first?.values ?? together.overall
        }
        return IndicatorFigures(overall: overall, wijken: perWijk.wijken)
    }
}
