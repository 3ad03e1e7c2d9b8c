/// Min-cost flow by successive shortest paths on the sparse graph of feasible pairs.
///
/// Network: every place a need asks (a *unit*) sends one unit of flow, either to an offer along a
/// pair (cost −score) and on to the sink (at most `capacity` units per offer), or straight to the
/// sink (cost 0: unmatched). Units are routed one at a time along a shortest path found by Dijkstra
/// on reduced costs (Johnson potentials), stopped as soon as the sink is reached; potentials of the
/// settled nodes are then moved by `dist − D` so reduced costs stay non-negative. Ties in Dijkstra
/// are broken by node number, so the result is deterministic.
struct FlowSolver {
    let instance: AssignmentInstance
    let unitCount: Int
    let sink: Int
    /// The need of each unit.
    let unitNeed: [Int32]
    /// The cost of each pair for one unit: −score × scale / demand.
    let pairCost: [Int64]

    var potential: [Int64]
    /// The offer of each unit: −1 not yet routed, −2 unmatched, else the offer.
    var unitOffer: [Int32]
    var unitPair: [Int32]
    var assigned: [[Int32]]

    // Dijkstra scratch space, reset through `touched`.
    var dist: [Int64]
    var pred: [Int32]
    var predPair: [Int32]
    var settled: [Bool]
    var touched: [Int32] = []
    var order: [Int32] = []
    var heap = Heap()

    init(_ instance: AssignmentInstance) {
        self.instance = instance
        var unitNeed: [Int32] = []
        unitNeed.reserveCapacity(instance.needCount)
        for (i, d) in instance.demands.enumerated() {
            for _ in 0..<d { unitNeed.append(Int32(i)) }
        }
        self.unitNeed = unitNeed
        unitCount = unitNeed.count
        let offerCount = instance.offerCount
        sink = unitCount + offerCount

        // Units of a need with several places share its score; scale so that the shares are whole.
        var scale: Int64 = 1
        for d in Set(instance.demands) where d > 1 {
            let next = FlowSolver.lcm(scale, Int64(d))
            if next > 1 << 20 { break }
            scale = next
        }
        var pairCost = [Int64](repeating: 0, count: instance.pairCount)
        for i in 0..<instance.needCount {
            let d = Int64(instance.demands[i])
            for e in instance.pairs(of: i) {
                pairCost[e] = d == 1 ? -instance.scores[e] * scale : -(instance.scores[e] * scale) / d
            }
        }
        self.pairCost = pairCost

        // Feasible starting potentials: an offer sits at its cheapest incoming pair, the sink below all.
        var potential = [Int64](repeating: 0, count: sink + 1)
        for e in 0..<instance.pairCount {
            let node = unitCount + Int(instance.offers[e])
            potential[node] = min(potential[node], pairCost[e])
        }
        potential[sink] = potential.min() ?? 0
        self.potential = potential

        unitOffer = [Int32](repeating: -1, count: unitCount)
        unitPair = [Int32](repeating: -1, count: unitCount)
        assigned = [[Int32]](repeating: [], count: offerCount)
        dist = [Int64](repeating: .max, count: sink + 1)
        pred = [Int32](repeating: -1, count: sink + 1)
        predPair = [Int32](repeating: -1, count: sink + 1)
        settled = [Bool](repeating: false, count: sink + 1)
    }

    static func lcm(_ a: Int64, _ b: Int64) -> Int64 {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return a / x * b
    }

    mutating func solve() -> Assignment {
        for unit in 0..<unitCount { route(Int32(unit)) }
        return result()
    }

    /// Routes one unit along a shortest path to the sink and moves the potentials.
    private mutating func route(_ source: Int32) {
        let sink = Int32(self.sink)
        let units = Int32(unitCount)
        dist[Int(source)] = 0
        touched.append(source)
        heap.push(0, source)
        var reached: Int64 = -1
        while let (d, v) = heap.pop() {
            if settled[Int(v)] || d > dist[Int(v)] { continue }
            settled[Int(v)] = true
            order.append(v)
            if v == sink {
                reached = d
                break
            }
            let pv = potential[Int(v)]
            if v < units {
                let unit = Int(v)
                let current = unitOffer[unit]
                if current != -2 { relax(sink, d + pv - potential[Int(sink)], from: v, pair: -1) }
                let need = Int(unitNeed[unit])
                for e in instance.pairs(of: need) {
                    let j = instance.offers[e]
                    if j == current { continue }
                    let node = units + j
                    relax(node, d + pairCost[e] + pv - potential[Int(node)], from: v, pair: Int32(e))
                }
            } else {
                let j = Int(v - units)
                if assigned[j].count < Int(instance.capacities[j]) {
                    relax(sink, d + pv - potential[Int(sink)], from: v, pair: -1)
                }
                for u in assigned[j] {
                    relax(u, d - pairCost[Int(unitPair[Int(u)])] + pv - potential[Int(u)], from: v, pair: -1)
                }
            }
        }
        // The sink is always reachable through the unit's own "unmatched" edge.
        augment(to: sink, from: source)
        for v in order { potential[Int(v)] += dist[Int(v)] - reached }
        for v in touched {
            dist[Int(v)] = .max
            settled[Int(v)] = false
        }
        touched.removeAll(keepingCapacity: true)
        order.removeAll(keepingCapacity: true)
        heap.removeAll()
    }

