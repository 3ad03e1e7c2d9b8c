import Foundation
import WeefselGraph

/// Where the households of a street map go, in inches with y upwards (north).
///
/// Households with a position are projected from their latitude and longitude (metres on a flat
/// map around the neighbourhood's middle), so the order of households along each axis is that of
/// their coordinates. A household without a position goes along its own street in house-number
/// order: between the numbers around it that have one, or past the last of them; a street with no
/// position at all is drawn as a row of its own, below the others, in house-number order; the
/// households without a street form the last row. A map that is much wider than high (one long
/// street, houses on both sides) is stretched across, at most four times, so the two sides of a
/// street stand apart; the drawing then fits in `maximumSize` with households at most 0.16 inch
/// apart.
struct StreetLayout {
    /// One street: its households in house-number order and the line of its road.
    struct Street {
        /// The street's name; nil for the households whose street is not known.
        let name: String?
        let households: [Int32]
        var start: DOTPoint
        var end: DOTPoint
    }

    /// The position of every household, by index (households without members are not drawn, and
    /// are placed at their street's first household).
    private(set) var positions: [DOTPoint]
    private(set) var streets: [Street]
    /// The usual distance between two neighbouring households, in inches.
    private(set) var spacing: Double

    /// - Complexity: O(h log h) for h households.
    init(graph: AnalysisGraph, households drawn: [Int32], maximumSize: DOTPoint = DOTPoint(x: 20, y: 14)) {
        let count = graph.householdCount
        var metres = [DOTPoint?](repeating: nil, count: count)
        var located: [Int32] = []
        let latitudes = drawn.compactMap { graph.householdLatitudes[Int($0)] }
        let latitude0 = latitudes.isEmpty ? 52 : latitudes.reduce(0, +) / Double(latitudes.count)
        let longitudes = drawn.compactMap { graph.householdLongitudes[Int($0)] }
        let longitude0 = longitudes.isEmpty ? 5 : longitudes.reduce(0, +) / Double(longitudes.count)
        let metresPerDegree = (x: 111_320 * cos(latitude0 * Double.pi / 180), y: 110_574.0)
        for h in drawn {
            guard let latitude = graph.householdLatitudes[Int(h)], let longitude = graph.householdLongitudes[Int(h)],
                latitude.isFinite, longitude.isFinite
            else { continue }
            metres[Int(h)] = DOTPoint(
                x: (longitude - longitude0) * metresPerDegree.x, y: (latitude - latitude0) * metresPerDegree.y)
            located.append(h)
        }
        let step = StreetLayout.typicalDistance(located.compactMap { metres[Int($0)] })

        // Streets by name, the households of unknown street last; each in house-number order.
        var byStreet: [String: [Int32]] = [:]
        var unknown: [Int32] = []
        for h in drawn {
            let name = graph.householdStreets[Int(h)]?.trimmingCharacters(in: .whitespaces) ?? ""
            if name.isEmpty { unknown.append(h) } else { byStreet[name, default: []].append(h) }
        }
        let numberOrder = { (a: Int32, b: Int32) -> Bool in
            let (ka, kb) = (HouseNumber(graph.householdNumbers[Int(a)]), HouseNumber(graph.householdNumbers[Int(b)]))
            return ka != kb ? ka < kb : a < b
        }
        var streets = byStreet.keys.sorted().map { name in
            Street(
                name: name, households: (byStreet[name] ?? []).sorted(by: numberOrder), start: DOTPoint(x: 0, y: 0),
                end: DOTPoint(x: 0, y: 0))
        }
        if !unknown.isEmpty {
            streets.append(
                Street(
                    name: nil, households: unknown.sorted(by: numberOrder), start: DOTPoint(x: 0, y: 0),
                    end: DOTPoint(x: 0, y: 0)))
        }

        // Along the street between the numbers that have a position; streets without any in rows.
        var rows: [Int] = []
        for (index, street) in streets.enumerated() {
            if street.households.contains(where: { metres[Int($0)] != nil }) && street.name != nil {
                StreetLayout.fillAlong(street.households, metres: &metres, step: step)
            } else {
                rows.append(index)
            }
        }
        StreetLayout.placeRows(rows.map { streets[$0].households }, metres: &metres, step: step)

        // Stretch the short side of a flat map, then scale to inches.
        let points = drawn.compactMap { metres[Int($0)] }
        let minX = points.map(\.x).min() ?? 0
        let minY = points.map(\.y).min() ?? 0
        let width = max((points.map(\.x).max() ?? 0) - minX, step)
        let height = max((points.map(\.y).max() ?? 0) - minY, step)
        let stretch = (x: min(4, max(1, 0.3 * height / width)), y: min(4, max(1, 0.3 * width / height)))
        let scale = min(
            0.16 / step, maximumSize.x / (width * stretch.x), maximumSize.y / (height * stretch.y))
        func inches(_ point: DOTPoint) -> DOTPoint {
            rounded(DOTPoint(x: (point.x - minX) * stretch.x * scale, y: (point.y - minY) * stretch.y * scale))
        }
        var positions = [DOTPoint](repeating: DOTPoint(x: 0, y: 0), count: count)
        for h in drawn { positions[Int(h)] = inches(metres[Int(h)] ?? DOTPoint(x: minX, y: minY)) }
        let spacing = step * scale * min(stretch.x, stretch.y)
        for index in streets.indices {
            let road = StreetLayout.road(through: streets[index].households.map { positions[Int($0)] }, margin: spacing)
            streets[index].start = road.start
            streets[index].end = road.end
        }
        self.positions = positions
        self.spacing = spacing
        self.streets = streets
    }

