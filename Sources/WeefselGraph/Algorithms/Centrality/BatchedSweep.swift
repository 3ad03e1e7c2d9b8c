/// Brandes' unweighted accumulation from up to eight sources at once, level by level, sharing the
/// scans of the adjacency lists between the sources (multi-source BFS, after Then et al., "The More
/// the Merrier", 2014).
///
/// Each source owns one lane. A node keeps, per lane, its path count, later its coefficient
/// `(1 + dependency) / pathCount`, in one SIMD vector of one cache line, and a bit per lane for
/// whether the lane has reached it. A level's nodes are listed once, in ascending node order, with
/// the lanes that reach them at that distance; scanning such a node's ties serves all those lanes
/// together, and the ties that lie on shortest paths are recorded with their lanes for the backward
/// pass. Sources that lie close together (neighbours in the breadth-first renumbering) reach most
/// nodes at only two or three distinct distances, so a node's ties are scanned two or three times
/// per batch instead of once per source. The search is bound by memory, not arithmetic: eight
/// lanes keep a node's vector to one cache line and a level's vectors near the size of a core's
/// cache, and walking each level in node order sweeps through memory instead of jumping.
/// Every lane adds exactly the terms Brandes adds for its source, so the result is exact.
final class BatchedSweep {
    /// Sources per batch.
    static let width = Lanes.scalarCount

    /// Per node, the lanes that have reached it and those that reach it next.
    private let state: UnsafeMutablePointer<LaneState>
    /// Per node, one path count per lane; a lane becomes the coefficient `(1 + δ) / σ` once the
    /// node's dependency on that lane's source is final.
    private let rows: UnsafeMutablePointer<Lanes>
    /// The nodes of each level, level after level; a node is listed at every distance some lane
    /// reaches it at, with the lanes in `levelLanes`.
    private let levels: UnsafeMutablePointer<Int32>
    private let levelLanes: UnsafeMutablePointer<LaneBits>
    /// One bit per node, set while the level being scanned reaches the node first: the next level,
    /// read in ascending node order so that the scans sweep through memory instead of jumping.
    private let touched: UnsafeMutablePointer<UInt64>
    private let touchedWords: Int
    /// The shortest-path successors of each listed node (`levels[i]`): records
    /// `blockEnd[i-1]..<blockEnd[i]`, each a node and the lanes for which the tie leads one step further.
    private let successors: UnsafeMutablePointer<Int32>
    private let successorLanes: UnsafeMutablePointer<LaneBits>
    private let blockEnd: UnsafeMutablePointer<Int>
    /// `ones[bits]` is 1 in the lanes whose bit is set in `bits`, 0 elsewhere.
    private let ones: UnsafeMutablePointer<SIMD8<Double>>
    private var levelStart: [Int] = []
    private let nodeCount: Int
    private let listCapacity: Int

    /// - Parameters:
    ///   - nodeCount: the graph's nodes.
    ///   - entryCount: the graph's adjacency entries (twice its ties).
    init(nodeCount n: Int, entryCount: Int) {
        nodeCount = n
        let size = max(n, 1)
        state = .allocate(capacity: size)
        state.initialize(repeating: LaneState(seen: 0, next: 0), count: size)
        // Aligned to a cache line, so that a row spans as few lines as it can.
        rows = UnsafeMutableRawPointer.allocate(byteCount: size * MemoryLayout<Lanes>.stride, alignment: 64)
            .bindMemory(to: Lanes.self, capacity: size)
        rows.initialize(repeating: .zero, count: size)
        // A node is listed at most once per lane, and each listing records at most its ties.
        listCapacity = size * Self.width
        levels = .allocate(capacity: listCapacity)
        levelLanes = .allocate(capacity: listCapacity)
        blockEnd = .allocate(capacity: listCapacity)
        successors = .allocate(capacity: max(entryCount, 1) * Self.width)
        successorLanes = .allocate(capacity: max(entryCount, 1) * Self.width)
        touchedWords = (size + 63) / 64
        touched = .allocate(capacity: touchedWords)
        touched.initialize(repeating: 0, count: touchedWords)
        ones = .allocate(capacity: 256)
        for bits in 0..<256 {
            var lanes = SIMD8<Double>.zero
            for lane in 0..<8 where bits & (1 << lane) != 0 { lanes[lane] = 1 }
            (ones + bits).initialize(to: lanes)
        }
    }

    deinit {
        state.deallocate()
        rows.deallocate()
        levels.deallocate()
        levelLanes.deallocate()
        touched.deallocate()
        blockEnd.deallocate()
        successors.deallocate()
        successorLanes.deallocate()
        ones.deallocate()
    }

