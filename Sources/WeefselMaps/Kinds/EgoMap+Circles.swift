import Foundation
import WeefselGraph

/// The netwerkkaart as Dutch wijkteams draw it with a resident: the household in the middle, a
/// sector for each part of life (familie, vrienden en kennissen, buren, verenigingen/school/werk,
/// professionals) and circles by closeness, the strongest ties inside. Weefsel computes every
/// position itself and Graphviz draws them where they are (neato with pinned nodes), so the map
/// is the same on every request, no label overlaps another along its circle, and every line
/// from the household runs outwards without crossing the middle.
enum EgoCircles {
    /// The sectors clockwise from the top, as a netwerkkaart has them.
    static let sectors: [Ring] = [.family, .friends, .neighbours, .associations, .professionals]

    /// Where one contact goes: its sector, its circle (0 = strong, 2 = weak) and its label width.
    struct Contact {
        let node: Int32
        let sector: Ring
        let circle: Int
        let labelWidth: Double
        let sortKey: String
    }

    /// The radius of each circle, in inches: at least 1.6, 2.7 and 3.8 (and outside `innermost`,
    /// where the household and its members are), and wide enough that the labels of the fullest
    /// sector on it fit side by side.
    static func radii(_ contacts: [Contact], angles: [Ring: Double], innermost: Double) -> [Double] {
        var radii = [max(1.6, innermost), max(2.7, innermost + 1.1), max(3.8, innermost + 2.2)]
        for circle in 0..<3 {
            for sector in sectors {
                let here = contacts.filter { $0.sector == sector && $0.circle == circle }
                guard !here.isEmpty, let angle = angles[sector], angle > 0 else { continue }
                // Each label needs its width and a gap along the arc, inside a margin of the sector.
                let arc = here.reduce(0) { $0 + $1.labelWidth + 0.2 }
                radii[circle] = max(radii[circle], arc / (angle * 0.9))
            }
            if circle > 0 { radii[circle] = max(radii[circle], radii[circle - 1] + 1.1) }
        }
        return radii
    }

    /// The angle of each sector: a share of the full circle by how many contacts it holds, and a
    /// minimum, so an empty sector (no family) still shows as a sector of its own.
    static func angles(_ contacts: [Contact]) -> [Ring: Double] {
        var weights: [Ring: Double] = [:]
        for sector in sectors {
            let count = Double(contacts.count { $0.sector == sector })
            weights[sector] = 1.5 + count
        }
        let total = weights.values.reduce(0, +)
        return weights.mapValues { $0 / total * 2 * Double.pi }
    }

    /// The positions of the contacts, in inches around the household at (0, 0): in their sector,
    /// on their circle, spread evenly, in the order of their names.
    static func positions(_ contacts: [Contact], innermost: Double) -> (
        positions: [Int32: DOTPoint], radii: [Double], starts: [Ring: Double]
    ) {
        let angles = angles(contacts)
        let radii = radii(contacts, angles: angles, innermost: innermost)
        var starts: [Ring: Double] = [:]
        var start = 0.0
        for sector in sectors {
            starts[sector] = start
            start += angles[sector] ?? 0
        }
        var positions: [Int32: DOTPoint] = [:]
        for sector in sectors {
            let from = starts[sector] ?? 0
            let width = angles[sector] ?? 0
            // Every contact of a sector gets an angle of its own, in the order of the names, so
            // that no line from the middle runs through someone on an inner circle.
            let here = contacts.filter { $0.sector == sector }.sorted { ($0.sortKey, $0.node) < ($1.sortKey, $1.node) }
            for (index, contact) in here.enumerated() {
                let angle = from + width * (Double(index) + 0.5) / Double(here.count)
                positions[contact.node] = point(radius: radii[contact.circle], angle: angle)
            }
        }
        return (positions, radii, starts)
    }

    /// A label's box around its centre, in inches.
    struct Box {
        var centre: DOTPoint
        let width: Double
        let height: Double

        func overlaps(_ other: Box, margin: Double = 0.08) -> Bool {
            abs(centre.x - other.centre.x) * 2 < width + other.width + margin * 2
                && abs(centre.y - other.centre.y) * 2 < height + other.height + margin * 2
        }
    }

