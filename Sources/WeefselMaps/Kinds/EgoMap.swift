import WeefselGraph

/// The netwerkkaart of one household: the household in the centre and the people and
/// organisations around it, in circles (see ``EgoCircles``); or, when a layout program is asked
/// for, on twopi's rings from the inside out (household, family, friends, neighbours,
/// associations, professionals) or dot's layers.
///
/// - Parameters:
///   - graph: the neighbourhood.
///   - centre: a member of the household (or a person without household) the map is about.
///   - rings: the ring of every node to show, by node index; `nil` places the direct contacts of
///     the household by the kind of their closest tie (a contact known only through a conflict
///     goes on the neighbours' ring).
/// - Throws: `MapError.unknownNode` when `centre` is not in the graph, `MapError.invalidInput`
///   for a ring key out of range, and the size errors of every map.
/// - Complexity: O(n + m) for the nodes and ties shown.
public func egoMap(
    of graph: AnalysisGraph, centre: Node.ID, rings: [Int32: Ring]? = nil, options: MapOptions = MapOptions()
) throws(MapError) -> MapDrawing {
    guard let c = graph.index(of: centre) else { throw .unknownNode(centre) }
    let household = graph.nodeHousehold[Int(c)]
    let members: [Int32] = household >= 0 ? Array(graph.members(ofHousehold: household)) : [c]
    let memberSet = Set(members)
    let placed: [Int32: Ring]
    if let rings {
        if let key = rings.keys.first(where: { $0 < 0 || Int($0) >= graph.nodeCount }) {
            throw .invalidInput("ring given for node index \(key), the graph has \(graph.nodeCount) nodes")
        }
        placed = rings
    } else {
        placed = directContacts(of: members, in: graph)
    }
    // Unless a layout program is asked for, the netwerkkaart is drawn in circles, at positions
    // Weefsel computes itself.
    if options.engine == nil {
        return try egoCircleMap(of: graph, centre: c, members: members, placed: placed, options: options)
    }
    let alters = placed.filter { !memberSet.contains($0.key) }.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
    let shown = members + alters.map(\.key)
    let spacerCount = alters.reduce(0) { $0 + $1.value.rawValue - 1 }
    let engine = try chooseEngine(for: .ego, nodeCount: shown.count + 1, options: options)
    try checkSize(shown.count + 1 + spacerCount, options: options)

    let words = Vocabulary(language: options.language)
    let hidesNames = options.hidesNames(householdCount: MapParts.householdCount(of: shown, in: graph))
    let naming = Naming(graph: graph, hidesNames: hidesNames, words: words, pseudonyms: options.pseudonyms)
    let compact = shown.count > options.labelLimit

    var legend = Legend(kind: .ego, options: options, hidesNames: hidesNames)
    legend.add(
        Ring.allCases.map { ring in
            Legend.Entry(glyph: "●", colour: colour(of: ring), text: "\(ring.rawValue). \(words.name(of: ring))")
        })
    let (kinds, volunteering) = MapParts.kindsPresent(shown, in: graph)
    legend.addNodeKinds(kinds, volunteeringResidents: volunteering, words: words)
    let shownSet = Set(shown)
    let ties = shown.flatMap { v in graph.entries(of: v).map { Int(graph.entryTies[$0]) } }
        .filter { shownSet.contains(graph.tieSources[$0]) && shownSet.contains(graph.tieTargets[$0]) }
    let tieSet = Set(ties)
    legend.addTieKinds(Set(tieSet.map { graph.tieKinds[$0] }), words: words)

    var dot = MapParts.graph(engine: engine, nodeCount: shown.count + 1, legend: legend)
    let root: DOTNode.ID = household >= 0 ? .household(household) : .element(c)
    dot.attributes.root = root
    // Straight lines from the centre read best on rings and on dot's rows alike.
    dot.attributes.layout?.splines = .line
    if household >= 0 {
        var attributes = DOTAttributes(
            label: .text(naming.name(ofHousehold: household)), shape: VisualLanguage.householdShape, style: [.filled],
            colour: Palette.black, fillColour: colour(of: .household), fontSize: 12, penWidth: 2)
        attributes.tooltip = naming.tooltip(ofHousehold: household)
        dot.nodes.append(DOTNode(id: root, attributes: attributes))
        for v in members {
            dot.nodes.append(
                MapParts.element(
                    v, in: graph, naming: naming, fill: colour(of: .household), labelled: true, compact: compact))
            dot.edges.append(
                DOTEdge(from: root, to: .element(v), attributes: DOTAttributes(colour: Palette.black, penWidth: 2)))
        }
    } else {
        var node = MapParts.element(
            c, in: graph, naming: naming, fill: colour(of: .household), labelled: true, compact: false)
        node.attributes.penWidth = 2
        dot.nodes.append(node)
    }
    // Each contact hangs from the centre by its own chain of invisible points, one per ring
    // inside its own, so twopi puts it on its ring and dot on its rank.
    for (v, ring) in alters {
        dot.nodes.append(
            MapParts.element(v, in: graph, naming: naming, fill: colour(of: ring), labelled: true, compact: compact))
        var previous = root
        for step in 1..<Int32(ring.rawValue) {
            let spacer = DOTNode.ID.spacer(owner: v, step: step)
            dot.nodes.append(
                DOTNode(
                    id: spacer,
                    attributes: DOTAttributes(
                        label: .text(""), shape: .point, style: [.invisible], width: 0.01, height: 0.01)))
            dot.edges.append(DOTEdge(from: previous, to: spacer, attributes: DOTAttributes(style: [.invisible])))
            previous = spacer
        }
        dot.edges.append(DOTEdge(from: previous, to: .element(v), attributes: DOTAttributes(style: [.invisible])))
    }
    for t in tieSet.sorted() {
        var edge = MapParts.tie(t, in: graph)
        // Ties place nothing: twopi ignores weight 0 for its tree, dot draws them across ranks.
        edge.attributes.weight = 0
        edge.attributes.constraint = false
        dot.edges.append(edge)
    }
    return MapDrawing(kind: .ego, graph: dot, engine: engine)
}

/// The direct contacts of the household's members, each on the ring of its closest tie.
private func directContacts(of members: [Int32], in graph: AnalysisGraph) -> [Int32: Ring] {
    let memberSet = Set(members)
    var rings: [Int32: Ring] = [:]
    var conflicts: Set<Int32> = []
    for v in members {
        for entry in graph.entries(of: v) {
            let u = graph.neighbours[entry]
            guard !memberSet.contains(u) else { continue }
            if let ring = Ring(tie: graph.tieKinds[Int(graph.entryTies[entry])]) {
                rings[u] = min(rings[u] ?? ring, ring)
            } else {
                conflicts.insert(u)
            }
        }
    }
    for u in conflicts where rings[u] == nil { rings[u] = .neighbours }
    return rings
}

/// The fill of a node on `ring`.
func colour(of ring: Ring) -> DOTColour {
    switch ring {
    case .household: Palette.orange
    case .family: Palette.reddishPurple.lightened(by: 0.35)
    case .friends: Palette.skyBlue.lightened(by: 0.3)
    case .neighbours: Palette.bluishGreen.lightened(by: 0.45)
    case .associations: Palette.yellow.lightened(by: 0.3)
    case .professionals: Palette.lightGrey
    }
}
