import Foundation

/// A rectangle on a map, in inches around its centre (y upwards).
struct MapBox: Sendable, Hashable {
    var centre: DOTPoint
    var width: Double
    var height: Double

    var minX: Double { centre.x - width / 2 }
    var maxX: Double { centre.x + width / 2 }
    var minY: Double { centre.y - height / 2 }
    var maxY: Double { centre.y + height / 2 }

    /// Whether the two boxes, each grown by `margin` on every side, share any area.
    func overlaps(_ other: MapBox, margin: Double = 0) -> Bool {
        abs(centre.x - other.centre.x) * 2 < width + other.width + margin * 2
            && abs(centre.y - other.centre.y) * 2 < height + other.height + margin * 2
    }

    /// The box of a one-line label of `text` in the maps' sans-serif font at `fontSize` points:
    /// about six tenths of the size per character (seven in bold), and a little room around it.
    static func label(
        _ text: String, fontSize: Double, bold: Bool = false, at centre: DOTPoint = DOTPoint(x: 0, y: 0)
    ) -> MapBox {
        MapBox(
            centre: centre, width: Double(text.count) * fontSize * (bold ? 0.7 : 0.62) / 72 + 0.1,
            height: fontSize * 1.35 / 72 + 0.04)
    }
}

/// The parts of a map already taken by marks and labels, so that a new label goes where it covers
/// none of them. Boxes are kept in a grid of cells, so a test looks at the neighbourhood of a label
/// only: placing k labels among n marks costs about O(n + k·c) for c candidate spots per label.
struct LabelSpace {
    private struct Cell: Hashable {
        let x: Int
        let y: Int
    }

    private let cellSize: Double
    private var cells: [Cell: [Int]] = [:]
    private(set) var boxes: [MapBox] = []

    /// - Parameter cellSize: the side of a grid cell in inches; about the size of a label.
    init(cellSize: Double = 0.5) {
        self.cellSize = cellSize
    }

    private func cellRange(of box: MapBox) -> (ClosedRange<Int>, ClosedRange<Int>) {
        let x0 = Int((box.minX / cellSize).rounded(.down))
        let x1 = Int((box.maxX / cellSize).rounded(.down))
        let y0 = Int((box.minY / cellSize).rounded(.down))
        let y1 = Int((box.maxY / cellSize).rounded(.down))
        return (x0...max(x0, x1), y0...max(y0, y1))
    }

    /// Marks `box` as taken.
    mutating func take(_ box: MapBox) {
        let index = boxes.count
        boxes.append(box)
        let (xs, ys) = cellRange(of: box)
        for x in xs { for y in ys { cells[Cell(x: x, y: y), default: []].append(index) } }
    }

    /// Whether `box`, with `margin` around it, covers nothing taken.
    func isFree(_ box: MapBox, margin: Double = 0.03) -> Bool {
        var grown = box
        grown.width += 2 * margin
        grown.height += 2 * margin
        let (xs, ys) = cellRange(of: grown)
        for x in xs {
            for y in ys {
                for index in cells[Cell(x: x, y: y)] ?? [] where boxes[index].overlaps(box, margin: margin) {
                    return false
                }
            }
        }
        return true
    }

    /// Puts a label of `width` by `height` as close to `point` as it fits: beside, above or below
    /// it at growing distances up to `reach`, the first free spot in a fixed order, and takes it.
    ///
    /// - Parameters:
    ///   - spots: places to try first, in order (on a road, at a landmark's members' middle).
    ///   - gap: the distance kept from `point` itself (half the mark it labels).
    ///   - soft: what a label should rather not cover (the small marks of ordinary households); a
    ///     label covers it only when no spot within `reach` leaves it free.
    /// - Returns: the label's centre, or nil when no spot within `reach` is free.
    mutating func place(
        width: Double, height: Double, at spots: [DOTPoint] = [], near point: DOTPoint, gap: Double, reach: Double,
        avoiding soft: LabelSpace? = nil
    ) -> DOTPoint? {
        let step = max(0.05, height / 2)
        var candidates = spots
        var distance = 0.0
        while distance <= reach {
            let dx = gap + width / 2 + distance
            let dy = gap + height / 2 + distance
            candidates += [
                DOTPoint(x: point.x + dx, y: point.y), DOTPoint(x: point.x - dx, y: point.y),
                DOTPoint(x: point.x, y: point.y + dy), DOTPoint(x: point.x, y: point.y - dy),
                DOTPoint(x: point.x + dx, y: point.y + dy), DOTPoint(x: point.x - dx, y: point.y + dy),
                DOTPoint(x: point.x + dx, y: point.y - dy), DOTPoint(x: point.x - dx, y: point.y - dy),
            ]
            distance += step
        }
        for strict in [true, false] where strict || soft != nil {
            for centre in candidates {
                let box = MapBox(centre: rounded(centre), width: width, height: height)
                if isFree(box) && (!strict || soft?.isFree(box, margin: 0) != false) {
                    take(box)
                    return box.centre
                }
            }
        }
        return nil
    }
}

/// A point rounded to a thousandth of an inch, so that the DOT text is the same on every machine.
func rounded(_ point: DOTPoint) -> DOTPoint {
    DOTPoint(x: (point.x * 1_000).rounded() / 1_000, y: (point.y * 1_000).rounded() / 1_000)
}
