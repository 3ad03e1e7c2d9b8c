import WeefselGraph

/// The street map: every household at its address (see ``StreetLayout``), the streets as grey
/// roads with their names, the households that need attention marked (isolated, known only to
/// professionals, fragile), the associations and places as landmarks near their members' homes,
/// the informal ties as light lines between households and the key figures named beside their
/// home. Weefsel computes every position and Graphviz draws them where they are, so the map keeps
/// the neighbourhood's geography and no label covers another or a marked household.
///
/// - Parameters:
///   - input: the graph with an isolation class per household; with betweenness, the
///     `topLabelled` key figures are named; with `fragile`, fragile households are marked.
/// - Throws: `MapError.invalidInput` without isolation classes; other `MapError`s as for every map.
/// - Complexity: O(n + m log m + h log h) for n nodes, m ties and h households.
public func streetMap(of input: MapInput, options: MapOptions = MapOptions()) throws(MapError) -> MapDrawing {
    try input.validate()
    guard let isolation = input.isolation else {
        throw .invalidInput("the street map needs an isolation class per household")
    }
    let graph = input.graph
    let households = (0..<Int32(graph.householdCount)).filter { !graph.members(ofHousehold: $0).isEmpty }
    let landmarks = (0..<Int32(graph.nodeCount)).filter { graph.nodeKinds[Int($0)] == .association }
    try checkSize(households.count + landmarks.count, options: options)
    let words = Vocabulary(language: options.language)
    let hidesNames = options.hidesNames(householdCount: graph.householdCount)
    let naming = Naming(graph: graph, hidesNames: hidesNames, words: words, pseudonyms: options.pseudonyms)
    let layout = StreetLayout(graph: graph, households: households)
    let marks = households.map { h in
        StreetMark(isolation[Int(h)], fragile: input.fragile.map { $0[Int(h)] } ?? false)
    }
    let keyFigures = rankedKeyFigures(input, top: options.topLabelled)
    let keyHomes = Set(keyFigures.map { graph.nodeHousehold[Int($0)] })
    let sizes = (dot: min(0.12, max(0.035, layout.spacing * 0.75)), mark: min(0.26, max(0.13, layout.spacing * 1.6)))

    var dot = VisualLanguage.baseGraph(layout: DOTLayoutSettings(splines: .line, seed: nil))
    dot.attributes.layout?.positionsOnly = true
    var legend = Legend(kind: .streets, options: options, hidesNames: hidesNames)
    legend.add(
        [StreetMark.isolated, .professionalOnly, .fragile, .connected].filter(marks.contains).map { mark in
            Legend.Entry(glyph: mark.glyph, colour: mark.fill, text: mark.name(words))
        })
    var symbols: [Legend.Entry] = [
        Legend.Entry(glyph: "▬", colour: Palette.midGrey, text: words.streetLabel)
    ]
    if !keyFigures.isEmpty { symbols.append(Legend.Entry(glyph: "●", colour: Palette.black, text: words.keyFigure)) }
    if !landmarks.isEmpty {
        symbols.append(Legend.Entry(glyph: "■", colour: Palette.yellow.lightened(by: 0.3), text: words.landmark))
    }
    legend.add(symbols)

    // Marks that need attention are never covered by a label.
    var space = LabelSpace()
    for (index, h) in households.enumerated() where marks[index] != .connected || keyHomes.contains(h) {
        space.take(MapBox(centre: layout.positions[Int(h)], width: sizes.mark, height: sizes.mark))
    }
    let labels = StreetLabels(graph: graph, naming: naming, layout: layout, sizes: sizes)
    let roads = labels.streets(space: &space)
    dot.nodes += roads.nodes
    dot.edges += roads.edges
    // Every household a small dot; those that need attention and the key figures' homes get a
    // mark of their own on top, drawn after every dot.
    for (index, h) in households.enumerated() {
        let mark = marks[index]
        let key = keyHomes.contains(h)
        var dotAttributes = DOTAttributes(
            label: .text(""), shape: .circle, style: [.filled], colour: Palette.connected,
            fillColour: Palette.connected, penWidth: 0.5, width: sizes.dot, height: sizes.dot, fixedSize: true)
        dotAttributes.tooltip = "\(naming.tooltip(ofHousehold: h)) · \(mark.name(words))"
        dotAttributes.position = layout.positions[Int(h)]
        dot.nodes.append(DOTNode(id: .household(h), attributes: dotAttributes))
        guard mark != .connected || key else { continue }
        let size = mark == .connected ? max(sizes.dot * 1.8, sizes.mark * 0.8) : sizes.mark
        var attributes = DOTAttributes(
            label: .text(""), shape: mark == .connected ? .circle : VisualLanguage.householdShape, style: [.filled],
            colour: Palette.black, fillColour: mark == .connected ? Palette.black : mark.fill,
            penWidth: key ? 2 : 1.2, width: size, height: size, fixedSize: true)
        attributes.tooltip = dotAttributes.tooltip
        attributes.position = dotAttributes.position
        dot.nodes.append(DOTNode(id: .backdrop("mark_\(h)"), attributes: attributes))
    }
    dot.nodes += labels.landmarks(landmarks, space: &space)
    let keyLabels = labels.keyFigures(keyFigures, space: &space)
    dot.nodes += keyLabels.nodes
    dot.edges += keyLabels.leaders
    let attention = households.indices.filter { marks[$0] == .isolated || marks[$0] == .professionalOnly }
    if attention.count <= 60 {
        dot.nodes += labels.addresses(attention.map { households[$0] }, space: &space)
    }
    let ties = tiesBetweenHouseholds(graph)
    dot.edges += ties.edges
    var lines = [Legend.Entry(glyph: "──", colour: Palette.grey, text: words.tieBetweenHouseholds)]
    if ties.conflicts { lines.append(Legend.Entry(glyph: "╍╍", colour: Palette.vermillion, text: words.conflictTie)) }
    if ties.leftOut > 0 {
        lines.append(Legend.Entry(glyph: "…", colour: Palette.darkGrey, text: words.householdTiesLeftOut(ties.leftOut)))
    }
    legend.add(lines)
    dot.attributes.label = .html(legend.table)
    return MapDrawing(kind: .streets, graph: dot, engine: .pinned)
}

