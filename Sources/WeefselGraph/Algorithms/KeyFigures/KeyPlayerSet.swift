import HeapModule

/// A small set of people who together reach many residents: for a panel or to spread news.
public struct KeyPlayerSet: Sendable, Equatable {
    /// The people chosen, in the order the greedy choice took them.
    public let members: [Int32]
    /// The residents within two steps of the set, the members themselves included.
    public let reach: Int
    /// The number of residents in the graph.
    public let residents: Int
    /// How many more residents each member added when chosen.
    public let gains: [Int]

    /// `reach` as a share of all residents, in `0...1` (0 when there are none).
    public var share: Double { residents > 0 ? Double(reach) / Double(residents) : 0 }
}

/// The `k` people (any node but an association) who together reach the most residents within two
/// steps of counted ties.
///
/// Reach is a coverage function, so the greedy choice (each time the person who adds the most
/// residents not yet reached, lowest node first among equals) is within `1 - 1/e` of the best set;
/// lazy evaluation re-counts a candidate's gain only when it reaches the top of the queue. The choice
/// stops early when nobody adds anyone.
///
/// - Parameters:
///   - k: the number of people to choose, at least 1.
///   - filter: the ties that count; informal ties by default.
/// - Throws: `GraphError.invalidArgument` when `k < 1`.
/// - Complexity: O(Σ degree²) for the first count, then O(reach-neighbourhood) per re-count and
///   O(log n) per queue operation.
public func keyPlayerSet(k: Int, in graph: AnalysisGraph, filter: TieFilter = .informal) throws(GraphError)
    -> KeyPlayerSet
{
    guard k >= 1 else { throw .invalidArgument("a key player set needs at least 1 person, got \(k)") }
    let adjacency = graph.adjacency(filter)
    let n = graph.nodeCount
    let isResident = graph.nodeKinds.map { $0 == .resident }
    let residents = isResident.filter { $0 }.count
    var covered = [Bool](repeating: false, count: n)
    var seen = [Int32](repeating: -1, count: n)
    var visit: Int32 = 0

    /// Calls `body` once for every node within two steps of `v`, `v` included.
    func forEachWithinTwo(_ v: Int, _ body: (Int) -> Void) {
        visit += 1
        seen[v] = visit
        body(v)
        for w in adjacency.neighbours(of: v) where seen[Int(w)] != visit {
            seen[Int(w)] = visit
            body(Int(w))
        }
        for w in adjacency.neighbours(of: v) {
            for x in adjacency.neighbours(of: Int(w)) where seen[Int(x)] != visit {
                seen[Int(x)] = visit
                body(Int(x))
            }
        }
    }
    func gain(_ v: Int) -> Int {
        var count = 0
        forEachWithinTwo(v) { u in if isResident[u] && !covered[u] { count += 1 } }
        return count
    }

    // Max-heap on (gain, -node): the highest gain first, the lowest node among equals.
    struct Candidate: Comparable {
        var gain: Int
        var node: Int
        var round: Int
        static func < (a: Candidate, b: Candidate) -> Bool { a.gain != b.gain ? a.gain < b.gain : a.node > b.node }
    }
    var queue = Heap<Candidate>()
    for v in 0..<n where graph.nodeKinds[v] != .association {
        queue.insert(Candidate(gain: gain(v), node: v, round: 0))
    }
    var members: [Int32] = []
    var gains: [Int] = []
    var reach = 0
    while members.count < k, var top = queue.popMax() {
        if top.round != members.count {
            top.gain = gain(top.node)
            top.round = members.count
            queue.insert(top)
            continue
        }
        guard top.gain > 0 else { break }
        members.append(Int32(top.node))
        gains.append(top.gain)
        reach += top.gain
        forEachWithinTwo(top.node) { u in if isResident[u] { covered[u] = true } }
    }
    return KeyPlayerSet(members: members, reach: reach, residents: residents, gains: gains)
}
