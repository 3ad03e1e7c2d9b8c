import WeefselGraph

/// Every household as a house, coloured by its isolation class, with the organisations and
/// professionals around them; ties between households are drawn once per kind.
///
/// - Parameters:
///   - input: the graph with an isolation class per household.
/// - Throws: `MapError.invalidInput` without isolation classes; other `MapError`s as for every map.
/// - Complexity: O(n + m log m).
public func isolationMap(of input: MapInput, options: MapOptions = MapOptions()) throws(MapError) -> MapDrawing {
    try input.validate()
    guard let isolation = input.isolation else {
        throw .invalidInput("the isolation map needs an isolation class per household")
    }
    let graph = input.graph
    let looseNodes = (0..<Int32(graph.nodeCount)).filter { graph.nodeHousehold[Int($0)] < 0 }
    let drawn = graph.householdCount + looseNodes.count
    let engine = try chooseEngine(for: .isolated, nodeCount: drawn, options: options)
    let words = Vocabulary(language: options.language)
    let hidesNames = options.hidesNames(householdCount: graph.householdCount)
    let naming = Naming(graph: graph, hidesNames: hidesNames, words: words, pseudonyms: options.pseudonyms)
    let compact = drawn > options.labelLimit

    var legend = Legend(kind: .isolated, options: options, hidesNames: hidesNames)
    legend.add(
        HouseholdClass.allCases.map { householdClass in
            Legend.Entry(
                glyph: VisualLanguage.householdGlyph, colour: colour(of: householdClass),
                text: "\(words.household): \(words.name(of: householdClass))")
        })
    let (kinds, volunteering) = MapParts.kindsPresent(looseNodes, in: graph)
    legend.addNodeKinds(kinds, volunteeringResidents: volunteering, words: words)
    legend.addTieKinds(Set(graph.tieKinds).subtracting([.household]), words: words)

    var dot = MapParts.graph(engine: engine, nodeCount: drawn, legend: legend)
    for h in 0..<Int32(graph.householdCount) {
        let householdClass = isolation[Int(h)]
        var attributes = DOTAttributes(
            shape: VisualLanguage.householdShape, style: [.filled], fillColour: colour(of: householdClass))
        attributes.tooltip = "\(naming.tooltip(ofHousehold: h)) · \(words.name(of: householdClass))"
        // On large maps only the households that need attention are named.
        let named = !compact || householdClass != .connected
        attributes.label = .text(named ? naming.name(ofHousehold: h) : "")
        if householdClass != .connected {
            attributes.penWidth = 3
            attributes.colour = Palette.black
        }
        if compact {
            attributes.width = householdClass == .connected ? 0.2 : 0.35
            attributes.height = attributes.width
            attributes.fixedSize = true
            attributes.label = .text("")
            if named { attributes.xlabel = naming.name(ofHousehold: h) }
        }
        dot.nodes.append(DOTNode(id: .household(h), attributes: attributes))
    }
    for v in looseNodes {
        let fill = Palette.kind(graph.nodeKinds[Int(v)])
        dot.nodes.append(
            MapParts.element(v, in: graph, naming: naming, fill: fill, labelled: !compact, compact: compact))
    }

    // One edge per pair of drawn units and tie kind, with the strongest strength.
    struct Key: Hashable {
        let a: DOTNode.ID
        let b: DOTNode.ID
        let kind: Tie.Kind
    }
    func unit(_ v: Int32) -> DOTNode.ID {
        let h = graph.nodeHousehold[Int(v)]
        return h >= 0 ? .household(h) : .element(v)
    }
    var strongest: [Key: UInt8] = [:]
    for t in 0..<graph.tieCount {
        let (a, b) = (unit(graph.tieSources[t]), unit(graph.tieTargets[t]))
        guard a != b else { continue }
        let key = Key(a: min(a, b), b: max(a, b), kind: graph.tieKinds[t])
        strongest[key] = max(strongest[key] ?? 0, graph.tieStrengths[t])
    }
    for (key, strength) in strongest {
        dot.edges.append(DOTEdge(key.a, key.b, attributes: VisualLanguage.edge(kind: key.kind, strength: strength)))
    }
    return MapDrawing(kind: .isolated, graph: dot, engine: engine)
}

/// The fill of a household of `householdClass`: vermillion for isolated, orange for known only to
/// professionals, light blue for connected.
func colour(of householdClass: HouseholdClass) -> DOTColour {
    switch householdClass {
    case .connected: Palette.skyBlue.lightened(by: 0.55)
    case .professionalOnly: Palette.orange
    case .isolated: Palette.vermillion
    }
}
