/// A binary min-heap of `(distance, node)` pairs packed in one `UInt64` (distance in the high 32 bits),
/// so that equal distances pop in node order and a run is deterministic.
struct DistanceHeap {
    private var keys: [UInt64] = []

    init(capacity: Int) { keys.reserveCapacity(capacity) }

    var isEmpty: Bool { keys.isEmpty }

    mutating func removeAll() { keys.removeAll(keepingCapacity: true) }

    @inline(__always) mutating func push(distance: Int32, node: Int32) {
        keys.append(UInt64(UInt32(bitPattern: distance)) << 32 | UInt64(UInt32(bitPattern: node)))
        var child = keys.count - 1
        let key = keys[child]
        while child > 0 {
            let parent = (child - 1) / 2
            if keys[parent] <= key { break }
            keys[child] = keys[parent]
            child = parent
        }
        keys[child] = key
    }

    /// Removes and returns the pair with the smallest distance (lowest node among equals).
    @inline(__always) mutating func pop() -> (distance: Int32, node: Int32)? {
        guard let top = keys.first else { return nil }
        let last = keys.removeLast()
        if !keys.isEmpty {
            var parent = 0
            let count = keys.count
            while true {
                var child = 2 * parent + 1
                if child >= count { break }
                if child + 1 < count && keys[child + 1] < keys[child] { child += 1 }
                if keys[child] >= last { break }
                keys[parent] = keys[child]
                parent = child
            }
            keys[parent] = last
        }
        return (Int32(bitPattern: UInt32(top >> 32)), Int32(bitPattern: UInt32(top & 0xFFFF_FFFF)))
    }
}
