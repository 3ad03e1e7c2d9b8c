/// A node as reports name it: its external id and name, and its kind.
public struct PersonRef: Sendable, Hashable, Codable, Comparable {
    public let id: Node.ID
    public let name: String
    public let kind: Node.Kind

    public init(_ node: Int32, in graph: AnalysisGraph) {
        id = graph.nodeIDs[Int(node)]
        name = graph.nodeNames[Int(node)]
        kind = graph.nodeKinds[Int(node)]
    }

    public static func < (lhs: PersonRef, rhs: PersonRef) -> Bool { lhs.id < rhs.id }
}
