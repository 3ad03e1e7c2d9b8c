/// The engine for a map: the one asked for if it can handle the size, else the one that suits
/// the map kind and size (twopi for the netwerkkaart, fdp for small group maps, dot for up to 300
/// matched people, neato for small maps, sfdp for large ones).
///
/// - Throws: ``MapError/tooLarge(nodes:limit:)`` above the node limit, and
///   ``MapError/engineTooSlow(_:nodes:limit:)`` when the engine asked for cannot handle the size.
/// - Complexity: O(1).
func chooseEngine(for kind: MapKind, nodeCount: Int, options: MapOptions) throws(MapError) -> LayoutEngine {
    guard nodeCount <= options.nodeLimit else { throw .tooLarge(nodes: nodeCount, limit: options.nodeLimit) }
    let engine: LayoutEngine
    if let requested = options.engine {
        // Only the street and group maps give every node a position to draw it at.
        guard requested != .pinned else {
            throw .invalidInput(
                "the \(kind.rawValue) map is laid out by a layout program, not drawn at given positions")
        }
        engine = requested
    } else {
        switch kind {
        case .ego: engine = .twopi
        case .communities where nodeCount <= 150: engine = .fdp
        case .matches where nodeCount <= 300: engine = .dot
        default: engine = nodeCount <= 300 ? .neato : .sfdp
        }
    }
    if let limit = engine.nodeLimit, nodeCount > limit {
        throw .engineTooSlow(engine, nodes: nodeCount, limit: limit)
    }
    return engine
}

/// Checks the node limit before any work is done for a map.
///
/// - Throws: ``MapError/tooLarge(nodes:limit:)``.
func checkSize(_ nodeCount: Int, options: MapOptions) throws(MapError) {
    guard nodeCount <= options.nodeLimit else { throw .tooLarge(nodes: nodeCount, limit: options.nodeLimit) }
}
