/// The maps Weefsel draws.
public enum MapKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// The whole neighbourhood, groups as coloured regions.
    case map
    /// Node size by betweenness, the top figures labelled, bridges between groups emphasised.
    case keyfigures
    /// Every household, the isolated and professional-only ones marked.
    case isolated
    /// The groups of the neighbourhood and the ties between them.
    case communities
    /// The netwerkkaart of one household: rings of household, family, friends, neighbours,
    /// associations and professionals.
    case ego
    /// Proposed and active matches between people.
    case matches
    /// Ties and isolation that changed between two dates: green is new, red is gone.
    case change
    /// Households at their address along named streets, those that need attention marked, the
    /// associations and places as landmarks and the key figures named.
    case streets
    /// One shape per group, named after its association or street, lines weighted by the ties
    /// between groups and the people who bridge them named on the line.
    case groups
}

/// A map ready to draw: the DOT graph and the engine that suits it.
public struct MapDrawing: Sendable, Hashable {
    public var kind: MapKind
    public var graph: DOTGraph
    public var engine: LayoutEngine

    public init(kind: MapKind, graph: DOTGraph, engine: LayoutEngine) {
        self.kind = kind
        self.graph = graph
        self.engine = engine
    }

    /// The DOT text of the map.
    public var text: String { graph.text }
}
