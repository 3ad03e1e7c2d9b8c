import Foundation
import WeefselGraph

/// Discs in rows, the largest first, each row centred: a map wider than high, as screens and
/// paper in landscape are, with the big groups on top and the loose people at the end.
enum DiscPacking {
    /// The centre of each disc of `radii` (largest first), in map units.
    static func pack(_ radii: [Float], aspect: Float = 1.6) -> [(x: Float, y: Float)] {
        guard !radii.isEmpty else { return [] }
        let gap = WebMapLayout.spacing
        let area = radii.reduce(Float(0)) { $0 + ($1 * 2 + gap) * ($1 * 2 + gap) }
        let width = max((area * aspect).squareRoot(), (radii.max() ?? 0) * 2 + gap)
        var rows: [[Int]] = [[]]
        var used: Float = 0
        for (index, radius) in radii.enumerated() {
            let needed = radius * 2 + gap
            if used + needed > width, !(rows.last?.isEmpty ?? true) {
                rows.append([])
                used = 0
            }
            rows[rows.count - 1].append(index)
            used += needed
        }
        var centres = [(x: Float, y: Float)](repeating: (0, 0), count: radii.count)
        var top: Float = 0
        for row in rows {
            let height = row.map { radii[$0] * 2 }.max() ?? 0
            let rowWidth = row.reduce(Float(0)) { $0 + radii[$1] * 2 + gap } - gap
            var left = (width - rowWidth) / 2
            for index in row {
                centres[index] = (left + radii[index], top + height / 2)
                left += radii[index] * 2 + gap
            }
            top += height + gap
        }
        return centres
    }
}

/// The people of one disc: first placed on a sunflower in the order of a walk over their ties,
/// then moved by a short spring layout (Fruchterman and Reingold) that keeps them in the disc.
enum SpringLayout {
    /// Groups above this size are laid out in parts of this size, each a disc of its own within
    /// the group, in the order of the walk, so that friends stay close in a group of thousands.
    static let springLimit = 400
    static let steps = 40

    /// The members of one group in the order they are placed, their positions around the group's
    /// centre, and the radius of the disc that holds them.
    static func shape(_ members: [Int32], loose: Bool, graph: AnalysisGraph, _ informal: Adjacency) -> (
        members: [Int32], points: [(x: Float, y: Float)], radius: Float
    ) {
        let ordered = loose ? WebMapLayout.byHousehold(members, graph) : walkOrder(members, informal)
        func radius(_ count: Int) -> Float { WebMapLayout.spacing * (Float(count).squareRoot() + 0.5) }
        guard !loose, ordered.count > springLimit else {
            let r = radius(ordered.count)
            return (ordered, place(ordered, within: r, over: loose ? nil : informal), r)
        }
        let parts = stride(from: 0, to: ordered.count, by: springLimit).map {
            Array(ordered[$0..<min($0 + springLimit, ordered.count)])
        }
        let radii = parts.map { radius($0.count) }
        let centres = DiscPacking.pack(radii, aspect: 1)
        var points: [(x: Float, y: Float)] = []
        for (part, (r, centre)) in zip(parts, zip(radii, centres)) {
            points += place(part, within: r, over: informal).map { (centre.x + $0.x, centre.y + $0.y) }
        }
        // Centred on the middle of the parts, the disc reaching the farthest member.
        let (mx, my) = (
            points.map(\.x).reduce(0, +) / Float(points.count), points.map(\.y).reduce(0, +) / Float(points.count)
        )
        points = points.map { ($0.x - mx, $0.y - my) }
        let reach = points.map { ($0.x * $0.x + $0.y * $0.y).squareRoot() }.max() ?? 0
        return (ordered, points, reach + WebMapLayout.spacing)
    }

