import WeefselGraph

/// A file format other network tools read: GraphML (Cytoscape, yEd, NetworkX) and GEXF (Gephi).
public enum ExchangeFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case graphml
    case gexf

    public var fileExtension: String { rawValue }
}

/// The network with its analysis attributes (kind, household, group, betweenness, isolation
/// class of the household) as a GraphML or GEXF document, nodes and ties in index order.
///
/// - Parameters:
///   - input: the graph and whatever analysis results are known.
///   - format: GraphML or GEXF.
///   - names: write real names and household addresses; otherwise the codes of `pseudonyms`.
/// - Throws: ``MapError/invalidInput(_:)`` when a result array does not fit the graph.
/// - Complexity: O(n + m).
public func exchangeDocument(
    of input: MapInput, as format: ExchangeFormat, names: Bool = false, pseudonyms: Pseudonyms = .byPosition
) throws(MapError) -> String {
    try input.validate()
    let rows = ExchangeRows(input: input, names: names, pseudonyms: pseudonyms)
    switch format {
    case .graphml: return graphML(rows)
    case .gexf: return gexf(rows)
    }
}

/// The values written for each node and tie, shared by both formats.
struct ExchangeRows {
    struct NodeRow {
        var id: String
        var label: String
        var kind: String
        var household: String?
        var group: Int32?
        var betweenness: Double?
        var isolation: String?
    }

    struct TieRow {
        var source: String
        var target: String
        var kind: String
        var strength: UInt8
    }

    var nodes: [NodeRow] = []
    var ties: [TieRow] = []
    let hasGroups: Bool
    let hasBetweenness: Bool
    let hasIsolation: Bool

    init(input: MapInput, names: Bool, pseudonyms: Pseudonyms) {
        let graph = input.graph
        let naming = Naming(
            graph: graph, hidesNames: !names, words: Vocabulary(language: .english), pseudonyms: pseudonyms)
        hasGroups = input.groups != nil
        hasBetweenness = input.betweenness != nil
        hasIsolation = input.isolation != nil
        for v in 0..<Int32(graph.nodeCount) {
            let h = graph.nodeHousehold[Int(v)]
            nodes.append(
                NodeRow(
                    id: "n\(v)", label: naming.name(ofNode: v), kind: graph.nodeKinds[Int(v)].rawValue,
                    household: h >= 0 ? naming.name(ofHousehold: h) : nil,
                    group: input.groups.map { $0[Int(v)] },
                    betweenness: input.betweenness.map { $0[Int(v)] },
                    isolation: h >= 0 ? input.isolation.map { $0[Int(h)].rawValue } : nil))
        }
        for t in 0..<graph.tieCount {
            ties.append(
                TieRow(
                    source: "n\(graph.tieSources[t])", target: "n\(graph.tieTargets[t])",
                    kind: graph.tieKinds[t].rawValue, strength: graph.tieStrengths[t]))
        }
    }
}