    /// The median distance from a household to its nearest neighbour, in metres (10 when fewer
    /// than two households have a position), found in a grid of cells.
    static func typicalDistance(_ points: [DOTPoint]) -> Double {
        guard points.count >= 2 else { return 10 }
        let minX = points.map(\.x).min() ?? 0
        let minY = points.map(\.y).min() ?? 0
        let area = max(1, ((points.map(\.x).max() ?? 0) - minX) * ((points.map(\.y).max() ?? 0) - minY))
        let cell = max(1, (area / Double(points.count)).squareRoot() * 2)
        struct Cell: Hashable {
            let x: Int
            let y: Int
        }
        func cellOf(_ p: DOTPoint) -> Cell { Cell(x: Int((p.x - minX) / cell), y: Int((p.y - minY) / cell)) }
        var grid: [Cell: [Int]] = [:]
        for (index, point) in points.enumerated() { grid[cellOf(point), default: []].append(index) }
        var nearest: [Double] = []
        for (index, point) in points.enumerated() {
            let home = cellOf(point)
            var best = Double.infinity
            var ring = 1
            while best == .infinity || Double(ring - 1) * cell < best {
                for x in (home.x - ring)...(home.x + ring) {
                    for y in (home.y - ring)...(home.y + ring) {
                        for other in grid[Cell(x: x, y: y)] ?? [] where other != index {
                            let d = hypot(points[other].x - point.x, points[other].y - point.y)
                            if d > 0.5 { best = min(best, d) }
                        }
                    }
                }
                ring += 1
                if ring > 64 { break }
            }
            if best.isFinite { nearest.append(best) }
        }
        guard !nearest.isEmpty else { return 10 }
        nearest.sort()
        return max(2, nearest[nearest.count / 2])
    }