    /// 1 in the lanes whose bit is set in `bits`, 0 elsewhere.
    @inline(__always) private func select(_ bits: LaneBits) -> Lanes {
        ones[Int(bits)]
    }

    /// Adds, for every node `w`, `Σ times[lane] · δ_{sources[lane]}(w)` to `partial[w]` (a source's
    /// own entry excluded), and returns how many nodes each lane reached, the source included.
    ///
    /// - Parameters:
    ///   - sources: one to ``width`` distinct nodes.
    ///   - times: how many times each source's dependencies count.
    /// - Complexity: O(L·(n + m)) for L distinct distances per node over the batch, at most ``width``.
    func accumulate(
        from sources: ArraySlice<Int32>, times: Lanes, offsets: UnsafeBufferPointer<Int32>,
        targets: UnsafeBufferPointer<Int32>, into partial: UnsafeMutableBufferPointer<Double>
    ) -> Lanes {
        let state = self.state
        let rows = self.rows
        let levels = self.levels
        let levelLanes = self.levelLanes
        let touched = self.touched
        let touchedWords = self.touchedWords
        levelStart.removeAll(keepingCapacity: true)
        levelStart.append(0)
        var listed = 0
        var recorded = 0
        let successors = self.successors
        let successorLanes = self.successorLanes
        let blockEnd = self.blockEnd
        var reached = Lanes.zero
        for (lane, s) in sources.enumerated() {
            let v = Int(s)
            let bit = LaneBits(1) << LaneBits(lane)
            state[v].seen |= bit
            rows[v][lane] = 1
            reached[lane] = 1
            levels[listed] = s
            levelLanes[listed] = bit
            listed += 1
        }
        // Forward: path counts, one level of every lane at a time.
        while listed > levelStart[levelStart.count - 1] {
            let start = levelStart[levelStart.count - 1]
            let end = listed
            levelStart.append(end)
            for index in start..<end {
                let v = Int(levels[index])
                let lanes = levelLanes[index]
                let pv = rows[v]
                var e = Int(offsets[v])
                let stop = Int(offsets[v + 1])
                while e < stop {
                    let w = Int(targets[e])
                    e += 1
                    let before = state[w]
                    let onPath = lanes & ~before.seen
                    if onPath == 0 { continue }
                    if before.next == 0 { touched[w >> 6] |= 1 &<< UInt64(w & 63) }
                    state[w].next = before.next | onPath
                    rows[w] += pv * select(onPath)
                    successors[recorded] = Int32(w)
                    successorLanes[recorded] = onPath
                    recorded += 1
                }
                blockEnd[index] = recorded
            }
            // The next level, in ascending node order.
            for word in 0..<touchedWords where touched[word] != 0 {
                var bits = touched[word]
                touched[word] = 0
                while bits != 0 {
                    let w = word << 6 | bits.trailingZeroBitCount
                    bits &= bits &- 1
                    let lanes = state[w].next
                    levels[listed] = Int32(w)
                    levelLanes[listed] = lanes
                    listed += 1
                    state[w] = LaneState(seen: state[w].seen | lanes, next: 0)
                    reached += select(lanes)
                }
            }
        }
        // Backward: dependencies from the deepest level up. While level k is done, `next` holds for
        // every node the lanes that reach it at level k + 1, so a tie from a level-k node leads one
        // step further in exactly the lanes both have; those successors' coefficients are final.
        var index = listed - 1
        let first = levelStart.count > 1 ? levelStart[1] : listed
        while index >= first {
            let v = Int(levels[index])
            var sum = Lanes.zero
            var r = blockEnd[index - 1]
            let stop = blockEnd[index]
            while r < stop {
                sum += rows[Int(successors[r])] * select(successorLanes[r])
                r += 1
            }
            let mask = select(levelLanes[index])
            let pv = rows[v]
            let dependency = pv * sum
            partial[v] += (times * dependency).sum()
            let coefficient = (1 + dependency) / (pv + (1 - mask))
            rows[v] = pv * (1 - mask) + coefficient * mask
            index -= 1
        }
        for index in 0..<listed {
            let v = Int(levels[index])
            state[v] = LaneState(seen: 0, next: 0)
            rows[v] = .zero
        }
        return reached
    }
}

/// What a batch knows of one node, in one word so that scanning a tie touches one cache line.
struct LaneState {
    /// The lanes that reached the node at the current level or before.
    var seen: LaneBits
    /// The lanes that reach the node at the next level (filled while the current one is scanned).
    var next: LaneBits
}

/// One `Double` per source of a batch.
typealias Lanes = SIMD8<Double>
/// One bit per source of a batch.
typealias LaneBits = UInt8
