import WeefselGraph

/// What can go wrong when drawing a map: bad input, a map too large to lay out, or a message from
/// Graphviz.
public enum MapError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Graphviz could not be started (no context, or no plugins installed).
    case graphvizUnavailable(String)
    /// Graphviz could not read the DOT text.
    case invalidDOT(String)
    /// Graphviz failed to lay out the graph with the engine.
    case layoutFailed(LayoutEngine, String)
    /// Graphviz failed to write the format (often: the plugin for it is not installed).
    case renderFailed(OutputFormat, String)
    /// The map has more nodes than the configured limit.
    case tooLarge(nodes: Int, limit: Int)
    /// The engine would take too long on a map of this size.
    case engineTooSlow(LayoutEngine, nodes: Int, limit: Int)
    /// The household or person a map is centred on is not in the graph.
    case unknownNode(Node.ID)
    /// Analysis results that do not fit the graph (for example one score per node expected).
    case invalidInput(String)

    public var description: String {
        switch self {
        case .graphvizUnavailable(let message): "Graphviz is not available: \(message)"
        case .invalidDOT(let message): "Graphviz could not read the map: \(message)"
        case .layoutFailed(let engine, let message): "layout with \(engine.rawValue) failed: \(message)"
        case .renderFailed(let format, let message): "writing \(format.rawValue) failed: \(message)"
        case .tooLarge(let nodes, let limit):
            "the map has \(nodes) nodes, more than the limit of \(limit); draw a smaller part or raise the limit"
        case .engineTooSlow(let engine, let nodes, let limit):
            "\(engine.rawValue) lays out at most \(limit) nodes in reasonable time, the map has \(nodes); use sfdp"
        case .unknownNode(let id): "unknown person, household or organisation '\(id)'"
        case .invalidInput(let text): text
        }
    }
}
