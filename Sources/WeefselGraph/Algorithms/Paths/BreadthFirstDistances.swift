/// The number of steps from `source` to every node, by breadth-first search; -1 for a node that
/// cannot be reached.
///
/// - Parameter maxDepth: stop after this many steps (nodes further away stay -1); `nil` for no limit.
/// - Throws: `GraphError.invalidArgument` when `source` is not a node of the graph.
/// - Complexity: O(n + m).
public func breadthFirstDistances(
    from source: Int32, in graph: Adjacency, maxDepth: Int? = nil
) throws(GraphError) -> [Int32] {
    let n = graph.nodeCount
    guard source >= 0 && Int(source) < n else {
        throw .invalidArgument("node \(source) is not in a graph of \(n) nodes")
    }
    let limit = Int32(clamping: maxDepth ?? Int(Int32.max))
    var distance = [Int32](repeating: -1, count: n)
    var queue = [Int32](repeating: 0, count: n)
    distance[Int(source)] = 0
    queue[0] = source
    var head = 0
    var tail = 1
    while head < tail {
        let v = Int(queue[head])
        head += 1
        let next = distance[v] + 1
        if next > limit { break }
        for w in graph.neighbours(of: v) where distance[Int(w)] < 0 {
            distance[Int(w)] = next
            queue[tail] = w
            tail += 1
        }
    }
    return distance
}
