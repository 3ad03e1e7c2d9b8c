import WeefselGraph

/// Key figures: node size by betweenness, the top figures labelled with their rank, ties between
/// groups (bridges) thick and black.
///
/// - Parameters:
///   - input: the graph with betweenness per node and, optionally, groups (for bridges).
///   - options: `topLabelled` sets how many figures are named.
/// - Throws: `MapError.invalidInput` without betweenness scores; other `MapError`s as for every map.
/// - Complexity: O(n log n + m).
public func keyFiguresMap(of input: MapInput, options: MapOptions = MapOptions()) throws(MapError) -> MapDrawing {
    try input.validate()
    guard let betweenness = input.betweenness else {
        throw .invalidInput("the key figures map needs a betweenness score per node")
    }
    let graph = input.graph
    let n = graph.nodeCount
    let engine = try chooseEngine(for: .keyfigures, nodeCount: n, options: options)
    let words = Vocabulary(language: options.language)
    let hidesNames = options.hidesNames(householdCount: graph.householdCount)
    let naming = Naming(graph: graph, hidesNames: hidesNames, words: words, pseudonyms: options.pseudonyms)

    // Rank by score, ties broken by index so the labelled set is deterministic.
    let ranked = (0..<Int32(n)).sorted { a, b in
        let (sa, sb) = (betweenness[Int(a)], betweenness[Int(b)])
        return sa != sb ? sa > sb : a < b
    }
    var rank = [Int32: Int]()
    for (position, v) in ranked.prefix(max(0, options.topLabelled)).enumerated() { rank[v] = position + 1 }
    let highest = betweenness.lazy.filter(\.isFinite).max() ?? 0

    var legend = Legend(kind: .keyfigures, options: options, hidesNames: hidesNames)
    let (kinds, volunteering) = MapParts.kindsPresent(0..<Int32(n), in: graph)
    legend.addNodeKinds(kinds, volunteeringResidents: volunteering, words: words)
    legend.add([Legend.Entry(glyph: "⬤", colour: Palette.darkGrey, text: words.sizeIsBetweenness)])
    if input.groups != nil {
        legend.add([Legend.Entry(glyph: "━━", colour: Palette.black, text: words.bridge)])
        legend.add(MapParts.groupEntries(input.groups ?? [], labels: hidesNames ? [] : input.groupLabels, words: words))
    }
    legend.addTieKinds(Set(graph.tieKinds), words: words)

    var dot = MapParts.graph(engine: engine, nodeCount: n, legend: legend)
    for v in 0..<Int32(n) {
        let fill = input.groups != nil ? Palette.group(input.group(of: v)) : Palette.kind(graph.nodeKinds[Int(v)])
        var node = MapParts.element(v, in: graph, naming: naming, fill: fill, labelled: false, compact: true)
        let score = betweenness[Int(v)]
        let share = highest > 0 && score.isFinite ? max(0, score) / highest : 0
        let size = 0.15 + 0.85 * share.squareRoot()
        node.attributes.width = size
        node.attributes.height = size
        if let position = rank[v] {
            // The rank inside the node, the name beside it.
            node.attributes.label = .text(String(position))
            node.attributes.fontSize = 11
            node.attributes.width = max(size, 0.3)
            node.attributes.height = max(size, 0.3)
            node.attributes.xlabel = "\(position). \(naming.name(ofNode: v))"
            node.attributes.penWidth = 2
        }
        dot.nodes.append(node)
    }
    for t in 0..<graph.tieCount {
        var edge = MapParts.tie(t, in: graph, compact: n > options.labelLimit)
        let (a, b) = (input.group(of: graph.tieSources[t]), input.group(of: graph.tieTargets[t]))
        if input.groups != nil, a >= 0, b >= 0, a != b, graph.tieKinds[t].isInformal {
            edge.attributes.colour = Palette.black
            edge.attributes.penWidth = 4
        }
        dot.edges.append(edge)
    }
    return MapDrawing(kind: .keyfigures, graph: dot, engine: engine)
}
