import Testing
@testable import WeefselGraph

/// Properties that hold on any graph, checked on seeded random graphs.
@Suite struct CentralityInvariantTests {
    /// A random graph of `n` nodes with about `n × meanDegree / 2` ties of random strength.
    static func randomGraph(nodes n: Int, meanDegree: Double, seed: UInt64) -> Adjacency {
        var random = SeededRandom(seed: seed)
        let ties = Int(Double(n) * meanDegree / 2)
        let edges = (0..<ties).map { _ in
            (Int32(random.next() % UInt64(n)), Int32(random.next() % UInt64(n)), UInt8(1 + random.next() % 3))
        }
        return Adjacency(nodeCount: n, edges: edges)
    }

    /// The same graph with node `v` renamed `permutation[v]`.
    static func relabelled(_ graph: Adjacency, by permutation: [Int32]) -> Adjacency {
        var edges: [(Int32, Int32, UInt8)] = []
        for v in 0..<graph.nodeCount {
            for e in graph.range(of: v) where graph.targets[e] > Int32(v) {
                edges.append((permutation[v], permutation[Int(graph.targets[e])], graph.strengths[e]))
            }
        }
        return Adjacency(nodeCount: graph.nodeCount, edges: edges)
    }

    static let seeds: [UInt64] = [1, 2, 3]

    @Test(arguments: seeds)
    func renumberingTheNodesRenumbersTheScores(seed: UInt64) throws {
        let graph = Self.randomGraph(nodes: 120, meanDegree: 4, seed: seed)
        var random = SeededRandom(seed: seed &+ 100)
        let permutation = (0..<Int32(graph.nodeCount)).shuffled(using: &random)
        let other = Self.relabelled(graph, by: permutation)
        for measure in CentralityMeasure.allCases {
            for weighted in [false, true] {
                let before = try centrality(measure, of: graph, weighted: weighted)
                let after = try centrality(measure, of: other, weighted: weighted)
                let moved = (0..<graph.nodeCount).map { after[Int(permutation[$0])] }
                #expect(largestDifference(before, moved) < 1e-9, "\(measure) weighted: \(weighted)")
            }
        }
    }

    @Test(arguments: seeds)
    func degreesAddUpToTwiceTheTies(seed: UInt64) {
        let graph = Self.randomGraph(nodes: 200, meanDegree: 5, seed: seed)
        let total = degreeCentrality(of: graph).reduce(0, +) * Double(graph.nodeCount - 1)
        #expect(abs(total - Double(2 * graph.edgeCount)) < 1e-9)
    }

    @Test(arguments: seeds)
    func pageRankAddsUpToOne(seed: UInt64) throws {
        let graph = Self.randomGraph(nodes: 200, meanDegree: 3, seed: seed)
        #expect(abs(try pageRank(of: graph).reduce(0, +) - 1) < 1e-9)
        #expect(abs(try pageRank(of: graph, weighted: true).reduce(0, +) - 1) < 1e-9)
    }

    @Test(arguments: seeds)
    func betweennessIsTheSameOnEveryRun(seed: UInt64) {
        let graph = Self.randomGraph(nodes: 300, meanDegree: 4, seed: seed)
        #expect(betweennessCentrality(of: graph) == betweennessCentrality(of: graph))
        #expect(betweennessCentrality(of: graph, weighted: true) == betweennessCentrality(of: graph, weighted: true))
    }

    @Test(arguments: seeds)
    func leavesNeverLieBetweenOthers(seed: UInt64) {
        let graph = Self.randomGraph(nodes: 150, meanDegree: 2, seed: seed)
        let scores = betweennessCentrality(of: graph)
        for v in 0..<graph.nodeCount where graph.degree(of: v) <= 1 {
            #expect(scores[v] == 0)
        }
        #expect(scores.allSatisfy { $0 >= 0 && $0 <= 1 })
    }

    @Test func aStarCentreLiesOnEveryPath() {
        let leaves = 40
        let star = Adjacency(nodeCount: leaves + 1, edges: (1...leaves).map { (0, Int32($0), 2) })
        let scores = betweennessCentrality(of: star)
        #expect(abs(scores[0] - 1) < 1e-12)
        #expect(scores.dropFirst().allSatisfy { $0 == 0 })
    }

    @Test func aSampleOfEveryNodeIsExact() throws {
        let graph = Self.randomGraph(nodes: 80, meanDegree: 4, seed: 9)
        let exact = betweennessCentrality(of: graph)
        let sampled = try betweennessCentrality(of: graph, sample: 80, seed: 5)
        #expect(largestDifference(exact, sampled) < 1e-12)
    }

    @Test func aSampleDependsOnlyOnItsSeedAndApproachesTheExactScores() throws {
        let graph = Self.randomGraph(nodes: 400, meanDegree: 5, seed: 11)
        let exact = betweennessCentrality(of: graph)
        let first = try betweennessCentrality(of: graph, sample: 200, seed: 42)
        #expect(first == (try betweennessCentrality(of: graph, sample: 200, seed: 42)))
        #expect(first != (try betweennessCentrality(of: graph, sample: 200, seed: 43)))
        // Half the sources: the total stays close to the exact total.
        let ratio = first.reduce(0, +) / exact.reduce(0, +)
        #expect(abs(ratio - 1) < 0.1)
    }
}

/// Large graphs are renumbered internally for speed; the scores must not notice.
@Suite struct CentralityLargeGraphTests {
    /// Closeness by one plain breadth-first search per node.
    static func plainCloseness(_ graph: Adjacency) throws -> [Double] {
        let n = graph.nodeCount
        return try (0..<n).map { s in
            let distances = try breadthFirstDistances(from: Int32(s), in: graph).filter { $0 > 0 }
            let total = distances.reduce(0) { $0 + Int($1) }
            guard total > 0 else { return 0 }
            let others = Double(distances.count)
            return others / Double(total) * others / Double(n - 1)
        }
    }

    @Test func closenessOnALargeGraphMatchesPlainSearches() throws {
        let graph = CentralityInvariantTests.randomGraph(nodes: 5000, meanDegree: 2.5, seed: 21)
        #expect(largestDifference(closenessCentrality(of: graph), try Self.plainCloseness(graph)) < 1e-12)
    }

    @Test func sampledBetweennessOnALargeGraphMatchesTheGraphAsNumbered() throws {
        let graph = CentralityInvariantTests.randomGraph(nodes: 5000, meanDegree: 2.5, seed: 22)
        let n = graph.nodeCount
        for weighted in [false, true] {
            let sampled = try betweennessCentrality(of: graph, weighted: weighted, sample: 40, seed: 3)
            let pivots = samplePivots(count: 40, of: n, seed: 3)
            let raw = brandesDependencies(of: graph, from: pivots, weighted: weighted)
            let isPivot = Set(pivots)
            let direct = (0..<n).map { v in
                raw[v] / ((isPivot.contains(Int32(v)) ? 39 : 40) * Double(n - 2))
            }
            #expect(largestDifference(sampled, direct) < 1e-12)
            #expect(sampled.contains { $0 > 0 })
        }
    }
}
