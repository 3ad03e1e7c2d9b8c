/// The per-task scratch memory of one shortest-path sweep: allocated once per task, reset per source
/// by walking only the nodes the sweep reached.
final class SweepBuffers {
    /// Distance from the source (in steps, or tie-length units when weighted); -1 when unreached.
    let distance: UnsafeMutablePointer<Int32>
    /// Number of shortest paths from the source.
    let pathCount: UnsafeMutablePointer<Double>
    /// `(1 + dependency) / pathCount` of a node whose dependency is final.
    let coefficient: UnsafeMutablePointer<Double>
    /// Reached nodes in order of distance: the BFS queue, later walked backwards as Brandes' stack.
    let order: UnsafeMutablePointer<Int32>
    /// Whether Dijkstra has settled the node.
    let settled: UnsafeMutablePointer<Bool>
    /// The shortest-path successors of each reached node, in the order the nodes were reached.
    let successors: UnsafeMutablePointer<Int32>
    /// Where the successors of the node at each position of `order` end in `successors`.
    let blockEnd: UnsafeMutablePointer<Int32>
    var heap: DistanceHeap
    let nodeCount: Int

    init(nodeCount n: Int, entryCount: Int = 0, heapCapacity: Int = 0) {
        nodeCount = n
        distance = .allocate(capacity: max(n, 1))
        distance.initialize(repeating: -1, count: max(n, 1))
        pathCount = .allocate(capacity: max(n, 1))
        pathCount.initialize(repeating: 0, count: max(n, 1))
        coefficient = .allocate(capacity: max(n, 1))
        coefficient.initialize(repeating: 0, count: max(n, 1))
        order = .allocate(capacity: max(n, 1))
        order.initialize(repeating: 0, count: max(n, 1))
        settled = .allocate(capacity: max(n, 1))
        settled.initialize(repeating: false, count: max(n, 1))
        successors = .allocate(capacity: max(entryCount, 1))
        successors.initialize(repeating: 0, count: max(entryCount, 1))
        blockEnd = .allocate(capacity: max(n, 1))
        blockEnd.initialize(repeating: 0, count: max(n, 1))
        heap = DistanceHeap(capacity: heapCapacity)
    }

    deinit {
        successors.deallocate()
        blockEnd.deallocate()
        distance.deallocate()
        pathCount.deallocate()
        coefficient.deallocate()
        order.deallocate()
        settled.deallocate()
    }

    /// Forgets the first `reached` nodes of `order`.
    @inline(__always) func reset(reached: Int) {
        for i in 0..<reached {
            let v = Int(order[i])
            distance[v] = -1
            settled[v] = false
        }
    }
}
