import Testing

@testable import WeefselGraph

/// Exact betweenness searched eight sources at a time gives what Brandes' one-source-at-a-time
/// algorithm gives, on graphs shaped like neighbourhoods and on the awkward cases around them.
@Suite struct BetweennessBatchTests {
    /// Brandes (2001) as published: one BFS per source with predecessor lists, no folding, no
    /// batching. Unnormalised: every ordered pair counted.
    static func textbookBetweenness(of graph: Adjacency) -> [Double] {
        let n = graph.nodeCount
        var scores = [Double](repeating: 0, count: n)
        for s in 0..<n {
            var distance = [Int](repeating: -1, count: n)
            var paths = [Double](repeating: 0, count: n)
            var predecessors = [[Int]](repeating: [], count: n)
            var order: [Int] = []
            distance[s] = 0
            paths[s] = 1
            var queue = [s]
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                order.append(v)
                for w32 in graph.neighbours(of: v) {
                    let w = Int(w32)
                    if distance[w] < 0 {
                        distance[w] = distance[v] + 1
                        queue.append(w)
                    }
                    if distance[w] == distance[v] + 1 {
                        paths[w] += paths[v]
                        predecessors[w].append(v)
                    }
                }
            }
            var dependency = [Double](repeating: 0, count: n)
            for w in order.reversed() {
                for v in predecessors[w] { dependency[v] += paths[v] / paths[w] * (1 + dependency[w]) }
                if w != s { scores[w] += dependency[w] }
            }
        }
        return scores
    }

    /// A neighbourhood in miniature: households (cliques, many members with no outside tie, so
    /// twins), friendships between households, chains of people who know only the next one,
    /// households hanging from one member of another (articulation points), separate small groups
    /// and isolated people.
    static func neighbourhoodLike(seed: UInt64, households: Int = 60) -> Adjacency {
        var random = SeededRandom(seed: seed)
        var edges: [(Int32, Int32, UInt8)] = []
        var members: [[Int32]] = []
        var next: Int32 = 0
        func draw(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        for _ in 0..<households {
            let size = 1 + draw(5)
            let household = (0..<size).map { next + Int32($0) }
            next += Int32(size)
            for i in 0..<size {
                for j in (i + 1)..<size { edges.append((household[i], household[j], 3)) }
            }
            members.append(household)
        }
        // Friendships and acquaintances between the first member of some households and others.
        for _ in 0..<(households * 2) {
            let a = members[draw(members.count)]
            let b = members[draw(members.count)]
            edges.append((a[0], b[draw(b.count)], UInt8(1 + draw(3))))
        }
        // Chains of people each knowing only the next, starting and ending in households.
        for _ in 0..<4 {
            var previous = members[draw(members.count)][0]
            for _ in 0..<(2 + draw(5)) {
                edges.append((previous, next, UInt8(1 + draw(3))))
                previous = next
                next += 1
            }
            if draw(2) == 0 { edges.append((previous, members[draw(members.count)][0], 2)) }
        }
        // Households hanging from one member of another household.
        for _ in 0..<5 {
            let anchor = members[draw(members.count)].last ?? 0
            let size = 2 + draw(4)
            let household = (0..<size).map { next + Int32($0) }
            next += Int32(size)
            for i in 0..<size {
                for j in (i + 1)..<size { edges.append((household[i], household[j], 3)) }
            }
            edges.append((anchor, household[0], 2))
        }
        // A separate group (a triangle with a tail) and a pair.
        edges += [(next, next + 1, 1), (next + 1, next + 2, 2), (next, next + 2, 3), (next + 2, next + 3, 1)]
        edges.append((next + 4, next + 5, 2))
        next += 6
        // Isolated people.
        next += 3
        return Adjacency(nodeCount: Int(next), edges: edges)
    }

    static func largestDifference(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).map { abs($0 - $1) / max(1, abs($1)) }.max() ?? 0
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func batchedSearchesAgreeWithTheTextbookAlgorithm(seed: UInt64) {
        let graph = Self.neighbourhoodLike(seed: seed)
        let all = (0..<Int32(graph.nodeCount)).map { $0 }
        let expected = Self.textbookBetweenness(of: graph)
        let batched = brandesDependencies(of: graph, from: all, weighted: false, foldingLeaves: true)
        let single = brandesDependencies(of: graph, from: all, weighted: false, foldingLeaves: true, batched: false)
        let plain = brandesDependencies(of: graph, from: all, weighted: false)
        #expect(Self.largestDifference(batched, expected) < 1e-9)
        #expect(Self.largestDifference(single, expected) < 1e-9)
        #expect(Self.largestDifference(plain, expected) < 1e-9)
    }

    @Test(arguments: [UInt64(11), 12, 13])
    func batchedSearchesAgreeOnRandomGraphsWithManyParts(seed: UInt64) {
        // Mean degree 1.5: many small components, trees, leaves and isolated nodes.
        let graph = CentralityInvariantTests.randomGraph(nodes: 170, meanDegree: 1.5, seed: seed)
        let all = (0..<Int32(graph.nodeCount)).map { $0 }
        let expected = Self.textbookBetweenness(of: graph)
        let batched = brandesDependencies(of: graph, from: all, weighted: false, foldingLeaves: true)
        #expect(Self.largestDifference(batched, expected) < 1e-9)
    }

    @Test func aSampleOfSourcesIsSearchedAsOneSourceAtATimeWould() {
        let graph = Self.neighbourhoodLike(seed: 21)
        let pivots = samplePivots(count: 37, of: graph.nodeCount, seed: 5)
        let batched = brandesDependencies(of: graph, from: pivots, weighted: false)
        let single = brandesDependencies(of: graph, from: pivots, weighted: false, batched: false)
        #expect(Self.largestDifference(batched, single) < 1e-9)
    }

    @Test func aLongPathWithHundredsOfLevelsIsExact() {
        // Distances up to 599 steps: each batch runs through hundreds of levels.
        let n = 600
        let path = Adjacency(nodeCount: n, edges: (0..<(n - 1)).map { (Int32($0), Int32($0 + 1), 1) })
        let scores = betweennessCentrality(of: path)
        let scale = Double(n - 1) * Double(n - 2)
        for v in [0, 1, 254, 255, 300, 598, 599] {
            let expected = 2 * Double(v) * Double(n - 1 - v) / scale
            #expect(abs(scores[v] - expected) < 1e-12, "node \(v)")
        }
    }

    @Test func aLargeNeighbourhoodRenumberedForLocalityAgreesWithOneSourceAtATime() {
        // Above LocalityOrder.threshold nodes, so the public function renumbers before searching.
        let graph = Self.neighbourhoodLike(seed: 31, households: 1_400)
        #expect(graph.nodeCount >= LocalityOrder.threshold)
        let n = Double(graph.nodeCount)
        let all = (0..<Int32(graph.nodeCount)).map { $0 }
        let expected = brandesDependencies(of: graph, from: all, weighted: false, batched: false)
            .map { $0 / ((n - 1) * (n - 2)) }
        #expect(Self.largestDifference(betweennessCentrality(of: graph), expected) < 1e-9)
    }
}