    /// Gives every household of a street without a position one along the street: between the
    /// nearest numbers before and after it that have one, or beyond the last of them in the
    /// street's direction.
    private static func fillAlong(_ households: [Int32], metres: inout [DOTPoint?], step: Double) {
        let known = households.indices.filter { metres[Int(households[$0])] != nil }
        guard let first = known.first, let last = known.last else { return }
        let from = metres[Int(households[first])] ?? DOTPoint(x: 0, y: 0)
        let to = metres[Int(households[last])] ?? from
        let length = hypot(to.x - from.x, to.y - from.y)
        let direction =
            length > 0 && last > first
            ? DOTPoint(x: (to.x - from.x) / length, y: (to.y - from.y) / length)
            : DOTPoint(x: 1, y: 0)
        for index in households.indices where metres[Int(households[index])] == nil {
            let before = known.last { $0 < index }
            let after = known.first { $0 > index }
            let point: DOTPoint
            if let before, let after, let a = metres[Int(households[before])], let b = metres[Int(households[after])] {
                let t = Double(index - before) / Double(after - before)
                point = DOTPoint(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t)
            } else if let before, let a = metres[Int(households[before])] {
                let d = Double(index - before) * step
                point = DOTPoint(x: a.x + direction.x * d, y: a.y + direction.y * d)
            } else if let after, let b = metres[Int(households[after])] {
                let d = Double(after - index) * step
                point = DOTPoint(x: b.x - direction.x * d, y: b.y - direction.y * d)
            } else {
                continue
            }
            metres[Int(households[index])] = point
        }
    }

    /// Lays out streets without any position as rows below everything placed so far, in
    /// house-number order, wrapping long streets onto the next line.
    private static func placeRows(_ rows: [[Int32]], metres: inout [DOTPoint?], step: Double) {
        guard !rows.isEmpty else { return }
        let placed = metres.compactMap { $0 }
        let left = placed.map(\.x).min() ?? 0
        var y = (placed.map(\.y).min() ?? 0) - (placed.isEmpty ? 0 : 10 * step)
        let total = rows.reduce(0) { $0 + $1.count }
        let perLine = max(20, Int((Double(total)).squareRoot() * 3))
        for households in rows {
            for (index, h) in households.enumerated() {
                if index > 0 && index % perLine == 0 { y -= 6 * step }
                metres[Int(h)] = DOTPoint(x: left + Double(index % perLine) * 2 * step, y: y)
            }
            y -= 10 * step
        }
    }

    /// The straight road through `points`: along their main direction, from the first to the last
    /// of them, `margin` longer at each end.
    static func road(through points: [DOTPoint], margin: Double) -> (start: DOTPoint, end: DOTPoint) {
        guard !points.isEmpty else { return (DOTPoint(x: 0, y: 0), DOTPoint(x: 0, y: 0)) }
        let n = Double(points.count)
        let mean = DOTPoint(x: points.reduce(0) { $0 + $1.x } / n, y: points.reduce(0) { $0 + $1.y } / n)
        var (xx, xy, yy) = (0.0, 0.0, 0.0)
        for p in points {
            xx += (p.x - mean.x) * (p.x - mean.x)
            xy += (p.x - mean.x) * (p.y - mean.y)
            yy += (p.y - mean.y) * (p.y - mean.y)
        }
        let angle = points.count > 1 && xx + yy > 0 ? 0.5 * atan2(2 * xy, xx - yy) : 0
        let axis = DOTPoint(x: cos(angle), y: sin(angle))
        let along = points.map { ($0.x - mean.x) * axis.x + ($0.y - mean.y) * axis.y }
        let low = (along.min() ?? 0) - margin
        let high = (along.max() ?? 0) + margin
        return (
            rounded(DOTPoint(x: mean.x + axis.x * low, y: mean.y + axis.y * low)),
            rounded(DOTPoint(x: mean.x + axis.x * high, y: mean.y + axis.y * high))
        )
    }
}

/// A house number as it sorts: by its number, then by what follows (`12` < `12a` < `14`); no number last.
struct HouseNumber: Comparable {
    let number: Int
    let addition: String

    init(_ text: String?) {
        let trimmed = (text ?? "").trimmingCharacters(in: .whitespaces)
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        number = digits.isEmpty ? Int.max : Int(digits.prefix(9)) ?? Int.max
        addition = String(trimmed.dropFirst(digits.count)).lowercased()
    }

    static func < (lhs: HouseNumber, rhs: HouseNumber) -> Bool {
        lhs.number != rhs.number ? lhs.number < rhs.number : lhs.addition < rhs.addition
    }
}
