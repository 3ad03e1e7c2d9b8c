/// The open offers of each programme, by grid cell (cells as wide as the programme's maximum
/// distance) and by postcode area, so a need finds the offers within reach without looking at all.
struct SpatialIndex {
    private struct Cell: Hashable {
        let programme: Int32
        let x: Int64
        let y: Int64
    }

    private struct Area: Hashable {
        let programme: Int32
        let area: Int32
    }

    private let cellSize: [Double]
    private var cells: [Cell: [Int32]] = [:]
    private var placedByArea: [Area: [Int32]] = [:]
    private var unplacedByArea: [Area: [Int32]] = [:]
    /// Offers of programmes without a maximum distance.
    private var unlimited: [Int32: [Int32]] = [:]

    /// - Complexity: O(o) for o offers.
    init(problem: MatchingProblem, offers: [Int32]) {
        cellSize = problem.programmes.map { p in p.maxDistance.map { max($0, 1) } ?? .infinity }
        for o in offers {
            let side = problem.offerSides[Int(o)]
            let size = cellSize[Int(side.programme)]
            guard size.isFinite else {
                unlimited[side.programme, default: []].append(o)
                continue
            }
            if side.hasPoint {
                cells[cell(side, size), default: []].append(o)
                if side.area >= 0 {
                    placedByArea[Area(programme: side.programme, area: side.area), default: []].append(o)
                }
            } else if side.area >= 0 {
                unplacedByArea[Area(programme: side.programme, area: side.area), default: []].append(o)
            }
        }
    }

    private func cell(_ side: Side, _ size: Double) -> Cell {
        Cell(
            programme: side.programme, x: Int64((side.x / size).rounded(.down)),
            y: Int64((side.y / size).rounded(.down)))
    }

    /// Appends the offers that may be within reach of `need` (a superset; the rules decide).
    func offers(near need: Side, into out: inout [Int32]) {
        let size = cellSize[Int(need.programme)]
        guard size.isFinite else {
            out.append(contentsOf: unlimited[need.programme] ?? [])
            return
        }
        let area = Area(programme: need.programme, area: need.area)
        if need.hasPoint {
            let centre = cell(need, size)
            for dx in -1...1 {
                for dy in -1...1 {
                    if let found = cells[
                        Cell(programme: need.programme, x: centre.x + Int64(dx), y: centre.y + Int64(dy))]
                    {
                        out.append(contentsOf: found)
                    }
                }
            }
        } else if need.area >= 0 {
            out.append(contentsOf: placedByArea[area] ?? [])
        }
        if need.area >= 0 { out.append(contentsOf: unplacedByArea[area] ?? []) }
    }
}