    @inline(__always) private mutating func relax(_ node: Int32, _ d: Int64, from v: Int32, pair: Int32) {
        let n = Int(node)
        if settled[n] { return }
        if dist[n] == .max { touched.append(node) }
        if d < dist[n] {
            dist[n] = d
            pred[n] = v
            predPair[n] = pair
            heap.push(d, node)
        }
    }

    private mutating func augment(to sink: Int32, from source: Int32) {
        let units = Int32(unitCount)
        var v = sink
        while v != source {
            let u = pred[Int(v)]
            if v == sink {
                // Either a unit goes unmatched, or an offer fills one more place (counted by `assigned`).
                if u < units { unitOffer[Int(u)] = -2 }
            } else if v >= units {
                // Unit u takes a place at offer v along pair predPair.
                let j = v - units
                unitOffer[Int(u)] = j
                unitPair[Int(u)] = predPair[Int(v)]
                assigned[Int(j)].append(u)
            } else {
                // Unit v leaves offer u for the next step of the path.
                let j = Int(u - units)
                if let k = assigned[j].firstIndex(of: v) { assigned[j].remove(at: k) }
            }
            v = u
        }
    }

    /// Turns routed units into needs' offers; a need whose units did not all reach one offer is
    /// re-placed best pair first in the places left.
    private func result() -> Assignment {
        var offerOfNeed = [Int32](repeating: -1, count: instance.needCount)
        var pairOfNeed = [Int](repeating: -1, count: instance.needCount)
        var free = instance.capacities
        var split: [Int] = []
        var unit = 0
        for i in 0..<instance.needCount {
            let d = Int(instance.demands[i])
            let first = unitOffer[unit]
            let together = (unit..<unit + d).allSatisfy { unitOffer[$0] == first }
            if together, first >= 0 {
                offerOfNeed[i] = first
                pairOfNeed[i] = Int(unitPair[unit])
                free[Int(first)] -= Int32(d)
            } else if !together {
                split.append(i)
            }
            unit += d
        }
        var total: Int64 = 0
        if !split.isEmpty {
            let placed = instance.greedy(skipping: offerOfNeed, remaining: free, only: split)
            for i in split where placed.pairOfNeed[i] >= 0 {
                offerOfNeed[i] = placed.offerOfNeed[i]
                pairOfNeed[i] = placed.pairOfNeed[i]
            }
        }
        for i in 0..<instance.needCount where pairOfNeed[i] >= 0 { total += instance.scores[pairOfNeed[i]] }
        return Assignment(offerOfNeed: offerOfNeed, pairOfNeed: pairOfNeed, totalScore: total)
    }
}

/// A binary min-heap of (distance, node), ties broken by node so runs are deterministic.
struct Heap {
    private var keys: [Int64] = []
    private var nodes: [Int32] = []

    @inline(__always) private func less(_ a: Int, _ b: Int) -> Bool {
        keys[a] < keys[b] || (keys[a] == keys[b] && nodes[a] < nodes[b])
    }

    mutating func push(_ key: Int64, _ node: Int32) {
        keys.append(key)
        nodes.append(node)
        var i = keys.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard less(i, parent) else { break }
            keys.swapAt(i, parent)
            nodes.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> (Int64, Int32)? {
        guard let top = keys.first, let node = nodes.first else { return nil }
        let last = keys.count - 1
        keys.swapAt(0, last)
        nodes.swapAt(0, last)
        keys.removeLast()
        nodes.removeLast()
        var i = 0
        let n = keys.count
        while true {
            let l = 2 * i + 1
            let r = l + 1
            var smallest = i
            if l < n, less(l, smallest) { smallest = l }
            if r < n, less(r, smallest) { smallest = r }
            if smallest == i { break }
            keys.swapAt(i, smallest)
            nodes.swapAt(i, smallest)
            i = smallest
        }
        return (top, node)
    }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
    }
}
