/// The Leiden refinement: splits each community of `partition` into well-connected parts.
///
/// Every node starts alone. In random order, a node that is still alone and well connected to its
/// community joins the part inside the same community that gains most modularity, among parts
/// that are themselves well connected to the rest of the community (and only if the gain is not
/// negative). Parts therefore never span two communities, and aggregating by them lets the next
/// level still move a part out of its community.
///
/// - Returns: a part label per node (node indices as labels).
/// - Complexity: O(n + m).
func refine(
    _ level: CommunityLevel, partition: [Int32], communityCount: Int, resolution: Double,
    random: inout SeededRandom
) -> [Int32] {
    let n = level.nodeCount
    let scale = resolution / level.totalWeight
    var communityTotal = [Double](repeating: 0, count: communityCount)
    for v in 0..<n { communityTotal[Int(partition[v])] += level.nodeWeights[v] }
    var part = (0..<n).map { Int32($0) }
    var partTotal = level.nodeWeights
    var partSize = [Int32](repeating: 1, count: n)
    // The weight from each node to the rest of its community, and from each part to the rest.
    var inside = [Double](repeating: 0, count: n)
    for v in 0..<n {
        var sum = 0.0
        for e in Int(level.offsets[v])..<Int(level.offsets[v + 1])
        where partition[Int(level.targets[e])] == partition[v] {
            sum += level.weights[e]
        }
        inside[v] = sum
    }
    var partCut = inside
    var neighbourWeight = [Double](repeating: 0, count: n)
    var seen = [Bool](repeating: false, count: n)
    var touched: [Int32] = []
    let order = shuffledNodes(n, random: &random)
    for vv in order {
        let v = Int(vv)
        let own = Int(part[v])
        guard partSize[own] == 1 else { continue }
        let c = Int(partition[v])
        let kv = level.nodeWeights[v]
        let rest = communityTotal[c] - kv
        guard inside[v] >= kv * rest * scale else { continue }
        for e in Int(level.offsets[v])..<Int(level.offsets[v + 1]) {
            let u = Int(level.targets[e])
            guard partition[u] == partition[v] else { continue }
            let p = Int(part[u])
            if !seen[p] {
                seen[p] = true
                touched.append(Int32(p))
            }
            neighbourWeight[p] += level.weights[e]
        }
        var best = own
        var bestGain = 0.0
        let factor = kv * scale
        for t in touched {
            let p = Int(t)
            if p != own, partCut[p] >= partTotal[p] * (communityTotal[c] - partTotal[p]) * scale {
                let gain = neighbourWeight[p] - factor * partTotal[p]
                if gain > bestGain {
                    bestGain = gain
                    best = p
                }
            }
        }
        if best != own {
            part[v] = Int32(best)
            partCut[best] += inside[v] - 2 * neighbourWeight[best]
            partTotal[best] += kv
            partSize[best] += 1
            partTotal[own] = 0
            partSize[own] = 0
        }
        for t in touched {
            neighbourWeight[Int(t)] = 0
            seen[Int(t)] = false
        }
        touched.removeAll(keepingCapacity: true)
    }
    return part
}
