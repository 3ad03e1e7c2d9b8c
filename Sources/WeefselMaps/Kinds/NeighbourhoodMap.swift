import WeefselGraph

/// The whole neighbourhood: every person and organisation with every tie, groups (when given) as
/// coloured regions.
///
/// - Parameters:
///   - input: the graph and, optionally, a group per node.
///   - options: title, language, privacy and size limits.
/// - Throws: `MapError` when the input does not fit the graph or the map is too large.
/// - Complexity: O(n + m) for n nodes and m ties.
public func neighbourhoodMap(of input: MapInput, options: MapOptions = MapOptions()) throws(MapError) -> MapDrawing {
    try input.validate()
    let graph = input.graph
    let n = graph.nodeCount
    let engine = try chooseEngine(for: .map, nodeCount: n, options: options)
    let words = Vocabulary(language: options.language)
    let hidesNames = options.hidesNames(householdCount: graph.householdCount)
    let naming = Naming(graph: graph, hidesNames: hidesNames, words: words, pseudonyms: options.pseudonyms)
    let compact = n > options.labelLimit

    var legend = Legend(kind: .map, options: options, hidesNames: hidesNames)
    let (kinds, volunteering) = MapParts.kindsPresent(0..<Int32(n), in: graph)
    legend.addNodeKinds(kinds, volunteeringResidents: volunteering, words: words)
    legend.addTieKinds(Set(graph.tieKinds), words: words)
    if let groups = input.groups {
        legend.add(MapParts.groupEntries(groups, labels: hidesNames ? [] : input.groupLabels, words: words))
    }

    var dot = MapParts.graph(engine: engine, nodeCount: n, legend: legend)
    dot.nodes.reserveCapacity(n)
    for v in 0..<Int32(n) {
        let fill = input.groups != nil ? Palette.group(input.group(of: v)) : Palette.kind(graph.nodeKinds[Int(v)])
        dot.nodes.append(
            MapParts.element(v, in: graph, naming: naming, fill: fill, labelled: !compact, compact: compact))
    }
    dot.edges = (0..<graph.tieCount).map { MapParts.tie($0, in: graph, compact: compact) }
    return MapDrawing(kind: .map, graph: dot, engine: engine)
}
