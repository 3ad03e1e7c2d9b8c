import WeefselGraph

/// What changed between two snapshots of the neighbourhood: new ties green, ties that are gone
/// red and dashed, unchanged ties light grey; households that became isolated get a red border,
/// households that are no longer isolated a green one.
///
/// People and households are named over both snapshots together; a code (under the installation
/// key) follows the id, so it is the same as on any other map.
///
/// - Parameters:
///   - before: the earlier snapshot, with its isolation classes if known.
///   - after: the later snapshot, with its isolation classes if known.
/// - Throws: `MapError` when an input does not fit its graph or the map is too large.
/// - Complexity: O((n + m) log(n + m)) over both snapshots.
public func changeMap(
    from before: MapInput, to after: MapInput, options: MapOptions = MapOptions()
) throws(MapError) -> MapDrawing {
    try before.validate()
    try after.validate()
    let merged = try mergedGraph(before.graph, after.graph)
    let n = merged.nodeCount
    let engine = try chooseEngine(for: .change, nodeCount: n, options: options)
    let words = Vocabulary(language: options.language)
    let hidesNames = options.hidesNames(householdCount: merged.householdCount)
    let naming = Naming(graph: merged, hidesNames: hidesNames, words: words, pseudonyms: options.pseudonyms)
    let compact = n > options.labelLimit

    let oldTies = strongestTies(before.graph)
    let newTies = strongestTies(after.graph)
    let oldIsolated = isolatedHouseholds(before)
    let newIsolated = isolatedHouseholds(after)

    var legend = Legend(kind: .change, options: options, hidesNames: hidesNames)
    legend.add([
        Legend.Entry(glyph: "━━", colour: Palette.added, text: words.added),
        Legend.Entry(glyph: "╍╍", colour: Palette.removed, text: words.removed),
        Legend.Entry(glyph: "━━", colour: Palette.midGrey, text: words.unchanged),
    ])
    legend.add([
        Legend.Entry(glyph: "◯", colour: Palette.removed, text: words.becameIsolated),
        Legend.Entry(glyph: "◯", colour: Palette.added, text: words.stoppedBeingIsolated),
    ])
    let (kinds, volunteering) = MapParts.kindsPresent(0..<Int32(n), in: merged)
    legend.addNodeKinds(kinds, volunteeringResidents: volunteering, words: words)

    var dot = MapParts.graph(engine: engine, nodeCount: n, legend: legend)
    for v in 0..<Int32(n) {
        var node = MapParts.element(
            v, in: merged, naming: naming, fill: Palette.kind(merged.nodeKinds[Int(v)]), labelled: !compact,
            compact: compact)
        let h = merged.nodeHousehold[Int(v)]
        if h >= 0 {
            let id = merged.householdIDs[Int(h)]
            let (was, isNow) = (oldIsolated.contains(id), newIsolated.contains(id))
            if was != isNow {
                node.attributes.colour = isNow ? Palette.removed : Palette.added
                node.attributes.penWidth = 4
            }
        }
        dot.nodes.append(node)
    }
    for key in Set(oldTies.keys).union(newTies.keys) {
        guard let a = merged.index(of: key.low), let b = merged.index(of: key.high) else { continue }
        let (old, new) = (oldTies[key], newTies[key])
        var attributes = VisualLanguage.edge(kind: key.kind, strength: new ?? old ?? 1)
        switch (old, new) {
        case (nil, _):
            attributes.colour = Palette.added
            attributes.style = []
        case (_, nil):
            attributes.colour = Palette.removed
            attributes.style = [.dashed]
        default:
            attributes.colour = Palette.midGrey
            attributes.penWidth = 1
        }
        dot.edges.append(DOTEdge(.element(a), .element(b), attributes: attributes))
    }
    return MapDrawing(kind: .change, graph: dot, engine: engine)
}

/// Both snapshots' nodes and households in one graph, numbered in id order; the later snapshot's
/// names and kinds win.
private func mergedGraph(_ before: AnalysisGraph, _ after: AnalysisGraph) throws(MapError) -> AnalysisGraph {
    var builder = AnalysisGraph.Builder()
    var households: Set<Household.ID> = []
    var nodes: Set<Node.ID> = []
    for graph in [after, before] {
        for h in 0..<graph.householdCount where households.insert(graph.householdIDs[h]).inserted {
            builder.add(Household(id: graph.householdIDs[h], street: graph.householdAddresses[h]))
        }
        for v in 0..<graph.nodeCount where nodes.insert(graph.nodeIDs[v]).inserted {
            let h = graph.nodeHousehold[v]
            builder.add(
                id: graph.nodeIDs[v], kind: graph.nodeKinds[v], name: graph.nodeNames[v],
                household: h >= 0 ? graph.householdIDs[Int(h)] : nil, birthYear: nil,
                volunteers: graph.nodeVolunteers[v], wijk: nil)
        }
    }
    do {
        return try builder.build()
    } catch {
        throw .invalidInput("the two snapshots cannot be compared: \(error)")
    }
}

/// Every tie of the graph by its key, with the strongest strength.
private func strongestTies(_ graph: AnalysisGraph) -> [Tie.Key: UInt8] {
    var ties: [Tie.Key: UInt8] = [:]
    for t in 0..<graph.tieCount {
        let key = Tie.Key(
            graph.nodeIDs[Int(graph.tieSources[t])], graph.nodeIDs[Int(graph.tieTargets[t])], kind: graph.tieKinds[t])
        ties[key] = max(ties[key] ?? 0, graph.tieStrengths[t])
    }
    return ties
}

/// The households without informal ties outside (isolated or known only to professionals).
private func isolatedHouseholds(_ input: MapInput) -> Set<Household.ID> {
    guard let isolation = input.isolation else { return [] }
    return Set(isolation.indices.filter { isolation[$0] != .connected }.map { input.graph.householdIDs[$0] })
}
