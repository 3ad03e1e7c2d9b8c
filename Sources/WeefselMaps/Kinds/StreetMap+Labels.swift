import Foundation
import WeefselGraph

/// The roads, names and landmarks of the street map, each label where it covers no other label and
/// no marked household, and, where it can, no household at all.
struct StreetLabels {
    let graph: AnalysisGraph
    let naming: Naming
    let layout: StreetLayout
    let sizes: (dot: Double, mark: Double)
    /// Every household's mark, which a label covers only when nothing else is left.
    let homes: LabelSpace

    init(graph: AnalysisGraph, naming: Naming, layout: StreetLayout, sizes: (dot: Double, mark: Double)) {
        self.graph = graph
        self.naming = naming
        self.layout = layout
        self.sizes = sizes
        var homes = LabelSpace()
        for h in layout.streets.flatMap(\.households) {
            homes.take(MapBox(centre: layout.positions[Int(h)], width: sizes.dot, height: sizes.dot))
        }
        self.homes = homes
    }

    /// Each street as a grey road under its households with its name on it, or beside it where
    /// its households stand on the road; on a map that hides names, streets are numbered from the
    /// north-west (`straat 1`), and the households of unknown address are named as such.
    func streets(space: inout LabelSpace) -> (nodes: [DOTNode], edges: [DOTEdge]) {
        var nodes: [DOTNode] = []
        var edges: [DOTEdge] = []
        let order = layout.streets.indices.sorted { a, b in
            let (ma, mb) = (middle(layout.streets[a]), middle(layout.streets[b]))
            return ma.y != mb.y ? ma.y > mb.y : ma.x < mb.x
        }
        let roadWidth = max(3, min(8, layout.spacing * 72 * 0.6))
        for (number, index) in order.enumerated() {
            let street = layout.streets[index]
            let id = "street_\(index)"
            let text: String
            if let name = street.name {
                text = naming.hidesNames ? naming.words.street(number: number + 1) : name
                for (end, point) in [("a", street.start), ("b", street.end)] {
                    var attributes = DOTAttributes(
                        label: .text(""), shape: .point, style: [.invisible], width: 0.01, height: 0.01)
                    attributes.position = point
                    nodes.append(DOTNode(id: .backdrop("\(id)_\(end)"), attributes: attributes))
                }
                edges.append(
                    DOTEdge(
                        .backdrop("\(id)_a"), .backdrop("\(id)_b"),
                        attributes: DOTAttributes(colour: Palette.lightGrey, penWidth: roadWidth)))
            } else {
                text = naming.words.unknownAddress
            }
            let box = MapBox.label(text, fontSize: 13, bold: true)
            let centre = middle(street)
            let length = hypot(street.end.x - street.start.x, street.end.y - street.start.y)
            let along =
                length > 0
                ? DOTPoint(x: (street.end.x - street.start.x) / length, y: (street.end.y - street.start.y) / length)
                : DOTPoint(x: 1, y: 0)
            let across = box.height / 2 + sizes.mark / 2
            let spots = [
                centre, DOTPoint(x: centre.x - along.y * across, y: centre.y + along.x * across),
                DOTPoint(x: centre.x + along.y * across, y: centre.y - along.x * across),
                DOTPoint(x: street.start.x - box.width / 2 - 0.05, y: street.start.y),
                DOTPoint(x: street.end.x + box.width / 2 + 0.05, y: street.end.y),
            ]
            guard
                let placed = space.place(
                    width: box.width, height: box.height, at: street.name == nil ? Array(spots[3...]) : spots,
                    near: centre, gap: 0, reach: 1.2, avoiding: homes)
            else { continue }
            var attributes = DOTAttributes(
                label: .text(text), shape: .plaintext, fontColour: Palette.black, font: .sansBold, fontSize: 13)
            attributes.position = placed
            nodes.append(DOTNode(id: .backdrop(id), attributes: attributes))
        }
        return (nodes, edges)
    }

