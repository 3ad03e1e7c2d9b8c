/// A person whose leaving would split their part of the network, and what would be cut off.
public struct ArticulationPoint: Sendable, Equatable {
    public let node: Int32
    /// The nodes that would lose their link to the largest remaining piece of this node's component.
    public let nodesCutOff: Int
    /// The households with a member among those nodes and no member left in the largest piece.
    public let householdsCutOff: Int

    public init(node: Int32, nodesCutOff: Int, householdsCutOff: Int) {
        self.node = node
        self.nodesCutOff = nodesCutOff
        self.householdsCutOff = householdsCutOff
    }
}

/// The nodes whose removal splits their component (cut vertices), in node order.
///
/// - Complexity: O(n + m), by an iterative depth-first search (Tarjan's low-link), so long chains
///   do not exhaust the stack.
public func articulationPoints(of graph: Adjacency) -> [Int32] {
    let search = LowLinkSearch(graph)
    return (0..<graph.nodeCount).filter { search.isArticulationPoint($0) }.map { Int32($0) }
}

/// The articulation points of a graph, each with how many nodes and households would be cut off from
/// the largest remaining piece of its component if that person left.
///
/// When a person leaves, their component falls apart into pieces; the largest piece (the one holding
/// the rest of the network, when pieces tie) stays. A household is cut off when a member is in another
/// piece and no member is in the largest one.
///
/// - Parameter nodeHousehold: each node's household index, or -1 (as ``AnalysisGraph/nodeHousehold``).
/// - Returns: the articulation points in node order.
/// - Complexity: O(n + m) for the points, plus, per point, the size of the pieces cut off times
///   the household size.
public func articulationPoints(of graph: Adjacency, nodeHousehold: [Int32]) -> [ArticulationPoint] {
    let n = graph.nodeCount
    let search = LowLinkSearch(graph)
    let householdCount = Int(nodeHousehold.max() ?? -1) + 1
    // Household members as CSR, for the "any member left in the largest piece" test.
    var memberOffsets = [Int](repeating: 0, count: householdCount + 1)
    for v in 0..<min(n, nodeHousehold.count) where nodeHousehold[v] >= 0 { memberOffsets[Int(nodeHousehold[v]) + 1] += 1 }
    for h in 0..<householdCount { memberOffsets[h + 1] += memberOffsets[h] }
    var fill = memberOffsets
    var members = [Int32](repeating: 0, count: memberOffsets[householdCount])
    for v in 0..<min(n, nodeHousehold.count) where nodeHousehold[v] >= 0 {
        let h = Int(nodeHousehold[v])
        members[fill[h]] = Int32(v)
        fill[h] += 1
    }
    var stamp = [Int32](repeating: -1, count: householdCount)
    var result: [ArticulationPoint] = []
    for v in 0..<n where search.isArticulationPoint(v) {
        let pieces = search.pieces(around: v)
        var cutOff = 0
        var households = 0
        for u in pieces.nodesOutsideLargest(search) {
            cutOff += 1
            guard Int(u) < nodeHousehold.count else { continue }
            let h = Int(nodeHousehold[Int(u)])
            guard h >= 0, stamp[h] != Int32(v) else { continue }
            stamp[h] = Int32(v)
            let stays = members[memberOffsets[h]..<memberOffsets[h + 1]].contains { member in
                Int(member) != v && pieces.largestContains(Int(member), search)
            }
            if !stays { households += 1 }
        }
        result.append(ArticulationPoint(node: Int32(v), nodesCutOff: cutOff, householdsCutOff: households))
    }
    return result
}

/// The articulation points of the ties `filter` counts (by default informal ties: who holds the
/// neighbourhood's informal network together), with the households each would cut off.
///
/// - Complexity: as ``articulationPoints(of:nodeHousehold:)``.
public func articulationPoints(in graph: AnalysisGraph, filter: TieFilter = .informal) -> [ArticulationPoint] {
    articulationPoints(of: graph.adjacency(filter), nodeHousehold: graph.nodeHousehold)
}

/// An iterative depth-first search recording preorder numbers, low-links and subtree sizes.
///
/// In preorder the subtree of `v` is the contiguous run `preorder[v] ..< preorder[v] + size[v]`,
/// which is how pieces are described without copying nodes.
struct LowLinkSearch {
    var preorder: [Int32]
    var low: [Int32]
    var size: [Int32]
    var parent: [Int32]
    /// The node at each preorder number.
    var order: [Int32]
    /// Preorder number of the root of each node's tree, and that tree's size.
    var rootStart: [Int32]
    var treeSize: [Int32]
    /// For each node, its children whose subtree would be cut off (low-link not above the node), in
    /// preorder, as CSR.
    var cutOffsets: [Int32]
    var cutChildren: [Int32]

