import Testing
import WeefselGraph

/// Burt's constraint on published networks agrees with NetworkX.
@Suite struct KeyFiguresNetworkXTests {
    static func agree(_ ours: [Double], _ theirs: [Double?]) -> Bool {
        guard ours.count == theirs.count else { return false }
        return zip(ours, theirs).allSatisfy { a, b in
            guard let b else { return a.isNaN }
            return abs(a - b) < 1e-9
        }
    }

    @Test(arguments: CentralityFixture.all)
    func constraintMatchesNetworkX(_ fixture: CentralityFixture) {
        let graph = fixture.adjacency
        #expect(Self.agree(burtConstraint(of: graph), fixture.expected.constraint))
        #expect(Self.agree(burtConstraint(of: graph, weighted: true), fixture.expected.constraint_weighted))
    }
}