    /// The associations and places as named landmarks, each at the middle of its members' homes
    /// (or of the whole map), moved to the nearest free spot.
    func landmarks(_ associations: [Int32], space: inout LabelSpace) -> [DOTNode] {
        let everyone = layout.streets.flatMap(\.households).map { layout.positions[Int($0)] }
        return associations.compactMap { v in
            var homes: Set<Int32> = []
            for entry in graph.entries(of: v) {
                let kind = graph.tieKinds[Int(graph.entryTies[entry])]
                let h = graph.nodeHousehold[Int(graph.neighbours[entry])]
                if (kind == .member || kind == .volunteer) && h >= 0 { homes.insert(h) }
            }
            let points = homes.isEmpty ? everyone : homes.sorted().map { layout.positions[Int($0)] }
            guard !points.isEmpty else { return nil }
            let centre = rounded(
                DOTPoint(
                    x: points.reduce(0) { $0 + $1.x } / Double(points.count),
                    y: points.reduce(0) { $0 + $1.y } / Double(points.count)))
            let name = naming.name(ofNode: v)
            let box = MapBox.label(name, fontSize: 9)
            guard
                let placed = space.place(
                    width: box.width + 0.1, height: box.height + 0.06, at: [centre], near: centre, gap: 0, reach: 3,
                    avoiding: self.homes)
            else { return nil }
            var attributes = VisualLanguage.node(
                kind: .association, volunteers: false, fill: Palette.yellow.lightened(by: 0.3))
            attributes.label = .text(name)
            attributes.fontSize = 9
            attributes.width = box.width + 0.05
            attributes.height = box.height
            attributes.fixedSize = true
            attributes.tooltip = naming.tooltip(ofNode: v)
            attributes.position = placed
            return DOTNode(id: .element(v), attributes: attributes)
        }
    }

    /// Each key figure's rank and name beside their home, with a thin line to it when the label
    /// had to move away.
    func keyFigures(_ people: [Int32], space: inout LabelSpace) -> (nodes: [DOTNode], leaders: [DOTEdge]) {
        var nodes: [DOTNode] = []
        var leaders: [DOTEdge] = []
        for (rank, v) in people.enumerated() {
            let h = graph.nodeHousehold[Int(v)]
            let home = layout.positions[Int(h)]
            let text = "\(rank + 1). \(naming.name(ofNode: v))"
            let box = MapBox.label(text, fontSize: 10, bold: true)
            guard
                let placed = space.place(
                    width: box.width, height: box.height, near: home, gap: sizes.mark / 2, reach: 1.5, avoiding: homes)
            else { continue }
            let id = DOTNode.ID.backdrop("key_\(v)")
            var attributes = DOTAttributes(
                label: .text(text), shape: .plaintext, fontColour: Palette.black, font: .sansBold, fontSize: 10)
            attributes.tooltip = naming.tooltip(ofNode: v)
            attributes.position = placed
            nodes.append(DOTNode(id: id, attributes: attributes))
            // A line to the home when the label does not touch it.
            let apart = hypot(
                max(0, abs(placed.x - home.x) - box.width / 2), max(0, abs(placed.y - home.y) - box.height / 2))
            if apart > sizes.mark / 2 + 0.12 {
                leaders.append(
                    DOTEdge(.household(h), id, attributes: DOTAttributes(colour: Palette.darkGrey, penWidth: 0.8)))
            }
        }
        return (nodes, leaders)
    }

    /// The house number (or, on a map that hides names, the household's code) beside each
    /// household that needs a visit.
    func addresses(_ households: [Int32], space: inout LabelSpace) -> [DOTNode] {
        households.compactMap { h in
            let number = graph.householdNumbers[Int(h)].flatMap { $0.isEmpty ? nil : $0 }
            let text = naming.hidesNames ? naming.name(ofHousehold: h) : number ?? naming.name(ofHousehold: h)
            let box = MapBox.label(text, fontSize: 8, bold: true)
            let home = layout.positions[Int(h)]
            guard
                let placed = space.place(
                    width: box.width, height: box.height, near: home, gap: sizes.mark / 2, reach: 0.6, avoiding: homes)
            else { return nil }
            var attributes = DOTAttributes(
                label: .text(text), shape: .plaintext, fontColour: Palette.vermillion, font: .sansBold, fontSize: 8)
            attributes.position = placed
            return DOTNode(id: .backdrop("address_\(h)"), attributes: attributes)
        }
    }

    private func middle(_ street: StreetLayout.Street) -> DOTPoint {
        rounded(DOTPoint(x: (street.start.x + street.end.x) / 2, y: (street.start.y + street.end.y) / 2))
    }
}