    /// Moves labels outwards along their own line from the middle, in steps of a tenth of an
    /// inch, until none overlaps one placed before it (the inner ones first): where a sector lies
    /// left or right of the middle, wide labels on neighbouring circles would otherwise cover each
    /// other. The sector and the order along the circle stay as they were.
    static func separate(_ items: [(node: Int32, box: Box)], around fixed: [Box]) -> [Int32: DOTPoint] {
        var placed = fixed
        var moved: [Int32: DOTPoint] = [:]
        let order = items.sorted {
            (hypot($0.box.centre.x, $0.box.centre.y), $0.node) < (hypot($1.box.centre.x, $1.box.centre.y), $1.node)
        }
        for (node, original) in order {
            var box = original
            let radius = hypot(original.centre.x, original.centre.y)
            let angle = atan2(original.centre.x, original.centre.y)
            var extra = 0.0
            while extra < 4, placed.contains(where: { $0.overlaps(box) }) {
                extra += 0.1
                box.centre = point(radius: radius + extra, angle: angle)
            }
            placed.append(box)
            moved[node] = box.centre
        }
        return moved
    }

    /// The point at `radius` and `angle` clockwise from the top.
    static func point(radius: Double, angle: Double) -> DOTPoint {
        DOTPoint(x: (radius * sin(angle) * 1_000).rounded() / 1_000, y: (radius * cos(angle) * 1_000).rounded() / 1_000)
    }

    /// A label's width in inches, from its length: what the sans-serif font of the maps needs.
    static func labelWidth(_ text: String) -> Double { Double(text.count) * 0.085 + 0.35 }

    /// The circle of a contact from the strength of their strongest tie with the household.
    static func circle(strength: Int) -> Int { max(0, min(2, 3 - strength)) }
}

extension EgoCircles {
    /// The drawing's background: the three circles, the lines between the sectors, and the name of
    /// each sector outside the outer circle and the contacts furthest out (`outside`).
    static func background(
        radii: [Double], starts: [Ring: Double], outside: Double, avoiding boxes: [Box], words: Vocabulary
    ) -> (nodes: [DOTNode], edges: [DOTEdge]) {
        var nodes: [DOTNode] = []
        var edges: [DOTEdge] = []
        let line = DOTColour(red: 0xB8, green: 0xBF, blue: 0xC9)
        for (index, radius) in radii.enumerated() {
            var circle = DOTAttributes(
                label: .text(""), shape: .circle, style: [.dashed], colour: line, width: radius * 2,
                height: radius * 2, fixedSize: true)
            circle.position = DOTPoint(x: 0, y: 0)
            nodes.append(DOTNode(id: .backdrop("circle\(index)"), attributes: circle))
        }
        let outer = max(radii.last ?? 3.8, outside) + 0.25
        for sector in sectors {
            let angle = starts[sector] ?? 0
            var inner = DOTAttributes(label: .text(""), shape: .point, style: [.invisible], width: 0.01, height: 0.01)
            inner.position = point(radius: 0.9, angle: angle)
            var end = inner
            end.position = point(radius: outer, angle: angle)
            nodes.append(DOTNode(id: .backdrop("from-\(sector.rawValue)"), attributes: inner))
            nodes.append(DOTNode(id: .backdrop("to-\(sector.rawValue)"), attributes: end))
            edges.append(
                DOTEdge(
                    .backdrop("from-\(sector.rawValue)"), .backdrop("to-\(sector.rawValue)"),
                    attributes: DOTAttributes(style: [.dashed], colour: line, penWidth: 1)))
        }
        // The sectors' names outside, moved further out where a contact's label is in the way.
        let names = sectors.enumerated().map { index, sector in
            let from = starts[sector] ?? 0
            let to = index + 1 < sectors.count ? starts[sectors[index + 1]] ?? 2 * Double.pi : 2 * Double.pi
            let text = words.name(of: sector)
            return (
                node: Int32(index),
                box: Box(
                    centre: point(radius: outer + 0.5, angle: (from + to) / 2), width: labelWidth(text) * 1.4,
                    height: 0.35)
            )
        }
        let placed = separate(names, around: boxes)
        for (index, sector) in sectors.enumerated() {
            var label = DOTAttributes(
                label: .text(words.name(of: sector)), shape: .plaintext, fontColour: Palette.darkGrey, fontSize: 15)
            label.position = placed[Int32(index)]
            nodes.append(DOTNode(id: .backdrop("sector-\(sector.rawValue)"), attributes: label))
        }
        return (nodes, edges)
    }
}