extension Palette {
    /// The dot of a household on the street map that needs no visit.
    static let connected = skyBlue
}

/// How a household is marked on the street map.
enum StreetMark: Hashable {
    case isolated, professionalOnly, fragile, connected

    init(_ householdClass: HouseholdClass, fragile: Bool) {
        switch householdClass {
        case .isolated: self = .isolated
        case .professionalOnly: self = .professionalOnly
        case .connected: self = fragile ? .fragile : .connected
        }
    }

    var fill: DOTColour {
        switch self {
        case .isolated: Palette.vermillion
        case .professionalOnly: Palette.orange
        case .fragile: Palette.yellow
        case .connected: Palette.connected
        }
    }

    var glyph: String { self == .connected ? "●" : VisualLanguage.householdGlyph }

    func name(_ words: Vocabulary) -> String {
        switch self {
        case .isolated: words.isolatedHousehold
        case .professionalOnly: words.professionalOnlyHousehold
        case .fragile: words.fragileHousehold
        case .connected: words.connectedHousehold
        }
    }
}

/// The `top` persons with the highest betweenness who live in a household, highest first (ties
/// by index); none without betweenness.
func rankedKeyFigures(_ input: MapInput, top: Int) -> [Int32] {
    guard let betweenness = input.betweenness, top > 0 else { return [] }
    let graph = input.graph
    let people = (0..<Int32(graph.nodeCount)).filter { v in
        graph.nodeHousehold[Int(v)] >= 0 && betweenness[Int(v)] > 0
            && (graph.nodeKinds[Int(v)] == .resident || graph.nodeKinds[Int(v)] == .volunteer)
    }
    let ranked = people.sorted { a, b in
        let (sa, sb) = (betweenness[Int(a)], betweenness[Int(b)])
        return sa != sb ? sa > sb : a < b
    }
    return Array(ranked.prefix(top))
}

/// One light line per pair of households that know each other informally (the strongest tie
/// decides its width), and a red dashed one for every conflict. Above `budget` lines, the lines are
/// shared out over the households, strongest first: each household keeps its strongest tie before
/// any gets a second, and so on, so that a large map stays a map and not a web.
///
/// - Returns: the lines, whether a conflict is among them, and how many lines were left out.
/// - Complexity: O(m log m + p·k) for p pairs of households and k lines per household.
func tiesBetweenHouseholds(_ graph: AnalysisGraph, budget: Int = 1_500) -> (
    edges: [DOTEdge], conflicts: Bool, leftOut: Int
) {
    struct Pair: Hashable {
        let a: Int32
        let b: Int32
        let conflict: Bool
    }
    var strongest: [Pair: UInt8] = [:]
    for t in 0..<graph.tieCount {
        let kind = graph.tieKinds[t]
        guard kind.isInformal || kind == .conflict else { continue }
        let a = graph.nodeHousehold[Int(graph.tieSources[t])]
        let b = graph.nodeHousehold[Int(graph.tieTargets[t])]
        guard a >= 0, b >= 0, a != b else { continue }
        let pair = Pair(a: min(a, b), b: max(a, b), conflict: kind == .conflict)
        strongest[pair] = max(strongest[pair] ?? 0, graph.tieStrengths[t])
    }
    // Within a strength, a fixed shuffle of the pairs, so that the lines left out are not all in
    // the streets that come last in id order.
    func mixed(_ pair: Pair) -> UInt64 {
        var value = UInt64(UInt32(pair.a)) << 32 | UInt64(UInt32(pair.b))
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
    let pairs = strongest.sorted { x, y in
        if x.key.conflict != y.key.conflict { return x.key.conflict }
        if x.value != y.value { return x.value > y.value }
        let (mx, my) = (mixed(x.key), mixed(y.key))
        return mx != my ? mx < my : (x.key.a, x.key.b) < (y.key.a, y.key.b)
    }
    var kept = [Bool](repeating: false, count: pairs.count)
    var lines = [Int32: Int]()
    var total = 0
    var round = 1
    while total < min(budget, pairs.count) {
        for (index, pair) in pairs.enumerated() where !kept[index] && total < budget {
            let (a, b) = (pair.key.a, pair.key.b)
            guard pair.key.conflict || min(lines[a] ?? 0, lines[b] ?? 0) < round else { continue }
            kept[index] = true
            lines[a, default: 0] += 1
            lines[b, default: 0] += 1
            total += 1
        }
        round += 1
    }
    let light = DOTColour(red: 0x6E, green: 0x6E, blue: 0x6E, alpha: total > 800 ? 0x30 : 0x40)
    let edges = pairs.indices.filter { kept[$0] }.map { index in
        let (pair, strength) = pairs[index]
        let attributes =
            pair.conflict
            ? DOTAttributes(style: [.dashed], colour: Palette.vermillion, penWidth: 1.2)
            : DOTAttributes(colour: light, penWidth: 0.2 + 0.25 * Double(strength))
        return DOTEdge(.household(pair.a), .household(pair.b), attributes: attributes)
    }
    return (edges, strongest.keys.contains { $0.conflict }, pairs.count - total)
}
