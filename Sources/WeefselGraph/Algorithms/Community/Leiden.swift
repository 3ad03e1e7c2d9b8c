/// Finds communities: groups of people who know each other more than they know the rest of the
/// neighbourhood, by maximising modularity with the Leiden method (Traag, Waltman & van Eck 2019):
/// fast local moving of nodes, refinement of each community into well-connected parts, and
/// aggregation of the graph by those parts, level after level.
///
/// The search is deterministic for a seed: the same graph and seed always give the same split.
///
/// - Parameters:
///   - adjacency: the graph, usually `graph.adjacency(.informal)`.
///   - seed: the seed for the order in which nodes are visited.
///   - weighted: count each tie with its strength (1...3) instead of 1.
///   - resolution: above 1 favours smaller communities, below 1 larger ones.
///   - iterations: how many times the whole search is repeated, each starting from the split the
///     previous one found; it stops early when a pass improves nothing.
/// - Returns: the split in canonical order with its modularity; every node without ties is its own
///   community.
/// - Complexity: O(m) per pass of local moving, typically O(m log n) overall.
public func communities(
    of adjacency: Adjacency, seed: UInt64 = 1, weighted: Bool = false, resolution: Double = 1,
    iterations: Int = 2
) -> Partition {
    let n = adjacency.nodeCount
    var labels = (0..<n).map { Int32($0) }
    let base = CommunityLevel(adjacency, weighted: weighted)
    guard base.totalWeight > 0 else { return Partition(labels: labels, modularity: 0) }
    var random = SeededRandom(seed: seed)
    var quality = -Double.infinity
    for _ in 0..<max(1, iterations) {
        var candidate = labels
        leidenPass(base, labels: &candidate, resolution: resolution, random: &random)
        let candidateQuality =
            (try? modularity(candidate, of: adjacency, weighted: weighted, resolution: resolution)) ?? 0
        guard candidateQuality > quality + 1e-12 else { break }
        labels = candidate
        quality = candidateQuality
    }
    return Partition(labels: labels, modularity: quality)
}

/// Finds the communities of the informal ties of a neighbourhood: ``communities(of:seed:weighted:resolution:iterations:)``
/// on `graph.adjacency(.informal)`.
///
/// - Complexity: as the search on the adjacency, plus O(n + m log d) to build it.
public func communities(in graph: AnalysisGraph, seed: UInt64 = 1, weighted: Bool = false) -> Partition {
    communities(of: graph.adjacency(.informal), seed: seed, weighted: weighted)
}

/// One Leiden pass from the split in `labels` (labels in `0..<n`); `labels` receives the result.
func leidenPass(_ base: CommunityLevel, labels: inout [Int32], resolution: Double, random: inout SeededRandom) {
    let n = base.nodeCount
    var level = base
    var membership = renumbered(labels).labels
    var nodeOf = (0..<n).map { Int32($0) }
    while true {
        moveNodes(level, membership: &membership, resolution: resolution, random: &random)
        let (communities, communityCount) = renumbered(membership)
        membership = communities
        if communityCount == level.nodeCount { break }
        let refinedRaw = refine(
            level, partition: communities, communityCount: communityCount, resolution: resolution,
            random: &random)
        var (refined, refinedCount) = renumbered(refinedRaw)
        if refinedCount == level.nodeCount {
            // Refinement merged nothing: aggregate by the communities themselves.
            refined = communities
            refinedCount = communityCount
        }
        var next = [Int32](repeating: 0, count: refinedCount)
        for v in 0..<level.nodeCount { next[Int(refined[v])] = communities[v] }
        level = level.aggregated(by: refined, groupCount: refinedCount)
        for v in 0..<n { nodeOf[v] = refined[Int(nodeOf[v])] }
        membership = next
    }
    for v in 0..<n { labels[v] = membership[Int(nodeOf[v])] }
}

