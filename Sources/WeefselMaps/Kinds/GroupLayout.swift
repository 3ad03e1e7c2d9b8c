import Foundation

/// Where the groups of the group map go: each a circle with its name below it, groups with many
/// ties between them close together, and no circle or name over another.
///
/// The groups start on a sunflower spiral, largest in the middle, and settle under a spring model
/// (Fruchterman and Reingold: every two groups push apart, a link pulls its two groups together by
/// its weight) with a fixed number of rounds. Then every overlap of two groups' footprints (circle
/// and name) is pushed apart along its shorter side, and the whole drawing is widened until none is
/// left. Groups without a line to another stand in rows below. The result depends only on the
/// input: no randomness, the same order of work every time.
struct GroupLayout {
    /// One group: the radius of its circle and the size of its name below it, in inches.
    struct Item {
        let radius: Double
        let labelWidth: Double
        let labelHeight: Double

        /// The space the group takes around its circle's centre: the circle and the name under it.
        func footprint(at centre: DOTPoint) -> MapBox {
            let gap = 0.06
            let width = max(2 * radius, labelWidth)
            let height = 2 * radius + gap + labelHeight
            return MapBox(
                centre: DOTPoint(x: centre.x, y: centre.y + radius - height / 2), width: width, height: height)
        }

        /// The centre of the name, below the circle.
        func labelCentre(at centre: DOTPoint) -> DOTPoint {
            DOTPoint(x: centre.x, y: centre.y - radius - 0.06 - labelHeight / 2)
        }
    }

    /// The centre of each item's circle.
    private(set) var centres: [DOTPoint]

    /// - Parameters:
    ///   - items: the groups, largest first.
    ///   - links: pairs of item indices with a weight in `0...1`.
    /// - Complexity: O(k² · r) for k groups and r = 300 rounds, plus the overlap removal, O(k²) per
    ///   sweep.
    init(items: [Item], links: [(a: Int, b: Int, weight: Double)]) {
        let k = items.count
        guard k > 0 else {
            centres = []
            return
        }
        let sizes = items.map { item in
            let box = item.footprint(at: DOTPoint(x: 0, y: 0))
            return (box.width * box.width + box.height * box.height).squareRoot()
        }
        let ideal = 0.8 + sizes.reduce(0, +) / Double(k)
        var positions = (0..<k).map { index -> DOTPoint in
            let radius = ideal * 0.9 * (Double(index) + 0.5).squareRoot()
            let angle = Double(index) * 2.399_963_229_728_653
            return DOTPoint(x: radius * cos(angle), y: radius * sin(angle))
        }
        // Springs: rounds of pushes and pulls, the largest step shrinking each round.
        let rounds = 300
        for round in 0..<rounds {
            let temperature = ideal * 1.5 * (1 - Double(round) / Double(rounds)) + 0.01
            var moves = [DOTPoint](repeating: DOTPoint(x: 0, y: 0), count: k)
            for i in 0..<k {
                for j in (i + 1)..<k {
                    var dx = positions[i].x - positions[j].x
                    var dy = positions[i].y - positions[j].y
                    if dx == 0 && dy == 0 { (dx, dy) = (0.01 * Double(j - i), 0.01) }
                    let distance = max(0.01, (dx * dx + dy * dy).squareRoot())
                    let reach = (sizes[i] + sizes[j]) / 2 + ideal * 0.4
                    let push = reach * reach / distance
                    moves[i].x += dx / distance * push
                    moves[i].y += dy / distance * push
                    moves[j].x -= dx / distance * push
                    moves[j].y -= dy / distance * push
                }
            }
            for link in links where link.a != link.b {
                let dx = positions[link.a].x - positions[link.b].x
                let dy = positions[link.a].y - positions[link.b].y
                let distance = max(0.01, (dx * dx + dy * dy).squareRoot())
                let pull = distance * distance / ideal * (0.3 + 0.7 * link.weight)
                moves[link.a].x -= dx / distance * pull
                moves[link.a].y -= dy / distance * pull
                moves[link.b].x += dx / distance * pull
                moves[link.b].y += dy / distance * pull
            }
            for i in 0..<k {
                // Gravity keeps the drawing round and compact.
                moves[i].x -= positions[i].x * 0.6
                moves[i].y -= positions[i].y * 0.6
                let length = max(1e-9, (moves[i].x * moves[i].x + moves[i].y * moves[i].y).squareRoot())
                let step = min(length, temperature)
                positions[i].x += moves[i].x / length * step
                positions[i].y += moves[i].y / length * step
            }
        }
        // Groups without a tie to any other group stand in a row below the others.
        let linked = Set(links.flatMap { [$0.a, $0.b] })
        let inside = (0..<k).filter(linked.contains)
        var placed = GroupLayout.separated(inside.map { positions[$0] }, items: inside.map { items[$0] })
        var centres = [DOTPoint](repeating: DOTPoint(x: 0, y: 0), count: k)
        for (index, item) in inside.enumerated() { centres[item] = placed[index] }
        let width = max(8, placed.map(\.x).max() ?? 0)
        var x = 0.0
        var top = -0.4
        var rowHeight = 0.0
        for index in (0..<k) where !linked.contains(index) {
            let box = items[index].footprint(at: DOTPoint(x: 0, y: 0))
            if x > 0 && x + box.width > width {
                x = 0
                top -= rowHeight + 0.3
                rowHeight = 0
            }
            centres[index] = rounded(DOTPoint(x: x + box.width / 2, y: top - items[index].radius))
            x += box.width + 0.3
            rowHeight = max(rowHeight, box.height)
        }
        placed = GroupLayout.separated(centres, items: items, moving: false)
        self.centres = placed
    }

    /// The positions moved until no two footprints overlap (with a margin), then shifted so the
    /// drawing starts at (0, 0) and rounded.
    static func separated(_ start: [DOTPoint], items: [Item], margin: Double = 0.12, moving: Bool = true)
        -> [DOTPoint]
    {
        var positions = start
        let k = positions.count
        for _ in 0..<(moving ? 40 : 0) {
            var clear = false
            for _ in 0..<200 {
                clear = true
                for i in 0..<k {
                    for j in (i + 1)..<k {
                        let a = items[i].footprint(at: positions[i])
                        let b = items[j].footprint(at: positions[j])
                        guard a.overlaps(b, margin: margin / 2) else { continue }
                        clear = false
                        let dx = b.centre.x - a.centre.x
                        let dy = b.centre.y - a.centre.y
                        let overlapX = (a.width + b.width) / 2 + margin - abs(dx)
                        let overlapY = (a.height + b.height) / 2 + margin - abs(dy)
                        if overlapX < overlapY {
                            let shift = (overlapX / 2 + 0.001) * (dx < 0 ? -1 : 1)
                            positions[i].x -= shift
                            positions[j].x += shift
                        } else {
                            let shift = (overlapY / 2 + 0.001) * (dy < 0 ? -1 : 1)
                            positions[i].y -= shift
                            positions[j].y += shift
                        }
                    }
                }
                if clear { break }
            }
            if clear { break }
            // Still crowded: widen the whole drawing and sweep again.
            positions = positions.map { DOTPoint(x: $0.x * 1.2, y: $0.y * 1.2) }
        }
        let boxes = positions.indices.map { items[$0].footprint(at: positions[$0]) }
        let minX = boxes.map(\.minX).min() ?? 0
        let minY = boxes.map(\.minY).min() ?? 0
        return positions.map { rounded(DOTPoint(x: $0.x - minX, y: $0.y - minY)) }
    }
}
