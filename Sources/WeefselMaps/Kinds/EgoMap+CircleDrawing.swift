import Foundation
import WeefselGraph

/// The netwerkkaart in circles (see ``EgoCircles``): the household at the centre with its members
/// around it, each contact in the sector of its closest kind of tie and on the circle of its
/// strongest tie with the household, one line from the middle to each contact in the style of
/// that tie, and the ties between the contacts themselves drawn lightly, or left out.
func egoCircleMap(
    of graph: AnalysisGraph, centre c: Int32, members: [Int32], placed: [Int32: Ring], options: MapOptions
) throws(MapError) -> MapDrawing {
    let memberSet = Set(members)
    let household = graph.nodeHousehold[Int(c)]
    let words = Vocabulary(language: options.language)
    let alters = placed.keys.filter { !memberSet.contains($0) }.sorted()
    let shown = members + alters
    try checkSize(shown.count + 1, options: options)
    let hidesNames = options.hidesNames(householdCount: MapParts.householdCount(of: shown, in: graph))
    let naming = Naming(graph: graph, hidesNames: hidesNames, words: words, pseudonyms: options.pseudonyms)

    // The strongest tie of each contact with the household, which decides its circle and its line.
    var strongest: [Int32: Int] = [:]
    for v in members {
        for entry in graph.entries(of: v) {
            let u = graph.neighbours[entry]
            guard !memberSet.contains(u) else { continue }
            let t = Int(graph.entryTies[entry])
            if let known = strongest[u], graph.tieStrengths[known] >= graph.tieStrengths[t] { continue }
            strongest[u] = t
        }
    }
    let contacts = alters.map { v in
        let name = naming.name(ofNode: v)
        return EgoCircles.Contact(
            node: v, sector: placed[v] == .household ? .family : placed[v] ?? .friends,
            circle: EgoCircles.circle(strength: strongest[v].map { Int(graph.tieStrengths[$0]) } ?? 1),
            labelWidth: EgoCircles.labelWidth(name), sortKey: name.lowercased())
    }
    // The household in the middle, its members around it, then every contact, none covering another.
    let householdWidth = household >= 0 ? EgoCircles.labelWidth(naming.name(ofHousehold: household)) : 0
    var fixed = [EgoCircles.Box(centre: DOTPoint(x: 0, y: 0), width: max(householdWidth, 0.8), height: 0.5)]
    let memberItems = members.enumerated().compactMap { index, v -> (node: Int32, box: EgoCircles.Box)? in
        guard household >= 0 || v != c else { return nil }
        let angle = 2 * Double.pi * (Double(index) + 0.25) / Double(members.count)
        return (
            v,
            EgoCircles.Box(
                centre: EgoCircles.point(radius: 0.7, angle: angle),
                width: EgoCircles.labelWidth(naming.name(ofNode: v)), height: 0.4)
        )
    }
    let memberPositions = EgoCircles.separate(memberItems, around: fixed)
    fixed += memberItems.map { item in
        EgoCircles.Box(centre: memberPositions[item.node] ?? item.box.centre, width: item.box.width, height: 0.4)
    }
    let innermost = (fixed.map { hypot($0.centre.x, $0.centre.y) + $0.height }.max() ?? 0) + 0.9
    let (circled, radii, starts) = EgoCircles.positions(contacts, innermost: innermost)
    let positions = EgoCircles.separate(
        contacts.compactMap { contact in
            circled[contact.node].map {
                (contact.node, EgoCircles.Box(centre: $0, width: contact.labelWidth, height: 0.4))
            }
        }, around: fixed)

    var legend = Legend(kind: .ego, options: options, hidesNames: hidesNames)
    legend.add([
        Legend.Entry(
            glyph: "◎", colour: Palette.darkGrey,
            text: options.language == .dutch
                ? "binnenste cirkel: sterke band, buitenste: zwakke band" : "inner circle: strong tie, outer: weak tie")
    ])
    let (kinds, volunteering) = MapParts.kindsPresent(shown, in: graph)
    legend.addNodeKinds(kinds, volunteeringResidents: volunteering, words: words)
    let shownSet = Set(shown)
    let between = Set(
        alters.flatMap { v in graph.entries(of: v).map { Int(graph.entryTies[$0]) } }.filter {
            shownSet.contains(graph.tieSources[$0]) && shownSet.contains(graph.tieTargets[$0])
                && !memberSet.contains(graph.tieSources[$0]) && !memberSet.contains(graph.tieTargets[$0])
        })
    legend.addTieKinds(Set(strongest.values.map { graph.tieKinds[$0] }), words: words)

    var dot = MapParts.graph(engine: .neato, nodeCount: shown.count + 1, legend: legend)
    dot.attributes.layout = DOTLayoutSettings(overlap: .keep, splines: .line)
    let furthest =
        contacts.compactMap { contact in
            positions[contact.node].map { hypot($0.x, $0.y) + contact.labelWidth / 2 }
        }.max() ?? 0
    let contactBoxes = contacts.compactMap { contact in
        positions[contact.node].map { EgoCircles.Box(centre: $0, width: contact.labelWidth, height: 0.4) }
    }
    let background = EgoCircles.background(
        radii: radii, starts: starts, outside: furthest, avoiding: fixed + contactBoxes, words: words)
    dot.nodes += background.nodes
    dot.edges += background.edges
    let root: DOTNode.ID = household >= 0 ? .household(household) : .element(c)
    if household >= 0 {
        var attributes = DOTAttributes(
            label: .text(naming.name(ofHousehold: household)), shape: VisualLanguage.householdShape, style: [.filled],
            colour: Palette.black, fillColour: colour(of: .household), fontSize: 12, penWidth: 2)
        attributes.tooltip = naming.tooltip(ofHousehold: household)
        attributes.position = DOTPoint(x: 0, y: 0)
        dot.nodes.append(DOTNode(id: root, attributes: attributes))
    }
    // The members around the middle, a small circle of their own.
    for v in members where household >= 0 || v != c {
        var node = MapParts.element(
            v, in: graph, naming: naming, fill: colour(of: .household), labelled: true, compact: false)
        node.attributes.position = memberPositions[v]
        dot.nodes.append(node)
        dot.edges.append(
            DOTEdge(from: root, to: .element(v), attributes: DOTAttributes(colour: Palette.black, penWidth: 2)))
    }
    if household < 0 {
        var node = MapParts.element(
            c, in: graph, naming: naming, fill: colour(of: .household), labelled: true, compact: false)
        node.attributes.penWidth = 2
        node.attributes.position = DOTPoint(x: 0, y: 0)
        dot.nodes.append(node)
    }
    for contact in contacts {
        var node = MapParts.element(
            contact.node, in: graph, naming: naming, fill: colour(of: contact.sector), labelled: true, compact: false)
        node.attributes.position = positions[contact.node]
        dot.nodes.append(node)
        // One line from the middle, in the style of the strongest tie, so none crosses the centre.
        if let t = strongest[contact.node] {
            dot.edges.append(
                DOTEdge(from: root, to: .element(contact.node), attributes: MapParts.tie(t, in: graph).attributes))
        }
    }
    if options.showsTiesBetweenContacts {
        for t in between.sorted() {
            var edge = MapParts.tie(t, in: graph, compact: true)
            edge.attributes.colour = DOTColour(red: 0x9A, green: 0xA3, blue: 0xAF, alpha: 0x70)
            edge.attributes.penWidth = 0.6
            dot.edges.append(edge)
        }
    }
    return MapDrawing(kind: .ego, graph: dot, engine: .neato)
}
