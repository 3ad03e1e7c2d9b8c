import Foundation
import WeefselGraph

/// The group map: one circle per group, its area by the number of people in it, named after its
/// association or street (see ``groupNames(_:count:drawn:hidesNames:words:)``); a line between two
/// groups as wide as the number of informal ties between them, and on the strongest lines the
/// people who carry them. Individual persons are never laid out, so the map reads the same for a
/// street and for a city of 100,000: at most `maximumGroups` groups (the largest; groups of one
/// person are left out, and of the groups without a tie to another only the twelve largest are
/// drawn) and only the strongest lines, and the legend says how many were left out. Weefsel places every group itself (see ``GroupLayout``) so no name covers another.
///
/// - Parameters:
///   - input: the graph with a group per node (-1 for none) and, for names, what each group is
///     named after.
/// - Throws: `MapError.invalidInput` without groups; other `MapError`s as for every map.
/// - Complexity: O(n + m log m) for the counting, O(k²) for the k groups drawn.
public func groupMap(of input: MapInput, options: MapOptions = MapOptions(), maximumGroups: Int = 60) throws(MapError)
    -> MapDrawing
{
    try input.validate()
    guard let groups = input.groups else { throw .invalidInput("the group map needs a group per node") }
    let graph = input.graph
    let summary = GroupSummary(graph: graph, groups: groups)
    let words = Vocabulary(language: options.language)
    let hidesNames = options.hidesNames(householdCount: graph.householdCount)
    let naming = Naming(graph: graph, hidesNames: hidesNames, words: words, pseudonyms: options.pseudonyms)

    let candidates = summary.sizes.indices.filter { summary.sizes[$0] >= 2 }.sorted {
        summary.sizes[$0] != summary.sizes[$1] ? summary.sizes[$0] > summary.sizes[$1] : $0 < $1
    }
    // The largest groups; of those without a line to another, only the twelve largest.
    let largest = Array(candidates.prefix(max(1, maximumGroups)))
    let linked = Set(summary.strongestLinks(among: Set(largest.map { Int32($0) })).flatMap { [$0.a, $0.b] })
    let loose = Set(largest.filter { !linked.contains(Int32($0)) }.prefix(12))
    let shown = largest.filter { linked.contains(Int32($0)) || loose.contains($0) }
    try checkSize(shown.count, options: options)
    let names = groupNames(input, count: summary.sizes.count, drawn: shown, hidesNames: hidesNames, words: words)
    let biggest = Double(shown.first.map { summary.sizes[$0] } ?? 1)
    let items = shown.map { g in
        let name = MapBox.label(names[g], fontSize: 11, bold: true)
        let count = MapBox.label(words.people(summary.sizes[g]), fontSize: 9)
        return GroupLayout.Item(
            radius: 0.15 + 0.55 * (Double(summary.sizes[g]) / biggest).squareRoot(),
            labelWidth: max(name.width, count.width), labelHeight: name.height + count.height - 0.04)
    }
    let position = Dictionary(uniqueKeysWithValues: shown.enumerated().map { (Int32($0.element), $0.offset) })
    let lines = summary.strongestLinks(among: Set(shown.map { Int32($0) }))
    let heaviest = Double(lines.first?.ties ?? 1)
    let layout = GroupLayout(
        items: items,
        links: lines.compactMap { link in
            guard let a = position[link.a], let b = position[link.b] else { return nil }
            return (a, b, (Double(link.ties) / heaviest).squareRoot())
        })

    var dot = VisualLanguage.baseGraph(layout: DOTLayoutSettings(splines: .line, seed: nil))
    dot.attributes.layout?.positionsOnly = true
    var legend = Legend(kind: .groups, options: options, hidesNames: hidesNames)
    var notes = [
        Legend.Entry(glyph: "●", colour: Palette.darkGrey, text: words.groupSize),
        Legend.Entry(glyph: "━━", colour: Palette.darkGrey, text: words.groupLine),
        Legend.Entry(glyph: "Aa", colour: Palette.black, text: words.bridgeNames),
    ]
    let leftOut = candidates.count - shown.count + summary.sizes.count { $0 == 1 }
    if leftOut > 0 {
        let people = summary.sizes.reduce(0, +) - shown.reduce(0) { $0 + summary.sizes[$1] }
        notes.append(
            Legend.Entry(glyph: "…", colour: Palette.darkGrey, text: words.groupsLeftOut(leftOut, people: people)))
    }
    let linksAmongShown = summary.links.count { position[$0.a] != nil && position[$0.b] != nil }
    if linksAmongShown > lines.count {
        notes.append(
            Legend.Entry(glyph: "…", colour: Palette.darkGrey, text: words.linesLeftOut(linksAmongShown - lines.count)))
    }
    legend.add(notes)
    dot.attributes.label = .html(legend.table)

    var space = LabelSpace(cellSize: 1)
    for (index, g) in shown.enumerated() {
        let item = items[index]
        let centre = layout.centres[index]
        space.take(item.footprint(at: centre))
        let colour = Palette.group(Int32(g))
        var circle = DOTAttributes(
            label: .text(""), shape: .circle, style: [.filled], colour: colour, fillColour: colour.lightened(by: 0.35),
            penWidth: 2,
            width: 2 * item.radius, height: 2 * item.radius, fixedSize: true)
        circle.tooltip = "\(names[g]) · \(words.people(summary.sizes[g]))"
        circle.position = centre
        dot.nodes.append(DOTNode(id: .backdrop("group_\(g)"), attributes: circle))
        let text = HTMLTable(
            rows: [
                [HTMLCell([HTMLText(names[g], colour: Palette.black, size: 11, bold: true)], alignment: .centre)],
                [
                    HTMLCell(
                        [HTMLText(words.people(summary.sizes[g]), colour: Palette.darkGrey, size: 9)],
                        alignment: .centre)
                ],
            ], cellPadding: 0)
        // A white ground keeps the name readable where a line runs behind it.
        var label = DOTAttributes(
            label: .html(text), shape: .plaintext, style: [.filled], fillColour: DOTColour(hex: 0xFFFFFF, alpha: 0xD0))
        label.width = item.labelWidth
        label.height = item.labelHeight
        label.fixedSize = true
        label.position = rounded(item.labelCentre(at: centre))
        dot.nodes.append(DOTNode(id: .backdrop("group_\(g)_name"), attributes: label))
    }
    for (rank, link) in lines.enumerated() {
        guard let a = position[link.a], let b = position[link.b] else { continue }
        let bridges = link.bridges.prefix(2).map { naming.name(ofNode: $0) }
        var attributes = DOTAttributes(
            colour: DOTColour(red: 0x4D, green: 0x4D, blue: 0x4D, alpha: 0xA0),
            penWidth: 0.8 + 5 * (Double(link.ties) / heaviest).squareRoot())
        attributes.tooltip =
            "\(names[Int(link.a)]) — \(names[Int(link.b)]): \(words.ties(link.ties))"
            + (bridges.isEmpty ? "" : " · " + bridges.joined(separator: ", "))
        dot.edges.append(DOTEdge(.backdrop("group_\(link.a)"), .backdrop("group_\(link.b)"), attributes: attributes))
        guard rank < 12, !bridges.isEmpty else { continue }
        let text = bridges.joined(separator: ", ")
        let box = MapBox.label(text, fontSize: 9)
        let (from, to) = (layout.centres[a], layout.centres[b])
        let spots = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74].map { t in
            DOTPoint(x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t)
        }
        guard
            let placed = space.place(
                width: box.width, height: box.height, at: spots, near: spots[0], gap: 0, reach: 0.3)
        else { continue }
        var bridge = DOTAttributes(
            label: .text(text), shape: .plaintext, style: [.filled], fillColour: DOTColour(hex: 0xFFFFFF, alpha: 0xE0),
            fontColour: Palette.black, fontSize: 9)
        bridge.width = box.width
        bridge.height = box.height
        bridge.fixedSize = true
        bridge.tooltip = attributes.tooltip
        bridge.position = placed
        dot.nodes.append(DOTNode(id: .backdrop("bridge_\(link.a)_\(link.b)"), attributes: bridge))
    }
    return MapDrawing(kind: .groups, graph: dot, engine: .pinned)
}
