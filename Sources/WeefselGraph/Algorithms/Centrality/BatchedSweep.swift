/// Brandes' unweighted accumulation from up to sixteen sources at once, level by level, sharing the
/// scans of the adjacency lists between the sources (multi-source BFS, after Then et al., "The More
/// the Merrier", 2014).
///
/// Each source owns one lane. A node keeps, per lane, its path count, later its coefficient
/// `(1 + dependency) / pathCount`, in one SIMD vector, and a bit per lane for whether the lane has
/// reached it. A level's nodes are listed once, with the lanes that reach them at that distance;
/// scanning such a node's ties serves all those lanes together, and the ties that lie on shortest
/// paths are recorded with their lanes for the backward pass. Sources that lie close together
/// (neighbours in the breadth-first renumbering) reach most nodes at only two or three distinct
/// distances, so a node's ties are scanned about three times per batch instead of once per source.
/// Every lane adds exactly the terms Brandes adds for its source, so the result is exact.
final class BatchedSweep {
    /// Sources per batch.
    static let width = Lanes.scalarCount

    /// Per node, the lanes that reached it at the current level or before.
    private let seen: UnsafeMutablePointer<LaneBits>
    /// Per node, the lanes that reach it at the next level (filled while the current one is scanned).
    private let pending: UnsafeMutablePointer<LaneBits>
    /// Per node, one path count per lane; a lane becomes the coefficient `(1 + δ) / σ` once the
    /// node's dependency on that lane's source is final.
    private let rows: UnsafeMutablePointer<Lanes>
    /// The nodes of each level, level after level; a node is listed at every distance some lane
    /// reaches it at, with the lanes in `levelLanes`.
    private let levels: UnsafeMutablePointer<Int32>
    private let levelLanes: UnsafeMutablePointer<LaneBits>
    /// The shortest-path successors of each listed node (`levels[i]`): records
    /// `blockEnd[i-1]..<blockEnd[i]`, each a node and the lanes for which the tie leads one step further.
    private let successors: UnsafeMutablePointer<Int32>
    private let successorLanes: UnsafeMutablePointer<LaneBits>
    private let blockEnd: UnsafeMutablePointer<Int>
    /// `ones[bits]` is 1 in the lanes of eight whose bit is set in `bits`, 0 elsewhere.
    private let ones: UnsafeMutablePointer<SIMD8<Double>>
    private var levelStart: [Int] = []
    private let nodeCount: Int
    private let listCapacity: Int
    private let recordCapacity: Int

    /// - Parameters:
    ///   - nodeCount: the graph's nodes.
    ///   - entryCount: the graph's adjacency entries (twice its ties).
    init(nodeCount n: Int, entryCount: Int) {
        nodeCount = n
        let size = max(n, 1)
        seen = .allocate(capacity: size)
        seen.initialize(repeating: 0, count: size)
        pending = .allocate(capacity: size)
        pending.initialize(repeating: 0, count: size)
        rows = .allocate(capacity: size)
        rows.initialize(repeating: .zero, count: size)
        // A node is listed at most once per lane, and each listing records at most its ties.
        listCapacity = size * Self.width
        recordCapacity = max(entryCount, 1) * Self.width
        levels = .allocate(capacity: listCapacity)
        levelLanes = .allocate(capacity: listCapacity)
        blockEnd = .allocate(capacity: listCapacity)
        successors = .allocate(capacity: recordCapacity)
        successorLanes = .allocate(capacity: recordCapacity)
        ones = .allocate(capacity: 256)
        for bits in 0..<256 {
            var lanes = SIMD8<Double>.zero
            for lane in 0..<8 where bits & (1 << lane) != 0 { lanes[lane] = 1 }
            (ones + bits).initialize(to: lanes)
        }
    }

    deinit {
        seen.deallocate()
        pending.deallocate()
        rows.deallocate()
        levels.deallocate()
        levelLanes.deallocate()
        blockEnd.deallocate()
        successors.deallocate()
        successorLanes.deallocate()
        ones.deallocate()
    }

    /// 1 in the lanes whose bit is set in `bits`, 0 elsewhere.
    @inline(__always) private func select(_ bits: LaneBits) -> Lanes {
        Lanes(lowHalf: ones[Int(bits & 0xFF)], highHalf: ones[Int(bits >> 8)])
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
        let seen = self.seen
        let pending = self.pending
        let rows = self.rows
        let levels = self.levels
        let levelLanes = self.levelLanes
        let successors = self.successors
        let successorLanes = self.successorLanes
        let blockEnd = self.blockEnd
        levelStart.removeAll(keepingCapacity: true)
        levelStart.append(0)
        var listed = 0
        var recorded = 0
        var reached = Lanes.zero
        for (lane, s) in sources.enumerated() {
            let v = Int(s)
            let bit = LaneBits(1) << LaneBits(lane)
            seen[v] |= bit
            rows[v][lane] = 1
            reached[lane] = 1
            levels[listed] = s
            levelLanes[listed] = bit
            listed += 1
        }
        // Forward: path counts, one level of every lane at a time, recording each listed node's
        // successors with the lanes they succeed it in.
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
                    let onPath = lanes & ~seen[w]
                    if onPath == 0 { continue }
                    let before = pending[w]
                    if before == 0 {
                        levels[listed] = Int32(w)
                        listed += 1
                    }
                    pending[w] = before | onPath
                    rows[w] += pv * select(onPath)
                    successors[recorded] = Int32(w)
                    successorLanes[recorded] = onPath
                    recorded += 1
                }
                blockEnd[index] = recorded
            }
            for index in end..<listed {
                let w = Int(levels[index])
                let lanes = pending[w]
                levelLanes[index] = lanes
                seen[w] |= lanes
                pending[w] = 0
                reached += select(lanes)
            }
        }
        // Backward: dependencies from the deepest level up; each listed node reads its successors'
        // final coefficients in the lanes it precedes them in.
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
            seen[v] = 0
            rows[v] = .zero
        }
        return reached
    }
}

/// One `Double` per source of a batch.
typealias Lanes = SIMD16<Double>
/// One bit per source of a batch.
typealias LaneBits = UInt16
