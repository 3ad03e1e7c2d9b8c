import WeefselGraph

/// The groups of the neighbourhood: each group a coloured region (a cluster; drawn as a region
/// by fdp, as node colours by sfdp on large maps), ties between groups thinner and grey.
///
/// - Parameters:
///   - input: the graph with a group per node (-1 for none) and optional group names.
/// - Throws: `MapError.invalidInput` without groups; other `MapError`s as for every map.
/// - Complexity: O(n + m).
public func communitiesMap(of input: MapInput, options: MapOptions = MapOptions()) throws(MapError) -> MapDrawing {
    try input.validate()
    guard let groups = input.groups else {
        throw .invalidInput("the communities map needs a group per node")
    }
    let graph = input.graph
    let n = graph.nodeCount
    let engine = try chooseEngine(for: .communities, nodeCount: n, options: options)
    let words = Vocabulary(language: options.language)
    let hidesNames = options.hidesNames(householdCount: graph.householdCount)
    let naming = Naming(graph: graph, hidesNames: hidesNames, words: words, pseudonyms: options.pseudonyms)
    let compact = n > options.labelLimit

    var legend = Legend(kind: .communities, options: options, hidesNames: hidesNames)
    legend.add(MapParts.groupEntries(groups, labels: hidesNames ? [] : input.groupLabels, words: words))
    let (kinds, volunteering) = MapParts.kindsPresent(0..<Int32(n), in: graph)
    legend.addNodeKinds(kinds, volunteeringResidents: volunteering, words: words)
    legend.addTieKinds(Set(graph.tieKinds), words: words)

    var dot = MapParts.graph(engine: engine, nodeCount: n, legend: legend)
    // Group names may name streets or people: only on maps that show names.
    let groupLabels = hidesNames ? [] : input.groupLabels
    for number in Set(groups).sorted() where number >= 0 {
        let name = MapParts.groupName(number, labels: groupLabels, words: words)
        var attributes = DOTAttributes(
            label: .text(compact ? "" : name), style: [.filled, .rounded], colour: Palette.group(number),
            fillColour: Palette.group(number).lightened(by: 0.8), fontSize: 12)
        attributes.tooltip = name
        dot.clusters.append(DOTCluster(number: Int(number), attributes: attributes))
    }
    for v in 0..<Int32(n) {
        let group = groups[Int(v)]
        var node = MapParts.element(
            v, in: graph, naming: naming, fill: Palette.group(group), labelled: !compact, compact: compact)
        node.cluster = group >= 0 ? Int(group) : nil
        dot.nodes.append(node)
    }
    for t in 0..<graph.tieCount {
        var edge = MapParts.tie(t, in: graph, compact: compact)
        let (a, b) = (groups[Int(graph.tieSources[t])], groups[Int(graph.tieTargets[t])])
        if a != b && graph.tieKinds[t].isInformal {
            edge.attributes.colour = Palette.grey
            edge.attributes.length = 2
        }
        dot.edges.append(edge)
    }
    return MapDrawing(kind: .communities, graph: dot, engine: engine)
}
