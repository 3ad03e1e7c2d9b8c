import Testing
import WeefselGraph

/// Small graphs whose scores can be worked out by hand.
enum SmallGraph {
    static func make(_ n: Int, _ edges: [(Int32, Int32)], strength: UInt8 = 1) -> Adjacency {
        Adjacency(nodeCount: n, edges: edges.map { ($0.0, $0.1, strength) })
    }

    /// 0 - 1 - 2 - 3 - 4
    static let path = make(5, [(0, 1), (1, 2), (2, 3), (3, 4)])
    /// Node 0 tied to 1, 2, 3 and 4.
    static let star = make(5, [(0, 1), (0, 2), (0, 3), (0, 4)])
    static let triangle = make(3, [(0, 1), (1, 2), (0, 2)])
    /// Triangles 0-1-2 and 3-4-5 joined by the bridge 2-3.
    static let bridgedTriangles = make(6, [(0, 1), (1, 2), (0, 2), (2, 3), (3, 4), (4, 5), (3, 5)])
    /// Two separate ties, 0-1 and 2-3, and node 4 alone.
    static let twoPairsAndAnIsolate = make(5, [(0, 1), (2, 3)])
    static let empty = make(0, [])
    static let single = make(1, [])
}

@Suite struct CentralitySmallGraphTests {
    func expectClose(_ actual: [Double], _ expected: [Double], tolerance: Double = 1e-12) {
        #expect(actual.count == expected.count)
        #expect(largestDifference(actual, expected) < tolerance, "\(actual) vs \(expected)")
    }

    @Test func betweennessOnAPathCountsThePairsEachNodeSitsBetween() {
        // Node 1 sits between 3 pairs, node 2 between 4; NetworkX divides pair counts by (n-1)(n-2)/2 = 6.
        expectClose(betweennessCentrality(of: SmallGraph.path), [0, 0.5, 4.0 / 6, 0.5, 0])
    }

    @Test func theCentreOfAStarHasBetweennessOneAndClosenessOne() {
        expectClose(betweennessCentrality(of: SmallGraph.star), [1, 0, 0, 0, 0])
        // A leaf is 1 step from the centre and 2 from the three other leaves: 4 / 7.
        expectClose(closenessCentrality(of: SmallGraph.star), [1, 4.0 / 7, 4.0 / 7, 4.0 / 7, 4.0 / 7])
        expectClose(degreeCentrality(of: SmallGraph.star), [1, 0.25, 0.25, 0.25, 0.25])
    }

    @Test func closenessOnAPathFollowsTheTotalDistance() {
        expectClose(closenessCentrality(of: SmallGraph.path), [0.4, 4.0 / 7, 4.0 / 6, 4.0 / 7, 0.4])
    }

    @Test func everyNodeOfATriangleScoresTheSame() throws {
        expectClose(betweennessCentrality(of: SmallGraph.triangle), [0, 0, 0])
        expectClose(closenessCentrality(of: SmallGraph.triangle), [1, 1, 1])
        expectClose(degreeCentrality(of: SmallGraph.triangle), [1, 1, 1])
        expectClose(try eigenvectorCentrality(of: SmallGraph.triangle), [Double](repeating: 1 / 3.0.squareRoot(), count: 3))
        expectClose(try pageRank(of: SmallGraph.triangle), [1.0 / 3, 1.0 / 3, 1.0 / 3], tolerance: 1e-12)
    }

    @Test func theEndsOfABridgeCarryEveryPathAcrossIt() {
        // 2 and 3 each sit between the 3 × 2 pairs across the bridge: 6 / ((5 × 4) / 2) = 0.6.
        expectClose(betweennessCentrality(of: SmallGraph.bridgedTriangles), [0, 0, 0.6, 0.6, 0, 0])
        expectClose(
            betweennessCentrality(of: SmallGraph.bridgedTriangles, weighted: true), [0, 0, 0.6, 0.6, 0, 0])
    }

    @Test func closenessInSeparatePartsIsScaledByTheShareReached() {
        // Node 0 reaches one node at distance 1: (1/1) × (1/4).
        expectClose(closenessCentrality(of: SmallGraph.twoPairsAndAnIsolate), [0.25, 0.25, 0.25, 0.25, 0])
        expectClose(degreeCentrality(of: SmallGraph.twoPairsAndAnIsolate), [0.25, 0.25, 0.25, 0.25, 0])
    }

    @Test func aNodeWithoutTiesSpreadsItsPageRankOverEveryone() throws {
        // The isolate keeps (1-α)/n plus α/n of its own share: q = 0.03 / (1 - 0.17).
        let q = 0.03 / 0.83
        let p = (1 - q) / 4
        expectClose(try pageRank(of: SmallGraph.twoPairsAndAnIsolate), [p, p, p, p, q], tolerance: 1e-12)
    }

    @Test func anEmptyGraphHasNoScores() throws {
        for measure in CentralityMeasure.allCases {
            #expect(try centrality(measure, of: SmallGraph.empty).isEmpty)
        }
    }

    @Test func aSingleNodeScoresAsNetworkXScoresIt() throws {
        #expect(try centrality(.degree, of: SmallGraph.single) == [1])
        #expect(try centrality(.betweenness, of: SmallGraph.single) == [0])
        #expect(try centrality(.closeness, of: SmallGraph.single) == [0])
        #expect(try centrality(.eigenvector, of: SmallGraph.single) == [1])
        #expect(try centrality(.pagerank, of: SmallGraph.single) == [1])
    }

    @Test func strongTiesAreShorterForWeightedPaths() {
        // A square 0-1-2-3-0: the route over 1 is strong, the route over 3 weak, so 1 carries the
        // path from 0 to 2 alone when weighted and half of it when not.
        let square = Adjacency(nodeCount: 4, edges: [(0, 1, 3), (1, 2, 3), (2, 3, 1), (3, 0, 1)])
        let plain = betweennessCentrality(of: square)
        let weighted = betweennessCentrality(of: square, weighted: true)
        #expect(plain[1] == plain[3])
        #expect(weighted[1] > plain[1])
        #expect(weighted[3] < plain[3])
    }

    @Test func theRankingListsHighestScoresFirstAndTiesByNode() throws {
        let scores = try centralityScores(.degree, of: SmallGraph.path)
        #expect(scores.measure == .degree)
        #expect(scores.ranking() == [1, 2, 3, 0, 4])
        #expect(scores.ranking(limit: 2) == [1, 2])
    }

    @Test func aSampleForAnotherMeasureIsRefused() {
        #expect(throws: GraphError.self) { try centrality(.closeness, of: SmallGraph.path, sample: 3) }
        #expect(throws: GraphError.self) { try centrality(.betweenness, of: SmallGraph.path, sample: 1) }
        #expect(throws: GraphError.self) { try centrality(.betweenness, of: SmallGraph.path, sample: 6) }
    }
}