    init(_ graph: Adjacency) {
        let n = graph.nodeCount
        preorder = [Int32](repeating: -1, count: n)
        low = [Int32](repeating: 0, count: n)
        size = [Int32](repeating: 1, count: n)
        parent = [Int32](repeating: -1, count: n)
        order = [Int32](repeating: 0, count: n)
        rootStart = [Int32](repeating: 0, count: n)
        treeSize = [Int32](repeating: 0, count: n)
        var cursor = [Int32](repeating: 0, count: n)
        var stack: [Int32] = []
        var cutCount = [Int32](repeating: 0, count: n + 1)
        var separated: [(parent: Int32, child: Int32)] = []
        var time: Int32 = 0
        for root in 0..<n where preorder[root] < 0 {
            let start = time
            preorder[root] = time
            low[root] = time
            order[Int(time)] = Int32(root)
            time += 1
            cursor[root] = graph.offsets[root]
            stack.append(Int32(root))
            while let top = stack.last {
                let v = Int(top)
                if cursor[v] < graph.offsets[v + 1] {
                    let w = Int(graph.targets[Int(cursor[v])])
                    cursor[v] += 1
                    if preorder[w] < 0 {
                        parent[w] = top
                        preorder[w] = time
                        low[w] = time
                        order[Int(time)] = Int32(w)
                        time += 1
                        cursor[w] = graph.offsets[w]
                        stack.append(Int32(w))
                    } else if Int32(w) != parent[v] {
                        low[v] = min(low[v], preorder[w])
                    }
                } else {
                    stack.removeLast()
                    size[v] = time - preorder[v]
                    let p = Int(parent[v])
                    if p >= 0 {
                        low[p] = min(low[p], low[v])
                        if low[v] >= preorder[p] {
                            separated.append((Int32(p), top))
                            cutCount[p + 1] += 1
                        }
                    }
                }
            }
            for i in Int(start)..<Int(time) {
                rootStart[Int(order[i])] = start
                treeSize[Int(order[i])] = time - start
            }
        }
        for v in 0..<n { cutCount[v + 1] += cutCount[v] }
        cutOffsets = cutCount
        var fill = cutCount
        cutChildren = [Int32](repeating: 0, count: separated.count)
        for (p, c) in separated {
            cutChildren[Int(fill[Int(p)])] = c
            fill[Int(p)] += 1
        }
        // Children finish in preorder, so each row is already in preorder.
    }

    func cutChildren(of v: Int) -> ArraySlice<Int32> {
        cutChildren[Int(cutOffsets[v])..<Int(cutOffsets[v + 1])]
    }

    func isArticulationPoint(_ v: Int) -> Bool {
        let cut = Int(cutOffsets[v + 1] - cutOffsets[v])
        return parent[v] < 0 ? cut >= 2 : cut >= 1
    }

    /// Whether `u`'s preorder number lies in the subtree of `c`.
    @inline(__always) func inSubtree(_ u: Int, of c: Int) -> Bool {
        preorder[u] >= preorder[c] && preorder[u] < preorder[c] + size[c]
    }

    /// The pieces `v`'s component falls into without `v`.
    func pieces(around v: Int) -> Pieces {
        let children = cutChildren(of: v)
        let cutTotal = children.reduce(0) { $0 + Int(size[Int($1)]) }
        let restSize = Int(treeSize[v]) - 1 - cutTotal
        // The rest (towards the root) wins ties, then the earliest child.
        var largest: Int32 = -1
        var largestSize = restSize
        for c in children where Int(size[Int(c)]) > largestSize {
            largest = c
            largestSize = Int(size[Int(c)])
        }
        return Pieces(node: v, largestChild: largest)
    }

    struct Pieces {
        let node: Int
        /// The cut-off child whose subtree is the largest piece, or -1 when the rest is.
        let largestChild: Int32

        /// Whether node `u` of the graph is in the largest piece.
        func largestContains(_ u: Int, _ search: LowLinkSearch) -> Bool {
            guard u != node, search.rootStart[u] == search.rootStart[node], search.treeSize[u] == search.treeSize[node]
            else { return false }
            if largestChild >= 0 { return search.inSubtree(u, of: Int(largestChild)) }
            return !search.cutChildren(of: node).contains { search.inSubtree(u, of: Int($0)) }
        }

        /// Every node of the component, other than `node`, outside the largest piece.
        func nodesOutsideLargest(_ search: LowLinkSearch) -> [Int32] {
            var result: [Int32] = []
            let children = search.cutChildren(of: node)
            if largestChild < 0 {
                for c in children {
                    let start = Int(search.preorder[Int(c)])
                    result.append(contentsOf: search.order[start..<(start + Int(search.size[Int(c)]))])
                }
                return result
            }
            // The largest piece is a child subtree: everything else in the tree but `node`.
            let treeStart = Int(search.rootStart[node])
            let treeEnd = treeStart + Int(search.treeSize[node])
            let largestStart = Int(search.preorder[Int(largestChild)])
            let largestEnd = largestStart + Int(search.size[Int(largestChild)])
            let own = Int(search.preorder[node])
            for i in treeStart..<largestStart where i != own { result.append(search.order[i]) }
            for i in largestEnd..<treeEnd where i != own { result.append(search.order[i]) }
            return result
        }
    }
}