/// Labels renumbered `0..<count` in order of first appearance.
///
/// - Complexity: O(n) for labels in `0..<n`; O(n) expected with hashing for any other labels.
func renumbered(_ labels: [Int32]) -> (labels: [Int32], count: Int) {
    var result = [Int32](repeating: 0, count: labels.count)
    var count: Int32 = 0
    if labels.allSatisfy({ $0 >= 0 && Int($0) < labels.count }) {
        var map = [Int32](repeating: -1, count: labels.count)
        for (v, label) in labels.enumerated() {
            let l = Int(label)
            if map[l] < 0 {
                map[l] = count
                count += 1
            }
            result[v] = map[l]
        }
    } else {
        var map: [Int32: Int32] = [:]
        for (v, label) in labels.enumerated() {
            if let known = map[label] {
                result[v] = known
            } else {
                map[label] = count
                result[v] = count
                count += 1
            }
        }
    }
    return (result, Int(count))
}

/// A random permutation of `0..<n`.
func shuffledNodes(_ n: Int, random: inout SeededRandom) -> [Int32] {
    var order = (0..<n).map { Int32($0) }
    if n > 1 {
        for i in stride(from: n - 1, to: 0, by: -1) {
            let j = Int(random.next() % UInt64(i + 1))
            order.swapAt(i, j)
        }
    }
    return order
}

/// Fast local moving: visits nodes from a queue (in random order at first) and moves each to the
/// neighbouring community with the largest gain in modularity; the neighbours of a moved node
/// that lie outside its new community are queued again. Labels stay in `0..<n`.
///
/// - Complexity: O(m) per sweep over the queue.
func moveNodes(
    _ level: CommunityLevel, membership: inout [Int32], resolution: Double, random: inout SeededRandom
) {
    let n = level.nodeCount
    guard n > 1 else { return }
    let scale = resolution / level.totalWeight
    var total = [Double](repeating: 0, count: n)
    var size = [Int32](repeating: 0, count: n)
    for v in 0..<n {
        total[Int(membership[v])] += level.nodeWeights[v]
        size[Int(membership[v])] += 1
    }
    var empty: [Int32] = []
    for c in stride(from: n - 1, through: 0, by: -1) where size[c] == 0 { empty.append(Int32(c)) }
    var queue = shuffledNodes(n, random: &random)
    var inQueue = [Bool](repeating: true, count: n)
    var head = 0
    var queued = n
    var neighbourWeight = [Double](repeating: 0, count: n)
    var seen = [Bool](repeating: false, count: n)
    var touched: [Int32] = []
    touched.reserveCapacity(64)

    let offsets = level.offsets
    let targets = level.targets
    let weights = level.weights
    let nodeWeights = level.nodeWeights
    while queued > 0 {
        let v = Int(queue[head])
        head += 1
        if head == n { head = 0 }
        queued -= 1
        inQueue[v] = false
        let current = Int(membership[v])
        let kv = nodeWeights[v]
        seen[current] = true
        touched.append(Int32(current))
        let start = Int(offsets[v])
        let end = Int(offsets[v + 1])
        for e in start..<end {
            let c = Int(membership[Int(targets[e])])
            if !seen[c] {
                seen[c] = true
                touched.append(Int32(c))
            }
            neighbourWeight[c] += weights[e]
        }
        total[current] -= kv
        size[current] -= 1
        let factor = kv * scale
        var best = current
        var bestGain = neighbourWeight[current] - factor * total[current]
        for t in touched {
            let c = Int(t)
            let gain = neighbourWeight[c] - factor * total[c]
            if gain > bestGain {
                bestGain = gain
                best = c
            }
            neighbourWeight[c] = 0
            seen[c] = false
        }
        touched.removeAll(keepingCapacity: true)
        if bestGain < 0, size[current] > 0, let alone = empty.popLast() {
            best = Int(alone)
        }
        total[best] += kv
        size[best] += 1
        guard best != current else { continue }
        if size[current] == 0 { empty.append(Int32(current)) }
        membership[v] = Int32(best)
        for e in start..<end {
            let u = Int(targets[e])
            if !inQueue[u] && Int(membership[u]) != best {
                inQueue[u] = true
                var tail = head + queued
                if tail >= n { tail -= n }
                queue[tail] = Int32(u)
                queued += 1
            }
        }
    }
}
