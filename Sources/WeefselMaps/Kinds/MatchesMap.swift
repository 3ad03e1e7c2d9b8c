import WeefselGraph

/// Proposed and active matches between people: the people in a match (those asking for help on
/// the left, those offering it on the right), the matches as blue lines (dashed while proposed),
/// and the ties already between them (a conflict stands out in red).
///
/// - Parameters:
///   - input: the graph.
///   - matches: the matches to draw, by node index.
/// - Throws: `MapError.invalidInput` for a match naming a node index out of range, and the size
///   errors of every map.
/// - Complexity: O(k log k + m) for k matches and m ties.
public func matchesMap(
    of input: MapInput, matches: [MatchPair], options: MapOptions = MapOptions()
) throws(MapError) -> MapDrawing {
    try input.validate()
    let graph = input.graph
    for match in matches {
        for v in [match.need, match.offer] where v < 0 || Int(v) >= graph.nodeCount {
            throw .invalidInput("a match names node index \(v), the graph has \(graph.nodeCount) nodes")
        }
    }
    let shown = Set(matches.flatMap { [$0.need, $0.offer] })
    let engine = try chooseEngine(for: .matches, nodeCount: shown.count, options: options)
    let words = Vocabulary(language: options.language)
    let hidesNames = options.hidesNames(householdCount: MapParts.householdCount(of: shown, in: graph))
    let naming = Naming(graph: graph, hidesNames: hidesNames, words: words, pseudonyms: options.pseudonyms)
    let compact = shown.count > options.labelLimit

    let ties = (0..<graph.tieCount).filter {
        shown.contains(graph.tieSources[$0]) && shown.contains(graph.tieTargets[$0]) && !graph.tieKinds[$0].isMatch
    }
    var legend = Legend(kind: .matches, options: options, hidesNames: hidesNames)
    let states = Set(matches.map(\.state))
    legend.add(
        MatchPair.State.allCases.filter(states.contains).map { state in
            Legend.Entry(glyph: state == .active ? "━━" : "╍╍", colour: Palette.blue, text: words.name(of: state))
        })
    if engine == .dot {
        legend.add([Legend.Entry(glyph: "⇄", colour: Palette.blue, text: words.needsLeftOffersRight)])
    }
    let (kinds, volunteering) = MapParts.kindsPresent(shown, in: graph)
    legend.addNodeKinds(kinds, volunteeringResidents: volunteering, words: words)
    legend.addTieKinds(Set(ties.map { graph.tieKinds[$0] }), words: words)

    var dot = MapParts.graph(engine: engine, nodeCount: shown.count, legend: legend)
    // With dot, people asking for help on the left and the people offering it on the right.
    dot.attributes.layout?.leftToRight = true
    for v in shown.sorted() {
        dot.nodes.append(
            MapParts.element(
                v, in: graph, naming: naming, fill: Palette.kind(graph.nodeKinds[Int(v)]), labelled: true,
                compact: compact))
    }
    for match in Set(matches) where match.need != match.offer {
        var attributes = DOTAttributes(
            label: .text(words.name(of: match.programme)), style: match.state == .proposed ? [.dashed] : [],
            colour: Palette.blue, fontColour: Palette.blue, penWidth: match.state == .active ? 3 : 2)
        attributes.fontSize = 9
        dot.edges.append(DOTEdge(from: .element(match.need), to: .element(match.offer), attributes: attributes))
    }
    for t in ties {
        var edge = MapParts.tie(t, in: graph)
        edge.attributes.constraint = false
        dot.edges.append(edge)
    }
    return MapDrawing(kind: .matches, graph: dot, engine: engine)
}
