import Testing
import WeefselGraph

/// Scores on published networks agree with NetworkX.
@Suite struct CentralityNetworkXTests {
    @Test func theFixturesAreThere() {
        #expect(CentralityFixture.all.map(\.name) == [
            "karate", "florentine", "les_miserables", "davis_bipartite", "davis_women", "mixed_parts",
        ])
    }

    @Test(arguments: CentralityFixture.all)
    func degreeMatchesNetworkX(_ fixture: CentralityFixture) {
        let graph = fixture.adjacency
        #expect(largestDifference(degreeCentrality(of: graph), fixture.expected.degree) < 1e-12)
        #expect(largestDifference(degreeCentrality(of: graph, weighted: true), fixture.expected.degree_weighted) < 1e-12)
    }

    @Test(arguments: CentralityFixture.all)
    func betweennessMatchesNetworkX(_ fixture: CentralityFixture) {
        let graph = fixture.adjacency
        #expect(largestDifference(betweennessCentrality(of: graph), fixture.expected.betweenness) < 1e-9)
        #expect(
            largestDifference(betweennessCentrality(of: graph, weighted: true), fixture.expected.betweenness_weighted)
                < 1e-9)
    }

    @Test(arguments: CentralityFixture.all)
    func closenessMatchesNetworkX(_ fixture: CentralityFixture) {
        let graph = fixture.adjacency
        #expect(largestDifference(closenessCentrality(of: graph), fixture.expected.closeness) < 1e-9)
        #expect(
            largestDifference(closenessCentrality(of: graph, weighted: true), fixture.expected.closeness_weighted)
                < 1e-9)
    }

    @Test(arguments: CentralityFixture.all)
    func eigenvectorMatchesNetworkX(_ fixture: CentralityFixture) throws {
        let graph = fixture.adjacency
        #expect(largestDifference(try eigenvectorCentrality(of: graph), fixture.expected.eigenvector) < 1e-6)
        #expect(
            largestDifference(
                try eigenvectorCentrality(of: graph, weighted: true), fixture.expected.eigenvector_weighted) < 1e-6)
    }

    @Test(arguments: CentralityFixture.all)
    func pageRankMatchesNetworkX(_ fixture: CentralityFixture) throws {
        let graph = fixture.adjacency
        #expect(largestDifference(try pageRank(of: graph), fixture.expected.pagerank) < 1e-9)
        #expect(largestDifference(try pageRank(of: graph, weighted: true), fixture.expected.pagerank_weighted) < 1e-9)
    }

    @Test(arguments: CentralityFixture.all)
    func theEntryPointGivesTheSameScoresAsEachMeasure(_ fixture: CentralityFixture) throws {
        let graph = fixture.adjacency
        let expected: [CentralityMeasure: [Double]] = [
            .degree: fixture.expected.degree, .betweenness: fixture.expected.betweenness,
            .closeness: fixture.expected.closeness, .eigenvector: fixture.expected.eigenvector,
            .pagerank: fixture.expected.pagerank,
        ]
        for measure in CentralityMeasure.allCases {
            let scores = try centrality(measure, of: graph)
            #expect(largestDifference(scores, expected[measure] ?? []) < 1e-6, "\(measure)")
        }
    }
}
