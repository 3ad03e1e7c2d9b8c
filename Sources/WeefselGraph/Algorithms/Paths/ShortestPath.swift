/// The shortest chain of ties from `source` to `target`: the people through whom one could be
/// introduced to the other.
///
/// Among several equally short chains the one that is first in node order (lowest index at each
/// step from `source`) is returned, so the answer is stable.
///
/// - Returns: the nodes from `source` to `target` inclusive, `[source]` when they are the same, or
///   `nil` when no chain exists.
/// - Throws: `GraphError.invalidArgument` when either node is not in the graph.
/// - Complexity: O(n + m).
public func shortestPath(from source: Int32, to target: Int32, in graph: Adjacency) throws(GraphError) -> [Int32]? {
    let n = graph.nodeCount
    for node in [source, target] where node < 0 || Int(node) >= n {
        throw .invalidArgument("node \(node) is not in a graph of \(n) nodes")
    }
    if source == target { return [source] }
    // Distances to `target`, searched until `source` is found; every node one step nearer to the
    // target than a node on the way is labelled by then.
    var distance = [Int32](repeating: -1, count: n)
    var queue = [Int32](repeating: 0, count: n)
    distance[Int(target)] = 0
    queue[0] = target
    var head = 0
    var tail = 1
    search: while head < tail {
        let v = Int(queue[head])
        head += 1
        for w in graph.neighbours(of: v) where distance[Int(w)] < 0 {
            distance[Int(w)] = distance[v] + 1
            if w == source { break search }
            queue[tail] = w
            tail += 1
        }
    }
    guard distance[Int(source)] > 0 else { return nil }
    var path = [source]
    var current = source
    while current != target {
        let wanted = distance[Int(current)] - 1
        // Rows are sorted, so the first match is the lowest index.
        guard let step = graph.neighbours(of: Int(current)).first(where: { distance[Int($0)] == wanted }) else {
            return nil
        }
        path.append(step)
        current = step
    }
    return path
}

/// The shortest chain of trusted ties (informal and professional; conflict ties never carry a path)
/// from one person to another, by external id.
///
/// - Returns: the ids from `source` to `target` inclusive, or `nil` when no chain exists.
/// - Throws: `GraphError.unknownNode` for an id the graph does not have.
/// - Complexity: O(n + m log d) to build the adjacency, then O(n + m).
public func shortestPath(
    from source: Node.ID, to target: Node.ID, in graph: AnalysisGraph, filter: TieFilter = .positive
) throws(GraphError) -> [Node.ID]? {
    guard let s = graph.index(of: source) else { throw .unknownNode(source) }
    guard let t = graph.index(of: target) else { throw .unknownNode(target) }
    let path = try shortestPath(from: s, to: t, in: graph.adjacency(filter))
    return path?.map { graph.nodeIDs[Int($0)] }
}