    /// The members in the order of a breadth-first walk over their ties within the group, from
    /// the best connected; members the walk does not reach follow in id order.
    static func walkOrder(_ members: [Int32], _ adjacency: Adjacency) -> [Int32] {
        let inGroup = Set(members)
        var seen: Set<Int32> = []
        var order: [Int32] = []
        order.reserveCapacity(members.count)
        let starts = members.sorted { (adjacency.degree(of: Int($0)), $1) > (adjacency.degree(of: Int($1)), $0) }
        for start in starts where !seen.contains(start) {
            seen.insert(start)
            var queue = [start]
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                order.append(v)
                for u in adjacency.neighbours(of: Int(v)).sorted() where inGroup.contains(u) && !seen.contains(u) {
                    seen.insert(u)
                    queue.append(u)
                }
            }
        }
        return order
    }

    /// Positions relative to the disc's centre for `members` in this order.
    static func place(_ members: [Int32], within radius: Float, over adjacency: Adjacency?) -> [(x: Float, y: Float)] {
        let n = members.count
        let golden: Float = 2.399_963_2
        let usable = max(radius - WebMapLayout.spacing / 2, 1)
        var x = [Float](repeating: 0, count: n)
        var y = [Float](repeating: 0, count: n)
        for i in 0..<n {
            let r = usable * (Float(i) + 0.5).squareRoot() / Float(n).squareRoot()
            let angle = Float(i) * golden
            x[i] = r * Float(cos(Double(angle)))
            y[i] = r * Float(sin(Double(angle)))
        }
        if let adjacency, n >= 3, n <= springLimit { relax(members, &x, &y, usable, adjacency) }
        return (0..<n).map { (x[$0], y[$0]) }
    }

    private static func relax(
        _ members: [Int32], _ x: inout [Float], _ y: inout [Float], _ usable: Float, _ adjacency: Adjacency
    ) {
        let n = members.count
        let local = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($0.element, $0.offset) })
        var edges: [(Int, Int)] = []
        for (i, v) in members.enumerated() {
            for u in adjacency.neighbours(of: Int(v)) { if let j = local[u], j > i { edges.append((i, j)) } }
        }
        // The distance two people would keep if they filled the disc evenly.
        let k = usable * 1.7 / Float(n).squareRoot()
        var dx = [Float](repeating: 0, count: n)
        var dy = [Float](repeating: 0, count: n)
        for step in 0..<steps {
            let temperature = usable / 4 * (1 - Float(step) / Float(steps)) + 1
            // A pull to the middle keeps the disc filled rather than its rim.
            for i in 0..<n { (dx[i], dy[i]) = (-x[i] * 0.05, -y[i] * 0.05) }
            for i in 0..<n {
                for j in (i + 1)..<n {
                    let (ex, ey) = (x[i] - x[j], y[i] - y[j])
                    let d2 = max(ex * ex + ey * ey, 0.01)
                    // Only neighbours on the map push: no pressure towards the rim from afar.
                    guard d2 < 4 * k * k else { continue }
                    let force = k * k / d2
                    dx[i] += ex * force
                    dy[i] += ey * force
                    dx[j] -= ex * force
                    dy[j] -= ey * force
                }
            }
            for (i, j) in edges {
                let (ex, ey) = (x[i] - x[j], y[i] - y[j])
                let d = max((ex * ex + ey * ey).squareRoot(), 0.01)
                let force = d / k
                dx[i] -= ex * force
                dy[i] -= ey * force
                dx[j] += ex * force
                dy[j] += ey * force
            }
            for i in 0..<n {
                let length = max((dx[i] * dx[i] + dy[i] * dy[i]).squareRoot(), 0.01)
                let move = min(length, temperature)
                x[i] += dx[i] / length * move
                y[i] += dy[i] / length * move
                let r = (x[i] * x[i] + y[i] * y[i]).squareRoot()
                if r > usable {
                    x[i] *= usable / r
                    y[i] *= usable / r
                }
            }
        }
    }
}

/// What a group is called: after the association most of its members belong to, or else after
/// the street most of them live in; never after a household or a person.
enum GroupNaming {
    /// The names a group could have, best first: its association, then its street.
    static func candidates(of members: [Int32], in graph: AnalysisGraph) -> [(name: String, byStreet: Bool)] {
        var memberships: [Int32: Int] = [:]
        var streets: [String: Int] = [:]
        for v in members {
            for entry in graph.entries(of: v) where graph.tieKinds[Int(graph.entryTies[entry])] == .member {
                let other = graph.neighbours[entry]
                if graph.nodeKinds[Int(other)] == .association { memberships[other, default: 0] += 1 }
            }
            let h = graph.nodeHousehold[Int(v)]
            if h >= 0, let street = graph.householdStreets[Int(h)], !street.isEmpty { streets[street, default: 0] += 1 }
        }
        let persons = members.filter { graph.nodeKinds[Int($0)] != .association }.count
        var names: [(name: String, byStreet: Bool)] = []
        if let (association, count) = memberships.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
            count * 5 >= persons, count >= 2
        {
            names.append((graph.nodeNames[Int(association)], false))
        }
        let byCount = streets.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(2)
        names += byCount.map { ($0.key, true) }
        return names
    }

    /// Names for the groups in their order (largest first): the first of each group's candidates
    /// that no larger group has taken, else the first with a number ("Mussenweg (2)").
    static func names(_ candidates: [[(name: String, byStreet: Bool)]]) -> [(name: String, byStreet: Bool)] {
        var taken: [String: Int] = [:]
        return candidates.map { options in
            guard let first = options.first else { return ("", false) }
            if let free = options.first(where: { taken[$0.name] == nil }) {
                taken[free.name] = 1
                return free
            }
            taken[first.name, default: 1] += 1
            return ("\(first.name) (\(taken[first.name] ?? 2))", first.byStreet)
        }
    }
}
